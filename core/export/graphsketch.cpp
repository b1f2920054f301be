// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphsketch.h"

#include "pdftypesetter.h"

#include <QHash>
#include <QPainter>
#include <QtMath>

namespace Recoupe {

namespace {

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

} // namespace

void GraphSketch::paint(QPainter &painter, const QRectF &area, const QVector<const Entity *> &entities,
    const QVector<const Relationship *> &relationships)
{
    // Only the entities some relationship touches: a lone name tells nothing in a graph.
    QVector<const Entity *> nodes;
    QHash<qint64, int> index;
    for (const Entity *e : entities) {
        bool linked = false;
        for (const Relationship *r : relationships)
            linked = linked || r->fromId == e->id || r->toId == e->id;
        if (linked) {
            index.insert(e->id, int(nodes.size()));
            nodes.append(e);
        }
    }
    if (nodes.isEmpty())
        return;

    const QPointF center = area.center();
    const double radiusX = area.width() / 2 - 70;
    const double radiusY = area.height() / 2 - 24;
    QVector<QPointF> at;
    for (int i = 0; i < nodes.size(); ++i) {
        const double angle = -M_PI / 2 + 2 * M_PI * i / nodes.size();
        at.append(nodes.size() == 1 ? center
                                    : center + QPointF(radiusX * std::cos(angle), radiusY * std::sin(angle)));
    }

    QFont font(PdfTypesetter::family(PdfTypesetter::Face::Sans));
    font.setPointSizeF(7);
    painter.setFont(font);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Relationship *r : relationships) {
        const int from = index.value(r->fromId, -1);
        const int to = index.value(r->toId, -1);
        if (from < 0 || to < 0)
            continue;
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.8));
        const QLineF line(at[from], at[to]);
        painter.drawLine(line);
        // An arrow head at the target's side, short of the label box.
        const QPointF tip = line.pointAt(std::max(0.5, 1.0 - 26.0 / std::max(1.0, line.length())));
        const double angle = std::atan2(line.dy(), line.dx());
        const QPointF left = tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 6;
        const QPointF right = tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 6;
        painter.setBrush(QColor(0x55, 0x55, 0x55));
        painter.drawPolygon(QPolygonF({ tip, left, right }));
        QString label = r->label.isEmpty() ? r->type : r->label;
        if (!r->role.isEmpty())
            label += QStringLiteral(" (") + r->role + QLatin1Char(')');
        // The label on a white patch, so the line does not strike it through.
        const QPointF middle = line.center();
        const QRectF room(middle.x() - 60, middle.y() - 5, 120, 10);
        const QRectF patch
            = painter.boundingRect(room, Qt::AlignCenter | Qt::TextSingleLine, label).adjusted(-2, 0, 2, 0);
        painter.fillRect(patch, Qt::white);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(room, Qt::AlignCenter | Qt::TextSingleLine, label);
    }
    for (int i = 0; i < nodes.size(); ++i) {
        const QRectF box(at[i].x() - 60, at[i].y() - 11, 120, 22);
        painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 0.8));
        painter.setBrush(colorOfType(nodes[i]->type));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(Qt::black);
        painter.drawText(box.adjusted(3, 0, -3, 0), Qt::AlignCenter | Qt::TextWordWrap, nodes[i]->name);
    }
}

} // namespace Recoupe
