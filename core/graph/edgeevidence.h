// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportprovenance.h"
#include "graph/graph.h"

namespace Recoupe {

class Dossier;

// A relationship's evidence as people read it in other tools (Gephi, yEd, spreadsheets): the
// quoted passages, the codebook paths of their tags, the titles of their sources and where those
// came from as far as `provenance` lets it leave, rather than the dossier's internal ids.
class EdgeEvidence
{
public:
    EdgeEvidence(Dossier &dossier, const GraphEdge &edge, const ExportProvenance &provenance = {});

    const QStringList &quotes() const { return m_quotes; }
    const QStringList &tags() const { return m_tags; }
    const QStringList &sources() const { return m_sources; }
    const QStringList &origins() const { return m_origins; }

    // Values joined by "; ", a ";" or "\" inside a value written "\;" or "\\", so that a
    // reader can split them back.
    static QString join(const QStringList &values);

private:
    QStringList m_quotes;
    QStringList m_tags;
    QStringList m_sources;
    QStringList m_origins;
};

} // namespace Recoupe
