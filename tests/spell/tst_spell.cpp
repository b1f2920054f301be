// SPDX-License-Identifier: GPL-3.0-or-later
#include "spell/dossierdictionary.h"
#include "spell/spellchecker.h"
#include "spell/wordsplitter.h"
#include "storage/dossier.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#if defined(RECOUPE_SPELL_HUNSPELL)
#include "spell/hunspellspellchecker.h"
#endif

using namespace Recoupe;

namespace {

// CI sets RECOUPE_REQUIRE_SPELL=1: there a missing dictionary is a failure, not a skip, so a
// lane that should check spelling can never pass without doing it.
bool spellRequired()
{
    return qEnvironmentVariableIntValue("RECOUPE_REQUIRE_SPELL") == 1;
}

QStringList texts(const QString &text, const QVector<Misspelling> &found)
{
    QStringList words;
    for (const Misspelling &m : found)
        words << text.mid(m.start, m.length);
    return words;
}

} // namespace

// A checker for `language`, or skip (fail under RECOUPE_REQUIRE_SPELL=1) saying what is missing.
#define CHECKER_OR_SKIP(var, language, dictionary)                                                           \
    auto var##Created = SpellChecker::create(QStringLiteral(language), dictionary);                          \
    if (!var##Created) {                                                                                     \
        if (spellRequired())                                                                                 \
            QFAIL(qPrintable(QStringLiteral("RECOUPE_REQUIRE_SPELL=1 but: ") + var##Created.error()));       \
        QSKIP(qPrintable(var##Created.error()));                                                             \
    }                                                                                                        \
    SpellChecker &var = **var##Created

class TestSpell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInfo("Spell-check backend: %s; dictionaries: %s", qPrintable(SpellChecker::backendName()),
            qPrintable(SpellChecker::installedLanguages().join(QStringLiteral(", "))));
        // Never a skip: a Sonnet without plugins would say every word is correct.
        const Status backend = SpellChecker::backendStatus();
        QVERIFY2(backend.ok(), qPrintable(backend.error()));
        // CI says which backend each lane must have built with.
        const QString expected = qEnvironmentVariable("RECOUPE_EXPECT_SPELL_BACKEND");
        if (!expected.isEmpty())
            QCOMPARE(SpellChecker::backendName(), expected);
    }

    void frenchMisspellingIsFlaggedWithTheRightSuggestion()
    {
        CHECKER_OR_SKIP(checker, "fr", nullptr);
        QVERIFY(checker.language().startsWith(QLatin1String("fr")));
        QVERIFY(!checker.isCorrect(QStringLiteral("déontologei")));
        const QStringList suggestions = checker.suggest(QStringLiteral("déontologei"));
        QVERIFY2(suggestions.contains(QStringLiteral("déontologie")), qPrintable(suggestions.join(u',')));
    }

    void frenchWordsAreCorrect_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addRow("plain") << QStringLiteral("commission");
        QTest::addRow("capitalised") << QStringLiteral("Commission");
        QTest::addRow("accents") << QStringLiteral("déontologie");
        QTest::addRow("elision-typographic") << QStringLiteral("l’éducation");
        QTest::addRow("elision-straight") << QStringLiteral("l'éducation");
        QTest::addRow("elision-capital") << QStringLiteral("L’Éducation");
        QTest::addRow("aujourdhui-typographic") << QStringLiteral("aujourd’hui");
        QTest::addRow("aujourdhui-straight") << QStringLiteral("aujourd'hui");
        QTest::addRow("jusqu-au") << QStringLiteral("jusqu’au");
        QTest::addRow("qu-il") << QStringLiteral("qu’il");
        QTest::addRow("compound") << QStringLiteral("porte-parole");
        QTest::addRow("soft-hyphen") << QStringLiteral("com\u00ADmission");
        QTest::addRow("number") << QStringLiteral("2018");
        QTest::addRow("oe-without-ligature") << QStringLiteral("oeuvre");
        QTest::addRow("capital-without-accent") << QStringLiteral("Etat");
        QTest::addRow("elision-capital-without-accent") << QStringLiteral("l’Etat");
    }

    void frenchWordsAreCorrect()
    {
        QFETCH(QString, word);
        CHECKER_OR_SKIP(checker, "fr_FR", nullptr);
        QVERIFY2(checker.isCorrect(word), qPrintable(word));
    }

    void elidedMisspellingKeepsItsArticleInSuggestions()
    {
        CHECKER_OR_SKIP(checker, "fr", nullptr);
        QVERIFY(!checker.isCorrect(QStringLiteral("l’éducatoin")));
        const QStringList typographic = checker.suggest(QStringLiteral("l’éducatoin"));
        QVERIFY2(typographic.contains(QStringLiteral("l’éducation")), qPrintable(typographic.join(u',')));
        QVERIFY(!checker.isCorrect(QStringLiteral("d'éducatoin")));
        const QStringList plain = checker.suggest(QStringLiteral("d'éducatoin"));
        QVERIFY2(plain.contains(QStringLiteral("d'éducation")), qPrintable(plain.join(u',')));
    }

    void englishMisspellingIsFlaggedWithTheRightSuggestion()
    {
        CHECKER_OR_SKIP(checker, "en", nullptr);
        QVERIFY(checker.language().startsWith(QLatin1String("en")));
        QVERIFY(!checker.isCorrect(QStringLiteral("recieve")));
        QVERIFY(checker.isCorrect(QStringLiteral("receive")));
        QVERIFY(checker.isCorrect(QStringLiteral("don’t")));
        const QStringList suggestions = checker.suggest(QStringLiteral("recieve"));
        QVERIFY2(suggestions.contains(QStringLiteral("receive")), qPrintable(suggestions.join(u',')));
        // The French article splitting must not apply to English.
        QVERIFY(!checker.isCorrect(QStringLiteral("l’recieve")));
    }

    void languageCodes_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("language");
        QTest::addRow("fr") << QStringLiteral("fr") << QStringLiteral("fr");
        QTest::addRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("fr_FR");
        QTest::addRow("fr-FR") << QStringLiteral("fr-FR") << QStringLiteral("fr_FR");
        QTest::addRow("fr_FR.UTF-8") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("fr_FR");
        QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("en");
        QTest::addRow("en_US") << QStringLiteral("en_US") << QStringLiteral("en_US");
        QTest::addRow("EN-us") << QStringLiteral("EN-us") << QStringLiteral("en_US");
    }

    void languageCodes()
    {
        QFETCH(QString, requested);
        QFETCH(QString, language);
        auto created = SpellChecker::create(requested);
        if (!created) {
            if (spellRequired())
                QFAIL(qPrintable(created.error()));
            QSKIP(qPrintable(created.error()));
        }
        // A bare language gets one of its regions' dictionaries.
        QVERIFY2((*created)->language().startsWith(language), qPrintable((*created)->language()));
        QVERIFY((*created)->availableLanguages().contains((*created)->language()));
    }

    void unknownLanguageIsAClearError_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("mentioned");
        QTest::addRow("no-such-language") << QStringLiteral("xx") << QStringLiteral("“xx”");
        QTest::addRow("no-such-region-nor-language") << QStringLiteral("zz_ZZ") << QStringLiteral("“zz_ZZ”");
        QTest::addRow("empty") << QString() << QStringLiteral("language");
    }

    void unknownLanguageIsAClearError()
    {
        QFETCH(QString, language);
        QFETCH(QString, mentioned);
        const auto created = SpellChecker::create(language);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(mentioned), qPrintable(created.error()));
        // The user learns what is installed instead.
        if (!language.isEmpty() && !SpellChecker::installedLanguages().isEmpty())
            QVERIFY2(created.error().contains(SpellChecker::installedLanguages().constFirst()),
                qPrintable(created.error()));
    }

    void textCheckerFindsTheMisspelledWordsOffsets()
    {
        CHECKER_OR_SKIP(checker, "fr", nullptr);
        const QString text = QStringLiteral(
            "La commission de déontologei a rendu l’avis aujourd’hui : jusqu’au 23 avril 2018, le "
            "directeur du numérqiue pour l’éducation (DNE) ne pourra pas contacter la DNE, selon "
            "https://www.example.org/avis-commission. Il restera porte-parol d’Amazon et d’Etalab.");
        const QVector<Misspelling> found = checker.misspellings(text);
        const QVector<Misspelling> expected {
            { int(text.indexOf(QStringLiteral("déontologei"))), 11, QStringLiteral("déontologei") },
            { int(text.indexOf(QStringLiteral("numérqiue"))), 9, QStringLiteral("numérqiue") },
            { int(text.indexOf(QStringLiteral("parol d’"))), 5, QStringLiteral("parol") },
            // The article is not underlined, only the unknown name.
            { int(text.indexOf(QStringLiteral("Etalab"))), 6, QStringLiteral("Etalab") },
        };
        QCOMPARE(texts(text, found), texts(text, expected));
        QCOMPARE(found, expected);
    }

    void wordSplitter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::addRow("elisions") << QStringLiteral("l’éducation d'Amazon")
                                  << QStringList { QStringLiteral("l’éducation"),
                                         QStringLiteral("d'Amazon") };
        QTest::addRow("quotes-and-punctuation")
            << QStringLiteral("« Ce débauchage… » (sic)!")
            << QStringList { QStringLiteral("Ce"), QStringLiteral("débauchage"), QStringLiteral("sic") };
        QTest::addRow("apostrophe-at-word-end")
            << QStringLiteral("les profs’ avis")
            << QStringList { QStringLiteral("les"), QStringLiteral("profs"), QStringLiteral("avis") };
        QTest::addRow("dangling-hyphens")
            << QStringLiteral("anti- et pro-Amazon")
            << QStringList { QStringLiteral("anti"), QStringLiteral("et"), QStringLiteral("pro-Amazon") };
        QTest::addRow("web-address") << QStringLiteral(
            "voir <https://example.org/a-b> ou www.example.org ici")
                                     << QStringList { QStringLiteral("voir"), QStringLiteral("ou"),
                                            QStringLiteral("ici") };
        QTest::addRow("e-mail") << QStringLiteral("écrire à presse@example.org.")
                                << QStringList { QStringLiteral("écrire"), QStringLiteral("à") };
        QTest::addRow("combining-accent")
            << QStringLiteral("de\u0301ontologie") << QStringList { QStringLiteral("de\u0301ontologie") };
        QTest::addRow("outside-the-bmp")
            << QStringLiteral("a \U0001D400bc d")
            << QStringList { QStringLiteral("a"), QStringLiteral("\U0001D400bc"), QStringLiteral("d") };
        QTest::addRow("empty") << QString() << QStringList {};
    }

    void wordSplitter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QStringList found;
        const QVector<WordSplitter::Word> split = WordSplitter::words(text);
        for (const WordSplitter::Word &w : split)
            found << text.mid(w.start, w.length);
        QCOMPARE(found, words);
    }

    void dossierWordIsAcceptedAfterReopeningTheDossier()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.recoupe"));
        const QString sentence = QStringLiteral("Mathieu Jeandron part chez Amazon.");
        {
            auto dossier = Dossier::open(path, Dossier::OpenMode::Create);
            QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
            DossierDictionary words((*dossier)->database());
            CHECKER_OR_SKIP(checker, "fr_FR", &words);
            QVERIFY2(!checker.isCorrect(QStringLiteral("Jeandron")),
                "the test needs a word unknown to the dictionary");
            QCOMPARE(
                texts(sentence, checker.misspellings(sentence)), QStringList { QStringLiteral("Jeandron") });
            const Status added = checker.addToDossier(QStringLiteral("Jeandron"));
            QVERIFY2(added.ok(), qPrintable(added.error()));
            QVERIFY(checker.isCorrect(QStringLiteral("Jeandron")));
        }
        auto reopened = Dossier::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        DossierDictionary words((*reopened)->database());
        QCOMPARE(words.words(QStringLiteral("fr")), QStringList { QStringLiteral("Jeandron") });
        CHECKER_OR_SKIP(checker, "fr", &words);
        QVERIFY(checker.isCorrect(QStringLiteral("Jeandron")));
        QVERIFY(checker.isCorrect(QStringLiteral("JEANDRON")));
        QVERIFY(checker.misspellings(sentence).isEmpty());
        // The word belongs to this dossier and this language only.
        CHECKER_OR_SKIP(english, "en_US", &words);
        QVERIFY(!english.isCorrect(QStringLiteral("Jeandron")));
        CHECKER_OR_SKIP(detached, "fr", nullptr);
        QVERIFY(!detached.isCorrect(QStringLiteral("Jeandron")));
        QVERIFY(!detached.addToDossier(QStringLiteral("Jeandron")).ok());
        // Removing it (what undo does) flags it again.
        QCOMPARE(words.remove(QStringLiteral("fr_FR"), QStringLiteral("Jeandron")).ok(), true);
        QVERIFY(!checker.isCorrect(QStringLiteral("Jeandron")));
    }

    void dossierDictionaryKeepsOneEntryPerWordAndLanguage()
    {
        QTemporaryDir dir;
        auto dossier = Dossier::open(dir.filePath(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
        DossierDictionary words((*dossier)->database());

        const Result<bool> first = words.add(QStringLiteral("fr_FR"), QStringLiteral("d’Amazon"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(*first);
        // Same word for another French region and with a straight apostrophe: already there.
        const Result<bool> again = words.add(QStringLiteral("fr-CA"), QStringLiteral("d'Amazon"));
        QVERIFY(again.ok());
        QVERIFY(!*again);
        QVERIFY(words.contains(QStringLiteral("fr"), QStringLiteral("d’Amazon")));
        QVERIFY(!words.contains(QStringLiteral("en"), QStringLiteral("d’Amazon")));
        QCOMPARE(words.words(QStringLiteral("fr_FR")), QStringList { QStringLiteral("d'Amazon") });

        QVERIFY(*words.add(QStringLiteral("fr"), QStringLiteral("pantouflage")));
        QVERIFY(words.contains(QStringLiteral("fr"), QStringLiteral("Pantouflage")));
        QVERIFY(*words.add(QStringLiteral("fr"), QStringLiteral("Blanquer")));
        QVERIFY(!words.contains(QStringLiteral("fr"), QStringLiteral("blanquer")));

        QVERIFY(*words.remove(QStringLiteral("fr"), QStringLiteral("d’Amazon")));
        QVERIFY(!*words.remove(QStringLiteral("fr"), QStringLiteral("d’Amazon")));
        QCOMPARE(words.words(QStringLiteral("fr")),
            (QStringList { QStringLiteral("Blanquer"), QStringLiteral("pantouflage") }));
    }

    void dossierDictionaryRefusesWhatIsNotAWord_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("mentioned");
        QTest::addRow("empty") << QStringLiteral("fr") << QString() << QStringLiteral("empty");
        QTest::addRow("blank") << QStringLiteral("fr") << QStringLiteral("  \t") << QStringLiteral("empty");
        QTest::addRow("two-words") << QStringLiteral("fr") << QStringLiteral("Mathieu Jeandron")
                                   << QStringLiteral("“Mathieu Jeandron”");
        QTest::addRow("no-language") << QString() << QStringLiteral("Jeandron") << QStringLiteral("language");
    }

    void dossierDictionaryRefusesWhatIsNotAWord()
    {
        QFETCH(QString, language);
        QFETCH(QString, word);
        QFETCH(QString, mentioned);
        QTemporaryDir dir;
        auto dossier = Dossier::open(dir.filePath(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(dossier.ok(), qPrintable(dossier.error()));
        DossierDictionary words((*dossier)->database());
        const Result<bool> added = words.add(language, word);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(mentioned), qPrintable(added.error()));
        QVERIFY(words.words(QStringLiteral("fr")).isEmpty());
    }

    // The seed articles are real French journalism (with readers' comments): a checker that
    // flagged elisions, compounds or numbers would drown the few real unknowns in noise.
    void realFrenchArticlesAreMostlyCorrect()
    {
        CHECKER_OR_SKIP(checker, "fr", nullptr);
        const QDir seeds(QStringLiteral(RECOUPE_SEEDS));
        const QStringList files = seeds.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            if (spellRequired())
                QFAIL("no seed articles in " RECOUPE_SEEDS);
            QSKIP("no seed articles in " RECOUPE_SEEDS);
        }
        for (const QString &name : files) {
            QFile file(seeds.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const int words = int(WordSplitter::words(text).size());
            const QVector<Misspelling> found = checker.misspellings(text);
            QStringList flagged = texts(text, found);
            flagged.removeDuplicates();
            qInfo("%s: %d words, %d flagged: %s", qPrintable(name), words, int(found.size()),
                qPrintable(flagged.join(QStringLiteral(", "))));
            QVERIFY(words > 200);
            QVERIFY2(found.size() * 100 < words * 3, qPrintable(name));
            for (const QString &word : std::as_const(flagged))
                QVERIFY2(!word.contains(u'’') && !word.contains(u'\''),
                    qPrintable(name + QStringLiteral(": ") + word));
        }
    }

#if defined(RECOUPE_SPELL_HUNSPELL)
    // Not every dictionary is UTF-8 (Debian's older ones are ISO 8859-1 or -15): words must be
    // converted both ways. A tiny Latin-1 dictionary, found through DICPATH as hunspell does.
    void latin1DictionaryIsReadInItsEncoding()
    {
        QTemporaryDir dir;
        QFile aff(dir.filePath(QStringLiteral("xx_LATIN.aff")));
        QVERIFY(aff.open(QIODevice::WriteOnly));
        aff.write("SET ISO8859-1\nTRY eéacfrtu\n");
        aff.close();
        QFile dic(dir.filePath(QStringLiteral("xx_LATIN.dic")));
        QVERIFY(dic.open(QIODevice::WriteOnly));
        dic.write(QStringLiteral("2\ncafé\nthé\n").toLatin1());
        dic.close();
        qputenv("DICPATH", QFile::encodeName(dir.path()));
        auto created = HunspellSpellChecker::create(QStringLiteral("xx_LATIN"), nullptr);
        qunsetenv("DICPATH");
        QVERIFY2(created.ok(), qPrintable(created.error()));
        HunspellSpellChecker &checker = **created;
        QCOMPARE(checker.dictionaryEncoding(), QStringLiteral("ISO8859-1"));
        QVERIFY(checker.isCorrect(QStringLiteral("café")));
        QVERIFY(!checker.isCorrect(QStringLiteral("cafe")));
        // "œ" has no place in Latin-1: unknown, not garbled into another word.
        QVERIFY(!checker.isCorrect(QStringLiteral("cœfé")));
        QCOMPARE(checker.suggest(QStringLiteral("cafe")), QStringList { QStringLiteral("café") });
    }
#endif
};

QTEST_GUILESS_MAIN(TestSpell)
#include "tst_spell.moc"
