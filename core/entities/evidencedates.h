// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/partialdate.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace Recoupe {

// A date written in a passage, as precise as the text is, with what it means for a relationship.
struct DateMention
{
    enum class Role
    {
        Point, // a date the passage mentions ("Le 7 mai 2018")
        Start, // "depuis 2015", "à partir du 7 mai", "since May 2018", "a rejoint … le 7 mai"
        End // "jusqu'au 23 avril 2021 inclus", "until April 23, 2021", "a quitté … en 2018"
    };
    // What an end date brings to an end, read from the words around it.
    enum class Ends
    {
        Unknown, // the text does not say, or says several things
        Restriction, // a cooling-off, a reservation, a ban: "ne pourra … jusqu'au"
        Contract, // a public contract, a lease, an agreement: "Marché n° … soit jusqu'au"
        Role // a post or a mandate: "quittera ses fonctions le"
    };

    PartialDate date;
    Role role = Role::Point;
    qint64 start = 0; // [start, end) in the text searched
    qint64 end = 0;
    QString text; // as written

    static QString roleName(Role role); // "point", "start", "end"
    static QString endsName(Ends ends); // "unknown", "restriction", "contract", "role"
};

// Reads French and English dates in evidence text: "7 mai 2018", "1er mai", "jusqu'au 23 avril
// 2021 inclus", "depuis 2015", "mai 2018", "May 7, 2018", "7 May 2018", "12/06/2023",
// "2018-05-07", ranges ("du 7 mai au 23 avril", "from 2015 to 2018", "entre 2015 et 2018"), and,
// given the article's date as reference, "le 10 avril dernier", "avril dernier", "aujourd'hui",
// "hier", "last year". A day written without a year is only read with a reference date.
class EvidenceDates
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceDates)

public:
    static QVector<DateMention> find(QStringView text, const QDate &reference = QDate());

    // One date as a user types it (for --start and --end): ISO "2018", "2018-05", "2018-05-07",
    // or any single form find() reads.
    static Result<PartialDate> parse(const QString &text, const QDate &reference = QDate());

    // What the date written at [start, end) of `text` ends, from the cue words of its sentence
    // or, when the sentence says nothing, of its paragraph ("Marché n° 2022-017 … Durée : quatre
    // ans, soit jusqu'au 13 juin 2026" ends a contract). Cues of two kinds give Unknown.
    static DateMention::Ends whatEnds(QStringView text, qint64 start, qint64 end);
};

} // namespace Recoupe
