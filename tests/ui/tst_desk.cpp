// SPDX-License-Identifier: GPL-3.0-or-later
// The reading desk as a user meets it: open a seed article, select a passage with the mouse
// API or the keyboard, highlight and tag it through the actions, see it in the Annotations dock
// and in the dossier, undo and redo; compare two sources; get the same panes back after a restart.
#include "desk/desk.h"
#include "desk/passageactions.h"
#include "desk/readerpane.h"
#include "desk/textreader.h"
#include "desk/textview.h"
#include "dialogs/tagpickerdialog.h"
#include "docks/annotationsdock.h"
#include "docks/librarydock.h"
#include "mainwindow.h"
#include "models/annotationlistmodel.h"
#include "models/sourcelistmodel.h"
#include "seeddossier.h"
#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/entitystore.h"
#include "storage/tagstore.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>

#include <functional>

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

// Types text as a keyboard would, accented letters included (QTest::keyClicks takes ASCII only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(widget, &press);
            QApplication::sendEvent(widget, &release);
        }
    }
}

// The viewport point at the middle of the first line of [start, end) in a text reader.
QPoint pointOf(TextReader *reader, qint64 start, qint64 end)
{
    reader->revealRange(start, end);
    const QVector<QRectF> rects = reader->view()->rangeRects(start, end);
    if (rects.isEmpty())
        return QPoint(-1, -1);
    const QPointF offset(
        reader->view()->horizontalScrollBar()->value(), reader->view()->verticalScrollBar()->value());
    return (rects.first().center() - offset).toPoint();
}

} // namespace

class TestDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QVector<qint64> m_ids;
    int m_count = 0;

    // The offset of `quote` in a source's canonical text (computed here, not by the app).
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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.recoupe"));
        QString error;
        m_ids = SeedDossier::create(m_template, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        // A fresh copy of the five articles for every test.
        m_path = m_dir.filePath(QStringLiteral("seeds%1.recoupe").arg(++m_count));
        QVERIFY(QFile::copy(m_template, m_path));
        QSettings().clear();
    }

    void readerShowsTheCanonicalTextVerbatim()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        for (qint64 id : std::as_const(m_ids)) {
            TextReader *reader = openText(w, id);
            QVERIFY(reader);
            // Document positions are canonical offsets only if the document holds the text as is
            // (toRawText keeps no-break spaces; block ends are paragraph separators).
            QString shown = reader->view()->document()->toRawText();
            shown.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
            QCOMPARE(shown, w.dossier()->sources().text(id));
        }
    }

    void highlightThenUndoRedo()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        TextReader *reader = openText(w, m_ids.at(0));
        QVERIFY(reader);
        const QString quote
            = QStringLiteral("La commission de déontologie de la fonction publique a donné son feu vert");
        const qint64 start = offsetOf(w, m_ids.at(0), quote);
        QVERIFY(start > 0);

        reader->setSelection(start, start + quote.size());
        QCOMPARE(w.desk()->currentSelection().text, quote);
        QAction *highlight = w.passageActions()->highlightAction();
        QVERIFY(highlight->isEnabled());
        highlight->trigger();

        // In the dossier, with its quote and exact offsets.
        const QVector<Annotation> stored = w.dossier()->annotations().forSource(m_ids.at(0));
        QCOMPARE(stored.size(), 1);
        const qint64 id = stored.first().id;
        QCOMPARE(stored.first().anchor.exact, quote);
        QCOMPARE(stored.first().anchor.start, start);
        QCOMPARE(stored.first().anchor.end, start + quote.size());
        // On the page, painted.
        QVERIFY(reader->highlights().find(id));
        reader->revealRange(start, start + quote.size());
        reader->view()->viewport()->repaint();
        QVERIFY(reader->view()->lastPainted().contains(id));
        // In the Annotations dock, selected; in the library's count.
        AnnotationsDock *dock = w.annotationsDock();
        QCOMPARE(dock->model()->rowCount(), 1);
        QCOMPARE(dock->model()->annotationIdAt(0), id);
        QCOMPARE(dock->selectedAnnotation(), id);
        SourceListModel *library = w.libraryDock()->model();
        QCOMPARE(
            library->index(library->rowOf(m_ids.at(0)), SourceListModel::AnnotationsColumn).data().toInt(),
            1);

        // Undo names the step and takes it away everywhere.
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Highlight"));
        w.undoAction()->trigger();
        QVERIFY(w.dossier()->annotations().forSource(m_ids.at(0)).isEmpty());
        QVERIFY(!reader->highlights().find(id));
        reader->view()->viewport()->repaint();
        QVERIFY(!reader->view()->lastPainted().contains(id));
        QCOMPARE(dock->model()->rowCount(), 0);
        QCOMPARE(
            library->index(library->rowOf(m_ids.at(0)), SourceListModel::AnnotationsColumn).data().toInt(),
            0);
        QVERIFY(w.redoAction()->isEnabled());
        QCOMPARE(w.redoAction()->text(), QStringLiteral("Redo Highlight"));

        // Redo brings the same highlight back.
        w.redoAction()->trigger();
        QVERIFY(reader->highlights().find(id));
        QCOMPARE(dock->model()->rowCount(), 1);
        QCOMPARE(w.dossier()->annotations().get(id)->anchor.exact, quote);
        reader->view()->viewport()->repaint();
        QVERIFY(reader->view()->lastPainted().contains(id));
    }

    void keyboardSelectionThenTagWithANewCode()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        TextReader *reader = openText(w, m_ids.at(0));
        QVERIFY(reader);
        const QString quote = QStringLiteral("commission de déontologie");
        const qint64 start = offsetOf(w, m_ids.at(0), quote);
        QVERIFY(start > 0);

        // Caret before the passage, then Shift+Right once per character.
        reader->setSelection(start, start);
        reader->setFocus();
        for (int i = 0; i < quote.size(); ++i)
            QTest::keyClick(reader->view(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(w.desk()->currentSelection().start, start);
        QCOMPARE(w.desk()->currentSelection().text, quote);
        // And word by word: Ctrl+Shift+Right three times takes the three words and the space
        // after them; Shift+Left gives the space back.
        reader->setSelection(start, start);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(reader->view(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.desk()->currentSelection().text, quote + QLatin1Char(' '));
        QTest::keyClick(reader->view(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(w.desk()->currentSelection().text, quote);

        // Tag through the action: the picker offers to create a code that does not exist yet.
        whenModal([](QWidget *modal) {
            auto *picker = qobject_cast<TagPickerDialog *>(modal);
            QVERIFY(picker);
            typeText(picker->searchField(), QStringLiteral("Réserves/Commission"));
            QCOMPARE(
                picker->list()->currentItem()->text(), QStringLiteral("Create tag “Réserves/Commission”"));
            QTest::keyClick(picker->searchField(), Qt::Key_Return);
        });
        w.passageActions()->tagAction()->trigger();

        const qint64 tagId = w.dossier()->tags().findPath(QStringLiteral("Réserves/Commission"));
        QVERIFY(tagId);
        const QVector<Annotation> stored = w.dossier()->annotations().forSource(m_ids.at(0));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().anchor.exact, quote);
        QCOMPARE(stored.first().tagIds, QVector<qint64>({tagId}));
        // Painted in the tag's color; the tooltip names the tag.
        const Highlight *painted = reader->highlights().find(stored.first().id);
        QVERIFY(painted);
        QCOMPARE(painted->color, w.dossier()->tags().get(tagId)->color);
        QVERIFY(painted->toolTip.contains(QStringLiteral("Réserves/Commission")));
        QCOMPARE(w.annotationsDock()->model()->index(0).data(AnnotationListModel::TagNamesRole).toString(),
            QStringLiteral("Réserves/Commission"));

        // One undo step takes back the highlight and the codes made for it.
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Tag passage “Réserves/Commission”"));
        w.undoAction()->trigger();
        QVERIFY(w.dossier()->annotations().forSource(m_ids.at(0)).isEmpty());
        QCOMPARE(w.dossier()->tags().findPath(QStringLiteral("Réserves")), 0);
        QVERIFY(reader->highlights().isEmpty());
        w.redoAction()->trigger();
        QCOMPARE(w.dossier()->annotations().forSource(m_ids.at(0)).size(), 1);
        QVERIFY(w.dossier()->tags().findPath(QStringLiteral("Réserves/Commission")));

        // Tagging again picks the existing code by typing part of it, accents aside.
        const qint64 second = offsetOf(w, m_ids.at(0), QStringLiteral("Mathieu Jeandron"));
        reader->setSelection(second, second + 16);
        whenModal([](QWidget *modal) {
            auto *picker = qobject_cast<TagPickerDialog *>(modal);
            QVERIFY(picker);
            QTest::keyClicks(picker->searchField(), QStringLiteral("reserves com"));
            QCOMPARE(picker->list()->count(), 2); // the code, and "Create tag …"
            QTest::keyClick(picker->searchField(), Qt::Key_Return);
        });
        w.passageActions()->tagAction()->trigger();
        QCOMPARE(w.dossier()->tags().get(tagId)->useCount, 2);
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Highlight and tag"));
    }

    void shortcutsClickAndDelete()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QVERIFY(QTest::qWaitForWindowActive(&w));
        TextReader *reader = openText(w, m_ids.at(2));
        QVERIFY(reader);
        const QString text = w.dossier()->sources().text(m_ids.at(2));
        const qint64 a = text.indexOf(QStringLiteral("Amazon"));
        QVERIFY(a >= 0);

        // Ctrl+H from the reader highlights.
        reader->setSelection(a, a + 6);
        reader->setFocus();
        QTest::keyClick(reader->view(), Qt::Key_H, Qt::ControlModifier);
        const QVector<Annotation> stored = w.dossier()->annotations().forSource(m_ids.at(2));
        QCOMPARE(stored.size(), 1);
        const qint64 id = stored.first().id;

        // Clicking the highlight selects it in the Annotations dock.
        AnnotationsDock *dock = w.annotationsDock();
        dock->view()->clearSelection();
        dock->view()->setCurrentIndex(QModelIndex());
        QCOMPARE(dock->selectedAnnotation(), 0);
        const QPoint where = pointOf(reader, a, a + 6);
        QVERIFY(reader->view()->viewport()->rect().contains(where));
        QCOMPARE(reader->view()->highlightAt(where), id);
        QTest::mouseClick(reader->view()->viewport(), Qt::LeftButton, {}, where);
        QCOMPARE(dock->selectedAnnotation(), id);
        QCOMPARE(reader->activeAnnotation(), id);

        // Typing a note in the dock is one undo step, whatever its length.
        dock->noteEditor()->setFocus();
        typeText(dock->noteEditor(), QStringLiteral("Le rachat est évoqué ici."));
        QCOMPARE(w.dossier()->annotations().get(id)->note, QStringLiteral("Le rachat est évoqué ici."));
        QVERIFY(reader->highlights().find(id)->toolTip.contains(QStringLiteral("Le rachat est évoqué ici.")));
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Edit note"));
        w.undoAction()->trigger();
        QCOMPARE(w.dossier()->annotations().get(id)->note, QString());
        QCOMPARE(dock->noteEditor()->toPlainText(), QString());
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Highlight"));

        // Delete in the list removes it; undo brings it back.
        dock->view()->setFocus();
        QTest::keyClick(dock->view(), Qt::Key_Delete);
        QVERIFY(!w.dossier()->annotations().get(id));
        QVERIFY(!reader->highlights().find(id));
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Delete highlight"));
        w.undoAction()->trigger();
        QVERIFY(w.dossier()->annotations().get(id));
        QVERIFY(reader->highlights().find(id));
        QCOMPARE(dock->model()->rowCount(), 1);

        // Enter in the list jumps back to the passage (here: already open, now selected).
        reader->clearSelection();
        dock->view()->setCurrentIndex(dock->model()->index(0));
        dock->view()->setFocus();
        QTest::keyClick(dock->view(), Qt::Key_Return);
        QCOMPARE(w.desk()->currentSelection().start, a);
        QCOMPARE(w.desk()->currentSelection().end, a + 6);
        QVERIFY(reader->view()->isFlashing());
    }

    void overlappingHighlightsStayDistinct()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        TextReader *reader = openText(w, m_ids.at(0));
        const QString quote = QStringLiteral("commission de déontologie de la fonction publique");
        const qint64 start = offsetOf(w, m_ids.at(0), quote);
        reader->setSelection(start, start + quote.size());
        QVERIFY(w.passageActions()->highlightSelection());
        reader->setSelection(start + 14, start + 40);
        QVERIFY(w.passageActions()->highlightSelection());
        const QVector<Highlight> &items = reader->highlights().items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).layer, 0);
        QCOMPARE(items.at(1).layer, 1);
        QCOMPARE(reader->highlights().layerCount(), 2);
        reader->revealRange(start, start + quote.size());
        reader->view()->viewport()->repaint();
        QCOMPARE(reader->view()->lastPainted().size(), 2);
        // Where both lie, a click means the narrower one.
        const QPoint inner = pointOf(reader, start + 20, start + 21);
        QCOMPARE(reader->view()->highlightAt(inner), items.at(1).annotationId);
    }

    void claimAndEntityFromPassage()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        TextReader *reader = openText(w, m_ids.at(0));
        const QString quote = QStringLiteral("Il devra néanmoins s’abstenir de certains contacts");
        const qint64 start = offsetOf(w, m_ids.at(0), quote);
        QVERIFY(start > 0);
        reader->setSelection(start, start + quote.size());
        QSignalSpy claimed(w.passageActions(), &PassageActions::claimCreated);
        w.passageActions()->claimAction()->trigger();
        QCOMPARE(claimed.count(), 1);
        const qint64 claimId = claimed.at(0).at(0).toLongLong();
        const auto claim = w.dossier()->claims().get(claimId);
        QVERIFY(claim);
        QCOMPARE(claim->text, quote);
        QCOMPARE(claim->evidenceIds.size(), 1);
        QCOMPARE(w.dossier()->annotations().get(claim->evidenceIds.first())->anchor.exact, quote);
        // One step: the claim and its new highlight go together.
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo New claim from passage"));
        w.undoAction()->trigger();
        QVERIFY(!w.dossier()->claims().get(claimId));
        QVERIFY(w.dossier()->annotations().forSource(m_ids.at(0)).isEmpty());

        // A name, selected with the comma after it, marked as a person.
        const QString name = QStringLiteral("Mathieu Jeandron,");
        const qint64 at = offsetOf(w, m_ids.at(0), name);
        reader->setSelection(at, at + name.size());
        whenModal([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            QCOMPARE(input->textValue(), QStringLiteral("Mathieu Jeandron"));
            input->accept();
        });
        w.passageActions()->personAction()->trigger();
        const QVector<Entity> found = w.dossier()->entities().findByName(QStringLiteral("Mathieu Jeandron"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().type, QStringLiteral("Person"));
        const QVector<Mention> mentions = w.dossier()->entities().mentions(found.first().id);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().anchor.start, at);
        // One undo takes back the new person and the mention; redo brings both back.
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Mark “Mathieu Jeandron”"));
        w.undoAction()->trigger();
        QVERIFY(w.dossier()->entities().findByName(QStringLiteral("Mathieu Jeandron")).isEmpty());
        QVERIFY(w.dossier()->entities().mentions(found.first().id).isEmpty());
        w.redoAction()->trigger();
        QCOMPARE(w.dossier()->entities().findByName(QStringLiteral("Mathieu Jeandron")).size(), 1);
        QCOMPARE(w.dossier()->entities().mentions(found.first().id).size(), 1);

        // An institution, found again by name the second time.
        const QString body = QStringLiteral("commission de déontologie de la fonction publique");
        const qint64 first = offsetOf(w, m_ids.at(0), body);
        reader->setSelection(first, first + body.size());
        QVERIFY(w.passageActions()->markEntity(QStringLiteral("Organization")));
        const qint64 second = w.dossier()->sources().text(m_ids.at(0)).indexOf(body, first + 1);
        QVERIFY(second > first);
        reader->setSelection(second, second + body.size());
        const auto again = w.passageActions()->markEntity(QStringLiteral("Organization"));
        QVERIFY(again);
        QCOMPARE(w.dossier()->entities().findByName(body).size(), 1);
        QCOMPARE(w.dossier()->entities().mentions(*again).size(), 2);
        // Undoing the second mark leaves the institution, already there, with its first mention.
        w.undoAction()->trigger();
        QCOMPARE(w.dossier()->entities().findByName(body).size(), 1);
        QCOMPARE(w.dossier()->entities().mentions(*again).size(), 1);
    }

    void tagFilterShowsOnlyThatCode()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        TextReader *reader = openText(w, m_ids.at(0));
        const qint64 a = offsetOf(w, m_ids.at(0), QStringLiteral("Amazon"));
        const qint64 b = offsetOf(w, m_ids.at(0), QStringLiteral("Parlement"));
        reader->setSelection(a, a + 6);
        const auto tagged = w.passageActions()->tagPassage(QStringLiteral("Dates clés"));
        QVERIFY(tagged);
        reader->setSelection(b, b + 9);
        const auto plain = w.passageActions()->highlightSelection();
        QVERIFY(plain);
        const qint64 tagId = w.dossier()->tags().findPath(QStringLiteral("Dates clés"));
        w.desk()->setTagFilter({tagId});
        QVERIFY(reader->highlights().find(*tagged));
        QVERIFY(!reader->highlights().find(*plain));
        // A pane opened while the filter is on follows it too.
        QVERIFY(w.desk()->openSource(m_ids.at(0), true));
        QCOMPARE(w.desk()->currentReader()->highlights().size(), 1);
        w.desk()->setTagFilter({});
        QCOMPARE(reader->highlights().size(), 2);
    }

    void compareAndOpenPassage()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        Desk *desk = w.desk();
        QVERIFY(desk->compare(m_ids.at(0), m_ids.at(2)));
        QCOMPARE(desk->paneCount(), 2);
        QCOMPARE(desk->pane(0)->sourceId(), m_ids.at(0));
        QCOMPARE(desk->pane(1)->sourceId(), m_ids.at(2));
        QCOMPARE(desk->orientation(), Qt::Horizontal);
        // Side by side: same height, next to each other.
        QCOMPARE(desk->pane(0)->geometry().top(), desk->pane(1)->geometry().top());
        QVERIFY(desk->pane(0)->geometry().right() < desk->pane(1)->geometry().left());

        // A passage of a source no pane shows opens in the current pane, selected and flashed.
        const QString quote = QStringLiteral("GAFAM");
        const qint64 at = offsetOf(w, m_ids.at(4), quote);
        QVERIFY(at > 0);
        QVERIFY(desk->openPassage(m_ids.at(4), at, at + quote.size(), false));
        QCOMPARE(desk->paneCount(), 2);
        QCOMPARE(desk->currentPane()->sourceId(), m_ids.at(4));
        QCOMPARE(desk->currentSelection().text, quote);
        auto *reader = qobject_cast<TextReader *>(desk->currentReader());
        QVERIFY(reader->view()->isFlashing());
        // In a new pane on request, up to four; then the desk reuses one.
        QVERIFY(desk->openPassage(m_ids.at(1), 0, 5, true));
        QCOMPARE(desk->paneCount(), 3);
        QVERIFY(desk->openSource(m_ids.at(3), true));
        QCOMPARE(desk->paneCount(), 4);
        QVERIFY(desk->openSource(m_ids.at(0), true));
        QCOMPARE(desk->paneCount(), 4);
        QVERIFY(!desk->addPane());
        // The library's compare: two selected sources.
        w.libraryDock()->model()->fetchAll();
        desk->setCurrentPane(desk->pane(0));
        QItemSelectionModel *selection = w.libraryDock()->view()->selectionModel();
        QSortFilterProxyModel *proxy = w.libraryDock()->proxy();
        selection->clearSelection();
        for (int row : {1, 3})
            selection->select(proxy->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<QAction *> actions = w.findChildren<QAction *>();
        QAction *compare = nullptr;
        for (QAction *action : actions) {
            if (action->text() == QStringLiteral("&Compare"))
                compare = action;
        }
        QVERIFY(compare);
        compare->trigger();
        QCOMPARE(desk->pane(0)->sourceId(), m_ids.at(1));
        QCOMPARE(desk->pane(1)->sourceId(), m_ids.at(3));
    }

    void synchronizedScrolling()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        Desk *desk = w.desk();
        QVERIFY(desk->compare(m_ids.at(0), m_ids.at(1)));
        auto *left = qobject_cast<TextReader *>(desk->pane(0)->reader());
        auto *right = qobject_cast<TextReader *>(desk->pane(1)->reader());
        QTRY_VERIFY(left->view()->verticalScrollBar()->maximum() > 0);
        QTRY_VERIFY(right->view()->verticalScrollBar()->maximum() > 0);
        desk->setSyncScrolling(true);
        left->setScrollFraction(0.5);
        QVERIFY(std::abs(right->scrollFraction() - 0.5) < 0.02);
        desk->setSyncScrolling(false);
        left->setScrollFraction(0.0);
        QVERIFY(std::abs(right->scrollFraction() - 0.5) < 0.02);
    }

    void removingASourceEmptiesItsPaneUntilUndo()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QVERIFY(w.desk()->openSource(m_ids.at(3)));
        w.libraryDock()->selectSource(m_ids.at(3));
        w.libraryDock()->removeAction()->trigger();
        QCOMPARE(w.desk()->currentPane()->sourceId(), 0);
        QCOMPARE(w.libraryDock()->model()->rowOf(m_ids.at(3)), -1);
        QVERIFY(w.undoAction()->text().startsWith(QStringLiteral("Undo Remove “")));
        w.undoAction()->trigger();
        QCOMPARE(w.desk()->currentPane()->sourceId(), m_ids.at(3));
        QVERIFY(w.libraryDock()->model()->rowOf(m_ids.at(3)) >= 0);
    }

    void libraryOpensFiltersAndImports()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        LibraryDock *library = w.libraryDock();
        QTRY_COMPARE(library->proxy()->rowCount(), 5);
        // Enter on a row opens it in the current pane.
        library->view()->setCurrentIndex(library->proxy()->index(2, 0));
        library->view()->setFocus();
        QTest::keyClick(library->view(), Qt::Key_Return);
        QCOMPARE(w.desk()->currentPane()->sourceId(), m_ids.at(2));
        // The filter looks at titles and publishers.
        const QString title = library->model()->sourceAt(4).title;
        typeText(library->filterField(), title.left(12));
        QVERIFY(library->proxy()->rowCount() >= 1);
        QVERIFY(library->proxy()->rowCount() < 5);
        library->filterField()->clear();
        QCOMPARE(library->proxy()->rowCount(), 5);

        // Importing a file (as a drop does): a new row; undo takes the import back.
        const QString file = m_dir.filePath(QStringLiteral("note-%1.txt").arg(m_count));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Note de synthèse\n\nLe directeur rejoint Amazon le 7 mai 2018.\n");
        out.close();
        QSignalSpy finished(&w, &MainWindow::importFinished);
        QVERIFY(w.importPaths({file}));
        QVERIFY(finished.wait(20000));
        const auto outcomes = finished.at(0).at(0).value<QVector<ImportOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QVERIFY2(
            outcomes.first().status == ImportOutcome::Status::Imported, qPrintable(outcomes.first().message));
        QCOMPARE(library->model()->totalCount(), 6);
        QCOMPARE(library->proxy()->rowCount(), 6);
        QCOMPARE(w.undoAction()->text(), QStringLiteral("Undo Import 1 source(s)"));
        w.undoAction()->trigger();
        QCOMPARE(library->proxy()->rowCount(), 5);
    }

    void paneLayoutComesBackAfterRestart()
    {
        qint64 savedTop = 0;
        {
            MainWindow first;
            QVERIFY(first.openDossier(m_path));
            QVERIFY(showWindow(first));
            Desk *desk = first.desk();
            QVERIFY(desk->compare(m_ids.at(0), m_ids.at(3)));
            desk->setCurrentPane(desk->pane(1));
            QVERIFY(desk->openSource(m_ids.at(4), true)); // a new pane after the current one
            desk->setSyncScrolling(false);
            auto *reader = qobject_cast<TextReader *>(desk->pane(0)->reader());
            const qint64 target = offsetOf(first, m_ids.at(0), QStringLiteral("Hasard du calendrier"));
            QVERIFY(target > 0);
            reader->scrollToOffset(target);
            savedTop = reader->topOffset();
            qDebug() << "DEBUG target" << target << "top" << savedTop << "value"
                     << reader->view()->verticalScrollBar()->value() << "max"
                     << reader->view()->verticalScrollBar()->maximum() << "chars"
                     << reader->view()->document()->characterCount() << "first"
                     << reader->view()->firstVisiblePosition() << "size"
                     << reader->view()->viewport()->size();
            QVERIFY(savedTop > 0);
            desk->setCurrentPane(desk->pane(1));
            first.close();
        }
        MainWindow second;
        QVERIFY(second.openLastDossier());
        QCOMPARE(second.dossier()->path(), QFileInfo(m_path).absoluteFilePath());
        QVERIFY(showWindow(second));
        Desk *desk = second.desk();
        QCOMPARE(desk->paneCount(), 3);
        QCOMPARE(desk->pane(0)->sourceId(), m_ids.at(0));
        QCOMPARE(desk->pane(1)->sourceId(), m_ids.at(3));
        QCOMPARE(desk->pane(2)->sourceId(), m_ids.at(4));
        QCOMPARE(desk->currentPane(), desk->pane(1));
        // The same paragraph at the top of the first pane.
        QTRY_VERIFY2(std::abs(desk->pane(0)->reader()->topOffset() - savedTop) < 120,
            qPrintable(
                QStringLiteral("top %1, saved %2").arg(desk->pane(0)->reader()->topOffset()).arg(savedTop)));

        // --open replaces the restored layout.
        QVERIFY(second.openSources({m_ids.at(2), m_ids.at(1)}));
        QCOMPARE(desk->paneCount(), 2);
        QCOMPARE(desk->pane(0)->sourceId(), m_ids.at(2));
        QCOMPARE(desk->pane(1)->sourceId(), m_ids.at(1));
        QString error;
        QVERIFY(!second.openSources({9999}, &error));
        QVERIFY(error.contains(QStringLiteral("9999")));
    }
};

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
