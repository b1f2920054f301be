// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF export, read back as a reader of the evidence pack would: Poppler for the
// highlights, their colours, notes and the words under them; MuPDF's mutool and qpdf --check as
// second opinions; the original bytes of a PDF source as the exact prefix of its export.
#include "evidencefixture.h"
#include "export/evidenceset.h"
#include "export/pdfexporter.h"
#include "export/webannotationwriter.h"
#include "pdffixtures.h"
#include "pdfinspector.h"
#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Recoupe;

namespace {

const QStringList &englishParagraphs()
{
    static const QStringList paragraphs {
        QStringLiteral(
            "The ethics commission gave an opinion with reservations about the move of the director to a "
            "cloud company, and asked that he stay away from any contract he had prepared."),
        QStringLiteral(
            "Teachers will enter the results of the national evaluations on a website hosted abroad, which "
            "the union calls a surrender of public data to a private provider."),
        QStringLiteral(
            "The ministry answered that the contract had been awarded after a public tender and that the "
            "data never leaves the European Union."),
        QStringLiteral(
            "Two trade bodies asked for the full text of the opinion, which the commission published three "
            "weeks later with its reservations."),
    };
    return paragraphs;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestExportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textSourceIsTypesetWithItsHighlights_data();
    void textSourceIsTypesetWithItsHighlights();
    void pdfSourceKeepsItsOriginalBytes_data();
    void pdfSourceKeepsItsOriginalBytes();
    void appendixStatesThePrefixAndTheClaims();
    void wholeDossierIsOneFileWithABookmarkPerSourceAndClaim();
    void flattenedExportPaintsTheHighlights();
    void authorIsStoredNamedOrLeftOut_data();
    void authorIsStoredNamedOrLeftOut();
    void encryptedPdfIsRewrittenAndTheReportSaysSo();
    void orphanedPassageIsReportedNotExported();
    void cancelledExportWritesNothing();
    void existingBookmarksLinksAndAttachmentsStay();
    void damagedCrossReferenceIsRewrittenAndSaysSo();
    void exportRunsOnAWorkerThread();

private:
    // Checks every annotation of `sourceId` against what Poppler reads in `pdf`.
    void verifyHighlights(
        const QByteArray &pdf, qint64 sourceId, const ExportAuthor &author = ExportAuthor::stored());
    QByteArray exportSources(const QVector<qint64> &ids, const PdfExportOptions &options,
        PdfExportReport *report, const QString &sampleName);
    QString save(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceFixture> m_fixture;
    QVector<qint64> m_seeds;
    QMap<QString, qint64> m_pdfs;
    QMap<QString, QByteArray> m_pdfBytes;
    qint64 m_claimWithEvidence = 0;
    qint64 m_claimWithout = 0;
};

void TestExportPdf::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<EvidenceFixture>(m_dir.filePath(QStringLiteral("cas.recoupe")));
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    EvidenceFixture &f = *m_fixture;

    f.tag(QStringLiteral("Réserves de la commission"), QColor(QStringLiteral("#ffd54f")));
    f.tag(QStringLiteral("Dates clés"), QColor(QStringLiteral("#81d4fa")));
    f.tag(QStringLiteral("Conflit d'intérêts/Cloud"), QColor(QStringLiteral("#f48fb1")));

    m_seeds = f.importSeeds();
    QCOMPARE(m_seeds.size(), 5);
    QVERIFY2(!m_seeds.contains(0), qPrintable(f.error()));
    QVector<qint64> evidence;
    for (qint64 id : std::as_const(m_seeds)) {
        auto [s1, e1] = f.passage(id, 2, 0, 6);
        evidence.append(f.annotate(id, s1, e1, QStringLiteral("À vérifier auprès de la commission"),
            { QStringLiteral("Réserves de la commission") }));
        auto [s2, e2] = f.passage(id, 3, 3, 45);
        f.annotate(id, s2, e2, QStringLiteral("Note avec virgule, « guillemets » et\nun retour à la ligne"),
            { QStringLiteral("Dates clés"), QStringLiteral("Conflit d'intérêts/Cloud") });
        // Starts two characters into a word: the highlight must start there too.
        auto [s3, e3] = f.passage(id, 4, 2, 7, 2);
        f.annotate(id, s3, e3, QString(), { QStringLiteral("Conflit d'intérêts/Cloud") });
    }
    QVERIFY2(!evidence.contains(0), qPrintable(f.error()));

    // PDFs of several producers; the Qt one has two paragraphs a page, so a passage can cross pages.
    QStringList many;
    for (int i = 0; i < 3; ++i)
        many += englishParagraphs();
    const QByteArray qt = PdfFixtures::fromQt(many, QStringLiteral("DejaVu Serif"), 2);
    m_pdfBytes.insert(QStringLiteral("qt"), qt);
    m_pdfBytes.insert(QStringLiteral("xref stream"),
        PdfFixtures::throughQpdf(
            PdfFixtures::fromQt(englishParagraphs()), { QStringLiteral("--object-streams=generate") }));
    m_pdfBytes.insert(QStringLiteral("rotated"),
        PdfFixtures::throughQpdf(
            PdfFixtures::fromQt(englishParagraphs()), { QStringLiteral("--rotate=+90:1") }));
    m_pdfBytes.insert(QStringLiteral("latex two columns"),
        PdfFixtures::fromLatex(
            QStringLiteral("Evaluations"), englishParagraphs() + englishParagraphs(), true));
    m_pdfBytes.insert(
        QStringLiteral("groff"), PdfFixtures::fromGroff(QStringLiteral("Evaluations"), englishParagraphs()));
    for (auto it = m_pdfBytes.cbegin(); it != m_pdfBytes.cend(); ++it) {
        QVERIFY2(!it.value().isEmpty(), qPrintable(PdfFixtures::lastError()));
        const qint64 id = f.import(m_dir.path(), it.key() + QStringLiteral(".pdf"), it.value());
        QVERIFY2(id, qPrintable(f.error()));
        m_pdfs.insert(it.key(), id);
        // By position: pdfTeX and groff hyphenate, so a quote typed by hand may not be found as is.
        const auto [s1, e1] = f.passage(id, 1, 2, 14);
        QVERIFY2(f.annotate(id, s1, e1, QStringLiteral("Hosted outside the EU?"),
                     { QStringLiteral("Conflit d'intérêts/Cloud") }),
            qPrintable(f.error()));
        const auto [s2, e2] = f.passage(id, 0, 3, 4, 1);
        QVERIFY2(f.annotate(id, s2, e2, QString(), { QStringLiteral("Réserves de la commission") }),
            qPrintable(f.error()));
    }
    // Across the page break of the Qt file: the end of page 1 and the start of page 2.
    const qint64 crossing = f.annotateQuote(m_pdfs.value(QStringLiteral("qt")),
        QStringLiteral(
            "surrender of public data to a private provider. The ministry answered that the contract"),
        QStringLiteral("Spans two pages"), { QStringLiteral("Dates clés") });
    QVERIFY2(crossing, qPrintable(f.error()));

    const qint64 ministry
        = f.entity(QStringLiteral("PublicBody"), QStringLiteral("Ministère de l'Éducation nationale"));
    const qint64 director = f.entity(QStringLiteral("Person"), QStringLiteral("Directeur du numérique"));
    const qint64 company = f.entity(QStringLiteral("Company"), QStringLiteral("Fournisseur de cloud"));
    m_claimWithEvidence = f.claim(QStringLiteral("La commission a assorti son avis de réserves."),
        { evidence[0], evidence[2], crossing }, ministry);
    m_claimWithout = f.claim(QStringLiteral("Les données restent en Europe."), {});
    QVERIFY2(m_claimWithEvidence && m_claimWithout, qPrintable(f.error()));
    QVERIFY(f.relationship(director, company, QStringLiteral("Employment"), { evidence[1] }));
    QVERIFY(f.relationship(ministry, director, QStringLiteral("Employment"), {}));
}

QString TestExportPdf::save(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    PdfFixtures::write(path, bytes);
    // For looking at the pages: RECOUPE_EXPORT_SAMPLES=/some/dir keeps a copy there.
    const QString samples = qEnvironmentVariable("RECOUPE_EXPORT_SAMPLES");
    if (!samples.isEmpty()) {
        QDir().mkpath(samples);
        PdfFixtures::write(QDir(samples).filePath(name), bytes);
    }
    return path;
}

QByteArray TestExportPdf::exportSources(const QVector<qint64> &ids, const PdfExportOptions &options,
    PdfExportReport *report, const QString &sampleName)
{
    auto evidence = EvidenceSet::collect(m_fixture->dossier(), ids);
    if (!evidence) {
        qWarning("%s", qPrintable(evidence.error()));
        return QByteArray();
    }
    const auto bytes = PdfExporter(*evidence).toBytes(options, report);
    if (!bytes) {
        qWarning("%s", qPrintable(bytes.error()));
        return QByteArray();
    }
    save(sampleName, *bytes);
    return *bytes;
}

void TestExportPdf::verifyHighlights(const QByteArray &pdf, qint64 sourceId, const ExportAuthor &author)
{
    Dossier &dossier = m_fixture->dossier();
    const Source source = *dossier.sources().get(sourceId);
    const QVector<PdfInspector::Highlight> found = PdfInspector::highlights(pdf);
    const QVector<Annotation> annotations = dossier.annotations().forSource(sourceId);
    QVERIFY(!annotations.isEmpty());
    for (const Annotation &a : annotations) {
        const QString name = WebAnnotationWriter::annotationUrn(source.sha256, a.id);
        // A passage over several pages is one highlight per page: name, name-2, name-3…
        QVector<PdfInspector::Highlight> pieces;
        for (const PdfInspector::Highlight &h : found) {
            if (h.uniqueName == name || h.uniqueName.startsWith(name + QLatin1Char('-')))
                pieces.append(h);
        }
        QVERIFY2(!pieces.isEmpty(),
            qPrintable(QStringLiteral("no highlight for “%1”").arg(a.anchor.exact.left(60))));
        QStringList under;
        for (const PdfInspector::Highlight &h : pieces)
            under.append(h.textUnderQuads);
        QCOMPARE(
            PdfInspector::normalized(under.join(QLatin1Char(' '))), PdfInspector::normalized(a.anchor.exact));

        const PdfInspector::Highlight &h = pieces.first();
        // The colour the reader shows: one annotation, one colour in every export.
        QColor firstTagColor;
        if (!a.tagIds.isEmpty()) {
            if (const auto tag = dossier.tags().get(a.tagIds.first()))
                firstTagColor = tag->color;
        }
        QCOMPARE(h.color.name(), a.shownColor(firstTagColor).name());
        if (!a.note.isEmpty())
            QVERIFY2(h.contents.contains(a.note), qPrintable(h.contents));
        for (qint64 tagId : a.tagIds)
            QVERIFY2(h.contents.contains(dossier.tags().path(tagId)), qPrintable(h.contents));
        for (qint64 claimId : a.claimIds)
            QVERIFY2(h.contents.contains(dossier.claims().get(claimId)->text), qPrintable(h.contents));
        QCOMPARE(h.author, author.of(a));
        QCOMPARE(h.created, a.created.toUTC().addMSecs(-a.created.time().msec()));
        QVERIFY(h.hasPopup);
    }
}

void TestExportPdf::textSourceIsTypesetWithItsHighlights_data()
{
    QTest::addColumn<int>("seed");
    for (int i = 0; i < 5; ++i)
        QTest::addRow("seed %d", i) << i;
}

void TestExportPdf::textSourceIsTypesetWithItsHighlights()
{
    QFETCH(int, seed);
    const qint64 id = m_seeds[seed];
    PdfExportReport report;
    const QByteArray pdf
        = exportSources({ id }, PdfExportOptions(), &report, QStringLiteral("seed-%1.pdf").arg(seed));
    QVERIFY(!pdf.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("seed-%1.pdf").arg(seed));
    QCOMPARE(report.sources.size(), 1);
    QCOMPARE(report.sources[0].method, PdfExportReport::Method::Typeset);
    QCOMPARE(report.highlightCount, 3);
    QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));

    QString check;
    QCOMPARE(PdfInspector::qpdfCheck(path, &check), 0);
    verifyHighlights(pdf, id);

    // The first page shows the title and the provenance block with the SHA-256 of the original.
    const Source source = *m_fixture->dossier().sources().get(id);
    const QString first = PdfInspector::normalized(PdfInspector::pageText(pdf, 0));
    QVERIFY2(first.contains(PdfInspector::normalized(source.title)), qPrintable(first.left(300)));
    QVERIFY(first.contains(source.sha256));
    // The whole text is there, in order: every page's text put together is the canonical text.
    QString all;
    for (int p = 0; p < PdfInspector::pageCount(pdf); ++p)
        all += PdfInspector::pageText(pdf, p) + QLatin1Char(' ');
    QVERIFY(PdfInspector::normalized(all).contains(
        PdfInspector::normalized(m_fixture->dossier().sources().text(id).right(200))));

    // MuPDF sees the annotations with their appearance streams.
    const QVector<int> annots = PdfInspector::mutoolAnnotationObjects(path, 1);
    QVERIFY(!annots.isEmpty());
    const QString first_annotation = PdfInspector::mutoolShow(path, QString::number(annots.first()));
    QVERIFY2(first_annotation.contains(QLatin1String("/Highlight")), qPrintable(first_annotation));
    const QString appearance = PdfInspector::mutoolAppearance(path, annots.first());
    QVERIFY2(appearance.contains(QLatin1String("/Subtype /Form"))
            && appearance.contains(QLatin1String("/BM /Multiply")),
        qPrintable(appearance));

    // The embedded JSON-LD holds this source's annotations.
    const QMap<QString, QByteArray> files = PdfInspector::embeddedFiles(pdf);
    QVERIFY(files.contains(PdfExporter::attachmentFileName()));
    const QJsonObject json = QJsonDocument::fromJson(files.value(PdfExporter::attachmentFileName())).object();
    QCOMPARE(
        json.value(QLatin1String("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    const QJsonArray items
        = json.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items[0]
                 .toObject()
                 .value(QLatin1String("target"))
                 .toObject()
                 .value(QLatin1String("source"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toString(),
        QStringLiteral("urn:sha256:") + source.sha256);
}

void TestExportPdf::pdfSourceKeepsItsOriginalBytes_data()
{
    QTest::addColumn<QString>("producer");
    QTest::addColumn<bool>("xrefStream");
    QTest::addRow("qt") << QStringLiteral("qt") << false;
    QTest::addRow("xref stream") << QStringLiteral("xref stream") << true;
    QTest::addRow("rotated") << QStringLiteral("rotated") << false;
    QTest::addRow("latex two columns") << QStringLiteral("latex two columns") << true;
    QTest::addRow("groff") << QStringLiteral("groff") << false;
}

void TestExportPdf::pdfSourceKeepsItsOriginalBytes()
{
    QFETCH(QString, producer);
    QFETCH(bool, xrefStream);
    const qint64 id = m_pdfs.value(producer);
    const QByteArray original = m_pdfBytes.value(producer);
    PdfExportReport report;
    const QString name
        = QStringLiteral("pdf-%1.pdf").arg(producer).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QByteArray pdf = exportSources({ id }, PdfExportOptions(), &report, name);
    QVERIFY(!pdf.isEmpty());
    const QString path = m_dir.filePath(name);

    // Byte for byte: the original is the prefix, its hash the one recorded at import.
    QCOMPARE(report.sources[0].method, PdfExportReport::Method::Appended);
    QCOMPARE(report.sources[0].prefixLength, qint64(original.size()));
    QVERIFY(pdf.startsWith(original));
    QCOMPARE(
        sha256(pdf.left(report.sources[0].prefixLength)), m_fixture->dossier().sources().get(id)->sha256);
    // The update's cross-reference section is of the original's kind.
    const qint64 xref = pdf.mid(pdf.lastIndexOf("startxref") + 9).trimmed().split('\n').first().toLongLong();
    QVERIFY(xref > original.size());
    QCOMPARE(pdf.mid(xref, 4) != "xref", xrefStream);

    QString check;
    QCOMPARE(PdfInspector::qpdfCheck(path, &check), 0);
    QVERIFY2(check.contains(QLatin1String("No syntax or stream encoding errors")), qPrintable(check));
    QCOMPARE(PdfInspector::pageCount(pdf), PdfInspector::pageCount(original));
    QCOMPARE(PdfInspector::pageText(pdf, 0), PdfInspector::pageText(original, 0));
    verifyHighlights(pdf, id);

    // MuPDF follows /Prev to the original's section and finds every annotation with its /AP.
    const QString trailer = PdfInspector::mutoolShow(path, QStringLiteral("trailer"));
    QVERIFY2(trailer.contains(QLatin1String("/Prev")), qPrintable(trailer));
    const QVector<PdfInspector::Highlight> found = PdfInspector::highlights(pdf);
    const QVector<int> annots = PdfInspector::mutoolAnnotationObjects(path, found.first().page + 1);
    QVERIFY(annots.size() >= 2);
    for (int object : annots) {
        const QString shown = PdfInspector::mutoolShow(path, QString::number(object));
        QVERIFY2(shown.contains(QLatin1String("/Subtype /Highlight"))
                || shown.contains(QLatin1String("/Subtype /Popup")),
            qPrintable(shown));
        if (shown.contains(QLatin1String("/Highlight"))) {
            QVERIFY2(shown.contains(QLatin1String("/NM")), qPrintable(shown));
            const QString appearance = PdfInspector::mutoolAppearance(path, object);
            QVERIFY2(appearance.contains(QLatin1String("/Subtype /Form"))
                    && appearance.contains(QLatin1String("/BM /Multiply")),
                qPrintable(appearance));
        }
    }
    // The source's bookmark, and the attachment.
    const QVector<PdfInspector::Bookmark> outline = PdfInspector::outline(pdf);
    QVERIFY(!outline.isEmpty());
    QCOMPARE(outline.first().title, m_fixture->dossier().sources().get(id)->title);
    QVERIFY(PdfInspector::embeddedFiles(pdf).contains(PdfExporter::attachmentFileName()));
}

void TestExportPdf::appendixStatesThePrefixAndTheClaims()
{
    const qint64 id = m_pdfs.value(QStringLiteral("qt"));
    const QByteArray original = m_pdfBytes.value(QStringLiteral("qt"));
    PdfExportOptions options;
    options.appendix = true;
    PdfExportReport report;
    const QByteArray pdf = exportSources({ id }, options, &report, QStringLiteral("pdf-qt-appendix.pdf"));
    QVERIFY(!pdf.isEmpty());
    QVERIFY(pdf.startsWith(original));
    QVERIFY(report.appendixPages >= 1);
    QCOMPARE(PdfInspector::pageCount(pdf), PdfInspector::pageCount(original) + report.appendixPages);
    QString check;
    QCOMPARE(PdfInspector::qpdfCheck(m_dir.filePath(QStringLiteral("pdf-qt-appendix.pdf")), &check), 0);

    QString appendix;
    for (int p = PdfInspector::pageCount(original); p < PdfInspector::pageCount(pdf); ++p)
        appendix += PdfInspector::pageText(pdf, p) + QLatin1Char('\n');
    appendix = PdfInspector::normalized(appendix);
    // N and the hash, so anyone can check the prefix.
    QVERIFY2(appendix.contains(QString::number(original.size())), qPrintable(appendix.left(1500)));
    QVERIFY(appendix.contains(sha256(original)));
    // The claim citing this source, its status, speaker and the quoted passage with its page.
    QVERIFY(appendix.contains(QStringLiteral("La commission a assorti son avis de réserves.")));
    QVERIFY(appendix.contains(QStringLiteral("supported")));
    QVERIFY(appendix.contains(QStringLiteral("Ministère de l'Éducation nationale")));
    QVERIFY(appendix.contains(
        QStringLiteral("surrender of public data to a private provider. The ministry answered")));
    QVERIFY(appendix.contains(QStringLiteral("page 1")));
    // The claim's bookmark leads to its passage in the source.
    const QVector<PdfInspector::Bookmark> outline = PdfInspector::outline(pdf);
    bool claimFound = false;
    for (const PdfInspector::Bookmark &b : outline) {
        if (b.title == QStringLiteral("La commission a assorti son avis de réserves.")) {
            claimFound = true;
            QCOMPARE(b.depth, 1);
            QCOMPARE(b.page, 0);
        }
    }
    QVERIFY(claimFound);
}

void TestExportPdf::wholeDossierIsOneFileWithABookmarkPerSourceAndClaim()
{
    PdfExportOptions options;
    options.appendix = true;
    QVector<double> fractions;
    options.progress = [&fractions](double f) {
        fractions.append(f);
    };
    PdfExportReport report;
    const QByteArray pdf = exportSources({}, options, &report, QStringLiteral("dossier.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QVector<Source> library = m_fixture->dossier().sources().list();
    QCOMPARE(report.sources.size(), library.size());
    QString check;
    QCOMPARE(PdfInspector::qpdfCheck(m_dir.filePath(QStringLiteral("dossier.pdf")), &check), 0);

    // Sources in library order, each starting where the report says, with its bookmark there.
    const QVector<PdfInspector::Bookmark> outline = PdfInspector::outline(pdf);
    int topLevel = 0, claims = 0;
    for (const PdfInspector::Bookmark &b : outline) {
        if (b.depth == 0 && topLevel < library.size()) {
            QCOMPARE(b.title, library[topLevel].title);
            QCOMPARE(b.page, report.sources[topLevel].firstPage - 1);
            ++topLevel;
        } else if (b.depth == 1) {
            ++claims;
        }
    }
    QCOMPARE(topLevel, library.size());
    QCOMPARE(claims, 2);
    for (qint64 id : std::as_const(m_seeds))
        verifyHighlights(pdf, id);
    verifyHighlights(pdf, m_pdfs.value(QStringLiteral("rotated")));
    QCOMPARE(report.highlightCount, m_fixture->dossier().annotations().count());
    QCOMPARE(PdfInspector::highlights(pdf).size(), report.highlightCount + 1); // the passage over two pages

    // The appendix lists every source's SHA-256.
    QString appendix;
    for (int p = report.pageCount - report.appendixPages; p < report.pageCount; ++p)
        appendix += PdfInspector::pageText(pdf, p);
    appendix = PdfInspector::normalized(appendix);
    for (const Source &s : library)
        QVERIFY2(appendix.contains(s.sha256), qPrintable(s.title));
    QVERIFY(appendix.contains(QStringLiteral("Directeur du numérique")));
    QVERIFY(appendix.contains(QStringLiteral("Employment")));

    // Progress went forward to the end.
    QVERIFY(!fractions.isEmpty());
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.last(), 1.0);
}

void TestExportPdf::flattenedExportPaintsTheHighlights()
{
    const qint64 id = m_seeds[1];
    PdfExportOptions options;
    options.flatten = true;
    PdfExportReport report;
    const QByteArray pdf = exportSources({ id }, options, &report, QStringLiteral("seed-1-flat.pdf"));
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(PdfInspector::highlights(pdf).size(), 0);
    QCOMPARE(report.highlightCount, 3);
    QCOMPARE(PdfInspector::qpdfCheck(m_dir.filePath(QStringLiteral("seed-1-flat.pdf"))), 0);

    // Where the unflattened export has its first highlight, the flattened page is tinted with
    // the annotation's colour (multiplied over white paper: the colour itself).
    const QByteArray annotated
        = exportSources({ id }, PdfExportOptions(), nullptr, QStringLiteral("seed-1.pdf"));
    const PdfInspector::Highlight first = PdfInspector::highlights(annotated).first();
    const QRectF line = first.quadRects.first();
    // Between two lines of text a little white shows: sample the tint on the left edge of the box.
    const QColor painted = PdfInspector::renderedColor(
        pdf, first.page, QRectF(line.left(), line.top() + 1, 1.5, line.height() - 2), 144);
    QVERIFY2(std::abs(painted.hue() - first.color.hue()) < 12 && painted.saturation() > 60,
        qPrintable(painted.name() + QStringLiteral(" vs ") + first.color.name()));
    // The text is still there, under the paint.
    QCOMPARE(PdfInspector::pageText(pdf, first.page), PdfInspector::pageText(annotated, first.page));
}

void TestExportPdf::authorIsStoredNamedOrLeftOut_data()
{
    QTest::addColumn<int>("policy");
    QTest::addRow("stored") << 0;
    QTest::addRow("named") << 1;
    QTest::addRow("anonymous") << 2;
}

void TestExportPdf::authorIsStoredNamedOrLeftOut()
{
    QFETCH(int, policy);
    const ExportAuthor author = policy == 0 ? ExportAuthor::stored()
        : policy == 1                       ? ExportAuthor::named(QStringLiteral("Rédaction"))
                                            : ExportAuthor::anonymous();
    PdfExportOptions options;
    options.author = author;
    const qint64 id = m_pdfs.value(QStringLiteral("groff"));
    const QByteArray pdf
        = exportSources({ id }, options, nullptr, QStringLiteral("author-%1.pdf").arg(policy));
    verifyHighlights(pdf, id, author);
    const QByteArray json = PdfInspector::embeddedFiles(pdf).value(PdfExporter::attachmentFileName());
    QCOMPARE(json.contains("Camille"), policy == 0);
    if (policy == 2) {
        QVERIFY(!pdf.contains("/T ("));
        QVERIFY(!json.contains("\"creator\""));
    }
}

void TestExportPdf::encryptedPdfIsRewrittenAndTheReportSaysSo()
{
    // An owner password only: anyone can open it, but its strings and streams are encrypted.
    const QByteArray encrypted = PdfFixtures::throughQpdf(PdfFixtures::fromQt(englishParagraphs()),
        { QStringLiteral("--encrypt"), QString(), QStringLiteral("owner"), QStringLiteral("256"),
            QStringLiteral("--") });
    QVERIFY(!encrypted.isEmpty());
    QTemporaryDir dir;
    EvidenceFixture f(dir.filePath(QStringLiteral("e.recoupe")));
    const qint64 id = f.import(dir.path(), QStringLiteral("encrypted.pdf"), encrypted);
    QVERIFY2(id, qPrintable(f.error()));
    QVERIFY(f.annotateQuote(
        id, QStringLiteral("gave an opinion with reservations"), QStringLiteral("Encrypted")));
    auto evidence = EvidenceSet::collect(f.dossier(), { id });
    PdfExportReport report;
    const auto pdf = PdfExporter(*evidence).toBytes(PdfExportOptions(), &report);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QCOMPARE(report.sources[0].method, PdfExportReport::Method::Rewritten);
    QCOMPARE(report.sources[0].prefixLength, 0);
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY(report.warnings[0].contains(QLatin1String("encrypted")));
    const QVector<PdfInspector::Highlight> found = PdfInspector::highlights(*pdf);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].contents, QStringLiteral("Encrypted"));
    QCOMPARE(found[0].textUnderQuads, QStringLiteral("gave an opinion with reservations"));
    const QString path = save(QStringLiteral("encrypted.pdf"), *pdf);
    QCOMPARE(PdfInspector::qpdfCheck(path), 0);
    QVERIFY(PdfInspector::mutoolShow(path, QStringLiteral("trailer")).contains(QLatin1String("/Encrypt")));
}

void TestExportPdf::orphanedPassageIsReportedNotExported()
{
    QTemporaryDir dir;
    EvidenceFixture f(dir.filePath(QStringLiteral("o.recoupe")));
    const qint64 id
        = f.import(dir.path(), QStringLiteral("doc.pdf"), PdfFixtures::fromQt(englishParagraphs()));
    const qint64 kept = f.annotateQuote(id, QStringLiteral("gave an opinion"));
    const qint64 lost = f.annotateQuote(id, QStringLiteral("public tender"));
    QVERIFY(kept && lost);
    Anchor anchor = f.dossier().annotations().get(lost)->anchor;
    anchor.orphaned = true;
    QVERIFY(f.dossier().annotations().updateAnchor(anchor).ok());
    auto evidence = EvidenceSet::collect(f.dossier(), { id });
    PdfExportReport report;
    const auto pdf = PdfExporter(*evidence).toBytes(PdfExportOptions(), &report);
    QVERIFY(pdf.ok());
    QCOMPARE(report.highlightCount, 1);
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY2(report.warnings[0].contains(QLatin1String("public tender")), qPrintable(report.warnings[0]));
    QCOMPARE(PdfInspector::highlights(*pdf).size(), 1);
}

void TestExportPdf::cancelledExportWritesNothing()
{
    auto evidence = EvidenceSet::collect(m_fixture->dossier());
    std::atomic_bool cancel { true };
    PdfExportOptions options;
    options.cancel = &cancel;
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    const auto written = PdfExporter(*evidence).write(path, options);
    QVERIFY(!written.ok());
    QVERIFY(written.error().contains(QLatin1String("cancelled")));
    QVERIFY(!QFile::exists(path));
}

void TestExportPdf::existingBookmarksLinksAndAttachmentsStay()
{
    // hyperref writes bookmarks and link annotations; qpdf adds an attachment of the author's.
    const QByteArray latex = PdfFixtures::fromLatexSource(QStringLiteral(
        "\\documentclass{article}\n\\usepackage{hyperref}\n\\begin{document}\n"
        "\\section{Opinion}\\label{opinion}\nThe ethics commission gave an opinion with reservations, "
        "see section~\\ref{tender}.\n\n\\section{Tender}\\label{tender}\nThe contract was awarded after "
        "a public tender, see section~\\ref{opinion}.\n\\end{document}\n"));
    QVERIFY2(!latex.isEmpty(), qPrintable(PdfFixtures::lastError()));
    QTemporaryDir dir;
    PdfFixtures::write(dir.filePath(QStringLiteral("notes.txt")), "The author's own notes.\n");
    const QByteArray original = PdfFixtures::throughQpdf(latex,
        { QStringLiteral("--add-attachment"), dir.filePath(QStringLiteral("notes.txt")),
            QStringLiteral("--") });
    QVERIFY(!original.isEmpty());
    const QVector<PdfInspector::Bookmark> bookmarksBefore = PdfInspector::outline(original);
    QCOMPARE(bookmarksBefore.size(), 2);
    const int linksBefore = PdfInspector::annotationCounts(original).value(0);
    QVERIFY(linksBefore >= 2);

    EvidenceFixture f(dir.filePath(QStringLiteral("h.recoupe")));
    const qint64 id = f.import(dir.path(), QStringLiteral("hyperref.pdf"), original);
    QVERIFY2(id, qPrintable(f.error()));
    QVERIFY2(
        f.annotateQuote(id, QStringLiteral("an opinion with reservations"), QStringLiteral("Key passage")),
        qPrintable(f.error()));
    QVERIFY(f.claim(QStringLiteral("The opinion came with reservations."),
        { f.dossier().annotations().all().first().id }));
    auto evidence = EvidenceSet::collect(f.dossier(), { id });
    PdfExportReport report;
    const auto pdf = PdfExporter(*evidence).toBytes(PdfExportOptions(), &report);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY(pdf->startsWith(original));
    const QString path = save(QStringLiteral("hyperref.pdf"), *pdf);
    QCOMPARE(PdfInspector::qpdfCheck(path), 0);

    // The publisher's bookmarks first, as they were; then the source's and the claim's.
    const QVector<PdfInspector::Bookmark> outline = PdfInspector::outline(*pdf);
    QVERIFY(outline.size() >= 5);
    QCOMPARE(outline[0].title, bookmarksBefore[0].title);
    QCOMPARE(outline[1].title, bookmarksBefore[1].title);
    QCOMPARE(outline[2].title, f.dossier().sources().get(id)->title);
    QCOMPARE(outline.last().title, QStringLiteral("The opinion came with reservations."));
    // The links are still there, with the highlight after them (Poppler shows its popup as part
    // of it; mutool lists both).
    QCOMPARE(PdfInspector::annotationCounts(*pdf).value(0), linksBefore + 1);
    QCOMPARE(PdfInspector::mutoolAnnotationObjects(path, 1).size(),
        PdfInspector::mutoolAnnotationObjects(save(QStringLiteral("hyperref-original.pdf"), original), 1)
                .size()
            + 2);
    QCOMPARE(PdfInspector::highlights(*pdf).size(), 1);
    // Both attachments: the author's and ours.
    const QMap<QString, QByteArray> files = PdfInspector::embeddedFiles(*pdf);
    QCOMPARE(files.value(QStringLiteral("notes.txt")), QByteArray("The author's own notes.\n"));
    QVERIFY(files.contains(PdfExporter::attachmentFileName()));
}

void TestExportPdf::damagedCrossReferenceIsRewrittenAndSaysSo()
{
    // The last startxref points nowhere useful: readers rebuild the table, an update cannot
    // point back to it.
    QByteArray damaged = PdfFixtures::fromQt(englishParagraphs());
    const qsizetype at = damaged.lastIndexOf("startxref");
    damaged = damaged.left(at) + "startxref\n17\n%%EOF\n";
    QTemporaryDir dir;
    EvidenceFixture f(dir.filePath(QStringLiteral("d.recoupe")));
    const qint64 id = f.import(dir.path(), QStringLiteral("damaged.pdf"), damaged);
    QVERIFY2(id, qPrintable(f.error()));
    QVERIFY(f.annotateQuote(id, QStringLiteral("public tender"), QStringLiteral("Damaged")));
    auto evidence = EvidenceSet::collect(f.dossier(), { id });
    PdfExportReport report;
    const auto pdf = PdfExporter(*evidence).toBytes(PdfExportOptions(), &report);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QCOMPARE(report.sources[0].method, PdfExportReport::Method::Rewritten);
    QVERIFY(!report.warnings.isEmpty());
    QVERIFY2(report.warnings.join(QLatin1Char(' ')).contains(QLatin1String("damaged")),
        qPrintable(report.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(PdfInspector::qpdfCheck(save(QStringLiteral("damaged.pdf"), *pdf)), 0);
    const QVector<PdfInspector::Highlight> found = PdfInspector::highlights(*pdf);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].textUnderQuads, QStringLiteral("public tender"));
}

void TestExportPdf::exportRunsOnAWorkerThread()
{
    // What File ▸ Export will do: collect on the dossier's thread, typeset and write on another.
    auto evidence
        = EvidenceSet::collect(m_fixture->dossier(), { m_seeds[2], m_pdfs.value(QStringLiteral("groff")) });
    QVERIFY(evidence.ok());
    PdfExportOptions options;
    options.appendix = true;
    std::atomic_int calls { 0 };
    options.progress = [&calls](double) {
        ++calls;
    };
    Result<QByteArray> result = Error { QString() };
    PdfExportReport report;
    std::thread worker([&] { result = PdfExporter(*evidence).toBytes(options, &report); });
    worker.join();
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(calls > 0);
    QCOMPARE(report.highlightCount, 5);
    QCOMPARE(PdfInspector::highlights(*result).size(), 5);
    QVERIFY(PdfInspector::pageText(*result, report.pageCount - 1).size() > 100);
}

QTEST_MAIN(TestExportPdf)
#include "tst_exportpdf.moc"
