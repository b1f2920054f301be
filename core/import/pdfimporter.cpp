// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimporter.h"

#include "languageguesser.h"
#include "pdfscanreader.h"
#include "publicationdate.h"
#include "storage/sourcestore.h"
#include "textimporter.h"

#include <QThread>

#include <poppler-qt6.h>

#include <memory>
#include <mutex>
#include <thread>
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

void silencePoppler()
{
    // Poppler prints syntax errors of damaged files on stderr; the outcome says it clearly.
    static std::once_flag once;
    std::call_once(
        once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant()); });
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

// Typeset text often holds ligature characters (ﬁ, ﬂ, ﬀ…): spell them out, as pdftotext does,
// so that "notiﬁcation" is found by searching "notification" and quotes typed by hand match.
QString expandLigatures(QString word)
{
    for (const QChar c : std::as_const(word)) {
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            return word.normalized(QString::NormalizationForm_KC);
    }
    return word;
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
    for (size_t k = 0; k < boxes.size(); ++k) {
        const Poppler::TextBox *box = boxes[k].get();
        const QString word = expandLigatures(box->text());
        if (word.isEmpty())
            continue;
        const QRectF rect = box->boundingBox();
        PdfWord w;
        w.start = qint32(out.text.size());
        w.length = qint32(word.size());
        w.box = rect.intersected(pageRect);
        if (w.box.isEmpty() && !rect.isEmpty()) // off the page: keep a point on its edge
            w.box = QRectF(
                QPointF(qBound(0.0, rect.x(), out.width), qBound(0.0, rect.y(), out.height)), QSizeF(0, 0));
        out.text += word;
        out.words.append(w);
        lineBox = lineBox.isNull() ? rect : lineBox.united(rect);

        const Poppler::TextBox *next = k + 1 < boxes.size() ? boxes[k + 1].get() : nullptr;
        if (!next)
            break;
        if (box->nextWord() == next) {
            if (box->hasSpaceAfter())
                out.text += QLatin1Char(' ');
            continue;
        }
        // End of a line. A clear vertical gap, or the next line above this one (a new column),
        // starts a new block.
        const QRectF nextRect = next->boundingBox();
        const double lineHeight = qMax(1.0, lineBox.height());
        const bool gap = nextRect.top() - lineBox.bottom() > 0.8 * lineHeight;
        const bool backUp = nextRect.bottom() < lineBox.top();
        out.text += (gap || backUp) ? QLatin1String("\n\n") : QLatin1String("\n");
        lineBox = QRectF();
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
    auto work = [&](const Poppler::Document &document, bool reportsProgress) {
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
            // Before the blank line that will follow the previous page with text.
            const qsizetype at = previousWithText < 0 ? 0 : draft.pages[previousWithText].textEnd;
            out.textStart = out.textEnd = at;
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
    if (text.isEmpty()) {
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
