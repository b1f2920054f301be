// SPDX-License-Identifier: GPL-3.0-or-later
// The Entities dock on the five seed articles: the suggester runs on a worker thread and proposes
// the people and institutions of the case; accepting one adds the entity with its mentions in
// one undo step; rejecting one is remembered. Models under QAbstractItemModelTester. Offscreen.
#include "entities/entitiesdock.h"
#include "entities/entitylistmodel.h"
#include "entities/suggestionlistmodel.h"
#include "seeddossier.h"
#include "storage/entitystore.h"

#include <QAbstractItemModelTester>
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
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("e%1.recoupe").arg(++m_count));
        QString error;
        QCOMPARE(SeedDossier::create(path, &error).size(), 5);
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
};

QTEST_MAIN(TestEntitiesDock)
#include "tst_entitiesdock.moc"
