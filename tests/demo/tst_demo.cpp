// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demodossier.h"
#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

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
