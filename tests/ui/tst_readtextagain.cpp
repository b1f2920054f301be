// SPDX-License-Identifier: GPL-3.0-or-later
// Source ▸ Read Text Again… on a scanned PDF read first in English only: read again in French,
// the highlight is found again, and one undo puts the earlier text back. And an image source in
// the reader: its frames drawn as pages.
#include "desk/pdfreader.h"
#include "desk/pdfrenderer.h"
#include "desk/readerpane.h"
#include "dialogs/readtextagaindialog.h"
#include "import/ocrengine.h"
#include "import/sourceimporter.h"
#include "mainwindow.h"
#include "ocrcheck.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QAction>
#include <QDir>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Recoupe;
using namespace OcrCheck;

class TestReadTextAgain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_page; // a 300 dpi grey rendering of a page of French text

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        if (!OcrEngine::missingModels(QStringLiteral("fra+eng+osd")).isEmpty())
            QSKIP("tesseract-ocr-fra, -eng and -osd are needed (scripts/setup installs them)");
        const QString original = path(QStringLiteral("original.pdf"));
        {
            QPdfWriter writer(original);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            QFont font(QStringLiteral("DejaVu Serif"));
            font.setPointSizeF(12);
            painter.setFont(font);
            painter.drawText(QRectF(60, 80, 475, 300), Qt::TextWordWrap,
                QStringLiteral("La commission de déontologie a rendu son avis le douze mars, assorti de "
                               "réserves sur les contacts du directeur à Bruxelles. Le ministère n’a pas "
                               "répondu à nos questions sur les contrats signés après sa nomination."));
            QVERIFY(painter.end());
        }
        QVERIFY(run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"), QStringLiteral("-png"),
                QStringLiteral("-singlefile"), original, path(QStringLiteral("page"))}));
        m_page = path(QStringLiteral("page.png"));
        QVERIFY(
            run(QStringLiteral("img2pdf"), {m_page, QStringLiteral("-o"), path(QStringLiteral("scan.pdf"))}));
    }

    void theDialogOffersTheInstalledLanguages()
    {
        ReadTextAgainDialog dialog(QStringLiteral("Lettre"), QStringLiteral("fra+eng"));
        QListWidget *list = dialog.languageList();
        QStringList codes;
        for (int i = 0; i < list->count(); ++i)
            codes.append(list->item(i)->data(Qt::UserRole).toString());
        QVERIFY2(codes.contains(QStringLiteral("fra")) && codes.contains(QStringLiteral("eng")),
            qPrintable(codes.join(QLatin1Char(' '))));
        QVERIFY(!codes.contains(QStringLiteral("osd")));
        QCOMPARE(dialog.languages(), QStringLiteral("fra+eng"));
        // English alone when French is unchecked.
        list->item(int(codes.indexOf(QStringLiteral("fra"))))->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog.languages(), QStringLiteral("eng"));
    }

    void readAgainIsOneUndoableStep()
    {
        const QString file = path(QStringLiteral("case.recoupe"));
        MainWindow w;
        QVERIFY(w.createDossier(file));
        Dossier *dossier = w.dossier();
        QVERIFY(dossier);
        // First read in English only: the accents of French words come out wrong or not at all.
        ImportOptions english;
        english.ocrLanguages = QStringLiteral("eng");
        const ImportOutcome outcome
            = SourceImporter(dossier->database()).importFile(path(QStringLiteral("scan.pdf")), english);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        const qint64 id = outcome.sourceId;
        const QString earlier = dossier->sources().text(id);
        QCOMPARE(dossier->sources().pdfPages(id).at(0).ocrLanguage, QStringLiteral("eng"));

        // A highlight on words English reads as well as French.
        const auto anchor = dossier->anchorForQuote(id, QStringLiteral("Bruxelles"));
        QVERIFY2(anchor, qPrintable(earlier));
        Annotation highlight;
        highlight.anchor = *anchor;
        const auto added = dossier->addAnnotation(highlight);
        QVERIFY(added);
        const qint64 highlightId = *added;

        QVERIFY(w.openSources({id}));
        QVERIFY(w.readTextAgainAction()->isEnabled());
        QVERIFY(w.readTextAgain(id, QStringLiteral("fra+eng")));
        QVERIFY(!w.readTextAgainAction()->isEnabled()); // one read at a time
        QTRY_VERIFY_WITH_TIMEOUT(!w.isReadingTextAgain(), 120000);
        QVERIFY(w.readTextAgainAction()->isEnabled());

        const QString again = dossier->sources().text(id);
        QVERIFY(again != earlier);
        QVERIFY2(again.contains(QStringLiteral("déontologie")), qPrintable(again));
        QCOMPARE(dossier->sources().pdfPages(id).at(0).ocrLanguage, QStringLiteral("fra+eng"));
        const Annotation moved = *dossier->annotations().get(highlightId);
        QVERIFY(!moved.anchor.orphaned);
        QCOMPARE(again.mid(moved.anchor.start, moved.anchor.end - moved.anchor.start),
            QStringLiteral("Bruxelles"));

        // Cancelled from its progress dialog: nothing changes, nothing to undo.
        const int steps = dossier->undoStack()->count();
        QVERIFY(w.readTextAgain(id, QStringLiteral("eng")));
        auto *progress = w.findChild<QProgressDialog *>(QStringLiteral("readTextAgainProgress"));
        QVERIFY(progress);
        Q_EMIT progress->canceled(); // its Cancel button
        QTRY_VERIFY_WITH_TIMEOUT(!w.isReadingTextAgain(), 120000);
        QCOMPARE(dossier->sources().text(id), again);
        QCOMPARE(dossier->undoStack()->count(), steps);

        // One step back: the earlier text and the highlight where it was.
        dossier->undoStack()->undo();
        QCOMPARE(dossier->sources().text(id), earlier);
        QCOMPARE(dossier->sources().pdfPages(id).at(0).ocrLanguage, QStringLiteral("eng"));
        QCOMPARE(dossier->annotations().get(highlightId)->anchor.start, anchor->start);
    }

    void anImageIsShownAsItsPages()
    {
        auto opened = Dossier::open(path(QStringLiteral("image.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(opened);
        std::unique_ptr<Dossier> dossier = std::move(opened).value();
        const ImportOutcome outcome = SourceImporter(dossier->database()).importFile(m_page);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        ReaderPane pane(dossier.get());
        pane.resize(700, 900);
        pane.show();
        QVERIFY(pane.openSource(outcome.sourceId));
        auto *reader = qobject_cast<PdfReader *>(pane.reader());
        QVERIFY2(reader, "an image source is read as pages");
        QCOMPARE(reader->pageCount(), 1);
        // The frame, decoded at the width the view draws it: white paper with the text's ink.
        QImage shown;
        QTRY_VERIFY_WITH_TIMEOUT(!(shown = reader->renderer()->anyRendering(0)).isNull(), 20000);
        QVERIFY(shown.width() > 100);
        QVERIFY2(qAbs(double(shown.height()) / shown.width() - 842.0 / 595.0) < 0.01, "A4's proportions");
        const double perPoint = shown.height() / 842.0;
        int ink = 0;
        for (int y = int(72 * perPoint); y < int(102 * perPoint); ++y) { // the first line
            for (int x = 0; x < shown.width(); ++x)
                ink += qGray(shown.pixel(x, y)) < 128 ? 1 : 0;
        }
        QVERIFY(ink > 10);
        QCOMPARE(qGray(shown.pixel(5, 5)), 255);
    }
};

QTEST_MAIN(TestReadTextAgain)
#include "tst_readtextagain.moc"
