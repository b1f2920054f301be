// SPDX-License-Identifier: GPL-3.0-or-later
// People and institutions: what the suggester offers on the five seed articles, what accepting,
// rejecting, renaming and merging do (and undo), and the dates read from evidence.
#include "entities/entityedits.h"
#include "entities/entityjson.h"
#include "entities/entitysuggester.h"
#include "entities/evidencedates.h"
#include "entities/mentionfinder.h"
#include "entities/namekey.h"
#include "entities/relationshipdates.h"
#include "entities/suggestionreview.h"
#include "import/sourceimporter.h"
#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"

#include <QDir>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Recoupe;

namespace {

// The suggestion that carries all of `names` (as its name or aliases), or nullptr.
const EntitySuggestion *findSuggestion(const QVector<EntitySuggestion> &list, const QStringList &names)
{
    for (const EntitySuggestion &s : list) {
        QSet<QString> keys {NameKey::key(s.name)};
        for (const QString &alias : s.aliases)
            keys.insert(NameKey::key(alias));
        bool all = true;
        for (const QString &name : names)
            all = all && keys.contains(NameKey::key(name));
        if (all)
            return &s;
    }
    return nullptr;
}

QStringList seedFiles()
{
    const QDir seeds(QStringLiteral(RECOUPE_SEEDS));
    QStringList files;
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(seeds.filePath(name));
    return files;
}

// Precision and recall of the suggestions against a hand-written list of the people and
// institutions a text names. A suggestion is right when one of its names is a name of a listed
// entity of its class (a person typed Person, an institution typed anything else).
struct Score
{
    double precision = 0;
    double peopleRecall = 0;
    double institutionRecall = 0;
    QStringList wrong; // suggestions not in the list, or of the wrong class
    QStringList missed; // listed entities no suggestion names with the right class
};

Score scoreAgainst(const QVector<EntitySuggestion> &list, const QString &goldPath)
{
    struct Gold
    {
        bool person;
        QSet<QString> keys;
        QString name;
    };
    QVector<Gold> gold;
    QFile file(goldPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(QLatin1Char('\t'));
        Gold g {fields.takeFirst() == QLatin1String("person"), {}, fields.first()};
        for (const QString &name : std::as_const(fields))
            g.keys.insert(NameKey::key(name));
        gold.append(g);
    }
    Score score;
    QVector<bool> found(gold.size(), false);
    int right = 0;
    for (const EntitySuggestion &s : list) {
        QSet<QString> keys {NameKey::key(s.name)};
        for (const QString &alias : s.aliases)
            keys.insert(NameKey::key(alias));
        const bool person = s.type == QLatin1String("Person");
        bool matched = false;
        for (int g = 0; g < gold.size(); ++g) {
            if (gold.at(g).person == person && gold.at(g).keys.intersects(keys)) {
                found[g] = true;
                matched = true;
            }
        }
        if (matched)
            ++right;
        else
            score.wrong.append(s.type + QLatin1Char(' ') + s.name);
    }
    int people = 0, peopleFound = 0, institutions = 0, institutionsFound = 0;
    for (int g = 0; g < gold.size(); ++g) {
        (gold.at(g).person ? people : institutions) += 1;
        (gold.at(g).person ? peopleFound : institutionsFound) += found.at(g) ? 1 : 0;
        if (!found.at(g))
            score.missed.append(gold.at(g).name);
    }
    score.precision = list.isEmpty() ? 0 : double(right) / list.size();
    score.peopleRecall = people ? double(peopleFound) / people : 1;
    score.institutionRecall = institutions ? double(institutionsFound) / institutions : 1;
    return score;
}

} // namespace

