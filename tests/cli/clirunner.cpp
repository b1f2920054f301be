// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QDir>

namespace Recoupe {

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(3000)
        + "\nstderr: " + err.left(3000);
}

CliRunner::CliRunner(const QString &workDir)
    : m_workDir(workDir)
{
    QDir().mkpath(QDir(m_workDir).filePath(QStringLiteral("home")));
}

QString CliRunner::program()
{
    return QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli");
}

QProcessEnvironment CliRunner::environment() const
{
    const QDir dir(m_workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("home/.cache")));
    return env;
}

CliRun CliRunner::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_workDir);
    process.start(program(), arguments);
    CliRun run;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "recoupe-cli did not start or did not finish: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace Recoupe
