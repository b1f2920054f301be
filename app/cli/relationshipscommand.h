// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `relationships DOSSIER [--json]`: the relationships between entities, with dates and evidence.
class RelationshipsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelationshipsCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("relationships"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
