// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightset.h"

#include <QWidget>

namespace Recoupe {

// What the desk asks of a reader, whatever the kind of source: positions, selections and
// highlights are all offsets into the source's canonical text (UTF-16 code units), so a passage
// selected in a text reader and in a PDF reader is anchored the same way.
class Reader : public QWidget
{
    Q_OBJECT

public:
    enum class ZoomMode
    {
        Free, // zoom() as set
        FitWidth,
        FitPage
    };

    explicit Reader(qint64 sourceId, QWidget *parent = nullptr);

    qint64 sourceId() const { return m_sourceId; }

    // The selected passage as [start, end) in the canonical text; start == end when none.
    virtual std::pair<qint64, qint64> selection() const = 0;
    bool hasSelection() const;
    virtual void setSelection(qint64 start, qint64 end) = 0;
    virtual void clearSelection() = 0;
    virtual QString selectedText() const = 0;

    // The first text offset at the top of the view, and scrolling back to it (restoring a session).
    virtual qint64 topOffset() const = 0;
    virtual void scrollToOffset(qint64 offset) = 0;
    // Brings [start, end) to the middle of the view (unless it is already near the middle).
    virtual void revealRange(qint64 start, qint64 end) = 0;
    // Draws attention to [start, end) for a moment (a search match, a cited passage).
    virtual void flashRange(qint64 start, qint64 end) = 0;

    // Pages, for readers that have them (PDF): how many, the one taking most of the view
    // (0-based, -1 without pages), and showing one from its top.
    virtual int pageCount() const { return 0; }
    virtual int currentPage() const { return -1; }
    virtual void goToPage(int page) { Q_UNUSED(page) }

    // A side panel beside the text (a PDF's outline), shown or hidden; false when there is none.
    virtual bool hasOutline() const { return false; }
    virtual bool isOutlineVisible() const { return false; }
    virtual void setOutlineVisible(bool visible) { Q_UNUSED(visible) }

    // The find bar's matches, [start, end) each, marked in the text; `current` (an index into
    // them, -1 for none) stands out from the others.
    virtual void setFindMatches(const QVector<std::pair<qint64, qint64>> &matches, int current) = 0;

    // The passages shared with the source compared with this one; `current` (an index, -1 for
    // none) is the one the comparison bar stands on.
    void setSharedPassages(const QVector<SharedMark> &marks, int current);
    const QVector<SharedMark> &sharedPassages() const { return m_sharedMarks; }
    // Views call this on a plain click: on a shared passage, sharedPassageActivated() follows.
    void clickedAt(qint64 offset);
    int currentSharedPassage() const { return m_currentShared; }

    // Vertical position as a fraction of the whole, for synchronized scrolling.
    virtual double scrollFraction() const = 0;
    virtual void setScrollFraction(double fraction) = 0;

    // 1.0 is the reader's natural size (text: the comfortable reading size; PDF: 100 %).
    double zoom() const { return m_zoom; }
    virtual void setZoom(double zoom) = 0;
    ZoomMode zoomMode() const { return m_zoomMode; }
    virtual void setZoomMode(ZoomMode mode);
    virtual bool supportsFitModes() const { return false; }

    HighlightSet &highlights() { return m_highlights; }
    const HighlightSet &highlights() const { return m_highlights; }
    // Call after changing highlights(): repaints what they cover.
    virtual void highlightsChanged() = 0;
    // People and institutions marked in this source, in text order; repaints.
    void setEntitySpans(QVector<EntitySpan> spans);
    const QVector<EntitySpan> &entitySpans() const { return m_entitySpans; }
    // The narrowest span covering `offset`, null if none.
    const EntitySpan *entitySpanAt(qint64 offset) const;
    // Repaints after setSharedPassages().
    virtual void sharedPassagesChanged() = 0;
    // The annotation shown as selected (outlined), 0 for none.
    qint64 activeAnnotation() const { return m_activeAnnotation; }
    void setActiveAnnotation(qint64 annotationId);

    static constexpr double MinZoom = 0.25;
    static constexpr double MaxZoom = 6.0;

Q_SIGNALS:
    void selectionChanged();
    // A click on a highlight (no drag).
    void highlightActivated(qint64 annotationId);
    // A click on a person or an institution underlined in the text.
    void entityActivated(qint64 entityId);
    // A click on one of the shared passages (its index in sharedPassages()).
    void sharedPassageActivated(int index);
    void scrolled();
    void zoomChanged(double zoom);
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void setZoomValue(double zoom);

    HighlightSet m_highlights;
    QVector<EntitySpan> m_entitySpans;
    qint64 m_activeAnnotation = 0;
    QVector<SharedMark> m_sharedMarks;
    int m_currentShared = -1;

private:
    qint64 m_sourceId;
    double m_zoom = 1.0;
    ZoomMode m_zoomMode = ZoomMode::Free;
};

} // namespace Recoupe
