// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("recoupe"));
    QApplication::setOrganizationName(QStringLiteral("Recoupe"));
    QApplication::setApplicationVersion(QStringLiteral(RECOUPE_VERSION_STRING));
    Recoupe::MainWindow window;
    window.show();
    return app.exec();
}
