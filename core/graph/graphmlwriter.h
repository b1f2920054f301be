// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graph.h"

class QIODevice;

namespace Recoupe {

// Writes a graph as GraphML (http://graphml.graphdrawing.org/): nodes "e<entity id>" with
// type, name, aliases and notes; directed edges "r<relationship id>" with type, label, role,
// start and end (ISO 8601 cut to their precision), note, evidence annotation ids, tags, sources.
class GraphMlWriter
{
public:
    static bool write(const Graph &graph, QIODevice *device);
};

} // namespace Recoupe
