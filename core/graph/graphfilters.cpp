// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphfilters.h"

#include <QSet>

#include <deque>
#include <functional>

namespace Recoupe {

namespace {

Graph keepEdges(const Graph &graph, const std::function<bool(const GraphEdge &)> &keep)
{
    const QVector<bool> nodes(graph.nodeCount(), true);
    QVector<bool> edges(graph.edgeCount());
    for (int i = 0; i < graph.edgeCount(); ++i)
        edges[i] = keep(graph.edges().at(i));
    return graph.subgraph(nodes, edges);
}

// Breadth-first distances (in edges, either direction) from one node, up to `limit`.
QVector<int> distances(const Graph &graph, int from, int limit, QVector<int> *via = nullptr)
{
    QVector<int> distance(graph.nodeCount(), -1);
    if (via)
        via->fill(-1, graph.nodeCount());
    std::deque<int> queue { from };
    distance[from] = 0;
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        if (limit >= 0 && distance.at(node) >= limit)
            continue;
        for (int edge : graph.edgesOf(node)) {
            const int next = graph.otherEnd(edge, node);
            if (distance.at(next) >= 0)
                continue;
            distance[next] = distance.at(node) + 1;
            if (via)
                (*via)[next] = edge;
            queue.push_back(next);
        }
    }
    return distance;
}

} // namespace

Graph GraphFilters::byEntityTypes(const Graph &graph, const QStringList &types)
{
    QVector<bool> nodes(graph.nodeCount());
    for (int i = 0; i < graph.nodeCount(); ++i)
        nodes[i] = types.contains(graph.nodes().at(i).type);
    return graph.subgraph(nodes, QVector<bool>(graph.edgeCount(), true));
}

Graph GraphFilters::byRelationshipTypes(const Graph &graph, const QStringList &types)
{
    return keepEdges(graph, [&](const GraphEdge &e) {
        return types.contains(e.type) || (!e.label.isEmpty() && types.contains(e.label));
    });
}

Graph GraphFilters::byEvidenceTags(const Graph &graph, const QVector<qint64> &tagIds)
{
    return keepEdges(graph, [&](const GraphEdge &e) {
        for (qint64 tag : e.tagIds) {
            if (tagIds.contains(tag))
                return true;
        }
        return false;
    });
}

bool GraphFilters::heldOn(const GraphEdge &edge, const QDate &date, Certainty certainty)
{
    if (certainty == Certainty::Certainly && edge.start.isNull() && edge.end.isNull())
        return false;
    if (certainty == Certainty::Possibly) {
        return (edge.start.isNull() || edge.start.earliest() <= date)
            && (edge.end.isNull() || edge.end.latest() >= date);
    }
    return (edge.start.isNull() || edge.start.latest() <= date)
        && (edge.end.isNull() || edge.end.earliest() >= date);
}

Graph GraphFilters::asOf(const Graph &graph, const QDate &date, Certainty certainty)
{
    return keepEdges(graph, [&](const GraphEdge &e) { return heldOn(e, date, certainty); });
}

Graph GraphFilters::neighbourhood(const Graph &graph, qint64 entityId, int hops)
{
    const int from = graph.nodeIndex(entityId);
    if (from < 0)
        return {};
    const QVector<int> distance = distances(graph, from, std::max(0, hops));
    QVector<bool> nodes(graph.nodeCount());
    for (int i = 0; i < graph.nodeCount(); ++i)
        nodes[i] = distance.at(i) >= 0;
    return graph.subgraph(nodes, QVector<bool>(graph.edgeCount(), true));
}

QVector<qint64> GraphFilters::shortestPathIds(const Graph &graph, qint64 fromEntity, qint64 toEntity)
{
    const int from = graph.nodeIndex(fromEntity);
    const int to = graph.nodeIndex(toEntity);
    if (from < 0 || to < 0)
        return {};
    QVector<int> via;
    const QVector<int> distance = distances(graph, from, -1, &via);
    if (distance.at(to) < 0)
        return {};
    QVector<qint64> path;
    for (int node = to; node != from; node = graph.otherEnd(via.at(node), node))
        path.prepend(graph.nodes().at(node).entityId);
    path.prepend(fromEntity);
    return path;
}

Graph GraphFilters::shortestPath(const Graph &graph, qint64 fromEntity, qint64 toEntity)
{
    const int from = graph.nodeIndex(fromEntity);
    const int to = graph.nodeIndex(toEntity);
    if (from < 0 || to < 0)
        return {};
    QVector<int> via;
    const QVector<int> distance = distances(graph, from, -1, &via);
    if (distance.at(to) < 0)
        return {};
    QVector<bool> nodes(graph.nodeCount(), false), edges(graph.edgeCount(), false);
    nodes[from] = true;
    for (int node = to; node != from;) {
        nodes[node] = true;
        edges[via.at(node)] = true;
        node = graph.otherEnd(via.at(node), node);
    }
    return graph.subgraph(nodes, edges);
}

Graph GraphFilters::withoutIsolatedNodes(const Graph &graph)
{
    QVector<bool> nodes(graph.nodeCount());
    for (int i = 0; i < graph.nodeCount(); ++i)
        nodes[i] = !graph.edgesOf(i).isEmpty();
    return graph.subgraph(nodes, QVector<bool>(graph.edgeCount(), true));
}

} // namespace Recoupe
