// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `clean DOSSIER -o COPY`: writes a copy of a dossier without the database objects Recoupe did
// not write (triggers, views, tables, indexes planted in a file received from someone else).
class CleanCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CleanCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("clean"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
