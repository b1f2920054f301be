// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitool.h"
#include "localization.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recoupe-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Recoupe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECOUPE_VERSION_STRING));
    Recoupe::Localization::install();
    Recoupe::CliTool tool;
    return tool.run(QCoreApplication::arguments());
}
