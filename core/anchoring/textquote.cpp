// SPDX-License-Identifier: GPL-3.0-or-later
#include "textquote.h"

#include <QRegularExpression>

#include <algorithm>

namespace Recoupe {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

// A pattern for `quote` that tolerates white-space and apostrophe differences, and words broken
// at a line end by a hyphen (typeset text: "coun-⏎ters"): the quote may give the word whole
// ("counters"), with its hyphen ("coun-ters") or as the text has it.
QRegularExpression tolerantPattern(const QString &quote)
{
    static const QString lineEndHyphen = QStringLiteral("(?:[-\\x{2010}\\x{00AD}][ \\t]*\\r?\\n[ \\t]*)?");
    static const QString lineEnd = QStringLiteral("(?:[ \\t]*\\r?\\n[ \\t]*)?");
    QString pattern;
    bool inSpace = false;
    QChar previous;
    for (const QChar c : quote.trimmed()) {
        if (c.isSpace()) {
            if (!inSpace)
                pattern += QStringLiteral("\\s+");
            inSpace = true;
            previous = c;
            continue;
        }
        inSpace = false;
        if (previous.isLetter() && c.isLetter())
            pattern += lineEndHyphen;
        if (isApostrophe(c))
            pattern += QStringLiteral("['\\x{2019}\\x{02BC}]");
        else if (isHyphen(c))
            pattern += QStringLiteral("[-\\x{2010}\\x{2011}]") + lineEnd;
        else
            pattern += QRegularExpression::escape(QString(c));
        previous = c;
    }
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// Matches over a view of the text without copying it (Qt 6.5 renamed the view overload).
QRegularExpressionMatchIterator matchesIn(const QRegularExpression &pattern, QStringView text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return pattern.globalMatchView(text);
#else
    return pattern.globalMatch(text);
#endif
}

int commonSuffix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace

Anchor TextQuote::fromRange(qint64 sourceId, QStringView text, qint64 start, qint64 end)
{
    start = std::clamp<qint64>(start, 0, text.size());
    end = std::clamp<qint64>(end, start, text.size());
    Anchor anchor;
    anchor.sourceId = sourceId;
    anchor.start = start;
    anchor.end = end;
    anchor.exact = text.mid(start, end - start).toString();
    const qint64 prefixStart = std::max<qint64>(0, start - Anchor::ContextLength);
    anchor.prefix = text.mid(prefixStart, start - prefixStart).toString();
    anchor.suffix = text.mid(end, std::min<qint64>(Anchor::ContextLength, text.size() - end)).toString();
    return anchor;
}

std::optional<std::pair<qint64, qint64>> TextQuote::find(
    QStringView text, const QString &quote, int occurrence)
{
    if (quote.trimmed().isEmpty() || occurrence < 1)
        return std::nullopt;
    const QRegularExpression pattern = tolerantPattern(quote);
    auto it = matchesIn(pattern, text);
    int seen = 0;
    while (it.hasNext()) {
        const auto match = it.next();
        if (++seen == occurrence)
            return std::make_pair(qint64(match.capturedStart()), qint64(match.capturedEnd()));
    }
    return std::nullopt;
}

int TextQuote::count(QStringView text, const QString &quote)
{
    if (quote.trimmed().isEmpty())
        return 0;
    const QRegularExpression pattern = tolerantPattern(quote);
    auto it = matchesIn(pattern, text);
    int seen = 0;
    while (it.hasNext()) {
        it.next();
        ++seen;
    }
    return seen;
}

std::optional<Anchor> TextQuote::reanchor(const Anchor &anchor, QStringView text)
{
    const qint64 length = anchor.end - anchor.start;
    if (anchor.exact.isEmpty())
        return std::nullopt;
    if (anchor.end <= text.size() && text.mid(anchor.start, length) == anchor.exact) {
        Anchor kept = fromRange(anchor.sourceId, text, anchor.start, anchor.end);
        kept.id = anchor.id;
        return kept;
    }

    // Candidates: exact instances of the quote; failing that, tolerant ones.
    QVector<std::pair<qint64, qint64>> candidates;
    for (qint64 at = text.indexOf(anchor.exact); at >= 0; at = text.indexOf(anchor.exact, at + 1))
        candidates.append({at, at + anchor.exact.size()});
    if (candidates.isEmpty()) {
        auto it = matchesIn(tolerantPattern(anchor.exact), text);
        while (it.hasNext()) {
            const auto match = it.next();
            candidates.append({match.capturedStart(), match.capturedEnd()});
        }
    }
    if (candidates.isEmpty())
        return std::nullopt;

    auto score = [&](const std::pair<qint64, qint64> &c) {
        const qint64 prefixStart = std::max<qint64>(0, c.first - Anchor::ContextLength);
        const int context = commonSuffix(anchor.prefix, text.mid(prefixStart, c.first - prefixStart))
            + commonPrefix(anchor.suffix, text.mid(c.second, Anchor::ContextLength));
        return std::make_pair(context, -std::abs(c.first - anchor.start));
    };
    const auto best = *std::max_element(candidates.cbegin(), candidates.cend(),
        [&](const auto &a, const auto &b) { return score(a) < score(b); });
    Anchor moved = fromRange(anchor.sourceId, text, best.first, best.second);
    moved.id = anchor.id;
    return moved;
}

} // namespace Recoupe
