// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitysuggester.h"

#include "namekey.h"
#include "namelexicon.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "wordscanner.h"

#include <QPromise>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <numeric>

namespace Recoupe {

namespace {

enum Vote
{
    VotePerson,
    VoteOrganization,
    VotePublicBody,
    VoteCompany,
    VotePlace,
    VoteCount
};
using Votes = std::array<int, VoteCount>;

enum class Kind : quint8
{
    CapitalizedRun, // "Mathieu Jeandron", "Amazon Web Services"
    Institution, // head word and its complement: "commission de déontologie de la fonction publique"
    Acronym, // "DNE", "CINOV-IT"
    Expansion, // the long form written next to an acronym
    Standalone // "Sénat"
};

enum OccurrenceFlag : quint8
{
    SentenceInitial = 1 << 0,
    InComments = 1 << 1,
    PersonCue = 1 << 2,
    InstitutionCue = 1 << 3, // "le Syntec numérique", "la société française Unowhy"
    CodeLike = 1 << 4, // "$(DESTDIR)", "README.Debian", "Build-Depends:" at a line's start
    TitleCaseLine = 1 << 5, // a heading In Title Case, where capitals say nothing
    AfterDeterminer = 1 << 6, // "the Makefile", "a README": a thing, not a name
    AfterArticle = 1 << 7, // "le Syntec numérique", "la SNCF": French names no one with an article
};

struct Occurrence
{
    qint64 sourceId;
    qint32 start;
    qint32 end;
    quint8 flags;
    std::array<qint8, VoteCount> votes; // what the words around this occurrence say it is
};

// Every occurrence of one written form, before the dossier-wide decisions.
struct RawVariant
{
    QString surface;
    Kind kind = Kind::CapitalizedRun;
    int tokenCount = 1;
    int restOffset = 0; // from the start to the second capitalized word, for trimming a sentence's first word
    QString firstWord; // lower case
    QVector<Occurrence> occurrences;
};

// All the written forms that share a key.
struct Variant
{
    QString key;
    QHash<QString, int> surfaces;
    QVector<Occurrence> occurrences;
    Votes votes {};
    Kind kind = Kind::CapitalizedRun;
    int tokenCount = 1;
    bool capitalizedHead = false;
    bool paired = false; // an acronym written with its expansion
    bool personLike = false;
    int group = -1;

    QString bestSurface() const
    {
        QString best;
        int bestCount = -1;
        for (auto it = surfaces.cbegin(); it != surfaces.cend(); ++it) {
            const bool capital = !it.key().isEmpty() && it.key().at(0).isUpper();
            const bool bestCapital = !best.isEmpty() && best.at(0).isUpper();
            if (it.value() > bestCount || (it.value() == bestCount && capital && !bestCapital)
                || (it.value() == bestCount && capital == bestCapital && it.key() < best)) {
                best = it.key();
                bestCount = it.value();
            }
        }
        return best;
    }
};

class UnionFind
{
public:
    explicit UnionFind(int n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

QString lowered(QStringView word)
{
    QString result;
    result.reserve(word.size());
    for (const QChar c : word) {
        if (NameKey::isApostrophe(c))
            continue;
        result.append(c.toLower());
    }
    return result;
}

// Whether `letters` (an acronym) can be read from the content words: their initials, initials
// cut short ("AFIN" for "Afinef"), or leading letters of consecutive words ("DINUM").
bool acronymMatchesWords(
    const QString &letters, const QStringList &words, int pos = 0, int word = 0, bool skipped = false)
{
    if (pos == letters.size())
        return word >= words.size() - (skipped ? 0 : 1);
    if (word >= words.size())
        return false;
    const QString upper = words.at(word).toUpper();
    for (int k = std::min<int>(upper.size(), letters.size() - pos); k >= 1; --k) {
        if (QStringView(upper).left(k) == QStringView(letters).mid(pos, k)
            && acronymMatchesWords(letters, words, pos + k, word + 1, skipped))
            return true;
    }
    // One word may be left out ("SNCF" for "société nationale des chemins de fer français").
    return !skipped && word > 0 && acronymMatchesWords(letters, words, pos, word + 1, true);
}

bool acronymMatches(const QString &acronym, const QString &expansion)
{
    const QString letters = NameKey::acronymLetters(acronym);
    const QStringList words = NameKey::contentWords(NameKey::key(expansion));
    if (letters.size() < 2 || words.size() < 2)
        return false;
    QString initials;
    for (const QString &w : words)
        initials.append(w.at(0).toUpper());
    if (initials == letters)
        return true;
    if (initials.size() >= 3 && letters.startsWith(initials))
        return true;
    return acronymMatchesWords(letters, words);
}

} // namespace

class EntitySuggester::Private
{
public:
    QVector<RawVariant> raws;
    QHash<QString, int> rawIndex; // kind + surface -> raws
    QHash<QString, int> lowerCount; // word written in lower case, anywhere
    QHash<QString, int> lowerKeyCount; // the same by key words ("depends", "education")
    QHash<QString, int> capitalKeyCount; // key words written with a capital inside a sentence
    QHash<QString, int> midCapitalCount; // word written with a capital inside a sentence
    QSet<QString> pseudonymKeys;
    QVector<QPair<QString, QString>> pairs; // acronym and expansion written together (surfaces)
    QSet<QString> excluded;

    // Per text being scanned
    QStringView text;
    qint64 sourceId = 0;
    QVector<WordToken> tokens;
    QVector<QString> lowers;
    qint32 commentStart = 0;
    QSet<int> personCueTargets;

