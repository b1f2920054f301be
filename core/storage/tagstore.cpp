// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "database.h"
#include "transaction.h"

namespace Recoupe {

namespace {

#define TAG_COLUMNS                                                                                          \
    "SELECT t.id, ifnull(t.parent_id, 0), t.name, t.color, t.description, t.position, "                      \
    "(SELECT count(*) FROM annotation_tags x WHERE x.tag_id = t.id) FROM tags t "

Tag readTag(const Statement &stmt)
{
    Tag tag;
    tag.id = stmt.int64(0);
    tag.parentId = stmt.int64(1);
    tag.name = stmt.text(2);
    tag.color = QColor(stmt.text(3));
    tag.description = stmt.text(4);
    tag.position = stmt.int32(5);
    tag.useCount = stmt.int32(6);
    return tag;
}

} // namespace

TagStore::TagStore(Database &db)
    : m_db(db)
{ }

Result<qint64> TagStore::insert(Tag &tag)
{
    const QString name = tag.name.trimmed();
    if (name.isEmpty())
        return Error {tr("A tag needs a name.")};
    if (name.contains(QLatin1Char('/')))
        return Error {tr("A tag name cannot contain “/”, which separates levels of the codebook.")};
    const qint64 existing = findChild(tag.parentId, name);
    if (existing && existing != tag.id)
        return Error {tr("The codebook already has a tag “%1” there.").arg(name)};
    Statement &stmt = m_db.cached("INSERT INTO tags(id, parent_id, name, color, description, position) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    stmt.bindId(1, tag.id)
        .bindId(2, tag.parentId)
        .bind(3, name)
        .bind(4, tag.color.name())
        .bind(5, tag.description)
        .bind(6, tag.position);
    if (!stmt.exec())
        return Error {tr("Cannot add the tag “%1”: %2").arg(name, m_db.lastError())};
    tag.id = m_db.lastInsertId();
    tag.name = name;
    return tag.id;
}

Status TagStore::update(const Tag &tag)
{
    const QString name = tag.name.trimmed();
    if (name.isEmpty())
        return Error {tr("A tag needs a name.")};
    if (name.contains(QLatin1Char('/')))
        return Error {tr("A tag name cannot contain “/”, which separates levels of the codebook.")};
    if (tag.parentId && isWithin(tag.parentId, tag.id))
        return Error {tr("A tag cannot be moved under itself.")};
    const qint64 existing = findChild(tag.parentId, name);
    if (existing && existing != tag.id)
        return Error {tr("The codebook already has a tag “%1” there.").arg(name)};
    Statement &stmt = m_db.cached("UPDATE tags SET parent_id = ?2, name = ?3, color = ?4, description = ?5, "
                                  "position = ?6 WHERE id = ?1");
    stmt.bind(1, tag.id)
        .bindId(2, tag.parentId)
        .bind(3, name)
        .bind(4, tag.color.name())
        .bind(5, tag.description)
        .bind(6, tag.position);
    if (!stmt.exec())
        return Error {tr("Cannot change the tag “%1”: %2").arg(name, m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no tag %1 in this dossier.").arg(tag.id)};
    return {};
}

Status TagStore::remove(qint64 id)
{
    Statement &stmt = m_db.cached("DELETE FROM tags WHERE id = ?1");
    if (!stmt.bind(1, id).exec())
        return Error {tr("Cannot delete the tag: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no tag %1 in this dossier.").arg(id)};
    return {};
}

std::optional<Tag> TagStore::get(qint64 id)
{
    Statement &stmt = m_db.cached(TAG_COLUMNS "WHERE t.id = ?1");
    stmt.bind(1, id);
    if (!stmt.next())
        return std::nullopt;
    return readTag(stmt);
}

std::optional<TagSnapshot> TagStore::snapshot(qint64 id)
{
    const auto root = get(id);
    if (!root)
        return std::nullopt;
    TagSnapshot snapshot;
    snapshot.subtree.append(*root);
    for (int i = 0; i < snapshot.subtree.size(); ++i)
        snapshot.subtree += children(snapshot.subtree[i].id);
    Statement &annotations = m_db.cached("SELECT annotation_id FROM annotation_tags WHERE tag_id = ?1");
    Statement &claims = m_db.cached("SELECT claim_id FROM claim_tags WHERE tag_id = ?1");
    for (const Tag &tag : std::as_const(snapshot.subtree)) {
        annotations.bind(1, tag.id);
        while (annotations.next())
            snapshot.annotationLinks.append({annotations.int64(0), tag.id});
        annotations.reset();
        claims.bind(1, tag.id);
        while (claims.next())
            snapshot.claimLinks.append({claims.int64(0), tag.id});
        claims.reset();
    }
    return snapshot;
}

Status TagStore::restore(TagSnapshot &snapshot)
{
    Transaction tx(m_db);
    for (Tag &tag : snapshot.subtree) {
        const auto inserted = insert(tag);
        if (!inserted)
            return Error {inserted.error()};
    }
    Statement &annotation = m_db.cached("INSERT INTO annotation_tags(annotation_id, tag_id) VALUES (?1, ?2)");
    for (const auto &[annotationId, tagId] : std::as_const(snapshot.annotationLinks)) {
        if (!annotation.bind(1, annotationId).bind(2, tagId).exec())
            return Error {tr("Cannot restore the tag: %1").arg(m_db.lastError())};
    }
    Statement &claim = m_db.cached("INSERT INTO claim_tags(claim_id, tag_id) VALUES (?1, ?2)");
    for (const auto &[claimId, tagId] : std::as_const(snapshot.claimLinks)) {
        if (!claim.bind(1, claimId).bind(2, tagId).exec())
            return Error {tr("Cannot restore the tag: %1").arg(m_db.lastError())};
    }
    return tx.commit();
}

QVector<Tag> TagStore::all()
{
    QVector<Tag> ordered = children(0);
    for (int i = 0; i < ordered.size(); ++i) {
        const QVector<Tag> below = children(ordered[i].id);
        for (int k = 0; k < below.size(); ++k)
            ordered.insert(i + 1 + k, below[k]);
    }
    return ordered;
}

QVector<Tag> TagStore::children(qint64 parentId)
{
    Statement &stmt
        = m_db.cached(TAG_COLUMNS "WHERE ifnull(t.parent_id, 0) = ?1 ORDER BY t.position, t.name");
    stmt.bind(1, parentId);
    QVector<Tag> result;
    while (stmt.next())
        result.append(readTag(stmt));
    return result;
}

QString TagStore::path(qint64 id)
{
    QStringList parts;
    for (auto tag = get(id); tag; tag = tag->parentId ? get(tag->parentId) : std::nullopt)
        parts.prepend(tag->name);
    return parts.join(QLatin1Char('/'));
}

qint64 TagStore::findChild(qint64 parentId, const QString &name)
{
    Statement &stmt = m_db.cached("SELECT id FROM tags WHERE ifnull(parent_id, 0) = ?1 AND name = ?2");
    stmt.bind(1, parentId).bind(2, name.trimmed());
    return stmt.next() ? stmt.int64(0) : 0;
}

qint64 TagStore::findPath(const QString &path)
{
    qint64 id = 0;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        id = findChild(id, part);
        if (!id)
            return 0;
    }
    return id;
}

bool TagStore::isWithin(qint64 candidate, qint64 ancestor)
{
    for (auto tag = get(candidate); tag; tag = tag->parentId ? get(tag->parentId) : std::nullopt) {
        if (tag->id == ancestor)
            return true;
    }
    return false;
}

int TagStore::nextPosition(qint64 parentId)
{
    Statement &stmt
        = m_db.cached("SELECT ifnull(max(position), -1) + 1 FROM tags WHERE ifnull(parent_id, 0) = ?1");
    stmt.bind(1, parentId);
    return stmt.next() ? stmt.int32(0) : 0;
}

} // namespace Recoupe
