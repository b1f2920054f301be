// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `shared DOSSIER [SOURCE_A SOURCE_B] [--min-words N] [--json]`: the passages sources share,
// verbatim or nearly: between two sources, or across every pair of the dossier's sources.
class SharedCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SharedCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("shared"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
