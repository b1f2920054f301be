// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "console.h"
#include "integritycheck.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Recoupe {

namespace {

QJsonArray findingsJson(const QVector<IntegrityFinding> &findings)
{
    QJsonArray array;
    for (const IntegrityFinding &finding : findings) {
        QJsonObject object {
            {QStringLiteral("check"), finding.check},
            {QStringLiteral("message"), finding.message},
        };
        if (finding.sourceId)
            object.insert(QStringLiteral("source"), finding.sourceId);
        if (finding.anchorId)
            object.insert(QStringLiteral("anchor"), finding.anchorId);
        array.append(object);
    }
    return array;
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check a dossier's integrity.");
}

QString CheckCommand::synopsis() const
{
    return QStringLiteral("DOSSIER [--json]");
}

QString CheckCommand::description() const
{
    return tr("Checks DOSSIER without changing it: SQLite's integrity and foreign keys, the full-text "
              "indexes against the text and notes they index, every source's text chunks against its "
              "length, its stored file against its SHA-256, its PDF page map, and every anchor against the "
              "text it quotes. Orphaned anchors (quotes not found again after a source changed) are "
              "warnings. The exit status is 0 when the dossier is sound, 1 otherwise, with the list of "
              "problems.");
}

QVector<CliCommand::Argument> CheckCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file.")}};
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return {jsonOption()};
}

int CheckCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString path = positional.at(0);
    if (!QFileInfo::exists(path)) {
        return userError(tr("%1 does not exist; create a dossier with “%2 new %1”.")
                             .arg(path, QCoreApplication::applicationName()));
    }
    // The file as it is: no migration, unlike the other commands (a check must not change it).
    auto opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened)
        return userError(opened.error());
    Database &db = **opened;
    // The format only: a schema holding objects of someone else's is reported, not refused. The
    // connection keeps distrusting the schema, so none of those objects can run during the check.
    const Result<int> version = Schema::inspectFormat(db);
    if (!version)
        return userError(version.error());
    if (*version == 0)
        return userError(tr("%1 is an empty SQLite database, not a Recoupe dossier.").arg(path));

    IntegrityCheck check(db);
    check.checkSchema(*version);
    check.run();
    const bool sound = check.problems().isEmpty();
    const IntegrityCheck::Counts &counts = check.counts();

    if (parser.isSet(QStringLiteral("json"))) {
        console().printJson(QJsonObject {
            {QStringLiteral("ok"), sound},
            {QStringLiteral("problems"), findingsJson(check.problems())},
            {QStringLiteral("warnings"), findingsJson(check.warnings())},
            {QStringLiteral("checked"),
                QJsonObject {
                    {QStringLiteral("sources"), counts.sources},
                    {QStringLiteral("chunks"), counts.chunks},
                    {QStringLiteral("pages"), counts.pages},
                    {QStringLiteral("anchors"), counts.anchors},
                }},
        });
    } else {
        for (const IntegrityFinding &finding : check.problems())
            //: A line of the check report; %1 the check's name, %2 what is wrong
            console().printLine(tr("problem [%1] %2").arg(finding.check, finding.message));
        for (const IntegrityFinding &finding : check.warnings())
            //: A line of the check report; %1 the check's name, %2 what to look at
            console().printLine(tr("warning [%1] %2").arg(finding.check, finding.message));
        //: %1 the dossier file, then how many of each were checked
        console().printLine(tr("Checked %1. Sources: %2; text chunks: %3; PDF pages: %4; anchors: %5.")
                                .arg(path)
                                .arg(counts.sources)
                                .arg(counts.chunks)
                                .arg(counts.pages)
                                .arg(counts.anchors));
        if (sound)
            console().printLine(tr("The dossier is sound."));
    }
    if (!sound)
        return userError(tr("%1 has %n problem(s).", "", int(check.problems().size())).arg(path));
    return Success;
}

} // namespace Recoupe
