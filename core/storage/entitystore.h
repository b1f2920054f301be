// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/anchor.h"
#include "model/entity.h"
#include "model/relationship.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

namespace Recoupe {

class Database;
class Statement;

// A place where an entity is named in a source.
struct Mention
{
    qint64 id = 0;
    qint64 entityId = 0;
    Anchor anchor;
    bool confirmed = false; // reviewed by the user, as opposed to found by a suggestion
};

// What removing an entity takes away, so that undo can bring all of it back.
struct EntitySnapshot
{
    Entity entity;
    QVector<Mention> mentions;
    QVector<Relationship> relationships;
    QVector<qint64> spokenClaims; // claims whose speaker it was
    QVector<qint64> subjectOfClaims;
};

// People and institutions, their aliases and mentions.
class EntityStore
{
    Q_DECLARE_TR_FUNCTIONS(EntityStore)

public:
    using Record = Entity;
    using Snapshot = EntitySnapshot;

    explicit EntityStore(Database &db);

    Result<qint64> insert(Entity &entity);
    Status update(const Entity &entity);
    Status remove(qint64 id);
    std::optional<Entity> get(qint64 id);
    std::optional<EntitySnapshot> snapshot(qint64 id);
    Status restore(EntitySnapshot &snapshot);

    QVector<Entity> all();
    // Entities whose name or an alias equals `name`, ignoring case.
    QVector<Entity> findByName(const QString &name);

    Result<qint64> addMention(Mention &mention);
    Status removeMention(qint64 mentionId);
    QVector<Mention> mentions(qint64 entityId);
    QVector<Mention> mentionsInSource(qint64 sourceId);

private:
    Status writeAliases(const Entity &entity);
    QVector<Mention> queryMentions(const char *sql, qint64 parameter);
    Entity readRow(const Statement &stmt);

    Database &m_db;
};

} // namespace Recoupe
