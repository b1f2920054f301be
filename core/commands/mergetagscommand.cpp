// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergetagscommand.h"

#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/tagstore.h"
#include "storage/transaction.h"

namespace Recoupe {

namespace {

QVector<qint64> column(Database &db, const char *sql, qint64 a, qint64 b = 0)
{
    Statement stmt = db.prepare(sql);
    stmt.bind(1, a);
    if (b)
        stmt.bind(2, b);
    QVector<qint64> ids;
    while (stmt.next())
        ids.append(stmt.int64(0));
    return ids;
}

bool execEach(Database &db, const char *sql, const QVector<qint64> &ids, qint64 tagId)
{
    Statement &stmt = db.cached(sql);
    for (qint64 id : ids) {
        if (!stmt.bind(1, id).bind(2, tagId).exec())
            return false;
    }
    return true;
}

} // namespace

MergeTagsCommand::MergeTagsCommand(Dossier *dossier, Tag from, Tag into)
    : m_dossier(dossier)
    , m_from(std::move(from))
    , m_into(std::move(into))
{
    setText(tr("Merge tag “%1” into “%2”").arg(m_from.name, m_into.name));
    Database &db = m_dossier->database();
    for (const Tag &child : m_dossier->tags().children(m_from.id))
        m_children.append(child.id);
    m_annotations = column(db, "SELECT annotation_id FROM annotation_tags WHERE tag_id = ?1", m_from.id);
    m_claims = column(db, "SELECT claim_id FROM claim_tags WHERE tag_id = ?1", m_from.id);
    m_addedAnnotations = column(db,
        "SELECT annotation_id FROM annotation_tags WHERE tag_id = ?1 EXCEPT "
        "SELECT annotation_id FROM annotation_tags WHERE tag_id = ?2",
        m_from.id, m_into.id);
    m_addedClaims = column(db,
        "SELECT claim_id FROM claim_tags WHERE tag_id = ?1 EXCEPT "
        "SELECT claim_id FROM claim_tags WHERE tag_id = ?2",
        m_from.id, m_into.id);
}

bool MergeTagsCommand::apply(bool forward)
{
    Database &db = m_dossier->database();
    TagStore &tags = m_dossier->tags();
    Transaction tx(db);
    bool ok = tx.isActive();
    if (forward) {
        ok = ok
            && execEach(db, "INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?1, ?2)",
                m_addedAnnotations, m_into.id);
        ok = ok
            && execEach(
                db, "INSERT INTO claim_tags(claim_id, tag_id) VALUES (?1, ?2)", m_addedClaims, m_into.id);
        ok = ok && execEach(db, "UPDATE tags SET parent_id = ?2 WHERE id = ?1", m_children, m_into.id);
        ok = ok && tags.remove(m_from.id).ok();
    } else {
        Tag restored = m_from;
        ok = ok && tags.insert(restored).ok();
        ok = ok && execEach(db, "UPDATE tags SET parent_id = ?2 WHERE id = ?1", m_children, m_from.id);
        ok = ok
            && execEach(db, "INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?1, ?2)",
                m_annotations, m_from.id);
        ok = ok
            && execEach(db, "INSERT INTO claim_tags(claim_id, tag_id) VALUES (?1, ?2)", m_claims, m_from.id);
        ok = ok
            && execEach(db, "DELETE FROM annotation_tags WHERE annotation_id = ?1 AND tag_id = ?2",
                m_addedAnnotations, m_into.id);
        ok = ok
            && execEach(
                db, "DELETE FROM claim_tags WHERE claim_id = ?1 AND tag_id = ?2", m_addedClaims, m_into.id);
    }
    if (ok)
        ok = tx.commit().ok();
    if (!ok) {
        m_dossier->setCommandError(tr("Cannot merge the tags: %1").arg(db.lastError()));
        return false;
    }
    if (forward) {
        Q_EMIT m_dossier->tagRemoved(m_from.id);
    } else {
        Q_EMIT m_dossier->tagAdded(m_from.id);
    }
    for (qint64 child : std::as_const(m_children))
        Q_EMIT m_dossier->tagChanged(child);
    Q_EMIT m_dossier->tagChanged(m_into.id);
    return true;
}

void MergeTagsCommand::redo()
{
    if (!apply(true))
        setObsolete(true);
}

void MergeTagsCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

} // namespace Recoupe
