// SPDX-License-Identifier: GPL-3.0-or-later
#include "namekey.h"

#include "namelexicon.h"

namespace Recoupe {

bool NameKey::isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC) || c == QChar(0x2018);
}

bool NameKey::isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

QString NameKey::fold(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool plain = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    }
    if (plain) {
        for (const QChar c : text)
            result.append(c.toLower());
        return result;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x0153: // œ
        case 0x0152:
            result.append(QLatin1String("oe"));
            continue;
        case 0x00E6: // æ
        case 0x00C6:
            result.append(QLatin1String("ae"));
            continue;
        case 0x00DF: // ß
            result.append(QLatin1String("ss"));
            continue;
        default:
            break;
        }
        result.append(isApostrophe(c) ? QLatin1Char('\'') : c.toLower());
    }
    return result;
}

QString NameKey::key(QStringView name)
{
    const QString folded = fold(name);
    QString spaced;
    spaced.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !spaced.isEmpty())
                spaced.append(QLatin1Char(' '));
            pendingSpace = false;
            spaced.append(c);
        } else {
            pendingSpace = true;
        }
    }
    // A leading article is not part of the name: "la Cnil", "l'Afinef", "the Senate".
    static const QStringList articles = { QStringLiteral("l "), QStringLiteral("la "), QStringLiteral("le "),
        QStringLiteral("les "), QStringLiteral("the ") };
    for (const QString &article : articles) {
        if (spaced.startsWith(article) && spaced.size() > article.size()) {
            spaced.remove(0, article.size());
            break;
        }
    }
    return spaced;
}

QStringList NameKey::contentWords(QStringView key)
{
    QStringList words;
    for (const QStringView word : key.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString w = word.toString();
        if (!NameLexicon::isLinkWord(w))
            words.append(w);
    }
    return words;
}

QString NameKey::initials(QStringView name)
{
    QString result;
    for (const QString &word : contentWords(key(name)))
        result.append(word.at(0).toUpper());
    return result;
}

QString NameKey::acronymLetters(QStringView acronym)
{
    QString result;
    for (const QChar c : fold(acronym)) {
        if (c.isLetter())
            result.append(c.toUpper());
    }
    return result;
}

bool NameKey::isAcronym(QStringView word)
{
    int letters = 0;
    for (int i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        } else if (!c.isDigit() && !(isHyphen(c) && i > 0 && i + 1 < word.size())) {
            return false;
        }
    }
    return letters >= 2;
}

} // namespace Recoupe
