// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graph.h"

#include <QDate>
#include <QStringList>

namespace Recoupe {

// Pure functions from a graph to a smaller graph, for the graph view's filters and the date
// slider. They compose: asOf(byEntityTypes(g, …), date). Each one runs in a few milliseconds
// on thousands of nodes, so the view can refilter on every change.
class GraphFilters
{
public:
    // How partial dates count for asOf(): a relationship started "2018" possibly held on
    // 1 March 2018 (it may have started in January), but certainly only from 31 December.
    enum class Certainty
    {
        Possibly,
        Certainly
    };

    // Nodes of these types and the edges between them.
    static Graph byEntityTypes(const Graph &graph, const QStringList &types);
    // Edges of these types (their label counts for UnknownLink); every node stays.
    static Graph byRelationshipTypes(const Graph &graph, const QStringList &types);
    // Edges with evidence carrying one of these tags; every node stays.
    static Graph byEvidenceTags(const Graph &graph, const QVector<qint64> &tagIds);
    // Edges that held on `date`. Undated ends are open: no start means "since always", no end
    // "still holds". With Certainly, an edge with neither date is left out. Every node stays.
    static Graph asOf(const Graph &graph, const QDate &date, Certainty certainty = Certainty::Possibly);
    // The entity, the nodes within `hops` edges of it (either direction) and the edges between them.
    static Graph neighbourhood(const Graph &graph, qint64 entityId, int hops = 1);
    // One shortest chain of edges (either direction) between two entities: its nodes and edges,
    // or an empty graph when they are not connected.
    static Graph shortestPath(const Graph &graph, qint64 fromEntity, qint64 toEntity);
    // The entity ids along that chain, from `fromEntity` to `toEntity` (empty if none).
    static QVector<qint64> shortestPathIds(const Graph &graph, qint64 fromEntity, qint64 toEntity);
    // Without the nodes no edge touches.
    static Graph withoutIsolatedNodes(const Graph &graph);

    // Whether one relationship held on `date`.
    static bool heldOn(const GraphEdge &edge, const QDate &date, Certainty certainty = Certainty::Possibly);
};

} // namespace Recoupe
