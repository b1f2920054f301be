// SPDX-License-Identifier: GPL-3.0-or-later
// What an export must never do to the journalist who writes it, through the real recoupe-cli:
// - reveal where the sources are kept: sources imported from
//   "~/Sources confidentielles/Lanceur Paul D/" are exported in every format recoupe-cli offers,
//   and no file (PDF streams decompressed by qpdf, page text read by pdftotext, attachments
//   included) names that folder, the home folder or the account, unless --origin path asks;
// - destroy a good earlier file on a full disk: each format is exported over an earlier file on a
//   full tmpfs (inside `unshare --mount`, as root), and must fail saying "No space left on
//   device", with the earlier file byte for byte as it was and no temporary file left behind.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <unistd.h>

using namespace Recoupe;

namespace {

const QString Account = QStringLiteral("jdupontq");
const QString SecretFolder = QStringLiteral("Lanceur Paul D");
const QString ParentFolder = QStringLiteral("Sources confidentielles");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CliRun runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
    const QString &workDir, int timeoutMs = 180000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = program.toUtf8() + " did not start or did not finish: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The ways a text can be spelled in an export: as is, as in a file: URL, as a UTF-16 PDF string.
QList<QByteArray> spellings(const QString &text)
{
    QByteArray utf16;
    for (QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return {text.toUtf8(), QUrl::toPercentEncoding(text, "/"), utf16.toHex(), utf16.toHex().toUpper()};
}

} // namespace

class TestCliExportSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_home;
    QString m_folder;
    QString m_dossier;
    qint64 m_textSource = 0;
    qint64 m_pdfSource = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The tool as this journalist runs it: English messages, their own home folder and account.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = CliRunner(m_dir.path()).environment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("USER"), Account);
        env.insert(QStringLiteral("LOGNAME"), Account);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        return env;
    }

    CliRun cli(const QStringList &arguments) const
    {
        return runProcess(CliRunner::program(), arguments, environment(), m_dir.path());
    }

    qint64 idFrom(const QStringList &arguments) const
    {
        const CliRun run = cli(arguments);
        if (run.exitCode != 0) {
            qWarning("%s", run.describe().constData());
            return 0;
        }
        return run.outText().trimmed().toLongLong();
    }

    // Everything a reader of `file` can see: its bytes, and for a PDF its objects with every
    // stream decompressed (qpdf) and its page text (pdftotext), spaces and line breaks folded.
    QByteArray visible(const QString &file, QString *problem) const
    {
        QByteArray all = readFile(file);
        if (!all.startsWith("%PDF"))
            return all;
        const QString qdf = file + QStringLiteral(".qdf");
        const CliRun expanded = runProcess(QStringLiteral("qpdf"),
            {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), file, qdf}, environment(),
            m_dir.path());
        // 3: qpdf succeeded with warnings.
        if (expanded.exitCode != 0 && expanded.exitCode != 3)
            *problem = QString::fromUtf8("qpdf: " + expanded.describe());
        all += readFile(qdf);
        const CliRun text = runProcess(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")}, environment(),
            m_dir.path());
        if (text.exitCode != 0)
            *problem = QString::fromUtf8("pdftotext: " + text.describe());
        all += QString::fromUtf8(text.out).simplified().toUtf8();
        return all;
    }

    // What of the journalist's places `bytes` names: empty when nothing.
    QStringList revealed(const QByteArray &bytes) const
    {
        QStringList found;
        for (const QString &secret : {SecretFolder, ParentFolder, Account, m_home}) {
            for (const QByteArray &spelling : spellings(secret)) {
                if (bytes.contains(spelling)) {
                    found.append(secret);
                    break;
                }
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase();
    void exportsKeepLocalPathsHome_data();
    void exportsKeepLocalPathsHome();
    void originTakesOnlyKnownValues();
    void originNoneNamesNoFile_data();
    void originNoneNamesNoFile();
    void packIsBuiltInsideItsLargestPdf();
    void fullDiskKeepsTheEarlierFile_data();
    void fullDiskKeepsTheEarlierFile();
};

void TestCliExportSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_home = path(QStringLiteral("home/") + Account);
    m_folder = m_home + QLatin1Char('/') + ParentFolder + QLatin1Char('/') + SecretFolder;
    QVERIFY(QDir().mkpath(m_folder));

    const QString note = m_folder + QStringLiteral("/note.txt");
    {
        QFile file(note);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Note d'entretien.\n\nLa commission a rendu un avis de compatibilit\xc3\xa9 assorti de "
                   "r\xc3\xa9serves, selon le t\xc3\xa9moin.\n");
    }
    const QString report = m_folder + QStringLiteral("/rapport.pdf");
    {
        QPdfWriter writer(report);
        writer.setTitle(QStringLiteral("Rapport"));
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 12));
        painter.drawText(QRectF(0, 0, writer.width(), writer.height()), Qt::TextWordWrap,
            QStringLiteral("Rapport annuel de la commission. La commission a rendu un avis de "
                           "compatibilité assorti de réserves."));
    }
    // The files themselves say nothing of where they are kept: what an export reveals, it added.
    QVERIFY(revealed(readFile(note) + readFile(report)).isEmpty());

    m_dossier = path(QStringLiteral("enquete.recoupe"));
    QCOMPARE(cli({QStringLiteral("new"), m_dossier}).exitCode, 0);
    const CliRun imported
        = cli({QStringLiteral("import"), m_dossier, note, report, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const QJsonArray sources = imported.json().array();
    QCOMPARE(sources.size(), 2);
    m_textSource = sources.at(0)[QLatin1String("source")].toInteger();
    m_pdfSource = sources.at(1)[QLatin1String("source")].toInteger();

    QVector<qint64> passages;
    for (qint64 source : {m_textSource, m_pdfSource}) {
        passages.append(idFrom({QStringLiteral("annotate"), m_dossier, QStringLiteral("--source"),
            QString::number(source), QStringLiteral("--quote"), QStringLiteral("avis de compatibilité"),
            QStringLiteral("--note"), QStringLiteral("À recouper.")}));
        QVERIFY(passages.last() > 0);
    }
    const qint64 commission = idFrom({QStringLiteral("entity"), QStringLiteral("add"), m_dossier,
        QStringLiteral("--type"), QStringLiteral("PublicBody"), QStringLiteral("--name"),
        QStringLiteral("Commission de déontologie")});
    const qint64 official
        = idFrom({QStringLiteral("entity"), QStringLiteral("add"), m_dossier, QStringLiteral("--type"),
            QStringLiteral("Person"), QStringLiteral("--name"), QStringLiteral("Mathieu Jeandron")});
    QVERIFY(commission > 0 && official > 0);
    const CliRun related
        = cli({QStringLiteral("relate"), m_dossier, QString::number(official), QString::number(commission),
            QStringLiteral("--type"), QStringLiteral("UnknownLink"), QStringLiteral("--label"),
            QStringLiteral("avis"), QStringLiteral("--evidence"), QString::number(passages.first())});
    QVERIFY2(related.exitCode == 0, related.describe().constData());
    const CliRun claimed = cli({QStringLiteral("claim"), QStringLiteral("add"), m_dossier,
        QStringLiteral("--text"), QStringLiteral("La commission a émis des réserves."),
        QStringLiteral("--evidence"), QString::number(passages.first()), QStringLiteral("--evidence"),
        QString::number(passages.last())});
    QVERIFY2(claimed.exitCode == 0, claimed.describe().constData());
}

void TestCliExportSafety::exportsKeepLocalPathsHome_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("carriesOrigins"); // whether --origin applies: the folder may leave

    const QStringList pdf {QStringLiteral("--format"), QStringLiteral("pdf")};
    QTest::addRow("json") << QStringList {QStringLiteral("--format"), QStringLiteral("json")} << true;
    QTest::addRow("pdf-pack") << pdf << true;
    QTest::addRow("pdf-pack-appendix") << pdf + QStringList {QStringLiteral("--appendix")} << true;
    QTest::addRow("pdf-pack-flattened") << pdf + QStringList {QStringLiteral("--flatten")} << true;
    QTest::addRow("pdf-typeset-text-appendix") << pdf
            + QStringList {QStringLiteral("--source"), QStringLiteral("%TEXT"), QStringLiteral("--appendix")}
                                               << true;
    QTest::addRow("pdf-original-appendix") << pdf
            + QStringList {QStringLiteral("--source"), QStringLiteral("%PDF"), QStringLiteral("--appendix")}
                                           << true;
    QTest::addRow("pdf-original-flattened")
        << pdf + QStringList {QStringLiteral("--source"), QStringLiteral("%PDF"), QStringLiteral("--flatten")}
        << true;
    QTest::addRow("webanno") << QStringList {QStringLiteral("--format"), QStringLiteral("webanno")} << true;
    QTest::addRow("markdown") << QStringList {QStringLiteral("--format"), QStringLiteral("markdown")} << true;
    QTest::addRow("csv") << QStringList {QStringLiteral("--format"), QStringLiteral("csv")} << false;
    QTest::addRow("graphml") << QStringList {QStringLiteral("--format"), QStringLiteral("graphml")} << true;
    QTest::addRow("gexf") << QStringList {QStringLiteral("--format"), QStringLiteral("gexf")} << true;
    QTest::addRow("ftm") << QStringList {QStringLiteral("--format"), QStringLiteral("ftm")} << true;
}

