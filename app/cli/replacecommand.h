// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `replace DOSSIER SOURCE_ID FILE [--password P] [--json]`: puts a newer version of a source in place (a web
// article that changed), keeps the previous one in the source's history, re-anchors every
// passage and reports those kept, moved and orphaned.
class ReplaceCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("replace"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
