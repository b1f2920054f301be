// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmark, with the peer tools a user would otherwise run, on the same input in the
// same run:
//  (a) a real 1,221-page PDF (texlive-latex-base-doc's source2e.pdf) with 1,000 highlights,
//      half of them starting or ending inside a word, exported as an annotated PDF, against
//      `qpdf in.pdf out.pdf` rewriting the same file; and the same on its first 100 pages, each
//      export in a process of its own, to show its peak memory does not follow the page count;
//  (b) 100,000 annotations exported as W3C Web Annotation JSON-LD, against `sqlite3 -json`
//      dumping the same rows.
// Wall time swings with the load of a shared machine; CPU time (user + system) is printed too.
// Run `bench_export --help` for the options.
#include "anchoring/pdfquads.h"
#include "anchoring/textquote.h"
#include "export/evidenceset.h"
#include "export/pdfexporter.h"
#include "export/webannotationwriter.h"
#include "import/sourceimporter.h"
#include "storage/annotationstore.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

using namespace Recoupe;

namespace {

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

long peakRssKb()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double cpuSeconds(int who)
{
    struct rusage usage = {};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
        + usage.ru_stime.tv_usec / 1e6;
}

// The machine's one-minute load average: wall times mean little when it is above the core count.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0))
                                          : QStringLiteral("?");
}

// Runs a program; wall and CPU seconds of the run.
bool timed(const QString &program, const QStringList &arguments, double *wall, double *cpu,
    QByteArray *output = nullptr)
{
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        out(QStringLiteral("  %1 failed: %2").arg(program, process.errorString()));
        return false;
    }
    *wall = timer.nsecsElapsed() / 1e9;
    *cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitCode() != 0 && process.exitCode() != 3) { // qpdf: 3 is "with warnings"
        out(QStringLiteral("  %1 exited with %2: %3")
                .arg(program)
                .arg(process.exitCode())
                .arg(QString::fromUtf8(process.readAllStandardError().left(500))));
        return false;
    }
    return true;
}

// (a) child 1: a dossier holding the PDF and `count` highlights spread over its pages.
int preparePdf(const QString &pdf, const QString &dossierPath, int count)
{
    auto dossier = Dossier::open(dossierPath, Dossier::OpenMode::Create);
    if (!dossier) {
        out(dossier.error());
        return 1;
    }
    const ImportOutcome imported = SourceImporter((*dossier)->database()).importFile(pdf);
    if (!imported.succeeded()) {
        out(imported.message);
        return 1;
    }
    const qint64 id = imported.sourceId;
    SourceStore &sources = (*dossier)->sources();
    const QString text = sources.text(id);
    const QVector<PdfPage> pages = sources.pdfPages(id);
    QVector<const PdfPage *> withWords;
    for (const PdfPage &page : pages) {
        if (page.words.size() > 40)
            withWords.append(&page);
    }
    Transaction tx((*dossier)->database());
    AnnotationStore &store = (*dossier)->annotations();
    int made = 0;
    for (int i = 0; i < count && !withWords.isEmpty(); ++i) {
        const PdfPage &page = *withWords[qsizetype(i) * withWords.size() / count];
        // Eight words from somewhere in the page; every other passage starts one character into
        // its first word and stops one short of its last, as a hand selection often does.
        const int first = int((i * 7919) % (page.words.size() - 20));
        const PdfWord &from = page.words[first];
        const PdfWord &to = page.words[first + 7];
        const bool inside = i % 2 == 1 && from.length > 2 && to.length > 2;
        const qint64 start = from.start + (inside ? 1 : 0);
        const qint64 end = qint64(to.start) + to.length - (inside ? 1 : 0);
        Annotation a;
        a.anchor = TextQuote::fromRange(id, text, start, end);
        a.anchor.page = page.page;
        a.anchor.quads = PdfQuads::forRange(pages, start, end);
        a.note = QStringLiteral("Highlight %1, with a note that says why it matters.").arg(i + 1);
        a.author = QStringLiteral("Bench");
        a.created = a.modified = QDateTime::currentDateTimeUtc();
        if (store.insert(a).ok())
            ++made;
    }
    if (!tx.commit().ok()) {
        out(QStringLiteral("cannot commit the highlights"));
        return 1;
    }
    out(QStringLiteral("prepared %1 highlights on %2 pages").arg(made).arg(pages.size()));
    return 0;
}

