// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Recoupe {

// A person or an institution, typed with FollowTheMoney schema names.
struct Entity
{
    qint64 id = 0;
    QString type; // "Person", "Organization", "PublicBody", "Company", "Position"
    QString name;
    QStringList aliases;
    QString notes;
    QDateTime created;
    QDateTime modified;

    static const QStringList &types();
    static bool isKnownType(const QString &type);
};

} // namespace Recoupe
