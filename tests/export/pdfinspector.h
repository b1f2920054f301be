// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QVector>

namespace Recoupe {

// What a reader finds in an exported PDF, read with Poppler and, as a second opinion, with
// MuPDF's mutool and qpdf's checker.
class PdfInspector
{
public:
    struct Highlight
    {
        int page = 0;
        QString contents;
        QString author;
        QString uniqueName;
        QColor color;
        QDateTime created;
        QDateTime modified;
        QVector<QRectF> quadRects; // in displayed page points, as Page::text() takes them
        QString textUnderQuads; // whitespace normalised
        bool hasPopup = false;
    };

    struct Bookmark
    {
        QString title;
        int depth = 0; // 0 for top-level items
        int page = -1; // 0-based, -1 without destination
    };

    // Every /Highlight Poppler finds, in page order.
    static QVector<Highlight> highlights(const QByteArray &pdf);
    // Number of annotations of any kind on each page (Poppler).
    static QVector<int> annotationCounts(const QByteArray &pdf);
    static int pageCount(const QByteArray &pdf);
    // The outline, depth first, as Poppler reads it.
    static QVector<Bookmark> outline(const QByteArray &pdf);
    // The embedded files Poppler finds: name → data.
    static QMap<QString, QByteArray> embeddedFiles(const QByteArray &pdf);
    static QString pageText(const QByteArray &pdf, int page);
    // The average colour of a displayed-page rectangle rendered at `dpi` (Poppler's Splash).
    static QColor renderedColor(const QByteArray &pdf, int page, const QRectF &rect, double dpi = 72);

    // qpdf --check on a file: its exit code (0 clean, 2 errors, 3 warnings) and output.
    static int qpdfCheck(const QString &path, QString *output = nullptr);
    // mutool show FILE WHAT: an object number, "trailer", "outline"…
    static QString mutoolShow(const QString &path, const QString &what);
    // The object numbers of the /Annot dictionaries of `page` (1-based, as mutool counts), by mutool.
    static QVector<int> mutoolAnnotationObjects(const QString &path, int page);
    // The appearance of an annotation object as mutool shows it: the /AP /N form XObject, then
    // the ExtGState objects its resources name. Empty when the annotation has none.
    static QString mutoolAppearance(const QString &path, int annotationObject);
    // The text of an embedded file, read by mutool.
    static QByteArray mutoolExtract(const QString &path, const QString &fileName, const QString &workDir);

    static QString normalized(const QString &text);
};

} // namespace Recoupe
