// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graph.h"

class QIODevice;

namespace Recoupe {

// Writes a graph as GEXF 1.3 (https://gexf.net), a dynamic graph with timeformat "date": each
// relationship's dates become a spell. GEXF times are whole days, so a partial date is written
// at its precision as the days it spans: a start known to the month begins on its first day,
// an end known to the year ends on 31 December; the dates as recorded ("2018", "2018-05") are
// kept as the start and end attributes.
class GexfWriter
{
public:
    static bool write(const Graph &graph, QIODevice *device);
};

} // namespace Recoupe
