// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Recoupe {

// A word or a punctuation mark of a text, with its place in UTF-16 code units.
struct WordToken
{
    enum Flag : quint16
    {
        Word = 1 << 0, // letters or digits; otherwise one punctuation mark or a line break
        Capitalized = 1 << 1, // first letter upper case
        AllCaps = 1 << 2, // every letter upper case, at least two letters
        HasDigit = 1 << 3,
        SentenceStart = 1 << 4, // first word of a sentence, a line or a quotation
        Elided = 1 << 5, // "l'", "d'", "qu'": the apostrophe belongs to this token
        Joined = 1 << 6, // only spaces or tabs separate it from the previous token
        LineBreak = 1 << 7, // a line break (a punctuation token)
        Possessive = 1 << 8, // followed by "'s", which is skipped
    };

    qint32 start = 0;
    qint32 end = 0;
    quint16 flags = 0;
    QChar mark; // the punctuation mark, for non-words

    bool is(Flag flag) const { return flags & flag; }
    bool isWord() const { return flags & Word; }
    bool isMark(char c) const { return !isWord() && mark == QLatin1Char(c); }
    int length() const { return end - start; }
};

// Cuts a text into words and punctuation for the entity suggester: hyphenated words stay whole
// ("Jean-Michel"), French elisions are split off ("l'Éducation" -> "l'", "Éducation"), and each
// word knows whether it starts a sentence, so that capitals there are not taken for names.
class WordScanner
{
public:
    static QVector<WordToken> scan(QStringView text);
};

} // namespace Recoupe
