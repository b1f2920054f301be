// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `relate DOSSIER FROM_ID TO_ID --type T [--label L] [--role R] [--start D] [--end D]
// [--evidence ANNOTATION_ID]... [--note TEXT] [--json]`: links two entities, with evidence.
class RelateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelateCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("relate"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
