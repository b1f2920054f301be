// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graph.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Recoupe {

class Dossier;

struct RevolvingDoorOptions
{
    int months = 36; // how soon after leaving the public body the new role starts
};

// A date until which the person must keep away from something, read from a claim, a
// relationship's note or an evidence passage ("jusqu'au 23 avril 2021 inclus").
struct CoolingOff
{
    PartialDate until;
    QString text; // the sentence it was read from
    qint64 claimId = 0;
    qint64 relationshipId = 0;
    qint64 annotationId = 0;
    qint64 sourceId = 0;
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
    QVector<qint64> evidenceIds; // annotations behind all of these relationships
    QVector<CoolingOff> coolingOff;
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
    // On the graph alone: no cooling-off dates (they come from claims and passages).
    static QVector<RevolvingDoorHit> find(const Graph &graph, const RevolvingDoorOptions &options = {});
    // On the dossier: with the cooling-off dates that claims about the people and bodies
    // involved, the relationships' notes and their evidence give after the move.
    static QVector<RevolvingDoorHit> find(Dossier &dossier, const RevolvingDoorOptions &options = {});

    static QJsonArray toJson(const Graph &graph, const QVector<RevolvingDoorHit> &hits);
    // "Mathieu Jeandron left Direction du numérique… (2018-04-27) and joined Amazon Web Services
    // (2018-05-07), which has dealings with it."
    static QString describe(const Graph &graph, const RevolvingDoorHit &hit);
};

} // namespace Recoupe
