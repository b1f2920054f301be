// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightset.h"
#include "model/anchor.h"
#include "model/pdfpage.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QTimer>

namespace Recoupe {

class HighlightSet;
struct EntitySpan;
class PdfRenderer;

// The pages of a PDF, one under the other, drawn from the renderer's cache; selection works on
// the word boxes stored at import, so it never waits for Poppler. Coordinates: page points
// (origin top-left) scaled by scale() logical pixels per point.
class PdfView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    PdfView(const HighlightSet *highlights, const QVector<PdfPage> *pages, PdfRenderer *renderer,
        QWidget *parent = nullptr);

    double scale() const { return m_scale; }
    void setScale(double scale);
    double fitWidthScale() const;
    double fitPageScale() const;

    // A page's rectangle in document coordinates (before scrolling), in logical pixels.
    QRectF pageRect(int page) const;
    // The page under a document y coordinate (the nearest one in a gap).
    int pageAtY(double y) const;
    // Pages intersecting the viewport now.
    std::pair<int, int> visiblePages() const;

    std::pair<qint64, qint64> selection() const { return {m_selectionStart, m_selectionEnd}; }
    void setSelection(qint64 start, qint64 end);

    void setActiveAnnotation(qint64 annotationId);
    void flash(qint64 start, qint64 end);

    // The page taking the most of the viewport (the first on a tie), -1 without pages.
    int currentPage() const;
    // Scrolls so that the page's top is at the top of the view.
    void goToPage(int page);
    // Centres [start, end) in the view, unless it already sits in the middle three fifths.
    void centerRange(qint64 start, qint64 end);
    // The document rectangle covering [start, end) (null when it has no word boxes).
    QRectF rangeRect(qint64 start, qint64 end) const;

    // Find bar matches, the current one (an index, -1 for none) drawn apart.
    void setFindMatches(const QVector<std::pair<qint64, qint64>> &matches, int current);
    void setSharedMarks(const QVector<SharedMark> &marks, int current);

    qint64 firstVisibleOffset() const;
    // Scrolls so that the word at `offset` sits `fromTop` (0..1) down the view.
    void scrollToOffset(qint64 offset, double fromTop = 0.0);
    bool isOffsetVisible(qint64 offset) const;

    // A dotted underline under OCR words read with low confidence; toggled by clicking a page's
    // OCR badge (the discreet mark on pages whose text comes from text recognition).
    bool showsLowConfidence() const { return m_showLowConfidence; }
    void setShowsLowConfidence(bool shows);
    // Words below this confidence (0 to 100) are underlined.
    static constexpr int LowConfidence = 60;
    // The OCR badge of a page in document coordinates, empty for pages with their own text.
    QRectF ocrBadgeRect(int page) const;

    // The annotation whose boxes hold a viewport point (the narrowest), 0 if none.
    qint64 highlightAt(const QPoint &viewportPos) const;
    // The people and institutions to underline (the reader's, in text order; not owned).
    void setEntitySpans(const QVector<EntitySpan> *spans) { m_entities = spans; }
    // The entity whose boxes hold a viewport point, null if none.
    const EntitySpan *entityAt(const QPoint &viewportPos) const;
    // The text of the tooltip at a viewport point (OCR badge, highlight, entity).
    QString toolTipAt(const QPoint &viewportPos) const;

    // The highlights drawn by the last paint event (annotation ids), for tests and benchmarks.
    const QVector<qint64> &lastPainted() const { return m_lastPainted; }
    // The entities underlined and the annotations given a note marker (in the corner of their
    // first box) by the last paint event, with the markers' places (viewport coordinates).
    const QVector<qint64> &lastPaintedEntities() const { return m_lastPaintedEntities; }
    const QHash<qint64, QRect> &lastNoteMarkers() const { return m_lastNoteMarkers; }
    // Pages drawn from a rendering at the right size by the last paint event.
    const QVector<int> &lastSharpPages() const { return m_lastSharpPages; }

Q_SIGNALS:
    void lowConfidenceShown(bool shown);
    void selectionChanged();
    void highlightClicked(qint64 annotationId);
    void entityClicked(qint64 entityId);
    // A click (no drag) on a word, at its offset in the text.
    void clickedAt(qint64 offset);
    void contextMenuAt(const QPoint &globalPos);
    void zoomStepRequested(int steps);
    void viewportResized();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct WordRef
    {
        int page = -1;
        int index = -1;
        bool isValid() const { return page >= 0; }
    };

    void relayout();
    void updateScrollBars();
    QPointF toDocument(const QPoint &viewportPos) const;
    // The word under (or, with `nearest`, closest to) a viewport point.
    WordRef wordAt(const QPoint &viewportPos, bool nearest) const;
    int flatIndex(WordRef ref) const;
    WordRef fromFlat(int flat) const;
    const PdfWord &word(WordRef ref) const;
    void selectWords(WordRef anchor, WordRef current);
    QVector<QRectF> boxesOnPage(const QVector<PageBox> &boxes, int page, const QRectF &pageRect) const;

    const HighlightSet *m_highlights;
    const QVector<PdfPage> *m_pages;
    PdfRenderer *m_renderer;
    double m_scale = 1.0;
    QVector<double> m_pageTops; // document y of each page's top
    double m_documentHeight = 0;
    double m_documentWidth = 0;

    qint64 m_selectionStart = 0;
    qint64 m_selectionEnd = 0;
    QVector<PageBox> m_selectionBoxes;
    WordRef m_anchorWord;
    WordRef m_cursorWord;
    QVector<int> m_wordsBefore; // flat index of each page's first word
    QPoint m_pressPos;
    bool m_dragging = false;
    bool m_showLowConfidence = false;

    qint64 m_activeAnnotation = 0;
    QVector<PageBox> m_flashBoxes;
    QTimer m_flashTimer;
    QVector<PageBox> m_findBoxes;
    QVector<PageBox> m_currentFindBoxes;
    struct SharedBoxes
    {
        QVector<PageBox> boxes;
        QColor color;
        bool current = false;
    };
    QVector<SharedBoxes> m_sharedBoxes;
    QVector<std::pair<qint64, qint64>> m_sharedRanges; // what m_sharedBoxes were computed for
    QVector<qint64> m_lastPainted;
    const QVector<EntitySpan> *m_entities = nullptr;
    QVector<qint64> m_lastPaintedEntities;
    QHash<qint64, QRect> m_lastNoteMarkers;
    QVector<int> m_lastSharpPages;
};

} // namespace Recoupe
