// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark, with the peer tools a user would otherwise run, on the same input in the
// same run:
//  (a) real PDFs (texlive-latex-base-doc): pages/s of our import on one and on every core,
//      against pdftotext on the same files;
//  (b) ~10,000 real text documents (the machine's man pages as text): our import, one source
//      per transaction, against a bare FTS5 load of the same texts into a plain SQLite file;
//  (c) the peak memory (VmHWM) of importing one 200 MB text file, in a child process;
//  (d) SHA-256 of a 1 GiB file: ContentDigest (libcrypto) against `openssl dgst -sha256`.
// Run `bench_import --help` for the options; `--keep-dossier PATH` keeps the 10,000-document
// dossier for the search and library benchmarks.
#include "import/batchimport.h"
#include "import/contentdigest.h"
#include "import/importerregistry.h"
#include "import/sourceimporter.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <poppler-qt6.h>
#include <poppler-version.h>
#include <sqlite3.h>
#include <sys/resource.h>

#ifdef RECOUPE_BENCH_ZLIB
#include <zlib.h>
#endif

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

// Peak resident memory in KiB. getrusage's ru_maxrss survives fork and exec on Linux (a child
// starts with its parent's peak), so prefer the kernel's high-water mark of this address space.
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// CPU seconds (user + system) of this process and of its finished children. On a shared,
// busy machine wall time swings with the load; CPU time shows the work each side did.
double cpuSeconds()
{
    double total = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        struct rusage usage = {};
        getrusage(who, &usage);
        total += usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
            + usage.ru_stime.tv_usec / 1e6;
    }
    return total;
}

