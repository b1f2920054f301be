// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacecommand.h"

#include "console.h"
#include "storage/annotationstore.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace Recoupe {

QString ReplaceCommand::summary() const
{
    return tr("Replace a source with a newer version of it, keeping the previous one in its history.");
}

QString ReplaceCommand::synopsis() const
{
    return QStringLiteral("DOSSIER SOURCE_ID FILE [--password P] [--json]");
}

QString ReplaceCommand::description() const
{
    return tr("Reads FILE, a newer version of source SOURCE_ID of the same kind (a web article that "
              "changed since it was imported), and puts it in place of the source's content. The previous "
              "version stays in the source's history (see “history”). Every annotated passage is found "
              "again: kept where it was, moved to where its quote now is, or orphaned when its quote is "
              "gone; orphans keep their quote and are listed for review. A file identical to the current "
              "version changes nothing; a file that is another source's is refused. With --json, one "
              "object with the source, the new version number and the kept, moved and orphaned passages.");
}

QVector<CliCommand::Argument> ReplaceCommand::arguments() const
{
    return {
        {QStringLiteral("DOSSIER"), tr("The dossier file.")},
        {QStringLiteral("SOURCE_ID"), tr("The source's id, as “sources” lists it.")},
        {QStringLiteral("FILE"), tr("The newer version of the source.")},
    };
}

QList<QCommandLineOption> ReplaceCommand::options() const
{
    return {
        QCommandLineOption(
            QStringLiteral("password"), tr("Password for a protected PDF."), QStringLiteral("P")),
        jsonOption(),
    };
}

int ReplaceCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const auto id = parseId(positional.at(1));
    if (!id)
        return usageError(tr("“%1” is not a source id; ids are whole numbers from 1.").arg(positional.at(1)));
    const QString path = positional.at(2);

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    const Result<Source> source = liveSource(dossier, *id);
    if (!source)
        return userError(source.error());

    const Result<ReanchorReport> report
        = dossier.replaceSourceWithFile(*id, path, parser.value(QStringLiteral("password")));
    if (!report)
        return userError(report.error());
    const int version = dossier.sources().versions(*id).last().version;
    const bool json = parser.isSet(QStringLiteral("json"));

    // Each passage with its annotation (none for an entity mention) and its quote.
    auto passages = [&dossier](const QVector<qint64> &anchorIds) {
        QJsonArray list;
        for (qint64 anchorId : anchorIds) {
            const auto anchor = dossier.annotations().anchor(anchorId);
            Statement &owner = dossier.database().cached("SELECT id FROM annotations WHERE anchor_id = ?1");
            owner.bind(1, anchorId);
            const QJsonValue annotation = owner.next() ? QJsonValue(owner.int64(0)) : QJsonValue();
            owner.reset();
            list.append(QJsonObject {
                {QStringLiteral("anchor"), anchorId},
                {QStringLiteral("annotation"), annotation},
                {QStringLiteral("exact"), anchor ? anchor->exact : QString()},
                {QStringLiteral("start"), anchor ? anchor->start : 0},
                {QStringLiteral("end"), anchor ? anchor->end : 0},
            });
        }
        return list;
    };
    const QJsonArray kept = passages(report->kept);
    const QJsonArray moved = passages(report->moved);
    const QJsonArray orphaned = passages(report->orphaned);

    if (json) {
        console().printJson(QJsonObject {
            {QStringLiteral("source"), *id},
            {QStringLiteral("file"), path},
            {QStringLiteral("unchanged"), report->unchanged},
            {QStringLiteral("version"), version},
            {QStringLiteral("kept"), kept},
            {QStringLiteral("moved"), moved},
            {QStringLiteral("orphaned"), orphaned},
        });
        return Success;
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (report->unchanged) {
        console().printLine(tr("%1 is the current version of source %2 “%3” already; nothing was changed.")
                                .arg(shown)
                                .arg(*id)
                                .arg(source->title));
        return Success;
    }
    console().printLine(
        tr("Source %1 “%2” is now version %3, from %4.").arg(*id).arg(source->title).arg(version).arg(shown));
    //: The three counts of a re-anchoring report
    console().printLine(tr("Passages kept: %1; moved: %2; orphaned: %3.")
                            .arg(kept.size())
                            .arg(moved.size())
                            .arg(orphaned.size()));
    auto list = [this](const QString &heading, const QJsonArray &items) {
        if (items.isEmpty())
            return;
        console().printLine(heading);
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            const QString quote
                = QChar(0x201C) + o.value(QStringLiteral("exact")).toString().simplified() + QChar(0x201D);
            const QString line = o.value(QStringLiteral("annotation")).isNull()
                ? tr("mention (anchor %1): %2").arg(o.value(QStringLiteral("anchor")).toInteger()).arg(quote)
                : tr("annotation %1: %2").arg(o.value(QStringLiteral("annotation")).toInteger()).arg(quote);
            console().printLine(QLatin1String("  ") + line);
        }
    };
    list(tr("Moved:"), moved);
    list(tr("Orphaned (their quote is gone; review them in Recoupe or with “annotations”):"), orphaned);
    return Success;
}

} // namespace Recoupe
