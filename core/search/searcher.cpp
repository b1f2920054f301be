// SPDX-License-Identifier: GPL-3.0-or-later
#include "searcher.h"

#include "matchlocator.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QHash>

#include <sqlite3.h>

#include <algorithm>

namespace Recoupe {

namespace {

// How often (in SQLite virtual machine steps) a running search checks for interrupt(). FTS5 runs
// its ranking as nested statements on the same connection, so this reaches them too.
constexpr int ProgressSteps = 1000;

QByteArray textSql(bool ranked, bool snippets, bool excluding)
{
    QByteArray sql = "SELECT c.source_id, s.title, c.start, c.page, ";
    sql += ranked ? "text_index.rank, " : "0, ";
    sql += "recoupe_matches(text_index, 1), ";
    sql += snippets ? "snippet(text_index, 0, ?2, ?3, ?4, ?5) " : "'' ";
    // CROSS JOIN keeps the full-text table as the outer loop, so FTS5 itself delivers rows in
    // rank order and LIMIT stops it early; snippets are made for the returned rows only.
    sql += "FROM text_index CROSS JOIN text_chunks c ON c.id = text_index.rowid "
           "CROSS JOIN sources s ON s.id = c.source_id "
           "WHERE text_index MATCH ?1 AND s.removed = 0 ";
    if (excluding) {
        sql += "AND c.source_id NOT IN (SELECT x.source_id FROM text_index "
               "CROSS JOIN text_chunks x ON x.id = text_index.rowid WHERE text_index MATCH ?7) ";
    }
    if (ranked)
        sql += "ORDER BY text_index.rank ";
    sql += "LIMIT ?6";
    return sql;
}

QByteArray noteSql(bool ranked, bool snippets, const char *kindFilter)
{
    QByteArray sql = "SELECT note_index.kind, note_index.owner, ";
    sql += ranked ? "note_index.rank, " : "0, ";
    sql += "recoupe_matches(note_index, 1), ";
    sql += snippets ? "snippet(note_index, 0, ?2, ?3, ?4, ?5), " : "'', ";
    sql += "an.source_id, s.title, an.start_pos, an.end_pos, an.page "
           "FROM note_index "
           "LEFT JOIN annotations a ON note_index.kind = 'annotation' AND a.id = note_index.owner "
           "LEFT JOIN anchors an ON an.id = a.anchor_id "
           "LEFT JOIN sources s ON s.id = an.source_id "
           "WHERE note_index MATCH ?1 AND (note_index.kind = 'claim' OR s.removed = 0) ";
    sql += kindFilter;
    if (ranked)
        sql += "ORDER BY note_index.rank ";
    sql += "LIMIT ?6";
    return sql;
}

int checkStop(void *flag)
{
    return static_cast<std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

// Lets interrupt() reach a statement that runs long before its first row (ranking, NOT IN).
class ProgressGuard
{
public:
    ProgressGuard(sqlite3 *db, std::atomic<bool> *stop)
        : m_db(db)
    {
        sqlite3_progress_handler(m_db, ProgressSteps, &checkStop, stop);
    }
    ~ProgressGuard() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    ProgressGuard(const ProgressGuard &) = delete;
    ProgressGuard &operator=(const ProgressGuard &) = delete;

private:
    sqlite3 *m_db;
};

void bindSnippet(Statement &stmt, const SearchOptions &options)
{
    stmt.bind(2, options.markOpen)
        .bind(3, options.markClose)
        .bind(4, options.ellipsis)
        .bind(5, qBound(1, options.snippetWords, 64));
}

} // namespace

Searcher::Searcher(Database &db)
    : m_db(db)
{ }

Searcher::~Searcher() = default;

Statement &Searcher::statement(const char *sql)
{
    // Unlike Database::cached(), a statement that failed to prepare (an interrupt while FTS5
    // connects its tables, a locked schema) is prepared again next time instead of failing forever.
    std::unique_ptr<Statement> &slot = m_statements[std::string(sql)];
    if (slot && slot->isValid())
        slot->reset();
    else
        slot = std::make_unique<Statement>(m_db.prepare(sql));
    return *slot;
}

Searcher::Step Searcher::prepare()
{
    // Registering the function and connecting both FTS5 tables run statements of their own; an
    // interrupt meant for an earlier search can land there, so one failure is retried.
    bool interrupted = false;
    for (int attempt = 0; !m_registered && attempt < 2; ++attempt) {
        if (m_stop.load())
            return Step::Stopped;
        const Status registered = MatchLocator::ensureRegistered(m_db, &interrupted);
        if (registered.ok()) {
            Statement warm = m_db.prepare("SELECT 1 FROM text_index, note_index WHERE 0");
            m_registered = warm.isValid();
            m_error = tr("Cannot search %1: %2").arg(m_db.path(), warm.error());
            interrupted = (sqlite3_errcode(m_db.handle()) & 0xff) == SQLITE_INTERRUPT;
        } else {
            m_error = registered.error();
        }
    }
    if (m_registered)
        return Step::Done;
    return m_stop.load() || interrupted ? Step::Stopped : Step::Failed;
}

QString Searcher::stoppedMessage() const
{
    return tr("The search was stopped.");
}

Searcher::Step Searcher::finish(Statement &stmt)
{
    const bool stopRequested = m_stop.load();
    if (stmt.failed()) {
        const bool interrupted = stopRequested || (sqlite3_errcode(m_db.handle()) & 0xff) == SQLITE_INTERRUPT;
        m_error = stmt.error();
        stmt.reset();
        return interrupted ? Step::Stopped : Step::Failed;
    }
    stmt.reset();
    return stopRequested ? Step::Stopped : Step::Done;
}

Searcher::Step Searcher::searchTexts(
    const FtsQuery &query, const SearchOptions &options, QVector<SearchHit> *hits)
{
    const bool ranked = options.mode == SearchOptions::Mode::Ranked;
    const bool excluding = !query.excluded.isEmpty();
    const QByteArray sql = textSql(ranked, options.snippets, excluding);
    Statement &stmt = statement(sql.constData());
    stmt.bind(1, query.expression).bind(6, qMax(1, options.limit));
    if (options.snippets)
        bindSnippet(stmt, options);
    if (excluding)
        stmt.bind(7, query.excluded);
    while (stmt.next()) {
        if (m_stop.load(std::memory_order_relaxed))
            break;
        SearchHit hit;
        hit.kind = SearchHit::Kind::SourceText;
        hit.sourceId = stmt.int64(0);
        hit.sourceTitle = stmt.text(1);
        const qint64 chunkStart = stmt.int64(2);
        hit.page = stmt.int32(3);
        hit.score = stmt.real(4);
        const QVector<MatchLocator::Match> matches = MatchLocator::decode(stmt.blob(5));
        hit.offset = chunkStart + (matches.isEmpty() ? 0 : matches.first().start);
        hit.length = matches.isEmpty() ? 0 : matches.first().length;
        hit.snippet = stmt.text(6);
        hits->append(hit);
    }
    return finish(stmt);
}

Searcher::Step Searcher::searchNotes(
    const FtsQuery &query, const SearchOptions &options, QVector<SearchHit> *hits)
{
    const bool ranked = options.mode == SearchOptions::Mode::Ranked;
    const char *kindFilter = "";
    if (!options.annotationNotes)
        kindFilter = "AND note_index.kind = 'claim' ";
    else if (!options.claims)
        kindFilter = "AND note_index.kind = 'annotation' ";
    const QByteArray sql = noteSql(ranked, options.snippets, kindFilter);
    Statement &stmt = statement(sql.constData());
    // Notes are not cut into passages: an excluded word leaves out the note itself.
    const QString expression = query.excluded.isEmpty()
        ? query.expression
        : QLatin1Char('(') + query.expression + QLatin1String(") NOT (") + query.excluded + QLatin1Char(')');
    stmt.bind(1, expression).bind(6, qMax(1, options.limit));
    if (options.snippets)
        bindSnippet(stmt, options);
    while (stmt.next()) {
        if (m_stop.load(std::memory_order_relaxed))
            break;
        SearchHit hit;
        const bool isClaim = stmt.text(0) == QLatin1String("claim");
        hit.kind = isClaim ? SearchHit::Kind::Claim : SearchHit::Kind::AnnotationNote;
        hit.ownerId = stmt.int64(1);
        hit.score = stmt.real(2);
        const QVector<MatchLocator::Match> matches = MatchLocator::decode(stmt.blob(3));
        hit.offset = matches.isEmpty() ? 0 : matches.first().start;
        hit.length = matches.isEmpty() ? 0 : matches.first().length;
        hit.snippet = stmt.text(4);
        if (!isClaim) {
            hit.sourceId = stmt.int64(5);
            hit.sourceTitle = stmt.text(6);
            hit.anchorStart = stmt.int64(7);
            hit.anchorEnd = stmt.int64(8);
            hit.page = stmt.int32(9);
        }
        hits->append(hit);
    }
    return finish(stmt);
}

Result<SearchResults> Searcher::search(const QString &query, const SearchOptions &options)
{
    return search(QueryTranslator::translate(query), options);
}

Result<SearchResults> Searcher::search(const FtsQuery &query, const SearchOptions &options)
{
    SearchResults results;
    results.query = query;
    if (query.isEmpty()) {
        results.outcome = SearchOutcome::NothingToSearch;
        results.message = tr("Nothing to search for: type a word or a phrase to find (words after NOT are "
                             "only left out).");
        return results;
    }
    m_stop.store(false);
    ProgressGuard guard(m_db.handle(), &m_stop);
    Step step = prepare();
    if (step == Step::Failed)
        return Error {m_error};
    const bool searchNoteIndex = options.annotationNotes || options.claims;
    QVector<SearchHit> notes;
    QVector<SearchHit> texts;
    if (step == Step::Done && searchNoteIndex)
        step = searchNotes(query, options, &notes);
    if (step == Step::Done && options.sourceTexts) {
        SearchOptions textOptions = options;
        // First page: notes are the investigator's own words, so they come first and the
        // passages fill the rest of the page.
        if (options.mode == SearchOptions::Mode::FirstPage)
            textOptions.limit = qMax(0, options.limit - int(notes.size()));
        if (textOptions.limit > 0)
            step = searchTexts(query, textOptions, &texts);
    }
    if (step == Step::Stopped) {
        results.outcome = SearchOutcome::Stopped;
        results.message = stoppedMessage();
        return results;
    }
    if (step == Step::Failed)
        return Error {tr("Cannot search %1: %2").arg(m_db.path(), m_error)};

    results.hits = notes + texts;
    if (options.mode == SearchOptions::Mode::Ranked) {
        // bm25 scores of notes and of passages come from different tables; they are of the same
        // scale (both weigh term frequency against the table's own statistics), which is enough
        // to interleave two short lists.
        std::stable_sort(results.hits.begin(), results.hits.end(),
            [](const SearchHit &a, const SearchHit &b) { return a.score < b.score; });
    }
    if (results.hits.size() > options.limit)
        results.hits.resize(qMax(0, options.limit));
    return results;
}

Result<SourceMatches> Searcher::findInSource(qint64 sourceId, const QString &text)
{
    SourceMatches result;
    const FtsQuery query = QueryTranslator::translate(text);
    if (query.isEmpty()) {
        result.outcome = SearchOutcome::NothingToSearch;
        result.message = tr("Nothing to search for: type a word or a phrase to find.");
        return result;
    }
    m_stop.store(false);
    ProgressGuard guard(m_db.handle(), &m_stop);
    const Step ready = prepare();
    if (ready == Step::Failed)
        return Error {m_error};
    if (ready == Step::Stopped) {
        result.outcome = SearchOutcome::Stopped;
        result.message = stoppedMessage();
        return result;
    }

    // A source's chunks are inserted together, so their ids form a range FTS5 can seek to
    // instead of matching the whole dossier; the source_id test keeps it exact regardless.
    Statement &range = statement("SELECT (SELECT removed FROM sources WHERE id = ?1), min(id), max(id) "
                                 "FROM text_chunks WHERE source_id = ?1");
    range.bind(1, sourceId);
    if (!range.next()) {
        if (finish(range) == Step::Stopped) {
            result.outcome = SearchOutcome::Stopped;
            result.message = stoppedMessage();
            return result;
        }
        return Error {tr("Cannot search %1: %2").arg(m_db.path(), m_error)};
    }
    const bool live = !range.isNull(0) && range.int64(0) == 0 && !range.isNull(1);
    const qint64 first = range.int64(1);
    const qint64 last = range.int64(2);
    range.reset();
    if (!live)
        return result;

    auto stopOrFail = [&](Step step) -> Result<SourceMatches> {
        if (step == Step::Stopped) {
            result.outcome = SearchOutcome::Stopped;
            result.message = stoppedMessage();
            result.matches.clear();
            return result;
        }
        return Error {tr("Cannot search %1: %2").arg(m_db.path(), m_error)};
    };

    if (!query.excluded.isEmpty()) {
        Statement &excluded = statement(
            "SELECT 1 FROM text_index CROSS JOIN text_chunks c ON c.id = text_index.rowid "
            "WHERE text_index MATCH ?1 AND text_index.rowid BETWEEN ?2 AND ?3 AND c.source_id = ?4 LIMIT 1");
        excluded.bind(1, query.excluded).bind(2, first).bind(3, last).bind(4, sourceId);
        const bool found = excluded.next();
        const Step step = finish(excluded);
        if (step != Step::Done)
            return stopOrFail(step);
        if (found)
            return result;
    }

    Statement &stmt = statement("SELECT c.start, c.page, recoupe_matches(text_index, 0) FROM text_index "
                                "CROSS JOIN text_chunks c ON c.id = text_index.rowid "
                                "WHERE text_index MATCH ?1 AND text_index.rowid BETWEEN ?2 AND ?3 AND "
                                "c.source_id = ?4 ORDER BY c.start");
    stmt.bind(1, query.expression).bind(2, first).bind(3, last).bind(4, sourceId);
    while (stmt.next()) {
        if (m_stop.load(std::memory_order_relaxed))
            break;
        const qint64 chunkStart = stmt.int64(0);
        const int page = stmt.int32(1);
        const QVector<MatchLocator::Match> matches = MatchLocator::decode(stmt.blob(2));
        for (const MatchLocator::Match &m : matches)
            result.matches.append(TextMatch {chunkStart + m.start, m.length, page});
    }
    const Step step = finish(stmt);
    if (step != Step::Done)
        return stopOrFail(step);
    return result;
}

void Searcher::interrupt()
{
    // Only the flag: the progress handler installed while a search runs turns it into
    // SQLITE_INTERRUPT. Database::interrupt() would also stop whatever else runs on a shared
    // connection once the search is over.
    m_stop.store(true);
}

QVector<SourceHits> Searcher::groupBySource(const QVector<SearchHit> &hits)
{
    QVector<SourceHits> groups;
    QHash<qint64, qsizetype> index;
    for (const SearchHit &hit : hits) {
        auto it = index.constFind(hit.sourceId);
        if (it == index.constEnd()) {
            it = index.insert(hit.sourceId, groups.size());
            groups.append(SourceHits {hit.sourceId, hit.sourceTitle, {}});
        }
        groups[*it].hits.append(hit);
    }
    return groups;
}

} // namespace Recoupe
