// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchimport.h"

#include "importerregistry.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace Recoupe {

BatchImport::BatchImport(const QString &dossierPath, QObject *parent)
    : QObject(parent)
    , m_dossierPath(dossierPath)
{
    qRegisterMetaType<Recoupe::ImportOutcome>();
    qRegisterMetaType<QVector<Recoupe::ImportOutcome>>();
    m_pool.setMaxThreadCount(1);
}

BatchImport::~BatchImport()
{
    cancel();
    waitForFinished();
}

template<typename Function> void BatchImport::post(Function function)
{
    // Queued to this object's thread; dropped if the object is gone by then.
    QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection);
}

bool BatchImport::start(const QStringList &paths)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_future = QtConcurrent::run(&m_pool, [this, paths] { run(paths); });
    return true;
}

void BatchImport::cancel()
{
    m_cancel = true;
    const std::lock_guard<std::mutex> lock(m_dbMutex);
    if (m_db)
        m_db->interrupt();
}

bool BatchImport::isRunning() const
{
    return m_future.isValid() && !m_future.isFinished();
}

void BatchImport::waitForFinished()
{
    if (m_future.isValid())
        m_future.waitForFinished();
}

QStringList BatchImport::expandPaths(const QStringList &paths, QStringList *notes)
{
    const ImporterRegistry &registry = ImporterRegistry::instance();
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path); // given by name: SourceImporter says what is wrong with it, if anything
            continue;
        }
        QStringList found;
        QStringList skipped;
        const QDir root(path);
        QDirIterator it(
            path, QDir::Files | QDir::NoDotAndDotDot | QDir::AllDirs, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (it.fileInfo().isDir())
                continue;
            // Hidden files and anything under a hidden folder (.git, .cache) are not sources.
            const QString relative = root.relativeFilePath(file);
            if (relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1String("/.")))
                continue;
            if (registry.forFileName(file))
                found.append(file);
            else
                skipped.append(relative);
        }
        found.sort();
        files += found;
        if (notes && !skipped.isEmpty()) {
            skipped.sort();
            const int shown = 5;
            QString list = skipped.mid(0, shown).join(QLatin1String(", "));
            if (skipped.size() > shown)
                list += QStringLiteral(", …");
            notes->append(QCoreApplication::translate("BatchImport",
                "%n file(s) in %1 skipped: Recoupe does not import their kind (%2).", "", int(skipped.size()))
                              .arg(QDir::toNativeSeparators(path), list));
        }
    }
    return files;
}

QVector<qint64> BatchImport::sourcesToRecord(const QVector<ImportOutcome> &outcomes)
{
    QVector<qint64> ids;
    for (const ImportOutcome &outcome : outcomes) {
        if (outcome.addsSource() && !ids.contains(outcome.sourceId))
            ids.append(outcome.sourceId);
        for (qint64 id : outcome.moreSourceIds) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

void BatchImport::run(const QStringList &paths)
{
    QStringList notes;
    const QStringList files = expandPaths(paths, &notes);
    for (const QString &message : notes)
        post([this, message] { Q_EMIT note(message); });
    const int total = int(files.size());
    QVector<ImportOutcome> outcomes;
    outcomes.reserve(total);

    std::unique_ptr<Database> db;
    QString openError;
    auto opened = Database::open(m_dossierPath, Database::Mode::OpenExisting);
    if (opened) {
        db = std::move(opened).value();
        // This connection writes through the schema's triggers: it checks the schema itself.
        const Result<int> inspected = Schema::inspect(*db);
        const Status configured
            = inspected ? Schema::configureConnection(*db) : Status(Error {inspected.error()});
        if (!configured.ok()) {
            openError = configured.error();
            db.reset();
        } else {
            // Short waits, retried by SourceImporter until the dossier is free, so that a cancel
            // is seen within a second while another program writes.
            db->setBusyTimeout(1000);
            // A batch writes a lot: checkpoint the write-ahead log every 16 MiB rather than
            // every 4 MiB, so the dossier file is synced four times less often. Durability is
            // the same (each source is committed to the log); readers are not blocked.
            db->exec("PRAGMA wal_autocheckpoint = 4096");
        }
    } else {
        openError = opened.error();
    }
    {
        const std::lock_guard<std::mutex> lock(m_dbMutex);
        m_db = db.get();
    }

    std::unique_ptr<SourceImporter> importer = db ? std::make_unique<SourceImporter>(*db) : nullptr;
    for (int i = 0; i < total; ++i) {
        const QString &file = files.at(i);
        post([this, i, total, file] { Q_EMIT progress(i, total, file); });
        ImportOutcome outcome;
        if (!importer) {
            outcome.path = file;
            outcome.message = tr("%1 was not imported: the dossier cannot be opened (%2).")
                                  .arg(QDir::toNativeSeparators(file), openError);
        } else if (m_cancel) {
            outcome.path = file;
            outcome.status = ImportOutcome::Status::Cancelled;
            outcome.message
                = tr("%1 was not imported: the import was cancelled.").arg(QDir::toNativeSeparators(file));
        } else {
            ImportOptions options;
            options.password = m_password;
            options.cancel = &m_cancel;
            options.threads = m_threadsPerFile;
            // Progress inside a file matters for big files only: nothing in the first 200 ms,
            // then at most every 100 ms, so that thousands of small files do not flood the queue.
            QElapsedTimer sinceStart;
            sinceStart.start();
            qint64 lastPost = 100;
            options.progress = [this, &sinceStart, &lastPost](double fraction) {
                const qint64 now = sinceStart.elapsed();
                if (now < 200 || now - lastPost < 100)
                    return;
                lastPost = now;
                post([this, fraction] { Q_EMIT fileProgress(fraction); });
            };
            outcome = importer->importFile(file, options);
        }
        outcomes.append(outcome);
        post([this, outcome] { Q_EMIT fileFinished(outcome); });
    }

    {
        const std::lock_guard<std::mutex> lock(m_dbMutex);
        m_db = nullptr;
    }
    importer.reset();
    db.reset();
    post([this, total, outcomes] {
        Q_EMIT progress(total, total, QString());
        Q_EMIT finished(outcomes);
    });
}

} // namespace Recoupe
