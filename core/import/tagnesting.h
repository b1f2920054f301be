// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Recoupe {

// How deep a page's elements nest, and how much the parser will walk its stack of open
// elements, estimated from the tags before the page is parsed. Gumbo 0.10 (Debian 12) has no
// max_tree_depth option, and its tree construction looks down that stack for most tags:
// 100,000 nested <div> take minutes, and so do millions of stray end tags under a few hundred
// open elements. This guard lets the importer refuse such a page first. It keeps a stack of
// the elements that nest when left open (div, span, b, section…), not those a sibling closes
// (p, li, td, option…) nor void ones (br, img); an end tag closes the innermost element of its
// name, SVG and MathML follow their own rules for "/>", and comments and script or style text
// are skipped. It is an estimate for limits, never used to read the page.
class TagNesting
{
public:
    struct Estimate
    {
        int deepest = 0; // the deepest level reached
        qint64 stackSteps = 0; // open elements passed over, summed over all tags
    };
    // Stops once the depth is above `stopAbove` or the steps above `stepsAbove`.
    static Estimate estimate(QByteArrayView html, int stopAbove, qint64 stepsAbove);
};

} // namespace Recoupe
