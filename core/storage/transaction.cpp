// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"

#include <sqlite3.h>

namespace Recoupe {

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(db.inTransaction())
{
    // IMMEDIATE takes the write lock up front: with a worker connection writing at the same
    // time, a deferred transaction could fail half-way instead of waiting.
    Status started = m_db.exec(m_nested ? "SAVEPOINT recoupe_nested" : "BEGIN IMMEDIATE");
    if (!started.ok() && !m_nested && m_db.lastErrorCode() == SQLITE_BUSY_SNAPSHOT) {
        // A cached statement read its last row and still holds an older snapshot of the file
        // than another process's latest commit: waiting cannot help, letting it go does.
        m_db.finishCachedReads();
        started = m_db.exec("BEGIN IMMEDIATE");
    }
    m_active = started.ok();
    if (!m_active) {
        m_error = started.error();
        m_errorCode = m_db.lastErrorCode();
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_nested)
        m_db.exec("ROLLBACK TO recoupe_nested; RELEASE recoupe_nested");
    else
        m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_active)
        return Error {m_error};
    const Status done = m_db.exec(m_nested ? "RELEASE recoupe_nested" : "COMMIT");
    if (done.ok())
        m_active = false;
    return done;
}

} // namespace Recoupe
