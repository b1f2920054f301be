// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `sources DOSSIER [--json]`: the library, in import order.
class SourcesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SourcesCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("sources"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
