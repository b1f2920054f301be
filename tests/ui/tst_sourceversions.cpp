// SPDX-License-Identifier: GPL-3.0-or-later
// A web article changed after it was annotated: the newer version replaces it, the orphaned
// highlight is reviewed, and the version that was annotated can still be read and saved.
#include "desk/reader.h"
#include "desk/readerpane.h"
#include "dialogs/orphanreviewdialog.h"
#include "dialogs/sourceversionsdialog.h"
#include "docks/librarydock.h"
#include "import/newerversionreader.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QAction>
#include <QFile>
#include <QFuture>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

using namespace Recoupe;

namespace {

const QByteArray Before
    = "Mathieu Jeandron a quitté le ministère en 2018.\n\nLa commission a rendu un avis.\n";
const QByteArray After
    = "M. J., ancien directeur, a quitté le ministère en 2018.\n\nLa commission a rendu un avis.\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSourceVersions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Dossier> m_dossier;
    qint64 m_source = 0;
    qint64 m_orphan = 0; // the highlight on "Mathieu Jeandron"
    qint64 m_kept = 0;

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(
            QStringLiteral("case-%1.recoupe").arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto opened = Dossier::open(path, Dossier::OpenMode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_dossier = std::move(opened).value();
        SourceDraft draft;
        draft.source.title = QStringLiteral("Départ du directeur");
        draft.source.origin = m_dir.filePath(QStringLiteral("article.txt"));
        draft.original = Before;
        draft.text = QString::fromUtf8(Before);
        const auto id = m_dossier->sources().insert(draft);
        QVERIFY(id.ok());
        m_source = *id;
        for (const QString &quote : {QStringLiteral("Mathieu Jeandron"), QStringLiteral("avis")}) {
            Annotation annotation;
            annotation.anchor = *m_dossier->anchorForQuote(m_source, quote);
            const auto added = m_dossier->addAnnotation(annotation);
            QVERIFY(added.ok());
            (quote == QLatin1String("avis") ? m_kept : m_orphan) = *added;
        }
        const QString newer = m_dir.filePath(QStringLiteral("article-v2.txt"));
        QVERIFY(writeFile(newer, After));
        const auto report = m_dossier->replaceSourceWithFile(m_source, newer);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->orphaned.size(), 1);
    }

    void cleanup() { m_dossier.reset(); }

    void theOrphanIsFoundByAnEditedQuoteAndAttached()
    {
        OrphanReviewDialog dialog(m_dossier.get(), m_source);
        QCOMPARE(dialog.orphanCount(), 1);
        QCOMPARE(dialog.quoteField()->text(), QStringLiteral("Mathieu Jeandron"));
        QVERIFY(!dialog.findQuote()); // the name is gone from the new version
        dialog.quoteField()->setText(QStringLiteral("M. J."));
        QVERIFY(dialog.findQuote());
        QCOMPARE(dialog.textView()->textCursor().selectedText(), QStringLiteral("M. J."));
        QVERIFY(dialog.attachToSelection());
        QCOMPARE(dialog.orphanCount(), 0);
        const Annotation attached = *m_dossier->annotations().get(m_orphan);
        QVERIFY(!attached.anchor.orphaned);
        QCOMPARE(m_dossier->sources().textRange(m_source, attached.anchor.start, attached.anchor.end),
            QStringLiteral("M. J."));

        // One undo step: the highlight is an orphan again; the replacement itself is the step before.
        m_dossier->undoStack()->undo();
        QVERIFY(m_dossier->annotations().get(m_orphan)->anchor.orphaned);
        m_dossier->undoStack()->undo();
        QCOMPARE(m_dossier->sources().text(m_source), QString::fromUtf8(Before));
        QVERIFY(!m_dossier->annotations().get(m_orphan)->anchor.orphaned);
        QCOMPARE(m_dossier->sources().versions(m_source).size(), 1);
    }

    void aLostHighlightIsNotDrawnAndTheBannerOpensItsReview()
    {
        ReaderPane pane(m_dossier.get());
        pane.resize(640, 480);
        pane.show();
        QVERIFY(pane.openSource(m_source));
        // Its old offsets now cover "M. J., ancien" : nothing is painted there.
        QVERIFY(pane.reader()->highlights().find(m_kept));
        QVERIFY(!pane.reader()->highlights().find(m_orphan));
        QCOMPARE(pane.reader()->highlights().size(), 1);
        QVERIFY(pane.orphanBanner()->isVisible());
        QVERIFY2(pane.orphanBanner()->text().contains(QStringLiteral("1 highlight")),
            qPrintable(pane.orphanBanner()->text()));

        Q_EMIT pane.orphanBanner()->linkActivated(QStringLiteral("review"));
        OrphanReviewDialog *review = nullptr;
        QTRY_VERIFY((review = pane.findChild<OrphanReviewDialog *>()) && review->isVisible());
        QCOMPARE(review->orphanCount(), 1);
        QVERIFY(review->deleteCurrent());
        QVERIFY(!pane.orphanBanner()->isVisible());
        review->close();

        // Undone, the highlight is lost again and the banner back; still not drawn.
        m_dossier->undoStack()->undo();
        QVERIFY(pane.orphanBanner()->isVisible());
        QVERIFY(!pane.reader()->highlights().find(m_orphan));
    }

