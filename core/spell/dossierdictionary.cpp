// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierdictionary.h"

#include "storage/database.h"
#include "wordsplitter.h"

namespace Recoupe {

DossierDictionary::DossierDictionary(Database &db)
    : m_db(db)
{ }

QString DossierDictionary::primaryLanguage(const QString &language)
{
    // "fr_FR", "fr-CA", "fr_FR.UTF-8", "fr_FR@euro": the letters before the first separator.
    const QString code = language.trimmed().toLower();
    int end = 0;
    while (end < code.size() && code[end].isLetter())
        ++end;
    return code.left(end);
}

QString DossierDictionary::normalizedWord(const QString &word)
{
    QString normalized = word.trimmed();
    for (QChar &c : normalized) {
        if (WordSplitter::isApostrophe(c))
            c = u'\'';
    }
    return normalized;
}

Result<QString> DossierDictionary::validWord(const QString &word) const
{
    const QString normalized = normalizedWord(word);
    if (normalized.isEmpty())
        return Error { tr("An empty word cannot be added to the dossier’s word list.") };
    for (const QChar c : normalized) {
        if (c.isSpace())
            return Error { tr("“%1” is not a single word: the dossier’s word list takes one word at a time.")
                               .arg(normalized) };
    }
    return normalized;
}

Result<bool> DossierDictionary::add(const QString &language, const QString &word)
{
    const Result<QString> valid = validWord(word);
    if (!valid)
        return Error { valid.error() };
    const QString code = primaryLanguage(language);
    if (code.isEmpty())
        return Error {
            tr("“%1” cannot be added to the dossier’s word list without a language.").arg(*valid)
        };

    Statement &insert = m_db.cached("INSERT OR IGNORE INTO dictionary_words(language, word) VALUES (?1, ?2)");
    insert.bind(1, code).bind(2, *valid);
    if (!insert.exec())
        return Error {
            tr("Could not add “%1” to the word list of %2: %3").arg(*valid, m_db.path(), insert.error())
        };
    return m_db.changes() > 0;
}

Result<bool> DossierDictionary::remove(const QString &language, const QString &word)
{
    const QString normalized = normalizedWord(word);
    Statement &erase = m_db.cached("DELETE FROM dictionary_words WHERE language = ?1 AND word = ?2");
    erase.bind(1, primaryLanguage(language)).bind(2, normalized);
    if (!erase.exec())
        return Error { tr("Could not remove “%1” from the word list of %2: %3")
                           .arg(normalized, m_db.path(), erase.error()) };
    return m_db.changes() > 0;
}

bool DossierDictionary::containsExactly(const QString &language, const QString &word) const
{
    Statement &find = m_db.cached("SELECT 1 FROM dictionary_words WHERE language = ?1 AND word = ?2");
    find.bind(1, language).bind(2, word);
    const bool found = find.next();
    // A statement left mid-way would keep a read snapshot open on the connection.
    find.reset();
    return found;
}

bool DossierDictionary::contains(const QString &language, const QString &word) const
{
    const QString code = primaryLanguage(language);
    const QString normalized = normalizedWord(word);
    if (normalized.isEmpty())
        return false;
    if (containsExactly(code, normalized))
        return true;
    // "Pantouflage" or "PANTOUFLAGE" for a listed "pantouflage"; "Jeandron" stays as listed.
    const QString lower = normalized.toLower();
    if (lower == normalized)
        return false;
    const bool capitalised = normalized.left(1).toUpper() + normalized.mid(1).toLower() == normalized;
    const bool allCapitals = normalized.toUpper() == normalized;
    if ((capitalised || allCapitals) && containsExactly(code, lower))
        return true;
    // "JEANDRON" for a listed "Jeandron".
    return allCapitals && containsExactly(code, lower.left(1).toUpper() + lower.mid(1));
}

QStringList DossierDictionary::words(const QString &language) const
{
    QStringList result;
    Statement &list = m_db.cached("SELECT word FROM dictionary_words WHERE language = ?1 ORDER BY word");
    list.bind(1, primaryLanguage(language));
    while (list.next())
        result.append(list.text(0));
    list.reset();
    return result;
}

} // namespace Recoupe
