// SPDX-License-Identifier: GPL-3.0-or-later
// Reading long documents, on the LaTeX source PDF (1,221 pages on Debian 12, 1,421 on 13) and a long French
// text: the page field in the pane's header (Ctrl+G, type a page, Enter; Home and End), the find bar (Ctrl+F
// in the reader, "n of N" ignoring case and accents, F3 and Shift+F3, Esc), and search hits that open in the
// middle of the view, or in a new pane with Ctrl+Enter or a middle click.
#include "desk/desk.h"
#include "desk/findbar.h"
#include "desk/pdfoutline.h"
#include "desk/pdfreader.h"
#include "desk/pdfview.h"
#include "desk/readerpane.h"
#include "desk/textreader.h"
#include "desk/textview.h"
#include "docks/searchdock.h"
#include "import/sourceimporter.h"
#include "mainwindow.h"
#include "models/searchresultmodel.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Recoupe;

namespace {

const QString LongPdf = QStringLiteral(RECOUPE_LONG_PDF);

// The spellings of one word the find bar must all count as "deontologie".
const QStringList Spellings = {QStringLiteral("déontologie"), QStringLiteral("Déontologie"),
    QStringLiteral("DÉONTOLOGIE"), QStringLiteral("deontologie")};
constexpr int Paragraphs = 400;
constexpr int Every = 15; // one spelling every 15 paragraphs: 27 in all
constexpr int RareParagraph = 300;

QString longText()
{
    QString text;
    int spelling = 0;
    for (int i = 0; i < Paragraphs; ++i) {
        text += QStringLiteral("Paragraphe %1. Le conseil s’est réuni à l’hôtel de ville, puis il a "
                               "délibéré sur le budget de l’année suivante.")
                    .arg(i + 1);
        if (i % Every == 0)
            text
                += QStringLiteral(" La commission de %1 a rendu son avis.").arg(Spellings.at(spelling++ % 4));
        if (i == RareParagraph)
            text += QStringLiteral(" Un xylophone trônait dans la salle.");
        text += QStringLiteral("\n\n");
    }
    return text;
}

} // namespace

