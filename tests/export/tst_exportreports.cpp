// SPDX-License-Identifier: GPL-3.0-or-later
// CSV (RFC 4180) and the Markdown report of claims, read back the way a spreadsheet or a reader
// would read them.
#include "evidencefixture.h"
#include "export/claimsreport.h"
#include "export/csvexporter.h"
#include "export/evidenceset.h"
#include "storage/annotationstore.h"
#include "storage/sourcestore.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Recoupe;

namespace {

// A strict RFC 4180 reader, written for the test: CRLF between records, quotes doubled inside
// quoted fields, line breaks allowed there.
QVector<QStringList> parseCsv(const QString &text, QString *problem)
{
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                *problem = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *problem = QStringLiteral("CR without LF at %1").arg(i);
                return {};
            }
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n')) {
            *problem = QStringLiteral("bare LF at %1").arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (quoted)
        *problem = QStringLiteral("unterminated quoted field");
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

class TestExportReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvHasOneRecordPerAnnotation();
    void csvFieldQuoting_data();
    void csvFieldQuoting();
    void csvTextCellsAreNeverFormulas_data();
    void csvTextCellsAreNeverFormulas();
    void csvMultiValuedCellsSplitBack_data();
    void csvMultiValuedCellsSplitBack();
    void markdownReportCitesThePassages();
    void markdownEscapesWhatWouldBeMarkup_data();
    void markdownEscapesWhatWouldBeMarkup();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceFixture> m_fixture;
    QVector<qint64> m_seeds;
    qint64 m_tricky = 0;
};

void TestExportReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<EvidenceFixture>(m_dir.filePath(QStringLiteral("r.recoupe")));
    EvidenceFixture &f = *m_fixture;
    m_seeds = f.importSeeds();
    QVERIFY(!m_seeds.contains(0));
    const auto [s1, e1] = f.passage(m_seeds[0], 1, 0, 6);
    m_tricky = f.annotate(m_seeds[0], s1, e1, QStringLiteral("Virgule, \"guillemets\" et\r\nretour"),
        { QStringLiteral("Réserves/Commission"), QStringLiteral("Dates clés") });
    const auto [s2, e2] = f.passage(m_seeds[2], 2, 3, 9);
    const qint64 second = f.annotate(m_seeds[2], s2, e2);
    QVERIFY(m_tricky && second);
    const qint64 speaker
        = f.entity(QStringLiteral("PublicBody"), QStringLiteral("Commission de déontologie"));
    QVERIFY(f.claim(QStringLiteral("L'avis est *assorti* de réserves # et de conditions"),
        { m_tricky, second }, speaker));
    QVERIFY(f.claim(QStringLiteral("Une affirmation encore sans preuve"), {}));
}

void TestExportReports::csvHasOneRecordPerAnnotation()
{
    auto evidence = EvidenceSet::collect(m_fixture->dossier(), {}, EvidenceSet::Content::TextAndAnnotations);
    QVERIFY(evidence.ok());
    const QString path = m_dir.filePath(QStringLiteral("annotations.csv"));
    QVERIFY(CsvExporter(*evidence).write(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString problem;
    const QByteArray bytes = file.readAll();
    // A byte order mark, so that spreadsheet programs read UTF-8.
    QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
    const QVector<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(records.size(), 1 + m_fixture->dossier().annotations().count());
    const QStringList header = records[0];
    QCOMPARE(header.first(), QStringLiteral("source"));
    for (const QStringList &record : records)
        QCOMPARE(record.size(), header.size());

    const Annotation tricky = *m_fixture->dossier().annotations().get(m_tricky);
    const QStringList &row = records[1];
    auto column = [&](const char *name) {
        return row.value(int(header.indexOf(QLatin1String(name))));
    };
    QCOMPARE(column("source"), m_fixture->dossier().sources().get(m_seeds[0])->title);
    QCOMPARE(column("start").toLongLong(), tricky.anchor.start);
    QCOMPARE(column("end").toLongLong(), tricky.anchor.end);
    QCOMPARE(column("quote"), tricky.anchor.exact);
    QCOMPARE(column("note"), tricky.note);
    QCOMPARE(column("tags"), QStringLiteral("Réserves/Commission; Dates clés"));
    QCOMPARE(column("claims"), QStringLiteral("L'avis est *assorti* de réserves # et de conditions"));
    QCOMPARE(column("author"), QStringLiteral("Camille Enquêtrice"));
    QVERIFY(column("created").endsWith(QLatin1Char('Z')));
}

void TestExportReports::csvFieldQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("réserves") << QStringLiteral("réserves");
    QTest::addRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::addRow("quote") << QStringLiteral("dit \"non\"") << QStringLiteral("\"dit \"\"non\"\"\"");
    QTest::addRow("line break") << QStringLiteral("un\ndeux") << QStringLiteral("\"un\ndeux\"");
    QTest::addRow("carriage return") << QStringLiteral("un\rdeux") << QStringLiteral("\"un\rdeux\"");
    QTest::addRow("empty") << QString() << QString();
}

void TestExportReports::csvTextCellsAreNeverFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("equals") << QStringLiteral("=SOMME(A1:A9)") << QStringLiteral("'=SOMME(A1:A9)");
    QTest::addRow("plus") << QStringLiteral("+33 1 23") << QStringLiteral("'+33 1 23");
    QTest::addRow("minus") << QStringLiteral("-2 ans") << QStringLiteral("'-2 ans");
    QTest::addRow("at") << QStringLiteral("@direction") << QStringLiteral("'@direction");
    QTest::addRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::addRow("formula with a comma") << QStringLiteral("=HYPERLINK(\"x\",\"y\")")
                                          << QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    QTest::addRow("inside is fine") << QStringLiteral("a = b") << QStringLiteral("a = b");
}

void TestExportReports::csvTextCellsAreNeverFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::textCell(value), expected);
}

void TestExportReports::csvMultiValuedCellsSplitBack_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expected");
    QTest::addRow("two") << QStringList { QStringLiteral("a/b"), QStringLiteral("c") }
                         << QStringLiteral("a/b; c");
    QTest::addRow("separator inside") << QStringList { QStringLiteral("Réserves; doutes"),
        QStringLiteral("c") } << QStringLiteral("Réserves\\; doutes; c");
    QTest::addRow("backslash") << QStringList { QStringLiteral("a\\b") } << QStringLiteral("a\\\\b");
    QTest::addRow("none") << QStringList() << QString();
}

void TestExportReports::csvMultiValuedCellsSplitBack()
{
    QFETCH(QStringList, values);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::multiValued(values), expected);
}

void TestExportReports::csvFieldQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::field(value), expected);
}

void TestExportReports::markdownReportCitesThePassages()
{
    auto evidence = EvidenceSet::collect(m_fixture->dossier(), {}, EvidenceSet::Content::TextAndAnnotations);
    const QString md = ClaimsReport(*evidence).toMarkdown();
    const Annotation tricky = *m_fixture->dossier().annotations().get(m_tricky);
    QVERIFY2(md.contains(QStringLiteral("## 1. L'avis est \\*assorti\\* de réserves \\# et de conditions")),
        qPrintable(md.left(600)));
    QVERIFY(md.contains(QStringLiteral("Commission de déontologie (asserts)")));
    QVERIFY(md.contains(QStringLiteral("## 2. Une affirmation encore sans preuve")));
    QVERIFY(md.contains(QStringLiteral("No citation yet.")));
    // Each citation: the quote as a block quote, then its source.
    QVERIFY(md.contains(QStringLiteral("> ") + ClaimsReport::escaped(tricky.anchor.exact.simplified())));
    QVERIFY(md.contains(QStringLiteral("> — *")
        + ClaimsReport::escaped(m_fixture->dossier().sources().get(m_seeds[0])->title)));
    for (qint64 id : std::as_const(m_seeds))
        QVERIFY(md.contains(m_fixture->dossier().sources().get(id)->sha256));
}

void TestExportReports::markdownEscapesWhatWouldBeMarkup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("emphasis") << QStringLiteral("*a* _b_") << QStringLiteral("\\*a\\* \\_b\\_");
    QTest::addRow("heading") << QStringLiteral("# titre") << QStringLiteral("\\# titre");
    QTest::addRow("list at line start") << QStringLiteral("- point") << QStringLiteral("\\- point");
    QTest::addRow("dash inside") << QStringLiteral("2017-2018") << QStringLiteral("2017-2018");
    QTest::addRow("numbered list") << QStringLiteral("1. premier") << QStringLiteral("1\\. premier");
    QTest::addRow("link") << QStringLiteral("[lien](x)") << QStringLiteral("\\[lien\\]\\(x\\)");
}

void TestExportReports::markdownEscapesWhatWouldBeMarkup()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ClaimsReport::escaped(text), expected);
}

QTEST_MAIN(TestExportReports)
#include "tst_exportreports.moc"
