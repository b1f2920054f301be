// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, "see what you marked", on the seed articles: the banner a codebook filter puts in
// every pane, the status bar's confirmations and the message bar after an export, where an
// export is suggested, people and institutions underlined in the readers, note markers and the
// note editor, and evidence opened beside what the user reads.
#include "desk/desk.h"
#include "desk/passageactions.h"
#include "desk/pdfreader.h"
#include "desk/pdfview.h"
#include "desk/readerpane.h"
#include "desk/textreader.h"
#include "desk/textview.h"
#include "dialogs/noteeditordialog.h"
#include "docks/claimsdock.h"
#include "docks/codebookdock.h"
#include "docks/codebooksummary.h"
#include "docks/librarydock.h"
#include "entities/entitiesdock.h"
#include "export/exportdialog.h"
#include "graph/entitystyle.h"
#include "graph/revolvingdoorpanel.h"
#include "import/sourceimporter.h"
#include "localization.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "seeddossier.h"
#include "spell/spellcheckdecorator.h"
#include "spell/spellcheckhighlighter.h"
#include "storage/annotationstore.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

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

bool writePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(12);
    painter.setFont(font);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        for (int line = 0; line < 40; ++line)
            painter.drawText(QPointF(60, 60 + 18 * line),
                QStringLiteral("Page %1, ligne %2 : la commission a rendu son avis.")
                    .arg(page + 1)
                    .arg(line + 1));
    }
    return painter.end();
}

} // namespace