// (a) child 2: the export alone, so that its peak memory is its own.
int exportPdf(const QString &dossierPath, const QString &output)
{
    auto dossier = Dossier::open(dossierPath);
    if (!dossier) {
        out(dossier.error());
        return 1;
    }
    const long rssBefore = peakRssKb();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    auto evidence = EvidenceSet::collect(**dossier);
    if (!evidence) {
        out(evidence.error());
        return 1;
    }
    const double collected = timer.nsecsElapsed() / 1e9;
    const auto report = PdfExporter(*evidence).write(output);
    if (!report) {
        out(report.error());
        return 1;
    }
    const double wall = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    // One machine-readable line for the parent.
    out(QStringLiteral(
        "  (cuts inside words: %1 estimated from word boxes, %2 pages read again with Poppler)")
            .arg(report->edgesEstimated)
            .arg(report->pagesReadForEdges));
    out(QStringLiteral("RESULT %1 %2 %3 %4 %5 %6 %7")
            .arg(wall, 0, 'f', 4)
            .arg(cpu, 0, 'f', 4)
            .arg(collected, 0, 'f', 4)
            .arg(rssBefore)
            .arg(peakRssKb())
            .arg(report->highlightCount)
            .arg(report->fileSize));
    return 0;
}

struct PdfRun
{
    int pages = 0;
    double wall = 0, cpu = 0, collect = 0;
    long rssBefore = 0, rssPeak = 0;
    int highlights = 0;
    qint64 size = 0, inputSize = 0;
    double qpdfWall = 0, qpdfCpu = 0;
};

bool runPdf(const QString &self, const QString &pdf, int highlights, const QString &work, PdfRun *run)
{
    const QString dossier
        = QDir(work).filePath(QStringLiteral("pdf-%1.recoupe").arg(QFileInfo(pdf).baseName()));
    double wall = 0, cpu = 0;
    QByteArray output;
    if (!timed(self, {QStringLiteral("--prepare-pdf"), pdf, dossier, QString::number(highlights)}, &wall,
            &cpu, &output))
        return false;
    const QString exported
        = QDir(work).filePath(QStringLiteral("exported-%1.pdf").arg(QFileInfo(pdf).baseName()));
    if (!timed(self, {QStringLiteral("--export-pdf"), dossier, exported}, &wall, &cpu, &output))
        return false;
    const QList<QByteArray> fields = output.mid(output.indexOf("RESULT ")).trimmed().split(' ');
    if (fields.size() < 8)
        return false;
    run->wall = fields[1].toDouble();
    run->cpu = fields[2].toDouble();
    run->collect = fields[3].toDouble();
    run->rssBefore = fields[4].toLong();
    run->rssPeak = fields[5].toLong();
    run->highlights = fields[6].toInt();
    run->size = fields[7].toLongLong();
    run->inputSize = QFileInfo(pdf).size();
    // The peer: qpdf rewriting the same file (what "adding annotations with qpdf" costs at least).
    const QString rewritten
        = QDir(work).filePath(QStringLiteral("qpdf-%1.pdf").arg(QFileInfo(pdf).baseName()));
    return timed(QStringLiteral("qpdf"), {pdf, rewritten}, &run->qpdfWall, &run->qpdfCpu);
}

