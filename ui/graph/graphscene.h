// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graph.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QSet>

class QTimer;

namespace Recoupe {

class GraphEdgeItem;
class GraphNodeItem;

// The items of a relationship graph, kept in step with a Graph value: one node item per entity
// and one edge item per relationship, found by their dossier ids. Updating it with a new Graph
// keeps the items (and where the user put them) of what is still there.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    // Makes the items match `graph`. New entities go to `positions` when it has them, else next
    // to the entities they are linked to. Returns how many new entities had no known place.
    int setGraph(const Graph &graph, const QHash<qint64, QPointF> &positions = {});
    // Moves the entities to a layout's positions (pinned ones included: the layout kept them).
    void setPositions(const QHash<qint64, QPointF> &positions);
    // Shows the items of `visible` (a filtered version of the graph) and hides the others.
    void showOnly(const Graph &visible);

    GraphNodeItem *nodeItem(qint64 entityId) const { return m_nodes.value(entityId); }
    GraphEdgeItem *edgeItem(qint64 relationshipId) const { return m_edges.value(relationshipId); }
    const QHash<qint64, GraphNodeItem *> &nodeItems() const { return m_nodes; }
    const QHash<qint64, GraphEdgeItem *> &edgeItems() const { return m_edges; }
    QHash<qint64, QPointF> positions() const;
    QHash<qint64, QPointF> pinnedPositions() const;
    void unpinAll();
    int visibleNodeCount() const;
    int visibleEdgeCount() const;
    // The smallest rectangle holding the shown items.
    QRectF visibleBounds() const;

    QVector<qint64> selectedEntities() const;
    QVector<qint64> selectedRelationships() const;

    // Moves entities apart, the fewest points it takes, until no two of them (shape and name) cover
    // each other; the ones in `fixed` (pinned by the user) stay where they are. Returns how many
    // entities moved.
    int separateNodes(const QSet<qint64> &fixed = {});
    // Where an entity's shape and name would be if it stood at `pos`, in scene coordinates.
    static QRectF nodeRoom(const GraphNodeItem *node, const QPointF &pos);

    // Moves edge labels along their edges so that none covers another label or an entity, and
    // leaves out those with no free place. Runs by itself, once, after items move or show.
    void placeEdgeLabels();
    void scheduleLabelPlacement();

    // While the view paints a crowded picture (the entities in it are too close together for
    // their names to be read), items draw their shapes and lines only: no names, arrowheads,
    // outlines or edge labels, except on selected and emphasized items.
    bool isCrowded() const { return m_crowded; }
    void setCrowded(bool crowded) { m_crowded = crowded; }

    // Called by node items while the user drags them, and when the drag ends.
    void noteDragged(GraphNodeItem *node);
    void finishDrag();

Q_SIGNALS:
    // The user put these entities somewhere by hand; they are pinned now.
    void nodesPinned(const QVector<qint64> &entityIds);

private:
    void updateBends();
    QPointF placeNear(qint64 entityId, const Graph &graph, bool lookForFreePlace) const;
    int linkedPlacedCount(qint64 entityId, const Graph &graph) const;

    QHash<qint64, GraphNodeItem *> m_nodes;
    QHash<qint64, GraphEdgeItem *> m_edges;
    QSet<qint64> m_dragged;
    // Entities put somewhere with no linked entity to stand beside: the first relationship they
    // get brings them next to the entity at its other end (until a layout or the user places them).
    QSet<qint64> m_floating;
    QTimer *m_labelTimer;
    bool m_crowded = false;
};

} // namespace Recoupe
