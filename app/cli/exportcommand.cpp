// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "console.h"
#include "dossierjson.h"
#include "export/claimsreport.h"
#include "export/csvexporter.h"
#include "export/evidenceset.h"
#include "export/exportfile.h"
#include "export/pdfexporter.h"
#include "export/webannotationwriter.h"
#include "graph/graph.h"
#include "graph/graphexport.h"
#include "interruptguard.h"
#include "storage/dossier.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace Recoupe {

namespace {

const QString Json = QStringLiteral("json");
const QString Pdf = QStringLiteral("pdf");
const QString WebAnno = QStringLiteral("webanno");
const QString Csv = QStringLiteral("csv");
const QString Markdown = QStringLiteral("markdown");
const QString GraphMl = QStringLiteral("graphml");
const QString Gexf = QStringLiteral("gexf");
const QString Ftm = QStringLiteral("ftm");

// The format's name as --format takes it, with the spellings users try.
QString canonicalFormat(const QString &typed)
{
    const QString name = typed.trimmed().toLower();
    if (name == QLatin1String("md"))
        return Markdown;
    if (name == QLatin1String("followthemoney"))
        return Ftm;
    return name;
}

QString methodName(PdfExportReport::Method method)
{
    switch (method) {
    case PdfExportReport::Method::Appended:
        return QStringLiteral("appended");
    case PdfExportReport::Method::Rewritten:
        return QStringLiteral("rewritten");
    case PdfExportReport::Method::Typeset:
        return QStringLiteral("typeset");
    case PdfExportReport::Method::Merged:
        return QStringLiteral("merged");
    case PdfExportReport::Method::Image:
        return QStringLiteral("image");
    }
    return QString();
}

// SHA-256 of the first `length` bytes of `path`, or "" when the file is shorter.
QString prefixSha256(const QString &path, qint64 length)
{
    QFile file(path);
    if (length <= 0 || !file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 left = length;
    while (left > 0) {
        const QByteArray block = file.read(std::min<qint64>(left, 1 << 20));
        if (block.isEmpty())
            return QString();
        hash.addData(block);
        left -= block.size();
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

void ExportCommand::Summary::add(const QString &key, const QString &label, const QJsonValue &value)
{
    json.insert(key, value);
    lines.append({label, value.isString() ? value.toString() : QString::number(value.toInteger())});
}

QStringList ExportCommand::supportedFormats()
{
    return {Json, Pdf, WebAnno, Csv, Markdown, GraphMl, Gexf, Ftm};
}

QString ExportCommand::summary() const
{
    return tr("Export the dossier, its evidence pack or its relationship graph to a file.");
}

QString ExportCommand::synopsis() const
{
    return QStringLiteral("DOSSIER --format FORMAT -o FILE [--source ID]... [--appendix] [--flatten] "
                          "[--author NAME | --no-author] [--origin name|none|path] [--with-text] [--json]");
}

QString ExportCommand::description() const
{
    return tr(
        "Writes DOSSIER to FILE in one of these formats: json (the whole dossier: sources' details and "
        "SHA-256, not their bytes; annotations, codebook, claims, entities, relationships), pdf (the "
        "annotated sources with real PDF highlights and notes, a PDF source alone keeping its original "
        "bytes as the start of the file; --appendix adds the claims, entities, relationships and graph), "
        "webanno (W3C Web Annotation JSON-LD, which “import-annotations” reads back), csv (one row per "
        "annotation), markdown (the claims with their citations), graphml, gexf and ftm "
        "(FollowTheMoney entities, one JSON object per line) for the relationship graph. --source limits "
        "the evidence formats to some sources. FILE is replaced only once the export is complete (a full "
        "disk leaves the previous FILE as "
        "it was); “-” writes to the standard output (not for pdf). A source imported from a file is named "
        "by its file name, never its folders, unless --origin path asks for them. Prints what was written. "
        "Supported formats: %1.")
        .arg(supportedFormats().join(QLatin1String(", ")));
}

QVector<CliCommand::Argument> ExportCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file.")}};
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("format"),
            tr("The export format: %1 (json by default).").arg(supportedFormats().join(QLatin1String(", "))),
            QStringLiteral("F")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
            tr("The file to write (required), or - for the standard output."), QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("source"),
            tr("pdf, webanno, csv, markdown: export only this source; repeat for several (all by default)."),
            QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("appendix"),
            tr("pdf: end with the evidence appendix (sources and how to check them, claims with their "
               "citations, entities, relationships, graph).")),
        QCommandLineOption(QStringLiteral("flatten"),
            tr("pdf: paint the highlights into the pages instead of adding annotations.")),
        QCommandLineOption(QStringLiteral("author"),
            tr("pdf, webanno, csv: write this name as every annotation's author."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("no-author"),
            tr("pdf, webanno, csv: write no author name at all (a pack that must not say who worked on "
               "it).")),
        QCommandLineOption(QStringLiteral("origin"),
            tr("json, pdf, webanno, markdown, graphml, gexf, ftm: what to say of the file each source was "
               "imported from: "
               "its name alone (name, the default), nothing (none), or its full path with its folders "
               "(path), which may name the source or your account. Web addresses are always kept."),
            QStringLiteral("WHAT")),
        QCommandLineOption(QStringLiteral("with-text"), tr("json: include each source's canonical text.")),
        QCommandLineOption(QStringLiteral("json"), tr("Print what was written as JSON.")),
    };
}

bool ExportCommand::needsGuiApplication(const QStringList &words) const
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options());
    parser.addOption(QCommandLineOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}));
    if (!parser.parse(QStringList {QStringLiteral("recoupe-cli")} + words))
        return false; // the usage error comes later
    return canonicalFormat(parser.value(QStringLiteral("format"))) == Pdf;
}

int ExportCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString format = parser.isSet(QStringLiteral("format"))
        ? canonicalFormat(parser.value(QStringLiteral("format")))
        : Json;
    if (!supportedFormats().contains(format)) {
        return usageError(
            tr("The export format “%1” is not supported; supported formats: %2.")
                .arg(parser.value(QStringLiteral("format")), supportedFormats().join(QLatin1String(", "))));
    }
    if (!parser.isSet(QStringLiteral("output")) || parser.value(QStringLiteral("output")).isEmpty())
        return usageError(tr("export needs -o FILE, the file to write."));
    const QString output = parser.value(QStringLiteral("output"));
    const bool toStdout = output == QLatin1String("-");
    const bool json = parser.isSet(QStringLiteral("json"));
    if (toStdout && format == Pdf)
        return usageError(tr("A PDF export needs a file: give -o FILE."));
    if (toStdout && json)
        return usageError(
            tr("--json prints what was written on the standard output; write the export to a file."));

    // Each option where it means something, so that a typo in a script does not go unnoticed.
    const QVector<QPair<QString, QStringList>> scopes {
        {QStringLiteral("with-text"), {Json}},
        {QStringLiteral("source"), {Pdf, WebAnno, Csv, Markdown}},
        {QStringLiteral("appendix"), {Pdf}},
        {QStringLiteral("flatten"), {Pdf}},
        {QStringLiteral("author"), {Pdf, WebAnno, Csv}},
        {QStringLiteral("no-author"), {Pdf, WebAnno, Csv}},
        {QStringLiteral("origin"), {Json, Pdf, WebAnno, Markdown, GraphMl, Gexf, Ftm}},
    };
    for (const auto &scope : scopes) {
        if (parser.isSet(scope.first) && !scope.second.contains(format)) {
            //: %1 an option, %2 the format asked for, %3 the formats the option applies to
            return usageError(tr("--%1 does not apply to the %2 format, only to: %3.")
                                  .arg(scope.first, format, scope.second.join(QLatin1String(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("author")) && parser.isSet(QStringLiteral("no-author")))
        return usageError(tr("Give --author NAME or --no-author, not both."));
    if (parser.isSet(QStringLiteral("author")) && parser.value(QStringLiteral("author")).trimmed().isEmpty())
        return usageError(tr("--author needs a name; --no-author writes none."));
    if (parser.isSet(QStringLiteral("origin"))
        && !ExportProvenance::fromName(parser.value(QStringLiteral("origin")), &m_origin)) {
        return usageError(
            tr("--origin takes name, none or path, not “%1”.").arg(parser.value(QStringLiteral("origin"))));
    }
    QString bad;
    const auto sourceIds = idValues(parser, QStringLiteral("source"), &bad);
    if (!sourceIds)
        return usageError(tr("“%1” is not a source id; ids are whole numbers from 1.").arg(bad));

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    for (qint64 id : *sourceIds) {
        const Result<Source> source = liveSource(dossier, id);
        if (!source)
            return userError(source.error());
    }

    Summary summary;
    summary.add(QStringLiteral("file"), tr("File"), output);
    summary.add(QStringLiteral("format"), tr("Format"), format);
    int status = Success;
    if (format == Json)
        status = exportJson(parser, dossier, output, summary);
    else if (format == Pdf)
        status = exportPdf(parser, dossier, *sourceIds, output, summary);
    else if (format == GraphMl || format == Gexf || format == Ftm)
        status = exportGraph(format, dossier, output, summary);
    else
        status = exportEvidence(parser, format, dossier, *sourceIds, output, summary);
    if (status != Success)
        return status;

    if (toStdout) {
        for (const QString &warning : std::as_const(summary.warnings))
            console().error(tr("warning: %1").arg(warning));
        return Success;
    }
    printSummary(summary, json);
    return Success;
}

int ExportCommand::exportJson(
    const QCommandLineParser &parser, Dossier &dossier, const QString &output, Summary &summary)
{
    const QJsonObject document = DossierJson(dossier).exportDocument(
        parser.isSet(QStringLiteral("with-text")), ExportProvenance(m_origin));
    const Status written = writeOutput(output, QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!written)
        return userError(written.error());
    for (const auto &[key, label] : {std::pair {"sources", tr("Sources")},
             std::pair {"annotations", tr("Annotations")}, std::pair {"claims", tr("Claims")},
             std::pair {"entities", tr("Entities")}, std::pair {"relationships", tr("Relationships")}}) {
        summary.add(QLatin1String(key), label, document.value(QLatin1String(key)).toArray().size());
    }
    if (output != QLatin1String("-"))
        summary.add(QStringLiteral("bytes"), tr("Bytes"), QFileInfo(output).size());
    return Success;
}

int ExportCommand::exportGraph(
    const QString &format, Dossier &dossier, const QString &output, Summary &summary)
{
    GraphExport::Format graphFormat = GraphExport::Format::GraphMl;
    GraphExport::formatFromName(format, &graphFormat);
    const Result<Graph> graph = Graph::fromDossier(dossier);
    if (!graph)
        return userError(tr("Cannot read the relationships of %1: %2").arg(dossier.path(), graph.error()));
    QStringList warnings;
    if (output == QLatin1String("-")) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const Status written = GraphExport::write(
            dossier, *graph, graphFormat, &buffer, &warnings, ExportProvenance(m_origin));
        if (!written)
            return userError(tr("Cannot export the graph of %1: %2").arg(dossier.path(), written.error()));
        console().printBytes(buffer.data());
    } else {
        const Status written = GraphExport::writeFile(
            dossier, *graph, graphFormat, output, &warnings, ExportProvenance(m_origin));
        if (!written) {
            //: %1 the dossier, %2 the file to write, %3 the reason
            return userError(
                tr("Cannot export the graph of %1 to %2: %3").arg(dossier.path(), output, written.error()));
        }
        summary.add(QStringLiteral("bytes"), tr("Bytes"), QFileInfo(output).size());
    }
    summary.add(QStringLiteral("entities"), tr("Entities"), graph->nodeCount());
    summary.add(QStringLiteral("relationships"), tr("Relationships"), graph->edgeCount());
    summary.warnings += warnings;
    return Success;
}

int ExportCommand::exportEvidence(const QCommandLineParser &parser, const QString &format, Dossier &dossier,
    const QVector<qint64> &sourceIds, const QString &output, Summary &summary)
{
    const auto evidence = EvidenceSet::collect(
        dossier, sourceIds, EvidenceSet::Content::TextAndAnnotations, ExportProvenance(m_origin));
    if (!evidence)
        return userError(tr("Cannot read %1: %2").arg(dossier.path(), evidence.error()));
    const ExportAuthor author = parser.isSet(QStringLiteral("no-author")) ? ExportAuthor::anonymous()
        : parser.isSet(QStringLiteral("author")) ? ExportAuthor::named(parser.value(QStringLiteral("author")))
                                                 : ExportAuthor::stored();
    QByteArray bytes;
    if (format == WebAnno) {
        WebAnnotationWriter writer(*evidence);
        writer.setAuthor(author);
        bytes = writer.toJson(true);
    } else if (format == Csv) {
        CsvExporter exporter(*evidence);
        exporter.setAuthor(author);
        bytes = exporter.toCsv();
    } else {
        bytes = ClaimsReport(*evidence).toMarkdown().toUtf8();
    }
    const Status written = writeOutput(output, bytes);
    if (!written)
        return userError(written.error());
    if (output != QLatin1String("-"))
        summary.add(QStringLiteral("bytes"), tr("Bytes"), QFileInfo(output).size());
    summary.add(QStringLiteral("sources"), tr("Sources"), int(evidence->sources.size()));
    if (format == Markdown)
        summary.add(QStringLiteral("claims"), tr("Claims"), int(evidence->claimsInScope().size()));
    else
        summary.add(QStringLiteral("annotations"), tr("Annotations"), evidence->annotationCount());
    return Success;
}

int ExportCommand::exportPdf(const QCommandLineParser &parser, Dossier &dossier,
    const QVector<qint64> &sourceIds, const QString &output, Summary &summary)
{
    const auto evidence = EvidenceSet::collect(
        dossier, sourceIds, EvidenceSet::Content::Everything, ExportProvenance(m_origin));
    if (!evidence)
        return userError(tr("Cannot read %1: %2").arg(dossier.path(), evidence.error()));

    PdfExportOptions options;
    options.appendix = parser.isSet(QStringLiteral("appendix"));
    options.flatten = parser.isSet(QStringLiteral("flatten"));
    if (parser.isSet(QStringLiteral("no-author")))
        options.author = ExportAuthor::anonymous();
    else if (parser.isSet(QStringLiteral("author")))
        options.author = ExportAuthor::named(parser.value(QStringLiteral("author")));
    // Ctrl-C stops the export; the file at `output`, if any, is left as it was.
    InterruptGuard guard;
    options.cancel = &InterruptGuard::flag();
    const QString fileName = QFileInfo(output).fileName();
    options.progress = [this, fileName](double done) {
        //: Progress on a terminal: %1 the file being written, %2 the percentage done
        console().progress(tr("Writing %1: %2%").arg(fileName).arg(int(std::lround(done * 100))));
    };
    const Result<PdfExportReport> exported = PdfExporter(*evidence).write(output, options);
    console().clearProgress();
    if (!exported) {
        if (InterruptGuard::flag().load())
            return userError(tr("The export was stopped; %1 was not written.").arg(output));
        //: %1 the dossier, %2 the file to write, %3 the reason
        return userError(tr("Cannot export %1 to %2: %3").arg(dossier.path(), output, exported.error()));
    }
    const PdfExportReport &report = *exported;

    summary.add(QStringLiteral("bytes"), tr("Bytes"), report.fileSize);
    summary.add(QStringLiteral("pages"), tr("Pages"), report.pageCount);
    summary.add(QStringLiteral("appendix_pages"), tr("Appendix pages"), report.appendixPages);
    summary.add(QStringLiteral("highlights"), tr("Highlights"), report.highlightCount);
    summary.add(QStringLiteral("attachment"), tr("Attachment"), report.attachmentName);

    QStringList mismatches;
    QJsonArray sources;
    for (const PdfExportReport::SourceResult &s : report.sources) {
        const QString prefixHash = s.method == PdfExportReport::Method::Appended
            ? prefixSha256(output, s.prefixLength)
            : QString();
        sources.append(QJsonObject {
            {QStringLiteral("id"), s.sourceId},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("sha256"), s.sha256},
            {QStringLiteral("method"), methodName(s.method)},
            {QStringLiteral("prefix_bytes"), s.prefixLength},
            {QStringLiteral("prefix_sha256"), prefixHash},
            {QStringLiteral("first_page"), s.firstPage},
            {QStringLiteral("last_page"), s.lastPage},
            {QStringLiteral("highlights"), s.highlights},
        });
        //: Pages of the exported file a source occupies: %1 first, %2 last
        const QString pages = s.firstPage == s.lastPage ? tr("page %1").arg(s.firstPage)
                                                        : tr("pages %1–%2").arg(s.firstPage).arg(s.lastPage);
        switch (s.method) {
        case PdfExportReport::Method::Appended:
            if (prefixHash != s.sha256) {
                //: %1 a byte count, %2 the file, %3 a source id, %4 a SHA-256
                mismatches.append(
                    tr("The first %1 bytes of %2 do not hash to SHA-256 %4 recorded for source %3.")
                        .arg(QString::number(s.prefixLength), output, QString::number(s.sourceId), s.sha256));
            }
            //: %1 source id, %2 title, %3 "pages 1–4", %4 a byte count, %5 the SHA-256; %n highlights
            summary.sentences.append(tr("Source %1 “%2”, %3: its original file is kept byte for byte as the "
                                        "first %4 bytes (SHA-256 %5, as recorded at import); %n highlight(s) "
                                        "added after it.",
                "", s.highlights)
                                         .arg(QString::number(s.sourceId), s.title, pages,
                                             QString::number(s.prefixLength), prefixHash));
            break;
        case PdfExportReport::Method::Rewritten:
            summary.sentences.append(
                tr("Source %1 “%2”, %3: the original PDF had to be rewritten, so its bytes "
                   "are not the start of the file (see the warnings); %n highlight(s).",
                    "", s.highlights)
                    .arg(QString::number(s.sourceId), s.title, pages));
            break;
        case PdfExportReport::Method::Typeset:
            summary.sentences.append(
                tr("Source %1 “%2”, %3: typeset from its text; %n highlight(s).", "", s.highlights)
                    .arg(QString::number(s.sourceId), s.title, pages));
            break;
        case PdfExportReport::Method::Image:
            //: %1 source id, %2 title, %3 "pages 1–4"; %n highlights
            summary.sentences.append(tr("Source %1 “%2”, %3: the image set as pages, one per frame, with "
                                        "the text read by OCR invisible under it; %n highlight(s).",
                "", s.highlights)
                                         .arg(QString::number(s.sourceId), s.title, pages));
            break;
        case PdfExportReport::Method::Merged:
            summary.sentences.append(tr("Source %1 “%2”, %3: its pages are copied into the combined file, so "
                                        "its original bytes are not a prefix (export it alone for that); %n "
                                        "highlight(s).",
                "", s.highlights)
                                         .arg(QString::number(s.sourceId), s.title, pages));
            break;
        }
    }
    summary.json.insert(QStringLiteral("sources"), sources);
    summary.warnings += report.warnings;
    if (!mismatches.isEmpty()) {
        printSummary(summary, parser.isSet(QStringLiteral("json")));
        return userError(mismatches.join(QLatin1Char(' ')));
    }
    return Success;
}

void ExportCommand::printSummary(const Summary &summary, bool json) const
{
    if (json) {
        QJsonObject object = summary.json;
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(summary.warnings));
        console().printJson(object);
        return;
    }
    int width = 0;
    for (const auto &line : summary.lines)
        width = std::max(width, int(line.first.size()));
    for (const auto &line : summary.lines)
        console().printLine(line.first.leftJustified(width + 2) + line.second);
    for (const QString &sentence : summary.sentences)
        console().printLine(sentence);
    for (const QString &warning : summary.warnings)
        //: A reservation the exporter reported; %1 says what
        console().printLine(QLatin1String("  ") + tr("warning: %1").arg(warning));
}

Status ExportCommand::writeOutput(const QString &output, const QByteArray &bytes) const
{
    if (output == QLatin1String("-")) {
        console().printBytes(bytes);
        return {};
    }
    // An interrupted export or a full disk never leaves a truncated file in place of a good one.
    return ExportFile::save(output, bytes);
}

} // namespace Recoupe
