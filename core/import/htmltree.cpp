// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltree.h"

#include <gumbo.h>

#include <cstddef>
#include <new>

namespace Recoupe {

namespace {

constexpr size_t BlockSize = size_t(1) << 20;
constexpr size_t Alignment = alignof(std::max_align_t);

} // namespace

HtmlTree::HtmlTree(QByteArray utf8)
    : m_utf8(std::move(utf8))
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &HtmlTree::allocate;
    options.deallocator = &HtmlTree::release;
    options.userdata = this;
    // Parse errors are not reported to the user: keeping them would only cost memory.
    options.max_errors = 0;
    m_output = gumbo_parse_with_options(&options, m_utf8.constData(), size_t(m_utf8.size()));
}

// The tree goes with its blocks; gumbo_destroy_output would only walk it to free nothing.
HtmlTree::~HtmlTree() = default;

void *HtmlTree::allocate(void *tree, size_t size)
{
    auto *self = static_cast<HtmlTree *>(tree);
    size = (size + Alignment - 1) & ~(Alignment - 1);
    if (size > BlockSize / 4) {
        self->m_large.emplace_back(new (std::nothrow) char[size]);
        return self->m_large.back().get();
    }
    if (self->m_blocks.empty() || self->m_used + size > BlockSize) {
        std::unique_ptr<char[]> block(new (std::nothrow) char[BlockSize]);
        if (!block)
            return nullptr;
        self->m_blocks.push_back(std::move(block));
        self->m_used = 0;
    }
    char *at = self->m_blocks.back().get() + self->m_used;
    self->m_used += size;
    return at;
}

void HtmlTree::release(void *, void *) { }

const GumboNode *HtmlTree::document() const
{
    return m_output ? m_output->document : nullptr;
}

const GumboNode *HtmlTree::root() const
{
    return m_output ? m_output->root : nullptr;
}

} // namespace Recoupe
