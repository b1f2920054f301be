// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagnesting.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

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

// Start tags that end SVG or MathML content and are read as HTML again.
bool breaksOutOfForeign(std::string_view name)
{
    static constexpr std::array<std::string_view, 44> breakout = {"b", "big", "blockquote", "body", "br",
        "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small",
        "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var"};
    return name == "font" || std::find(breakout.begin(), breakout.end(), name) != breakout.end();
}

bool sameName(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), b.data(), a.size()) == 0;
}

// Elements whose content is text up to their end tag.
bool isRawText(std::string_view name)
{
    static constexpr std::array<std::string_view, 9> raw
        = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"};
    return std::find(raw.begin(), raw.end(), name) != raw.end();
}

} // namespace

TagNesting::Estimate TagNesting::estimate(QByteArrayView html, int stopAbove, qint64 stepsAbove)
{
    struct Open
    {
        std::string_view name; // points into `html`, lower-cased copies are not needed: see sameName
        bool foreignRoot; // <svg> or <math>
        bool integration; // <foreignObject>, <desc> or <title> inside SVG: HTML again
    };
    const qsizetype n = html.size();
    const char *s = html.data();
    std::vector<Open> stack;
    std::vector<size_t> modes; // indices in `stack` of foreign roots and integration points
    Estimate result;
    auto inForeign = [&] {
        return !modes.empty() && stack[modes.back()].foreignRoot;
    };
    auto popTo = [&](size_t size) {
        stack.resize(size);
        while (!modes.empty() && modes.back() >= size)
            modes.pop_back();
    };
    qsizetype i = 0;
    while (i < n && result.deepest <= stopAbove && result.stackSteps <= stepsAbove) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0 || lt + 1 >= n)
            break;
        i = lt + 1;
        if (html.sliced(lt).startsWith("<!--")) {
            if (html.sliced(lt).startsWith("<!-->") || html.sliced(lt).startsWith("<!--->")) {
                i = html.indexOf('>', lt + 4) + 1; // empty comments HTML5 closes at once
                continue;
            }
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
        const qsizetype nameStart = i;
        while (i < n && !isNameEnd(s[i]))
            ++i;
        const std::string_view raw(s + nameStart, size_t(i - nameStart));
        char lower[16] = {};
        for (size_t c = 0; c < qMin(raw.size(), sizeof lower); ++c)
            lower[c] = char(raw[c] | 0x20); // ASCII lower case; other bytes make no known name
        const std::string_view tag(lower, raw.size() <= sizeof lower ? raw.size() : 0);
        const qsizetype gt = html.indexOf('>', i);
        if (gt < 0)
            break;
        i = gt + 1;
        // The parser looks down its stack of open elements for most tags.
        result.stackSteps += qint64(stack.size());
        if (!closing && inForeign() && breaksOutOfForeign(tag))
            popTo(modes.back());
        if (!nestsWhenOpen(tag))
            continue;
        if (closing) {
            // An end tag closes the innermost element of its name and all inside it; one with
            // no such element open is ignored, as the parser does.
            for (size_t k = stack.size(); k-- > 0;) {
                if (sameName(stack[k].name, raw)) {
                    popTo(k);
                    break;
                }
            }
            continue;
        }
        const bool foreign = inForeign();
        if (!foreign && isRawText(tag)) {
            QByteArray end("</");
            end.append(raw.data(), qsizetype(raw.size()));
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
        // "<div/>" opens a div in HTML; only in SVG and MathML does "/>" close the element.
        const bool foreignRoot = tag == "svg" || tag == "math";
        if (s[gt - 1] == '/' && (foreign || foreignRoot))
            continue;
        const bool integration = foreign && (tag == "foreignobject" || tag == "desc" || tag == "title");
        if (foreignRoot || integration)
            modes.push_back(stack.size());
        stack.push_back({raw, foreignRoot, integration});
        result.deepest = qMax(result.deepest, int(stack.size()));
    }
    return result;
}

} // namespace Recoupe
