// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `new DOSSIER`: creates an empty dossier file; never touches an existing file.
class NewCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(NewCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
