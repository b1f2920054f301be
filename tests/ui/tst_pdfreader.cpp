// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF reader on a PDF made here with QPdfWriter and imported by the real importer: its
// pages render (Poppler, on worker threads), words are selected with the mouse and the
// keyboard on the stored word boxes, and a highlight is painted where the words are.
#include "desk/desk.h"
#include "desk/passageactions.h"
#include "desk/pdfreader.h"
#include "desk/pdfrenderer.h"
#include "desk/pdfview.h"
#include "desk/readerpane.h"
#include "docks/annotationsdock.h"
#include "import/sourceimporter.h"
#include "mainwindow.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QAction>
#include <QApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Recoupe;

namespace {

const QStringList PageTexts = {
    QStringLiteral("La commission de déontologie a rendu un avis de compatibilité."),
    QStringLiteral("Le directeur rejoindra Amazon le 7 mai 2018 comme architecte."),
    QStringLiteral("Il devra s’abstenir de tout contact avec son ancienne direction."),
};

bool writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("Avis de la commission"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    painter.setFont(font);
    for (int i = 0; i < PageTexts.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(60, 100), PageTexts.at(i));
        painter.drawText(
            QPointF(60, 130), QStringLiteral("Page %1 sur %2.").arg(i + 1).arg(PageTexts.size()));
    }
    return painter.end();
}

} // namespace

class TestPdfReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dossierPath;
    qint64 m_sourceId = 0;
    QString m_text;

    // Where a word's box is in the view's viewport.
    QPoint centerOf(PdfView *view, const PdfWord &word, int page)
    {
        const QRectF pageRect = view->pageRect(page);
        const QPointF center = pageRect.topLeft() + word.box.center() * view->scale();
        return (center - QPointF(view->horizontalScrollBar()->value(), view->verticalScrollBar()->value()))
            .toPoint();
    }

    // The first word of `page` whose text is `text`.
    std::pair<int, int> findWord(PdfReader *reader, int page, const QString &text)
    {
        const QVector<PdfWord> &words = reader->pages().at(page).words;
        for (int i = 0; i < words.size(); ++i) {
            if (m_text.mid(words.at(i).start, words.at(i).length) == text)
                return { page, i };
        }
        return { -1, -1 };
    }

    static bool sharp(PdfView *view, int page)
    {
        view->viewport()->repaint();
        return view->lastSharpPages().contains(page);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QString pdf = m_dir.filePath(QStringLiteral("avis.pdf"));
        QVERIFY(writePdf(pdf));
        m_dossierPath = m_dir.filePath(QStringLiteral("pdf.recoupe"));
        auto opened = Dossier::open(m_dossierPath, Dossier::OpenMode::Create);
        QVERIFY(opened);
        std::unique_ptr<Dossier> dossier = std::move(opened).value();
        SourceImporter importer(dossier->database());
        const ImportOutcome outcome = importer.importFile(pdf);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        m_sourceId = outcome.sourceId;
        m_text = dossier->sources().text(m_sourceId);
        QVERIFY(m_text.contains(QStringLiteral("déontologie")));
    }

    void rendersSelectsAndHighlights()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_dossierPath));
        w.resize(1200, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.desk()->openSource(m_sourceId));
        auto *reader = qobject_cast<PdfReader *>(w.desk()->currentReader());
        QVERIFY(reader);
        QCOMPARE(reader->pages().size(), 3);
        PdfView *view = reader->view();

        // The first page is drawn from a Poppler rendering at the view's size.
        QTRY_VERIFY_WITH_TIMEOUT(sharp(view, 0), 10000);
        const QImage page = reader->renderer()->page(
            0, int(std::round(view->pageRect(0).width() * view->devicePixelRatioF())), false);
        QVERIFY(!page.isNull());
        // Not a blank page: the text is there in dark pixels.
        int dark = 0;
        for (int y = 0; y < page.height(); y += 2) {
            for (int x = 0; x < page.width(); x += 2)
                dark += qGray(page.pixel(x, y)) < 100;
        }
        QVERIFY(dark > 50);

        // Drag from "commission" to "déontologie": the selection is those words' text.
        const auto from = findWord(reader, 0, QStringLiteral("commission"));
        const auto to = findWord(reader, 0, QStringLiteral("déontologie"));
        QVERIFY(from.first >= 0 && to.first >= 0);
        const PdfWord &a = reader->pages().at(0).words.at(from.second);
        const PdfWord &b = reader->pages().at(0).words.at(to.second);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, centerOf(view, a, 0));
        QTest::mouseMove(view->viewport(), centerOf(view, b, 0));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, centerOf(view, b, 0));
        QCOMPARE(reader->selection().first, qint64(a.start));
        QCOMPARE(reader->selection().second, qint64(b.start + b.length));
        QCOMPARE(reader->selectedText(), QStringLiteral("commission de déontologie"));
        QCOMPARE(w.desk()->currentSelection().text, QStringLiteral("commission de déontologie"));

        // Highlight it: the anchor carries the word boxes of page 1, and the view paints it.
        w.passageActions()->highlightAction()->trigger();
        const QVector<Annotation> stored = w.dossier()->annotations().forSource(m_sourceId);
        QCOMPARE(stored.size(), 1);
        const Annotation &annotation = stored.first();
        QCOMPARE(annotation.anchor.exact, QStringLiteral("commission de déontologie"));
        QCOMPARE(annotation.anchor.page, 0);
        QVERIFY(!annotation.anchor.quads.isEmpty());
        QVERIFY(annotation.anchor.quads.first().rect.contains(a.box.center()));
        QVERIFY(reader->highlights().find(annotation.id));
        view->viewport()->repaint();
        QVERIFY(view->lastPainted().contains(annotation.id));

        // Clicking on it selects it in the Annotations dock.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centerOf(view, b, 0));
        QCOMPARE(w.annotationsDock()->selectedAnnotation(), annotation.id);
        QCOMPARE(reader->activeAnnotation(), annotation.id);

        // Undo takes it off the page.
        w.undoAction()->trigger();
        QVERIFY(!reader->highlights().find(annotation.id));
        view->viewport()->repaint();
        QVERIFY(!view->lastPainted().contains(annotation.id));
    }

    void keyboardSelectionAndZoom()
    {
        MainWindow w;
        QVERIFY(w.openDossier(m_dossierPath));
        w.resize(1200, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.desk()->openSource(m_sourceId));
        auto *reader = qobject_cast<PdfReader *>(w.desk()->currentReader());
        PdfView *view = reader->view();
        view->setFocus();
        // Shift+Right from the top selects word by word.
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(reader->selectedText(), QStringLiteral("La"));
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(reader->selectedText(), QStringLiteral("La commission de"));
        QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(reader->selectedText(), QStringLiteral("La commission"));
        // Ctrl+H from the keyboard, as with text.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(view, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(w.dossier()->annotations().forSource(m_sourceId).size(), 1);
        w.undoAction()->trigger();

        // Fit width fills the pane; zooming in doubles the page; the page renders again sharp.
        QCOMPARE(reader->zoomMode(), Reader::ZoomMode::FitWidth);
        QVERIFY(std::abs(view->pageRect(0).width() - (view->viewport()->width() - 24)) <= 2);
        reader->setZoom(reader->zoom() * 2);
        QCOMPARE(reader->zoomMode(), Reader::ZoomMode::Free);
        QTRY_VERIFY_WITH_TIMEOUT(sharp(view, view->visiblePages().first), 10000);
        w.desk()->fitPage();
        QVERIFY(view->pageRect(0).height() <= view->viewport()->height());

        // Opening a passage on the third page scrolls there and selects it.
        const qint64 at = m_text.indexOf(QStringLiteral("ancienne direction"));
        QVERIFY(at > 0);
        reader->setZoom(1.5);
        QVERIFY(w.desk()->openPassage(m_sourceId, at, at + 18, false));
        QCOMPARE(reader->selectedText(), QStringLiteral("ancienne direction"));
        const auto [first, last] = view->visiblePages();
        QVERIFY(first <= 2 && last >= 2);
    }

    void damagedPdfSaysSo()
    {
        // The stored bytes of a PDF that Poppler cannot open: the reader says why, no crash.
        PdfPage page;
        page.width = 595;
        page.height = 842;
        PdfReader reader(1, { page }, QByteArray("%PDF-1.4 broken"),
            [](qint64, qint64) { return QString(); });
        reader.resize(600, 800);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QTRY_VERIFY_WITH_TIMEOUT(!reader.renderer()->error().isEmpty(), 10000);
        QVERIFY(reader.renderer()->error().contains(QStringLiteral("Poppler")));
    }
};

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
