// SPDX-License-Identifier: GPL-3.0-or-later
// Images as sources: real French text typeset by Qt, rendered to 300 dpi pages by pdftoppm,
// converted to PNG, JPEG and a two-page TIFF by ImageMagick, imported, read by OCR and compared
// with pdftotext of the original; and the images Recoupe must refuse, leaving the dossier as it was.
#include "import/imageimporter.h"
#include "import/ocrengine.h"
#include "import/sourceimporter.h"
#include "ocrcheck.h"
#include "search/searcher.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Recoupe;
using namespace OcrCheck;

namespace {

const QStringList PageTexts = {
    QStringLiteral("La commission de déontologie a rendu son avis le douze mars, assorti de réserves "
                   "sur les contacts du directeur avec les entreprises du secteur."),
    QStringLiteral("Selon le rapport, les réunions se sont tenues à Bruxelles et à Lyon, sans que le "
                   "conseil d’administration en soit informé."),
};

quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    const quint32 length = quint32(data.size());
    chunk.append(char(length >> 24))
        .append(char(length >> 16))
        .append(char(length >> 8))
        .append(char(length));
    const QByteArray body = QByteArray(type, 4) + data;
    chunk.append(body);
    const quint32 crc = crc32Of(body);
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    return chunk;
}

// A PNG whose header says 50,000 × 50,000 grey pixels (2.5 gigapixels), with a few rows of data.
QByteArray hugePng()
{
    QByteArray ihdr;
    const quint32 side = 50000;
    for (int i = 0; i < 2; ++i)
        ihdr.append(char(side >> 24)).append(char(side >> 16)).append(char(side >> 8)).append(char(side));
    ihdr.append(char(8)).append(char(0)).append(char(0)).append(char(0)).append(char(0));
    // qCompress gives a zlib stream after four bytes of length.
    const QByteArray compressed = qCompress(QByteArray(4 * (side + 1), '\0')).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", compressed)
        + pngChunk("IEND", QByteArray());
}

} // namespace

