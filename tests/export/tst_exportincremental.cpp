// SPDX-License-Identifier: GPL-3.0-or-later
// The incremental-update writer on real PDFs of several producers: highlights added with
// PdfAnnotator must be read back by Poppler, MuPDF and qpdf over exactly the passage, with the
// original bytes an untouched prefix.
#include "anchoring/pdfquads.h"
#include "anchoring/textquote.h"
#include "export/pdfannotator.h"
#include "export/pdfdocument.h"
#include "export/pdfpassageboxes.h"
#include "import/sourceimporter.h"
#include "pdffixtures.h"
#include "pdfinspector.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Recoupe;

namespace {

const QStringList &englishParagraphs()
{
    static const QStringList paragraphs {
        QStringLiteral("The ethics commission gave an opinion with reservations about the move of the "
                       "director to a cloud company, and asked that he stay away from any contract he had "
                       "prepared during his last three years in office."),
        QStringLiteral("Teachers will enter the results of the national evaluations on a website hosted "
                       "abroad, which the union calls a surrender of public data to a private provider."),
        QStringLiteral("The ministry answered that the contract had been awarded after a public tender "
                       "and that the data never leaves the European Union."),
    };
    return paragraphs;
}

// A PDF with its crop box away from the origin and a media box offset: quads must follow.
QByteArray withOffsetBoxes(const QByteArray &pdf)
{
    QPDF qpdf;
    qpdf.setSuppressWarnings(true);
    qpdf.processMemoryFile("fixture", pdf.constData(), size_t(pdf.size()));
    for (QPDFObjectHandle page : qpdf.getAllPages()) {
        // Shift the whole page (content included) by drawing it with a translation.
        QPDFObjectHandle media = QPDFObjectHandle::parse("[-40 -25 555 817]");
        page.replaceKey("/MediaBox", media);
        page.replaceKey("/CropBox", QPDFObjectHandle::parse("[-30 -20 545 800]"));
    }
    QPDFWriter writer(qpdf);
    writer.setOutputMemory();
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

} // namespace

class TestExportIncremental : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void geometryRoundTrip_data();
    void geometryRoundTrip();
    void highlightOverPassage_data();
    void highlightOverPassage();
    void flattenPaintsThePage();
    void refusesWhatIsNotAPdf_data();
    void refusesWhatIsNotAPdf();

private:
    QTemporaryDir m_dir;
    QByteArray m_qt;
};

void TestExportIncremental::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_qt = PdfFixtures::fromQt(englishParagraphs());
    QVERIFY(!m_qt.isEmpty());
}

void TestExportIncremental::geometryRoundTrip_data()
{
    QTest::addColumn<int>("rotation");
    QTest::addColumn<QPointF>("displayed");
    QTest::addColumn<QPointF>("user");
    // Crop box [10 20 210 420]: 200 wide, 400 high.
    QTest::addRow("upright top-left") << 0 << QPointF(0, 0) << QPointF(10, 420);
    QTest::addRow("upright inside") << 0 << QPointF(50, 100) << QPointF(60, 320);
    // Turned a quarter clockwise: the page's bottom-left corner shows at the top left.
    QTest::addRow("rotate 90") << 90 << QPointF(0, 0) << QPointF(10, 20);
    QTest::addRow("rotate 90 inside") << 90 << QPointF(30, 5) << QPointF(15, 50);
    QTest::addRow("rotate 180") << 180 << QPointF(0, 0) << QPointF(210, 20);
    QTest::addRow("rotate 270") << 270 << QPointF(0, 0) << QPointF(210, 420);
    QTest::addRow("rotate -90 is 270") << -90 << QPointF(30, 5) << QPointF(205, 390);
}

void TestExportIncremental::geometryRoundTrip()
{
    QFETCH(int, rotation);
    QFETCH(QPointF, displayed);
    QFETCH(QPointF, user);
    const PdfPageGeometry geometry(QRectF(QPointF(10, 20), QPointF(210, 420)), rotation);
    QCOMPARE(geometry.toUser(displayed), user);
    QCOMPARE(geometry.toDisplayed(user), displayed);
    const bool turned = rotation % 180 != 0;
    QCOMPARE(geometry.displayedWidth(), turned ? 400.0 : 200.0);
}

