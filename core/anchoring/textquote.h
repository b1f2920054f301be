// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/anchor.h"

#include <optional>

namespace Recoupe {

// Building and finding W3C text-quote anchors in a source's canonical text.
class TextQuote
{
public:
    // An anchor over [start, end) of `text` with its quote and up to Anchor::ContextLength
    // characters of prefix and suffix. The range is clamped to the text.
    static Anchor fromRange(qint64 sourceId, QStringView text, qint64 start, qint64 end);

    // Where the `occurrence`-th (1-based) instance of `quote` starts and ends in `text`. Runs of
    // white space match any white space and straight and curly apostrophes match each other, so a
    // quote typed on a keyboard finds the typeset text.
    static std::optional<std::pair<qint64, qint64>> find(
        QStringView text, const QString &quote, int occurrence = 1);
    static int count(QStringView text, const QString &quote);

    // Where `anchor` belongs in `text` after the text changed: its old position if the quote is
    // still there, otherwise the instance of the quote whose context matches best, nearest to the
    // old position. std::nullopt when the quote is gone (the anchor is an orphan).
    static std::optional<Anchor> reanchor(const Anchor &anchor, QStringView text);
};

} // namespace Recoupe
