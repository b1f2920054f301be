// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

struct sqlite3;

namespace Recoupe {

// The full-text index's tokenizer: SQLite's unicode61 (its arguments are passed on), plus one
// rule for typeset text. A word broken at a line end by a hyphen ("coun-⏎ters", with an ASCII
// hyphen, U+2010 or a soft hyphen, the next line starting with a lower-case letter) is one
// token, "counters", whose byte range covers both pieces and the break. So a search for
// "counters" or a phrase across the break finds it, and the match maps back to the exact text.
// A capital after the break ("Morin-⏎Desailly") is a hyphen that belongs to the word: two tokens.
//
// Registered as "recoupe" on every dossier connection (Database::open); the text index is
// declared with tokenize='recoupe remove_diacritics 2'.
class HyphenJoiningTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(HyphenJoiningTokenizer)

public:
    static constexpr const char *Name = "recoupe";

    static Status registerOn(sqlite3 *db);
};

} // namespace Recoupe
