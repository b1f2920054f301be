// SPDX-License-Identifier: GPL-3.0-or-later
#include "sonnetspellchecker.h"

#include <Sonnet/Speller>

namespace Recoupe {

SonnetSpellChecker::SonnetSpellChecker(const QString &language, DossierDictionary *dossierWords)
    : SpellChecker(language, dossierWords)
{ }

SonnetSpellChecker::~SonnetSpellChecker() = default;

Status SonnetSpellChecker::status()
{
    const Sonnet::Speller speller;
    if (speller.availableBackends().isEmpty())
        //: Sonnet is the name of the KDE spell-checking library; sonnet6-plugins a Debian package
        return Error { tr("The Sonnet spell-checking library found no spelling backend: its plugins are not "
                          "installed (on Debian, the package sonnet6-plugins).") };
    return {};
}

QStringList SonnetSpellChecker::languages()
{
    return Sonnet::Speller().availableLanguages();
}

Result<std::unique_ptr<SonnetSpellChecker>> SonnetSpellChecker::create(
    const QString &language, DossierDictionary *dossierWords)
{
    const QStringList installed = languages();
    const QString code = pickLanguage(language, installed);
    if (code.isEmpty())
        return noDictionaryError(language, installed);
    std::unique_ptr<SonnetSpellChecker> checker(new SonnetSpellChecker(code, dossierWords));
    checker->m_speller = std::make_unique<Sonnet::Speller>(code);
    // An invalid speller says every word is correct: refuse it rather than check nothing.
    if (!checker->m_speller->isValid())
        return noDictionaryError(language, installed);
    return checker;
}

bool SonnetSpellChecker::backendIsCorrect(const QString &word) const
{
    return m_speller->isCorrect(word);
}

QStringList SonnetSpellChecker::backendSuggest(const QString &word) const
{
    return m_speller->suggest(word);
}

} // namespace Recoupe
