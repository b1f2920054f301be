// SPDX-License-Identifier: GPL-3.0-or-later
// The library and annotation list models, checked the way a view uses them: QAbstractItemModelTester
// watches every signal, the library reads a big dossier in batches, and each edit in the dossier
// (import, removal, rename, undo) touches only its row — never a reset.
#include "models/annotationlistmodel.h"
#include "models/sourcelistmodel.h"
#include "seeddossier.h"
#include "storage/annotationstore.h"
#include "storage/tagstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Recoupe;

class TestLibraryModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Dossier> newDossier()
    {
        auto opened = Dossier::open(
            m_dir.filePath(QStringLiteral("d%1.recoupe").arg(++m_count)), Dossier::OpenMode::Create);
        return opened ? std::move(opened).value() : nullptr;
    }

    qint64 highlight(
        Dossier &dossier, qint64 sourceId, const QString &quote, const QVector<qint64> &tags = {})
    {
        const auto anchor = dossier.anchorForQuote(sourceId, quote);
        if (!anchor)
            return 0;
        Annotation a;
        a.anchor = *anchor;
        a.tagIds = tags;
        const auto id = dossier.addAnnotation(a);
        return id ? *id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void lazyLoadingOverAThousandSources()
    {
        auto dossier = newDossier();
        QVERIFY(dossier);
        QVERIFY(SeedDossier::addGenerated(*dossier, 1000));

        SourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBatchSize(200);
        model.setDossier(dossier.get());
        // Nothing is read until a view asks; then one batch at a time.
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 1000);
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(
            model.index(0, SourceListModel::TitleColumn).data().toString(), QStringLiteral("Source 00001"));
        QCOMPARE(
            model.index(199, SourceListModel::TitleColumn).data().toString(), QStringLiteral("Source 00200"));
        int batches = 1;
        while (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
            ++batches;
        }
        QCOMPARE(batches, 5);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(
            model.index(999, SourceListModel::TitleColumn).data().toString(), QStringLiteral("Source 01000"));
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void sourceAddedBeyondTheRowsReadIsFetchedLater()
    {
        auto dossier = newDossier();
        QVERIFY(SeedDossier::addGenerated(*dossier, 500));
        SourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBatchSize(100);
        model.setDossier(dossier.get());
        model.fetchMore(QModelIndex());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // An import while the view holds only the first hundred: the new source waits its turn.
        QVERIFY(SeedDossier::addGenerated(*dossier, 1, 501));
        const qint64 newId = dossier->sources().list(500, 1).value(0).id;
        dossier->recordImport({ newId });
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.totalCount(), 501);
        QCOMPARE(inserted.count(), 0);
        model.fetchAll();
        QCOMPARE(model.rowCount(), 501);
        QCOMPARE(model.sourceIdAt(500), newId);
        QCOMPARE(reset.count(), 0);
    }

    void importRemoveRenameAreFineGrained()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("seeds-model.recoupe"));
        const QVector<qint64> ids = SeedDossier::create(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto opened = Dossier::open(path);
        QVERIFY(opened);
        std::unique_ptr<Dossier> dossier = std::move(opened).value();

        SourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDossier(dossier.get());
        model.fetchAll();
        QCOMPARE(model.rowCount(), 5);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Remove the third article: exactly its row goes; undo puts it back in place.
        QCOMPARE(model.sourceIdAt(2), ids.at(2));
        QVERIFY(dossier->removeSource(ids.at(2)).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(ids.at(2)), -1);
        dossier->undoStack()->undo();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(model.sourceIdAt(2), ids.at(2));

        // Rename through the model, as the view's editor does: the dossier records it; the row
        // changes; undo restores the title.
        const QString before = model.index(1, SourceListModel::TitleColumn).data().toString();
        QVERIFY(
            model.setData(model.index(1, SourceListModel::TitleColumn), QStringLiteral("Article renommé")));
        QCOMPARE(dossier->sources().get(ids.at(1))->title, QStringLiteral("Article renommé"));
        QCOMPARE(model.index(1, SourceListModel::TitleColumn).data().toString(),
            QStringLiteral("Article renommé"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(dossier->undoStack()->undoText(), QStringLiteral("Rename source"));
        dossier->undoStack()->undo();
        QCOMPARE(model.index(1, SourceListModel::TitleColumn).data().toString(), before);

        // An empty title is refused and nothing is recorded.
        QSignalSpy failed(&model, &SourceListModel::editFailed);
        const int steps = dossier->undoStack()->count();
        QVERIFY(!model.setData(model.index(1, SourceListModel::TitleColumn), QStringLiteral("   ")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(dossier->undoStack()->count(), steps);

        // Highlighting updates only the count cell of that source.
        changed.clear();
        QVERIFY(highlight(*dossier, ids.at(0), QStringLiteral("commission de déontologie")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, SourceListModel::AnnotationsColumn));
        QCOMPARE(model.index(0, SourceListModel::AnnotationsColumn).data().toInt(), 1);

        // Import of a new file: one row appended, at the end, where its id belongs.
        SourceDraft draft;
        draft.source.title = QStringLiteral("Note interne");
        draft.text = QStringLiteral("Une note.");
        draft.original = draft.text.toUtf8();
        const auto added = dossier->sources().insert(draft);
        QVERIFY(added);
        inserted.clear();
        dossier->recordImport({ *added });
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.sourceIdAt(5), *added);
        QCOMPARE(
            model.index(5, SourceListModel::TitleColumn).data().toString(), QStringLiteral("Note interne"));
        // Undoing the import removes that row only.
        removed.clear();
        dossier->undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 5);

        QCOMPARE(reset.count(), 0);
    }

    void annotationListFollowsTheDossier()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("seeds-annotations.recoupe"));
        const QVector<qint64> ids = SeedDossier::create(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto opened = Dossier::open(path);
        QVERIFY(opened);
        std::unique_ptr<Dossier> dossier = std::move(opened).value();
        Tag reserves;
        reserves.name = QStringLiteral("Réserves de la commission");
        reserves.color = QColor(QStringLiteral("#ef9a9a")); // not the highlight's default yellow
        const auto tag = dossier->addTag(reserves);
        QVERIFY(tag);

        AnnotationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDossier(dossier.get());
        model.setScope(ids.at(0));
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Added out of text order, listed in text order.
        const qint64 later = highlight(*dossier, ids.at(0), QStringLiteral("architecte solutions cloud"));
        const qint64 earlier
            = highlight(*dossier, ids.at(0), QStringLiteral("commission de déontologie"), { *tag });
        QVERIFY(highlight(*dossier, ids.at(2), QStringLiteral("Amazon"))); // another source: not listed
        QVERIFY(later && earlier);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.annotationIdAt(0), earlier);
        QCOMPARE(model.annotationIdAt(1), later);
        QCOMPARE(model.index(0).data(AnnotationListModel::TagNamesRole).toString(),
            QStringLiteral("Réserves de la commission"));
        QCOMPARE(model.index(0).data(AnnotationListModel::ColorRole).value<QColor>(),
            dossier->tags().get(*tag)->color);

        // A note edit changes its row; deleting removes it; undo brings it back.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(dossier->setAnnotationNote(later, QStringLiteral("Recruté en mai")).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            model.index(1).data(AnnotationListModel::NoteRole).toString(), QStringLiteral("Recruté en mai"));
        QVERIFY(dossier->removeAnnotation(earlier).ok());
        QCOMPARE(model.rowCount(), 1);
        dossier->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.annotationIdAt(0), earlier);

        // Filters: by tag, by text (accents aside), by color.
        model.setTagFilter(*tag);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.annotationIdAt(0), earlier);
        model.setTagFilter(0);
        model.setTextFilter(QStringLiteral("deontologie"));
        QCOMPARE(model.rowCount(), 1);
        model.setTextFilter(QStringLiteral("recrute"));
        QCOMPARE(model.rowCount(), 1); // the note says it
        QCOMPARE(model.annotationIdAt(0), later);
        model.setTextFilter(QString());
        model.setColorFilter(dossier->tags().get(*tag)->color);
        QCOMPARE(model.rowCount(), 1);
        model.setColorFilter(QColor());

        // With a tag filter on, tagging another highlight brings it in (a row, not a reset).
        model.setTagFilter(*tag);
        const int resets = reset.count();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(dossier->setAnnotationTags(later, { *tag }).ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(reset.count(), resets);

        // Whole dossier: three highlights in source then text order, with source titles.
        model.setTagFilter(0);
        model.setScope(0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data(AnnotationListModel::SourceIdRole).toLongLong(), ids.at(2));
        QVERIFY(!model.index(2).data(AnnotationListModel::SourceTitleRole).toString().isEmpty());
        // Removing the third source hides its highlight.
        QVERIFY(dossier->removeSource(ids.at(2)).ok());
        QCOMPARE(model.rowCount(), 2);
        dossier->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
