// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `claim add DOSSIER --text T [--status S] [--speaker ID] [--stance S] [--evidence ID]...
// [--subject ID]... [--tag PATH]... [--note TEXT] [--json]`: states a claim citing passages;
// `claim cite DOSSIER CLAIM (--source ID --quote Q | --annotation ID)` adds one to its evidence.
class ClaimCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClaimCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("claim"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;

private:
    int cite(const QCommandLineParser &parser, const QStringList &positional);
};

} // namespace Recoupe
