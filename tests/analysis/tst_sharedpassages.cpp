// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/sharedpassagefinder.h"
#include "demo/demodossier.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Recoupe;

namespace {

// The whole words of `text` between the offsets, white space simplified, as a reader sees them.
QString slice(const QString &text, qint64 start, qint64 end)
{
    return text.mid(start, end - start).simplified();
}

} // namespace

class TestSharedPassages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.recoupe"));
        const Status created = DemoDossier::create(m_path);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        auto opened = Dossier::open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        for (const Source &source : (*opened)->sources().list()) {
            m_ids.insert(source.origin.section(QLatin1Char(':'), 1), source.id);
            m_texts.insert(source.id, (*opened)->sources().text(source.id));
        }
        QCOMPARE(m_ids.size(), 4);
        SharedPassageFinder finder;
        finder.addDossier(**opened);
        m_demoPairs = finder.allPassages();
    }

    // The ethics commission's dates and conditions, as the article, the opinion and the working
    // notes each quote them, are found in both sources of each pair.
    void theSampleCaseRepeatsTheCommissionsDates_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("inFirst");
        QTest::addColumn<QString>("inSecond");
        const QString article = QStringLiteral("depart-directrice.html"),
                      opinion = QStringLiteral("avis-commission.md"),
                      notes = QStringLiteral("chronologie.txt");
        const QString deadline = QStringLiteral("jusqu'au 31 mars 2027 inclus");
        QTest::addRow("deadline, article and opinion") << article << opinion << deadline << deadline;
        QTest::addRow("deadline, article and notes") << article << notes << deadline << deadline;
        QTest::addRow("deadline, opinion and notes") << opinion << notes << deadline << deadline;
        QTest::addRow("opinion's date, reworded, article and notes")
            << article << notes << QStringLiteral("12 mars 2024 un avis de compatibilité")
            << QStringLiteral("12 mars 2024 : avis de compatibilité");
        QTest::addRow("the contract, article and notes")
            << article << notes
            << QStringLiteral("le marché d'hébergement de la plateforme des évaluations nationales")
            << QStringLiteral("le marché d'hébergement de la plateforme des évaluations nationales");
        QTest::addRow("who she is, article and opinion")
            << article << opinion << QStringLiteral("directrice de l'Agence nationale des données éducatives")
            << QStringLiteral("directrice de l'Agence nationale des données éducatives");
    }

    void theSampleCaseRepeatsTheCommissionsDates()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, inFirst);
        QFETCH(QString, inSecond);
        const qint64 a = m_ids.value(first), b = m_ids.value(second);
        QVERIFY(a && b);
        bool found = false;
        for (const SharedPassage &p : std::as_const(m_demoPairs)) {
            const bool forward = p.sourceA == a && p.sourceB == b;
            if (!forward && !(p.sourceA == b && p.sourceB == a))
                continue;
            const QString inA = slice(m_texts.value(p.sourceA), p.startA, p.endA);
            const QString inB = slice(m_texts.value(p.sourceB), p.startB, p.endB);
            if ((forward ? inA : inB).contains(inFirst) && (forward ? inB : inA).contains(inSecond))
                found = true;
        }
        QVERIFY2(found,
            qPrintable(QStringLiteral("“%1” not found between %2 and %3").arg(inFirst, first, second)));
    }

    // Nothing under the threshold: 8 identical words, or 5 when one of them is a number.
    void noSampleCasePassageIsShorterThanTheThreshold()
    {
        QVERIFY(!m_demoPairs.isEmpty());
        for (const SharedPassage &p : std::as_const(m_demoPairs)) {
            QVERIFY2(
                p.words >= 8 || (p.words >= 5 && p.text.contains(QRegularExpression(QStringLiteral("\\d")))),
                qPrintable(p.text));
            QVERIFY(p.similarity >= 0.5 && p.similarity <= 1.0);
        }
    }

    // Dossier-wide: the deadline is one passage, repeated by three sources.
    void theDeadlineIsOnePassageInThreeSources()
    {
        const QVector<RepeatedPassage> repeated = SharedPassageFinder::group(m_demoPairs);
        QVERIFY(!repeated.isEmpty());
        const RepeatedPassage &first = repeated.first();
        QVERIFY2(first.text.contains(QStringLiteral("31 mars 2027 inclus")), qPrintable(first.text));
        QCOMPARE(first.sourceCount(), 3);
        QList<qint64> sources;
        for (const RepeatedPassage::Place &place : first.places) {
            sources.append(place.sourceId);
            QVERIFY(slice(m_texts.value(place.sourceId), place.start, place.end)
                        .contains(QStringLiteral("31 mars 2027")));
        }
        std::sort(sources.begin(), sources.end());
        QList<qint64> expected {m_ids.value(QStringLiteral("depart-directrice.html")),
            m_ids.value(QStringLiteral("avis-commission.md")),
            m_ids.value(QStringLiteral("chronologie.txt"))};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(sources, expected);
    }

    // Two texts: what they share (as a reader would mark it in each), or nothing.
    void twoTexts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("inA"); // the passage found in a, empty when none is expected
        QTest::addColumn<QString>("inB");
        QTest::addColumn<bool>("verbatim");

        QTest::addRow("sentence reworded lightly")
            << QStringLiteral(
                   "Selon nos informations, le conseil municipal a voté mardi soir la fermeture "
                   "définitive de la piscine Jean-Bouin, malgré l'opposition des riverains. Le maire "
                   "n'a pas souhaité répondre.")
            << QStringLiteral(
                   "Coup de théâtre : le Conseil municipal a voté lundi la fermeture définitive de "
                   "la piscine Jean Bouin malgré l’opposition des RIVERAINS, a-t-on appris hier.")
            << QStringLiteral("le conseil municipal a voté mardi soir la fermeture définitive de la piscine "
                              "Jean-Bouin, malgré l'opposition des riverains")
            << QStringLiteral("le Conseil municipal a voté lundi la fermeture définitive de la piscine Jean "
                              "Bouin malgré l’opposition des RIVERAINS")
            << false;
        QTest::addRow("accents, case and a word broken at a line end")
            << QStringLiteral("Rapport. La Commission de Déontologie a été saisie de l'hébergement des "
                              "évaluations nationales par la société. Fin.")
            << QStringLiteral("Note : la commission de deontologie a ete saisie de l'hé-\nbergement des "
                              "evaluations nationales par la societe ; suite.")
            << QStringLiteral("La Commission de Déontologie a été saisie de l'hébergement des évaluations "
                              "nationales par la société")
            << QStringLiteral("la commission de deontologie a ete saisie de l'hé- bergement des evaluations "
                              "nationales par la societe")
            << true;
        QTest::addRow("a date quoted in five words")
            << QStringLiteral("Le contrat court jusqu'au 13 juin 2026 inclus, dit-il.")
            << QStringLiteral("Durée : soit jusqu'au 13 juin 2026 inclus.")
            << QStringLiteral("jusqu'au 13 juin 2026 inclus")
            << QStringLiteral("jusqu'au 13 juin 2026 inclus") << true;
        QTest::addRow("a short common phrase is not a passage")
            << QStringLiteral(
                   "Les enseignants ont écrit au ministère de l'Éducation nationale pour protester.")
            << QStringLiteral("Une circulaire du ministère de l’éducation nationale précise les horaires.")
            << QString() << QString() << false;
        QTest::addRow("unrelated texts")
            << QStringLiteral(
                   "La commission a rendu un avis de compatibilité assorti de réserves pour trois ans.")
            << QStringLiteral("Le syndicat dénonce l'hébergement des données des élèves par une entreprise "
                              "américaine, hors de portée des juridictions françaises.")
            << QString() << QString() << false;
        QTest::addRow("one text empty")
            << QString() << QStringLiteral("jusqu'au 31 mars 2027 inclus") << QString() << QString() << false;
    }

    void twoTexts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, inA);
        QFETCH(QString, inB);
        QFETCH(bool, verbatim);
        const QVector<SharedPassage> found = SharedPassageFinder::compare(a, b);
        if (inA.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.value(0).text));
            return;
        }
        QCOMPARE(found.size(), 1);
        const SharedPassage &p = found.first();
        QCOMPARE(slice(a, p.startA, p.endA), inA);
        QCOMPARE(slice(b, p.startB, p.endB), inB);
        QCOMPARE(p.text, inA);
        QCOMPARE(p.similarity == 1.0, verbatim);
        QVERIFY(p.words >= 5);
    }

    // Two 200-page texts (100,000 words each) that share three passages: all three found, exactly.
    void twoBooksShareTheirThreePassages()
    {
        QRandomGenerator random(14);
        QStringList vocabulary;
        for (int i = 0; i < 20000; ++i) {
            QString word;
            const int length = 2 + int(random.bounded(9));
            for (int c = 0; c < length; ++c)
                word.append(QChar(u'a' + char16_t(random.bounded(26))));
            vocabulary.append(word);
        }
        const auto book = [&] {
            QStringList words;
            for (int i = 0; i < 100000; ++i)
                words.append(vocabulary.at(int(random.bounded(vocabulary.size()))));
            return words;
        };
        QStringList a = book(), b = book();
        const QStringList shared[] = {
            QStringLiteral("la commission rend un avis de compatibilité avec réserves")
                .split(QLatin1Char(' ')),
            QStringLiteral("soit jusqu'au 31 mars 2027 inclus").split(QLatin1Char(' ')),
            QStringLiteral("Nuvola Cloud a remporté en 2022 le marché d'hébergement de la plateforme")
                .split(QLatin1Char(' ')),
        };
        for (int i = 0; i < 3; ++i) {
            for (int w = 0; w < shared[i].size(); ++w) {
                a[10000 + 30000 * i + w] = shared[i].at(w);
                b[90000 - 30000 * i + w] = shared[i].at(w);
            }
        }
        const QString textA = a.join(QLatin1Char(' ')), textB = b.join(QLatin1Char(' '));
        // Speed is bench_sharedpassages' to show; this checks the result at book length.
        const QVector<SharedPassage> found = SharedPassageFinder::compare(textA, textB);
        QCOMPARE(found.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(found.at(i).text, shared[i].join(QLatin1Char(' ')));
    }

    // `recoupe-cli shared`: the dossier's repeated passages, a pair's, and a usage error.
    void theCommandLinePrintsTheSharedPassages()
    {
        const auto run = [this](const QStringList &arguments, int *exitCode) {
            QProcess cli;
            cli.start(QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli"),
                QStringList {QStringLiteral("shared"), m_path} + arguments);
            if (!cli.waitForFinished(60000))
                return QByteArray();
            *exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
            return QByteArray(cli.readAllStandardOutput() + cli.readAllStandardError());
        };
        int code = -1;
        const QByteArray all = run({QStringLiteral("--json")}, &code);
        QCOMPARE(code, 0);
        const QJsonArray repeated
            = QJsonDocument::fromJson(all).object().value(QStringLiteral("passages")).toArray();
        QVERIFY2(!repeated.isEmpty(), all.constData());
        const QJsonObject deadline = repeated.first().toObject();
        QVERIFY(deadline.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("31 mars 2027 inclus")));
        QCOMPARE(deadline.value(QStringLiteral("places")).toArray().size(), 3);

        const qint64 article = m_ids.value(QStringLiteral("depart-directrice.html"));
        const qint64 notes = m_ids.value(QStringLiteral("chronologie.txt"));
        const QString pair
            = QString::fromUtf8(run({QString::number(article), QString::number(notes)}, &code));
        QCOMPARE(code, 0);
        QVERIFY2(pair.contains(QStringLiteral("share 3 passages.")), qPrintable(pair));
        QVERIFY2(pair.contains(
                     QStringLiteral("le marché d'hébergement de la plateforme des évaluations nationales")),
            qPrintable(pair));

        // With a higher threshold the dates (5 and 6 words) are left out, the contract (9) stays.
        const QString strict = QString::fromUtf8(run({QString::number(article), QString::number(notes),
                                                         QStringLiteral("--min-words"), QStringLiteral("9")},
            &code));
        QCOMPARE(code, 0);
        QVERIFY2(strict.contains(QStringLiteral("share 1 passage.")), qPrintable(strict));

        const QString usage = QString::fromUtf8(run({QString::number(article)}, &code));
        QCOMPARE(code, 2);
        QVERIFY(usage.contains(QStringLiteral("Give two sources to compare, or none to compare them all.")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, qint64> m_ids; // by the sample's file name
    QHash<qint64, QString> m_texts;
    QVector<SharedPassage> m_demoPairs;
};

// The sample dossier typesets its PDF source, which needs fonts: a QGuiApplication.
QTEST_MAIN(TestSharedPassages)
#include "tst_sharedpassages.moc"
