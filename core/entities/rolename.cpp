// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolename.h"

namespace Recoupe {

QString RoleName::text(Role role, Gender gender)
{
    // One message per gender: a language that marks it translates each, English writes one word.
    switch (role) {
    case Role::Director:
        switch (gender) {
        case Gender::Woman:
            //: The role of a woman who heads an agency or a department
            return tr("director", "woman");
        case Gender::Man:
            //: The role of a man who heads an agency or a department
            return tr("director", "man");
        case Gender::Unknown:
            break;
        }
        //: The role of someone (man or woman, unknown) who heads an agency; name the function, not the person
        return tr("director", "gender unknown");
    case Role::HeadOfPublicSector:
        switch (gender) {
        case Gender::Woman:
            //: The role of a woman in charge of a company's public-sector customers
            return tr("head of public sector", "woman");
        case Gender::Man:
            //: The role of a man in charge of a company's public-sector customers
            return tr("head of public sector", "man");
        case Gender::Unknown:
            break;
        }
        //: The role of someone (man or woman, unknown) in charge of a company's public-sector customers
        return tr("head of public sector", "gender unknown");
    }
    return QString();
}

} // namespace Recoupe