// Wall and CPU time of one run.
class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(cpuSeconds())
    {
        m_wall.start();
    }
    double wall() const { return m_wall.nsecsElapsed() / 1e9; }
    double cpu() const { return cpuSeconds() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString toolVersion(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(5000);
    const QString all = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
    return all.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// ---------------------------------------------------------------------------------------------
// (a) PDFs

struct PdfFile
{
    QString path;
    int pages = 0;
};

QVector<PdfFile> choosePdfs(const QString &dir, int pageBudget)
{
    QStringList all;
    QDirIterator it(dir, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        all.append(it.next());
    all.sort();
    QVector<PdfFile> chosen;
    int pages = 0;
    for (const QString &path : all) {
        if (pageBudget > 0 && pages >= pageBudget)
            break;
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        if (!doc || doc->isLocked() || doc->numPages() <= 0)
            continue;
        chosen.append({path, doc->numPages()});
        pages += doc->numPages();
    }
    return chosen;
}

struct Run
{
    QString name;
    int files = 0;
    qint64 pages = 0;
    double seconds = 0;
    double cpu = 0;
    int failed = 0;
    double rate() const { return seconds > 0 ? pages / seconds : 0; }
    double cpuRate() const { return cpu > 0 ? pages / cpu : 0; }
};

Run runPdftotext(const QVector<PdfFile> &files)
{
    Run run {QStringLiteral("pdftotext (1 process at a time)")};
    const Stopwatch timer;
    for (const PdfFile &f : files) {
        const int rc = QProcess::execute(
            QStringLiteral("pdftotext"), {QStringLiteral("-q"), f.path, QStringLiteral("/dev/null")});
        ++run.files;
        run.pages += f.pages;
        if (rc != 0)
            ++run.failed;
    }
    run.seconds = timer.wall();
    run.cpu = timer.cpu();
    return run;
}

Run runPdftotextParallel(const QVector<PdfFile> &files, int processes)
{
    Run run {QStringLiteral("pdftotext (%1 processes)").arg(processes)};
    const Stopwatch timer;
    QVector<QProcess *> running;
    int next = 0;
    while (next < files.size() || !running.isEmpty()) {
        while (running.size() < processes && next < files.size()) {
            auto *p = new QProcess;
            p->start(QStringLiteral("pdftotext"),
                {QStringLiteral("-q"), files[next].path, QStringLiteral("/dev/null")});
            run.pages += files[next].pages;
            ++run.files;
            ++next;
            running.append(p);
        }
        QProcess *first = running.takeFirst();
        first->waitForFinished(-1);
        if (first->exitCode() != 0)
            ++run.failed;
        delete first;
    }
    run.seconds = timer.wall();
    run.cpu = timer.cpu();
    return run;
}

Run runOurPdfImport(const QVector<PdfFile> &files, int threads, const QString &dossierPath)
{
    Run run {threads == 1 ? QStringLiteral("Recoupe import, 1 thread")
                          : QStringLiteral("Recoupe import, %1 threads").arg(threads)};
    QFile::remove(dossierPath);
    auto dossier = Dossier::open(dossierPath, Dossier::OpenMode::Create);
    if (!dossier) {
        out(QStringLiteral("cannot create %1: %2").arg(dossierPath, dossier.error()));
        return run;
    }
    SourceImporter importer((*dossier)->database());
    ImportOptions options;
    options.threads = threads;
    const Stopwatch timer;
    for (const PdfFile &f : files) {
        const ImportOutcome outcome = importer.importFile(f.path, options);
        ++run.files;
        run.pages += f.pages;
        if (outcome.status != ImportOutcome::Status::Imported)
            ++run.failed;
    }
    run.seconds = timer.wall();
    run.cpu = timer.cpu();
    return run;
}

Run runOurPdfExtraction(const QVector<PdfFile> &files, int threads)
{
    Run run {QStringLiteral("Recoupe text extraction only, %1 thread(s)").arg(threads)};
    const Importer *pdf = ImporterRegistry::instance().byId(QStringLiteral("pdf"));
    const Stopwatch timer;
    for (const PdfFile &f : files) {
        QFile file(f.path);
        file.open(QIODevice::ReadOnly);
        const QByteArray bytes = file.readAll();
        ImportContext context;
        context.path = f.path;
        context.threads = threads;
        SourceDraft draft;
        if (pdf->read(bytes, context, draft).outcome != Importer::Outcome::Read)
            ++run.failed;
        ++run.files;
        run.pages += f.pages;
    }
    run.seconds = timer.wall();
    run.cpu = timer.cpu();
    return run;
}

// A Markdown table: wall time and rate against the first run (the peer), then the same for CPU time.
void printTable(const QStringList &header, const QVector<QStringList> &rows)
{
    QVector<int> widths(header.size());
    for (int c = 0; c < header.size(); ++c) {
        widths[c] = int(header[c].size());
        for (const QStringList &row : rows)
            widths[c] = qMax(widths[c], int(row[c].size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text = QStringLiteral("|");
        for (int c = 0; c < cells.size(); ++c)
            text += QLatin1Char(' ')
                + (c == 0 ? cells[c].leftJustified(widths[c]) : cells[c].rightJustified(widths[c]))
                + QStringLiteral(" |");
        out(text);
    };
    line(header);
    QStringList rule;
    for (int c = 0; c < header.size(); ++c)
        rule.append(QString(widths[c], QLatin1Char('-')));
    line(rule);
    for (const QStringList &row : rows)
        line(row);
}

QString ratio(double value, double reference)
{
    return reference > 0 ? fixed(value / reference, 2) + QStringLiteral("×") : QStringLiteral("—");
}

void printRuns(const QVector<Run> &runs)
{
    const Run &peer = runs.first();
    QVector<QStringList> rows;
    for (const Run &r : runs) {
        rows.append({r.name + (r.failed ? QStringLiteral(" (%1 failed)").arg(r.failed) : QString()),
            QString::number(r.files), QString::number(r.pages), fixed(r.seconds, 2), fixed(r.rate(), 1),
            ratio(r.rate(), peer.rate()), fixed(r.cpu, 2), fixed(r.cpuRate(), 1),
            ratio(r.cpuRate(), peer.cpuRate())});
    }
    printTable(
        {QStringLiteral("run"), QStringLiteral("files"), QStringLiteral("pages"), QStringLiteral("wall s"),
            QStringLiteral("pages/s"), QStringLiteral("× pdftotext"), QStringLiteral("CPU s"),
            QStringLiteral("pages/CPU s"), QStringLiteral("× pdftotext (CPU)")},
        rows);
}

// ---------------------------------------------------------------------------------------------
// (b) Text documents from man pages

QByteArray gunzip(const QString &path)
{
#ifdef RECOUPE_BENCH_ZLIB
    QByteArray result;
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!gz)
        return result;
    char buffer[65536];
    int n;
    while ((n = gzread(gz, buffer, sizeof buffer)) > 0)
        result.append(buffer, n);
    gzclose(gz);
    return result;
#else
    QProcess p;
    p.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    p.waitForFinished(-1);
    return p.readAllStandardOutput();
#endif
}

// The text of a man page from its roff source: requests dropped, their text arguments kept,
// font and character escapes resolved. Rough, but real prose in English and French.
QString roffToText(const QString &roff)
{
    static const QRegularExpression fontEscape(QStringLiteral("\\\\f(?:\\(..|\\[[^\\]]*\\]|.)"));
    static const QRegularExpression sizeEscape(QStringLiteral("\\\\s[-+]?\\d+"));
    static const QRegularExpression stringEscape(QStringLiteral("\\\\\\*(?:\\(..|\\[[^\\]]*\\]|.)"));
    static const QRegularExpression specialChar(QStringLiteral("\\\\\\((..)"));
    static const QHash<QString, QString> specials = {
        {QStringLiteral("aq"), QStringLiteral("'")},
        {QStringLiteral("em"), QStringLiteral("—")},
        {QStringLiteral("en"), QStringLiteral("–")},
        {QStringLiteral("lq"), QStringLiteral("“")},
        {QStringLiteral("rq"), QStringLiteral("”")},
        {QStringLiteral("bu"), QStringLiteral("•")},
        {QStringLiteral("co"), QStringLiteral("©")},
        {QStringLiteral("dq"), QStringLiteral("\"")},
        {QStringLiteral("oq"), QStringLiteral("‘")},
        {QStringLiteral("cq"), QStringLiteral("’")},
        {QStringLiteral("hy"), QStringLiteral("-")},
        {QStringLiteral("rs"), QStringLiteral("\\")},
        {QStringLiteral("Fo"), QStringLiteral("«")},
        {QStringLiteral("Fc"), QStringLiteral("»")},
    };
    QString text;
    text.reserve(roff.size());
    const QStringList lines = roff.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\''))) {
            const QString request = line.section(QLatin1Char(' '), 0, 0).mid(1);
            static const QStringList paragraph = {QStringLiteral("PP"), QStringLiteral("LP"),
                QStringLiteral("P"), QStringLiteral("SH"), QStringLiteral("SS"), QStringLiteral("TP"),
                QStringLiteral("IP"), QStringLiteral("sp"), QStringLiteral("Sh")};
            static const QStringList withText
                = {QStringLiteral("SH"), QStringLiteral("SS"), QStringLiteral("B"), QStringLiteral("I"),
                    QStringLiteral("BR"), QStringLiteral("BI"), QStringLiteral("IR"), QStringLiteral("RB"),
                    QStringLiteral("RI"), QStringLiteral("IB"), QStringLiteral("SM"), QStringLiteral("IP"),
                    QStringLiteral("Nm"), QStringLiteral("Nd"), QStringLiteral("Sh")};
            if (paragraph.contains(request))
                text += QLatin1String("\n\n");
            if (!withText.contains(request))
                continue;
            line = line.section(QLatin1Char(' '), 1);
            line.remove(QLatin1Char('"'));
        }
        line.replace(fontEscape, QString());
        line.replace(sizeEscape, QString());
        line.replace(stringEscape, QString());
        QRegularExpressionMatchIterator it = specialChar.globalMatch(line);
        QString resolved;
        qsizetype last = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            resolved += QStringView(line).mid(last, m.capturedStart() - last);
            resolved += specials.value(m.captured(1));
            last = m.capturedEnd();
        }
        resolved += QStringView(line).mid(last);
        resolved.replace(QLatin1String("\\-"), QLatin1String("-"));
        resolved.replace(QLatin1String("\\&"), QString());
        resolved.replace(QLatin1String("\\e"), QLatin1String("\\"));
        resolved.replace(QLatin1String("\\ "), QLatin1String(" "));
        resolved.replace(QLatin1String("\\c"), QString());
        resolved.remove(QLatin1Char('\\'));
        text += resolved;
        text += QLatin1Char('\n');
    }
    return text;
}

