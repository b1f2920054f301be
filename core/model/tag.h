// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace Recoupe {

// An entry of the dossier's codebook. Tags form a tree: parentId 0 is the top level.
struct Tag
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QColor color = QColor(QStringLiteral("#ffd54f"));
    QString description;
    int position = 0; // order among siblings
    int useCount = 0; // annotations carrying the tag, computed when listing
};

} // namespace Recoupe
