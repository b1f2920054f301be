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
#include <QStaticText>
#include <QStyleOptionGraphicsItem>

namespace Recoupe {

namespace {

constexpr int MaxLabelLength = 36; // characters; the tooltip has the whole name
constexpr double LabelGap = 3;
// Names drawn smaller than MinReadablePixels cannot be read: below it (the whole of a large graph
// fitted in the view) they are left out, which also keeps such frames fast.
// An outline thinner than this many pixels only greys the rim of the shape: left out, and the
// fill alone drawn, when zoomed out that far.
constexpr double MinOutlinePixels = 0.6;
constexpr double OutlineWidth = 1;

const QFont &labelFont()
{
    // In scene units (points), so names scale with the zoom like everything else.
    static const QFont font = [] {
        QFont f = QApplication::font();
        f.setPixelSize(int(GraphNodeItem::LabelPixelSize));
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
    m_fill = EntityStyle::color(node.type);
    m_outline = QPen(m_fill.darker(150), OutlineWidth);
    QString label = node.name.simplified();
    if (label.size() > MaxLabelLength)
        label = label.left(MaxLabelLength - 1) + QChar(0x2026);
    m_staticLabel.setText(label);
    m_staticLabel.setTextFormat(Qt::PlainText);
    m_staticLabel.prepare(QTransform(), labelFont());
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
    const double width = metrics.horizontalAdvance(m_staticLabel.text()) + 6;
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
    const QColor &fill = m_fill;
    const bool selected = option->state & QStyle::State_Selected;
    const auto *graphScene = qobject_cast<const GraphScene *>(scene());
    const bool crowded = graphScene && graphScene->isCrowded() && !selected && !m_emphasized;
    // Crowded edges turn antialiasing off (the view does not save the painter's state around
    // each item); shapes keep it.
    if (!painter->testRenderHint(QPainter::Antialiasing))
        painter->setRenderHint(QPainter::Antialiasing);
    if (selected || m_emphasized) {
        const QColor ring = selected ? QApplication::palette().color(QPalette::Highlight) : fill.darker(130);
        painter->setPen(QPen(ring, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(EntityStyle::shape(m_node.type, m_shape.boundingRect().width() + 7));
    }
    if ((detail * OutlineWidth >= MinOutlinePixels && !crowded) || selected || m_emphasized)
        painter->setPen(m_outline);
    else
        painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawPath(m_shape);
    if (m_pinned) {
        // A pin head at the top right: put here by hand, the layout keeps it.
        const QRectF box = m_shape.boundingRect();
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(QColor(0x33, 0x33, 0x33));
        painter->drawEllipse(QPointF(box.right(), box.top()), 3.2, 3.2);
    }
    if ((detail * LabelPixelSize < MinReadablePixels || crowded) && !selected)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRect(m_labelRect);
    painter->setFont(labelFont());
    painter->setPen(QColor(0x22, 0x22, 0x22));
    // Laid out once, not at every frame.
    const QSizeF textSize = m_staticLabel.size();
    painter->drawStaticText(QPointF(m_labelRect.center().x() - textSize.width() / 2,
                                m_labelRect.center().y() - textSize.height() / 2),
        m_staticLabel);
}

QVariant GraphNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (GraphEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
        if (auto *graphScene = qobject_cast<GraphScene *>(scene())) {
            graphScene->scheduleLabelPlacement();
            // Moved by the user's drag (not by a layout): it stays where it was put.
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
