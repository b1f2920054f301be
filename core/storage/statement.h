// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Recoupe {

// A prepared SQLite statement. Binding indexes start at 1, column indexes at 0, as in SQLite.
// Errors are kept on the statement (failed(), error()) so call sites stay linear.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // A statement that never prepared: every step fails with `error`.
    static Statement failedToPrepare(const QString &error);

    bool isValid() const { return m_stmt != nullptr; }
    // Stepped at least once and not yet done or reset: it holds a read snapshot of the file.
    bool isBusy() const;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &text);
    Statement &bindText(int index, const QByteArray &utf8);
    Statement &bindBlob(int index, const QByteArray &bytes);
    // Binds without copying: the bytes must stay alive and unchanged until the statement is reset.
    Statement &bindBlobStatic(int index, const char *data, qint64 size);
    Statement &bindNull(int index);
    // Binds column `column` of `row`'s current row as it is (type and bytes), for copying rows.
    Statement &bindValue(int index, const Statement &row, int column);
    // Stored as ISO 8601 in UTC with milliseconds.
    Statement &bind(int index, const QDateTime &time);
    // Binds NULL for 0, the id otherwise: for optional foreign keys.
    Statement &bindId(int index, qint64 id);

    // Steps once: true while a row is available. False when done or on error (see failed()).
    bool next();
    // Runs to completion, then resets. For INSERT, UPDATE, DELETE and DDL.
    bool exec();
    void reset();

    bool failed() const { return m_failed; }
    QString error() const { return m_error; }

    qint64 int64(int column) const;
    int int32(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;
    QByteArray blob(int column) const;
    QDateTime dateTime(int column) const;
    bool isNull(int column) const;
    int columnBytes(int column) const;

private:
    void fail();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    QString m_error;
};

} // namespace Recoupe
