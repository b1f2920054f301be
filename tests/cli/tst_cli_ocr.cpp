// SPDX-License-Identifier: GPL-3.0-or-later
// `recoupe-cli ocr`: a scanned PDF (or an image) imported, then read again in another language, as a script
// would drive it; the JSON says which pages were read, in which language, with what confidence.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Recoupe;

class TestCliOcr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readAgainInAnotherLanguage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("scanned pdf") << QStringLiteral("scan.pdf");
        // An image source is read again the same way.
        QTest::newRow("png image") << QStringLiteral("page.png");
    }

    void readAgainInAnotherLanguage()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString original = dir.filePath(QStringLiteral("original.pdf"));
        {
            QPdfWriter writer(original);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            QPainter painter(&writer);
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPointSizeF(12);
            painter.setFont(font);
            painter.drawText(QRectF(60, 80, 475, 200), Qt::TextWordWrap,
                QStringLiteral("La commission de déontologie a rendu son avis le douze mars, assorti de "
                               "réserves sur les contacts du directeur à Bruxelles."));
            QVERIFY(painter.end());
        }
        auto tool = [&](const QString &program, const QStringList &arguments) {
            QProcess process;
            process.start(program, arguments);
            return process.waitForFinished(120000) && process.exitCode() == 0;
        };
        QVERIFY(tool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"), QStringLiteral("-png"),
                QStringLiteral("-singlefile"), original, dir.filePath(QStringLiteral("page"))}));
        const QString scan = dir.filePath(QStringLiteral("scan.pdf"));
        QVERIFY(tool(QStringLiteral("img2pdf"),
            {dir.filePath(QStringLiteral("page.png")), QStringLiteral("-o"), scan}));

        CliRunner cli(dir.path());
        const QString dossier = dir.filePath(QStringLiteral("case.recoupe"));
        CliRun run = cli.run({QStringLiteral("new"), dossier});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        run = cli.run({QStringLiteral("import"), dossier, dir.filePath(file)});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        run = cli.run({QStringLiteral("sources"), dossier, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonArray pages
            = run.json().array().at(0).toObject().value(QStringLiteral("ocr_pages")).toArray();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).toObject().value(QStringLiteral("page")).toInt(), 1);
        QCOMPARE(
            pages.at(0).toObject().value(QStringLiteral("language")).toString(), QStringLiteral("fra+eng"));
        QVERIFY(pages.at(0).toObject().value(QStringLiteral("confidence")).toDouble() > 80);

        run = cli.run({QStringLiteral("annotate"), dossier, QStringLiteral("--source"), QStringLiteral("1"),
            QStringLiteral("--quote"), QStringLiteral("Bruxelles")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());

        run = cli.run({QStringLiteral("ocr"), dossier, QStringLiteral("1"), QStringLiteral("--language"),
            QStringLiteral("eng"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject read = run.json().object();
        QCOMPARE(read.value(QStringLiteral("ocr_pages"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("language"))
                     .toString(),
            QStringLiteral("eng"));
        QCOMPARE(read.value(QStringLiteral("orphaned_anchors")).toArray().size(), 0);
        run = cli.run({QStringLiteral("sources"), dossier, QStringLiteral("--json")});
        QCOMPARE(run.json()
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("ocr_pages"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("language")),
            QStringLiteral("eng"));

        // A language whose model is not installed: the package to install, and nothing changed.
        run = cli.run({QStringLiteral("ocr"), dossier, QStringLiteral("1"), QStringLiteral("--language"),
            QStringLiteral("xyz")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QLatin1String("tesseract-ocr-xyz")), run.describe().constData());
    }
};

QTEST_MAIN(TestCliOcr)
#include "tst_cli_ocr.moc"
