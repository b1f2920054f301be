// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencedates.h"

#include "namekey.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Recoupe {

namespace {

const QString &monthPattern()
{
    static const QString pattern = QStringLiteral(
        "janvier|janv\\.?|février|fevrier|févr\\.?|fevr\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|"
        "août|aout|septembre|octobre|novembre|décembre|decembre|déc\\.?|"
        "january|jan\\.?|february|feb\\.?|march|mar\\.?|april|apr\\.?|may|june|jun\\.?|july|jul\\.?|"
        "august|aug\\.?|september|sept\\.?|sep\\.?|october|oct\\.?|november|nov\\.?|december|dec\\.?");
    return pattern;
}

int monthNumber(const QString &name)
{
    const QString m = NameKey::fold(name).remove(QLatin1Char('.'));
    if (m.startsWith(QLatin1String("juin")) || m == QLatin1String("jun") || m == QLatin1String("june"))
        return 6;
    if (m.startsWith(QLatin1String("juil")) || m.startsWith(QLatin1String("jul")))
        return 7;
    if (m.startsWith(QLatin1String("jan")))
        return 1;
    if (m.startsWith(QLatin1String("fe")))
        return 2;
    if (m.startsWith(QLatin1String("mar")))
        return 3;
    if (m.startsWith(QLatin1String("av")) || m.startsWith(QLatin1String("apr")))
        return 4;
    if (m == QLatin1String("mai") || m == QLatin1String("may"))
        return 5;
    if (m.startsWith(QLatin1String("ao")) || m.startsWith(QLatin1String("aug")))
        return 8;
    if (m.startsWith(QLatin1String("sep")))
        return 9;
    if (m.startsWith(QLatin1String("oct")))
        return 10;
    if (m.startsWith(QLatin1String("nov")))
        return 11;
    if (m.startsWith(QLatin1String("de")))
        return 12;
    return 0;
}

struct Match
{
    qsizetype start;
    qsizetype end;
    PartialDate date;
    int priority; // lower wins an overlap
};

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(
        text, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// The year of a day written without one: the last one before the reference ("dernier"), the
// next one after it ("prochain"), or the nearest to it.
PartialDate dayWithoutYear(int month, int day, const QString &relative, const QDate &reference)
{
    if (!reference.isValid())
        return {};
    const QString rel = NameKey::fold(relative);
    QDate best;
    for (int year = reference.year() - 1; year <= reference.year() + 1; ++year) {
        const QDate candidate(year, month, day);
        if (!candidate.isValid())
            continue;
        if ((rel == QLatin1String("dernier") || rel == QLatin1String("last")) && candidate > reference)
            continue;
        if ((rel == QLatin1String("prochain") || rel == QLatin1String("next")) && candidate < reference)
            continue;
        if (rel == QLatin1String("dernier") || rel == QLatin1String("last")) {
            if (!best.isValid() || candidate > best)
                best = candidate;
        } else if (rel == QLatin1String("prochain") || rel == QLatin1String("next")) {
            if (!best.isValid() || candidate < best)
                best = candidate;
        } else if (!best.isValid()
            || std::abs(candidate.daysTo(reference)) < std::abs(best.daysTo(reference))) {
            best = candidate;
        }
    }
    return best.isValid() ? PartialDate::day(best.year(), best.month(), best.day()) : PartialDate();
}

PartialDate monthWithoutYear(int month, const QString &relative, const QDate &reference)
{
    if (!reference.isValid())
        return {};
    const QString rel = NameKey::fold(relative);
    int year = reference.year();
    if ((rel == QLatin1String("dernier") || rel == QLatin1String("last")) && month > reference.month())
        --year;
    if ((rel == QLatin1String("prochain") || rel == QLatin1String("next")) && month < reference.month())
        ++year;
    return PartialDate::month(year, month);
}

QVector<Match> allMatches(QStringView text, const QDate &reference)
{
    static const QRegularExpression dayMonth
        = pattern(QStringLiteral("\\b(1er|[0-3]?\\d)(?:er|st|nd|rd|th)?\\s+(%1)(?:\\s+(\\d{4}))?(?:\\s+("
                                 "dernier|prochain|last|next))?(?!\\w)")
                      .arg(monthPattern()));
    static const QRegularExpression monthDay
        = pattern(QStringLiteral("\\b(%1)\\s+([0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\w/])")
                      .arg(monthPattern()));
    static const QRegularExpression numeric
        = pattern(QStringLiteral("\\b([0-3]?\\d)/([01]?\\d)/(\\d{4})\\b"));
    static const QRegularExpression iso
        = pattern(QStringLiteral("\\b(\\d{4})-([01]\\d)(?:-([0-3]\\d))?(?![\\d-])"));
    static const QRegularExpression monthYear = pattern(
        QStringLiteral("\\b(%1)\\s+(?:de\\s+l['’]année\\s+|of\\s+)?(\\d{4})\\b").arg(monthPattern()));
    static const QRegularExpression monthRelative = pattern(
        QStringLiteral("\\b(%1)\\s+(dernier|prochain)\\b|\\b(last|next)\\s+(%1)\\b").arg(monthPattern()));
    // A year alone needs a word that makes it a date ("depuis 2015", "in 2018"); "et 2000
    // élèves" is a count. Weak words (de, à, et, to…) only count inside a range.
    static const QRegularExpression year
        = pattern(QStringLiteral("\\b(?:(en|depuis|dès|jusqu['’]en|avant|après|fin|début|mi|courant|année|l['"
                                 "’]année|in|since|until|till|"
                                 "by|during|early|late|mid|year)[\\s-]+)(1[89]\\d{2}|20\\d{2})\\b"));
    static const QRegularExpression yearRange
        = pattern(QStringLiteral("\\b(?:(?:de|entre|from|between)\\s+)?(1[89]\\d{2}|20\\d{2})\\s*(?:à|a|au|"
                                 "et|to|and|-|–)\\s*(1[89]\\d{2}|20\\d{2})\\b"));
    static const QRegularExpression relativeDay
        = pattern(QStringLiteral("\\b(aujourd['’]hui|today|hier|yesterday|demain|tomorrow)\\b"));
    static const QRegularExpression relativeYear = pattern(QStringLiteral(
        "\\b(l['’]an dernier|l['’]année dernière|last year|cette année|this year|l['’]an prochain|"
        "l['’]année prochaine|next year)\\b"));

    QVector<Match> matches;
    // A null date still claims its span ("le 31 avril 2018" is not read as "avril 2018").
    auto add = [&](qsizetype start, qsizetype end, PartialDate date, int priority) {
        matches.append({start, end, date, priority});
    };
    const QString input = text.toString();

    for (auto it = dayMonth.globalMatch(input); it.hasNext();) {
        const auto m = it.next();
        const QString dayText = m.captured(1);
        const int day = dayText.startsWith(QLatin1Char('1')) && dayText.size() > 1 && !dayText.at(1).isDigit()
            ? 1
            : dayText.toInt();
        const int month = monthNumber(m.captured(2));
        PartialDate date;
        if (!m.captured(3).isEmpty()) {
            if (QDate::isValid(m.captured(3).toInt(), month, day))
                date = PartialDate::day(m.captured(3).toInt(), month, day);
        } else if (month > 0 && day >= 1 && day <= 31) {
            date = dayWithoutYear(month, day, m.captured(4), reference);
        }
        add(m.capturedStart(), m.capturedEnd(), date, 0);
    }
    for (auto it = monthDay.globalMatch(input); it.hasNext();) {
        const auto m = it.next();
        const int month = monthNumber(m.captured(1));
        const int day = m.captured(2).toInt();
        PartialDate date;
        if (!m.captured(3).isEmpty()) {
            if (QDate::isValid(m.captured(3).toInt(), month, day))
                date = PartialDate::day(m.captured(3).toInt(), month, day);
        } else if (day >= 1 && day <= 31) {
            date = dayWithoutYear(month, day, QString(), reference);
        }
        add(m.capturedStart(), m.capturedEnd(), date, 0);
    }
    for (auto it = numeric.globalMatch(input); it.hasNext();) {
        const auto m = it.next();
        int day = m.captured(1).toInt(), month = m.captured(2).toInt();
        const int y = m.captured(3).toInt();
        if (month > 12 && day <= 12)
            std::swap(day, month); // written month first
        if (QDate::isValid(y, month, day))
            add(m.capturedStart(), m.capturedEnd(), PartialDate::day(y, month, day), 0);
    }
    for (auto it = iso.globalMatch(input); it.hasNext();) {
        const auto m = it.next();
        bool ok = false;
        const PartialDate date = PartialDate::fromIso(m.captured(0), &ok);
        if (ok)
            add(m.capturedStart(), m.capturedEnd(), date, 0);
    }
    for (auto it = monthYear.globalMatch(input); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedEnd(),
            PartialDate::month(m.captured(2).toInt(), monthNumber(m.captured(1))), 1);
    }
    for (auto it = monthRelative.globalMatch(input); it.hasNext();) {
        const auto m = it.next();
        const bool frenchOrder = !m.captured(1).isEmpty();
        const int month = monthNumber(frenchOrder ? m.captured(1) : m.captured(4));
        add(m.capturedStart(), m.capturedEnd(),
            monthWithoutYear(month, frenchOrder ? m.captured(2) : m.captured(3), reference), 1);
    }
    for (auto it = year.globalMatch(input); it.hasNext();) {
        const auto m = it.next();
        add(m.capturedStart(2), m.capturedEnd(2), PartialDate::year(m.captured(2).toInt()), 2);
    }
    for (auto it = yearRange.globalMatch(input); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(2).toInt() < m.captured(1).toInt())
            continue; // "2018-2015" is not a range
        add(m.capturedStart(1), m.capturedEnd(1), PartialDate::year(m.captured(1).toInt()), 2);
        add(m.capturedStart(2), m.capturedEnd(2), PartialDate::year(m.captured(2).toInt()), 2);
    }
    if (reference.isValid()) {
        for (auto it = relativeDay.globalMatch(input); it.hasNext();) {
            const auto m = it.next();
            const QString word = NameKey::fold(m.captured(1));
            int offset = 0;
            if (word.startsWith(QLatin1String("hier")) || word == QLatin1String("yesterday"))
                offset = -1;
            else if (word == QLatin1String("demain") || word == QLatin1String("tomorrow"))
                offset = 1;
            const QDate d = reference.addDays(offset);
            add(m.capturedStart(), m.capturedEnd(), PartialDate::day(d.year(), d.month(), d.day()), 1);
        }
        for (auto it = relativeYear.globalMatch(input); it.hasNext();) {
            const auto m = it.next();
            const QString phrase = NameKey::fold(m.captured(1));
            int y = reference.year();
            if (phrase.contains(QLatin1String("dernier")) || phrase.contains(QLatin1String("derniere"))
                || phrase.startsWith(QLatin1String("last")))
                --y;
            else if (phrase.contains(QLatin1String("prochain")) || phrase.startsWith(QLatin1String("next")))
                ++y;
            add(m.capturedStart(), m.capturedEnd(), PartialDate::year(y), 2);
        }
    }