void TestExportIncremental::highlightOverPassage_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("xrefStream"); // pdfTeX writes object streams, so a cross-reference stream
    // Whether cutting a word at the passage's edge needs the PDF's character boxes (1), can be
    // estimated from the word box (0), or either (-1).
    QTest::addColumn<int>("readsPdf");

    const QString shortQuote = QStringLiteral("gave an opinion with reservations");
    const QString longQuote
        = QStringLiteral("a website hosted abroad, which the union calls a surrender of public "
                         "data to a private provider");
    // "provider" of "provider.": every width model agrees where the full stop starts.
    QTest::addRow("qt classic table") << m_qt << longQuote << false << 0;
    QTest::addRow("qt inside long words")
        << m_qt << QStringLiteral("mission gave an opinion with reserv") << false << -1;
    QTest::addRow("qt xref stream") << PdfFixtures::throughQpdf(
        m_qt, {QStringLiteral("--object-streams=generate")})
                                    << longQuote << true << -1;
    QTest::addRow("qt rotated 90") << PdfFixtures::throughQpdf(m_qt, {QStringLiteral("--rotate=+90:1")})
                                   << longQuote << false << -1;
    QTest::addRow("qt rotated 180") << PdfFixtures::throughQpdf(m_qt, {QStringLiteral("--rotate=180:1")})
                                    << shortQuote << false << -1;
    QTest::addRow("qt rotated 270, xref stream") << PdfFixtures::throughQpdf(
        m_qt, {QStringLiteral("--rotate=-90:1"), QStringLiteral("--object-streams=generate")})
                                                 << longQuote << true << -1;
    QTest::addRow("qt crop box offset") << withOffsetBoxes(m_qt) << longQuote << false << -1;
    QTest::addRow("groff") << PdfFixtures::fromGroff(QStringLiteral("A groff report"), englishParagraphs())
                           << longQuote << false << -1;
    QTest::addRow("latex") << PdfFixtures::fromLatex(
        QStringLiteral("A LaTeX report"), englishParagraphs(), false)
                           << shortQuote << true << -1;
    QTest::addRow("latex two columns") << PdfFixtures::fromLatex(
        QStringLiteral("A LaTeX report"), englishParagraphs() + englishParagraphs(), true)
                                       << longQuote << true << -1;
    QTest::addRow("cyrillic") << PdfFixtures::fromQt(
        {QStringLiteral("Комиссия по этике дала заключение с оговорками о переходе "
                        "директора в облачную компанию."),
            QStringLiteral("Министерство ответило, что контракт был заключён после "
                           "открытого конкурса.")})
                              << QStringLiteral("дала заключение с оговорками") << false << -1;
    // Cyrillic letters are in no width model: the edges come from the PDF itself.
    QTest::addRow("cyrillic inside words") << PdfFixtures::fromQt(
        {QStringLiteral("Министерство ответило, что контракт был заключён после открытого "
                        "конкурса.")}) << QStringLiteral("инистерство ответило, что контракт был заключ")
                                           << false << 1;
    QTest::addRow("greek") << PdfFixtures::fromQt(
        {QStringLiteral("Η επιτροπή δεοντολογίας έδωσε γνώμη με επιφυλάξεις για τη μετάβαση του διευθυντή.")},
        QStringLiteral("DejaVu Sans"))
                           << QStringLiteral("έδωσε γνώμη με επιφυλάξεις") << false << -1;
}

