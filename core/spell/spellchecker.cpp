// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellchecker.h"

#include "dossierdictionary.h"
#include "wordsplitter.h"

#include <QRegularExpression>

#if defined(RECOUPE_SPELL_SONNET)
#include "sonnetspellchecker.h"
using CompiledSpellChecker = Recoupe::SonnetSpellChecker;
#elif defined(RECOUPE_SPELL_HUNSPELL)
#include "hunspellspellchecker.h"
using CompiledSpellChecker = Recoupe::HunspellSpellChecker;
#else
#error "Define RECOUPE_SPELL_SONNET or RECOUPE_SPELL_HUNSPELL (core/spell/CMakeLists.txt does)"
#endif

namespace Recoupe {

namespace {

// French elided words: "l’éducation" is "l’" + "éducation", "jusqu’au" is "jusqu’" + "au".
// Dictionaries know most such forms, but splitting them keeps a misspelled noun from being
// judged (and corrected) together with its article.
const QStringList &frenchElisions()
{
    static const QStringList elisions {
        QStringLiteral("l"),
        QStringLiteral("d"),
        QStringLiteral("j"),
        QStringLiteral("m"),
        QStringLiteral("n"),
        QStringLiteral("s"),
        QStringLiteral("t"),
        QStringLiteral("c"),
        QStringLiteral("qu"),
        QStringLiteral("jusqu"),
        QStringLiteral("lorsqu"),
        QStringLiteral("puisqu"),
        QStringLiteral("quoiqu"),
        QStringLiteral("presqu"),
        QStringLiteral("quelqu"),
    };
    return elisions;
}

// Position of the apostrophe after an elided prefix, or -1.
int elisionApostrophe(const QString &language, const QString &word)
{
    if (!language.startsWith(QLatin1String("fr")))
        return -1;
    for (int i = 1; i < word.size() - 1; ++i) {
        if (WordSplitter::isApostrophe(word[i]))
            return frenchElisions().contains(word.left(i).toLower()) ? i : -1;
        if (!word[i].isLetter())
            return -1;
    }
    return -1;
}

// The accented capitals an unaccented French capital may stand for.
QStringView accentedCapitals(QChar capital)
{
    switch (capital.unicode()) {
    case u'A':
        return u"ÀÂ";
    case u'C':
        return u"Ç";
    case u'E':
        return u"ÉÈÊ";
    case u'I':
        return u"Î";
    case u'O':
        return u"Ô";
    case u'U':
        return u"ÛÙ";
    default:
        return {};
    }
}

QString withoutSoftHyphens(QString word)
{
    word.remove(QChar(0x00AD));
    return word;
}

bool hasDigit(const QString &word)
{
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// "DNE", "CNIL", "OCDE": acronyms, which dictionaries do not list.
bool isAcronym(const QString &word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

QString withApostrophe(QString word, QChar apostrophe)
{
    for (QChar &c : word) {
        if (WordSplitter::isApostrophe(c))
            c = apostrophe;
    }
    return word;
}

// The parts of a hyphenated compound: "porte-parole" → "porte", "parole".
QVector<WordSplitter::Word> compoundParts(const QString &word)
{
    QVector<WordSplitter::Word> parts;
    int start = 0;
    for (int i = 0; i <= word.size(); ++i) {
        if (i == word.size() || WordSplitter::isHyphen(word[i])) {
            if (i > start)
                parts.append({ start, i - start });
            start = i + 1;
        }
    }
    return parts;
}

} // namespace

SpellChecker::SpellChecker(QString language, DossierDictionary *dossierWords)
    : m_language(std::move(language))
    , m_dossierWords(dossierWords)
{ }

SpellChecker::~SpellChecker() = default;

Result<std::unique_ptr<SpellChecker>> SpellChecker::create(
    const QString &language, DossierDictionary *dossierWords)
{
    if (language.trimmed().isEmpty())
        return Error { tr("No language was given for spell checking.") };
    const Status backend = backendStatus();
    if (!backend)
        return Error { backend.error() };
    auto created = CompiledSpellChecker::create(language, dossierWords);
    if (!created)
        return Error { created.error() };
    return std::unique_ptr<SpellChecker>(std::move(created).value());
}

QString SpellChecker::backendName()
{
    return CompiledSpellChecker::name();
}

Status SpellChecker::backendStatus()
{
    return CompiledSpellChecker::status();
}

QStringList SpellChecker::installedLanguages()
{
    return CompiledSpellChecker::languages();
}

QString SpellChecker::pickLanguage(const QString &requested, const QStringList &installed)
{
    // "fr-FR", "fr_FR.UTF-8", "fr_FR@euro" → language "fr", region "FR".
    QString code = requested.trimmed();
    const int suffix = code.indexOf(QRegularExpression(QStringLiteral("[.@]")));
    if (suffix >= 0)
        code.truncate(suffix);
    code.replace(u'-', u'_');
    const QString language = code.section(u'_', 0, 0).toLower();
    const QString region = code.section(u'_', 1).toUpper();
    if (language.isEmpty())
        return {};

    auto find = [&installed](const QString &candidate) -> QString {
        for (const QString &code : installed) {
            if (code.compare(candidate, Qt::CaseInsensitive) == 0)
                return code;
        }
        return {};
    };

    QStringList candidates;
    if (!region.isEmpty())
        candidates << language + u'_' + region;
    // The usual region of a bare language (or of a region that has no dictionary here).
    if (language == QLatin1String("en"))
        candidates << QStringLiteral("en_US") << QStringLiteral("en_GB");
    candidates << language + u'_' + language.toUpper() << language;
    for (const QString &candidate : std::as_const(candidates)) {
        const QString found = find(candidate);
        if (!found.isEmpty())
            return found;
    }
    QStringList sorted = installed;
    sorted.sort();
    for (const QString &code : std::as_const(sorted)) {
        if (code.startsWith(language + u'_', Qt::CaseInsensitive))
            return code;
    }
    return {};
}

Error SpellChecker::noDictionaryError(const QString &requested, const QStringList &installed)
{
    if (installed.isEmpty())
        //: %1 is a language code such as fr_FR; %2 the spell-check library (hunspell, sonnet)
        return Error { tr(
            "No spelling dictionary is installed for “%1”, nor for any other language (spell-check "
            "library: %2). Install a dictionary package, such as hunspell-fr for French.")
                           .arg(requested, backendName()) };
    QStringList sorted = installed;
    sorted.sort();
    //: %1 is the requested language code, %2 the list of installed ones
    return Error { tr("No spelling dictionary is installed for “%1”. Installed dictionaries: %2.")
                       .arg(requested, sorted.join(QStringLiteral(", "))) };
}

bool SpellChecker::isDossierWord(const QString &word) const
{
    return m_dossierWords && m_dossierWords->contains(m_language, word);
}

bool SpellChecker::isCorrectSimple(const QString &word) const
{
    if (isDossierWord(word) || backendIsCorrect(word))
        return true;
    // Dictionaries spell apostrophes one way or the other; the user's text may use either.
    if (word.contains(u'\u2019') || word.contains(u'\u02BC')) {
        if (backendIsCorrect(withApostrophe(word, u'\'')))
            return true;
    } else if (word.contains(u'\'') && backendIsCorrect(withApostrophe(word, u'\u2019'))) {
        return true;
    }
    const int apostrophe = elisionApostrophe(m_language, word);
    if (apostrophe > 0)
        return isCorrectSimple(word.mid(apostrophe + 1));
    // "oeuvre", "foetal": French keyboards make the ligature hard to type.
    if (m_language.startsWith(QLatin1String("fr"))
        && word.contains(QLatin1String("oe"), Qt::CaseInsensitive)) {
        QString ligatures = word;
        ligatures.replace(QLatin1String("oe"), QStringLiteral("œ"));
        ligatures.replace(QLatin1String("Oe"), QStringLiteral("Œ"));
        ligatures.replace(QLatin1String("OE"), QStringLiteral("Œ"));
        if (backendIsCorrect(ligatures))
            return true;
    }
    // French usage often drops the accent of a capital ("Etat", "A partir"): accept the word
    // when its accented form is known.
    if (m_language.startsWith(QLatin1String("fr")) && !word.isEmpty()) {
        for (const QChar accented : accentedCapitals(word[0])) {
            if (backendIsCorrect(accented + word.mid(1)))
                return true;
        }
    }
    return false;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    const QString plain = withoutSoftHyphens(word.trimmed());
    if (plain.isEmpty() || hasDigit(plain) || isCorrectSimple(plain))
        return true;
    const QVector<WordSplitter::Word> parts = compoundParts(plain);
    if (parts.size() < 2)
        return false;
    for (const WordSplitter::Word &part : parts) {
        if (!isCorrectSimple(plain.mid(part.start, part.length)))
            return false;
    }
    return true;
}

QStringList SpellChecker::suggest(const QString &word) const
{
    const QString plain = withoutSoftHyphens(word.trimmed());
    if (plain.isEmpty())
        return {};
    QStringList suggestions;
    const int apostrophe = elisionApostrophe(m_language, plain);
    if (apostrophe > 0) {
        const QString prefix = plain.left(apostrophe + 1);
        const QStringList rest = suggest(plain.mid(apostrophe + 1));
        for (const QString &s : rest)
            suggestions.append(prefix + s);
    }
    suggestions += backendSuggest(plain);
    // Answer in the user's apostrophe, whatever the dictionary uses.
    const bool typographic = plain.contains(u'\u2019');
    for (QString &s : suggestions)
        s = withApostrophe(s, typographic ? QChar(u'\u2019') : QChar(u'\''));
    suggestions.removeDuplicates();
    suggestions.removeAll(plain);
    return suggestions;
}

Status SpellChecker::addToDossier(const QString &word)
{
    if (!m_dossierWords)
        return Error { tr("“%1” was not added: this spell checker is not attached to a dossier.").arg(word) };
    const Result<bool> added = m_dossierWords->add(m_language, word);
    if (!added)
        return Error { added.error() };
    return {};
}

QVector<Misspelling> SpellChecker::misspellings(const QString &text) const
{
    QVector<Misspelling> result;
    // A text repeats its words: ask the backend once per distinct word.
    QHash<QString, bool> verdicts;
    const QVector<WordSplitter::Word> words = WordSplitter::words(text);
    for (const WordSplitter::Word &word : words)
        checkWord(text, word.start, word.length, result, verdicts);
    return result;
}

void SpellChecker::checkWord(const QString &text, int start, int length, QVector<Misspelling> &out,
    QHash<QString, bool> &verdicts) const
{
    const QString word = text.mid(start, length);
    const int apostrophe = elisionApostrophe(m_language, word);
    if (hasDigit(word) || isAcronym(apostrophe > 0 ? word.mid(apostrophe + 1) : word))
        return;
    auto correct = [this, &verdicts](const QString &w) {
        auto known = verdicts.constFind(w);
        if (known != verdicts.constEnd())
            return *known;
        const bool verdict = isCorrect(w);
        verdicts.insert(w, verdict);
        return verdict;
    };
    if (correct(word))
        return;
    const int reported = int(out.size());
    if (apostrophe > 0) {
        // The article is never what is wrong: underline "Etalab" in "d’Etalab".
        checkWord(text, start + apostrophe + 1, length - apostrophe - 1, out, verdicts);
    } else {
        // Underline only the unknown parts of a compound: "porte-parol" → "parol".
        const QVector<WordSplitter::Word> parts = compoundParts(word);
        for (const WordSplitter::Word &part : parts) {
            const QString piece = word.mid(part.start, part.length);
            if (parts.size() > 1 && !isAcronym(piece) && !correct(piece))
                out.append({ start + part.start, part.length, piece });
        }
    }
    if (out.size() == reported)
        out.append({ start, length, word });
}

} // namespace Recoupe
