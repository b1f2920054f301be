// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

#include <qpdf/QPDFObjectHandle.hh>

namespace Recoupe {

class PdfDocument;

// Bookmarks (the PDF outline). New items go after the document's own bookmarks, if it has any,
// so a publisher's table of contents stays as it was.
class PdfOutline
{
public:
    struct Item
    {
        QString title;
        int page = -1; // 0-based page of the document; -1 for a heading without destination
        double top = -1; // displayed points from the top of the page to show first; -1 for the page top
        QVector<Item> children;
    };

    static void append(PdfDocument &document, const QVector<Item> &items);
};

} // namespace Recoupe
