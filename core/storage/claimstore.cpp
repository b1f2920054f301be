// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimstore.h"

#include "database.h"
#include "transaction.h"

namespace Recoupe {

namespace {

#define CLAIM_COLUMNS                                                                                        \
    "SELECT c.id, c.text, c.note, c.status, ifnull(c.speaker_id, 0), c.stance, c.created, c.modified FROM "  \
    "claims c "

QVector<qint64> readIds(Statement &stmt, qint64 id)
{
    stmt.bind(1, id);
    QVector<qint64> result;
    while (stmt.next())
        result.append(stmt.int64(0));
    return result;
}

} // namespace

ClaimStore::ClaimStore(Database &db)
    : m_db(db)
{ }

Status ClaimStore::writeLinks(const Claim &claim)
{
    struct Link
    {
        const char *clear;
        const char *add;
        const QVector<qint64> &ids;
    };
    const Link links[] = {
        {"DELETE FROM claim_evidence WHERE claim_id = ?1",
            "INSERT INTO claim_evidence(claim_id, annotation_id) VALUES (?1, ?2)", claim.evidenceIds},
        {"DELETE FROM claim_subjects WHERE claim_id = ?1",
            "INSERT INTO claim_subjects(claim_id, entity_id) VALUES (?1, ?2)", claim.subjectIds},
        {"DELETE FROM claim_tags WHERE claim_id = ?1",
            "INSERT INTO claim_tags(claim_id, tag_id) VALUES (?1, ?2)", claim.tagIds},
    };
    for (const Link &link : links) {
        if (!m_db.cached(link.clear).bind(1, claim.id).exec())
            return Error {tr("Cannot save the claim: %1").arg(m_db.lastError())};
        Statement &add = m_db.cached(link.add);
        for (qint64 id : link.ids) {
            if (!add.bind(1, claim.id).bind(2, id).exec())
                return Error {tr("Cannot save the claim: %1").arg(m_db.lastError())};
        }
    }
    return {};
}

Result<qint64> ClaimStore::insert(Claim &claim)
{
    if (claim.text.trimmed().isEmpty())
        return Error {tr("A claim needs a statement.")};
    Transaction tx(m_db);
    if (!claim.created.isValid())
        claim.created = QDateTime::currentDateTimeUtc();
    if (!claim.modified.isValid())
        claim.modified = claim.created;
    Statement &stmt
        = m_db.cached("INSERT INTO claims(id, text, note, status, speaker_id, stance, created, modified) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    stmt.bindId(1, claim.id)
        .bind(2, claim.text)
        .bind(3, claim.note)
        .bind(4, Claim::statusName(claim.status))
        .bindId(5, claim.speakerId)
        .bind(6, Claim::stanceName(claim.stance))
        .bind(7, claim.created)
        .bind(8, claim.modified);
    if (!stmt.exec())
        return Error {tr("Cannot save the claim: %1").arg(m_db.lastError())};
    claim.id = m_db.lastInsertId();
    const Status links = writeLinks(claim);
    if (!links.ok())
        return Error {links.error()};
    const Status committed = tx.commit();
    if (!committed.ok())
        return Error {committed.error()};
    return claim.id;
}

Status ClaimStore::restore(Claim &claim)
{
    const auto inserted = insert(claim);
    return inserted ? Status() : Status(Error {inserted.error()});
}

Status ClaimStore::update(const Claim &claim)
{
    if (claim.text.trimmed().isEmpty())
        return Error {tr("A claim needs a statement.")};
    Transaction tx(m_db);
    Statement &stmt
        = m_db.cached("UPDATE claims SET text = ?2, note = ?3, status = ?4, speaker_id = ?5, stance = ?6, "
                      "modified = ?7 WHERE id = ?1");
    stmt.bind(1, claim.id)
        .bind(2, claim.text)
        .bind(3, claim.note)
        .bind(4, Claim::statusName(claim.status))
        .bindId(5, claim.speakerId)
        .bind(6, Claim::stanceName(claim.stance))
        .bind(7, claim.modified);
    if (!stmt.exec())
        return Error {tr("Cannot save the claim: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no claim %1 in this dossier.").arg(claim.id)};
    const Status links = writeLinks(claim);
    if (!links.ok())
        return links;
    return tx.commit();
}

Status ClaimStore::remove(qint64 id)
{
    if (!m_db.cached("DELETE FROM claims WHERE id = ?1").bind(1, id).exec())
        return Error {tr("Cannot delete the claim: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no claim %1 in this dossier.").arg(id)};
    return {};
}

Claim ClaimStore::readRow(const Statement &stmt)
{
    Claim c;
    c.id = stmt.int64(0);
    c.text = stmt.text(1);
    c.note = stmt.text(2);
    Claim::statusFromName(stmt.text(3), &c.status);
    c.speakerId = stmt.int64(4);
    Claim::stanceFromName(stmt.text(5), &c.stance);
    c.created = stmt.dateTime(6);
    c.modified = stmt.dateTime(7);
    return c;
}

void ClaimStore::loadLinks(Claim &c)
{
    c.evidenceIds = readIds(
        m_db.cached("SELECT annotation_id FROM claim_evidence WHERE claim_id = ?1 ORDER BY annotation_id"),
        c.id);
    c.subjectIds = readIds(
        m_db.cached("SELECT entity_id FROM claim_subjects WHERE claim_id = ?1 ORDER BY entity_id"), c.id);
    c.tagIds
        = readIds(m_db.cached("SELECT tag_id FROM claim_tags WHERE claim_id = ?1 ORDER BY tag_id"), c.id);
}

std::optional<Claim> ClaimStore::get(qint64 id)
{
    Statement &stmt = m_db.cached(CLAIM_COLUMNS "WHERE c.id = ?1");
    stmt.bind(1, id);
    if (!stmt.next())
        return std::nullopt;
    Claim c = readRow(stmt);
    stmt.reset();
    loadLinks(c);
    return c;
}

QVector<Claim> ClaimStore::all()
{
    QVector<Claim> result;
    {
        Statement stmt = m_db.prepare(CLAIM_COLUMNS "ORDER BY c.id");
        while (stmt.next())
            result.append(readRow(stmt));
    }
    for (Claim &c : result)
        loadLinks(c);
    return result;
}

QVector<Claim> ClaimStore::citing(qint64 annotationId)
{
    QVector<Claim> result;
    {
        Statement stmt = m_db.prepare(CLAIM_COLUMNS "JOIN claim_evidence e ON e.claim_id = c.id "
                                                    "WHERE e.annotation_id = ?1 ORDER BY c.id");
        stmt.bind(1, annotationId);
        while (stmt.next())
            result.append(readRow(stmt));
    }
    for (Claim &c : result)
        loadLinks(c);
    return result;
}

} // namespace Recoupe
