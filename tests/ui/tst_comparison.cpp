// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, Compare that compares: two sources side by side with the passages they share marked
// in both, and a bar that steps through them keeping both panes on the current one.
#include "demo/demodossier.h"
#include "desk/comparisonbar.h"
#include "desk/desk.h"
#include "desk/reader.h"
#include "desk/readerpane.h"
#include "desk/textview.h"
#include "dialogs/sharedpassagesdialog.h"
#include "import/sourceimporter.h"
#include "localization.h"
#include "mainwindow.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeWidget>

using namespace Recoupe;

namespace {

const QString FirstShared = QStringLiteral(
    "La commission rend un avis de compatibilité avec réserves, valable jusqu'au 31 mars 2027 inclus.");
const QString SecondShared = QStringLiteral(
    "Nuvola Cloud a remporté en 2022 le marché d'hébergement de la plateforme des évaluations nationales.");

// Paragraphs of made-up words that no other source shares, with `inserts` placed at the given
// paragraphs: a long article in which the shared sentences sit where the test wants them.
QString article(quint32 seed, const QMap<int, QString> &inserts)
{
    QRandomGenerator random(seed);
    QStringList paragraphs;
    for (int p = 0; p < 80; ++p) {
        QStringList words;
        for (int w = 0; w < 40; ++w) {
            QString word;
            for (int c = 0, n = 3 + int(random.bounded(7)); c < n; ++c)
                word.append(QChar(u'a' + char16_t(random.bounded(26))));
            words.append(word);
        }
        QString paragraph = words.join(QLatin1Char(' ')) + QLatin1Char('.');
        if (inserts.contains(p))
            paragraph += QLatin1Char(' ') + inserts.value(p);
        paragraphs.append(paragraph);
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Localization::install(QLocale(QLocale::English)); // the plural forms of the counts
        QVERIFY(m_dir.isValid());
        auto opened
            = Dossier::open(m_dir.filePath(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_dossier = std::move(opened).value();
        // In the first article the two sentences come early then late; in the second, the other
        // way round: stepping from one to the next moves the panes in opposite directions.
        const QVector<QString> texts {article(1, {{10, FirstShared}, {65, SecondShared}}),
            article(2, {{8, SecondShared}, {70, FirstShared}}), article(3, {})};
        SourceImporter importer(m_dossier->database());
        for (int i = 0; i < texts.size(); ++i) {
            const QString path = m_dir.filePath(QStringLiteral("article%1.txt").arg(i + 1));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(texts.at(i).toUtf8());
            file.close();
            const ImportOutcome outcome = importer.importFile(path);
            QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
            m_ids.append(outcome.sourceId);
        }
    }

    void compareStepsThroughTheSharedPassages()
    {
        Desk desk;
        desk.setDossier(m_dossier.get());
        desk.resize(1000, 420);
        desk.show();
        desk.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk));

        QVERIFY(desk.compare(m_ids[0], m_ids[1]));
        ComparisonBar *bar = desk.comparisonBar();
        QVERIFY(bar->isVisible());
        QTRY_COMPARE(bar->positionText(), QStringLiteral("Shared passage 1 of 2"));
        Reader *left = desk.pane(0)->reader();
        Reader *right = desk.pane(1)->reader();
        QVERIFY(left && right);
        QCOMPARE(left->sourceId(), m_ids[0]);
        QCOMPARE(right->sourceId(), m_ids[1]);

        // Both panes mark both passages, in the same colour for the same pair, the first current.
        QCOMPARE(left->sharedPassages().size(), 2);
        QCOMPARE(right->sharedPassages().size(), 2);
        QCOMPARE(left->currentSharedPassage(), 0);
        QCOMPARE(right->currentSharedPassage(), 0);
        QCOMPARE(left->sharedPassages().at(0).color, right->sharedPassages().at(0).color);
        QVERIFY(left->sharedPassages().at(0).color != left->sharedPassages().at(1).color);
        const QString leftText = m_dossier->sources().text(m_ids[0]);
        const QString rightText = m_dossier->sources().text(m_ids[1]);
        const SharedMark firstLeft = left->sharedPassages().at(0), firstRight = right->sharedPassages().at(0);
        QCOMPARE(leftText.mid(firstLeft.start, firstLeft.end - firstLeft.start),
            FirstShared.chopped(1)); // the final full stop is punctuation, not a word
        QCOMPARE(rightText.mid(firstRight.start, firstRight.end - firstRight.start), FirstShared.chopped(1));

        // Each pane shows its own side of the current passage, though they sit far apart.
        const auto shows = [](Reader *reader, const SharedMark &mark) {
            return reader->topOffset() <= mark.start && mark.start - reader->topOffset() < 2500;
        };
        QTRY_VERIFY(shows(left, firstLeft));
        QTRY_VERIFY(shows(right, firstRight));
        const qint64 leftTop = left->topOffset(), rightTop = right->topOffset();

        // Next (Alt+Down, from the reader): passage 2 of 2; the left pane moves down, the right up.
        QTest::keyClick(left->focusWidget() ? left->focusWidget() : left, Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(bar->positionText(), QStringLiteral("Shared passage 2 of 2"));
        QCOMPARE(left->currentSharedPassage(), 1);
        QCOMPARE(right->currentSharedPassage(), 1);
        const SharedMark secondLeft = left->sharedPassages().at(1),
                         secondRight = right->sharedPassages().at(1);
        QCOMPARE(leftText.mid(secondLeft.start, secondLeft.end - secondLeft.start), SecondShared.chopped(1));
        QTRY_VERIFY(shows(left, secondLeft));
        QTRY_VERIFY(shows(right, secondRight));
        QVERIFY(left->topOffset() > leftTop);
        QVERIFY(right->topOffset() < rightTop);

        // Previous (Alt+Up) comes back to the first, in both panes.
        QTest::keyClick(left->focusWidget() ? left->focusWidget() : left, Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(bar->positionText(), QStringLiteral("Shared passage 1 of 2"));
        QTRY_VERIFY(shows(left, firstLeft));
        QTRY_VERIFY(shows(right, firstRight));

        // The user scrolls the right pane to the other passage and clicks in it: it becomes the
        // current one, and the left pane is brought to its side.
        right->revealRange(secondRight.start, secondRight.end);
        auto *rightView = right->findChild<TextView *>();
        QVERIFY(rightView);
        QTextCursor cursor(rightView->document());
        cursor.setPosition(int(secondRight.start) + 5);
        QTRY_VERIFY(rightView->viewport()->rect().contains(rightView->cursorRect(cursor).center()));
        QTest::mouseClick(rightView->viewport(), Qt::LeftButton, {}, rightView->cursorRect(cursor).center());
        QTRY_COMPARE(bar->positionText(), QStringLiteral("Shared passage 2 of 2"));
        QTRY_VERIFY(shows(left, secondLeft));

        // Another source in a compared pane ends the comparison: no bar, no marks.
        QVERIFY(desk.pane(1)->openSource(m_ids[2]));
        QVERIFY(!bar->isVisible());
        QVERIFY(!desk.isComparing());
        QVERIFY(left->sharedPassages().isEmpty());
    }

    void sourcesSharingNothingSaySo()
    {
        Desk desk;
        desk.setDossier(m_dossier.get());
        desk.resize(1000, 420);
        desk.show();
        QVERIFY(desk.compare(m_ids[0], m_ids[2]));
        QTRY_COMPARE(desk.comparisonBar()->positionText(), QStringLiteral("No shared passage"));
        QVERIFY(desk.pane(0)->reader()->sharedPassages().isEmpty());
        QVERIFY(!desk.comparisonBar()->nextAction()->isEnabled());
    }

    // Opened from the Shared passages view: the passage asked for is the one shown first.
    void compareOpensOnTheRequestedPassage()
    {
        Desk desk;
        desk.setDossier(m_dossier.get());
        desk.resize(1000, 420);
        desk.show();
        const QString leftText = m_dossier->sources().text(m_ids[0]);
        QVERIFY(desk.compare(m_ids[0], m_ids[1], leftText.indexOf(SecondShared)));
        QTRY_COMPARE(desk.comparisonBar()->positionText(), QStringLiteral("Shared passage 2 of 2"));
    }

    // View ▸ Shared Passages lists each repeated passage with its sources; Enter on one of its
    // places compares that source with the other on that passage.
    void sharedPassagesViewOpensCompareOnThePassage()
    {
        SharedPassagesDialog dialog(m_dossier.get());
        dialog.show();
        QTRY_VERIFY(!dialog.isFinding());
        QCOMPARE(dialog.statusText(),
            QStringLiteral(
                "2 passages repeated across sources. Double-click one to compare two of its sources on it."));
        QTreeWidget *list = dialog.passageList();
        QCOMPARE(list->topLevelItemCount(), 2);
        QStringList passages;
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            passages.append(item->text(0));
            QVERIFY2(item->text(1).startsWith(QStringLiteral("2 sources: ")), qPrintable(item->text(1)));
            QCOMPARE(item->childCount(), 2);
        }
        passages.sort();
        QCOMPARE(passages, (QStringList {FirstShared.chopped(1), SecondShared.chopped(1)}));

        // The second article's place of the first sentence: it opens on the left, on that sentence.
        QTreeWidgetItem *passage = list->findItems(FirstShared.chopped(1), Qt::MatchExactly).value(0);
        QVERIFY(passage);
        QTreeWidgetItem *place = nullptr;
        for (int i = 0; i < passage->childCount(); ++i) {
            if (passage->child(i)->text(1) == m_dossier->sources().get(m_ids[1])->title)
                place = passage->child(i);
        }
        QVERIFY(place);
        QSignalSpy requested(&dialog, &SharedPassagesDialog::compareRequested);
        list->setFocus();
        list->setCurrentItem(place);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        const qint64 first = requested.at(0).at(0).toLongLong(), second = requested.at(0).at(1).toLongLong();
        const qint64 focus = requested.at(0).at(2).toLongLong();
        QCOMPARE(first, m_ids[1]);
        QCOMPARE(second, m_ids[0]);
        QCOMPARE(focus, m_dossier->sources().text(m_ids[1]).indexOf(FirstShared));

        Desk desk;
        desk.setDossier(m_dossier.get());
        desk.resize(1000, 420);
        desk.show();
        QVERIFY(desk.compare(first, second, focus));
        // In the second article the first sentence comes second.
        QTRY_COMPARE(desk.comparisonBar()->positionText(), QStringLiteral("Shared passage 2 of 2"));
    }

    // The sample case in the window, as a user sees it: the article beside the working notes, on
    // their second shared passage, and View ▸ Shared Passages. PNGs under <build>/screenshots.
    void theSampleCaseSideBySide()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.recoupe"));
        const Status created = DemoDossier::create(path);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        MainWindow window;
        QVERIFY(window.openDossier(path));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto opened = Dossier::open(path);
        QVERIFY(opened.ok());
        qint64 article = 0, notes = 0;
        for (const Source &source : (*opened)->sources().list()) {
            if (source.origin == QLatin1String("sample:depart-directrice.html"))
                article = source.id;
            else if (source.origin == QLatin1String("sample:chronologie.txt"))
                notes = source.id;
        }
        QVERIFY(article && notes);
        opened->reset();

        Desk *desk = window.desk();
        QVERIFY(desk->compare(article, notes));
        // The commission's deadline, the date of its opinion, the contract.
        QTRY_COMPARE(desk->comparisonBar()->positionText(), QStringLiteral("Shared passage 1 of 3"));
        desk->nextSharedPassage();
        QCOMPARE(desk->comparisonBar()->positionText(), QStringLiteral("Shared passage 2 of 3"));
        QDir().mkpath(QStringLiteral(RECOUPE_BUILD_DIR "/screenshots"));
        QVERIFY(window.grab().toImage().save(
            QStringLiteral(RECOUPE_BUILD_DIR "/screenshots/comparison-sample.png")));

        // View ▸ Shared Passages…
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("S&hared Passages…"))
                action = a;
        }
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<SharedPassagesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isFinding());
        QCOMPARE(dialog->passageList()->topLevelItemCount(), 4);
        QVERIFY(dialog->grab().toImage().save(
            QStringLiteral(RECOUPE_BUILD_DIR "/screenshots/shared-passages-sample.png")));
    }

    // A PDF beside a text: the passage found in the PDF's text is marked on its page too.
    void aPdfComparedWithAText()
    {
        const QString pdfPath = m_dir.filePath(QStringLiteral("registre.pdf"));
        {
            QPdfWriter writer(pdfPath);
            writer.setResolution(150);
            QPainter painter(&writer);
            QVERIFY(painter.isActive());
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 11));
            const QStringList lines {QStringLiteral("Registre des avis (exemple)"),
                QStringLiteral("La commission rend un avis de compatibilité avec réserves,"),
                QStringLiteral("valable jusqu'au 31 mars 2027 inclus."), QStringLiteral("Fin du registre.")};
            int y = 150;
            for (const QString &line : lines) {
                painter.drawText(150, y, line);
                y += 40;
            }
        }
        SourceImporter importer(m_dossier->database());
        const ImportOutcome outcome = importer.importFile(pdfPath);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);

        Desk desk;
        desk.setDossier(m_dossier.get());
        desk.resize(1200, 700);
        desk.show();
        QVERIFY(desk.compare(outcome.sourceId, m_ids[0]));
        QTRY_COMPARE(desk.comparisonBar()->positionText(), QStringLiteral("Shared passage 1 of 1"));
        Reader *pdf = desk.pane(0)->reader();
        QCOMPARE(pdf->pageCount(), 1);
        QCOMPARE(pdf->sharedPassages().size(), 1);
        QCOMPARE(pdf->currentSharedPassage(), 0);
        const SharedMark mark = pdf->sharedPassages().first();
        const QString text = m_dossier->sources().text(outcome.sourceId);
        QVERIFY2(text.mid(mark.start, mark.end - mark.start)
                     .simplified()
                     .startsWith(QStringLiteral("La commission rend")),
            qPrintable(text));
        QDir().mkpath(QStringLiteral(RECOUPE_BUILD_DIR "/screenshots"));
        QVERIFY(
            desk.grab().toImage().save(QStringLiteral(RECOUPE_BUILD_DIR "/screenshots/comparison-pdf.png")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Dossier> m_dossier;
    QVector<qint64> m_ids;
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
