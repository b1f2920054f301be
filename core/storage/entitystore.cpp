// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystore.h"

#include "annotationstore.h"
#include "database.h"
#include "relationshipstore.h"
#include "transaction.h"

namespace Recoupe {

namespace {
#define ENTITY_COLUMNS "SELECT e.id, e.type, e.name, e.notes, e.created, e.modified FROM entities e "
} // namespace

EntityStore::EntityStore(Database &db)
    : m_db(db)
{ }

Status EntityStore::writeAliases(const Entity &entity)
{
    if (!m_db.cached("DELETE FROM entity_aliases WHERE entity_id = ?1").bind(1, entity.id).exec())
        return Error {tr("Cannot save the entity: %1").arg(m_db.lastError())};
    Statement &add = m_db.cached("INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?1, ?2)");
    for (const QString &alias : entity.aliases) {
        if (alias.trimmed().isEmpty() || alias.trimmed() == entity.name.trimmed())
            continue;
        if (!add.bind(1, entity.id).bind(2, alias.trimmed()).exec())
            return Error {tr("Cannot save the entity: %1").arg(m_db.lastError())};
    }
    return {};
}

Result<qint64> EntityStore::insert(Entity &entity)
{
    entity.name = entity.name.trimmed();
    if (entity.name.isEmpty())
        return Error {tr("An entity needs a name.")};
    if (!Entity::isKnownType(entity.type))
        return Error {tr("“%1” is not an entity type; use one of %2.")
                          .arg(entity.type, Entity::types().join(QStringLiteral(", ")))};
    Transaction tx(m_db);
    if (!entity.created.isValid())
        entity.created = QDateTime::currentDateTimeUtc();
    if (!entity.modified.isValid())
        entity.modified = entity.created;
    Statement &stmt = m_db.cached(
        "INSERT INTO entities(id, type, name, notes, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    stmt.bindId(1, entity.id)
        .bind(2, entity.type)
        .bind(3, entity.name)
        .bind(4, entity.notes)
        .bind(5, entity.created)
        .bind(6, entity.modified);
    if (!stmt.exec())
        return Error {tr("Cannot save the entity “%1”: %2").arg(entity.name, m_db.lastError())};
    entity.id = m_db.lastInsertId();
    const Status aliases = writeAliases(entity);
    if (!aliases.ok())
        return Error {aliases.error()};
    const Status committed = tx.commit();
    if (!committed.ok())
        return Error {committed.error()};
    return entity.id;
}

Status EntityStore::update(const Entity &entity)
{
    if (entity.name.trimmed().isEmpty())
        return Error {tr("An entity needs a name.")};
    if (!Entity::isKnownType(entity.type))
        return Error {tr("“%1” is not an entity type; use one of %2.")
                          .arg(entity.type, Entity::types().join(QStringLiteral(", ")))};
    Transaction tx(m_db);
    Statement &stmt
        = m_db.cached("UPDATE entities SET type = ?2, name = ?3, notes = ?4, modified = ?5 WHERE id = ?1");
    stmt.bind(1, entity.id)
        .bind(2, entity.type)
        .bind(3, entity.name.trimmed())
        .bind(4, entity.notes)
        .bind(5, entity.modified.isValid() ? entity.modified : QDateTime::currentDateTimeUtc());
    if (!stmt.exec())
        return Error {tr("Cannot save the entity “%1”: %2").arg(entity.name, m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no entity %1 in this dossier.").arg(entity.id)};
    const Status aliases = writeAliases(entity);
    if (!aliases.ok())
        return aliases;
    return tx.commit();
}

Status EntityStore::remove(qint64 id)
{
    // Mentions' anchors are not owned by the foreign key chain: delete them explicitly.
    Transaction tx(m_db);
    if (!m_db.cached("DELETE FROM anchors WHERE id IN (SELECT anchor_id FROM mentions WHERE entity_id = ?1)")
             .bind(1, id)
             .exec())
        return Error {tr("Cannot delete the entity: %1").arg(m_db.lastError())};
    if (!m_db.cached("DELETE FROM entities WHERE id = ?1").bind(1, id).exec())
        return Error {tr("Cannot delete the entity: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no entity %1 in this dossier.").arg(id)};
    return tx.commit();
}

Entity EntityStore::readRow(const Statement &stmt)
{
    Entity e;
    e.id = stmt.int64(0);
    e.type = stmt.text(1);
    e.name = stmt.text(2);
    e.notes = stmt.text(3);
    e.created = stmt.dateTime(4);
    e.modified = stmt.dateTime(5);
    return e;
}

std::optional<Entity> EntityStore::get(qint64 id)
{
    Statement &stmt = m_db.cached(ENTITY_COLUMNS "WHERE e.id = ?1");
    stmt.bind(1, id);
    if (!stmt.next())
        return std::nullopt;
    Entity e = readRow(stmt);
    stmt.reset();
    Statement &aliases = m_db.cached("SELECT alias FROM entity_aliases WHERE entity_id = ?1 ORDER BY alias");
    aliases.bind(1, id);
    while (aliases.next())
        e.aliases.append(aliases.text(0));
    return e;
}

QVector<Entity> EntityStore::all()
{
    QVector<qint64> ids;
    {
        Statement stmt = m_db.prepare("SELECT id FROM entities ORDER BY name COLLATE NOCASE, id");
        while (stmt.next())
            ids.append(stmt.int64(0));
    }
    QVector<Entity> result;
    result.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        if (auto e = get(id))
            result.append(*e);
    }
    return result;
}

QVector<Entity> EntityStore::findByName(const QString &name)
{
    QVector<qint64> ids;
    {
        Statement stmt = m_db.prepare("SELECT id FROM entities WHERE name = ?1 COLLATE NOCASE UNION "
                                      "SELECT entity_id FROM entity_aliases WHERE alias = ?1 COLLATE NOCASE");
        stmt.bind(1, name.trimmed());
        while (stmt.next())
            ids.append(stmt.int64(0));
    }
    QVector<Entity> result;
    for (qint64 id : std::as_const(ids)) {
        if (auto e = get(id))
            result.append(*e);
    }
    return result;
}

Result<qint64> EntityStore::addMention(Mention &mention)
{
    Transaction tx(m_db);
    AnnotationStore anchors(m_db);
    const auto anchorId = anchors.insertAnchor(mention.anchor);
    if (!anchorId)
        return Error {anchorId.error()};
    Statement &stmt
        = m_db.cached("INSERT INTO mentions(id, entity_id, anchor_id, confirmed) VALUES (?1, ?2, ?3, ?4)");
    stmt.bindId(1, mention.id)
        .bind(2, mention.entityId)
        .bind(3, *anchorId)
        .bind(4, mention.confirmed ? 1 : 0);
    if (!stmt.exec())
        return Error {tr("Cannot record the mention: %1").arg(m_db.lastError())};
    mention.id = m_db.lastInsertId();
    const Status committed = tx.commit();
    if (!committed.ok())
        return Error {committed.error()};
    return mention.id;
}

Status EntityStore::removeMention(qint64 mentionId)
{
    if (!m_db.cached("DELETE FROM anchors WHERE id = (SELECT anchor_id FROM mentions WHERE id = ?1)")
             .bind(1, mentionId)
             .exec())
        return Error {tr("Cannot remove the mention: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no mention %1 in this dossier.").arg(mentionId)};
    return {};
}

QVector<Mention> EntityStore::queryMentions(const char *sql, qint64 parameter)
{
    QVector<Mention> result;
    QVector<qint64> anchorIds;
    {
        Statement stmt = m_db.prepare(sql);
        stmt.bind(1, parameter);
        while (stmt.next()) {
            Mention m;
            m.id = stmt.int64(0);
            m.entityId = stmt.int64(1);
            m.confirmed = stmt.int32(3) != 0;
            anchorIds.append(stmt.int64(2));
            result.append(m);
        }
    }
    AnnotationStore anchors(m_db);
    for (int i = 0; i < result.size(); ++i) {
        if (auto anchor = anchors.anchor(anchorIds[i]))
            result[i].anchor = *anchor;
    }
    return result;
}

QVector<Mention> EntityStore::mentions(qint64 entityId)
{
    return queryMentions("SELECT m.id, m.entity_id, m.anchor_id, m.confirmed FROM mentions m JOIN anchors a "
                         "ON a.id = m.anchor_id WHERE m.entity_id = ?1 ORDER BY a.source_id, a.start_pos",
        entityId);
}

QVector<Mention> EntityStore::mentionsInSource(qint64 sourceId)
{
    return queryMentions("SELECT m.id, m.entity_id, m.anchor_id, m.confirmed FROM mentions m JOIN anchors a "
                         "ON a.id = m.anchor_id WHERE a.source_id = ?1 ORDER BY a.start_pos",
        sourceId);
}

std::optional<EntitySnapshot> EntityStore::snapshot(qint64 id)
{
    const auto entity = get(id);
    if (!entity)
        return std::nullopt;
    EntitySnapshot snapshot;
    snapshot.entity = *entity;
    snapshot.mentions = mentions(id);
    snapshot.relationships = RelationshipStore(m_db).involving(id);
    Statement &spoken = m_db.cached("SELECT id FROM claims WHERE speaker_id = ?1");
    spoken.bind(1, id);
    while (spoken.next())
        snapshot.spokenClaims.append(spoken.int64(0));
    Statement &subjects = m_db.cached("SELECT claim_id FROM claim_subjects WHERE entity_id = ?1");
    subjects.bind(1, id);
    while (subjects.next())
        snapshot.subjectOfClaims.append(subjects.int64(0));
    return snapshot;
}

Status EntityStore::restore(EntitySnapshot &snapshot)
{
    Transaction tx(m_db);
    const auto inserted = insert(snapshot.entity);
    if (!inserted)
        return Error {inserted.error()};
    for (Mention &mention : snapshot.mentions) {
        const auto added = addMention(mention);
        if (!added)
            return Error {added.error()};
    }
    RelationshipStore relationships(m_db);
    for (Relationship &relationship : snapshot.relationships) {
        const auto restored = relationships.insert(relationship);
        if (!restored)
            return Error {restored.error()};
    }
    Statement &speaker = m_db.cached("UPDATE claims SET speaker_id = ?2 WHERE id = ?1");
    for (qint64 claimId : std::as_const(snapshot.spokenClaims)) {
        if (!speaker.bind(1, claimId).bind(2, snapshot.entity.id).exec())
            return Error {tr("Cannot restore the entity: %1").arg(m_db.lastError())};
    }
    Statement &subject = m_db.cached("INSERT INTO claim_subjects(claim_id, entity_id) VALUES (?1, ?2)");
    for (qint64 claimId : std::as_const(snapshot.subjectOfClaims)) {
        if (!subject.bind(1, claimId).bind(2, snapshot.entity.id).exec())
            return Error {tr("Cannot restore the entity: %1").arg(m_db.lastError())};
    }
    return tx.commit();
}

} // namespace Recoupe
