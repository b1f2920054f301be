// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graph.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

#include <functional>

namespace Recoupe {

enum class LayoutAlgorithm
{
    Sfdp, // multilevel force-directed: the default, fast on thousands of nodes
    Neato, // stress majorization: tidy on small graphs, slow on large ones
    Fdp, // force-directed, honours pinned nodes
    Dot, // layered, edges pointing down: chains of command, ownership trees
    Circo // circular
};

struct LayoutOptions
{
    LayoutAlgorithm algorithm = LayoutAlgorithm::Sfdp;
    // Nodes the user placed by hand, in scene coordinates (points, y pointing down). Neato and
    // fdp lay the others out around them; for sfdp, dot and circo the computed layout is moved
    // (and for sfdp turned and scaled) to fit them best, then they are put exactly in place.
    QHash<qint64, QPointF> pinned;
    double nodeDiameter = 18; // points
    // Room an entity needs around its centre (its shape and its name), in points, by entity id:
    // Graphviz reserves it, so that names do not cover each other (sfdp, neato and fdp up to a
    // thousand entities; dot and circo always). Entities not listed get a circle of nodeDiameter.
    QHash<qint64, QSizeF> nodeSizes;
};

// Where a layout put each entity and each relationship, in scene coordinates (points, y down).
struct GraphPositions
{
    QHash<qint64, QPointF> nodes; // by entity id
    QHash<qint64, QPolygonF> edges; // by relationship id: the edge's path, end to end
    QRectF bounds;
    QString error; // when run on a worker thread: why it failed
    bool canceled = false;
};

// Lays a graph out with Graphviz (cgraph + gvc, the C API). Graphviz keeps global state, so
// layouts run one at a time behind a lock; start() runs one on a worker thread with progress
// (0-100) and cancel (honoured between the stages: building, laying out, reading back).
class GraphLayout
{
    Q_DECLARE_TR_FUNCTIONS(GraphLayout)

public:
    // Called with a percentage; returning false cancels.
    using Progress = std::function<bool(int percent)>;

    static Result<GraphPositions> compute(
        const Graph &graph, const LayoutOptions &options = {}, const Progress &progress = {});
    static QFuture<GraphPositions> start(const Graph &graph, const LayoutOptions &options = {});

    // The graph in the DOT language with the attributes compute() uses, for the Graphviz tools.
    static QByteArray toDot(const Graph &graph, const LayoutOptions &options = {});

    static QString algorithmName(LayoutAlgorithm algorithm); // "sfdp", "neato", "fdp", "dot", "circo"
    static bool algorithmFromName(const QString &name, LayoutAlgorithm *algorithm);
    // Neato for small graphs, where it looks best; sfdp from a few hundred nodes on.
    static LayoutAlgorithm recommended(int nodeCount);
};

} // namespace Recoupe
