// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightset.h"

#include <algorithm>

namespace Recoupe {

namespace {

bool textOrder(const Highlight &a, const Highlight &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end > b.end; // the wider one first, so it gets the lower layer
    return a.annotationId < b.annotationId;
}

} // namespace

void HighlightSet::setAll(QVector<Highlight> highlights)
{
    m_items = std::move(highlights);
    std::sort(m_items.begin(), m_items.end(), textOrder);
    reindex();
}

void HighlightSet::upsert(const Highlight &highlight)
{
    auto existing = std::find_if(m_items.begin(), m_items.end(),
        [&](const Highlight &h) { return h.annotationId == highlight.annotationId; });
    if (existing != m_items.end())
        m_items.erase(existing);
    m_items.insert(std::upper_bound(m_items.begin(), m_items.end(), highlight, textOrder), highlight);
    reindex();
}

bool HighlightSet::remove(qint64 annotationId)
{
    auto existing = std::find_if(
        m_items.begin(), m_items.end(), [&](const Highlight &h) { return h.annotationId == annotationId; });
    if (existing == m_items.end())
        return false;
    m_items.erase(existing);
    reindex();
    return true;
}

void HighlightSet::clear()
{
    m_items.clear();
    reindex();
}

const Highlight *HighlightSet::find(qint64 annotationId) const
{
    for (const Highlight &h : m_items) {
        if (h.annotationId == annotationId)
            return &h;
    }
    return nullptr;
}

void HighlightSet::reindex()
{
    // Interval partitioning: each highlight takes the lowest layer that is free at its start.
    QVector<qint64> layerEnds;
    m_maxEnd.resize(m_items.size());
    qint64 maxEnd = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        Highlight &h = m_items[i];
        int layer = 0;
        while (layer < layerEnds.size() && layerEnds.at(layer) > h.start)
            ++layer;
        if (layer == layerEnds.size())
            layerEnds.append(h.end);
        else
            layerEnds[layer] = h.end;
        h.layer = layer;
        maxEnd = std::max(maxEnd, h.end);
        m_maxEnd[i] = maxEnd;
    }
    m_layerCount = int(layerEnds.size());
}

QVector<int> HighlightSet::overlapping(qint64 from, qint64 to) const
{
    QVector<int> result;
    // Items [first, last) may overlap: those starting before `to` whose running max end passes `from`.
    const auto last = std::lower_bound(m_items.cbegin(), m_items.cend(), to,
        [](const Highlight &h, qint64 value) { return h.start < value; });
    const auto firstEnd = std::upper_bound(m_maxEnd.cbegin(), m_maxEnd.cend(), from);
    for (int i = int(firstEnd - m_maxEnd.cbegin()); i < int(last - m_items.cbegin()); ++i) {
        if (m_items.at(i).end > from)
            result.append(i);
    }
    return result;
}

QVector<const Highlight *> HighlightSet::at(qint64 offset) const
{
    QVector<const Highlight *> result;
    for (int i : overlapping(offset, offset + 1))
        result.append(&m_items.at(i));
    std::stable_sort(result.begin(), result.end(),
        [](const Highlight *a, const Highlight *b) { return a->end - a->start < b->end - b->start; });
    return result;
}

} // namespace Recoupe
