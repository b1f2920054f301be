// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextlayer.h"

#include "pdfdocument.h"
#include "pdfpagegeometry.h"

#include <QLineF>

#include <cmath>

namespace Recoupe {

namespace {

// A character in WinAnsiEncoding (PDF 32000 annex D), '?' when it has no code there.
char winAnsi(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u <= 0xFF))
        return char(u);
    switch (u) {
    case 0x20AC:
        return char(0x80);
    case 0x2026:
        return char(0x85);
    case 0x0152:
        return char(0x8C);
    case 0x2018:
        return char(0x91);
    case 0x2019:
        return char(0x92);
    case 0x201C:
        return char(0x93);
    case 0x201D:
        return char(0x94);
    case 0x2013:
        return char(0x96);
    case 0x2014:
        return char(0x97);
    case 0x0153:
        return char(0x9C);
    case 0x0178:
        return char(0x9F);
    default:
        return '?';
    }
}

QByteArray number(double value)
{
    QByteArray out = QByteArray::number(value, 'f', 3);
    while (out.contains('.') && (out.endsWith('0') || out.endsWith('.')))
        out.chop(1);
    return out == "-0" ? QByteArray("0") : out;
}

} // namespace

QByteArray PdfTextLayer::content(
    const PdfPage &page, const QString &text, const PdfPageGeometry &geometry, const QByteArray &fontKey)
{
    QByteArray out = "q\nBT\n3 Tr\n";
    for (const PdfWord &word : page.words) {
        if (word.length <= 0 || word.box.isEmpty() || word.start < 0
            || word.start + word.length > text.size())
            continue;
        const QStringView letters = QStringView(text).mid(word.start, word.length);
        // The word's baseline runs along the box's bottom edge as displayed; its up is the box's left edge.
        const QPointF origin = geometry.toUser(word.box.bottomLeft());
        const QPointF end = geometry.toUser(word.box.bottomRight());
        const QPointF top = geometry.toUser(word.box.topLeft());
        const QLineF along(origin, end);
        const QLineF up(origin, top);
        const double size = up.length();
        if (size <= 0 || along.length() <= 0)
            continue;
        const QPointF x = (end - origin) / along.length();
        const QPointF y = (top - origin) / size;
        // Helvetica's letters average about half an em: stretch the word to its box's width.
        const double natural = 0.5 * size * double(letters.size());
        const double stretch = 100.0 * along.length() / natural;
        QByteArray hex;
        hex.reserve(letters.size() * 2);
        for (const QChar c : letters)
            hex += QByteArray(1, winAnsi(c)).toHex();
        out += "/" + fontKey + " " + number(size) + " Tf " + number(stretch) + " Tz " + number(x.x()) + " "
            + number(x.y()) + " " + number(y.x()) + " " + number(y.y()) + " " + number(origin.x()) + " "
            + number(origin.y()) + " Tm <" + hex + "> Tj\n";
    }
    out += "ET\nQ\n";
    return out;
}

Result<int> PdfTextLayer::add(PdfDocument &document, const QVector<PdfPage> &pages, const QString &text)
{
    try {
        QPDFObjectHandle font;
        int added = 0;
        for (const PdfPage &page : pages) {
            if (!page.isOcr() || page.words.isEmpty() || page.page < 0 || page.page >= document.pageCount())
                continue;
            if (!font.isInitialized()) {
                font = document.add(PdfDocument::dictionary({
                    {"/Type", QPDFObjectHandle::newName("/Font")},
                    {"/Subtype", QPDFObjectHandle::newName("/Type1")},
                    {"/BaseFont", QPDFObjectHandle::newName("/Helvetica")},
                    {"/Encoding", QPDFObjectHandle::newName("/WinAnsiEncoding")},
                }));
            }
            const int index = page.page;
            QPDFObjectHandle dictionary = document.pageDictionary(index);
            // The page's own resources, copied so shared or inherited ones stay as they were.
            QPDFObjectHandle oldResources = document.inherited(index, "/Resources");
            QPDFObjectHandle resources = oldResources.isDictionary() ? oldResources.shallowCopy()
                                                                     : QPDFObjectHandle::newDictionary();
            QPDFObjectHandle oldFonts = document.resolve(resources.getKey("/Font"));
            QPDFObjectHandle fonts
                = oldFonts.isDictionary() ? oldFonts.shallowCopy() : QPDFObjectHandle::newDictionary();
            std::string key = "RcpOcrText";
            for (int n = 1; fonts.hasKey("/" + key); ++n)
                key = "RcpOcrText" + std::to_string(n);
            fonts.replaceKey("/" + key, font);
            resources.replaceKey("/Font", fonts);
            dictionary.replaceKey("/Resources", resources);

            const QByteArray layer
                = content(page, text, document.geometry(index), QByteArray::fromStdString(key));
            QPDFObjectHandle contents = QPDFObjectHandle::newArray();
            contents.appendItem(document.addStream(QPDFObjectHandle::newDictionary(), layer));
            QPDFObjectHandle old = dictionary.getKey("/Contents");
            QPDFObjectHandle value = document.resolve(old);
            if (value.isArray()) {
                for (const QPDFObjectHandle &item : value.getArrayAsVector())
                    contents.appendItem(item);
            } else if (old.isIndirect() || value.isStream()) {
                contents.appendItem(old);
            }
            dictionary.replaceKey("/Contents", contents);
            document.pageChanged(index);
            ++added;
        }
        return added;
    } catch (const std::exception &error) {
        return Error {tr("Cannot add the recognised text to “%1”: %2")
                          .arg(document.name(), PdfDocument::describe(error))};
    }
}

} // namespace Recoupe