    // The most precise reading wins where two overlap, then the longer one.
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return (a.end - a.start) > (b.end - b.start);
    });
    QVector<Match> kept;
    for (const Match &m : std::as_const(matches)) {
        const bool overlaps = std::any_of(
            kept.cbegin(), kept.cend(), [&](const Match &k) { return m.start < k.end && k.start < m.end; });
        if (!overlaps)
            kept.append(m);
    }
    kept.erase(
        std::remove_if(kept.begin(), kept.end(), [](const Match &m) { return m.date.isNull(); }), kept.end());
    std::sort(kept.begin(), kept.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    return kept;
}

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('\n')
        || c == QLatin1Char(';');
}

// What the words just before a date say about it.
enum class Cue
{
    None,
    Start,
    End,
    RangeOpen, // "du", "de", "entre", "from", "between": a start if a range end follows
    RangeClose // "au", "à", "et", "to", "and", "-": an end if a range start precedes
};

Cue prepositionCue(const QString &before)
{
    static const QRegularExpression end = pattern(QStringLiteral(
        "(?:jusqu['’]\\s*(?:au|à|a|en|aux)|jusqu['’]à\\s+la\\s+fin\\s+d[eu']|until|till|through|up\\s+to|"
        "avant\\s+le|au\\s+plus\\s+tard\\s+le|no\\s+later\\s+than|expir\\w*(?:\\s+le|\\s+on)?|prend\\s+"
        "fin\\s+le|"
        "fin)\\s*(?:le\\s+|the\\s+|l['’])?$"));
    static const QRegularExpression start = pattern(
        QStringLiteral("(?:depuis|dès|à\\s+partir\\s+d(?:u|e|e\\s+la|e\\s+l['’])|a\\s+partir\\s+d(?:u|e)|"
                       "à\\s+compter\\s+d(?:u|e)|"
                       "since|starting(?:\\s+on|\\s+in)?|as\\s+of|effective)\\s*(?:le\\s+|the\\s+|l['’])?$"));
    static const QRegularExpression open
        = pattern(QStringLiteral("(?:^|\\s)(?:du|de|des|entre|from|between)\\s*(?:le\\s+|the\\s+)?$"));
    static const QRegularExpression close = pattern(
        QStringLiteral("(?:^|\\s)(?:au|à|a|et|to|and|-|–|—)\\s*(?:le\\s+|the\\s+)?$|^\\s*[-–—]\\s*$"));
    if (end.match(before).hasMatch())
        return Cue::End;
    if (start.match(before).hasMatch())
        return Cue::Start;
    if (close.match(before).hasMatch())
        return Cue::RangeClose;
    if (open.match(before).hasMatch())
        return Cue::RangeOpen;
    return Cue::None;
}

