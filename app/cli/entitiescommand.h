// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `entities DOSSIER [--suggest [--limit N]] [--json]`: the people and institutions of a dossier,
// or those its sources name that are not entities yet.
class EntitiesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EntitiesCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("entities"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