class TestLongDocs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_pdfId = 0;
    int m_pages = 0; // as pdfinfo counts them
    qint64 m_textId = 0;

    bool showWindow(MainWindow &w)
    {
        w.resize(1400, 900);
        w.show();
        w.activateWindow();
        return QTest::qWaitForWindowActive(&w);
    }

    // How far the middle of `rect` (viewport coordinates) is from the viewport's middle, as a
    // fraction of the viewport's height.
    static double offCentre(const QRectF &rect, int viewportHeight)
    {
        return std::abs(rect.center().y() - viewportHeight / 2.0) / viewportHeight;
    }

    // The toolbar's "Search dossier" field or the Search dock's query box.
    static bool isDossierSearchField(const QWidget *widget)
    {
        auto *edit = qobject_cast<const QLineEdit *>(widget);
        return edit
            && (edit->accessibleName() == QStringLiteral("Search dossier")
                || edit->accessibleName() == QStringLiteral("Search the dossier"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(LongPdf), "texlive-latex-base-doc is missing (scripts/setup installs it)");
        // The page count as poppler-utils' pdfinfo reads it, the edition differing by release.
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), {LongPdf});
        QVERIFY2(pdfinfo.waitForFinished(60000) && pdfinfo.exitCode() == 0, "pdfinfo (poppler-utils) failed");
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("(?m)^Pages:\\s+(\\d+)$"))
                                                  .match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
        QVERIFY(pages.hasMatch());
        m_pages = pages.captured(1).toInt();
        QVERIFY(m_pages > 1000);
        const QString textPath = m_dir.filePath(QStringLiteral("conseil.txt"));
        QFile file(textPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(longText().toUtf8());
        file.close();

        m_path = m_dir.filePath(QStringLiteral("long.recoupe"));
        auto opened = Dossier::open(m_path, Dossier::OpenMode::Create);
        QVERIFY(opened);
        std::unique_ptr<Dossier> dossier = std::move(opened).value();
        SourceImporter importer(dossier->database());
        const ImportOutcome pdf = importer.importFile(LongPdf);
        QVERIFY2(pdf.status == ImportOutcome::Status::Imported, qPrintable(pdf.message));
        m_pdfId = pdf.sourceId;
        const ImportOutcome text = importer.importFile(textPath);
        QVERIFY2(text.status == ImportOutcome::Status::Imported, qPrintable(text.message));
        m_textId = text.sourceId;
    }

    void init() { QSettings().clear(); }

    void pageFieldGoesToPage()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QVERIFY(w.desk()->openSource(m_pdfId));
        auto *reader = qobject_cast<PdfReader *>(w.desk()->currentReader());
        QVERIFY(reader);
        QCOMPARE(reader->pageCount(), m_pages);
        ReaderPane *pane = w.desk()->currentPane();
        QLineEdit *field = pane->pageEdit();
        // "1 / 1221" in the header.
        QTRY_VERIFY(field->isVisible());
        QCOMPARE(field->text(), QStringLiteral("1"));
        bool countShown = false;
        for (const QLabel *label : pane->findChildren<QLabel *>())
            countShown
                = countShown || (label->isVisible() && label->text() == QStringLiteral("/ %1").arg(m_pages));
        QVERIFY(countShown);

        // Ctrl+G in the reader focuses the field; 500, Enter: page 500 is on screen.
        PdfView *view = reader->view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("500"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(reader->currentPage(), 499);
        const auto [first, last] = view->visiblePages();
        QVERIFY(first <= 499 && 499 <= last);
        // The page's top is at the top of the view.
        QVERIFY(std::abs(view->pageRect(499).top() - view->verticalScrollBar()->value()) < 20);
        QCOMPARE(field->text(), QStringLiteral("500"));
        QTRY_VERIFY(view->hasFocus()); // back to reading

        // End and Home: the last and the first page, and the field follows.
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(reader->currentPage(), m_pages - 1);
        QCOMPARE(field->text(), QString::number(m_pages));
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(reader->currentPage(), 0);
        QCOMPARE(field->text(), QStringLiteral("1"));

        // Scrolling by hand moves the number too.
        reader->goToPage(41);
        QCOMPARE(field->text(), QStringLiteral("42"));

        // Esc in the field leaves the page as it was.
        QTest::keyClick(view, Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("9"));
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(reader->currentPage(), 41);
        QCOMPARE(field->text(), QStringLiteral("42"));

        // A text source has no pages: no field.
        QVERIFY(w.desk()->openSource(m_textId));
        QVERIFY(!field->isVisible());
    }

    void outlineGoesToItsPage()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QVERIFY(w.desk()->openSource(m_pdfId));
        auto *reader = qobject_cast<PdfReader *>(w.desk()->currentReader());
        QVERIFY(reader);
        ReaderPane *pane = w.desk()->currentPane();
        QVERIFY(pane->outlineButton()->isVisible());
        QVERIFY(!reader->outline()->isVisible());

        // F7 in the reader shows the PDF's bookmarks beside the pages.
        PdfView *view = reader->view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F7);
        PdfOutline *outline = reader->outline();
        QVERIFY(outline->isVisible());
        QVERIFY(pane->outlineButton()->isChecked());
        QVERIFY(outline->topLevelItemCount() > 5);

        // Enter on an entry far in goes to its page.
        QTreeWidgetItem *item = nullptr;
        for (int i = outline->topLevelItemCount() - 1; i >= 0 && !item; --i) {
            if (outline->topLevelItem(i)->data(0, PdfOutline::PageRole).toInt() > 100)
                item = outline->topLevelItem(i);
        }
        QVERIFY(item);
        const int page = item->data(0, PdfOutline::PageRole).toInt();
        outline->setFocus();
        outline->setCurrentItem(item);
        QTest::keyClick(outline, Qt::Key_Return);
        QCOMPARE(reader->currentPage(), page);
        QCOMPARE(pane->pageEdit()->text(), QString::number(page + 1));

        // F7 again hides it.
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F7);
        QVERIFY(!outline->isVisible());
        QVERIFY(!pane->outlineButton()->isChecked());
    }

    void findBarCountsAndSteps_data()
    {
        QTest::addColumn<bool>("pdf");
        QTest::addColumn<QString>("query");
        QTest::newRow("text, accents and case ignored") << false << QStringLiteral("deontologie");
        QTest::newRow("text, typed with accents") << false << QStringLiteral("DÉONTOLOGIE");
        QTest::newRow("pdf") << true << QStringLiteral("catcode");
    }

    void findBarCountsAndSteps()
    {
        QFETCH(bool, pdf);
        QFETCH(QString, query);
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        const qint64 sourceId = pdf ? m_pdfId : m_textId;
        QVERIFY(w.desk()->openSource(sourceId));
        Reader *reader = w.desk()->currentReader();
        ReaderPane *pane = w.desk()->currentPane();
        QWidget *view = reader->focusProxy();
        QVERIFY(view);
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());

        // The number of matches, counted here on the canonical text.
        const QString text = w.dossier()->sources().text(sourceId);
        int expected = 0;
        if (pdf) {
            expected = int(text.count(query, Qt::CaseInsensitive));
        } else {
            for (const QString &spelling : Spellings)
                expected += int(text.count(spelling));
            QCOMPARE(expected, (Paragraphs + Every - 1) / Every);
        }
        QVERIFY(expected > 2);

        // Ctrl+F in the reader opens its find bar, not the dossier search.
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = pane->findBar();
        QTRY_VERIFY(bar->queryEdit()->hasFocus());
        QVERIFY(bar->isVisible());
        QVERIFY(!isDossierSearchField(QApplication::focusWidget()));
        QTest::keyClicks(bar->queryEdit(), query);
        QCOMPARE(bar->matches().size(), expected);
        QCOMPARE(bar->countText(), QStringLiteral("1 of %1").arg(expected));
        for (const auto &[start, end] : bar->matches()) {
            const QString found = text.mid(start, end - start);
            QVERIFY2(found.compare(query, Qt::CaseInsensitive) == 0 || Spellings.contains(found),
                qPrintable(found));
        }

        // F3 steps forward and shows the match; Shift+F3 steps back, past the first to the last.
        QTest::keyClick(bar->queryEdit(), Qt::Key_F3);
        QCOMPARE(bar->countText(), QStringLiteral("2 of %1").arg(expected));
        QTest::keyClick(bar->queryEdit(), Qt::Key_F3);
        QCOMPARE(bar->countText(), QStringLiteral("3 of %1").arg(expected));
        QTest::keyClick(bar->queryEdit(), Qt::Key_F3, Qt::ShiftModifier);
        QTest::keyClick(bar->queryEdit(), Qt::Key_F3, Qt::ShiftModifier);
        QTest::keyClick(bar->queryEdit(), Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar->countText(), QStringLiteral("%1 of %1").arg(expected));
        const auto last = bar->matches().last();
        if (auto *pdfReader = qobject_cast<PdfReader *>(reader)) {
            QVERIFY(pdfReader->view()->isOffsetVisible(last.first));
        } else {
            auto *textReader = qobject_cast<TextReader *>(reader);
            QVERIFY(textReader->view()->firstVisiblePosition() <= last.first);
            QVERIFY(textReader->view()->lastVisiblePosition() >= last.second);
        }

        // F3 from the reader itself steps too.
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F3);
        QCOMPARE(bar->countText(), QStringLiteral("1 of %1").arg(expected));

        // Esc closes the bar and the reader has the keyboard again.
        bar->queryEdit()->setFocus();
        QTRY_VERIFY(bar->queryEdit()->hasFocus());
        QTest::keyClick(bar->queryEdit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(bar->matches().isEmpty());
        QTRY_VERIFY(view->hasFocus());

        // Ctrl+K searches the dossier from the reader.
        QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(isDossierSearchField(QApplication::focusWidget()));
    }

    void searchHitOpensCentred()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        SearchDock *dock = w.searchDock();
        dock->show();
        QSignalSpy finished(dock, &SearchDock::searchFinished);
        dock->search(QStringLiteral("xylophone"));
        QTRY_VERIFY(finished.count() >= 1);
        QTRY_COMPARE(dock->model()->rowCount(), 1);
        QTest::keyClick(dock->queryEdit(), Qt::Key_Return);

        auto *reader = qobject_cast<TextReader *>(w.desk()->currentReader());
        QVERIFY(reader);
        const qint64 start = dock->model()->index(0).data(SearchResultModel::OffsetRole).toLongLong();
        QCOMPARE(w.dossier()->sources().textRange(m_textId, start, start + 9), QStringLiteral("xylophone"));
        TextView *view = reader->view();
        QVERIFY(view->isFlashing());
        const QVector<QRectF> rects = view->rangeRects(start, start + 9);
        QVERIFY(!rects.isEmpty());
        const QRectF shown = rects.first().translated(0, -view->verticalScrollBar()->value());
        QVERIFY2(offCentre(shown, view->viewport()->height()) < 0.1,
            qPrintable(QStringLiteral("%1 in %2").arg(shown.center().y()).arg(view->viewport()->height())));

        // A passage deep in the PDF opens in the middle of the view too.
        const QString pdfText = w.dossier()->sources().text(m_pdfId);
        const qint64 pdfStart = pdfText.indexOf(QStringLiteral("catcode"), pdfText.size() / 2);
        QVERIFY(pdfStart > 0);
        QVERIFY(w.desk()->openPassage(m_pdfId, pdfStart, pdfStart + 7));
        auto *pdfReader = qobject_cast<PdfReader *>(w.desk()->currentReader());
        QVERIFY(pdfReader);
        PdfView *pdfView = pdfReader->view();
        QTRY_VERIFY(pdfView->isOffsetVisible(pdfStart));
        const QRectF box = pdfView->rangeRect(pdfStart, pdfStart + 7)
                               .translated(0, -pdfView->verticalScrollBar()->value());
        QVERIFY2(offCentre(box, pdfView->viewport()->height()) < 0.1,
            qPrintable(QStringLiteral("%1 in %2").arg(box.center().y()).arg(pdfView->viewport()->height())));
    }

    void ctrlEnterOpensInNewPane()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_path));
        QVERIFY(showWindow(w));
        QVERIFY(w.desk()->openSource(m_pdfId));
        QCOMPARE(w.desk()->paneCount(), 1);
        SearchDock *dock = w.searchDock();
        dock->show();
        QSignalSpy finished(dock, &SearchDock::searchFinished);
        dock->search(QStringLiteral("xylophone"));
        QTRY_VERIFY(finished.count() >= 1);
        QTRY_COMPARE(dock->model()->rowCount(), 1);

        // Ctrl+Enter in the results: a second pane shows the hit; the PDF stays where it was.
        QListView *results = dock->resultView();
        results->setCurrentIndex(dock->model()->index(0));
        results->setFocus();
        QTest::keyClick(results, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w.desk()->paneCount(), 2);
        QCOMPARE(w.desk()->pane(0)->sourceId(), m_pdfId);
        QCOMPARE(w.desk()->currentPane()->sourceId(), m_textId);
        QCOMPARE(w.desk()->indexOf(w.desk()->currentPane()), 1);

        // A middle click on a result does the same.
        const QRect row = results->visualRect(dock->model()->index(0));
        QTest::mouseClick(results->viewport(), Qt::MiddleButton, {}, row.center());
        QCOMPARE(w.desk()->paneCount(), 3);
        QCOMPARE(w.desk()->currentPane()->sourceId(), m_textId);
        QCOMPARE(w.desk()->pane(0)->sourceId(), m_pdfId);
    }
};

QTEST_MAIN(TestLongDocs)
#include "tst_longdocs.moc"