QString renderWithMan(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("man -l -Tutf8 \"$0\" 2>/dev/null | col -b"), path});
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Writes up to `count` documents into `dir` (kept between runs); returns their paths.
QStringList buildCorpus(const QString &dir, int count, bool render, int minChars)
{
    QDir().mkpath(dir);
    QStringList existing = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (existing.size() >= count) {
        QStringList paths;
        for (int i = 0; i < count; ++i)
            paths.append(QDir(dir).filePath(existing[i]));
        return paths;
    }
    out(QStringLiteral("Building the text corpus in %1 (%2 man pages, %3; done once)…")
            .arg(dir)
            .arg(count)
            .arg(render ? QStringLiteral("rendered with man") : QStringLiteral("from their roff source")));
    // French pages first (manpages-fr), then the English ones.
    QStringList sources;
    // French pages first (manpages-fr), then English, then the other translations.
    const QRegularExpression english(QStringLiteral("^/usr/share/man/man\\d/"));
    const QString french = QStringLiteral("/usr/share/man/fr/");
    QStringList all;
    QDirIterator it(QStringLiteral("/usr/share/man"), {QStringLiteral("*.gz")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        all.append(it.next());
    all.sort();
    for (int pass = 0; pass < 3; ++pass) {
        for (const QString &path : all) {
            const int kind = path.startsWith(french) ? 0 : english.match(path).hasMatch() ? 1 : 2;
            if (kind == pass)
                sources.append(path);
        }
    }
    QSet<QByteArray> seen;
    int written = 0;
    for (const QString &source : sources) {
        if (written >= count)
            break;
        QString text = render ? renderWithMan(source) : roffToText(QString::fromUtf8(gunzip(source)));
        text = text.trimmed();
        if (text.size() < minChars || text.size() > 400000)
            continue; // short stubs (".so" redirections) and the few giant pages
        const QByteArray bytes = text.toUtf8();
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
        if (seen.contains(hash))
            continue;
        seen.insert(hash);
        QFile f(QDir(dir).filePath(QStringLiteral("%1.txt").arg(written, 5, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly))
            break;
        f.write(bytes);
        ++written;
    }
    QStringList paths;
    for (const QString &name :
        QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name).mid(0, count))
        paths.append(QDir(dir).filePath(name));
    return paths;
}

struct TextRun
{
    QString name;
    int docs = 0;
    qint64 bytes = 0;
    double seconds = 0;
    double cpu = 0;
    int failed = 0;
};

TextRun bareFts5(const QStringList &files, const QString &dbPath, int walCheckpoint = 0)
{
    TextRun run {walCheckpoint ? QStringLiteral("bare FTS5 load, wal_autocheckpoint = %1").arg(walCheckpoint)
                               : QStringLiteral("bare FTS5 load (sqlite3, 1 transaction per document)")};
    QFile::remove(dbPath);
    QFile::remove(dbPath + QStringLiteral("-wal"));
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(dbPath).constData(), &db);
    // The dossier's settings, for a fair comparison: WAL, synchronous NORMAL.
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", nullptr, nullptr, nullptr);
    if (walCheckpoint) {
        const QByteArray pragma = "PRAGMA wal_autocheckpoint = " + QByteArray::number(walCheckpoint);
        sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    }
    sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(body) VALUES (?1)", -1, &insert, nullptr);
    const Stopwatch timer;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            ++run.failed;
            continue;
        }
        const QByteArray body = f.readAll();
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insert, 1, body.constData(), int(body.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            ++run.failed;
        sqlite3_reset(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        ++run.docs;
        run.bytes += body.size();
    }
    run.seconds = timer.wall();
    run.cpu = timer.cpu();
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return run;
}

TextRun ourTextImport(const QStringList &files, const QString &dossierPath)
{
    TextRun run {QStringLiteral("Recoupe BatchImport (1 transaction per source)")};
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dossierPath + suffix);
    auto dossier = Dossier::open(dossierPath, Dossier::OpenMode::Create);
    if (!dossier) {
        out(QStringLiteral("cannot create %1: %2").arg(dossierPath, dossier.error()));
        return run;
    }
    BatchImport batch(dossierPath);
    QVector<ImportOutcome> outcomes;
    QEventLoop loop;
    QObject::connect(&batch, &BatchImport::finished, &loop, [&](const QVector<ImportOutcome> &all) {
        outcomes = all;
        loop.quit();
    });
    const Stopwatch timer;
    batch.start(files);
    batch.waitForFinished();
    run.seconds = timer.wall();
    run.cpu = timer.cpu(); // the worker's time, without the event loop's
    loop.exec();
    for (const ImportOutcome &o : outcomes) {
        if (o.status != ImportOutcome::Status::Imported)
            ++run.failed;
        ++run.docs;
    }
    for (const QString &path : files)
        run.bytes += QFileInfo(path).size();
    // The caller's undo step, as the GUI and CLI make it.
    (*dossier)->recordImport(BatchImport::sourcesToRecord(outcomes));
    return run;
}

