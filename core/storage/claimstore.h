// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

namespace Recoupe {

class Database;
class Statement;

// Claims with their evidence, subjects and tags.
class ClaimStore
{
    Q_DECLARE_TR_FUNCTIONS(ClaimStore)

public:
    using Record = Claim;
    using Snapshot = Claim;

    explicit ClaimStore(Database &db);

    Result<qint64> insert(Claim &claim);
    Status update(const Claim &claim);
    Status remove(qint64 id);
    std::optional<Claim> get(qint64 id);
    std::optional<Claim> snapshot(qint64 id) { return get(id); }
    Status restore(Claim &claim);

    QVector<Claim> all();
    QVector<Claim> citing(qint64 annotationId);

private:
    Status writeLinks(const Claim &claim);
    Claim readRow(const Statement &stmt);
    void loadLinks(Claim &claim);

    Database &m_db;
};

} // namespace Recoupe
