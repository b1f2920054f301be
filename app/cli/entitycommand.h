// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `entity add DOSSIER --type T --name N [--alias A]... [--notes TEXT] [--find-mentions] [--json]`:
// adds a person or an institution.
class EntityCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EntityCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("entity"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
