// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/relationship.h"

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

// A plain drawing of entities and relationships: entities on a circle, one labelled line per
// relationship. Enough to read a small case; the graph view lays big ones out better.
class GraphSketch
{
public:
    static void paint(QPainter &painter, const QRectF &area, const QVector<const Entity *> &entities,
        const QVector<const Relationship *> &relationships);
};

} // namespace Recoupe