void TestCliExportSafety::exportsKeepLocalPathsHome()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, carriesOrigins);
    arguments.replaceInStrings(QStringLiteral("%TEXT"), QString::number(m_textSource));
    arguments.replaceInStrings(QStringLiteral("%PDF"), QString::number(m_pdfSource));

    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const QString file = path(name + QStringLiteral(".out"));
    const CliRun exported = cli(QStringList {QStringLiteral("export"), m_dossier} + arguments
        + QStringList {QStringLiteral("-o"), file});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    QString problem;
    const QByteArray seen = visible(file, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList leaks = revealed(seen);
    QVERIFY2(
        leaks.isEmpty(), qPrintable(QStringLiteral("the export names ") + leaks.join(QStringLiteral(", "))));
    // Nor does what the tool prints about it (a script may log it).
    QVERIFY2(revealed(exported.out + exported.err).isEmpty(), exported.describe().constData());

    if (!carriesOrigins)
        return;
    // The journalist can still ask for the full paths, and then gets them.
    const QString withPaths = path(name + QStringLiteral("-paths.out"));
    const CliRun asked = cli(QStringList {QStringLiteral("export"), m_dossier} + arguments
        + QStringList {QStringLiteral("--origin"), QStringLiteral("path"), QStringLiteral("-o"), withPaths});
    QVERIFY2(asked.exitCode == 0, asked.describe().constData());
    const QByteArray seenWithPaths = visible(withPaths, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(revealed(seenWithPaths).contains(SecretFolder), "--origin path did not write the folder");
}

void TestCliExportSafety::originTakesOnlyKnownValues()
{
    const CliRun wrong = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("markdown"), QStringLiteral("--origin"), QStringLiteral("folder"),
        QStringLiteral("-o"), path(QStringLiteral("wrong.md"))});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.errText().contains(QStringLiteral("name, none or path")), wrong.describe().constData());

    // Nothing at all: not even the file name.
    const QString file = path(QStringLiteral("nothing.md"));
    const CliRun none
        = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"), QStringLiteral("markdown"),
            QStringLiteral("--origin"), QStringLiteral("none"), QStringLiteral("-o"), file});
    QVERIFY2(none.exitCode == 0, none.describe().constData());
    const QByteArray report = readFile(file);
    QVERIFY(!report.contains("note.txt"));
    QVERIFY(report.contains("SHA-256"));
    // By default the file name, and only it, says which file a source was.
    const QString named = path(QStringLiteral("named.md"));
    QCOMPARE(cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"), QStringLiteral("markdown"),
                     QStringLiteral("-o"), named})
                 .exitCode,
        0);
    QVERIFY(readFile(named).contains("note.txt"));
}

