// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demodossier.h"
#include "graph/graph.h"
#include "graph/revolvingdoor.h"
#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Recoupe;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theSampleDossierHasAReadCase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.recoupe"));
        const Status created = DemoDossier::create(path);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        auto opened = Dossier::open(path);
        QVERIFY(opened.ok());
        Dossier &dossier = **opened;

        const QVector<Source> sources = dossier.sources().list();
        QCOMPARE(sources.size(), 4);
        QSet<SourceKind> kinds;
        for (const Source &s : sources)
            kinds.insert(s.kind);
        QCOMPARE(kinds,
            (QSet<SourceKind> {SourceKind::Html, SourceKind::Markdown, SourceKind::Text, SourceKind::Pdf}));
        const Source html = sources.at(0);
        QCOMPARE(html.title,
            QStringLiteral("La directrice des données éducatives rejoint Nuvola Cloud, sous conditions"));
        QCOMPARE(html.language, QStringLiteral("fr"));

        // Every highlight's quote is the text at its offsets; PDF highlights have line boxes.
        const QVector<Annotation> annotations = dossier.annotations().all();
        QCOMPARE(annotations.size(), 9);
        int pdfHighlights = 0;
        for (const Annotation &a : annotations) {
            QCOMPARE(
                dossier.sources().textRange(a.anchor.sourceId, a.anchor.start, a.anchor.end), a.anchor.exact);
            QVERIFY(!a.tagIds.isEmpty());
            if (dossier.sources().get(a.anchor.sourceId)->kind == SourceKind::Pdf) {
                ++pdfHighlights;
                QCOMPARE(a.anchor.page, 0);
                QCOMPARE(a.anchor.quads.size(), 1);
                QVERIFY(a.anchor.quads.first().rect.width() > 50);
            }
        }
        QCOMPARE(pdfHighlights, 2);

        QCOMPARE(dossier.tags().all().size(), 4);
        int uses = 0;
        for (const Tag &tag : dossier.tags().all())
            uses += tag.useCount;
        QCOMPARE(uses, 11);
        QCOMPARE(dossier.claims().all().size(), 2);
        QCOMPARE(dossier.entities().all().size(), 8);
        // Each person and institution is named somewhere in the sources, its mentions to review.
        for (const Entity &entity : dossier.entities().all()) {
            const QVector<Mention> mentions = dossier.entities().mentions(entity.id);
            QVERIFY2(!mentions.isEmpty(), qPrintable(entity.name));
            QVERIFY(!mentions.first().confirmed);
        }
        const QVector<Mention> vasseur = dossier.entities().mentions(
            dossier.entities().findByName(QStringLiteral("Claire Vasseur")).first().id);
        QVERIFY(vasseur.size() >= 2); // "Claire Vasseur" and "Mme Vasseur"
        QCOMPARE(dossier.relationships().all().size(), 5);
        // Nothing to undo: the sample is where the user starts.
        QCOMPARE(dossier.undoStack()->count(), 0);
    }

    // The sample dossier: the director leaves the agency on 31 March 2024 and joins the contractor
    // on 1 April; the commission's reservations last until 31 March 2027; the agency's contract
    // with the company runs until 13 June 2026 ("Durée : quatre ans, soit jusqu'au 13 juin 2026").
    void revolvingDoorOnTheSampleTypesEachDateByWhatItEnds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.recoupe"));
        const Status created = DemoDossier::create(path);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        auto opened = Dossier::open(path);
        QVERIFY(opened.ok());
        Dossier &sample = **opened;
        const QVector<RevolvingDoorHit> hits = RevolvingDoor::find(sample);
        QCOMPARE(hits.size(), 1);
        const RevolvingDoorHit &hit = hits.first();
        QCOMPARE(hit.left.toIso(), QStringLiteral("2024-03-31"));
        QCOMPARE(hit.joined.toIso(), QStringLiteral("2024-04-01"));

        // The move took a day, not "1 month".
        QCOMPARE(hit.daysBetween, 1);
        QCOMPARE(RevolvingDoor::gapText(hit.left, hit.joined), QStringLiteral("the next day"));

        // The contract's end is not a restriction; the reservations are one date, not one a passage.
        QCOMPARE(hit.restrictedUntil(), QVector<PartialDate> {PartialDate::day(2027, 3, 31)});
        QHash<QString, const EndDate *> byDate;
        for (const EndDate &d : hit.endDates) {
            QVERIFY2(!byDate.contains(d.date.toIso()), qPrintable(d.date.toIso()));
            byDate.insert(d.date.toIso(), &d);
        }
        const EndDate *contract = byDate.value(QStringLiteral("2026-06-13"));
        QVERIFY(contract);
        QCOMPARE(contract->ends, DateMention::Ends::Contract);
        QCOMPARE(contract->readings.size(), 1);
        QCOMPARE(contract->readings.first().text, QStringLiteral("soit jusqu'au 13 juin 2026"));
        QCOMPARE(sample.sources().get(contract->readings.first().sourceId)->kind, SourceKind::Pdf);
        QVERIFY(!contract->readings.first().sourceTitle.isEmpty());

        const EndDate *reservations = byDate.value(QStringLiteral("2027-03-31"));
        QVERIFY(reservations);
        QCOMPARE(reservations->ends, DateMention::Ends::Restriction);
        // Read in the article's passage (cited by the claim and by the new role: one reading) and
        // in the claim's own words; each reading says where it comes from.
        QCOMPARE(reservations->readings.size(), 2);
        QSet<qint64> annotations;
        for (const DateReading &r : reservations->readings) {
            QVERIFY(r.annotationId || r.claimId);
            if (r.annotationId) {
                annotations.insert(r.annotationId);
                QCOMPARE(r.sourceTitle,
                    QStringLiteral(
                        "La directrice des données éducatives rejoint Nuvola Cloud, sous conditions"));
                QVERIFY(RevolvingDoor::readingText(r).contains(r.sourceTitle));
            }
        }
        QCOMPARE(annotations.size(), 1);

        const Graph graph = *Graph::fromDossier(sample);
        const QString summary = RevolvingDoor::describe(graph, hit);
        QVERIFY2(summary.contains(QStringLiteral("the next day")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Restriction until 2027-03-31.")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("2026-06-13")), qPrintable(summary));
        const QJsonObject json = RevolvingDoor::toJson(graph, hits).first().toObject();
        QCOMPARE(json.value(QStringLiteral("gap")).toString(), QStringLiteral("the next day"));
        QCOMPARE(json.value(QStringLiteral("daysBetween")).toInt(), 1);
        QStringList ends;
        for (const QJsonValue &d : json.value(QStringLiteral("endDates")).toArray())
            ends.append(
                d[QLatin1String("date")].toString() + QLatin1Char(' ') + d[QLatin1String("ends")].toString());
        QCOMPARE(ends,
            (QStringList {QStringLiteral("2026-06-13 contract"), QStringLiteral("2027-03-31 restriction")}));

        // The command line says the same, each date under what it ends, each reading with its source.
        QProcess cli;
        cli.start(QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli"), {QStringLiteral("revolving-door"), path});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("(2024-04-01) the next day")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(
                     "    Contract ends 2026-06-13:\n        “soit jusqu'au 13 juin 2026” — ")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("    Restriction until 2027-03-31:\n")), qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("        “jusqu'au 31 mars 2027 inclus” — La directrice des données "
                                        "éducatives rejoint Nuvola Cloud, sous conditions\n")),
            qPrintable(out));
        QCOMPARE(out.count(QStringLiteral("2027-03-31:")), 1);
    }

    void ensureBuildsOnceInTheDataFolder()
    {
        const auto first = DemoDossier::ensure();
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(QFile::exists(*first));
        const QDateTime built = QFileInfo(*first).lastModified();
        const auto second = DemoDossier::ensure();
        QCOMPARE(*second, *first);
        QCOMPARE(QFileInfo(*second).lastModified(), built);
        QFile::remove(*first);
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
