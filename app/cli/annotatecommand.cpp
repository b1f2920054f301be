// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatecommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/transaction.h"

#include <QColor>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <climits>

namespace Recoupe {

QString AnnotateCommand::summary() const
{
    return tr("Highlight a passage found by its quote, with tags and a note.");
}

QString AnnotateCommand::synopsis() const
{
    return QStringLiteral("DOSSIER --source ID --quote TEXT [--occurrence N] [--tag PATH]... [--note TEXT] "
                          "[--color #RRGGBB] [--json]");
}

QString AnnotateCommand::description() const
{
    return tr("Adds an annotation to source ID over the passage TEXT, found in the source's text (runs of "
              "spaces match any white space, straight and curly apostrophes match each other). Tags are "
              "codebook paths such as “Réserves/Commission”; missing tags are created. Prints the new "
              "annotation's id. Nothing is written when the quote, a tag or the color is refused.");
}

QVector<CliCommand::Argument> AnnotateCommand::arguments() const
{
    return { { QStringLiteral("DOSSIER"), tr("The dossier file.") } };
}

QList<QCommandLineOption> AnnotateCommand::options() const
{
    return {
        QCommandLineOption(
            QStringLiteral("source"), tr("The source to annotate (required)."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("quote"), tr("The exact passage to highlight (required)."),
            QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("occurrence"),
            tr("Which occurrence of the quote to highlight when it occurs several times (1 by default)."),
            QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("tag"),
            tr("Tag the annotation with this codebook path; repeat for several tags."),
            QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("note"), tr("A note on the passage."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("color"), tr("Highlight color (the codebook's yellow by default)."),
            QStringLiteral("#RRGGBB")),
        QCommandLineOption(QStringLiteral("json"), tr("Print the new annotation as JSON instead of its id.")),
    };
}

int AnnotateCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (!parser.isSet(QStringLiteral("source")))
        return usageError(tr("annotate needs --source ID."));
    if (!parser.isSet(QStringLiteral("quote")))
        return usageError(tr("annotate needs --quote TEXT."));
    const auto sourceId = parseId(parser.value(QStringLiteral("source")));
    if (!sourceId) {
        return usageError(tr("“%1” is not a source id; ids are whole numbers from 1.")
                              .arg(parser.value(QStringLiteral("source"))));
    }
    const QString quote = parser.value(QStringLiteral("quote"));
    if (quote.trimmed().isEmpty())
        return usageError(tr("--quote needs the text of the passage."));
    int occurrence = 1;
    if (parser.isSet(QStringLiteral("occurrence"))) {
        const auto value = parseId(parser.value(QStringLiteral("occurrence")));
        if (!value || *value > INT_MAX) {
            return usageError(tr("--occurrence expects a number from 1, not “%1”.")
                                  .arg(parser.value(QStringLiteral("occurrence"))));
        }
        occurrence = int(*value);
    }
    QColor color;
    if (parser.isSet(QStringLiteral("color"))) {
        const QString name = parser.value(QStringLiteral("color"));
        static const QRegularExpression rgb(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        if (!rgb.match(name).hasMatch())
            return usageError(
                tr("--color expects a color written #RRGGBB, such as #ffd54f, not “%1”.").arg(name));
        color = QColor(name);
    }
    const QStringList tagPaths = parser.values(QStringLiteral("tag"));
    for (const QString &path : tagPaths) {
        if (path.split(QLatin1Char('/'), Qt::SkipEmptyParts).isEmpty())
            return usageError(
                tr("“%1” is not a tag path; write levels separated by /, such as “Dates/Clés”.").arg(path));
    }

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    const Result<Source> source = liveSource(dossier, *sourceId);
    if (!source)
        return userError(source.error());

    const Result<Anchor> anchor = dossier.anchorForQuote(*sourceId, quote, occurrence);
    if (!anchor) {
        //: %1 the dossier file, %2 a source id, %3 the reason (it names the quote and the source)
        return userError(tr("In %1, source %2: %3").arg(dossier.path()).arg(*sourceId).arg(anchor.error()));
    }

    // Tags and annotation in one transaction: a refused tag leaves no annotation, and the reverse.
    Transaction tx(dossier.database());
    if (!tx.isActive())
        return userError(tr("Cannot write to %1: %2").arg(dossier.path(), tx.error()));
    Annotation annotation;
    annotation.anchor = *anchor;
    annotation.note = parser.value(QStringLiteral("note"));
    if (color.isValid())
        annotation.color = color;
    for (const QString &path : tagPaths) {
        const Result<qint64> tagId = dossier.ensureTagPath(path);
        if (!tagId)
            return userError(tagId.error());
        if (!annotation.tagIds.contains(*tagId))
            annotation.tagIds.append(*tagId);
    }
    const Result<qint64> id = dossier.addAnnotation(annotation);
    if (!id)
        return userError(id.error());
    const Status committed = tx.commit();
    if (!committed)
        return userError(tr("Cannot write to %1: %2").arg(dossier.path(), committed.error()));

    if (parser.isSet(QStringLiteral("json"))) {
        const auto stored = dossier.annotations().get(*id);
        if (!stored)
            return userError(
                tr("Annotation %1 could not be read back from %2.").arg(*id).arg(dossier.path()));
        console().printJson(DossierJson(dossier).annotation(*stored));
    } else {
        console().printLine(QString::number(*id));
    }
    return Success;
}

} // namespace Recoupe