DateMention::Role verbCue(const QString &sentence)
{
    static const QRegularExpression start = pattern(QStringLiteral(
        "\\b(?:rejoint|rejoindra|rejoindre|rejoignait|nommée?s?|recrutée?s?|embauchée?s?|engagée?s?|arrivée?|"
        "(?:prend|pris|prendra|prenait)\\s+(?:\\w+\\s+){0,4}fonctions|entre\\s+en\\s+fonction|"
        "entrée?\\s+en\\s+fonction|succède|joined|joins|appointed|hired|took\\s+office|started|starts|began|"
        "begins)\\b"));
    static const QRegularExpression end
        = pattern(QStringLiteral("\\b(?:quitt(?:é|e|era|ait)|départ|démission\\w*|left|leaves|resigned|"
                                 "stepped\\s+down|ended|ends|expire\\w*|"
                                 "limog\\w*|remplacée?)\\b"));
    // The verb nearest the date decides.
    qsizetype startAt = -1, endAt = -1;
    for (auto it = start.globalMatch(sentence); it.hasNext();)
        startAt = it.next().capturedEnd();
    for (auto it = end.globalMatch(sentence); it.hasNext();)
        endAt = it.next().capturedEnd();
    if (startAt < 0 && endAt < 0)
        return DateMention::Role::Point;
    return startAt > endAt ? DateMention::Role::Start : DateMention::Role::End;
}

