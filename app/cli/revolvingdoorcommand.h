// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `revolving-door DOSSIER [--months N] [--json]`: people who left a public body for a company or
// organization that deals with it, within N months.
class RevolvingDoorCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RevolvingDoorCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("revolving-door"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
