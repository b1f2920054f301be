// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltree.h"

#include <gumbo.h>

namespace Recoupe {

HtmlTree::HtmlTree(QByteArray utf8)
    : m_utf8(std::move(utf8))
{
    GumboOptions options = kGumboDefaultOptions;
    // Parse errors are not reported to the user: keeping them would only cost memory.
    options.max_errors = 0;
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

HtmlTree::~HtmlTree()
{
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

const GumboInternalNode *HtmlTree::document() const
{
    return m_output ? m_output->document : nullptr;
}

const GumboInternalNode *HtmlTree::root() const
{
    return m_output ? m_output->root : nullptr;
}

} // namespace Recoupe
