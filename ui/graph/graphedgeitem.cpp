// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphedgeitem.h"

#include "entitystyle.h"
#include "graphnodeitem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Recoupe {

namespace {

constexpr int MaxTitleLength = 44;
constexpr double NodeRadius = GraphNodeItem::Diameter / 2 + 2;
constexpr double ArrowSize = 7;
constexpr double LabelDetail = 0.9; // edge labels need a closer look than names
constexpr double MinLabelRoom = 40; // shorter edges show no label until selected

const QFont &labelFont()
{
    static const QFont font = [] {
        QFont f = QApplication::font();
        f.setPixelSize(8);
        return f;
    }();
    return font;
}

QString elided(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() > MaxTitleLength ? flat.left(MaxTitleLength - 1) + QChar(0x2026) : flat;
}

QPointF unit(const QPointF &v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : QPointF(1, 0);
}

} // namespace

GraphEdgeItem::GraphEdgeItem(const GraphEdge &edge, GraphNodeItem *from, GraphNodeItem *to)
    : m_from(from)
    , m_to(to)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(0);
    m_from->addEdge(this);
    m_to->addEdge(this);
    setEdge(edge);
}

GraphEdgeItem::~GraphEdgeItem()
{
    m_from->removeEdge(this);
    m_to->removeEdge(this);
}

void GraphEdgeItem::setEdge(const GraphEdge &edge)
{
    m_edge = edge;
    updateLabel();
    adjust();
}

void GraphEdgeItem::updateLabel()
{
    m_title = elided(EntityStyle::relationshipText(m_edge.type, m_edge.label, m_edge.role));
    m_dates = EntityStyle::dateSpan(m_edge.start, m_edge.end);
    QString tip
        = QStringLiteral("<b>%1</b>")
              .arg(EntityStyle::relationshipText(m_edge.type, m_edge.label, m_edge.role).toHtmlEscaped());
    if (!m_dates.isEmpty())
        tip += QStringLiteral("<br>") + m_dates.toHtmlEscaped();
    //: Tooltip line on a graph edge; %n passages of evidence
    tip += QStringLiteral("<br>") + tr("%n passage(s) of evidence", "", int(m_edge.evidenceIds.size()));
    setToolTip(tip);
}

QString GraphEdgeItem::labelText() const
{
    return m_dates.isEmpty() ? m_title : m_title + QLatin1Char('\n') + m_dates;
}

void GraphEdgeItem::setBend(double bend)
{
    if (qFuzzyCompare(m_bend, bend))
        return;
    m_bend = bend;
    adjust();
}

void GraphEdgeItem::setEmphasized(bool emphasized)
{
    if (m_emphasized == emphasized)
        return;
    m_emphasized = emphasized;
    update();
}

void GraphEdgeItem::adjust()
{
    prepareGeometryChange();
    const QPointF p1 = m_from->pos();
    const QPointF p2 = m_to->pos();
    QPainterPath path;
    QPointF tipDirection;
    QPointF end;
    if (m_from == m_to) {
        // A relationship of an entity with itself: a small loop above it.
        const QRectF loop(p1.x() - 10, p1.y() - 34, 20, 26);
        path.addEllipse(loop);
        m_middle = QPointF(loop.center().x(), loop.top());
        end = QPointF(p1.x() + 6, p1.y() - NodeRadius);
        tipDirection = QPointF(0, 1);
    } else {
        const QPointF middle = (p1 + p2) / 2;
        const QPointF along = unit(p2 - p1);
        const QPointF normal(-along.y(), along.x());
        // A quadratic curve whose middle lies `m_bend` points to the side.
        const QPointF control = middle + normal * (2 * m_bend);
        const QPointF start = p1 + unit(control - p1) * NodeRadius;
        end = p2 + unit(control - p2) * NodeRadius;
        path.moveTo(start);
        if (qFuzzyIsNull(m_bend))
            path.lineTo(end);
        else
            path.quadTo(control, end);
        m_middle = qFuzzyIsNull(m_bend) ? (start + end) / 2 : middle + normal * m_bend;
        tipDirection = unit(end - control);
    }
    m_path = path;
    const QPointF back = end - tipDirection * ArrowSize;
    const QPointF side(-tipDirection.y() * ArrowSize * 0.45, tipDirection.x() * ArrowSize * 0.45);
    m_arrow = QPolygonF({end, back + side, back - side});

    const QFontMetricsF metrics(labelFont());
    const double width = std::max(metrics.horizontalAdvance(m_title), metrics.horizontalAdvance(m_dates)) + 6;
    const double height = metrics.height() * (m_dates.isEmpty() ? 1 : 2) + 2;
    m_labelRect = QRectF(m_middle.x() - width / 2, m_middle.y() - height / 2, width, height);
    m_room = m_from == m_to ? width : QLineF(m_path.pointAtPercent(0), m_path.pointAtPercent(1)).length();
    m_bounds = (m_path.controlPointRect() | m_arrow.boundingRect()).adjusted(-3, -3, 3, 3) | m_labelRect;
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath GraphEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(7);
    QPainterPath hit = stroker.createStroke(m_path);
    hit.addPolygon(m_arrow);
    return hit;
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = option->state & QStyle::State_Selected;
    QColor color(0x6b, 0x6b, 0x6b);
    double width = 1.2;
    if (m_emphasized) {
        color = QColor(0x20, 0x20, 0x20);
        width = 2.6;
    }
    if (selected) {
        color = QApplication::palette().color(QPalette::Highlight);
        width = 2.8;
    }
    QPen pen(color, width);
    // Links the FollowTheMoney schema has no name for are drawn dashed.
    if (m_edge.type == QLatin1String("UnknownLink"))
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);
    if (detail < LabelDetail && !selected)
        return;
    // Unless selected, a label no wider than its edge: longer ones would cover the entities and
    // the labels around them (the tooltip and the evidence pane give it whole).
    QRectF rect = m_labelRect;
    QString text = labelText();
    if (!selected && rect.width() > m_room) {
        if (m_room < MinLabelRoom)
            return;
        const QFontMetricsF metrics(labelFont());
        const double room = m_room - 6;
        text = metrics.elidedText(m_title, Qt::ElideRight, room);
        if (!m_dates.isEmpty())
            text += QLatin1Char('\n') + metrics.elidedText(m_dates, Qt::ElideRight, room);
        rect = QRectF(m_middle.x() - m_room / 2, rect.top(), m_room, rect.height());
    }
    painter->setBrush(QColor(255, 255, 255, 215));
    painter->drawRoundedRect(rect, 2, 2);
    painter->setFont(labelFont());
    painter->setPen(selected ? color.darker(120) : QColor(0x33, 0x33, 0x33));
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace Recoupe
