// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPainterPath>
#include <QString>

#include "model/partialdate.h"

namespace Recoupe {

// How people and institutions look wherever they are drawn (graph, timeline, entities dock):
// one shape and one colour per FollowTheMoney type, so that a person is a blue circle
// everywhere, and the names users read for the types.
class EntityStyle
{
    Q_DECLARE_TR_FUNCTIONS(EntityStyle)

public:
    // Colours from the Okabe–Ito palette, told apart with the common colour-vision deficiencies;
    // the shapes differ too, for print in grey.
    static QColor color(const QString &type);
    // The type's shape, centred on (0, 0), `size` points across.
    static QPainterPath shape(const QString &type, double size);
    static QIcon icon(const QString &type);

    // "Person", "Public body"… as the user reads them (the stored names are FtM's).
    static QString typeName(const QString &type);
    static QString relationshipTypeName(const QString &type);
    // What an edge says: its label for a user-defined link, else its type, with the role.
    static QString relationshipText(const QString &type, const QString &label, const QString &role);
    // "2015 – 27 Apr 2018", "since 7 May 2018", "until 2021", or empty when undated.
    static QString dateSpan(const PartialDate &start, const PartialDate &end);
    // A partial date as precise as it is known: "2015", "May 2018", "7 May 2018".
    static QString dateText(const PartialDate &date);
};

} // namespace Recoupe