class TestImages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Dossier> m_dossier;
    QStringList m_expected; // per page, pdftotext of the original
    QString m_multiTiff;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ImportOutcome import(const QString &file, const ImportOptions &options = ImportOptions())
    {
        SourceImporter importer(m_dossier->database());
        return importer.importFile(file, options);
    }

    void checkRefused(
        const QString &file, const QStringList &said, const ImportOptions &options = ImportOptions())
    {
        const ImportOutcome outcome = import(file, options);
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(QFileInfo(file).fileName()), qPrintable(outcome.message));
        for (const QString &words : said)
            QVERIFY2(outcome.message.contains(words), qPrintable(outcome.message));
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM sources"), 0);
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM pdf_pages"), 0);
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM ocr_pages"), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (!OcrEngine::missingModels(QStringLiteral("fra+eng+osd")).isEmpty())
            QSKIP("tesseract-ocr-fra, -eng and -osd are needed (scripts/setup installs them)");
        QVERIFY2(QImageReader::supportedImageFormats().contains("tiff"),
            "Qt reads no TIFF: qt6-image-formats-plugins is needed (scripts/setup installs it)");
        QVERIFY2(QImageReader::supportedImageFormats().contains("webp"),
            "Qt reads no WebP: qt6-image-formats-plugins is needed (scripts/setup installs it)");
        // Two pages of French text as a word processor would set them.
        const QString original = path(QStringLiteral("original.pdf"));
        {
            QPdfWriter writer(original);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            QVERIFY(painter.isActive());
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPointSizeF(12);
            painter.setFont(font);
            painter.drawText(QRectF(60, 80, 475, 680), Qt::TextWordWrap, PageTexts[0]);
            QVERIFY(writer.newPage());
            painter.drawText(QRectF(60, 80, 475, 680), Qt::TextWordWrap, PageTexts[1]);
            QVERIFY(painter.end());
        }
        for (int page = 1; page <= 2; ++page) {
            QByteArray text;
            QVERIFY(run(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                    original, QStringLiteral("-")},
                &text));
            m_expected.append(normalized(QString::fromUtf8(text)));
        }
        QVERIFY2(m_expected[0].contains(QStringLiteral("déontologie")), qPrintable(m_expected[0]));
        QVERIFY(run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-f"),
                QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("2"), original,
                path(QStringLiteral("pg"))}));
        const QString first = path(QStringLiteral("pg-1.png"));
        const QString second = path(QStringLiteral("pg-2.png"));
        QVERIFY(QFile::exists(first) && QFile::exists(second));
        QVERIFY(run(QStringLiteral("convert"),
            {first, QStringLiteral("-quality"), QStringLiteral("90"), path(QStringLiteral("lettre.jpg"))}));
        m_multiTiff = path(QStringLiteral("lettre.tif"));
        QVERIFY(run(QStringLiteral("convert"),
            {first, second, QStringLiteral("-compress"), QStringLiteral("lzw"), m_multiTiff}));
        QVERIFY(QFile::copy(first, path(QStringLiteral("lettre.png"))));
        QVERIFY(run(QStringLiteral("convert"),
            {first, QStringLiteral("-define"), QStringLiteral("webp:lossless=true"),
                path(QStringLiteral("lettre.webp"))}));
    }

    void init()
    {
        QFile::remove(path(QStringLiteral("case.recoupe")));
        auto opened = Dossier::open(path(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        m_dossier = std::move(opened).value();
    }

    void cleanup() { m_dossier.reset(); }

    void readsImage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::newRow("png") << QStringLiteral("lettre.png") << 1;
        QTest::newRow("jpeg") << QStringLiteral("lettre.jpg") << 1;
        QTest::newRow("two-page tiff") << QStringLiteral("lettre.tif") << 2;
        QTest::newRow("webp") << QStringLiteral("lettre.webp") << 1;
    }

    void readsImage()
    {
        QFETCH(QString, file);
        QFETCH(int, pages);
        const ImportOutcome outcome = import(path(file));
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(QLatin1Char('\n'))));
        SourceStore &sources = m_dossier->sources();
        const auto source = sources.get(outcome.sourceId);
        QVERIFY(source);
        QCOMPARE(source->kind, SourceKind::Image);
        QCOMPARE(source->pageCount, pages);
        QCOMPARE(source->title, QStringLiteral("lettre"));
        QCOMPARE(source->language, QStringLiteral("fr"));
        // The original bytes are kept.
        QFile in(path(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(sources.original(outcome.sourceId), in.readAll());

        const QString text = sources.text(outcome.sourceId);
        const QVector<PdfPage> stored = sources.pdfPages(outcome.sourceId);
        QCOMPARE(stored.size(), pages);
        for (int i = 0; i < pages; ++i) {
            const PdfPage &page = stored[i];
            const QString pageText = text.mid(page.textStart, page.textEnd - page.textStart);
            const double cer = characterErrorRate(m_expected[i], normalized(pageText));
            QVERIFY2(cer <= 0.02,
                qPrintable(QStringLiteral("page %1, CER %2\n%3").arg(i + 1).arg(cer).arg(pageText)));
            // An A4 page at 300 dpi is an A4 page in points.
            QVERIFY2(qAbs(page.width - 595) < 2 && qAbs(page.height - 842) < 2,
                qPrintable(QStringLiteral("%1 × %2").arg(page.width).arg(page.height)));
            QVERIFY(page.isOcr());
            QCOMPARE(page.ocrLanguage, QStringLiteral("fra+eng"));
            QCOMPARE(page.wordConfidences.size(), page.words.size());
        }
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM ocr_pages"), pages);
        // The word where the original puts it: first line, y 80 to 100 points.
        const qsizetype at = text.indexOf(QStringLiteral("déontologie"));
        QVERIFY(at >= 0);
        auto word = std::find_if(stored[0].words.cbegin(), stored[0].words.cend(),
            [&](const PdfWord &w) { return w.start == at; });
        QVERIFY(word != stored[0].words.cend());
        QVERIFY2(
            word->box.top() > 75 && word->box.bottom() < 105, qPrintable(QString::number(word->box.top())));

        // Searching finds the passage on its page.
        Searcher searcher(m_dossier->database());
        const QString query = pages == 2 ? QStringLiteral("Bruxelles") : QStringLiteral("déontologie");
        const auto found = searcher.search(query);
        QVERIFY(found);
        QCOMPARE(found->hits.size(), 1);
        QCOMPARE(found->hits[0].sourceId, outcome.sourceId);
        QCOMPARE(found->hits[0].page, pages - 1);
        // A quote anchors on its page with its word boxes, as on a PDF.
        const auto anchor = m_dossier->anchorForQuote(outcome.sourceId, query);
        QVERIFY(anchor);
        QCOMPARE(anchor->page, pages - 1);
        QVERIFY(!anchor->quads.isEmpty());
    }

    void refusesHugeImage()
    {
        const QString file = path(QStringLiteral("immense.png"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(hugePng());
        out.close();
        QCOMPARE(QImageReader(file).size(), QSize(50000, 50000));
        checkRefused(file, {QStringLiteral("50000 × 50000")});
    }

    void refusesTruncatedTiff()
    {
        QFile in(m_multiTiff);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray whole = in.readAll();
        const QString file = path(QStringLiteral("coupe.tif"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(whole.left(whole.size() / 3));
        out.close();
        checkRefused(file, {QStringLiteral("truncated")});
    }

    void cancelLeavesDossierAsItWas()
    {
        std::atomic_bool cancel {false};
        ImportOptions options;
        options.cancel = &cancel;
        options.threads = 1;
        // Cancelled once the first page of two is read.
        options.progress = [&](double fraction) {
            if (fraction > 0)
                cancel = true;
        };
        const ImportOutcome outcome = import(m_multiTiff, options);
        QCOMPARE(outcome.status, ImportOutcome::Status::Cancelled);
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM sources"), 0);
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM ocr_pages"), 0);
    }

    void missingModelIsNamed()
    {
        ImportOptions options;
        options.ocrLanguages = QStringLiteral("xyz+eng");
        checkRefused(path(QStringLiteral("lettre.png")), {QStringLiteral("tesseract-ocr-xyz")}, options);
    }
};

QTEST_MAIN(TestImages)
#include "tst_images.moc"