void printTextRuns(const QVector<TextRun> &runs)
{
    const TextRun &peer = runs.first();
    auto rate = [](const TextRun &r, double seconds) {
        return seconds > 0 ? r.docs / seconds : 0;
    };
    QVector<QStringList> rows;
    for (const TextRun &r : runs) {
        rows.append({r.name + (r.failed ? QStringLiteral(" (%1 failed)").arg(r.failed) : QString()),
            QString::number(r.docs), fixed(r.bytes / 1e6, 1), fixed(r.seconds, 2),
            fixed(rate(r, r.seconds), 0), ratio(rate(r, r.seconds), rate(peer, peer.seconds)),
            fixed(r.cpu, 2), fixed(rate(r, r.cpu), 0), ratio(rate(r, r.cpu), rate(peer, peer.cpu))});
    }
    printTable({QStringLiteral("run"), QStringLiteral("docs"), QStringLiteral("MB"), QStringLiteral("wall s"),
                   QStringLiteral("docs/s"), QStringLiteral("× FTS5"), QStringLiteral("CPU s"),
                   QStringLiteral("docs/CPU s"), QStringLiteral("× FTS5 (CPU)")},
        rows);
}

// ---------------------------------------------------------------------------------------------
// (c) One 200 MB text file, imported in a child process so its peak memory is its own.

