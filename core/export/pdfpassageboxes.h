// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/anchor.h"
#include "model/pdfpage.h"

#include <QByteArray>
#include <QVector>

#include <memory>
#include <vector>

namespace Poppler {
class Document;
class TextBox;
} // namespace Poppler

namespace Recoupe {

// The boxes a highlight covers in a PDF source: one per line, cut exactly at the passage's
// first and last characters. Stored anchor quads come from word boxes, which split a word by
// even shares when a passage starts or ends inside it ("provider" of "provider."); that can
// cover a neighbouring character or miss one. Here such an edge is moved to the character's
// own box, read from the PDF with Poppler for that page only.
//
// Pages are read one at a time and the last one kept: feed anchors in text order and memory
// stays that of one page, whatever the document's length.
class PdfPassageBoxes
{
public:
    PdfPassageBoxes(const QByteArray &pdf, const QVector<PdfPage> &pages);
    ~PdfPassageBoxes();
    PdfPassageBoxes(const PdfPassageBoxes &) = delete;
    PdfPassageBoxes &operator=(const PdfPassageBoxes &) = delete;

    // The anchor's quads (or, when it has none, the ones its range covers), edges refined.
    QVector<PageBox> boxes(const Anchor &anchor);
    // How many pages had to be read with Poppler.
    int pagesRead() const { return m_pagesRead; }

private:
    // Which way a word's characters run on the displayed page: a page turned by /Rotate shows
    // its lines vertically.
    enum class Direction
    {
        LeftToRight,
        RightToLeft,
        TopToBottom,
        BottomToTop
    };
    struct Character
    {
        QRectF box; // empty when the PDF could not tell
        Direction direction = Direction::LeftToRight;
    };
    // The exact box of the character at `offset` inside `word` on `page`.
    Character character(const PdfPage &page, int wordIndex, qint64 offset);
    const PdfPage *pageOf(qint64 offset) const;

    QByteArray m_pdf;
    const QVector<PdfPage> &m_pages;
    std::unique_ptr<Poppler::Document> m_document;
    bool m_documentFailed = false;
    int m_cachedPage = -1;
    std::vector<std::unique_ptr<Poppler::TextBox>> m_cachedBoxes;
    std::vector<int> m_cachedWordBoxes; // for each non-empty text box, its index in m_cachedBoxes
    int m_pagesRead = 0;
};

} // namespace Recoupe
