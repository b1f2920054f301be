// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace Recoupe {

// Loads Recoupe's and Qt's translations for a locale (the system's by default) into the
// running application. Returns false when Recoupe has no translation for that language: the
// English of the sources is shown then, with its plural forms.
class Localization
{
public:
    static bool install(const QLocale &locale = QLocale::system());
};

} // namespace Recoupe
