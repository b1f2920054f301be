// SPDX-License-Identifier: GPL-3.0-or-later
// A web article changed after it was annotated: the newer version replaces it, the orphaned
// highlight is reviewed, and the version that was annotated can still be read and saved.
#include "dialogs/orphanreviewdialog.h"
#include "dialogs/sourceversionsdialog.h"
#include "docks/librarydock.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

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
