// SPDX-License-Identifier: GPL-3.0-or-later
// Every change to a dossier is an undoable command. Each test checks it the way a user meets it:
// do, see it; undo, see it gone and redo possible; redo, see it back identical.
#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Recoupe;

class TestCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Dossier> m_dossier;
    qint64 m_sourceId = 0;
    int m_count = 0;

    Dossier &dossier() { return *m_dossier; }
    QUndoStack *stack() { return m_dossier->undoStack(); }

    qint64 highlight(const QString &quote, const QVector<qint64> &tags = {})
    {
        const auto anchor = dossier().anchorForQuote(m_sourceId, quote);
        if (!anchor)
            return 0;
        Annotation annotation;
        annotation.anchor = *anchor;
        annotation.tagIds = tags;
        const auto id = dossier().addAnnotation(annotation);
        return id ? *id : 0;
    }

    qint64 entity(const QString &type, const QString &name)
    {
        Entity e;
        e.type = type;
        e.name = name;
        const auto id = dossier().addEntity(e);
        return id ? *id : 0;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto opened = Dossier::open(
            m_dir.filePath(QStringLiteral("c%1.recoupe").arg(++m_count)), Dossier::OpenMode::Create);
        QVERIFY(opened.ok());
        m_dossier = std::move(opened).value();
        SourceDraft draft;
        draft.source.title = QStringLiteral("Avis");
        draft.text
            = QStringLiteral("La commission de déontologie a rendu un avis de compatibilité assorti de "
                             "réserves. Le directeur rejoindra Amazon le 7 mai 2018. Il devra s’abstenir "
                             "de tout contact avec son ancienne direction jusqu’au 23 avril 2021.");
        draft.original = draft.text.toUtf8();
        const auto id = dossier().sources().insert(draft);
        QVERIFY(id.ok());
        m_sourceId = *id;
    }

    void cleanup() { m_dossier.reset(); }

    void highlightUndoRedo()
    {
        QSignalSpy added(&dossier(), &Dossier::annotationAdded);
        QSignalSpy removed(&dossier(), &Dossier::annotationRemoved);
        const qint64 id = highlight(QStringLiteral("assorti de réserves"));
        QVERIFY(id);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().at(0).toLongLong(), m_sourceId);
        QCOMPARE(stack()->undoText(), QStringLiteral("Highlight"));
        const Annotation original = *dossier().annotations().get(id);
        QCOMPARE(original.anchor.exact, QStringLiteral("assorti de réserves"));

        stack()->undo();
        QVERIFY(!dossier().annotations().get(id));
        QCOMPARE(dossier().database().scalar("SELECT count(*) FROM anchors"), 0);
        QCOMPARE(removed.count(), 1);
        QVERIFY(stack()->canRedo());

        stack()->redo();
        const auto back = dossier().annotations().get(id);
        QVERIFY(back);
        QCOMPARE(back->anchor, original.anchor);
        QCOMPARE(back->created, original.created);
        QCOMPARE(back->color, original.color);
    }

    void deletingAHighlightKeepsItsLinksForUndo()
    {
        const auto tag = dossier().addTag(Tag {0, 0, QStringLiteral("Réserves"), QColor(Qt::red), {}, 0, 0});
        QVERIFY(tag.ok());
        const qint64 id = highlight(QStringLiteral("assorti de réserves"), {*tag});
        Claim claim;
        claim.text = QStringLiteral("La commission a émis des réserves.");
        claim.evidenceIds = {id};
        const auto claimId = dossier().addClaim(claim);
        QVERIFY(claimId.ok());
        const qint64 a = entity(QStringLiteral("Person"), QStringLiteral("Le directeur"));
        const qint64 b = entity(QStringLiteral("Company"), QStringLiteral("Amazon"));
        Relationship r;
        r.type = QStringLiteral("Employment");
        r.fromId = a;
        r.toId = b;
        r.evidenceIds = {id};
        const auto relId = dossier().addRelationship(r);
        QVERIFY2(relId.ok(), qPrintable(relId.error()));

        QVERIFY(dossier().removeAnnotation(id).ok());
        QVERIFY(dossier().claims().get(*claimId)->evidenceIds.isEmpty());
        QVERIFY(dossier().relationships().get(*relId)->evidenceIds.isEmpty());
        stack()->undo();
        const auto back = dossier().annotations().get(id);
        QVERIFY(back);
        QCOMPARE(back->tagIds, QVector<qint64> {*tag});
        QCOMPARE(dossier().claims().get(*claimId)->evidenceIds, QVector<qint64> {id});
        QCOMPARE(dossier().relationships().get(*relId)->evidenceIds, QVector<qint64> {id});
    }

    void noteTypingIsOneUndoStep()
    {
        const qint64 id = highlight(QStringLiteral("7 mai 2018"));
        const int before = stack()->count();
        QString note;
        for (const QChar c : QStringLiteral("Date clé")) {
            note += c;
            QVERIFY(dossier().setAnnotationNote(id, note).ok());
        }
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(dossier().annotations().get(id)->note, QStringLiteral("Date clé"));
        stack()->undo();
        QCOMPARE(dossier().annotations().get(id)->note, QString());
        stack()->redo();
        QCOMPARE(dossier().annotations().get(id)->note, QStringLiteral("Date clé"));
    }

    void colorAndTagsUndo()
    {
        const qint64 id = highlight(QStringLiteral("Amazon"));
        const auto tag = dossier().addTag(Tag {0, 0, QStringLiteral("Date clé"), QColor(Qt::blue), {}, 0, 0});
        QVERIFY(dossier().setAnnotationColor(id, QColor(QStringLiteral("#81c784"))).ok());
        QVERIFY(dossier().setAnnotationTags(id, {*tag}).ok());
        QCOMPARE(stack()->undoText(), QStringLiteral("Tag highlight"));
        stack()->undo();
        QVERIFY(dossier().annotations().get(id)->tagIds.isEmpty());
        QCOMPARE(dossier().annotations().get(id)->color, QColor(QStringLiteral("#81c784")));
        stack()->undo();
        QCOMPARE(dossier().annotations().get(id)->color, Annotation().color);
        QVERIFY(!dossier().setAnnotationTags(id, {4242}).ok());
    }

    void codebookEditsUndo()
    {
        const auto root
            = dossier().addTag(Tag {0, 0, QStringLiteral("Commission"), QColor(Qt::red), {}, 0, 0});
        const auto child
            = dossier().addTag(Tag {0, *root, QStringLiteral("Réserves"), QColor(Qt::red), {}, 0, 0});
        QVERIFY(root.ok() && child.ok());
        QCOMPARE(dossier().tags().path(*child), QStringLiteral("Commission/Réserves"));
        QVERIFY(!dossier().addTag(Tag {0, *root, QStringLiteral("Réserves"), QColor(), {}, 0, 0}).ok());

        Tag renamed = *dossier().tags().get(*child);
        renamed.name = QStringLiteral("Réserves émises");
        QVERIFY(dossier().updateTag(renamed).ok());
        QCOMPARE(stack()->undoText(), QStringLiteral("Rename tag “Réserves”"));
        stack()->undo();
        QCOMPARE(dossier().tags().get(*child)->name, QStringLiteral("Réserves"));
        stack()->redo();

        Tag moved = *dossier().tags().get(*child);
        moved.parentId = 0;
        QVERIFY(dossier().updateTag(moved).ok());
        QCOMPARE(dossier().tags().path(*child), QStringLiteral("Réserves émises"));
        stack()->undo();
        QCOMPARE(dossier().tags().path(*child), QStringLiteral("Commission/Réserves émises"));

        Tag loop = *dossier().tags().get(*root);
        loop.parentId = *child;
        QVERIFY(!dossier().updateTag(loop).ok()); // a tag cannot go under its own child

        // Removing a tag removes its subtree and links; undo restores all of it.
        const qint64 annotation = highlight(QStringLiteral("réserves"), {*child});
        QVERIFY(dossier().removeTag(*root).ok());
        QVERIFY(!dossier().tags().get(*child));
        QVERIFY(dossier().annotations().get(annotation)->tagIds.isEmpty());
        stack()->undo();
        QCOMPARE(dossier().tags().path(*child), QStringLiteral("Commission/Réserves émises"));
        QCOMPARE(dossier().annotations().get(annotation)->tagIds, QVector<qint64> {*child});
        QCOMPARE(dossier().tags().get(*child)->useCount, 1);
    }

    void tagPathIsCreatedInOneStep()
    {
        const int before = stack()->count();
        const auto id = dossier().ensureTagPath(QStringLiteral("Acteurs/Entreprises/Cloud"));
        QVERIFY(id.ok());
        QCOMPARE(stack()->count(), before + 1);
        QCOMPARE(dossier().tags().path(*id), QStringLiteral("Acteurs/Entreprises/Cloud"));
        QCOMPARE(*dossier().ensureTagPath(QStringLiteral("Acteurs/Entreprises/Cloud")), *id); // no duplicate
        stack()->undo();
        QVERIFY(dossier().tags().all().isEmpty());
    }

    void mergingTagsIsOneUndoStep()
    {
        const auto a = dossier().addTag(Tag {0, 0, QStringLiteral("Réserve"), QColor(Qt::red), {}, 0, 0});
        const auto b = dossier().addTag(Tag {0, 0, QStringLiteral("Réserves"), QColor(Qt::red), {}, 0, 0});
        const auto sub = dossier().addTag(Tag {0, *a, QStringLiteral("Durée"), QColor(Qt::red), {}, 0, 0});
        const qint64 onlyA = highlight(QStringLiteral("assorti"), {*a});
        const qint64 both = highlight(QStringLiteral("Amazon"), {*a, *b});
        QVERIFY(dossier().mergeTags(*a, *b).ok());
        QCOMPARE(stack()->undoText(), QStringLiteral("Merge tag “Réserve” into “Réserves”"));
        QVERIFY(!dossier().tags().get(*a));
        QCOMPARE(dossier().annotations().get(onlyA)->tagIds, QVector<qint64> {*b});
        QCOMPARE(dossier().annotations().get(both)->tagIds, QVector<qint64> {*b});
        QCOMPARE(dossier().tags().path(*sub), QStringLiteral("Réserves/Durée"));
        stack()->undo();
        QCOMPARE(dossier().annotations().get(onlyA)->tagIds, QVector<qint64> {*a});
        QCOMPARE(dossier().annotations().get(both)->tagIds, (QVector<qint64> {*a, *b}));
        QCOMPARE(dossier().tags().path(*sub), QStringLiteral("Réserve/Durée"));
        stack()->redo();
        QCOMPARE(dossier().tags().path(*sub), QStringLiteral("Réserves/Durée"));
        QVERIFY(!dossier().mergeTags(*b, *b).ok());
    }

    void claimsUndo()
    {
        const qint64 evidence = highlight(QStringLiteral("jusqu’au 23 avril 2021"));
        const qint64 speaker
            = entity(QStringLiteral("PublicBody"), QStringLiteral("Commission de déontologie"));
        Claim claim;
        claim.text = QStringLiteral("Le départ est encadré par des réserves jusqu’en 2021.");
        claim.evidenceIds = {evidence};
        claim.speakerId = speaker;
        claim.stance = Claim::Stance::Asserts;
        const auto id = dossier().addClaim(claim);
        QVERIFY(id.ok());
        Claim changed = *dossier().claims().get(*id);
        changed.status = Claim::Status::Supported;
        QVERIFY(dossier().updateClaim(changed).ok());
        QCOMPARE(stack()->undoText(), QStringLiteral("Change claim status"));
        stack()->undo();
        QCOMPARE(dossier().claims().get(*id)->status, Claim::Status::ToVerify);
        stack()->redo();
        QVERIFY(dossier().removeClaim(*id).ok());
        QVERIFY(!dossier().claims().get(*id));
        stack()->undo();
        const auto back = dossier().claims().get(*id);
        QVERIFY(back);
        QCOMPARE(back->status, Claim::Status::Supported);
        QCOMPARE(back->speakerId, speaker);
        QCOMPARE(back->stance, Claim::Stance::Asserts);
        QCOMPARE(back->evidenceIds, QVector<qint64> {evidence});
        QVERIFY(!dossier().addClaim(Claim()).ok()); // a claim needs a statement
    }

    void entitiesAndRelationshipsUndo()
    {
        const qint64 person = entity(QStringLiteral("Person"), QStringLiteral("Le directeur"));
        const qint64 company = entity(QStringLiteral("Company"), QStringLiteral("Amazon Web Services"));
        QVERIFY(person && company);
        QVERIFY(!dossier()
                     .addEntity(Entity {0, QStringLiteral("Alien"), QStringLiteral("X"), {}, {}, {}, {}})
                     .ok());
        Entity renamed = *dossier().entities().get(company);
        renamed.aliases = {QStringLiteral("AWS"), QStringLiteral("Amazon")};
        QVERIFY(dossier().updateEntity(renamed).ok());
        QCOMPARE(dossier().entities().findByName(QStringLiteral("aws")).size(), 1);

        const qint64 evidence = highlight(QStringLiteral("rejoindra Amazon le 7 mai 2018"));
        Relationship r;
        r.type = QStringLiteral("Employment");
        r.fromId = person;
        r.toId = company;
        r.role = QStringLiteral("architecte solutions cloud");
        r.start = PartialDate::day(2018, 5, 7);
        r.evidenceIds = {evidence};
        const auto relId = dossier().addRelationship(r);
        QVERIFY2(relId.ok(), qPrintable(relId.error()));
        QCOMPARE(dossier().relationships().get(*relId)->start, PartialDate::day(2018, 5, 7));

        Relationship bad = r;
        bad.end = PartialDate::year(2017);
        QVERIFY(!dossier().addRelationship(bad).ok()); // ends before it starts
        bad = r;
        bad.type = QStringLiteral("Friendship");
        QVERIFY(!dossier().addRelationship(bad).ok());

        Claim claim;
        claim.text = QStringLiteral("Le directeur part chez Amazon.");
        claim.speakerId = company;
        claim.subjectIds = {person};
        const auto claimId = dossier().addClaim(claim);
        QVERIFY(claimId.ok());

        // Deleting an entity takes its relationships and claim links; undo brings all back.
        Mention mention;
        mention.entityId = person;
        mention.anchor = *dossier().anchorForQuote(m_sourceId, QStringLiteral("Le directeur"));
        QVERIFY(dossier().entities().addMention(mention).ok());
        QSignalSpy relRemoved(&dossier(), &Dossier::relationshipRemoved);
        QVERIFY(dossier().removeEntity(company).ok());
        QVERIFY(!dossier().relationships().get(*relId));
        QCOMPARE(relRemoved.count(), 1);
        QCOMPARE(dossier().claims().get(*claimId)->speakerId, 0);
        stack()->undo();
        QCOMPARE(dossier().relationships().get(*relId)->role, QStringLiteral("architecte solutions cloud"));
        QCOMPARE(dossier().relationships().get(*relId)->evidenceIds, QVector<qint64> {evidence});
        QCOMPARE(dossier().claims().get(*claimId)->speakerId, company);
        QCOMPARE(dossier().entities().get(company)->aliases,
            (QStringList {QStringLiteral("AWS"), QStringLiteral("Amazon")}));

        QVERIFY(dossier().removeEntity(person).ok());
        QVERIFY(dossier().entities().mentions(person).isEmpty());
        QCOMPARE(dossier().claims().get(*claimId)->subjectIds, QVector<qint64> {});
        stack()->undo();
        QCOMPARE(dossier().entities().mentions(person).size(), 1);
        QCOMPARE(dossier().claims().get(*claimId)->subjectIds, QVector<qint64> {person});

        Relationship edited = *dossier().relationships().get(*relId);
        edited.end = PartialDate::month(2021, 4);
        QVERIFY(dossier().updateRelationship(edited).ok());
        stack()->undo();
        QVERIFY(dossier().relationships().get(*relId)->end.isNull());
        QVERIFY(dossier().removeRelationship(*relId).ok());
        stack()->undo();
        QVERIFY(dossier().relationships().get(*relId));
    }

    void dictionaryWordsUndo()
    {
        QSignalSpy changed(&dossier(), &Dossier::dictionaryChanged);
        QVERIFY(dossier().addDictionaryWord(QStringLiteral("fr"), QStringLiteral("Jeandron")).ok());
        QCOMPARE(stack()->undoText(), QStringLiteral("Add “Jeandron” to the dictionary"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            dossier().database().scalar("SELECT count(*) FROM dictionary_words WHERE word = 'Jeandron'"), 1);
        stack()->undo();
        QCOMPARE(dossier().database().scalar("SELECT count(*) FROM dictionary_words"), 0);
        QCOMPARE(changed.count(), 2);
        stack()->redo();
        QCOMPARE(dossier().database().scalar("SELECT count(*) FROM dictionary_words"), 1);
        // A word already there is not a second step.
        const int steps = stack()->count();
        QVERIFY(dossier().addDictionaryWord(QStringLiteral("fr"), QStringLiteral("Jeandron")).ok());
        QCOMPARE(stack()->count(), steps);
        QVERIFY(!dossier().addDictionaryWord(QStringLiteral("fr"), QStringLiteral("  ")).ok());
    }

    void everyChangeIsOneTransactionOnDisk()
    {
        // A second connection sees each change as soon as the intent returns: nothing waits for
        // a "save", and a crash right after loses nothing.
        const qint64 id = highlight(QStringLiteral("déontologie"));
        auto other = Database::open(dossier().path(), Database::Mode::ReadOnly);
        QVERIFY(other.ok());
        QCOMPARE((*other)->scalar("SELECT count(*) FROM annotations"), 1);
        QVERIFY(dossier().setAnnotationNote(id, QStringLiteral("à vérifier")).ok());
        Statement note = (*other)->prepare("SELECT note FROM annotations");
        QVERIFY(note.next());
        QCOMPARE(note.text(0), QStringLiteral("à vérifier"));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
