// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/sourceimporter.h"
#include "search/matchlocator.h"
#include "search/querytranslator.h"
#include "search/searcher.h"
#include "search/stemmingtokenizer.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/schema.h"
#include "storage/sourcestore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

using namespace Recoupe;

namespace {

// What a reader would compare by eye: case and accents ignored.
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

// The words of a text, folded, split at anything that is not a letter or a digit. Written
// independently of the code under test, to check it.
QStringList words(const QString &text)
{
    QStringList result;
    QString current;
    const QString folded = fold(text);
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

// The Snowball stems of a folded word in the test dossiers' languages (English and French). A
// copy (shared, cheap): a reference into the cache would dangle once another word is added.
QSet<QString> stemsOf(const QString &word)
{
    static QHash<QString, QSet<QString>> cache;
    auto it = cache.find(word);
    if (it == cache.end()) {
        it = cache.insert(word,
            {StemmingTokenizer::stem(word, QStringLiteral("fr")),
                StemmingTokenizer::stem(word, QStringLiteral("en"))});
    }
    return *it;
}

// Plain words match any form with a stem in common; `exact` ones only the same folded form.
bool sameWord(const QString &wanted, const QString &found, bool exact)
{
    if (wanted == found)
        return true;
    return !exact && stemsOf(wanted).intersects(stemsOf(found));
}

// `phrase`: folded words separated by spaces, matched by stem; a leading '=' matches the exact
// forms, a final '*' makes the last word a prefix (and the others exact).
bool hasPhrase(const QStringList &text, const QString &phrase)
{
    QStringList wanted = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool exact = wanted.first().startsWith(QLatin1Char('='));
    if (exact)
        wanted.first().remove(0, 1);
    const bool prefix = wanted.last().endsWith(QLatin1Char('*'));
    if (prefix) {
        wanted.last().chop(1);
        exact = true;
    }
    for (qsizetype i = 0; i + wanted.size() <= text.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < wanted.size() && all; ++j) {
            const bool last = j + 1 == wanted.size();
            all = (prefix && last) ? text.at(i + j).startsWith(wanted.at(j))
                                   : sameWord(wanted.at(j), text.at(i + j), exact);
        }
        if (all)
            return true;
    }
    return false;
}

// Does the span the searcher pointed at read as one of the looked-for terms?
bool spanIsOneOf(const QString &span, const QStringList &terms)
{
    const QStringList spanWords = words(span);
    for (const QString &term : terms) {
        if (hasPhrase(spanWords, term) && spanWords.size() == term.count(QLatin1Char(' ')) + 1)
            return true;
    }
    return false;
}

struct Seed
{
    qint64 id = 0;
    QString name;
    QString text;
    QStringList words;
    QVector<QStringList> passages; // the words of each chunk, cut as SourceStore cuts them
};

// Decides whether a seed should be found: (all words of the source, words of one passage).
using Expectation = std::function<bool(const QStringList &source, const QStringList &passage)>;

// A new, empty dossier file with the current schema, through the storage layer only.
std::unique_ptr<Database> createDossier(const QString &path)
{
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    if (!db.ok() || !Schema::configureConnection(**db).ok() || !Schema::migrate(**db).ok())
        return nullptr;
    return std::move(*db);
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

// A stand-in for the importers being written in parallel: the file's text as it is.
QVector<Seed> importSeeds(SourceStore &store)
{
    QVector<Seed> seeds;
    const QDir dir(QStringLiteral(RECOUPE_SEEDS));
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        SourceDraft draft;
        draft.source.title = name;
        draft.source.kind = SourceKind::Text;
        draft.source.origin = file.fileName();
        draft.original = bytes;
        draft.text = QString::fromUtf8(bytes);
        const auto id = store.insert(draft);
        if (!id.ok())
            continue;
        Seed seed;
        seed.id = *id;
        seed.name = name;
        seed.text = draft.text;
        seed.words = words(seed.text);
        const QVector<qint64> cuts = SourceStore::chunkBoundaries(seed.text);
        for (qsizetype i = 0; i < cuts.size(); ++i) {
            const qint64 end = i + 1 < cuts.size() ? cuts.at(i + 1) : seed.text.size();
            seed.passages.append(words(seed.text.mid(cuts.at(i), end - cuts.at(i))));
        }
        seeds.append(seed);
    }
    return seeds;
}

qint64 addAnnotation(Database &db, qint64 sourceId, qint64 start, qint64 end, const QString &note)
{
    Statement anchor
        = db.prepare("INSERT INTO anchors(source_id, start_pos, end_pos, exact) VALUES (?1, ?2, ?3, '')");
    anchor.bind(1, sourceId).bind(2, start).bind(3, end);
    if (!anchor.exec())
        return 0;
    const qint64 anchorId = db.lastInsertId();
    Statement annotation = db.prepare("INSERT INTO annotations(anchor_id, note, created, modified) "
                                      "VALUES (?1, ?2, '2018-05-07T10:00:00Z', '2018-05-07T10:00:00Z')");
    annotation.bind(1, anchorId).bind(2, note);
    return annotation.exec() ? db.lastInsertId() : 0;
}

qint64 addClaim(Database &db, const QString &text, const QString &note)
{
    Statement claim = db.prepare("INSERT INTO claims(text, note, created, modified) "
                                 "VALUES (?1, ?2, '2018-05-07T10:00:00Z', '2018-05-07T10:00:00Z')");
    claim.bind(1, text).bind(2, note);
    return claim.exec() ? db.lastInsertId() : 0;
}

QSet<qint64> sourcesOf(const QVector<SearchHit> &hits)
{
    QSet<qint64> ids;
    for (const SearchHit &hit : hits) {
        if (hit.kind == SearchHit::Kind::SourceText)
            ids.insert(hit.sourceId);
    }
    return ids;
}

SearchOptions everything(SearchOptions::Mode mode = SearchOptions::Mode::Ranked)
{
    SearchOptions options;
    options.mode = mode;
    options.limit = 10000;
    return options;
}

} // namespace

Q_DECLARE_METATYPE(Expectation)
Q_DECLARE_METATYPE(Recoupe::SearchOptions::Mode)

class TestSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SourceStore> m_store;
    QVector<Seed> m_seeds;

    Database &db() { return *m_db; }
    SourceStore &store() { return *m_store; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = createDossier(m_dir.filePath(QStringLiteral("seeds.recoupe")));
        QVERIFY(m_db);
        m_store = std::make_unique<SourceStore>(*m_db);
        m_seeds = importSeeds(store());
        QCOMPARE(m_seeds.size(), 5);
    }

    void deontologieFindsTheArticlesThatNameTheCommission_data()
    {
        QTest::addColumn<SearchOptions::Mode>("mode");
        QTest::addRow("ranked") << SearchOptions::Mode::Ranked;
        QTest::addRow("first-page") << SearchOptions::Mode::FirstPage;
    }

    void deontologieFindsTheArticlesThatNameTheCommission()
    {
        QFETCH(SearchOptions::Mode, mode);
        QSet<qint64> expected;
        for (const Seed &seed : m_seeds) {
            if (hasPhrase(seed.words, QStringLiteral("deontologie")))
                expected.insert(seed.id);
        }
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < m_seeds.size());

        Searcher searcher(db());
        const auto results = searcher.search(QStringLiteral("deontologie"), everything(mode));
        QVERIFY2(results.ok(), qPrintable(results.error()));
        QCOMPARE(results->outcome, SearchOutcome::Searched);
        QCOMPARE(sourcesOf(results->hits), expected);
        for (const SearchHit &hit : results->hits) {
            const QString span = store().text(hit.sourceId).mid(hit.offset, hit.length);
            QVERIFY2(sameWord(QStringLiteral("deontologie"), fold(span), false), qPrintable(span));
            QVERIFY2(
                fold(hit.snippet).contains(QStringLiteral("\u27E6") + fold(span) + QStringLiteral("\u27E7")),
                qPrintable(hit.snippet));
            QCOMPARE(hit.page, -1);
        }
    }

    void findInSourceListsEveryOccurrenceInOrder()
    {
        Searcher searcher(db());
        for (const Seed &seed : m_seeds) {
            const auto found = searcher.findInSource(seed.id, QStringLiteral("DEONTOLOGIE"));
            QVERIFY2(found.ok(), qPrintable(found.error()));
            const auto forms = std::count_if(seed.words.cbegin(), seed.words.cend(),
                [](const QString &w) { return sameWord(QStringLiteral("deontologie"), w, false); });
            QCOMPARE(found->matches.size(), forms);
            qint64 previous = -1;
            for (const TextMatch &m : found->matches) {
                QVERIFY(m.offset > previous);
                previous = m.offset;
                QVERIFY(
                    sameWord(QStringLiteral("deontologie"), fold(seed.text.mid(m.offset, m.length)), false));
            }
        }
    }

    void queryLanguage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("terms"); // what each hit must point at
        QTest::addColumn<Expectation>("expect");
        QTest::addColumn<bool>("selective"); // finds some seeds but not all

        auto has = [](const QString &phrase) {
            return [phrase](const QStringList &, const QStringList &passage) {
                return hasPhrase(passage, phrase);
            };
        };
        QTest::addRow("phrase") << QStringLiteral("\"commission de déontologie\"")
                                << QStringList {QStringLiteral("=commission de deontologie")}
                                << Expectation(has(QStringLiteral("=commission de deontologie"))) << true;
        QTest::addRow("typographic-quotes")
            << QStringLiteral("« Commission de déontologie »")
            << QStringList {QStringLiteral("=commission de deontologie")}
            << Expectation(has(QStringLiteral("=commission de deontologie"))) << true;
        QTest::addRow("prefix") << QStringLiteral("numéri*") << QStringList {QStringLiteral("numeri*")}
                                << Expectation(has(QStringLiteral("numeri*"))) << false;
        QTest::addRow("selective-prefix")
            << QStringLiteral("réserv*") << QStringList {QStringLiteral("reserv*")}
            << Expectation(has(QStringLiteral("reserv*"))) << true;
        QTest::addRow("hyphenated-name")
            << QStringLiteral("Morin-Desailly") << QStringList {QStringLiteral("morin desailly")}
            << Expectation(has(QStringLiteral("morin desailly"))) << true;
        QTest::addRow("apostrophe") << QStringLiteral("l'éducation")
                                    << QStringList {QStringLiteral("l education")}
                                    << Expectation(has(QStringLiteral("l education"))) << false;
        QTest::addRow("and") << QStringLiteral("commission AND avis")
                             << QStringList {QStringLiteral("commission"), QStringLiteral("avis")}
                             << Expectation([](const QStringList &, const QStringList &p) {
                                    return hasPhrase(p, QStringLiteral("commission"))
                                        && hasPhrase(p, QStringLiteral("avis"));
                                })
                             << true;
        QTest::addRow("implicit-and")
            << QStringLiteral("commission avis")
            << QStringList {QStringLiteral("commission"), QStringLiteral("avis")}
            << Expectation([](const QStringList &, const QStringList &p) {
                   return hasPhrase(p, QStringLiteral("commission")) && hasPhrase(p, QStringLiteral("avis"));
               })
            << true;
        QTest::addRow("or") << QStringLiteral("Amazon OR Microsoft")
                            << QStringList {QStringLiteral("amazon"), QStringLiteral("microsoft")}
                            << Expectation([](const QStringList &, const QStringList &p) {
                                   return hasPhrase(p, QStringLiteral("amazon"))
                                       || hasPhrase(p, QStringLiteral("microsoft"));
                               })
                            << false;
        QTest::addRow("selective-or")
            << QStringLiteral("avis OR Google")
            << QStringList {QStringLiteral("avis"), QStringLiteral("google")}
            << Expectation([](const QStringList &, const QStringList &p) {
                   return hasPhrase(p, QStringLiteral("avis")) || hasPhrase(p, QStringLiteral("google"));
               })
            << true;
        QTest::addRow("french-or") << QStringLiteral("avis OU Google")
                                   << QStringList {QStringLiteral("avis"), QStringLiteral("google")}
                                   << Expectation([](const QStringList &, const QStringList &p) {
                                          return hasPhrase(p, QStringLiteral("avis"))
                                              || hasPhrase(p, QStringLiteral("google"));
                                      })
                                   << true;
        // Top-level NOT leaves out the whole source, even when another passage has "cloud" alone.
        auto cloudNotAmazon = [](const QStringList &source, const QStringList &p) {
            return hasPhrase(p, QStringLiteral("cloud")) && !hasPhrase(source, QStringLiteral("amazon"));
        };
        QTest::addRow("not") << QStringLiteral("cloud NOT Amazon") << QStringList {QStringLiteral("cloud")}
                             << Expectation(cloudNotAmazon) << true;
        QTest::addRow("minus") << QStringLiteral("cloud -Amazon") << QStringList {QStringLiteral("cloud")}
                               << Expectation(cloudNotAmazon) << true;
        QTest::addRow("parentheses") << QStringLiteral("(avis OR Google) AND Microsoft")
                                     << QStringList {QStringLiteral("avis"), QStringLiteral("google"),
                                            QStringLiteral("microsoft")}
                                     << Expectation([](const QStringList &, const QStringList &p) {
                                            return (hasPhrase(p, QStringLiteral("avis"))
                                                       || hasPhrase(p, QStringLiteral("google")))
                                                && hasPhrase(p, QStringLiteral("microsoft"));
                                        })
                                     << true;
        // Lower-case operators are words: "or" must be found with the other two.
        QTest::addRow("lower-case-or-is-a-word")
            << QStringLiteral("Amazon or Microsoft")
            << QStringList {QStringLiteral("amazon"), QStringLiteral("or"), QStringLiteral("microsoft")}
            << Expectation([](const QStringList &, const QStringList &p) {
                   return hasPhrase(p, QStringLiteral("amazon")) && hasPhrase(p, QStringLiteral("or"))
                       && hasPhrase(p, QStringLiteral("microsoft"));
               })
            << false;
    }

    void queryLanguage()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, terms);
        QFETCH(Expectation, expect);
        QFETCH(bool, selective);

        QSet<qint64> expected;
        for (const Seed &seed : m_seeds) {
            for (const QStringList &passage : seed.passages) {
                if (expect(seed.words, passage))
                    expected.insert(seed.id);
            }
        }
        if (selective) {
            QVERIFY(!expected.isEmpty());
            QVERIFY(expected.size() < m_seeds.size());
        }

        Searcher searcher(db());
        for (const auto mode : {SearchOptions::Mode::Ranked, SearchOptions::Mode::FirstPage}) {
            const auto results = searcher.search(query, everything(mode));
            QVERIFY2(results.ok(), qPrintable(results.error()));
            QCOMPARE(results->outcome, SearchOutcome::Searched);
            QCOMPARE(sourcesOf(results->hits), expected);
            for (const SearchHit &hit : results->hits) {
                const QString span = store().text(hit.sourceId).mid(hit.offset, hit.length);
                QVERIFY2(spanIsOneOf(span, terms), qPrintable(span));
            }
        }
        for (const Seed &seed : m_seeds) {
            const auto found = searcher.findInSource(seed.id, query);
            QVERIFY2(found.ok(), qPrintable(found.error()));
            QCOMPARE(!found->matches.isEmpty(), expected.contains(seed.id));
            for (const TextMatch &m : found->matches)
                QVERIFY2(spanIsOneOf(seed.text.mid(m.offset, m.length), terms),
                    qPrintable(seed.text.mid(m.offset, m.length)));
        }
    }

    // Issue 12: plain words find their inflected forms in the seeds; `=word`, quotes and
    // prefixes keep to the forms written. Every match points at a whole word of the text.
    void inflectedFormsAreFound_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("forms"); // the folded words the matches may read
        QTest::addColumn<int>("count"); // matches over all seeds
        const QStringList recrut {QStringLiteral("recrutement"), QStringLiteral("recrutements"),
            QStringLiteral("recruter"), QStringLiteral("recrute")};
        QTest::addRow("reserve") << QStringLiteral("reserve") << QStringList {QStringLiteral("reserves")}
                                 << 5;
        QTest::addRow("réserve") << QStringLiteral("Réserve") << QStringList {QStringLiteral("reserves")}
                                 << 5;
        QTest::addRow("recrute") << QStringLiteral("recrute") << recrut << 12;
        QTest::addRow("recrutements") << QStringLiteral("recrutements") << recrut << 12;
        QTest::addRow("exact-reserve") << QStringLiteral("=reserve") << QStringList() << 0;
        QTest::addRow("quoted-reserve") << QStringLiteral("\"reserve\"") << QStringList() << 0;
        QTest::addRow("exact-recruter")
            << QStringLiteral("=recruter") << QStringList {QStringLiteral("recruter")} << 7;
        QTest::addRow("quoted-recruter")
            << QStringLiteral("\"recruter\"") << QStringList {QStringLiteral("recruter")} << 7;
        QTest::addRow("prefix") << QStringLiteral("recrutement*")
                                << QStringList {QStringLiteral("recrutement"), QStringLiteral("recrutements")}
                                << 4;
    }

    void inflectedFormsAreFound()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, forms);
        QFETCH(int, count);
        Searcher searcher(db());
        int matches = 0;
        for (const Seed &seed : m_seeds) {
            const auto found = searcher.findInSource(seed.id, query);
            QVERIFY2(found.ok(), qPrintable(found.error()));
            for (const TextMatch &m : found->matches) {
                const QString span = seed.text.mid(m.offset, m.length);
                QVERIFY2(forms.contains(fold(span)), qPrintable(span));
                ++matches;
            }
        }
        QCOMPARE(matches, count);
        const auto results = searcher.search(query, everything());
        QVERIFY2(results.ok(), qPrintable(results.error()));
        QCOMPARE(results->hits.isEmpty(), count == 0);
        for (const SearchHit &hit : results->hits) {
            const QString span = store().text(hit.sourceId).mid(hit.offset, hit.length);
            QVERIFY2(forms.contains(fold(span)), qPrintable(span));
            const QString snippet = fold(hit.snippet);
            QVERIFY2(std::any_of(forms.cbegin(), forms.cend(),
                         [&](const QString &form) {
                             return snippet.contains(
                                 QStringLiteral("\u27E6") + form + QStringLiteral("\u27E7"));
                         }),
                qPrintable(hit.snippet));
        }
    }

    // Words are stemmed in the languages of the dossier's sources too: a source in a new
    // language, imported on a connection whose index is already open, is found by stem from
    // that connection and from a fresh one, and the index stays consistent with every row.
    void aSourceLanguageJoinsTheStemmers()
    {
        QTemporaryDir dir;
        auto dbOpened = createDossier(dir.filePath(QStringLiteral("ru.recoupe")));
        QVERIFY(dbOpened);
        Database &ruDb = *dbOpened;
        SourceStore ruStore(ruDb);
        SourceDraft french
            = textDraft(QStringLiteral("Budget"), QStringLiteral("Les réserves sont épuisées."));
        french.source.language = QStringLiteral("fr");
        const auto frenchId = ruStore.insert(french);
        QVERIFY(frenchId.ok());
        QVERIFY(addAnnotation(ruDb, *frenchId, 4, 12, QStringLiteral("Deux recrutements prévus")));
        Searcher searcher(ruDb);
        QVERIFY(searcher.search(QStringLiteral("книга")).ok()); // the indexes are open now
        SourceDraft draft
            = textDraft(QStringLiteral("Библиотека"), QStringLiteral("Две книги лежат на столе."));
        draft.source.language = QStringLiteral("ru");
        const auto id = ruStore.insert(draft);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        // The connection that imported it, and a fresh one.
        auto fresh = Database::open(ruDb.path(), Database::Mode::OpenExisting);
        QVERIFY(fresh.ok());
        // A connection of our own to a dossier we wrote: its schema is checked, then trusted, so that
        // its triggers may write to the indexes.
        QVERIFY(Schema::inspect(**fresh).ok());
        for (Database *connection : {&ruDb, fresh->get()}) {
            Searcher reader(*connection);
            const auto found = reader.findInSource(*id, QStringLiteral("книга"));
            QVERIFY2(found.ok(), qPrintable(found.error()));
            QCOMPARE(found->matches.size(), 1);
            QCOMPARE(draft.text.mid(found->matches.at(0).offset, found->matches.at(0).length),
                QStringLiteral("книги"));
            const auto reserve = reader.findInSource(*frenchId, QStringLiteral("reserve"));
            QVERIFY(reserve.ok());
            QCOMPARE(reserve->matches.size(), 1);
            const auto note = reader.search(QStringLiteral("recrute"));
            QVERIFY(note.ok());
            QCOMPARE(note->hits.size(), 1);
        }
        // FTS5 checks and removes a row by tokenizing it again: that must give what was indexed.
        const char *check = "INSERT INTO text_index(text_index) VALUES ('integrity-check');"
                            "INSERT INTO note_index(note_index) VALUES ('integrity-check');";
        Status checked = (*fresh)->exec(check);
        QVERIFY2(checked.ok(), qPrintable(checked.error()));
        QCOMPARE(*frenchId, 1);
        QVERIFY((*fresh)->exec("DELETE FROM text_chunks WHERE source_id = 1").ok());
        checked = (*fresh)->exec(check);
        QVERIFY2(checked.ok(), qPrintable(checked.error()));
    }

    void translatorOutput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("excluded");
        QTest::addRow("word") << QStringLiteral("deontologie") << QStringLiteral("\"~deontologie\"")
                              << QString();
        QTest::addRow("and") << QStringLiteral("commission AND avis")
                             << QStringLiteral("\"~commission\" AND \"~avis\"") << QString();
        QTest::addRow("or") << QStringLiteral("Amazon OR Microsoft")
                            << QStringLiteral("\"~Amazon\" OR \"~Microsoft\"") << QString();
        QTest::addRow("not") << QStringLiteral("cloud NOT Amazon") << QStringLiteral("\"~cloud\"")
                             << QStringLiteral("\"~Amazon\"");
        QTest::addRow("nested-not") << QStringLiteral("(cloud NOT Amazon) OR Google")
                                    << QStringLiteral("((\"~cloud\") NOT (\"~Amazon\")) OR \"~Google\"")
                                    << QString();
        QTest::addRow("prefix") << QStringLiteral("numéri*") << QStringLiteral("\"numéri\" *") << QString();
        QTest::addRow("unclosed-phrase")
            << QStringLiteral("\"commission de") << QStringLiteral("\"commission de\"") << QString();
        QTest::addRow("column-filter")
            << QStringLiteral("body:avis") << QStringLiteral("\"~body:avis\"") << QString();
        QTest::addRow("near") << QStringLiteral("NEAR(a b)")
                              << QStringLiteral("\"~NEAR\" AND (\"~a\" AND \"~b\")") << QString();
        QTest::addRow("lower-case-operators")
            << QStringLiteral("a or b") << QStringLiteral("\"~a\" AND \"~or\" AND \"~b\"") << QString();
        QTest::addRow("dangling-operators")
            << QStringLiteral("AND a OR OR NOT") << QStringLiteral("\"~a\"") << QString();
        QTest::addRow("stray-parenthesis")
            << QStringLiteral("a) (b") << QStringLiteral("\"~a\" AND (\"~b\")") << QString();
        QTest::addRow("exact-word") << QStringLiteral("=réserve") << QStringLiteral("\"réserve\"")
                                    << QString();
        QTest::addRow("quoted-word") << QStringLiteral("\"réserve\"") << QStringLiteral("\"réserve\"")
                                     << QString();
        QTest::addRow("exact-excluded") << QStringLiteral("cloud -=Amazon") << QStringLiteral("\"~cloud\"")
                                        << QStringLiteral("\"Amazon\"");
        QTest::addRow("typed-marker")
            << QStringLiteral("a\u0001b") << QStringLiteral("\"~a\" AND \"~b\"") << QString();
    }

    void translatorOutput()
    {
        QFETCH(QString, input);
        QFETCH(QString, expression);
        QFETCH(QString, excluded);
        expression.replace(QLatin1Char('~'), QLatin1Char(StemmingTokenizer::StemMarker));
        excluded.replace(QLatin1Char('~'), QLatin1Char(StemmingTokenizer::StemMarker));
        const FtsQuery query = QueryTranslator::translate(input);
        QCOMPARE(query.expression, expression);
        QCOMPARE(query.excluded, excluded);
    }

    void hostileQueriesNeverFail_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("nothingToSearch");
        QTest::addRow("lone-quote") << QStringLiteral("\"") << true;
        QTest::addRow("three-quotes") << QStringLiteral("\"commission\" de\"") << false;
        QTest::addRow("open-parenthesis") << QStringLiteral("(") << true;
        QTest::addRow("close-parenthesis") << QStringLiteral(")") << true;
        QTest::addRow("star") << QStringLiteral("*") << true;
        QTest::addRow("stars") << QStringLiteral("** * ***") << true;
        QTest::addRow("near-open") << QStringLiteral("NEAR(") << false;
        QTest::addRow("near-call") << QStringLiteral("NEAR(commission avis, 5)") << false;
        QTest::addRow("column-filter") << QStringLiteral("body:") << false;
        QTest::addRow("column-filter-word") << QStringLiteral("body: commission") << false;
        QTest::addRow("column-set") << QStringLiteral("{body kind}: avis") << false;
        QTest::addRow("hidden-column") << QStringLiteral("kind:claim") << false;
        QTest::addRow("caret") << QStringLiteral("^commission") << false;
        QTest::addRow("plus") << QStringLiteral("commission + avis") << false;
        QTest::addRow("lone-and") << QStringLiteral("AND") << true;
        QTest::addRow("operators-only") << QStringLiteral("OR NOT AND") << true;
        QTest::addRow("trailing-and") << QStringLiteral("commission AND") << false;
        QTest::addRow("leading-or") << QStringLiteral("OR commission") << false;
        QTest::addRow("only-excluded") << QStringLiteral("NOT Amazon") << true;
        QTest::addRow("only-minus") << QStringLiteral("-Amazon -Google") << true;
        QTest::addRow("dash") << QStringLiteral("-") << true;
        QTest::addRow("apostrophe") << QStringLiteral("'") << true;
        QTest::addRow("empty-quotes") << QStringLiteral("\"\" \"\"") << true;
        QTest::addRow("empty-parentheses") << QStringLiteral("() (())") << true;
        QTest::addRow("empty") << QString() << true;
        QTest::addRow("blank") << QStringLiteral(" \t\n ") << true;
        QTest::addRow("emoji") << QStringLiteral("\U0001F600") << true;
        QTest::addRow("deep-nesting")
            << QString(QString(200, QLatin1Char('(')) + QStringLiteral("avis")) << false;
        QTest::addRow("deep-balanced") << QString(
            QString(120, QLatin1Char('(')) + QStringLiteral("avis OR cloud") + QString(120, QLatin1Char(')')))
                                       << false;
        QTest::addRow("backslash") << QStringLiteral("\\\"commission\\\"") << false;
        QTest::addRow("sql-quote") << QStringLiteral("avis'; DROP TABLE sources; --") << false;
        QTest::addRow("long-paste") << QString(QStringLiteral("commission \"de ( AND ").repeated(300))
                                    << false;
    }

    void hostileQueriesNeverFail()
    {
        QFETCH(QString, query);
        QFETCH(bool, nothingToSearch);
        Searcher searcher(db());
        for (const auto mode : {SearchOptions::Mode::Ranked, SearchOptions::Mode::FirstPage}) {
            const auto results = searcher.search(query, everything(mode));
            QVERIFY2(results.ok(), qPrintable(results.error()));
            QCOMPARE(results->outcome == SearchOutcome::NothingToSearch, nothingToSearch);
            if (nothingToSearch)
                QVERIFY(!results->message.isEmpty());
        }
        const auto found = searcher.findInSource(m_seeds.first().id, query);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(store().count(), m_seeds.size());
    }

    void randomQueriesNeverFail()
    {
        // Shuffled pieces of query syntax and words: every combination must run.
        const QStringList pieces {
            QStringLiteral("\""),
            QStringLiteral("("),
            QStringLiteral(")"),
            QStringLiteral("*"),
            QStringLiteral("AND"),
            QStringLiteral("OR"),
            QStringLiteral("NOT"),
            QStringLiteral("ET"),
            QStringLiteral("-"),
            QStringLiteral("^"),
            QStringLiteral(":"),
            QStringLiteral("NEAR("),
            QStringLiteral("body:"),
            QStringLiteral("commission"),
            QStringLiteral("déon"),
            QStringLiteral("l'"),
            QStringLiteral("\u2019"),
            QStringLiteral("\u00AB"),
            QStringLiteral("\u00BB"),
            QStringLiteral(" "),
            QStringLiteral(" "),
            QStringLiteral("+"),
            QStringLiteral(","),
            QStringLiteral("{"),
            QStringLiteral("}"),
            QStringLiteral("\U0001F600"),
            QStringLiteral("\\"),
            QStringLiteral("'"),
            QStringLiteral("avis"),
            QStringLiteral("Amazon"),
            QStringLiteral("\u201C"),
            QStringLiteral("0"),
        };
        QRandomGenerator random(20180507);
        Searcher searcher(db());
        SearchOptions options = everything();
        options.limit = 5;
        for (int i = 0; i < 3000; ++i) {
            QString query;
            const int count = random.bounded(1, 14);
            for (int j = 0; j < count; ++j)
                query += pieces.at(random.bounded(int(pieces.size())));
            options.mode = i % 2 ? SearchOptions::Mode::Ranked : SearchOptions::Mode::FirstPage;
            const auto results = searcher.search(query, options);
            QVERIFY2(results.ok(), qPrintable(query + QStringLiteral(" → ") + results.error()));
        }
    }

    void nothingToSearchIsAnAnswerNotAnError()
    {
        Searcher searcher(db());
        const auto results = searcher.search(QStringLiteral("  NOT  "));
        QVERIFY(results.ok());
        QCOMPARE(results->outcome, SearchOutcome::NothingToSearch);
        QVERIFY(results->hits.isEmpty());
        QVERIFY(!results->message.isEmpty());
        const auto found = searcher.findInSource(m_seeds.first().id, QStringLiteral("*"));
        QVERIFY(found.ok());
        QCOMPARE(found->outcome, SearchOutcome::NothingToSearch);
    }

    void notesAndClaimsAreFound()
    {
        QTemporaryDir dir;
        auto dossier = createDossier(dir.filePath(QStringLiteral("notes.recoupe")));
        QVERIFY(dossier);
        SourceStore sources(*dossier);
        Database &notesDb = *dossier;
        auto source
            = textDraft(QStringLiteral("Avis"), QStringLiteral("La commission a rendu un avis favorable."));
        const auto sourceId = sources.insert(source);
        QVERIFY(sourceId.ok());
        const QString note = QStringLiteral("À vérifier : les Réserves sur les contacts.");
        const qint64 annotationId = addAnnotation(notesDb, *sourceId, 3, 13, note);
        QVERIFY(annotationId);
        const qint64 claimId = addClaim(notesDb, QStringLiteral("Le directeur est parti chez Amazon."),
            QStringLiteral("Confirmé par l'avis de la commission de déontologie."));
        QVERIFY(claimId);

        Searcher searcher(notesDb);
        auto results = searcher.search(QStringLiteral("reserves"));
        QVERIFY2(results.ok(), qPrintable(results.error()));
        QCOMPARE(results->hits.size(), 1);
        const SearchHit noteHit = results->hits.first();
        QCOMPARE(noteHit.kind, SearchHit::Kind::AnnotationNote);
        QCOMPARE(noteHit.ownerId, annotationId);
        QCOMPARE(noteHit.sourceId, *sourceId);
        QCOMPARE(noteHit.sourceTitle, QStringLiteral("Avis"));
        QCOMPARE(noteHit.anchorStart, 3);
        QCOMPARE(noteHit.anchorEnd, 13);
        QCOMPARE(note.mid(noteHit.offset, noteHit.length), QStringLiteral("Réserves"));
        QVERIFY(noteHit.snippet.contains(QStringLiteral("\u27E6Réserves\u27E7")));

        // The claim's note is searched with its text; the source text matches too.
        results = searcher.search(QStringLiteral("deontologie"));
        QVERIFY(results.ok());
        QCOMPARE(results->hits.size(), 1);
        QCOMPARE(results->hits.first().kind, SearchHit::Kind::Claim);
        QCOMPARE(results->hits.first().ownerId, claimId);
        QCOMPARE(results->hits.first().sourceId, 0);
        results = searcher.search(QStringLiteral("commission"));
        QVERIFY(results.ok());
        QCOMPARE(results->hits.size(), 2);
        QSet<int> kinds;
        for (const SearchHit &hit : results->hits)
            kinds.insert(int(hit.kind));
        QCOMPARE(kinds, (QSet<int> {int(SearchHit::Kind::Claim), int(SearchHit::Kind::SourceText)}));

        SearchOptions onlyTexts;
        onlyTexts.annotationNotes = false;
        onlyTexts.claims = false;
        results = searcher.search(QStringLiteral("commission"), onlyTexts);
        QVERIFY(results.ok());
        QCOMPARE(results->hits.size(), 1);
        QCOMPARE(results->hits.first().kind, SearchHit::Kind::SourceText);
        SearchOptions onlyNotes;
        onlyNotes.sourceTexts = false;
        onlyNotes.claims = false;
        results = searcher.search(QStringLiteral("reserves OR commission"), onlyNotes);
        QVERIFY(results.ok());
        QCOMPARE(results->hits.size(), 1);
        QCOMPARE(results->hits.first().kind, SearchHit::Kind::AnnotationNote);

        // A note that contains an excluded word is left out.
        results = searcher.search(QStringLiteral("reserves NOT contacts"));
        QVERIFY(results.ok());
        QVERIFY(results->hits.isEmpty());

        // Notes on a removed source go with it; claims stay.
        QVERIFY(sources.setRemoved(*sourceId, true).ok());
        results = searcher.search(QStringLiteral("reserves OR commission"));
        QVERIFY(results.ok());
        QCOMPARE(results->hits.size(), 1);
        QCOMPARE(results->hits.first().kind, SearchHit::Kind::Claim);
    }

    void removedSourcesVanishFromResults()
    {
        Searcher searcher(db());
        const Seed &seed = m_seeds.first();
        auto before = searcher.search(QStringLiteral("deontologie"), everything());
        QVERIFY(before.ok());
        QVERIFY(sourcesOf(before->hits).contains(seed.id));

        QVERIFY(store().setRemoved(seed.id, true).ok());
        for (const auto mode : {SearchOptions::Mode::Ranked, SearchOptions::Mode::FirstPage}) {
            const auto after = searcher.search(QStringLiteral("deontologie"), everything(mode));
            QVERIFY(after.ok());
            QVERIFY(!sourcesOf(after->hits).contains(seed.id));
            QCOMPARE(sourcesOf(after->hits).size(), sourcesOf(before->hits).size() - 1);
        }
        // A removed source excluded with NOT no longer hides the others' passages either.
        const auto found = searcher.findInSource(seed.id, QStringLiteral("deontologie"));
        QVERIFY(found.ok());
        QVERIFY(found->matches.isEmpty());

        QVERIFY(store().setRemoved(seed.id, false).ok());
        const auto restored = searcher.search(QStringLiteral("deontologie"), everything());
        QVERIFY(restored.ok());
        QCOMPARE(sourcesOf(restored->hits), sourcesOf(before->hits));
    }

    void pdfHitsCarryTheirPage()
    {
        QTemporaryDir dir;
        auto dossier = createDossier(dir.filePath(QStringLiteral("pdf.recoupe")));
        QVERIFY(dossier);
        SourceStore sources(*dossier);
        const QStringList pageTexts {
            QStringLiteral("Rapport annuel. Le budget du ministère.\n\n"),
            QStringLiteral("La commission de déontologie rend son avis.\n\n"),
            QStringLiteral("Conclusion : la Commission reste vigilante.\n\n"),
        };
        SourceDraft draft;
        draft.source.title = QStringLiteral("Rapport");
        draft.source.kind = SourceKind::Pdf;
        draft.source.origin = QStringLiteral("rapport.pdf");
        draft.original = QByteArrayLiteral("%PDF-1.4 stand-in bytes for the page map test");
        for (int i = 0; i < pageTexts.size(); ++i) {
            PdfPage page;
            page.page = i;
            page.width = 595;
            page.height = 842;
            page.textStart = draft.text.size();
            draft.text += pageTexts.at(i);
            page.textEnd = draft.text.size();
            draft.pages.append(page);
        }
        const auto id = sources.insert(draft);
        QVERIFY2(id.ok(), qPrintable(id.error()));

        Searcher searcher(*dossier);
        const auto results = searcher.search(QStringLiteral("deontologie"));
        QVERIFY(results.ok());
        QCOMPARE(results->hits.size(), 1);
        const SearchHit hit = results->hits.first();
        QCOMPARE(hit.page, 1);
        QCOMPARE(hit.page, sources.pageAt(*id, hit.offset));
        QCOMPARE(draft.text.mid(hit.offset, hit.length), QStringLiteral("déontologie"));

        const auto found = searcher.findInSource(*id, QStringLiteral("commission"));
        QVERIFY(found.ok());
        QCOMPARE(found->matches.size(), 2);
        QCOMPARE(found->matches.at(0).page, 1);
        QCOMPARE(found->matches.at(1).page, 2);
        QCOMPARE(draft.text.mid(found->matches.at(1).offset, found->matches.at(1).length),
            QStringLiteral("Commission"));
    }

    void wordsBrokenAtALineEndAreFound_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("found"); // the passage the first hit points at, empty for none
        QTest::addRow("ascii-hyphen") << QStringLiteral("counters") << QStringLiteral("coun-\nters");
        QTest::addRow("prefix") << QStringLiteral("counter*") << QStringLiteral("coun-\nters");
        QTest::addRow("phrase-across-the-break") << QStringLiteral("\"commission de deontologie\"")
                                                 << QStringLiteral("commis\u2010\nsion de déontologie");
        QTest::addRow("indented-line") << QStringLiteral("découpé") << QStringLiteral("dé-\n  coupé");
        QTest::addRow("soft-hyphen") << QStringLiteral("ministère") << QStringLiteral("minis\u00AD\ntère");
        QTest::addRow("capital-after-the-break")
            << QStringLiteral("Morin-Desailly") << QStringLiteral("Morin-\nDesailly");
        QTest::addRow("hyphenated-word-across-the-break")
            << QStringLiteral("\"le porte-parole a\"") << QStringLiteral("le porte-\nparole a");
        QTest::addRow("a-piece-is-not-a-word") << QStringLiteral("coun") << QString();
        QTest::addRow("mid-line-hyphen-found-as-typed")
            << QStringLiteral("contre-pouvoir") << QStringLiteral("contre-pouvoir");
        QTest::addRow("mid-line-hyphen-stays") << QStringLiteral("contrepouvoir") << QString();
    }

    void wordsBrokenAtALineEndAreFound()
    {
        QFETCH(QString, query);
        QFETCH(QString, found);
        QTemporaryDir dir;
        auto dossier = createDossier(dir.filePath(QStringLiteral("hyphens.recoupe")));
        QVERIFY(dossier);
        SourceStore sources(*dossier);
        const QString text = QStringLiteral(
            "Les premiers coun-\nters du minis\u00AD\ntère. La commis\u2010\nsion de déontologie s’est "
            "réunie.\nMme Morin-\nDesailly a voté. Un mot dé-\n  coupé. Puis le porte-\nparole a parlé. Un "
            "contre-pouvoir.");
        SourceDraft draft = textDraft(QStringLiteral("Compte rendu"), text);
        const auto id = sources.insert(draft);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        Searcher searcher(*dossier);
        const auto results = searcher.search(query);
        QVERIFY2(results.ok(), qPrintable(results.error()));
        const auto inSource = searcher.findInSource(*id, query);
        QVERIFY2(inSource.ok(), qPrintable(inSource.error()));
        if (found.isEmpty()) {
            QCOMPARE(results->hits.size(), 0);
            QCOMPARE(inSource->matches.size(), 0);
            return;
        }
        QCOMPARE(results->hits.size(), 1);
        const SearchHit hit = results->hits.first();
        QCOMPARE(text.mid(hit.offset, hit.length), found);
        QCOMPARE(inSource->matches.size(), 1);
        QCOMPARE(text.mid(inSource->matches.first().offset, inSource->matches.first().length), found);
    }

    void hyphenatedLatexPdfIsSearchedAndQuotedWhole()
    {
        // LaTeX hyphenates a narrow column, as in any typeset report.
        const QString pdflatex = QStandardPaths::findExecutable(QStringLiteral("pdflatex"));
        QVERIFY2(!pdflatex.isEmpty(), "pdflatex (texlive-latex-base) must be installed");
        QTemporaryDir dir;
        QFile tex(dir.filePath(QStringLiteral("rapport.tex")));
        QVERIFY(tex.open(QIODevice::WriteOnly));
        tex.write("\\documentclass{article}\\textwidth=4.5cm\\pagestyle{empty}\\begin{document}\n"
                  "The investigators reconstructed the administrative responsibilities of the departmental\n"
                  "representatives and documented the extraordinary compensation arrangements negotiated\n"
                  "with international subcontractors, notwithstanding considerable institutional\n"
                  "disagreements.\n\\end{document}\n");
        tex.close();
        QProcess latex;
        latex.setWorkingDirectory(dir.path());
        latex.start(pdflatex,
            {QStringLiteral("-interaction=batchmode"), QStringLiteral("-halt-on-error"),
                QStringLiteral("rapport.tex")});
        QVERIFY(latex.waitForFinished(60000));
        QCOMPARE(latex.exitCode(), 0);

        auto opened = Dossier::open(dir.filePath(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Dossier &dossier = **opened;
        SourceImporter importer(dossier.database());
        const ImportOutcome outcome = importer.importFile(dir.filePath(QStringLiteral("rapport.pdf")));
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        const QString text = dossier.sources().text(outcome.sourceId);
        // The text keeps the hyphens and line ends as printed.
        QVERIFY2(text.contains(QStringLiteral("responsibil-\nities")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("subcontrac-\ntors")), qPrintable(text));

        Searcher searcher(dossier.database());
        for (const auto &[query, span] :
            {std::pair {QStringLiteral("responsibilities"), QStringLiteral("responsibil-\nities")},
                std::pair {QStringLiteral("\"international subcontractors\""),
                    QStringLiteral("international subcontrac-\ntors")}}) {
            const auto results = searcher.search(query);
            QVERIFY2(results.ok(), qPrintable(results.error()));
            QCOMPARE(results->hits.size(), 1);
            QCOMPARE(text.mid(results->hits.first().offset, results->hits.first().length), span);
        }
        // A quote pasted from a reader that joined the word lands on both lines' boxes.
        const auto anchor
            = dossier.anchorForQuote(outcome.sourceId, QStringLiteral("administrative responsibilities of"));
        QVERIFY2(anchor.ok(), qPrintable(anchor.error()));
        QCOMPARE(anchor->exact, QStringLiteral("administrative responsibil-\nities of"));
        QCOMPARE(anchor->quads.size(), 2);
        QVERIFY(anchor->quads[1].rect.top() > anchor->quads[0].rect.bottom() - 1);
    }

    void olderDossiersAreReindexedForBrokenWords()
    {
        // A dossier indexed before words broken at a line end were joined.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ancien.recoupe"));
        {
            auto db = Database::open(path, Database::Mode::CreateIfMissing);
            QVERIFY(db.ok());
            QVERIFY(Schema::configureConnection(**db).ok());
            QVERIFY(Schema::migrate(**db, 2).ok());
            SourceStore sources(**db);
            SourceDraft draft
                = textDraft(QStringLiteral("Avis"), QStringLiteral("Les coun-\nters du ministère."));
            QVERIFY(sources.insert(draft).ok());
        }
        auto dossier = Dossier::open(path);
        QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
        Searcher searcher((*dossier)->database());
        const auto results = searcher.search(QStringLiteral("counters"));
        QVERIFY2(results.ok(), qPrintable(results.error()));
        QCOMPARE(results->hits.size(), 1);
    }

    void rankingPutsMoreOccurrencesFirst()
    {
        QTemporaryDir dir;
        auto dossier = createDossier(dir.filePath(QStringLiteral("rank.recoupe")));
        QVERIFY(dossier);
        SourceStore sources(*dossier);
        // Same length, same words, only the number of "pantouflage" differs.
        auto text = [](int occurrences) {
            QString t;
            for (int i = 0; i < 20; ++i) {
                t += i < occurrences ? QStringLiteral("La commission examine le pantouflage du directeur. ")
                                     : QStringLiteral("La commission examine le recrutement du directeur. ");
            }
            return t;
        };
        QHash<qint64, int> occurrencesOf;
        for (const int n : {1, 4, 2}) {
            auto draft = textDraft(QStringLiteral("Texte %1").arg(n), text(n));
            const auto id = sources.insert(draft);
            QVERIFY(id.ok());
            occurrencesOf.insert(*id, n);
        }
        Searcher searcher(*dossier);
        const auto results = searcher.search(QStringLiteral("pantouflage"));
        QVERIFY(results.ok());
        QCOMPARE(results->hits.size(), 3);
        QCOMPARE(occurrencesOf.value(results->hits.at(0).sourceId), 4);
        QCOMPARE(occurrencesOf.value(results->hits.at(1).sourceId), 2);
        QCOMPARE(occurrencesOf.value(results->hits.at(2).sourceId), 1);
        QVERIFY(results->hits.at(0).score < results->hits.at(2).score);
    }

    void offsetsAreRightAfterNonBmpCharacters()
    {
        QTemporaryDir dir;
        auto dossier = createDossier(dir.filePath(QStringLiteral("emoji.recoupe")));
        QVERIFY(dossier);
        SourceStore sources(*dossier);
        // Emoji and mathematical letters take 4 UTF-8 bytes and 2 UTF-16 units; "é" 2 and 1.
        QString text = QStringLiteral(
            "\U0001F600 \U0001F389 \U0001D518\U0001D52B\U0001D526 — « Déontologie » d’abord.\n\n");
        // Enough paragraphs for several chunks, so chunk starts add up too.
        for (int i = 0; i < 700; ++i)
            text
                += QStringLiteral("Paragraphe %1 \U0001F600 de remplissage, café \U0001D51E sans le mot.\n\n")
                       .arg(i);
        text += QStringLiteral("Fin \U0001F680\U0001F680 : le pantouflage et la déontologie.");
        auto draft = textDraft(QStringLiteral("Émoji"), text);
        const auto id = sources.insert(draft);
        QVERIFY(id.ok());
        QVERIFY(dossier->scalar("SELECT count(*) FROM text_chunks") > 2);

        Searcher searcher(*dossier);
        const auto found = searcher.findInSource(*id, QStringLiteral("deontologie"));
        QVERIFY(found.ok());
        QCOMPARE(found->matches.size(), 2);
        QCOMPARE(found->matches.at(0).offset, text.indexOf(QStringLiteral("Déontologie")));
        QCOMPARE(found->matches.at(1).offset, text.lastIndexOf(QStringLiteral("déontologie")));
        for (const TextMatch &m : found->matches)
            QCOMPARE(fold(text.mid(m.offset, m.length)), QStringLiteral("deontologie"));

        const auto results = searcher.search(QStringLiteral("pantouflage"));
        QVERIFY(results.ok());
        QCOMPARE(results->hits.size(), 1);
        QCOMPARE(results->hits.first().offset, text.indexOf(QStringLiteral("pantouflage")));
        QCOMPARE(results->hits.first().length, 11);
    }

    void utf16Length_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("ascii") << QStringLiteral("avis");
        QTest::addRow("accents") << QStringLiteral("déontologie à l’Éducation");
        QTest::addRow("euro") << QStringLiteral("12 €");
        QTest::addRow("emoji") << QStringLiteral("\U0001F600");
        QTest::addRow("mixed") << QStringLiteral("a\U0001F600é€b\U0001D518");
    }

    void utf16Length()
    {
        QFETCH(QString, text);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(MatchLocator::utf16Length(utf8.constData(), utf8.size()), text.size());
    }

    void groupingKeepsFirstAppearanceOrder()
    {
        Searcher searcher(db());
        const auto results = searcher.search(QStringLiteral("numérique OR éducation"), everything());
        QVERIFY(results.ok());
        const QVector<SourceHits> groups = Searcher::groupBySource(results->hits);
        QCOMPARE(groups.size(), sourcesOf(results->hits).size());
        qsizetype total = 0;
        QVector<qint64> order;
        for (const SearchHit &hit : results->hits) {
            if (!order.contains(hit.sourceId))
                order.append(hit.sourceId);
        }
        for (qsizetype i = 0; i < groups.size(); ++i) {
            QCOMPARE(groups.at(i).sourceId, order.at(i));
            for (const SearchHit &hit : groups.at(i).hits)
                QCOMPARE(hit.sourceId, groups.at(i).sourceId);
            total += groups.at(i).hits.size();
        }
        QCOMPARE(total, results->hits.size());
    }

    void searchStopsWhenInterruptedFromAnotherThread_data()
    {
        QTest::addColumn<bool>("throughDatabase");
        QTest::addRow("searcher-interrupt") << false;
        QTest::addRow("database-interrupt") << true;
    }

    void searchStopsWhenInterruptedFromAnotherThread()
    {
        QFETCH(bool, throughDatabase);
        const QString path = db().path();
        std::atomic<Searcher *> active {nullptr};
        std::atomic<Database *> activeDb {nullptr};
        std::atomic<bool> stopped {false};
        std::atomic<bool> doneInterrupting {false};
        std::atomic<bool> giveUp {false};
        QString failure;
        int hitsAfterStop = -1;
        QString afterStop;

        // The worker searches with its own read-only connection, as a background search would.
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto connection = Database::open(path, Database::Mode::ReadOnly);
            if (!connection.ok()) {
                failure = connection.error();
                stopped = true;
                return;
            }
            Searcher searcher(**connection);
            activeDb = connection->get();
            active = &searcher;
            SearchOptions options;
            options.limit = 1000;
            while (!stopped && !giveUp) {
                const auto results = searcher.search(QStringLiteral("d* OR c* OR l*"), options);
                if (!results.ok()) {
                    failure = results.error();
                    stopped = true;
                } else if (results->outcome == SearchOutcome::Stopped) {
                    stopped = true;
                }
            }
            while (!doneInterrupting)
                QThread::yieldCurrentThread();
            active = nullptr;
            activeDb = nullptr;
            // The next search runs normally.
            const auto again = searcher.search(QStringLiteral("deontologie"));
            if (again.ok() && again->outcome == SearchOutcome::Searched)
                hitsAfterStop = int(again->hits.size());
            else
                afterStop = again.ok() ? again->message : again.error();
        }));
        worker->start();
        QDeadlineTimer deadline(60000);
        while (!stopped && !deadline.hasExpired()) {
            if (throughDatabase) {
                if (Database *d = activeDb.load())
                    d->interrupt();
            } else if (Searcher *s = active.load()) {
                s->interrupt();
            }
            QThread::usleep(50);
        }
        giveUp = true;
        doneInterrupting = true;
        QVERIFY(worker->wait(60000));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(stopped);
        QVERIFY2(hitsAfterStop > 0, qPrintable(afterStop));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
