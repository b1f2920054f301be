// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordsplitter.h"

namespace Recoupe {

namespace {

// The code point at `i`, joining a surrogate pair; `width` gets its length in code units.
char32_t codePointAt(QStringView text, int i, int *width)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *width = 1;
    return c.unicode();
}

bool isWordCodePoint(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        // A soft hyphen (from HTML or PDF text) sits inside a word; the checker drops it.
        return c == 0x00AD;
    }
}

bool isWordAt(QStringView text, int i, int end)
{
    int width = 0;
    return i < end && isWordCodePoint(codePointAt(text, i, &width));
}

// Web and e-mail addresses: "https://…", "www.…", "name@example.org", possibly inside
// brackets or quotes.
bool isAddress(QStringView chunk)
{
    if (chunk.contains(u"://") || chunk.contains(u"www.", Qt::CaseInsensitive))
        return true;
    const int at = chunk.indexOf(u'@');
    return at > 0 && at + 1 < chunk.size() && chunk[at - 1].isLetterOrNumber()
        && chunk[at + 1].isLetterOrNumber() && chunk.mid(at).contains(u'.');
}

} // namespace

bool WordSplitter::isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

bool WordSplitter::isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

QVector<WordSplitter::Word> WordSplitter::words(QStringView text)
{
    QVector<Word> result;
    const int size = int(text.size());
    int chunkStart = 0;
    while (chunkStart < size) {
        while (chunkStart < size && text[chunkStart].isSpace())
            ++chunkStart;
        int chunkEnd = chunkStart;
        while (chunkEnd < size && !text[chunkEnd].isSpace())
            ++chunkEnd;
        if (chunkStart == chunkEnd)
            break;
        if (isAddress(text.mid(chunkStart, chunkEnd - chunkStart))) {
            chunkStart = chunkEnd;
            continue;
        }

        int i = chunkStart;
        while (i < chunkEnd) {
            int width = 0;
            if (!isWordCodePoint(codePointAt(text, i, &width))) {
                i += width;
                continue;
            }
            const int start = i;
            for (;;) {
                while (i < chunkEnd && isWordCodePoint(codePointAt(text, i, &width)))
                    i += width;
                // A connector joins two word parts: "l’éducation", "porte-parole".
                if (i < chunkEnd && (isApostrophe(text[i]) || isHyphen(text[i]))
                    && isWordAt(text, i + 1, chunkEnd))
                    ++i;
                else
                    break;
            }
            result.append({ start, i - start });
        }
        chunkStart = chunkEnd;
    }
    return result;
}

} // namespace Recoupe
