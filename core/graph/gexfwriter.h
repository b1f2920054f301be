// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportprovenance.h"
#include "graph/graph.h"

class QIODevice;

namespace Recoupe {

class Dossier;

// Writes a graph as GEXF 1.3 (https://gexf.net), a dynamic graph with timeformat "date": each
// relationship's dates become a spell. GEXF times are whole days, so a partial date is written
// at its precision as the days it spans: a start known to the month begins on its first day,
// an end known to the year ends on 31 December; the dates as recorded ("2018", "2018-05") are
// kept as the start and end attributes. Nodes are labelled with the entity's name, edges with
// the relationship's label (else its type); the evidence, tags and sources attributes hold the
// quotes, codebook paths and source titles, and origins where those sources came from as far as
// `provenance` lets it leave; each list joined as EdgeEvidence::join does.
class GexfWriter
{
public:
    static bool write(
        Dossier &dossier, const Graph &graph, QIODevice *device, const ExportProvenance &provenance = {});
};

} // namespace Recoupe
