// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationship.h"

namespace Recoupe {

const QStringList &Relationship::types()
{
    static const QStringList names
        = { QStringLiteral("Employment"), QStringLiteral("Membership"), QStringLiteral("Directorship"),
              QStringLiteral("Ownership"), QStringLiteral("Representation"), QStringLiteral("Associate"),
              QStringLiteral("Family"), QStringLiteral("Occupancy"), QStringLiteral("UnknownLink") };
    return names;
}

} // namespace Recoupe
