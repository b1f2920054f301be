// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimporter.h"

#include "languageguesser.h"
#include "pdfscanreader.h"
#include "publicationdate.h"
#include "storage/sourcestore.h"
#include "textimporter.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>

#include <poppler-qt6.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace Recoupe {

namespace {

constexpr int MinPagesPerThread = 16; // below that, a second document costs more than it saves

struct PageText
{
    QString text;
    QVector<PdfWord> words; // starts relative to `text`
    QString ocrLanguages; // set when the text came from OCR
    double ocrConfidence = 0;
    QByteArray wordConfidences;
    double width = 0;
    double height = 0;
    int rotation = 0;
};

// The character collections (Adobe-Japan1…) Poppler could not map to text on this thread, for
// lack of its language data (the poppler-data package), gathered while the thread listens. A
// value, not a pointer to the reader's local list, so nothing outlives the read.
thread_local QStringList missingCollections;
thread_local bool listensForCollections = false;

void silencePoppler()
{
    // Poppler prints syntax errors of damaged files on stderr; the outcome says it clearly. It
    // reports them on the thread that reads, so a missing language pack is told to that import.
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) {
                static const QRegularExpression pack(QStringLiteral("Missing language pack for '([^']+)'"));
                const QRegularExpressionMatch m = pack.match(message);
                if (listensForCollections && m.hasMatch() && !missingCollections.contains(m.captured(1)))
                    missingCollections.append(m.captured(1));
            },
            QVariant());
    });
}

int degrees(Poppler::Page::Orientation orientation)
{
    switch (orientation) {
    case Poppler::Page::Landscape:
        return 90;
    case Poppler::Page::UpsideDown:
        return 180;
    case Poppler::Page::Seascape:
        return 270;
    case Poppler::Page::Portrait:
        break;
    }
    return 0;
}

std::unique_ptr<Poppler::Document> openDocument(const QByteArray &bytes, const QString &password)
{
    // Passwords are Latin-1 for older encryption and UTF-8 for AES-256: try both.
    const QByteArray latin1 = password.toLatin1();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes, latin1, latin1);
    if (doc && doc->isLocked() && !password.isEmpty()) {
        const QByteArray utf8 = password.toUtf8();
        if (utf8 != latin1)
            doc->unlock(utf8, utf8);
    }
    return doc;
}

// Typeset text often holds ligature characters (ﬁ, ﬂ, ﬀ…) and Arabic text its letters' contextual
// shapes (presentation forms, U+FB50–U+FDFF and U+FE70–U+FEFF): spell them out as plain letters,
// so that "notiﬁcation" is found by searching "notification" and Arabic typed on a keyboard
// matches.
QString expandLigatures(QString word)
{
    for (const QChar c : std::as_const(word)) {
        const char16_t u = c.unicode();
        if ((u >= 0xFB00 && u <= 0xFB06) || (u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF))
            return word.normalized(QString::NormalizationForm_KC);
    }
    return word;
}

// One word of a line as Poppler reads it, left to right as it is drawn.
struct LineWord
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

bool hasRightToLeft(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Direction d = c.direction();
        if (d == QChar::DirR || d == QChar::DirAL)
            return true;
    }
    return false;
}

