// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graph.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPen>
#include <QStaticText>

namespace Recoupe {

class GraphEdgeItem;

// A person or an institution on the graph: the type's shape and colour, the name below it.
// The user can drag it; a node put in place by hand is pinned (the next layout keeps it there)
// and shows a pin mark.
class GraphNodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GraphNodeItem)

public:
    enum
    {
        Type = UserType + 1
    };
    static constexpr double Diameter = 18; // points, as GraphLayout lays them out
    // Names are drawn 10 points high and left out below 7 pixels: the zoom from which they show.
    static constexpr double LabelPixelSize = 10;
    static constexpr double MinReadablePixels = 7;
    static constexpr double ReadableZoom = MinReadablePixels / LabelPixelSize;

    explicit GraphNodeItem(const GraphNode &node);

    int type() const override { return Type; }
    qint64 entityId() const { return m_node.entityId; }
    const GraphNode &node() const { return m_node; }
    void setNode(const GraphNode &node);

    bool isPinned() const { return m_pinned; }
    void setPinned(bool pinned);
    // Drawn larger with a ring: the entity a neighbourhood or a path is about.
    void setEmphasized(bool emphasized);

    void addEdge(GraphEdgeItem *edge);
    void removeEdge(GraphEdgeItem *edge);
    const QVector<GraphEdgeItem *> &edges() const { return m_edges; }

    // Where the shape and the name are, in scene coordinates: what edge labels must not cover.
    QRectF sceneShapeRect() const { return m_shape.boundingRect().translated(pos()); }
    QRectF sceneLabelRect() const { return m_labelRect.translated(pos()); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void updateGeometry();

    GraphNode m_node;
    QVector<GraphEdgeItem *> m_edges;
    QPainterPath m_shape;
    QColor m_fill;
    QPen m_outline;
    QStaticText m_staticLabel;
    QRectF m_labelRect;
    QRectF m_bounds;
    QPointF m_pressPos;
    bool m_pinned = false;
    bool m_emphasized = false;
};

} // namespace Recoupe
