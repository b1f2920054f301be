// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportprovenance.h"
#include "graph/graph.h"
#include "result.h"

#include <QCoreApplication>

class QIODevice;

namespace Recoupe {

class Dossier;

// Writes a (filtered) graph in one of the interchange formats: GraphML, GEXF or FollowTheMoney
// JSON lines. A file is written whole or not at all.
class GraphExport
{
    Q_DECLARE_TR_FUNCTIONS(GraphExport)

public:
    enum class Format
    {
        GraphMl,
        Gexf,
        FollowTheMoney
    };

    // "graphml", "gexf", "ftm" (also "followthemoney"), in any case.
    static bool formatFromName(const QString &name, Format *format);
    static QStringList formatNames();

    // `provenance`: what the sources' origins may say of where their files are kept.
    static Status write(Dossier &dossier, const Graph &graph, Format format, QIODevice *device,
        QStringList *warnings = nullptr, const ExportProvenance &provenance = {});
    static Status writeFile(Dossier &dossier, const Graph &graph, Format format, const QString &path,
        QStringList *warnings = nullptr, const ExportProvenance &provenance = {});
};

} // namespace Recoupe