// Appends a line in reading (logical) order, as pdftotext does. PDFs draw right-to-left text in
// visual order, so Poppler gives an Arabic line's words from left to right, each with its letters
// reversed; ICU's inverse Unicode BiDi algorithm turns the drawn line back into the text a reader
// reads, and each piece of a word keeps its word's box.
void appendLine(const QVector<LineWord> &line, PageText &out)
{
    // Ligatures are spelled out once the letters are in reading order: a right-to-left ligature
    // spells its letters in reading order too.
    auto append = [&](QStringView piece, int word) {
        const QString letters = expandLigatures(piece.toString());
        PdfWord w;
        w.start = qint32(out.text.size());
        w.length = qint32(letters.size());
        w.box = line[word].box;
        out.text += letters;
        out.words.append(w);
    };
    const bool rightToLeft = std::any_of(
        line.cbegin(), line.cend(), [](const LineWord &word) { return hasRightToLeft(word.text); });
    if (!rightToLeft) {
        for (int i = 0; i < line.size(); ++i) {
            append(line[i].text, i);
            if (line[i].spaceAfter && i + 1 < line.size())
                out.text += QLatin1Char(' ');
        }
        return;
    }

    QString drawn;
    QVector<int> wordOf; // per character of `drawn`: its word, -1 for a space between words
    for (int i = 0; i < line.size(); ++i) {
        drawn += line[i].text;
        wordOf.insert(wordOf.size(), line[i].text.size(), i);
        if (line[i].spaceAfter && i + 1 < line.size()) {
            drawn += QLatin1Char(' ');
            wordOf.append(-1);
        }
    }
    UErrorCode error = U_ZERO_ERROR;
    UBiDi *bidi = ubidi_openSized(int32_t(drawn.size()), 0, &error);
    // Inverse: the input is the visual order and the "reordered" output the logical one. The
    // line reads right to left when most of its letters do.
    int strongLeft = 0;
    int strongRight = 0;
    for (const QChar c : std::as_const(drawn)) {
        const QChar::Direction d = c.direction();
        strongLeft += d == QChar::DirL;
        strongRight += d == QChar::DirR || d == QChar::DirAL;
    }
    ubidi_setInverse(bidi, true);
    ubidi_setPara(bidi, reinterpret_cast<const UChar *>(drawn.utf16()), int32_t(drawn.size()),
        strongRight >= strongLeft ? 1 : 0, nullptr, &error);
    QString logical(drawn.size(), Qt::Uninitialized);
    const int32_t written = ubidi_writeReordered(
        bidi, reinterpret_cast<UChar *>(logical.data()), int32_t(logical.size()), UBIDI_DO_MIRRORING, &error);
    QVector<int32_t> map(drawn.size());
    ubidi_getVisualMap(bidi, map.data(), &error);
    ubidi_close(bidi);
    if (U_FAILURE(error) || written != drawn.size()) {
        // Cannot happen with valid UTF-16; keep the drawn order rather than lose the line.
        logical = drawn;
        for (int32_t i = 0; i < int32_t(map.size()); ++i)
            map[i] = i;
    }
    // Pieces of the same word that end up side by side form one word again.
    qsizetype pieceStart = 0;
    int pieceWord = -1;
    for (qsizetype i = 0; i <= logical.size(); ++i) {
        const int word = i < logical.size() ? wordOf[map[i]] : -2;
        if (word == pieceWord)
            continue;
        if (pieceWord >= 0)
            append(QStringView(logical).mid(pieceStart, i - pieceStart), pieceWord);
        else if (pieceWord == -1)
            out.text += QStringView(logical).mid(pieceStart, i - pieceStart);
        pieceStart = i;
        pieceWord = word;
    }
}

void readPage(const Poppler::Document &doc, int index, PageText &out)
{
    const std::unique_ptr<Poppler::Page> page = doc.page(index);
    if (!page)
        return;
    const QSizeF size = page->pageSizeF();
    out.width = size.width();
    out.height = size.height();
    out.rotation = degrees(page->orientation());
    const QRectF pageRect(0, 0, out.width, out.height);

    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
    out.text.reserve(qsizetype(boxes.size()) * 7);
    out.words.reserve(qsizetype(boxes.size()));
    QRectF lineBox; // the current line's extent, to tell a new block from the next line
    bool vertical = false; // a column of CJK text written top to bottom
    // On a page turned a quarter, horizontal text is displayed vertically; its lines keep being
    // told apart as before.
    const bool upright = out.rotation % 180 == 0;
    QVector<LineWord> line;
    for (size_t k = 0; k < boxes.size(); ++k) {
        const Poppler::TextBox *box = boxes[k].get();
        const Poppler::TextBox *next = k + 1 < boxes.size() ? boxes[k + 1].get() : nullptr;
        const QString word = box->text();
        const QRectF rect = box->boundingBox();
        if (!word.isEmpty()) {
            LineWord w;
            w.text = word;
            w.box = rect.intersected(pageRect);
            if (w.box.isEmpty() && !rect.isEmpty()) // off the page: keep a point on its edge
                w.box = QRectF(QPointF(qBound(0.0, rect.x(), out.width), qBound(0.0, rect.y(), out.height)),
                    QSizeF(0, 0));
            w.spaceAfter = box->hasSpaceAfter();
            line.append(w);
            if (upright && word.size() >= 2) {
                const QPointF step = box->charBoundingBox(1).center() - box->charBoundingBox(0).center();
                vertical = vertical || qAbs(step.y()) > qAbs(step.x());
            }
            lineBox = lineBox.isNull() ? rect : lineBox.united(rect);
        } else if (!line.isEmpty()) {
            line.last().spaceAfter = line.last().spaceAfter || box->hasSpaceAfter();
        }
        if (next && box->nextWord() == next)
            continue;
        if (!line.isEmpty()) {
            appendLine(line, out);
            line.clear();
        }
        if (!next)
            break;
        if (lineBox.isNull())
            continue;
        // End of a line. A clear gap, or the next line before this one (a new column), starts a
        // new block. Vertical lines follow each other from right to left.
        const QRectF nextRect = next->boundingBox();
        bool gap = false;
        bool backUp = false;
        if (vertical) {
            gap = lineBox.left() - nextRect.right() > 0.8 * qMax(1.0, lineBox.width());
            backUp = nextRect.left() > lineBox.right();
        } else {
            gap = nextRect.top() - lineBox.bottom() > 0.8 * qMax(1.0, lineBox.height());
            backUp = nextRect.bottom() < lineBox.top();
        }
        out.text += (gap || backUp) ? QLatin1String("\n\n") : QLatin1String("\n");
        lineBox = QRectF();
        vertical = false;
    }
}

} // namespace

