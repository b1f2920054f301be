// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace Recoupe {

// Cuts a text into the words a spell checker should look at, with their UTF-16 offsets.
//
// A word is a run of letters, combining marks and digits; an apostrophe (' ’ ʼ) or a hyphen
// between two such characters stays inside it, so "l’éducation", "aujourd’hui" and
// "porte-parole" are one word each (the checker decides about elisions and compounds).
// Web addresses and e-mail addresses are skipped whole: they are not words.
class WordSplitter
{
public:
    struct Word
    {
        int start = 0;
        int length = 0;
    };

    static QVector<Word> words(QStringView text);

    static bool isApostrophe(QChar c);
    static bool isHyphen(QChar c);
};

} // namespace Recoupe
