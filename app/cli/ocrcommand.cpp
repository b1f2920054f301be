// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrcommand.h"

#include "console.h"
#include "import/ocrengine.h"
#include "import/sourceimporter.h"
#include "interruptguard.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Recoupe {

QString OcrCommand::summary() const
{
    return tr("Read a source's scanned pages again by text recognition (OCR).");
}

QString OcrCommand::synopsis() const
{
    return QStringLiteral("DOSSIER SOURCE_ID [--language LANGS] [--threads N] [--json]");
}

QString OcrCommand::description() const
{
    return tr("Reads the pages of source SOURCE_ID that have no text layer again with Tesseract, in the "
              "languages given (Tesseract's codes joined by “+”, such as fra+eng), and replaces the "
              "source's text with the result as one step that can be undone. Annotations are found "
              "again in the new text; those whose passage is gone are reported as orphaned. Prints "
              "each page read, its language and its mean word confidence (0 to 100).");
}

QVector<CliCommand::Argument> OcrCommand::arguments() const
{
    return {
        {QStringLiteral("DOSSIER"), tr("The dossier file.")},
        {QStringLiteral("SOURCE_ID"), tr("The source's id, as “sources” lists it.")},
    };
}

QList<QCommandLineOption> OcrCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("language"),
            tr("The languages to read the pages in, such as fra+eng (default: the source's language "
               "plus English)."),
            QStringLiteral("LANGS")),
        QCommandLineOption(QStringLiteral("threads"),
            tr("Pages read at the same time (default: one per core)."), QStringLiteral("N")),
        jsonOption(),
    };
}

int OcrCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const auto id = parseId(positional.at(1));
    if (!id)
        return usageError(tr("“%1” is not a source id; ids are whole numbers from 1.").arg(positional.at(1)));
    ImportOptions options;
    if (parser.isSet(QStringLiteral("language"))) {
        options.ocrLanguages = parser.value(QStringLiteral("language")).trimmed();
        static const QRegularExpression form(QStringLiteral("^[A-Za-z_]+(\\+[A-Za-z_]+)*$"));
        if (!form.match(options.ocrLanguages).hasMatch())
            return usageError(
                tr("--language expects Tesseract language codes joined by “+”, such as fra+eng, not “%1”.")
                    .arg(options.ocrLanguages));
        const QString missing = OcrEngine::missingModels(options.ocrLanguages);
        if (!missing.isEmpty())
            return userError(missing);
    }
    if (parser.isSet(QStringLiteral("threads"))) {
        const auto threads = parseCount(parser.value(QStringLiteral("threads")));
        if (!threads || *threads < 1 || *threads > 64)
            return usageError(tr("--threads expects a number of threads from 1 to 64."));
        options.threads = int(*threads);
    }

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    const Result<Source> source = liveSource(dossier, *id);
    if (!source)
        return userError(source.error());
    if (!hasPages(source->kind))
        return userError(tr("Source %1 (“%2”) has no scanned pages to read.").arg(*id).arg(source->title));

    InterruptGuard guard;
    options.cancel = &InterruptGuard::flag();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json) {
        options.progress = [this](double fraction) {
            console().progress(tr("Reading… %1%").arg(qRound(fraction * 100)));
        };
    }
    Result<SourceDraft> draft = SourceImporter::readAgain(*source, dossier.sources().original(*id), options);
    if (!json)
        console().clearProgress();
    if (!draft) {
        if (draft.error().isEmpty())
            return userError(tr("Text recognition was stopped; source %1 is as it was.").arg(*id));
        return userError(draft.error());
    }
    for (const QString &warning : std::as_const(draft->warnings)) {
        // A missing model: nothing was read, the source stays as it was.
        return userError(warning);
    }
    QJsonArray pages;
    QStringList lines;
    for (const PdfPage &page : std::as_const(draft->pages)) {
        if (!page.isOcr())
            continue;
        pages.append(QJsonObject {{QStringLiteral("page"), page.page + 1},
            {QStringLiteral("language"), page.ocrLanguage},
            {QStringLiteral("confidence"), qRound(page.ocrConfidence * 10) / 10.0},
            {QStringLiteral("words"), int(page.words.size())}});
        lines.append(
            tr("Page %1: read in %2, mean confidence %3, %n word(s).", nullptr, int(page.words.size()))
                .arg(page.page + 1)
                .arg(page.ocrLanguage)
                .arg(page.ocrConfidence, 0, 'f', 1));
    }
    if (pages.isEmpty())
        return userError(tr("Source %1 (“%2”) has no scanned pages: every page has a text layer.")
                             .arg(*id)
                             .arg(source->title));
    const Result<ReanchorReport> replaced = dossier.replaceSourceContent(*id, std::move(*draft));
    if (!replaced)
        return userError(replaced.error());

    if (json) {
        QJsonArray orphaned;
        for (qint64 anchor : replaced->orphaned)
            orphaned.append(anchor);
        console().printJson(QJsonObject {{QStringLiteral("source"), *id},
            {QStringLiteral("ocr_pages"), pages}, {QStringLiteral("kept"), int(replaced->kept.size())},
            {QStringLiteral("moved"), int(replaced->moved.size())},
            {QStringLiteral("orphaned_anchors"), orphaned}});
        return Success;
    }
    for (const QString &line : std::as_const(lines))
        console().printLine(line);
    console().printLine(tr("Passages kept: %1, moved: %2, orphaned: %3.")
                            .arg(replaced->kept.size())
                            .arg(replaced->moved.size())
                            .arg(replaced->orphaned.size()));
    return Success;
}

} // namespace Recoupe
