// SPDX-License-Identifier: GPL-3.0-or-later
// What an export writes of where a source came from, for the origins users give: a folder path
// (Unix or Windows), a file: URL, a relative path, a web address. By default a local file leaves
// by its name alone; web addresses always leave as they are.
#include "export/exportprovenance.h"

#include <QTest>

using namespace Recoupe;

Q_DECLARE_METATYPE(Recoupe::ExportProvenance::Origin)

class TestExportProvenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void originOf_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<ExportProvenance::Origin>("policy");
        QTest::addColumn<QString>("written");
        using O = ExportProvenance::Origin;
        const QString home = QStringLiteral("/home/jdupont/Sources confidentielles/Lanceur Paul D/note.txt");
        QTest::addRow("unix-path-name") << home << O::FileName << QStringLiteral("note.txt");
        QTest::addRow("unix-path-none") << home << O::None << QString();
        QTest::addRow("unix-path-full") << home << O::FullPath << home;
        QTest::addRow("windows-path-name") << QStringLiteral("C:\\Users\\jdupont\\Lanceur Paul D\\avis.pdf")
                                           << O::FileName << QStringLiteral("avis.pdf");
        QTest::addRow("file-url-name") << QStringLiteral("file:///home/jdupont/Lanceur%20Paul%20D/avis.pdf")
                                       << O::FileName << QStringLiteral("avis.pdf");
        QTest::addRow("relative-name")
            << QStringLiteral("Lanceur Paul D/note.txt") << O::FileName << QStringLiteral("note.txt");
        const QString web = QStringLiteral("https://www.example.org/article/depart.html");
        QTest::addRow("web-name") << web << O::FileName << web;
        QTest::addRow("web-none") << web << O::None << web;
        QTest::addRow("http-none") << QStringLiteral("http://example.org/a") << O::None
                                   << QStringLiteral("http://example.org/a");
        QTest::addRow("empty") << QString() << O::FullPath << QString();
    }

    void originOf()
    {
        QFETCH(QString, origin);
        QFETCH(ExportProvenance::Origin, policy);
        QFETCH(QString, written);
        Source source;
        source.origin = origin;
        source.canonicalUrl = origin;
        const ExportProvenance provenance(policy);
        QCOMPARE(provenance.originOf(source), written);
        QCOMPARE(provenance.canonicalUrlOf(source), written);
    }

    void namesRoundTrip()
    {
        for (auto origin : {ExportProvenance::Origin::FileName, ExportProvenance::Origin::None,
                 ExportProvenance::Origin::FullPath}) {
            ExportProvenance::Origin read = ExportProvenance::Origin::FullPath;
            QVERIFY(ExportProvenance::fromName(ExportProvenance::name(origin), &read));
            QCOMPARE(read, origin);
        }
        ExportProvenance::Origin untouched = ExportProvenance::Origin::None;
        QVERIFY(!ExportProvenance::fromName(QStringLiteral("folder"), &untouched));
        QCOMPARE(untouched, ExportProvenance::Origin::None);
        QCOMPARE(ExportProvenance().origin(), ExportProvenance::Origin::FileName);
    }
};

QTEST_GUILESS_MAIN(TestExportProvenance)
#include "tst_exportprovenance.moc"
