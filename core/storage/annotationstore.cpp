// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "database.h"
#include "transaction.h"

namespace Recoupe {

namespace {

QVector<qint64> ids(Statement &stmt)
{
    QVector<qint64> result;
    while (stmt.next())
        result.append(stmt.int64(0));
    return result;
}

Anchor readAnchor(const Statement &stmt, int first)
{
    Anchor anchor;
    anchor.id = stmt.int64(first);
    anchor.sourceId = stmt.int64(first + 1);
    anchor.start = stmt.int64(first + 2);
    anchor.end = stmt.int64(first + 3);
    anchor.exact = stmt.text(first + 4);
    anchor.prefix = stmt.text(first + 5);
    anchor.suffix = stmt.text(first + 6);
    anchor.page = stmt.int32(first + 7);
    anchor.quads = Anchor::unpackQuads(stmt.blob(first + 8));
    anchor.orphaned = stmt.int32(first + 9) != 0;
    return anchor;
}

#define ANCHOR_COLUMNS                                                                                       \
    "SELECT id, source_id, start_pos, end_pos, exact, prefix, suffix, page, quads, orphaned FROM anchors "

#define ANNOTATION_COLUMNS                                                                                   \
    "SELECT n.id, n.color, n.note, n.author, n.created, n.modified, a.id, a.source_id, a.start_pos, "        \
    "a.end_pos, "                                                                                            \
    "a.exact, a.prefix, a.suffix, a.page, a.quads, a.orphaned FROM annotations n JOIN anchors a ON a.id = "  \
    "n.anchor_id "

} // namespace

AnnotationStore::AnnotationStore(Database &db)
    : m_db(db)
{ }

Result<qint64> AnnotationStore::insertAnchor(Anchor &anchor)
{
    Statement &stmt
        = m_db.cached("INSERT INTO anchors(id, source_id, start_pos, end_pos, exact, prefix, suffix, page, "
                      "quads, orphaned) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    const QByteArray quads = Anchor::packQuads(anchor.quads);
    stmt.bindId(1, anchor.id)
        .bind(2, anchor.sourceId)
        .bind(3, anchor.start)
        .bind(4, anchor.end)
        .bind(5, anchor.exact)
        .bind(6, anchor.prefix)
        .bind(7, anchor.suffix)
        .bind(8, anchor.page)
        .bindBlob(9, quads)
        .bind(10, anchor.orphaned ? 1 : 0);
    if (!stmt.exec())
        return Error {tr("Cannot store the passage: %1").arg(m_db.lastError())};
    anchor.id = m_db.lastInsertId();
    return anchor.id;
}

Result<qint64> AnnotationStore::insert(Annotation &annotation)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {tx.error()};
    const qint64 anchorId = annotation.anchor.id;
    auto anchorResult = insertAnchor(annotation.anchor);
    if (!anchorResult) {
        annotation.anchor.id = anchorId;
        return Error {anchorResult.error()};
    }
    if (!annotation.created.isValid())
        annotation.created = QDateTime::currentDateTimeUtc();
    if (!annotation.modified.isValid())
        annotation.modified = annotation.created;

    Statement &stmt
        = m_db.cached("INSERT INTO annotations(id, anchor_id, color, note, author, created, modified) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    stmt.bindId(1, annotation.id)
        .bind(2, annotation.anchor.id)
        .bind(3, annotation.color.name())
        .bind(4, annotation.note)
        .bind(5, annotation.author)
        .bind(6, annotation.created)
        .bind(7, annotation.modified);
    if (!stmt.exec())
        return Error {tr("Cannot store the annotation: %1").arg(m_db.lastError())};
    annotation.id = m_db.lastInsertId();

    Statement &tag = m_db.cached("INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?1, ?2)");
    for (qint64 tagId : std::as_const(annotation.tagIds)) {
        if (!tag.bind(1, annotation.id).bind(2, tagId).exec())
            return Error {tr("Cannot tag the annotation: %1").arg(m_db.lastError())};
    }
    Statement &claim = m_db.cached("INSERT INTO claim_evidence(claim_id, annotation_id) VALUES (?1, ?2)");
    for (qint64 claimId : std::as_const(annotation.claimIds)) {
        if (!claim.bind(1, claimId).bind(2, annotation.id).exec())
            return Error {tr("Cannot restore the annotation's claims: %1").arg(m_db.lastError())};
    }
    Statement &rel
        = m_db.cached("INSERT INTO relationship_evidence(relationship_id, annotation_id) VALUES (?1, ?2)");
    for (qint64 relationshipId : std::as_const(annotation.relationshipIds)) {
        if (!rel.bind(1, relationshipId).bind(2, annotation.id).exec())
            return Error {tr("Cannot restore the annotation's relationships: %1").arg(m_db.lastError())};
    }
    const Status committed = tx.commit();
    if (!committed.ok())
        return Error {committed.error()};
    return annotation.id;
}

Status AnnotationStore::restore(Annotation &annotation)
{
    const auto inserted = insert(annotation);
    return inserted ? Status() : Status(Error {inserted.error()});
}

Status AnnotationStore::update(const Annotation &annotation)
{
    Transaction tx(m_db);
    Statement &stmt
        = m_db.cached("UPDATE annotations SET color = ?2, note = ?3, modified = ?4 WHERE id = ?1");
    stmt.bind(1, annotation.id)
        .bind(2, annotation.color.name())
        .bind(3, annotation.note)
        .bind(4, annotation.modified);
    if (!stmt.exec())
        return Error {tr("Cannot change the annotation: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no annotation %1 in this dossier.").arg(annotation.id)};
    Statement &clear = m_db.cached("DELETE FROM annotation_tags WHERE annotation_id = ?1");
    Statement &tag = m_db.cached("INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?1, ?2)");
    if (!clear.bind(1, annotation.id).exec())
        return Error {tr("Cannot change the annotation: %1").arg(m_db.lastError())};
    for (qint64 tagId : annotation.tagIds) {
        if (!tag.bind(1, annotation.id).bind(2, tagId).exec())
            return Error {tr("Cannot tag the annotation: %1").arg(m_db.lastError())};
    }
    return tx.commit();
}

Status AnnotationStore::updateAnchor(const Anchor &anchor)
{
    Statement &stmt = m_db.cached("UPDATE anchors SET start_pos = ?2, end_pos = ?3, exact = ?4, prefix = ?5, "
                                  "suffix = ?6, page = ?7, quads = ?8, orphaned = ?9 WHERE id = ?1");
    const QByteArray quads = Anchor::packQuads(anchor.quads);
    stmt.bind(1, anchor.id)
        .bind(2, anchor.start)
        .bind(3, anchor.end)
        .bind(4, anchor.exact)
        .bind(5, anchor.prefix)
        .bind(6, anchor.suffix)
        .bind(7, anchor.page)
        .bindBlob(8, quads)
        .bind(9, anchor.orphaned ? 1 : 0);
    if (!stmt.exec())
        return Error {tr("Cannot move the passage: %1").arg(m_db.lastError())};
    return {};
}

Status AnnotationStore::remove(qint64 id)
{
    // Deleting the anchor deletes the annotation (and its links) through the foreign keys.
    Statement &stmt
        = m_db.cached("DELETE FROM anchors WHERE id = (SELECT anchor_id FROM annotations WHERE id = ?1)");
    if (!stmt.bind(1, id).exec())
        return Error {tr("Cannot delete the annotation: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no annotation %1 in this dossier.").arg(id)};
    return {};
}

Annotation AnnotationStore::readRow(const Statement &stmt)
{
    Annotation a;
    a.id = stmt.int64(0);
    a.color = QColor(stmt.text(1));
    a.note = stmt.text(2);
    a.author = stmt.text(3);
    a.created = stmt.dateTime(4);
    a.modified = stmt.dateTime(5);
    a.anchor = readAnchor(stmt, 6);
    return a;
}

void AnnotationStore::loadLinks(Annotation &a)
{
    Statement &tags
        = m_db.cached("SELECT tag_id FROM annotation_tags WHERE annotation_id = ?1 ORDER BY tag_id");
    tags.bind(1, a.id);
    a.tagIds = ids(tags);
    Statement &claims
        = m_db.cached("SELECT claim_id FROM claim_evidence WHERE annotation_id = ?1 ORDER BY claim_id");
    claims.bind(1, a.id);
    a.claimIds = ids(claims);
    Statement &rels = m_db.cached("SELECT relationship_id FROM relationship_evidence WHERE annotation_id = "
                                  "?1 ORDER BY relationship_id");
    rels.bind(1, a.id);
    a.relationshipIds = ids(rels);
}

std::optional<Annotation> AnnotationStore::get(qint64 id)
{
    Statement &stmt = m_db.cached(ANNOTATION_COLUMNS "WHERE n.id = ?1");
    stmt.bind(1, id);
    if (!stmt.next())
        return std::nullopt;
    Annotation a = readRow(stmt);
    stmt.reset();
    loadLinks(a);
    return a;
}

QVector<Annotation> AnnotationStore::query(const char *sql, qint64 parameter)
{
    QVector<Annotation> result;
    {
        Statement stmt = m_db.prepare(sql);
        stmt.bind(1, parameter);
        while (stmt.next())
            result.append(readRow(stmt));
    }
    for (Annotation &a : result)
        loadLinks(a);
    return result;
}

QVector<Annotation> AnnotationStore::forSource(qint64 sourceId)
{
    return query(ANNOTATION_COLUMNS "WHERE a.source_id = ?1 ORDER BY a.start_pos, a.end_pos, n.id", sourceId);
}

QVector<Annotation> AnnotationStore::all()
{
    return query(ANNOTATION_COLUMNS "JOIN sources s ON s.id = a.source_id WHERE s.removed = ?1 "
                                    "ORDER BY a.source_id, a.start_pos, n.id",
        0);
}

QVector<Annotation> AnnotationStore::withTag(qint64 tagId)
{
    return query(ANNOTATION_COLUMNS "JOIN annotation_tags t ON t.annotation_id = n.id WHERE t.tag_id = ?1 "
                                    "ORDER BY a.source_id, a.start_pos",
        tagId);
}

int AnnotationStore::count()
{
    return int(m_db.scalar("SELECT count(*) FROM annotations n JOIN anchors a ON a.id = n.anchor_id "
                           "JOIN sources s ON s.id = a.source_id WHERE s.removed = 0"));
}

std::optional<Anchor> AnnotationStore::anchor(qint64 anchorId)
{
    Statement &stmt = m_db.cached(ANCHOR_COLUMNS "WHERE id = ?1");
    stmt.bind(1, anchorId);
    if (!stmt.next())
        return std::nullopt;
    return readAnchor(stmt, 0);
}

QVector<Anchor> AnnotationStore::anchorsInSource(qint64 sourceId)
{
    Statement &stmt = m_db.cached(ANCHOR_COLUMNS "WHERE source_id = ?1 ORDER BY start_pos, id");
    stmt.bind(1, sourceId);
    QVector<Anchor> anchors;
    while (stmt.next())
        anchors.append(readAnchor(stmt, 0));
    return anchors;
}

} // namespace Recoupe
