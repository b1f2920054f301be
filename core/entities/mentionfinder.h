// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

namespace Recoupe {

// Finds where names occur in a text, as whole words, ignoring case, accents, apostrophe and
// white-space differences ("Education nationale" finds "l'Éducation nationale"); acronyms
// ("DNE", "AWS") match with their case only. Longer names win where two overlap.
class MentionFinder
{
public:
    explicit MentionFinder(const QStringList &names);

    // [start, end) ranges in `text`, in text order, not overlapping.
    QVector<std::pair<qint64, qint64>> find(QStringView text) const;

    // The text folded one character for one character, so offsets stay valid.
    static QString foldKeepingOffsets(QStringView text);

private:
    struct Needle
    {
        QString text;
        bool exactCase = false;
    };
    QVector<Needle> m_needles;
};

} // namespace Recoupe
