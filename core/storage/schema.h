// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QVector>

namespace Recoupe {

class Database;

// One row of sqlite_schema: a table, index, view or trigger.
struct SchemaObject
{
    QString type; // "table", "index", "view", "trigger"
    QString name;
    QString table; // tbl_name: the table an index or trigger belongs to
    QString sql;
};

// How a dossier's schema differs from the one this version writes.
struct SchemaDifference
{
    enum class Kind
    {
        Foreign, // an object Recoupe never writes
        Changed, // one of ours with another definition
        Missing, // one of ours that is not there
    };
    Kind kind = Kind::Foreign;
    SchemaObject object; // as found in the file (as expected for Missing)

    // Translated: "trigger “x” on annotations", with what is wrong with it.
    QString describe() const;
};

// The dossier file format: application id, schema versions and the migrations between them.
// Each migration runs in its own transaction and ends by setting PRAGMA user_version.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    // "RCUP" in ASCII: lets us tell a dossier from any other SQLite file.
    static constexpr int ApplicationId = 0x52435550;
    static constexpr int CurrentVersion = 7;

    static int version(Database &db);
    static int applicationId(Database &db);

    // Checks that the open file is a dossier this code can read, without writing anything: its
    // application id and version, and that its schema holds exactly what this version writes
    // (no trigger, view, table or index of anyone else's, none of ours changed). Then, and only
    // then, lets the connection run the schema's own triggers (Database::trustSchema).
    // Returns the file's schema version (0 for an empty, new file).
    static Result<int> inspect(Database &db);
    // The application id and version checks of inspect() alone.
    static Result<int> inspectFormat(Database &db);

    // The schema objects Recoupe writes up to `version`, found by running the migrations on an
    // in-memory database (so this stays right when migrations are added).
    static Result<QVector<SchemaObject>> expectedObjects(int version);
    // What the file's schema holds that Recoupe at `version` does not write, or writes otherwise.
    static Result<QVector<SchemaDifference>> differences(Database &db, int version);
    // The SQL of a schema object with runs of white space outside quotes made one space.
    static QString normalizedSql(const QString &sql);
    // Names the FTS5 module gives the tables behind a virtual table: their text is written by
    // SQLite and may change with its version, so only their presence is compared.
    static bool isShadowTable(const QString &name, const QVector<SchemaObject> &objects);

    // Brings the file from its version up to `target` (tests build older versions this way). A
    // schema it created from nothing is entirely ours: the connection then trusts it.
    static Status migrate(Database &db, int target = CurrentVersion);

    // Connection settings every dossier connection uses: foreign keys, WAL, synchronous=NORMAL.
    static Status configureConnection(Database &db);

private:
    static Status migrateOne(Database &db, int version);
};

} // namespace Recoupe