void TestExportIncremental::highlightOverPassage()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QString, quote);
    QFETCH(bool, xrefStream);
    QFETCH(int, readsPdf);
    QVERIFY2(!pdf.isEmpty(), qPrintable(PdfFixtures::lastError()));

    // Import it the way the app does, for the canonical text and the word boxes.
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("source.pdf"));
    QVERIFY(PdfFixtures::write(input, pdf));
    auto dossier = Dossier::open(dir.filePath(QStringLiteral("d.recoupe")), Dossier::OpenMode::Create);
    QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
    const ImportOutcome outcome = SourceImporter((*dossier)->database()).importFile(input);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
    SourceStore &sources = (*dossier)->sources();
    const QString text = sources.text(outcome.sourceId);
    const auto range = TextQuote::find(text, quote);
    QVERIFY2(range, qPrintable(text.left(400)));
    const QVector<PdfPage> pages = sources.pdfPages(outcome.sourceId);
    Anchor anchor;
    anchor.start = range->first;
    anchor.end = range->second;
    PdfPassageBoxes passage(pdf, pages, text);
    const QVector<PageBox> quads = passage.boxes(anchor);
    QVERIFY(!quads.isEmpty());
    if (readsPdf >= 0)
        QCOMPARE(passage.pagesRead() > 0, readsPdf == 1);

    auto document = PdfDocument::open(pdf, QStringLiteral("fixture"));
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE((*document)->xrefKind() == PdfDocument::XrefKind::Stream, xrefStream);
    PdfAnnotator annotator(**document, PdfAnnotator::Mode::Annotate);
    PdfHighlight highlight;
    highlight.page = quads.first().page;
    for (const PageBox &box : quads)
        highlight.lines.append(box.rect);
    highlight.color = QColor(QStringLiteral("#4fc3f7"));
    highlight.contents = QStringLiteral("Note: à vérifier — « réserves »\nTags: Réserves");
    highlight.author = QStringLiteral("Camille Enquêtrice");
    highlight.created = QDateTime(QDate(2018, 5, 7), QTime(9, 30), QTimeZone::utc());
    highlight.name = QStringLiteral("recoupe-test-1");
    QVERIFY(annotator.add(highlight).isInitialized());
    QVERIFY(annotator.finish().ok());
    const auto update = (*document)->incrementalUpdate();
    QVERIFY2(update.ok(), qPrintable(update.error()));
    const QByteArray exported = pdf + *update;
    const QString output = dir.filePath(QStringLiteral("annotated.pdf"));
    QVERIFY(PdfFixtures::write(output, exported));

    // The original is an untouched prefix, and its hash is the source's.
    QVERIFY(exported.startsWith(pdf));
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(exported.left(pdf.size()), QCryptographicHash::Sha256).toHex()),
        sources.get(outcome.sourceId)->sha256);
    // The update ends with a section of the original's kind.
    const QByteArray tail = update->right(update->size() - update->lastIndexOf("startxref"));
    const qint64 xrefAt = tail.mid(10).trimmed().split('\n').first().toLongLong();
    QCOMPARE(exported.mid(xrefAt, 4) == "xref", !xrefStream);

    QString check;
    QCOMPARE(PdfInspector::qpdfCheck(output, &check), 0);
    QVERIFY2(check.contains(QLatin1String("No syntax or stream encoding errors")), qPrintable(check));

    // Poppler: one highlight, our color and texts, and the words under its quads are the quote.
    const QVector<PdfInspector::Highlight> found = PdfInspector::highlights(exported);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].page, highlight.page);
    QCOMPARE(found[0].contents, highlight.contents);
    QCOMPARE(found[0].author, highlight.author);
    QCOMPARE(found[0].uniqueName, highlight.name);
    QCOMPARE(found[0].color.name(), highlight.color.name());
    QCOMPARE(found[0].created, highlight.created);
    QVERIFY(found[0].hasPopup);
    QCOMPARE(found[0].quadRects.size(), quads.size());
    QCOMPARE(found[0].textUnderQuads, PdfInspector::normalized(quote));

    // MuPDF, independently: the trailer chains to the original, the annotation has its appearance.
    const QString trailer = PdfInspector::mutoolShow(output, QStringLiteral("trailer"));
    QVERIFY2(
        trailer.contains(QStringLiteral("/Prev %1").arg((*document)->lastXrefOffset())), qPrintable(trailer));
    const QVector<int> annots = PdfInspector::mutoolAnnotationObjects(output, highlight.page + 1);
    QCOMPARE(annots.size(), 2); // the highlight and its popup
    const QString annotation = PdfInspector::mutoolShow(output, QString::number(annots[0]));
    QVERIFY2(annotation.contains(QLatin1String("/Subtype /Highlight")), qPrintable(annotation));
    QVERIFY(annotation.contains(QLatin1String("/QuadPoints")));
    // Its appearance: a form XObject painting the quads in the colour, in multiply blend mode.
    const QString appearance = PdfInspector::mutoolAppearance(output, annots[0]);
    QVERIFY2(appearance.contains(QLatin1String("/Subtype /Form")), qPrintable(appearance));
    QVERIFY2(appearance.contains(QLatin1String("/BM /Multiply")), qPrintable(appearance));
    QVERIFY(appearance.contains(QLatin1String("0.3098 0.7647 0.9686 rg"))); // #4fc3f7
    // One polygon (one moveto) per line of the passage; mutool wraps long lines, hence \\s.
    QCOMPARE(appearance.count(QRegularExpression(QStringLiteral("\\sm\\s"))), quads.size());
    const QString popup = PdfInspector::mutoolShow(output, QString::number(annots[1]));
    QVERIFY2(popup.contains(QLatin1String("/Subtype /Popup")), qPrintable(popup));
}