int bigTextChild(const QString &file, const QString &dossierPath)
{
    auto dossier = Dossier::open(dossierPath, Dossier::OpenMode::Create);
    if (!dossier) {
        out(QStringLiteral("error %1").arg(dossier.error()));
        return 1;
    }
    const long before = peakRssKb();
    SourceImporter importer((*dossier)->database());
    const Stopwatch timer;
    const ImportOutcome outcome = importer.importFile(file);
    const double seconds = timer.wall();
    out(QStringLiteral("result %1 %2 %3 %4")
            .arg(before)
            .arg(peakRssKb())
            .arg(seconds, 0, 'f', 3)
            .arg(ImportOutcome::statusName(outcome.status)));
    if (!outcome.message.isEmpty())
        out(outcome.message);
    return outcome.status == ImportOutcome::Status::Imported ? 0 : 1;
}

void bigText(const QStringList &corpus, qint64 megabytes, const QString &work)
{
    const QString file = QDir(work).filePath(QStringLiteral("big.txt"));
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        const qint64 target = megabytes * 1000 * 1000;
        int round = 0;
        while (f.size() < target && !corpus.isEmpty()) {
            for (const QString &path : corpus) {
                QFile in(path);
                in.open(QIODevice::ReadOnly);
                f.write(in.readAll());
                f.write(QStringLiteral("\n\n— document %1 —\n\n").arg(round).toUtf8());
                if (f.size() >= target)
                    break;
            }
            ++round;
        }
    }
    const qint64 size = QFileInfo(file).size();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--big-text-child"), file, QDir(work).filePath(QStringLiteral("big.recoupe"))});
    child.waitForFinished(-1);
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const QStringList fields = output.section(QLatin1String("result "), 1)
                                   .section(QLatin1Char('\n'), 0, 0)
                                   .split(QLatin1Char(' '));
    if (fields.size() < 4) {
        out(QStringLiteral("200 MB import failed: %1").arg(output.trimmed()));
        return;
    }
    const double beforeMb = fields[0].toLong() / 1024.0;
    const double peakMb = fields[1].toLong() / 1024.0;
    const double seconds = fields[2].toDouble();
    out(QStringLiteral(
        "| file | MB | outcome | seconds | MB/s | peak RSS MB | peak − start MB | peak ÷ file |"));
    out(QStringLiteral(
        "|------|----|---------|---------|------|-------------|-----------------|-------------|"));
    out(QStringLiteral("| one text file | %1 | %2 | %3 | %4 | %5 | %6 | %7× |")
            .arg(fixed(size / 1e6, 0), fields[3], fixed(seconds, 2), fixed(size / 1e6 / seconds, 1),
                fixed(peakMb, 0), fixed(peakMb - beforeMb, 0), fixed(peakMb * 1024 * 1024 / size, 2)));
    QFile::remove(file);
}

