// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/evidencedates.h"
#include "graph/graph.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Recoupe {

class Dossier;

struct RevolvingDoorOptions
{
    int months = 36; // how soon after leaving the public body the new role starts
};

// One place a date after the move was read: a claim, a relationship's note or an evidence passage.
struct DateReading
{
    QString text; // the passage, the claim or the note, on one line
    qint64 claimId = 0;
    qint64 relationshipId = 0;
    qint64 annotationId = 0;
    qint64 sourceId = 0;
    QString sourceTitle;
};

// A date after the move that ends something, typed by what it ends (a restriction such as a
// cooling-off, a contract, a role, or unknown when the words around it do not say), with every
// place it was read: the same reservation quoted in two passages is one date with two readings.
struct EndDate
{
    PartialDate date;
    DateMention::Ends ends = DateMention::Ends::Unknown;
    QVector<DateReading> readings;
};

// A person who left a role at a public body and, within the delay, took a role at a company or
// organization that had dealings with that body, with the edges that make the case.
struct RevolvingDoorHit
{
    qint64 personId = 0;
    qint64 publicBodyId = 0;
    qint64 employerId = 0;
    qint64 publicRoleId = 0; // relationship: the person's role at the public body
    qint64 privateRoleId = 0; // relationship: the role taken afterwards
    QVector<qint64> linkIds; // relationships tying the employer's side to the public body's side
    PartialDate left;
    PartialDate joined;
    int monthsBetween = 0; // from leaving to joining, by their first possible days (negative: overlap)
    int daysBetween = 0; // the same in days
    QVector<qint64> evidenceIds; // annotations behind all of these relationships
    QVector<EndDate> endDates; // in date order

    // The dates until which a restriction holds, in date order.
    QVector<PartialDate> restrictedUntil() const;
};

// The revolving-door query. Holding a role means an Employment, Membership, Directorship or
// Occupancy edge (for Occupancy, through the post to the bodies it is linked to). The public
// body's side is the body and the public bodies directly linked to it (its ministry, its
// directorates); the employer's side is the company or organization and those linked to it by
// Ownership (its group). Any relationship between the two sides makes the dealings. Dates are
// partial: a move counts when it can have happened within the delay.
class RevolvingDoor
{
    Q_DECLARE_TR_FUNCTIONS(RevolvingDoor)

public:
    // On the graph alone: no end dates (they come from claims and passages).
    static QVector<RevolvingDoorHit> find(const Graph &graph, const RevolvingDoorOptions &options = {});
    // On the dossier: with the end dates that claims about the people and bodies involved, the
    // relationships' notes and their evidence give after the move, each typed by what it ends.
    static QVector<RevolvingDoorHit> find(Dossier &dossier, const RevolvingDoorOptions &options = {});

    static QJsonArray toJson(const Graph &graph, const QVector<RevolvingDoorHit> &hits);
    // "Mathieu Jeandron left Direction du numérique… (2018-04-27) and joined Amazon Web Services
    // (2018-05-07) 10 days later; it has dealings with it. Restriction until 2021-04-23."
    static QString describe(const Graph &graph, const RevolvingDoorHit &hit);

    // The time between leaving and joining at the precision both dates have: "the next day",
    // "10 days later", "the same month", "2 years later", "3 days before leaving".
    static QString gapText(const PartialDate &left, const PartialDate &joined);
    // "Restriction until %1", "Contract ends %1", "Role ends %1", "Unsure what ends %1", with
    // `date` as the caller writes it (ISO on the command line, the locale's form in the panel).
    static QString endDateText(DateMention::Ends ends, const QString &date);
    // Where a date was read: "“jusqu'au 31 mars 2027 inclus” — La directrice…", "claim 3: …".
    static QString readingText(const DateReading &reading, int quoteLength = 140);
};

} // namespace Recoupe
