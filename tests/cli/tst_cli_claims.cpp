// SPDX-License-Identifier: GPL-3.0-or-later
// `recoupe-cli claim cite` as a script uses it: a second piece of evidence for a claim, from a
// quote or an existing highlight, with the count of distinct sources the claim then rests on.
#include "clirunner.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Recoupe;

namespace {

QString seedFile(int index)
{
    const QDir dir(QStringLiteral(RECOUPE_SEEDS));
    return dir.filePath(dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name).value(index));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliClaims : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CliRun cli(const QStringList &arguments) const { return CliRunner(m_dir.path()).run(arguments); }

    QVector<qint64> evidenceOf(const QString &dossierPath, qint64 claimId)
    {
        auto opened = Dossier::open(dossierPath);
        if (!opened)
            return {};
        const auto claim = (*opened)->claims().get(claimId);
        return claim ? claim->evidenceIds : QVector<qint64>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(CliRunner::program()));
    }

    void citeASecondPassageFromAnotherArticle()
    {
        const QString dossier = m_dir.filePath(QStringLiteral("cite.recoupe"));
        QCOMPARE(cli({QStringLiteral("new"), dossier}).exitCode, 0);
        const CliRun imported
            = cli({QStringLiteral("import"), dossier, seedFile(0), seedFile(2), QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
        const QJsonArray sources = imported.json().array();
        QCOMPARE(sources.size(), 2);
        const QString first = QString::number(sources.at(0)[QLatin1String("source")].toInteger());
        const QString second = QString::number(sources.at(1)[QLatin1String("source")].toInteger());

        const CliRun added
            = cli({QStringLiteral("claim"), QStringLiteral("add"), dossier, QStringLiteral("--text"),
                QStringLiteral("L’Éducation nationale confie des données d’élèves à Amazon")});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
        const QString claim = added.outText().trimmed();

        // A passage of the first article, found by its quote: highlighted and cited.
        const QString quote = QStringLiteral("Mathieu Jeandron");
        CliRun cited = cli({QStringLiteral("claim"), QStringLiteral("cite"), dossier, claim,
            QStringLiteral("--source"), first, QStringLiteral("--quote"), quote});
        QVERIFY2(cited.exitCode == 0, cited.describe().constData());
        QStringList lines = cited.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const qint64 firstAnnotation = lines.at(0).toLongLong();
        QVERIFY(firstAnnotation > 0);
        QCOMPARE(
            lines.at(1), QStringLiteral("Claim %1 rests on 1 passage from 1 distinct source.").arg(claim));

        // An existing highlight of the second article, by its id.
        const CliRun annotated = cli({QStringLiteral("annotate"), dossier, QStringLiteral("--source"), second,
            QStringLiteral("--quote"), QStringLiteral("évaluations nationales")});
        QVERIFY2(annotated.exitCode == 0, annotated.describe().constData());
        const QString highlight = annotated.outText().trimmed();
        cited = cli({QStringLiteral("claim"), QStringLiteral("cite"), dossier, claim,
            QStringLiteral("--annotation"), highlight});
        QVERIFY2(cited.exitCode == 0, cited.describe().constData());
        lines = cited.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), highlight);
        QCOMPARE(lines.value(1),
            QStringLiteral("Claim %1 rests on 2 passages from 2 distinct sources.").arg(claim));
        QCOMPARE(evidenceOf(dossier, claim.toLongLong()),
            (QVector<qint64> {firstAnnotation, highlight.toLongLong()}));

        // The same article republished elsewhere: once its canonical URL says so, the two count once.
        {
            auto opened = Dossier::open(dossier);
            QVERIFY2(opened, qPrintable(opened.error()));
            for (const auto &[id, url] :
                {std::pair {first.toLongLong(), QStringLiteral("https://www.example.org/amazon/")},
                    std::pair {
                        second.toLongLong(), QStringLiteral("http://example.org/amazon?utm_source=rss")}}) {
                auto source = (*opened)->sources().get(id);
                QVERIFY(source);
                source->canonicalUrl = url;
                QVERIFY((*opened)->updateSource(*source).ok());
            }
        }
        cited = cli({QStringLiteral("claim"), QStringLiteral("cite"), dossier, claim,
            QStringLiteral("--source"), second, QStringLiteral("--quote"), QStringLiteral("Sud Éducation")});
        QVERIFY2(cited.exitCode == 0, cited.describe().constData());
        lines = cited.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1),
            QStringLiteral("Claim %1 rests on 3 passages from 1 distinct source (2 share their origin).")
                .arg(claim));
        QVERIFY2(
            lines.at(2).startsWith(QStringLiteral("Same origin, counted once: “")), qPrintable(lines.at(2)));
    }

    void refusedCitationsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments"); // after "claim cite DOSSIER"
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("no claim id") << QStringList {} << 2
                                     << QStringLiteral("claim cite needs the argument CLAIM_ID.");
        QTest::addRow("neither quote nor annotation")
            << QStringList {QStringLiteral("1")} << 2
            << QStringLiteral("claim cite needs either --annotation ID or --source ID with --quote TEXT.");
        QTest::addRow("both quote and annotation")
            << QStringList {QStringLiteral("1"), QStringLiteral("--annotation"), QStringLiteral("1"),
                   QStringLiteral("--source"), QStringLiteral("1"), QStringLiteral("--quote"),
                   QStringLiteral("x")}
            << 2
            << QStringLiteral("claim cite needs either --annotation ID or --source ID with --quote TEXT.");
        QTest::addRow("quote without source")
            << QStringList {QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Amazon")} << 2
            << QStringLiteral("claim cite needs both --source ID and --quote TEXT.");
        QTest::addRow("unknown claim") << QStringList {QStringLiteral("9"), QStringLiteral("--source"),
            QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Amazon")}
                                       << 1 << QStringLiteral("There is no claim 9 in %1.");
        QTest::addRow("quote not in the source")
            << QStringList {QStringLiteral("1"), QStringLiteral("--source"), QStringLiteral("1"),
                   QStringLiteral("--quote"), QStringLiteral("Google Classroom à Lyon")}
            << 1 << QString();
        QTest::addRow("passage already cited")
            << QStringList {QStringLiteral("1"), QStringLiteral("--annotation"), QStringLiteral("1")} << 1
            << QStringLiteral("Cannot cite in claim 1 of %1: The claim “Amazon recrute le directeur” already "
                              "cites this passage.");
    }

    void refusedCitationsWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString dossier
            = m_dir
                  .filePath(
                      QStringLiteral("refused-%1.recoupe").arg(QString::fromUtf8(QTest::currentDataTag())))
                  .replace(QLatin1Char(' '), QLatin1Char('-'));
        QCOMPARE(cli({QStringLiteral("new"), dossier}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("import"), dossier, seedFile(0)}).exitCode, 0);
        const CliRun annotated = cli({QStringLiteral("annotate"), dossier, QStringLiteral("--source"),
            QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("Amazon")});
        QVERIFY2(annotated.exitCode == 0, annotated.describe().constData());
        const CliRun added = cli({QStringLiteral("claim"), QStringLiteral("add"), dossier,
            QStringLiteral("--text"), QStringLiteral("Amazon recrute le directeur"),
            QStringLiteral("--evidence"), QStringLiteral("1")});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
        const QByteArray before = readFile(dossier);

        const CliRun run
            = cli(QStringList {QStringLiteral("claim"), QStringLiteral("cite"), dossier} + arguments);
        QVERIFY2(run.exitCode == exitCode, run.describe().constData());
        if (!message.isEmpty())
            QCOMPARE(run.errLines().value(0),
                QStringLiteral("recoupe-cli: ")
                    + (message.contains(QLatin1String("%1")) ? message.arg(dossier) : message));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(readFile(dossier), before);
        QCOMPARE(evidenceOf(dossier, 1), QVector<qint64> {1});
    }
};

QTEST_GUILESS_MAIN(TestCliClaims)
#include "tst_cli_claims.moc"
