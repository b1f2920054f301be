// SPDX-License-Identifier: GPL-3.0-or-later
// A dossier received from someone else: objects planted in its schema never run, the file is
// refused untouched with their names, and a cleaned copy keeps everything of the user's.
#include "import/batchimport.h"
#include "storage/annotationstore.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/dossiercleaner.h"
#include "storage/schema.h"
#include "storage/sourcestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

// Plants with a plain SQLite connection, as whoever sent the file would have.
bool runSql(const QString &path, const QByteArray &sql, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    if (message)
        *error = QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

SourceDraft textDraft(const QString &title, const QString &text)
{
    SourceDraft draft;
    draft.source.title = title;
    draft.source.kind = SourceKind::Text;
    draft.source.origin = QStringLiteral("/enquete/") + title + QStringLiteral(".txt");
    draft.original = text.toUtf8();
    draft.text = text;
    return draft;
}

const QString NoteText = QStringLiteral("Vérifier la date de la nomination");

// A small dossier as a user leaves it: two sources, a tag, a noted annotation.
void buildDossier(const QString &path)
{
    auto opened = Dossier::open(path, Dossier::OpenMode::Create);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Dossier &dossier = **opened;
    SourceDraft first = textDraft(QStringLiteral("Avis"),
        QStringLiteral("La commission de déontologie a rendu un avis favorable avec réserves."));
    SourceDraft second = textDraft(
        QStringLiteral("Nomination"), QStringLiteral("Le directeur a rejoint le groupe privé en mars 2019."));
    const auto a = dossier.sources().insert(first);
    const auto b = dossier.sources().insert(second);
    QVERIFY(a.ok() && b.ok());
    Tag toCheck;
    toCheck.name = QStringLiteral("À vérifier");
    const auto tag = dossier.addTag(toCheck);
    QVERIFY2(tag.ok(), qPrintable(tag.error()));
    auto anchor = dossier.anchorForQuote(*a, QStringLiteral("avis favorable"));
    QVERIFY2(anchor.ok(), qPrintable(anchor.error()));
    Annotation annotation;
    annotation.anchor = *anchor;
    annotation.note = NoteText;
    annotation.tagIds = {*tag};
    const auto added = dossier.addAnnotation(annotation);
    QVERIFY2(added.ok(), qPrintable(added.error()));
}

} // namespace

class TestDossierSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plantedObjectsNeverRunAndTheFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("plant");
        QTest::addColumn<QString>("named");
        // The attack of the issue: rewrite the user's next note and delete a source.
        QTest::addRow("trigger") << QByteArray(
            "CREATE TRIGGER rewrite_notes AFTER INSERT ON annotations BEGIN "
            "UPDATE annotations SET note = 'pwned' WHERE id = new.id; "
            "DELETE FROM sources WHERE id = 2; END;")
                                 << QStringLiteral("trigger “rewrite_notes” on annotations");
        QTest::addRow("view") << QByteArray("CREATE VIEW everything AS SELECT * FROM sources;")
                              << QStringLiteral("view “everything”");
        QTest::addRow("table") << QByteArray("CREATE TABLE payload(x); INSERT INTO payload VALUES (1);")
                               << QStringLiteral("table “payload”");
        QTest::addRow("index") << QByteArray("CREATE INDEX sources_title ON sources(lower(title));")
                               << QStringLiteral("index “sources_title” on sources");
        // One of ours, with a statement of theirs added.
        QTest::addRow("modified-trigger-of-ours")
            << QByteArray(
                   "DROP TRIGGER annotations_ai; CREATE TRIGGER annotations_ai AFTER INSERT ON annotations "
                   "WHEN new.note <> '' BEGIN INSERT INTO note_index(body, kind, owner) VALUES (new.note, "
                   "'annotation', new.id); DELETE FROM sources WHERE id = 2; END;")
            << QStringLiteral("trigger “annotations_ai” on annotations (its definition was changed)");
    }

    void plantedObjectsNeverRunAndTheFileIsRefusedUntouched()
    {
        QFETCH(QByteArray, plant);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("recu.recoupe"));
        buildDossier(path);
        if (QTest::currentTestFailed())
            return;
        QString error;
        QVERIFY2(runSql(path, plant, &error), qPrintable(error));
        const QByteArray before = fileHash(path);

        auto opened = Dossier::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(named), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
        QVERIFY2(
            !opened.error().contains(QStringLiteral("not a Recoupe dossier")), qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);

        // The import worker opens its own connection: it refuses the file too, writes nothing.
        const QString article = dir.filePath(QStringLiteral("article.txt"));
        {
            QFile file(article);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Un article importé dans un dossier piégé.\n");
        }
        BatchImport batch(path);
        QSignalSpy finished(&batch, &BatchImport::finished);
        QVERIFY(batch.start({article}));
        QVERIFY(finished.wait(30000));
        const auto outcomes = finished.at(0).at(0).value<QVector<ImportOutcome>>();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.at(0).status, ImportOutcome::Status::Failed);
        QVERIFY2(outcomes.at(0).message.contains(named), qPrintable(outcomes.at(0).message));
        QCOMPARE(fileHash(path), before);

        // check's view of it, without trusting it either.
        const auto found = DossierCleaner::inspect(path);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QStringList described;
        for (const SchemaDifference &difference : *found)
            described.append(difference.describe());
        QVERIFY2(described.contains(named), qPrintable(described.join(QLatin1String(" | "))));
        QCOMPARE(fileHash(path), before);

        // The cleaned copy opens, holds all of the user's data, and nothing of theirs runs in it.
        const QString copy = dir.filePath(QStringLiteral("recu.cleaned.recoupe"));
        const auto cleaned = DossierCleaner::cleanCopy(path, copy);
        QVERIFY2(cleaned.ok(), qPrintable(cleaned.error()));
        QCOMPARE(fileHash(path), before);
        // Every row of every table of ours is in the copy, as in the original.
        {
            auto original = Database::open(path, Database::Mode::ReadOnly);
            auto copied = Database::open(copy, Database::Mode::ReadOnly);
            QVERIFY(original.ok() && copied.ok());
            const auto expected = Schema::expectedObjects(Schema::CurrentVersion);
            QVERIFY(expected.ok());
            int tables = 0;
            for (const SchemaObject &object : *expected) {
                if (object.type != QLatin1String("table")
                    || object.sql.startsWith(QLatin1String("CREATE VIRTUAL"))
                    || Schema::isShadowTable(object.name, *expected))
                    continue;
                const QByteArray count = "SELECT count(*) FROM \"" + object.name.toUtf8() + '"';
                QCOMPARE((*copied)->scalar(count.constData()), (*original)->scalar(count.constData()));
                ++tables;
            }
            QVERIFY(tables >= 10);
            QCOMPARE((*copied)->scalar("SELECT count(*) FROM annotation_tags"), 1);
        }
        auto reopened = Dossier::open(copy);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        Dossier &dossier = **reopened;
        QCOMPARE(dossier.sources().count(), 2);
        const QVector<Annotation> annotations = dossier.annotations().forSource(1);
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.at(0).note, NoteText);
        QCOMPARE(annotations.at(0).tagIds.size(), 1);
        Database &db = dossier.database();
        QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_schema WHERE name IN ('rewrite_notes', 'everything', "
                           "'payload', 'sources_title')"),
            0);
        // The search indexes were rebuilt from the rows: text and notes are found.
        QCOMPARE(db.scalar("SELECT count(*) FROM text_index WHERE text_index MATCH 'deontologie'"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM note_index WHERE note_index MATCH 'nomination'"), 1);

        // A new note stays as written and no source goes.
        auto anchor = dossier.anchorForQuote(2, QStringLiteral("groupe privé"));
        QVERIFY2(anchor.ok(), qPrintable(anchor.error()));
        Annotation annotation;
        annotation.anchor = *anchor;
        annotation.note = QStringLiteral("Pantouflage ?");
        const auto added = dossier.addAnnotation(annotation);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(dossier.annotations().get(*added)->note, QStringLiteral("Pantouflage ?"));
        QCOMPARE(dossier.sources().count(), 2);
    }

    void aDossierOfOursIsNotFlagged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("propre.recoupe"));
        buildDossier(path);
        const auto found = DossierCleaner::inspect(path);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY2(found->isEmpty(), qPrintable(found->isEmpty() ? QString() : found->at(0).describe()));
        for (int version = 1; version <= Schema::CurrentVersion; ++version)
            QVERIFY(Schema::expectedObjects(version).ok());
    }

    void untrustedConnectionsRunNoSchemaFunctions()
    {
        // Before the schema is checked, SQLite refuses to run anything of the schema's that is
        // not harmless (trusted_schema off); inspect() trusts it after. Whether our own FTS5
        // triggers count as harmless depends on SQLite: 3.40 (Debian 12) refuses them, 3.46
        // (Debian 13) marks FTS5 innocuous and runs them, so the refusal is checked on the first only.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.recoupe"));
        buildDossier(path);
        auto opened = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY(opened.ok());
        Database &db = **opened;
        QVERIFY(!db.isSchemaTrusted());
        QVERIFY(db.scalar("PRAGMA cell_size_check") == 1);
        QCOMPARE(db.scalar("PRAGMA trusted_schema"), qint64(0));
        if (sqlite3_libversion_number() < 3041000)
            QVERIFY(!db.exec("INSERT INTO text_chunks(source_id, start, body) VALUES (1, 9999, 'x')").ok());
        QVERIFY(Schema::inspect(db).ok());
        QVERIFY(db.isSchemaTrusted());
        QCOMPARE(db.scalar("PRAGMA trusted_schema"), qint64(1));
    }

    void aTruncatedDossierIsCalledDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("coupe.recoupe"));
        buildDossier(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        const QByteArray before = fileHash(path);
        auto opened = Dossier::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(QStringLiteral("is damaged")), qPrintable(opened.error()));
        QVERIFY2(
            !opened.error().contains(QStringLiteral("not a Recoupe dossier")), qPrintable(opened.error()));
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDossierSafety)
#include "tst_dossiersafety.moc"
