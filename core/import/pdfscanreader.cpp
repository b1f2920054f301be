// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfscanreader.h"

#include "importer.h"

#include <QThread>

#include <poppler-qt6.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Recoupe {

bool PdfScanReader::isBlank(const QImage &image)
{
    if (image.isNull())
        return false;
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (line[x] < 200)
                return false;
        }
    }
    return true;
}

bool PdfScanReader::needsOcr(const QString &pageText)
{
    int letters = 0;
    int visible = 0;
    for (const QChar c : pageText) {
        if (c.isSpace())
            continue;
        ++visible;
        if (c.isLetter())
            ++letters;
    }
    // A page with words keeps them, however few (a title page, "Annexe 3"): pages with a text
    // layer are never OCR'd. Almost nothing but symbols is what glyphs without Unicode mappings
    // give; code listings and formulas, full of symbols, still have a letter in ten.
    return letters == 0 || letters * 10 < visible;
}

Result<QVector<OcrText>> PdfScanReader::read(const QByteArray &bytes, const QVector<int> &pages,
    const QString &languages, const ImportContext &context, double progressFrom, double progressTo)
{
    auto pdfPages = [&]() -> PageImages {
        const QByteArray password = context.password.toUtf8();
        std::shared_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes, password, password);
        if (!doc || doc->isLocked()) {
            const QByteArray latin1 = context.password.toLatin1();
            doc = Poppler::Document::loadFromData(bytes, latin1, latin1);
        }
        if (!doc || doc->isLocked())
            return {};
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        return [doc, &pages](int k) {
            PageImage out;
            const std::unique_ptr<Poppler::Page> page = doc->page(pages[k]);
            if (!page) {
                out.blank = true;
                return out;
            }
            out.points = page->pageSizeF();
            // A blank page (a verso left empty in a book with a text layer) has nothing to read:
            // a glance at a coarse rendering spares Tesseract a 300 dpi page of white.
            if (isBlank(page->renderToImage(BlankCheckDpi, BlankCheckDpi))) {
                out.blank = true;
                return out;
            }
            out.image = page->renderToImage(DotsPerInch, DotsPerInch);
            out.dotsPerInch = DotsPerInch;
            return out;
        };
    };
    return readImages(int(pages.size()), pdfPages, languages, context, progressFrom, progressTo);
}

Result<QVector<OcrText>> PdfScanReader::readImages(int count,
    const std::function<PageImages()> &pageImagesForThread, const QString &languages,
    const ImportContext &context, double progressFrom, double progressTo)
{
    const QString missing = OcrEngine::missingModels(languages);
    if (!missing.isEmpty())
        return Error {missing};
    QVector<OcrText> out(count);
    if (count <= 0)
        return out;
    int threads = context.threads > 0 ? context.threads : QThread::idealThreadCount();
    threads = qBound(1, qMin(threads, count), 16);
    std::atomic<int> next {0};
    std::atomic<int> done {0};
    std::atomic<bool> loadFailed {false};
    std::atomic<bool> stop {false};
    std::mutex errorLock;
    QString error;
    auto work = [&](bool reportsProgress) {
        const PageImages pageImages = pageImagesForThread();
        if (!pageImages)
            return;
        OcrEngine engine;
        if (!engine.load(languages).ok()) {
            loadFailed = true;
            return;
        }
        for (;;) {
            if (context.isCancelled() || stop)
                return;
            const int k = next.fetch_add(1);
            if (k >= count)
                return;
            PageImage page = pageImages(k);
            if (!page.error.isEmpty()) {
                const std::lock_guard<std::mutex> lock(errorLock);
                if (error.isEmpty())
                    error = page.error;
                stop = true;
                return;
            }
            if (page.blank || page.image.isNull()) {
                out[k].blank = true;
            } else {
                OcrText text = engine.read(page.image, page.dotsPerInch);
                page.image = QImage(); // a 300 dpi page weighs tens of megabytes
                // Pixels to points, clipped to the page as Poppler's boxes are.
                const double scale = 72.0 / page.dotsPerInch;
                const QRectF pageRect(QPointF(0, 0), page.points);
                for (PdfWord &word : text.words) {
                    const QRectF box(word.box.x() * scale, word.box.y() * scale, word.box.width() * scale,
                        word.box.height() * scale);
                    word.box = box.intersected(pageRect);
                }
                out[k] = std::move(text);
            }
            const int finished = done.fetch_add(1) + 1;
            if (reportsProgress)
                context.reportProgress(
                    progressFrom + (progressTo - progressFrom) * double(finished) / double(count));
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back([&] { work(false); });
    work(true);
    for (std::thread &helper : helpers)
        helper.join();
    if (!error.isEmpty())
        return Error {error};
    if (loadFailed)
        return Error {tr("Tesseract cannot load its models for “%1”.").arg(languages)};
    return out;
}

} // namespace Recoupe
