// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Recoupe {

// The language a text is written in, identified by CLD2 (Chromium's compact language detector:
// 83 languages, every EU language, Russian, Arabic, Chinese, Japanese…). It drives spell checking
// and the stemming of search, so an unsure answer is no answer.
class LanguageGuesser
{
public:
    // A BCP 47 code ("fr", "en", "pl", "zh", "zh-Hant"), or an empty string when the text is too
    // short, has no letters, or CLD2 is not sure. Reads at most the first `sample` characters.
    static QString guess(QStringView text, qsizetype sample = 10000);
};

} // namespace Recoupe
