// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/partialdate.h"
#include "model/relationship.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace Recoupe {

class Dossier;

struct GraphNode
{
    qint64 entityId = 0;
    QString type; // FollowTheMoney schema
    QString name;
    QStringList aliases;
    QString notes;
};

struct GraphEdge
{
    qint64 relationshipId = 0;
    int from = -1; // node indexes
    int to = -1;
    QString type;
    QString label;
    QString role;
    PartialDate start;
    PartialDate end;
    QString note;
    QVector<qint64> evidenceIds; // annotations
    QVector<qint64> tagIds; // codebook tags of the evidence
    QVector<qint64> sourceIds; // sources the evidence is in
};

// The people and institutions of a dossier and the relationships between them, as a value that
// filters (GraphFilters), layouts (GraphLayout), queries and exports read. Nodes and edges keep
// their dossier ids; indexes are only valid within one Graph.
class Graph
{
    Q_DECLARE_TR_FUNCTIONS(Graph)

public:
    Graph() = default;

    // Every entity and relationship of the dossier, with the tags and sources of the evidence.
    static Result<Graph> fromDossier(Dossier &dossier);

    // Adds a node; returns its index (the existing one if the entity is already there).
    int addNode(const GraphNode &node);
    // Adds an edge between two entities already in the graph; returns its index or -1.
    int addEdge(const GraphEdge &edge, qint64 fromEntity, qint64 toEntity);
    static GraphNode nodeFor(const Entity &entity);
    static GraphEdge edgeFor(const Relationship &relationship);

    const QVector<GraphNode> &nodes() const { return m_nodes; }
    const QVector<GraphEdge> &edges() const { return m_edges; }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    bool isEmpty() const { return m_nodes.isEmpty(); }

    int nodeIndex(qint64 entityId) const { return m_index.value(entityId, -1); }
    const GraphNode *node(qint64 entityId) const;
    const GraphEdge *edge(qint64 relationshipId) const;
    // Indexes of the edges touching a node, either way.
    const QVector<int> &edgesOf(int node) const;
    // The node at the other end of an edge from `node`.
    int otherEnd(int edge, int node) const;

    // The graph restricted to the kept nodes and the kept edges between them.
    Graph subgraph(const QVector<bool> &keepNode, const QVector<bool> &keepEdge) const;

private:
    QVector<GraphNode> m_nodes;
    QVector<GraphEdge> m_edges;
    QHash<qint64, int> m_index; // entity id -> node index
    QVector<QVector<int>> m_incident;
};

} // namespace Recoupe
