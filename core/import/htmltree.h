// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>
#include <vector>

#include <gumbo.h>

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
    const GumboNode *document() const;
    // The <html> element, which Gumbo always creates.
    const GumboNode *root() const;

private:
    static void *allocate(void *tree, size_t size);
    static void release(void *tree, void *block);

    QByteArray m_utf8;
    GumboOutput *m_output = nullptr;
    // Gumbo's nodes live in these blocks, all freed at once: a page's tree is thousands of
    // small allocations that malloc and free one by one cost as much as the parse itself.
    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_used = 0; // in the last block
    std::vector<std::unique_ptr<char[]>> m_large; // allocations too large to share a block
};

} // namespace Recoupe
