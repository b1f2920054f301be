// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ocrengine.h"
#include "demo/demodossier.h"
#include "desk/desk.h"
#include "desk/readerpane.h"
#include "localization.h"
#include "mainwindow.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Recoupe;

namespace {

void printLine(FILE *stream, const QString &line)
{
    QTextStream out(stream);
    out << line << Qt::endl;
}

// --help and --version only print: they must work without a display (in a terminal over ssh, in a
// package test), where the default platform plugin would abort before the options are read.
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // Tesseract's OpenMP reads its thread limit when it loads: pages, not OpenMP, use the cores.
    Recoupe::OcrEngine::holdOpenMpToOneThread(argv);
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("recoupe"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recoupe"));
    QApplication::setOrganizationName(QStringLiteral("Recoupe"));
    QApplication::setApplicationVersion(QStringLiteral(RECOUPE_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.recoupe.Recoupe"));
    Localization::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Reading desk for investigations."));
    // Our own help option rather than addHelpOption(): its text is then ours to translate (Qt
    // 6.4's French catalogue lacks it); Qt's generic options (-platform, -style…) still work.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")},
        QCoreApplication::translate("main", "Show this help and exit."));
    parser.addOption(helpOption);
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("dossier"),
        QCoreApplication::translate("main", "The dossier file to open (the last one when omitted)."),
        QStringLiteral("[DOSSIER]"));
    const QCommandLineOption openOption(QStringLiteral("open"),
        QCoreApplication::translate(
            "main", "Open this source in a pane; repeat for side-by-side panes (up to 4)."),
        QStringLiteral("SOURCE_ID"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Open the sample dossier."));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QCoreApplication::translate("main",
            "Open the dossier (or the sample one), show the window for a second, print what is shown and "
            "quit."));
    parser.addOptions({openOption, demoOption, selfTestOption});
    parser.process(app);
    if (parser.isSet(helpOption))
        parser.showHelp(0);

    const bool selfTest = parser.isSet(selfTestOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printLine(stderr,
            QCoreApplication::translate("main", "recoupe: one dossier at a time, not %1.")
                .arg(positional.size()));
        return 2;
    }
    QVector<qint64> openIds;
    for (const QString &value : parser.values(openOption)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            printLine(stderr,
                QCoreApplication::translate("main", "recoupe: --open takes a source number, not “%1”.")
                    .arg(value));
            return 2;
        }
        openIds.append(id);
    }

    QString dossierPath = positional.value(0);
    QString startupError;
    if (dossierPath.isEmpty() && (parser.isSet(demoOption) || selfTest)) {
        // The sample dossier, built from resources/sample/ in the user's data folder on first use.
        const auto demo = DemoDossier::ensure();
        if (demo)
            dossierPath = *demo;
        else
            startupError = demo.error();
    }

    MainWindow window;
    bool opened = false;
    if (!dossierPath.isEmpty())
        opened = window.openDossier(dossierPath, &startupError);
    else if (!selfTest && !parser.isSet(demoOption))
        opened = window.openLastDossier();
    if (opened && !openIds.isEmpty() && !window.openSources(openIds, &startupError))
        opened = false;

    if (!openIds.isEmpty() && !window.dossier() && startupError.isEmpty())
        startupError
            = QCoreApplication::translate("main", "--open needs a dossier to open the sources from.");

    window.show();
    if (!startupError.isEmpty()) {
        if (selfTest) {
            printLine(stderr, QStringLiteral("recoupe: ") + startupError);
            return 1;
        }
        QTimer::singleShot(0, &window, [&window, startupError, dossierPath, opened] {
            // A dossier refused for planted objects comes with the offer of a cleaned copy.
            if (!opened && !dossierPath.isEmpty() && !window.dossier())
                window.reportOpenFailure(dossierPath, startupError);
            else
                QMessageBox::warning(&window, QCoreApplication::translate("main", "Recoupe"), startupError);
        });
    }

    if (selfTest) {
        // Long enough for the event loop to lay out, paint and render the first PDF pages.
        QTimer::singleShot(1000, &app, [&window] {
            Desk *desk = window.desk();
            QStringList panes;
            for (int i = 0; i < desk->paneCount(); ++i)
                panes.append(QString::number(desk->pane(i)->sourceId()));
            Dossier *dossier = window.dossier();
            printLine(stdout,
                QStringLiteral("recoupe self-test: dossier=%1 sources=%2 panes=%3 visible=%4")
                    .arg(dossier ? QFileInfo(dossier->path()).fileName() : QStringLiteral("-"))
                    .arg(dossier ? dossier->sources().count() : 0)
                    .arg(panes.join(QLatin1Char(',')))
                    .arg(window.isVisible() ? QStringLiteral("yes") : QStringLiteral("no")));
            window.close();
            QCoreApplication::exit(0);
        });
    }
    return app.exec();
}
