// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Recoupe {

class Database;

// The dossier file format: application id, schema versions and the migrations between them.
// Each migration runs in its own transaction and ends by setting PRAGMA user_version.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    // "RCUP" in ASCII: lets us tell a dossier from any other SQLite file.
    static constexpr int ApplicationId = 0x52435550;
    static constexpr int CurrentVersion = 6;

    static int version(Database &db);
    static int applicationId(Database &db);

    // Checks that the open file is a dossier this code can read, without writing anything.
    // Returns the file's schema version (0 for an empty, new file).
    static Result<int> inspect(Database &db);

    // Brings the file from its version up to `target` (tests build older versions this way).
    static Status migrate(Database &db, int target = CurrentVersion);

    // Connection settings every dossier connection uses: foreign keys, WAL, synchronous=NORMAL.
    static Status configureConnection(Database &db);
};

} // namespace Recoupe
