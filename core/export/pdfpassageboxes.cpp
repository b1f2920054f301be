// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpassageboxes.h"

#include "anchoring/pdfquads.h"

#include <poppler-qt6.h>

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace Recoupe {

namespace {

// The word holding `offset` strictly inside it (not at its first character), or -1.
int wordInside(const PdfPage &page, qint64 offset)
{
    const auto it = std::upper_bound(page.words.begin(), page.words.end(), offset,
        [](qint64 value, const PdfWord &word) { return value < word.start; });
    if (it == page.words.begin())
        return -1;
    const PdfWord &word = *(it - 1);
    if (offset > word.start && offset < qint64(word.start) + word.length)
        return int(it - 1 - page.words.begin());
    return -1;
}

// Advance widths (thousandths of an em) of printable ASCII in Times-Roman and Helvetica, from
// the standard 14 fonts' metrics: with a monospaced font, three models of how a word's width
// shares out among its characters.
const short TimesWidths[95] = { 250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250,
    278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667,
    722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
    722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778,
    500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541 };
const short HelveticaWidths[95] = { 278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
    278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
    722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
    556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 };

// A character's advance in each model (Times, Helvetica; monospaced is 600 for all): from the
// ASCII character it is drawn like (é like e, ’ like ', ﬁ like f and i). 0 when unknown.
struct Widths
{
    double times = 0;
    double helvetica = 0;
};

Widths widthsOf(QChar c)
{
    auto ascii = [](char16_t u) -> Widths {
        if (u >= 32 && u < 127)
            return { double(TimesWidths[u - 32]), double(HelveticaWidths[u - 32]) };
        return {};
    };
    switch (c.unicode()) {
    case 0x2018:
    case 0x2019:
        return ascii('\'');
    case 0x201c:
    case 0x201d:
    case 0x00ab:
    case 0x00bb:
        return ascii('"');
    case 0x2010:
    case 0x2013:
        return ascii('-');
    default:
        break;
    }
    if (c.unicode() < 127)
        return ascii(c.unicode());
    const QString parts = c.decomposition();
    if (parts.isEmpty())
        return {};
    if (c.decompositionTag() == QChar::Canonical)
        return ascii(parts.at(0).unicode()); // the base letter; the accent takes no room
    if (c.decompositionTag() == QChar::Compat) { // ligatures: ﬁ is as wide as f and i
        Widths sum;
        for (const QChar part : parts) {
            const Widths w = ascii(part.unicode());
            if (w.times == 0)
                return {};
            sum.times += w.times;
            sum.helvetica += w.helvetica;
        }
        return sum;
    }
    return {};
}

} // namespace

PdfPassageBoxes::PdfPassageBoxes(const QByteArray &pdf, const QVector<PdfPage> &pages, const QString &text)
    : m_pdf(pdf)
    , m_pages(pages)
    , m_text(text)
{ }

PdfPassageBoxes::~PdfPassageBoxes() = default;

const PdfPage *PdfPassageBoxes::pageOf(qint64 offset) const
{
    const int index = PdfQuads::pageAt(m_pages, offset);
    if (index >= 0 && index < m_pages.size() && m_pages[index].page == index)
        return &m_pages[index];
    for (const PdfPage &page : m_pages) {
        if (page.page == index)
            return &page;
    }
    return nullptr;
}

bool PdfPassageBoxes::estimate(const PdfPage &page, int wordIndex, int k, Direction *direction, double *at)
{
    const PdfWord &word = page.words[wordIndex];
    if (k <= 0 || k >= word.length || qint64(word.start) + word.length > m_text.size())
        return false;
    const QStringView letters = QStringView(m_text).mid(word.start, word.length);
    // Which way the line runs: upright text on a page turned by /Rotate.
    const bool vertical = page.rotation == 90 || page.rotation == 270;
    *direction = page.rotation == 90 ? Direction::TopToBottom
        : page.rotation == 180       ? Direction::RightToLeft
        : page.rotation == 270       ? Direction::BottomToTop
                                     : Direction::LeftToRight;
    const double length = vertical ? word.box.height() : word.box.width();
    const double thickness = vertical ? word.box.width() : word.box.height();
    if (length <= 0 || (word.length >= 5 && length < thickness * 0.8))
        return false; // a long word not laid out the way the rotation says
    // The centres of the characters on both sides of the boundary, in each model, as fractions
    // of the word's length from where reading starts. Characters no table knows (Cyrillic, a
    // symbol) may be anything from narrow to wide: two more models give them the extremes that
    // push the boundary furthest each way (wide before it and narrow after, then the reverse).
    // If the answer depends on them, it is left to the PDF.
    QVarLengthArray<Widths, 64> widths(word.length);
    bool unknown = false;
    for (int i = 0; i < word.length; ++i) {
        widths[i] = widthsOf(letters.at(i));
        unknown = unknown || widths[i].times == 0;
    }
    constexpr double Narrow = 250, Wide = 1000;
    double lowest = 0, highest = 1, narrowest = 1;
    const int models = unknown ? 7 : 3;
    for (int model = 0; model < models; ++model) {
        double total = 0, before = 0, previous = 0, next = 0;
        for (int i = 0; i < word.length; ++i) {
            const Widths &known = widths[i];
            const bool times = model == 0 || model == 3 || model == 5;
            double w = 600; // model 2: monospaced, whatever the characters
            if (model != 2) {
                const double table = times ? known.times : known.helvetica;
                const bool wideBefore = model < 5;
                const double guess = (i < k) == wideBefore ? Wide : Narrow;
                w = table > 0 ? table : (model < 3 ? 500 : guess);
            }
            if (i == k - 1)
                previous = w;
            if (i == k)
                next = w;
            if (i < k)
                before += w;
            total += w;
        }
        lowest = std::max(lowest, (before - previous / 2) / total);
        highest = std::min(highest, (before + next / 2) / total);
        narrowest = std::min(narrowest, std::min(previous, next) / total);
    }
    // Every model puts the boundary between the same two centres, with room to spare: the true
    // layout, somewhere among them, does too.
    if (highest - lowest < 0.3 * narrowest)
        return false;
    const double along = (lowest + highest) / 2 * length;
    switch (*direction) {
    case Direction::LeftToRight:
        *at = word.box.left() + along;
        break;
    case Direction::RightToLeft:
        *at = word.box.right() - along;
        break;
    case Direction::TopToBottom:
        *at = word.box.top() + along;
        break;
    case Direction::BottomToTop:
        *at = word.box.bottom() - along;
        break;
    }
    ++m_estimated;
    return true;
}

bool PdfPassageBoxes::boundary(const PdfPage &page, int wordIndex, int k, Direction *direction, double *at)
{
    if (estimate(page, wordIndex, k, direction, at))
        return true;
    const PdfWord &word = page.words[wordIndex];
    const Character before = character(page, wordIndex, qint64(word.start) + k - 1);
    const Character after = character(page, wordIndex, qint64(word.start) + k);
    if (before.box.isEmpty() || after.box.isEmpty())
        return false;
    *direction = before.direction;
    switch (before.direction) {
    case Direction::LeftToRight:
        *at = (before.box.right() + after.box.left()) / 2;
        break;
    case Direction::RightToLeft:
        *at = (before.box.left() + after.box.right()) / 2;
        break;
    case Direction::TopToBottom:
        *at = (before.box.bottom() + after.box.top()) / 2;
        break;
    case Direction::BottomToTop:
        *at = (before.box.top() + after.box.bottom()) / 2;
        break;
    }
    return true;
}

PdfPassageBoxes::Character PdfPassageBoxes::character(const PdfPage &page, int wordIndex, qint64 offset)
{
    Character result;
    if (m_documentFailed)
        return result;
    if (!m_document) {
        m_document = Poppler::Document::loadFromData(m_pdf);
        if (!m_document || m_document->isLocked()) {
            m_documentFailed = true;
            return result;
        }
    }
    if (m_cachedPage != page.page) {
        m_cachedBoxes.clear();
        m_cachedWordBoxes.clear();
        m_cachedPage = page.page;
        const std::unique_ptr<Poppler::Page> p = m_document->page(page.page);
        if (p)
            m_cachedBoxes = p->textList();
        // The importer stores the non-empty boxes of textList(), in its order.
        for (size_t i = 0; i < m_cachedBoxes.size(); ++i) {
            if (!m_cachedBoxes[i]->text().isEmpty())
                m_cachedWordBoxes.push_back(int(i));
        }
        ++m_pagesRead;
    }
    if (wordIndex < 0 || size_t(wordIndex) >= m_cachedWordBoxes.size())
        return result;
    const PdfWord &word = page.words[wordIndex];
    const Poppler::TextBox *box = m_cachedBoxes[size_t(m_cachedWordBoxes[size_t(wordIndex)])].get();
    // Only trust the match when it is the same word in the same place.
    if (box->text().size() != word.length || word.length < 2)
        return result;
    const QRectF bounds = box->boundingBox().intersected(QRectF(0, 0, page.width, page.height));
    if (std::abs(bounds.left() - word.box.left()) > 1 || std::abs(bounds.top() - word.box.top()) > 1)
        return result;
    const QPointF first = box->charBoundingBox(0).center();
    const QPointF last = box->charBoundingBox(word.length - 1).center();
    const QPointF step = last - first;
    if (std::abs(step.x()) >= std::abs(step.y()))
        result.direction = step.x() >= 0 ? Direction::LeftToRight : Direction::RightToLeft;
    else
        result.direction = step.y() >= 0 ? Direction::TopToBottom : Direction::BottomToTop;
    result.box = box->charBoundingBox(int(offset - word.start));
    return result;
}

QVector<PageBox> PdfPassageBoxes::boxes(const Anchor &anchor)
{
    QVector<PageBox> quads
        = anchor.quads.isEmpty() ? PdfQuads::forRange(m_pages, anchor.start, anchor.end) : anchor.quads;
    if (quads.isEmpty() || anchor.end <= anchor.start)
        return quads;

    // The box covering (part of) `word`: the first from the start or from the end.
    auto quadOver = [&quads](int page, const QRectF &word, bool fromEnd) -> PageBox * {
        for (int k = 0; k < quads.size(); ++k) {
            PageBox &quad = quads[fromEnd ? quads.size() - 1 - k : k];
            if (quad.page == page && quad.rect.intersects(word))
                return &quad;
        }
        return nullptr;
    };
    // Moves the passage's leading (or trailing) edge on the line of a word to `at`. A vertical
    // word's box was cut across its width by the even-share rule: it gets its width back.
    auto cut = [](PageBox &quad, const QRectF &word, Direction direction, double at, bool leading) {
        const bool vertical = direction == Direction::TopToBottom || direction == Direction::BottomToTop;
        const bool forward = direction == Direction::LeftToRight || direction == Direction::TopToBottom;
        const bool lowSide = leading == forward; // the left or top side of the box
        if (vertical) {
            quad.rect.setLeft(std::min(quad.rect.left(), word.left()));
            quad.rect.setRight(std::max(quad.rect.right(), word.right()));
            if (lowSide)
                quad.rect.setTop(at);
            else
                quad.rect.setBottom(at);
        } else if (lowSide) {
            quad.rect.setLeft(at);
        } else {
            quad.rect.setRight(at);
        }
    };

    // The first character: the leading edge goes to the boundary before it.
    if (const PdfPage *page = pageOf(anchor.start)) {
        const int w = wordInside(*page, anchor.start);
        Direction direction = Direction::LeftToRight;
        double at = 0;
        if (w >= 0 && boundary(*page, w, int(anchor.start - page->words[w].start), &direction, &at)) {
            if (PageBox *quad = quadOver(page->page, page->words[w].box, false))
                cut(*quad, page->words[w].box, direction, at, true);
        }
    }
    // The last character: the trailing edge goes to the boundary after it.
    if (const PdfPage *page = pageOf(anchor.end - 1)) {
        const int w = wordInside(*page, anchor.end); // the passage stops inside this word
        Direction direction = Direction::LeftToRight;
        double at = 0;
        if (w >= 0 && boundary(*page, w, int(anchor.end - page->words[w].start), &direction, &at)) {
            if (PageBox *quad = quadOver(page->page, page->words[w].box, true))
                cut(*quad, page->words[w].box, direction, at, false);
        }
    }
    return quads;
}

} // namespace Recoupe
