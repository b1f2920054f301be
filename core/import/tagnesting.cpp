// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagnesting.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <string_view>

namespace Recoupe {

namespace {

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameEnd(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
}

// Elements that never hold others (void) or that the next sibling closes.
bool nestsWhenOpen(std::string_view name)
{
    static constexpr std::array<std::string_view, 33> flat
        = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
            "wbr", "param", "keygen", "basefont", "bgsound", "frame", "p", "li", "dt", "dd", "option",
            "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rb", "rt", "rp"};
    return std::find(flat.begin(), flat.end(), name) == flat.end();
}

// Elements whose content is text up to their end tag.
bool isRawText(std::string_view name)
{
    static constexpr std::array<std::string_view, 9> raw
        = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"};
    return std::find(raw.begin(), raw.end(), name) != raw.end();
}

} // namespace

int TagNesting::deepest(QByteArrayView html, int stopAbove)
{
    const qsizetype n = html.size();
    const char *s = html.data();
    int depth = 0;
    int deepest = 0;
    int foreign = 0; // open <svg> and <math> elements
    qsizetype i = 0;
    char name[16];
    while (i < n && deepest <= stopAbove) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0 || lt + 1 >= n)
            break;
        i = lt + 1;
        if (html.sliced(lt).startsWith("<!--")) {
            const qsizetype end = html.indexOf("--", lt + 4);
            // "-->" and the "--!>" HTML5 also accepts both start with the next "--".
            i = end < 0 ? n : end + 2;
            continue;
        }
        const bool closing = s[i] == '/';
        if (closing)
            ++i;
        if (i >= n || !isLetter(s[i]))
            continue;
        qsizetype length = 0;
        while (i < n && !isNameEnd(s[i])) {
            if (length < qsizetype(sizeof name))
                name[length] = char(s[i] | 0x20); // ASCII lower case; other bytes make no known name
            ++length;
            ++i;
        }
        const std::string_view tag(name, size_t(qMin<qsizetype>(length, sizeof name)));
        const qsizetype gt = html.indexOf('>', i);
        if (gt < 0)
            break;
        i = gt + 1;
        if (!nestsWhenOpen(tag))
            continue;
        if (closing) {
            if (foreign > 0 && (tag == "svg" || tag == "math"))
                --foreign;
            depth = qMax(0, depth - 1);
            continue;
        }
        if (isRawText(tag)) {
            QByteArray end("</");
            end.append(tag.data(), qsizetype(tag.size()));
            qsizetype close = i;
            for (;;) {
                close = html.indexOf(end.at(0), close);
                if (close < 0
                    || (n - close >= end.size()
                        && qstrnicmp(s + close, end.constData(), size_t(end.size())) == 0))
                    break;
                ++close;
            }
            i = close < 0 ? n : close;
            continue;
        }
        const bool foreignRoot = tag == "svg" || tag == "math";
        // "<div/>" opens a div in HTML; only inside SVG and MathML does "/>" close the element.
        if (s[gt - 1] == '/' && (foreign > 0 || foreignRoot))
            continue;
        if (foreignRoot)
            ++foreign;
        deepest = qMax(deepest, ++depth);
    }
    return deepest;
}

} // namespace Recoupe
