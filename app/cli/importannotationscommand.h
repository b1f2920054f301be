// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `import-annotations DOSSIER FILE [--json]`: places the annotations of a W3C Web Annotation file
// on the dossier's sources, matched by their SHA-256 and quotes.
class ImportAnnotationsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportAnnotationsCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("import-annotations"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
