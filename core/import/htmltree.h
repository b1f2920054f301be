// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct GumboInternalNode;
struct GumboInternalOutput;

namespace Recoupe {

// A web page parsed by Gumbo, the HTML5 tree-construction algorithm browsers follow (tested
// against html5lib's suite): misnested and unclosed tags, character references with or
// without ';', comments closed with "--!>", <template> and foreign content (SVG, MathML) come
// out as a browser would build them. Owns the UTF-8 text the tree points into.
class HtmlTree
{
public:
    explicit HtmlTree(QByteArray utf8);
    ~HtmlTree();
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    // The document node (its children: doctype comments and the <html> element); null only
    // when Gumbo could not allocate the tree.
    const GumboInternalNode *document() const;
    // The <html> element, which Gumbo always creates.
    const GumboInternalNode *root() const;

private:
    QByteArray m_utf8;
    GumboInternalOutput *m_output = nullptr;
};

} // namespace Recoupe
