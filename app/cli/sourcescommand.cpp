// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcescommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Recoupe {

QString SourcesCommand::summary() const
{
    return tr("List the sources of a dossier.");
}

QString SourcesCommand::synopsis() const
{
    return QStringLiteral("DOSSIER [--json]");
}

QString SourcesCommand::description() const
{
    return tr("Lists the sources of DOSSIER in import order: id, kind, length in characters, number of "
              "annotations and title. With --json: id, title, kind, origin, sha256, publisher, author, "
              "published, language, imported_at, pages, characters, annotations and more, for each source.");
}

QVector<CliCommand::Argument> SourcesCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file.")}};
}

QList<QCommandLineOption> SourcesCommand::options() const
{
    return {jsonOption()};
}

int SourcesCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;

    if (parser.isSet(QStringLiteral("json"))) {
        console().printJson(DossierJson(dossier).sources());
        return Success;
    }

    const QVector<Source> sources = dossier.sources().list();
    if (sources.isEmpty()) {
        console().printLine(tr("%1 has no sources yet.").arg(positional.at(0)));
        return Success;
    }
    //: Column headings of the source list; keep them short
    const QStringList headings {
        tr("ID"), tr("KIND"), tr("CHARACTERS"), tr("PAGES"), tr("ANNOTATIONS"), tr("TITLE")};
    QVector<QStringList> rows;
    for (const Source &s : sources) {
        rows.append({QString::number(s.id), sourceKindName(s.kind), QString::number(s.textLength),
            hasPages(s.kind) ? QString::number(s.pageCount) : QStringLiteral("-"),
            QString::number(s.annotationCount),
            // An attachment is listed under its message, marked as such.
            s.parentId ? QStringLiteral("  ↳ ") + s.title : s.title});
    }
    QVector<int> widths(headings.size());
    for (int c = 0; c < headings.size(); ++c) {
        widths[c] = int(headings.at(c).size());
        for (const QStringList &row : std::as_const(rows))
            widths[c] = std::max(widths[c], int(row.at(c).size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c) {
            if (c == cells.size() - 1)
                text += cells.at(c); // the title, not padded
            else if (c == 1)
                text += cells.at(c).leftJustified(widths[c]) + QLatin1String("  ");
            else
                text += cells.at(c).rightJustified(widths[c]) + QLatin1String("  ");
        }
        return text;
    };
    console().printLine(line(headings));
    for (const QStringList &row : std::as_const(rows))
        console().printLine(line(row));
    return Success;
}

} // namespace Recoupe
