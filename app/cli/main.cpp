// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recoupe-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECOUPE_VERSION_STRING));
    QTextStream out(stdout);
    out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
    return 0;
}
