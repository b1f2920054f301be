// SPDX-License-Identifier: GPL-3.0-or-later
// The claim and its evidence, as a user cross-checks a story on the seed articles: cite a
// selection or an existing highlight in a claim through the picker, drag a highlight onto the
// claim editor, right-click a highlight, delete a cited highlight, and see how many distinct
// sources a claim rests on (a republished article is not a second source).
#include "desk/desk.h"
#include "desk/passageactions.h"
#include "desk/textreader.h"
#include "desk/textview.h"
#include "dialogs/claimeditor.h"
#include "dialogs/claimpickerdialog.h"
#include "dialogs/highlightdeletion.h"
#include "dialogs/noteeditordialog.h"
#include "docks/annotationsdock.h"
#include "docks/claimsdock.h"
#include "localization.h"
#include "mainwindow.h"
#include "models/annotationlistmodel.h"
#include "models/claimlistmodel.h"
#include "seeddossier.h"
#include "storage/annotationstore.h"
#include "storage/claimcitation.h"
#include "storage/claimstore.h"
#include "storage/entitystore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Recoupe;

namespace {

// Runs `act` on the next modal dialog once it is up (QDialog::exec blocks the test).
void whenModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

} // namespace

class TestCiteClaims : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QVector<qint64> m_ids;
    int m_count = 0;

    static inline const QString Statement = QStringLiteral("Le directeur du numérique part chez Amazon");
    static inline const QString FirstQuote
        = QStringLiteral("Il devra néanmoins s’abstenir de certains contacts");
    static inline const QString SecondQuote = QStringLiteral("évaluations nationales");

    qint64 offsetOf(MainWindow &w, qint64 sourceId, const QString &quote)
    {
        return w.dossier()->sources().text(sourceId).indexOf(quote);
    }

    TextReader *openText(MainWindow &w, qint64 sourceId)
    {
        if (!w.desk()->openSource(sourceId))
            return nullptr;
        return qobject_cast<TextReader *>(w.desk()->currentReader());
    }

    bool showWindow(MainWindow &w)
    {
        w.resize(1400, 900);
        w.show();
        w.activateWindow();
        return QTest::qWaitForWindowExposed(&w);
    }

    // A claim made from FirstQuote in the first seed article; returns its id (0 on failure).
    qint64 claimFromFirstArticle(MainWindow &w)
    {
        TextReader *reader = openText(w, m_ids.at(0));
        const qint64 start = offsetOf(w, m_ids.at(0), FirstQuote);
        if (!reader || start < 0)
            return 0;
        reader->setSelection(start, start + FirstQuote.size());
        const auto claimId = w.passageActions()->claimPassage(Statement);
        return claimId ? *claimId : 0;
    }

    // Highlights `quote` in a source; returns the annotation id.
    qint64 highlight(MainWindow &w, qint64 sourceId, const QString &quote)
    {
        TextReader *reader = openText(w, sourceId);
        const qint64 start = offsetOf(w, sourceId, quote);
        if (!reader || start < 0)
            return 0;
        reader->setSelection(start, start + quote.size());
        const auto id = w.passageActions()->highlightSelection();
        return id ? *id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // English with its plural forms ("2 passages"), as the app shows it.
        Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.recoupe"));
        QString error;
        m_ids = SeedDossier::create(m_template, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("seeds%1.recoupe").arg(++m_count));
        QVERIFY(QFile::copy(m_template, m_path));
        QSettings().clear();
    }

    void citeSelectionThroughThePicker()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        const qint64 claimId = claimFromFirstArticle(w);
        QVERIFY(claimId);
        // A decoy the typing must filter out.
        Claim other;
        other.text = QStringLiteral("La commission de déontologie a donné son feu vert");
        QVERIFY(w.dossier()->addClaim(other));

        // A passage of another article, selected, then Cite in Claim….
        TextReader *reader = openText(w, m_ids.at(2));
        const qint64 start = offsetOf(w, m_ids.at(2), SecondQuote);
        QVERIFY(start > 0);
        reader->setSelection(start, start + SecondQuote.size());
        QVERIFY(w.passageActions()->citeAction()->isEnabled());
        int listed = -1;
        whenModal([&](QWidget *modal) {
            auto *picker = qobject_cast<ClaimPickerDialog *>(modal);
            QVERIFY(picker);
            QCOMPARE(picker->list()->count(), 2);
            // Type-ahead, accents and case aside.
            QTest::keyClicks(picker->searchField(), QStringLiteral("numerique AMAZON"));
            listed = picker->list()->count();
            QVERIFY(picker->list()->currentItem()->text().startsWith(Statement));
            QTest::keyClick(picker->searchField(), Qt::Key_Return);
        });
        w.passageActions()->citeAction()->trigger();
        QCOMPARE(listed, 1);

        auto claim = w.dossier()->claims().get(claimId);
        QCOMPARE(claim->evidenceIds.size(), 2);
        const auto cited = w.dossier()->annotations().get(claim->evidenceIds.at(1));
        QCOMPARE(cited->anchor.exact, SecondQuote);
        QCOMPARE(cited->anchor.sourceId, m_ids.at(2));
        QVERIFY(!reader->hasSelection());

        // One undo step takes back the citation and the highlight made for it.
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Cite passage in “%1”").arg(Statement.left(40)));
        w.undoAction()->trigger();
        QCOMPARE(w.dossier()->claims().get(claimId)->evidenceIds.size(), 1);
        QVERIFY(w.dossier()->annotations().forSource(m_ids.at(2)).isEmpty());
        w.redoAction()->trigger();
        claim = w.dossier()->claims().get(claimId);
        QCOMPARE(claim->evidenceIds.size(), 2);
        QCOMPARE(w.dossier()->annotations().get(claim->evidenceIds.at(1))->anchor.exact, SecondQuote);
    }

    void citeExistingHighlightFromItsMenu()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        const qint64 claimId = claimFromFirstArticle(w);
        QVERIFY(claimId);
        const qint64 highlightId = highlight(w, m_ids.at(2), SecondQuote);
        QVERIFY(highlightId);

        std::unique_ptr<QMenu> menu(w.passageActions()->createHighlightMenu(highlightId, &w));
        QAction *cite = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("passageCite"))
                cite = action;
        }
        QVERIFY(cite && cite->isEnabled());
        whenModal([&](QWidget *modal) {
            auto *picker = qobject_cast<ClaimPickerDialog *>(modal);
            QVERIFY(picker);
            QTest::keyClicks(picker->searchField(), QStringLiteral("directeur"));
            picker->accept();
        });
        cite->trigger();
        QCOMPARE(w.dossier()->claims().get(claimId)->evidenceIds.last(), highlightId);
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Cite passage in claim"));

        // Citing it twice is refused by the picker: the claim is listed but cannot be picked.
        whenModal([&](QWidget *modal) {
            auto *picker = qobject_cast<ClaimPickerDialog *>(modal);
            QVERIFY(picker);
            QCOMPARE(picker->list()->count(), 1);
            QVERIFY(picker->list()->item(0)->text().contains(QStringLiteral("already cites this passage")));
            QVERIFY(!(picker->list()->item(0)->flags() & Qt::ItemIsEnabled));
            picker->accept(); // nothing to pick: stays open
            QVERIFY(picker->isVisible());
            picker->reject();
        });
        cite->trigger();
        QCOMPARE(w.dossier()->claims().get(claimId)->evidenceIds.size(), 2);

        // Undo takes back the citation only; the highlight stays.
        w.undoAction()->trigger();
        QCOMPARE(w.dossier()->claims().get(claimId)->evidenceIds.size(), 1);
        QVERIFY(w.dossier()->annotations().get(highlightId));
        w.redoAction()->trigger();
        QCOMPARE(w.dossier()->claims().get(claimId)->evidenceIds.last(), highlightId);
    }

    void rightClickOnHighlightOffersItsActions()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        const qint64 highlightId = highlight(w, m_ids.at(0), FirstQuote);
        QVERIFY(highlightId);
        auto *reader = qobject_cast<TextReader *>(w.desk()->currentReader());
        QVERIFY(reader);
        const qint64 start = offsetOf(w, m_ids.at(0), FirstQuote);

        // The pointer on the highlight, as a right-click would find it.
        reader->revealRange(start, start + FirstQuote.size());
        const QVector<QRectF> rects = reader->view()->rangeRects(start + 5, start + 10);
        QVERIFY(!rects.isEmpty());
        const QPointF scroll(
            reader->view()->horizontalScrollBar()->value(), reader->view()->verticalScrollBar()->value());
        const QPoint onHighlight = (rects.first().center() - scroll).toPoint();
        QCOMPARE(w.passageActions()->highlightAt(reader->view()->viewport()->mapToGlobal(onHighlight)),
            highlightId);

        std::unique_ptr<QMenu> menu(w.passageActions()->createHighlightMenu(highlightId, &w));
        QCOMPARE(menuTexts(menu.get()),
            (QStringList {QStringLiteral("Add &Note…"), QStringLiteral("&Tag…"), QStringLiteral("C&olor"),
                QStringLiteral("C&ite in Claim…"), QStringLiteral("New &Claim from Passage"),
                QStringLiteral("Show in &Annotations"), QStringLiteral("&Delete Highlight")}));
        for (QAction *action : menu->actions())
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        QCOMPARE(w.passageActions()->activeAnnotation(), highlightId);

        // Colour: one undoable step.
        QMenu *colors = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("highlightColor"))
                colors = action->menu();
        }
        QVERIFY(colors);
        QCOMPARE(menuTexts(colors),
            (QStringList {QStringLiteral("Yellow"), QStringLiteral("Green"), QStringLiteral("Blue"),
                QStringLiteral("Pink"), QStringLiteral("Orange"), QStringLiteral("Other Color…")}));
        colors->actions().at(2)->trigger();
        QCOMPARE(w.dossier()->annotations().get(highlightId)->color, QColor(QStringLiteral("#90caf9")));
        w.undoAction()->trigger();
        QCOMPARE(w.dossier()->annotations().get(highlightId)->color, Annotation::defaultColor());

        // Show in Annotations selects it in the dock.
        w.annotationsDock()->hide();
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("highlightShowInAnnotations"))
                action->trigger();
        }
        QVERIFY(w.annotationsDock()->isVisible());
        QCOMPARE(w.annotationsDock()->selectedAnnotation(), highlightId);

        // A note edited from the menu: the menu then says Edit.
        whenModal([](QWidget *modal) {
            auto *editor = qobject_cast<NoteEditorDialog *>(modal);
            QVERIFY(editor);
            editor->editor()->setPlainText(QStringLiteral("À recouper avec la lettre du 12 mai"));
            editor->accept();
        });
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("highlightNote"))
                action->trigger();
        }
        QCOMPARE(w.dossier()->annotations().get(highlightId)->note,
            QStringLiteral("À recouper avec la lettre du 12 mai"));
        std::unique_ptr<QMenu> again(w.passageActions()->createHighlightMenu(highlightId, &w));
        QCOMPARE(menuTexts(again.get()).first(), QStringLiteral("Edit &Note…"));

        // Nothing cites it: Delete goes at once, and undo brings it back.
        for (QAction *action : again->actions()) {
            if (action->objectName() == QLatin1String("highlightDelete"))
                action->trigger();
        }
        QVERIFY(!w.dossier()->annotations().get(highlightId));
        w.undoAction()->trigger();
        QVERIFY(w.dossier()->annotations().get(highlightId));
    }

    void deletingACitedHighlightAsksFirst()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        const qint64 claimId = claimFromFirstArticle(w);
        QVERIFY(claimId);
        const qint64 highlightId = w.dossier()->claims().get(claimId)->evidenceIds.first();
        // A relationship resting on the same passage.
        Entity person;
        person.type = QStringLiteral("Person");
        person.name = QStringLiteral("Mathieu Jeandron");
        Entity company;
        company.type = QStringLiteral("Organization");
        company.name = QStringLiteral("Amazon");
        const auto personId = w.dossier()->addEntity(person);
        const auto companyId = w.dossier()->addEntity(company);
        QVERIFY(personId && companyId);
        Relationship employment;
        employment.type = QStringLiteral("Employment");
        employment.fromId = *personId;
        employment.toId = *companyId;
        employment.evidenceIds = {highlightId};
        QVERIFY(w.dossier()->addRelationship(employment));

        const QString expected
            = QStringLiteral("Cited by 1 claim: “%1”.\n"
                             "Evidence of 1 relationship: Mathieu Jeandron — Employment — Amazon.\n"
                             "Deleting it leaves 2 of them with no evidence at all: “%1”; Mathieu Jeandron — "
                             "Employment — Amazon.")
                  .arg(Statement);
        QCOMPARE(HighlightDeletion::warning(*w.dossier(), highlightId), expected);

        // From the Annotations dock: Delete, then Cancel leaves everything as it was.
        w.annotationsDock()->selectAnnotation(highlightId);
        QCOMPARE(w.annotationsDock()->selectedAnnotation(), highlightId);
        QString asked;
        whenModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            asked = box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        w.annotationsDock()->deleteAction()->trigger();
        QCOMPARE(asked, expected + QStringLiteral("\nEdit ▸ Undo brings it back with its citations."));
        QVERIFY(w.dossier()->annotations().get(highlightId));
        QCOMPARE(w.dossier()->claims().get(claimId)->evidenceIds, QVector<qint64> {highlightId});

        // From the highlight's menu: confirmed, the highlight goes and the claim has no evidence.
        std::unique_ptr<QMenu> menu(w.passageActions()->createHighlightMenu(highlightId, &w));
        whenModal([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("highlightDelete"))
                action->trigger();
        }
        QVERIFY(!w.dossier()->annotations().get(highlightId));
        QVERIFY(w.dossier()->claims().get(claimId)->evidenceIds.isEmpty());
        w.undoAction()->trigger();
        QVERIFY(w.dossier()->annotations().get(highlightId));
        QCOMPARE(w.dossier()->claims().get(claimId)->evidenceIds, QVector<qint64> {highlightId});
    }

    void dropHighlightOnClaimEditor()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        const qint64 claimId = claimFromFirstArticle(w);
        QVERIFY(claimId);
        const qint64 highlightId = highlight(w, m_ids.at(2), SecondQuote);
        QVERIFY(highlightId);
        w.claimsDock()->showClaim(claimId);
        ClaimEditor *editor = w.claimsDock()->editor();
        QCOMPARE(editor->claimId(), claimId);

        // What the Annotations dock's row carries when dragged.
        AnnotationsDock *annotations = w.annotationsDock();
        annotations->setScope(AnnotationsDock::Scope::WholeDossier);
        annotations->selectAnnotation(highlightId);
        const QModelIndex row = annotations->view()->currentIndex();
        QVERIFY(row.isValid());
        QVERIFY(annotations->view()->dragEnabled());
        QVERIFY(row.flags() & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> data(annotations->model()->mimeData({row}));
        QVERIFY(data);

        // Dropped on the evidence list of the editor: the window hands a drag to the first widget
        // up from the pointer that accepts drops.
        QWidget *target = editor->evidenceList()->viewport();
        QPoint at = target->rect().center();
        while (target && !target->acceptDrops()) {
            at = target->mapToParent(at);
            target = target->parentWidget();
        }
        QCOMPARE(target, static_cast<QWidget *>(editor));
        QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(w.dossier()->claims().get(claimId)->evidenceIds.last(), highlightId);
        QTRY_COMPARE(editor->evidenceList()->count(), 2);
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Cite passage in claim"));
        w.undoAction()->trigger();
        QCOMPARE(w.dossier()->claims().get(claimId)->evidenceIds.size(), 1);
        QCOMPARE(editor->evidenceList()->count(), 1);
    }

    void distinctSourcesOfTwoSeedArticles()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QAbstractItemModelTester tester(
            w.claimsDock()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 claimId = claimFromFirstArticle(w);
        QVERIFY(claimId);
        // A second passage of the same article, and one of another article.
        const qint64 sameArticle = highlight(w, m_ids.at(0), QStringLiteral("Mathieu Jeandron"));
        const qint64 otherArticle = highlight(w, m_ids.at(2), SecondQuote);
        QVERIFY(sameArticle && otherArticle);
        QVERIFY(ClaimCitation::cite(*w.dossier(), claimId, sameArticle).ok());

        ClaimListModel *model = w.claimsDock()->model();
        const int row = model->rowForClaim(claimId);
        QCOMPARE(model->index(row, 0).data(ClaimListModel::DistinctSourcesRole).toInt(), 1);
        QCOMPARE(model->index(row, 0).data(ClaimListModel::SummaryRole).toString(),
            QStringLiteral("To verify · 2 passages cited · 1 distinct source"));
        QVERIFY(ClaimCitation::cite(*w.dossier(), claimId, otherArticle).ok());
        QCOMPARE(model->index(row, 0).data(ClaimListModel::DistinctSourcesRole).toInt(), 2);
        QCOMPARE(model->index(row, 0).data(ClaimListModel::SummaryRole).toString(),
            QStringLiteral("To verify · 3 passages cited · 2 distinct sources"));
        w.claimsDock()->showClaim(claimId);
        QCOMPARE(w.claimsDock()->editor()->sourcesLabel()->text(), QStringLiteral("2 distinct sources"));

        // The second article turns out to be the first one republished (same canonical URL, written
        // another way): one source.
        auto first = w.dossier()->sources().get(m_ids.at(0));
        auto second = w.dossier()->sources().get(m_ids.at(2));
        first->canonicalUrl = QStringLiteral("https://www.example.org/education/amazon/");
        second->canonicalUrl = QStringLiteral("http://example.org/education/amazon?utm_source=rss");
        QVERIFY(w.dossier()->updateSource(*first).ok());
        QVERIFY(w.dossier()->updateSource(*second).ok());
        QCOMPARE(model->index(row, 0).data(ClaimListModel::DistinctSourcesRole).toInt(), 1);
        QCOMPARE(model->index(row, 0).data(ClaimListModel::SummaryRole).toString(),
            QStringLiteral("To verify · 3 passages cited · 1 distinct source (2 share their origin)"));
        QTRY_COMPARE(w.claimsDock()->editor()->sourcesLabel()->text(),
            QStringLiteral("1 distinct source (2 share their origin)\nSame origin, counted once: “%1”, “%2”")
                .arg(first->title, second->title));

        // Undo: two sources again.
        w.undoAction()->trigger();
        QCOMPARE(model->index(row, 0).data(ClaimListModel::DistinctSourcesRole).toInt(), 2);

        // Same publisher and title (accents and case aside), no URL: one source too.
        first->canonicalUrl.clear();
        second->canonicalUrl.clear();
        first->publisher = QStringLiteral("Le Café pédagogique");
        second->publisher = QStringLiteral("le cafe pedagogique");
        second->title = first->title.toUpper();
        QVERIFY(w.dossier()->updateSource(*first).ok());
        QVERIFY(w.dossier()->updateSource(*second).ok());
        QCOMPARE(model->index(row, 0).data(ClaimListModel::DistinctSourcesRole).toInt(), 1);
    }
};

QTEST_MAIN(TestCiteClaims)
#include "tst_citeclaims.moc"
