// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftypesetter.h"

#include <QBuffer>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <mutex>

namespace Recoupe {

struct PdfTypesetter::Item
{
    enum class Kind
    {
        Lines,
        Drawing,
        Box
    };
    Kind kind = Kind::Lines;
    int page = 0;
    std::shared_ptr<QTextLayout> layout;
    int firstLine = 0;
    int lastLine = -1;
    QPointF origin;
    QColor color;
    QRectF rect;
    QColor fill;
    std::function<void(QPainter &, const QRectF &)> paint;
};

namespace {

constexpr double CellPadding = 3;

void registerDejaVu()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Debian's fonts-dejavu-core; fontconfig usually knows them already, this makes sure.
        const QDir dir(QStringLiteral("/usr/share/fonts/truetype/dejavu"));
        for (const QString &file : dir.entryList({ QStringLiteral("DejaVu*.ttf") }, QDir::Files))
            QFontDatabase::addApplicationFont(dir.filePath(file));
    });
}

} // namespace

QString PdfTypesetter::family(Face face)
{
    registerDejaVu();
    const QString wanted = face == Face::Serif ? QStringLiteral("DejaVu Serif")
        : face == Face::Sans                   ? QStringLiteral("DejaVu Sans")
                                               : QStringLiteral("DejaVu Sans Mono");
    if (QFontDatabase::families().contains(wanted))
        return wanted;
    return QFontDatabase::systemFont(
        face == Face::Mono ? QFontDatabase::FixedFont : QFontDatabase::GeneralFont)
        .family();
}

PdfTypesetter::PdfTypesetter(const QString &title, const QString &footer)
    : m_buffer(std::make_unique<QBuffer>())
    , m_footer(footer)
{
    m_buffer->open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(m_buffer.get());
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    // One device unit per point: layout boxes are PDF points with no conversion.
    m_writer->setResolution(72);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Recoupe"));
    m_pages.append(PdfPage());
}

PdfTypesetter::~PdfTypesetter() = default;

QFont PdfTypesetter::font(const Style &style) const
{
    QFont f(family(style.face));
    f.setPointSizeF(style.size);
    f.setBold(style.bold);
    f.setItalic(style.italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: a "ﬁ" glyph reads back from the PDF as one character U+FB01, and the words
    // under a highlight would no longer be the passage. (QFont::setFeature() needs Qt 6.7; this
    // also drops kerning, for scripts that do not need shaping only.)
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

std::shared_ptr<QTextLayout> PdfTypesetter::layout(const QString &text, const Style &style, double width)
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator); // same length: offsets hold
    auto layout = std::make_shared<QTextLayout>(shown, font(style), m_writer.get());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true); // unhinted advances: what is measured is what is printed
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine())
        line.setLineWidth(width);
    layout->endLayout();
    return layout;
}

void PdfTypesetter::newPage()
{
    ++m_page;
    m_y = Margin;
    PdfPage page;
    page.page = m_page;
    m_pages.append(page);
}

void PdfTypesetter::ensureRoom(double height)
{
    if (m_y + height > PageHeight - BottomMargin && m_y > Margin)
        newPage();
}

void PdfTypesetter::keepSpace(double points)
{
    ensureRoom(points);
}

void PdfTypesetter::space(double points)
{
    m_y += points;
}

void PdfTypesetter::rule(const QColor &color)
{
    ensureRoom(6);
    Item item;
    item.kind = Item::Kind::Box;
    item.page = m_page;
    item.rect = QRectF(Margin, m_y + 2, contentWidth(), 0.6);
    item.fill = color;
    m_items.append(item);
    m_y += 8;
}

