// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordscanner.h"

#include "namekey.h"
#include "namelexicon.h"

namespace Recoupe {

namespace {

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing
        || c.category() == QChar::Mark_SpacingCombining;
}

QString lowered(QStringView word)
{
    QString result;
    result.reserve(word.size());
    for (const QChar c : word)
        result.append(c.toLower());
    return result;
}

} // namespace

QVector<WordToken> WordScanner::scan(QStringView text)
{
    QVector<WordToken> tokens;
    tokens.reserve(text.size() / 5);
    const qsizetype n = text.size();
    bool sentenceStart = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (isLineBreak(c)) {
            if (tokens.isEmpty() || !tokens.constLast().is(WordToken::LineBreak)) {
                WordToken t;
                t.start = qint32(i);
                t.end = qint32(i + 1);
                t.flags = WordToken::LineBreak;
                t.mark = QLatin1Char('\n');
                tokens.append(t);
            }
            sentenceStart = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        // Joined: on the same line as the previous token, with only spaces between.
        const bool adjacent = !tokens.isEmpty() && !tokens.constLast().is(WordToken::LineBreak);
        if (isWordChar(c)) {
            qsizetype j = i;
            quint16 flags = WordToken::Word;
            qsizetype skip = 0;
            while (j < n) {
                const QChar ch = text.at(j);
                if (isWordChar(ch)) {
                    ++j;
                    continue;
                }
                if (NameKey::isHyphen(ch) && j + 1 < n && isWordChar(text.at(j + 1))) {
                    ++j;
                    continue;
                }
                if (NameKey::isApostrophe(ch) && j + 1 < n && text.at(j + 1).isLetter()) {
                    if (NameLexicon::isElision(lowered(text.mid(i, j - i)))) {
                        ++j;
                        flags |= WordToken::Elided;
                        break;
                    }
                    const bool possessive
                        = (text.at(j + 1) == QLatin1Char('s') || text.at(j + 1) == QLatin1Char('S'))
                        && (j + 2 >= n || !isWordChar(text.at(j + 2)));
                    if (possessive) {
                        flags |= WordToken::Possessive;
                        skip = 2;
                        break;
                    }
                    ++j; // aujourd'hui, O'Brien
                    continue;
                }
                break;
            }
            int letters = 0, upper = 0;
            bool firstLetterSeen = false;
            for (qsizetype k = i; k < j; ++k) {
                const QChar ch = text.at(k);
                if (ch.isLetter()) {
                    ++letters;
                    if (ch.isUpper())
                        ++upper;
                    if (!firstLetterSeen && ch.isUpper() && k == i)
                        flags |= WordToken::Capitalized;
                    firstLetterSeen = true;
                } else if (ch.isDigit()) {
                    flags |= WordToken::HasDigit;
                }
            }
            if (letters >= 2 && upper == letters)
                flags |= WordToken::AllCaps;
            if (sentenceStart)
                flags |= WordToken::SentenceStart;
            if (adjacent)
                flags |= WordToken::Joined;
            WordToken t;
            t.start = qint32(i);
            t.end = qint32(j);
            t.flags = flags;
            tokens.append(t);
            sentenceStart = false;
            i = j + skip;
            continue;
        }

        // Punctuation: one token per mark.
        WordToken t;
        t.start = qint32(i);
        t.end = qint32(i + 1);
        t.mark = c;
        if (adjacent)
            t.flags |= WordToken::Joined;
        const bool atLineStart = tokens.isEmpty() || tokens.constLast().is(WordToken::LineBreak);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        switch (c.unicode()) {
        case '.': {
            const WordToken *previous = tokens.isEmpty() ? nullptr : &tokens.constLast();
            bool ends = next.isNull() || next.isSpace() || next == QLatin1Char('"') || next == QChar(0x00BB)
                || next == QChar(0x201D) || next == QLatin1Char(')') || next == QLatin1Char(']');
            if (ends && previous && previous->isWord() && previous->end == t.start) {
                const QStringView word = text.mid(previous->start, previous->length());
                if (NameLexicon::isAbbreviation(lowered(word)) || (word.size() == 1 && word.at(0).isUpper()))
                    ends = false;
            }
            if (ends)
                sentenceStart = true;
            break;
        }
        case '!':
        case '?':
        case 0x2026: // …
        case ':':
        case 0x00AB: // «
        case 0x201C: // “
        case 0x2022: // •
        case 0x25CF: // ●
        case 0x25AA: // ▪
            sentenceStart = true;
            break;
        case '"':
            if (!next.isNull() && !next.isSpace())
                sentenceStart = true;
            break;
        case '-':
        case 0x2013: // –
        case 0x2014: // —
        case '*':
            if (atLineStart)
                sentenceStart = true;
            break;
        default:
            break;
        }
        tokens.append(t);
        ++i;
    }
    return tokens;
}

} // namespace Recoupe
