// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/dossier.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>

namespace Recoupe {

QStringList ExportCommand::supportedFormats()
{
    return { QStringLiteral("json") };
}

QString ExportCommand::summary() const
{
    return tr("Export the whole dossier to one file.");
}

QString ExportCommand::synopsis() const
{
    return QStringLiteral("DOSSIER --format json -o FILE [--with-text]");
}

QString ExportCommand::description() const
{
    return tr("Writes DOSSIER to FILE: its sources' details and SHA-256 (not their bytes), annotations with "
              "their anchors, notes and tag paths, the codebook, claims, entities and relationships. FILE is "
              "replaced as a whole once the export is complete; “-” writes to the standard output. "
              "Supported formats: %1.")
        .arg(supportedFormats().join(QLatin1String(", ")));
}

QVector<CliCommand::Argument> ExportCommand::arguments() const
{
    return { { QStringLiteral("DOSSIER"), tr("The dossier file.") } };
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption(
            QStringLiteral("format"), tr("The export format: json (the default)."), QStringLiteral("F")),
        QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") },
            tr("The file to write (required), or - for the standard output."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("with-text"), tr("Include each source's canonical text.")),
    };
}

int ExportCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString format = parser.isSet(QStringLiteral("format"))
        ? parser.value(QStringLiteral("format")).toLower()
        : QStringLiteral("json");
    if (!supportedFormats().contains(format)) {
        return usageError(tr("The export format “%1” is not supported yet; supported formats: %2.")
                              .arg(format, supportedFormats().join(QLatin1String(", "))));
    }
    if (!parser.isSet(QStringLiteral("output")) || parser.value(QStringLiteral("output")).isEmpty())
        return usageError(tr("export needs -o FILE, the file to write."));
    const QString output = parser.value(QStringLiteral("output"));

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;

    const QJsonObject document
        = DossierJson(dossier).exportDocument(parser.isSet(QStringLiteral("with-text")));
    if (output == QLatin1String("-")) {
        console().printJson(document);
        return Success;
    }
    // QSaveFile: an interrupted export never leaves a truncated file in place of a good one.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return userError(tr("Cannot write %1: %2.").arg(output, file.errorString()));
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return userError(tr("Cannot write %1: %2.").arg(output, file.errorString()));
    return Success;
}

} // namespace Recoupe
