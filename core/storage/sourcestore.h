// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/mailheaders.h"
#include "model/pdfpage.h"
#include "model/source.h"
#include "result.h"
#include "statement.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>
#include <vector>

namespace Recoupe {

class Database;

// Everything an importer hands over for one new source.
struct SourceDraft
{
    Source source; // metadata; id, sha256, byteSize, textLength and pageCount are filled by the store
    QByteArray original;
    QString text; // canonical plain text, paragraphs separated by blank lines
    QVector<PdfPage> pages; // PDFs: one per page, with textStart/textEnd into `text`
    QStringList warnings; // shown to the user after import (e.g. "no text layer")
    MailHeaders mail; // e-mails only
    // Sources that came inside this one (a message's attachments), stored with it and linked
    // to it; `original` and `origin` are set by the importer.
    std::vector<SourceDraft> attachments;
};

// One version of a source's content, as its history lists it: version 1 is what was first
// imported, the highest one is the current content; the others were replaced by a newer version.
struct SourceVersion
{
    int version = 0;
    QDateTime importedAt; // when this version came into the dossier
    QDateTime replacedAt; // when a newer version replaced it; invalid for the current one
    QString sha256; // hex, of the original bytes
    qint64 byteSize = 0;
    QString encoding;
    int pageCount = 0;
    bool current = false;
};

// Reads and writes sources, their original bytes, their text and the PDF page map.
class SourceStore
{
    Q_DECLARE_TR_FUNCTIONS(SourceStore)

public:
    explicit SourceStore(Database &db);

    // Inserts the whole source in one transaction: row, original bytes, text chunks (indexed
    // for search), PDF pages, message headers and attachments (an attachment already in the
    // dossier is not stored twice: a warning says so). Nothing is written if any part fails.
    Result<qint64> insert(SourceDraft &draft);

    // Swaps in a new version of a source's bytes, text and pages, keeping its id and metadata
    // (the import date becomes the draft's: that of the new version).
    Status replaceContent(qint64 id, SourceDraft &draft);
    // The history of a source's content, oldest first, the current content last.
    QVector<SourceVersion> versions(qint64 id);
    // Keeps a replaced version: its bytes and text stay readable by version number.
    Status addVersion(qint64 id, const SourceVersion &version, const QByteArray &bytes, const QString &text);
    Status removeVersion(qint64 id, int version);
    // The original bytes and the text of one version (the current one included); empty if none.
    QByteArray versionOriginal(qint64 id, int version);
    QString versionText(qint64 id, int version);
    // The stored content of a source, in the form an importer produces.
    Result<SourceDraft> content(qint64 id);

    // The source with these original bytes, including one the user removed (0 if none).
    qint64 findBySha256(const QString &sha256Hex, bool *removed = nullptr);

    std::optional<Source> get(qint64 id);
    // Live (not removed) sources in library order (import order), `limit` < 0 for all.
    QVector<Source> list(int offset = 0, int limit = -1);
    int count();

    // The headers of an e-mail source; empty for other sources.
    MailHeaders mailHeaders(qint64 id);
    // The live attachments of a message, in their order in it.
    QVector<Source> attachments(qint64 id);
    // The live messages of the thread this message belongs to, by date sent (itself included).
    QVector<Source> thread(qint64 id);

    QString text(qint64 id);
    QString textRange(qint64 id, qint64 start, qint64 end);
    QByteArray original(qint64 id);
    QVector<PdfPage> pdfPages(qint64 id);
    // The page holding text offset `offset`, or -1 for non-PDF sources.
    int pageAt(qint64 id, qint64 offset);

    // Soft removal: the source (with its attachments) disappears from listings and search but
    // keeps its data, so removing (and importing) can be undone.
    Status setRemoved(qint64 id, bool removed);
    // Title and descriptive metadata; the text and bytes are never changed.
    Status updateMetadata(const Source &source);
    // Deletes removed sources for good.
    Status purgeRemoved();

    // Where the text is cut into chunks: at paragraph ends near `target` characters. Returns
    // the start offset of each chunk, relative to `text`.
    static QVector<qint64> chunkBoundaries(QStringView text, qint64 target = 8192);

private:
    Status writeContent(qint64 id, const SourceDraft &draft);
    Status writeMessage(qint64 id, MailHeaders &mail);
    Source readRow(const Statement &stmt) const;

    Database &m_db;
};

} // namespace Recoupe
