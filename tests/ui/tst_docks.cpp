// SPDX-License-Identifier: GPL-3.0-or-later
// The codebook, claims and search docks, driven as a user drives them: through their actions,
// dialogs, keyboard and context menus, with the dossier file checked after each step.
#include "dialogs/claimeditor.h"
#include "docks/claimsdock.h"
#include "docks/codebookdock.h"
#include "docks/codebooksummary.h"
#include "docks/searchdock.h"
#include "models/claimlistmodel.h"
#include "models/searchresultmodel.h"
#include "models/tagtreemodel.h"
#include "spell/dossierdictionary.h"
#include "spell/spellcheckdecorator.h"
#include "spell/spellchecker.h"
#include "spell/spellcheckhighlighter.h"
#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Recoupe;

namespace {

// CI sets RECOUPE_REQUIRE_SPELL=1: there a missing dictionary fails the test instead of skipping.
bool spellRequired()
{
    return qEnvironmentVariableIntValue("RECOUPE_REQUIRE_SPELL") == 1;
}

// Lower case without accents, as the search index compares words.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

struct Seed
{
    QString fileName;
    QString text;
};

QVector<Seed> readSeeds()
{
    QVector<Seed> seeds;
    const QDir dir(QStringLiteral(RECOUPE_SEEDS));
    for (const QString &name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            seeds.append({ name, QString::fromUtf8(file.readAll()) });
    }
    return seeds;
}

// type() only knows ASCII: accented letters are typed as key events with their text.
void type(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Enter in an item editor commits through a queued call, as in the running application.
void commit(QWidget *editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QLineEdit *openEditor(QAbstractItemView *view)
{
    for (int i = 0; i < 50; ++i) {
        for (QLineEdit *editor : view->viewport()->findChildren<QLineEdit *>()) {
            if (editor->isVisible())
                return editor;
        }
        QTest::qWait(10);
    }
    return nullptr;
}

template<typename T> T *waitForChild(QObject *parent, const QString &name)
{
    T *child = nullptr;
    for (int i = 0; i < 100 && !child; ++i) {
        child = parent->findChild<T *>(name);
        if (!child)
            QTest::qWait(10);
    }
    return child;
}

} // namespace

class TestDocks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Dossier> m_dossier;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, qint64> m_seedIds; // file name → source id

    void importSeeds()
    {
        const QVector<Seed> seeds = readSeeds();
        if (seeds.isEmpty()) {
            if (spellRequired())
                QFAIL("no seed articles in " RECOUPE_SEEDS);
            QSKIP("no seed articles in " RECOUPE_SEEDS);
        }
        QVector<qint64> ids;
        for (const Seed &seed : seeds) {
            SourceDraft draft;
            draft.source.title = seed.fileName;
            draft.source.kind = SourceKind::Text;
            draft.source.origin = seed.fileName;
            draft.source.language = QStringLiteral("fr");
            draft.original = seed.text.toUtf8();
            draft.text = seed.text;
            const auto id = m_dossier->sources().insert(draft);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            m_seedIds.insert(seed.fileName, *id);
            ids.append(*id);
        }
        m_dossier->recordImport(ids);
    }

    // A highlight on the first occurrence of `quote` in the first seed that has it.
    qint64 highlight(const QString &quote, const QVector<qint64> &tagIds)
    {
        for (qint64 sourceId : std::as_const(m_seedIds)) {
            const auto anchor = m_dossier->anchorForQuote(sourceId, quote);
            if (!anchor)
                continue;
            Annotation annotation;
            annotation.anchor = *anchor;
            annotation.tagIds = tagIds;
            const auto added = m_dossier->addAnnotation(annotation);
            return added ? *added : 0;
        }
        return 0;
    }

    qint64 addTagThroughDock(CodebookDock &dock, bool asChild, const QString &name)
    {
        const int before = int(m_dossier->tags().all().size());
        (asChild ? dock.addSubTagAction() : dock.addTagAction())->trigger();
        if (int(m_dossier->tags().all().size()) != before + 1)
            return 0;
        QLineEdit *editor = openEditor(dock.view());
        if (!editor)
            return 0;
        editor->selectAll();
        type(editor, name);
        commit(editor);
        return m_dossier->tags().findPath(m_dossier->tags().path(dock.selectedTagIds().value(0)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setEffectEnabled(Qt::UI_AnimateMenu, false);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened
            = Dossier::open(m_dir->filePath(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_dossier = std::move(opened).value();
        m_seedIds.clear();
        importSeeds();
    }

    void cleanup()
    {
        m_dossier.reset();
        m_dir.reset();
    }

    // Codebook

    void codebookAddRenameUndoRedo()
    {
        CodebookDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.show();
        QUndoStack *undo = m_dossier->undoStack();

        dock.addTagAction()->trigger();
        QCOMPARE(dock.model()->rowCount(), 1);
        QCOMPARE(dock.model()->index(0, 0).data().toString(), QStringLiteral("New tag"));
        QLineEdit *editor = openEditor(dock.view());
        QVERIFY2(editor, "adding a tag opens its name for editing");
        editor->selectAll();
        type(editor, QStringLiteral("Réserves de la commission"));
        commit(editor);

        const qint64 id = m_dossier->tags().findPath(QStringLiteral("Réserves de la commission"));
        QVERIFY(id);
        QCOMPARE(dock.model()->index(0, 0).data().toString(), QStringLiteral("Réserves de la commission"));
        QCOMPARE(undo->undoText(), QStringLiteral("Rename tag “New tag”"));

        undo->undo();
        QCOMPARE(m_dossier->tags().get(id)->name, QStringLiteral("New tag"));
        QCOMPARE(dock.model()->index(0, 0).data().toString(), QStringLiteral("New tag"));
        undo->undo();
        QVERIFY(!m_dossier->tags().get(id));
        QCOMPARE(dock.model()->rowCount(), 0);
        undo->redo();
        undo->redo();
        QCOMPARE(dock.model()->rowCount(), 1);
        QCOMPARE(dock.model()->index(0, 0).data().toString(), QStringLiteral("Réserves de la commission"));
        QCOMPARE(dock.model()->index(0, 0).data(TagTreeModel::TagIdRole).toLongLong(), id);
    }

    void codebookRefusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("empty") << QString();
        QTest::addRow("blank") << QStringLiteral("   ");
        QTest::addRow("slash") << QStringLiteral("Réserves/commission");
        QTest::addRow("duplicate") << QStringLiteral("Dates clés");
    }

    void codebookRefusesBadNames()
    {
        QFETCH(QString, name);
        CodebookDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.show();
        QVERIFY(addTagThroughDock(dock, false, QStringLiteral("Dates clés")));
        dock.addTagAction()->trigger();
        QLineEdit *editor = openEditor(dock.view());
        QVERIFY(editor);
        const qint64 id = dock.selectedTagIds().value(0);
        const int steps = m_dossier->undoStack()->count();
        editor->selectAll();
        if (name.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        else
            type(editor, name);
        commit(editor);
        QCOMPARE(m_dossier->tags().get(id)->name, QStringLiteral("New tag"));
        QCOMPARE(m_dossier->undoStack()->count(), steps);
        QCOMPARE(dock.model()->indexForTag(id).data().toString(), QStringLiteral("New tag"));
        if (!name.trimmed().isEmpty()) {
            // Said in the dock, in words.
            const QList<QLabel *> labels = dock.findChildren<QLabel *>();
            const bool explained = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
                return label->isVisible() && label->text().contains(QStringLiteral("tag"));
            });
            QVERIFY(explained);
        }
    }

    void codebookSubTagMoveRecolorDescribe()
    {
        CodebookDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.show();
        QUndoStack *undo = m_dossier->undoStack();
        const qint64 reserves = addTagThroughDock(dock, false, QStringLiteral("Réserves"));
        const qint64 dates = addTagThroughDock(dock, false, QStringLiteral("Dates clés"));
        QVERIFY(reserves && dates);
        dock.selectTag(reserves);
        const qint64 commission = addTagThroughDock(dock, true, QStringLiteral("Commission"));
        QVERIFY(commission);
        QCOMPARE(m_dossier->tags().path(commission), QStringLiteral("Réserves/Commission"));
        QCOMPARE(dock.model()->indexForTag(commission).parent(), dock.model()->indexForTag(reserves));

        // Move to… through its dialog.
        dock.selectTag(commission);
        dock.moveAction()->trigger();
        auto *move = waitForChild<QInputDialog>(&dock, QStringLiteral("moveTagDialog"));
        QVERIFY(move);
        QVERIFY2(!move->comboBoxItems().contains(QStringLiteral("Réserves/Commission")), "not under itself");
        move->setTextValue(QStringLiteral("Dates clés"));
        move->accept();
        QCOMPARE(m_dossier->tags().path(commission), QStringLiteral("Dates clés/Commission"));
        QCOMPARE(dock.model()->indexForTag(commission).parent(), dock.model()->indexForTag(dates));
        QCOMPARE(undo->undoText(), QStringLiteral("Move tag “Commission”"));
        undo->undo();
        QCOMPARE(dock.model()->indexForTag(commission).parent(), dock.model()->indexForTag(reserves));

        // Change color… through the color dialog.
        dock.selectTag(dates);
        dock.recolorAction()->trigger();
        auto *colors = waitForChild<QColorDialog>(&dock, QStringLiteral("tagColorDialog"));
        QVERIFY(colors);
        colors->setCurrentColor(QColor(QStringLiteral("#e53935")));
        colors->accept();
        QCOMPARE(m_dossier->tags().get(dates)->color, QColor(QStringLiteral("#e53935")));
        QCOMPARE(dock.model()->indexForTag(dates).data(Qt::DecorationRole).value<QColor>(),
            QColor(QStringLiteral("#e53935")));
        undo->undo();
        QVERIFY(m_dossier->tags().get(dates)->color != QColor(QStringLiteral("#e53935")));

        // Describe… edits the description in place.
        dock.selectTag(dates);
        dock.describeAction()->trigger();
        QLineEdit *editor = openEditor(dock.view());
        QVERIFY(editor);
        type(editor, QStringLiteral("Dates qui fixent la chronologie"));
        commit(editor);
        QCOMPARE(
            m_dossier->tags().get(dates)->description, QStringLiteral("Dates qui fixent la chronologie"));
        QVERIFY(dock.model()
                    ->indexForTag(dates)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("chronologie")));
    }

    void codebookDragAndDropMoves()
    {
        CodebookDock dock(m_dossier.get());
        TagTreeModel *model = dock.model();
        QAbstractItemModelTester tester(model);
        const qint64 a = *m_dossier->ensureTagPath(QStringLiteral("Acteurs"));
        const qint64 b = *m_dossier->ensureTagPath(QStringLiteral("Acteurs/Ministère"));
        const qint64 c = *m_dossier->ensureTagPath(QStringLiteral("Contrats"));
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);

        std::unique_ptr<QMimeData> parentData(model->mimeData({ model->indexForTag(a) }));
        QVERIFY2(!model->canDropMimeData(parentData.get(), Qt::MoveAction, -1, 0, model->indexForTag(b)),
            "a tag cannot be dropped into its own sub-tag");

        std::unique_ptr<QMimeData> data(model->mimeData({ model->indexForTag(c) }));
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, model->indexForTag(b)));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, model->indexForTag(b)));
        QCOMPARE(m_dossier->tags().path(c), QStringLiteral("Acteurs/Ministère/Contrats"));
        QCOMPARE(model->indexForTag(c).parent(), model->indexForTag(b));
        QCOMPARE(m_dossier->undoStack()->undoText(), QStringLiteral("Move tag “Contrats”"));
        m_dossier->undoStack()->undo();
        QCOMPARE(model->indexForTag(c).parent(), QModelIndex());
        QCOMPARE(resets.count(), 0);
    }

    void codebookMergeKeepsHighlights()
    {
        CodebookDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.show();
        const qint64 conflict = *m_dossier->ensureTagPath(QStringLiteral("Conflit d'intérêts"));
        const qint64 pantouflage = *m_dossier->ensureTagPath(QStringLiteral("Pantouflage"));
        const qint64 sub = *m_dossier->ensureTagPath(QStringLiteral("Pantouflage/Amazon"));
        const qint64 first = highlight(QStringLiteral("commission de déontologie"), { conflict });
        const qint64 second = highlight(QStringLiteral("Amazon"), { pantouflage });
        QVERIFY(first && second);
        QTRY_COMPARE(dock.model()->indexForTag(pantouflage).data(TagTreeModel::UseCountRole).toInt(), 1);

        QItemSelectionModel *selection = dock.view()->selectionModel();
        selection->select(
            dock.model()->indexForTag(conflict), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->select(
            dock.model()->indexForTag(pantouflage), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(dock.mergeAction()->isEnabled());
        dock.mergeAction()->trigger();
        auto *box = waitForChild<QMessageBox>(&dock, QStringLiteral("mergeTagsDialog"));
        QVERIFY(box);
        auto *keepFirst = box->findChild<QPushButton *>(QStringLiteral("keepFirst"));
        QVERIFY(keepFirst);
        QVERIFY(keepFirst->text().contains(QStringLiteral("Conflit d'intérêts")));
        keepFirst->click();

        QVERIFY(!m_dossier->tags().get(pantouflage));
        QVERIFY(!dock.model()->indexForTag(pantouflage).isValid());
        QCOMPARE(m_dossier->annotations().get(second)->tagIds, QVector<qint64> { conflict });
        QCOMPARE(dock.model()->indexForTag(sub).parent(), dock.model()->indexForTag(conflict));
        QTRY_COMPARE(dock.model()->indexForTag(conflict).data(TagTreeModel::UseCountRole).toInt(), 2);

        m_dossier->undoStack()->undo();
        QVERIFY(dock.model()->indexForTag(pantouflage).isValid());
        QCOMPARE(dock.model()->indexForTag(sub).parent(), dock.model()->indexForTag(pantouflage));
        QCOMPARE(m_dossier->annotations().get(second)->tagIds, QVector<qint64> { pantouflage });
        QTRY_COMPARE(dock.model()->indexForTag(conflict).data(TagTreeModel::UseCountRole).toInt(), 1);
    }

    void codebookDeleteWithSubTagsUndo()
    {
        CodebookDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.show();
        const qint64 parent = *m_dossier->ensureTagPath(QStringLiteral("Réserves"));
        const qint64 child = *m_dossier->ensureTagPath(QStringLiteral("Réserves/Commission"));
        const qint64 annotation = highlight(QStringLiteral("réserves"), { child });
        QVERIFY(annotation);
        dock.selectTag(parent);
        dock.deleteAction()->trigger();
        QVERIFY(!m_dossier->tags().get(parent));
        QVERIFY(!m_dossier->tags().get(child));
        QCOMPARE(dock.model()->rowCount(), 0);
        QVERIFY(m_dossier->annotations().get(annotation)->tagIds.isEmpty());

        m_dossier->undoStack()->undo();
        QCOMPARE(dock.model()->indexForTag(child).parent(), dock.model()->indexForTag(parent));
        QCOMPARE(m_dossier->annotations().get(annotation)->tagIds, QVector<qint64> { child });
    }

    void codebookSelectionFiltersHighlights()
    {
        CodebookDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.show();
        const qint64 parent = *m_dossier->ensureTagPath(QStringLiteral("Dates clés"));
        const qint64 child = *m_dossier->ensureTagPath(QStringLiteral("Dates clés/2018"));
        const qint64 other = *m_dossier->ensureTagPath(QStringLiteral("Institutions"));
        const qint64 annotation = highlight(QStringLiteral("07 mai 2018"), { child });
        QVERIFY(annotation);
        QSignalSpy filter(&dock, &CodebookDock::tagFilterChanged);

        dock.selectTag(other);
        QCOMPARE(filter.count(), 1);
        QCOMPARE(filter.last().at(0).value<QVector<qint64>>(), QVector<qint64> { other });

        // A tag stands for the tags below it too.
        dock.selectTag(parent);
        QCOMPARE(filter.last().at(0).value<QVector<qint64>>(), (QVector<qint64> { parent, child }));
        QTRY_COMPARE(dock.passageList()->count(), 1);
        QVERIFY(dock.passageList()->item(0)->text().contains(QStringLiteral("07 mai 2018")));

        // Its passages open in the reader.
        QSignalSpy opened(&dock, &CodebookDock::passageRequested);
        dock.passageList()->setCurrentRow(0);
        QTest::keyClick(dock.passageList(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        const auto stored = m_dossier->annotations().get(annotation);
        QCOMPARE(opened.last().at(0).toLongLong(), stored->anchor.sourceId);
        QCOMPARE(opened.last().at(1).toLongLong(), stored->anchor.start);
        QCOMPARE(opened.last().at(2).toLongLong(), stored->anchor.end);
        QCOMPARE(opened.last().at(3).toBool(), false);

        dock.view()->clearSelection();
        QCOMPARE(filter.last().at(0).value<QVector<qint64>>(), QVector<qint64>());
    }

    void codebookSummaryCountsTopLevelTags()
    {
        CodebookSummary summary(m_dossier.get());
        QCOMPARE(summary.text(), QStringLiteral("Codebook: no tags yet"));
        const qint64 reserves = *m_dossier->ensureTagPath(QStringLiteral("Réserves de la commission"));
        const qint64 sub = *m_dossier->ensureTagPath(QStringLiteral("Réserves de la commission/Durée"));
        const qint64 dates = *m_dossier->ensureTagPath(QStringLiteral("Dates clés"));
        QVERIFY(highlight(QStringLiteral("réserves"), { reserves }));
        QVERIFY(highlight(QStringLiteral("trois ans"), { sub }));
        QVERIFY(highlight(QStringLiteral("07 mai 2018"), { dates }));
        QTRY_COMPARE(
            summary.text(), QStringLiteral("Codebook: Réserves de la commission (2) · Dates clés (1)"));
        m_dossier->undoStack()->undo();
        QTRY_COMPARE(
            summary.text(), QStringLiteral("Codebook: Réserves de la commission (2) · Dates clés (0)"));
    }

    // Claims

    void claimsCreateEditStatusFilter()
    {
        ClaimsDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.resize(500, 700);
        dock.show();
        QUndoStack *undo = m_dossier->undoStack();

        dock.newClaimAction()->trigger();
        QCOMPARE(dock.model()->rowCount(), 1);
        const qint64 id = dock.currentClaimId();
        QVERIFY(id);
        QCOMPARE(undo->undoText(), QStringLiteral("New claim"));
        QCOMPARE(dock.editor()->statementEdit()->textCursor().selectedText(), QStringLiteral("New claim"));

        Entity person;
        person.type = QStringLiteral("Person");
        person.name = QStringLiteral("Mathieu Jeandron");
        const qint64 personId = *m_dossier->addEntity(person);

        // Status: one step, shown in the list.
        QComboBox *status = dock.editor()->statusBox();
        status->setCurrentIndex(status->findData(int(Claim::Status::Supported)));
        QCOMPARE(m_dossier->claims().get(id)->status, Claim::Status::Supported);
        QCOMPARE(undo->undoText(), QStringLiteral("Change claim status"));
        QCOMPARE(dock.model()->index(0, ClaimListModel::StatusColumn).data().toString(),
            QStringLiteral("Supported"));

        // Speaker and stance.
        QComboBox *speaker = dock.editor()->speakerBox();
        QVERIFY(speaker->findData(personId) > 0);
        speaker->setCurrentIndex(speaker->findData(personId));
        QComboBox *stance = dock.editor()->stanceBox();
        stance->setCurrentIndex(stance->findData(int(Claim::Stance::Asserts)));
        QCOMPARE(m_dossier->claims().get(id)->speakerId, personId);
        QCOMPARE(m_dossier->claims().get(id)->stance, Claim::Stance::Asserts);
        QCOMPARE(dock.model()->index(0, ClaimListModel::SpeakerColumn).data().toString(),
            QStringLiteral("Mathieu Jeandron"));
        QCOMPARE(dock.model()->index(0, 0).data(ClaimListModel::SummaryRole).toString(),
            QStringLiteral("Supported · Mathieu Jeandron asserts it · no evidence yet"));

        // Undo shows in the editor.
        undo->undo();
        undo->undo();
        QCOMPARE(stance->currentData().toInt(), int(Claim::Stance::None));
        QCOMPARE(speaker->currentData().toLongLong(), 0);
        undo->undo();
        QCOMPARE(status->currentData().toInt(), int(Claim::Status::ToVerify));
        undo->redo();

        // Filter by status.
        QComboBox *filter = dock.statusFilter();
        filter->setCurrentIndex(filter->findData(int(Claim::Status::Refuted)));
        QCOMPARE(dock.view()->model()->rowCount(), 0);
        filter->setCurrentIndex(filter->findData(int(Claim::Status::Supported)));
        QCOMPARE(dock.view()->model()->rowCount(), 1);

        // Delete, and undo.
        dock.view()->setCurrentIndex(dock.view()->model()->index(0, 0));
        dock.deleteClaimAction()->trigger();
        QVERIFY(!m_dossier->claims().get(id));
        QCOMPARE(dock.model()->rowCount(), 0);
        undo->undo();
        QCOMPARE(dock.model()->rowCount(), 1);
        QCOMPARE(dock.model()->claimId(0), id);
    }

    void claimsTypingIsOneUndoStep()
    {
        ClaimsDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.show();
        dock.newClaimAction()->trigger();
        const qint64 id = dock.currentClaimId();
        QUndoStack *undo = m_dossier->undoStack();
        const int steps = undo->count();
        QPlainTextEdit *edit = dock.editor()->statementEdit();

        // Two bursts with a pause between them (each saved after the pause): one undo step.
        type(edit, QStringLiteral("Le DNE part chez"));
        QTRY_COMPARE(m_dossier->claims().get(id)->text, QStringLiteral("Le DNE part chez"));
        type(edit, QStringLiteral(" Amazon"));
        QTRY_COMPARE(m_dossier->claims().get(id)->text, QStringLiteral("Le DNE part chez Amazon"));
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Edit claim"));
        QCOMPARE(dock.model()->index(0, ClaimListModel::TextColumn).data().toString(),
            QStringLiteral("Le DNE part chez Amazon"));

        undo->undo();
        QCOMPARE(m_dossier->claims().get(id)->text, QStringLiteral("New claim"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("New claim"));
        undo->redo();
        QCOMPARE(edit->toPlainText(), QStringLiteral("Le DNE part chez Amazon"));

        // An emptied statement is not saved, and the editor says why.
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        dock.editor()->flush();
        QCOMPARE(m_dossier->claims().get(id)->text, QStringLiteral("Le DNE part chez Amazon"));
        const QList<QLabel *> labels = dock.editor()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("needs a statement"));
        }));
    }

    void claimsUndoFromTheEditorIsTheDossiersUndo()
    {
        QMainWindow window;
        auto *dock = new ClaimsDock(m_dossier.get(), &window);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        QAction *undoAction = m_dossier->undoStack()->createUndoAction(&window);
        undoAction->setShortcut(QKeySequence::Undo);
        window.addAction(undoAction);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        dock->newClaimAction()->trigger();
        const qint64 id = dock->currentClaimId();
        QPlainTextEdit *edit = dock->editor()->statementEdit();
        edit->setFocus();
        type(edit, QStringLiteral("Avis rendu le 07 mai 2018"));
        // At once, before the pause that saves typing: Ctrl+Z saves it, then undoes it.
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_dossier->claims().get(id)->text, QStringLiteral("New claim"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("New claim"));
        QCOMPARE(m_dossier->undoStack()->redoText(), QStringLiteral("Edit claim"));
    }

    void claimsStatusChangeUnderFilterKeepsEditing()
    {
        ClaimsDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.show();
        QComboBox *filter = dock.statusFilter();
        filter->setCurrentIndex(filter->findData(int(Claim::Status::ToVerify)));
        dock.newClaimAction()->trigger();
        const qint64 id = dock.currentClaimId();
        QCOMPARE(dock.view()->model()->rowCount(), 1);
        QComboBox *status = dock.editor()->statusBox();
        status->setCurrentIndex(status->findData(int(Claim::Status::Refuted)));
        QCOMPARE(dock.view()->model()->rowCount(), 0); // the filter hides it now
        QCOMPARE(dock.currentClaimId(), id); // but the editor keeps it
        QCOMPARE(m_dossier->claims().get(id)->status, Claim::Status::Refuted);
        m_dossier->undoStack()->undo();
        QCOMPARE(dock.view()->model()->rowCount(), 1);
        // Another status in the filter: the editor follows the list.
        filter->setCurrentIndex(filter->findData(int(Claim::Status::Supported)));
        QCOMPARE(dock.currentClaimId(), 0);
    }

    void claimsEvidenceOpensAndGoes()
    {
        ClaimsDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.show();
        const qint64 annotation = highlight(QStringLiteral("commission de déontologie"), {});
        QVERIFY(annotation);
        Claim claim;
        claim.text = QStringLiteral("La commission a posé des réserves");
        claim.evidenceIds = { annotation };
        const qint64 id = *m_dossier->addClaim(claim);
        dock.showClaim(id);
        QCOMPARE(dock.currentClaimId(), id);
        QListWidget *evidence = dock.editor()->evidenceList();
        QCOMPARE(evidence->count(), 1);
        QVERIFY(evidence->item(0)->text().contains(QStringLiteral("commission de déontologie")));
        QCOMPARE(dock.model()->index(0, ClaimListModel::EvidenceColumn).data().toInt(), 1);

        QSignalSpy opened(&dock, &ClaimsDock::passageRequested);
        evidence->setCurrentRow(0);
        QTest::keyClick(evidence, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        const Anchor anchor = m_dossier->annotations().get(annotation)->anchor;
        QCOMPARE(opened.last().at(0).toLongLong(), anchor.sourceId);
        QCOMPARE(opened.last().at(1).toLongLong(), anchor.start);
        QCOMPARE(opened.last().at(2).toLongLong(), anchor.end);
        QTest::keyClick(evidence, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(opened.last().at(3).toBool(), true);

        evidence->item(0)->setSelected(true);
        QTest::keyClick(evidence, Qt::Key_Delete);
        QVERIFY(m_dossier->claims().get(id)->evidenceIds.isEmpty());
        QCOMPARE(evidence->count(), 0);
        QCOMPARE(m_dossier->undoStack()->undoText(), QStringLiteral("Change claim evidence"));
        m_dossier->undoStack()->undo();
        QCOMPARE(evidence->count(), 1);
    }

    // Spell checking in the claim editor

    void claimEditorMarksAndFixesMisspelling()
    {
        {
            DossierDictionary words(m_dossier->database());
            auto checker = SpellChecker::create(m_dossier->language(), &words);
            if (!checker) {
                if (spellRequired())
                    QFAIL(qPrintable(QStringLiteral("RECOUPE_REQUIRE_SPELL=1 but: ") + checker.error()));
                QSKIP(qPrintable(checker.error()));
            }
        }
        ClaimsDock dock(m_dossier.get());
        dock.resize(600, 700);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.newClaimAction()->trigger();
        const qint64 id = dock.currentClaimId();
        QPlainTextEdit *edit = dock.editor()->statementEdit();
        SpellCheckDecorator *spelling = dock.editor()->statementSpelling();
        QVERIFY(spelling->spellChecker());

        const QString sentence = QStringLiteral("La commission de déontologei a rendu son avis.");
        type(edit, sentence);
        const int at = int(sentence.indexOf(QStringLiteral("déontologei")));
        const int length = int(QStringLiteral("déontologei").size());

        // Underlined with the spell format, exactly over the word.
        const QTextBlock block = edit->document()->firstBlock();
        bool underlined = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline) {
                QCOMPARE(range.start, at);
                QCOMPARE(range.length, length);
                underlined = true;
            }
        }
        QVERIFY2(underlined, "déontologei is underlined");
        QVERIFY(!spelling->highlighter()->isMarkedMisspelled(
            int(sentence.indexOf(QStringLiteral("commission")))));

        // A right click on it: suggestions and the dossier dictionary.
        QTextCursor cursor(edit->document());
        cursor.setPosition(at + 3);
        const QPoint pos = edit->cursorRect(cursor).center();
        QContextMenuEvent click(QContextMenuEvent::Mouse, pos, edit->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(edit->viewport(), &click);
        QMenu *menu = nullptr;
        for (int i = 0; i < 100 && !menu; ++i) {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                QTest::qWait(10);
        }
        QVERIFY2(menu, "a right click opens the menu");
        QAction *suggestion = nullptr;
        QAction *addWord = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("spellSuggestion")
                && action->text() == QStringLiteral("déontologie"))
                suggestion = action;
            if (action->objectName() == QLatin1String("addToDossierDictionary"))
                addWord = action;
        }
        QVERIFY2(suggestion, "déontologie is suggested");
        QVERIFY(addWord);
        QCOMPARE(addWord->text(), QStringLiteral("Add “déontologei” to the dossier dictionary"));
        addWord->trigger();
        menu->close();

        QVERIFY(!spelling->highlighter()->isMarkedMisspelled(at + 1));
        QVERIFY(DossierDictionary(m_dossier->database())
                    .contains(QStringLiteral("fr"), QStringLiteral("déontologei")));
        // The note knows the word too.
        type(dock.editor()->noteEdit(), QStringLiteral("déontologei et commision."));
        QVERIFY(!dock.editor()->noteSpelling()->highlighter()->isMarkedMisspelled(1));
        QVERIFY(dock.editor()->noteSpelling()->highlighter()->isMarkedMisspelled(
            int(QStringLiteral("déontologei et ").size()) + 1));

        // Choosing a suggestion fixes the text, saved like typing.
        QTextCursor noteCursor(dock.editor()->noteEdit()->document());
        noteCursor.setPosition(int(QStringLiteral("déontologei et ").size()) + 2);
        std::unique_ptr<QMenu> noteMenu(dock.editor()->noteSpelling()->createContextMenu(
            dock.editor()->noteEdit()->cursorRect(noteCursor).center()));
        QAction *commission = nullptr;
        for (QAction *action : noteMenu->actions()) {
            if (action->objectName() == QLatin1String("spellSuggestion")
                && action->text() == QStringLiteral("commission"))
                commission = action;
        }
        QVERIFY2(commission, "commission is suggested for commision");
        commission->trigger();
        QCOMPARE(dock.editor()->noteEdit()->toPlainText(), QStringLiteral("déontologei et commission."));
        QTRY_COMPARE(m_dossier->claims().get(id)->note, QStringLiteral("déontologei et commission."));
    }

    void claimEditorLeavesTheWordBeingTypedAlone()
    {
        {
            DossierDictionary words(m_dossier->database());
            auto checker = SpellChecker::create(m_dossier->language(), &words);
            if (!checker) {
                if (spellRequired())
                    QFAIL(qPrintable(checker.error()));
                QSKIP(qPrintable(checker.error()));
            }
        }
        ClaimsDock dock(m_dossier.get());
        dock.show();
        dock.newClaimAction()->trigger();
        QPlainTextEdit *edit = dock.editor()->statementEdit();
        SpellCheckHighlighter *highlighter = dock.editor()->statementSpelling()->highlighter();
        type(edit, QStringLiteral("La déont"));
        QVERIFY2(!highlighter->isMarkedMisspelled(4), "half a word is not an error yet");
        QTest::keyClick(edit, Qt::Key_Home);
        QVERIFY2(highlighter->isMarkedMisspelled(4), "leaving the word checks it");
    }

    // Search

    void searchListsSeedsAndOpensMatch()
    {
        SearchDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.resize(500, 700);
        dock.show();
        QSignalSpy finished(&dock, &SearchDock::searchFinished);
        QSignalSpy opened(&dock, &SearchDock::passageRequested);

        type(dock.queryEdit(), QStringLiteral("deontologie"));
        QTRY_VERIFY(finished.count() >= 1);
        QVERIFY(dock.model()->isRanked());

        // Every seed article whose text has the word, whatever its accents and case; no other.
        QSet<qint64> expected;
        const QRegularExpression word(QStringLiteral("\\bdeontologie\\b"));
        for (const Seed &seed : readSeeds()) {
            if (folded(seed.text).contains(word))
                expected.insert(m_seedIds.value(seed.fileName));
        }
        QVERIFY(!expected.isEmpty());
        QSet<qint64> listed;
        for (int row = 0; row < dock.model()->rowCount(); ++row)
            listed.insert(dock.model()->index(row).data(SearchResultModel::SourceIdRole).toLongLong());
        QCOMPARE(listed, expected);
        QVERIFY(dock.model()
                    ->index(0)
                    .data(SearchResultModel::SnippetHtmlRole)
                    .toString()
                    .contains(QStringLiteral("<b>")));

        // Down from the query box selects the first result; Enter opens its passage.
        QTest::keyClick(dock.queryEdit(), Qt::Key_Down);
        QCOMPARE(dock.resultView()->currentIndex().row(), 0);
        QTest::keyClick(dock.queryEdit(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        const qint64 sourceId = opened.last().at(0).toLongLong();
        const qint64 start = opened.last().at(1).toLongLong();
        const qint64 end = opened.last().at(2).toLongLong();
        QCOMPARE(sourceId, dock.model()->index(0).data(SearchResultModel::SourceIdRole).toLongLong());
        QCOMPARE(start, dock.model()->index(0).data(SearchResultModel::OffsetRole).toLongLong());
        QCOMPARE(folded(m_dossier->sources().textRange(sourceId, start, end)), QStringLiteral("deontologie"));
        QCOMPARE(opened.last().at(3).toBool(), false);

        // Down again moves on; Up comes back.
        QTest::keyClick(dock.queryEdit(), Qt::Key_Down);
        QCOMPARE(dock.resultView()->currentIndex().row(), std::min(1, dock.model()->rowCount() - 1));
        QTest::keyClick(dock.queryEdit(), Qt::Key_Up);
        QCOMPARE(dock.resultView()->currentIndex().row(), 0);
    }

    void searchNewQueryReplacesTheRunningOne()
    {
        SearchDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        QSignalSpy finished(&dock, &SearchDock::searchFinished);
        dock.search(QStringLiteral("amazon"));
        dock.search(QStringLiteral("syndicat"));
        // The first page is there at once, unranked, while the ranked list is computed.
        QVERIFY(dock.model()->rowCount() > 0);
        QVERIFY(!dock.model()->isRanked());
        QVERIFY(dock.isRanking());
        QTRY_VERIFY(!dock.isRanking() && finished.count() >= 1);
        QVERIFY(dock.model()->isRanked());
        QVERIFY(dock.model()->rowCount() > 0);
        for (int row = 0; row < dock.model()->rowCount(); ++row) {
            const QString snippet
                = folded(dock.model()->index(row).data(SearchResultModel::SnippetHtmlRole).toString());
            QVERIFY2(snippet.contains(QStringLiteral("<b>syndicat")), qPrintable(snippet));
        }
    }

    void searchQueriesWithNothingToFind_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("explained");
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("blank") << QStringLiteral("   ") << false;
        QTest::addRow("operator-only") << QStringLiteral("NOT") << true;
        QTest::addRow("lone-quote") << QStringLiteral("\"") << true;
        QTest::addRow("punctuation") << QStringLiteral("*?!") << true;
        QTest::addRow("absent-word") << QStringLiteral("zygomorphe") << true;
    }

    void searchQueriesWithNothingToFind()
    {
        QFETCH(QString, query);
        QFETCH(bool, explained);
        SearchDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model());
        dock.show();
        QSignalSpy finished(&dock, &SearchDock::searchFinished);
        dock.search(query);
        QTRY_VERIFY(finished.count() >= 1);
        QCOMPARE(dock.model()->rowCount(), 0);
        auto *status = dock.findChild<QLabel *>(QStringLiteral("searchStatus"));
        QVERIFY(status);
        QCOMPARE(status->isVisible() && !status->text().isEmpty(), explained);
        QSignalSpy opened(&dock, &SearchDock::passageRequested);
        QTest::keyClick(dock.queryEdit(), Qt::Key_Return);
        QCOMPARE(opened.count(), 0);
    }

    void docksEmptyWithoutDossier()
    {
        CodebookDock codebook(m_dossier.get());
        ClaimsDock claims(m_dossier.get());
        SearchDock search(m_dossier.get());
        QVERIFY(m_dossier->ensureTagPath(QStringLiteral("Dates clés")).ok());
        codebook.setDossier(nullptr);
        claims.setDossier(nullptr);
        search.setDossier(nullptr);
        QCOMPARE(codebook.model()->rowCount(), 0);
        QVERIFY(!codebook.addTagAction()->isEnabled());
        QVERIFY(!claims.newClaimAction()->isEnabled());
        QVERIFY(!search.queryEdit()->isEnabled());
        codebook.setDossier(m_dossier.get());
        QCOMPARE(codebook.model()->rowCount(), 1);
        // A dossier closed under the docks leaves them empty, not dangling.
        m_dossier.reset();
        QCOMPARE(codebook.model()->rowCount(), 0);
        QVERIFY(!codebook.dossier());
    }
};

QTEST_MAIN(TestDocks)
#include "tst_docks.moc"
