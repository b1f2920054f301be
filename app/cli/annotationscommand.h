// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `annotations DOSSIER [--source ID] [--json]`: the highlights, by source then text order.
class AnnotationsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationsCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("annotations"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
