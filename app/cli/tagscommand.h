// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `tags DOSSIER [--json]`: the codebook as a tree, with paths, colors and use counts.
class TagsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagsCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("tags"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
