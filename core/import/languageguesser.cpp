// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageguesser.h"

#include <QHash>

#include <array>

namespace Recoupe {

namespace {

enum Language
{
    French,
    English,
    Spanish,
    German,
    Italian,
    Portuguese,
    LanguageCount
};

using Mask = unsigned;

// Function words, each with the languages that use it. Words shared by French and another
// language count for both, so only the words specific to one language tip the balance.
const QHash<QString, Mask> &stopWords()
{
    static const QHash<QString, Mask> words = [] {
        QHash<QString, Mask> w;
        auto add = [&w](Language lang, const char *list) {
            for (const QString &word : QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                w[word] |= 1u << lang;
        };
        add(French,
            "le la les de des du un une et est en dans pour que qui sur pas au aux avec ce cette ces "
            "il elle ils elles nous vous sont par plus ne se sa son ses leur leurs mais ou été être "
            "avait ont sont était l d qu n s c j m lui même aussi où comme tout très après entre");
        add(English,
            "the and of to is in that it for with as was are be this by not or from at which have "
            "has had were been their they an will would there its his her but who what when can "
            "should could about into than these those also");
        add(Spanish,
            "el los las y de del la que en por con una un para como pero más está se su sus es al "
            "lo le les");
        add(German,
            "der die das und ist nicht ein eine zu den von mit sich auf für dem des im auch es "
            "werden wird sind");
        add(Italian, "il di che è per gli della delle sono non una un con del la le nel alla questo anche");
        add(Portuguese, "o os as do da dos das em não um uma com para é que se por mais mas ao");
        return w;
    }();
    return words;
}

} // namespace

QString LanguageGuesser::guess(QStringView text, qsizetype sample)
{
    const QHash<QString, Mask> &words = stopWords();
    std::array<int, LanguageCount> hits {};
    int tokens = 0;
    const QStringView part = text.left(sample);
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        ++tokens;
        const auto it = words.constFind(word);
        if (it != words.constEnd()) {
            for (int lang = 0; lang < LanguageCount; ++lang) {
                if (*it & (1u << lang))
                    ++hits[lang];
            }
        }
        word.clear();
    };
    for (const QChar c : part) {
        if (c.isLetter())
            word.append(c.toLower());
        else
            flush(); // apostrophes split "l’éducation" into "l" and "éducation"
    }
    flush();

    int best = -1;
    int second = 0;
    for (int lang = 0; lang < LanguageCount; ++lang) {
        if (best < 0 || hits[lang] > hits[best]) {
            if (best >= 0)
                second = hits[best];
            best = lang;
        } else if (hits[lang] > second) {
            second = hits[lang];
        }
    }
    // Too little evidence, or no clear winner: say nothing rather than guess.
    if (tokens < 8 || hits[best] < 4 || hits[best] * 10 < tokens || hits[best] * 4 < second * 5)
        return QString();
    if (best == French)
        return QStringLiteral("fr");
    if (best == English)
        return QStringLiteral("en");
    return QString();
}

} // namespace Recoupe
