// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "storage/database.h"
#include "storage/schema.h"
#include "storage/transaction.h"

#include <QCryptographicHash>

#include <algorithm>

#include <sqlite3.h>

namespace Recoupe {

namespace {

// Quotes are shown shortened in messages, on one line.
QString shortQuote(const QString &text)
{
    constexpr int Max = 60;
    const QString flat = text.simplified();
    return flat.size() <= Max ? flat : flat.left(Max - 1) + QChar(0x2026);
}

} // namespace

IntegrityCheck::IntegrityCheck(Database &db)
    : m_db(db)
{ }

void IntegrityCheck::problem(const QString &check, const QString &message, qint64 sourceId, qint64 anchorId)
{
    m_problems.append({check, message, sourceId, anchorId});
}

void IntegrityCheck::warning(const QString &check, const QString &message, qint64 sourceId, qint64 anchorId)
{
    m_warnings.append({check, message, sourceId, anchorId});
}

bool IntegrityCheck::run()
{
    // One snapshot for every check, and a write lock for the FTS5 check; rolled back at the end.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        problem(
            QStringLiteral("sqlite"), tr("The dossier could not be locked for checking: %1").arg(tx.error()));
        return false;
    }
    checkSqlite();
    checkForeignKeys();
    checkFullTextIndex("text_index", QStringLiteral("text-index"));
    if (hasTable("note_index")) {
        checkFullTextIndex("note_index", QStringLiteral("note-index"));
        checkNoteIndex();
    }
    checkSources();
    if (hasTable("source_versions"))
        checkVersions();
    return true;
}

void IntegrityCheck::checkSchema(int version)
{
    const Result<QVector<SchemaDifference>> found = Schema::differences(m_db, version);
    if (!found) {
        problem(QStringLiteral("schema"), found.error());
        return;
    }
    for (const SchemaDifference &difference : *found) {
        //: %1 names a database object, e.g. trigger “x” on annotations
        problem(QStringLiteral("schema"),
            tr("Not Recoupe's own structure: %1. Make a cleaned copy with “clean”.")
                .arg(difference.describe()));
    }
}

bool IntegrityCheck::hasTable(const char *name)
{
    Statement stmt = m_db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    stmt.bind(1, QString::fromLatin1(name));
    return stmt.next();
}

void IntegrityCheck::checkSqlite()
{
    Statement stmt = m_db.prepare("PRAGMA integrity_check");
    while (stmt.next()) {
        const QString line = stmt.text(0);
        if (line != QLatin1String("ok"))
            problem(QStringLiteral("sqlite"), tr("SQLite reports: %1").arg(line));
    }
    if (stmt.failed())
        problem(QStringLiteral("sqlite"), tr("SQLite's integrity check could not run: %1").arg(stmt.error()));
}

void IntegrityCheck::checkForeignKeys()
{
    Statement stmt = m_db.prepare("PRAGMA foreign_key_check");
    while (stmt.next()) {
        //: %1 a table, %2 a row id, %3 the table it should refer to
        problem(QStringLiteral("foreign-keys"),
            tr("Row %2 of table %1 refers to a row of %3 that does not exist.")
                .arg(stmt.text(0))
                .arg(stmt.int64(1))
                .arg(stmt.text(2)));
    }
    if (stmt.failed())
        problem(
            QStringLiteral("foreign-keys"), tr("The foreign key check could not run: %1").arg(stmt.error()));
}

