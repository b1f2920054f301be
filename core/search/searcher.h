// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "querytranslator.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <string>
#include <unordered_map>

namespace Recoupe {

class Database;
class Statement;

// One place where a query matched: a passage of a source's text, an annotation's note or a claim.
struct SearchHit
{
    enum class Kind
    {
        SourceText,
        AnnotationNote,
        Claim
    };
    Kind kind = Kind::SourceText;

    // The source of the passage (SourceText) or of the annotated passage (AnnotationNote); 0 for
    // claims, which belong to no source.
    qint64 sourceId = 0;
    QString sourceTitle;
    // The annotation or the claim (AnnotationNote, Claim); 0 for source text.
    qint64 ownerId = 0;

    // The first match, in UTF-16 code units (QString indices): in the source's text for
    // SourceText; in the note, or in the claim's text and note joined by "\n", otherwise.
    qint64 offset = 0;
    qint64 length = 0;
    // 0-based PDF page of the passage (or of the annotated passage), -1 when not a PDF.
    int page = -1;
    // AnnotationNote: the annotated passage in the source's text.
    qint64 anchorStart = -1;
    qint64 anchorEnd = -1;

    // bm25 relevance, lower is better; 0 in first-page mode, which does not rank.
    double score = 0;
    // A few words around the matches, the matched words between the markers of SearchOptions.
    QString snippet;
};

struct SearchOptions
{
    enum class Mode
    {
        // Unranked, in index order: the first rows FTS5 finds, to show something at once.
        FirstPage,
        // Ordered by bm25 relevance.
        Ranked,
    };
    Mode mode = Mode::Ranked;
    int limit = 50;

    bool sourceTexts = true;
    bool annotationNotes = true;
    bool claims = true;

    bool snippets = true;
    // Around each matched word in snippets. The defaults are brackets that prose and code
    // almost never contain, so a view can split on them safely; readable in a terminal too.
    QString markOpen = QStringLiteral("\u27E6"); // ⟦
    QString markClose = QStringLiteral("\u27E7"); // ⟧
    QString ellipsis = QStringLiteral("\u2026"); // …
    int snippetWords = 16; // at most 64
};

enum class SearchOutcome
{
    Searched, // the query ran; there may be no hits
    NothingToSearch, // empty, or only operators, punctuation or excluded words
    Stopped, // interrupt() was called while it ran
};

struct SearchResults
{
    SearchOutcome outcome = SearchOutcome::Searched;
    // For NothingToSearch and Stopped: a sentence to show instead of a list.
    QString message;
    FtsQuery query;
    QVector<SearchHit> hits;
};

// Hits of one source, in the order the source first appears in the hit list.
struct SourceHits
{
    qint64 sourceId = 0; // 0 collects the claims
    QString sourceTitle;
    QVector<SearchHit> hits;
};

// One match of the reader's find bar.
struct TextMatch
{
    qint64 offset = 0; // UTF-16, in the source's text
    qint64 length = 0;
    int page = -1;
};

struct SourceMatches
{
    SearchOutcome outcome = SearchOutcome::Searched;
    QString message;
    QVector<TextMatch> matches; // in text order
};

// Full-text search over one dossier connection: source texts, annotation notes and claims,
// ignoring case and accents, with the query language of QueryTranslator. Removed sources
// never appear.
//
// Words joined by AND (or side by side) must be found in the same passage: a chunk of a
// source's text of about 8,000 characters cut at a paragraph end, or one PDF page. Top-level
// NOT leaves out the whole source.
//
// A Searcher uses its connection from one thread. To search off the UI thread, open a
// connection for the worker (Database::open(path, Database::Mode::ReadOnly)) and build the
// Searcher there; interrupt() may be called from any thread while it runs. While a search
// runs, the Searcher installs its own SQLite progress handler on the connection (to notice
// interrupt()) and removes it afterwards.
class Searcher
{
    Q_DECLARE_TR_FUNCTIONS(Searcher)

public:
    // The Searcher must not outlive `db`.
    explicit Searcher(Database &db);
    ~Searcher();
    Searcher(const Searcher &) = delete;
    Searcher &operator=(const Searcher &) = delete;

    Result<SearchResults> search(const QString &query, const SearchOptions &options = SearchOptions());
    Result<SearchResults> search(const FtsQuery &query, const SearchOptions &options = SearchOptions());

    // Every match of the query in one source, in text order, for the reader's find bar.
    // A source that contains an excluded word, or was removed, has none.
    Result<SourceMatches> findInSource(qint64 sourceId, const QString &query);

    // Stops the search running now, from any thread; it returns SearchOutcome::Stopped. A call
    // made while no search runs is ignored. Database::interrupt() on a worker's own connection
    // has the same effect (but stops anything else running on that connection too).
    void interrupt();

    static QVector<SourceHits> groupBySource(const QVector<SearchHit> &hits);

private:
    enum class Step
    {
        Done,
        Stopped,
        Failed
    };
    Step prepare();
    Step searchTexts(const FtsQuery &query, const SearchOptions &options, QVector<SearchHit> *hits);
    Step searchNotes(const FtsQuery &query, const SearchOptions &options, QVector<SearchHit> *hits);
    Step finish(Statement &stmt);
    Statement &statement(const char *sql);
    QString stoppedMessage() const;

    Database &m_db;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
    bool m_registered = false;
    std::atomic<bool> m_stop {false};
    QString m_error;
};

} // namespace Recoupe
