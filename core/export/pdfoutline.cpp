// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfoutline.h"

#include "pdfdocument.h"
#include "pdfvalues.h"

namespace Recoupe {

namespace {

// Builds the items under `parent` and returns (first, last, count of visible descendants).
struct Built
{
    QPDFObjectHandle first;
    QPDFObjectHandle last;
    int count = 0;
};

Built build(PdfDocument &document, const QVector<PdfOutline::Item> &items, QPDFObjectHandle parent)
{
    Built built;
    QPDFObjectHandle previous;
    for (const PdfOutline::Item &item : items) {
        QPDFObjectHandle node = QPDFObjectHandle::newDictionary();
        node.replaceKey("/Title", PdfValues::text(item.title));
        node.replaceKey("/Parent", parent);
        if (item.page >= 0 && item.page < document.pageCount()) {
            QPDFObjectHandle dest = QPDFObjectHandle::newArray();
            dest.appendItem(document.pageReference(item.page));
            if (item.top >= 0) {
                const PdfPageGeometry geometry = document.geometry(item.page);
                const QPointF user = geometry.toUser(QPointF(0, std::max(0.0, item.top - 12)));
                dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
                dest.appendItem(QPDFObjectHandle::newNull());
                dest.appendItem(PdfValues::number(geometry.rotation() % 180 == 0 ? user.y() : user.x()));
                dest.appendItem(QPDFObjectHandle::newNull());
            } else {
                dest.appendItem(QPDFObjectHandle::newName("/Fit"));
            }
            node.replaceKey("/Dest", dest);
        }
        node = document.add(node);
        if (previous.isInitialized()) {
            node.replaceKey("/Prev", previous);
            previous.replaceKey("/Next", node);
        } else {
            built.first = node;
        }
        if (!item.children.isEmpty()) {
            const Built children = build(document, item.children, node);
            node.replaceKey("/First", children.first);
            node.replaceKey("/Last", children.last);
            node.replaceKey("/Count", QPDFObjectHandle::newInteger(children.count)); // open
            built.count += children.count;
        }
        built.count += 1;
        previous = node;
    }
    built.last = previous;
    return built;
}

} // namespace

void PdfOutline::append(PdfDocument &document, const QVector<Item> &items)
{
    if (items.isEmpty())
        return;
    QPDFObjectHandle root = document.qpdf().getRoot();
    QPDFObjectHandle outlines = root.getKey("/Outlines");
    if (!outlines.isDictionary()) {
        QPDFObjectHandle fresh = QPDFObjectHandle::newDictionary();
        fresh.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
        outlines = document.add(fresh);
        root.replaceKey("/Outlines", outlines);
        document.touch(root);
    } else if (!outlines.isIndirect()) {
        // Outline items point to their parent: it must be an indirect object.
        outlines = document.add(outlines);
        root.replaceKey("/Outlines", outlines);
        document.touch(root);
    }
    Built built = build(document, items, outlines);
    QPDFObjectHandle oldLast = outlines.getKey("/Last");
    if (oldLast.isDictionary() && oldLast.isIndirect()) {
        oldLast.replaceKey("/Next", built.first);
        built.first.replaceKey("/Prev", oldLast);
        document.touch(oldLast);
    } else {
        outlines.replaceKey("/First", built.first);
    }
    outlines.replaceKey("/Last", built.last);
    QPDFObjectHandle oldCount = outlines.getKey("/Count");
    const long long before = oldCount.isInteger() ? std::abs(oldCount.getIntValue()) : 0;
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(before + built.count));
    document.touch(outlines);
    if (!root.getKey("/PageMode").isName()) {
        root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        document.touch(root);
    }
}

} // namespace Recoupe
