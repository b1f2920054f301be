// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export on the five seed articles with highlights: the dialog writes an annotated PDF
// that qpdf accepts, other formats where the user asks, refuses a folder that does not exist,
// and a cancelled export leaves nothing at the destination. File ▸ Import Annotations brings an
// export back into a fresh dossier of the same articles. Offscreen.
#include "export/exportdialog.h"
#include "mainwindow.h"
#include "seeddossier.h"
#include "storage/annotationstore.h"

#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Recoupe;

Q_DECLARE_METATYPE(Recoupe::ExportDialog::Format)

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
