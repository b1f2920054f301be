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
// cover a neighbouring character or miss one. Here such an edge is moved to the boundary
// between the two characters:
//  - estimated from the word's box when three models of how its width shares out (Times and
//    Helvetica advance widths, and a monospaced font) all put that boundary between the same
//    two character centres with room to spare, as for "provider|." or "l'|avis";
//  - otherwise read from the PDF with Poppler's character boxes, for that page only (a few
//    milliseconds a page: the reason for the estimate).
// The PDF importer keeps word boxes only; with each character's edges stored at import, the
// estimate and the second reading would both go.
//
// Pages are read one at a time and the last one kept: feed anchors in text order and memory
// stays that of one page, whatever the document's length.
class PdfPassageBoxes
{
public:
    // `text` is the source's canonical text, which the word offsets point into.
    PdfPassageBoxes(const QByteArray &pdf, const QVector<PdfPage> &pages, const QString &text);
    ~PdfPassageBoxes();
    PdfPassageBoxes(const PdfPassageBoxes &) = delete;
    PdfPassageBoxes &operator=(const PdfPassageBoxes &) = delete;

    // The anchor's quads (or, when it has none, the ones its range covers), edges refined.
    QVector<PageBox> boxes(const Anchor &anchor);
    // How many pages had to be read with Poppler, and how many edges were estimated instead.
    int pagesRead() const { return m_pagesRead; }
    int edgesEstimated() const { return m_estimated; }

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

    const PdfPage *pageOf(qint64 offset) const;
    // Where the boundary before character `k` of a word lies along its line (a displayed x for
    // horizontal lines, y for vertical ones): estimated, else read from the PDF.
    bool boundary(const PdfPage &page, int wordIndex, int k, Direction *direction, double *at);
    bool estimate(const PdfPage &page, int wordIndex, int k, Direction *direction, double *at);
    // The exact box of the character at `offset` inside `word` on `page`, read with Poppler.
    Character character(const PdfPage &page, int wordIndex, qint64 offset);

    QByteArray m_pdf;
    const QVector<PdfPage> &m_pages;
    const QString &m_text;
    std::unique_ptr<Poppler::Document> m_document;
    bool m_documentFailed = false;
    int m_cachedPage = -1;
    std::vector<std::unique_ptr<Poppler::TextBox>> m_cachedBoxes;
    std::vector<int> m_cachedWordBoxes; // for each non-empty text box, its index in m_cachedBoxes
    int m_pagesRead = 0;
    int m_estimated = 0;
};

} // namespace Recoupe
