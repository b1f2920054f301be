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
    QColor color = QColor(QStringLiteral("#ffd54f"));
    QString note;
    QVector<qint64> tagIds;
    QString author;
    QDateTime created;
    QDateTime modified;
    QVector<qint64> claimIds; // claims citing this annotation as evidence
    QVector<qint64> relationshipIds; // relationships it supports
};

} // namespace Recoupe
