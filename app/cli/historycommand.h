// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `history DOSSIER SOURCE_ID [--version N (-o FILE | --text)] [--json]`: the versions of a
// source's content, and any one of them written out as it was: its original bytes or its text.
class HistoryCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
