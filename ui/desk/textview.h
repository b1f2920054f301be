// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightset.h"

#include <QHash>
#include <QTextEdit>
#include <QTimer>

namespace Recoupe {

class HighlightSet;
struct EntitySpan;

// The widget inside a TextReader: the canonical text, verbatim, in a read-only QTextEdit set for
// reading (serif face, a centered column of at most ~75 characters, airy lines), with highlights
// painted under the glyphs. Because the document holds exactly the canonical text, a document
// position is a canonical offset.
class TextView : public QTextEdit
{
    Q_OBJECT

public:
    TextView(const HighlightSet *highlights, QWidget *parent = nullptr);

    // Characters QTextDocument would turn into block breaks or drop ('\r', frame markers) are
    // replaced by spaces, which keeps every offset where it is.
    void setCanonicalText(const QString &text);
    void setReadingZoom(double zoom);

    void setActiveAnnotation(qint64 annotationId);
    // The people and institutions to underline (the reader's, in text order; not owned).
    void setEntitySpans(const QVector<EntitySpan> *spans) { m_entities = spans; }
    // The entity underlined under a viewport point (the narrowest), null if none.
    const EntitySpan *entityAt(const QPoint &viewportPos) const;
    // The text of the tooltip at a viewport point (highlights' tags and notes, the entity's name).
    QString toolTipAt(const QPoint &viewportPos) const;
    void flash(qint64 start, qint64 end);
    bool isFlashing() const { return m_flashTimer.isActive(); }

    // The rectangles covering [start, end), one per line, in document coordinates, limited to
    // the lines between document positions `clipFrom` and `clipTo`.
    QVector<QRectF> rangeRects(qint64 start, qint64 end, qint64 clipFrom = 0, qint64 clipTo = -1) const;
    // The document position of the character under a viewport point, -1 off the text.
    int characterAt(const QPoint &viewportPos) const;
    // The annotation painted under a viewport point (the narrowest when they overlap), 0 if none.
    qint64 highlightAt(const QPoint &viewportPos) const;

    qint64 firstVisiblePosition() const;
    qint64 lastVisiblePosition() const;
    // Scrolls so that `position` sits `fromTop` (0..1) down the view. The position is kept
    // across later resizes until the user scrolls.
    void scrollToPosition(qint64 position, double fromTop = 0.0);

    // Centres [start, end) in the view, unless it already sits in the middle three fifths.
    void centerRange(qint64 start, qint64 end);
    // Find bar matches (sorted), the current one (an index, -1 for none) drawn apart.
    void setFindMatches(const QVector<std::pair<qint64, qint64>> &matches, int current);
    void setSharedMarks(const QVector<SharedMark> &marks, int current);

    // The highlights painted by the last paint event (annotation ids), for tests and benchmarks.
    const QVector<qint64> &lastPainted() const { return m_lastPainted; }
    // The entities underlined and the annotations given a note marker in the margin by the last
    // paint event, with where the markers were drawn (viewport coordinates).
    const QVector<qint64> &lastPaintedEntities() const { return m_lastPaintedEntities; }
    const QHash<qint64, QRect> &lastNoteMarkers() const { return m_lastNoteMarkers; }

Q_SIGNALS:
    void highlightClicked(qint64 annotationId);
    void entityClicked(qint64 entityId);
    // A click (no drag, no selection) on the text, at this offset.
    void clickedAt(qint64 offset);
    void contextMenuAt(const QPoint &globalPos);
    // Ctrl + wheel: one step in (positive) or out (negative).
    void zoomStepRequested(int steps);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFont();
    void updateColumn();
    void applyKeptPosition();
    QPointF toDocument(const QPoint &viewportPos) const;
    // The first (or, with lineEnd, the last) position of the line at document height y.
    qint64 positionAtY(double y, bool lineEnd) const;

    const HighlightSet *m_highlights;
    double m_zoom = 1.0;
    qint64 m_activeAnnotation = 0;
    qint64 m_flashStart = 0;
    qint64 m_flashEnd = 0;
    QTimer m_flashTimer;
    QPoint m_pressPos;
    qint64 m_keptPosition = -1;
    double m_keptFromTop = 0.0;
    bool m_scrollingProgrammatically = false;
    QVector<qint64> m_lastPainted;
    const QVector<EntitySpan> *m_entities = nullptr;
    QVector<qint64> m_lastPaintedEntities;
    QHash<qint64, QRect> m_lastNoteMarkers;
    QVector<std::pair<qint64, qint64>> m_findMatches;
    int m_currentFind = -1;
    QVector<SharedMark> m_sharedMarks;
    int m_currentShared = -1;
};

} // namespace Recoupe
