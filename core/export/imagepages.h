// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pdfpage.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace Recoupe {

// An image source as a PDF: one page per frame, each the size its PdfPage row gives in points,
// holding the frame at its own resolution. The exporter then treats it like a scanned PDF: the
// invisible OCR text layer (PdfTextLayer) and the highlights go on these pages.
class ImagePages
{
    Q_DECLARE_TR_FUNCTIONS(ImagePages)

public:
    // `name` names the source in messages.
    static Result<QByteArray> toPdf(
        const QByteArray &image, const QVector<PdfPage> &pages, const QString &name);
};

} // namespace Recoupe
