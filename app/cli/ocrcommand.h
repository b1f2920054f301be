// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

namespace Recoupe {

// `ocr DOSSIER SOURCE_ID [--language fra+eng] [--threads N] [--json]`: reads a source's scanned
// pages again by OCR, in the given languages, as one undoable replacement of its content that
// re-anchors the annotations; says which pages were read, in which language, with what mean
// confidence, and which annotations were orphaned.
class OcrCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OcrCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("ocr"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;
};

} // namespace Recoupe
