// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Recoupe {

// How deep a page's elements nest, estimated from its tags before it is parsed. Gumbo 0.10
// (Debian 12) has no max_tree_depth option, and its tree construction walks the stack of open
// elements for most start tags: 100,000 nested <div> take minutes. This guard refuses such a
// page first. It counts the elements that nest when left open (div, span, b, section…), not
// those a sibling closes (p, li, td, option…) nor void ones (br, img), and skips comments and
// script or style text; it is an estimate for a limit, never used to read the page.
class TagNesting
{
public:
    // The deepest level reached, counting stops a little above `stopAbove`.
    static int deepest(QByteArrayView html, int stopAbove);
};

} // namespace Recoupe
