// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `search DOSSIER QUERY [--limit N] [--json]`: ranked full-text search over source texts,
// annotation notes and claims.
class SearchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
