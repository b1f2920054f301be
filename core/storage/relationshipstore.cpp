// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipstore.h"

#include "database.h"
#include "transaction.h"

namespace Recoupe {

namespace {
#define RELATIONSHIP_COLUMNS                                                                                 \
    "SELECT r.id, r.type, r.label, r.from_id, r.to_id, r.role, r.start_date, r.end_date, r.note, "           \
    "r.created, "                                                                                            \
    "r.modified FROM relationships r "
} // namespace

RelationshipStore::RelationshipStore(Database &db)
    : m_db(db)
{ }

Status RelationshipStore::validate(const Relationship &r)
{
    if (!Relationship::types().contains(r.type))
        return Error {tr("“%1” is not a relationship type; use one of %2, or UnknownLink with a label.")
                          .arg(r.type, Relationship::types().join(QStringLiteral(", ")))};
    if (!r.fromId || !r.toId)
        return Error {tr("A relationship links two entities.")};
    if (r.fromId == r.toId)
        return Error {tr("A relationship links two different entities.")};
    if (!r.start.isNull() && !r.end.isNull() && r.end.latest() < r.start.earliest())
        return Error {
            tr("The relationship ends (%1) before it starts (%2).").arg(r.end.toIso(), r.start.toIso())};
    return {};
}

Status RelationshipStore::writeEvidence(const Relationship &r)
{
    if (!m_db.cached("DELETE FROM relationship_evidence WHERE relationship_id = ?1").bind(1, r.id).exec())
        return Error {tr("Cannot save the relationship: %1").arg(m_db.lastError())};
    Statement &add
        = m_db.cached("INSERT INTO relationship_evidence(relationship_id, annotation_id) VALUES (?1, ?2)");
    for (qint64 annotationId : r.evidenceIds) {
        if (!add.bind(1, r.id).bind(2, annotationId).exec())
            return Error {tr("Cannot attach evidence %1 to the relationship: %2")
                              .arg(annotationId)
                              .arg(m_db.lastError())};
    }
    return {};
}

Result<qint64> RelationshipStore::insert(Relationship &r)
{
    const Status valid = validate(r);
    if (!valid.ok())
        return Error {valid.error()};
    Transaction tx(m_db);
    if (!r.created.isValid())
        r.created = QDateTime::currentDateTimeUtc();
    if (!r.modified.isValid())
        r.modified = r.created;
    Statement &stmt
        = m_db.cached("INSERT INTO relationships(id, type, label, from_id, to_id, role, start_date, "
                      "end_date, note, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                      "?10, ?11)");
    stmt.bindId(1, r.id)
        .bind(2, r.type)
        .bind(3, r.label)
        .bind(4, r.fromId)
        .bind(5, r.toId)
        .bind(6, r.role)
        .bind(7, r.start.toIso())
        .bind(8, r.end.toIso())
        .bind(9, r.note)
        .bind(10, r.created)
        .bind(11, r.modified);
    if (!stmt.exec())
        return Error {tr("Cannot save the relationship: %1").arg(m_db.lastError())};
    r.id = m_db.lastInsertId();
    const Status evidence = writeEvidence(r);
    if (!evidence.ok())
        return Error {evidence.error()};
    const Status committed = tx.commit();
    if (!committed.ok())
        return Error {committed.error()};
    return r.id;
}

Status RelationshipStore::restore(Relationship &r)
{
    const auto inserted = insert(r);
    return inserted ? Status() : Status(Error {inserted.error()});
}

Status RelationshipStore::update(const Relationship &r)
{
    const Status valid = validate(r);
    if (!valid.ok())
        return valid;
    Transaction tx(m_db);
    Statement &stmt
        = m_db.cached("UPDATE relationships SET type = ?2, label = ?3, from_id = ?4, to_id = ?5, "
                      "role = ?6, start_date = ?7, end_date = ?8, note = ?9, modified = ?10 WHERE id = ?1");
    stmt.bind(1, r.id)
        .bind(2, r.type)
        .bind(3, r.label)
        .bind(4, r.fromId)
        .bind(5, r.toId)
        .bind(6, r.role)
        .bind(7, r.start.toIso())
        .bind(8, r.end.toIso())
        .bind(9, r.note)
        .bind(10, r.modified.isValid() ? r.modified : QDateTime::currentDateTimeUtc());
    if (!stmt.exec())
        return Error {tr("Cannot save the relationship: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no relationship %1 in this dossier.").arg(r.id)};
    const Status evidence = writeEvidence(r);
    if (!evidence.ok())
        return evidence;
    return tx.commit();
}

Status RelationshipStore::remove(qint64 id)
{
    if (!m_db.cached("DELETE FROM relationships WHERE id = ?1").bind(1, id).exec())
        return Error {tr("Cannot delete the relationship: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no relationship %1 in this dossier.").arg(id)};
    return {};
}

Relationship RelationshipStore::readRow(const Statement &stmt)
{
    Relationship r;
    r.id = stmt.int64(0);
    r.type = stmt.text(1);
    r.label = stmt.text(2);
    r.fromId = stmt.int64(3);
    r.toId = stmt.int64(4);
    r.role = stmt.text(5);
    r.start = PartialDate::fromIso(stmt.text(6));
    r.end = PartialDate::fromIso(stmt.text(7));
    r.note = stmt.text(8);
    r.created = stmt.dateTime(9);
    r.modified = stmt.dateTime(10);
    return r;
}

QVector<Relationship> RelationshipStore::query(const char *sql, qint64 parameter)
{
    QVector<Relationship> result;
    {
        Statement stmt = m_db.prepare(sql);
        stmt.bind(1, parameter);
        while (stmt.next())
            result.append(readRow(stmt));
    }
    Statement &evidence = m_db.cached(
        "SELECT annotation_id FROM relationship_evidence WHERE relationship_id = ?1 ORDER BY annotation_id");
    for (Relationship &r : result) {
        evidence.bind(1, r.id);
        while (evidence.next())
            r.evidenceIds.append(evidence.int64(0));
        evidence.reset();
    }
    return result;
}

std::optional<Relationship> RelationshipStore::get(qint64 id)
{
    const QVector<Relationship> found = query(RELATIONSHIP_COLUMNS "WHERE r.id = ?1", id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QVector<Relationship> RelationshipStore::all()
{
    return query(RELATIONSHIP_COLUMNS "WHERE ?1 = 0 ORDER BY r.id", 0);
}

QVector<Relationship> RelationshipStore::involving(qint64 entityId)
{
    return query(RELATIONSHIP_COLUMNS "WHERE r.from_id = ?1 OR r.to_id = ?1 ORDER BY r.id", entityId);
}

QVector<Relationship> RelationshipStore::supportedBy(qint64 annotationId)
{
    return query(RELATIONSHIP_COLUMNS "JOIN relationship_evidence e ON e.relationship_id = r.id "
                                      "WHERE e.annotation_id = ?1 ORDER BY r.id",
        annotationId);
}

} // namespace Recoupe
