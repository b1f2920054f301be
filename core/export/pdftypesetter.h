// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pdfpage.h"
#include "result.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

class QPainter;
class QPdfWriter;
class QBuffer;
class QTextLayout;

namespace Recoupe {

// Sets text, tables and drawings on A4 pages with Qt (QPdfWriter, QTextLayout) and embeds
// DejaVu, which covers French and most European scripts. Layout happens as blocks are added;
// painting happens in render(), once the page count is known for the "n / N" footers.
//
// Text given with its offset in a source's canonical text is measured while it is laid out:
// every character gets its box on the page, so highlights can cover exactly the typeset words.
class PdfTypesetter
{
    Q_DECLARE_TR_FUNCTIONS(PdfTypesetter)

public:
    enum class Face
    {
        Serif,
        Sans,
        Mono
    };
    struct Style
    {
        Face face = Face::Serif;
        double size = 10.5; // points
        bool bold = false;
        bool italic = false;
        QColor color = QColor(Qt::black);
        double spaceBefore = 0;
        double spaceAfter = 6;
        double indent = 0;
        double lineSpacing = 1.25; // line pitch as a multiple of the font's height
    };

    // `title` goes in the PDF's /Title; `footer` on every page before "n / N".
    PdfTypesetter(const QString &title, const QString &footer);
    ~PdfTypesetter();

    static constexpr double PageWidth = 595.276; // A4 in points
    static constexpr double PageHeight = 841.89;
    static constexpr double Margin = 56.69; // 2 cm
    static constexpr double BottomMargin = 70.87; // 2.5 cm, with the footer inside
    double contentWidth() const { return PageWidth - 2 * Margin; }

    // One paragraph. When `sourceOffset` >= 0, `text` is the canonical text from that offset and
    // its character boxes are recorded. Line ends inside `text` break lines.
    void paragraph(const QString &text, const Style &style, qint64 sourceOffset = -1);
    // A table with a header row repeated on each page; `widths` are fractions of the text width.
    void table(const QStringList &headers, const QVector<QStringList> &rows, const QVector<double> &widths,
        const Style &style);
    // A drawing of `height` points across the text width, on one page.
    void drawing(double height, std::function<void(QPainter &painter, const QRectF &area)> paint);
    void rule(const QColor &color = QColor(0xbb, 0xbb, 0xbb));
    void space(double points);
    void newPage();
    // Starts a new page unless at least `points` are left on this one.
    void keepSpace(double points);
    int currentPage() const { return m_page; } // 0-based
    double cursor() const { return m_y; }
    int pageCount() const { return m_page + 1; }

    // Paints every page and returns the PDF.
    Result<QByteArray> render();
    // The recorded character boxes by page (points, origin top left), as a PDF importer gives
    // word boxes: PdfQuads::forRange works on them unchanged.
    QVector<PdfPage> pages() const;

    // The family names of the embedded faces (DejaVu when installed, else Qt's defaults).
    static QString family(Face face);

private:
    struct Item;
    QFont font(const Style &style) const;
    std::shared_ptr<QTextLayout> layout(const QString &text, const Style &style, double width);
    void ensureRoom(double height);

    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QString m_footer;
    QVector<Item> m_items;
    QVector<PdfPage> m_pages;
    int m_page = 0;
    double m_y = Margin;
};

} // namespace Recoupe
