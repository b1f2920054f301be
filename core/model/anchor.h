// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>
#include <QVector>

namespace Recoupe {

// A box on a PDF page, in points (origin top-left of the unrotated page).
struct PageBox
{
    int page = 0; // 0-based
    QRectF rect;

    bool operator==(const PageBox &other) const { return page == other.page && rect == other.rect; }
};

// Where something points in a source: a range of the canonical text together with the quote
// and its context (a W3C TextQuoteSelector), and for PDFs the page and one box per line.
struct Anchor
{
    static constexpr int ContextLength = 32;

    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 start = 0; // UTF-16 code units in the canonical text, [start, end)
    qint64 end = 0;
    QString exact;
    QString prefix;
    QString suffix;
    int page = -1; // 0-based PDF page of `start`, -1 for other sources
    QVector<PageBox> quads; // PDFs: one box per line of the passage, possibly on several pages
    bool orphaned = false; // the quote could not be found again after the text changed

    bool operator==(const Anchor &other) const
    {
        return sourceId == other.sourceId && start == other.start && end == other.end && exact == other.exact
            && prefix == other.prefix && suffix == other.suffix && page == other.page && quads == other.quads
            && orphaned == other.orphaned;
    }

    // The stored form of `quads`: little-endian records of page and four floats.
    static QByteArray packQuads(const QVector<PageBox> &quads);
    static QVector<PageBox> unpackQuads(const QByteArray &blob);
};

} // namespace Recoupe
