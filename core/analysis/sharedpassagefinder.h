// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace Recoupe {

class Dossier;

// A passage two texts share, verbatim or nearly: where it is in each (UTF-16 offsets into the
// canonical texts, [start, end), so it can be drawn and cited) and how alike the two are.
struct SharedPassage
{
    qint64 sourceA = 0;
    qint64 startA = 0;
    qint64 endA = 0;
    qint64 sourceB = 0;
    qint64 startB = 0;
    qint64 endB = 0;
    // Identical words, counted as a reader counts them ("jusqu'au" is one word).
    int words = 0;
    // Identical words over the words of the longer side, 1.0 when verbatim.
    double similarity = 0;
    // The passage as source A writes it, white space simplified.
    QString text;
};

// One passage repeated across sources: every place it appears, and the pairs behind it.
struct RepeatedPassage
{
    struct Place
    {
        qint64 sourceId = 0;
        qint64 start = 0;
        qint64 end = 0;
    };
    QString text; // as written where it is longest
    int words = 0; // the most identical words any pair shares
    QVector<Place> places; // by source id, then offset; a source may have it more than once
    QVector<int> pairs; // indices into the pair list it was grouped from
    int sourceCount() const;
};

// Finds the passages texts share, as an investigator tracks a press release or a quote through
// articles: the same sentence, date or figure, reworded lightly, re-punctuated, with other accents,
// case or a word broken at a line end.
//
// Words are compared casefolded and without diacritics. Every run of three consecutive words is
// hashed; an inverted index of these shingles across all texts seeds the matches (a shingle too
// common in one text, "de la commission", seeds nothing), so the work grows with the text and the
// matches, not with the product of text lengths. Seeds on one diagonal join across a few changed
// words, nearby diagonals across a few inserted or dropped ones; the spans are then extended word
// by word. Three-word shingles, not six or eight: a reworded date ("a rendu le 12 mars 2024 un avis
// de compatibilité" against "12 mars 2024 : avis de compatibilité") shares no longer run. The
// length threshold, not the shingle, decides what is reported: at least `minWords` identical words,
// or `minWordsWithFigure` when they include a number (dates, amounts and counts are what gets
// copied and what a reader checks), and at least `minSimilarity` of the span identical.
class SharedPassageFinder
{
public:
    struct Options
    {
        int minWords = 8;
        int minWordsWithFigure = 5;
        double minSimilarity = 0.5;
        // Words changed, added or dropped that a passage may run across.
        int maxGap = 3;
    };

    SharedPassageFinder();
    explicit SharedPassageFinder(const Options &options);

    // Adds a text under an id (a source's id); a second call with the same id replaces it.
    void addText(qint64 id, const QString &text);
    // Adds every source of the dossier that has text (its current version).
    void addDossier(Dossier &dossier);
    QVector<qint64> ids() const;

    // The passages texts `a` and `b` share, in order of their place in `a`.
    QVector<SharedPassage> passages(qint64 a, qint64 b) const;
    // The passages every pair of texts shares, by pair (sourceA < sourceB), then place in A.
    QVector<SharedPassage> allPassages() const;

    // The pair passages grouped into passages repeated across sources: two pairs belong together
    // when their places in a common source overlap. Longest first.
    static QVector<RepeatedPassage> group(const QVector<SharedPassage> &pairs);

    // Two texts at once (ids 1 and 2).
    static QVector<SharedPassage> compare(const QString &a, const QString &b);
    static QVector<SharedPassage> compare(const QString &a, const QString &b, const Options &options);

private:
    struct Token
    {
        int start;
        int end;
        int word; // index in m_words
    };
    struct Text
    {
        qint64 id = 0;
        QString text;
        QVector<Token> tokens;
        QVector<int> wordCount; // prefix sums: words a reader counts among tokens [0, i)
        QVector<int> figureCount; // prefix sums: tokens that hold a digit
    };
    struct Seed
    {
        int a;
        int b;
    };

    void tokenize(Text &text);
    int wordIndex(const QString &normalized);
    QVector<SharedPassage> chain(const Text &a, const Text &b, QVector<Seed> &seeds) const;

    Options m_options;
    QVector<Text> m_texts;
    QHash<QString, int> m_words;
};

} // namespace Recoupe
