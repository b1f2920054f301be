// SPDX-License-Identifier: GPL-3.0-or-later
// The importers as a user meets them: files of every kind go in, the library shows the right
// title, date and text, bad files are refused with a sentence naming them and leave the
// dossier as it was.
#include "import/batchimport.h"
#include "import/contentdigest.h"
#include "import/htmlimporter.h"
#include "import/importerregistry.h"
#include "import/languageguesser.h"
#include "import/markdownimporter.h"
#include "import/publicationdate.h"
#include "import/sourceimporter.h"
#include "import/textimporter.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QUndoStack>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Recoupe;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A PDF written by hand, so the test controls the info dictionary and the page rotation.
// Text is Helvetica with WinAnsiEncoding; `lines` per page.
QByteArray handMadePdf(const QVector<QStringList> &pages, const QByteArray &info, int rotate = 0)
{
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QVector<qsizetype> offsets;
    auto object = [&](const QByteArray &body) {
        offsets.append(out.size());
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int pageCount = int(pages.size());
    // 1 catalog, 2 page tree, 3 font, then page and content per page, then info.
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (int i = 0; i < pageCount; ++i) {
        QByteArray content = "BT /F1 12 Tf 16 TL 72 760 Td\n";
        for (const QString &line : pages[i]) {
            QByteArray escaped = line.toLatin1();
            escaped.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
            content += "(" + escaped + ") Tj T*\n";
        }
        content += "ET";
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate " + QByteArray::number(rotate)
            + " /Resources << /Font << /F1 3 0 R >> >> /Contents " + QByteArray::number(5 + 2 * i)
            + " 0 R >>");
        object(
            "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    }
    object(info);
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R /Info "
        + QByteArray::number(offsets.size()) + " 0 R >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return out;
}

// A PDF as Qt writes it (embedded font subset with ToUnicode), one page per entry.
bool qtPdf(const QString &path, const QVector<QStringList> &pages, const QString &title = QString())
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(11);
    painter.setFont(font);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 60;
        for (const QString &line : pages[i]) {
            painter.drawText(50, y, line);
            y += 18;
        }
    }
    return painter.end();
}

// A scanned page: only a picture of text, no text layer.
bool scannedPdf(const QString &path)
{
    QImage scan(600, 300, QImage::Format_RGB32);
    scan.fill(Qt::white);
    {
        QPainter p(&scan);
        p.setPen(Qt::black);
        p.drawText(40, 100, QStringLiteral("Rapport confidentiel, page numérisée"));
    }
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.drawImage(QRect(40, 40, 500, 250), scan);
    return painter.end();
}

