// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphedgeitem.h"

#include "entitystyle.h"
#include "graphnodeitem.h"
#include "graphscene.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStaticText>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace Recoupe {

namespace {

constexpr int MaxTitleLength = 44;
constexpr double NodeRadius = GraphNodeItem::Diameter / 2 + 2;
constexpr double ArrowSize = 7;
// An arrowhead smaller than this many pixels shows no direction, only a blot on the line: left out
// when zoomed out that far (selected and emphasized edges keep theirs).
constexpr double MinArrowPixels = 4;
const QColor PlainColor(0x6b, 0x6b, 0x6b);
const QColor CrowdColor(0x9c, 0x9c, 0x9c);
constexpr double PlainWidth = 1.2;
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
    // A relationship's label may hold '<' or '&': never taken for markup.
    m_shortTitle.setTextFormat(Qt::PlainText);
    m_shortDates.setTextFormat(Qt::PlainText);
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
    // Links the FollowTheMoney schema has no name for are drawn dashed.
    m_dashed = edge.type == QLatin1String("UnknownLink");
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
        m_straight = false;
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
        m_line = QLineF(start, end);
        m_straight = qFuzzyIsNull(m_bend);
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
    // Two associates are linked alike: no way to point.
    m_arrow
        = Relationship::isDirected(m_edge.type) ? QPolygonF({end, back + side, back - side}) : QPolygonF();

    const QFontMetricsF metrics(labelFont());
    const double width = std::max(metrics.horizontalAdvance(m_title), metrics.horizontalAdvance(m_dates)) + 6;
    const double height = metrics.height() * (m_dates.isEmpty() ? 1 : 2) + 2;
    m_labelRect = QRectF(m_middle.x() - width / 2, m_middle.y() - height / 2, width, height);
    m_room = m_from == m_to ? width : QLineF(m_path.pointAtPercent(0), m_path.pointAtPercent(1)).length();
    m_bounds = (m_path.controlPointRect() | m_arrow.boundingRect()).adjusted(-3, -3, 3, 3) | m_labelRect;
    updateShortLabel(metrics);
}

void GraphEdgeItem::updateShortLabel(const QFontMetricsF &metrics)
{
    // Unless selected, a label no wider than its edge: longer ones would cover the entities and
    // the labels around them (the tooltip and the evidence pane give it whole). Worked out here,
    // when the edge moves, rather than at every frame.
    m_hasShortLabel = m_labelRect.width() <= m_room || m_room >= MinLabelRoom;
    if (!m_hasShortLabel) {
        m_shortLabelRect = QRectF();
        return;
    }
    QString title = m_title;
    QString dates = m_dates;
    QSizeF size = m_labelRect.size();
    if (m_labelRect.width() > m_room) {
        const double room = m_room - 6;
        title = metrics.elidedText(m_title, Qt::ElideRight, room);
        dates = metrics.elidedText(m_dates, Qt::ElideRight, room);
        size.setWidth(m_room);
    }
    const auto prepare = [](QStaticText &text, const QString &line) {
        if (text.text() != line) {
            text.setText(line);
            text.prepare(QTransform(), labelFont());
        }
    };
    prepare(m_shortTitle, title);
    prepare(m_shortDates, dates);
    m_shortLabelSize = size;
    placeLabel(m_labelAt, m_labelSide);
}

QPointF GraphEdgeItem::pointAt(double at) const
{
    if (m_from == m_to)
        return m_middle;
    return m_straight ? m_line.pointAt(at) : m_path.pointAtPercent(at);
}

QRectF GraphEdgeItem::shortLabelRect(double at, int side) const
{
    if (!m_hasShortLabel)
        return QRectF();
    QPointF center = pointAt(at);
    if (side != 0 && m_from != m_to) {
        // Beside the line rather than on it: pushed along the edge's normal until its nearest
        // side just clears the line.
        const QPointF along = unit(m_line.p2() - m_line.p1());
        const QPointF normal(-along.y(), along.x());
        const double reach = std::abs(normal.x()) * m_shortLabelSize.width() / 2
            + std::abs(normal.y()) * m_shortLabelSize.height() / 2 + 2;
        center += normal * (side * reach);
    }
    return QRectF(center.x() - m_shortLabelSize.width() / 2, center.y() - m_shortLabelSize.height() / 2,
        m_shortLabelSize.width(), m_shortLabelSize.height());
}

