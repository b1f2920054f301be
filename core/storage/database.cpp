// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "search/hyphenjoiningtokenizer.h"
#include "search/stemmingtokenizer.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace Recoupe {

namespace {
constexpr int BusyTimeoutMs = 10000;
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Database::~Database()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (mode != Mode::CreateIfMissing && !info.exists())
        return Error {tr("%1: no such file.").arg(path)};
    if (info.exists() && info.isDir())
        return Error {tr("%1 is a folder, not a dossier file.").arg(path)};

    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::OpenExisting:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::CreateIfMissing:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = db ? describeError(db, rc) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error {tr("Cannot open %1: %2.").arg(path, reason)};
    }
    // Before the first read of the file: a dossier may come from someone else, and SQLite runs
    // what its schema holds (triggers, views, index expressions) when it reads or writes it.
    int defensive = 0;
    int trusted = 1;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &defensive);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &trusted);
    if (defensive != 1 || trusted != 0
        || sqlite3_exec(db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString reason = describeError(db, sqlite3_extended_errcode(db));
        sqlite3_close_v2(db);
        return Error {tr("Cannot open %1 safely: %2.").arg(path, reason)};
    }
    sqlite3_busy_timeout(db, BusyTimeoutMs);
    sqlite3_extended_result_codes(db, 1);
    // The full-text indexes' tokenizers must exist before they are read or written: the
    // line-end hyphen joiner, and the stemmer that wraps it.
    Status tokenizer = HyphenJoiningTokenizer::registerOn(db);
    if (tokenizer.ok())
        tokenizer = StemmingTokenizer::registerOn(db);
    if (!tokenizer.ok()) {
        sqlite3_close_v2(db);
        return Error {tr("Cannot open %1: %2").arg(path, tokenizer.error())};
    }
    return std::unique_ptr<Database>(new Database(db, path));
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return Error {error};
    }
    return {};
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return Statement::failedToPrepare(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return Statement(m_db, stmt);
}

Statement &Database::cached(const char *sql)
{
    auto &slot = m_cache[std::string(sql)];
    // A statement that failed to prepare (an interrupt, a busy schema) is tried again next time.
    if (!slot || !slot->isValid())
        slot = std::make_unique<Statement>(prepare(sql));
    else
        slot->reset();
    return *slot;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::describeError(sqlite3 *db, int code)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    // The system's own words say what happened ("Permission denied", "No space left on
    // device"); SQLite's alone ("disk I/O error") often does not. Only for errors that come from
    // the system: for the others errno may be left over from an unrelated call.
    switch (code & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        break;
    default:
        return message;
    }
    const int systemError = sqlite3_system_errno(db);
    if (systemError == 0)
        return message;
    const QString cause = qt_error_string(systemError);
    if (cause.isEmpty() || message.contains(cause, Qt::CaseInsensitive))
        return message;
    //: An SQLite error and the operating system's cause, e.g. "disk I/O error (No space left on device)"
    return tr("%1 (%2)").arg(message, cause);
}

QString Database::lastError() const
{
    return describeError(m_db, sqlite3_extended_errcode(m_db));
}

int Database::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

void Database::finishCachedReads()
{
    for (auto &entry : m_cache) {
        Statement &stmt = *entry.second;
        if (stmt.isBusy())
            stmt.reset();
    }
}

void Database::trustSchema()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, nullptr);
}

bool Database::isSchemaTrusted() const
{
    int trusted = 0;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted);
    return trusted != 0;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 Database::scalar(const char *sql)
{
    Statement stmt = prepare(sql);
    return stmt.next() ? stmt.int64(0) : 0;
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

Status Database::writeBlob(const char *table, const char *column, qint64 rowid, const QByteArray &data)
{
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(m_db, "main", table, column, rowid, 1, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return Error {lastError()};
    }
    // sqlite3_blob_write takes an int length: write in pieces so files over 2 GiB stay correct.
    constexpr qint64 Piece = 1 << 30;
    int rc = SQLITE_OK;
    for (qint64 offset = 0; offset < data.size() && rc == SQLITE_OK; offset += Piece) {
        const int length = int(std::min<qint64>(Piece, data.size() - offset));
        rc = sqlite3_blob_write(blob, data.constData() + offset, length, int(offset));
    }
    const QString error = rc == SQLITE_OK ? QString() : lastError();
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK)
        return Error {error};
    return {};
}

Status Database::backupTo(const QString &target)
{
    sqlite3 *dest = nullptr;
    if (sqlite3_open_v2(
            QFile::encodeName(target).constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(dest));
        sqlite3_close_v2(dest);
        return Error {tr("Cannot create the backup %1: %2.").arg(target, reason)};
    }
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", m_db, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    const QString reason = QString::fromUtf8(sqlite3_errmsg(dest));
    sqlite3_close_v2(dest);
    if (rc != SQLITE_DONE) {
        QFile::remove(target);
        return Error {tr("Cannot write the backup %1: %2.").arg(target, reason)};
    }
    return {};
}

} // namespace Recoupe
