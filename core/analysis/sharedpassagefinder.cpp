// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedpassagefinder.h"

#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace Recoupe {

namespace {

// Words per shingle (see the class comment for why three).
constexpr int K = 3;
// A shingle found more often than this in one text is phrasing, not a passage; across this many
// places in the dossier, boilerplate ("Abonnez-vous à notre lettre").
constexpr int MaxPerText = 12;
constexpr int MaxPostings = 400;

bool isWordChar(const QString &s, int i)
{
    const QChar c = s.at(i);
    if (c.isLetterOrNumber() || c.isMark())
        return true;
    return c.isHighSurrogate() && i + 1 < s.size()
        && QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, s.at(i + 1)));
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x00AD);
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC);
}

QString normalizedWord(const QString &raw)
{
    const bool ascii = std::all_of(raw.cbegin(), raw.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return raw.toLower();
    const QString decomposed = raw.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            out.append(c);
    }
    return out.toCaseFolded();
}

quint64 shingleKey(int w0, int w1, int w2)
{
    // Exact for the first two million distinct words; beyond, seeds are checked word by word.
    return (quint64(w0) << 42) ^ (quint64(w1) << 21) ^ quint64(w2);
}

struct Segment
{
    int a0;
    int a1;
    int b0;
    int b1() const { return b0 + (a1 - a0); }
};

struct Run
{
    QVector<Segment> segments;
    int aStart() const { return segments.first().a0; }
    int bStart() const { return segments.first().b0; }
    int aEnd() const { return segments.last().a1; }
    int bEnd() const { return segments.last().b1(); }
};

bool overlaps(qint64 s1, qint64 e1, qint64 s2, qint64 e2)
{
    return s1 < e2 && s2 < e1;
}

} // namespace

SharedPassageFinder::SharedPassageFinder()
    : SharedPassageFinder(Options {})
{ }

SharedPassageFinder::SharedPassageFinder(const Options &options)
    : m_options(options)
{ }

int SharedPassageFinder::wordIndex(const QString &normalized)
{
    const auto it = m_words.constFind(normalized);
    if (it != m_words.cend())
        return *it;
    const int index = int(m_words.size());
    m_words.insert(normalized, index);
    return index;
}

void SharedPassageFinder::tokenize(Text &text)
{
    const QString &s = text.text;
    const int n = int(s.size());
    text.tokens.clear();
    text.wordCount = {0};
    text.figureCount = {0};
    QString raw;
    int i = 0;
    while (i < n) {
        if (!isWordChar(s, i)) {
            ++i;
            continue;
        }
        const int start = i;
        raw.clear();
        bool figure = false;
        for (;;) {
            while (i < n && isWordChar(s, i)) {
                if (s.at(i).isHighSurrogate()) {
                    raw.append(s.at(i));
                    ++i;
                } else if (s.at(i).isDigit()) {
                    figure = true;
                }
                raw.append(s.at(i));
                ++i;
            }
            if (i + 1 < n && s.at(i) == QChar(0x00AD) && isWordChar(s, i + 1)) {
                ++i;
                continue;
            }
            // A word broken at a line end ("hé-⏎bergement") is one word; a capital after the
            // break ("Morin-⏎Desailly") keeps its hyphen and makes two.
            if (i < n && isHyphen(s.at(i))) {
                int j = i + 1;
                while (j < n
                    && (s.at(j) == QLatin1Char(' ') || s.at(j) == QLatin1Char('\t')
                        || s.at(j) == QLatin1Char('\r')))
                    ++j;
                if (j < n && s.at(j) == QLatin1Char('\n')) {
                    ++j;
                    while (j < n && s.at(j).isSpace())
                        ++j;
                    if (j < n && s.at(j).isLower()) {
                        i = j;
                        continue;
                    }
                }
            }
            break;
        }
        // An elided article or pronoun ("l'", "qu'") is matched but not counted as a word.
        const bool elided = i + 1 < n && isApostrophe(s.at(i)) && isWordChar(s, i + 1);
        text.tokens.append({start, i, wordIndex(normalizedWord(raw))});
        text.wordCount.append(text.wordCount.last() + (elided ? 0 : 1));
        text.figureCount.append(text.figureCount.last() + (figure ? 1 : 0));
    }
}

