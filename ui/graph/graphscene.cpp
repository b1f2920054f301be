// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphscene.h"

#include "graphedgeitem.h"
#include "graphnodeitem.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Recoupe {

namespace {

constexpr double ParallelSpacing = 18; // points between two edges linking the same entities
constexpr double NodeGap = 2; // points left between two entities' names when moved apart
constexpr int MaxSeparationRounds = 60;
// A newcomer is checked against every entity for a free place, in a graph up to this size and
// when a few come at once (an edit, not the first load of a dossier, which a layout follows).
constexpr int MaxNodesForFreePlace = 5000;
constexpr int MaxNewcomersPlacedFree = 50;

bool sameNode(const GraphNode &a, const GraphNode &b)
{
    return a.type == b.type && a.name == b.name && a.aliases == b.aliases && a.notes == b.notes;
}

bool sameEdge(const GraphEdge &a, const GraphEdge &b)
{
    return a.type == b.type && a.label == b.label && a.role == b.role && a.start == b.start && a.end == b.end
        && a.note == b.note && a.evidenceIds == b.evidenceIds && a.tagIds == b.tagIds
        && a.sourceIds == b.sourceIds;
}

// Rectangles bucketed by a coarse grid: finds which already placed ones a new one may cover
// without looking at all of them.
class RectGrid
{
public:
    bool intersects(const QRectF &rect) const
    {
        bool found = false;
        forCells(rect, [&](quint64 cell) {
            const auto bucket = m_cells.constFind(cell);
            if (bucket == m_cells.cend())
                return;
            for (const QRectF &other : *bucket) {
                if (other.intersects(rect)) {
                    found = true;
                    return;
                }
            }
        });
        return found;
    }

    void insert(const QRectF &rect)
    {
        forCells(rect, [&](quint64 cell) { m_cells[cell].append(rect); });
    }

private:
    static constexpr double CellSize = 120;

    template<typename F> void forCells(const QRectF &rect, F f) const
    {
        const int left = int(std::floor(rect.left() / CellSize));
        const int right = int(std::floor(rect.right() / CellSize));
        const int top = int(std::floor(rect.top() / CellSize));
        const int bottom = int(std::floor(rect.bottom() / CellSize));
        for (int y = top; y <= bottom; ++y) {
            for (int x = left; x <= right; ++x)
                f((quint64(quint32(y)) << 32) | quint32(x)); // negative cells too, without shifting a sign
        }
    }

    QHash<quint64, QVector<QRectF>> m_cells;
};

} // namespace

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_labelTimer(new QTimer(this))
{
    // Labels are placed once the moves of a layout, a drag step or a filter are all done.
    m_labelTimer->setSingleShot(true);
    m_labelTimer->setInterval(0);
    connect(m_labelTimer, &QTimer::timeout, this, &GraphScene::placeEdgeLabels);
    // Layouts move every item at once; a BSP index rebuilt for thousands of moves costs more than
    // it saves on a graph that is mostly looked at whole.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

GraphScene::~GraphScene()
{
    // Edges unregister from their nodes when they die: delete them first.
    qDeleteAll(m_edges);
    m_edges.clear();
    qDeleteAll(m_nodes);
    m_nodes.clear();
}

int GraphScene::setGraph(const Graph &graph, const QHash<qint64, QPointF> &positions)
{
    QHash<qint64, int> liveEdges;
    liveEdges.reserve(graph.edgeCount());
    for (int i = 0; i < graph.edgeCount(); ++i)
        liveEdges.insert(graph.edges().at(i).relationshipId, i);
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        const int index = liveEdges.value(it.key(), -1);
        const GraphEdge *e = index >= 0 ? &graph.edges().at(index) : nullptr;
        GraphEdgeItem *item = it.value();
        const bool sameEnds = e && graph.nodes().at(e->from).entityId == item->fromNode()->entityId()
            && graph.nodes().at(e->to).entityId == item->toNode()->entityId();
        if (!sameEnds) {
            delete item;
            it = m_edges.erase(it);
        } else {
            ++it;
        }
    }
    QSet<qint64> liveNodes;
    for (const GraphNode &n : graph.nodes())
        liveNodes.insert(n.entityId);
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (!liveNodes.contains(it.key())) {
            m_floating.remove(it.key());
            delete it.value();
            it = m_nodes.erase(it);
        } else {
            ++it;
        }
    }

    QVector<qint64> unplaced;
    for (const GraphNode &n : graph.nodes()) {
        GraphNodeItem *item = m_nodes.value(n.entityId);
        if (item) {
            if (!sameNode(item->node(), n))
                item->setNode(n);
            continue;
        }
        item = new GraphNodeItem(n);
        const auto known = positions.constFind(n.entityId);
        if (known != positions.cend())
            item->setPos(*known);
        else
            unplaced.append(n.entityId);
        addItem(item);
        m_nodes.insert(n.entityId, item);
    }
    for (const GraphEdge &e : graph.edges()) {
        if (GraphEdgeItem *item = m_edges.value(e.relationshipId)) {
            if (!sameEdge(item->edge(), e))
                item->setEdge(e);
            continue;
        }
        auto *item = new GraphEdgeItem(e, m_nodes.value(graph.nodes().at(e.from).entityId),
            m_nodes.value(graph.nodes().at(e.to).entityId));
        addItem(item);
        m_edges.insert(e.relationshipId, item);
    }
    // An entity that stood alone and now has a relationship joins the entity it is linked to.
    for (auto it = m_floating.begin(); it != m_floating.end();) {
        if (linkedPlacedCount(*it, graph) > 0) {
            unplaced.append(*it);
            it = m_floating.erase(it);
        } else {
            ++it;
        }
    }
    // Placed after the others, so that a new entity lands beside the ones it is linked to.
    for (qint64 id : std::as_const(unplaced)) {
        const bool alone = linkedPlacedCount(id, graph) == 0;
        m_nodes.value(id)->setPos(placeNear(id, graph, unplaced.size() <= MaxNewcomersPlacedFree));
        if (alone)
            m_floating.insert(id);
    }
    updateBends();
    scheduleLabelPlacement();
    return int(unplaced.size());
}

