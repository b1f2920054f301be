// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/anchor.h"

#include <QColor>
#include <QString>
#include <QVector>

namespace Recoupe {

// One highlight as a reader paints it: an annotation's range, its display color and, for PDFs,
// the boxes that cover it. `layer` is 0 for a highlight that overlaps nothing painted before it,
// 1 for the first one stacked over it, and so on, so overlaps stay distinguishable.
struct Highlight
{
    qint64 annotationId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QColor color;
    QString toolTip; // rich text: tags and note
    QVector<PageBox> quads;
    int layer = 0;
    bool hasNote = false; // drawn with a note marker beside the passage
};

// A person or an institution named in the text (a confirmed mention): drawn as a thin underline
// in the colour of the entity's type, with the entity's name as tooltip.
struct EntitySpan
{
    qint64 entityId = 0;
    qint64 start = 0;
    qint64 end = 0;
    QColor color;
    QString toolTip; // plain text: the name and the type
    QVector<PageBox> quads;
};

// A passage this source shares with the source beside it (Compare), drawn in the colour of its
// pair in both panes, outlined rather than filled so it never reads as an annotation.
struct SharedMark
{
    qint64 start = 0;
    qint64 end = 0;
    QColor color;
};

// The highlights of one source, kept in text order with their layers, answering "which ones
// touch this range" in logarithmic time so a reader with thousands of them paints only the
// visible few.
class HighlightSet
{
public:
    void setAll(QVector<Highlight> highlights);
    // Adds the highlight, or replaces the one with the same annotation id.
    void upsert(const Highlight &highlight);
    bool remove(qint64 annotationId);
    void clear();

    const QVector<Highlight> &items() const { return m_items; }
    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const Highlight *find(qint64 annotationId) const;
    int layerCount() const { return m_layerCount; }

    // Indices into items() of the highlights overlapping [from, to), in text order.
    QVector<int> overlapping(qint64 from, qint64 to) const;
    // The highlights covering `offset`, narrowest first (the one a click most likely meant).
    QVector<const Highlight *> at(qint64 offset) const;

private:
    void reindex();

    QVector<Highlight> m_items; // by start, then end, then id
    QVector<qint64> m_maxEnd; // running maximum of `end`, for pruning
    int m_layerCount = 0;
};

} // namespace Recoupe
