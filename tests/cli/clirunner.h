// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Recoupe {

// One run of the real recoupe-cli binary: what a script would see of it.
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or did not finish: a crash never passes for a status
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList errLines() const { return errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // For QVERIFY2: what the tool said.
    QByteArray describe() const;
};

// Runs recoupe-cli in a work folder with English messages and a private HOME, so that no test
// reads or writes the user's configuration.
class CliRunner
{
public:
    explicit CliRunner(const QString &workDir);

    static QString program(); // RECOUPE_BIN_DIR/recoupe-cli
    QProcessEnvironment environment() const;
    CliRun run(const QStringList &arguments, int timeoutMs = 120000) const;

private:
    QString m_workDir;
};

} // namespace Recoupe
