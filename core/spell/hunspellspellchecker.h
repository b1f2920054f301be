// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spellchecker.h"

#include <QStringConverter>

#include <memory>

class Hunspell;

namespace Recoupe {

// Spell checking with libhunspell and the dictionaries of the system (/usr/share/hunspell,
// /usr/share/myspell, or the folders of $DICPATH, as the hunspell tool does). Words are
// converted to the dictionary's own encoding, which is not always UTF-8.
class HunspellSpellChecker : public SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(HunspellSpellChecker)

public:
    static QString name() { return QStringLiteral("hunspell"); }
    static Status status() { return {}; }
    static QStringList languages();
    static Result<std::unique_ptr<HunspellSpellChecker>> create(
        const QString &language, DossierDictionary *dossierWords);

    ~HunspellSpellChecker() override;
    QStringList availableLanguages() const override { return languages(); }
    // The dictionary's encoding as it declares it ("UTF-8", "ISO8859-15"…).
    QString dictionaryEncoding() const { return m_encodingName; }

protected:
    bool backendIsCorrect(const QString &word) const override;
    QStringList backendSuggest(const QString &word) const override;

private:
    HunspellSpellChecker(const QString &language, DossierDictionary *dossierWords);
    // False when the word has characters the dictionary's encoding cannot hold.
    bool encode(const QString &word, std::string *out) const;
    QString decode(const std::string &bytes) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_encodingName;
    bool m_utf8 = true;
    mutable QStringEncoder m_encoder;
    mutable QStringDecoder m_decoder;
};

} // namespace Recoupe
