// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/anchor.h"
#include "model/pdfpage.h"

namespace Recoupe {

// The boxes that cover a passage of a PDF source, built from the stored word boxes.
class PdfQuads
{
public:
    // One box per line of the passage [start, end): the words it overlaps, merged while they sit
    // on the same line of the same page. A passage starting or ending inside a word covers the
    // matching share of that word's box.
    static QVector<PageBox> forRange(const QVector<PdfPage> &pages, qint64 start, qint64 end);
    // The 0-based page holding text offset `offset`, -1 if none.
    static int pageAt(const QVector<PdfPage> &pages, qint64 offset);
};

} // namespace Recoupe
