// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/relationship.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

namespace Recoupe {

class Database;
class Statement;

// Typed, dated edges between entities, with their evidence.
class RelationshipStore
{
    Q_DECLARE_TR_FUNCTIONS(RelationshipStore)

public:
    using Record = Relationship;
    using Snapshot = Relationship;

    explicit RelationshipStore(Database &db);

    Result<qint64> insert(Relationship &relationship);
    Status update(const Relationship &relationship);
    Status remove(qint64 id);
    std::optional<Relationship> get(qint64 id);
    std::optional<Relationship> snapshot(qint64 id) { return get(id); }
    Status restore(Relationship &relationship);

    QVector<Relationship> all();
    QVector<Relationship> involving(qint64 entityId);
    QVector<Relationship> supportedBy(qint64 annotationId);

private:
    Status validate(const Relationship &relationship);
    Status writeEvidence(const Relationship &relationship);
    QVector<Relationship> query(const char *sql, qint64 parameter);
    Relationship readRow(const Statement &stmt);

    Database &m_db;
};

} // namespace Recoupe