void TestExportIncremental::flattenPaintsThePage()
{
    const QByteArray pdf = PdfFixtures::throughQpdf(m_qt, {QStringLiteral("--rotate=+90:1")});
    auto document = PdfDocument::open(pdf, QStringLiteral("fixture"));
    QVERIFY(document.ok());
    // An empty stretch of the page, well away from the text, painted pure cyan.
    PdfHighlight highlight;
    highlight.page = 0;
    highlight.lines = {QRectF(100, 300, 200, 40)};
    highlight.color = QColor(0, 255, 255);
    highlight.name = QStringLiteral("flat-1");
    const QRectF displayed(100, 300, 200, 40);
    const QColor before = PdfInspector::renderedColor(pdf, 0, displayed);
    PdfAnnotator annotator(**document, PdfAnnotator::Mode::Flatten);
    annotator.add(highlight);
    QVERIFY(annotator.finish().ok());
    const auto update = (*document)->incrementalUpdate();
    QVERIFY(update.ok());
    const QByteArray exported = pdf + *update;
    QCOMPARE(PdfInspector::annotationCounts(exported).value(0), 0);
    QCOMPARE(before, QColor(Qt::white));
    const QColor after = PdfInspector::renderedColor(exported, 0, displayed.adjusted(5, 5, -5, -5));
    QCOMPARE(after.name(), QColor(0, 255, 255).name());
    // Outside the highlight the page is as it was.
    QCOMPARE(PdfInspector::renderedColor(exported, 0, QRectF(100, 380, 200, 20)), QColor(Qt::white));
    QVERIFY(PdfInspector::pageText(exported, 0) == PdfInspector::pageText(pdf, 0));
}

void TestExportIncremental::refusesWhatIsNotAPdf_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("cannot be read as a PDF");
    QTest::addRow("text") << QByteArray("Just some words, no PDF at all.\n")
                          << QStringLiteral("cannot be read as a PDF");
    QTest::addRow("password") << PdfFixtures::throughQpdf(m_qt,
        {QStringLiteral("--encrypt"), QStringLiteral("secret"), QStringLiteral("secret"),
            QStringLiteral("256"), QStringLiteral("--")})
                              << QStringLiteral("protected by a password");
}

void TestExportIncremental::refusesWhatIsNotAPdf()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto document = PdfDocument::open(bytes, QStringLiteral("broken.pdf"));
    QVERIFY(!document.ok());
    QVERIFY2(document.error().contains(expected), qPrintable(document.error()));
    QVERIFY(document.error().contains(QLatin1String("broken.pdf")));
}

QTEST_MAIN(TestExportIncremental)
#include "tst_exportincremental.moc"
