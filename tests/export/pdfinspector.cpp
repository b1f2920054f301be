// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfinspector.h"

#include "pdffixtures.h"

#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <algorithm>

namespace Recoupe {

namespace {

std::unique_ptr<Poppler::Document> load(const QByteArray &pdf)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    return (doc && !doc->isLocked()) ? std::move(doc) : nullptr;
}

} // namespace

QString PdfInspector::normalized(const QString &text)
{
    QString out = text.simplified();
    // Readers differ on the space before French high punctuation and on curly quotes.
    out.replace(QChar(0x2019), QLatin1Char('\''));
    out.replace(QChar(0x00a0), QLatin1Char(' '));
    out.replace(QChar(0x202f), QLatin1Char(' '));
    return out;
}

int PdfInspector::pageCount(const QByteArray &pdf)
{
    const auto doc = load(pdf);
    return doc ? doc->numPages() : -1;
}

QString PdfInspector::pageText(const QByteArray &pdf, int page)
{
    const auto doc = load(pdf);
    if (!doc)
        return QString();
    const auto p = doc->page(page);
    return p ? p->text(QRectF()) : QString();
}

namespace {

void walk(const QVector<Poppler::OutlineItem> &items, int depth, QVector<PdfInspector::Bookmark> &out)
{
    for (const Poppler::OutlineItem &item : items) {
        PdfInspector::Bookmark b;
        b.title = item.name();
        b.depth = depth;
        const QSharedPointer<const Poppler::LinkDestination> dest = item.destination();
        b.page = dest ? dest->pageNumber() - 1 : -1;
        out.append(b);
        walk(item.children(), depth + 1, out);
    }
}

} // namespace

QVector<PdfInspector::Bookmark> PdfInspector::outline(const QByteArray &pdf)
{
    QVector<Bookmark> out;
    const auto doc = load(pdf);
    if (doc)
        walk(doc->outline(), 0, out);
    return out;
}

QMap<QString, QByteArray> PdfInspector::embeddedFiles(const QByteArray &pdf)
{
    QMap<QString, QByteArray> files;
    const auto doc = load(pdf);
    if (!doc)
        return files;
    for (Poppler::EmbeddedFile *file : doc->embeddedFiles())
        files.insert(file->name(), file->data());
    return files;
}

QVector<int> PdfInspector::annotationCounts(const QByteArray &pdf)
{
    QVector<int> counts;
    const auto doc = load(pdf);
    if (!doc)
        return counts;
    for (int i = 0; i < doc->numPages(); ++i) {
        const auto page = doc->page(i);
        counts.append(page ? int(page->annotations().size()) : 0);
    }
    return counts;
}

QVector<PdfInspector::Highlight> PdfInspector::highlights(const QByteArray &pdf)
{
    QVector<Highlight> found;
    const auto doc = load(pdf);
    if (!doc)
        return found;
    for (int i = 0; i < doc->numPages(); ++i) {
        const auto page = doc->page(i);
        if (!page)
            continue;
        const QSizeF size = page->pageSizeF(); // as displayed, in points
        for (const std::unique_ptr<Poppler::Annotation> &annotation : page->annotations()) {
            if (annotation->subType() != Poppler::Annotation::AHighlight)
                continue;
            const auto *highlight = static_cast<const Poppler::HighlightAnnotation *>(annotation.get());
            Highlight h;
            h.page = i;
            h.contents = annotation->contents();
            h.author = annotation->author();
            h.uniqueName = annotation->uniqueName();
            h.color = annotation->style().color();
            h.created = annotation->creationDate();
            h.modified = annotation->modificationDate();
            h.hasPopup = !annotation->popup().geometry().isNull();
            QStringList parts;
            for (const Poppler::HighlightAnnotation::Quad &quad : highlight->highlightQuads()) {
                // Poppler gives the quads normalised to the displayed page.
                double left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
                for (const QPointF &point : quad.points) {
                    left = std::min(left, point.x() * size.width());
                    right = std::max(right, point.x() * size.width());
                    top = std::min(top, point.y() * size.height());
                    bottom = std::max(bottom, point.y() * size.height());
                }
                const QRectF rect(QPointF(left, top), QPointF(right, bottom));
                h.quadRects.append(rect);
                parts.append(page->text(rect));
            }
            h.textUnderQuads = normalized(parts.join(QLatin1Char(' ')));
            found.append(h);
        }
    }
    return found;
}

QColor PdfInspector::renderedColor(const QByteArray &pdf, int page, const QRectF &rect, double dpi)
{
    const auto doc = load(pdf);
    if (!doc)
        return QColor();
    const auto p = doc->page(page);
    if (!p)
        return QColor();
    const QImage image = p->renderToImage(dpi, dpi).convertToFormat(QImage::Format_RGB32);
    const double scale = dpi / 72.0;
    const QRect area = QRectF(rect.x() * scale, rect.y() * scale, rect.width() * scale, rect.height() * scale)
                           .toAlignedRect()
                           .intersected(image.rect());
    if (area.isEmpty())
        return QColor();
    qint64 r = 0, g = 0, b = 0, n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            r += qRed(pixel);
            g += qGreen(pixel);
            b += qBlue(pixel);
            ++n;
        }
    }
    return QColor(int(r / n), int(g / n), int(b / n));
}

int PdfInspector::qpdfCheck(const QString &path, QString *output)
{
    QByteArray out, err;
    const int code = PdfFixtures::run(QStringLiteral("qpdf"), { QStringLiteral("--check"), path },
        QFileInfo(path).absolutePath(), &out, &err);
    if (output)
        *output = QString::fromUtf8(out + err);
    return code;
}

QString PdfInspector::mutoolShow(const QString &path, const QString &what)
{
    QByteArray out, err;
    PdfFixtures::run(QStringLiteral("mutool"), { QStringLiteral("show"), path, what },
        QFileInfo(path).absolutePath(), &out, &err);
    return QString::fromUtf8(out);
}

QVector<int> PdfInspector::mutoolAnnotationObjects(const QString &path, int page)
{
    // "mutool show FILE pages/N/Annots" prints the array as MuPDF resolves it.
    const QString annots = mutoolShow(path, QStringLiteral("pages/%1/Annots").arg(page));
    QVector<int> objects;
    static const QRegularExpression reference(QStringLiteral("(\\d+) (\\d+) R"));
    auto it = reference.globalMatch(annots);
    while (it.hasNext())
        objects.append(it.next().captured(1).toInt());
    return objects;
}

QString PdfInspector::mutoolAppearance(const QString &path, int annotationObject)
{
    static const QRegularExpression normal(QStringLiteral("/AP\\s*<<\\s*/N\\s+(\\d+)\\s+0\\s+R"));
    const auto match = normal.match(mutoolShow(path, QString::number(annotationObject)));
    if (!match.hasMatch())
        return QString();
    QString shown = mutoolShow(path, match.captured(1));
    static const QRegularExpression state(QStringLiteral("/ExtGState\\s*<<\\s*/\\w+\\s+(\\d+)\\s+0\\s+R"));
    const auto stateMatch = state.match(shown);
    if (stateMatch.hasMatch())
        shown += mutoolShow(path, stateMatch.captured(1));
    return shown;
}

QByteArray PdfInspector::mutoolExtract(const QString &path, const QString &fileName, const QString &workDir)
{
    PdfFixtures::run(QStringLiteral("mutool"), { QStringLiteral("extract"), path }, workDir);
    return PdfFixtures::read(workDir + QLatin1Char('/') + fileName);
}

} // namespace Recoupe
