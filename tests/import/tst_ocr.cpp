// SPDX-License-Identifier: GPL-3.0-or-later
// Scans read by OCR: real French text typeset by Qt, rendered to 300 dpi grey pages by pdftoppm,
// wrapped by img2pdf, imported, and compared with pdftotext of the original.
#include "import/ocrengine.h"
#include "import/sourceimporter.h"
#include "ocrcheck.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Recoupe;
using namespace OcrCheck;

namespace {

const QStringList Paragraphs = {
    QStringLiteral("La commission de déontologie a rendu son avis le douze mars, assorti de réserves "
                   "sur les contacts du directeur avec les entreprises du secteur."),
    QStringLiteral("Selon le rapport, les réunions se sont tenues à Bruxelles et à Lyon, sans que le "
                   "conseil d’administration en soit informé."),
    QStringLiteral("Le ministère n’a pas répondu à nos questions. Les documents consultés montrent "
                   "pourtant que trois contrats ont été signés avant la nomination."),
};

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Dossier> m_dossier;
    QString m_original;
    QString m_expected;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A scan of the original: pdftoppm at 300 dpi in grey, optionally turned, wrapped by img2pdf.
    QString scan(const QString &name, int turn)
    {
        const QString prefix = path(name + QStringLiteral("-page"));
        if (!run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"), QStringLiteral("-png"),
                    m_original, prefix}))
            return {};
        QStringList images;
        for (const QString &file :
            QDir(m_dir.path()).entryList({name + QStringLiteral("-page*.png")}, QDir::Files, QDir::Name)) {
            const QString image = path(file);
            if (turn != 0) {
                QImage turned = QImage(image).transformed(QTransform().rotate(turn));
                if (!turned.save(image))
                    return {};
            }
            images.append(image);
        }
        const QString pdf = path(name + QStringLiteral(".pdf"));
        if (!run(QStringLiteral("img2pdf"), images + QStringList {QStringLiteral("-o"), pdf}))
            return {};
        return pdf;
    }

    ImportOutcome import(const QString &file, const ImportOptions &options = ImportOptions())
    {
        SourceImporter importer(m_dossier->database());
        return importer.importFile(file, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!OcrEngine::missingModels(QStringLiteral("fra+eng+osd")).isEmpty())
            QSKIP("tesseract-ocr-fra, -eng and -osd are needed (scripts/setup installs them)");
        // One page of French text as a word processor would set it.
        m_original = path(QStringLiteral("original.pdf"));
        {
            QPdfWriter writer(m_original);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            QVERIFY(painter.isActive());
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPointSizeF(12);
            painter.setFont(font);
            QRectF area(60, 80, 475, 680);
            for (const QString &paragraph : Paragraphs) {
                QRectF used;
                painter.drawText(area, Qt::TextWordWrap, paragraph, &used);
                area.setTop(used.bottom() + 14);
            }
            QVERIFY(painter.end());
        }
        QByteArray text;
        QVERIFY(run(QStringLiteral("pdftotext"), {m_original, QStringLiteral("-")}, &text));
        m_expected = normalized(QString::fromUtf8(text));
        QVERIFY2(m_expected.contains(QStringLiteral("déontologie")), qPrintable(m_expected));
    }

    void init()
    {
        QFile::remove(path(QStringLiteral("case.recoupe")));
        auto opened = Dossier::open(path(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        m_dossier = std::move(opened).value();
    }

    void cleanup() { m_dossier.reset(); }

    void readsScan_data()
    {
        QTest::addColumn<int>("turn");
        QTest::newRow("upright") << 0;
        QTest::newRow("turned a quarter") << 90;
    }

    void readsScan()
    {
        QFETCH(int, turn);
        const QString pdf = scan(QStringLiteral("scan%1").arg(turn), turn);
        QVERIFY(!pdf.isEmpty());
        const ImportOutcome outcome = import(pdf);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(QLatin1Char('\n'))));
        SourceStore &sources = m_dossier->sources();
        const QString text = sources.text(outcome.sourceId);
        const double cer = characterErrorRate(m_expected, normalized(text));
        QVERIFY2(cer <= 0.02, qPrintable(QStringLiteral("CER %1\n%2").arg(cer).arg(text)));

        const QVector<PdfPage> pages = sources.pdfPages(outcome.sourceId);
        QCOMPARE(pages.size(), 1);
        const PdfPage &page = pages[0];
        QVERIFY(page.isOcr());
        QCOMPARE(page.ocrLanguage, QStringLiteral("fra+eng")); // the dossier's language, plus English
        QVERIFY(page.ocrConfidence > 80);
        QCOMPARE(page.wordConfidences.size(), page.words.size());
        // Each word's box covers the word where it is on the page as displayed.
        const qsizetype at = text.indexOf(QStringLiteral("déontologie"));
        QVERIFY(at >= 0);
        auto word = std::find_if(
            page.words.cbegin(), page.words.cend(), [&](const PdfWord &w) { return w.start == at; });
        QVERIFY(word != page.words.cend());
        QCOMPARE(word->length, 11);
        if (turn == 0) {
            // Where the original puts it: first line, about x 60 to 600 points, y 80 to 100.
            QVERIFY2(word->box.top() > 75 && word->box.bottom() < 105,
                qPrintable(QString::number(word->box.top())));
        } else {
            // Turned clockwise, the first line stands near the right edge, the text running down.
            QVERIFY2(word->box.height() > word->box.width(), "the box stands up");
            QVERIFY2(word->box.left() > page.width - 110, qPrintable(QString::number(word->box.left())));
        }
    }

    void pagesWithTextAreNotRead()
    {
        const ImportOutcome outcome = import(m_original);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        const QVector<PdfPage> pages = m_dossier->sources().pdfPages(outcome.sourceId);
        QCOMPARE(pages.size(), 1);
        QVERIFY(!pages[0].isOcr());
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM ocr_pages"), 0);
    }

    void missingModelIsNamed()
    {
        const QString pdf = scan(QStringLiteral("scanmissing"), 0);
        ImportOptions options;
        options.ocrLanguages = QStringLiteral("xyz+eng");
        const ImportOutcome outcome = import(pdf, options);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        QVERIFY(!outcome.warnings.isEmpty());
        QVERIFY2(outcome.warnings.join(QLatin1Char(' ')).contains(QLatin1String("tesseract-ocr-xyz")),
            qPrintable(outcome.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM ocr_pages"), 0);
    }

    void cancelLeavesDossierAsItWas()
    {
        const QString pdf = scan(QStringLiteral("scancancel"), 0);
        std::atomic_bool cancel {false};
        ImportOptions options;
        options.cancel = &cancel;
        // Cancelled as soon as the text layer pass is over, during OCR.
        options.progress = [&](double fraction) {
            if (fraction > 0.1)
                cancel = true;
        };
        const ImportOutcome outcome = import(pdf, options);
        QCOMPARE(outcome.status, ImportOutcome::Status::Cancelled);
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM sources"), 0);
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM ocr_pages"), 0);
    }
};

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