// The kind of end the cue words of `context` name, or Unknown when none or several kinds do.
std::optional<DateMention::Ends> endsCue(const QString &context)
{
    static const QRegularExpression restriction = pattern(QStringLiteral(
        "\\b(?:réserves?|reservations?|s['’]\\s*abst\\w*|abstention|ne\\s+(?:pourra|pourront|peut|doit|devra)"
        "|"
        "interdi\\w*|incompatib\\w*|avis\\s+de\\s+compatibilité|carence|cooling[- ]off|restrictions?|"
        "prohibit\\w*|barred|banned|may\\s+not|must\\s+not|shall\\s+not|devra|devront)\\b"));
    static const QRegularExpression contract = pattern(QStringLiteral(
        "\\b(?:marchés?|contrats?|contracts?|contractor|titulaire|notifi\\w*|attribu\\w*|accord-cadre|"
        "convention|bail|lease|tender|procurement|concession|framework\\s+agreement)\\b"));
    static const QRegularExpression role = pattern(QStringLiteral(
        "\\b(?:(?:quitt\\w*|achève|achèvera|termine|terminera|fin\\s+de)\\s+(?:ses|son|sa|leurs?)\\s+"
        "(?:fonctions|mandats?|postes?)|mandats?|en\\s+poste|term\\s+of\\s+office|leaves?\\s+office|"
        "left\\s+office|steps?\\s+down|stepped\\s+down|resign\\w*|démission\\w*)\\b"));
    const bool isRestriction = restriction.match(context).hasMatch();
    const bool isContract = contract.match(context).hasMatch();
    const bool isRole = role.match(context).hasMatch();
    const int kinds = int(isRestriction) + int(isContract) + int(isRole);
    if (kinds == 0)
        return std::nullopt;
    if (kinds > 1)
        return DateMention::Ends::Unknown;
    return isRestriction ? DateMention::Ends::Restriction
        : isContract     ? DateMention::Ends::Contract
                         : DateMention::Ends::Role;
}

} // namespace