class TestDeskFeedback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QVector<qint64> m_ids;
    int m_count = 0;

    static inline const QString DateQuote = QStringLiteral("Le 07 mai 2018 à 09h58");
    static inline const QString OtherQuote = QStringLiteral("évaluations nationales");

    bool showWindow(MainWindow &w)
    {
        w.resize(1400, 900);
        w.show();
        w.activateWindow();
        return QTest::qWaitForWindowExposed(&w);
    }

    qint64 offsetOf(MainWindow &w, qint64 sourceId, const QString &quote)
    {
        return w.dossier()->sources().text(sourceId).indexOf(quote);
    }

    // Selects `quote` in the current pane (opening the source there).
    bool select(MainWindow &w, qint64 sourceId, const QString &quote)
    {
        if (!w.desk()->openSource(sourceId) || !w.desk()->currentReader())
            return false;
        const qint64 start = offsetOf(w, sourceId, quote);
        if (start < 0)
            return false;
        w.desk()->currentReader()->setSelection(start, start + quote.size());
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
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

    // Selecting "Dates clés" in the codebook hides the other highlights: every pane says so
    // with the tag's name, and Show all draws them all again and lets go of the selection.
    void tagFilterShowsABannerInEachPane()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QVERIFY(select(w, m_ids.at(0), DateQuote));
        const auto dated = w.passageActions()->tagPassage(QStringLiteral("Dates clés"));
        QVERIFY2(dated, qPrintable(dated.error()));
        ReaderPane *second = w.desk()->addPane();
        QVERIFY(second);
        w.desk()->setCurrentPane(second);
        QVERIFY(select(w, m_ids.at(2), OtherQuote));
        QVERIFY(w.passageActions()->highlightSelection());
        QCOMPARE(w.desk()->paneCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(w.desk()->pane(i)->reader()->highlights().size(), 1);
            QVERIFY(!w.desk()->pane(i)->filterBanner()->isVisible());
        }

        const qint64 tagId = w.dossier()->tags().findPath(QStringLiteral("Dates clés"));
        QVERIFY(tagId);
        w.codebookDock()->selectTag(tagId);
        for (int i = 0; i < 2; ++i) {
            ReaderPane *pane = w.desk()->pane(i);
            QTRY_VERIFY(pane->filterBanner()->isVisible());
            QVERIFY2(pane->filterBanner()->text().contains(QStringLiteral("Showing only: Dates clés")),
                qPrintable(pane->filterBanner()->text()));
            QVERIFY(pane->filterBanner()->text().contains(QStringLiteral("Show all")));
        }
        QCOMPARE(w.desk()->pane(0)->reader()->highlights().size(), 1);
        QCOMPARE(w.desk()->pane(1)->reader()->highlights().size(), 0); // hidden, not gone

        // Hiding the dock keeps the filter, and the banner keeps saying so.
        w.codebookDock()->hide();
        QVERIFY(w.desk()->pane(1)->filterBanner()->isVisible());

        // Show all, in the second pane.
        Q_EMIT w.desk()->pane(1)->filterBanner()->linkActivated(QStringLiteral("all"));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!w.desk()->pane(i)->filterBanner()->isVisible());
            QCOMPARE(w.desk()->pane(i)->reader()->highlights().size(), 1);
        }
        QVERIFY(w.codebookDock()->selectedTagIds().isEmpty());
        QVERIFY(w.desk()->tagFilter().isEmpty());
    }

    // The status bar shows what an import did (the codebook summary no longer covers it), the
    // new rows are selected in the library; an export ends in the message bar, focus untouched.
    void importAndExportSayWhatTheyDid()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        // A codebook long enough to have filled the whole bar before.
        for (int i = 0; i < 12; ++i)
            QVERIFY(w.dossier()->ensureTagPath(QStringLiteral("Un thème assez long numéro %1").arg(i)));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(!w.codebookSummary()->text().isEmpty());
        QVERIFY2(w.codebookSummary()->width() < w.statusBar()->width() / 2,
            qPrintable(
                QStringLiteral("%1 of %2").arg(w.codebookSummary()->width()).arg(w.statusBar()->width())));

        const QString fresh = m_dir.filePath(QStringLiteral("nouveau%1.txt").arg(m_count));
        QFile file(fresh);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Un article nouveau sur la commission de déontologie.\n");
        file.close();
        const QString known
            = QDir(QStringLiteral(RECOUPE_SEEDS)).entryList({QStringLiteral("*.txt")}).first();
        QSignalSpy finished(&w, &MainWindow::importFinished);
        QVERIFY(w.importPaths({fresh, QDir(QStringLiteral(RECOUPE_SEEDS)).filePath(known)}));
        QVERIFY(finished.wait(30000));
        const QString message = w.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("1 source imported")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("1 file already in the dossier")), qPrintable(message));
        const auto outcomes = finished.first().first().value<QVector<ImportOutcome>>();
        qint64 added = 0;
        for (const ImportOutcome &outcome : outcomes) {
            if (outcome.status == ImportOutcome::Status::Imported)
                added = outcome.sourceId;
        }
        QVERIFY(added);
        QCOMPARE(w.libraryDock()->selectedSourceIds(), QVector<qint64> {added});

        // File ▸ Export to CSV, from the keyboard's point of view: the reader keeps the focus.
        QVERIFY(w.desk()->openSource(m_ids.at(0)));
        w.desk()->currentReader()->setFocus();
        QVERIFY(!w.messageBar()->isVisible());
        const QString target = m_dir.filePath(QStringLiteral("pack%1.csv").arg(m_count));
        whenModal([target](QWidget *modal) {
            auto *dialog = qobject_cast<ExportDialog *>(modal);
            QVERIFY(dialog);
            dialog->setFormat(ExportDialog::Format::Csv);
            dialog->setScope(ExportDialog::Scope::WholeDossier);
            dialog->setPath(target);
            dialog->accept();
        });
        w.exportAction()->trigger();
        QTRY_VERIFY(QFile::exists(target));
        QTRY_VERIFY(w.messageBar()->isVisible());
        QVERIFY2(w.messageBar()->text().contains(QStringLiteral("Evidence pack written")),
            qPrintable(w.messageBar()->text()));
        QStringList buttons;
        for (const QPushButton *button : w.messageBar()->buttons())
            buttons.append(button->text());
        QCOMPARE(buttons, (QStringList {QStringLiteral("Open"), QStringLiteral("Show in Folder")}));
        QVERIFY(!w.messageBar()->isAncestorOf(QApplication::focusWidget()));
        QVERIFY(w.messageBar()->geometry().top() < w.desk()->mapTo(&w, QPoint(0, 0)).y());
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("written")),
            qPrintable(w.statusBar()->currentMessage()));

        // Highlighting says so too.
        QVERIFY(select(w, m_ids.at(0), DateQuote));
        w.passageActions()->highlightAction()->trigger();
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Highlight added")),
            qPrintable(w.statusBar()->currentMessage()));
    }

    // Export is suggested in the documents folder, then in the folder of the last export; never
    // in the hidden data folder where the dossier lives.
    void exportSuggestsDocumentsThenLastFolder()
    {
        const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(dataFolder));
        const QString hidden = QDir(dataFolder).filePath(QStringLiteral("demo%1.recoupe").arg(m_count));
        QFile::remove(hidden);
        QVERIFY(QFile::copy(m_path, hidden));
        auto opened = Dossier::open(hidden);
        QVERIFY(opened);
        std::unique_ptr<Dossier> dossier = std::move(opened).value();

        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString expected = QFileInfo(documents).isDir() ? documents : QDir::homePath();
        {
            ExportDialog dialog(dossier.get());
            QCOMPARE(QFileInfo(dialog.path()).absolutePath(), QFileInfo(expected).absoluteFilePath());
            QVERIFY2(!dialog.path().startsWith(dataFolder), qPrintable(dialog.path()));
            // The last export's folder comes next.
            const QString folder = m_dir.filePath(QStringLiteral("exports%1").arg(m_count));
            QVERIFY(QDir().mkpath(folder));
            dialog.setFormat(ExportDialog::Format::Csv);
            dialog.setScope(ExportDialog::Scope::WholeDossier);
            dialog.setPath(QDir(folder).filePath(QStringLiteral("pack.csv")));
            QSignalSpy done(&dialog, &ExportDialog::finished);
            QVERIFY(dialog.start());
            QVERIFY(done.wait(30000));
            QVERIFY(dialog.outcome().ok);
        }
        ExportDialog again(dossier.get());
        QCOMPARE(QFileInfo(again.path()).absolutePath(),
            QFileInfo(m_dir.filePath(QStringLiteral("exports%1").arg(m_count))).absoluteFilePath());
        dossier.reset();
        QFile::remove(hidden);
    }

    // A name marked as a person is underlined in its type's colour, with the name as tooltip,
    // in the text reader and in the PDF reader; a click shows it in People and Institutions.
    void markedEntityIsUnderlined()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("pages%1.pdf").arg(m_count));
        QVERIFY(writePdf(pdf, 2));
        qint64 pdfId = 0;
        {
            auto opened = Dossier::open(m_path);
            QVERIFY(opened);
            SourceImporter importer((*opened)->database());
            const ImportOutcome outcome = importer.importFile(pdf);
            QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
            pdfId = outcome.sourceId;
        }
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        const QString name = QStringLiteral("Mathieu Jeandron");
        QVERIFY(select(w, m_ids.at(0), name));
        const qint64 at = offsetOf(w, m_ids.at(0), name);
        auto *reader = qobject_cast<TextReader *>(w.desk()->currentReader());
        QVERIFY(reader);
        QVERIFY(!reader->entitySpanAt(at));
        whenModal([](QWidget *modal) {
            auto *input = qobject_cast<QInputDialog *>(modal);
            QVERIFY(input);
            input->accept();
        });
        w.passageActions()->personAction()->trigger();
        QVERIFY2(w.statusBar()->currentMessage().contains(
                     QStringLiteral("“Mathieu Jeandron” is marked as a person")),
            qPrintable(w.statusBar()->currentMessage()));

        QTRY_VERIFY(reader->entitySpanAt(at + 3));
        const EntitySpan *span = reader->entitySpanAt(at + 3);
        const qint64 entityId = span->entityId;
        QCOMPARE(span->start, at);
        QCOMPARE(span->end, at + name.size());
        QCOMPARE(span->color, EntityStyle::color(QStringLiteral("Person")));
        QVERIFY2(span->toolTip.contains(name) && span->toolTip.contains(QStringLiteral("Person")),
            qPrintable(span->toolTip));
        // Drawn, and what the pointer over it shows.
        TextView *view = reader->view();
        reader->revealRange(at, at + name.size());
        view->viewport()->repaint();
        QTRY_VERIFY(view->lastPaintedEntities().contains(entityId));
        const QVector<QRectF> rects = view->rangeRects(at, at + name.size());
        QVERIFY(!rects.isEmpty());
        const QPoint point = (rects.first().center()
            - QPointF(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value()))
                                 .toPoint();
        QVERIFY2(view->toolTipAt(point).contains(name), qPrintable(view->toolTipAt(point)));
        // A click on the name: the entity in its dock.
        w.entitiesDock()->hide();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QTRY_VERIFY(w.entitiesDock()->isVisible());
        QCOMPARE(w.entitiesDock()->currentEntityId(), entityId);
        // Undo takes the underline away.
        w.undoAction()->trigger();
        QTRY_VERIFY(!reader->entitySpanAt(at + 3));

        // In a PDF: "commission" on the first page, marked as an institution.
        QVERIFY(w.desk()->openSource(pdfId));
        auto *pdfReader = qobject_cast<PdfReader *>(w.desk()->currentReader());
        QVERIFY(pdfReader);
        const QString word = QStringLiteral("commission");
        const qint64 pdfAt = w.dossier()->sources().text(pdfId).indexOf(word);
        QVERIFY(pdfAt >= 0);
        pdfReader->setSelection(pdfAt, pdfAt + word.size());
        const auto institution
            = w.passageActions()->markEntity(QStringLiteral("PublicBody"), QStringLiteral("Commission"));
        QVERIFY2(institution, qPrintable(institution.error()));
        QTRY_VERIFY(pdfReader->entitySpanAt(pdfAt));
        const EntitySpan *pdfSpan = pdfReader->entitySpanAt(pdfAt);
        QCOMPARE(pdfSpan->entityId, *institution);
        QVERIFY(!pdfSpan->quads.isEmpty());
        PdfView *pdfView = pdfReader->view();
        pdfView->viewport()->repaint();
        QTRY_VERIFY(pdfView->lastPaintedEntities().contains(*institution));
        const PageBox box = pdfSpan->quads.first();
        const QPointF inPage = pdfView->pageRect(box.page).topLeft() + box.rect.center() * pdfView->scale();
        const QPoint pdfPoint = (inPage
            - QPointF(pdfView->horizontalScrollBar()->value(), pdfView->verticalScrollBar()->value()))
                                    .toPoint();
        QVERIFY2(pdfView->toolTipAt(pdfPoint).contains(QStringLiteral("Commission")),
            qPrintable(pdfView->toolTipAt(pdfPoint)));
    }

    // A highlight with a note has a note marker beside it (the margin of the text, the corner of
    // the box on a PDF page); one without has none.
    void noteMarkersBesideNotedHighlights()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("notes%1.pdf").arg(m_count));
        QVERIFY(writePdf(pdf, 1));
        qint64 pdfId = 0;
        {
            auto opened = Dossier::open(m_path);
            QVERIFY(opened);
            SourceImporter importer((*opened)->database());
            const ImportOutcome outcome = importer.importFile(pdf);
            QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
            pdfId = outcome.sourceId;
        }
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QVERIFY(select(w, m_ids.at(0), DateQuote));
        const auto noted = w.passageActions()->notePassage(QStringLiteral("Vérifier l’heure exacte"));
        QVERIFY(noted);
        const QString plainQuote = QStringLiteral("La commission de déontologie");
        QVERIFY(select(w, m_ids.at(0), plainQuote));
        const auto plain = w.passageActions()->highlightSelection();
        QVERIFY(plain);
        auto *reader = qobject_cast<TextReader *>(w.desk()->currentReader());
        QVERIFY(reader);
        reader->scrollToOffset(0);
        reader->view()->viewport()->repaint();
        QTRY_VERIFY(reader->view()->lastPainted().contains(*plain));
        QVERIFY(reader->view()->lastNoteMarkers().contains(*noted));
        QVERIFY(!reader->view()->lastNoteMarkers().contains(*plain));
        // The marker sits left of the passage, and says the note.
        const QRect marker = reader->view()->lastNoteMarkers().value(*noted);
        const qint64 at = offsetOf(w, m_ids.at(0), DateQuote);
        const QRectF line = reader->view()
                                ->rangeRects(at, at + 5)
                                .first()
                                .translated(0, -reader->view()->verticalScrollBar()->value());
        QVERIFY(marker.right() <= line.left());
        QVERIFY(std::abs(marker.center().y() - line.center().y()) < line.height());
        QVERIFY2(
            reader->view()->toolTipAt(marker.center()).contains(QStringLiteral("Vérifier l’heure exacte")),
            qPrintable(reader->view()->toolTipAt(marker.center())));
        // Clearing the note takes the marker away.
        reader->clearSelection();
        w.passageActions()->setActiveAnnotation(*noted);
        QVERIFY(w.passageActions()->notePassage(QString()));
        reader->view()->viewport()->repaint();
        QTRY_VERIFY(!reader->view()->lastNoteMarkers().contains(*noted));

        // On a PDF page.
        QVERIFY(w.desk()->openSource(pdfId));
        auto *pdfReader = qobject_cast<PdfReader *>(w.desk()->currentReader());
        QVERIFY(pdfReader);
        const QString text = w.dossier()->sources().text(pdfId);
        const qint64 first = text.indexOf(QStringLiteral("ligne 2 "));
        const qint64 second = text.indexOf(QStringLiteral("ligne 4 "));
        pdfReader->setSelection(first, first + 7);
        const auto pdfNoted = w.passageActions()->notePassage(QStringLiteral("Page à citer"));
        QVERIFY(pdfNoted);
        pdfReader->setSelection(second, second + 7);
        const auto pdfPlain = w.passageActions()->highlightSelection();
        QVERIFY(pdfPlain);
        pdfReader->view()->viewport()->repaint();
        QTRY_VERIFY(pdfReader->view()->lastPainted().contains(*pdfPlain));
        QVERIFY(pdfReader->view()->lastNoteMarkers().contains(*pdfNoted));
        QVERIFY(!pdfReader->view()->lastNoteMarkers().contains(*pdfPlain));
    }

    // The note editor: multi-line, wrapping (no sideways scrolling), at least 480×320 and
    // remembered, spell-checked in the dossier's language; Add Note opens it.
    void noteEditorWrapsAndIsSpellChecked()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QVERIFY(select(w, m_ids.at(0), DateQuote));
        const QString note = QStringLiteral("La commission de déontologei a rendu son avis, ").repeated(8);
        whenModal([note](QWidget *modal) {
            auto *dialog = qobject_cast<NoteEditorDialog *>(modal);
            QVERIFY(dialog);
            QVERIFY(dialog->width() >= NoteEditorDialog::MinimumWidth);
            QVERIFY(dialog->height() >= NoteEditorDialog::MinimumHeight);
            QCOMPARE(dialog->focusWidget(), dialog->editor());
            dialog->editor()->setPlainText(note);
            // One long paragraph wraps onto several lines, with no horizontal scroll bar.
            QTRY_VERIFY(dialog->editor()->document()->documentLayout()->documentSize().height() > 2);
            QVERIFY(!dialog->editor()->horizontalScrollBar()->isVisible());
            QCOMPARE(dialog->editor()->document()->firstBlock().layout()->lineCount() > 1, true);
            dialog->resize(700, 500);
            dialog->accept();
        });
        w.passageActions()->noteAction()->trigger();
        const auto annotations = w.dossier()->annotations().forSource(m_ids.at(0));
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().note, note);

        // The size comes back; the misspelling is underlined.
        NoteEditorDialog again(w.dossier(), QString(), note, &w);
        QCOMPARE(again.size(), QSize(700, 500));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        if (!again.spelling()->spellChecker())
            QSKIP("No spell-check backend for the dossier's language");
        const int misspelled = int(note.indexOf(QStringLiteral("déontologei")));
        QTRY_VERIFY(again.spelling()->highlighter()->isMarkedMisspelled(misspelled + 2));
        QVERIFY(!again.spelling()->highlighter()->isMarkedMisspelled(
            int(note.indexOf(QStringLiteral("commission")))));
    }

    // Evidence opened from a claim or the revolving-door panel comes beside the article being
    // read (which stays), the passage selected and centred, a PDF fit to the pane's width.
    // An e-mail written by Python's email package: its reader says who wrote to whom, and when,
    // above the text (decoded from the encoded words); a text source shows no such strip.
    void anEmailSaysWhoWroteToWhom()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mail%1").arg(m_count));
        QVERIFY(QDir().mkpath(folder));
        const QString pdf = folder + QStringLiteral("/annexe.pdf");
        QVERIFY(writePdf(pdf, 1));
        QCOMPARE(QProcess::execute(QStringLiteral("python3"),
                     {QStringLiteral(RECOUPE_TEST_DATA "/import/mail/makemail.py"), folder, pdf}),
            0);
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QSignalSpy finished(&w, &MainWindow::importFinished);
        QVERIFY(w.importPaths({folder + QStringLiteral("/reunion.eml")}));
        QVERIFY(finished.wait(30000));
        qint64 message = 0;
        for (const ImportOutcome &outcome : finished.first().first().value<QVector<ImportOutcome>>()) {
            if (outcome.status == ImportOutcome::Status::Imported && !message)
                message = outcome.sourceId;
        }
        QVERIFY(message > 0);
        QCOMPARE(w.dossier()->sources().get(message)->kind, SourceKind::Email);

        QVERIFY(w.desk()->openSource(message));
        QLabel *strip = w.desk()->currentPane()->mailHeaderStrip();
        QTRY_VERIFY(strip->isVisible());
        const QString shown = strip->text();
        QVERIFY2(shown.contains(QStringLiteral("Élodie Marchand &lt;elodie.marchand@example.org&gt;")),
            qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("To:</b> Jean Dupont")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Cc:</b> Zoé Lefèvre")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("2024")), qPrintable(shown));

        QVERIFY(w.desk()->openSource(m_ids.first()));
        QVERIFY(!w.desk()->currentPane()->mailHeaderStrip()->isVisible());
    }

    void evidenceOpensBeside()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("avis%1.pdf").arg(m_count));
        QVERIFY(writePdf(pdf, 6));
        qint64 pdfId = 0;
        {
            auto opened = Dossier::open(m_path);
            QVERIFY(opened);
            SourceImporter importer((*opened)->database());
            const ImportOutcome outcome = importer.importFile(pdf);
            QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
            pdfId = outcome.sourceId;
        }
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QVERIFY(w.desk()->openSource(m_ids.at(2)));
        QCOMPARE(w.desk()->paneCount(), 1);

        // From a claim: a passage far down the first article.
        const QString text = w.dossier()->sources().text(m_ids.at(0));
        const qint64 start = text.size() * 2 / 3;
        const qint64 end = start + 20;
        Q_EMIT w.claimsDock()->passageRequested(m_ids.at(0), start, end, false);
        QCOMPARE(w.desk()->paneCount(), 2);
        QCOMPARE(w.desk()->pane(0)->sourceId(), m_ids.at(2));
        QCOMPARE(w.desk()->currentPane()->sourceId(), m_ids.at(0));
        QCOMPARE(w.desk()->currentReader()->selection(), std::make_pair(start, end));
        auto *reader = qobject_cast<TextReader *>(w.desk()->currentReader());
        QVERIFY(reader);
        TextView *view = reader->view();
        QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
        QTRY_VERIFY([&] {
            const QVector<QRectF> rects = view->rangeRects(start, end);
            if (rects.isEmpty())
                return false;
            const double y = rects.first().center().y() - view->verticalScrollBar()->value();
            return std::abs(y - view->viewport()->height() / 2.0) < view->viewport()->height() / 5.0;
        }());

        // From the revolving-door panel: the PDF beside it, at the pane's width.
        const QString pdfText = w.dossier()->sources().text(pdfId);
        const qint64 pdfStart = pdfText.indexOf(QStringLiteral("Page 4, ligne 20"));
        QVERIFY(pdfStart > 0);
        w.desk()->setCurrentPane(w.desk()->pane(0));
        Q_EMIT w.revolvingDoorPanel()->passageRequested(pdfId, pdfStart, pdfStart + 16, false);
        QCOMPARE(w.desk()->paneCount(), 3);
        QCOMPARE(w.desk()->pane(0)->sourceId(), m_ids.at(2));
        QCOMPARE(w.desk()->pane(1)->sourceId(), pdfId);
        QCOMPARE(w.desk()->pane(2)->sourceId(), m_ids.at(0));
        auto *pdfReader = qobject_cast<PdfReader *>(w.desk()->currentReader());
        QVERIFY(pdfReader);
        QCOMPARE(pdfReader->zoomMode(), Reader::ZoomMode::FitWidth);
        QTRY_COMPARE(pdfReader->currentPage(), 3);

        // The same evidence again: the pane showing it is reused, no fourth pane.
        Q_EMIT w.claimsDock()->passageRequested(m_ids.at(0), start, end, false);
        QCOMPARE(w.desk()->paneCount(), 3);
        QCOMPARE(w.desk()->currentPane(), w.desk()->pane(2));
    }
};

QTEST_MAIN(TestDeskFeedback)
#include "tst_deskfeedback.moc"
