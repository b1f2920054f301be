// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Recoupe {

class Database;

// One thing `check` found wrong (a problem) or worth a look (a warning).
struct IntegrityFinding
{
    QString check; // stable name: "schema", "sqlite", "foreign-keys", "text-index", "note-index", "chunks",
                   // "bytes", "pages", "anchors", "versions"
    QString message; // translated, names the source or anchor
    qint64 sourceId = 0;
    qint64 anchorId = 0;
};

// Checks a dossier file from SQLite's pages up to the investigator's anchors: SQLite's own
// integrity and foreign keys, the full-text indexes against their content, every source's text
// chunks tiling its text, its stored bytes matching its SHA-256, its PDF page map, every
// anchor lying in its source's text with its quote at its offsets, and every earlier version's
// stored bytes matching the SHA-256 and size recorded for it. Runs inside a transaction that
// is rolled back (the FTS5 check is written as an INSERT), so the file is never changed. A file
// in an older dossier format gets the checks that apply to its tables.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    struct Counts
    {
        qint64 sources = 0;
        qint64 chunks = 0;
        qint64 pages = 0;
        qint64 anchors = 0;
    };

    explicit IntegrityCheck(Database &db);

    // Runs every check; false when the checks themselves could not run (see problems()).
    bool run();
    // Lists every trigger, view, table and index that Recoupe at `version` does not write, and
    // every one of ours changed or missing, as "schema" problems.
    void checkSchema(int version);

    const QVector<IntegrityFinding> &problems() const { return m_problems; }
    const QVector<IntegrityFinding> &warnings() const { return m_warnings; }
    const Counts &counts() const { return m_counts; }

private:
    void checkSqlite();
    void checkForeignKeys();
    void checkFullTextIndex(const char *table, const QString &check);
    void checkNoteIndex();
    void checkSources();
    void checkPages(qint64 sourceId, const QString &title, qint64 textLength, int pageCount);
    void checkAnchors(qint64 sourceId, const QString &title, const QString &text);
    void checkVersions();
    bool hasTable(const char *name);
    void problem(const QString &check, const QString &message, qint64 sourceId = 0, qint64 anchorId = 0);
    void warning(const QString &check, const QString &message, qint64 sourceId = 0, qint64 anchorId = 0);

    Database &m_db;
    QVector<IntegrityFinding> m_problems;
    QVector<IntegrityFinding> m_warnings;
    Counts m_counts;
};

} // namespace Recoupe