void TestCliExportSafety::originNoneNamesNoFile_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"json", "markdown", "graphml", "gexf", "ftm"})
        QTest::addRow("%s", format) << QString::fromLatin1(format);
}

void TestCliExportSafety::originNoneNamesNoFile()
{
    QFETCH(QString, format);
    // By default the file name, and only it, says which file the cited note was.
    const QString named = path(format + QStringLiteral("-named.out"));
    const CliRun byName = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"), format,
        QStringLiteral("--origin"), QStringLiteral("name"), QStringLiteral("-o"), named});
    QVERIFY2(byName.exitCode == 0, byName.describe().constData());
    QVERIFY(readFile(named).contains("note.txt"));

    const QString file = path(format + QStringLiteral("-none.out"));
    const CliRun none = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"), format,
        QStringLiteral("--origin"), QStringLiteral("none"), QStringLiteral("-o"), file});
    QVERIFY2(none.exitCode == 0, none.describe().constData());
    const QByteArray written = readFile(file);
    QVERIFY2(!written.contains("note.txt"), written.constData());
    if (format != QLatin1String("ftm"))
        return;
    // FtM requires a name on a Document: the source's title, and no fileName at all.
    int documents = 0;
    for (const QByteArray &line : written.split('\n')) {
        const QJsonObject entity = QJsonDocument::fromJson(line).object();
        if (entity.value(QLatin1String("schema")).toString() != QLatin1String("Document"))
            continue;
        ++documents;
        const QJsonObject properties = entity.value(QLatin1String("properties")).toObject();
        QVERIFY2(!properties.contains(QLatin1String("fileName")), line.constData());
        QVERIFY2(!properties.value(QLatin1String("name")).toArray().first().toString().isEmpty(),
            line.constData());
        QCOMPARE(properties.value(QLatin1String("name")), properties.value(QLatin1String("title")));
    }
    QCOMPARE(documents, 1);
}

