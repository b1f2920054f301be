// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfquads.h"

#include <algorithm>

namespace Recoupe {

namespace {

// A word written top to bottom (vertical CJK): its box is taller than wide by about as many
// characters as it has. The stored words carry no direction, so this reads it from the box.
bool isVertical(const QRectF &box, int length)
{
    return length >= 2 && box.height() > 1.5 * box.width() && box.height() > 0.6 * length * box.width();
}

bool sameLine(const QRectF &a, const QRectF &b)
{
    const double overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return overlap > 0.5 * std::min(a.height(), b.height());
}

// Words are stored in reading order: a word whose successor on the same line lies to its left
// (or whose predecessor lies to its right) is part of a right-to-left line (Arabic, Hebrew), and
// its first characters are on the right.
bool readsRightToLeft(const QVector<PdfWord> &words, qsizetype k)
{
    const QRectF &box = words[k].box;
    if (k + 1 < words.size() && sameLine(box, words[k + 1].box))
        return words[k + 1].box.center().x() < box.center().x();
    if (k > 0 && sameLine(box, words[k - 1].box))
        return words[k - 1].box.center().x() > box.center().x();
    return false;
}

bool sameColumn(const QRectF &a, const QRectF &b)
{
    const double overlap = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
    return overlap > 0.5 * std::min(a.width(), b.width());
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
    bool lastVertical = false;
    for (const PdfPage &page : pages) {
        if (page.textEnd <= start || page.textStart >= end)
            continue;
        for (qsizetype k = 0; k < page.words.size(); ++k) {
            const PdfWord &word = page.words[k];
            const qint64 wordEnd = qint64(word.start) + word.length;
            if (wordEnd <= start || word.start >= end || word.length <= 0)
                continue;
            // The share of the word inside the passage, assuming evenly wide characters.
            const double from = double(std::max<qint64>(start, word.start) - word.start) / word.length;
            const double to = double(std::min<qint64>(end, wordEnd) - word.start) / word.length;
            QRectF rect = word.box;
            const bool vertical = isVertical(word.box, word.length);
            if (vertical) {
                rect.setTop(word.box.top() + from * word.box.height());
                rect.setBottom(word.box.top() + to * word.box.height());
            } else if (readsRightToLeft(page.words, k)) {
                rect.setRight(word.box.right() - from * word.box.width());
                rect.setLeft(word.box.right() - to * word.box.width());
            } else {
                rect.setLeft(word.box.left() + from * word.box.width());
                rect.setRight(word.box.left() + to * word.box.width());
            }
            const bool joins = !boxes.isEmpty() && boxes.last().page == page.page
                && (vertical && lastVertical ? sameColumn(boxes.last().rect, rect)
                                             : !vertical && sameLine(boxes.last().rect, rect));
            lastVertical = vertical;
            if (joins)
                boxes.last().rect = boxes.last().rect.united(rect);
            else
                boxes.append({page.page, rect});
        }
    }
    return boxes;
}

} // namespace Recoupe
