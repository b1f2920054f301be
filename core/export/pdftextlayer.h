// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pdfpage.h"
#include "pdfpagegeometry.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

namespace Recoupe {

class PdfDocument;

// The invisible text layer of scanned pages, as OCRmyPDF writes it: under each OCR word's box,
// the word in text render mode 3 (neither filled nor stroked), stretched with Tz to the box's
// width, so that text extraction, search and selection in any reader find the words where the
// scan shows them. The font is the standard Helvetica with WinAnsiEncoding (no font embedded;
// nothing is drawn); characters outside that encoding are written as '?'.
//
// The layer goes in a new content stream placed before the page's own, so the original content
// and its graphics state are untouched; the page's resources get a copy with one more font.
class PdfTextLayer
{
    Q_DECLARE_TR_FUNCTIONS(PdfTextLayer)

public:
    // Adds the layer to every OCR page of `pages` (`text` is the source's canonical text, which
    // the word starts index). Returns the number of pages that received a layer.
    static Result<int> add(PdfDocument &document, const QVector<PdfPage> &pages, const QString &text);

    // The content stream for one page's words, in user space of a page with `geometry`.
    static QByteArray content(
        const PdfPage &page, const QString &text, const PdfPageGeometry &geometry, const QByteArray &fontKey);
};

} // namespace Recoupe
