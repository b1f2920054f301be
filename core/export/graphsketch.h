// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/relationship.h"

#include <QFont>
#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

#include <functional>

class QPainter;

namespace Recoupe {

// How the evidence appendix draws the relationship graph, as vector graphics. The graph view
// can hand its own layout in (a Graphviz one) through PdfExportOptions::drawGraph; without one
// the appendix uses GraphSketch.
using GraphDrawing = std::function<void(QPainter &painter, const QRectF &area,
    const QVector<const Entity *> &entities, const QVector<const Relationship *> &relationships)>;

// A plain drawing of entities and relationships: entities on an ellipse, pushed apart until no
// two boxes touch, one line per relationship from box border to box border with an arrowhead
// at the target's border (parallel relationships side by side), and each label whole, wrapped
// on at most two lines, on a white patch placed where it covers no box and no other label when
// it can. Enough to read a small case; the graph view lays big ones out better.
class GraphSketch
{
public:
    struct Node
    {
        qint64 entityId = 0;
        QString text;
        QRectF box;
    };
    struct Edge
    {
        qint64 relationshipId = 0;
        QLineF line; // from the source box's border to the target box's border
        QPolygonF arrowhead; // its tip is line.p2()
        QString label;
        QRectF labelBox; // the label's text fits in it whole
    };
    struct Layout
    {
        QVector<Node> nodes;
        QVector<Edge> edges;
    };

    // The font the sketch writes with, and the layout it draws.
    static QFont font();
    static Layout layout(const QRectF &area, const QVector<const Entity *> &entities,
        const QVector<const Relationship *> &relationships);

    static void paint(QPainter &painter, const QRectF &area, const QVector<const Entity *> &entities,
        const QVector<const Relationship *> &relationships);
};

} // namespace Recoupe