    void addText(qint64 id, QStringView text);
    QVector<EntitySuggestion> suggestions() const;

private:
    void scanLines();
    bool isWord(int i) const { return i >= 0 && i < tokens.size() && tokens.at(i).isWord(); }
    bool joinedWord(int i) const { return isWord(i) && tokens.at(i).is(WordToken::Joined); }
    bool capitalized(int i) const
    {
        return isWord(i) && (tokens.at(i).is(WordToken::Capitalized) || tokens.at(i).is(WordToken::AllCaps));
    }
    bool isMark(int i, char c) const { return i >= 0 && i < tokens.size() && tokens.at(i).isMark(c); }
    bool joinedMark(int i, char c) const { return isMark(i, c) && tokens.at(i).is(WordToken::Joined); }
    int parseComplement(int i, bool forTitle) const;
    int parseRun(int i) const;
    bool validRunStart(int i) const;
    int handleBrackets(int nameStart, int nameEnd, Kind kind);
    void record(int first, int end, Kind kind, Votes votes, quint8 flags);
    Votes contextVotes(int first, int end) const;
    bool appositionTitle(int end) const;
    bool listedAsTitle(int end) const;
    quint8 lineFlags(qint32 start, qint32 stop) const;
    void markTitleTarget(int i);
};

void EntitySuggester::Private::scanLines()
{
    static const QRegularExpression pseudonymLine(
        QStringLiteral("^\\s*(\\S(?:.{0,38}\\S)?)\\s+(?:a\\s+écrit|wrote|writes|said)\\s*:?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression commentsHeading(
        QStringLiteral("^\\s*(?:\\d+\\s+)?(?:commentaires?|comments?|réactions?)(?:\\s*\\(\\d+\\))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    commentStart = qint32(text.size());
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.mid(lineStart, lineEnd - lineStart);
        if (line.size() < 80) {
            const bool maybePseudonym = line.contains(QLatin1String("crit"))
                || line.contains(QLatin1String("wrote")) || line.contains(QLatin1String("writes"))
                || line.contains(QLatin1String("said"));
            const bool maybeHeading
                = line.contains(QLatin1String("omment")) || line.contains(QLatin1String("action"));
            if (maybePseudonym) {
                const auto match = pseudonymLine.match(line.toString());
                if (match.hasMatch()) {
                    pseudonymKeys.insert(NameKey::key(match.captured(1)));
                    commentStart = std::min(commentStart, qint32(lineStart));
                }
            }
            if (maybeHeading && commentsHeading.match(line.toString()).hasMatch())
                commentStart = std::min(commentStart, qint32(lineStart));
        }
        lineStart = lineEnd + 1;
    }
}

// The complement after a head word or a title: adjectives, then up to four "particle
// [article] noun [adjectives]" segments ("de déontologie", "de la fonction publique").
// Returns the token after the complement, or `i + 1` when there is none. Institution names stop
// before another head ("Direction du numérique | du ministère"); titles may run through it.
int EntitySuggester::Private::parseComplement(int i, bool forTitle) const
{
    int j = i + 1;
    for (int adjectives = 0; adjectives < 2 && joinedWord(j) && NameLexicon::isNameAdjective(lowers.at(j));
         ++adjectives)
        ++j;
    for (int segments = 0; segments < 4; ++segments) {
        int k = j;
        if (!joinedWord(k))
            break;
        const QString &particle = lowers.at(k);
        const bool titleParticle = forTitle
            && (particle == QLatin1String("à") || particle == QLatin1String("au")
                || particle == QLatin1String("aux") || particle == QLatin1String("chez")
                || particle == QLatin1String("at"));
        if (!NameLexicon::isChainParticle(particle) && !titleParticle)
            break;
        ++k;
        if (joinedWord(k)
            && (lowers.at(k) == QLatin1String("la") || lowers.at(k) == QLatin1String("le")
                || lowers.at(k) == QLatin1String("les") || lowers.at(k) == QLatin1String("l")
                || lowers.at(k) == QLatin1String("the")))
            ++k;
        if (!joinedWord(k))
            break;
        const QString &noun = lowers.at(k);
        const WordToken &t = tokens.at(k);
        if (NameLexicon::isStopWord(noun) || t.is(WordToken::HasDigit) || NameLexicon::isMonthOrDay(noun))
            break;
        if (!forTitle && NameLexicon::headOf(noun, t.is(WordToken::Capitalized)) != NameLexicon::Head::None)
            break;
        // English names capitalize their complement: "Department of Education", not "Inspection of the new".
        if (!forTitle && (particle == QLatin1String("of") || particle == QLatin1String("for"))
            && !t.is(WordToken::Capitalized) && !t.is(WordToken::AllCaps))
            break;
        ++k;
        // A capitalized noun may be followed by more capitalized words ("of New South Wales").
        while (t.is(WordToken::Capitalized) && capitalized(k) && joinedWord(k)
            && !NameLexicon::isStopWord(lowers.at(k)))
            ++k;
        for (int adjectives = 0; adjectives < 2 && joinedWord(k) && NameLexicon::isNameAdjective(lowers.at(k))
             && !tokens.at(k).is(WordToken::Elided);
             ++adjectives)
            ++k;
        j = k;
    }
    return j;
}

bool EntitySuggester::Private::validRunStart(int i) const
{
    if (!capitalized(i))
        return false;
    const WordToken &t = tokens.at(i);
    if (t.is(WordToken::Elided))
        return false;
    if (!text.at(t.start).isLetter())
        return false;
    // "I’ll", "Don't": English contractions.
    const QStringView word = text.mid(t.start, t.length());
    const qsizetype apostrophe
        = std::max(word.lastIndexOf(QChar(0x2019)), word.lastIndexOf(QLatin1Char('\'')));
    if (apostrophe > 0 && word.size() - apostrophe <= 3 && word.at(word.size() - 1).isLower())
        return false;
    const QString &w = lowers.at(i);
    return !NameLexicon::isStopWord(w) && !NameLexicon::isTitle(w) && !NameLexicon::isHonorific(w)
        && !NameLexicon::isMonthOrDay(w) && !NameLexicon::isTitleModifier(w);
}

// Capitalized words with particles between them: "Soazig Le Nevé", "Google for Education".
int EntitySuggester::Private::parseRun(int i) const
{
    int j = i;
    while (isWord(j) && (j == i || joinedWord(j))) {
        const QString &w = lowers.at(j);
        if (capitalized(j) && !tokens.at(j).is(WordToken::Elided)) {
            const bool particle = NameLexicon::isNameParticle(w);
            if (j > i && NameLexicon::isStopWord(w) && !particle)
                break;
            if (j > i
                && (NameLexicon::isTitle(w) || NameLexicon::isHonorific(w) || NameLexicon::isMonthOrDay(w)))
                break;
            // A capitalized particle ("Le" in "Soazig Le Nevé") needs a capitalized word after it.
            if (j > i && particle && !(capitalized(j + 1) && joinedWord(j + 1)))
                break;
            ++j;
            if (tokens.at(j - 1).is(WordToken::Possessive))
                break;
            continue;
        }
        if (j > i && NameLexicon::isNameParticle(w)) {
            int k = j + 1;
            if (joinedWord(k) && !capitalized(k) && NameLexicon::isNameParticle(lowers.at(k)))
                ++k; // "van der", "de la"
            const QString &next = lowers.value(k);
            if (capitalized(k) && joinedWord(k) && !NameLexicon::isStopWord(next)
                && !NameLexicon::isMonthOrDay(next) && !NameLexicon::isTitle(next)
                && !NameLexicon::isHonorific(next)
                && NameLexicon::headOf(next, true) == NameLexicon::Head::None) {
                j = k;
                continue;
            }
        }
        break;
    }
    while (j > i + 1 && !capitalized(j - 1))
        --j; // no trailing particle
    return j;
}

Votes EntitySuggester::Private::contextVotes(int first, int end) const
{
    Votes votes {};
    // The two words before: "l'entreprise multinationale Amazon", "le syndicat Sud Éducation".
    for (int k = first - 1; k >= std::max(0, first - 3); --k) {
        if (!isWord(k))
            break;
        const QString &w = lowers.at(k);
        if (NameLexicon::isCompanyCue(w)) {
            votes[VoteCompany] += 2;
            break;
        }
        if (NameLexicon::isOrganizationCue(w)) {
            votes[VoteOrganization] += 2;
            break;
        }
        if (k == first - 1) {
            if (w == QLatin1String("chez"))
                votes[VoteCompany] += 1;
            if (end - first == 1
                && (w == QLatin1String("à") || w == QLatin1String("en") || w == QLatin1String("in")
                    || w == QLatin1String("vers") || w == QLatin1String("depuis")))
                votes[VotePlace] += 2;
        }
    }
    const QString &last = lowers.at(end - 1);
    if (end - first > 1 && NameLexicon::isCompanySuffix(last))
        votes[VoteCompany] += 3;
    if (NameLexicon::isFirstName(lowers.at(first))
        || NameLexicon::isFirstName(lowers.at(first).section(QLatin1Char('-'), 0, 0)))
        votes[VotePerson] += end - first > 1 ? 2 : 0;
    return votes;
}

// "Mathieu Jeandron, directeur du numérique…", "Marc Couraud, ancien conseiller…"
bool EntitySuggester::Private::appositionTitle(int end) const
{
    if (!isMark(end, ','))
        return false;
    int k = end + 1;
    for (int skipped = 0; skipped < 2 && isWord(k)
         && (NameLexicon::isArticle(lowers.at(k)) || NameLexicon::isTitleModifier(lowers.at(k)));
         ++skipped)
        ++k;
    if (!isWord(k))
        return false;
    const QString &w = lowers.at(k);
    // "Barroso, ex-président de la CE"
    return NameLexicon::isTitle(w) || (w.startsWith(QLatin1String("ex-")) && NameLexicon::isTitle(w.mid(3)));
}

// "Lemaire, O et Montchalin en porte-drapeaux": names listed, then what they are.
bool EntitySuggester::Private::listedAsTitle(int end) const
{
    int k = end;
    for (int items = 0; items < 6; ++items) {
        if (isMark(k, ',')
            || (isWord(k) && (lowers.at(k) == QLatin1String("et") || lowers.at(k) == QLatin1String("and")))) {
            ++k;
            if (!capitalized(k) && !(isWord(k) && text.at(tokens.at(k).start).isUpper()))
                return false;
            ++k;
            continue;
        }
        break;
    }
    if (!isWord(k) || !(lowers.at(k) == QLatin1String("en") || lowers.at(k) == QLatin1String("as")))
        return false;
    ++k;
    if (isWord(k) && NameLexicon::isTitleModifier(lowers.at(k)))
        ++k;
    return isWord(k) && NameLexicon::isTitle(lowers.at(k));
}

// After a title or an honorific, the name that follows it, possibly after the title's
// complement and a comma: "la sénatrice Catherine…", "Le ministre de l'Éducation nationale,
// Jean-Michel Blanquer", "son successeur à la Direction du numérique pour l'éducation, Jean-Marc…"
void EntitySuggester::Private::markTitleTarget(int i)
{
    int j = NameLexicon::isHonorific(lowers.at(i)) ? i + 1 : parseComplement(i, true);
    if (isMark(j, '.') && NameLexicon::isHonorific(lowers.at(i)))
        ++j;
    if (isMark(j, ','))
        ++j;
    if (capitalized(j))
        personCueTargets.insert(j);
}

// What the characters and the line around a name say: code ("$(DESTDIR)", "README.Debian",
// "Build-Depends:" opening a line) or a heading In Title Case.
quint8 EntitySuggester::Private::lineFlags(qint32 start, qint32 stop) const
{
    quint8 flags = 0;
    static const QString codeBefore = QStringLiteral("$/\\_=<{.`");
    static const QString codeAfter = QStringLiteral("(/\\_=>}$.`*");
    const QChar before = start > 0 ? text.at(start - 1) : QChar();
    const QChar after = stop < text.size() ? text.at(stop) : QChar();
    const QChar afterNext = stop + 1 < text.size() ? text.at(stop + 1) : QChar();
    qsizetype lineStart = start;
    while (lineStart > 0 && text.at(lineStart - 1) != QLatin1Char('\n'))
        --lineStart;
    qsizetype lineEnd = stop;
    while (lineEnd < text.size() && text.at(lineEnd) != QLatin1Char('\n'))
        ++lineEnd;
    const QStringView line = text.mid(lineStart, lineEnd - lineStart);
    const bool opensLine = line.left(start - lineStart).trimmed().isEmpty();
    // "PS : …" opening a line is a postscript.
    const bool postscript = opensLine && stop - start <= 3
        && (after == QLatin1Char(':') || (after == QLatin1Char(' ') && afterNext == QLatin1Char(':')));
    const bool variable = before == QLatin1Char('(') && start > 1 && text.at(start - 2) == QLatin1Char('$');
    if (postscript || variable || (!before.isNull() && codeBefore.contains(before))
        || (!after.isNull() && codeAfter.contains(after) && !afterNext.isNull() && !afterNext.isSpace()
            && !(after == QLatin1Char('.') && !afterNext.isLetterOrNumber()))
        || (opensLine && after == QLatin1Char(':')))
        flags |= CodeLike;
    // A line of three words or more, nearly all capitalized, is a heading or a title.
    int words = 0, capitals = 0;
    for (const QStringView word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.isEmpty() || !word.at(0).isLetter())
            continue;
        const QString lower = word.toString().toLower();
        if (NameLexicon::isStopWord(lower))
            continue;
        ++words;
        if (word.at(0).isUpper())
            ++capitals;
    }
    if (words >= 3 && capitals * 5 >= words * 4)
        flags |= TitleCaseLine;
    return flags;
}

void EntitySuggester::Private::record(int first, int end, Kind kind, Votes votes, quint8 flags)
{
    const qint32 start = tokens.at(first).start;
    const qint32 stop = tokens.at(end - 1).end;
    const QString surface = text.mid(start, stop - start).toString();
    const QString indexKey = QString(QChar(0x30 + int(kind))) + surface;
    auto it = rawIndex.constFind(indexKey);
    int index;
    if (it == rawIndex.constEnd()) {
        RawVariant raw;
        raw.surface = surface;
        raw.kind = kind;
        raw.tokenCount = 0;
        for (int k = first; k < end; ++k) {
            if (capitalized(k))
                ++raw.tokenCount;
        }
        raw.firstWord = lowers.at(first);
        for (int k = first + 1; k < end; ++k) {
            if (capitalized(k) && !NameLexicon::isNameParticle(lowers.at(k))) {
                raw.restOffset = tokens.at(k).start - start;
                break;
            }
        }
        index = raws.size();
        raws.append(raw);
        rawIndex.insert(indexKey, index);
    } else {
        index = *it;
    }
    RawVariant &raw = raws[index];
    if (tokens.at(first).is(WordToken::SentenceStart))
        flags |= SentenceInitial;
    if (start >= commentStart)
        flags |= InComments;
    flags |= lineFlags(start, stop);
    Occurrence occ {sourceId, start, stop, flags, {}};
    for (int v = 0; v < VoteCount; ++v)
        occ.votes[v] = qint8(std::clamp(votes[v], -100, 100));
    raw.occurrences.append(occ);
}

// "la Cnil [Commission nationale de l'informatique et des libertés, ndlr]",
// "direction du numérique éducatif (DNE)". Returns the token to continue from: after the
// closing bracket when the content was an expansion or an acronym, `nameEnd` otherwise.
int EntitySuggester::Private::handleBrackets(int nameStart, int nameEnd, Kind kind)
{
    if (!(joinedMark(nameEnd, '(') || joinedMark(nameEnd, '[')))
        return nameEnd;
    const QChar closing = tokens.at(nameEnd).mark == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char(']');
    int close = -1;
    for (int k = nameEnd + 1; k < tokens.size() && k < nameEnd + 20; ++k) {
        if (tokens.at(k).is(WordToken::LineBreak))
            break;
        if (!tokens.at(k).isWord() && tokens.at(k).mark == closing) {
            close = k;
            break;
        }
    }
    if (close < 0 || close == nameEnd + 1)
        return nameEnd;
    int contentEnd = close;
    if (isWord(contentEnd - 1) && lowers.at(contentEnd - 1) == QLatin1String("ndlr")) {
        --contentEnd;
        if (isMark(contentEnd - 1, ','))
            --contentEnd;
    }
    const int contentStart = nameEnd + 1;
    if (contentEnd <= contentStart)
        return nameEnd;
    for (int k = contentStart; k < contentEnd; ++k) {
        if (!tokens.at(k).isWord())
            return nameEnd; // a list or a remark, not a name
    }
    const QString name
        = text.mid(tokens.at(nameStart).start, tokens.at(nameEnd - 1).end - tokens.at(nameStart).start)
              .toString();
    const QString content = text.mid(tokens.at(contentStart).start,
                                    tokens.at(contentEnd - 1).end - tokens.at(contentStart).start)
                                .toString();
    const bool acronymLike
        = kind == Kind::Acronym || (kind == Kind::CapitalizedRun && nameEnd == nameStart + 1);
    if (acronymLike && contentEnd - contentStart >= 2) {
        const bool headed = NameLexicon::headOf(lowers.at(contentStart), capitalized(contentStart))
            != NameLexicon::Head::None;
        if (!(capitalized(contentStart) || headed) || !acronymMatches(name, content))
            return nameEnd;
        Votes votes {};
        const auto head = NameLexicon::headOf(lowers.at(contentStart), true);
        if (head == NameLexicon::Head::PublicBody)
            votes[VotePublicBody] += 3;
        else if (head == NameLexicon::Head::Organization)
            votes[VoteOrganization] += 3;
        record(contentStart, contentEnd, Kind::Expansion, votes, 0);
        pairs.append({name, content});
        return close + 1;
    }
    if (kind != Kind::Acronym && contentEnd - contentStart == 1
        && tokens.at(contentStart).is(WordToken::AllCaps) && acronymMatches(content, name)) {
        Votes votes {};
        record(contentStart, contentEnd, Kind::Acronym, votes, 0);
        pairs.append({content, name});
        return close + 1;
    }
    return nameEnd;
}

void EntitySuggester::Private::addText(qint64 id, QStringView input)
{
    text = input;
    sourceId = id;
    scanLines();
    tokens = WordScanner::scan(text);
    lowers.resize(tokens.size());
    for (int i = 0; i < tokens.size(); ++i) {
        const WordToken &t = tokens.at(i);
        if (!t.isWord()) {
            lowers[i].clear();
            continue;
        }
        lowers[i] = lowered(text.mid(t.start, t.length()));
        if (t.length() < 2 || t.is(WordToken::Elided))
            continue;
        const QChar first = text.at(t.start);
        if (first.isLower()) {
            ++lowerCount[lowers.at(i)];
            for (const QString &part : NameKey::key(lowers.at(i)).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                ++lowerKeyCount[part];
        } else if (first.isUpper() && !t.is(WordToken::SentenceStart)) {
            ++midCapitalCount[lowers.at(i)];
            for (const QString &part : NameKey::key(lowers.at(i)).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                ++capitalKeyCount[part];
        }
    }
    personCueTargets.clear();

    int i = 0;
    const int n = tokens.size();
    while (i < n) {
        const WordToken &t = tokens.at(i);
        if (!t.isWord()) {
            // "@Patch": a commenter answering another.
            if (t.mark == QLatin1Char('@') && isWord(i + 1) && tokens.at(i + 1).start == t.end) {
                pseudonymKeys.insert(
                    NameKey::key(text.mid(tokens.at(i + 1).start, tokens.at(i + 1).length())));
                i += 2;
                continue;
            }
            ++i;
            continue;
        }
        const QString &w = lowers.at(i);
        if (NameLexicon::isTitle(w) || NameLexicon::isHonorific(w))
            markTitleTarget(i);

        const bool isCapital = capitalized(i) && !t.is(WordToken::Elided);
        const NameLexicon::Head head = t.is(WordToken::Elided)
            ? NameLexicon::Head::None
            : NameLexicon::headOf(w, t.is(WordToken::Capitalized));
        if (head != NameLexicon::Head::None) {
            int end = parseComplement(i, false);
            // "le musée Rodin", "la commission Attali": a lower-case head and the name it carries.
            if (end == i + 1 && !t.is(WordToken::Capitalized) && joinedWord(i + 1) && validRunStart(i + 1))
                end = parseRun(i + 1);
            if (end > i + 1) {
                Votes votes {};
                votes[head == NameLexicon::Head::PublicBody ? VotePublicBody : VoteOrganization] += 3;
                record(i, end, Kind::Institution, votes, 0);
                i = handleBrackets(i, end, Kind::Institution);
                continue;
            }
        }
        if (isCapital && NameLexicon::isStandaloneBody(w)) {
            Votes votes {};
            votes[VotePublicBody] += 3;
            record(i, i + 1, Kind::Standalone, votes, 0);
            ++i;
            continue;
        }
        if (!validRunStart(i)) {
            ++i;
            continue;
        }
        int end = parseRun(i);
        Kind kind = Kind::CapitalizedRun;
        const bool single = end == i + 1;
        if (single && tokens.at(i).is(WordToken::AllCaps)) {
            if (tokens.at(i).is(WordToken::HasDigit) || t.length() > 10) {
                ++i;
                continue;
            }
            kind = Kind::Acronym;
        }
        if (single && kind == Kind::CapitalizedRun
            && (tokens.at(i).is(WordToken::HasDigit) || NameLexicon::isGenericCapitalized(lowers.at(i)))) {
            ++i; // "l'État", "Internet", "les Européens", "W11"
            continue;
        }
        if (single && head != NameLexicon::Head::None) {
            ++i; // a head word alone ("la Commission a ouvert…") names nothing by itself
            continue;
        }
        // "Haute Autorité pour la transparence…": a capitalized run ending on a head word goes on.
        if (!single && NameLexicon::headOf(lowers.at(end - 1), true) != NameLexicon::Head::None) {
            const int extended = parseComplement(end - 1, false);
            if (extended > end) {
                end = extended;
                kind = Kind::Institution;
            }
        }
        // "Éducation nationale", "Assemblée nationale".
        if (single && kind == Kind::CapitalizedRun && !tokens.at(i).is(WordToken::Possessive)
            && joinedWord(end) && !capitalized(end) && NameLexicon::isNameAdjective(lowers.at(end), true))
            ++end;
        Votes votes = contextVotes(i, end);
        quint8 flags = 0;
        if (votes[VoteCompany] > 0 || votes[VoteOrganization] > 0)
            flags |= InstitutionCue;
        // French names people by no article: "le Syntec numérique", "la SNCF", "l'ANSSI" are institutions.
        if (i > 0 && isWord(i - 1) && !t.is(WordToken::SentenceStart)
            && (tokens.at(i - 1).is(WordToken::Elided)
                    ? lowers.at(i - 1) == QLatin1String("l")
                    : joinedWord(i) && NameLexicon::isFrenchArticle(lowers.at(i - 1)))) {
            flags |= AfterArticle;
        }
        if (i > 0 && joinedWord(i) && NameLexicon::isEnglishDeterminer(lowers.at(i - 1)))
            flags |= AfterDeterminer;
        if (kind == Kind::Acronym)
            votes[VoteOrganization] += 1;
        // "Electronic Frontier Foundation": a name ending on a head word is an institution's.
        if (kind == Kind::CapitalizedRun && end > i + 1) {
            const auto lastHead = NameLexicon::headOf(lowers.at(end - 1), true);
            if (lastHead != NameLexicon::Head::None)
                votes[lastHead == NameLexicon::Head::Organization ? VoteOrganization : VotePublicBody] += 2;
        }
        if (kind == Kind::Institution) {
            const auto runHead = NameLexicon::headOf(lowers.at(i), true);
            votes[runHead == NameLexicon::Head::Organization ? VoteOrganization : VotePublicBody] += 3;
        }
        if (personCueTargets.contains(i) || appositionTitle(end) || listedAsTitle(end)) {
            flags |= PersonCue;
            votes[VotePerson] += 3;
        }
        record(i, end, kind, votes, flags);
        i = handleBrackets(i, end, kind);
    }
    tokens.clear();
    lowers.clear();
    text = QStringView();
}

QVector<EntitySuggestion> EntitySuggester::Private::suggestions() const
{
    auto isCommon = [this](const QString &word) {
        return NameLexicon::isStopWord(word) || lowerCount.value(word) > midCapitalCount.value(word);
    };
    auto isProper = [this](const QString &word) {
        const int caps = midCapitalCount.value(word);
        return caps >= 1 && lowerCount.value(word) <= caps;
    };

    // 1. Written forms to variants, dropping capitals that only start a sentence.
    QVector<Variant> variants;
    QHash<QString, int> variantIndex;
    auto addOccurrence = [&](const QString &surface, const RawVariant &raw, Occurrence occ, int tokenCount) {
        const QString key = NameKey::key(surface);
        if (key.size() < 2)
            return;
        int index = variantIndex.value(key, -1);
        if (index < 0) {
            index = variants.size();
            Variant v;
            v.key = key;
            v.kind = raw.kind;
            v.tokenCount = tokenCount;
            variants.append(v);
            variantIndex.insert(key, index);
        }
        Variant &v = variants[index];
        v.surfaces[surface] += 1;
        v.occurrences.append(occ);
        for (int k = 0; k < VoteCount; ++k)
            v.votes[k] += occ.votes[k];
        // Institution and acronym readings win over a plain capitalized run of the same key.
        if (raw.kind == Kind::Institution || raw.kind == Kind::Standalone)
            v.kind = raw.kind;
        else if (raw.kind == Kind::Acronym && v.kind == Kind::CapitalizedRun)
            v.kind = Kind::Acronym;
        else if (raw.kind == Kind::Expansion && v.kind == Kind::CapitalizedRun)
            v.kind = Kind::Expansion;
        v.tokenCount = std::max(v.tokenCount, tokenCount);
        if (raw.kind == Kind::Institution && !surface.isEmpty() && surface.at(0).isUpper())
            v.capitalizedHead = true;
    };
    // A word written as code in a third of its places is a program's word ("Makefile", "DESTDIR").
    QHash<QString, QPair<int, int>> codeUses; // key -> (as code, in all)
    for (const RawVariant &raw : raws) {
        auto &uses = codeUses[NameKey::key(raw.surface)];
        for (const Occurrence &occ : raw.occurrences) {
            uses.first += (occ.flags & CodeLike) ? 1 : 0;
            uses.second += 1;
        }
    }
    for (const RawVariant &raw : raws) {
        const auto uses = codeUses.value(NameKey::key(raw.surface));
        if (uses.first * 3 >= uses.second && uses.first > 0)
            continue;
        const bool trimmable = raw.kind == Kind::CapitalizedRun || raw.kind == Kind::Acronym;
        for (const Occurrence &occ : raw.occurrences) {
            if (occ.flags & CodeLike)
                continue; // "$(DESTDIR)", "README.Debian": code, not a name
            if (trimmable && (occ.flags & SentenceInitial)) {
                if (raw.tokenCount <= 1 && raw.kind == Kind::CapitalizedRun) {
                    if (!isProper(raw.firstWord))
                        continue;
                } else if (raw.kind == Kind::Acronym) {
                    if (lowerCount.value(raw.firstWord) > 0)
                        continue;
                } else if (isCommon(raw.firstWord)) {
                    if (raw.restOffset <= 0)
                        continue;
                    Occurrence rest = occ;
                    rest.start += raw.restOffset;
                    rest.flags &= ~SentenceInitial;
                    addOccurrence(raw.surface.mid(raw.restOffset), raw, rest, raw.tokenCount - 1);
                    continue;
                }
            }
            addOccurrence(raw.surface, raw, occ, raw.tokenCount);
        }
    }
    for (Variant &v : variants) {
        const QStringList words = v.key.split(QLatin1Char(' '));
        v.personLike = v.kind == Kind::CapitalizedRun && v.tokenCount >= 2 && v.tokenCount <= 4
            && (NameLexicon::isFirstName(words.first()) || v.votes[VotePerson] > 0);
    }

    // 2. Group the variants.
    UnionFind groups(variants.size());
    for (const auto &pair : pairs) {
        const int a = variantIndex.value(NameKey::key(pair.first), -1);
        const int b = variantIndex.value(NameKey::key(pair.second), -1);
        if (a >= 0 && b >= 0) {
            groups.unite(a, b);
            variants[a].paired = variants[b].paired = true;
        }
    }
    // Acronyms and the names whose initials they are, when those names share their first word.
    QHash<QString, QVector<int>> byInitials;
    for (int i = 0; i < variants.size(); ++i) {
        const Variant &v = variants.at(i);
        if (v.kind == Kind::Acronym || v.personLike)
            continue;
        const QStringList words = NameKey::contentWords(v.key);
        if (words.size() < 2)
            continue;
        QString initials;
        for (const QString &w : words)
            initials.append(w.at(0).toUpper());
        byInitials[initials].append(i);
    }
    for (int i = 0; i < variants.size(); ++i) {
        if (variants.at(i).kind != Kind::Acronym)
            continue;
        // Two letters are too ambiguous without an expansion written next to them ("PS").
        const QString letters = NameKey::acronymLetters(variants.at(i).bestSurface());
        if (letters.size() < 3)
            continue;
        const QVector<int> matches = byInitials.value(letters);
        if (matches.isEmpty())
            continue;
        const QString firstWord = variants.at(matches.first()).key.section(QLatin1Char(' '), 0, 0);
        bool sameHead = true;
        for (int m : matches)
            sameHead = sameHead && variants.at(m).key.section(QLatin1Char(' '), 0, 0) == firstWord;
        if (sameHead) {
            for (int m : matches)
                groups.unite(i, m);
        }
    }
    // A surname alone and the one full name ending with it.
    QHash<QString, QVector<int>> byLastName;
    for (int i = 0; i < variants.size(); ++i) {
        if (variants.at(i).personLike)
            byLastName[variants.at(i).key.section(QLatin1Char(' '), -1)].append(i);
    }
    for (int i = 0; i < variants.size(); ++i) {
        const Variant &v = variants.at(i);
        if (v.kind != Kind::CapitalizedRun || v.key.contains(QLatin1Char(' ')))
            continue;
        const QVector<int> full = byLastName.value(v.key);
        if (full.size() == 1)
            groups.unite(i, full.first());
    }
    // "Éducation nationale" alone and the one institution named after it.
    QHash<QString, QVector<int>> byComplement;
    for (int i = 0; i < variants.size(); ++i) {
        if (variants.at(i).kind != Kind::Institution)
            continue;
        QStringList words = variants.at(i).key.split(QLatin1Char(' '));
        words.removeFirst();
        while (!words.isEmpty() && NameLexicon::isLinkWord(words.first()))
            words.removeFirst();
        if (!words.isEmpty())
            byComplement[words.join(QLatin1Char(' '))].append(i);
    }
    for (int i = 0; i < variants.size(); ++i) {
        if (variants.at(i).kind == Kind::Institution)
            continue;
        const QVector<int> owners = byComplement.value(variants.at(i).key);
        if (owners.isEmpty())
            continue;
        bool one = true;
        for (int o : owners)
            one = one && groups.find(o) == groups.find(owners.first());
        if (one)
            groups.unite(i, owners.first());
    }
    // A shortened form ("Amazon", "commission de déontologie") and the longer names it begins,
    // when those all belong to one group already.
    QVector<int> order(variants.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(
        order.begin(), order.end(), [&](int a, int b) { return variants.at(a).key < variants.at(b).key; });
    for (int p = 0; p < order.size(); ++p) {
        const Variant &v = variants.at(order.at(p));
        if (v.kind == Kind::Acronym || v.personLike)
            continue;
        const QString prefix = v.key + QLatin1Char(' ');
        QVector<int> longer;
        for (int q = p + 1; q < order.size() && variants.at(order.at(q)).key.startsWith(prefix); ++q) {
            // "Amazon Web Services", "Microsoft France": a subsidiary, not the group's long name.
            const QString last = variants.at(order.at(q)).key.section(QLatin1Char(' '), -1);
            if (v.kind == Kind::CapitalizedRun
                && (NameLexicon::isCompanySuffix(last) || NameLexicon::isPlace(last)))
                continue;
            if (!variants.at(order.at(q)).personLike || v.kind != Kind::CapitalizedRun)
                longer.append(order.at(q));
        }
        if (longer.isEmpty())
            continue;
        bool one = true;
        for (int l : longer)
            one = one && groups.find(l) == groups.find(longer.first());
        if (one)
            groups.unite(order.at(p), longer.first());
    }

    // 3. Groups to suggestions.
    QHash<int, QVector<int>> members;
    for (int i = 0; i < variants.size(); ++i)
        members[groups.find(i)].append(i);
    QVector<EntitySuggestion> result;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        const QVector<int> &group = it.value();
        bool dropped = false;
        Votes votes {};
        int mentions = 0, outside = 0, cues = 0, institutionCues = 0, articles = 0, headings = 0,
            determined = 0;
        bool strong = false;
        for (int m : group) {
            const Variant &v = variants.at(m);
            if (excluded.contains(v.key) || pseudonymKeys.contains(v.key) || NameLexicon::isPlace(v.key)) {
                dropped = true;
                break;
            }
            for (int k = 0; k < VoteCount; ++k)
                votes[k] += v.votes[k];
            for (const Occurrence &o : v.occurrences) {
                ++mentions;
                if (!(o.flags & InComments))
                    ++outside;
                if (o.flags & PersonCue)
                    ++cues;
                if (o.flags & InstitutionCue)
                    ++institutionCues;
                if (o.flags & AfterArticle)
                    ++articles;
                if (o.flags & TitleCaseLine)
                    ++headings;
                if (o.flags & AfterDeterminer)
                    ++determined;
            }
        }
        if (dropped || mentions == 0)
            continue;
        // Nothing but capitals says these are names: no title, no cue, no head word, no expansion.
        bool bare = cues == 0 && institutionCues == 0;
        bool common = true; // every word of every variant is also written in lower case
        for (int m : group) {
            const Variant &v = variants.at(m);
            // An acronym's own vote and an expansion without a head word ("Version Control System
            // (VCS)") say nothing more than the capitals.
            const int acronymVotes = v.kind == Kind::Acronym ? int(v.occurrences.size()) : 0;
            bare = bare
                && (v.kind == Kind::CapitalizedRun || v.kind == Kind::Acronym || v.kind == Kind::Expansion)
                && v.votes[VotePerson] <= 0 && v.votes[VoteCompany] <= 0 && v.votes[VotePublicBody] <= 0
                && v.votes[VoteOrganization] <= acronymVotes;
            if (NameLexicon::isCategory(v.key))
                dropped = true; // "Gafam", "PME", "NFT": kinds of things, not one of them
            for (const QString &word : v.key.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                // An acronym written once in lower case ("la dinum") is still an acronym.
                const int lower = lowerKeyCount.value(word);
                const int weight = v.kind == Kind::Acronym ? 1 : 3;
                if (!NameLexicon::isLinkWord(word)
                    && (lower == 0 || lower * weight < capitalKeyCount.value(word)))
                    common = false;
            }
        }
        if (dropped)
            continue;
        // Title Case words ("Version Control System", "Guide") and headings are not names.
        // "Debian Developer", "GNU Coding Standards": a Title Case phrase ending on a common noun.
        auto writtenLower = [this](const QString &word) {
            // Singular or plural: "Debian Developer" and "developers".
            return lowerKeyCount.value(word) > 0 || lowerKeyCount.value(word + QLatin1Char('s')) > 0
                || (word.endsWith(QLatin1Char('s')) && lowerKeyCount.value(word.chopped(1)) > 0);
        };
        int phrases = 0, commonPhrases = 0;
        bool namedAlone = false; // "Google" on its own names something, whatever "Google for Education" is
        for (int m : group) {
            const QStringList words = variants.at(m).key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() < 2) {
                namedAlone = namedAlone || variants.at(m).kind != Kind::Acronym;
                continue;
            }
            ++phrases;
            if (writtenLower(words.constLast()) && !NameLexicon::isPlace(words.constLast()))
                ++commonPhrases;
        }
        const bool endsCommon = !namedAlone && phrases > 0 && commonPhrases == phrases;
        // After an article, a word also written in lower case is a common noun ("l'Administration").
        // "DEBEMAIL DEBFULLNAME": words in capitals side by side are settings, not a name.
        bool capitalsOnly = true;
        for (int m : group) {
            const QStringList words
                = variants.at(m).bestSurface().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            capitalsOnly = capitalsOnly && words.size() > 1
                && std::all_of(
                    words.cbegin(), words.cend(), [](const QString &w) { return NameKey::isAcronym(w); });
        }
        if (bare
            && (common || capitalsOnly
                || (articles == 0 && (endsCommon || headings == mentions || determined * 2 >= mentions))))
            continue;
        // Two or three words seen nowhere else, and never in lower case, name someone: "Josip Rodin".
        bool unknownName = bare && articles == 0 && group.size() == 1;
        if (unknownName) {
            const Variant &v = variants.at(group.first());
            const QStringList words = v.key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            unknownName = v.kind == Kind::CapitalizedRun && words.size() >= 2 && words.size() <= 3
                && lowerKeyCount.value(words.first()) == 0 && lowerKeyCount.value(words.constLast()) == 0
                && capitalKeyCount.value(words.first()) <= int(v.occurrences.size())
                && !NameKey::isAcronym(v.bestSurface().section(QLatin1Char(' '), 0, 0));
        }
        for (int m : group) {
            const Variant &v = variants.at(m);
            const int count = v.occurrences.size();
            switch (v.kind) {
            case Kind::CapitalizedRun:
                strong = strong || v.tokenCount >= 2 || count >= 2 || cues > 0;
                break;
            case Kind::Institution:
                strong = strong || v.capitalizedHead || count >= 2;
                break;
            case Kind::Acronym:
                strong = strong || count >= 2 || v.paired;
                break;
            case Kind::Expansion:
            case Kind::Standalone:
                strong = true;
                break;
            }
        }
        strong = strong || institutionCues > 0 || articles > 0;
        // Readers' comments count when they say who or what the name is.
        if (!strong || (outside == 0 && cues == 0 && institutionCues == 0 && articles == 0))
            continue;
        // A single word named mostly as a place ("à Clichy") is a place.
        const int best = int(std::max_element(votes.begin(), votes.begin() + VotePlace) - votes.begin());
        if (votes[VotePlace] > 0 && votes[VotePlace] >= votes[best] && group.size() == 1
            && !variants.at(group.first()).key.contains(QLatin1Char(' ')))
            continue;

        // The name: the most frequent variant that is not an acronym, longer on a tie.
        int nameVariant = -1;
        for (int m : group) {
            const Variant &v = variants.at(m);
            if (nameVariant < 0) {
                nameVariant = m;
                continue;
            }
            const Variant &n = variants.at(nameVariant);
            const bool vAcronym = v.kind == Kind::Acronym, nAcronym = n.kind == Kind::Acronym;
            if (vAcronym != nAcronym) {
                if (nAcronym)
                    nameVariant = m;
                continue;
            }
            const bool vPerson = v.personLike, nPerson = n.personLike;
            if (vPerson != nPerson) {
                if (vPerson)
                    nameVariant = m;
                continue;
            }
            // An institution's shortened form gives way to its full name.
            if (v.kind == Kind::Institution && n.kind == Kind::Institution) {
                if (v.key.startsWith(n.key + QLatin1Char(' '))) {
                    nameVariant = m;
                    continue;
                }
                if (n.key.startsWith(v.key + QLatin1Char(' ')))
                    continue;
            }
            if (v.occurrences.size() > n.occurrences.size()
                || (v.occurrences.size() == n.occurrences.size() && v.key.size() > n.key.size()))
                nameVariant = m;
        }
        EntitySuggestion s;
        s.name = variants.at(nameVariant).bestSurface();
        s.key = variants.at(nameVariant).key;
        QSet<QString> seenAliases {NameKey::fold(s.name)};
        for (int m : group) {
            const Variant &v = variants.at(m);
            s.variantKeys.append(v.key);
            const QString surface = v.bestSurface();
            if (m != nameVariant && !seenAliases.contains(NameKey::fold(surface))) {
                seenAliases.insert(NameKey::fold(surface));
                s.aliases.append(surface);
            }
            for (const Occurrence &o : v.occurrences)
                s.occurrences.append({o.sourceId, o.start, o.end, bool(o.flags & InComments)});
        }
        std::sort(s.occurrences.begin(), s.occurrences.end(),
            [](const SuggestedMention &a, const SuggestedMention &b) {
                return a.sourceId != b.sourceId ? a.sourceId < b.sourceId : a.start < b.start;
            });
        s.occurrences.erase(std::unique(s.occurrences.begin(), s.occurrences.end()), s.occurrences.end());
        s.mentions = s.occurrences.size();
        for (const SuggestedMention &o : std::as_const(s.occurrences)) {
            if (s.sourceIds.isEmpty() || s.sourceIds.constLast() != o.sourceId)
                s.sourceIds.append(o.sourceId);
        }
        std::sort(s.aliases.begin(), s.aliases.end());

        static const char *const typeNames[] = {"Person", "Organization", "PublicBody", "Company"};
        int type = int(std::max_element(votes.begin(), votes.begin() + VotePlace) - votes.begin());
        if (votes[type] == 0)
            type = variants.at(nameVariant).personLike || unknownName ? VotePerson : VoteOrganization;
        s.type = QString::fromLatin1(typeNames[type]);

        double score = 0;
        for (const SuggestedMention &o : std::as_const(s.occurrences))
            score += o.inComments ? 0.25 : 1.0;
        score += 2.0 * (s.sourceIds.size() - 1) + (cues > 0 ? 1.0 : 0.0);
        s.score = score;
        result.append(s);
    }
    std::sort(result.begin(), result.end(), [](const EntitySuggestion &a, const EntitySuggestion &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

EntitySuggester::EntitySuggester()
    : d(std::make_unique<Private>())
{ }

EntitySuggester::~EntitySuggester() = default;

void EntitySuggester::addText(qint64 sourceId, QStringView text)
{
    d->addText(sourceId, text);
}

QVector<EntitySuggestion> EntitySuggester::suggestions() const
{
    return d->suggestions();
}

void EntitySuggester::setExcludedKeys(const QSet<QString> &keys)
{
    d->excluded = keys;
}

EntitySuggestion EntitySuggester::merge(const EntitySuggestion &into, const EntitySuggestion &from)
{
    EntitySuggestion merged = into;
    QSet<QString> names {NameKey::fold(merged.name)};
    for (const QString &alias : std::as_const(merged.aliases))
        names.insert(NameKey::fold(alias));
    QStringList incoming = from.aliases;
    incoming.prepend(from.name);
    for (const QString &alias : std::as_const(incoming)) {
        if (!names.contains(NameKey::fold(alias))) {
            names.insert(NameKey::fold(alias));
            merged.aliases.append(alias);
        }
    }
    for (const QString &key : from.variantKeys) {
        if (!merged.variantKeys.contains(key))
            merged.variantKeys.append(key);
    }
    merged.occurrences += from.occurrences;
    std::sort(merged.occurrences.begin(), merged.occurrences.end(),
        [](const SuggestedMention &a, const SuggestedMention &b) {
            return a.sourceId != b.sourceId ? a.sourceId < b.sourceId : a.start < b.start;
        });
    merged.occurrences.erase(
        std::unique(merged.occurrences.begin(), merged.occurrences.end()), merged.occurrences.end());
    merged.mentions = int(merged.occurrences.size());
    merged.sourceIds.clear();
    for (const SuggestedMention &o : std::as_const(merged.occurrences)) {
        if (!merged.sourceIds.contains(o.sourceId))
            merged.sourceIds.append(o.sourceId);
    }
    std::sort(merged.sourceIds.begin(), merged.sourceIds.end());
    merged.score = into.score + from.score;
    return merged;
}

namespace {

// Senders and recipients of the messages among `ids`, as people with their addresses, joined
// to the suggestion of the same name when the texts name them too. Each message counts as one
// piece of evidence (the headers are not in the text, so there is no passage to point at).
void addCorrespondents(SourceStore &sources, const QVector<qint64> &ids, const QSet<QString> &excluded,
    QVector<EntitySuggestion> &list)
{
    static const QRegularExpression named(QStringLiteral("^(.*\\S)\\s*<([^<>\\s]+)>$"));
    bool added = false;
    for (qint64 id : ids) {
        const MailHeaders mail = sources.mailHeaders(id);
        for (const QString &address : mail.from + mail.to + mail.cc) {
            const QRegularExpressionMatch match = named.match(address);
            const QString email = match.hasMatch() ? match.captured(2) : address.trimmed();
            QString name = match.hasMatch() ? match.captured(1).trimmed() : QString();
            if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
                name = name.mid(1, name.size() - 2);
            if (name.isEmpty())
                name = email;
            const QString key = NameKey::key(name);
            if (key.isEmpty() || excluded.contains(key))
                continue;
            auto it = std::find_if(list.begin(), list.end(), [&](const EntitySuggestion &s) {
                return s.key == key || s.variantKeys.contains(key)
                    || s.emails.contains(email, Qt::CaseInsensitive);
            });
            if (it == list.end()) {
                EntitySuggestion s;
                s.key = key;
                s.variantKeys = {key};
                s.name = name;
                s.type = QStringLiteral("Person");
                list.append(s);
                it = list.end() - 1;
            }
            if (!it->emails.contains(email, Qt::CaseInsensitive))
                it->emails.append(email);
            if (!it->sourceIds.contains(id)) {
                it->sourceIds.insert(std::lower_bound(it->sourceIds.begin(), it->sourceIds.end(), id), id);
                it->score += 1;
                added = true;
            }
        }
    }
    if (added) {
        std::stable_sort(list.begin(), list.end(),
            [](const EntitySuggestion &a, const EntitySuggestion &b) { return a.score > b.score; });
    }
}

} // namespace

Result<QVector<EntitySuggestion>> EntitySuggester::suggest(
    Database &db, const SuggestionOptions &options, const Progress &progress)
{
    SourceStore sources(db);
    QVector<qint64> ids = options.sourceIds;
    if (ids.isEmpty()) {
        for (const Source &source : sources.list())
            ids.append(source.id);
    }
    QSet<QString> excluded;
    if (options.skipRejected) {
        Statement stmt = db.prepare("SELECT key FROM rejected_suggestions");
        while (stmt.next())
            excluded.insert(stmt.text(0));
        if (stmt.failed())
            return Error {tr("Cannot read the rejected suggestions of %1: %2").arg(db.path(), stmt.error())};
    }
    if (options.skipKnown) {
        Statement stmt = db.prepare("SELECT name FROM entities UNION ALL SELECT alias FROM entity_aliases");
        while (stmt.next())
            excluded.insert(NameKey::key(stmt.text(0)));
        if (stmt.failed())
            return Error {tr("Cannot read the entities of %1: %2").arg(db.path(), stmt.error())};
    }
    EntitySuggester suggester;
    suggester.setExcludedKeys(excluded);
    for (int i = 0; i < ids.size(); ++i) {
        const QString text = sources.text(ids.at(i));
        suggester.addText(ids.at(i), text);
        if (progress && !progress(i + 1, int(ids.size())))
            return Error {tr("Entity suggestions were canceled.")};
    }
    QVector<EntitySuggestion> list = suggester.suggestions();
    addCorrespondents(sources, ids, excluded, list);
    if (options.limit > 0 && list.size() > options.limit)
        list.resize(options.limit);
    return list;
}

QFuture<SuggestionRun> EntitySuggester::start(const QString &dossierPath, const SuggestionOptions &options)
{
    return QtConcurrent::run([dossierPath, options](QPromise<SuggestionRun> &promise) {
        SuggestionRun run;
        auto opened = Database::open(dossierPath, Database::Mode::ReadOnly);
        if (!opened) {
            run.error = opened.error();
            promise.addResult(run);
            return;
        }
        const auto result = suggest(**opened, options, [&](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            run.sourcesScanned = done;
            return !promise.isCanceled();
        });
        if (result) {
            run.suggestions = *result;
        } else {
            run.error = result.error();
            run.canceled = promise.isCanceled();
        }
        promise.addResult(run);
    });
}

} // namespace Recoupe
