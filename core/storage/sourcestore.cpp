// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcestore.h"

#include "database.h"
#include "transaction.h"

#include <QCryptographicHash>

namespace Recoupe {

namespace {

QString hashHex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const char *const SourceColumns
    = "s.id, s.title, s.kind, s.origin, s.canonical_url, s.publisher, s.author, "
      "s.published, s.imported_at, s.sha256, s.byte_size, s.language, s.encoding, "
      "s.text_length, s.page_count, s.parent_id, s.position";

QByteArray selectSources(const char *tail)
{
    return QByteArray("SELECT ") + SourceColumns
        + ", (SELECT count(*) FROM anchors a JOIN annotations n ON n.anchor_id = a.id WHERE a.source_id = "
          "s.id)"
          " FROM sources s "
        + tail;
}

} // namespace

SourceStore::SourceStore(Database &db)
    : m_db(db)
{ }

QVector<qint64> SourceStore::chunkBoundaries(QStringView text, qint64 target)
{
    // Each boundary is the start of a chunk. Cut after the paragraph break nearest to `target`
    // within [target/2, target*2), else after a line end or a space, as a last resort anywhere.
    // Searches stay inside that window so a huge text without breaks is still cut in linear time.
    QVector<qint64> starts {0};
    qint64 start = 0;
    while (text.size() - start > target * 2) {
        const QStringView window = text.mid(start, target * 2);
        qint64 cut = window.lastIndexOf(QLatin1String("\n\n"));
        if (cut >= target / 2) {
            cut += 2;
        } else {
            cut = window.lastIndexOf(QLatin1Char('\n'));
            if (cut < target / 2)
                cut = window.lastIndexOf(QLatin1Char(' '));
            cut = cut < target / 2 ? target : cut + 1;
            // Never split a surrogate pair.
            if (window.at(cut - 1).isHighSurrogate())
                ++cut;
        }
        start += cut;
        starts.append(start);
    }
    return starts;
}

Result<qint64> SourceStore::insert(SourceDraft &draft)
{
    Source &s = draft.source;
    // Importers hash the bytes first (to recognise a file already imported): reuse that.
    if (s.sha256.size() != 64)
        s.sha256 = hashHex(draft.original);
    s.byteSize = draft.original.size();
    s.textLength = draft.text.size();
    s.pageCount = int(draft.pages.size());
    if (!s.importedAt.isValid())
        s.importedAt = QDateTime::currentDateTimeUtc();

    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {tr("Cannot write to the dossier: %1").arg(tx.error())};

    Statement &row = m_db.cached(
        "INSERT INTO sources(title, kind, origin, canonical_url, publisher, author, published, imported_at, "
        "sha256, byte_size, language, encoding, text_length, page_count) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    row.bind(1, s.title)
        .bind(2, sourceKindName(s.kind))
        .bind(3, s.origin)
        .bind(4, s.canonicalUrl)
        .bind(5, s.publisher)
        .bind(6, s.author)
        .bind(7, s.published)
        .bind(8, s.importedAt)
        .bind(9, s.sha256)
        .bind(10, s.byteSize)
        .bind(11, s.language)
        .bind(12, s.encoding)
        .bind(13, s.textLength)
        .bind(14, s.pageCount);
    if (!row.exec())
        return Error {tr("Cannot store the source %1: %2").arg(s.origin, m_db.lastError())};
    s.id = m_db.lastInsertId();

    Statement &file = m_db.cached("INSERT INTO source_files(source_id, bytes) VALUES (?1, zeroblob(?2))");
    if (!file.bind(1, s.id).bind(2, s.byteSize).exec())
        return Error {tr("Cannot store the original bytes of %1: %2").arg(s.origin, m_db.lastError())};
    const Status written = m_db.writeBlob("source_files", "bytes", s.id, draft.original);
    if (!written.ok())
        return Error {tr("Cannot store the original bytes of %1: %2").arg(s.origin, written.error())};

    // Only attachments write the columns of format 5, so that tests can still build sources in
    // dossiers of older formats with this store.
    if (s.parentId) {
        Statement &link = m_db.cached("UPDATE sources SET parent_id = ?2, position = ?3 WHERE id = ?1");
        if (!link.bind(1, s.id).bind(2, s.parentId).bind(3, s.position).exec())
            return Error {tr("Cannot store the source %1: %2").arg(s.origin, m_db.lastError())};
    }
    if (s.kind == SourceKind::Email) {
        const Status message = writeMessage(s.id, draft.mail);
        if (!message.ok())
            return Error {message.error()};
    }

    const Status content = writeContent(s.id, draft);
    if (!content.ok())
        return Error {content.error()};

    int position = 0;
    for (SourceDraft &attachment : draft.attachments) {
        attachment.source.parentId = s.id;
        attachment.source.position = position++;
        if (attachment.source.sha256.size() != 64)
            attachment.source.sha256 = hashHex(attachment.original);
        if (const qint64 same = findBySha256(attachment.source.sha256)) {
            const std::optional<Source> existing = get(same);
            draft.warnings.append(
                tr("The attachment %1 is already in the dossier as “%2”; it was not stored again.")
                    .arg(attachment.source.title, existing ? existing->title : QString()));
            continue;
        }
        const Result<qint64> stored = insert(attachment);
        if (!stored)
            return Error {stored.error()};
        draft.warnings += attachment.warnings;
    }

    const Status committed = tx.commit();
    if (!committed.ok())
        return Error {tr("Cannot store the source %1: %2").arg(s.origin, committed.error())};
    return s.id;
}

Status SourceStore::writeContent(qint64 id, const SourceDraft &draft)
{
    const Source &s = draft.source;
    // Chunks: PDFs cut at page ends (and inside long pages), other text at paragraph ends.
    Statement &chunk
        = m_db.cached("INSERT INTO text_chunks(source_id, start, page, body) VALUES (?1, ?2, ?3, ?4)");
    auto insertRange = [&](qint64 from, qint64 to, int page) -> bool {
        const QStringView part = QStringView(draft.text).mid(from, to - from);
        const QVector<qint64> cuts = chunkBoundaries(part);
        for (int i = 0; i < cuts.size(); ++i) {
            const qint64 begin = cuts[i];
            const qint64 end = i + 1 < cuts.size() ? cuts[i + 1] : part.size();
            chunk.bind(1, id)
                .bind(2, from + begin)
                .bind(3, page)
                .bindText(4, part.mid(begin, end - begin).toUtf8());
            if (!chunk.exec())
                return false;
        }
        return true;
    };
    // The chunks must tile the whole text, separators between pages included, so that their
    // concatenation is the text and offsets stay true.
    bool chunksOk = true;
    if (draft.pages.isEmpty()) {
        chunksOk = insertRange(0, draft.text.size(), -1);
    } else {
        for (int i = 0; i < draft.pages.size() && chunksOk; ++i) {
            const qint64 from = i == 0 ? 0 : draft.pages[i].textStart;
            const qint64 to = i + 1 < draft.pages.size() ? draft.pages[i + 1].textStart : draft.text.size();
            if (to > from)
                chunksOk = insertRange(from, to, draft.pages[i].page);
        }
    }
    if (!chunksOk)
        return Error {tr("Cannot index the text of %1: %2").arg(s.origin, m_db.lastError())};

    Statement &pageRow = m_db.cached(
        "INSERT INTO pdf_pages(source_id, page, width, height, rotation, text_start, text_end, words) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const PdfPage &page : draft.pages) {
        const QByteArray words = PdfPage::packWords(page.words);
        pageRow.bind(1, id)
            .bind(2, page.page)
            .bind(3, page.width)
            .bind(4, page.height)
            .bind(5, page.rotation)
            .bind(6, page.textStart)
            .bind(7, page.textEnd)
            .bindBlob(8, words);
        if (!pageRow.exec())
            return Error {tr("Cannot store the pages of %1: %2").arg(s.origin, m_db.lastError())};
        if (!page.isOcr())
            continue;
        Statement &ocrRow = m_db.cached("INSERT INTO ocr_pages(source_id, page, language, confidence, "
                                        "word_confidences) VALUES (?1, ?2, ?3, ?4, ?5)");
        ocrRow.bind(1, id)
            .bind(2, page.page)
            .bind(3, page.ocrLanguage)
            .bind(4, page.ocrConfidence)
            .bindBlob(5, page.wordConfidences);
        if (!ocrRow.exec())
            return Error {tr("Cannot store the pages of %1: %2").arg(s.origin, m_db.lastError())};
    }

    return {};
}

Status SourceStore::writeMessage(qint64 id, MailHeaders &mail)
{
    // The thread is named after its first message: the oldest reference, else the message
    // answered (or its own thread when it is already here), else the message itself.
    if (!mail.references.isEmpty()) {
        mail.thread = mail.references.first();
    } else if (!mail.inReplyTo.isEmpty()) {
        Statement &parent = m_db.cached("SELECT thread FROM source_messages WHERE message_id = ?1 LIMIT 1");
        parent.bind(1, mail.inReplyTo);
        mail.thread = parent.next() ? parent.text(0) : mail.inReplyTo;
    } else {
        mail.thread = mail.messageId.isEmpty() ? QStringLiteral("source-%1").arg(id) : mail.messageId;
    }
    Statement &row = m_db.cached(
        "INSERT INTO source_messages(source_id, message_id, in_reply_to, message_references, sender, "
        "recipients, copied, sent, thread) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    row.bind(1, id)
        .bind(2, mail.messageId)
        .bind(3, mail.inReplyTo)
        .bind(4, mail.references.join(QLatin1Char(' ')))
        .bind(5, mail.from.join(QLatin1Char('\n')))
        .bind(6, mail.to.join(QLatin1Char('\n')))
        .bind(7, mail.cc.join(QLatin1Char('\n')))
        .bind(8, mail.sent.isValid() ? mail.sent.toString(Qt::ISODate) : QString())
        .bind(9, mail.thread);
    if (!row.exec())
        return Error {tr("Cannot store the headers of the message %1: %2").arg(id).arg(m_db.lastError())};
    return {};
}

MailHeaders SourceStore::mailHeaders(qint64 id)
{
    Statement &stmt = m_db.cached("SELECT message_id, in_reply_to, message_references, sender, recipients, "
                                  "copied, sent, thread FROM source_messages WHERE source_id = ?1");
    stmt.bind(1, id);
    MailHeaders mail;
    if (!stmt.next())
        return mail;
    auto lines = [&](int column) {
        return stmt.text(column).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    mail.messageId = stmt.text(0);
    mail.inReplyTo = stmt.text(1);
    mail.references = stmt.text(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    mail.from = lines(3);
    mail.to = lines(4);
    mail.cc = lines(5);
    mail.sent = QDateTime::fromString(stmt.text(6), Qt::ISODate);
    mail.thread = stmt.text(7);
    return mail;
}

QVector<Source> SourceStore::attachments(qint64 id)
{
    static const QByteArray sql
        = selectSources("WHERE s.parent_id = ?1 AND s.removed = 0 ORDER BY s.position");
    Statement &stmt = m_db.cached(sql.constData());
    stmt.bind(1, id);
    QVector<Source> result;
    while (stmt.next())
        result.append(readRow(stmt));
    return result;
}

QVector<Source> SourceStore::thread(qint64 id)
{
    static const QByteArray sql
        = selectSources("JOIN source_messages m ON m.source_id = s.id WHERE s.removed = 0 AND m.thread = "
                        "(SELECT thread FROM source_messages WHERE source_id = ?1) ORDER BY m.sent, s.id");
    Statement &stmt = m_db.cached(sql.constData());
    stmt.bind(1, id);
    QVector<Source> result;
    while (stmt.next())
        result.append(readRow(stmt));
    return result;
}

Status SourceStore::replaceContent(qint64 id, SourceDraft &draft)
{
    Source &s = draft.source;
    s.sha256 = hashHex(draft.original);
    s.byteSize = draft.original.size();
    s.textLength = draft.text.size();
    s.pageCount = int(draft.pages.size());
    const qint64 same = findBySha256(s.sha256);
    if (same && same != id)
        return Error {tr("This content is already in the dossier as source %1.").arg(same)};

    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {tr("Cannot write to the dossier: %1").arg(tx.error())};
    Statement &row
        = m_db.cached("UPDATE sources SET sha256 = ?2, byte_size = ?3, encoding = ?4, text_length = ?5, "
                      "page_count = ?6, imported_at = ifnull(?7, imported_at) WHERE id = ?1");
    row.bind(1, id)
        .bind(2, s.sha256)
        .bind(3, s.byteSize)
        .bind(4, s.encoding)
        .bind(5, s.textLength)
        .bind(6, s.pageCount);
    if (s.importedAt.isValid())
        row.bind(7, s.importedAt);
    else
        row.bindNull(7);
    bool ok = row.exec();
    ok = ok && m_db.cached("DELETE FROM text_chunks WHERE source_id = ?1").bind(1, id).exec();
    ok = ok && m_db.cached("DELETE FROM pdf_pages WHERE source_id = ?1").bind(1, id).exec();
    ok = ok && m_db.cached("DELETE FROM ocr_pages WHERE source_id = ?1").bind(1, id).exec();
    Statement &file = m_db.cached("UPDATE source_files SET bytes = ?2 WHERE source_id = ?1");
    ok = ok && file.bind(1, id).bindBlobStatic(2, draft.original.constData(), draft.original.size()).exec();
    if (!ok)
        return Error {tr("Cannot replace the content of source %1: %2").arg(id).arg(m_db.lastError())};
    const Status content = writeContent(id, draft);
    if (!content.ok())
        return content;
    return tx.commit();
}

QVector<SourceVersion> SourceStore::versions(qint64 id)
{
    QVector<SourceVersion> result;
    Statement &stmt = m_db.cached("SELECT version, imported_at, replaced_at, sha256, byte_size, encoding, "
                                  "page_count FROM source_versions "
                                  "WHERE source_id = ?1 ORDER BY version");
    stmt.bind(1, id);
    while (stmt.next()) {
        SourceVersion v;
        v.version = stmt.int32(0);
        v.importedAt = stmt.dateTime(1);
        v.replacedAt = stmt.dateTime(2);
        v.sha256 = stmt.text(3);
        v.byteSize = stmt.int64(4);
        v.encoding = stmt.text(5);
        v.pageCount = stmt.int32(6);
        result.append(v);
    }
    const auto source = get(id);
    if (!source)
        return {};
    SourceVersion current;
    current.version = result.isEmpty() ? 1 : result.last().version + 1;
    current.importedAt = source->importedAt;
    current.sha256 = source->sha256;
    current.byteSize = source->byteSize;
    current.encoding = source->encoding;
    current.pageCount = source->pageCount;
    current.current = true;
    result.append(current);
    return result;
}

Status SourceStore::addVersion(
    qint64 id, const SourceVersion &version, const QByteArray &bytes, const QString &text)
{
    Statement &stmt
        = m_db.cached("INSERT INTO source_versions(source_id, version, imported_at, replaced_at, sha256, "
                      "byte_size, encoding, page_count, bytes, text) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    stmt.bind(1, id)
        .bind(2, version.version)
        .bind(3, version.importedAt)
        .bind(4, version.replacedAt)
        .bind(5, version.sha256)
        .bind(6, version.byteSize)
        .bind(7, version.encoding)
        .bind(8, version.pageCount)
        .bindBlobStatic(9, bytes.constData(), bytes.size())
        .bind(10, text);
    if (!stmt.exec())
        return Error {
            tr("Cannot keep version %1 of source %2: %3").arg(version.version).arg(id).arg(m_db.lastError())};
    return {};
}

Status SourceStore::removeVersion(qint64 id, int version)
{
    Statement &stmt = m_db.cached("DELETE FROM source_versions WHERE source_id = ?1 AND version = ?2");
    if (!stmt.bind(1, id).bind(2, version).exec())
        return Error {
            tr("Cannot remove version %1 of source %2: %3").arg(version).arg(id).arg(m_db.lastError())};
    return {};
}

QByteArray SourceStore::versionOriginal(qint64 id, int version)
{
    Statement &stmt = m_db.cached("SELECT bytes FROM source_versions WHERE source_id = ?1 AND version = ?2");
    stmt.bind(1, id).bind(2, version);
    if (stmt.next()) {
        QByteArray bytes = stmt.blob(0);
        stmt.reset();
        return bytes;
    }
    const QVector<SourceVersion> all = versions(id);
    return !all.isEmpty() && all.last().version == version ? original(id) : QByteArray();
}

QString SourceStore::versionText(qint64 id, int version)
{
    Statement &stmt = m_db.cached("SELECT text FROM source_versions WHERE source_id = ?1 AND version = ?2");
    stmt.bind(1, id).bind(2, version);
    if (stmt.next()) {
        QString body = stmt.text(0);
        stmt.reset();
        return body;
    }
    const QVector<SourceVersion> all = versions(id);
    return !all.isEmpty() && all.last().version == version ? text(id) : QString();
}

Result<SourceDraft> SourceStore::content(qint64 id)
{
    const auto source = get(id);
    if (!source)
        return Error {tr("There is no source %1 in this dossier.").arg(id)};
    SourceDraft draft;
    draft.source = *source;
    draft.original = original(id);
    draft.text = text(id);
    draft.pages = pdfPages(id);
    return draft;
}

qint64 SourceStore::findBySha256(const QString &sha256Hex, bool *removed)
{
    Statement &stmt = m_db.cached("SELECT id, removed FROM sources WHERE sha256 = ?1");
    stmt.bind(1, sha256Hex);
    if (!stmt.next())
        return 0;
    if (removed)
        *removed = stmt.int32(1) != 0;
    const qint64 id = stmt.int64(0);
    stmt.reset();
    return id;
}

Source SourceStore::readRow(const Statement &stmt) const
{
    Source s;
    s.id = stmt.int64(0);
    s.title = stmt.text(1);
    sourceKindFromName(stmt.text(2), &s.kind);
    s.origin = stmt.text(3);
    s.canonicalUrl = stmt.text(4);
    s.publisher = stmt.text(5);
    s.author = stmt.text(6);
    s.published = stmt.text(7);
    s.importedAt = stmt.dateTime(8);
    s.sha256 = stmt.text(9);
    s.byteSize = stmt.int64(10);
    s.language = stmt.text(11);
    s.encoding = stmt.text(12);
    s.textLength = stmt.int64(13);
    s.pageCount = stmt.int32(14);
    s.parentId = stmt.int64(15);
    s.position = stmt.int32(16);
    s.annotationCount = stmt.int32(17);
    return s;
}

std::optional<Source> SourceStore::get(qint64 id)
{
    static const QByteArray sql = selectSources("WHERE s.id = ?1");
    Statement &stmt = m_db.cached(sql.constData());
    stmt.bind(1, id);
    if (!stmt.next())
        return std::nullopt;
    Source source = readRow(stmt);
    // Done reading: a statement left on its row keeps an old snapshot and blocks the next write.
    stmt.reset();
    return source;
}

QVector<Source> SourceStore::list(int offset, int limit)
{
    static const QByteArray sql = selectSources("WHERE s.removed = 0 ORDER BY s.id LIMIT ?1 OFFSET ?2");
    Statement &stmt = m_db.cached(sql.constData());
    stmt.bind(1, qint64(limit)).bind(2, qint64(offset));
    QVector<Source> result;
    while (stmt.next())
        result.append(readRow(stmt));
    return result;
}

int SourceStore::count()
{
    Statement &stmt = m_db.cached("SELECT count(*) FROM sources WHERE removed = 0");
    return stmt.next() ? stmt.int32(0) : 0;
}

QString SourceStore::text(qint64 id)
{
    Statement &stmt = m_db.cached("SELECT body FROM text_chunks WHERE source_id = ?1 ORDER BY start");
    stmt.bind(1, id);
    QString result;
    while (stmt.next())
        result += stmt.text(0);
    return result;
}

QString SourceStore::textRange(qint64 id, qint64 start, qint64 end)
{
    if (end <= start)
        return QString();
    // The chunks overlapping [start, end): the last one starting at or before `start`, and on.
    Statement &stmt
        = m_db.cached("SELECT start, body FROM text_chunks WHERE source_id = ?1 AND start < ?3 AND start >= "
                      "(SELECT ifnull(max(start), 0) FROM text_chunks WHERE source_id = ?1 AND start <= ?2) "
                      "ORDER BY start");
    stmt.bind(1, id).bind(2, start).bind(3, end);
    QString joined;
    qint64 joinedStart = -1;
    while (stmt.next()) {
        if (joinedStart < 0)
            joinedStart = stmt.int64(0);
        joined += stmt.text(1);
    }
    if (joinedStart < 0)
        return QString();
    return joined.mid(start - joinedStart, end - start);
}

QByteArray SourceStore::original(qint64 id)
{
    Statement &stmt = m_db.cached("SELECT bytes FROM source_files WHERE source_id = ?1");
    stmt.bind(1, id);
    return stmt.next() ? stmt.blob(0) : QByteArray();
}

QVector<PdfPage> SourceStore::pdfPages(qint64 id)
{
    Statement &stmt
        = m_db.cached("SELECT page, width, height, rotation, text_start, text_end, words FROM pdf_pages "
                      "WHERE source_id = ?1 ORDER BY page");
    stmt.bind(1, id);
    QVector<PdfPage> pages;
    while (stmt.next()) {
        PdfPage page;
        page.page = stmt.int32(0);
        page.width = stmt.real(1);
        page.height = stmt.real(2);
        page.rotation = stmt.int32(3);
        page.textStart = stmt.int64(4);
        page.textEnd = stmt.int64(5);
        page.words = PdfPage::unpackWords(stmt.blob(6));
        pages.append(page);
    }
    Statement &ocr = m_db.cached(
        "SELECT page, language, confidence, word_confidences FROM ocr_pages WHERE source_id = ?1");
    ocr.bind(1, id);
    while (ocr.next()) {
        const int index = ocr.int32(0);
        // Page numbers are the indexes in `pages` (one row per page from 0).
        if (index < 0 || index >= pages.size() || pages[index].page != index)
            continue;
        pages[index].ocrLanguage = ocr.text(1);
        pages[index].ocrConfidence = ocr.real(2);
        pages[index].wordConfidences = ocr.blob(3);
    }
    return pages;
}

int SourceStore::pageAt(qint64 id, qint64 offset)
{
    // Pages without text share their start with the next page: the last of them holds the offset.
    Statement &stmt = m_db.cached("SELECT page FROM pdf_pages WHERE source_id = ?1 AND text_start <= ?2 "
                                  "ORDER BY text_start DESC, page DESC LIMIT 1");
    stmt.bind(1, id).bind(2, offset);
    return stmt.next() ? stmt.int32(0) : -1;
}

Status SourceStore::setRemoved(qint64 id, bool removed)
{
    Transaction tx(m_db);
    Statement &stmt = m_db.cached("UPDATE sources SET removed = ?2 WHERE id = ?1");
    stmt.bind(1, id).bind(2, removed ? 1 : 0);
    if (!stmt.exec())
        return Error {tr("Cannot update the source: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no source %1 in this dossier.").arg(id)};
    // A message's attachments go and come back with it.
    Statement &children = m_db.cached("UPDATE sources SET removed = ?2 WHERE parent_id = ?1");
    if (!children.bind(1, id).bind(2, removed ? 1 : 0).exec())
        return Error {tr("Cannot update the source: %1").arg(m_db.lastError())};
    return tx.commit();
}

Status SourceStore::updateMetadata(const Source &s)
{
    Statement &stmt
        = m_db.cached("UPDATE sources SET title = ?2, origin = ?3, canonical_url = ?4, publisher = ?5, "
                      "author = ?6, published = ?7, language = ?8 WHERE id = ?1");
    stmt.bind(1, s.id)
        .bind(2, s.title)
        .bind(3, s.origin)
        .bind(4, s.canonicalUrl)
        .bind(5, s.publisher)
        .bind(6, s.author)
        .bind(7, s.published)
        .bind(8, s.language);
    if (!stmt.exec())
        return Error {tr("Cannot update the source: %1").arg(m_db.lastError())};
    if (m_db.changes() == 0)
        return Error {tr("There is no source %1 in this dossier.").arg(s.id)};
    return {};
}

Status SourceStore::purgeRemoved()
{
    Transaction tx(m_db);
    const Status done = m_db.exec("DELETE FROM sources WHERE removed = 1");
    if (!done.ok())
        return done;
    return tx.commit();
}

} // namespace Recoupe
