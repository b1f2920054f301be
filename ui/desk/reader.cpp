// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader.h"

#include <algorithm>
#include <tuple>

namespace Recoupe {

Reader::Reader(qint64 sourceId, QWidget *parent)
    : QWidget(parent)
    , m_sourceId(sourceId)
{ }

bool Reader::hasSelection() const
{
    const auto [start, end] = selection();
    return end > start;
}

void Reader::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
}

void Reader::setActiveAnnotation(qint64 annotationId)
{
    if (m_activeAnnotation == annotationId)
        return;
    m_activeAnnotation = annotationId;
    highlightsChanged();
}

void Reader::setEntitySpans(QVector<EntitySpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const EntitySpan &a, const EntitySpan &b) {
        return std::tie(a.start, a.end) < std::tie(b.start, b.end);
    });
    m_entitySpans = std::move(spans);
    highlightsChanged();
}

const EntitySpan *Reader::entitySpanAt(qint64 offset) const
{
    const EntitySpan *best = nullptr;
    for (const EntitySpan &span : m_entitySpans) {
        if (span.start > offset)
            break;
        if (offset < span.end && (!best || span.end - span.start < best->end - best->start))
            best = &span;
    }
    return best;
}

void Reader::setSharedPassages(const QVector<SharedMark> &marks, int current)
{
    m_sharedMarks = marks;
    m_currentShared = current;
    sharedPassagesChanged();
}

void Reader::clickedAt(qint64 offset)
{
    for (int i = 0; i < m_sharedMarks.size(); ++i) {
        if (m_sharedMarks.at(i).start <= offset && offset < m_sharedMarks.at(i).end) {
            Q_EMIT sharedPassageActivated(i);
            return;
        }
    }
}

void Reader::setZoomValue(double zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    Q_EMIT zoomChanged(zoom);
}

} // namespace Recoupe
