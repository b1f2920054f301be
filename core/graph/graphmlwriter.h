// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportprovenance.h"
#include "graph/graph.h"

class QIODevice;

namespace Recoupe {

class Dossier;

// Writes a graph as GraphML (http://graphml.graphdrawing.org/): nodes "e<entity id>" with
// type, label (the entity's name), aliases and notes; directed edges "r<relationship id>" with
// type, label (the relationship's, else its type), role, start and end (ISO 8601 cut to their
// precision), note, and the evidence as text: its quotes, its tags' codebook paths and its
// sources' titles, with origins: where those came from as far as `provenance` lets it leave;
// each list joined as EdgeEvidence::join does.
class GraphMlWriter
{
public:
    static bool write(
        Dossier &dossier, const Graph &graph, QIODevice *device, const ExportProvenance &provenance = {});
};

} // namespace Recoupe
