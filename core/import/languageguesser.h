// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Recoupe {

// Guesses whether a text is French or English by counting frequent function words ("le",
// "des", "qu'" against "the", "of", "which"). A few other European languages are counted
// too, so that Spanish or Italian text is not taken for French.
class LanguageGuesser
{
public:
    // "fr", "en", or an empty string when the text is too short, mixed or in another language.
    // Reads at most the first `sample` characters.
    static QString guess(QStringView text, qsizetype sample = 10000);
};

} // namespace Recoupe