QStringList frenchLines(int page)
{
    return {QStringLiteral("Page %1 du rapport de la commission").arg(page + 1),
        QStringLiteral("La commission de déontologie a rendu son avis"),
        QStringLiteral("assorti de réserves sur les contacts du directeur."),
        QStringLiteral("Les marchés publics concernés sont listés en annexe.")};
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Dossier> m_dossier;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Row counts of everything an import writes: equal before and after a refused file.
    QVector<qint64> counts() const
    {
        Database &db = m_dossier->database();
        return {db.scalar("SELECT count(*) FROM sources"), db.scalar("SELECT count(*) FROM source_files"),
            db.scalar("SELECT count(*) FROM text_chunks"), db.scalar("SELECT count(*) FROM pdf_pages"),
            db.scalar("SELECT count(*) FROM text_index")};
    }

    ImportOutcome import(const QString &file, const ImportOptions &options = ImportOptions())
    {
        SourceImporter importer(m_dossier->database());
        return importer.importFile(file, options);
    }

    // Linux: "5" in clear_refs resets the process's peak resident size (VmHWM) to its current one.
    static bool resetPeakMemory()
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
    }
    static qint64 statusKiB(const char *field)
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith(field))
                    return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
            }
        }
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_maxrss;
    }
    static qint64 peakMemoryKiB() { return statusKiB("VmHWM:"); }
    static qint64 currentMemoryKiB() { return statusKiB("VmRSS:"); }

    Source imported(const ImportOutcome &outcome)
    {
        const auto source = m_dossier->sources().get(outcome.sourceId);
        return source ? *source : Source();
    }

    // What a reader sees: the stored text.
    QString storedText(const ImportOutcome &outcome) { return m_dossier->sources().text(outcome.sourceId); }

    // Full-text search as the search box will do it: the ids of sources whose text matches.
    QVector<qint64> search(const QString &query)
    {
        Statement stmt = m_dossier->database().prepare(
            "SELECT DISTINCT c.source_id FROM text_index JOIN text_chunks c ON c.id = text_index.rowid "
            "WHERE text_index MATCH ?1 ORDER BY c.source_id");
        stmt.bind(1, query);
        QVector<qint64> ids;
        while (stmt.next())
            ids.append(stmt.int64(0));
        return ids;
    }

    // Every word's text is what its start/length select, and its box lies on the page.
    void checkPageMap(const ImportOutcome &outcome)
    {
        const QString text = storedText(outcome);
        const QVector<PdfPage> pages = m_dossier->sources().pdfPages(outcome.sourceId);
        QCOMPARE(pages.size(), imported(outcome).pageCount);
        qint64 expectedStart = 0;
        for (const PdfPage &page : pages) {
            QVERIFY(page.width > 0 && page.height > 0);
            QVERIFY(page.textStart <= page.textEnd);
            if (page.textEnd > page.textStart) {
                QCOMPARE(page.textStart, expectedStart); // ranges tile the text
                expectedStart = page.textEnd;
            }
            for (const PdfWord &word : page.words) {
                QVERIFY(word.length > 0);
                QVERIFY(word.start >= page.textStart && word.start + word.length <= page.textEnd);
                const QString under = text.mid(word.start, word.length);
                QVERIFY2(!under.contains(QLatin1Char(' ')) && !under.contains(QLatin1Char('\n')),
                    qPrintable(under));
                QVERIFY2(word.box.left() >= 0 && word.box.top() >= 0 && word.box.right() <= page.width + 0.01
                        && word.box.bottom() <= page.height + 0.01,
                    qPrintable(QStringLiteral("%1 at %2,%3").arg(under).arg(word.box.x()).arg(word.box.y())));
            }
        }
        QCOMPARE(expectedStart, qint64(text.size()));
        QCOMPARE(m_dossier->sources().pageAt(outcome.sourceId, 0), pages.isEmpty() ? -1 : 0);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        auto opened = Dossier::open(path(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_dossier = std::move(opened).value();
    }

    void cleanup()
    {
        m_dossier.reset();
        // Make everything removable again after the permission tests.
        if (m_dir)
            QProcess::execute(
                QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+rwx"), m_dir->path()});
        delete m_dir;
        m_dir = nullptr;
    }

    void registryListsEveryFormatOnce()
    {
        const ImporterRegistry &registry = ImporterRegistry::instance();
        const QStringList filters = registry.nameFilters();
        for (const char *pattern : {"*.txt", "*.html", "*.htm", "*.md", "*.markdown", "*.pdf"})
            QVERIFY2(filters.contains(QLatin1String(pattern)), pattern);
        QCOMPARE(registry.forFileName(QStringLiteral("Rapport.PDF"))->id(), QStringLiteral("pdf"));
        QCOMPARE(registry.forFileName(QStringLiteral("page.htm"))->id(), QStringLiteral("html"));
        QCOMPARE(registry.forFileName(QStringLiteral("notes.docx"))->id(), QStringLiteral("docx"));
        QCOMPARE(registry.forFileName(QStringLiteral("Boite.MBOX"))->id(), QStringLiteral("mbox"));
        QVERIFY(!registry.forFileName(QStringLiteral("notes.pages")));
        // A PDF or a web page saved without its extension is still recognised by its content.
        QCOMPARE(registry.forFile(QStringLiteral("download"), "%PDF-1.7\n...")->id(), QStringLiteral("pdf"));
        QCOMPARE(registry.forFile(QStringLiteral("page.php"), "<!DOCTYPE html><html>")->id(),
            QStringLiteral("html"));
        QVERIFY(!registry.forFile(QStringLiteral("notes.pages"), "PK\x03\x04"));
    }

    void textEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");

        const QString french
            = QStringLiteral("L’œuvre de la commission de déontologie\n\nÀ l’été, elle a rendu son avis.");
        QTest::addRow("utf8") << french.toUtf8() << "UTF-8" << french;
        QTest::addRow("utf8-bom") << QByteArray("\xef\xbb\xbf") + french.toUtf8() << "UTF-8" << french;
        QByteArray le("\xff\xfe");
        QByteArray be("\xfe\xff");
        for (const QChar c : french) {
            le += char(c.unicode() & 0xff);
            le += char(c.unicode() >> 8);
            be += char(c.unicode() >> 8);
            be += char(c.unicode() & 0xff);
        }
        QTest::addRow("utf16le-bom") << le << "UTF-16LE" << french;
        QTest::addRow("utf16be-bom") << be << "UTF-16BE" << french;
        // Windows-1252: 0x92 is ’ and 0x9C is œ; é, À and è are Latin-1.
        QTest::addRow("windows-1252")
            << QByteArray("L\x92\x9cuvre de la commission de d\xe9ontologie\r\n\r\n\xc0 l\x92\xe9t\xe9, "
                          "elle a rendu son avis.")
            << "windows-1252" << french;
        QTest::addRow("latin1") << QByteArray("Le d\xe9part du directeur\n\nUn \xe9t\xe9 tr\xe8s agit\xe9.")
                                << "ISO-8859-1"
                                << QStringLiteral("Le départ du directeur\n\nUn été très agité.");
        // 8-bit files from outside Western Europe, recognised by uchardet (they read as
        // Latin-1 mojibake before): the encoding is written by Qt's ICU codec from real text.
        const auto encoded = [](const char *encoding, const QString &text) {
            QStringEncoder encoder(encoding);
            return QByteArray(encoder.encode(text));
        };
        const QString russian = QStringLiteral(
            "Комиссия по этике рассмотрела переход чиновника министерства образования в частную "
            "компанию и высказала оговорки.\n\nОна запретила ему в течение трёх лет любые контакты с "
            "бывшими коллегами по вопросам, связанным с облачными услугами.");
        QTest::addRow("koi8-r") << encoded("KOI8-R", russian) << "koi8-r" << russian;
        QTest::addRow("windows-1251") << encoded("windows-1251", russian) << "windows-1251" << russian;
        const QString polish = QStringLiteral(
            "Komisja etyki zbadała przejście urzędnika ministerstwa edukacji do prywatnej firmy i "
            "zgłosiła zastrzeżenia.\n\nZakazała mu przez trzy lata wszelkich kontaktów z byłymi "
            "współpracownikami w sprawach związanych z usługami chmurowymi, żeby uniknąć konfliktu "
            "interesów. Źródło: sprawozdanie komisji, październik.");
        QTest::addRow("iso-8859-2") << encoded("ISO-8859-2", polish) << "iso-8859-2" << polish;
        QTest::addRow("crlf-and-blank-runs")
            << QByteArray("Premier paragraphe   \r\nsuite\r\n\r\n\r\n\r\nSecond\tparagraphe\rfin\n\n\n")
            << "UTF-8" << QStringLiteral("Premier paragraphe\nsuite\n\nSecond\tparagraphe\nfin");
    }

    void textEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        const QString file = path(QStringLiteral("avis.txt"));
        QVERIFY(writeFile(file, bytes));
        const ImportOutcome outcome = import(file);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        const Source source = imported(outcome);
        QCOMPARE(source.encoding, encoding);
        QCOMPARE(storedText(outcome), text);
        QCOMPARE(source.kind, SourceKind::Text);
        QCOMPARE(source.title, text.section(QLatin1Char('\n'), 0, 0));
        QCOMPARE(source.byteSize, qint64(bytes.size()));
        QCOMPARE(m_dossier->sources().original(outcome.sourceId), bytes);
    }

    void textTitles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addRow("first-line") << "Note de synthèse sur le dossier\n\nTexte."
                                    << "Note de synthèse sur le dossier";
        QTest::addRow("skips-web-leftovers")
            << "Connexion\nAbonnez-vous\n\nLe départ du directeur autorisé\n\nTexte."
            << "Le départ du directeur autorisé";
        QTest::addRow("long-first-line-cut")
            << QString(QStringLiteral("Un paragraphe très long qui ne ressemble pas à un titre ").repeated(5)
                   + QStringLiteral("\n"))
            << QStringLiteral(
                   "Un paragraphe très long qui ne ressemble pas à un titre Un paragraphe très long qui ne "
                   "ressemble pas à un titre Un…");
        QTest::addRow("blank-only") << "   \n\n"
                                    << "fallback.txt";
    }

    void textTitles()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        TextImporter::canonicalize(text);
        QCOMPARE(TextImporter::titleFromText(text, QStringLiteral("fallback.txt")), title);
    }

    void seedArticles()
    {
        const QDir seeds(QStringLiteral(RECOUPE_SEEDS));
        const QStringList files = seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("The seed articles are not next to this checkout (RECOUPE_SEEDS).");
        QCOMPARE(files.size(), 5);
        QVector<qint64> ids;
        for (const QString &name : files) {
            const ImportOutcome outcome = import(seeds.filePath(name));
            QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
            const Source source = imported(outcome);
            QCOMPARE(source.language, QStringLiteral("fr"));
            QCOMPARE(source.encoding, QStringLiteral("UTF-8"));
            QVERIFY(!source.title.isEmpty() && source.title.size() <= 151);
            QVERIFY(source.textLength > 1000);
            ids.append(outcome.sourceId);
        }
        // The headlines, past the site's "Connexion" and "Quantcast" leftovers.
        QCOMPARE(m_dossier->sources().get(ids[0])->title,
            QStringLiteral(
                "Le Directeur du numérique pour l’éducation autorisé à partir chez Amazon, sous conditions"));
        QCOMPARE(m_dossier->sources().get(ids[2])->title,
            QStringLiteral(
                "Les résultats des évaluations nationales seront hébergées à l'étranger... par Amazon"));
        QCOMPARE(m_dossier->sources().get(ids[3])->title,
            QStringLiteral("Mathieu Jeandron : “Les données des élèves ne peuvent pas être réutilisées”"));
        // A paragraph as first line is cut at a word and marked.
        QVERIFY(m_dossier->sources().get(ids[4])->title.startsWith(QStringLiteral("Dans une lettre")));
        QVERIFY(m_dossier->sources().get(ids[4])->title.endsWith(QChar(0x2026)));
        // Searching without accents finds the article about the ethics commission.
        QVERIFY(search(QStringLiteral("deontologie")).contains(ids[0]));
        QVERIFY(search(QStringLiteral("\"commission de deontologie\"")).contains(ids[0]));
    }

    void htmlArticle()
    {
        const ImportOutcome outcome = import(QStringLiteral(RECOUPE_TEST_DATA "/import/article-fr.html"));
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        const Source source = imported(outcome);
        QCOMPARE(source.kind, SourceKind::Html);
        QCOMPARE(source.title, QStringLiteral("Marchés publics : l’avis de la commission rendu public"));
        QCOMPARE(source.author, QStringLiteral("Claire Dubois"));
        QCOMPARE(source.published, QStringLiteral("2018-05-07"));
        QCOMPARE(source.publisher, QStringLiteral("La Gazette du Numérique"));
        QCOMPARE(
            source.canonicalUrl, QStringLiteral("https://gazette.example/marches/avis-commission?ref=home"));
        QCOMPARE(source.language, QStringLiteral("fr"));
        QCOMPARE(source.encoding, QStringLiteral("UTF-8"));
        const QString nbsp(QChar(0x00A0));
        const QString expected = QStringLiteral("Marchés publics") + nbsp
            + QStringLiteral(": l’avis de la commission\n\n")
            + QStringLiteral("Par Claire Dubois, le 7 mai 2018\n\n")
            + QStringLiteral(
                "La commission de déontologie a rendu un avis favorable, assorti de trois réserves.\n\n")
            + QStringLiteral("Le ministère a confirmé") + nbsp
            + QStringLiteral(
                "le départ du directeur’s adjoint en 2018 & l’ancien cabinet a refusé de commenter.\n"
                "Une seconde ligne.\n\n"
                "Réserve n°1 : pas de contact avec l’ancienne direction\n"
                "Réserve n°2 : durée de trois ans\n\n"
                "« Nous resterons vigilants », a déclaré la présidente.\n\n"
                "Fin de l’article.");
        QCOMPARE(storedText(outcome), expected);
    }

    void htmlMetadataFallbacks()
    {
        // No og:title: the <title>; no meta date: JSON-LD; site name from JSON-LD publisher.
        const QByteArray page
            = "<html><head><title>Un &eacute;t&eacute; au minist&egrave;re</title>"
              "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},"
              "{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-05-18T08:00:00Z\","
              "\"author\":[{\"name\":\"Soazig\"}],\"publisher\":{\"name\":\"Le Journal\"}}]}</script>"
              "<meta property=\"og:url\" content=\"https://journal.example/a\"></head>"
              "<body><h1>Titre</h1><p>The ministry said that it would answer the questions "
              "of the senators in the coming weeks, and that the contract was signed.</p></body></html>";
        const QString file = path(QStringLiteral("page.htm"));
        QVERIFY(writeFile(file, page));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        const Source source = imported(outcome);
        QCOMPARE(source.title, QStringLiteral("Un été au ministère"));
        QCOMPARE(source.published, QStringLiteral("2017-05-18"));
        QCOMPARE(source.author, QStringLiteral("Soazig"));
        QCOMPARE(source.publisher, QStringLiteral("Le Journal"));
        QCOMPARE(source.canonicalUrl, QStringLiteral("https://journal.example/a"));
        QCOMPARE(source.language, QStringLiteral("en"));
        QVERIFY(storedText(outcome).startsWith(QStringLiteral("Titre\n\nThe ministry said")));
    }

    void htmlCharsets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("warned");
        const QByteArray body = "<p>L\x92\x9cuvre du minist\xe8re</p>";
        QTest::addRow("meta-charset-1252")
            << "<meta charset=\"windows-1252\">" + body << "windows-1252" << false;
        QTest::addRow("http-equiv-latin1")
            << "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">" + body
            << "windows-1252" << false;
        QTest::addRow("undeclared-1252") << body << "windows-1252" << false;
        QTest::addRow("declared-utf8-but-1252") << "<meta charset=utf-8>" + body << "windows-1252" << true;
        // A declaration after the first 1,024 bytes still counts (HTML's prescan stops there, but
        // the parser then changes the encoding, as browsers do).
        QTest::addRow("meta-charset-after-1024-bytes") << "<title>Page</title><style>" + QByteArray(1100, ' ')
                + "</style><meta charset=\"windows-1252\">"
                + body << "windows-1252" << false;
        QTest::addRow("utf8-bom-wins")
            << QByteArray("\xef\xbb\xbf<meta charset=\"windows-1252\"><p>L’œuvre du ministère</p>") << "UTF-8"
            << false;
    }

    void htmlCharsets()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(bool, warned);
        const QString file = path(QStringLiteral("page.html"));
        QVERIFY(writeFile(file, bytes));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QCOMPARE(storedText(outcome), QStringLiteral("L’œuvre du ministère"));
        QCOMPARE(imported(outcome).encoding, encoding);
        QCOMPARE(!outcome.warnings.isEmpty(), warned);
    }

    void hostileHtml_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // text the import keeps, empty when it must be refused
        QTest::addColumn<QString>("refusal"); // what the message of a refused page says

        const QByteArray text = "<p>Texte lisible</p>";
        QTest::addRow("unclosed-tags")
            << QByteArray("<html><body><div><p>Texte lisible<b><i><span>") << "Texte lisible"
            << "";
        // Nesting a browser would build 100,000 levels deep is refused, saying why.
        QTest::addRow("100k-nested-divs") << QByteArray("<div>").repeated(100000) + text << ""
                                          << "levels deep";
        QTest::addRow("100k-nested-navs-unclosed") << QByteArray("<nav>").repeated(100000) + text << ""
                                                   << "levels deep";
        QTest::addRow("100k-nested-bold") << QByteArray("<b>").repeated(100000) + text << ""
                                          << "levels deep";
        QTest::addRow("100k-self-closed-divs") << QByteArray("<div/>").repeated(100000) + text << ""
                                               << "levels deep";
        QTest::addRow("390-nested-divs") << QByteArray("<div>").repeated(390) + text << "Texte lisible"
                                         << "";
        // Markup that makes a tag scanner think it shallow while the parser builds it deep.
        QTest::addRow("breakout-of-svg") << "<svg><p>" + QByteArray("<g/>").repeated(100000) + text << ""
                                         << "levels deep";
        QTest::addRow("svg-foreign-object")
            << "<svg><foreignObject>" + QByteArray("<span/>").repeated(100000) + text << ""
            << "levels deep";
        QTest::addRow("empty-comment") << "<!-->" + QByteArray("<div>").repeated(100000) + "-->" + text << ""
                                       << "levels deep";
        QTest::addRow("style-in-svg") << "<svg><style>" + QByteArray("<g>").repeated(100000) + text << ""
                                      << "levels deep";
        QTest::addRow("stray-end-tags") << QByteArray("<b></i>").repeated(100000) + text << ""
                                        << "levels deep";
        // Millions of tags under 399 open elements: each makes the parser look down the stack.
        QTest::addRow("end-tags-under-deep-stack")
            << QByteArray("<span>").repeated(399) + QByteArray("</x>").repeated(2000000) + text << ""
            << "would take minutes";
        // Sloppy markup an end tag closes, and a large icon sheet, import.
        QTest::addRow("unclosed-spans-closed-by-div")
            << QByteArray("<div><span><span>Texte lisible</div>").repeated(100000) << "Texte lisible"
            << "";
        QTest::addRow("svg-sprite-sheet") << text + "<svg><title>Icônes</title>"
                + QByteArray("<path d=\"M0 0\"/>").repeated(100000) + "</svg>"
                                          << "Texte lisible"
                                          << "";
        // Flat markup of the same size imports: a paragraph or an item closes the previous one.
        QTest::addRow("100k-unclosed-paragraphs")
            << text + QByteArray("<p>suite").repeated(100000) << "Texte lisible\n\nsuite"
            << "";
        QTest::addRow("100k-svg-paths")
            << text + "<svg>" + QByteArray("<path d=\"M0 0\"/>").repeated(100000) + "</svg>"
            << "Texte lisible"
            << "";
        QTest::addRow("huge-attribute") << "<p title=\"" + QByteArray(20 << 20, 'a') + "\">Texte lisible</p>"
                                        << "Texte lisible"
                                        << "";
        QTest::addRow("huge-unquoted-attribute")
            << "<p data-x=" + QByteArray(20 << 20, 'b') + ">Texte lisible</p>"
            << "Texte lisible"
            << "";
        QTest::addRow("nul-bytes") << QByteArray("<p>Texte\0 lisible</p>", 22) << "Texte lisible"
                                   << "";
        QTest::addRow("comment-never-ends")
            << text + "<!-- " + QByteArray("<p>x</p>").repeated(200000) << "Texte lisible"
            << "";
        QTest::addRow("script-never-ends")
            << text + "<script>" + QByteArray("if (a<b) {}").repeated(200000) << "Texte lisible"
            << "";
        QTest::addRow("quote-never-closes")
            << text + "<a href=\"" + QByteArray("<p>").repeated(200000) << "Texte lisible"
            << "";
        QTest::addRow("million-lone-brackets") << text + QByteArray("< ").repeated(1000000) << "Texte lisible"
                                               << "";
        QTest::addRow("million-ampersands")
            << text + QByteArray("&amp&#&#x&zz;").repeated(200000) << "Texte lisible"
            << "";
        QTest::addRow("partial-end-tags")
            << "<script>" + QByteArray("</scrip").repeated(200000) + "</script>" + text << "Texte lisible"
            << "";
        QTest::addRow("script-before-the-text-never-ends")
            << QByteArray("<html><head><script>var a = 1;</scirpt></head><body><p>Texte lisible</p>") << ""
            << "<script> element is never closed";
        // The whole page sits in a navigation block left open: better all of it than nothing.
        QTest::addRow("nav-never-closed") << "<body><nav>" + text << "Texte lisible"
                                          << "";
        QTest::addRow("only-scripts") << QByteArray("<html><script>document.write('x')</script></html>") << ""
                                      << "no text";
    }

    void hostileHtml()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, refusal);
        const QString file = path(QStringLiteral("hostile.html"));
        QVERIFY(writeFile(file, bytes));
        const QVector<qint64> before = counts();
        const ImportOutcome outcome = import(file);
        if (expected.isEmpty()) {
            QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
            QVERIFY2(outcome.message.contains(file), qPrintable(outcome.message));
            QVERIFY2(outcome.message.contains(refusal), qPrintable(outcome.message));
            QCOMPARE(counts(), before);
            return;
        }
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QVERIFY2(storedText(outcome).startsWith(expected), qPrintable(storedText(outcome).left(200)));
    }

    void htmlButtons_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        // A French government FAQ (DSFR): each question is a button inside a heading.
        QTest::addRow("dsfr-accordion")
            << QByteArray("<main><section class=\"fr-accordion\"><h3 class=\"fr-accordion__title\">"
                          "<button class=\"fr-accordion__btn\" aria-expanded=\"false\" "
                          "aria-controls=\"faq-1\">Qui peut saisir la commission ?</button></h3>"
                          "<div class=\"fr-collapse\" id=\"faq-1\"><p>Tout agent public peut la saisir.</p>"
                          "</div></section><section class=\"fr-accordion\"><h3 class=\"fr-accordion__title\">"
                          "<button class=\"fr-accordion__btn\" aria-expanded=\"false\" "
                          "aria-controls=\"faq-2\">Quel est le délai ?</button></h3>"
                          "<div class=\"fr-collapse\" id=\"faq-2\"><p>Deux mois.</p></div></section></main>")
            << QStringLiteral("Qui peut saisir la commission ?\n\nTout agent public peut la saisir.\n\n"
                              "Quel est le délai ?\n\nDeux mois.");
        QTest::addRow("disclosure-outside-heading")
            << QByteArray("<p>Avant.</p><button aria-expanded=\"false\">Voir le détail des marchés</button>"
                          "<div hidden><p>Trois marchés.</p></div>")
            << QStringLiteral("Avant.\n\nVoir le détail des marchés\n\nTrois marchés.");
        QTest::addRow("form-controls-dropped")
            << QByteArray("<p>Le texte de l’avis.</p><button type=\"submit\">Rechercher</button>"
                          "<button type=\"button\" onclick=\"print()\">Imprimer</button>"
                          "<form><h3><button>Envoyer</button></h3></form><p>Fin.</p>")
            << QStringLiteral("Le texte de l’avis.\n\nFin.");
        QTest::addRow("submit-in-heading-dropped") << QByteArray(
            "<h2>Questions<button type=\"submit\" aria-expanded=\"false\">Valider</button></h2>"
            "<p>Fin.</p>") << QStringLiteral("Questions\n\nFin.");
    }

    void htmlButtons()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("faq.html"));
        QVERIFY(
            writeFile(file, "<html><head><meta charset=\"utf-8\"></head><body>" + bytes + "</body></html>"));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QCOMPARE(storedText(outcome), expected);
    }

    void htmlUnclosedTitleIsNamed()
    {
        // "</titel>": a browser reads the whole page as the title, and so does the import.
        const QString file = path(QStringLiteral("cassee.html"));
        QVERIFY(writeFile(file,
            "<html><head><title>Avis de la commission</titel></head><body><p>La commission de "
            "déontologie a rendu son avis.</p></body></html>"));
        const QVector<qint64> before = counts();
        const ImportOutcome outcome = import(file);
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(file), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QLatin1String("<title>")), qPrintable(outcome.message));
        QVERIFY2(!outcome.message.contains(QLatin1String("script")), qPrintable(outcome.message));
        QCOMPARE(counts(), before);
    }

    // What a browser shows of markup an HTML5 parser handles and a tag scanner gets wrong.
    void htmlParsing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addRow("comment-closed-with-bang") << QByteArray(
            "<p>Avant le commentaire.</p><!-- note de la rédaction --!><p>Tout ce qui suit "
            "compte.</p>") << QStringLiteral("Avant le commentaire.\n\nTout ce qui suit compte.");
        QTest::addRow("misnested-formatting")
            << QByteArray("<p>Un <b>gras <i>mêlé</b> d’italique</i> fin.</p>")
            << QStringLiteral("Un gras mêlé d’italique fin.");
        QTest::addRow("unclosed-paragraphs-and-items")
            << QByteArray("<p>Premier<p>Second<ul><li>Un<li>Deux</ul>Suite")
            << QStringLiteral("Premier\n\nSecond\n\nUn\nDeux\n\nSuite");
        QTest::addRow("table-inside-list")
            << QByteArray("<ul><li>Marchés<table><tr><td>2017</td><td>Lot A</td></tr><tr><td>2018</td>"
                          "<td>Lot B</td></tr></table></li><li>Avis</li></ul>")
            << QStringLiteral("Marchés\n\n2017 Lot A\n2018 Lot B\n\nAvis");
        // Text misplaced in a table is shown before it (foster parenting).
        QTest::addRow("text-stray-in-table")
            << QByteArray("<table><tr><td>Cellule</td></tr>Texte égaré</table>")
            << QStringLiteral("Texte égaré\n\nCellule");
        QTest::addRow("template-and-noscript")
            << QByteArray("<p>Visible.</p><template><p>Gabarit</p></template><noscript><p>Activez "
                          "JavaScript</p></noscript><p>Encore visible.</p>")
            << QStringLiteral("Visible.\n\nEncore visible.");
        QTest::addRow("cdata-in-svg")
            << QByteArray("<p>Avant.</p><svg><style><![CDATA[ p > a { } ]]></style><text><![CDATA[ <p>"
                          "Graphique</p> ]]></text></svg><p>Après.</p>")
            << QStringLiteral("Avant.\n\nAprès.");
        QTest::addRow("cdata-in-html-is-a-comment")
            << QByteArray("<p>Un <![CDATA[ masqué ]> deux.</p>") << QStringLiteral("Un deux.");
        QTest::addRow("references-without-semicolon")
            << QByteArray("<p>Caf&eacute &copy 2018, &#233t&#xe9, &#128; &amp;c &notit &unknown;</p>")
            << QStringLiteral("Café © 2018, été, € &c ¬it &unknown;");
        QTest::addRow("plaintext-shows-the-rest")
            << QByteArray("<p>Début.</p><p>Voici<plaintext><b>brut</b>") << QStringLiteral("Début.\n\nVoici");
    }

    void htmlParsing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("page.html"));
        QVERIFY(writeFile(file, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + bytes));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QCOMPARE(storedText(outcome), expected);
    }

    void htmlReferencesInAttributes()
    {
        // In an attribute, "&copy=" and "&eacutex" stay as written (a URL's query string); in
        // text the same references are characters.
        const QString file = path(QStringLiteral("refs.html"));
        QVERIFY(writeFile(file,
            "<html><head><meta charset=\"utf-8\"><meta name=\"author\" content=\"R&eacute;mi Caf&eacutex "
            "&amp "
            "Cie\"><link rel=\"canonical\" href=\"https://journal.example/a?id=1&copy=2&lang=fr\"></head>"
            "<body><p>Caf&eacutex &copy=2</p></body></html>"));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        const Source source = imported(outcome);
        QCOMPARE(source.author, QStringLiteral("Rémi Caf&eacutex & Cie"));
        QCOMPARE(source.canonicalUrl, QStringLiteral("https://journal.example/a?id=1&copy=2&lang=fr"));
        QCOMPARE(storedText(outcome), QStringLiteral("Caféx ©=2"));
    }

    void htmlTooLargeIsRefused()
    {
        // 200 MB of page: refused with a sentence giving the size and the limit.
        const QString file = path(QStringLiteral("enorme.html"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("<html><body>");
            const QByteArray block = QByteArray("<p>Un paragraphe de texte.</p>\n").repeated(1 << 15);
            while (f.size() < qint64(200) << 20)
                QCOMPARE(f.write(block), block.size());
        }
        const QVector<qint64> before = counts();
        const ImportOutcome outcome = import(file);
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(file), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QLatin1String("200 MB")), qPrintable(outcome.message));
        QCOMPARE(counts(), before);
    }

    void markdownNote()
    {
        const ImportOutcome outcome = import(QStringLiteral(RECOUPE_TEST_DATA "/import/note-fr.md"));
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        const Source source = imported(outcome);
        QCOMPARE(source.kind, SourceKind::Markdown);
        QCOMPARE(source.title, QStringLiteral("Chronologie du départ du directeur"));
        QCOMPARE(source.published, QStringLiteral("2018-05-07"));
        QCOMPARE(source.author, QStringLiteral("Équipe enquête"));
        QCOMPARE(source.language, QStringLiteral("fr"));
        QCOMPARE(storedText(outcome),
            QStringLiteral(
                "Chronologie\n\n"
                "Le 10 avril, la sénatrice interroge le ministre sur le départ du directeur (voir le "
                "compte rendu).\n\n"
                "Points à vérifier\n\n"
                "• L’avis de la commission du 4 mai\n"
                "• Le contrat cloud et ses annexes avenants\n"
                "1. Premier appel d’offres\n"
                "2. Second appel d’offres\n\n"
                "Une citation d’un témoin, avec un lien automatique https://exemple.org/doc.\n\n"
                "Organigramme de la direction\n\n"
                "code_sans_modification *tel quel*\n\n"
                "Date\tÉvénement\n"
                "2018-05-07\tAvis rendu\n\n"
                "Un mot_avec_soulignés et 2 * 3 = 6."));
    }

    void markdownTitleFromHeading()
    {
        const QString file = path(QStringLiteral("notes.markdown"));
        QVERIFY(writeFile(file,
            "Intro line\n\nSetext Title\n============\n\nBody with [a link][ref] and \\*stars\\*.\n\n"
            "[ref]: https://example.org\n"));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QCOMPARE(imported(outcome).title, QStringLiteral("Setext Title"));
        QCOMPARE(storedText(outcome),
            QStringLiteral("Intro line\n\nSetext Title\n\nBody with a link and *stars*."));
    }

    // CommonMark's hard parts, as a reader of the rendered note sees them.
    void markdownCommonMark_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::addRow("lazy-continuation")
            << QByteArray("> Une citation\nqui continue sans chevron.\n\n- Un élément\nqui continue aussi\n"
                          "- Deux\n\nFin.")
            << QStringLiteral("Une citation qui continue sans chevron.\n\n• Un élément qui continue aussi\n"
                              "• Deux\n\nFin.");
        QTest::addRow("nested-emphasis")
            << QByteArray("***Gras italique** puis italique* et **gras *et italique* encore** ; "
                          "un_mot_souligné, 2 * 3 * 4 et *pas fermé.")
            << QStringLiteral("Gras italique puis italique et gras et italique encore ; un_mot_souligné, "
                              "2 * 3 * 4 et *pas fermé.");
        QTest::addRow("setext-headings")
            << QByteArray("Titre sur\ndeux lignes\n===\n\nSous-titre\n---\n\nTexte.\n\n---\n\nAprès.")
            << QStringLiteral("Titre sur deux lignes\n\nSous-titre\n\nTexte.\n\nAprès.");
        QTest::addRow("html-blocks") << QByteArray(
            "<div class=\"note\">\n<p>Texte <b>HTML</b> &eacute;t&eacute;</p>\n</div>\n\n"
            "<script>\nvar x = \"<p>pas du texte</p>\";\n</script>\n\n<!-- une remarque\n"
            "sur deux lignes -->\n\nUn <span>mot</span> balisé.")
                                     << QStringLiteral("Texte HTML été\n\nUn mot balisé.");
        QTest::addRow("reference-links") << QByteArray(
            "Voir [le rapport][r1], [l’avis] et [Annexe].\n\n[r1]: https://example.org/r "
            "\"Rapport\"\n[l’avis]:\n  <https://example.org/avis>\n  'Avis'\n[annexe]: /annexe\n")
                                         << QStringLiteral("Voir le rapport, l’avis et Annexe.");
        QTest::addRow("nested-lists-and-tasks")
            << QByteArray("- un\n  - deux\n    1. trois\n- [x] fait\n- [ ] à faire\n")
            << QStringLiteral("• un\n  • deux\n    1. trois\n• ☑ fait\n• ☐ à faire");
        QTest::addRow("loose-list") << QByteArray(
            "1) Premier point.\n\n   Suite du premier.\n\n2) Second point.\n")
                                    << QStringLiteral(
                                           "1) Premier point. Suite du premier.\n2) Second point.");
        QTest::addRow("code-and-breaks")
            << QByteArray("Ligne avec saut  \nsuite et `code *brut*`.\n\n    indenté <b>\n\n~~barré~~ "
                          "&copy; &#233; &#x41;")
            << QStringLiteral("Ligne avec saut\nsuite et code *brut*.\n\nindenté <b>\n\nbarré © é A");
        QTest::addRow("gfm-table-and-autolinks")
            << QByteArray("| Date | `Acte` |\n|:--|--:|\n| 2018 | **Avis** \\| réserve |\n\nVoir "
                          "www.example.org et <mailto:a@example.org> ou [](https://example.org/vide).")
            << QStringLiteral("Date\tActe\n2018\tAvis | réserve\n\nVoir www.example.org et "
                              "mailto:a@example.org ou https://example.org/vide.");
    }

    void markdownCommonMark()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("note.md"));
        QVERIFY(writeFile(file, markdown));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QCOMPARE(storedText(outcome), expected);
    }

    void pdfFromQt()
    {
        const QString file = path(QStringLiteral("rapport.pdf"));
        QVector<QStringList> pages;
        for (int i = 0; i < 3; ++i)
            pages.append(frenchLines(i));
        QVERIFY(qtPdf(file, pages, QStringLiteral("Rapport de la commission")));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QVERIFY(outcome.warnings.isEmpty());
        const Source source = imported(outcome);
        QCOMPARE(source.kind, SourceKind::Pdf);
        QCOMPARE(source.pageCount, 3);
        QCOMPARE(source.title, QStringLiteral("Rapport de la commission"));
        QCOMPARE(source.language, QStringLiteral("fr"));
        const QString text = storedText(outcome);
        QVERIFY2(text.startsWith(
                     QStringLiteral("Page 1 du rapport de la commission\nLa commission de déontologie a "
                                    "rendu son avis\n")),
            qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("annexe.\n\nPage 2 du rapport")));
        checkPageMap(outcome);
        const QVector<PdfPage> map = m_dossier->sources().pdfPages(outcome.sourceId);
        QVERIFY(qAbs(map[0].width - 595.3) < 1 && qAbs(map[0].height - 841.9) < 1); // A4 in points
        QCOMPARE(m_dossier->sources().pageAt(outcome.sourceId, text.indexOf(QStringLiteral("Page 3"))), 2);
        // The word "déontologie" on page 2, and its box on the second line of that page.
        const qint64 at = text.indexOf(QStringLiteral("déontologie"), map[1].textStart);
        bool found = false;
        for (const PdfWord &word : map[1].words) {
            if (word.start == at) {
                found = true;
                QCOMPARE(word.length, 11);
                QVERIFY2(word.box.top() > 60 - 18 && word.box.bottom() < 60 + 18 + 6,
                    qPrintable(QStringLiteral("%1 %2 %3 %4")
                                   .arg(word.box.x())
                                   .arg(word.box.y())
                                   .arg(word.box.width())
                                   .arg(word.box.height())));
            }
        }
        QVERIFY(found);
    }

    void pdfBlankPagesGetAnEmptyRangeAtThePreviousEnd_data()
    {
        QTest::addColumn<QString>("producer");
        QTest::addColumn<QVector<bool>>("blank");
        QTest::addRow("blank versos")
            << QStringLiteral("hand") << QVector<bool> {false, true, false, true, false};
        QTest::addRow("blank first and last pages")
            << QStringLiteral("hand") << QVector<bool> {true, false, false, true, true};
        QTest::addRow("qpdf inserts a blank page from QPdfWriter")
            << QStringLiteral("qpdf") << QVector<bool> {false, true, false};
    }

    // `recoupe-cli check` reported a page starting before the previous page's end on every PDF
    // with a blank page: the blank page was placed before the blank line that ends the page
    // before it.
    void pdfBlankPagesGetAnEmptyRangeAtThePreviousEnd()
    {
        QFETCH(QString, producer);
        QFETCH(QVector<bool>, blank);
        const QString file = path(QStringLiteral("blank-%1.pdf")
                                      .arg(QString::fromLatin1(QTest::currentDataTag()))
                                      .replace(QLatin1Char(' '), QLatin1Char('-')));
        if (producer == QLatin1String("qpdf")) {
            const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
            if (qpdf.isEmpty())
                QSKIP("qpdf is not installed (scripts/setup installs it)");
            const QString text = path(QStringLiteral("two-pages.pdf"));
            const QString empty = path(QStringLiteral("empty-page.pdf"));
            QVERIFY(qtPdf(text, {frenchLines(0), frenchLines(1)}));
            QVERIFY(qtPdf(empty, {QStringList()}));
            QProcess run;
            run.start(qpdf,
                {QStringLiteral("--empty"), QStringLiteral("--pages"), text, QStringLiteral("1"), empty,
                    QStringLiteral("1"), text, QStringLiteral("2"), QStringLiteral("--"), file});
            QVERIFY(run.waitForFinished(60000));
            QCOMPARE(run.exitCode(), 0);
        } else {
            QVector<QStringList> pages;
            for (int i = 0; i < blank.size(); ++i)
                pages.append(
                    blank[i] ? QStringList() : QStringList {QStringLiteral("Page %1 du rapport").arg(i + 1)});
            QVERIFY(writeFile(file, handMadePdf(pages, "<< /Title (Rapport) >>")));
        }

        // A dossier of its own, closed before the real `check` reads it.
        const QString dossierPath = path(QStringLiteral("blank-%1.recoupe")
                                             .arg(QString::fromLatin1(QTest::currentDataTag()))
                                             .replace(QLatin1Char(' '), QLatin1Char('-')));
        {
            auto dossier = Dossier::open(dossierPath, Dossier::OpenMode::Create);
            QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
            const ImportOutcome outcome = SourceImporter((*dossier)->database()).importFile(file);
            QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
            const QString text = (*dossier)->sources().text(outcome.sourceId);
            const QVector<PdfPage> pages = (*dossier)->sources().pdfPages(outcome.sourceId);
            QCOMPARE(pages.size(), blank.size());
            qint64 previousEnd = 0;
            for (int i = 0; i < pages.size(); ++i) {
                const PdfPage &page = pages[i];
                QCOMPARE(page.textStart, previousEnd); // pages tile the text, in order
                if (blank[i])
                    QCOMPARE(page.textEnd, page.textStart);
                else
                    QVERIFY2(text.mid(page.textStart, page.textEnd - page.textStart)
                                 .contains(QStringLiteral("Page")),
                        qPrintable(text.mid(page.textStart, page.textEnd - page.textStart)));
                previousEnd = page.textEnd;
            }
            QCOMPARE(previousEnd, text.size());
        }
        QProcess check;
        check.start(QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli"), {QStringLiteral("check"), dossierPath});
        QVERIFY(check.waitForFinished(60000));
        const QString said = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
        QVERIFY2(check.exitCode() == 0 && said.contains(QStringLiteral("The dossier is sound.")),
            qPrintable(said));
    }

    void pdfLigaturesAreSpelledOut()
    {
        // Qt typesets "fi" as the ligature U+FB01, as most PDF producers do.
        const QString file = path(QStringLiteral("notification.pdf"));
        QVERIFY(qtPdf(file, {{QStringLiteral("Date de notification officielle du marché")}}));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        const QString text = storedText(outcome);
        QVERIFY2(text.contains(QStringLiteral("notification officielle")), qPrintable(text));
        QVERIFY(!text.contains(QChar(0xFB01)));
        checkPageMap(outcome);
        const qint64 at = text.indexOf(QStringLiteral("notification"));
        bool found = false;
        const QList<PdfPage> pages = m_dossier->sources().pdfPages(outcome.sourceId);
        for (const PdfWord &word : pages.at(0).words)
            found = found || (word.start == at && word.length == 12);
        QVERIFY(found);
    }

    void pdfRightToLeftInReadingOrder()
    {
        // An Arabic PDF (Apple pstopdffilter, CID TrueType font) reads as pdftotext reads it.
        const QString file = QStringLiteral(RECOUPE_PDF_CORPUS "/ArabicCIDTrueType.pdf");
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(), "pdftotext (poppler-utils) must be installed");
        // pdftotext keeps the letters' contextual shapes and wraps lines in embedding marks.
        QString reference = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                .normalized(QString::NormalizationForm_KC)
                                .remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}]")));
        const QString text = storedText(outcome);
        QCOMPARE(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts),
            reference.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts));
        QVERIFY2(text.startsWith(QStringLiteral("انواع الخطوط العربية\n")), qPrintable(text));
        checkPageMap(outcome);

        // Read right to left: each word after the first lies to the left of the one before.
        const QVector<PdfPage> pages = m_dossier->sources().pdfPages(outcome.sourceId);
        QVERIFY(pages.at(0).words.size() >= 3);
        const QVector<PdfWord> &words = pages.at(0).words;
        QCOMPARE(text.mid(words[0].start, words[0].length), QStringLiteral("انواع"));
        QCOMPARE(text.mid(words[2].start, words[2].length), QStringLiteral("العربية"));
        QVERIFY(words[0].box.left() > words[1].box.right() - 0.5);
        QVERIFY(words[1].box.left() > words[2].box.right() - 0.5);

        // Searching an Arabic word typed on a keyboard finds it, and a quote lands on its box.
        QCOMPARE(search(QStringLiteral("العربية")), QVector<qint64> {outcome.sourceId});
        QCOMPARE(search(QStringLiteral("\"الخطوط العربية\"")), QVector<qint64> {outcome.sourceId});
        const auto anchor = m_dossier->anchorForQuote(outcome.sourceId, QStringLiteral("الخطوط"));
        QVERIFY2(anchor.ok(), qPrintable(anchor.error()));
        QCOMPARE(anchor->quads.size(), 1);
        QCOMPARE(anchor->quads[0].rect, words[1].box);
        // Part of a word: its first letters, on the word's right.
        const auto part = m_dossier->anchorForQuote(outcome.sourceId, QStringLiteral("الخط"));
        QVERIFY2(part.ok(), qPrintable(part.error()));
        QCOMPARE(part->quads.size(), 1);
        QCOMPARE(part->quads[0].rect.right(), words[1].box.right());
        QVERIFY(part->quads[0].rect.left() > words[1].box.left() + 1);
    }

    void pdfMixedDirectionsLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("word"); // searched for
        QTest::addColumn<bool>("rightToLeft"); // the line reads from right to left
        QTest::addRow("arabic-in-french") << QStringLiteral("Le rapport السنوي للجنة est paru en 2018.")
                                          << QStringLiteral("للجنة") << false;
        QTest::addRow("persian") << QStringLiteral("گزارش سالانه کمیسیون منتشر شد")
                                 << QStringLiteral("کمیسیون") << true;
        QTest::addRow("hebrew") << QStringLiteral("הוועדה פרסמה את הדוח השנתי") << QStringLiteral("הדוח")
                                << true;
        QTest::addRow("arabic-with-a-year")
            << QStringLiteral("صدر التقرير في 2018 عن اللجنة") << QStringLiteral("التقرير") << true;
        QTest::addRow("arabic-with-a-latin-name")
            << QStringLiteral("قالت اللجنة إن Veolia لم ترد") << QStringLiteral("Veolia") << true;
    }

    void pdfMixedDirectionsLine()
    {
        // Qt writes a line as it draws it: right-to-left words from right to left.
        QFETCH(QString, line);
        QFETCH(QString, word);
        QFETCH(bool, rightToLeft);
        const QString file = path(QStringLiteral("mixte.pdf"));
        QVERIFY(qtPdf(file, {{line}}));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QCOMPARE(storedText(outcome), line);
        checkPageMap(outcome);
        QCOMPARE(search(QLatin1Char('"') + word + QLatin1Char('"')), QVector<qint64> {outcome.sourceId});
        const auto anchor = m_dossier->anchorForQuote(outcome.sourceId, word);
        QVERIFY2(anchor.ok(), qPrintable(anchor.error()));
        QCOMPARE(anchor->quads.size(), 1);
        // The highlight of the first word read sits at the start of the line: on the right for a
        // right-to-left line.
        const QStringList words = line.split(QLatin1Char(' '));
        const auto first = m_dossier->anchorForQuote(outcome.sourceId, words.first());
        const auto last = m_dossier->anchorForQuote(outcome.sourceId, words.last());
        QVERIFY(first.ok() && last.ok());
        QCOMPARE(first->quads.size(), 1);
        QCOMPARE(last->quads.size(), 1);
        if (rightToLeft)
            QVERIFY(first->quads[0].rect.left() > last->quads[0].rect.right());
        else
            QVERIFY(first->quads[0].rect.right() < last->quads[0].rect.left());
    }

    void pdfVerticalJapanese()
    {
        // dvipdfmx, vertical writing: two columns, right to left, in an Adobe-Japan1 CID font.
        // Poppler reads its text only with its language data (poppler-data).
        const QString file = QStringLiteral(RECOUPE_PDF_CORPUS "/vertical.pdf");
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(storedText(outcome), QStringLiteral("あいうえお\n日本語"));
        checkPageMap(outcome);
        QCOMPARE(search(QStringLiteral("日本語")), QVector<qint64> {outcome.sourceId});

        const QVector<PdfPage> pages = m_dossier->sources().pdfPages(outcome.sourceId);
        QCOMPARE(pages.at(0).words.size(), 2);
        const QRectF column = pages.at(0).words.at(0).box;
        QVERIFY2(column.height() > 4 * column.width(), "a column: taller than wide");
        QVERIFY(pages.at(0).words.at(1).box.right() < column.left()); // the next column, to the left

        // A quote inside the column covers its share of the column, top to bottom.
        const auto inside = m_dossier->anchorForQuote(outcome.sourceId, QStringLiteral("いう"));
        QVERIFY2(inside.ok(), qPrintable(inside.error()));
        QCOMPARE(inside->quads.size(), 1);
        const QRectF share = inside->quads[0].rect;
        QCOMPARE(share.left(), column.left());
        QCOMPARE(share.width(), column.width());
        QVERIFY(qAbs(share.top() - (column.top() + column.height() / 5)) < 0.01);
        QVERIFY(qAbs(share.height() - 2 * column.height() / 5) < 0.01);
        // Across both columns: one box per column, not one box over both.
        const auto both = m_dossier->anchorForQuote(outcome.sourceId, QStringLiteral("あいうえお 日本語"));
        QVERIFY2(both.ok(), qPrintable(both.error()));
        QCOMPARE(both->quads.size(), 2);
        QCOMPARE(both->quads[0].rect, column);
        QCOMPARE(both->quads[1].rect, pages.at(0).words.at(1).box);
    }

    void pdfMetadataAndRotation()
    {
        const QString file = path(QStringLiteral("avis.pdf"));
        const QByteArray info
            = "<< /Title (Avis n\\2602018-05 de la commission) /Author (Commission de d\\351ontologie) "
              "/CreationDate (D:20180507095800+02'00') /Producer (Recoupe tests) >>";
        QVERIFY(writeFile(file,
            handMadePdf(
                {{QStringLiteral("Avis favorable avec réserves."), QStringLiteral("Durée : trois ans.")}},
                info, 90)));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        const Source source = imported(outcome);
        QCOMPARE(source.title, QStringLiteral("Avis n°2018-05 de la commission"));
        QCOMPARE(source.author, QStringLiteral("Commission de déontologie"));
        QCOMPARE(source.published, QStringLiteral("2018-05-07"));
        QCOMPARE(source.encoding, QStringLiteral("PDF 1.4"));
        QCOMPARE(storedText(outcome), QStringLiteral("Avis favorable avec réserves.\nDurée : trois ans."));
        const QVector<PdfPage> map = m_dossier->sources().pdfPages(outcome.sourceId);
        QCOMPARE(map.size(), 1);
        QCOMPARE(map[0].rotation, 90);
        QCOMPARE(map[0].width, 792.0); // the page as displayed: landscape
        QCOMPARE(map[0].height, 612.0);
        QCOMPARE(map[0].words.size(), 8);
        checkPageMap(outcome);
    }

    void pdfWithoutTextLayer()
    {
        const QString file = path(QStringLiteral("scan.pdf"));
        QVERIFY(scannedPdf(file));
        const ImportOutcome outcome = import(file);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        // The page has no text layer: its picture is read by OCR, and no warning is needed.
        QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(imported(outcome).pageCount, 1);
        QVERIFY2(
            storedText(outcome).contains(QLatin1String("confidentiel")), qPrintable(storedText(outcome)));
        QVERIFY(m_dossier->sources().pdfPages(outcome.sourceId).at(0).isOcr());
    }

    void pdfCutShortStillOpens()
    {
        // The end of the file (cross-reference table and trailer) is gone: Poppler rebuilds the
        // document from its objects; the import says the file is incomplete.
        const QString whole = path(QStringLiteral("entier.pdf"));
        QVERIFY(qtPdf(whole, {frenchLines(0), frenchLines(1)}));
        const QByteArray bytes = readAll(whole);
        const QString file = path(QStringLiteral("coupe.pdf"));
        QVERIFY(writeFile(file, bytes.left(bytes.lastIndexOf("xref"))));
        const ImportOutcome outcome = import(file);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QCOMPARE(outcome.warnings.size(), 1);
        QVERIFY(outcome.warnings[0].contains(QLatin1String("cut short")));
        QVERIFY(outcome.warnings[0].contains(file));
        QVERIFY(storedText(outcome).contains(QStringLiteral("Page 2 du rapport")));
    }

    void encryptedPdf_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addRow("no-password") << QString() << int(ImportOutcome::Status::NeedsPassword)
                                     << "protected by a password";
        QTest::addRow("wrong-password")
            << "secret?" << int(ImportOutcome::Status::NeedsPassword) << "not the right one";
        QTest::addRow("user-password") << "lecteur" << int(ImportOutcome::Status::Imported) << "";
        QTest::addRow("owner-password") << "proprietaire" << int(ImportOutcome::Status::Imported) << "";
        QTest::addRow("accented-password") << "clé-été" << int(ImportOutcome::Status::Imported) << "";
    }

    void encryptedPdf()
    {
        QFETCH(QString, password);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (qpdf.isEmpty())
            QSKIP("qpdf is not installed (scripts/setup installs it)");
        const QString plain = path(QStringLiteral("plain.pdf"));
        const QString file = path(QStringLiteral("protégé.pdf"));
        QVERIFY(qtPdf(plain, {frenchLines(0)}));
        const bool accented = QByteArray(QTest::currentDataTag()) == "accented-password";
        const QStringList args
            = {QStringLiteral("--encrypt"), accented ? QStringLiteral("clé-été") : QStringLiteral("lecteur"),
                QStringLiteral("proprietaire"), QStringLiteral("256"), QStringLiteral("--"), plain, file};
        QCOMPARE(QProcess::execute(qpdf, args), 0);

        const QVector<qint64> before = counts();
        ImportOptions options;
        options.password = password;
        const ImportOutcome outcome = import(file, options);
        QCOMPARE(int(outcome.status), status);
        if (outcome.status == ImportOutcome::Status::Imported) {
            QVERIFY(storedText(outcome).contains(QStringLiteral("La commission de déontologie")));
            checkPageMap(outcome);
        } else {
            QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
            QVERIFY2(outcome.message.contains(file), qPrintable(outcome.message));
            QCOMPARE(counts(), before);
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason"); // part of the message a user reads

        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919 + 13) % 256);
        QTest::addRow("empty-file") << "vide.txt" << QByteArray() << "is empty";
        QTest::addRow("blank-text") << "blanc.txt" << QByteArray(" \n\n\t \r\n") << "only blank space";
        QTest::addRow("binary-as-txt") << "image.txt" << garbage << "binary data";
        QTest::addRow("binary-as-md") << "image.md" << garbage << "binary data";
        QTest::addRow("binary-as-pdf") << "faux.pdf" << garbage << "not a PDF file";
        QTest::addRow("pdf-header-then-garbage")
            << "abime.pdf" << QByteArray("%PDF-1.7\n") + garbage << "damaged";
        QTest::addRow("truncated-pdf") << "tronque.pdf" << QByteArray("TRUNCATED") << "damaged";
        QTest::addRow("unknown-extension")
            << "contrat.pages" << QByteArray("PK\x03\x04 not really a document") << ".pages";
        QTest::addRow("no-extension")
            << "LISEZMOI" << QByteArray("du texte sans extension") << "no file name extension";
        QTest::addRow("html-without-text")
            << "vide.html" << QByteArray("<html><head><style>p{}</style></head></html>")
            << "no text to import";
        QTest::addRow("directory") << "dossier.txt" << QByteArray("DIRECTORY") << "is a folder";
        QTest::addRow("missing") << "absent.txt" << QByteArray("MISSING") << "does not exist";
        QTest::addRow("dangling-symlink") << "lien.txt" << QByteArray("SYMLINK") << "does not exist";
        QTest::addRow("unreadable") << "secret.txt" << QByteArray("UNREADABLE") << "permission";
        QTest::addRow("vanishes-before-read") << "fugace.txt" << QByteArray("VANISH") << "disappeared";
        QTest::addRow("fifo") << "tube.txt" << QByteArray("FIFO") << "not a regular file";
    }

    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString file = path(name);
        ImportOptions options;
        if (bytes == "DIRECTORY") {
            QVERIFY(QDir().mkpath(file));
        } else if (bytes == "MISSING") {
            // nothing at that path
        } else if (bytes == "SYMLINK") {
            QVERIFY(QFile::link(path(QStringLiteral("gone.txt")), file));
        } else if (bytes == "UNREADABLE") {
            QVERIFY(writeFile(file, "texte protégé"));
            QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
            if (::geteuid() == 0)
                QSKIP("Running as root: permissions do not stop root from reading the file.");
        } else if (bytes == "VANISH") {
            QVERIFY(writeFile(file, "texte qui disparaît"));
            options.beforeRead = [](const QString &p) {
                QFile::remove(p);
            };
        } else if (bytes == "FIFO") {
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        } else if (bytes == "TRUNCATED") {
            const QString whole = path(QStringLiteral("entier.pdf"));
            QVector<QStringList> pages;
            for (int i = 0; i < 4; ++i)
                pages.append(frenchLines(i));
            QVERIFY(qtPdf(whole, pages));
            const QByteArray full = readAll(whole);
            QVERIFY(writeFile(file, full.left(full.size() / 3)));
            QFile::remove(whole);
        } else {
            QVERIFY(writeFile(file, bytes));
        }
        const QVector<qint64> before = counts();
        const ImportOutcome outcome = import(file, options);
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(file), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(reason), qPrintable(outcome.message));
        QCOMPARE(outcome.sourceId, 0);
        QCOMPARE(counts(), before);
        QCOMPARE(m_dossier->sources().count(), 0);
    }

    void sameBytesTwiceIsOneSource()
    {
        const QString first = path(QStringLiteral("avis.txt"));
        const QString copy = path(QStringLiteral("copie/avis-copie.txt"));
        QVERIFY(writeFile(first, "Avis de la commission\n\nTexte de l’avis."));
        QVERIFY(writeFile(copy, readAll(first)));
        const ImportOutcome a = import(first);
        QCOMPARE(a.status, ImportOutcome::Status::Imported);
        const QVector<qint64> before = counts();
        const ImportOutcome b = import(copy);
        QCOMPARE(b.status, ImportOutcome::Status::Duplicate);
        QCOMPARE(b.sourceId, a.sourceId);
        QVERIFY(b.message.contains(QStringLiteral("already in the dossier as “Avis de la commission”")));
        QVERIFY(!b.addsSource());
        QCOMPARE(counts(), before);
        QCOMPARE(m_dossier->sources().count(), 1);

        // Removed from the library, then imported again: it comes back, once.
        QVERIFY(m_dossier->removeSource(a.sourceId).ok());
        QCOMPARE(m_dossier->sources().count(), 0);
        const ImportOutcome c = import(copy);
        QCOMPARE(c.status, ImportOutcome::Status::Duplicate);
        QVERIFY(c.restored);
        QVERIFY(c.addsSource());
        QVERIFY(c.message.contains(QStringLiteral("removed")));
        QCOMPARE(m_dossier->sources().count(), 1);
        QCOMPARE(counts(), before);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("text-before-read") << "txt";
        QTest::addRow("pdf-between-pages") << "pdf";
    }

    void cancelLeavesNothing()
    {
        QFETCH(QString, kind);
        const QString file = path(QStringLiteral("long.") + kind);
        if (kind == QLatin1String("pdf")) {
            QVector<QStringList> pages;
            for (int i = 0; i < 40; ++i)
                pages.append(frenchLines(i));
            QVERIFY(qtPdf(file, pages));
        } else {
            QVERIFY(writeFile(file, QByteArray("Une ligne de texte.\n").repeated(10000)));
        }
        std::atomic_bool cancel {false};
        ImportOptions options;
        options.cancel = &cancel;
        options.threads = 2;
        double seen = 0;
        options.progress = [&](double f) {
            seen = f;
            if (f > 0.2)
                cancel = true;
        };
        if (kind == QLatin1String("txt"))
            options.beforeRead = [&](const QString &) {
                cancel = true;
            };
        const QVector<qint64> before = counts();
        const ImportOutcome outcome = import(file, options);
        QCOMPARE(outcome.status, ImportOutcome::Status::Cancelled);
        QVERIFY(outcome.message.contains(file));
        QCOMPARE(counts(), before);
        QVERIFY(seen < 0.9);
    }

    void pdfThreadsGiveTheSameSource()
    {
        const QString file = path(QStringLiteral("gros.pdf"));
        QVector<QStringList> pages;
        for (int i = 0; i < 40; ++i)
            pages.append(frenchLines(i));
        pages[7].clear(); // an empty page in the middle
        QVERIFY(qtPdf(file, pages));
        SourceDraft one, two;
        const QByteArray bytes = readAll(file);
        const Importer *pdf = ImporterRegistry::instance().byId(QStringLiteral("pdf"));
        ImportContext context;
        context.path = file;
        context.threads = 1;
        QCOMPARE(pdf->read(bytes, context, one).outcome, Importer::Outcome::Read);
        context.threads = 2;
        QCOMPARE(pdf->read(bytes, context, two).outcome, Importer::Outcome::Read);
        QCOMPARE(one.text, two.text);
        QCOMPARE(one.pages.size(), 40);
        QCOMPARE(two.pages.size(), 40);
        for (int i = 0; i < 40; ++i) {
            QCOMPARE(one.pages[i].textStart, two.pages[i].textStart);
            QCOMPARE(one.pages[i].words.size(), two.pages[i].words.size());
        }
        QVERIFY(one.pages[7].words.isEmpty());
        QCOMPARE(one.pages[7].textStart, one.pages[7].textEnd);
        QVERIFY(one.text.contains(QStringLiteral("annexe.\n\nPage 9 du rapport")));
    }

    void batchImportsFilesAndFolders()
    {
        const QString folder = path(QStringLiteral("sources"));
        QVERIFY(writeFile(
            folder + QStringLiteral("/a-avis.txt"), "Avis de la commission de déontologie\n\nTexte."));
        QVERIFY(writeFile(folder + QStringLiteral("/b-article.html"),
            "<title>Article</title><p>Le départ du directeur.</p>"));
        QVERIFY(writeFile(folder + QStringLiteral("/sous/c-note.md"), "# Note\n\nUne note d’enquête."));
        // Images are sources now; a drawing is still a kind of file Recoupe does not read.
        QVERIFY(writeFile(folder + QStringLiteral("/sous/plan.dwg"), "AC1032 not an article"));
        QVERIFY(writeFile(folder + QStringLiteral("/.cache/d.txt"), "caché"));
        const QString loose = path(QStringLiteral("vide.txt"));
        QVERIFY(writeFile(loose, QByteArray()));

        BatchImport batch(m_dossier->path());
        QSignalSpy progress(&batch, &BatchImport::progress);
        QSignalSpy perFile(&batch, &BatchImport::fileFinished);
        QSignalSpy notes(&batch, &BatchImport::note);
        QSignalSpy finished(&batch, &BatchImport::finished);
        QVERIFY(batch.start({folder, loose}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);

        const auto outcomes = finished.at(0).at(0).value<QVector<ImportOutcome>>();
        QCOMPARE(outcomes.size(), 4);
        QCOMPARE(perFile.size(), 4);
        QCOMPARE(QFileInfo(outcomes[0].path).fileName(), QStringLiteral("a-avis.txt"));
        QCOMPARE(QFileInfo(outcomes[2].path).fileName(), QStringLiteral("c-note.md"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(outcomes[i].status, ImportOutcome::Status::Imported);
        QCOMPARE(outcomes[3].status, ImportOutcome::Status::Failed);
        QVERIFY(outcomes[3].message.contains(QStringLiteral("is empty")));
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.at(0).at(0).toString().contains(QStringLiteral("plan.dwg")));

        // Progress: before each file, then done.
        QCOMPARE(progress.size(), 5);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), i);
            QCOMPARE(progress.at(i).at(1).toInt(), 4);
        }
        QCOMPARE(progress.at(4).at(0).toInt(), 4);

        // The main thread makes it one undoable step.
        QCOMPARE(m_dossier->sources().count(), 3);
        m_dossier->recordImport(BatchImport::sourcesToRecord(outcomes));
        QCOMPARE(m_dossier->undoStack()->count(), 1);
        m_dossier->undoStack()->undo();
        QCOMPARE(m_dossier->sources().count(), 0);
        m_dossier->undoStack()->redo();
        QCOMPARE(m_dossier->sources().count(), 3);
    }

    void batchCancelKeepsFinishedFiles()
    {
        QStringList files;
        for (int f = 0; f < 8; ++f) {
            const QString file = path(QStringLiteral("lot/rapport-%1.pdf").arg(f));
            QVector<QStringList> pages;
            for (int i = 0; i < 40; ++i)
                pages.append(frenchLines(i + 100 * f));
            QDir().mkpath(path(QStringLiteral("lot")));
            QVERIFY(qtPdf(file, pages));
            files.append(file);
        }
        BatchImport batch(m_dossier->path());
        QSignalSpy finished(&batch, &BatchImport::finished);
        connect(
            &batch, &BatchImport::fileFinished, &batch, [&batch](const ImportOutcome &) { batch.cancel(); });
        QVERIFY(batch.start(files));
        QVERIFY(finished.wait(60000));
        const auto outcomes = finished.at(0).at(0).value<QVector<ImportOutcome>>();
        QCOMPARE(outcomes.size(), files.size());
        int imported = 0;
        int cancelled = 0;
        for (const ImportOutcome &outcome : outcomes) {
            if (outcome.status == ImportOutcome::Status::Imported) {
                ++imported;
                QVERIFY(m_dossier->sources().get(outcome.sourceId).has_value());
            } else {
                QCOMPARE(outcome.status, ImportOutcome::Status::Cancelled);
                QVERIFY(outcome.message.contains(outcome.path));
                ++cancelled;
            }
        }
        QVERIFY(imported >= 1);
        QVERIFY(cancelled >= 1);
        // Only whole sources: as many as imported, each with all its pages.
        QCOMPARE(m_dossier->sources().count(), imported);
        QCOMPARE(m_dossier->database().scalar("SELECT count(*) FROM pdf_pages"), qint64(40 * imported));
    }

    void batchOnMissingDossier()
    {
        BatchImport batch(path(QStringLiteral("absent.recoupe")));
        QSignalSpy finished(&batch, &BatchImport::finished);
        const QString file = path(QStringLiteral("a.txt"));
        QVERIFY(writeFile(file, "texte"));
        QVERIFY(batch.start({file}));
        QVERIFY(finished.wait(10000));
        const auto outcomes = finished.at(0).at(0).value<QVector<ImportOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Failed);
        QVERIFY(outcomes[0].message.contains(QStringLiteral("absent.recoupe")));
    }

    void bigTextFile()
    {
        // 24 MB of real-looking French text: imports whole, searchable at both ends.
        QByteArray paragraph
            = QStringLiteral("La commission de déontologie a rendu son avis le 7 mai 2018, assorti de "
                             "réserves sur les contacts avec l’ancienne direction.\n\n")
                  .toUtf8();
        const QString file = path(QStringLiteral("gros.txt"));
        QByteArray bytes = QByteArray("Début du registre\n\n")
            + paragraph.repeated(24 * 1024 * 1024 / paragraph.size())
            + "Dernier paragraphe : clôture du registre.";
        QVERIFY(writeFile(file, bytes));
        const ImportOutcome outcome = import(file);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(imported(outcome).byteSize, qint64(bytes.size()));
        QCOMPARE(search(QStringLiteral("cloture")), QVector<qint64> {outcome.sourceId});
        QCOMPARE(search(QStringLiteral("debut")), QVector<qint64> {outcome.sourceId});
    }

    void aHugeBinaryFileIsRefusedFromItsStart_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("txt") << QStringLiteral("disque.txt")
                             << QStringLiteral("does not look like a text file");
        QTest::addRow("html") << QStringLiteral("disque.html")
                              << QStringLiteral("does not look like a web page");
        QTest::addRow("md") << QStringLiteral("disque.md")
                            << QStringLiteral("does not look like a Markdown file");
    }

    void aHugeBinaryFileIsRefusedFromItsStart()
    {
        // A 1 GiB disk image renamed: refused after reading its first bytes, not all of it.
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString file = path(name);
        {
            QFile sparse(file);
            QVERIFY(sparse.open(QIODevice::WriteOnly));
            QVERIFY(sparse.resize(qint64(1) << 30));
        }
        // Peak resident memory in KiB, reset first where Linux allows it so that each row is
        // measured on its own: reading the file whole would add a gigabyte to it.
        const bool reset = resetPeakMemory();
        const qint64 before = peakMemoryKiB();
        const QVector<qint64> rows = counts();
        const ImportOutcome outcome = import(file);
        const qint64 growth = peakMemoryKiB() - (reset ? currentMemoryKiB() : before);
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(expected), qPrintable(outcome.message));
        QCOMPARE(counts(), rows);
        QVERIFY2(growth < 64 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(growth)));
        QFile::remove(file);
    }

    void aRelativePathIsStoredAsAbsoluteOrigin()
    {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("articles")));
        QVERIFY(
            writeFile(path(QStringLiteral("articles/avis.txt")), "Avis de la commission de déontologie.\n"));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir->path()));
        const ImportOutcome outcome = import(QStringLiteral("articles/avis.txt"));
        QVERIFY(QDir::setCurrent(previous));
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(imported(outcome).origin,
            QFileInfo(path(QStringLiteral("articles/avis.txt"))).absoluteFilePath());
    }

    void languageGuess_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addRow("french")
            << "Le ministre a confirmé le départ du directeur, qui occupera un poste dans une entreprise "
               "américaine. Il devra s’abstenir de certains contacts."
            << "fr";
        QTest::addRow("english")
            << "The minister confirmed that the director would leave for a company, and that he "
               "should avoid some contacts with his former team."
            << "en";
        QTest::addRow("spanish")
            << "El ministro confirmó la salida del director, que ocupará un puesto en una empresa "
               "para los servicios de la nube y con los contratos públicos."
            << "es";
        QTest::addRow("german")
            << "Der Minister hat bestätigt, dass der Direktor das Ministerium verlässt und zu einem "
               "Unternehmen wechselt, das auch mit den Schulen arbeitet."
            << "de";
        QTest::addRow("polish")
            << "Minister potwierdził, że dyrektor odchodzi z ministerstwa do prywatnej firmy, która "
               "współpracuje ze szkołami, a komisja etyki zgłosiła zastrzeżenia."
            << "pl";
        QTest::addRow("russian")
            << "Министр подтвердил, что директор покидает министерство и переходит в частную компанию, "
               "которая работает со школами; комиссия по этике высказала оговорки."
            << "ru";
        QTest::addRow("chinese")
            << "部长证实，该司长将离开教育部，加入一家与学校合作的云计算公司。道德委员会对此提出了保留意见，"
               "并禁止他在三年内与前同事接触。"
            << "zh";
        QTest::addRow("arabic")
            << "أكد الوزير أن المدير سيغادر الوزارة للعمل في شركة خاصة تتعامل مع المدارس، وقد أبدت لجنة "
               "الأخلاقيات تحفظات على هذا الانتقال."
            << "ar";
        QTest::addRow("one-word") << "Bonjour"
                                  << "";
        QTest::addRow("numbers") << "2018 2019 2020 12 45 78 99 100 101 102"
                                 << "";
    }

    void languageGuess()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageGuesser::guess(text), language);
    }

    void languageOfTheDebianHandbookTranslations()
    {
        // The Debian Administrator’s Handbook in its 26 translations (21 of them translated for the most
        // part), real text nobody here wrote.
        // A chapter still in English in a translation (its words are the English chapter's) is
        // not counted against that language.
        const QDir root(QStringLiteral("/usr/share/doc/debian-handbook/html"));
        if (!root.exists()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("debian-handbook is not installed: scripts/setup installs it");
            QSKIP("debian-handbook is not installed (scripts/setup installs it)");
        }
        const auto paragraphs = [](const QString &file) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return QString();
            const QString html = QString::fromUtf8(f.readAll());
            static const QRegularExpression paragraph(QStringLiteral("<p[ >].*?</p>"),
                QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
            QStringList text;
            for (auto it = paragraph.globalMatch(html); it.hasNext();)
                text << QTextDocumentFragment::fromHtml(it.next().captured(0)).toPlainText();
            return text.join(QLatin1Char(' ')).simplified();
        };
        const auto words = [](const QString &text) {
            QSet<QString> set;
            static const QRegularExpression word(
                QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
            for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
                set.insert(it.next().captured(0));
            return set;
        };
        const QHash<QString, QString> expectedCodes {{QStringLiteral("zh-TW"), QStringLiteral("zh-Hant")},
            {QStringLiteral("zh-CN"), QStringLiteral("zh")}, {QStringLiteral("nb-NO"), QStringLiteral("no")}};
        int chapters = 0;
        int right = 0;
        QStringList wrong;
        QSet<QString> languages;
        for (const QString &locale : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!locale.contains(QLatin1Char('-')))
                continue;
            const QString expected = expectedCodes.value(locale, locale.section(QLatin1Char('-'), 0, 0));
            const QDir dir(root.filePath(locale));
            for (const QString &name : dir.entryList({QStringLiteral("*.html")}, QDir::Files)) {
                const QString text = paragraphs(dir.filePath(name));
                if (text.size() < 200)
                    continue;
                if (locale != QLatin1String("en-US")) {
                    const QSet<QString> own = words(text);
                    const QSet<QString> english
                        = words(paragraphs(root.filePath(QStringLiteral("en-US/") + name)));
                    if (own.isEmpty()
                        || double(QSet<QString>(own).intersect(english).size()) / own.size() >= 0.6)
                        continue;
                }
                ++chapters;
                languages.insert(locale);
                const QString guessed = LanguageGuesser::guess(text);
                if (guessed == expected)
                    ++right;
                else
                    wrong << QStringLiteral("%1/%2: %3").arg(locale, name, guessed);
            }
        }
        qInfo("%d of %d translated chapters in %lld languages identified", right, chapters,
            qint64(languages.size()));
        // The package's Croatian, Danish, Greek, Korean and Romanian books are still mostly English.
        QVERIFY2(languages.size() >= 20,
            qPrintable(
                QStringList(languages.values()).join(QLatin1Char(' ')) + wrong.join(QLatin1String(", "))));
        QVERIFY2(chapters >= 400, qPrintable(QString::number(chapters)));
        QVERIFY2(right >= chapters * 95 / 100, qPrintable(wrong.join(QLatin1String(", "))));
    }

    void sha256MatchesQt()
    {
        // The hash decides whether a file is already in the dossier and identifies it in every
        // export: it must be SHA-256 exactly (dossiers written before libcrypto computed it still
        // verify), at every length around the 64-byte block edges.
        QByteArray data;
        for (int i = 0; i < 300; ++i) {
            QCOMPARE(ContentDigest::sha256(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
            data += char(i * 37 + 11);
        }
        const QByteArray big = data.repeated(5000) + "tail";
        QCOMPARE(ContentDigest::sha256Hex(big),
            QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(ContentDigest::sha256Hex("abc"),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void publicationDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::addRow("iso-datetime") << "2018-05-07T09:58:00+02:00"
                                      << "2018-05-07";
        QTest::addRow("iso-day") << "2018-05-07"
                                 << "2018-05-07";
        QTest::addRow("year-month") << "2018-05"
                                    << "2018-05";
        QTest::addRow("year") << "2018"
                              << "2018";
        QTest::addRow("slashes") << "2018/05/07 09:58"
                                 << "2018-05-07";
        QTest::addRow("compact") << "20180507"
                                 << "2018-05-07";
        QTest::addRow("day-first") << "07/05/2018"
                                   << "2018-05-07";
        QTest::addRow("us-when-unambiguous") << "05/27/2018"
                                             << "2018-05-27";
        QTest::addRow("rfc2822") << "Mon, 07 May 2018 09:58:00 +0200"
                                 << "2018-05-07";
        QTest::addRow("french-words") << "1er juin 2017"
                                      << "2017-06-01";
        QTest::addRow("french-words-accents") << "Le 7 décembre 2018 à 10h"
                                              << "2018-12-07";
        QTest::addRow("english-words") << "May 18, 2017"
                                       << "2017-05-18";
        QTest::addRow("month-year") << "mai 2018"
                                    << "2018-05";
        QTest::addRow("invalid-day") << "2018-02-30"
                                     << "";
        QTest::addRow("nonsense") << "hier soir"
                                  << "";
    }

    void publicationDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        QCOMPARE(PublicationDate::fromText(text), iso);
    }
};

QTEST_MAIN(TestImporters)
#include "tst_importers.moc"
