// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphnodeitem.h"

#include "entitystyle.h"
#include "graphedgeitem.h"
#include "graphscene.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace Recoupe {

namespace {

constexpr int MaxLabelLength = 36; // characters; the tooltip has the whole name
constexpr double LabelGap = 3;
constexpr double LabelDetail = 0.45; // below this zoom, names are too small to read: not drawn

const QFont &labelFont()
{
    // In scene units (points), so names scale with the zoom like everything else.
    static const QFont font = [] {
        QFont f = QApplication::font();
        f.setPixelSize(10);
        return f;
    }();
    return font;
}

} // namespace

GraphNodeItem::GraphNodeItem(const GraphNode &node)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(false);
    setZValue(1);
    setNode(node);
}

void GraphNodeItem::setNode(const GraphNode &node)
{
    m_node = node;
    QString label = node.name.simplified();
    if (label.size() > MaxLabelLength)
        label = label.left(MaxLabelLength - 1) + QChar(0x2026);
    m_label = label;
    QString tip
        = QStringLiteral("<b>%1</b><br>%2").arg(node.name.toHtmlEscaped(), EntityStyle::typeName(node.type));
    if (!node.aliases.isEmpty())
        //: Tooltip line on a graph node: %1 the other names, comma separated
        //: %1 the other names of a person or an institution, separated by commas
        tip += QStringLiteral("<br>")
            + tr("Also: %1").arg(node.aliases.join(QStringLiteral(", ")).toHtmlEscaped());
    setToolTip(tip);
    updateGeometry();
}

void GraphNodeItem::updateGeometry()
{
    prepareGeometryChange();
    const double size = m_emphasized ? Diameter * 1.4 : Diameter;
    m_shape = EntityStyle::shape(m_node.type, size);
    const QFontMetricsF metrics(labelFont());
    const double width = metrics.horizontalAdvance(m_label) + 6;
    const double top = m_shape.boundingRect().bottom() + LabelGap;
    m_labelRect = QRectF(-width / 2, top, width, metrics.height() + 2);
    m_bounds = m_shape.boundingRect().adjusted(-5, -5, 5, 5) | m_labelRect;
    update();
}

void GraphNodeItem::setPinned(bool pinned)
{
    if (m_pinned == pinned)
        return;
    m_pinned = pinned;
    update();
}

void GraphNodeItem::setEmphasized(bool emphasized)
{
    if (m_emphasized == emphasized)
        return;
    m_emphasized = emphasized;
    updateGeometry();
}

void GraphNodeItem::addEdge(GraphEdgeItem *edge)
{
    if (!m_edges.contains(edge))
        m_edges.append(edge);
}

void GraphNodeItem::removeEdge(GraphEdgeItem *edge)
{
    m_edges.removeOne(edge);
}

QRectF GraphNodeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath GraphNodeItem::shape() const
{
    // The label is part of the node for clicks and drags.
    QPainterPath path = m_shape;
    path.addRect(m_labelRect);
    return path;
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor fill = EntityStyle::color(m_node.type);
    const bool selected = option->state & QStyle::State_Selected;
    if (selected || m_emphasized) {
        const QColor ring = selected ? QApplication::palette().color(QPalette::Highlight) : fill.darker(130);
        painter->setPen(QPen(ring, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(EntityStyle::shape(m_node.type, m_shape.boundingRect().width() + 7));
    }
    painter->setPen(QPen(fill.darker(150), 1));
    painter->setBrush(fill);
    painter->drawPath(m_shape);
    if (m_pinned) {
        // A pin head at the top right: put here by hand, the layout keeps it.
        const QRectF box = m_shape.boundingRect();
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(QColor(0x33, 0x33, 0x33));
        painter->drawEllipse(QPointF(box.right(), box.top()), 3.2, 3.2);
    }
    if (detail < LabelDetail && !selected)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRoundedRect(m_labelRect, 3, 3);
    painter->setFont(labelFont());
    painter->setPen(QColor(0x22, 0x22, 0x22));
    painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
}

QVariant GraphNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (GraphEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
        // Moved by the user's drag (not by a layout): it stays where it was put.
        if (auto *graphScene = qobject_cast<GraphScene *>(scene())) {
            if (graphScene->mouseGrabberItem())
                graphScene->noteDragged(this);
        }
    }
    return QGraphicsItem::itemChange(change, value);
}

void GraphNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = pos();
    QGraphicsItem::mousePressEvent(event);
}

void GraphNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (auto *graphScene = qobject_cast<GraphScene *>(scene()))
        graphScene->finishDrag();
}

} // namespace Recoupe