void TestCliExportSafety::packIsBuiltInsideItsLargestPdf()
{
    // Memory stays flat in the page count of a big report only if its pages are not all read
    // and rewritten: the pack is its original bytes plus an update holding the other sources.
    const QString file = path(QStringLiteral("pack.pdf"));
    const CliRun exported
        = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--appendix"), QStringLiteral("--json"), QStringLiteral("-o"), file});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    const QByteArray report = readFile(m_folder + QStringLiteral("/rapport.pdf"));
    QVERIFY(readFile(file).startsWith(report));
    // And the tool says so, having checked the prefix's SHA-256 itself.
    const QJsonArray sources = exported.json()[QLatin1String("sources")].toArray();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(1)[QLatin1String("method")].toString(), QStringLiteral("appended"));
    QCOMPARE(sources.at(1)[QLatin1String("prefix_bytes")].toInteger(), qint64(report.size()));
    QCOMPARE(sources.at(1)[QLatin1String("prefix_sha256")].toString(),
        sources.at(1)[QLatin1String("sha256")].toString());
    QCOMPARE(sources.at(0)[QLatin1String("method")].toString(), QStringLiteral("typeset"));
    const CliRun checked
        = runProcess(QStringLiteral("qpdf"), {QStringLiteral("--check"), file}, environment(), m_dir.path());
    QVERIFY2(checked.exitCode == 0, checked.describe().constData());
    // Library order all the same: the note imported first is page 1, the report page 2.
    for (const auto &[page, text] :
        {std::pair {1, "Note d'entretien"}, std::pair {2, "Rapport annuel de la commission"}}) {
        const CliRun read = runProcess(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), file,
                QStringLiteral("-")},
            environment(), m_dir.path());
        QVERIFY2(read.outText().simplified().contains(QLatin1String(text)), read.describe().constData());
    }
}

