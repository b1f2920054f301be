// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Recoupe {

bool Localization::install(const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("recoupe"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    // A language Recoupe does not speak gets English, written in the sources, with its plural
    // forms ("1 source", "2 sources") from recoupe_en.
    if (translator->load(QStringLiteral(":/i18n/recoupe_en")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    return false;
}

} // namespace Recoupe
