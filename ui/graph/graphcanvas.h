// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

class QGraphicsLineItem;
class QLabel;

namespace Recoupe {

class GraphNodeItem;

// The view on a GraphScene: the wheel zooms under the pointer, dragging the background pans,
// dragging a node moves (and pins) it. Dragging from one node to another with Shift held, or
// in linking mode, asks for a relationship between them; double-clicking an item activates it.
class GraphCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphCanvas(QWidget *parent = nullptr);

    void zoomBy(double factor);
    // The shown items, whole, with a margin; never zoomed in beyond 150 %, nor left just short
    // of the zoom where names show (the edges of the picture may then be cut off a little).
    void fitToItems();
    double zoom() const;

    bool isLinking() const { return m_linkingMode; }
    void setLinkingMode(bool on);
    // A line in the bottom left corner telling how to draw a relationship (Shift+drag, or a drag
    // in linking mode); shown while there are entities to link.
    QLabel *linkHint() const { return m_hint; }
    void setLinkHintShown(bool shown);

Q_SIGNALS:
    void linkRequested(qint64 fromEntity, qint64 toEntity);
    void nodeActivated(qint64 entityId);
    void edgeActivated(qint64 relationshipId);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placeHint();
    GraphNodeItem *nodeAt(const QPoint &viewPos) const;
    void endLink(GraphNodeItem *target);

    bool m_linkingMode = false;
    // The view shows the whole graph until the user zooms: resizes (and the first show of a
    // canvas laid out while hidden) fit it again.
    bool m_fitted = false;
    GraphNodeItem *m_linkFrom = nullptr;
    QGraphicsLineItem *m_linkLine = nullptr;
    QLabel *m_hint;
    bool m_hintShown = false;
};

} // namespace Recoupe