void GraphEdgeItem::placeLabel(double at, int side)
{
    m_labelAt = at;
    m_labelSide = side;
    const QRectF rect = at < 0 ? QRectF() : shortLabelRect(at, side);
    if (!rect.isNull() && !m_bounds.contains(rect)) {
        prepareGeometryChange();
        m_bounds |= rect;
    }
    if (rect == m_shortLabelRect)
        return;
    m_shortLabelRect = rect;
    update();
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
    if (!m_arrow.isEmpty())
        hit.addPolygon(m_arrow);
    return hit;
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = option->state & QStyle::State_Selected;
    const auto *graphScene = qobject_cast<const GraphScene *>(scene());
    const bool crowded = graphScene && graphScene->isCrowded() && !selected && !m_emphasized;
    QColor color = PlainColor;
    if (selected)
        color = QApplication::palette().color(QPalette::Highlight);
    else if (m_emphasized)
        color = QColor(0x20, 0x20, 0x20);
    if (!selected && !m_emphasized) {
        // Most edges are plain: shared pens, so the painter has no state to change between them.
        // They are never drawn wider than a pixel: hairlines keep a dense graph legible close
        // up, and take the raster engine's fast line drawing at every zoom.
        static const QPen solid(PlainColor, PlainWidth);
        static const QPen hairline = [] {
            QPen pen(PlainColor, 1);
            pen.setCosmetic(true);
            return pen;
        }();
        static const QPen dash = [] {
            QPen pen(PlainColor, PlainWidth);
            pen.setStyle(Qt::DashLine);
            return pen;
        }();
        static const QPen dashedHairline = [] {
            QPen pen(PlainColor, 1);
            pen.setCosmetic(true);
            pen.setStyle(Qt::DashLine);
            return pen;
        }();
        // In a crowd, one-pixel lines without antialiasing, lighter to weigh as much: a quarter
        // of the frame's time goes otherwise to smoothing lines no one can follow there.
        static const QPen crowd = [] {
            QPen pen(CrowdColor, 1);
            pen.setCosmetic(true);
            return pen;
        }();
        if (crowded)
            painter->setPen(crowd);
        else if (detail * PlainWidth > 1)
            painter->setPen(m_dashed ? dashedHairline : hairline);
        else
            painter->setPen(m_dashed ? dash : solid);
    } else {
        QPen pen(color, selected ? 2.8 : 2.6);
        if (m_dashed)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
    }
    painter->setBrush(Qt::NoBrush);
    // Items leave the painter as they found it only in part (the view does not save its state
    // around each of them): set what this item needs.
    if (painter->testRenderHint(QPainter::Antialiasing) == crowded)
        painter->setRenderHint(QPainter::Antialiasing, !crowded);
    // A straight edge goes to the raster engine's line drawing, cheaper than a general path.
    if (m_straight)
        painter->drawLine(m_line);
    else
        painter->drawPath(m_path);
    if (!m_arrow.isEmpty()
        && ((detail * ArrowSize >= MinArrowPixels && !crowded) || selected || m_emphasized)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(m_arrow);
    }
    if ((detail < LabelDetail || crowded) && !selected)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 215));
    painter->setFont(labelFont());
    if (selected) {
        painter->drawRect(m_labelRect);
        painter->setPen(color.darker(120));
        painter->drawText(m_labelRect, Qt::AlignCenter, labelText());
        return;
    }
    if (m_shortLabelRect.isNull())
        return;
    painter->drawRect(m_shortLabelRect);
    painter->setPen(QColor(0x33, 0x33, 0x33));
    // Each line centred in the box, the dates under the title.
    const double center = m_shortLabelRect.center().x();
    const QSizeF title = m_shortTitle.size();
    const double top = m_shortLabelRect.top() + 1;
    painter->drawStaticText(QPointF(center - title.width() / 2, top), m_shortTitle);
    if (!m_dates.isEmpty())
        painter->drawStaticText(
            QPointF(center - m_shortDates.size().width() / 2, top + title.height()), m_shortDates);
}

} // namespace Recoupe