void SharedPassageFinder::addText(qint64 id, const QString &text)
{
    auto it = std::find_if(m_texts.begin(), m_texts.end(), [id](const Text &t) { return t.id == id; });
    if (it == m_texts.end()) {
        m_texts.append(Text {});
        it = m_texts.end() - 1;
    }
    it->id = id;
    it->text = text;
    tokenize(*it);
}

void SharedPassageFinder::addDossier(Dossier &dossier)
{
    const QVector<Source> sources = dossier.sources().list();
    for (const Source &source : sources) {
        const QString text = dossier.sources().text(source.id);
        if (!text.isEmpty())
            addText(source.id, text);
    }
}

QVector<qint64> SharedPassageFinder::ids() const
{
    QVector<qint64> ids;
    for (const Text &text : m_texts)
        ids.append(text.id);
    return ids;
}

QVector<SharedPassage> SharedPassageFinder::passages(qint64 a, qint64 b) const
{
    const auto find = [this](qint64 id) {
        for (int i = 0; i < m_texts.size(); ++i) {
            if (m_texts.at(i).id == id)
                return i;
        }
        return -1;
    };
    const int ia = find(a), ib = find(b);
    if (ia < 0 || ib < 0 || ia == ib)
        return {};
    // The same inverted index as for the whole dossier, over the two texts.
    QHash<quint64, QVector<int>> index;
    const Text &ta = m_texts.at(ia), &tb = m_texts.at(ib);
    for (int p = 0; p + K <= ta.tokens.size(); ++p)
        index[shingleKey(ta.tokens[p].word, ta.tokens[p + 1].word, ta.tokens[p + 2].word)].append(p);
    QHash<quint64, int> countB;
    for (int p = 0; p + K <= tb.tokens.size(); ++p)
        ++countB[shingleKey(tb.tokens[p].word, tb.tokens[p + 1].word, tb.tokens[p + 2].word)];
    QVector<Seed> seeds;
    for (int p = 0; p + K <= tb.tokens.size(); ++p) {
        const quint64 key = shingleKey(tb.tokens[p].word, tb.tokens[p + 1].word, tb.tokens[p + 2].word);
        const auto it = index.constFind(key);
        if (it == index.cend() || it->size() > MaxPerText || countB.value(key) > MaxPerText)
            continue;
        for (const int q : *it)
            seeds.append({q, p});
    }
    return chain(ta, tb, seeds);
}

QVector<SharedPassage> SharedPassageFinder::allPassages() const
{
    struct Posting
    {
        int text;
        int pos;
    };
    QHash<quint64, QVector<Posting>> index;
    for (int t = 0; t < m_texts.size(); ++t) {
        const QVector<Token> &tokens = m_texts.at(t).tokens;
        for (int p = 0; p + K <= tokens.size(); ++p)
            index[shingleKey(tokens[p].word, tokens[p + 1].word, tokens[p + 2].word)].append({t, p});
    }
    std::map<std::pair<int, int>, QVector<Seed>> seeds;
    for (const QVector<Posting> &postings : std::as_const(index)) {
        if (postings.size() < 2 || postings.size() > MaxPostings)
            continue;
        // Postings are in text order: count each text's share, skip the texts it is common in.
        QHash<int, int> perText;
        for (const Posting &p : postings)
            ++perText[p.text];
        if (perText.size() < 2)
            continue;
        for (int x = 0; x < postings.size(); ++x) {
            const Posting &px = postings.at(x);
            if (perText.value(px.text) > MaxPerText)
                continue;
            for (int y = x + 1; y < postings.size(); ++y) {
                const Posting &py = postings.at(y);
                if (py.text == px.text || perText.value(py.text) > MaxPerText)
                    continue;
                seeds[{px.text, py.text}].append({px.pos, py.pos});
            }
        }
    }
    QVector<SharedPassage> all;
    for (auto &[pair, pairSeeds] : seeds) {
        const Text &a = m_texts.at(pair.first), &b = m_texts.at(pair.second);
        QVector<SharedPassage> found = a.id < b.id ? chain(a, b, pairSeeds) : [&] {
            for (Seed &seed : pairSeeds)
                std::swap(seed.a, seed.b);
            return chain(b, a, pairSeeds);
        }();
        all += found;
    }
    std::stable_sort(all.begin(), all.end(), [](const SharedPassage &x, const SharedPassage &y) {
        return std::tie(x.sourceA, x.sourceB, x.startA) < std::tie(y.sourceA, y.sourceB, y.startA);
    });
    return all;
}

