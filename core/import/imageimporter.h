// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

namespace Recoupe {

// Images as sources: PNG, JPEG, TIFF (each frame of a multi-page TIFF a page) and WebP where
// Qt's image plugins read it (Debian's qt6-image-formats-plugins). The original bytes are the
// source; each frame is a page read by OCR (PdfScanReader's parallel loop), stored exactly as
// a PDF page is: its size in points (pixels × 72 / the image's dpi, 300 when the file gives
// none) and its words' boxes in points, so that search, highlights and exports need no special
// case. A frame too large to decode is refused before decoding, saying its size.
class ImageImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(ImageImporter)

public:
    // Beyond these a frame is refused: decoding it would take gigabytes.
    static constexpr int MaxSide = 20000;
    static constexpr qint64 MaxPixels = 150LL * 1000 * 1000;
    // What a file without a resolution (or with the meaningless 72 dpi) is taken to be scanned at.
    static constexpr int DefaultDotsPerInch = 300;

    QString id() const override;
    QString displayName() const override;
    QStringList extensions() const override;
    bool recognizes(const QByteArray &head) const override;
    ReadResult read(const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const override;

    // Frame `index` of the image bytes, decoded (scaled to `width` pixels wide, keeping its
    // proportions, when `width` > 0); null when it cannot be decoded or is larger than the caps.
    // `error` gets the reason, naming `name`.
    static QImage frame(const QByteArray &bytes, int index, int width = 0, const QString &name = QString(),
        QString *error = nullptr);
    // The resolution an image was made at, DefaultDotsPerInch when it does not say.
    static int dotsPerInch(const QImage &image);
};

} // namespace Recoupe
