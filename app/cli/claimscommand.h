// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `claims DOSSIER [--json]`: the claims with their status, speaker, subjects and evidence.
class ClaimsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("claims"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
