// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ocrengine.h"
#include "clitool.h"
#include "localization.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

// Qt's own notes ("XDG_RUNTIME_DIR not set" when a PDF export starts the offscreen platform)
// would break the promise of one line per error on stderr; only its critical messages go
// through, unless the user asks for Qt's logging with QT_LOGGING_RULES.
void qtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtCriticalMsg && type != QtFatalMsg)
        return;
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char **argv)
{
    // Tesseract's OpenMP reads its thread limit when it loads: pages, not OpenMP, use the cores.
    Recoupe::OcrEngine::holdOpenMpToOneThread(argv);
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qInstallMessageHandler(qtMessage);
    Recoupe::CliTool tool;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Typesetting a PDF needs fonts, hence a GUI application; the offscreen platform gives one
    // without a display, and no other command pays for loading it.
    std::unique_ptr<QCoreApplication> app;
    if (tool.needsGuiApplication(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("recoupe-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Recoupe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECOUPE_VERSION_STRING));
    Recoupe::Localization::install();
    return tool.run(QCoreApplication::arguments());
}
