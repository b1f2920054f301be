// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace Recoupe {

class DossierDictionary;

// A word of a text that the checker does not know: [start, start + length) in UTF-16 code
// units of the checked text, as everywhere else in Recoupe.
struct Misspelling
{
    int start = 0;
    int length = 0;
    QString word;

    bool operator==(const Misspelling &other) const
    {
        return start == other.start && length == other.length && word == other.word;
    }
};

// Spell checking for one language, in the shape of KDE Sonnet's SpellerPlugin: one small
// interface, one class per backend (Hunspell or KF6 Sonnet, chosen when building).
//
// The public functions are not virtual on purpose: what makes a word correct in Recoupe
// (the dossier's own word list, typographic apostrophes, French elisions such as "l’",
// hyphenated compounds, numbers) is decided here once, so both backends behave alike; a
// backend only answers for plain words.
//
// A checker is used from one thread. It consults the DossierDictionary it was given (not
// owned; it must outlive the checker, or be null for none).
class SpellChecker
{
    Q_DECLARE_TR_FUNCTIONS(SpellChecker)

public:
    // A checker for a language code such as "fr", "fr_FR", "fr-FR", "en" or "en_US". A bare
    // language picks its usual region (fr → fr_FR, en → en_US) when that is installed. Fails
    // with a readable message when no dictionary exists for the language.
    static Result<std::unique_ptr<SpellChecker>> create(
        const QString &language, DossierDictionary *dossierWords = nullptr);
    // "hunspell" or "sonnet": the backend this build was compiled with.
    static QString backendName();
    // Whether the backend itself can work at all (Sonnet needs its plugins, which a
    // distribution packs separately); says what is missing otherwise.
    static Status backendStatus();
    // Dictionaries the compiled backend can load, as language codes ("en_US", "fr_FR"…).
    static QStringList installedLanguages();

    virtual ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    // The dictionary actually loaded, e.g. "fr_FR" for a request of "fr".
    QString language() const { return m_language; }
    // Languages this backend offers (the same as installedLanguages()).
    virtual QStringList availableLanguages() const = 0;

    // True for a known word, a word of the dossier's list, and what is not a word to check
    // (numbers, empty text). Accepts both ' and ’ and French elisions (l’, d’, qu’…).
    bool isCorrect(const QString &word) const;
    // Replacements for a misspelled word, best first; keeps an elision prefix ("l’educatoin"
    // → "l’éducation") and the user's apostrophe.
    QStringList suggest(const QString &word) const;
    // Adds the word to the dossier's word list for this language (stored in the dossier file).
    Status addToDossier(const QString &word);

    // The misspelled words of a whole text, in order. Hyphenated compounds are accepted when
    // the compound or each of its parts is known; otherwise only the unknown parts are
    // reported. Web addresses, e-mail addresses, all-capital acronyms and words with digits
    // are not checked.
    QVector<Misspelling> misspellings(const QString &text) const;

protected:
    explicit SpellChecker(QString language, DossierDictionary *dossierWords);

    // The backend's verdict on one plain word (no surrounding punctuation).
    virtual bool backendIsCorrect(const QString &word) const = 0;
    virtual QStringList backendSuggest(const QString &word) const = 0;

    // The best installed dictionary for a requested code: exact ("fr_FR"), then the usual
    // region of a bare language, then the bare language, then any region of it. Empty if none.
    static QString pickLanguage(const QString &requested, const QStringList &installed);
    static Error noDictionaryError(const QString &requested, const QStringList &installed);

private:
    bool isCorrectSimple(const QString &word) const;
    bool isDossierWord(const QString &word) const;
    void checkWord(const QString &text, int start, int length, QVector<Misspelling> &out,
        QHash<QString, bool> &verdicts) const;

    QString m_language;
    DossierDictionary *m_dossierWords = nullptr;
};

} // namespace Recoupe