QVector<SharedPassage> SharedPassageFinder::chain(const Text &a, const Text &b, QVector<Seed> &seeds) const
{
    const int maxGap = std::max(0, m_options.maxGap);
    const auto same = [&](int pa, int pb) {
        return a.tokens[pa].word == b.tokens[pb].word;
    };
    // Keys can collide past two million words: keep only true shingles.
    seeds.erase(std::remove_if(seeds.begin(), seeds.end(),
                    [&](const Seed &s) {
                        return !same(s.a, s.b) || !same(s.a + 1, s.b + 1) || !same(s.a + 2, s.b + 2);
                    }),
        seeds.end());
    std::sort(seeds.begin(), seeds.end(), [](const Seed &x, const Seed &y) {
        return std::make_pair(x.b - x.a, x.a) < std::make_pair(y.b - y.a, y.a);
    });

    // Seeds on one diagonal make a run, across up to maxGap changed words.
    QVector<Run> runs;
    for (int s = 0; s < seeds.size(); ++s) {
        const Seed seed = seeds.at(s);
        Run *run = runs.isEmpty() ? nullptr : &runs.last();
        const bool sameDiagonal = run && s > 0 && seeds.at(s - 1).b - seeds.at(s - 1).a == seed.b - seed.a;
        if (sameDiagonal && seed.a <= run->aEnd()) {
            run->segments.last().a1 = std::max(run->segments.last().a1, seed.a + K);
        } else if (sameDiagonal && seed.a <= run->aEnd() + maxGap) {
            run->segments.append({seed.a, seed.a + K, seed.b});
        } else {
            runs.append(Run {{{seed.a, seed.a + K, seed.b}}});
        }
    }
    // Word by word past the seeds' ends (a shingle too common to seed, a last word).
    const int na = int(a.tokens.size()), nb = int(b.tokens.size());
    for (Run &run : runs) {
        Segment &first = run.segments.first();
        while (first.a0 > 0 && first.b0 > 0 && same(first.a0 - 1, first.b0 - 1)) {
            --first.a0;
            --first.b0;
        }
        Segment &last = run.segments.last();
        while (last.a1 < na && last.b1() < nb && same(last.a1, last.b1()))
            ++last.a1;
    }
    std::sort(runs.begin(), runs.end(), [](const Run &x, const Run &y) {
        return std::make_pair(x.aStart(), x.bStart()) < std::make_pair(y.aStart(), y.bStart());
    });

    // Runs on nearby diagonals join across a few words added or dropped on one side.
    QVector<Run> chains;
    QVector<int> open;
    for (const Run &run : std::as_const(runs)) {
        open.erase(std::remove_if(open.begin(), open.end(),
                       [&](int c) { return chains.at(c).aEnd() + maxGap < run.aStart(); }),
            open.end());
        int best = -1;
        int bestDistance = 0;
        for (const int c : std::as_const(open)) {
            const Run &chain = chains.at(c);
            const int gapA = run.aStart() - chain.aEnd(), gapB = run.bStart() - chain.bEnd();
            if (gapA > maxGap || gapB > maxGap || gapA < -K || gapB < -K || run.aEnd() <= chain.aEnd()
                || run.bEnd() <= chain.bEnd() || run.bStart() < chain.bStart())
                continue;
            const int distance = std::abs(gapA) + std::abs(gapB);
            if (best < 0 || distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        if (best >= 0) {
            chains[best].segments += run.segments;
        } else {
            chains.append(run);
            open.append(int(chains.size()) - 1);
        }
    }

    QVector<SharedPassage> found;
    for (const Run &chain : std::as_const(chains)) {
        int aStart = na, aEnd = 0, bStart = nb, bEnd = 0;
        for (const Segment &seg : chain.segments) {
            aStart = std::min(aStart, seg.a0);
            aEnd = std::max(aEnd, seg.a1);
            bStart = std::min(bStart, seg.b0);
            bEnd = std::max(bEnd, seg.b1());
        }
        // Identical tokens: the union of the segments on each side (they may overlap a little).
        int matchedA = 0, words = 0, figures = 0, covered = aStart;
        for (const Segment &seg : chain.segments) {
            const int from = std::max(seg.a0, covered);
            if (seg.a1 > from) {
                matchedA += seg.a1 - from;
                words += a.wordCount[seg.a1] - a.wordCount[from];
                figures += a.figureCount[seg.a1] - a.figureCount[from];
            }
            covered = std::max(covered, seg.a1);
        }
        QVector<Segment> byB = chain.segments;
        std::sort(byB.begin(), byB.end(), [](const Segment &x, const Segment &y) { return x.b0 < y.b0; });
        int matchedB = 0;
        covered = bStart;
        for (const Segment &seg : std::as_const(byB)) {
            const int from = std::max(seg.b0, covered);
            matchedB += std::max(0, seg.b1() - from);
            covered = std::max(covered, seg.b1());
        }
        const int matched = std::min(matchedA, matchedB);
        const int span = std::max(aEnd - aStart, bEnd - bStart);
        const double similarity = span > 0 ? double(matched) / span : 0;
        const bool longEnough
            = words >= m_options.minWords || (figures > 0 && words >= m_options.minWordsWithFigure);
        if (!longEnough || similarity < m_options.minSimilarity)
            continue;
        SharedPassage passage;
        passage.sourceA = a.id;
        passage.startA = a.tokens[aStart].start;
        passage.endA = a.tokens[aEnd - 1].end;
        passage.sourceB = b.id;
        passage.startB = b.tokens[bStart].start;
        passage.endB = b.tokens[bEnd - 1].end;
        // A bracket or quotation mark opened inside the passage closes inside it too.
        for (const auto &[open, close] :
            {std::pair(u'(', u')'), std::pair(u'«', u'»'), std::pair(u'“', u'”')}) {
            const QStringView inA = QStringView(a.text).mid(passage.startA, passage.endA - passage.startA);
            if (inA.count(QChar(open)) > inA.count(QChar(close)) && passage.endA < a.text.size()
                && a.text.at(passage.endA) == QChar(close)) {
                const QStringView inB
                    = QStringView(b.text).mid(passage.startB, passage.endB - passage.startB);
                ++passage.endA;
                if (inB.count(QChar(open)) > inB.count(QChar(close)) && passage.endB < b.text.size()
                    && b.text.at(passage.endB) == QChar(close))
                    ++passage.endB;
            }
        }
        passage.words = words;
        passage.similarity = similarity;
        passage.text = a.text.mid(passage.startA, passage.endA - passage.startA).simplified();
        found.append(passage);
    }

    // A phrase repeated in one text matches in several places: keep the largest of overlapping finds.
    std::sort(found.begin(), found.end(), [](const SharedPassage &x, const SharedPassage &y) {
        return std::make_pair(x.words, x.similarity) > std::make_pair(y.words, y.similarity);
    });
    QVector<SharedPassage> kept;
    for (const SharedPassage &p : std::as_const(found)) {
        const bool covered = std::any_of(kept.cbegin(), kept.cend(), [&p](const SharedPassage &k) {
            return overlaps(p.startA, p.endA, k.startA, k.endA)
                && overlaps(p.startB, p.endB, k.startB, k.endB);
        });
        if (!covered)
            kept.append(p);
    }
    std::sort(kept.begin(), kept.end(),
        [](const SharedPassage &x, const SharedPassage &y) { return x.startA < y.startA; });
    return kept;
}

QVector<RepeatedPassage> SharedPassageFinder::group(const QVector<SharedPassage> &pairs)
{
    QVector<int> parent(pairs.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    struct Place
    {
        qint64 source;
        qint64 start;
        qint64 end;
        int pair;
    };
    QVector<Place> places;
    for (int i = 0; i < pairs.size(); ++i) {
        places.append({pairs[i].sourceA, pairs[i].startA, pairs[i].endA, i});
        places.append({pairs[i].sourceB, pairs[i].startB, pairs[i].endB, i});
    }
    std::sort(places.begin(), places.end(), [](const Place &x, const Place &y) {
        return std::tie(x.source, x.start) < std::tie(y.source, y.start);
    });
    // A sweep per source: places that overlap the one running before belong together.
    for (int i = 0; i < places.size();) {
        int j = i + 1;
        qint64 end = places[i].end;
        while (j < places.size() && places[j].source == places[i].source && places[j].start < end) {
            parent[root(places[j].pair)] = root(places[i].pair);
            end = std::max(end, places[j].end);
            ++j;
        }
        i = j;
    }
    QHash<int, int> groupOf;
    QVector<RepeatedPassage> groups;
    for (int i = 0; i < pairs.size(); ++i) {
        const int r = root(i);
        auto it = groupOf.constFind(r);
        if (it == groupOf.cend())
            it = groupOf.insert(r, int(groups.size())), groups.append(RepeatedPassage {});
        RepeatedPassage &group = groups[*it];
        group.pairs.append(i);
        const SharedPassage &p = pairs[i];
        if (p.words > group.words || group.text.isEmpty()) {
            group.words = std::max(group.words, p.words);
            group.text = p.text;
        }
        for (const RepeatedPassage::Place place : {RepeatedPassage::Place {p.sourceA, p.startA, p.endA},
                 RepeatedPassage::Place {p.sourceB, p.startB, p.endB}}) {
            auto known = std::find_if(
                group.places.begin(), group.places.end(), [&place](const RepeatedPassage::Place &x) {
                    return x.sourceId == place.sourceId && overlaps(x.start, x.end, place.start, place.end);
                });
            if (known == group.places.end()) {
                group.places.append(place);
            } else {
                known->start = std::min(known->start, place.start);
                known->end = std::max(known->end, place.end);
            }
        }
    }
    for (RepeatedPassage &group : groups) {
        std::sort(group.places.begin(), group.places.end(),
            [](const RepeatedPassage::Place &x, const RepeatedPassage::Place &y) {
                return std::tie(x.sourceId, x.start) < std::tie(y.sourceId, y.start);
            });
    }
    std::stable_sort(groups.begin(), groups.end(), [](const RepeatedPassage &x, const RepeatedPassage &y) {
        return std::make_pair(x.sourceCount(), x.words) > std::make_pair(y.sourceCount(), y.words);
    });
    return groups;
}

int RepeatedPassage::sourceCount() const
{
    QSet<qint64> sources;
    for (const Place &place : places)
        sources.insert(place.sourceId);
    return int(sources.size());
}

QVector<SharedPassage> SharedPassageFinder::compare(const QString &a, const QString &b)
{
    return compare(a, b, Options {});
}

QVector<SharedPassage> SharedPassageFinder::compare(
    const QString &a, const QString &b, const Options &options)
{
    SharedPassageFinder finder(options);
    finder.addText(1, a);
    finder.addText(2, b);
    return finder.passages(1, 2);
}

} // namespace Recoupe
