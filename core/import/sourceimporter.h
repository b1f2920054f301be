// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace Recoupe {

class Database;
class Importer;
struct Source;
struct SourceDraft;

// What became of one file.
struct ImportOutcome
{
    enum class Status
    {
        Imported, // a new source
        Duplicate, // the same bytes were already in the dossier: sourceId is that source
        Failed, // nothing was written; message says why
        NeedsPassword, // a protected PDF without the right password: ask and try again
        Cancelled, // stopped by the user; nothing of this file was written
    };

    Status status = Status::Failed;
    QString path;
    qint64 sourceId = 0;
    // The other sources the file brought: a mailbox's other messages, attachments.
    QVector<qint64> moreSourceIds;
    QString title; // of the new or existing source
    QString message; // translated; names the file. Empty for a plain import
    QStringList warnings; // translated, for sources that were imported with reservations
    // A Duplicate of a source the user had removed: it was put back in the library.
    bool restored = false;

    bool succeeded() const { return status == Status::Imported || status == Status::Duplicate; }
    // Whether the caller should record this source as imported (for undo): new sources and
    // removed ones put back.
    bool addsSource() const
    {
        return status == Status::Imported || (status == Status::Duplicate && restored);
    }
    // Stable names for scripts ("imported", "duplicate", "failed", "needs-password", "cancelled").
    static QString statusName(Status status);
};

struct ImportOptions
{
    QString password; // for protected PDFs
    const std::atomic_bool *cancel = nullptr; // set from any thread to stop
    std::function<void(double)> progress; // fraction of this file, from the importing thread
    int threads = 0; // threads for one file (PDF pages); 0: one per core
    // Tesseract languages for scanned pages ("fra+eng"); empty: the document's or the dossier's.
    QString ocrLanguages;
    // Called after the path was checked and before its bytes are read. For tests that make a
    // file vanish at that moment.
    std::function<void(const QString &path)> beforeRead;
};

// Imports one file into a dossier, on whatever thread owns `db`: checks the path, reads the
// bytes, recognises a file already imported (by SHA-256), picks the importer and stores the
// source in one transaction, so a failure or a cancel leaves the dossier as it was.
// Memory: the file's bytes plus its text (about three times the size of a text file).
class SourceImporter
{
    Q_DECLARE_TR_FUNCTIONS(SourceImporter)

public:
    explicit SourceImporter(Database &db);

    ImportOutcome importFile(const QString &path, const ImportOptions &options = ImportOptions());

    // A stored source read again from its original bytes, e.g. its scans with another OCR
    // language: the new content for Dossier::replaceSourceContent, metadata as stored. Fails with
    // the reader's message; a cancel gives an empty error message.
    static Result<SourceDraft> readAgain(
        const Source &source, const QByteArray &original, const ImportOptions &options = ImportOptions());

    // The translated reason a path cannot be imported before reading it (missing, a folder,
    // not a regular file, unreadable, empty, a kind of file no importer reads); empty if none.
    static QString checkPath(const QString &path);

private:
    ImportOutcome importContainer(
        const Importer &importer, const QByteArray &bytes, const QString &path, const ImportOptions &options);

    Database &m_db;
};

} // namespace Recoupe

Q_DECLARE_METATYPE(Recoupe::ImportOutcome)
