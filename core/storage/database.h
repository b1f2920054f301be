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
    QString lastError() const;
    bool inTransaction() const;

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

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

} // namespace Recoupe