int GraphScene::linkedPlacedCount(qint64 entityId, const Graph &graph) const
{
    const int index = graph.nodeIndex(entityId);
    if (index < 0)
        return 0;
    int count = 0;
    for (int e : graph.edgesOf(index)) {
        const qint64 other = graph.nodes().at(graph.otherEnd(e, index)).entityId;
        count += other != entityId && m_nodes.contains(other) && !m_floating.contains(other);
    }
    return count;
}

QPointF GraphScene::placeNear(qint64 entityId, const Graph &graph, bool lookForFreePlace) const
{
    const int index = graph.nodeIndex(entityId);
    QPointF sum;
    int count = 0;
    for (int e : graph.edgesOf(index)) {
        const qint64 other = graph.nodes().at(graph.otherEnd(e, index)).entityId;
        if (other == entityId || m_floating.contains(other))
            continue;
        if (const GraphNodeItem *item = m_nodes.value(other)) {
            sum += item->pos();
            ++count;
        }
    }
    // A golden-angle spiral spreads new entities apart instead of piling them up.
    const double angle = index * 2.39996;
    const double radius = count ? 90 : 40 + 12 * std::sqrt(double(index));
    const QPointF centre = count ? sum / count : QPointF();
    const QPointF first = centre + QPointF(std::cos(angle) * radius, std::sin(angle) * radius);
    const GraphNodeItem *self = m_nodes.value(entityId);
    if (!count || !self || !lookForFreePlace || m_nodes.size() > MaxNodesForFreePlace)
        return first;
    // Beside its neighbours but on free ground: rings further and further out, the first place
    // where its name covers no other entity's.
    QVector<QRectF> taken;
    for (const GraphNodeItem *node : std::as_const(m_nodes)) {
        if (node != self && !m_floating.contains(node->entityId()))
            taken.append(nodeRoom(node, node->pos()).adjusted(-NodeGap, -NodeGap, NodeGap, NodeGap));
    }
    constexpr int Directions = 16;
    for (int ring = 0; ring < 8; ++ring) {
        for (int k = 0; k < Directions; ++k) {
            const double a = angle + k * 2 * M_PI / Directions;
            const QPointF candidate
                = centre + QPointF(std::cos(a), std::sin(a)) * (radius + ring * GraphNodeItem::Diameter * 2);
            const QRectF room = nodeRoom(self, candidate);
            if (std::none_of(
                    taken.cbegin(), taken.cend(), [&room](const QRectF &r) { return r.intersects(room); }))
                return candidate;
        }
    }
    return first;
}

QRectF GraphScene::nodeRoom(const GraphNodeItem *node, const QPointF &pos)
{
    return (node->sceneShapeRect() | node->sceneLabelRect()).translated(pos - node->pos());
}

