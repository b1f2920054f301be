// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ocrengine.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QVector>

#include <functional>

namespace Recoupe {

struct ImportContext;

// The pages of a PDF that have no usable text layer, read by OCR: each page rendered by Poppler
// at 300 dpi and read by Tesseract, on several threads, each with its own Poppler document and
// its own engine. Word boxes come back in page points, as displayed (like Poppler's own word
// boxes), so the rest of the program treats OCR words like any other.
class PdfScanReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfScanReader)

public:
    static constexpr int DotsPerInch = 300;
    // Coarse enough to be quick, fine enough to see a line of print.
    static constexpr int BlankCheckDpi = 24;

    // Whether a page's own text is unusable: no letters, or almost only symbols (glyphs without
    // Unicode mappings, a scanner's stray marks).
    static bool needsOcr(const QString &pageText);
    // Whether a rendering of a page holds no ink at all.
    static bool isBlank(const QImage &image);

    // Reads `pages` (0-based) of the PDF in `languages` ("fra+eng"); one OcrText per page, in
    // the order given. Progress goes from `progressFrom` to `progressTo` of the context's.
    // Fails when a model is missing; on cancel, returns what was read so far (the caller
    // checks the context).
    static Result<QVector<OcrText>> read(const QByteArray &bytes, const QVector<int> &pages,
        const QString &languages, const ImportContext &context, double progressFrom, double progressTo);

    // One page image to read, as a PageImages function gives it.
    struct PageImage
    {
        QImage image; // null with `blank` false: the page could not be decoded, see `error`
        int dotsPerInch = DotsPerInch;
        QSizeF points; // the page's size in points, to clip word boxes to
        bool blank = false; // nothing to read: no OCR, OcrText::blank
        QString error; // translated, names the file; stops the whole read
    };
    // Gives page `k` of those to read. Made once per worker thread, so that each thread has its
    // own decoder (Poppler documents and image readers are not thread-safe).
    using PageImages = std::function<PageImage(int k)>;

    // The parallel loop under read(), for any kind of page image (image files' frames): `count`
    // pages, one engine per thread, progress and cancel as read() has them. Word boxes come back
    // in points (pixels × 72 / the image's dpi), clipped to the page.
    static Result<QVector<OcrText>> readImages(int count,
        const std::function<PageImages()> &pageImagesForThread, const QString &languages,
        const ImportContext &context, double progressFrom, double progressTo);
};

} // namespace Recoupe
