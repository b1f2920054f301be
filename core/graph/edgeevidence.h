// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graph.h"

namespace Recoupe {

class Dossier;

// A relationship's evidence as people read it in other tools (Gephi, yEd, spreadsheets): the
// quoted passages, the codebook paths of their tags and the titles of their sources, rather
// than the dossier's internal ids.
class EdgeEvidence
{
public:
    EdgeEvidence(Dossier &dossier, const GraphEdge &edge);

    const QStringList &quotes() const { return m_quotes; }
    const QStringList &tags() const { return m_tags; }
    const QStringList &sources() const { return m_sources; }

    // Values joined by "; ", a ";" or "\" inside a value written "\;" or "\\", so that a
    // reader can split them back.
    static QString join(const QStringList &values);

private:
    QStringList m_quotes;
    QStringList m_tags;
    QStringList m_sources;
};

} // namespace Recoupe