void PdfTypesetter::paragraph(const QString &text, const Style &style, qint64 sourceOffset)
{
    const double width = contentWidth() - style.indent;
    std::shared_ptr<QTextLayout> laid = layout(text, style, width);
    if (m_y > Margin)
        m_y += style.spaceBefore;
    const double x = Margin + style.indent;
    Item current;
    current.kind = Item::Kind::Lines;
    current.layout = laid;
    current.origin = QPointF(x, 0);
    current.color = style.color;
    current.page = m_page;
    current.firstLine = 0;
    for (int i = 0; i < laid->lineCount(); ++i) {
        QTextLine line = laid->lineAt(i);
        const double pitch = line.height() * style.lineSpacing;
        if (m_y + line.height() > PageHeight - BottomMargin && m_y > Margin) {
            if (current.lastLine >= current.firstLine)
                m_items.append(current);
            newPage();
            current.page = m_page;
            current.firstLine = i;
            current.lastLine = i - 1;
        }
        // Half the extra leading above the line, half below, as typesetters do.
        const double top = m_y + (pitch - line.height()) / 2;
        line.setPosition(QPointF(0, top));
        current.lastLine = i;
        if (sourceOffset >= 0) {
            PdfPage &page = m_pages[m_page];
            const int end = line.textStart() + line.textLength();
            for (int pos = line.textStart(); pos < end;) {
                const int next = std::min(end, laid->nextCursorPosition(pos));
                const int step = std::max(next, pos + 1);
                const QChar c = text.at(pos);
                if (!c.isSpace()) {
                    const double x1 = line.cursorToX(pos);
                    const double x2 = line.cursorToX(step);
                    PdfWord word;
                    word.start = qint32(sourceOffset + pos);
                    word.length = qint32(step - pos);
                    word.box = QRectF(QPointF(x + std::min(x1, x2), top),
                        QPointF(x + std::max(x1, x2), top + line.height()));
                    if (page.words.isEmpty())
                        page.textStart = word.start;
                    page.words.append(word);
                    page.textEnd = std::max<qint64>(page.textEnd, qint64(word.start) + word.length);
                }
                pos = step;
            }
        }
        m_y += pitch;
    }
    if (current.lastLine >= current.firstLine)
        m_items.append(current);
    m_y += style.spaceAfter;
}

void PdfTypesetter::table(const QStringList &headers, const QVector<QStringList> &rows,
    const QVector<double> &widths, const Style &style)
{
    const int columns = int(widths.size());
    QVector<double> colX, colW;
    double at = Margin;
    for (double fraction : widths) {
        colX.append(at);
        colW.append(fraction * contentWidth());
        at += fraction * contentWidth();
    }
    Style headerStyle = style;
    headerStyle.bold = true;

    struct Row
    {
        QVector<std::shared_ptr<QTextLayout>> cells;
        double height = 0;
    };
    auto measure = [&](const QStringList &cells, const Style &rowStyle) {
        Row row;
        for (int c = 0; c < columns; ++c) {
            row.cells.append(layout(cells.value(c), rowStyle, colW[c] - 2 * CellPadding));
            double h = 0;
            for (int i = 0; i < row.cells.last()->lineCount(); ++i)
                h += row.cells.last()->lineAt(i).height();
            row.height = std::max(row.height, h);
        }
        row.height += 2 * CellPadding;
        return row;
    };
    auto place = [&](const Row &row, const Style &rowStyle, bool header) {
        Item box;
        box.kind = Item::Kind::Box;
        box.page = m_page;
        box.rect = QRectF(Margin, m_y, contentWidth(), row.height);
        box.fill = header ? QColor(0xee, 0xee, 0xee) : QColor();
        box.color = QColor(0xbb, 0xbb, 0xbb);
        m_items.append(box);
        for (int c = 0; c < columns; ++c) {
            double y = m_y + CellPadding;
            for (int i = 0; i < row.cells[c]->lineCount(); ++i) {
                QTextLine line = row.cells[c]->lineAt(i);
                line.setPosition(QPointF(0, y));
                y += line.height();
            }
            Item cell;
            cell.kind = Item::Kind::Lines;
            cell.page = m_page;
            cell.layout = row.cells[c];
            cell.origin = QPointF(colX[c] + CellPadding, 0);
            cell.color = rowStyle.color;
            cell.firstLine = 0;
            cell.lastLine = row.cells[c]->lineCount() - 1;
            m_items.append(cell);
        }
        m_y += row.height;
    };

    if (m_y > Margin)
        m_y += style.spaceBefore;
    const Row header = measure(headers, headerStyle);
    ensureRoom(header.height * 2);
    place(header, headerStyle, true);
    for (const QStringList &cells : rows) {
        const Row row = measure(cells, style);
        if (m_y + row.height > PageHeight - BottomMargin) {
            // The header again above the rows that go on the next page.
            newPage();
            place(measure(headers, headerStyle), headerStyle, true);
        }
        place(row, style, false);
    }
    m_y += style.spaceAfter;
}

