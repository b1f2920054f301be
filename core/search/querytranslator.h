// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Recoupe {

// What the user typed, translated into FTS5 MATCH expressions that always parse.
struct FtsQuery
{
    // Passages to find: a valid FTS5 expression, empty when there is nothing to search.
    QString expression;
    // Words excluded from the whole query (top-level NOT): an FTS5 expression, or empty.
    // A source containing any of them anywhere is left out, not just the passage.
    QString excluded;
    // The words and phrases looked for (not the excluded ones), as typed, for display.
    QStringList terms;

    bool isEmpty() const { return expression.isEmpty(); }
};

// Turns a search box's text into FTS5 syntax. Any input gives either a valid expression or an
// empty query, never an FTS5 syntax error. The language, in the user's words:
//
//  - words are searched in all their forms, ignoring case and accents: `reserve` finds
//    "réserves", `recrute` finds "recruter" and "recrutements" (Snowball stems, see
//    StemmingTokenizer); `=mot`, a "quoted phrase" and a prefix `mot*` match only the forms
//    written, still ignoring case and accents: `=reserve` finds "Réserve" but not "réserves";
//  - every word or "quoted phrase" is searched as a phrase, so punctuation inside
//    a word splits it exactly as the index does: `Morin-Desailly` and `l'éducation` find
//    "Morin-Desailly" and "l’éducation", `body:` is just the word "body";
//  - a word hyphenated in lower case (`free-software`, `porte-parole`) is also found where it
//    was printed across a line end, which the index reads as one word ("freesoftware");
//  - "commission de déontologie" finds the words in that order; straight and typographic
//    quotes (“…”, «…») work, an unclosed quote runs to the end;
//  - `numéri*` finds words starting with "numeri" ("numérique", "numérisation"); so does
//    `"commission de déon"*` for the last word of a phrase;
//  - words side by side must all be found in the same passage (AND is implicit); `OR` finds
//    either; `NOT word` or `-word` excludes every source containing that word. Parentheses
//    group; inside parentheses, NOT excludes passages rather than sources;
//  - operators are recognised only in capitals, in English or French: AND/ET, OR/OU,
//    NOT/SAUF. Lower-case "and", "or", "not", "et", "ou" are searched as words, because in
//    real text they are words ("or" is French for gold and "now");
//  - anything that cannot be searched is dropped quietly: lone operators, unmatched
//    parentheses, empty quotes, a bare `*`, FTS5's own syntax (`NEAR(`, `^`, `col:`) is
//    read as plain words. Parentheses nested deeper than 8 levels are flattened.
//
// A query with only excluded words (`NOT amazon`) has nothing to look for and is empty.
class QueryTranslator
{
    Q_DECLARE_TR_FUNCTIONS(QueryTranslator)

public:
    static FtsQuery translate(const QString &input);

    // True when `ch` is part of a word for the index's tokenizer (unicode61: letters, digits,
    // marks and private-use characters); everything else separates words.
    static bool isWordCharacter(char32_t ch);

    // The deepest parenthesis nesting kept; FTS5's parser stack overflows not far beyond.
    static constexpr int MaxNesting = 8;
};

} // namespace Recoupe
