// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationship.h"

namespace Recoupe {

const QStringList &Relationship::types()
{
    static const QStringList names
        = {QStringLiteral("Employment"), QStringLiteral("Membership"), QStringLiteral("Directorship"),
            QStringLiteral("Ownership"), QStringLiteral("Representation"), QStringLiteral("Associate"),
            QStringLiteral("Family"), QStringLiteral("Occupancy"), QStringLiteral("UnknownLink")};
    return names;
}

bool Relationship::isDirected(const QString &type)
{
    // FollowTheMoney's Associate links two people alike; every other interval has a subject and
    // an object (a relative is the relative of someone, an unknown link runs from its subject).
    return type != QLatin1String("Associate");
}

} // namespace Recoupe