void PdfTypesetter::drawing(double height, std::function<void(QPainter &, const QRectF &)> paint)
{
    ensureRoom(height);
    Item item;
    item.kind = Item::Kind::Drawing;
    item.page = m_page;
    item.rect = QRectF(Margin, m_y, contentWidth(), height);
    item.paint = std::move(paint);
    m_items.append(item);
    m_y += height + 6;
}

QVector<PdfPage> PdfTypesetter::pages() const
{
    QVector<PdfPage> pages = m_pages;
    for (int i = 0; i < pages.size(); ++i) {
        pages[i].page = i;
        pages[i].width = PageWidth;
        pages[i].height = PageHeight;
    }
    return pages;
}

Result<QByteArray> PdfTypesetter::render()
{
    QPainter painter;
    if (!painter.begin(m_writer.get()))
        return Error { tr("Cannot start the PDF typesetter.") };
    painter.setRenderHint(QPainter::Antialiasing);
    Style footerStyle;
    footerStyle.face = Face::Sans;
    footerStyle.size = 8;
    const QFont footerFont = font(footerStyle);
    const int total = pageCount();
    std::stable_sort(
        m_items.begin(), m_items.end(), [](const Item &a, const Item &b) { return a.page < b.page; });
    int item = 0;
    for (int page = 0; page < total; ++page) {
        if (page > 0 && !m_writer->newPage())
            return Error { tr("Cannot add a page to the PDF.") };
        for (; item < m_items.size() && m_items[item].page == page; ++item) {
            const Item &it = m_items[item];
            switch (it.kind) {
            case Item::Kind::Lines:
                painter.setPen(it.color);
                for (int i = it.firstLine; i <= it.lastLine; ++i)
                    it.layout->lineAt(i).draw(&painter, it.origin);
                break;
            case Item::Kind::Box:
                painter.setPen(it.color.isValid() ? QPen(it.color, 0.5) : QPen(Qt::NoPen));
                painter.setBrush(it.fill.isValid() ? QBrush(it.fill) : QBrush(Qt::NoBrush));
                painter.drawRect(it.rect);
                painter.setBrush(Qt::NoBrush);
                break;
            case Item::Kind::Drawing:
                painter.save();
                it.paint(painter, it.rect);
                painter.restore();
                break;
            }
        }
        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        //: Page footer: page number, page count
        const QString numbers = tr("%1 / %2").arg(page + 1).arg(total);
        QString footer = numbers;
        if (!m_footer.isEmpty()) {
            // A long title is cut so that the page number always shows.
            const QFontMetricsF metrics(footerFont, m_writer.get());
            const double room = contentWidth() - metrics.horizontalAdvance(numbers + QStringLiteral(" — "));
            //: Page footer: document name, then page number and count
            footer = tr("%1 — %2").arg(metrics.elidedText(m_footer, Qt::ElideRight, room), numbers);
        }
        painter.drawText(QRectF(Margin, PageHeight - BottomMargin + 24, contentWidth(), 14),
            Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine, footer);
    }
    if (!painter.end())
        return Error { tr("Cannot finish the PDF.") };
    m_buffer->close();
    return m_buffer->data();
}

} // namespace Recoupe
