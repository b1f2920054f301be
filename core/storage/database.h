// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "statement.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace Recoupe {

// One SQLite connection, used from one thread only. Prepared statements are cached per SQL text.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Mode
    {
        OpenExisting,
        CreateIfMissing,
        ReadOnly
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs one or more SQL statements that return no rows.
    Status exec(const char *sql);
    // A fresh prepared statement; check isValid()/failed().
    Statement prepare(const char *sql);
    // A cached prepared statement, reset and with bindings cleared. Valid until the Database dies.
    Statement &cached(const char *sql);

    qint64 lastInsertId() const;
    int changes() const;
    // SQLite's message for the last error, with the operating system's cause when there is one
    // ("disk I/O error (No space left on device)").
    QString lastError() const;
    // SQLite's extended result code for the last error (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE…).
    int lastErrorCode() const;
    bool inTransaction() const;

    // How long a statement waits for another connection's write lock before failing as busy.
    void setBusyTimeout(int milliseconds);

    // Ends the read snapshot that cached statements left open after their last row was read, so
    // that a write transaction can start on the newest state of the file (in WAL mode a
    // connection reading an older snapshot cannot write: SQLITE_BUSY_SNAPSHOT).
    void finishCachedReads();

    // Every connection opens the file distrusting it, as SQLite advises for files from others:
    // defensive mode, cell size checks and no functions or virtual tables run from the schema.
    // Once the schema was checked to be exactly ours (Schema::inspect), our own triggers, which
    // write to the FTS5 indexes, need it trusted.
    void trustSchema();
    bool isSchemaTrusted() const;

    // Reads one integer pragma or scalar query; 0 when the query fails.
    qint64 scalar(const char *sql);

    // Asks a running query on this connection to stop (safe from another thread).
    void interrupt();

    // Writes `data` into a blob column that was inserted as zeroblob(size): SQLite then never
    // holds a second copy of a large original in memory.
    Status writeBlob(const char *table, const char *column, qint64 rowid, const QByteArray &data);

    // Copies the whole database to `target` with SQLite's online backup API.
    Status backupTo(const QString &target);

private:
    Database(sqlite3 *db, QString path);

    // The message for an SQLite error on `db`, with the system's cause for I/O errors.
    static QString describeError(sqlite3 *db, int code);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

} // namespace Recoupe
