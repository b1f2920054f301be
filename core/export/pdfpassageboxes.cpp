// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpassageboxes.h"

#include "anchoring/pdfquads.h"

#include <poppler-qt6.h>

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

} // namespace

PdfPassageBoxes::PdfPassageBoxes(const QByteArray &pdf, const QVector<PdfPage> &pages)
    : m_pdf(pdf)
    , m_pages(pages)
{ }

PdfPassageBoxes::~PdfPassageBoxes() = default;

const PdfPage *PdfPassageBoxes::pageOf(qint64 offset) const
{
    const int index = PdfQuads::pageAt(m_pages, offset);
    for (const PdfPage &page : m_pages) {
        if (page.page == index)
            return &page;
    }
    return nullptr;
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
    // A vertical word's box was cut across its width by the even-share rule: give it its width back.
    auto widen = [](QRectF &rect, const QRectF &word) {
        rect.setLeft(std::min(rect.left(), word.left()));
        rect.setRight(std::max(rect.right(), word.right()));
    };

    // The first character: the passage's leading edge goes to that character's leading edge.
    if (const PdfPage *page = pageOf(anchor.start)) {
        const int w = wordInside(*page, anchor.start);
        if (w >= 0) {
            const Character c = character(*page, w, anchor.start);
            PageBox *quad = c.box.isEmpty() ? nullptr : quadOver(page->page, page->words[w].box, false);
            if (quad) {
                switch (c.direction) {
                case Direction::LeftToRight:
                    quad->rect.setLeft(c.box.left());
                    break;
                case Direction::RightToLeft:
                    quad->rect.setRight(c.box.right());
                    break;
                case Direction::TopToBottom:
                    widen(quad->rect, page->words[w].box);
                    quad->rect.setTop(c.box.top());
                    break;
                case Direction::BottomToTop:
                    widen(quad->rect, page->words[w].box);
                    quad->rect.setBottom(c.box.bottom());
                    break;
                }
            }
        }
    }
    // The last character: the trailing edge goes to that character's trailing edge.
    const qint64 last = anchor.end - 1;
    if (const PdfPage *page = pageOf(last)) {
        const int w = wordInside(*page, anchor.end); // the passage stops inside this word
        if (w >= 0) {
            const Character c = character(*page, w, last);
            PageBox *quad = c.box.isEmpty() ? nullptr : quadOver(page->page, page->words[w].box, true);
            if (quad) {
                switch (c.direction) {
                case Direction::LeftToRight:
                    quad->rect.setRight(c.box.right());
                    break;
                case Direction::RightToLeft:
                    quad->rect.setLeft(c.box.left());
                    break;
                case Direction::TopToBottom:
                    widen(quad->rect, page->words[w].box);
                    quad->rect.setBottom(c.box.bottom());
                    break;
                case Direction::BottomToTop:
                    widen(quad->rect, page->words[w].box);
                    quad->rect.setTop(c.box.top());
                    break;
                }
            }
        }
    }
    return quads;
}

} // namespace Recoupe
