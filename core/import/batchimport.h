// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourceimporter.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <mutex>

namespace Recoupe {

class Database;

// Imports files and folders into a dossier on a worker thread, with its own SQLite connection
// to the dossier file (connections are per thread). Folders are walked recursively; files no
// importer reads are skipped there, with a note. Every signal is delivered on the thread this
// object lives in, in order: progress and fileFinished for each file, then finished once.
//
// Each source is stored in its own transaction, so a cancel or a crash keeps the files already
// done and nothing of the file in progress. The import is not undoable by itself: when
// finished() arrives, call Dossier::recordImport(BatchImport::sourcesToRecord(outcomes)) on the
// main thread to make it one undoable step.
class BatchImport : public QObject
{
    Q_OBJECT

public:
    explicit BatchImport(const QString &dossierPath, QObject *parent = nullptr);
    // Cancels a running import and waits for the current file to be rolled back.
    ~BatchImport() override;

    // For protected PDFs in the batch (the CLI's --password).
    void setPassword(const QString &password) { m_password = password; }
    // Threads used for one file (PDF pages); 0 uses every core.
    void setThreadsPerFile(int threads) { m_threadsPerFile = threads; }

    // Starts importing `paths` (files and folders) and returns at once. False if a batch is
    // already running.
    bool start(const QStringList &paths);
    // Stops within the current file: it is rolled back; the files after it are reported as
    // cancelled. Safe from any thread.
    void cancel();
    bool isRunning() const;
    // Blocks until the worker is done. Signals still arrive through the event loop afterwards.
    void waitForFinished();

    // The files a batch would import, in order: files as given, folders walked recursively
    // (hidden entries and symbolic links to folders skipped) keeping the files an importer
    // reads. `notes` receives one translated line per folder where files were skipped.
    static QStringList expandPaths(const QStringList &paths, QStringList *notes = nullptr);
    // The ids to pass to Dossier::recordImport: new sources and removed ones put back.
    static QVector<qint64> sourcesToRecord(const QVector<ImportOutcome> &outcomes);

Q_SIGNALS:
    // Before each file: `done` files finished out of `total`; `current` is the file's path.
    void progress(int done, int total, const QString &current);
    // Progress inside the current file, 0 to 1, for files that take more than a moment (big
    // PDFs): at most ten times a second.
    void fileProgress(double fraction);
    // A folder had files that were skipped.
    void note(const QString &message);
    void fileFinished(const Recoupe::ImportOutcome &outcome);
    // Once, after the last file or after a cancel; one outcome per file in order.
    void finished(const QVector<Recoupe::ImportOutcome> &outcomes);

private:
    void run(const QStringList &paths);
    template<typename Function> void post(Function function);

    QString m_dossierPath;
    QString m_password;
    int m_threadsPerFile = 0;
    std::atomic_bool m_cancel { false };
    QThreadPool m_pool;
    QFuture<void> m_future;
    // The worker's connection, so that cancel() can interrupt a long insert.
    std::mutex m_dbMutex;
    Database *m_db = nullptr;
};

} // namespace Recoupe
