// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searcher.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/schema.h"
#include "storage/sourcestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace Recoupe;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

SourceDraft textDraft(const QString &title, const QString &text)
{
    SourceDraft draft;
    draft.source.title = title;
    draft.source.kind = SourceKind::Text;
    draft.source.origin = title + QStringLiteral(".txt");
    draft.original = text.toUtf8();
    draft.text = text;
    return draft;
}

void runSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    QVERIFY2(rc == SQLITE_OK, error);
    sqlite3_close(db);
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newDossierHasCurrentFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.recoupe"));
        auto dossier = Dossier::open(path, Dossier::OpenMode::Create);
        QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
        Database &db = (*dossier)->database();
        QCOMPARE(Schema::version(db), Schema::CurrentVersion);
        QCOMPARE(Schema::applicationId(db), Schema::ApplicationId);
        QCOMPARE(db.scalar("PRAGMA foreign_keys"), 1);
        Statement mode = db.prepare("PRAGMA journal_mode");
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        QVERIFY((*dossier)->backupPath().isEmpty());
    }

    void creatingOverAnExistingDossierIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.recoupe"));
        QVERIFY(Dossier::open(path, Dossier::OpenMode::Create).ok());
        auto again = Dossier::open(path, Dossier::OpenMode::Create);
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(path));
    }

    void refusedFilesAreLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("setup");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain-text") << QByteArray("text") << QStringLiteral("not an SQLite database");
        QTest::addRow("empty-file") << QByteArray("empty") << QStringLiteral("empty file");
        QTest::addRow("other-sqlite-app") << QByteArray("other") << QStringLiteral("not a Recoupe dossier");
        QTest::addRow("newer-format") << QByteArray("newer") << QStringLiteral("newer version of Recoupe");
        QTest::addRow("missing") << QByteArray("missing") << QStringLiteral("no such file");
        QTest::addRow("folder") << QByteArray("folder") << QStringLiteral("is a folder");
    }

    void refusedFilesAreLeftUntouched()
    {
        QFETCH(QByteArray, setup);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("thing.recoupe"));
        if (setup == "text") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Ceci n'est pas un dossier.\n");
        } else if (setup == "empty") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (setup == "other") {
            runSql(path, "CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES ('x');");
        } else if (setup == "newer") {
            QVERIFY(Dossier::open(path, Dossier::OpenMode::Create).ok());
            runSql(path, "PRAGMA user_version = 99");
        } else if (setup == "folder") {
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.recoupe")));
            path = dir.filePath(QStringLiteral("folder.recoupe"));
        }
        const QByteArray before = fileHash(path);
        auto dossier = Dossier::open(path);
        QVERIFY(!dossier.ok());
        QVERIFY2(dossier.error().contains(expected), qPrintable(dossier.error()));
        QVERIFY2(dossier.error().contains(path), qPrintable(dossier.error()));
        QCOMPARE(fileHash(path), before);
        if (setup == "missing")
            QVERIFY(!QFile::exists(path));
    }

    void everyOlderFormatMigratesAfterABackup()
    {
        for (int version = 1; version < Schema::CurrentVersion; ++version) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.recoupe"));
            {
                auto db = Database::open(path, Database::Mode::CreateIfMissing);
                QVERIFY(db.ok());
                QVERIFY(Schema::configureConnection(**db).ok());
                QVERIFY(Schema::migrate(**db, version).ok());
                QCOMPARE(Schema::version(**db), version);
                SourceStore store(**db);
                SourceDraft draft
                    = textDraft(QStringLiteral("Avis"), QStringLiteral("La commission a rendu un avis."));
                QVERIFY(store.insert(draft).ok());
            }
            auto dossier = Dossier::open(path);
            QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
            QCOMPARE(Schema::version((*dossier)->database()), Schema::CurrentVersion);
            QCOMPARE((*dossier)->sources().count(), 1);
            QCOMPARE((*dossier)->sources().list().at(0).title, QStringLiteral("Avis"));
            // The backup is a dossier at the old version, with the same source.
            const QString backup = (*dossier)->backupPath();
            QVERIFY2(QFile::exists(backup), qPrintable(backup));
            auto old = Database::open(backup, Database::Mode::ReadOnly);
            QVERIFY(old.ok());
            QCOMPARE(Schema::version(**old), version);
            QCOMPARE((*old)->scalar("SELECT count(*) FROM sources"), 1);
        }
    }

    // Version 5 rebuilds both full-text indexes with stemming: a dossier written before finds
    // the other forms of its words afterwards, in texts, notes and claims, and loses nothing.
    void aVersion2DossierFullOfDataIsSearchedByStemAfterMigration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.recoupe"));
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(Schema::configureConnection(**db).ok());
            QVERIFY(Schema::migrate(**db, 2).ok());
            SourceStore store(**db);
            SourceDraft budget = textDraft(QStringLiteral("Budget"),
                QStringLiteral("Les réserves de la commune sont épuisées.\n\nLe maire veut recruter."));
            const auto first = store.insert(budget);
            QVERIFY(first.ok());
            SourceDraft avis
                = textDraft(QStringLiteral("Avis"), QStringLiteral("La commission a rendu un avis."));
            const auto second = store.insert(avis);
            QVERIFY(second.ok());
            const QByteArray sql = "INSERT INTO anchors(source_id, start_pos, end_pos, exact) VALUES ("
                + QByteArray::number(*first)
                + ", 4, 12, 'réserves');"
                  "INSERT INTO annotations(anchor_id, note, created, modified) VALUES "
                  "(last_insert_rowid(), 'Deux recrutements prévus', '2018', '2018');"
                  "INSERT INTO claims(text, note, created, modified) VALUES "
                  "('Le maire a puisé dans la réserve', '', '2018', '2018');"
                  "INSERT INTO claim_evidence(claim_id, annotation_id) VALUES (last_insert_rowid(), 1);";
            QVERIFY((*db)->exec(sql.constData()).ok());
            // Before: exact forms only.
            Searcher searcher(**db);
            const auto before = searcher.search(QStringLiteral("reserve"));
            QVERIFY(before.ok());
            QCOMPARE(before->hits.size(), 1); // the claim's "réserve"
        }
        auto dossier = Dossier::open(path);
        QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
        Database &db = (*dossier)->database();
        QCOMPARE(Schema::version(db), Schema::CurrentVersion);
        QCOMPARE(db.scalar("SELECT count(*) FROM sources"), 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM annotations"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM claim_evidence"), 1);
        Statement fk = db.prepare("PRAGMA foreign_key_check");
        QVERIFY(!fk.next());
        QVERIFY(db.exec("INSERT INTO text_index(text_index) VALUES ('integrity-check');"
                        "INSERT INTO note_index(note_index) VALUES ('integrity-check');")
                    .ok());

        Searcher searcher(db);
        const auto reserve = searcher.search(QStringLiteral("reserve"));
        QVERIFY2(reserve.ok(), qPrintable(reserve.error()));
        QCOMPARE(reserve->hits.size(), 2);
        for (const SearchHit &hit : reserve->hits) {
            if (hit.kind == SearchHit::Kind::SourceText) {
                QCOMPARE((*dossier)->sources().text(hit.sourceId).mid(hit.offset, hit.length),
                    QStringLiteral("réserves"));
            } else {
                QCOMPARE(hit.kind, SearchHit::Kind::Claim);
            }
        }
        const auto recrute = searcher.search(QStringLiteral("recrute"));
        QVERIFY2(recrute.ok(), qPrintable(recrute.error()));
        QCOMPARE(recrute->hits.size(), 2); // "recruter" in the text, "recrutements" in the note
        // Exact forms are still there to ask for.
        const auto exact = searcher.search(QStringLiteral("=reserve"));
        QVERIFY2(exact.ok(), qPrintable(exact.error()));
        QCOMPARE(exact->hits.size(), 1);
        QCOMPARE(exact->hits.at(0).kind, SearchHit::Kind::Claim);
    }

    void aFormat2DossierFullOfWorkKeepsItAllInFormat6()
    {
        // Format 6 rebuilds `sources`, which anchors, files and chunks refer to: every row and
        // every link of a format 2 dossier must come through, and the links must still hold.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.recoupe"));
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(Schema::configureConnection(**db).ok());
            QVERIFY(Schema::migrate(**db, 2).ok());
        }
        const QString hash1 = QString(64, QLatin1Char('a'));
        const QString hash2 = QString(64, QLatin1Char('b'));
        runSql(path,
            QStringLiteral(
                "INSERT INTO sources(id, title, kind, imported_at, sha256, byte_size, text_length) VALUES "
                "(1, 'Avis de la commission', 'pdf', '2026-01-02T10:00:00Z', '%1', 120, 30),"
                "(2, 'Compte rendu', 'html', '2026-01-03T10:00:00Z', '%2', 80, 20);"
                "INSERT INTO source_files VALUES (1, x'25504446'), (2, x'3c703e');"
                "INSERT INTO text_chunks(id, source_id, start, body) VALUES "
                "(1, 1, 0, 'La commission de déontologie'), (2, 2, 0, 'Le compte rendu');"
                "INSERT INTO anchors(id, source_id, start_pos, end_pos, exact) VALUES "
                "(1, 1, 3, 13, 'commission'), (2, 2, 3, 9, 'compte');"
                "INSERT INTO annotations(id, anchor_id, note, created, modified) VALUES "
                "(1, 1, 'à vérifier', 'x', 'x'), (2, 2, '', 'x', 'x');"
                "INSERT INTO tags(id, name) VALUES (1, 'Conflits');"
                "INSERT INTO annotation_tags VALUES (1, 1);"
                "INSERT INTO entities(id, type, name, created, modified) VALUES (1, 'Person', 'Jean Martin', "
                "'x', 'x');"
                "INSERT INTO mentions(entity_id, anchor_id) VALUES (1, 1);"
                "INSERT INTO claims(id, text, speaker_id, created, modified) VALUES "
                "(1, 'La commission a été saisie', 1, 'x', 'x');"
                "INSERT INTO claim_evidence VALUES (1, 1), (1, 2);")
                .arg(hash1, hash2)
                .toUtf8()
                .constData());

        auto dossier = Dossier::open(path);
        QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
        Database &db = (*dossier)->database();
        QCOMPARE(Schema::version(db), Schema::CurrentVersion);
        QCOMPARE(db.scalar("PRAGMA foreign_keys"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM pragma_foreign_key_check"), 0);
        QCOMPARE((*dossier)->sources().count(), 2);
        QCOMPARE((*dossier)->sources().get(1)->title, QStringLiteral("Avis de la commission"));
        QCOMPARE((*dossier)->sources().get(1)->kind, SourceKind::Pdf);
        QCOMPARE((*dossier)->sources().text(1), QStringLiteral("La commission de déontologie"));
        QCOMPARE(db.scalar("SELECT count(*) FROM annotations"), 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM claim_evidence"), 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM mentions"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM annotation_tags"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM text_index WHERE text_index MATCH 'deontologie'"), 1);
        // The new kinds are admitted.
        QVERIFY(db.exec("INSERT INTO sources(title, kind, imported_at, sha256, byte_size, parent_id) "
                        "VALUES ('Pièce jointe', 'office', 'x', printf('%064d', 3), 1, 1)")
                    .ok());
        // The anchors' link now points at the rebuilt table: deleting a source still takes its
        // anchors, annotations, evidence and attachments with it.
        QVERIFY(db.exec("DELETE FROM sources WHERE id = 1").ok());
        QCOMPARE(db.scalar("SELECT count(*) FROM sources"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM anchors"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM annotations"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM claim_evidence"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM source_files"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM claims"), 1);
    }

    // Dossiers written before format 4 hold PDFs whose blank pages start before the end of the
    // page before them; opening one repairs the ranges, after a backup, and starts the history.
    void formatFourRepairsTheRangesOfBlankPdfPages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.recoupe"));
        // As the old importer wrote it: "Page un" and its blank line (0–9), a blank page placed
        // before that blank line (at 7), "Page trois" (9–19), two blank pages at its end.
        const QString text = QStringLiteral("Page un\n\nPage trois");
        const QVector<QPair<qint64, qint64>> oldRanges {{0, 9}, {7, 7}, {9, 19}, {19, 19}, {19, 19}};
        qint64 sourceId = 0;
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(Schema::configureConnection(**db).ok());
            QVERIFY(Schema::migrate(**db, 2).ok());
            SourceDraft draft;
            draft.source.title = QStringLiteral("Rapport");
            draft.source.kind = SourceKind::Pdf;
            draft.original = "%PDF-1.4 (not read here)";
            draft.text = text;
            for (int i = 0; i < oldRanges.size(); ++i) {
                PdfPage page;
                page.page = i;
                page.width = 612;
                page.height = 792;
                page.textStart = oldRanges[i].first;
                page.textEnd = oldRanges[i].second;
                draft.pages.append(page);
            }
            const auto inserted = SourceStore(**db).insert(draft);
            QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
            sourceId = *inserted;
        }
        auto dossier = Dossier::open(path);
        QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
        QCOMPARE(Schema::version((*dossier)->database()), Schema::CurrentVersion);
        const QVector<PdfPage> pages = (*dossier)->sources().pdfPages(sourceId);
        QCOMPARE(pages.size(), 5);
        const QVector<QPair<qint64, qint64>> expected {{0, 9}, {9, 9}, {9, 19}, {19, 19}, {19, 19}};
        for (int i = 0; i < pages.size(); ++i)
            QCOMPARE(qMakePair(pages[i].textStart, pages[i].textEnd), expected[i]);
        QCOMPARE((*dossier)->sources().text(sourceId), text);
        // The history starts with the content as it is: one version, current.
        const QVector<SourceVersion> versions = (*dossier)->sources().versions(sourceId);
        QCOMPARE(versions.size(), 1);
        QVERIFY(versions[0].current);
        // The backup keeps the old ranges.
        auto old = Database::open((*dossier)->backupPath(), Database::Mode::ReadOnly);
        QVERIFY(old.ok());
        QCOMPARE((*old)->scalar("SELECT text_start FROM pdf_pages WHERE page = 1"), 7);
    }

    void sourceTextIsStoredInChunksAndReadBackWhole()
    {
        QTemporaryDir dir;
        auto dossier = Dossier::open(dir.filePath(QStringLiteral("c.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(dossier.ok());
        QString text;
        for (int i = 0; i < 400; ++i)
            text += QStringLiteral("Paragraphe %1 : la commission de déontologie a rendu son avis.\n\n")
                        .arg(i);
        SourceDraft draft = textDraft(QStringLiteral("Long"), text);
        auto id = (*dossier)->sources().insert(draft);
        QVERIFY(id.ok());
        Database &db = (*dossier)->database();
        QVERIFY(db.scalar("SELECT count(*) FROM text_chunks") > 1);
        QCOMPARE((*dossier)->sources().text(*id), text);
        const qint64 at = text.indexOf(QStringLiteral("Paragraphe 250"));
        QCOMPARE((*dossier)->sources().textRange(*id, at, at + 14), QStringLiteral("Paragraphe 250"));
        const auto source = (*dossier)->sources().get(*id);
        QVERIFY(source);
        QCOMPARE(source->textLength, text.size());
        QCOMPARE(source->sha256,
            QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE((*dossier)->sources().findBySha256(source->sha256), *id);
    }

    void chunkBoundariesCoverTheTextWithoutBreaks()
    {
        // A text with no paragraph or line breaks at all still gets cut, into bounded pieces.
        const QString text(100000, QLatin1Char('a'));
        const QVector<qint64> cuts = SourceStore::chunkBoundaries(text, 4096);
        QVERIFY(cuts.size() > 10);
        QCOMPARE(cuts.first(), 0);
        for (int i = 1; i < cuts.size(); ++i)
            QVERIFY(cuts[i] - cuts[i - 1] <= 8192 && cuts[i] > cuts[i - 1]);
    }

    void aFailedInsertLeavesNothing()
    {
        QTemporaryDir dir;
        auto dossier = Dossier::open(dir.filePath(QStringLiteral("c.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(dossier.ok());
        SourceDraft draft = textDraft(QStringLiteral("Pages"), QStringLiteral("page one\n\npage two"));
        draft.source.kind = SourceKind::Pdf;
        PdfPage page;
        page.page = 0;
        page.textEnd = 8;
        draft.pages = {page, page}; // the same page twice violates the primary key
        auto id = (*dossier)->sources().insert(draft);
        QVERIFY(!id.ok());
        Database &db = (*dossier)->database();
        QCOMPARE(db.scalar("SELECT count(*) FROM sources"), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM text_chunks"), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM source_files"), 0);
    }

    void foreignKeysCascadeFromSources()
    {
        QTemporaryDir dir;
        auto dossier = Dossier::open(dir.filePath(QStringLiteral("c.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(dossier.ok());
        SourceDraft draft = textDraft(QStringLiteral("A"), QStringLiteral("texte"));
        auto id = (*dossier)->sources().insert(draft);
        QVERIFY(id.ok());
        Database &db = (*dossier)->database();
        Statement bad = db.prepare("INSERT INTO text_chunks(source_id, start, body) VALUES (999, 0, 'x')");
        QVERIFY(!bad.exec()); // no source 999
        QVERIFY(db.exec("UPDATE sources SET removed = 1").ok());
        QVERIFY((*dossier)->sources().purgeRemoved().ok());
        QCOMPARE(db.scalar("SELECT count(*) FROM text_chunks"), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM source_files"), 0);
    }

    void removingAndEditingSourcesUndoes()
    {
        QTemporaryDir dir;
        auto opened = Dossier::open(dir.filePath(QStringLiteral("c.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(opened.ok());
        Dossier &dossier = **opened;
        SourceDraft draft = textDraft(QStringLiteral("Article"), QStringLiteral("texte"));
        auto id = dossier.sources().insert(draft);
        QVERIFY(id.ok());
        QSignalSpy added(&dossier, &Dossier::sourcesAdded);
        QSignalSpy removed(&dossier, &Dossier::sourcesRemoved);
        dossier.recordImport({*id});
        QCOMPARE(added.count(), 1);
        QCOMPARE(dossier.undoStack()->undoText(), QStringLiteral("Import 1 source(s)"));
        dossier.undoStack()->undo();
        QCOMPARE(dossier.sources().count(), 0);
        QCOMPARE(removed.count(), 1);
        dossier.undoStack()->redo();
        QCOMPARE(dossier.sources().count(), 1);

        QVERIFY(dossier.removeSource(*id).ok());
        QCOMPARE(dossier.sources().count(), 0);
        QVERIFY(dossier.undoStack()->canRedo() == false);
        dossier.undoStack()->undo();
        QCOMPARE(dossier.sources().count(), 1);

        Source edited = *dossier.sources().get(*id);
        edited.title = QStringLiteral("Avis de la commission");
        edited.publisher = QStringLiteral("Le Journal");
        QVERIFY(dossier.updateSource(edited).ok());
        QCOMPARE(dossier.sources().get(*id)->title, QStringLiteral("Avis de la commission"));
        dossier.undoStack()->undo();
        QCOMPARE(dossier.sources().get(*id)->title, QStringLiteral("Article"));
        QCOMPARE(dossier.sources().get(*id)->publisher, QString());
        dossier.undoStack()->redo();
        QCOMPARE(dossier.sources().get(*id)->publisher, QStringLiteral("Le Journal"));

        QVERIFY(!dossier.removeSource(12345).ok());
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
