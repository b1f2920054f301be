// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationscommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"

#include <QCommandLineParser>

namespace Recoupe {

QString AnnotationsCommand::summary() const
{
    return tr("List the annotations of a dossier or of one source.");
}

QString AnnotationsCommand::synopsis() const
{
    return QStringLiteral("DOSSIER [--source ID] [--json]");
}

QString AnnotationsCommand::description() const
{
    return tr("Lists the annotations of DOSSIER, by source and in text order: id, source, offsets, tags, "
              "the quoted passage and the note.");
}

QVector<CliCommand::Argument> AnnotationsCommand::arguments() const
{
    return { { QStringLiteral("DOSSIER"), tr("The dossier file.") } };
}

QList<QCommandLineOption> AnnotationsCommand::options() const
{
    return {
        QCommandLineOption(
            QStringLiteral("source"), tr("Only the annotations of this source."), QStringLiteral("ID")),
        jsonOption(),
    };
}

int AnnotationsCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    qint64 sourceId = 0;
    if (parser.isSet(QStringLiteral("source"))) {
        const auto id = parseId(parser.value(QStringLiteral("source")));
        if (!id) {
            return usageError(tr("“%1” is not a source id; ids are whole numbers from 1.")
                                  .arg(parser.value(QStringLiteral("source"))));
        }
        sourceId = *id;
    }

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    if (sourceId) {
        const Result<Source> source = liveSource(dossier, sourceId);
        if (!source)
            return userError(source.error());
    }

    const DossierJson shapes(dossier);
    if (parser.isSet(QStringLiteral("json"))) {
        console().printJson(shapes.annotations(sourceId));
        return Success;
    }

    const QVector<Annotation> annotations
        = sourceId ? dossier.annotations().forSource(sourceId) : dossier.annotations().all();
    if (annotations.isEmpty()) {
        console().printLine(tr("No annotations."));
        return Success;
    }
    for (const Annotation &a : annotations) {
        QStringList tags;
        for (qint64 tagId : a.tagIds)
            tags.append(shapes.tagPath(tagId));
        //: An annotation in a list: %1 its id, %2 the source id, %3 and %4 its offsets
        QString head = tr("%1  source %2  %3:%4")
                           .arg(a.id)
                           .arg(a.anchor.sourceId)
                           .arg(a.anchor.start)
                           .arg(a.anchor.end);
        if (a.anchor.page >= 0)
            //: %1 is a page number
            head += QLatin1String("  ") + tr("page %1").arg(a.anchor.page + 1);
        if (!tags.isEmpty())
            head += QLatin1String("  [") + tags.join(QLatin1String(", ")) + QLatin1Char(']');
        if (a.anchor.orphaned)
            //: The quote of this annotation was not found again after its source changed
            head += QLatin1String("  ") + tr("(orphaned)");
        console().printLine(head);
        console().printLine(
            QLatin1String("    ") + QChar(0x201C) + a.anchor.exact.simplified() + QChar(0x201D));
        if (!a.note.isEmpty())
            console().printLine(QLatin1String("    ") + tr("Note: %1").arg(a.note.simplified()));
    }
    return Success;
}

} // namespace Recoupe
