// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageguesser.h"

#include <QStringList>

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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

constexpr size_t LongestStopWord = 8;

// Function words, each with the languages that use it. Words shared by French and another
// language count for both, so only the words specific to one language tip the balance.
// Keyed by views into `storage`, so that looking a word up allocates nothing.
struct StopWords
{
    std::vector<std::u16string> storage;
    std::unordered_map<std::u16string_view, Mask> masks;
};

const StopWords &stopWords()
{
    static const StopWords words = [] {
        StopWords w;
        std::vector<std::pair<std::u16string, Mask>> pairs;
        auto add = [&pairs](Language lang, const char *list) {
            for (const QString &word : QString::fromUtf8(list).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                Q_ASSERT(size_t(word.size()) <= LongestStopWord);
                pairs.emplace_back(word.toStdU16String(), 1u << lang);
            }
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
        w.storage.reserve(pairs.size());
        for (auto &pair : pairs)
            w.storage.push_back(pair.first);
        for (size_t i = 0; i < pairs.size(); ++i)
            w.masks[std::u16string_view(w.storage[i])] |= pairs[i].second;
        return w;
    }();
    return words;
}

} // namespace

QString LanguageGuesser::guess(QStringView text, qsizetype sample)
{
    const auto &words = stopWords().masks;
    std::array<int, LanguageCount> hits {};
    int tokens = 0;
    const QStringView part = text.left(sample);
    // Function words are short: longer words are counted but never looked up.
    char16_t word[LongestStopWord];
    size_t length = 0;
    auto flush = [&] {
        if (length == 0)
            return;
        ++tokens;
        if (length <= LongestStopWord) {
            const auto it = words.find(std::u16string_view(word, length));
            if (it != words.end()) {
                for (int lang = 0; lang < LanguageCount; ++lang) {
                    if (it->second & (1u << lang))
                        ++hits[lang];
                }
            }
        }
        length = 0;
    };
    // A clear lead early on settles it: no need to read the rest of the sample.
    auto settled = [&] {
        const int fr = hits[French];
        const int en = hits[English];
        return (fr >= 60 && fr > 3 * en) || (en >= 60 && en > 3 * fr);
    };
    for (const QChar c : part) {
        if (length == 0 && (tokens & 63) == 63 && settled())
            break;
        const char16_t u = c.unicode();
        // ASCII first: most letters of French and English text.
        const bool asciiUpper = u >= 'A' && u <= 'Z';
        if (asciiUpper || (u >= 'a' && u <= 'z') || (u >= 0x80 && c.isLetter())) {
            if (length < LongestStopWord)
                word[length] = asciiUpper ? char16_t(u + 32) : (u < 0x80 ? u : c.toLower().unicode());
            ++length;
        } else {
            flush(); // apostrophes split "l’éducation" into "l" and "éducation"
        }
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
