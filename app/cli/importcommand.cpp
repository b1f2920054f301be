// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "console.h"
#include "import/batchimport.h"
#include "interruptguard.h"
#include "storage/dossier.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace Recoupe {

namespace {

QJsonObject outcomeJson(const ImportOutcome &outcome)
{
    return QJsonObject {
        { QStringLiteral("path"), outcome.path },
        { QStringLiteral("status"), ImportOutcome::statusName(outcome.status) },
        { QStringLiteral("source"), outcome.sourceId > 0 ? QJsonValue(outcome.sourceId) : QJsonValue() },
        { QStringLiteral("title"), outcome.title },
        { QStringLiteral("message"), outcome.message },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings) },
    };
}

// Why a file was not imported, on one line: the message names the file, quoted if its name holds
// a line break.
QString refusal(const ImportOutcome &outcome)
{
    const QString path = QDir::toNativeSeparators(outcome.path);
    QString message = outcome.message.isEmpty()
        ? QCoreApplication::translate("ImportCommand", "%1 was not imported.").arg(path)
        : outcome.message;
    const QString shownPath = Console::oneLine(path);
    if (shownPath != path)
        message.replace(path, shownPath);
    return message;
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("Import files and folders (text, HTML, Markdown, PDF) as sources.");
}

QString ImportCommand::synopsis() const
{
    return QStringLiteral("DOSSIER FILE|FOLDER... [--password P] [--json]");
}

QString ImportCommand::description() const
{
    return tr("Imports each FILE, and every file Recoupe reads inside each FOLDER (recursively), into "
              "DOSSIER. Each file is stored in its own transaction and reported on its own line as soon "
              "as it is done: “imported ID PATH”, “duplicate ID PATH” for bytes already in the dossier; "
              "files that cannot be imported are reported on stderr and the others are still imported. "
              "Web pages are read as they are: nothing they reference is ever downloaded. The exit "
              "status is 1 when any file was not imported. Ctrl-C stops after rolling back the file in "
              "progress.");
}

QVector<CliCommand::Argument> ImportCommand::arguments() const
{
    return {
        { QStringLiteral("DOSSIER"), tr("The dossier file (create it with “new”).") },
        { QStringLiteral("FILE|FOLDER"), tr("Files to import, or folders to import the files of."), true },
    };
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {
        QCommandLineOption(
            QStringLiteral("password"), tr("Password for protected PDFs."), QStringLiteral("P")),
        QCommandLineOption(QStringLiteral("json"),
            tr("Print one JSON array describing every file once the import is over, instead of one line "
               "per file.")),
    };
}

void ImportCommand::report(const ImportOutcome &outcome, bool json)
{
    const QString path = QDir::toNativeSeparators(outcome.path);
    const QString status = ImportOutcome::statusName(outcome.status);
    if (outcome.status == ImportOutcome::Status::Cancelled)
        return; // summed up once at the end
    // A line break or a tab in a file name must not split or shift the line about it.
    const QString shownPath = Console::oneLine(path);
    if (!outcome.succeeded()) {
        console().error(refusal(outcome));
        return;
    }
    if (json)
        return;
    // "imported 12 PATH<TAB>Title": status word and id are fixed for scripts, the title is for reading.
    console().printLine(status + QLatin1Char(' ') + QString::number(outcome.sourceId) + QLatin1Char(' ')
        + shownPath + QLatin1Char('\t') + Console::oneLine(outcome.title));
    for (const QString &warning : outcome.warnings)
        //: Printed under an imported file; %1 is the importer's warning
        console().printLine(tr("  warning: %1").arg(warning));
}

int ImportCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString dossierPath = positional.at(0);
    const QStringList paths = positional.mid(1);
    const bool json = parser.isSet(QStringLiteral("json"));

    // Opening through the facade first checks (and migrates) the file before the worker uses it.
    auto opened = openDossier(dossierPath);
    if (!opened)
        return userError(opened.error());
    std::unique_ptr<Dossier> dossier = std::move(opened).value();

    BatchImport batch(dossierPath);
    if (parser.isSet(QStringLiteral("password")))
        batch.setPassword(parser.value(QStringLiteral("password")));

    QVector<ImportOutcome> outcomes;
    QEventLoop loop;
    QObject::connect(
        &batch, &BatchImport::note, &loop, [this](const QString &message) { console().errorLine(message); });
    QObject::connect(
        &batch, &BatchImport::progress, &loop, [this](int done, int total, const QString &current) {
            if (!current.isEmpty())
                //: Progress on a terminal: %1 files done of %2, %3 the file being imported
                console().progress(tr("[%1/%2] %3").arg(done).arg(total).arg(QFileInfo(current).fileName()));
        });
    QObject::connect(&batch, &BatchImport::fileFinished, &loop,
        [this, json](const ImportOutcome &outcome) { report(outcome, json); });
    QObject::connect(&batch, &BatchImport::finished, &loop, [&](const QVector<ImportOutcome> &all) {
        outcomes = all;
        loop.quit();
    });

    InterruptGuard guard;
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&batch] {
        if (InterruptGuard::takeRequest())
            batch.cancel();
    });
    interruptPoll.start(100);

    if (!batch.start(paths))
        return userError(tr("The import could not start."));
    loop.exec();
    interruptPoll.stop();
    console().clearProgress();

    // One undoable step for the sources the batch added, as the GUI records it.
    dossier->recordImport(BatchImport::sourcesToRecord(outcomes));

    if (json) {
        QJsonArray array;
        for (const ImportOutcome &outcome : std::as_const(outcomes))
            array.append(outcomeJson(outcome));
        console().printJson(array);
    }

    if (outcomes.isEmpty())
        return userError(tr("There was no file to import in %1.").arg(paths.join(QLatin1String(", "))));
    int imported = 0;
    int duplicates = 0;
    int cancelled = 0;
    QStringList refused;
    for (const ImportOutcome &outcome : std::as_const(outcomes)) {
        if (outcome.status == ImportOutcome::Status::Imported)
            ++imported;
        else if (outcome.status == ImportOutcome::Status::Duplicate)
            ++duplicates;
        else if (outcome.status == ImportOutcome::Status::Cancelled)
            ++cancelled;
        else
            refused.append(refusal(outcome));
    }
    // The whole batch at a glance, on stderr so that stdout keeps one line per file. For a single
    // file its own line already says it all (and a user error stays one line).
    if (outcomes.size() > 1) {
        //: After an import; %1 files imported, %2 already in the dossier, %3 not imported
        console().errorLine(tr("Summary: %1 imported, %2 already in the dossier, %3 refused.")
                                .arg(imported)
                                .arg(duplicates)
                                .arg(refused.size()));
        for (const QString &reason : std::as_const(refused))
            //: Under the import summary, one line per file that was not imported; %1 says why
            console().errorLine(tr("  refused: %1").arg(reason));
    }
    const bool failed = !refused.isEmpty();
    if (cancelled > 0)
        return userError(tr("The import was stopped; %n file(s) were not imported.", "", cancelled));
    return failed ? UserError : Success;
}

} // namespace Recoupe