QString DateMention::endsName(Ends ends)
{
    switch (ends) {
    case Ends::Unknown:
        return QStringLiteral("unknown");
    case Ends::Restriction:
        return QStringLiteral("restriction");
    case Ends::Contract:
        return QStringLiteral("contract");
    case Ends::Role:
        return QStringLiteral("role");
    }
    return QString();
}

DateMention::Ends EvidenceDates::whatEnds(QStringView text, qint64 start, qint64 end)
{
    start = std::clamp<qint64>(start, 0, text.size());
    end = std::clamp<qint64>(end, start, text.size());
    // A sentence ends at . ! ? or a line break; a paragraph at a blank line. Neither runs further
    // than a few hundred characters, so that a text without breaks gives a local answer.
    constexpr qint64 reach = 600;
    auto sentenceStart = [&](qint64 from) {
        qint64 i = from;
        while (i > 0 && from - i < reach && !isSentenceEnd(text.at(i - 1)))
            --i;
        return i;
    };
    auto sentenceEnd = [&](qint64 from) {
        qint64 i = from;
        while (i < text.size() && i - from < reach && !isSentenceEnd(text.at(i)))
            ++i;
        return i;
    };
    auto blankLineBefore = [&](qint64 i) {
        // i is at the start of a line: the line before it is blank.
        qint64 k = i - 1;
        if (k < 0 || text.at(k) != QLatin1Char('\n'))
            return false;
        --k;
        while (k >= 0 && text.at(k) != QLatin1Char('\n') && text.at(k).isSpace())
            --k;
        return k < 0 || text.at(k) == QLatin1Char('\n');
    };
    auto paragraphStart = [&](qint64 from) {
        qint64 i = from;
        while (i > 0 && from - i < reach && !(text.at(i - 1) == QLatin1Char('\n') && blankLineBefore(i)))
            --i;
        return i;
    };
    auto paragraphEnd = [&](qint64 from) {
        qint64 i = from;
        while (i < text.size() && i - from < reach
            && !(text.at(i) == QLatin1Char('\n') && i + 1 < text.size() && blankLineBefore(i + 1)))
            ++i;
        return i;
    };
    auto cueIn = [&](qint64 from, qint64 to) {
        return endsCue(text.mid(from, to - from).toString());
    };

    if (const auto cue = cueIn(sentenceStart(start), sentenceEnd(end)))
        return *cue;
    qint64 from = paragraphStart(start);
    const qint64 to = paragraphEnd(end);
    if (const auto cue = cueIn(from, to))
        return *cue;
    // A list ("réserves … :" then one item a line) is read with the sentence that leads into it.
    qint64 before = from;
    while (before > 0 && text.at(before - 1).isSpace())
        --before;
    if (before > 0 && text.at(before - 1) == QLatin1Char(':')) {
        from = paragraphStart(before - 1);
        if (const auto cue = cueIn(from, before))
            return *cue;
    }
    return DateMention::Ends::Unknown;
}

