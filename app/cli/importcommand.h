// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

struct ImportOutcome;

// `import DOSSIER FILE|FOLDER... [--password P] [--json]`: imports files through BatchImport,
// one line per file as each one is done (each source is committed before its line is printed).
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;

private:
    void report(const ImportOutcome &outcome, bool json);
};

} // namespace Recoupe