    // What Source ▸ Replace with Newer Version… runs on a worker: a protected PDF asks for its
    // password, the right one reads it, and a cancelled read leaves nothing to apply.
    void aProtectedNewerVersionIsReadOffTheWindowsThread()
    {
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (qpdf.isEmpty())
            QSKIP("qpdf is not installed (scripts/setup installs it)");
        const QString plain = m_dir.filePath(QStringLiteral("rapport-clair.pdf"));
        {
            QPdfWriter writer(plain);
            QPainter painter(&writer);
            painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 12));
            painter.drawText(QRectF(0, 0, writer.width(), writer.height()), Qt::TextWordWrap,
                QStringLiteral("Rapport de la commission de déontologie."));
        }
        const QString file = m_dir.filePath(QStringLiteral("rapport-protégé.pdf"));
        QCOMPARE(QProcess::execute(qpdf,
                     {QStringLiteral("--encrypt"), QStringLiteral("lecteur"), QStringLiteral("proprietaire"),
                         QStringLiteral("256"), QStringLiteral("--"), plain, file}),
            0);
        auto readOnWorker = [&file](const QString &password, bool cancelled) {
            std::atomic_bool cancel {cancelled};
            ImportContext context;
            context.password = password;
            context.cancel = &cancel;
            QFuture<NewerVersionReader::Read> future
                = QtConcurrent::run([file, context] { return NewerVersionReader::read(file, context); });
            return future.result();
        };
        const NewerVersionReader::Read locked = readOnWorker(QString(), false);
        QCOMPARE(locked.outcome, Importer::Outcome::NeedsPassword);
        QVERIFY2(
            locked.message.contains(QStringLiteral("protected by a password")), qPrintable(locked.message));
        const NewerVersionReader::Read opened = readOnWorker(QStringLiteral("lecteur"), false);
        QCOMPARE(opened.outcome, Importer::Outcome::Read);
        QVERIFY(opened.draft.text.contains(QStringLiteral("commission de déontologie")));
        QCOMPARE(opened.draft.source.origin, file);
        QVERIFY(!opened.draft.original.isEmpty());
        QCOMPARE(readOnWorker(QStringLiteral("lecteur"), true).outcome, Importer::Outcome::Cancelled);
    }

    void anOrphanCanBeDeleted()
    {
        OrphanReviewDialog dialog(m_dossier.get(), m_source);
        QVERIFY(dialog.deleteCurrent());
        QCOMPARE(dialog.orphanCount(), 0);
        QVERIFY(!m_dossier->annotations().get(m_orphan));
        QVERIFY(m_dossier->annotations().get(m_kept));
        m_dossier->undoStack()->undo();
        QVERIFY(m_dossier->annotations().get(m_orphan));
    }

    void theAnnotatedVersionIsShownAndSavedAsItWas()
    {
        SourceVersionsDialog dialog(m_dossier.get(), m_source);
        QTreeWidget *list = dialog.versionList();
        QCOMPARE(list->topLevelItemCount(), 2);
        // The current version is shown first.
        QCOMPARE(dialog.selectedVersion(), 2);
        QCOMPARE(dialog.textView()->toPlainText(), m_dossier->sources().text(m_source));
        QVERIFY(dialog.textView()->toPlainText().startsWith(QStringLiteral("M. J., ancien directeur")));
        QVERIFY(dialog.textView()->isReadOnly());
        list->setCurrentItem(list->topLevelItem(0));
        QCOMPARE(dialog.selectedVersion(), 1);
        QCOMPARE(dialog.textView()->toPlainText(), QString::fromUtf8(Before));
        QCOMPARE(list->topLevelItem(0)->text(4), m_dossier->sources().versions(m_source).at(0).sha256);
        const QString saved = m_dir.filePath(QStringLiteral("article-as-annotated.txt"));
        QVERIFY(dialog.saveSelectedVersion(saved));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), Before);
    }

    void theLibraryOffersBothOnASource()
    {
        LibraryDock library;
        library.setDossier(m_dossier.get());
        library.selectSource(m_source);
        QSignalSpy replace(&library, &LibraryDock::replaceRequested);
        QSignalSpy versions(&library, &LibraryDock::versionsRequested);
        QTRY_VERIFY(library.versionsAction()->isEnabled());
        library.replaceAction()->trigger();
        library.versionsAction()->trigger();
        QCOMPARE(replace.size(), 1);
        QCOMPARE(replace.at(0).at(0).toLongLong(), m_source);
        QCOMPARE(versions.size(), 1);
    }
};

QTEST_MAIN(TestSourceVersions)
#include "tst_sourceversions.moc"