// (b) 100,000 annotations through the stores, exported as JSON-LD.
int benchWebAnnotations(const QString &seeds, int count, const QString &work)
{
    const QString path = QDir(work).filePath(QStringLiteral("webanno.recoupe"));
    auto dossier = Dossier::open(path, Dossier::OpenMode::Create);
    if (!dossier) {
        out(dossier.error());
        return 1;
    }
    QVector<qint64> ids;
    for (const QString &file : QDir(seeds).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        const ImportOutcome outcome
            = SourceImporter((*dossier)->database()).importFile(QDir(seeds).filePath(file));
        if (outcome.succeeded())
            ids.append(outcome.sourceId);
    }
    if (ids.isEmpty()) {
        out(QStringLiteral("no seed article in %1").arg(seeds));
        return 1;
    }
    {
        QElapsedTimer timer;
        timer.start();
        Transaction tx((*dossier)->database());
        AnnotationStore &store = (*dossier)->annotations();
        static const QRegularExpression word(QStringLiteral("\\S+"));
        for (int s = 0; s < ids.size(); ++s) {
            const QString text = (*dossier)->sources().text(ids[s]);
            QVector<QPair<qint64, qint64>> words;
            auto it = word.globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                words.append({m.capturedStart(), m.capturedEnd()});
            }
            const int share = count / ids.size() + (s < count % ids.size() ? 1 : 0);
            for (int i = 0; i < share; ++i) {
                const int first = (i * 31) % std::max<int>(1, int(words.size()) - 12);
                Annotation a;
                a.anchor = TextQuote::fromRange(
                    ids[s], text, words[first].first, words[first + 1 + i % 10].second);
                a.note = i % 3 ? QString() : QStringLiteral("Note %1 : « à recouper », avec virgule.").arg(i);
                a.author = QStringLiteral("Bench");
                a.created = a.modified = QDateTime::currentDateTimeUtc();
                store.insert(a);
            }
        }
        tx.commit();
        out(QStringLiteral("  made %1 annotations through the stores in %2 s")
                .arg(store.count())
                .arg(fixed(timer.nsecsElapsed() / 1e9, 2)));
    }

    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    auto evidence = EvidenceSet::collect(**dossier, {}, EvidenceSet::Content::TextAndAnnotations);
    const double collected = timer.nsecsElapsed() / 1e9;
    const QString jsonPath = QDir(work).filePath(QStringLiteral("annotations.jsonld"));
    const Status written = WebAnnotationWriter(*evidence).write(jsonPath, false);
    const double wall = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    if (!written.ok()) {
        out(written.error());
        return 1;
    }
    const int n = evidence->annotationCount();
    out(QStringLiteral(
        "  Recoupe JSON-LD: %1 annotations in %2 s (read %3 s, write %4 s), %5 annotations/s wall, "
        "%6/s CPU; %7 MB")
            .arg(n)
            .arg(fixed(wall, 3))
            .arg(fixed(collected, 3))
            .arg(fixed(wall - collected, 3))
            .arg(fixed(n / wall, 0))
            .arg(fixed(n / cpu, 0))
            .arg(fixed(QFileInfo(jsonPath).size() / 1e6, 1)));

    // The peer: the same rows dumped as JSON by the sqlite3 shell (no W3C structure at all).
    (*dossier).reset();
    double peerWall = 0, peerCpu = 0;
    QByteArray dump;
    const QString sql = QStringLiteral(
        "SELECT n.id, n.note, n.color, n.author, n.created, n.modified, a.source_id, a.start_pos, a.end_pos, "
        "a.exact, "
        "a.prefix, a.suffix, (SELECT group_concat(tag_id) FROM annotation_tags t WHERE t.annotation_id = "
        "n.id) "
        "FROM annotations n JOIN anchors a ON a.id = n.anchor_id ORDER BY a.source_id, a.start_pos;");
    if (timed(QStringLiteral("sqlite3"), {QStringLiteral("-json"), path, sql}, &peerWall, &peerCpu, &dump)) {
        out(QStringLiteral("  sqlite3 -json, same rows: %1 s wall, %2 s CPU, %3 annotations/s wall; %4 MB")
                .arg(fixed(peerWall, 3))
                .arg(fixed(peerCpu, 3))
                .arg(fixed(n / peerWall, 0))
                .arg(fixed(dump.size() / 1e6, 1)));
    }
    out(QStringLiteral(
        "  target >= 50,000 annotations/s: %1 on CPU time, %2 on wall time (load average %3 on %4 cores)")
            .arg(n / cpu >= 50000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
            .arg(n / wall >= 50000 ? QStringLiteral("met") : QStringLiteral("NOT met"))
            .arg(loadAverage())
            .arg(QThread::idealThreadCount()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Recoupe export benchmark"));
    parser.addHelpOption();
    QCommandLineOption pdfOption(QStringLiteral("pdf"), QStringLiteral("The big PDF."),
        QStringLiteral("file"), QStringLiteral("/usr/share/doc/texlive-doc/latex/base/source2e.pdf"));
    QCommandLineOption highlightsOption(QStringLiteral("highlights"),
        QStringLiteral("Highlights in the PDF."), QStringLiteral("n"), QStringLiteral("1000"));
    QCommandLineOption smallOption(QStringLiteral("small-pages"), QStringLiteral("Pages of the small cut."),
        QStringLiteral("n"), QStringLiteral("100"));
    QCommandLineOption annotationsOption(QStringLiteral("annotations"),
        QStringLiteral("Annotations for JSON-LD."), QStringLiteral("n"), QStringLiteral("100000"));
    QCommandLineOption seedsOption(QStringLiteral("seeds"), QStringLiteral("Folder of seed articles."),
        QStringLiteral("dir"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../../../shared/seeds")));
    QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("pdf or webanno."), QStringLiteral("part"));
    QCommandLineOption prepareOption(QStringLiteral("prepare-pdf"), QStringLiteral("(internal)"));
    QCommandLineOption exportOption(QStringLiteral("export-pdf"), QStringLiteral("(internal)"));
    parser.addOptions({pdfOption, highlightsOption, smallOption, annotationsOption, seedsOption, onlyOption,
        prepareOption, exportOption});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(prepareOption) && args.size() == 3)
        return preparePdf(args[0], args[1], args[2].toInt());
    if (parser.isSet(exportOption) && args.size() == 2)
        return exportPdf(args[0], args[1]);

    QTemporaryDir work;
    const QString only = parser.value(onlyOption);
    int status = 0;
    if (only.isEmpty() || only == QLatin1String("pdf")) {
        const QString big = parser.value(pdfOption);
        const int highlights = parser.value(highlightsOption).toInt();
        out(QStringLiteral("(a) Annotated PDF export, %1 highlights, against `qpdf in.pdf out.pdf`")
                .arg(highlights));
        const QString small = work.filePath(QStringLiteral("small.pdf"));
        double wall = 0, cpu = 0;
        timed(QStringLiteral("qpdf"),
            {big, QStringLiteral("--pages"), big, QStringLiteral("1-%1").arg(parser.value(smallOption)),
                QStringLiteral("--"), small},
            &wall, &cpu);
        for (const QString &pdf : {small, big}) {
            PdfRun run;
            if (!runPdf(QCoreApplication::applicationFilePath(), pdf, highlights, work.path(), &run)) {
                status = 1;
                continue;
            }
            out(QStringLiteral(
                "  %1 (%2 MB): export %3 s wall / %4 s CPU (reading the dossier %5 s), %6 highlights, "
                "+%7 KB; qpdf rewrite %8 s wall / %9 s CPU")
                    .arg(QFileInfo(pdf).fileName())
                    .arg(fixed(run.inputSize / 1e6, 1))
                    .arg(fixed(run.wall, 3))
                    .arg(fixed(run.cpu, 3))
                    .arg(fixed(run.collect, 3))
                    .arg(run.highlights)
                    .arg((run.size - run.inputSize) / 1024)
                    .arg(fixed(run.qpdfWall, 3))
                    .arg(fixed(run.qpdfCpu, 3)));
            out(QStringLiteral(
                "    ratio to qpdf: %1 wall, %2 CPU (target <= 0.2; load average %5); peak RSS %3 MB (%4 MB "
                "before the export started)")
                    .arg(fixed(run.wall / run.qpdfWall, 3))
                    .arg(fixed(run.cpu / run.qpdfCpu, 3))
                    .arg(fixed(run.rssPeak / 1024.0, 1))
                    .arg(fixed(run.rssBefore / 1024.0, 1))
                    .arg(loadAverage()));
        }
    }
    if (only.isEmpty() || only == QLatin1String("webanno")) {
        out(QStringLiteral("(b) W3C Web Annotation JSON-LD export"));
        status |= benchWebAnnotations(
            parser.value(seedsOption), parser.value(annotationsOption).toInt(), work.path());
    }
    return status;
}