void IntegrityCheck::checkFullTextIndex(const char *table, const QString &check)
{
    // rank = 1 also compares the index with its content table (SQLite 3.36 and later know it);
    // older versions only check the index itself.
    const QByteArray withContent
        = QByteArray("INSERT INTO ") + table + '(' + table + ", rank) VALUES ('integrity-check', 1)";
    const QByteArray plain
        = QByteArray("INSERT INTO ") + table + '(' + table + ") VALUES ('integrity-check')";
    sqlite3 *db = m_db.handle();
    int rc = sqlite3_exec(db, withContent.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK && (sqlite3_extended_errcode(db) & 0xff) != SQLITE_CORRUPT)
        rc = sqlite3_exec(db, plain.constData(), nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return;
    const QString reason = QString::fromUtf8(sqlite3_errmsg(db));
    if ((sqlite3_extended_errcode(db) & 0xff) == SQLITE_CORRUPT) {
        //: %1 is the name of a full-text index table
        problem(check,
            tr("The full-text index %1 does not match the text it indexes (%2).")
                .arg(QString::fromLatin1(table), reason));
    } else {
        problem(check,
            tr("The full-text index %1 could not be checked: %2").arg(QString::fromLatin1(table), reason));
    }
}

void IntegrityCheck::checkNoteIndex()
{
    // The triggers keep one index row per annotation with a note and per claim.
    const qint64 notes = m_db.scalar("SELECT count(*) FROM annotations WHERE note <> ''");
    const qint64 indexedNotes = m_db.scalar("SELECT count(*) FROM note_index WHERE kind = 'annotation'");
    if (notes != indexedNotes) {
        problem(QStringLiteral("note-index"),
            tr("Annotations with a note: %1; notes in the search index: %2.").arg(notes).arg(indexedNotes));
    }
    const qint64 claims = m_db.scalar("SELECT count(*) FROM claims");
    const qint64 indexedClaims = m_db.scalar("SELECT count(*) FROM note_index WHERE kind = 'claim'");
    if (claims != indexedClaims) {
        problem(QStringLiteral("note-index"),
            tr("Claims in the dossier: %1; in the search index: %2.").arg(claims).arg(indexedClaims));
    }
}

void IntegrityCheck::checkSources()
{
    const bool withAnchors = hasTable("anchors");
    Statement sources = m_db.prepare(
        "SELECT id, title, sha256, byte_size, text_length, page_count, kind FROM sources ORDER BY id");
    Statement chunks
        = m_db.prepare("SELECT start, body FROM text_chunks WHERE source_id = ?1 ORDER BY start, id");
    Statement bytes = m_db.prepare("SELECT bytes FROM source_files WHERE source_id = ?1");
    while (sources.next()) {
        ++m_counts.sources;
        const qint64 id = sources.int64(0);
        const QString title = sources.text(1);
        const QString sha256 = sources.text(2);
        const qint64 byteSize = sources.int64(3);
        const qint64 textLength = sources.int64(4);
        const int pageCount = sources.int32(5);
        const bool pdf = sources.text(6) == QLatin1String("pdf");

        // The chunks, in order, must tile the text: no gap, no overlap, the stated length.
        chunks.reset();
        chunks.bind(1, id);
        QString text;
        qint64 expectedStart = 0;
        bool tiled = true;
        while (chunks.next()) {
            ++m_counts.chunks;
            const qint64 start = chunks.int64(0);
            if (start != expectedStart && tiled) {
                //: %1 source id, %2 title, %3 and %4 text offsets
                problem(QStringLiteral("chunks"),
                    tr("Source %1 “%2”: a text chunk starts at %3 where %4 was expected; the text has a gap "
                       "or an overlap.")
                        .arg(id)
                        .arg(title)
                        .arg(start)
                        .arg(expectedStart),
                    id);
                tiled = false;
            }
            const QString body = chunks.text(1);
            text += body;
            expectedStart = start + body.size();
        }
        if (chunks.failed())
            problem(QStringLiteral("chunks"),
                tr("Source %1 “%2”: its text cannot be read: %3").arg(id).arg(title, chunks.error()), id);
        if (text.size() != textLength) {
            problem(QStringLiteral("chunks"),
                tr("Source %1 “%2”: its text chunks hold %3 characters but the source records %4.")
                    .arg(id)
                    .arg(title)
                    .arg(text.size())
                    .arg(textLength),
                id);
        }

        // The original bytes must be there and hash to the recorded SHA-256.
        bytes.reset();
        bytes.bind(1, id);
        if (!bytes.next()) {
            problem(QStringLiteral("bytes"),
                tr("Source %1 “%2”: its original file is missing.").arg(id).arg(title), id);
        } else {
            const QByteArray original = bytes.blob(0);
            const QString actual
                = QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
            if (actual.compare(sha256, Qt::CaseInsensitive) != 0) {
                problem(QStringLiteral("bytes"),
                    tr("Source %1 “%2”: its stored file has SHA-256 %3, not the recorded %4.")
                        .arg(id)
                        .arg(title, actual, sha256),
                    id);
            }
            if (original.size() != byteSize) {
                problem(QStringLiteral("bytes"),
                    //: %3 and %4 are sizes such as "235 bytes"
                    tr("Source %1 “%2”: its stored file is %3 long, not the recorded %4.")
                        .arg(id)
                        .arg(title)
                        .arg(tr("%n byte(s)", "", int(original.size())))
                        .arg(tr("%n byte(s)", "", int(byteSize))),
                    id);
            }
        }

        if (pdf || pageCount > 0)
            checkPages(id, title, text.size(), pageCount);
        if (withAnchors)
            checkAnchors(id, title, text);
    }
    if (sources.failed())
        problem(QStringLiteral("sqlite"), tr("The sources cannot be read: %1").arg(sources.error()));
}

void IntegrityCheck::checkVersions()
{
    // An earlier version is what a replaced source said when it was annotated: its bytes must be
    // the ones its SHA-256 names, or `history` would hand back something else.
    Statement versions
        = m_db.prepare("SELECT v.source_id, v.version, v.sha256, v.byte_size, v.bytes, coalesce(s.title, '') "
                       "FROM source_versions AS v LEFT JOIN sources AS s ON s.id = v.source_id "
                       "ORDER BY v.source_id, v.version");
    while (versions.next()) {
        const qint64 id = versions.int64(0);
        const int version = versions.int32(1);
        const QString sha256 = versions.text(2);
        const qint64 byteSize = versions.int64(3);
        const QByteArray bytes = versions.blob(4);
        const QString title = versions.text(5);
        const QString actual
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (actual.compare(sha256, Qt::CaseInsensitive) != 0) {
            problem(QStringLiteral("versions"),
                //: %1 source id, %2 its title, %3 a version number, %4 and %5 SHA-256 digests
                tr("Source %1 “%2”, version %3: its stored file has SHA-256 %4, not the recorded %5.")
                    .arg(id)
                    .arg(title)
                    .arg(version)
                    .arg(actual, sha256),
                id);
        }
        if (bytes.size() != byteSize) {
            problem(QStringLiteral("versions"),
                //: %1 source id, %2 its title, %3 a version number, %4 and %5 sizes such as "235 bytes"
                tr("Source %1 “%2”, version %3: its stored file is %4 long, not the recorded %5.")
                    .arg(id)
                    .arg(title)
                    .arg(version)
                    .arg(tr("%n byte(s)", "", int(bytes.size())))
                    .arg(tr("%n byte(s)", "", int(byteSize))),
                id);
        }
    }
    if (versions.failed())
        problem(
            QStringLiteral("sqlite"), tr("The earlier versions cannot be read: %1").arg(versions.error()));
}

void IntegrityCheck::checkPages(qint64 sourceId, const QString &title, qint64 textLength, int pageCount)
{
    Statement pages
        = m_db.prepare("SELECT page, text_start, text_end FROM pdf_pages WHERE source_id = ?1 ORDER BY page");
    pages.bind(1, sourceId);
    int expected = 0;
    qint64 previousEnd = 0;
    while (pages.next()) {
        ++m_counts.pages;
        const int page = pages.int32(0);
        const qint64 start = pages.int64(1);
        const qint64 end = pages.int64(2);
        if (page != expected) {
            //: %1 source id, %2 title, %3 and %4 page numbers
            problem(QStringLiteral("pages"),
                tr("Source %1 “%2”: page %3 is recorded where page %4 was expected.")
                    .arg(sourceId)
                    .arg(title)
                    .arg(page + 1)
                    .arg(expected + 1),
                sourceId);
        }
        if (start < previousEnd || end < start || end > textLength) {
            problem(QStringLiteral("pages"),
                tr("Source %1 “%2”: page %3 covers the text from %4 to %5, outside the text or before the "
                   "previous page.")
                    .arg(sourceId)
                    .arg(title)
                    .arg(page + 1)
                    .arg(start)
                    .arg(end),
                sourceId);
        }
        previousEnd = std::max(previousEnd, end);
        expected = page + 1;
    }
    if (expected != pageCount) {
        problem(QStringLiteral("pages"),
            //: %3 and %4 are numbers of pages
            tr("Source %1 “%2”: pages stored: %3; pages the source records: %4.")
                .arg(sourceId)
                .arg(title)
                .arg(expected)
                .arg(pageCount),
            sourceId);
    }
}

void IntegrityCheck::checkAnchors(qint64 sourceId, const QString &title, const QString &text)
{
    Statement anchors = m_db.prepare(
        "SELECT id, start_pos, end_pos, exact, orphaned FROM anchors WHERE source_id = ?1 ORDER BY id");
    anchors.bind(1, sourceId);
    while (anchors.next()) {
        ++m_counts.anchors;
        const qint64 id = anchors.int64(0);
        const qint64 start = anchors.int64(1);
        const qint64 end = anchors.int64(2);
        const QString exact = anchors.text(3);
        const bool orphaned = anchors.int32(4) != 0;
        QString message;
        if (start < 0 || end < start || end > text.size()) {
            //: %1 anchor id, %2 and %3 offsets, %4 source id, %5 title, %6 its length
            message = tr("Anchor %1 (%2:%3) lies outside the text of source %4 “%5” (%6 characters).")
                          .arg(id)
                          .arg(start)
                          .arg(end)
                          .arg(sourceId)
                          .arg(title)
                          .arg(text.size());
        } else if (QStringView(text).mid(start, end - start) != exact) {
            message = tr("Anchor %1 (%2:%3) in source %4 “%5” quotes “%6” but the text there reads “%7”.")
                          .arg(id)
                          .arg(start)
                          .arg(end)
                          .arg(sourceId)
                          .arg(title, shortQuote(exact), shortQuote(text.mid(start, end - start)));
        }
        if (orphaned) {
            // Orphans are known and shown to the user for review: worth a look, not damage.
            warning(QStringLiteral("anchors"),
                message.isEmpty() ? tr("Anchor %1 in source %2 “%3” is an orphan: its quote “%4” was not "
                                       "found again after the text changed.")
                                        .arg(id)
                                        .arg(sourceId)
                                        .arg(title, shortQuote(exact))
                                  : tr("%1 It is marked as an orphan for review.").arg(message),
                sourceId, id);
        } else if (!message.isEmpty()) {
            problem(QStringLiteral("anchors"), message, sourceId, id);
        }
    }
}

} // namespace Recoupe
