// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include <sqlite3.h>

#include <utility>

namespace Recoupe {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{ }

Statement Statement::failedToPrepare(const QString &error)
{
    Statement stmt;
    stmt.m_failed = true;
    stmt.m_error = error;
    return stmt;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_failed(other.m_failed)
    , m_error(std::move(other.m_error))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_failed = other.m_failed;
        m_error = std::move(other.m_error);
    }
    return *this;
}

void Statement::fail()
{
    if (!m_failed) {
        m_failed = true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail();
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail();
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    return bindText(index, text.toUtf8());
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    if (sqlite3_bind_text64(
            m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8)
        != SQLITE_OK)
        fail();
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    static const char empty = 0;
    if (sqlite3_bind_blob64(m_stmt, index, bytes.isNull() ? &empty : bytes.constData(),
            sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        fail();
    return *this;
}

Statement &Statement::bindBlobStatic(int index, const char *data, qint64 size)
{
    // An empty QByteArray has a null data pointer, which SQLite would store as NULL.
    static const char empty = 0;
    if (sqlite3_bind_blob64(m_stmt, index, data ? data : &empty, sqlite3_uint64(size), SQLITE_STATIC)
        != SQLITE_OK)
        fail();
    return *this;
}

Statement &Statement::bindValue(int index, const Statement &row, int column)
{
    if (sqlite3_bind_value(m_stmt, index, sqlite3_column_value(row.m_stmt, column)) != SQLITE_OK)
        fail();
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail();
    return *this;
}

Statement &Statement::bind(int index, const QDateTime &time)
{
    return bind(index, time.toUTC().toString(Qt::ISODateWithMs));
}

QDateTime Statement::dateTime(int column) const
{
    return QDateTime::fromString(text(column), Qt::ISODateWithMs);
}

Statement &Statement::bindId(int index, qint64 id)
{
    return id ? bind(index, id) : bindNull(index);
}

bool Statement::isBusy() const
{
    return m_stmt && sqlite3_stmt_busy(m_stmt);
}

bool Statement::next()
{
    if (m_failed || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

bool Statement::exec()
{
    while (next()) { }
    const bool ok = !m_failed;
    // Keep the error readable through Database::lastError(): sqlite3_reset re-reports it.
    reset();
    return ok;
}

void Statement::reset()
{
    if (!m_stmt)
        return; // a statement that failed to prepare stays failed
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
    m_error.clear();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::int32(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnBytes(int column) const
{
    return sqlite3_column_bytes(m_stmt, column);
}

} // namespace Recoupe
