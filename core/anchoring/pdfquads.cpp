// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfquads.h"

#include <algorithm>

namespace Recoupe {

namespace {

bool sameLine(const QRectF &a, const QRectF &b)
{
    const double overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return overlap > 0.5 * std::min(a.height(), b.height());
}

} // namespace

int PdfQuads::pageAt(const QVector<PdfPage> &pages, qint64 offset)
{
    // A page without text has an empty range at the end of the page before it, where the next
    // page with text starts: the offset belongs to that next page.
    for (const PdfPage &page : pages) {
        if (offset >= page.textStart && offset < page.textEnd)
            return page.page;
    }
    return pages.isEmpty() ? -1 : pages.last().page;
}

QVector<PageBox> PdfQuads::forRange(const QVector<PdfPage> &pages, qint64 start, qint64 end)
{
    QVector<PageBox> boxes;
    for (const PdfPage &page : pages) {
        if (page.textEnd <= start || page.textStart >= end)
            continue;
        for (const PdfWord &word : page.words) {
            const qint64 wordEnd = qint64(word.start) + word.length;
            if (wordEnd <= start || word.start >= end || word.length <= 0)
                continue;
            // The share of the word inside the passage, assuming evenly wide characters.
            const double from = double(std::max<qint64>(start, word.start) - word.start) / word.length;
            const double to = double(std::min<qint64>(end, wordEnd) - word.start) / word.length;
            QRectF rect = word.box;
            rect.setLeft(word.box.left() + from * word.box.width());
            rect.setRight(word.box.left() + to * word.box.width());
            if (!boxes.isEmpty() && boxes.last().page == page.page && sameLine(boxes.last().rect, rect))
                boxes.last().rect = boxes.last().rect.united(rect);
            else
                boxes.append({page.page, rect});
        }
    }
    return boxes;
}

} // namespace Recoupe