QString PdfImporter::id() const
{
    return QStringLiteral("pdf");
}

QString PdfImporter::displayName() const
{
    //: File dialog filter name
    return tr("PDF documents");
}

QStringList PdfImporter::extensions() const
{
    return {QStringLiteral("pdf")};
}

bool PdfImporter::recognizes(const QByteArray &head) const
{
    return head.left(1024).contains("%PDF-");
}

Importer::ReadResult PdfImporter::read(
    const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const
{
    silencePoppler();
    if (!recognizes(bytes)) {
        return failed(
            tr("%1 is not a PDF file: it does not start with the PDF signature. It may be another kind "
               "of document renamed to .pdf.")
                .arg(context.path));
    }
    std::unique_ptr<Poppler::Document> doc = openDocument(bytes, context.password);
    if (!doc) {
        return failed(
            tr("%1 is damaged or incomplete: Poppler cannot read its structure. If it was downloaded, "
               "download it again.")
                .arg(context.path));
    }
    if (doc->isLocked()) {
        if (context.password.isEmpty())
            return {Outcome::NeedsPassword,
                tr("%1 is protected by a password. Give its password to import it.").arg(context.path)};
        return {
            Outcome::NeedsPassword, tr("The password given for %1 is not the right one.").arg(context.path)};
    }
    const int pageCount = doc->numPages();
    if (pageCount <= 0)
        return failed(tr("%1 has no pages: the file is probably truncated or damaged.").arg(context.path));

    // Pages are handed out one at a time to the threads, each with its own document.
    int threads = context.threads > 0 ? context.threads : QThread::idealThreadCount();
    threads = qBound(1, qMin(threads, pageCount / MinPagesPerThread), 16);
    std::vector<PageText> pages(static_cast<size_t>(pageCount));
    std::atomic<int> nextPage {0};
    std::atomic<int> pagesDone {0};
    std::mutex collectionsLock;
    QStringList collections;
    auto work = [&](const Poppler::Document &document, bool reportsProgress) {
        missingCollections.clear();
        listensForCollections = true;
        const auto collect = qScopeGuard([&] {
            listensForCollections = false;
            const QStringList missing = std::exchange(missingCollections, QStringList());
            const std::lock_guard<std::mutex> lock(collectionsLock);
            for (const QString &name : std::as_const(missing)) {
                if (!collections.contains(name))
                    collections.append(name);
            }
        });
        for (;;) {
            if (context.isCancelled())
                return;
            const int index = nextPage.fetch_add(1);
            if (index >= pageCount)
                return;
            readPage(document, index, pages[size_t(index)]);
            const int done = pagesDone.fetch_add(1) + 1;
            if (reportsProgress)
                context.reportProgress(0.25 * double(done) / double(pageCount));
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t) {
        helpers.emplace_back([&] {
            const std::unique_ptr<Poppler::Document> own = openDocument(bytes, context.password);
            if (own && !own->isLocked())
                work(*own, false);
        });
    }
    work(*doc, true);
    for (std::thread &helper : helpers)
        helper.join();
    if (context.isCancelled())
        return cancelled();

    // Pages without a usable text layer are scans: read them by OCR.
    QVector<int> scans;
    QString ownText;
    for (int i = 0; i < pageCount; ++i) {
        if (PdfScanReader::needsOcr(pages[size_t(i)].text))
            scans.append(i);
        else if (ownText.size() < 10000)
            ownText += pages[size_t(i)].text + QLatin1Char('\n');
    }
    if (!scans.isEmpty()) {
        QString languages = context.ocrLanguages;
        if (languages.isEmpty()) {
            const QString guessed = LanguageGuesser::guess(ownText);
            languages = OcrEngine::languagesFor(guessed.isEmpty() ? context.dossierLanguage : guessed);
        }
        const Result<QVector<OcrText>> read
            = PdfScanReader::read(bytes, scans, languages, context, 0.25, 0.95);
        if (context.isCancelled())
            return cancelled();
        if (!read) {
            draft.warnings.append(
                tr("The scanned pages of %1 were not read: %2").arg(context.path, read.error()));
        } else {
            for (qsizetype k = 0; k < scans.size(); ++k) {
                PageText &page = pages[size_t(scans[k])];
                const OcrText &ocr = read->at(k);
                if (ocr.blank)
                    continue;
                page.text = ocr.text;
                page.words = ocr.words;
                page.ocrLanguages = languages;
                page.ocrConfidence = ocr.meanConfidence;
                page.wordConfidences = ocr.confidences;
            }
        }
    }

    // Assemble in page order; each page's range ends after the blank line that follows it.
    QString text;
    qsizetype total = 0;
    for (const PageText &page : pages)
        total += page.text.size() + 2;
    text.reserve(total);
    draft.pages.reserve(pageCount);
    int previousWithText = -1;
    for (int i = 0; i < pageCount; ++i) {
        PageText &page = pages[size_t(i)];
        PdfPage out;
        out.page = i;
        out.width = page.width;
        out.height = page.height;
        out.rotation = page.rotation;
        out.ocrLanguage = page.ocrLanguages;
        out.ocrConfidence = page.ocrConfidence;
        out.wordConfidences = page.wordConfidences;
        if (page.text.isEmpty()) {
            // Placed once the page with text before it has its final end (below).
            draft.pages.append(out);
            continue;
        }
        if (previousWithText >= 0) {
            text += QLatin1String("\n\n");
            draft.pages[previousWithText].textEnd = text.size();
        }
        out.textStart = text.size();
        text += page.text;
        out.textEnd = text.size();
        out.words = std::move(page.words);
        for (PdfWord &word : out.words)
            word.start += qint32(out.textStart);
        page.text.clear();
        previousWithText = i;
        draft.pages.append(out);
    }
    PdfPage::placeBlankPages(draft.pages);
    Source &s = draft.source;
    s.kind = SourceKind::Pdf;
    const Poppler::Document::PdfVersion version = doc->getPdfVersion();
    s.encoding = QStringLiteral("PDF %1.%2").arg(version.major).arg(version.minor);
    QString title = doc->title().simplified();
    static const QLatin1String wordPrefix("Microsoft Word - ");
    if (title.startsWith(wordPrefix))
        title = title.mid(wordPrefix.size()).trimmed();
    s.title = title.isEmpty() ? TextImporter::titleFromText(text, context.fileName()) : title;
    s.author = doc->author().simplified();
    s.published = PublicationDate::fromDateTime(doc->creationDate());
    s.language = LanguageGuesser::guess(text);
    // Poppler rebuilds a PDF whose end is missing from its objects; say so, pages may be lost.
    if (!bytes.right(1024).contains("%%EOF")) {
        draft.warnings.append(tr("%1 does not end like a complete PDF file: it was probably cut short (an "
                                 "interrupted download?). Pages or text may be missing.")
                                  .arg(context.path));
    }
    if (!collections.isEmpty()) {
        collections.sort();
        draft.warnings.append(
            tr("%1 has text in Chinese, Japanese or Korean fonts (%2) that cannot be read without "
               "Poppler's language data: install the poppler-data package and import the file again to "
               "search and annotate that text.")
                .arg(context.path, collections.join(QLatin1String(", "))));
    } else if (text.isEmpty()) {
        draft.warnings.append(
            tr("%1 has no text layer: its scanned pages cannot be searched or annotated as text. "
               "Run text recognition (OCR) on it and import the result to search it.")
                .arg(context.path));
    }
    draft.text = std::move(text);
    context.reportProgress(1.0);
    return {};
}

} // namespace Recoupe
