// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageimporter.h"

#include "languageguesser.h"
#include "pdfscanreader.h"
#include "storage/sourcestore.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>

#include <cmath>
#include <memory>

namespace Recoupe {

namespace {

// A frame at the caps takes 600 MB as 32-bit pixels: above Qt's default 256 MB limit.
constexpr int AllocationLimitMb = 640;

struct FrameReader
{
    QByteArray data; // a shared copy: threads each read their own
    QBuffer buffer;
    QImageReader reader;
    explicit FrameReader(const QByteArray &bytes)
        : data(bytes)
        , buffer(&data)
    {
        buffer.open(QIODevice::ReadOnly);
        reader.setDevice(&buffer);
        reader.setAllocationLimit(AllocationLimitMb);
        reader.setAutoTransform(true); // a photo's EXIF orientation, as viewers show it
    }
};

bool isMultiPage(const QByteArray &format)
{
    // Only TIFF's frames are pages; an animated WebP's are moments of one picture.
    return format == "tiff" || format == "tif";
}

QString sizeError(const QString &name, const QSize &size)
{
    return ImageImporter::tr("%1 is too large to read: %2 × %3 pixels, when Recoupe reads images up to "
                             "%4 pixels a side and %5 million pixels in all. Scan it again at a lower "
                             "resolution, or cut it into pages.")
        .arg(name)
        .arg(size.width())
        .arg(size.height())
        .arg(ImageImporter::MaxSide)
        .arg(ImageImporter::MaxPixels / 1000000);
}

bool tooLarge(const QSize &size)
{
    return size.width() > ImageImporter::MaxSide || size.height() > ImageImporter::MaxSide
        || qint64(size.width()) * size.height() > ImageImporter::MaxPixels;
}

} // namespace

QString ImageImporter::id() const
{
    return QStringLiteral("image");
}

QString ImageImporter::displayName() const
{
    //: File dialog filter name
    return tr("Images");
}

QStringList ImageImporter::extensions() const
{
    QStringList result = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg")};
    const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    if (formats.contains("tiff"))
        result << QStringLiteral("tif") << QStringLiteral("tiff");
    if (formats.contains("webp"))
        result << QStringLiteral("webp");
    return result;
}

bool ImageImporter::recognizes(const QByteArray &head) const
{
    return head.startsWith("\x89PNG\r\n\x1a\n") || head.startsWith("\xff\xd8\xff") || head.startsWith("II*")
        || head.startsWith(QByteArray("MM\0*", 4)) || (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP");
}

int ImageImporter::dotsPerInch(const QImage &image)
{
    // Qt gives 72 dpi to images that say nothing, and cameras write 72 for no reason: neither is
    // a scan's resolution.
    const int dpi = int(std::lround(image.dotsPerMeterX() * 0.0254));
    return dpi >= 100 && dpi <= 2400 ? dpi : DefaultDotsPerInch;
}

QImage ImageImporter::frame(
    const QByteArray &bytes, int index, int width, const QString &name, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QImage();
    };
    FrameReader f(bytes);
    if (!f.reader.canRead())
        return fail(tr("%1 is not an image Recoupe can read (%2).").arg(name, f.reader.errorString()));
    if (index > 0 && !f.reader.jumpToImage(index))
        return fail(tr("Page %1 of %2 cannot be found: the file is probably truncated or damaged.")
                        .arg(index + 1)
                        .arg(name));
    const QSize full = f.reader.size();
    if (tooLarge(full))
        return fail(sizeError(name, full));
    if (width > 0 && full.width() > 0)
        f.reader.setScaledSize(
            QSize(width, std::max(1, int(std::lround(double(full.height()) * width / full.width())))));
    QImage image = f.reader.read();
    if (image.isNull())
        return fail(tr("Page %1 of %2 cannot be decoded (%3): the file is probably truncated or damaged.")
                        .arg(index + 1)
                        .arg(name, f.reader.errorString()));
    return image;
}

Importer::ReadResult ImageImporter::read(
    const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const
{
    QByteArray format;
    int count = 0;
    {
        FrameReader f(bytes);
        if (!f.reader.canRead())
            return failed(tr("%1 is not an image Recoupe can read: %2. It may be damaged, or another kind "
                             "of file renamed.")
                              .arg(context.path, f.reader.errorString()));
        format = f.reader.format();
        count = isMultiPage(format) ? std::max(1, f.reader.imageCount()) : 1;
        // Sizes come from the headers: a frame too large is refused before anything is decoded.
        for (int i = 0; i < count; ++i) {
            if (i > 0 && !f.reader.jumpToImage(i))
                return failed(tr("Page %1 of %2 cannot be found: the file is probably truncated or damaged.")
                                  .arg(i + 1)
                                  .arg(context.path));
            const QSize size = f.reader.size();
            if (tooLarge(size))
                return failed(sizeError(context.path, size));
        }
    }

    QString languages = context.ocrLanguages;
    if (languages.isEmpty())
        languages = OcrEngine::languagesFor(context.dossierLanguage);
    const QString missing = OcrEngine::missingModels(languages);
    if (!missing.isEmpty())
        return failed(tr("%1 cannot be read: %2").arg(context.path, missing));

    // Each thread decodes its own frames; sizes are written by the thread that reads the frame.
    QVector<QSizeF> points(count);
    auto frames = [&]() -> PdfScanReader::PageImages {
        return [&](int k) {
            PdfScanReader::PageImage page;
            QString error;
            page.image = frame(bytes, k, 0, context.path, &error);
            if (page.image.isNull()) {
                page.error = error;
                return page;
            }
            page.dotsPerInch = dotsPerInch(page.image);
            page.points = QSizeF(
                page.image.width() * 72.0 / page.dotsPerInch, page.image.height() * 72.0 / page.dotsPerInch);
            points[k] = page.points;
            page.blank = PdfScanReader::isBlank(page.image);
            return page;
        };
    };
    const Result<QVector<OcrText>> ocr
        = PdfScanReader::readImages(count, frames, languages, context, 0.0, 0.95);
    if (context.isCancelled())
        return cancelled();
    if (!ocr)
        return failed(ocr.error());

    // Pages in order, as PdfImporter assembles them: each page's range ends after the blank line
    // that follows it; a page without text has an empty range where the text so far ends.
    QString text;
    int previousWithText = -1;
    for (int i = 0; i < count; ++i) {
        const OcrText &read = ocr->at(i);
        PdfPage page;
        page.page = i;
        page.width = points[i].width();
        page.height = points[i].height();
        page.ocrLanguage = languages;
        page.ocrConfidence = read.meanConfidence;
        page.wordConfidences = read.confidences;
        if (read.text.isEmpty()) {
            page.textStart = page.textEnd = text.size();
            draft.pages.append(page);
            continue;
        }
        if (previousWithText >= 0) {
            text += QLatin1String("\n\n");
            draft.pages[previousWithText].textEnd = text.size();
        }
        page.textStart = text.size();
        text += read.text;
        page.textEnd = text.size();
        page.words = read.words;
        for (PdfWord &word : page.words)
            word.start += qint32(page.textStart);
        previousWithText = i;
        draft.pages.append(page);
    }
    PdfPage::placeBlankPages(draft.pages);

    Source &s = draft.source;
    s.kind = SourceKind::Image;
    s.encoding = QString::fromLatin1(format.toUpper());
    // A scan's first line is rarely a title (a letterhead, a date): the file's name says more.
    s.title = QFileInfo(context.fileName()).completeBaseName();
    if (s.title.isEmpty())
        s.title = context.fileName();
    s.language = LanguageGuesser::guess(text);
    if (text.isEmpty())
        draft.warnings.append(
            tr("No text was found in %1: it cannot be searched or annotated.").arg(context.path));
    draft.text = std::move(text);
    context.reportProgress(1.0);
    return {};
}

} // namespace Recoupe
