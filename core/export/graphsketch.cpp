// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphsketch.h"

#include "pdftypesetter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <map>

namespace Recoupe {

namespace {

constexpr double BoxPadding = 4;
constexpr double MaxBoxTextWidth = 110;
constexpr double MaxLabelWidth = 150;
constexpr double BoxGap = 10; // between two boxes, so the edge joining them shows
constexpr double ArrowLength = 6;
constexpr int TextFlags = Qt::AlignCenter | Qt::TextWordWrap;

QColor colorOfType(const QString &type)
{
    if (type == QLatin1String("Person"))
        return QColor(0xe3, 0xf2, 0xfd);
    if (type == QLatin1String("PublicBody"))
        return QColor(0xe8, 0xf5, 0xe9);
    if (type == QLatin1String("Company"))
        return QColor(0xff, 0xf3, 0xe0);
    return QColor(0xf3, 0xe5, 0xf5);
}

// The size a text takes wrapped at `width`, at most two lines for labels.
QSizeF textSize(const QFontMetricsF &metrics, const QString &text, double width)
{
    return metrics.boundingRect(QRectF(0, 0, width, 1000), TextFlags, text).size();
}

// Where the segment from inside `box` towards `outside` leaves the box.
QPointF exitPoint(const QRectF &box, const QPointF &inside, const QPointF &outside)
{
    const QLineF segment(inside, outside);
    const QLineF sides[] = { { box.topLeft(), box.topRight() }, { box.topRight(), box.bottomRight() },
        { box.bottomRight(), box.bottomLeft() }, { box.bottomLeft(), box.topLeft() } };
    QPointF best = inside;
    double bestDistance = -1;
    for (const QLineF &side : sides) {
        QPointF at;
        if (segment.intersects(side, &at) != QLineF::BoundedIntersection)
            continue;
        const double distance = QLineF(inside, at).length();
        if (distance > bestDistance) {
            bestDistance = distance;
            best = at;
        }
    }
    return best;
}

// Pushes overlapping boxes apart (keeping them in the area) until none is closer than BoxGap.
void separate(QVector<GraphSketch::Node> &nodes, const QRectF &area)
{
    for (int round = 0; round < 200; ++round) {
        bool moved = false;
        for (int i = 0; i < nodes.size(); ++i) {
            for (int j = i + 1; j < nodes.size(); ++j) {
                QRectF &a = nodes[i].box;
                QRectF &b = nodes[j].box;
                const QRectF grown = a.adjusted(-BoxGap, -BoxGap, BoxGap, BoxGap);
                if (!grown.intersects(b))
                    continue;
                const QRectF overlap = grown.intersected(b);
                QPointF away = b.center() - a.center();
                if (away.isNull())
                    away = QPointF(0, 1);
                // Along the axis where less movement frees them.
                QPointF shift;
                if (overlap.width() < overlap.height())
                    shift = QPointF((away.x() >= 0 ? 1 : -1) * (overlap.width() / 2 + 0.5), 0);
                else
                    shift = QPointF(0, (away.y() >= 0 ? 1 : -1) * (overlap.height() / 2 + 0.5));
                a.translate(-shift);
                b.translate(shift);
                moved = true;
            }
        }
        for (GraphSketch::Node &n : nodes) {
            QRectF &box = n.box;
            box.moveLeft(
                std::clamp(box.left(), area.left(), std::max(area.left(), area.right() - box.width())));
            box.moveTop(
                std::clamp(box.top(), area.top(), std::max(area.top(), area.bottom() - box.height())));
        }
        if (!moved)
            return;
    }
}

} // namespace

QFont GraphSketch::font()
{
    QFont font(PdfTypesetter::family(PdfTypesetter::Face::Sans));
    font.setPointSizeF(7);
    return font;
}

GraphSketch::Layout GraphSketch::layout(const QRectF &area, const QVector<const Entity *> &entities,
    const QVector<const Relationship *> &relationships)
{
    Layout layout;
    // Only the entities some relationship touches: a lone name tells nothing in a graph.
    QHash<qint64, int> index;
    const QFontMetricsF metrics(font());
    for (const Entity *e : entities) {
        bool linked = false;
        for (const Relationship *r : relationships)
            linked = linked || r->fromId == e->id || r->toId == e->id;
        if (!linked)
            continue;
        index.insert(e->id, int(layout.nodes.size()));
        const QSizeF text = textSize(metrics, e->name, MaxBoxTextWidth);
        Node node;
        node.entityId = e->id;
        node.text = e->name;
        node.box = QRectF(QPointF(), text + QSizeF(2 * BoxPadding, 2 * BoxPadding));
        layout.nodes.append(node);
    }
    const int n = int(layout.nodes.size());
    if (n == 0)
        return layout;

    double maxWidth = 0, maxHeight = 0;
    for (const Node &node : std::as_const(layout.nodes)) {
        maxWidth = std::max(maxWidth, node.box.width());
        maxHeight = std::max(maxHeight, node.box.height());
    }
    const QPointF center = area.center();
    const double radiusX = std::max(0.0, area.width() / 2 - maxWidth / 2);
    const double radiusY = std::max(0.0, area.height() / 2 - maxHeight / 2);
    for (int i = 0; i < n; ++i) {
        const double angle = -M_PI / 2 + 2 * M_PI * i / n;
        const QPointF at
            = n == 1 ? center : center + QPointF(radiusX * std::cos(angle), radiusY * std::sin(angle));
        layout.nodes[i].box.moveCenter(at);
    }
    separate(layout.nodes, area);

    // Relationships between the same two entities, either way, side by side.
    std::map<std::pair<int, int>, QVector<int>> parallel;
    QVector<const Relationship *> drawn;
    for (const Relationship *r : relationships) {
        const int from = index.value(r->fromId, -1);
        const int to = index.value(r->toId, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        parallel[{ std::min(from, to), std::max(from, to) }].append(int(drawn.size()));
        drawn.append(r);
    }
    QVector<QRectF> taken;
    for (const Node &node : std::as_const(layout.nodes))
        taken.append(node.box);
    for (const auto &[pair, members] : parallel) {
        const QPointF a = layout.nodes[pair.first].box.center();
        const QPointF b = layout.nodes[pair.second].box.center();
        const QLineF axis(a, b);
        const QPointF normal
            = axis.length() > 0 ? QPointF(-axis.dy(), axis.dx()) / axis.length() : QPointF(0, 1);
        for (int k = 0; k < members.size(); ++k) {
            const Relationship *r = drawn[members[k]];
            const QRectF &fromBox = layout.nodes[index.value(r->fromId)].box;
            const QRectF &toBox = layout.nodes[index.value(r->toId)].box;
            const double offset = (k - (members.size() - 1) / 2.0) * 10;
            const QPointF shift = normal * offset;
            const QPointF fromCenter = fromBox.center() + shift;
            const QPointF toCenter = toBox.center() + shift;
            Edge edge;
            edge.relationshipId = r->id;
            edge.line
                = QLineF(exitPoint(fromBox, fromCenter, toCenter), exitPoint(toBox, toCenter, fromCenter));
            const double angle = std::atan2(edge.line.dy(), edge.line.dx());
            const QPointF tip = edge.line.p2();
            edge.arrowhead
                = QPolygonF({ tip, tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * ArrowLength,
                    tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * ArrowLength });
            edge.label = r->label.isEmpty() ? r->type : r->label;
            if (!r->role.isEmpty())
                edge.label += QStringLiteral(" (") + r->role + QLatin1Char(')');
            const QSizeF size = textSize(metrics, edge.label, MaxLabelWidth) + QSizeF(4, 0);
            // Along the line, the first place that covers no box and no other label.
            QRectF best;
            for (double t : { 0.5, 0.35, 0.65, 0.2, 0.8 }) {
                QRectF box(QPointF(), size);
                box.moveCenter(edge.line.pointAt(t));
                bool free = true;
                for (const QRectF &other : std::as_const(taken))
                    free = free && !other.intersects(box);
                if (best.isNull())
                    best = box;
                if (free) {
                    best = box;
                    break;
                }
            }
            edge.labelBox = best;
            taken.append(best);
            layout.edges.append(edge);
        }
    }
    return layout;
}

void GraphSketch::paint(QPainter &painter, const QRectF &area, const QVector<const Entity *> &entities,
    const QVector<const Relationship *> &relationships)
{
    const Layout sketch = layout(area, entities, relationships);
    QHash<qint64, const Entity *> byId;
    for (const Entity *e : entities)
        byId.insert(e->id, e);
    painter.setFont(font());
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x55, 0x55, 0x55);
    for (const Edge &edge : sketch.edges) {
        painter.setPen(QPen(ink, 0.8));
        painter.drawLine(edge.line);
    }
    for (const Node &node : sketch.nodes) {
        painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 0.8));
        const Entity *entity = byId.value(node.entityId);
        painter.setBrush(colorOfType(entity ? entity->type : QString()));
        painter.drawRoundedRect(node.box, 4, 4);
        painter.setPen(Qt::black);
        painter.drawText(node.box, TextFlags | Qt::TextDontClip, node.text);
    }
    for (const Edge &edge : sketch.edges) {
        painter.setPen(QPen(ink, 0.8));
        painter.setBrush(ink);
        painter.drawPolygon(edge.arrowhead);
        // The label on a white patch, so the line does not strike it through.
        painter.fillRect(edge.labelBox, Qt::white);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(edge.labelBox, TextFlags | Qt::TextDontClip, edge.label);
    }
}

} // namespace Recoupe