void TestCliExportSafety::fullDiskKeepsTheEarlierFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("freeKiB"); // what the disk still takes before it is full
    for (const char *format : {"json", "pdf", "webanno", "csv", "markdown", "graphml", "gexf", "ftm"})
        QTest::addRow("%s", format) << QString::fromLatin1(format) << 0;
    // Part of the file fits: the disk fills up in the middle of the export.
    QTest::addRow("pdf-half-written") << QStringLiteral("pdf") << 8;
    QTest::addRow("json-half-written") << QStringLiteral("json") << 4;
}

void TestCliExportSafety::fullDiskKeepsTheEarlierFile()
{
    QFETCH(QString, format);
    QFETCH(int, freeKiB);
    if (::geteuid() != 0)
        QSKIP("Mounting a small tmpfs in a private mount namespace needs root (CI runs as root).");
    if (QProcess::execute(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("true")})
        != 0)
        QSKIP("No private mount namespace here (inside a chroot whose root is not a mount point, "
              "unshare cannot make it private); .ci/run binds the Debian 13 root on itself for this.");

    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const QString outside = path(name + QStringLiteral("-outside"));
    const QString disk = path(name + QStringLiteral("-disk"));
    QVERIFY(QDir().mkpath(outside) && QDir().mkpath(disk));
    // A good earlier export of the same dossier.
    const QString earlier = outside + QStringLiteral("/earlier");
    const CliRun good = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"), format,
        QStringLiteral("-o"), earlier});
    QVERIFY2(good.exitCode == 0, good.describe().constData());
    const QByteArray before = readFile(earlier);
    QVERIFY(!before.isEmpty());

    // In a mount namespace of its own: a tmpfs over `disk` holding the earlier file, then filled
    // up to `freeKiB`; the export writes over the earlier file; what is left is copied out.
    const QString script
        = QStringLiteral("mount -t tmpfs -o size=1m none \"$DISK\" || exit 90\n"
                         "cp \"$OUTSIDE/earlier\" \"$DISK/export\" || exit 91\n"
                         "dd if=/dev/zero of=\"$DISK/filler\" bs=1024 2>/dev/null\n"
                         "truncate -s -$((FREE * 1024)) \"$DISK/filler\" || exit 92\n"
                         "\"$CLI\" export \"$DOSSIER\" --format \"$FORMAT\" -o \"$DISK/export\"\n"
                         "status=$?\n"
                         "cp \"$DISK/export\" \"$OUTSIDE/after\"\n"
                         "ls -A \"$DISK\" > \"$OUTSIDE/listing\"\n"
                         "exit $status\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DISK"), disk);
    env.insert(QStringLiteral("OUTSIDE"), outside);
    env.insert(QStringLiteral("FREE"), QString::number(freeKiB));
    env.insert(QStringLiteral("CLI"), CliRunner::program());
    env.insert(QStringLiteral("DOSSIER"), m_dossier);
    env.insert(QStringLiteral("FORMAT"), format);
    const CliRun run = runProcess(QStringLiteral("unshare"),
        {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), script}, env, m_dir.path());
    if (run.exitCode == 90)
        QSKIP(qPrintable(QStringLiteral("Cannot mount a tmpfs here: ") + run.errText()));
    QVERIFY2(run.exitCode != 91 && run.exitCode != 92, run.describe().constData());

    QVERIFY2(run.exitCode > 0,
        QByteArray("the export reported success on a full disk\n" + run.describe()).constData());
    QVERIFY2(run.errText().contains(QStringLiteral("No space left on device")), run.describe().constData());
    QVERIFY2(run.errText().contains(disk + QStringLiteral("/export")), run.describe().constData());
    QVERIFY2(readFile(outside + QStringLiteral("/after")) == before, "the earlier export was changed");
    QCOMPARE(QString::fromUtf8(readFile(outside + QStringLiteral("/listing")))
                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts),
        (QStringList {QStringLiteral("export"), QStringLiteral("filler")}));
}

QTEST_MAIN(TestCliExportSafety)
#include "tst_cli_export_safety.moc"
