// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageguesser.h"

// The header uses FILE without including its declaration.
#include <cstdio>

#include <cld2/public/compact_lang_det.h>

namespace Recoupe {

QString LanguageGuesser::guess(QStringView text, qsizetype sample)
{
    const QByteArray utf8 = text.left(sample).toUtf8();
    CLD2::Language top3[3];
    int percent3[3];
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language language = CLD2::ExtDetectLanguageSummary(
        utf8.constData(), int(utf8.size()), true, top3, percent3, &textBytes, &reliable);
    if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE)
        return {};
    // CLD2 calls a translated manual unreliable when a third of it is English commands and
    // file names; the language of most of a text of some length is still its language.
    if (!reliable && !(textBytes >= 200 && top3[0] == language && percent3[0] >= 50))
        return {};
    QString code = QString::fromLatin1(CLD2::LanguageCode(language));
    // CLD2 keeps a few codes ISO 639 has since replaced.
    if (code == QLatin1String("iw"))
        code = QStringLiteral("he");
    else if (code == QLatin1String("jw"))
        code = QStringLiteral("jv");
    return code;
}

} // namespace Recoupe
