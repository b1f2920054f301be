// SPDX-License-Identifier: GPL-3.0-or-later
// An annotated export of a scanned PDF: the original bytes are the exact prefix, and the
// incremental update adds an invisible text layer under the OCR words that pdftotext finds.
#include "export/evidenceset.h"
#include "export/pdfexporter.h"
#include "import/ocrengine.h"
#include "import/sourceimporter.h"
#include "ocrcheck.h"
#include "pdfinspector.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Recoupe;
using namespace OcrCheck;

class TestExportScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanGetsInvisibleText()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!OcrEngine::missingModels(QStringLiteral("fra+eng+osd")).isEmpty())
            QSKIP("tesseract-ocr-fra, -eng and -osd are needed (scripts/setup installs them)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // French text typeset by Qt, scanned: pdftoppm at 300 dpi in grey, wrapped by img2pdf.
        const QString original = dir.filePath(QStringLiteral("original.pdf"));
        {
            QPdfWriter writer(original);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPointSizeF(12);
            painter.setFont(font);
            painter.drawText(QRectF(60, 80, 475, 200), Qt::TextWordWrap,
                QStringLiteral("La commission de déontologie a rendu son avis le douze mars, assorti de "
                               "réserves sur les contacts du directeur à Bruxelles."));
            QVERIFY(painter.end());
        }
        QVERIFY(run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"), QStringLiteral("-png"),
                QStringLiteral("-singlefile"), original, dir.filePath(QStringLiteral("page"))}));
        const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
        QVERIFY(run(QStringLiteral("img2pdf"),
            {dir.filePath(QStringLiteral("page.png")), QStringLiteral("-o"), scan}));

        auto opened = Dossier::open(dir.filePath(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(opened);
        std::unique_ptr<Dossier> dossier = std::move(opened).value();
        const ImportOutcome outcome = SourceImporter(dossier->database()).importFile(scan);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        const QString text = dossier->sources().text(outcome.sourceId);
        const qsizetype at = text.indexOf(QStringLiteral("déontologie"));
        QVERIFY2(at >= 0, qPrintable(text));

        // A highlight over the OCR'd word, as a reader would make it.
        Annotation a;
        a.anchor.sourceId = outcome.sourceId;
        a.anchor.start = at;
        a.anchor.end = at + 11;
        a.anchor.exact = text.mid(at, 11);
        a.anchor.page = 0;
        QVERIFY(dossier->addAnnotation(a));

        auto evidence = EvidenceSet::collect(*dossier, {outcome.sourceId});
        QVERIFY(evidence);
        PdfExportReport report;
        const auto bytes = PdfExporter(*evidence).toBytes(PdfExportOptions(), &report);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error()));
        QFile scanFile(scan);
        QVERIFY(scanFile.open(QIODevice::ReadOnly));
        const QByteArray scanned = scanFile.readAll();
        QVERIFY2(bytes->startsWith(scanned), "the original bytes are the exact prefix");
        QVERIFY(bytes->size() > scanned.size());

        const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(*bytes), bytes->size());
        out.close();
        QString check;
        QCOMPARE(PdfInspector::qpdfCheck(exported, &check), 0);
        QByteArray found;
        QVERIFY(run(QStringLiteral("pdftotext"), {exported, QStringLiteral("-")}, &found));
        const QString extracted = QString::fromUtf8(found);
        QVERIFY2(extracted.contains(QStringLiteral("déontologie")), qPrintable(extracted));
        QVERIFY2(extracted.contains(QLatin1String("Bruxelles")), qPrintable(extracted));
        // The scan itself: without the layer, pdftotext finds nothing.
        QVERIFY(run(QStringLiteral("pdftotext"), {scan, QStringLiteral("-")}, &found));
        QVERIFY(QString::fromUtf8(found).trimmed().isEmpty());
        // The highlight is over the word the layer carries.
        QCOMPARE(PdfInspector::highlights(*bytes).size(), 1);
    }

    void imageExportsAsPages()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!OcrEngine::missingModels(QStringLiteral("fra+eng+osd")).isEmpty())
            QSKIP("tesseract-ocr-fra, -eng and -osd are needed (scripts/setup installs them)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Two pages of French text typeset by Qt, rendered at 300 dpi, as a two-page TIFF.
        const QString original = dir.filePath(QStringLiteral("original.pdf"));
        {
            QPdfWriter writer(original);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPointSizeF(12);
            painter.setFont(font);
            painter.drawText(QRectF(60, 80, 475, 200), Qt::TextWordWrap,
                QStringLiteral("La commission de déontologie a rendu son avis le douze mars."));
            QVERIFY(writer.newPage());
            painter.drawText(QRectF(60, 80, 475, 200), Qt::TextWordWrap,
                QStringLiteral("Les réunions se sont tenues à Bruxelles et à Lyon, sans que le conseil "
                               "en soit informé."));
            QVERIFY(painter.end());
        }
        QVERIFY(run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"), QStringLiteral("-png"),
                original, dir.filePath(QStringLiteral("pg"))}));
        const QString tiff = dir.filePath(QStringLiteral("lettre.tif"));
        QVERIFY(run(QStringLiteral("convert"),
            {dir.filePath(QStringLiteral("pg-1.png")), dir.filePath(QStringLiteral("pg-2.png")),
                QStringLiteral("-compress"), QStringLiteral("lzw"), tiff}));

        auto opened = Dossier::open(dir.filePath(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(opened);
        std::unique_ptr<Dossier> dossier = std::move(opened).value();
        const ImportOutcome outcome = SourceImporter(dossier->database()).importFile(tiff);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        // A highlight over OCR words of the second page.
        const auto anchor = dossier->anchorForQuote(outcome.sourceId, QStringLiteral("Bruxelles et à Lyon"));
        QVERIFY2(anchor, qPrintable(anchor ? QString() : anchor.error()));
        QCOMPARE(anchor->page, 1);
        Annotation a;
        a.anchor = *anchor;
        QVERIFY(dossier->addAnnotation(a));

        auto evidence = EvidenceSet::collect(*dossier, {outcome.sourceId});
        QVERIFY(evidence);
        PdfExportReport report;
        const auto bytes = PdfExporter(*evidence).toBytes(PdfExportOptions(), &report);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error()));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(report.sources.size(), 1);
        QCOMPARE(report.sources[0].method, PdfExportReport::Method::Image);
        QCOMPARE(report.sources[0].lastPage, 2);
        const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(*bytes), bytes->size());
        out.close();
        QString check;
        QCOMPARE(PdfInspector::qpdfCheck(exported, &check), 0);
        // One page per frame, then the evidence appendix.
        QByteArray found;
        QVERIFY(run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), exported,
                QStringLiteral("-")},
            &found));
        QVERIFY2(QString::fromUtf8(found).contains(QStringLiteral("déontologie")), found.constData());
        QVERIFY(run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), exported,
                QStringLiteral("-")},
            &found));
        for (const QString &word :
            {QStringLiteral("réunions"), QStringLiteral("Bruxelles"), QStringLiteral("Lyon")})
            QVERIFY2(QString::fromUtf8(found).contains(word), found.constData());
        // The frame is on the page: rendered, the page has ink where the text is.
        QVERIFY(run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-gray"), QStringLiteral("-png"),
                QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"),
                QStringLiteral("-singlefile"), exported, dir.filePath(QStringLiteral("shown"))}));
        const QImage shown(dir.filePath(QStringLiteral("shown.png")));
        QVERIFY(!shown.isNull());
        QCOMPARE(shown.size(), QSize(248, 351)); // A4 at 30 dpi
        bool ink = false;
        for (int x = 0; x < shown.width() && !ink; ++x)
            ink = qGray(shown.pixel(x, 36)) < 128; // y 86 points: the first line of text
        QVERIFY(ink);
        // The highlight is on the second page.
        const auto highlights = PdfInspector::highlights(*bytes);
        QCOMPARE(highlights.size(), 1);
        QCOMPARE(highlights[0].page, 1);
        QVERIFY2(highlights[0].textUnderQuads.contains(QStringLiteral("Bruxelles et à Lyon")),
            qPrintable(highlights[0].textUnderQuads));
    }
};

QTEST_MAIN(TestExportScan)
#include "tst_exportscan.moc"