QString DateMention::roleName(Role role)
{
    switch (role) {
    case Role::Point:
        return QStringLiteral("point");
    case Role::Start:
        return QStringLiteral("start");
    case Role::End:
        return QStringLiteral("end");
    }
    return QString();
}

QVector<DateMention> EvidenceDates::find(QStringView text, const QDate &reference)
{
    const QVector<Match> matches = allMatches(text, reference);
    QVector<DateMention> result;
    QVector<Cue> cues;
    for (int i = 0; i < matches.size(); ++i) {
        const Match &m = matches.at(i);
        // The words before the date, back to the previous date or the sentence's start.
        qsizetype from = m.start;
        const qsizetype floor = i > 0 ? matches.at(i - 1).end : 0;
        while (from > floor && !isSentenceEnd(text.at(from - 1)))
            --from;
        const QString before = text.mid(from, m.start - from).toString();
        qsizetype sentenceStart = m.start;
        while (sentenceStart > 0 && !isSentenceEnd(text.at(sentenceStart - 1)))
            --sentenceStart;
        DateMention mention;
        mention.date = m.date;
        mention.start = m.start;
        mention.end = m.end;
        mention.text = text.mid(m.start, m.end - m.start).toString();
        const Cue cue = prepositionCue(before);
        cues.append(cue);
        switch (cue) {
        case Cue::Start:
            mention.role = DateMention::Role::Start;
            break;
        case Cue::End:
            mention.role = DateMention::Role::End;
            break;
        case Cue::RangeClose:
            // "du 7 mai 2018 au 23 avril 2021", "entre 2015 et 2018": a range in one sentence.
            if (i > 0 && from == floor && floor > 0 && matches.at(i - 1).end > sentenceStart
                && (cues.at(i - 1) == Cue::RangeOpen || cues.at(i - 1) == Cue::Start)) {
                mention.role = DateMention::Role::End;
                result.last().role = DateMention::Role::Start;
                break;
            }
            mention.role = verbCue(text.mid(sentenceStart, m.start - sentenceStart).toString());
            break;
        case Cue::RangeOpen:
        case Cue::None:
            mention.role = verbCue(text.mid(sentenceStart, m.start - sentenceStart).toString());
            break;
        }
        result.append(mention);
    }
    return result;
}

Result<PartialDate> EvidenceDates::parse(const QString &text, const QDate &reference)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const PartialDate iso = PartialDate::fromIso(trimmed, &ok);
    if (ok && !iso.isNull())
        return iso;
    // A bare year is a date on its own here.
    static const QRegularExpression yearOnly(QStringLiteral("^\\d{4}$"));
    if (yearOnly.match(trimmed).hasMatch())
        return PartialDate::year(trimmed.toInt());
    const QVector<DateMention> found = find(trimmed, reference);
    if (found.size() == 1 && found.first().text.size() >= trimmed.size() - 8)
        return found.first().date;
    return Error {tr("“%1” is not a date; write it as 2018, 2018-05, 2018-05-07 or 7 May 2018.").arg(text)};
}

} // namespace Recoupe
