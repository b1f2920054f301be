// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/tag.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Recoupe {

class Database;

// What removing a tag takes away: the tag, its descendants and every link to them.
struct TagSnapshot
{
    QVector<Tag> subtree; // parents before children
    QVector<std::pair<qint64, qint64>> annotationLinks; // (annotation, tag)
    QVector<std::pair<qint64, qint64>> claimLinks; // (claim, tag)
};

// The dossier's codebook: a tree of tags.
class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)

public:
    using Record = Tag;
    using Snapshot = TagSnapshot;

    explicit TagStore(Database &db);

    Result<qint64> insert(Tag &tag);
    Status update(const Tag &tag); // name, color, description, parent, position
    Status remove(qint64 id);
    std::optional<Tag> get(qint64 id);
    std::optional<TagSnapshot> snapshot(qint64 id);
    Status restore(TagSnapshot &snapshot);

    // Every tag, parents before children, siblings by position then name, with use counts.
    QVector<Tag> all();
    QVector<Tag> children(qint64 parentId);
    // "Réserves/Commission" style paths, with '/' between levels.
    QString path(qint64 id);
    qint64 findPath(const QString &path);
    qint64 findChild(qint64 parentId, const QString &name);
    // True when `candidate` is `ancestor` or lies below it (moving a tag under itself is refused).
    bool isWithin(qint64 candidate, qint64 ancestor);
    int nextPosition(qint64 parentId);

private:
    Database &m_db;
};

} // namespace Recoupe
