// SPDX-License-Identifier: GPL-3.0-or-later
#include "historycommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace Recoupe {

QString HistoryCommand::summary() const
{
    return tr("List the versions of a source, or write one of them out.");
}

QString HistoryCommand::synopsis() const
{
    return QStringLiteral("DOSSIER SOURCE_ID [--version N (-o FILE | --text)] [--json]");
}

QString HistoryCommand::description() const
{
    return tr("Lists every version of source SOURCE_ID's content, oldest first: version 1 is what was "
              "first imported, the last one is the current content, each earlier one was replaced by "
              "“replace”. For each: when it came into the dossier, when it was replaced, its size and "
              "its SHA-256. With --version N and -o FILE, writes that version's original bytes to FILE "
              "(“-” for standard output), exactly as they were imported; with --text, prints its text.");
}

QVector<CliCommand::Argument> HistoryCommand::arguments() const
{
    return {
        {QStringLiteral("DOSSIER"), tr("The dossier file.")},
        {QStringLiteral("SOURCE_ID"), tr("The source's id, as “sources” lists it.")},
    };
}

QList<QCommandLineOption> HistoryCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("version"),
            tr("The version to write out, as the listing numbers it."), QStringLiteral("N")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
            tr("Write the version's original bytes to FILE (“-” for standard output)."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("text"), tr("Print the version's text.")),
        jsonOption(),
    };
}

int HistoryCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const auto id = parseId(positional.at(1));
    if (!id)
        return usageError(tr("“%1” is not a source id; ids are whole numbers from 1.").arg(positional.at(1)));
    const bool output = parser.isSet(QStringLiteral("output"));
    const bool text = parser.isSet(QStringLiteral("text"));
    std::optional<qint64> wanted;
    if (parser.isSet(QStringLiteral("version"))) {
        wanted = parseId(parser.value(QStringLiteral("version")));
        if (!wanted)
            return usageError(tr("--version expects a version number from 1, not “%1”.")
                                  .arg(parser.value(QStringLiteral("version"))));
        if (output == text)
            return usageError(tr("--version needs either -o FILE or --text."));
    } else if (output || text) {
        return usageError(tr("-o and --text need --version N."));
    }

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    const Result<Source> source = liveSource(dossier, *id);
    if (!source)
        return userError(source.error());
    const QVector<SourceVersion> versions = dossier.sources().versions(*id);

    if (wanted) {
        if (*wanted > versions.size()) {
            return userError(
                tr("Source %1 “%2” has no version %3: it has %n version(s).", "", int(versions.size()))
                    .arg(*id)
                    .arg(source->title)
                    .arg(*wanted));
        }
        const int version = int(*wanted);
        if (text) {
            const QString body = dossier.sources().versionText(*id, version);
            console().print(
                body.endsWith(QLatin1Char('\n')) || body.isEmpty() ? body : body + QLatin1Char('\n'));
            return Success;
        }
        const QByteArray bytes = dossier.sources().versionOriginal(*id, version);
        const QString target = parser.value(QStringLiteral("output"));
        if (target == QLatin1String("-")) {
            console().printBytes(bytes);
            return Success;
        }
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            return userError(tr("Cannot write %1: %2.").arg(target, file.errorString()));
        file.write(bytes);
        if (!file.commit())
            return userError(tr("Cannot write %1: %2.").arg(target, file.errorString()));
        return Success;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SourceVersion &v : versions) {
            list.append(QJsonObject {
                {QStringLiteral("version"), v.version},
                {QStringLiteral("current"), v.current},
                {QStringLiteral("imported_at"), DossierJson::time(v.importedAt)},
                {QStringLiteral("replaced_at"),
                    v.replacedAt.isValid() ? QJsonValue(DossierJson::time(v.replacedAt)) : QJsonValue()},
                {QStringLiteral("bytes"), v.byteSize},
                {QStringLiteral("sha256"), v.sha256},
                {QStringLiteral("encoding"), v.encoding},
                {QStringLiteral("pages"), v.pageCount},
            });
        }
        console().printJson(
            QJsonObject {{QStringLiteral("source"), *id}, {QStringLiteral("versions"), list}});
        return Success;
    }

    //: Column headings of “history”
    TextTable table({tr("Version"), tr("Imported"), tr("Replaced"), tr("Bytes"), tr("SHA-256")});
    table.alignRight(0);
    table.alignRight(3);
    for (const SourceVersion &v : versions) {
        table.addRow({QString::number(v.version), DossierJson::time(v.importedAt),
            //: In the “Replaced” column of “history”: the version in use
            v.current ? tr("current") : DossierJson::time(v.replacedAt), QString::number(v.byteSize),
            v.sha256});
    }
    console().printLine(tr("Source %1 “%2”").arg(*id).arg(source->title));
    for (const QString &line : table.lines())
        console().printLine(line);
    return Success;
}

} // namespace Recoupe
