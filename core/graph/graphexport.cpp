// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphexport.h"

#include "export/exportfile.h"
#include "ftmwriter.h"
#include "gexfwriter.h"
#include "graphmlwriter.h"

namespace Recoupe {

bool GraphExport::formatFromName(const QString &name, Format *format)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("graphml")) {
        *format = Format::GraphMl;
        return true;
    }
    if (n == QLatin1String("gexf")) {
        *format = Format::Gexf;
        return true;
    }
    if (n == QLatin1String("ftm") || n == QLatin1String("followthemoney")) {
        *format = Format::FollowTheMoney;
        return true;
    }
    return false;
}

QStringList GraphExport::formatNames()
{
    return { QStringLiteral("graphml"), QStringLiteral("gexf"), QStringLiteral("ftm") };
}

Status GraphExport::write(Dossier &dossier, const Graph &graph, Format format, QIODevice *device,
    QStringList *warnings, const ExportProvenance &provenance)
{
    bool ok = false;
    switch (format) {
    case Format::GraphMl:
        ok = GraphMlWriter::write(dossier, graph, device, provenance);
        break;
    case Format::Gexf:
        ok = GexfWriter::write(dossier, graph, device, provenance);
        break;
    case Format::FollowTheMoney:
        ok = FtmWriter::write(dossier, graph, device, warnings, provenance);
        break;
    }
    if (!ok)
        return Error { tr("Cannot write the graph: %1").arg(device->errorString()) };
    return {};
}

Status GraphExport::writeFile(Dossier &dossier, const Graph &graph, Format format, const QString &path,
    QStringList *warnings, const ExportProvenance &provenance)
{
    ExportFile file(path);
    if (!file.open())
        return Error {file.failure()};
    const Status written = write(dossier, graph, format, &file, warnings, provenance);
    if (!file.failure().isEmpty())
        return Error {file.failure()};
    if (!written.ok())
        return Error {tr("Cannot write %1: %2").arg(path, written.error())};
    return file.commit();
}

} // namespace Recoupe
