// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph.h"

#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"

namespace Recoupe {

GraphNode Graph::nodeFor(const Entity &entity)
{
    GraphNode node;
    node.entityId = entity.id;
    node.type = entity.type;
    node.name = entity.name;
    node.aliases = entity.aliases;
    node.notes = entity.notes;
    return node;
}

GraphEdge Graph::edgeFor(const Relationship &r)
{
    GraphEdge edge;
    edge.relationshipId = r.id;
    edge.type = r.type;
    edge.label = r.label;
    edge.role = r.role;
    edge.start = r.start;
    edge.end = r.end;
    edge.note = r.note;
    edge.evidenceIds = r.evidenceIds;
    return edge;
}

Result<Graph> Graph::fromDossier(Dossier &dossier)
{
    Graph graph;
    for (const Entity &entity : dossier.entities().all())
        graph.addNode(nodeFor(entity));

    // The tags and sources of every relationship's evidence, in one query.
    QHash<qint64, QVector<qint64>> tags, sources;
    Statement stmt = dossier.database().prepare(
        "SELECT re.relationship_id, a.source_id, at.tag_id FROM relationship_evidence re "
        "JOIN annotations an ON an.id = re.annotation_id JOIN anchors a ON a.id = an.anchor_id "
        "LEFT JOIN annotation_tags at ON at.annotation_id = re.annotation_id");
    while (stmt.next()) {
        const qint64 relationship = stmt.int64(0);
        QVector<qint64> &s = sources[relationship];
        if (!s.contains(stmt.int64(1)))
            s.append(stmt.int64(1));
        if (!stmt.isNull(2)) {
            QVector<qint64> &t = tags[relationship];
            if (!t.contains(stmt.int64(2)))
                t.append(stmt.int64(2));
        }
    }
    if (stmt.failed())
        return Error { tr("Cannot read the relationships of %1: %2").arg(dossier.path(), stmt.error()) };

    for (const Relationship &r : dossier.relationships().all()) {
        GraphEdge edge = edgeFor(r);
        edge.tagIds = tags.value(r.id);
        edge.sourceIds = sources.value(r.id);
        std::sort(edge.tagIds.begin(), edge.tagIds.end());
        std::sort(edge.sourceIds.begin(), edge.sourceIds.end());
        graph.addEdge(edge, r.fromId, r.toId);
    }
    return graph;
}

int Graph::addNode(const GraphNode &node)
{
    const int existing = m_index.value(node.entityId, -1);
    if (existing >= 0)
        return existing;
    m_nodes.append(node);
    m_incident.append(QVector<int>());
    m_index.insert(node.entityId, int(m_nodes.size() - 1));
    return int(m_nodes.size() - 1);
}

int Graph::addEdge(const GraphEdge &edge, qint64 fromEntity, qint64 toEntity)
{
    const int from = nodeIndex(fromEntity);
    const int to = nodeIndex(toEntity);
    if (from < 0 || to < 0)
        return -1;
    GraphEdge e = edge;
    e.from = from;
    e.to = to;
    m_edges.append(e);
    const int index = int(m_edges.size() - 1);
    m_incident[from].append(index);
    if (to != from)
        m_incident[to].append(index);
    return index;
}

const GraphNode *Graph::node(qint64 entityId) const
{
    const int index = nodeIndex(entityId);
    return index >= 0 ? &m_nodes.at(index) : nullptr;
}

const GraphEdge *Graph::edge(qint64 relationshipId) const
{
    for (const GraphEdge &e : m_edges) {
        if (e.relationshipId == relationshipId)
            return &e;
    }
    return nullptr;
}

const QVector<int> &Graph::edgesOf(int node) const
{
    return m_incident.at(node);
}

int Graph::otherEnd(int edge, int node) const
{
    const GraphEdge &e = m_edges.at(edge);
    return e.from == node ? e.to : e.from;
}

Graph Graph::subgraph(const QVector<bool> &keepNode, const QVector<bool> &keepEdge) const
{
    Graph result;
    result.m_nodes.reserve(m_nodes.size());
    QVector<int> mapped(m_nodes.size(), -1);
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (keepNode.value(i, false))
            mapped[i] = result.addNode(m_nodes.at(i));
    }
    for (int i = 0; i < m_edges.size(); ++i) {
        const GraphEdge &e = m_edges.at(i);
        if (!keepEdge.value(i, false) || mapped.at(e.from) < 0 || mapped.at(e.to) < 0)
            continue;
        GraphEdge copy = e;
        copy.from = mapped.at(e.from);
        copy.to = mapped.at(e.to);
        result.m_edges.append(copy);
        const int index = int(result.m_edges.size() - 1);
        result.m_incident[copy.from].append(index);
        if (copy.to != copy.from)
            result.m_incident[copy.to].append(index);
    }
    return result;
}

} // namespace Recoupe
