// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Recoupe {

// The name of a role a person holds, in the user's language, agreeing with the person: French
// says "directrice" of a woman, "directeur" of a man, and names the function ("direction") when
// the dossier does not say which. The sample dossier writes its roles through it.
class RoleName
{
    Q_DECLARE_TR_FUNCTIONS(RoleName)

public:
    enum class Gender
    {
        Unknown,
        Woman,
        Man
    };
    enum class Role
    {
        Director,
        HeadOfPublicSector
    };

    static QString text(Role role, Gender gender);
};

} // namespace Recoupe
