// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partialdate.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace Recoupe {

// A typed, dated edge between two entities, backed by evidence annotations. Types are the
// FollowTheMoney interval schemata; anything else is a user-defined label kept in `label`
// with type "UnknownLink".
struct Relationship
{
    qint64 id = 0;
    QString type; // "Employment", "Membership", "Directorship", "Ownership", "Representation", …
    QString label;
    qint64 fromId = 0;
    qint64 toId = 0;
    QString role;
    PartialDate start;
    PartialDate end;
    QString note;
    QDateTime created;
    QDateTime modified;
    QVector<qint64> evidenceIds;

    static const QStringList &types();
    // Whether the type reads one way (a person employed by a company) or both (two associates):
    // the graph draws an arrowhead on the first kind only.
    static bool isDirected(const QString &type);
};

} // namespace Recoupe
