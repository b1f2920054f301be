// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace Recoupe {

class CliCommand;

// recoupe-cli itself: the tool's --help and --version, and the hand-over to one command.
class CliTool
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    CliTool();
    ~CliTool();

    // `arguments` as QCoreApplication::arguments() gives them, program name first. Returns the
    // process exit code.
    int run(const QStringList &arguments);

    // Whether the command in `arguments` (program name first) needs a QGuiApplication for fonts;
    // asked before the application object exists.
    bool needsGuiApplication(const QStringList &arguments) const;

private:
    CliCommand *command(const QString &name) const;
    QString helpText() const;
    QString usageLine() const;
    int usageError(const QString &message);

    Console m_console;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Recoupe
