// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's keyboard and help, as a French user meets them (run with LANG=fr_FR.UTF-8):
// Go to Claims and Go to Entities put the focus on the list, a filtered claims list says so,
// the claim editor's Tab visits the form top to bottom, Help ▸ Guide shows the French guide with
// its images, Help ▸ Keyboard Shortcuts lists the real actions and narrows by keys, the toolbar
// icons explain themselves, and the graph and the timeline are tabs reached by Ctrl+8 and Ctrl+9.
#include "dialogs/claimeditor.h"
#include "dialogs/guidewindow.h"
#include "dialogs/shortcutsdialog.h"
#include "docks/claimsdock.h"
#include "entities/entitiesdock.h"
#include "localization.h"
#include "mainwindow.h"
#include "seeddossier.h"
#include "storage/dossier.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QWidgetAction>

using namespace Recoupe;

class TestKeyboardHelp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    int m_count = 0;

    bool showWindow(MainWindow &w)
    {
        w.resize(1400, 900);
        w.show();
        w.activateWindow();
        return QTest::qWaitForWindowActive(&w);
    }

    static QWidget *focused() { return QApplication::focusWidget(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        // The system's language, as the application takes it (CTest runs this in French).
        QCOMPARE(QLocale::system().language(), QLocale::French);
        QVERIFY(Localization::install());
        m_template = m_dir.filePath(QStringLiteral("template.recoupe"));
        QString error;
        QCOMPARE(SeedDossier::create(m_template, &error).size(), 5);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("seeds%1.recoupe").arg(++m_count));
        QVERIFY(QFile::copy(m_template, m_path));
        QSettings().clear();
    }

    void goToClaimsAndEntitiesFocusesTheList()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QTest::keyClick(&w, Qt::Key_5, Qt::ControlModifier);
        QTRY_COMPARE(focused(), w.claimsDock()->view());
        // End moves in the list; it no longer changes the filter.
        QTest::keyClick(focused(), Qt::Key_End);
        QCOMPARE(w.claimsDock()->statusFilter()->currentIndex(), 0);

        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QTRY_COMPARE(focused(), w.entitiesDock()->entityView());
        w.entitiesDock()->tabs()->setCurrentIndex(1);
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QTRY_COMPARE(focused(), w.entitiesDock()->suggestionView());
    }

    void aFilteredClaimsListSaysSo()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        ClaimsDock *dock = w.claimsDock();
        auto *note = dock->findChild<QLabel *>(QStringLiteral("claimFilterNote"));
        QVERIFY(note);
        QVERIFY(note->isHidden());
        QComboBox *filter = dock->statusFilter();
        filter->setCurrentIndex(filter->count() - 1); // Refuted
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(filter->currentText()), qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("Tout afficher")), qPrintable(note->text()));
        Q_EMIT note->linkActivated(QStringLiteral("all"));
        QCOMPARE(filter->currentIndex(), 0);
        QVERIFY(note->isHidden());
    }

    void claimEditorTabFollowsTheForm()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        Claim claim;
        claim.text = QStringLiteral("La commission a posé des réserves");
        const auto id = w.dossier()->addClaim(claim);
        QVERIFY(id.ok());
        w.claimsDock()->showClaim(*id);
        ClaimEditor *editor = w.claimsDock()->editor();
        QTRY_COMPARE(focused(), editor->statementEdit());
        const QList<QWidget *> expected {
            editor->statusBox(), editor->speakerBox(), editor->stanceBox(), editor->noteEdit()};
        for (QWidget *next : expected) {
            QTest::keyClick(focused(), Qt::Key_Tab);
            QCOMPARE(focused(), next);
        }
    }

    void guideOpensInFrenchWithItsImages()
    {
        MainWindow w;
        QVERIFY(showWindow(w));
        w.guideAction()->trigger();
        auto *guide = w.findChild<GuideWindow *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        QVERIFY2(
            guide->currentFile().endsWith(QStringLiteral("guide.fr.md")), qPrintable(guide->currentFile()));
        const QString text = guide->browser()->toPlainText();
        QVERIFY2(
            text.startsWith(QStringLiteral("Guide d’utilisation de Recoupe")), qPrintable(text.left(80)));
        QVERIFY(!text.contains(QLatin1String("![")));
        const QVariant image = guide->browser()->loadResource(
            QTextDocument::ImageResource, QUrl(QStringLiteral("images/main.fr.png")));
        QVERIFY(!QImage::fromData(image.toByteArray()).isNull());
        // The same window comes back when asked for again.
        w.guideAction()->trigger();
        QCOMPARE(w.findChildren<GuideWindow *>().size(), 1);
        // The link to the English version stays in the window.
        Q_EMIT guide->browser()->anchorClicked(QUrl(QStringLiteral("guide.md")));
        QVERIFY(guide->browser()->toPlainText().startsWith(QStringLiteral("Recoupe user guide")));
    }

    void guideFallsBackToEnglish()
    {
        const QString directory = GuideWindow::guideDirectory();
        QVERIFY(!directory.isEmpty());
        QVERIFY(GuideWindow::guideFile(directory, QLocale(QLocale::French, QLocale::Canada))
                    .endsWith(QStringLiteral("/guide.fr.md")));
        QVERIFY(GuideWindow::guideFile(directory, QLocale(QLocale::German))
                    .endsWith(QStringLiteral("/guide.md")));
        QVERIFY(GuideWindow::guideFile(directory, QLocale(QLocale::English))
                    .endsWith(QStringLiteral("/guide.md")));
    }

    void shortcutsListTheRealActions()
    {
        MainWindow w;
        QVERIFY(showWindow(w));
        w.shortcutsAction()->trigger();
        auto *dialog = w.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTreeWidget *list = dialog->list();
        QHash<QString, QString> keys;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            keys.insert(list->topLevelItem(row)->text(0), list->topLevelItem(row)->text(1));
        QCOMPARE(keys.value(QStringLiteral("Aller à la bibliothèque")), QStringLiteral("Ctrl+1"));
        QCOMPARE(keys.value(QStringLiteral("Surligner")), QStringLiteral("Ctrl+H"));
        QVERIFY2(keys.size() > 30, qPrintable(QString::number(keys.size())));

        const int all = dialog->shownCount();
        QTest::keyClicks(dialog->filterField(), QStringLiteral("ctrl+5"));
        QCOMPARE(dialog->shownCount(), 1);
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (!list->topLevelItem(row)->isHidden())
                QCOMPARE(list->topLevelItem(row)->text(1), QStringLiteral("Ctrl+5"));
        }
        dialog->filterField()->clear();
        QCOMPARE(dialog->shownCount(), all);
    }

    void toolbarIconsExplainThemselvesAndTheViewsAreTabs()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("MainToolBar"));
        QVERIFY(bar);
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!action->whatsThis().isEmpty() || qobject_cast<QWidgetAction *>(action),
                qPrintable(action->text()));
            // The graph and the timeline are reached by their tabs, not by toolbar buttons too.
            const QString plain = QString(action->text()).remove(QLatin1Char('&'));
            QVERIFY2(plain != w.views()->tabText(1) && plain != w.views()->tabText(2), qPrintable(plain));
        }
        QTest::keyClick(&w, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(w.views()->currentIndex(), 1);
        QTest::keyClick(&w, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(w.views()->currentIndex(), 2);
        QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(w.views()->currentIndex(), 0);
    }
};

QTEST_MAIN(TestKeyboardHelp)
#include "tst_keyboardhelp.moc"
