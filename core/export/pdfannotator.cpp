// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfannotator.h"

#include "pdfdocument.h"
#include "pdfvalues.h"

#include <algorithm>

namespace Recoupe {

namespace {

QPDFObjectHandle name(const char *value)
{
    return QPDFObjectHandle::newName(value);
}

} // namespace

PdfAnnotator::PdfAnnotator(PdfDocument &document, Mode mode)
    : m_document(document)
    , m_mode(mode)
{ }

QPDFObjectHandle PdfAnnotator::multiplyState()
{
    if (m_multiply.isInitialized())
        return m_multiply;
    QPDFObjectHandle state = QPDFObjectHandle::newDictionary();
    state.replaceKey("/Type", name("/ExtGState"));
    state.replaceKey("/BM", name("/Multiply"));
    state.replaceKey("/CA", QPDFObjectHandle::newInteger(1));
    state.replaceKey("/ca", QPDFObjectHandle::newInteger(1));
    m_multiply = m_document.add(state);
    return m_multiply;
}

QPDFObjectHandle PdfAnnotator::appearance(const QRectF &bbox, const QByteArray &paint)
{
    QPDFObjectHandle states = QPDFObjectHandle::newDictionary();
    states.replaceKey("/RcpMultiply", multiplyState());
    QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/ExtGState", states);
    QPDFObjectHandle form = QPDFObjectHandle::newDictionary();
    form.replaceKey("/Type", name("/XObject"));
    form.replaceKey("/Subtype", name("/Form"));
    form.replaceKey("/BBox", PdfValues::rect(bbox));
    form.replaceKey("/Resources", resources);
    return m_document.addStream(form, paint, paint.size() > 256);
}

QPDFObjectHandle PdfAnnotator::add(const PdfHighlight &h)
{
    if (h.page < 0 || h.page >= m_document.pageCount())
        return QPDFObjectHandle();
    const PdfPageGeometry geometry = m_document.geometry(h.page);
    const QColor rgb = h.color.isValid() ? h.color.toRgb() : QColor(0xff, 0xd5, 0x4f);

    QPDFObjectHandle quads = QPDFObjectHandle::newArray();
    QRectF bounds;
    QByteArray paint = "/RcpMultiply gs\n" + PdfValues::format(rgb.redF()) + ' '
        + PdfValues::format(rgb.greenF()) + ' ' + PdfValues::format(rgb.blueF()) + " rg\n";
    for (const QRectF &line : h.lines) {
        if (line.width() <= 0 || line.height() <= 0)
            continue;
        double q[8];
        geometry.quadPoints(line, q);
        for (double v : q)
            quads.appendItem(PdfValues::number(v));
        // Polygon upper left, upper right, lower right, lower left.
        paint += PdfValues::format(q[0]) + ' ' + PdfValues::format(q[1]) + " m " + PdfValues::format(q[2])
            + ' ' + PdfValues::format(q[3]) + " l " + PdfValues::format(q[6]) + ' ' + PdfValues::format(q[7])
            + " l " + PdfValues::format(q[4]) + ' ' + PdfValues::format(q[5]) + " l h f\n";
        const QRectF user = geometry.toUser(line);
        bounds = bounds.isNull() ? user : bounds.united(user);
    }
    if (bounds.isNull())
        return QPDFObjectHandle();
    QPDFObjectHandle form = appearance(bounds, paint);
    ++m_added;
    if (m_mode == Mode::Flatten) {
        m_perPage[h.page].push_back(form);
        return form;
    }

    // Built from a map: replaceKey() would read the page (and its whole object stream) only to
    // check that the reference is not null.
    QPDFObjectHandle page = m_document.pageReference(h.page);
    QPDFObjectHandle annotation = PdfDocument::dictionary({ { "/P", page } });
    annotation.replaceKey("/Type", name("/Annot"));
    annotation.replaceKey("/Subtype", name("/Highlight"));
    annotation.replaceKey("/Rect", PdfValues::rect(bounds));
    annotation.replaceKey("/QuadPoints", quads);
    annotation.replaceKey("/C", PdfValues::color(rgb));
    annotation.replaceKey("/CA", QPDFObjectHandle::newInteger(1));
    annotation.replaceKey("/F", QPDFObjectHandle::newInteger(4)); // Print
    annotation.replaceKey("/Contents", PdfValues::text(h.contents));
    if (!h.author.isEmpty())
        annotation.replaceKey("/T", PdfValues::text(h.author));
    annotation.replaceKey("/NM", PdfValues::text(h.name));
    annotation.replaceKey("/CreationDate", PdfValues::date(h.created));
    annotation.replaceKey("/M", PdfValues::date(h.modified.isValid() ? h.modified : h.created));
    QPDFObjectHandle ap = QPDFObjectHandle::newDictionary();
    ap.replaceKey("/N", form);
    annotation.replaceKey("/AP", ap);
    annotation = m_document.add(annotation);

    // The popup opens beside the passage, inside the page, closed until the reader asks.
    const QRectF crop = geometry.cropBox();
    QRectF popupRect(bounds.right() + 8, bounds.bottom() - 120, 200, 120);
    if (popupRect.right() > crop.right())
        popupRect.moveRight(crop.right());
    if (popupRect.top() < crop.top())
        popupRect.moveTop(crop.top());
    QPDFObjectHandle popup = PdfDocument::dictionary({ { "/P", page } });
    popup.replaceKey("/Type", name("/Annot"));
    popup.replaceKey("/Subtype", name("/Popup"));
    popup.replaceKey("/Rect", PdfValues::rect(popupRect));
    popup.replaceKey("/Parent", annotation);
    popup.replaceKey("/Open", QPDFObjectHandle::newBool(false));
    popup.replaceKey("/F", QPDFObjectHandle::newInteger(28)); // Print, NoZoom, NoRotate
    popup = m_document.add(popup);
    annotation.replaceKey("/Popup", popup);

    m_perPage[h.page].push_back(annotation);
    m_perPage[h.page].push_back(popup);
    return annotation;
}

Status PdfAnnotator::finish()
{
    try {
        for (auto &[index, objects] : m_perPage) {
            QPDFObjectHandle page = m_document.pageDictionary(index);
            if (m_mode == Mode::Annotate) {
                // A direct array: the old one may be shared or indirect, it stays as it was.
                QPDFObjectHandle annots = QPDFObjectHandle::newArray();
                QPDFObjectHandle old = m_document.resolve(page.getKey("/Annots"));
                if (old.isArray()) {
                    for (const QPDFObjectHandle &item : old.getArrayAsVector())
                        annots.appendItem(item);
                }
                for (const QPDFObjectHandle &annotation : objects)
                    annots.appendItem(annotation);
                page.replaceKey("/Annots", annots);
                m_document.pageChanged(index);
                continue;
            }

            // Flatten: the page's own resources, copied so shared or inherited ones stay intact.
            QPDFObjectHandle oldResources = m_document.inherited(index, "/Resources");
            QPDFObjectHandle resources = oldResources.isDictionary() ? oldResources.shallowCopy()
                                                                     : QPDFObjectHandle::newDictionary();
            QPDFObjectHandle oldXObjects = m_document.resolve(resources.getKey("/XObject"));
            QPDFObjectHandle xobjects
                = oldXObjects.isDictionary() ? oldXObjects.shallowCopy() : QPDFObjectHandle::newDictionary();
            QByteArray paint = "\nQ\nq\n";
            int n = 0;
            for (const QPDFObjectHandle &form : objects) {
                std::string key;
                do {
                    key = "/RcpHighlight" + std::to_string(n++);
                } while (xobjects.hasKey(key));
                xobjects.replaceKey(key, form);
                paint += QByteArray::fromStdString(key) + " Do\n";
            }
            paint += "Q\n";
            resources.replaceKey("/XObject", xobjects);
            page.replaceKey("/Resources", resources);

            // The original content runs inside q…Q so that whatever state it leaves behind does
            // not move the highlights drawn after it.
            QPDFObjectHandle contents = QPDFObjectHandle::newArray();
            contents.appendItem(m_document.addStream(QPDFObjectHandle::newDictionary(), "q\n", false));
            QPDFObjectHandle old = page.getKey("/Contents");
            QPDFObjectHandle value = m_document.resolve(old);
            if (value.isArray()) {
                for (const QPDFObjectHandle &item : value.getArrayAsVector())
                    contents.appendItem(item);
            } else if (old.isIndirect() || value.isStream()) {
                contents.appendItem(old);
            }
            contents.appendItem(m_document.addStream(QPDFObjectHandle::newDictionary(), paint, false));
            page.replaceKey("/Contents", contents);
            m_document.pageChanged(index);
        }
        m_perPage.clear();
        return {};
    } catch (const std::exception &error) {
        return Error {
            tr("Cannot add the highlights to “%1”: %2").arg(m_document.name(), PdfDocument::describe(error))
        };
    }
}

} // namespace Recoupe
