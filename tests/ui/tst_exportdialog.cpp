// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export on the five seed articles with highlights: the dialog writes an annotated PDF
// that qpdf accepts, other formats where the user asks, refuses a folder that does not exist,
// and a cancelled export leaves nothing at the destination. File ▸ Import Annotations brings an
// export back into a fresh dossier of the same articles. The dialog says what provenance leaves
// (no folder by default), and an export to a full disk says why it failed and keeps the earlier
// file. Offscreen.
#include "export/exportdialog.h"
#include "mainwindow.h"
#include "seeddossier.h"
#include "storage/annotationstore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <memory>

#include <unistd.h>

using namespace Recoupe;

Q_DECLARE_METATYPE(Recoupe::ExportDialog::Format)

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Dossier> m_dossier;
    QVector<qint64> m_seeds;

    qint64 highlight(int seed, const QString &quote, const QString &note = QString())
    {
        const auto anchor = m_dossier->anchorForQuote(m_seeds.at(seed), quote);
        if (!anchor) {
            qWarning() << anchor.error();
            return 0;
        }
        Annotation annotation;
        annotation.anchor = *anchor;
        annotation.note = note;
        const auto id = m_dossier->addAnnotation(annotation);
        return id ? *id : 0;
    }

    // Runs the export the dialog is set up for and waits for its outcome.
    static ExportDialog::Outcome run(ExportDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        if (!dialog.start())
            return {};
        if (finished.isEmpty() && !finished.wait(120000))
            return {};
        return dialog.outcome();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("x%1.recoupe").arg(++m_count));
        QString error;
        m_seeds = SeedDossier::create(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto opened = Dossier::open(path);
        QVERIFY(opened.ok());
        m_dossier = std::move(opened).value();
        QVERIFY(highlight(0, QStringLiteral("Amazon Web Services"), QStringLiteral("Le nouvel employeur.")));
        QVERIFY(highlight(0, QStringLiteral("Mathieu Jeandron")));
    }

    void cleanup() { m_dossier.reset(); }

    void writesAPdfThatQpdfAccepts()
    {
        ExportDialog dialog(m_dossier.get());
        dialog.setCurrentSource(m_seeds.at(0));
        dialog.setFormat(ExportDialog::Format::Pdf);
        dialog.setScope(ExportDialog::Scope::CurrentSource);
        dialog.setAppendix(true);
        QCOMPARE(dialog.scopeSourceIds(), QVector<qint64> {m_seeds.at(0)});
        const QString target = m_dir.filePath(QStringLiteral("pack%1.pdf").arg(m_count));
        dialog.setPath(target);
        const ExportDialog::Outcome outcome = run(dialog);
        QVERIFY2(outcome.ok, qPrintable(outcome.summary));
        QVERIFY(!outcome.canceled);
        QVERIFY(QFile::exists(target));
        QVERIFY(outcome.summary.contains(QStringLiteral("2")));

        QFile pdf(target);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QProcess qpdf;
        qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), target});
        QVERIFY2(qpdf.waitForFinished(60000), "qpdf did not finish");
        QVERIFY2(qpdf.exitStatus() == QProcess::NormalExit && qpdf.exitCode() == 0,
            qPrintable(QString::fromLocal8Bit(qpdf.readAllStandardOutput() + qpdf.readAllStandardError())));
    }

    void otherFormats_data()
    {
        QTest::addColumn<ExportDialog::Format>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("webanno") << ExportDialog::Format::WebAnnotation
                                 << QByteArray("http://www.w3.org/ns/anno.jsonld");
        QTest::addRow("csv") << ExportDialog::Format::Csv << QByteArray("Le nouvel employeur.");
    }

    void otherFormats()
    {
        QFETCH(ExportDialog::Format, format);
        QFETCH(QByteArray, expected);
        ExportDialog dialog(m_dossier.get());
        dialog.setFormat(format);
        dialog.setScope(ExportDialog::Scope::WholeDossier);
        const QString target
            = m_dir.filePath(QStringLiteral("out%1").arg(m_count) + ExportDialog::extension(format));
        dialog.setPath(target);
        const ExportDialog::Outcome outcome = run(dialog);
        QVERIFY2(outcome.ok, qPrintable(outcome.summary));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(expected));
    }

    void importAnnotationsBringsTheExportBack()
    {
        ExportDialog dialog(m_dossier.get());
        dialog.setFormat(ExportDialog::Format::WebAnnotation);
        dialog.setScope(ExportDialog::Scope::WholeDossier);
        const QString exported = m_dir.filePath(QStringLiteral("round%1.jsonld").arg(m_count));
        dialog.setPath(exported);
        QVERIFY2(run(dialog).ok, qPrintable(dialog.outcome().summary));
        const QVector<Annotation> before = m_dossier->annotations().all();
        QCOMPARE(before.size(), 2);

        const QString fresh = m_dir.filePath(QStringLiteral("fresh%1.recoupe").arg(m_count));
        QString error;
        QCOMPARE(SeedDossier::create(fresh, &error).size(), 5);
        MainWindow w;
        QVERIFY(w.openDossier(fresh));
        QVERIFY(w.importAnnotationsAction()->isEnabled());
        const auto report = w.importAnnotations(exported);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->notImported(), 0);
        QVector<Annotation> after = w.dossier()->annotations().all();
        QCOMPARE(after.size(), 2);
        for (const Annotation &original : before) {
            const auto same = std::find_if(after.cbegin(), after.cend(), [&](const Annotation &a) {
                return a.anchor.start == original.anchor.start && a.anchor.end == original.anchor.end;
            });
            QVERIFY2(same != after.cend(), qPrintable(original.anchor.exact));
            QCOMPARE(same->note, original.note);
        }
        // One undo step takes the whole import back.
        w.dossier()->undoStack()->undo();
        QVERIFY(w.dossier()->annotations().all().isEmpty());
    }

    void aMissingFolderIsRefused()
    {
        ExportDialog dialog(m_dossier.get());
        dialog.setFormat(ExportDialog::Format::Pdf);
        dialog.setScope(ExportDialog::Scope::WholeDossier);
        dialog.setPath(m_dir.filePath(QStringLiteral("no/such/folder/pack.pdf")));
        QVERIFY(!dialog.start());
        QVERIFY(!dialog.isRunning());
    }

    void provenanceSaysWhatLeaves()
    {
        // The seed articles were imported from their folder: by default only their file names leave.
        const QString origin = m_dossier->sources().get(m_seeds.at(0))->origin;
        // As recorded, not cleaned up: that is the spelling an export would write.
        const QString folder = origin.left(origin.lastIndexOf(QLatin1Char('/')));
        const QString fileName = QFileInfo(origin).fileName();
        QVERIFY(QFileInfo(origin).isAbsolute() && folder.size() > 1);
        ExportDialog dialog(m_dossier.get());
        dialog.setFormat(ExportDialog::Format::WebAnnotation);
        dialog.setScope(ExportDialog::Scope::WholeDossier);
        QCOMPARE(dialog.origin(), ExportProvenance::Origin::FileName);
        QVERIFY2(dialog.provenanceText().contains(fileName), qPrintable(dialog.provenanceText()));
        QVERIFY2(!dialog.provenanceText().contains(folder), qPrintable(dialog.provenanceText()));
        const QString target = m_dir.filePath(QStringLiteral("names%1.jsonld").arg(m_count));
        dialog.setPath(target);
        QVERIFY2(run(dialog).ok, qPrintable(dialog.outcome().summary));
        const QByteArray written = readFile(target);
        QVERIFY(!written.isEmpty());
        QVERIFY2(
            !written.contains(folder.toUtf8()) && !written.contains(QUrl::toPercentEncoding(folder, "/")),
            "the export names the folder the sources were imported from");

        // Asked for, the full path is shown before it leaves, and leaves.
        dialog.setOrigin(ExportProvenance::Origin::FullPath);
        QVERIFY2(dialog.provenanceText().contains(origin), qPrintable(dialog.provenanceText()));
        const QString withPaths = m_dir.filePath(QStringLiteral("paths%1.jsonld").arg(m_count));
        dialog.setPath(withPaths);
        QVERIFY2(run(dialog).ok, qPrintable(dialog.outcome().summary));
        QVERIFY(readFile(withPaths).contains(QUrl::toPercentEncoding(folder, "/")));

        dialog.setOrigin(ExportProvenance::Origin::None);
        QVERIFY2(!dialog.provenanceText().contains(fileName), qPrintable(dialog.provenanceText()));
    }

    void aFullDiskKeepsTheEarlierFileAndSaysWhy_data()
    {
        QTest::addColumn<ExportDialog::Format>("format");
        QTest::addRow("pdf") << ExportDialog::Format::Pdf;
        QTest::addRow("webanno") << ExportDialog::Format::WebAnnotation;
        QTest::addRow("csv") << ExportDialog::Format::Csv;
        QTest::addRow("markdown") << ExportDialog::Format::Markdown;
        QTest::addRow("graphml") << ExportDialog::Format::GraphMl;
    }

    // Run twice: here, it starts this same test again in a mount namespace of its own with a full
    // tmpfs at RECOUPE_FULL_DISK holding an earlier export; there, the dialog exports over it.
    void aFullDiskKeepsTheEarlierFileAndSaysWhy()
    {
        QFETCH(ExportDialog::Format, format);
        const QString fullDisk = qEnvironmentVariable("RECOUPE_FULL_DISK");
        if (!fullDisk.isEmpty()) {
            const QString target = fullDisk + QStringLiteral("/export");
            const QByteArray before = readFile(target);
            QVERIFY(!before.isEmpty());
            ExportDialog dialog(m_dossier.get());
            dialog.setFormat(format);
            dialog.setScope(ExportDialog::Scope::WholeDossier);
            dialog.setPath(target);
            const ExportDialog::Outcome outcome = run(dialog);
            QVERIFY2(!outcome.ok, "the export reported success on a full disk");
            QVERIFY2(outcome.summary.contains(QStringLiteral("No space left on device")),
                qPrintable(outcome.summary));
            QVERIFY(outcome.summary.contains(target));
            const auto *problem = dialog.findChild<QLabel *>(QStringLiteral("exportProblem"));
            QVERIFY(problem);
            QCOMPARE(problem->text(), outcome.summary);
            QVERIFY2(readFile(target) == before, "the earlier export was changed");
            QCOMPARE(QDir(fullDisk).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                (QStringList {QStringLiteral("export"), QStringLiteral("filler")}));
            return;
        }
        if (::geteuid() != 0)
            QSKIP("Mounting a small tmpfs in a private mount namespace needs root (CI runs as root).");
        if (QProcess::execute(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("true")})
            != 0)
            QSKIP("No private mount namespace here (inside a chroot whose root is not a mount point, "
                  "unshare cannot make it private); .ci/run binds the Debian 13 root on itself for this.");
        const QString disk = m_dir.filePath(QStringLiteral("disk%1").arg(m_count));
        QVERIFY(QDir().mkpath(disk));
        const QString earlier = m_dir.filePath(QStringLiteral("earlier%1").arg(m_count));
        {
            QFile file(earlier);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("An earlier export, to keep.\n");
        }
        const QString script = QStringLiteral("mount -t tmpfs -o size=256k none \"$DISK\" || exit 90\n"
                                              "cp \"$EARLIER\" \"$DISK/export\" || exit 91\n"
                                              "dd if=/dev/zero of=\"$DISK/filler\" bs=1024 2>/dev/null\n"
                                              "RECOUPE_FULL_DISK=\"$DISK\" exec \"$TEST\" \"$FUNCTION\"\n");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISK"), disk);
        env.insert(QStringLiteral("EARLIER"), earlier);
        env.insert(QStringLiteral("TEST"), QCoreApplication::applicationFilePath());
        env.insert(QStringLiteral("FUNCTION"),
            QStringLiteral("aFullDiskKeepsTheEarlierFileAndSaysWhy:")
                + QString::fromLatin1(QTest::currentDataTag()));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("unshare"),
            {QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QVERIFY(child.waitForFinished(180000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        if (child.exitCode() == 90)
            QSKIP(qPrintable(QStringLiteral("Cannot mount a tmpfs here: ") + output));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("Totals: 3 passed")), qPrintable(output));
    }

    void cancellingLeavesNoFile()
    {
        // Enough pages that the export is still running when the user cancels it.
        QVERIFY(SeedDossier::addGenerated(*m_dossier, 400));
        ExportDialog dialog(m_dossier.get());
        dialog.setFormat(ExportDialog::Format::Pdf);
        dialog.setScope(ExportDialog::Scope::WholeDossier);
        const QString target = m_dir.filePath(QStringLiteral("cancelled%1.pdf").arg(m_count));
        dialog.setPath(target);
        QSignalSpy finished(&dialog, &ExportDialog::finished);
        QVERIFY(dialog.start());
        QVERIFY(dialog.isRunning());
        dialog.cancel();
        QVERIFY(finished.wait(120000));
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.outcome().canceled);
        QVERIFY(!dialog.outcome().ok);
        QVERIFY2(!QFile::exists(target), "a cancelled export left a file");
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
