// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `show DOSSIER SOURCE_ID [--range START:END] [--text] [--json]`: one source's details and
// canonical text (the text that every offset counts in).
class ShowCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