int GraphScene::separateNodes(const QSet<qint64> &fixed)
{
    const QVector<GraphNodeItem *> nodes(m_nodes.cbegin(), m_nodes.cend());
    const int n = int(nodes.size());
    QVector<QPointF> pos(n);
    QVector<QRectF> room(n); // relative to the entity's position
    QVector<bool> pinned(n);
    for (int i = 0; i < n; ++i) {
        pos[i] = nodes.at(i)->pos();
        room[i] = nodeRoom(nodes.at(i), QPointF()).adjusted(0, 0, NodeGap, NodeGap);
        pinned[i] = fixed.contains(nodes.at(i)->entityId());
    }
    // Pairs of overlapping boxes pushed apart along the axis where they overlap least, each
    // round on a coarse grid so that only neighbours are compared.
    double cellSize = 40;
    for (const QRectF &r : std::as_const(room))
        cellSize = std::max({cellSize, r.width(), r.height()});
    QVector<bool> moved(n, false);
    for (int round = 0; round < MaxSeparationRounds; ++round) {
        QHash<quint64, QVector<int>> cells;
        const auto key = [](int x, int y) {
            return (quint64(quint32(y)) << 32) | quint32(x);
        };
        for (int i = 0; i < n; ++i) {
            const QPointF c = pos.at(i) / cellSize;
            cells[key(int(std::floor(c.x())), int(std::floor(c.y())))].append(i);
        }
        bool overlapping = false;
        for (int i = 0; i < n; ++i) {
            const QPointF c = pos.at(i) / cellSize;
            const int cx = int(std::floor(c.x()));
            const int cy = int(std::floor(c.y()));
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const auto bucket = cells.constFind(key(cx + dx, cy + dy));
                    if (bucket == cells.cend())
                        continue;
                    for (int j : *bucket) {
                        if (j <= i || (pinned.at(i) && pinned.at(j)))
                            continue;
                        // Moved at once, so that the next pair sees where this one went.
                        const QRectF a = room.at(i).translated(pos.at(i));
                        const QRectF b = room.at(j).translated(pos.at(j));
                        if (!a.intersects(b))
                            continue;
                        overlapping = true;
                        const double ox = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
                        const double oy = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
                        QPointF away = a.center() - b.center();
                        // Entities on the very same spot part in a fixed direction.
                        if (qFuzzyIsNull(away.x()) && qFuzzyIsNull(away.y()))
                            away = QPointF(1, 1);
                        const QPointF step = ox < oy ? QPointF(away.x() < 0 ? -ox : ox, 0)
                                                     : QPointF(0, away.y() < 0 ? -oy : oy);
                        // A little more than the overlap, shared unless one of them is pinned.
                        const double share = pinned.at(i) || pinned.at(j) ? 1.02 : 0.51;
                        if (!pinned.at(i)) {
                            pos[i] += step * share;
                            moved[i] = true;
                        }
                        if (!pinned.at(j)) {
                            pos[j] -= step * share;
                            moved[j] = true;
                        }
                    }
                }
            }
        }
        if (!overlapping)
            break;
    }
    int count = 0;
    for (int i = 0; i < n; ++i) {
        if (moved.at(i)) {
            nodes.at(i)->setPos(pos.at(i));
            ++count;
        }
    }
    return count;
}

void GraphScene::updateBends()
{
    // Edges linking the same two entities fan out around the straight line.
    QHash<QPair<qint64, qint64>, QVector<GraphEdgeItem *>> pairs;
    for (GraphEdgeItem *edge : std::as_const(m_edges)) {
        const qint64 a = edge->fromNode()->entityId();
        const qint64 b = edge->toNode()->entityId();
        pairs[qMakePair(std::min(a, b), std::max(a, b))].append(edge);
    }
    for (auto it = pairs.begin(); it != pairs.end(); ++it) {
        QVector<GraphEdgeItem *> &edges = it.value();
        std::sort(edges.begin(), edges.end(), [](const GraphEdgeItem *x, const GraphEdgeItem *y) {
            return x->relationshipId() < y->relationshipId();
        });
        const int n = int(edges.size());
        for (int i = 0; i < n; ++i) {
            double bend = (i - (n - 1) / 2.0) * ParallelSpacing;
            // Measured from the lower id's side, whichever way the edge points.
            if (edges.at(i)->fromNode()->entityId() > edges.at(i)->toNode()->entityId())
                bend = -bend;
            edges.at(i)->setBend(bend);
        }
    }
}

void GraphScene::scheduleLabelPlacement()
{
    m_labelTimer->start();
}

