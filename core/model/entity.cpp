// SPDX-License-Identifier: GPL-3.0-or-later
#include "entity.h"

namespace Recoupe {

const QStringList &Entity::types()
{
    static const QStringList names = { QStringLiteral("Person"), QStringLiteral("Organization"),
        QStringLiteral("PublicBody"), QStringLiteral("Company"), QStringLiteral("Position") };
    return names;
}

bool Entity::isKnownType(const QString &type)
{
    return types().contains(type);
}

} // namespace Recoupe
