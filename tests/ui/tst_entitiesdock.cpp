// SPDX-License-Identifier: GPL-3.0-or-later
// The Entities dock on the five seed articles: the suggester runs on a worker thread and proposes
// the people and institutions of the case; accepting one adds the entity with its mentions in
// one undo step; rejecting one is remembered. Models under QAbstractItemModelTester. Offscreen.
#include "entities/entitiesdock.h"
#include "entities/entitylistmodel.h"
#include "entities/suggestionlistmodel.h"
#include "entities/suggestionreview.h"
#include "localization.h"
#include "seeddossier.h"
#include "storage/entitystore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Recoupe;

class TestEntitiesDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Dossier> m_dossier;
    QVector<qint64> m_sources;

    // `count` suggestions named "Nom 01"…, Persons naming the first source, then every third an
    // Organization naming the second one: input for the review, without running the suggester.
    QVector<EntitySuggestion> made(int count) const
    {
        QVector<EntitySuggestion> list;
        for (int i = 1; i <= count; ++i) {
            EntitySuggestion s;
            s.name = QStringLiteral("Nom %1").arg(i, 2, 10, QLatin1Char('0'));
            s.key = s.name.toLower();
            s.variantKeys = {s.key};
            const bool organization = i % 3 == 0;
            s.type = organization ? QStringLiteral("Organization") : QStringLiteral("Person");
            s.sourceIds = {organization ? m_sources.at(1) : m_sources.at(0)};
            s.mentions = 1;
            list.append(s);
        }
        return list;
    }

    static QString nameAt(const EntitiesDock &dock, int proxyRow)
    {
        return dock.suggestionProxy()->index(proxyRow, SuggestionListModel::NameColumn).data().toString();
    }

    static QString currentName(const EntitiesDock &dock)
    {
        const QModelIndex current = dock.suggestionView()->currentIndex();
        if (!current.isValid() || !dock.suggestionView()->selectionModel()->isRowSelected(current.row(), {}))
            return QString();
        return nameAt(dock, current.row());
    }

    // Shows the dock on its Suggestions tab with `suggestions`, the keyboard in the list.
    bool review(EntitiesDock &dock, const QVector<EntitySuggestion> &suggestions)
    {
        dock.suggestionModel()->setSuggestions(suggestions);
        dock.tabs()->setCurrentIndex(1);
        dock.resize(700, 600);
        dock.show();
        if (!QTest::qWaitForWindowActive(&dock))
            return false;
        dock.suggestionView()->setFocus();
        dock.suggestionView()->selectionModel()->setCurrentIndex(dock.suggestionProxy()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return dock.suggestionView()->hasFocus();
    }

    // The suggestion row whose name or other names contain `text`, or -1.
    static int rowNaming(const SuggestionListModel &model, const QString &text)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const EntitySuggestion &s = model.suggestion(row);
            if (s.name.contains(text) || s.aliases.join(QLatin1Char('|')).contains(text))
                return row;
        }
        return -1;
    }

    bool suggest(EntitiesDock &dock)
    {
        QSignalSpy finished(&dock, &EntitiesDock::suggestionsFinished);
        if (!dock.runSuggestions())
            return false;
        return finished.wait(120000) && !dock.isSuggesting();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Localization::install(QLocale(QLocale::English)); // the plural forms of the counts
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("e%1.recoupe").arg(++m_count));
        QString error;
        m_sources = SeedDossier::create(path, &error);
        QCOMPARE(m_sources.size(), 5);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto opened = Dossier::open(path);
        QVERIFY(opened.ok());
        m_dossier = std::move(opened).value();
    }

    void cleanup() { m_dossier.reset(); }

    void entityListFollowsTheDossier()
    {
        EntitiesDock dock(m_dossier.get());
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            dock.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dock.model()->rowCount(), 0);
        QSignalSpy inserted(dock.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(dock.model(), &QAbstractItemModel::modelReset);

        Entity person;
        person.type = QStringLiteral("Person");
        person.name = QStringLiteral("Mathieu Jeandron");
        const auto id = m_dossier->addEntity(person);
        QVERIFY(id.ok());
        QTRY_COMPARE(dock.model()->rowCount(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(dock.model()->entityId(0), *id);
        QCOMPARE(dock.model()->data(dock.model()->index(0, 1)).toString().contains(QStringLiteral("Jeandron"))
                || dock.model()
                       ->data(dock.model()->index(0, 0))
                       .toString()
                       .contains(QStringLiteral("Jeandron")),
            true);
        dock.selectEntity(*id);
        QCOMPARE(dock.currentEntityId(), *id);

        m_dossier->undoStack()->undo();
        QTRY_COMPARE(dock.model()->rowCount(), 0);
    }

    void suggestionsNameThePeopleAndInstitutionsOfTheCase()
    {
        EntitiesDock dock(m_dossier.get());
        QAbstractItemModelTester tester(
            dock.suggestionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(suggest(dock));
        QVERIFY(dock.suggestionModel()->rowCount() > 0);
        QVERIFY(dock.suggestionProgress()->isHidden());
        for (const char *name : {"Jeandron", "Blanquer", "Morin-Desailly", "Merriaux", "Amazon"})
            QVERIFY2(rowNaming(*dock.suggestionModel(), QString::fromUtf8(name)) >= 0, name);
    }

    void acceptingASuggestionIsOneUndoStep()
    {
        EntitiesDock dock(m_dossier.get());
        QVERIFY(suggest(dock));
        const int row = rowNaming(*dock.suggestionModel(), QStringLiteral("Jeandron"));
        QVERIFY(row >= 0);
        const int mentions = dock.suggestionModel()->suggestion(row).mentions;
        QVERIFY(mentions >= 2);
        const int rows = dock.suggestionModel()->rowCount();

        const auto id = dock.acceptSuggestion(row);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto entity = m_dossier->entities().get(*id);
        QVERIFY(entity);
        QVERIFY(entity->name.contains(QStringLiteral("Jeandron")));
        QCOMPARE(entity->type, QStringLiteral("Person"));
        QCOMPARE(m_dossier->entities().mentions(*id).size(), mentions);
        QCOMPARE(dock.suggestionModel()->rowCount(), rows - 1);
        QTRY_COMPARE(dock.model()->rowForEntity(*id) >= 0, true);

        m_dossier->undoStack()->undo();
        QVERIFY(!m_dossier->entities().get(*id));
        QVERIFY(m_dossier->entities().mentions(*id).isEmpty());
        QTRY_COMPARE(dock.model()->rowCount(), 0);
        QVERIFY(m_dossier->undoStack()->canRedo());
        m_dossier->undoStack()->redo();
        QVERIFY(m_dossier->entities().get(*id));
        QCOMPARE(m_dossier->entities().mentions(*id).size(), mentions);
    }

    void aRejectedSuggestionDoesNotComeBack()
    {
        EntitiesDock dock(m_dossier.get());
        QVERIFY(suggest(dock));
        const int row = rowNaming(*dock.suggestionModel(), QStringLiteral("Blanquer"));
        QVERIFY(row >= 0);
        QVERIFY(dock.rejectSuggestions({row}).ok());
        QCOMPARE(rowNaming(*dock.suggestionModel(), QStringLiteral("Blanquer")), -1);
        QVERIFY(suggest(dock));
        QCOMPARE(rowNaming(*dock.suggestionModel(), QStringLiteral("Blanquer")), -1);
        QVERIFY(rowNaming(*dock.suggestionModel(), QStringLiteral("Jeandron")) >= 0);
    }

    void keysAcceptAndRejectThenSelectTheNextRow()
    {
        EntitiesDock dock(m_dossier.get());
        QVERIFY(review(dock, made(25)));
        QCOMPARE(currentName(dock), QStringLiteral("Nom 01"));

        QTest::keyClick(dock.suggestionView(), Qt::Key_R);
        QCOMPARE(dock.suggestionModel()->rowCount(), 24);
        QCOMPARE(currentName(dock), QStringLiteral("Nom 02"));
        QCOMPARE(m_dossier->undoStack()->count(), 1);

        QTest::keyClick(dock.suggestionView(), Qt::Key_A);
        QCOMPARE(dock.suggestionModel()->rowCount(), 23);
        QCOMPARE(currentName(dock), QStringLiteral("Nom 03"));
        QTRY_COMPARE(dock.model()->rowCount(), 1);
        QCOMPARE(
            dock.model()->index(0, EntityListModel::NameColumn).data().toString(), QStringLiteral("Nom 02"));

        // The last row reviewed: the one before it takes the selection.
        const int last = dock.suggestionProxy()->rowCount() - 1;
        dock.suggestionView()->selectionModel()->setCurrentIndex(dock.suggestionProxy()->index(last, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(dock.suggestionView(), Qt::Key_R);
        QCOMPARE(currentName(dock), QStringLiteral("Nom 24"));

        // Undo puts the rejected and the accepted suggestions back in their place.
        m_dossier->undoStack()->undo();
        QCOMPARE(nameAt(dock, dock.suggestionProxy()->rowCount() - 1), QStringLiteral("Nom 25"));
        m_dossier->undoStack()->undo();
        QCOMPARE(nameAt(dock, 0), QStringLiteral("Nom 02"));
        QTRY_COMPARE(dock.model()->rowCount(), 0);
        m_dossier->undoStack()->undo();
        QCOMPARE(nameAt(dock, 0), QStringLiteral("Nom 01"));
        QCOMPARE(dock.suggestionModel()->rowCount(), 25);
        // Redo takes them out again.
        m_dossier->undoStack()->redo();
        QCOMPARE(nameAt(dock, 0), QStringLiteral("Nom 02"));
    }

    void twentyRejectedInOneUndoStep()
    {
        EntitiesDock dock(m_dossier.get());
        QVERIFY(review(dock, made(30)));
        QTest::keyClick(dock.suggestionView(), Qt::Key_End, Qt::ShiftModifier);
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(dock.suggestionView(), Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(dock.selectedSuggestionRows().size(), 20);

        QTest::keyClick(dock.suggestionView(), Qt::Key_R);
        QCOMPARE(dock.suggestionModel()->rowCount(), 10);
        QCOMPARE(dock.suggestionCount()->text(), QStringLiteral("10 suggestions"));
        QCOMPARE(currentName(dock), QStringLiteral("Nom 21"));
        QCOMPARE(m_dossier->undoStack()->count(), 1);
        QCOMPARE(SuggestionReview(m_dossier.get()).rejected().size(), 20);

        m_dossier->undoStack()->undo();
        QCOMPARE(dock.suggestionModel()->rowCount(), 30);
        QVERIFY(SuggestionReview(m_dossier.get()).rejected().isEmpty());
        for (int row = 0; row < 30; ++row)
            QCOMPARE(nameAt(dock, row), QStringLiteral("Nom %1").arg(row + 1, 2, 10, QLatin1Char('0')));
    }

    void filtersNarrowTheListAndTheCountSaysSo_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("source"); // -1 all, 0 the library's selection (source 2), else source n
        QTest::addColumn<QString>("count");
        QTest::newRow("none") << QString() << QString() << -1 << QStringLiteral("30 suggestions");
        QTest::newRow("words") << QStringLiteral("nom 1") << QString() << -1
                               << QStringLiteral("10 of 30 suggestions");
        QTest::newRow("type") << QString() << QStringLiteral("Organization") << -1
                              << QStringLiteral("10 of 30 suggestions");
        QTest::newRow("words and type") << QStringLiteral("nom 1") << QStringLiteral("Organization") << -1
                                        << QStringLiteral("3 of 30 suggestions");
        QTest::newRow("library selection")
            << QString() << QString() << 0 << QStringLiteral("10 of 30 suggestions");
        QTest::newRow("one source") << QString() << QString() << 1 << QStringLiteral("20 of 30 suggestions");
    }

    void filtersNarrowTheListAndTheCountSaysSo()
    {
        QFETCH(QString, words);
        QFETCH(QString, type);
        QFETCH(int, source);
        QFETCH(QString, count);
        EntitiesDock dock(m_dossier.get());
        QVERIFY(review(dock, made(30)));
        QAbstractItemModelTester tester(
            dock.suggestionProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dock.setLibrarySelection({m_sources.at(1)});
        dock.suggestionFilter()->setText(words);
        QComboBox *types = dock.suggestionTypeFilter();
        types->setCurrentIndex(types->findData(type));
        QComboBox *sources = dock.suggestionSourceFilter();
        if (source == 0)
            sources->setCurrentIndex(sources->findData(qint64(0)));
        else if (source > 0)
            sources->setCurrentIndex(sources->findData(m_sources.at(source - 1)));
        QVERIFY(sources->currentIndex() >= 0);
        QCOMPARE(dock.suggestionCount()->text(), count);
        for (int row = 0; row < dock.suggestionProxy()->rowCount(); ++row) {
            const QString name = nameAt(dock, row);
            QVERIFY(name.contains(words, Qt::CaseInsensitive));
        }

        // The keyboard review works on the filtered list: the next shown row is selected.
        if (dock.suggestionProxy()->rowCount() > 1) {
            dock.suggestionView()->selectionModel()->setCurrentIndex(dock.suggestionProxy()->index(0, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            const QString second = nameAt(dock, 1);
            QTest::keyClick(dock.suggestionView(), Qt::Key_R);
            QCOMPARE(currentName(dock), second);
        }
    }

    void theLibrarySelectionFollows()
    {
        EntitiesDock dock(m_dossier.get());
        QVERIFY(review(dock, made(30)));
        QComboBox *sources = dock.suggestionSourceFilter();
        sources->setCurrentIndex(sources->findData(qint64(0)));
        QCOMPARE(dock.suggestionCount()->text(), QStringLiteral("0 of 30 suggestions"));
        dock.setLibrarySelection({m_sources.at(0)});
        QCOMPARE(dock.suggestionCount()->text(), QStringLiteral("20 of 30 suggestions"));
        dock.setLibrarySelection({m_sources.at(0), m_sources.at(1)});
        QCOMPARE(dock.suggestionCount()->text(), QStringLiteral("30 suggestions"));
    }
};

QTEST_MAIN(TestEntitiesDock)
#include "tst_entitiesdock.moc"
