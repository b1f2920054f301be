// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Recoupe {

// How names are compared: variants that differ only in case, accents, apostrophes, hyphens or a
// leading article ("la Cnil", "CNIL") share one key. Keys are what rejected_suggestions stores.
class NameKey
{
public:
    // Lower case without diacritics, ligatures spelled out, typographic apostrophes made straight.
    static QString fold(QStringView text);
    // The grouping key of a name: folded, punctuation as single spaces, no leading article.
    static QString key(QStringView name);
    // The words of a key, without particles and articles ("direction numerique education").
    static QStringList contentWords(QStringView key);
    // Upper-case initials of the content words: "Amazon Web Services" -> "AWS".
    static QString initials(QStringView name);
    // Letters of an acronym for comparison with initials: "CINOV-IT" -> "CINOVIT".
    static QString acronymLetters(QStringView acronym);
    // Two or more letters, all upper case (digits and inner hyphens allowed): "DNE", "CINOV-IT".
    static bool isAcronym(QStringView word);
    static bool isApostrophe(QChar c);
    static bool isHyphen(QChar c);
};

} // namespace Recoupe
