// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace Recoupe {

// The full-text indexes' tokenizer: another FTS5 tokenizer (its name and arguments follow,
// `tokenize='recoupe_stem unicode61 remove_diacritics 2'`) plus Snowball stemming, so that
// `reserve` finds "réserves" and `recrute` finds "recrutements".
//
// For each word of a text it keeps the word as the inner tokenizer gives it (lower case,
// accents removed), then adds at the same position (FTS5_TOKEN_COLOCATED) its stems, each
// behind StemMarker, a byte no word contains. FTS5 gives a tokenizer no row context, so a word
// is stemmed in every language of the dossier's set, stored in dossier_meta as
// 'stem_languages' (Snowball codes separated by spaces): English, the dossier's language
// (French when none is set) and the language of each source, when Snowball has a stemmer for
// it; equal stems are stored once. A source in a new language extends the set and rebuilds the
// indexes (schema triggers), so that every row is always tokenized the same way: FTS5 deletes a
// row's entries by tokenizing it again.
//
// A query phrase is stemmed only when it starts with StemMarker (QueryTranslator writes that
// for plain words); otherwise, or for a prefix query, it matches the exact forms, as before.
// Offsets are those of the inner tokenizer, so snippets and match positions stay exact.
//
// Registered on every dossier connection by Database::open.
class StemmingTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(StemmingTokenizer)

public:
    static constexpr const char *Name = "recoupe_stem";
    // recoupe_stem_code(tag): the Snowball code of a language tag ("pt" for "pt-BR"), or NULL
    // when Snowball has no stemmer for it. The schema's triggers use it.
    static constexpr const char *CodeFunction = "recoupe_stem_code";
    static constexpr char StemMarker = '\x01';

    static Status registerOn(sqlite3 *db);

    // The Snowball stem of `word` (lower case, accents removed, as the index holds it) in
    // `language` (ISO 639-1 code such as "fr", or a Snowball name), or a null string when
    // Snowball has no stemmer for that language. For tests and the recall benchmark.
    static QString stem(const QString &word, const QString &language);
};

} // namespace Recoupe