void GraphScene::placeEdgeLabels()
{
    m_labelTimer->stop();
    // The entities and their names first: a label never covers them.
    RectGrid taken;
    for (const GraphNodeItem *node : std::as_const(m_nodes)) {
        if (node->isVisible()) {
            taken.insert(node->sceneShapeRect());
            taken.insert(node->sceneLabelRect());
        }
    }
    QVector<GraphEdgeItem *> edges;
    edges.reserve(m_edges.size());
    for (GraphEdgeItem *edge : std::as_const(m_edges)) {
        if (edge->isVisible())
            edges.append(edge);
    }
    // Always in the same order, so that labels stay where they were when nothing moved.
    std::sort(edges.begin(), edges.end(), [](const GraphEdgeItem *a, const GraphEdgeItem *b) {
        return a->relationshipId() < b->relationshipId();
    });
    // Halfway on the line first, then beside it, then further along either way; a label with no
    // free place is left out (selecting the edge, its tooltip and the evidence pane give it).
    static constexpr double Places[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};
    static constexpr int Sides[] = {0, 1, -1};
    const auto place = [&taken](GraphEdgeItem *edge) {
        if (edge->shortLabelRect(0.5).isNull())
            return false; // too short for a label
        for (const double at : Places) {
            for (const int side : Sides) {
                const QRectF rect = edge->shortLabelRect(at, side);
                if (!taken.intersects(rect)) {
                    edge->placeLabel(at, side);
                    taken.insert(rect);
                    return true;
                }
            }
        }
        return false;
    };
    for (GraphEdgeItem *edge : std::as_const(edges)) {
        if (!place(edge))
            edge->placeLabel(-1);
    }
}

void GraphScene::setPositions(const QHash<qint64, QPointF> &positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        m_floating.remove(it.key());
        if (GraphNodeItem *item = m_nodes.value(it.key()))
            item->setPos(*it);
    }
}

void GraphScene::showOnly(const Graph &visible)
{
    QSet<qint64> edges;
    edges.reserve(visible.edgeCount());
    for (const GraphEdge &e : visible.edges())
        edges.insert(e.relationshipId);
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const bool show = visible.nodeIndex(it.key()) >= 0;
        if (it.value()->isVisible() != show)
            it.value()->setVisible(show);
    }
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
        const bool show = edges.contains(it.key());
        if (it.value()->isVisible() != show)
            it.value()->setVisible(show);
    }
    scheduleLabelPlacement();
}

QHash<qint64, QPointF> GraphScene::positions() const
{
    QHash<qint64, QPointF> result;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        result.insert(it.key(), it.value()->pos());
    return result;
}

QHash<qint64, QPointF> GraphScene::pinnedPositions() const
{
    QHash<qint64, QPointF> result;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it.value()->isPinned())
            result.insert(it.key(), it.value()->pos());
    }
    return result;
}

void GraphScene::unpinAll()
{
    for (GraphNodeItem *item : std::as_const(m_nodes))
        item->setPinned(false);
}

int GraphScene::visibleNodeCount() const
{
    return int(std::count_if(
        m_nodes.cbegin(), m_nodes.cend(), [](const GraphNodeItem *i) { return i->isVisible(); }));
}

int GraphScene::visibleEdgeCount() const
{
    return int(std::count_if(
        m_edges.cbegin(), m_edges.cend(), [](const GraphEdgeItem *i) { return i->isVisible(); }));
}

QRectF GraphScene::visibleBounds() const
{
    QRectF bounds;
    for (const GraphNodeItem *item : m_nodes) {
        if (item->isVisible())
            bounds |= item->sceneBoundingRect();
    }
    for (const GraphEdgeItem *item : m_edges) {
        if (item->isVisible())
            bounds |= item->sceneBoundingRect();
    }
    return bounds;
}

QVector<qint64> GraphScene::selectedEntities() const
{
    QVector<qint64> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == GraphNodeItem::Type)
            ids.append(static_cast<GraphNodeItem *>(item)->entityId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QVector<qint64> GraphScene::selectedRelationships() const
{
    QVector<qint64> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == GraphEdgeItem::Type)
            ids.append(static_cast<GraphEdgeItem *>(item)->relationshipId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void GraphScene::noteDragged(GraphNodeItem *node)
{
    node->setPinned(true);
    m_dragged.insert(node->entityId());
    m_floating.remove(node->entityId());
}

void GraphScene::finishDrag()
{
    if (m_dragged.isEmpty())
        return;
    QVector<qint64> ids(m_dragged.cbegin(), m_dragged.cend());
    std::sort(ids.begin(), ids.end());
    m_dragged.clear();
    Q_EMIT nodesPinned(ids);
}

} // namespace Recoupe