class TestEntities : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Dossier> m_dossier;
    QVector<qint64> m_seedIds;

    Dossier &dossier() { return *m_dossier; }
    QUndoStack *stack() { return m_dossier->undoStack(); }

    qint64 addSource(const QString &title, const QString &text, const QString &published = QString())
    {
        SourceDraft draft;
        draft.source.title = title;
        draft.source.kind = SourceKind::Text;
        draft.source.published = published;
        draft.source.language = QStringLiteral("fr");
        draft.text = text;
        draft.original = text.toUtf8();
        const auto id = dossier().sources().insert(draft);
        return id ? *id : 0;
    }

    void importSeeds()
    {
        m_seedIds.clear();
        for (const QString &path : seedFiles()) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            const qint64 id = addSource(QFileInfo(path).completeBaseName(), text);
            QVERIFY(id);
            m_seedIds.append(id);
        }
        QCOMPARE(m_seedIds.size(), 5);
    }

    QVector<EntitySuggestion> suggest()
    {
        const auto list = EntitySuggester::suggest(dossier().database());
        return list ? *list : QVector<EntitySuggestion>();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto opened = Dossier::open(
            m_dir.filePath(QStringLiteral("e%1.recoupe").arg(++m_count)), Dossier::OpenMode::Create);
        QVERIFY(opened.ok());
        m_dossier = std::move(opened).value();
    }

    void cleanup() { m_dossier.reset(); }

    void seedsSuggestThePeopleAndInstitutionsOfTheCase_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("type");
        QTest::addRow("central official") << QStringList {QStringLiteral("Mathieu Jeandron")} << "Person";
        QTest::addRow("minister") << QStringList {QStringLiteral("Jean-Michel Blanquer")} << "Person";
        QTest::addRow("senator") << QStringList {QStringLiteral("Catherine Morin-Desailly")} << "Person";
        QTest::addRow("successor") << QStringList {QStringLiteral("Jean-Marc Merriaux")} << "Person";
        QTest::addRow("ethics commission")
            << QStringList {QStringLiteral("commission de déontologie de la fonction publique")}
            << "PublicBody";
        QTest::addRow("digital directorate")
            << QStringList {QStringLiteral("Direction du numérique pour l'éducation"), QStringLiteral("DNE")}
            << "PublicBody";
        QTest::addRow("ministry") << QStringList {QStringLiteral("ministère de l'Éducation nationale")}
                                  << "PublicBody";
        QTest::addRow("cloud company")
            << QStringList {QStringLiteral("Amazon Web Services"), QStringLiteral("AWS")} << "Company";
        QTest::addRow("its group, apart") << QStringList {QStringLiteral("Amazon")} << "Company";
        QTest::addRow("institution after an article")
            << QStringList {QStringLiteral("Syntec numérique")} << "Organization";
        QTest::addRow("company after its cue") << QStringList {QStringLiteral("Unowhy")} << "Company";
        QTest::addRow("museum, not a truncated name")
            << QStringList {QStringLiteral("musée Rodin")} << "Organization";
        QTest::addRow("minister by surname") << QStringList {QStringLiteral("Montchalin")} << "Person";
        QTest::addRow("another, listed before") << QStringList {QStringLiteral("Lemaire")} << "Person";
        QTest::addRow("data protection authority, from its bracketed expansion")
            << QStringList {QStringLiteral("Cnil"),
                   QStringLiteral("Commission nationale de l'informatique et des libertés")}
            << "PublicBody";
    }

    void seedsSuggestThePeopleAndInstitutionsOfTheCase()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, type);
        importSeeds();
        const auto list = suggest();
        const EntitySuggestion *found = findSuggestion(list, names);
        QVERIFY2(found, qPrintable(names.join(QStringLiteral(" / "))));
        QCOMPARE(found->type, type);
        QVERIFY(found->mentions >= 1);
        QCOMPARE(found->mentions, int(found->occurrences.size()));
        for (const SuggestedMention &m : found->occurrences) {
            QVERIFY(found->sourceIds.contains(m.sourceId));
            // Every occurrence really is one of the suggestion's names, as written in the source.
            const QString written = dossier().sources().textRange(m.sourceId, m.start, m.end);
            QStringList all = found->aliases;
            all.append(found->name);
            bool named = false;
            for (const QString &n : all)
                named = named || NameKey::key(n) == NameKey::key(written);
            QVERIFY2(named, qPrintable(written));
        }
    }

    // Held against the hand-written list of the seeds' people and institutions: every person
    // found and typed Person, institutions found at least as well as before, and a list with less
    // noise to review (categories, code words, Title Case phrases). Figures before this test's
    // fixes: precision 0.78, people 0.82 (ministers named by surname typed Organization, a person
    // named in the comments left out), institutions 0.75; after: 0.93, 1.00, 0.90.
    void seedSuggestionsAgainstTheirGoldList()
    {
        importSeeds();
        const Score score
            = scoreAgainst(suggest(), QStringLiteral(RECOUPE_TEST_DATA "/entities/seeds-gold.tsv"));
        qInfo("precision %.2f, people recall %.2f, institution recall %.2f", score.precision,
            score.peopleRecall, score.institutionRecall);
        qInfo("wrong: %s", qPrintable(score.wrong.join(QStringLiteral(", "))));
        qInfo("missed: %s", qPrintable(score.missed.join(QStringLiteral(", "))));
        QCOMPARE(score.peopleRecall, 1.0);
        QVERIFY(score.institutionRecall >= 0.75);
        QVERIFY2(score.precision >= 0.78 + 0.12, qPrintable(score.wrong.join(QStringLiteral(", "))));
    }

    // A packaging manual is full of capitalized jargon (Makefile, Build-Depends, DESTDIR, README,
    // SONAME, Perl) and Title Case headings: hardly any of it is an institution. Before: 105
    // suggestions typed as institutions; after: 11 (Free Software Foundation and Debian QA Group
    // among them).
    void aTechnicalManualSuggestsFewInstitutions()
    {
        const QString path = QStringLiteral(RECOUPE_MAINT_GUIDE_PDF);
        QVERIFY2(QFile::exists(path), qPrintable(path + QStringLiteral(" is missing: run scripts/setup")));
        SourceImporter importer(dossier().database());
        const ImportOutcome outcome = importer.importFile(path);
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        const auto list = suggest();
        QStringList institutions;
        for (const EntitySuggestion &s : list) {
            if (s.type != QLatin1String("Person"))
                institutions.append(s.name);
        }
        qInfo("%d suggestions, %d institutions: %s", int(list.size()), int(institutions.size()),
            qPrintable(institutions.join(QStringLiteral(", "))));
        for (const char *jargon : {"Makefile", "Build-Depends", "DESTDIR", "README", "SONAME", "Perl"})
            QVERIFY2(!institutions.contains(QLatin1String(jargon)), jargon);
        QVERIFY2(institutions.size() <= 12, qPrintable(institutions.join(QStringLiteral(", "))));
    }

    void theCentralOfficialIsNamedInThreeArticlesAndRanksHigh()
    {
        importSeeds();
        const auto list = suggest();
        const EntitySuggestion *jeandron = findSuggestion(list, {QStringLiteral("Mathieu Jeandron")});
        QVERIFY(jeandron);
        QCOMPARE(jeandron->sourceIds, (QVector<qint64> {m_seedIds[0], m_seedIds[2], m_seedIds[3]}));
        QVERIFY(jeandron->mentions >= 10);
        QVERIFY(jeandron - list.constData() < 10);
    }

    void sentenceInitialWordsAndCommenterPseudonymsDoNotFloodTheList()
    {
        importSeeds();
        const auto list = suggest();
        QVERIFY2(list.size() < 100, qPrintable(QString::number(list.size())));

        // Words that open a line or a sentence in the seeds and are written in lower case elsewhere
        // in them ("Dans", "Hasard", "Cette", "Mais"…) are ordinary words, not names.
        QString all;
        for (const QString &path : seedFiles()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            all += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
        }
        const QRegularExpression opening(QStringLiteral("(?:^|[.!?]\\s+)(\\p{Lu}\\p{Ll}+)\\b"),
            QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
        QSet<QString> ordinary;
        for (auto it = opening.globalMatch(all); it.hasNext();) {
            const QString word = it.next().captured(1);
            if (all.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word.toLower()))))
                ordinary.insert(word);
        }
        QVERIFY(ordinary.contains(QStringLiteral("Dans")));
        QVERIFY(ordinary.contains(QStringLiteral("Hasard")));
        for (const EntitySuggestion &s : list)
            QVERIFY2(!ordinary.contains(s.name), qPrintable(s.name));

        // Commenters sign "X a écrit :" and answer "@X".
        const QStringList pseudonyms = {QStringLiteral("CryoGen"), QStringLiteral("crocodudule"),
            QStringLiteral("hansi"), QStringLiteral("Zerdligham"), QStringLiteral("Patch"),
            QStringLiteral("ProFesseur Onizuka"), QStringLiteral("trOmAtism")};
        for (const QString &pseudonym : pseudonyms)
            QVERIFY2(!findSuggestion(list, {pseudonym}), qPrintable(pseudonym));

        // Names read only in readers' comments rank below the article's people and institutions.
        const EntitySuggestion *merriaux = findSuggestion(list, {QStringLiteral("Jean-Marc Merriaux")});
        const EntitySuggestion *latombe = findSuggestion(list, {QStringLiteral("Philippe Latombe")});
        QVERIFY(merriaux && latombe);
        QVERIFY(findSuggestion(list, {QStringLiteral("Mathieu Jeandron")})->score > latombe->score);
    }

    void englishTextsToo()
    {
        const qint64 id = addSource(QStringLiteral("English"),
            QStringLiteral(
                "Senator Jane Whitfield questioned the Department of Education about its contract with "
                "Amazon "
                "Web Services (AWS). Mr. Okonkwo, the department's former director of technology, joined "
                "Amazon's public sector team in May 2018.\n\nThe Ministry of Defence declined to comment. "
                "According to the Electronic Frontier Foundation, Whitfield's questions were fair. Amazon "
                "did "
                "not answer. The senator said AWS had hosted the data since 2016."));
        QVERIFY(id);
        const auto list = suggest();
        const EntitySuggestion *senator = findSuggestion(list, {QStringLiteral("Jane Whitfield")});
        QVERIFY(senator);
        QCOMPARE(senator->type, QStringLiteral("Person"));
        QVERIFY2(findSuggestion(list, {QStringLiteral("Jane Whitfield"), QStringLiteral("Whitfield")}),
            "the surname alone belongs with the full name");
        const EntitySuggestion *department
            = findSuggestion(list, {QStringLiteral("Department of Education")});
        QVERIFY(department);
        QCOMPARE(department->type, QStringLiteral("PublicBody"));
        QVERIFY(findSuggestion(list, {QStringLiteral("Ministry of Defence")}));
        const EntitySuggestion *aws
            = findSuggestion(list, {QStringLiteral("Amazon Web Services"), QStringLiteral("AWS")});
        QVERIFY2(aws, "acronym and expansion are one company");
        QCOMPARE(aws->type, QStringLiteral("Company"));
        // The group and its subsidiary are two entities to link, not two names of one.
        const EntitySuggestion *amazon = findSuggestion(list, {QStringLiteral("Amazon")});
        QVERIFY(amazon && amazon != aws);
        QVERIFY(findSuggestion(list, {QStringLiteral("Okonkwo")}));
        QVERIFY(findSuggestion(list, {QStringLiteral("Electronic Frontier Foundation")}));
        QVERIFY(!findSuggestion(list, {QStringLiteral("According")}));
        QVERIFY(!findSuggestion(list, {QStringLiteral("May")}));
    }

    void elidedFormsAndParticles()
    {
        addSource(QStringLiteral("Élisions"),
            QStringLiteral(
                "Le rapport de l’Afinef cite d’abord Soazig Le Nevé, puis l'Inspection générale de "
                "l'éducation. Selon l’Afinef, la présidente de la Cnil, Isabelle Falque-Pierrotin, "
                "a répondu. Charles de Gaulle n'y est pour rien."));
        const auto list = suggest();
        QVERIFY(findSuggestion(list, {QStringLiteral("Afinef")}));
        QVERIFY(findSuggestion(list, {QStringLiteral("Soazig Le Nevé")}));
        QVERIFY(findSuggestion(list, {QStringLiteral("Charles de Gaulle")}));
        QVERIFY(findSuggestion(list, {QStringLiteral("Inspection générale de l'éducation")}));
        const EntitySuggestion *president
            = findSuggestion(list, {QStringLiteral("Isabelle Falque-Pierrotin")});
        QVERIFY(president);
        QCOMPARE(president->type, QStringLiteral("Person"));
        QVERIFY(!findSuggestion(list, {QStringLiteral("Selon")}));
        QVERIFY(!findSuggestion(list, {QStringLiteral("Le")}));
    }

    void suggestionsRunOnAWorkerThreadWithProgress()
    {
        importSeeds();
        const auto expected = suggest();
        QFutureWatcher<SuggestionRun> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcher<SuggestionRun>::progressValueChanged);
        QSignalSpy finished(&watcher, &QFutureWatcher<SuggestionRun>::finished);
        watcher.setFuture(EntitySuggester::start(dossier().path()));
        QVERIFY(finished.wait(20000) || finished.count() == 1);
        const SuggestionRun run = watcher.result();
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.sourcesScanned, 5);
        QCOMPARE(run.suggestions.size(), expected.size());
        QCOMPARE(run.suggestions.first().name, expected.first().name);
        QCOMPARE(watcher.progressMaximum(), 5);
    }

    void cancelingStopsTheRunWithAMessage()
    {
        importSeeds();
        int calls = 0;
        const auto result = EntitySuggester::suggest(dossier().database(), {}, [&](int, int) {
            ++calls;
            return false;
        });
        QVERIFY(!result);
        QCOMPARE(calls, 1);
        QVERIFY(result.error().contains(QStringLiteral("canceled")));
    }

    void acceptingAnchorsMentionsForReviewAsOneUndoStep()
    {
        importSeeds();
        const auto list = suggest();
        const EntitySuggestion *jeandron = findSuggestion(list, {QStringLiteral("Mathieu Jeandron")});
        QVERIFY(jeandron);
        QSignalSpy added(&dossier(), &Dossier::entityAdded);
        SuggestionReview review(&dossier());
        const int steps = stack()->count();
        const auto id = review.accept(*jeandron);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(stack()->count(), steps + 1);
        QCOMPARE(stack()->undoText(), QStringLiteral("Accept “Mathieu Jeandron”"));
        QCOMPARE(added.count(), 1);
        const auto entity = dossier().entities().get(*id);
        QVERIFY(entity);
        QCOMPARE(entity->type, QStringLiteral("Person"));
        const QVector<Mention> mentions = dossier().entities().mentions(*id);
        // Every occurrence the suggester saw, and any other place the name is written.
        QVERIFY(mentions.size() >= jeandron->mentions);
        QSet<qint64> sources;
        for (const Mention &m : mentions) {
            QVERIFY(!m.confirmed);
            QVERIFY(NameKey::key(m.anchor.exact).endsWith(QStringLiteral("jeandron")));
            sources.insert(m.anchor.sourceId);
        }
        QCOMPARE(sources.size(), 3);
        // Accepted names are not suggested again.
        QVERIFY(!findSuggestion(suggest(), {QStringLiteral("Mathieu Jeandron")}));

        stack()->undo();
        QVERIFY(!dossier().entities().get(*id));
        QCOMPARE(dossier().database().scalar("SELECT count(*) FROM mentions"), 0);
        QCOMPARE(dossier().database().scalar("SELECT count(*) FROM anchors"), 0);
        QVERIFY(stack()->canRedo());
        stack()->redo();
        QCOMPARE(dossier().entities().get(*id)->name, QStringLiteral("Mathieu Jeandron"));
        QCOMPARE(dossier().entities().mentions(*id).size(), mentions.size());
        QCOMPARE(dossier().entities().mentions(*id).first().anchor, mentions.first().anchor);
    }

    void acceptingUnderAnotherNameKeepsTheSuggestedOneAsAlias()
    {
        importSeeds();
        const auto list = suggest();
        const EntitySuggestion *dne = findSuggestion(
            list, {QStringLiteral("DNE"), QStringLiteral("Direction du numérique pour l'éducation")});
        QVERIFY(dne);
        const auto id = SuggestionReview(&dossier())
                            .accept(*dne, QStringLiteral("Direction du numérique pour l'éducation (DNE)"),
                                QStringLiteral("PublicBody"));
        QVERIFY(id.ok());
        const auto entity = dossier().entities().get(*id);
        QCOMPARE(entity->name, QStringLiteral("Direction du numérique pour l'éducation (DNE)"));
        QVERIFY(entity->aliases.contains(dne->name));
        QVERIFY(entity->aliases.contains(QStringLiteral("DNE")));
        const auto bad = SuggestionReview(&dossier()).accept(*dne, QString(), QStringLiteral("Planet"));
        QVERIFY(!bad);
        QVERIFY(bad.error().contains(QStringLiteral("Planet")));
    }

    void rejectedSuggestionsAreRememberedAndUndoable()
    {
        importSeeds();
        const auto list = suggest();
        const EntitySuggestion *twitter = findSuggestion(list, {QStringLiteral("Twitter")});
        QVERIFY(twitter);
        SuggestionReview review(&dossier());
        QVERIFY(review.reject(*twitter).ok());
        QVERIFY(!findSuggestion(suggest(), {QStringLiteral("Twitter")}));
        QCOMPARE(review.rejected().size(), 1);
        QCOMPARE(review.rejected().first().second, twitter->name);

        // Remembered in the dossier file: a new connection sees it too.
        const QString path = dossier().path();
        m_dossier.reset();
        auto reopened = Dossier::open(path);
        QVERIFY(reopened.ok());
        m_dossier = std::move(reopened).value();
        QVERIFY(!findSuggestion(suggest(), {QStringLiteral("Twitter")}));

        QVERIFY(SuggestionReview(&dossier()).unreject(twitter->key).ok());
        QVERIFY(findSuggestion(suggest(), {QStringLiteral("Twitter")}));
        stack()->undo();
        QVERIFY(!findSuggestion(suggest(), {QStringLiteral("Twitter")}));
    }

    void twoSuggestionsMergedBeforeAcceptingBecomeOneEntity()
    {
        importSeeds();
        const auto list = suggest();
        const EntitySuggestion *microsoft = findSuggestion(list, {QStringLiteral("Microsoft")});
        const EntitySuggestion *france = findSuggestion(list, {QStringLiteral("Microsoft France")});
        QVERIFY(microsoft && france);
        const EntitySuggestion merged = EntitySuggester::merge(*microsoft, *france);
        QCOMPARE(merged.name, microsoft->name);
        QVERIFY(merged.aliases.contains(QStringLiteral("Microsoft France")));
        QCOMPARE(merged.mentions, microsoft->mentions + france->mentions);
        const auto id = SuggestionReview(&dossier()).accept(merged);
        QVERIFY(id.ok());
        QVERIFY(dossier().entities().get(*id)->aliases.contains(QStringLiteral("Microsoft France")));
        // Both are accepted now: neither is suggested again.
        const auto after = suggest();
        QVERIFY(!findSuggestion(after, {QStringLiteral("Microsoft")}));
        QVERIFY(!findSuggestion(after, {QStringLiteral("Microsoft France")}));
    }

    void renamingKeepsTheOldNameAsAlias()
    {
        Entity e;
        e.type = QStringLiteral("Company");
        e.name = QStringLiteral("AWS");
        const auto id = dossier().addEntity(e);
        QVERIFY(id.ok());
        QVERIFY(EntityEdits(&dossier()).rename(*id, QStringLiteral("Amazon Web Services")).ok());
        QCOMPARE(dossier().entities().get(*id)->name, QStringLiteral("Amazon Web Services"));
        QCOMPARE(dossier().entities().get(*id)->aliases, QStringList {QStringLiteral("AWS")});
        stack()->undo();
        QCOMPARE(dossier().entities().get(*id)->name, QStringLiteral("AWS"));
        QVERIFY(dossier().entities().get(*id)->aliases.isEmpty());
        QVERIFY(!EntityEdits(&dossier()).rename(*id, QStringLiteral("  ")).ok());
    }

    void mergingMovesRelationshipsClaimsAndMentionsAsOneUndoStep()
    {
        const qint64 source = addSource(QStringLiteral("Avis"),
            QStringLiteral("Mathieu Jeandron rejoint AWS. Amazon Web Services confirme : M. Jeandron arrive "
                           "chez AWS le 7 mai 2018."));
        auto entity = [&](const QString &type, const QString &name) {
            Entity e;
            e.type = type;
            e.name = name;
            return *dossier().addEntity(e);
        };
        const qint64 person = entity(QStringLiteral("Person"), QStringLiteral("Mathieu Jeandron"));
        const qint64 aws = entity(QStringLiteral("Company"), QStringLiteral("AWS"));
        const qint64 amazon = entity(QStringLiteral("Company"), QStringLiteral("Amazon Web Services"));
        QVERIFY(SuggestionReview(&dossier()).findMentions(aws).ok());
        QCOMPARE(dossier().entities().mentions(aws).size(), 2);
        const auto anchor = dossier().anchorForQuote(source, QStringLiteral("arrive chez AWS le 7 mai 2018"));
        Annotation annotation;
        annotation.anchor = *anchor;
        const qint64 evidence = *dossier().addAnnotation(annotation);
        Relationship job;
        job.type = QStringLiteral("Employment");
        job.fromId = person;
        job.toId = aws;
        job.start = PartialDate::day(2018, 5, 7);
        job.evidenceIds = {evidence};
        const qint64 jobId = *dossier().addRelationship(job);
        Relationship self;
        self.type = QStringLiteral("Ownership");
        self.fromId = amazon;
        self.toId = aws;
        const qint64 selfId = *dossier().addRelationship(self);
        Claim claim;
        claim.text = QStringLiteral("AWS confirme l'arrivée.");
        claim.speakerId = aws;
        claim.subjectIds = {person, aws};
        const qint64 claimId = *dossier().addClaim(claim);

        const int steps = stack()->count();
        const Status merged = EntityEdits(&dossier()).merge(aws, amazon);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QCOMPARE(stack()->count(), steps + 1);
        QVERIFY(!dossier().entities().get(aws));
        const auto into = dossier().entities().get(amazon);
        QVERIFY(into->aliases.contains(QStringLiteral("AWS")));
        QCOMPARE(dossier().relationships().get(jobId)->toId, amazon);
        QVERIFY2(!dossier().relationships().get(selfId), "a link between the two merged entities goes");
        QCOMPARE(dossier().claims().get(claimId)->speakerId, amazon);
        QCOMPARE(dossier().claims().get(claimId)->subjectIds.size(), 2);
        QVERIFY(dossier().claims().get(claimId)->subjectIds.contains(amazon));
        QCOMPARE(dossier().entities().mentions(amazon).size(), 2);

        stack()->undo();
        QVERIFY(dossier().entities().get(aws));
        QVERIFY(dossier().entities().get(amazon)->aliases.isEmpty());
        QCOMPARE(dossier().relationships().get(jobId)->toId, aws);
        QVERIFY(dossier().relationships().get(selfId));
        QCOMPARE(dossier().claims().get(claimId)->speakerId, aws);
        QCOMPARE(dossier().entities().mentions(aws).size(), 2);
        QCOMPARE(dossier().entities().mentions(amazon).size(), 0);
        QVERIFY(!EntityEdits(&dossier()).merge(aws, aws).ok());
    }

    void mentionFinder_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::addRow("accents and case") << QStringList {QStringLiteral("Education nationale")}
                                          << QStringLiteral("au ministère de l’ÉDUCATION NATIONALE.")
                                          << QStringList {QStringLiteral("ÉDUCATION NATIONALE")};
        QTest::addRow("apostrophes") << QStringList {QStringLiteral("ministère de l'Éducation")}
                                     << QStringLiteral("le ministère de l’Éducation")
                                     << QStringList {QStringLiteral("ministère de l’Éducation")};
        QTest::addRow("line wrap") << QStringList {QStringLiteral("Mathieu Jeandron")}
                                   << QStringLiteral("par Mathieu\n  Jeandron.")
                                   << QStringList {QStringLiteral("Mathieu\n  Jeandron")};
        QTest::addRow("whole words only")
            << QStringList {QStringLiteral("Amazon")} << QStringLiteral("Amazonie, Amazon, amazones")
            << QStringList {QStringLiteral("Amazon")};
        QTest::addRow("acronyms keep their case")
            << QStringList {QStringLiteral("DNE")} << QStringLiteral("la DNE, une dne")
            << QStringList {QStringLiteral("DNE")};
        QTest::addRow("longest first")
            << QStringList {QStringLiteral("Amazon"), QStringLiteral("Amazon Web Services")}
            << QStringLiteral("Amazon Web Services et Amazon")
            << QStringList {QStringLiteral("Amazon Web Services"), QStringLiteral("Amazon")};
    }

    void mentionFinder()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QStringList actual;
        for (const auto &range : MentionFinder(names).find(text))
            actual.append(text.mid(range.first, range.second - range.first));
        QCOMPARE(actual, found);
    }

    void datesInEvidence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QStringList>("expected"); // "iso role" for each date, in order
        const QDate article(2018, 5, 7);
        QTest::addRow("french day") << QStringLiteral("Le 7 mai 2018 à 09h58") << QDate()
                                    << QStringList {QStringLiteral("2018-05-07 point")};
        QTest::addRow("first of the month") << QStringLiteral("ce 1er mai 2018") << QDate()
                                            << QStringList {QStringLiteral("2018-05-01 point")};
        QTest::addRow("until, inclusive")
            << QStringLiteral("avec la direction du numérique jusqu’au 23 avril 2021 inclus.") << QDate()
            << QStringList {QStringLiteral("2021-04-23 end")};
        QTest::addRow("since a year") << QStringLiteral("en poste depuis 2015.") << QDate()
                                      << QStringList {QStringLiteral("2015 start")};
        QTest::addRow("month") << QStringLiteral("signé en juin 2017 avec Microsoft") << QDate()
                               << QStringList {QStringLiteral("2017-06 point")};
        QTest::addRow("english month day year") << QStringLiteral("He joined AWS on May 7, 2018.") << QDate()
                                                << QStringList {QStringLiteral("2018-05-07 start")};
        QTest::addRow("english day month year") << QStringLiteral("until 23 April 2021") << QDate()
                                                << QStringList {QStringLiteral("2021-04-23 end")};
        QTest::addRow("last, with the article's date")
            << QStringLiteral("lors des questions au gouvernement du 10 avril dernier") << article
            << QStringList {QStringLiteral("2018-04-10 point")};
        QTest::addRow("last, across the new year")
            << QStringLiteral("le 12 décembre dernier") << QDate(2018, 1, 15)
            << QStringList {QStringLiteral("2017-12-12 point")};
        QTest::addRow("no year and no reference")
            << QStringLiteral("le 10 avril dernier") << QDate() << QStringList {};
        QTest::addRow("today, in the article")
            << QStringLiteral("a pris ses nouvelles fonctions aujourd’hui même") << article
            << QStringList {QStringLiteral("2018-05-07 start")};
        QTest::addRow("month last") << QStringLiteral("En avril dernier, le Canard Enchaîné") << article
                                    << QStringList {QStringLiteral("2018-04 point")};
        QTest::addRow("range") << QStringLiteral("du 7 mai 2018 au 23 avril 2021") << QDate()
                               << QStringList {
                                      QStringLiteral("2018-05-07 start"), QStringLiteral("2021-04-23 end")};
        QTest::addRow("year range") << QStringLiteral("entre 2015 et 2018, il dirigeait la DNE") << QDate()
                                    << QStringList {QStringLiteral("2015 start"), QStringLiteral("2018 end")};
        QTest::addRow("english year range")
            << QStringLiteral("from 2015 to 2018") << QDate()
            << QStringList {QStringLiteral("2015 start"), QStringLiteral("2018 end")};
        QTest::addRow("leaving verb") << QStringLiteral("Il a quitté la DNE en avril 2018.") << QDate()
                                      << QStringList {QStringLiteral("2018-04 end")};
        QTest::addRow("numeric") << QStringLiteral("Le 12/06/2023 à 07h47") << QDate()
                                 << QStringList {QStringLiteral("2023-06-12 point")};
        QTest::addRow("iso") << QStringLiteral("publié 2018-05-07") << QDate()
                             << QStringList {QStringLiteral("2018-05-07 point")};
        QTest::addRow("a count is not a year")
            << QStringLiteral("avec 3500 manifestants et 2000 élèves") << QDate() << QStringList {};
        QTest::addRow("impossible day") << QStringLiteral("le 31 avril 2018") << QDate() << QStringList {};
    }

    void datesInEvidence()
    {
        QFETCH(QString, text);
        QFETCH(QDate, reference);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (const DateMention &m : EvidenceDates::find(text, reference)) {
            actual.append(m.date.toIso() + QLatin1Char(' ') + DateMention::roleName(m.role));
            QCOMPARE(text.mid(m.start, m.end - m.start), m.text);
        }
        QCOMPARE(actual, expected);
    }

    // What an end date ends, from the words of its sentence, its paragraph, or the sentence that
    // leads into a list; the date is the last one in the text.
    void whatAnEndDateEnds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ends");
        QTest::addRow("reservations") << QStringLiteral(
            "Saisie du projet, la commission a rendu un avis assorti de réserves : pendant trois ans, soit "
            "jusqu'au 31 mars 2027 inclus, Mme Vasseur ne pourra entretenir aucune relation avec l'ANDE.")
                                      << "restriction";
        QTest::addRow("a date alone in its paragraph") << QStringLiteral(
            "Marché n° 2022-017 : hébergement de la plateforme.\nTitulaire : Nuvola Cloud "
            "SAS.\nDurée : quatre ans, soit jusqu'au 13 juin 2026.\nMontant : 4,8 M€.\n\n"
            "Les réserves de la commission valent jusqu'au 31 mars 2027.\n\nAutre : 13 juin 2026")
                                                       << "unknown";
        QTest::addRow("contract line") << QStringLiteral(
            "Marché n° 2022-017 : hébergement de la plateforme.\nTitulaire : Nuvola Cloud SAS.\nDurée : "
            "quatre ans, soit jusqu'au 13 juin 2026.")
                                       << "contract";
        QTest::addRow("a list after its lead-in") << QStringLiteral(
            "La commission a rendu un « avis de compatibilité » assorti de « réserves » : qu'il s'abstienne "
            "de toute relation professionnelle :\n\n  • Avec le service des technologies jusqu’au 8 "
            "septembre 2018 inclus.\n  • Avec la direction du numérique jusqu’au 23 avril 2021 inclus.")
                                                  << "restriction";
        QTest::addRow("role") << QStringLiteral("Claire Vasseur quittera ses fonctions le 31 mars 2024.")
                              << "role";
        QTest::addRow("english restriction") << QStringLiteral(
            "The ethics commission allowed the move with reservations that last until 31 "
            "March 2027.") << "restriction";
        QTest::addRow("nothing said") << QStringLiteral("Il reste jusqu'au 31 mars 2027.") << "unknown";
        QTest::addRow("two things said")
            << QStringLiteral("Le contrat et les réserves courent jusqu'au 31 mars 2027.") << "unknown";
    }

    void whatAnEndDateEnds()
    {
        QFETCH(QString, text);
        QFETCH(QString, ends);
        const QVector<DateMention> dates = EvidenceDates::find(text);
        QVERIFY(!dates.isEmpty());
        const DateMention &last = dates.constLast();
        QCOMPARE(DateMention::endsName(EvidenceDates::whatEnds(text, last.start, last.end)), ends);
    }

    void typedDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::addRow("year") << "2018"
                              << "2018";
        QTest::addRow("iso month") << "2018-05"
                                   << "2018-05";
        QTest::addRow("french") << "7 mai 2018"
                                << "2018-05-07";
        QTest::addRow("english") << "May 7, 2018"
                                 << "2018-05-07";
        QTest::addRow("month name") << "avril 2021"
                                    << "2021-04";
        QTest::addRow("not a date") << "bientôt"
                                    << "";
        QTest::addRow("bad month") << "2018-13"
                                   << "";
    }

    void typedDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto parsed = EvidenceDates::parse(text);
        if (iso.isEmpty()) {
            QVERIFY(!parsed);
            QVERIFY(parsed.error().contains(text));
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
            QCOMPARE(parsed->toIso(), iso);
        }
    }

    void twoSourcesGivingDifferentStartDatesAreAConflict()
    {
        const qint64 a = addSource(QStringLiteral("Next INpact"),
            QStringLiteral("Mathieu Jeandron a pris ses nouvelles fonctions chez Amazon aujourd’hui même."),
            QStringLiteral("2018-05-07"));
        const qint64 b = addSource(QStringLiteral("Autre journal"),
            QStringLiteral("Mathieu Jeandron a rejoint Amazon le 2 avril 2018, selon nos informations."),
            QStringLiteral("2018-10-01"));
        auto entity = [&](const QString &type, const QString &name) {
            Entity e;
            e.type = type;
            e.name = name;
            return *dossier().addEntity(e);
        };
        auto highlight = [&](qint64 source, const QString &quote) {
            Annotation annotation;
            annotation.anchor = *dossier().anchorForQuote(source, quote);
            return *dossier().addAnnotation(annotation);
        };
        const qint64 person = entity(QStringLiteral("Person"), QStringLiteral("Mathieu Jeandron"));
        const qint64 amazon = entity(QStringLiteral("Company"), QStringLiteral("Amazon"));
        Relationship first;
        first.type = QStringLiteral("Employment");
        first.fromId = person;
        first.toId = amazon;
        first.evidenceIds = {highlight(a, QStringLiteral("a pris ses nouvelles fonctions"))};
        const qint64 firstId = *dossier().addRelationship(first);

        RelationshipDates dates(dossier());
        const auto read = dates.suggest(firstId);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().mention.date.toIso(), QStringLiteral("2018-05-07"));
        QCOMPARE(read.first().mention.role, DateMention::Role::Start);
        QCOMPARE(dossier().sources().textRange(a, read.first().mention.start, read.first().mention.end),
            QStringLiteral("aujourd’hui"));
        QVERIFY(dates.conflicts().isEmpty());

        // The second source's account is kept as its own relationship, with its own evidence.
        Relationship second = first;
        second.fromId = amazon; // drawn the other way round: still the same link
        second.toId = person;
        second.evidenceIds = {highlight(b, QStringLiteral("a rejoint Amazon le 2 avril 2018"))};
        const qint64 secondId = *dossier().addRelationship(second);
        const auto conflicts = dates.conflictsFor(firstId);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().kind, DateConflict::Kind::Start);
        QCOMPARE(conflicts.first().statements.size(), 2);
        QSet<qint64> relationships, sources;
        for (const DateStatement &s : conflicts.first().statements) {
            relationships.insert(s.relationshipId);
            sources.insert(s.sourceIds.first());
            QCOMPARE(s.annotationIds.size(), 1);
        }
        QCOMPARE(relationships, (QSet<qint64> {firstId, secondId}));
        QCOMPARE(sources, (QSet<qint64> {a, b}));
        const QString sentence = dates.describe(conflicts.first());
        QVERIFY2(sentence.contains(QStringLiteral("2018-04-02"))
                && sentence.contains(QStringLiteral("Autre journal")),
            qPrintable(sentence));

        // A date one source gives as a start and another as an end is a conflict of roles.
        Relationship recorded = first;
        recorded.evidenceIds = {};
        recorded.start = {};
        recorded.end = PartialDate::day(2018, 5, 7);
        dossier().addRelationship(recorded);
        bool roleConflict = false;
        for (const DateConflict &c : dates.conflicts())
            roleConflict = roleConflict || c.kind == DateConflict::Kind::Role;
        QVERIFY(roleConflict);
    }

    void jsonForTheCommandLine()
    {
        importSeeds();
        const auto list = suggest();
        const QJsonArray array = EntityJson::suggestions(list);
        QCOMPARE(array.size(), list.size());
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.keys(),
            (QStringList {QStringLiteral("aliases"), QStringLiteral("mentions"), QStringLiteral("name"),
                QStringLiteral("sources"), QStringLiteral("type")}));
        QVERIFY(first.value(QStringLiteral("aliases")).isArray());
        QVERIFY(first.value(QStringLiteral("mentions")).toInt() > 0);

        const auto id = SuggestionReview(&dossier())
                            .accept(*findSuggestion(list, {QStringLiteral("Mathieu Jeandron")}));
        QVERIFY(id.ok());
        const QJsonArray entities = EntityJson::entities(dossier());
        QCOMPARE(entities.size(), 1);
        const QJsonObject jeandron = entities.first().toObject();
        QCOMPARE(jeandron.value(QStringLiteral("id")).toInteger(), *id);
        QCOMPARE(jeandron.value(QStringLiteral("type")).toString(), QStringLiteral("Person"));
        QCOMPARE(jeandron.value(QStringLiteral("sources")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
