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
    if (!outcome.succeeded()) {
        // The message already names the file.
        console().error(outcome.message.isEmpty() ? tr("%1 was not imported.").arg(path) : outcome.message);
        return;
    }
    if (json)
        return;
    // "imported 12 PATH<TAB>Title": status word and id are fixed for scripts, the title is for reading.
    console().printLine(status + QLatin1Char(' ') + QString::number(outcome.sourceId) + QLatin1Char(' ')
        + path + QLatin1Char('\t') + outcome.title);
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
    int cancelled = 0;
    bool failed = false;
    for (const ImportOutcome &outcome : std::as_const(outcomes)) {
        if (outcome.status == ImportOutcome::Status::Cancelled)
            ++cancelled;
        else if (!outcome.succeeded())
            failed = true;
    }
    if (cancelled > 0)
        return userError(tr("The import was stopped; %n file(s) were not imported.", "", cancelled));
    return failed ? UserError : Success;
}

} // namespace Recoupe
