// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spellchecker.h"

#include <memory>

namespace Sonnet {
class Speller;
}

namespace Recoupe {

// Spell checking with KDE Frameworks' Sonnet (KF6), which picks its own plugin (Hunspell,
// Aspell…) per language. Sonnet without plugins accepts every word, so status() refuses it.
class SonnetSpellChecker : public SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(SonnetSpellChecker)

public:
    static QString name() { return QStringLiteral("sonnet"); }
    static Status status();
    static QStringList languages();
    static Result<std::unique_ptr<SonnetSpellChecker>> create(
        const QString &language, DossierDictionary *dossierWords);

    ~SonnetSpellChecker() override;
    QStringList availableLanguages() const override { return languages(); }

protected:
    bool backendIsCorrect(const QString &word) const override;
    QStringList backendSuggest(const QString &word) const override;

private:
    SonnetSpellChecker(const QString &language, DossierDictionary *dossierWords);

    std::unique_ptr<Sonnet::Speller> m_speller;
};

} // namespace Recoupe
