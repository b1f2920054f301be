// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graph.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QStaticText>

class QFontMetricsF;

namespace Recoupe {

class GraphNodeItem;

// A relationship on the graph: a line (a curve when several link the same two entities) from
// one entity to the other with an arrow head, labelled with the type or role and the dates
// when the view is close enough to read them. It follows its two nodes when they move.
class GraphEdgeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GraphEdgeItem)

public:
    enum
    {
        Type = UserType + 2
    };

    GraphEdgeItem(const GraphEdge &edge, GraphNodeItem *from, GraphNodeItem *to);
    ~GraphEdgeItem() override;

    int type() const override { return Type; }
    qint64 relationshipId() const { return m_edge.relationshipId; }
    const GraphEdge &edge() const { return m_edge; }
    void setEdge(const GraphEdge &edge);
    GraphNodeItem *fromNode() const { return m_from; }
    GraphNodeItem *toNode() const { return m_to; }
    // Sideways offset of the curve's middle, in points, to tell parallel edges apart.
    void setBend(double bend);
    // Drawn thicker: part of a shortest path, or supported by the highlight shown.
    void setEmphasized(bool emphasized);
    // An arrowhead at the second entity: every type but those that read both ways (Associate).
    bool hasArrowHead() const { return !m_arrow.isEmpty(); }
    QPolygonF arrowHead() const { return m_arrow; }
    // The two text lines the edge shows: what it is, and when.
    QString labelText() const;
    // Recomputes the path after a node moved.
    void adjust();
    // Where the label goes when the edge is not selected: `at` is the fraction of the way from the
    // first entity to the second (0.5, halfway, by default), or negative to show none; `side`
    // 0 on the line, 1 or -1 beside it. The scene moves labels along and beside their edges so
    // that they do not cover one another.
    QRectF shortLabelRect(double at, int side = 0) const; // null when the edge is too short
    void placeLabel(double at, int side = 0);
    QRectF shownLabelRect() const { return m_shortLabelRect; } // null when none is shown

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateLabel();
    void updateShortLabel(const QFontMetricsF &metrics);
    QPointF pointAt(double at) const;

    GraphEdge m_edge;
    GraphNodeItem *m_from;
    GraphNodeItem *m_to;
    double m_bend = 0;
    bool m_emphasized = false;
    QPainterPath m_path;
    QLineF m_line;
    bool m_straight = false;
    bool m_dashed = false;
    QPolygonF m_arrow;
    QPointF m_middle;
    QString m_title;
    QString m_dates;
    QRectF m_labelRect;
    double m_room = 0; // length of the edge between the entities, for its label
    QRectF m_bounds;
    // The label as drawn when the edge is not selected, shortened to the edge's length.
    bool m_hasShortLabel = false;
    double m_labelAt = 0.5;
    int m_labelSide = 0;
    QSizeF m_shortLabelSize;
    QRectF m_shortLabelRect;
    QStaticText m_shortTitle;
    QStaticText m_shortDates;
};

} // namespace Recoupe
