// SPDX-License-Identifier: GPL-3.0-or-later
#include "importannotationscommand.h"

#include "console.h"
#include "export/webannotationimporter.h"
#include "storage/dossier.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Recoupe {

QString ImportAnnotationsCommand::summary() const
{
    return tr("Place the annotations of a W3C Web Annotation file on the dossier's sources.");
}

QString ImportAnnotationsCommand::synopsis() const
{
    return QStringLiteral("DOSSIER FILE [--json]");
}

QString ImportAnnotationsCommand::description() const
{
    return tr("Reads FILE, W3C Web Annotation JSON-LD (as “export --format webanno” writes it, or another "
              "tool of that standard), and adds its annotations to DOSSIER as one undoable step: each one on "
              "the source whose original file has the SHA-256 of its target, at its recorded position when "
              "the text there is still the quote, else where the quote is now. Notes, tags (created when "
              "missing), colors, creators and the creation and modification dates come along; annotations "
              "already there are left as they are. Every "
              "annotation that could not be placed is listed with the reason: its quote is no longer in the "
              "source (orphaned), its source is not in the dossier, or it is not an annotation Recoupe can "
              "place. Exit status 1 when any could not be placed, after placing the others.");
}

QVector<CliCommand::Argument> ImportAnnotationsCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file.")},
        {QStringLiteral("FILE"), tr("The W3C Web Annotation file (JSON-LD).")}};
}

QList<QCommandLineOption> ImportAnnotationsCommand::options() const
{
    return {jsonOption()};
}

int ImportAnnotationsCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString file = positional.at(1);
    const QFileInfo info(file);
    if (!info.exists())
        return userError(tr("%1 does not exist.").arg(file));
    if (!info.isFile())
        return userError(tr("%1 is not a file.").arg(file));

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;

    const Result<AnnotationImportReport> imported = WebAnnotationImporter(dossier).importFile(file);
    if (!imported)
        return userError(imported.error());
    const AnnotationImportReport &report = *imported;

    if (parser.isSet(QStringLiteral("json"))) {
        console().printJson(QJsonObject {
            {QStringLiteral("file"), file},
            {QStringLiteral("imported"), report.imported},
            {QStringLiteral("already_present"), report.alreadyPresent},
            {QStringLiteral("moved"), QJsonArray::fromStringList(report.moved)},
            {QStringLiteral("orphaned"), QJsonArray::fromStringList(report.unmatched)},
            {QStringLiteral("unknown_sources"), QJsonArray::fromStringList(report.unknownSources)},
            {QStringLiteral("invalid"), QJsonArray::fromStringList(report.invalid)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
        });
    } else {
        console().printLine(tr("Imported %n annotation(s) from %1.", "", report.imported).arg(file));
        if (report.alreadyPresent > 0) {
            console().printLine(tr("%n annotation(s) were already in the dossier and were left as they were.",
                "", report.alreadyPresent));
        }
        auto list = [this](const QString &label, const QStringList &items) {
            for (const QString &item : items)
                console().printLine(QLatin1String("  ") + label + QLatin1String(": ") + item);
        };
        //: Line prefixes of the import report; keep them short
        list(tr("moved"), report.moved);
        list(tr("orphaned"), report.unmatched);
        list(tr("unknown source"), report.unknownSources);
        list(tr("invalid"), report.invalid);
        list(tr("warning"), report.warnings);
    }

    const int notPlaced = report.notImported();
    if (notPlaced > 0) {
        //: %1 the file, %2 the dossier
        return userError(
            tr("%n annotation(s) of %1 could not be placed in %2.", "", notPlaced).arg(file, dossier.path()));
    }
    return Success;
}

} // namespace Recoupe
