// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace Recoupe {

class Database;

// A write transaction that rolls back unless commit() succeeds. Inside another transaction it
// becomes a savepoint, so store functions can be composed into one user action.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // The error that stopped the transaction from starting, if any.
    const QString &error() const { return m_error; }
    // SQLite's extended result code for that error (SQLITE_BUSY when another connection kept the
    // write lock longer than the busy timeout).
    int errorCode() const { return m_errorCode; }
    Status commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_active = false;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace Recoupe
