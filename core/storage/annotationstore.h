// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "result.h"

#include <QCoreApplication>

#include <optional>

namespace Recoupe {

class Database;
class Statement;

// Anchors and annotations with their tags. Inserting an annotation that carries an id restores
// it under that id, with its claim and relationship links: that is how undo brings one back.
class AnnotationStore
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationStore)

public:
    using Record = Annotation;
    using Snapshot = Annotation;

    explicit AnnotationStore(Database &db);

    Result<qint64> insert(Annotation &annotation);
    Status update(const Annotation &annotation); // color, note, tags, modified
    Status updateAnchor(const Anchor &anchor);
    Status remove(qint64 id);
    std::optional<Annotation> get(qint64 id);
    std::optional<Annotation> snapshot(qint64 id) { return get(id); }
    Status restore(Annotation &annotation);

    // Annotations of one source in text order, or of the whole dossier (live sources only)
    // in source then text order.
    QVector<Annotation> forSource(qint64 sourceId);
    QVector<Annotation> all();
    QVector<Annotation> withTag(qint64 tagId);
    int count();

    // Anchor rows, shared with entity mentions.
    Result<qint64> insertAnchor(Anchor &anchor);
    std::optional<Anchor> anchor(qint64 anchorId);
    // Every anchor in a source: annotations' and entity mentions'.
    QVector<Anchor> anchorsInSource(qint64 sourceId);

private:
    QVector<Annotation> query(const char *sql, qint64 parameter);
    Annotation readRow(const Statement &stmt);
    void loadLinks(Annotation &annotation);

    Database &m_db;
};

} // namespace Recoupe
