// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `annotate DOSSIER --source ID --quote TEXT [--occurrence N] [--tag PATH]... [--note TEXT]
// [--color #RRGGBB] [--json]`: highlights a passage found by its quote, with tags and a note.
class AnnotateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotateCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("annotate"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
