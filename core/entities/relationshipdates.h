// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/evidencedates.h"

#include <QCoreApplication>
#include <QVector>

namespace Recoupe {

class Dossier;

// A date one evidence passage gives for a relationship.
struct EvidenceDate
{
    qint64 relationshipId = 0;
    qint64 annotationId = 0;
    qint64 sourceId = 0;
    DateMention mention; // start/end are offsets in the source's text
};

// One account of when a relationship started or ended: recorded on a relationship (with that
// relationship's evidence), or read from one evidence passage.
struct DateStatement
{
    DateMention::Role role = DateMention::Role::Point;
    PartialDate date;
    qint64 relationshipId = 0;
    QVector<qint64> annotationIds; // the evidence behind it
    QVector<qint64> sourceIds;
    bool recorded = false; // the relationship's own start or end, as opposed to read from evidence
    QString quote; // the words the date was read from, if any
};

// Sources that disagree about one relationship (same two entities, same type, in either
// direction): different start dates, different end dates, or one date given as a start by one
// source and as an end by another. Every account is kept with its evidence.
struct DateConflict
{
    enum class Kind
    {
        Start,
        End,
        Role
    };
    Kind kind = Kind::Start;
    qint64 fromId = 0;
    qint64 toId = 0;
    QString type;
    QVector<DateStatement> statements;
};

// Dates of relationships read from their evidence, and the conflicts between sources.
class RelationshipDates
{
    Q_DECLARE_TR_FUNCTIONS(RelationshipDates)

public:
    explicit RelationshipDates(Dossier &dossier);

    // Dates in the sentences of each evidence passage of a relationship, read with the source's
    // publication date as reference ("le 10 avril dernier").
    QVector<EvidenceDate> suggest(qint64 relationshipId);

    // Conflicts across the dossier, or about the relationships linking the same entities as one.
    QVector<DateConflict> conflicts();
    QVector<DateConflict> conflictsFor(qint64 relationshipId);

    // A sentence for the user: "Sources disagree on when Employment Jeandron → Amazon started: …"
    QString describe(const DateConflict &conflict);

private:
    QVector<DateConflict> conflictsIn(const QVector<qint64> &relationshipIds);

    Dossier &m_dossier;
};

} // namespace Recoupe
