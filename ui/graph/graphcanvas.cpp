// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphcanvas.h"

#include "graphedgeitem.h"
#include "graphnodeitem.h"
#include "graphscene.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Recoupe {

namespace {

constexpr double MinZoom = 0.02;
constexpr double MaxZoom = 8;
// Below this many pixels between entities, on average over the view, their names (60 to 200
// pixels wide) can only pile up on one another.
constexpr double CrowdedSpacing = 32;
// A fitted graph this close to the zoom where names show is drawn at that zoom instead.
constexpr double AlmostFits = 0.85;

} // namespace

GraphCanvas::GraphCanvas(QWidget *parent)
    : QGraphicsView(parent)
    , m_hint(new QLabel(viewport()))
{
    setObjectName(QStringLiteral("graphCanvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setBackgroundBrush(QColor(0xfa, 0xfa, 0xf7));
    // The background brush covers every exposed pixel: the viewport's own fill would be a second one.
    viewport()->setAutoFillBackground(false);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Relationship graph"));
    // Over the graph's empty corner, where the eye looks for what to do next; clicks go through.
    m_hint->setObjectName(QStringLiteral("linkHint"));
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hint->setStyleSheet(
        QStringLiteral("QLabel { color: #555555; background: rgba(250, 250, 247, 220); padding: 2px 4px; }"));
    m_hint->hide();
    setLinkingMode(false);
}

void GraphCanvas::setLinkHintShown(bool shown)
{
    m_hintShown = shown;
    m_hint->setVisible(shown);
    placeHint();
}

void GraphCanvas::placeHint()
{
    m_hint->adjustSize();
    m_hint->move(4, viewport()->height() - m_hint->height() - 4);
}

double GraphCanvas::zoom() const
{
    return transform().m11();
}

void GraphCanvas::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const double applied = target / zoom();
    scale(applied, applied);
    m_fitted = false;
    Q_EMIT zoomChanged(zoom());
}

void GraphCanvas::paintEvent(QPaintEvent *event)
{
    auto *graphScene = qobject_cast<GraphScene *>(scene());
    if (!graphScene) {
        QGraphicsView::paintEvent(event);
        return;
    }
    // A crowded view shows shapes and lines only (see GraphScene::isCrowded); exports and
    // other renderings of the scene are never crowded.
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
    int inView = 0;
    for (const GraphNodeItem *node : graphScene->nodeItems())
        inView += node->isVisible() && shown.contains(node->pos());
    const double area = double(viewport()->width()) * viewport()->height();
    graphScene->setCrowded(inView > 0 && area / inView < CrowdedSpacing * CrowdedSpacing);
    QGraphicsView::paintEvent(event);
    graphScene->setCrowded(false);
}

void GraphCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeHint();
    if (m_fitted)
        fitToItems();
}

bool GraphCanvas::viewportEvent(QEvent *event)
{
    // Scroll bars coming and going resize the viewport alone: the hint keeps to its corner.
    if (event->type() == QEvent::Resize)
        placeHint();
    return QGraphicsView::viewportEvent(event);
}

void GraphCanvas::scrollContentsBy(int dx, int dy)
{
    // Scrolling moves the viewport's child widgets with the scene: the hint goes back to its corner.
    QGraphicsView::scrollContentsBy(dx, dy);
    placeHint();
}

void GraphCanvas::fitToItems()
{
    auto *graphScene = qobject_cast<GraphScene *>(scene());
    QRectF bounds = graphScene ? graphScene->visibleBounds() : scene()->itemsBoundingRect();
    if (bounds.isEmpty())
        bounds = QRectF(-100, -100, 200, 200);
    bounds = bounds.adjusted(-30, -30, 30, 30);
    // Room to pan a little beyond the graph.
    setSceneRect(bounds.adjusted(-bounds.width(), -bounds.height(), bounds.width(), bounds.height()));
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.5) {
        resetTransform();
        scale(1.5, 1.5);
    } else if (zoom() < GraphNodeItem::ReadableZoom * 1.01
        && zoom() >= GraphNodeItem::ReadableZoom * AlmostFits) {
        // Just too small for the names to show: a little of the margins and the outermost names
        // cut off is better than a graph with no names at all.
        // (A hair above it: the painter's level of detail is computed, not copied.)
        const double readable = GraphNodeItem::ReadableZoom * 1.01;
        resetTransform();
        scale(readable, readable);
    }
    centerOn(bounds.center());
    m_fitted = true;
    Q_EMIT zoomChanged(zoom());
}

void GraphCanvas::setLinkingMode(bool on)
{
    m_linkingMode = on;
    setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    m_hint->setText(on ? tr("Link: drag from one entity to another to link them")
                       : tr("Shift+drag from one entity to another to link them"));
    placeHint();
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

GraphNodeItem *GraphCanvas::nodeAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *item : items(viewPos)) {
        if (item->type() == GraphNodeItem::Type && item != m_linkLine)
            return static_cast<GraphNodeItem *>(item);
    }
    return nullptr;
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    const bool wantsLink = m_linkingMode || (event->modifiers() & Qt::ShiftModifier);
    if (event->button() == Qt::LeftButton && wantsLink) {
        if (GraphNodeItem *node = nodeAt(event->pos())) {
            m_linkFrom = node;
            m_linkLine = new QGraphicsLineItem(QLineF(node->pos(), mapToScene(event->pos())));
            m_linkLine->setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            m_linkLine->setZValue(10);
            scene()->addItem(m_linkLine);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_linkLine) {
        m_linkLine->setLine(QLineF(m_linkFrom->pos(), mapToScene(event->pos())));
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_linkLine) {
        endLink(nodeAt(event->pos()));
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    // The hand cursor of a pan stays otherwise in linking mode.
    if (m_linkingMode)
        viewport()->setCursor(Qt::CrossCursor);
}

void GraphCanvas::endLink(GraphNodeItem *target)
{
    const qint64 from = m_linkFrom ? m_linkFrom->entityId() : 0;
    delete m_linkLine;
    m_linkLine = nullptr;
    m_linkFrom = nullptr;
    if (from && target && target->entityId() != from)
        Q_EMIT linkRequested(from, target->entityId());
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->pos())) {
        if (item->type() == GraphNodeItem::Type) {
            Q_EMIT nodeActivated(static_cast<GraphNodeItem *>(item)->entityId());
            event->accept();
            return;
        }
        if (item->type() == GraphEdgeItem::Type) {
            Q_EMIT edgeActivated(static_cast<GraphEdgeItem *>(item)->relationshipId());
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_linkLine) {
        endLink(nullptr);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QList<QGraphicsItem *> selected = scene() ? scene()->selectedItems() : QList<QGraphicsItem *>();
        if (selected.size() == 1) {
            QGraphicsItem *item = selected.first();
            if (item->type() == GraphNodeItem::Type)
                Q_EMIT nodeActivated(static_cast<GraphNodeItem *>(item)->entityId());
            else if (item->type() == GraphEdgeItem::Type)
                Q_EMIT edgeActivated(static_cast<GraphEdgeItem *>(item)->relationshipId());
            return;
        }
    }
    if (event->matches(QKeySequence::ZoomIn)) {
        zoomBy(1.25);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomBy(0.8);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

} // namespace Recoupe