// ---------------------------------------------------------------------------------------------
// (d) SHA-256 of one large file

void digest(const QString &work, qint64 mib)
{
    const QString path = QDir(work).filePath(QStringLiteral("digest.bin"));
    {
        // Random bytes (fixed seed), so that nothing compresses or repeats in a short period.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            out(QStringLiteral("cannot write %1").arg(path));
            return;
        }
        QRandomGenerator random(20180507);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (qint64 i = 0; i < mib; ++i) {
            random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            file.write(block);
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out(QStringLiteral("cannot read %1").arg(path));
        return;
    }
    const qint64 size = file.size();
    uchar *mapped = file.map(0, size);
    if (!mapped) {
        out(QStringLiteral("cannot map %1").arg(path));
        return;
    }
    // Both sides read from the page cache: the file was just written and is read once here.
    volatile uchar sink = 0;
    for (qint64 i = 0; i < size; i += 4096)
        sink = sink + mapped[i];
    const QString openssl = tool(QStringLiteral("openssl"));
    QStringList rows;
    out(QStringLiteral("| run | ours s | openssl s | ours MB/s | openssl MB/s | ours/openssl |"));
    out(QStringLiteral("|-----|--------|-----------|-----------|--------------|--------------|"));
    for (int run = 1; run <= 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QString ours
            = ContentDigest::sha256Hex(QByteArrayView(reinterpret_cast<const char *>(mapped), size));
        const double oursSeconds = double(timer.nsecsElapsed()) / 1e9;
        double theirsSeconds = 0;
        QString theirs;
        if (!openssl.isEmpty()) {
            QProcess p;
            timer.restart();
            p.start(openssl, {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-r"), path});
            p.waitForFinished(-1);
            theirsSeconds = double(timer.nsecsElapsed()) / 1e9;
            theirs = QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
        }
        if (!theirs.isEmpty() && theirs != ours)
            out(QStringLiteral("digests differ: %1 vs %2").arg(ours, theirs));
        const double mb = double(size) / 1e6;
        out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                .arg(run)
                .arg(fixed(oursSeconds, 2), fixed(theirsSeconds, 2), fixed(mb / oursSeconds, 0),
                    fixed(theirsSeconds > 0 ? mb / theirsSeconds : 0, 0),
                    fixed(theirsSeconds > 0 ? theirsSeconds / oursSeconds : 0, 2)));
    }
    out(QStringLiteral("ours/openssl: throughput ratio (> 1: ours faster). openssl's time includes "
                       "starting the process and reading the file from the page cache; ours hashes the "
                       "file mapped in memory, as an import hashes bytes it has read."));
    file.unmap(mapped);
    file.close();
    QFile::remove(path);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--big-text-child") == 0)
        return bigTextChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Recoupe import benchmark"));
    parser.addHelpOption();
    const QCommandLineOption pdfDir(QStringLiteral("pdf-dir"), QStringLiteral("Folder of real PDFs."),
        QStringLiteral("dir"), QStringLiteral("/usr/share/doc/texlive-doc"));
    const QCommandLineOption pdfPages(QStringLiteral("pdf-pages"),
        QStringLiteral("Take PDFs in path order until this many pages (0: all)."), QStringLiteral("n"),
        QStringLiteral("6000"));
    const QCommandLineOption texts(QStringLiteral("texts"), QStringLiteral("Number of text documents."),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption corpus(QStringLiteral("corpus"),
        QStringLiteral(
            "Where the text corpus is built and kept (default: in the temporary folder, named after the "
            "corpus options)."),
        QStringLiteral("dir"));
    const QCommandLineOption minChars(QStringLiteral("min-chars"),
        QStringLiteral("Leave out man pages shorter than this (characters of text)."), QStringLiteral("n"),
        QStringLiteral("2500"));
    const QCommandLineOption render(QStringLiteral("render-man"),
        QStringLiteral("Build the corpus with man -l -Tutf8 | col -b (slower) instead of "
                       "reading the roff sources."));
    const QCommandLineOption keep(QStringLiteral("keep-dossier"),
        QStringLiteral("Write the text documents' dossier to this new path and keep it (for the search and "
                       "library benchmarks)."),
        QStringLiteral("path"));
    const QCommandLineOption bigMb(QStringLiteral("big-text-mb"),
        QStringLiteral("Size of the single text file."), QStringLiteral("mb"), QStringLiteral("200"));
    const QCommandLineOption skip(QStringLiteral("skip"),
        QStringLiteral("Parts to skip: pdf, text, big, digest (comma-separated)."), QStringLiteral("parts"));
    const QCommandLineOption digestMib(QStringLiteral("digest-mib"),
        QStringLiteral("Size of the file hashed by part (d), in MiB."), QStringLiteral("mib"),
        QStringLiteral("1024"));
    parser.addOptions({pdfDir, pdfPages, texts, corpus, minChars, render, keep, bigMb, skip, digestMib});
    parser.process(app);
    const QStringList skipped = parser.value(skip).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(keep) && QFileInfo::exists(parser.value(keep))) {
        // Never overwrite a dossier someone may care about.
        out(QStringLiteral("%1 already exists: give --keep-dossier a new path.").arg(parser.value(keep)));
        return 2;
    }

    QTemporaryDir work;
    out(QStringLiteral("Recoupe import benchmark — %1 cores, Qt %2, Poppler %3, SQLite %4")
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion()), Poppler::Version::string(),
                QString::fromLatin1(sqlite3_libversion())));

    if (!skipped.contains(QLatin1String("pdf"))) {
        out(QString());
        out(QStringLiteral("## (a) PDF import: pages/s against pdftotext (%1)")
                .arg(toolVersion(QStringLiteral("pdftotext"), {QStringLiteral("-v")})));
        if (tool(QStringLiteral("pdftotext")).isEmpty()) {
            out(QStringLiteral("pdftotext is not installed (poppler-utils): skipped"));
        } else {
            const QVector<PdfFile> files = choosePdfs(parser.value(pdfDir), parser.value(pdfPages).toInt());
            if (files.isEmpty()) {
                out(QStringLiteral("No PDFs under %1: install texlive-latex-base-doc.")
                        .arg(parser.value(pdfDir)));
            } else {
                // Warm the page cache so neither side pays for the disk.
                for (const PdfFile &f : files) {
                    QFile in(f.path);
                    in.open(QIODevice::ReadOnly);
                    in.readAll();
                }
                const QString dossier = work.filePath(QStringLiteral("pdf.recoupe"));
                QVector<Run> runs;
                runs.append(runPdftotext(files));
                runs.append(runOurPdfImport(files, 1, dossier));
                runs.append(runOurPdfImport(files, QThread::idealThreadCount(), dossier));
                runs.append(runOurPdfExtraction(files, 1));
                runs.append(runPdftotextParallel(files, QThread::idealThreadCount()));
                printRuns(runs);
                out(QStringLiteral(
                    "Targets: 1 thread ≥ 0.70× pdftotext, all cores ≥ 1.00× pdftotext. Import = read, "
                    "SHA-256, text and word boxes, one transaction with the full-text index."));
            }
        }
    }

    QStringList corpusFiles;
    if (!skipped.contains(QLatin1String("text")) || !skipped.contains(QLatin1String("big"))) {
        const QString corpusDir = parser.isSet(corpus)
            ? parser.value(corpus)
            : QDir::temp().filePath(
                QStringLiteral("recoupe-bench-man-corpus-%1-%2")
                    .arg(parser.isSet(render) ? QStringLiteral("rendered") : QStringLiteral("roff"),
                        parser.value(minChars)));
        corpusFiles = buildCorpus(
            corpusDir, parser.value(texts).toInt(), parser.isSet(render), parser.value(minChars).toInt());
    }

    if (!skipped.contains(QLatin1String("text"))) {
        out(QString());
        out(QStringLiteral("## (b) %1 text documents (man pages as text): Recoupe against a bare FTS5 load")
                .arg(corpusFiles.size()));
        // Warm the page cache.
        for (const QString &path : corpusFiles) {
            QFile in(path);
            in.open(QIODevice::ReadOnly);
            in.readAll();
        }
        QVector<TextRun> runs;
        runs.append(bareFts5(corpusFiles, work.filePath(QStringLiteral("bare.sqlite"))));
        // The same checkpoint interval as BatchImport's connection, to show what that setting is worth.
        runs.append(bareFts5(corpusFiles, work.filePath(QStringLiteral("bare-4096.sqlite")), 4096));
        const QString dossierPath
            = parser.isSet(keep) ? parser.value(keep) : work.filePath(QStringLiteral("texts.recoupe"));
        runs.append(ourTextImport(corpusFiles, dossierPath));
        printTextRuns(runs);
        out(QStringLiteral(
            "Target: ≥ 0.65× the bare load. Both: WAL, synchronous=NORMAL, one transaction per document; "
            "Recoupe also stores the original bytes, the SHA-256 and the chunk table, and checkpoints its "
            "log every "
            "4096 pages (row 2 shows that setting alone on the bare load)."));
        if (parser.isSet(keep))
            out(QStringLiteral("Dossier kept: %1").arg(dossierPath));
    }

    if (!skipped.contains(QLatin1String("big"))) {
        out(QString());
        out(QStringLiteral("## (c) One %1 MB text file: time and peak memory (child process, VmHWM)")
                .arg(parser.value(bigMb)));
        bigText(corpusFiles, parser.value(bigMb).toLongLong(), work.path());
    }

    if (!skipped.contains(QLatin1String("digest"))) {
        out(QString());
        out(QStringLiteral("## (d) SHA-256 of a %1 MiB file: ContentDigest against %2")
                .arg(parser.value(digestMib),
                    toolVersion(QStringLiteral("openssl"), {QStringLiteral("version")})));
        digest(work.path(), parser.value(digestMib).toLongLong());
    }
    return 0;
}
