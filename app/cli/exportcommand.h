// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"
#include "export/exportprovenance.h"

#include <QJsonObject>

namespace Recoupe {

class Dossier;

// `export DOSSIER --format FORMAT -o FILE [options]`: the whole dossier as JSON, the evidence
// pack (annotated PDF, W3C Web Annotation, CSV, Markdown report of claims) or the relationship
// graph (GraphML, GEXF, FollowTheMoney). Prints what was written, and for a PDF how each source
// can be checked against its original.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    using CliCommand::CliCommand;

    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    QVector<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    bool needsGuiApplication(const QStringList &words) const override;

    // Formats this version writes.
    static QStringList supportedFormats();

protected:
    int run(const QCommandLineParser &parser, const QStringList &positional) override;

private:
    // What was written, printed as "Label  value" lines or as one JSON object.
    struct Summary
    {
        QJsonObject json;
        QVector<QPair<QString, QString>> lines;
        QStringList sentences; // after the lines
        QStringList warnings;
        void add(const QString &key, const QString &label, const QJsonValue &value);
    };

    int exportJson(
        const QCommandLineParser &parser, Dossier &dossier, const QString &output, Summary &summary);
    int exportGraph(const QString &format, Dossier &dossier, const QString &output, Summary &summary);
    int exportPdf(const QCommandLineParser &parser, Dossier &dossier, const QVector<qint64> &sourceIds,
        const QString &output, Summary &summary);
    int exportEvidence(const QCommandLineParser &parser, const QString &format, Dossier &dossier,
        const QVector<qint64> &sourceIds, const QString &output, Summary &summary);
    void printSummary(const Summary &summary, bool json) const;
    // Writes `bytes` to stdout ("-") or atomically to `output`.
    Status writeOutput(const QString &output, const QByteArray &bytes) const;

    ExportProvenance::Origin m_origin = ExportProvenance::Origin::FileName;
};

} // namespace Recoupe
