// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Recoupe {

class Database;

// The dossier's own word list (names, acronyms, jargon of the case), kept in the dossier
// file's `dictionary_words` table, per language. Spell checkers treat these words as correct.
//
// Words are kept per primary language ("fr" for "fr_FR" or "fr-CA"), so a word added while
// checking a French text counts for every French dictionary. Apostrophes are stored as ' so
// that "d’Amazon" and "d'Amazon" are the same entry. A word in lower case also accepts its
// capitalised forms ("pantouflage" accepts "Pantouflage"), not the reverse, as in dictionaries.
//
// Each call is its own statement (or transaction); the undoable command that calls add() and
// remove() belongs to the Dossier facade.
class DossierDictionary
{
    Q_DECLARE_TR_FUNCTIONS(DossierDictionary)

public:
    explicit DossierDictionary(Database &db);

    // Adds a word; the result says whether it was new (false: it was already there).
    Result<bool> add(const QString &language, const QString &word);
    // Removes a word; the result says whether it was there.
    Result<bool> remove(const QString &language, const QString &word);
    bool contains(const QString &language, const QString &word) const;
    // The words of a language, sorted as stored.
    QStringList words(const QString &language) const;

    // "fr" for "fr_FR", "fr-CA" or "FR"; what the table is keyed by.
    static QString primaryLanguage(const QString &language);
    // The stored form of a word: trimmed, typographic apostrophes as '.
    static QString normalizedWord(const QString &word);

private:
    bool containsExactly(const QString &language, const QString &word) const;
    Result<QString> validWord(const QString &word) const;

    Database &m_db;
};

} // namespace Recoupe
