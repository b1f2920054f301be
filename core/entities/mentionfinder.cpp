// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentionfinder.h"

#include "namekey.h"

#include <algorithm>

namespace Recoupe {

namespace {

QChar foldChar(QChar c)
{
    if (NameKey::isApostrophe(c))
        return QLatin1Char('\'');
    if (NameKey::isHyphen(c))
        return QLatin1Char('-');
    if (c.isSpace())
        return QLatin1Char(' ');
    if (c.unicode() < 0x80)
        return c.toLower();
    if (c.decompositionTag() == QChar::Canonical) {
        const QString decomposed = c.decomposition();
        if (!decomposed.isEmpty() && decomposed.at(0).isLetter())
            return decomposed.at(0).toLower();
    }
    return c.toLower();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

QString collapseSpaces(const QString &text)
{
    return text.simplified();
}

} // namespace

QString MentionFinder::foldKeepingOffsets(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = foldChar(text.at(i));
    return folded;
}

MentionFinder::MentionFinder(const QStringList &names)
{
    for (const QString &name : names) {
        const QString trimmed = collapseSpaces(name);
        if (trimmed.size() < 2)
            continue;
        Needle needle;
        needle.exactCase = NameKey::isAcronym(trimmed);
        needle.text = needle.exactCase ? trimmed : foldKeepingOffsets(trimmed);
        const bool duplicate = std::any_of(m_needles.cbegin(), m_needles.cend(),
            [&](const Needle &n) { return n.text == needle.text && n.exactCase == needle.exactCase; });
        if (!duplicate)
            m_needles.append(needle);
    }
    // Longest first, so "Amazon Web Services" is taken before "Amazon".
    std::sort(m_needles.begin(), m_needles.end(),
        [](const Needle &a, const Needle &b) { return a.text.size() > b.text.size(); });
}

QVector<std::pair<qint64, qint64>> MentionFinder::find(QStringView text) const
{
    QVector<std::pair<qint64, qint64>> found;
    if (m_needles.isEmpty())
        return found;
    // Runs of white space become one space so that names match across line wrapping; `offsets`
    // maps the collapsed text back to the original.
    QString folded;
    QString exact;
    QVector<qint32> offsets;
    folded.reserve(text.size());
    exact.reserve(text.size());
    offsets.reserve(text.size() + 1);
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (space)
                continue;
            space = true;
            folded.append(QLatin1Char(' '));
            exact.append(QLatin1Char(' '));
        } else {
            space = false;
            folded.append(foldChar(c));
            exact.append(NameKey::isApostrophe(c) ? QLatin1Char('\'') : c);
        }
        offsets.append(qint32(i));
    }
    offsets.append(qint32(text.size()));

    QVector<bool> taken(folded.size(), false);
    for (const Needle &needle : m_needles) {
        const QString &haystack = needle.exactCase ? exact : folded;
        qsizetype from = 0;
        while (true) {
            const qsizetype at = haystack.indexOf(needle.text, from);
            if (at < 0)
                break;
            from = at + 1;
            const qsizetype end = at + needle.text.size();
            if (at > 0 && isWordChar(haystack.at(at - 1)))
                continue;
            if (end < haystack.size() && isWordChar(haystack.at(end)))
                continue;
            if (std::any_of(taken.begin() + at, taken.begin() + end, [](bool t) { return t; }))
                continue;
            std::fill(taken.begin() + at, taken.begin() + end, true);
            found.append({ offsets.at(at), offsets.at(end - 1) + 1 });
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace Recoupe
