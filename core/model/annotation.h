// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anchor.h"

#include <QColor>
#include <QDateTime>
#include <QVector>

namespace Recoupe {

// An anchored highlight with color, note and tags. The claim and relationship links are read
// with it so that removing and restoring an annotation (undo) brings them back too.
struct Annotation
{
    qint64 id = 0;
    Anchor anchor;
    // The highlighter yellow every new highlight gets unless the user picks a colour.
    static QColor defaultColor() { return QColor(QStringLiteral("#ffd54f")); }

    // The one colour the reader and every export show: a colour the user picked for this
    // highlight, else the colour of its first tag (the codebook colours what it codes), else the
    // default yellow. `firstTagColor` is invalid when the annotation has no tag.
    QColor shownColor(const QColor &firstTagColor) const
    {
        if (color.isValid() && color != defaultColor())
            return color;
        return firstTagColor.isValid() ? firstTagColor : defaultColor();
    }

    QColor color = defaultColor();
    QString note;
    QVector<qint64> tagIds;
    QString author;
    QDateTime created;
    QDateTime modified;
    QVector<qint64> claimIds; // claims citing this annotation as evidence
    QVector<qint64> relationshipIds; // relationships it supports
};

} // namespace Recoupe
