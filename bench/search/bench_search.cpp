// SPDX-License-Identifier: GPL-3.0-or-later
// Search speed on a dossier of about 10,000 real documents, against the same FTS5 query run
// directly through the sqlite3 C API on the same file in the same run.
//
//   bench_search [--dossier FILE] [--sources N] [--runs N]
//   bench_search --recall
//
// Ranked search is also timed on a copy of the dossier whose text index does not stem (as
// before version 4, unicode61 alone), to give the cost of stemming in the same run.
//
// --recall: recall of plain-word queries on the seeds' inflected forms (../shared/seeds), with
// and without stemming: the seeds' words are grouped by lemma with Hunspell's French
// dictionary (independent of Snowball), and each form of a lemma is searched for all of them.
//
// Without --dossier, it uses RECOUPE_BUILD_DIR/bench-search/man-pages.recoupe, built on first run
// from the system's man pages (`man --nh --nj -l -Tutf8 FILE | col -b`: no hyphenation, so words
// stay whole; Debian packages manpages(-dev), manpages-fr(-dev), manpages-de(-dev), manpages-es(-dev)).
//
// Times are wall clock (what a user waits) and the thread's CPU time (what the query costs,
// whatever else the machine runs); the ratio to sqlite3 is on CPU time, per query.
#include "search/hyphenjoiningtokenizer.h"
#include "search/querytranslator.h"
#include "search/searcher.h"
#include "search/stemmingtokenizer.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sourcestore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <memory>

#ifdef RECOUPE_BENCH_HUNSPELL
#include <hunspell/hunspell.hxx>
#endif

#include <sys/types.h>
#include <unistd.h>

using namespace Recoupe;

namespace {

QTextStream out(stdout);

QStringList manPages()
{
    // English sections first, then French (manpages-fr), then the other translations. The
    // Google Cloud SDK alone ships some 16,000 near-identical generated pages: they only fill
    // the dossier up after every other page.
    QStringList english;
    QStringList french;
    QStringList other;
    QStringList generated;
    QDirIterator it(QStringLiteral("/usr/share/man"), {QStringLiteral("*.gz")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = path.mid(QStringLiteral("/usr/share/man/").size());
        if (QFileInfo(path).fileName().startsWith(QLatin1String("gcloud")))
            generated.append(path);
        else if (rel.startsWith(QLatin1String("man")))
            english.append(path);
        else if (rel.startsWith(QLatin1String("fr/")))
            french.append(path);
        else
            other.append(path);
    }
    english.sort();
    french.sort();
    other.sort();
    generated.sort();
    return english + french + other + generated;
}

QString titleOf(const QString &path)
{
    // "/usr/share/man/fr/man1/ls.1.gz" -> "ls(1) [fr]"
    QString name = QFileInfo(path).fileName();
    name.chop(3);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    QString title = dot > 0 ? name.left(dot) + QLatin1Char('(') + name.mid(dot + 1) + QLatin1Char(')') : name;
    const QString rel = path.mid(QStringLiteral("/usr/share/man/").size());
    if (!rel.startsWith(QLatin1String("man")))
        title += QStringLiteral(" [") + rel.section(QLatin1Char('/'), 0, 0) + QLatin1Char(']');
    return title;
}

QProcess *startRendering(const QString &path)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    process->setProcessEnvironment(env);
    process->setProperty("path", path);
    // A session of its own, so that a rendering that hangs goes with all of its troff children.
    process->setChildProcessModifier([] { ::setsid(); });
    process->start(QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("man --nh --nj -l -Tutf8 \"$1\" 2>/dev/null | col -b"),
            QStringLiteral("sh"), path});
    return process;
}

// Kills the shell, man, troff and col of one rendering: the whole process group.
void killRendering(QProcess *process)
{
    if (process->processId() > 0)
        ::kill(-pid_t(process->processId()), SIGKILL);
    process->kill();
    process->waitForFinished();
}

bool fillDossier(Database &db, int wanted)
{
    if (!Schema::configureConnection(db).ok() || !Schema::migrate(db).ok()) {
        out << "cannot create " << db.path() << ": " << db.lastError() << Qt::endl;
        return false;
    }
    SourceStore store(db);
    const QStringList pages = manPages();
    out << "Building " << db.path() << " from up to " << wanted << " of " << pages.size()
        << " man pages (man --nh --nj -l -Tutf8 | col -b, 2 at a time)…" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    int inserted = 0;
    int skipped = 0;
    qsizetype next = 0;
    QVector<QProcess *> running;
    auto tx = std::make_unique<Transaction>(db);
    bool ok = true;
    while (ok && inserted < wanted && (next < pages.size() || !running.isEmpty())) {
        while (running.size() < 2 && next < pages.size())
            running.append(startRendering(pages.at(next++)));
        std::unique_ptr<QProcess> process(running.takeFirst());
        // groff loops forever on a few translated pages: give each page 30 seconds.
        if (!process->waitForFinished(30000)) {
            killRendering(process.get());
            ++skipped;
            continue;
        }
        const QByteArray bytes = process->readAllStandardOutput();
        const QString file = process->property("path").toString();
        const QString text = QString::fromUtf8(bytes).trimmed();
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        // Pages that are links to another page render the same text; stubs say nothing.
        if (text.size() < 200 || store.findBySha256(sha)) {
            ++skipped;
            continue;
        }
        SourceDraft draft;
        draft.source.title = titleOf(file);
        draft.source.kind = SourceKind::Text;
        draft.source.origin = file;
        draft.source.language
            = file.contains(QLatin1String("/fr/")) ? QStringLiteral("fr") : QStringLiteral("en");
        draft.original = bytes;
        draft.text = text;
        const auto id = store.insert(draft);
        if (!id.ok()) {
            out << id.error() << Qt::endl;
            ok = false;
        } else if (++inserted % 500 == 0) {
            ok = tx->commit().ok();
            tx = std::make_unique<Transaction>(db);
            out << "  " << inserted << " sources, " << timer.elapsed() / 1000 << " s" << Qt::endl;
        }
    }
    for (QProcess *p : running) {
        killRendering(p);
        delete p;
    }
    ok = ok && tx->commit().ok();
    tx.reset();
    ok = ok
        && db.exec("INSERT INTO text_index(text_index) VALUES ('optimize'); PRAGMA wal_checkpoint(TRUNCATE);")
               .ok();
    out << "  done: " << inserted << " sources (" << skipped
        << " duplicate, empty or hung renderings skipped) in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    return ok && inserted > 0;
}

bool buildDossier(const QString &path, int wanted)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        auto opened = Database::open(partial, Database::Mode::CreateIfMissing);
        if (!opened.ok()) {
            out << opened.error() << Qt::endl;
            return false;
        }
        if (!fillDossier(**opened, wanted))
            return false;
    }
    QFile::remove(path);
    return QFile::rename(partial, path);
}

struct Query
{
    QString group; // "one-term common", "phrase", …
    QString text; // as a user types it
};

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

bool alphabetic(const QString &word, int minLength)
{
    if (word.size() < minLength)
        return false;
    for (const QChar c : word) {
        if (c < u'a' || c > u'z')
            return false;
    }
    return true;
}

// Real terms from the index: the vocabulary with each term's number of passages.
QVector<Query> pickQueries(sqlite3 *db, qint64 chunks)
{
    QVector<QPair<QString, qint64>> vocab;
    sqlite3_exec(db,
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, 'text_index', 'row')",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT term, doc FROM temp.bench_vocab", -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const QString term = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (alphabetic(term, 4))
            vocab.append({term, sqlite3_column_int64(stmt, 1)});
    }
    sqlite3_finalize(stmt);
    // `count` terms picked at random (fixed seed) among the 200 whose passage count is nearest
    // to `fraction` of all passages.
    QRandomGenerator pick(1905);
    auto near = [&](double fraction, int count) {
        const qint64 target = qMax<qint64>(3, qint64(fraction * double(chunks)));
        QVector<QPair<QString, qint64>> sorted = vocab;
        std::sort(sorted.begin(), sorted.end(), [&](const auto &a, const auto &b) {
            const qint64 da = std::abs(a.second - target);
            const qint64 db = std::abs(b.second - target);
            return da != db ? da < db : a.first < b.first;
        });
        sorted.resize(qMin<qsizetype>(200, sorted.size()));
        QStringList terms;
        while (terms.size() < count && !sorted.isEmpty())
            terms.append(sorted.takeAt(pick.bounded(int(sorted.size()))).first);
        return terms;
    };
    const QStringList common = near(0.25, 4);
    const QStringList medium = near(0.01, 4);
    const QStringList rare = near(0.0005, 4);

    QVector<Query> queries;
    for (const QString &t : common)
        queries.append({QStringLiteral("one-term common"), t});
    for (const QString &t : medium)
        queries.append({QStringLiteral("one-term medium"), t});
    for (const QString &t : rare)
        queries.append({QStringLiteral("one-term rare"), t});

    // Two-term queries and phrases from the text of passages chosen at random (fixed seed):
    // words that occur together, and word pairs that follow each other.
    QRandomGenerator random(20180507);
    QStringList pairs;
    QStringList phrases;
    sqlite3_prepare_v2(db, "SELECT body FROM text_chunks WHERE id = ?1", -1, &stmt, nullptr);
    const QSet<QString> commonSet(common.begin(), common.end());
    for (int attempt = 0; attempt < 2000 && (pairs.size() < 8 || phrases.size() < 8); ++attempt) {
        sqlite3_bind_int64(stmt, 1, random.bounded(qint64(1), chunks + 1));
        if (sqlite3_step(stmt) == SQLITE_ROW) {
            const QString body
                = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))).toLower();
            QStringList words;
            QString current;
            for (const QChar c : body) {
                if (c.isLetterOrNumber()) {
                    current += c;
                } else {
                    if (!current.isEmpty())
                        words.append(current);
                    current.clear();
                }
            }
            if (words.size() > 40) {
                const qsizetype i = random.bounded(int(words.size() - 20));
                if (phrases.size() < 8 && alphabetic(words.at(i), 4) && alphabetic(words.at(i + 1), 4))
                    phrases.append(QLatin1Char('"') + words.at(i) + QLatin1Char(' ') + words.at(i + 1)
                        + QLatin1Char('"'));
                const qsizetype j = i + 3 + random.bounded(12);
                if (pairs.size() < 8 && alphabetic(words.at(i), 5) && alphabetic(words.at(j), 5)
                    && words.at(i) != words.at(j))
                    pairs.append(words.at(i) + QLatin1Char(' ') + words.at(j));
            }
        }
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    for (const QString &p : pairs)
        queries.append({QStringLiteral("two-term"), p});
    for (const QString &p : phrases)
        queries.append({QStringLiteral("phrase"), p});
    for (const QString &t : medium)
        queries.append({QStringLiteral("prefix"), t.left(4) + QLatin1Char('*')});
    for (const QString &t : common.mid(0, 2))
        queries.append({QStringLiteral("prefix"), t.left(3) + QLatin1Char('*')});
    return queries;
}

// The peer: the FTS5 query the Searcher runs, as anyone would run it with the sqlite3 C API
// (prepared once, the same result columns read for each row), minus Recoupe's match offsets.
class DirectQuery
{
public:
    DirectQuery(sqlite3 *db, bool ranked)
    {
        const char *sql = ranked
            ? "SELECT c.source_id, s.title, c.start, c.page, text_index.rank, "
              "snippet(text_index, 0, '\u27E6', '\u27E7', '\u2026', 16) "
              "FROM text_index JOIN text_chunks c ON c.id = text_index.rowid "
              "JOIN sources s ON s.id = c.source_id "
              "WHERE text_index MATCH ?1 AND s.removed = 0 ORDER BY text_index.rank LIMIT 50"
            : "SELECT c.source_id, s.title, c.start, c.page, 0, "
              "snippet(text_index, 0, '\u27E6', '\u27E7', '\u2026', 16) "
              "FROM text_index JOIN text_chunks c ON c.id = text_index.rowid "
              "JOIN sources s ON s.id = c.source_id "
              "WHERE text_index MATCH ?1 AND s.removed = 0 LIMIT 50";
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            out << "peer query failed to prepare: " << sqlite3_errmsg(db) << Qt::endl;
    }
    ~DirectQuery() { sqlite3_finalize(m_stmt); }

    int run(const QByteArray &expression)
    {
        sqlite3_bind_text(m_stmt, 1, expression.constData(), int(expression.size()), SQLITE_STATIC);
        int rows = 0;
        qint64 sink = 0;
        while (sqlite3_step(m_stmt) == SQLITE_ROW) {
            ++rows;
            sink += sqlite3_column_int64(m_stmt, 0) + sqlite3_column_bytes(m_stmt, 1)
                + sqlite3_column_int64(m_stmt, 2) + sqlite3_column_int(m_stmt, 3)
                + qint64(sqlite3_column_double(m_stmt, 4)) + sqlite3_column_bytes(m_stmt, 5);
        }
        sqlite3_reset(m_stmt);
        return sink == -1 ? -1 : rows;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

struct Samples
{
    QVector<double> wall;
    QVector<double> cpu;
};

struct Figures
{
    Samples ours;
    Samples peer;
    QVector<double> ratios; // per query: median CPU ours / median CPU peer
};

// Wall-clock and thread CPU time of one call, in milliseconds.
class Stopwatch
{
public:
    Stopwatch()
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    void stopInto(Samples &samples) const
    {
        samples.wall.append(double(m_wall.nsecsElapsed()) / 1e6);
        samples.cpu.append((cpuNow() - m_cpu) * 1e3);
    }

private:
    static double cpuNow()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    }
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

QString cell(double v, int width = 8, int precision = 2)
{
    return QString::number(v, 'f', precision).rightJustified(width);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

// A copy of the dossier whose text index is built without stemming, as before schema version 4.
bool makeUnstemmedCopy(const QString &path, const QString &copy)
{
    if (QFileInfo::exists(copy))
        return true;
    const QString partial = copy + QStringLiteral(".part");
    QFile::remove(partial);
    {
        auto source = Database::open(path, Database::Mode::ReadOnly);
        if (!source.ok() || !(*source)->backupTo(partial).ok())
            return false;
        auto opened = Database::open(partial, Database::Mode::OpenExisting);
        if (!opened.ok())
            return false;
        const Status rebuilt = (*opened)->exec("DROP TABLE text_index;"
                                               "CREATE VIRTUAL TABLE text_index USING fts5("
                                               "body, content='text_chunks', content_rowid='id',"
                                               "tokenize='unicode61 remove_diacritics 2');"
                                               "INSERT INTO text_index(text_index) VALUES ('rebuild');"
                                               "INSERT INTO text_index(text_index) VALUES ('optimize');"
                                               "PRAGMA journal_mode = DELETE; VACUUM;");
        if (!rebuilt.ok()) {
            out << "cannot rebuild the copy's index: " << rebuilt.error() << Qt::endl;
            return false;
        }
    }
    return QFile::rename(partial, copy);
}

int measureRecall()
{
#ifndef RECOUPE_BENCH_HUNSPELL
    out << "--recall needs Hunspell (RECOUPE_SPELL=hunspell)" << Qt::endl;
    return 1;
#else
    Hunspell hunspell("/usr/share/hunspell/fr.aff", "/usr/share/hunspell/fr.dic");
    QTemporaryDir dir;
    auto opened
        = Database::open(dir.filePath(QStringLiteral("seeds.recoupe")), Database::Mode::CreateIfMissing);
    if (!opened.ok() || !Schema::configureConnection(**opened).ok() || !Schema::migrate(**opened).ok()) {
        out << "cannot create a dossier" << Qt::endl;
        return 1;
    }
    Database &db = **opened;
    SourceStore store(db);
    QVector<qint64> ids;
    // Occurrences of each folded form, and the lemma family of each form.
    QHash<QString, int> occurrences;
    QHash<QString, QSet<QString>> familyForms; // lemma -> folded forms
    QHash<QString, QString> lemmaOf; // folded form -> lemma
    auto fold = [](const QString &text) {
        QString folded;
        for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                folded.append(c);
        }
        return folded.toCaseFolded();
    };
    const QDir seeds(QStringLiteral(RECOUPE_SEEDS));
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(seeds.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        SourceDraft draft;
        draft.source.title = name;
        draft.source.kind = SourceKind::Text;
        draft.source.language = QStringLiteral("fr");
        draft.original = file.readAll();
        draft.text = QString::fromUtf8(draft.original);
        const auto id = store.insert(draft);
        if (!id.ok())
            continue;
        ids.append(*id);
        QString word;
        const QString text = draft.text + QLatin1Char(' ');
        for (const QChar c : text) {
            if (c.isLetter()) {
                word.append(c);
                continue;
            }
            if (word.size() >= 3) {
                const QString lower = word.toLower();
                const QString folded = fold(lower);
                ++occurrences[folded];
                const std::vector<std::string> lemmas = hunspell.stem(lower.toStdString());
                if (!lemmas.empty() && !lemmaOf.contains(folded)) {
                    const QString lemma = fold(QString::fromStdString(lemmas.front()));
                    lemmaOf.insert(folded, lemma);
                    familyForms[lemma].insert(folded);
                }
            }
            word.clear();
        }
    }
    Searcher searcher(db);
    // Every form of a lemma with two forms or more in the seeds, searched as typed (stemmed)
    // and as `=form` (the exact form, as before stemming).
    int queries = 0;
    double recallBefore = 0;
    double recallAfter = 0;
    qint64 found = 0;
    qint64 foundInFamily = 0;
    qint64 familyTotal = 0;
    qint64 familyFoundBefore = 0;
    qint64 familyFoundAfter = 0;
    for (auto it = familyForms.cbegin(); it != familyForms.cend(); ++it) {
        if (it->size() < 2)
            continue;
        int total = 0;
        for (const QString &form : *it)
            total += occurrences.value(form);
        for (const QString &form : *it) {
            int before = 0;
            int after = 0;
            for (const qint64 id : ids) {
                const QString text = store.text(id);
                const auto exact = searcher.findInSource(id, QLatin1Char('=') + form);
                const auto stemmed = searcher.findInSource(id, form);
                if (!exact.ok() || !stemmed.ok())
                    continue;
                for (const TextMatch &m : exact->matches)
                    before += it->contains(fold(text.mid(m.offset, m.length))) ? 1 : 0;
                for (const TextMatch &m : stemmed->matches) {
                    const bool inFamily = it->contains(fold(text.mid(m.offset, m.length)));
                    after += inFamily ? 1 : 0;
                    ++found;
                    foundInFamily += inFamily ? 1 : 0;
                }
            }
            ++queries;
            recallBefore += double(before) / total;
            recallAfter += double(after) / total;
            familyTotal += total;
            familyFoundBefore += before;
            familyFoundAfter += after;
        }
    }
    out << "Recall on the seeds' inflected forms: " << ids.size() << " seeds, " << queries
        << " queries (every form of each Hunspell fr lemma with 2 forms or more in the seeds)" << Qt::endl
        << "  mean recall per query: exact forms " << cell(100 * recallBefore / qMax(1, queries), 0, 1)
        << " %, stemmed " << cell(100 * recallAfter / qMax(1, queries), 0, 1) << " %" << Qt::endl
        << "  occurrences of the family found: exact " << familyFoundBefore << " / " << familyTotal
        << ", stemmed " << familyFoundAfter << " / " << familyTotal << Qt::endl
        << "  stemmed matches outside the query's lemma family: " << (found - foundInFamily) << " of "
        << found << Qt::endl;
    for (const QString &q : {QStringLiteral("reserve"), QStringLiteral("recrute")}) {
        int exact = 0;
        int stemmed = 0;
        for (const qint64 id : ids) {
            const auto e = searcher.findInSource(id, QLatin1Char('=') + q);
            const auto s = searcher.findInSource(id, q);
            exact += e.ok() ? int(e->matches.size()) : 0;
            stemmed += s.ok() ? int(s->matches.size()) : 0;
        }
        out << "  '" << q << "': " << exact << " matches exact, " << stemmed << " stemmed" << Qt::endl;
    }
    return 0;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString path = QStringLiteral(RECOUPE_BUILD_DIR "/bench-search/man-pages.recoupe");
    int wanted = 10000;
    int runs = 15;
    const QStringList args = app.arguments();
    if (args.contains(QLatin1String("--recall")))
        return measureRecall();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--dossier"))
            path = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--sources"))
            wanted = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = qMax(3, args.at(i + 1).toInt());
    }
    if (!QFileInfo::exists(path) && !buildDossier(path, wanted))
        return 1;

    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened.ok()) {
        out << opened.error() << Qt::endl;
        return 1;
    }
    Database &db = **opened;
    sqlite3 *peerDb = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &peerDb, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        out << "sqlite3_open_v2 failed on " << path << Qt::endl;
        return 1;
    }
    // The dossier's text index is declared with Recoupe's tokenizers; the bare peer needs them too.
    if (!HyphenJoiningTokenizer::registerOn(peerDb).ok() || !StemmingTokenizer::registerOn(peerDb).ok()) {
        out << "cannot register the text index's tokenizers on " << path << Qt::endl;
        return 1;
    }
    const QString unstemmedPath
        = path.left(path.lastIndexOf(QLatin1Char('.'))) + QStringLiteral("-unstemmed.recoupe");
    if (!makeUnstemmedCopy(path, unstemmedPath)) {
        out << "cannot make " << unstemmedPath << Qt::endl;
        return 1;
    }
    auto unstemmedOpened = Database::open(unstemmedPath, Database::Mode::ReadOnly);
    if (!unstemmedOpened.ok()) {
        out << unstemmedOpened.error() << Qt::endl;
        return 1;
    }

    const qint64 sources = db.scalar("SELECT count(*) FROM sources WHERE removed = 0");
    const qint64 chunks = db.scalar("SELECT count(*) FROM text_chunks");
    const qint64 textMb = db.scalar("SELECT sum(length(CAST(body AS BLOB))) FROM text_chunks") / 1000000;
    out << "Dossier: " << path << Qt::endl
        << "  " << sources << " sources, " << chunks << " passages, " << textMb << " MB of UTF-8 text, file "
        << QFileInfo(path).size() / 1000000 << " MB; SQLite " << sqlite3_libversion() << Qt::endl;

    const QString loadStart = loadAverage();
    const QVector<Query> queries = pickQueries(peerDb, chunks);
    out << "  " << queries.size() << " queries drawn from the index (" << runs
        << " timed runs each, after 2 warm-up runs; ours and the peer alternate)" << Qt::endl
        << Qt::endl;

    Searcher searcher(db);
    Searcher unstemmed(**unstemmedOpened);
    struct Mode
    {
        QString name;
        SearchOptions::Mode mode;
    };
    const QVector<Mode> modes {
        {QStringLiteral("First page: unranked, LIMIT 50, snippets"), SearchOptions::Mode::FirstPage},
        {QStringLiteral("Ranked: ORDER BY bm25, LIMIT 50, snippets"), SearchOptions::Mode::Ranked}};
    QStringList groups;
    for (const Query &q : queries) {
        if (!groups.contains(q.group))
            groups.append(q.group);
    }

    for (const Mode &mode : modes) {
        DirectQuery peer(peerDb, mode.mode == SearchOptions::Mode::Ranked);
        // The same FTS5 query as the peer: source texts only. The whole search (with notes and
        // claims) is timed on its own below.
        SearchOptions options;
        options.mode = mode.mode;
        options.limit = 50;
        options.annotationNotes = false;
        options.claims = false;
        QMap<QString, Figures> byGroup;
        Figures all;
        QMap<QString, Figures> beforeByGroup; // ours: stemmed index; peer: the unstemmed copy
        Figures before;
        for (const Query &q : queries) {
            const QByteArray expression = QueryTranslator::translate(q.text).expression.toUtf8();
            Samples ours;
            Samples theirs;
            for (int run = -2; run < runs; ++run) {
                Samples ignored;
                const Stopwatch a;
                const auto results = searcher.search(q.text, options);
                a.stopInto(run >= 0 ? ours : ignored);
                if (!results.ok()) {
                    out << "search failed: " << q.text << ": " << results.error() << Qt::endl;
                    return 1;
                }
                const Stopwatch b;
                const int peerRows = peer.run(expression);
                b.stopInto(run >= 0 ? theirs : ignored);
                if (peerRows != results->hits.size()) {
                    out << "row counts differ for " << q.text << ": " << results->hits.size() << " vs "
                        << peerRows << Qt::endl;
                }
            }
            // The same search on the index without stemming, alternating with the stemmed one.
            Samples stemmedTimes;
            Samples unstemmedTimes;
            for (int run = -2; run < runs; ++run) {
                Samples ignored;
                const Stopwatch a;
                const auto results = searcher.search(q.text, options);
                a.stopInto(run >= 0 ? stemmedTimes : ignored);
                const Stopwatch b;
                const auto plain = unstemmed.search(q.text, options);
                b.stopInto(run >= 0 ? unstemmedTimes : ignored);
                if (!results.ok() || !plain.ok())
                    return 1;
            }
            const double beforeRatio
                = percentile(stemmedTimes.cpu, 50) / qMax(1e-6, percentile(unstemmedTimes.cpu, 50));
            for (Figures *f : {&beforeByGroup[q.group], &before}) {
                f->ours.wall += stemmedTimes.wall;
                f->ours.cpu += stemmedTimes.cpu;
                f->peer.wall += unstemmedTimes.wall;
                f->peer.cpu += unstemmedTimes.cpu;
                f->ratios.append(beforeRatio);
            }
            const double ratio = percentile(ours.cpu, 50) / qMax(1e-6, percentile(theirs.cpu, 50));
            for (Figures *f : {&byGroup[q.group], &all}) {
                f->ours.wall += ours.wall;
                f->ours.cpu += ours.cpu;
                f->peer.wall += theirs.wall;
                f->peer.cpu += theirs.cpu;
                f->ratios.append(ratio);
            }
        }

        out << mode.name << Qt::endl;
        out << "                          ------- wall ms, p50 / p95 -------   -------- CPU ms, p50 / p95 "
               "--------   "
               "ours/sqlite3 CPU"
            << Qt::endl;
        out << "  queries             n   ours              sqlite3            ours              sqlite3     "
               "        "
               "p50    worst"
            << Qt::endl;
        auto pair = [](const QVector<double> &v) -> QString {
            return cell(percentile(v, 50), 7) + QStringLiteral(" /") + cell(percentile(v, 95), 7);
        };
        auto row = [&](const QString &name, const Figures &f) {
            out << "  " << name.leftJustified(18) << QString::number(f.ratios.size()).rightJustified(3)
                << "  " << pair(f.ours.wall) << "  " << pair(f.peer.wall) << "   " << pair(f.ours.cpu) << "  "
                << pair(f.peer.cpu) << "  " << cell(percentile(f.ratios, 50), 6) << " "
                << cell(*std::max_element(f.ratios.begin(), f.ratios.end()), 7) << Qt::endl;
        };
        for (const QString &g : groups)
            row(g, byGroup.value(g));
        row(QStringLiteral("all"), all);
        out << "  Stemmed index against the same dossier without stemming (ours = stemmed, second = "
               "unstemmed; ratio stemmed/unstemmed CPU)"
            << Qt::endl;
        for (const QString &g : groups)
            row(g, beforeByGroup.value(g));
        row(QStringLiteral("all"), before);

        // What the search box runs: texts, annotation notes and claims (an empty note index here).
        SearchOptions whole = options;
        whole.annotationNotes = true;
        whole.claims = true;
        Samples wholeTimes;
        for (int run = 0; run < runs; ++run) {
            for (const Query &q : queries) {
                const Stopwatch t;
                const auto results = searcher.search(q.text, whole);
                t.stopInto(wholeTimes);
            }
        }
        out << "  texts+notes+claims, all queries: wall p50 " << cell(percentile(wholeTimes.wall, 50), 0)
            << " / p95 " << cell(percentile(wholeTimes.wall, 95), 0) << " ms; CPU p50 "
            << cell(percentile(wholeTimes.cpu, 50), 0) << " / p95 " << cell(percentile(wholeTimes.cpu, 95), 0)
            << " ms" << Qt::endl
            << Qt::endl;
    }

    // The reader's find bar: every match in one of the largest sources.
    {
        QVector<qint64> largest;
        Statement big
            = db.prepare("SELECT id FROM sources WHERE removed = 0 ORDER BY text_length DESC LIMIT 20");
        while (big.next())
            largest.append(big.int64(0));
        big.reset();
        Samples times;
        qint64 matches = 0;
        const QString term = queries.first().text; // a common term
        for (const qint64 id : largest) {
            for (int run = -1; run < runs; ++run) {
                Samples ignored;
                const Stopwatch t;
                const auto found = searcher.findInSource(id, term);
                t.stopInto(run >= 0 ? times : ignored);
                if (run == 0)
                    matches += found.ok() ? found->matches.size() : 0;
            }
        }
        out << "Find in source (every match of '" << term << "' in each of the 20 largest sources, "
            << matches << " matches in all): wall p50 " << cell(percentile(times.wall, 50), 0) << " ms, p95 "
            << cell(percentile(times.wall, 95), 0) << " ms; CPU p50 " << cell(percentile(times.cpu, 50), 0)
            << " ms, p95 " << cell(percentile(times.cpu, 95), 0) << " ms" << Qt::endl;
    }
    out << "Load average at the start: " << loadStart << ", at the end: " << loadAverage() << " ("
        << QThread::idealThreadCount() << " cores)" << Qt::endl;

    out << Qt::endl << "Queries:" << Qt::endl;
    for (const Query &q : queries)
        out << "  " << q.group.leftJustified(16) << " " << q.text << "  ->  "
            << QueryTranslator::translate(q.text).expression << Qt::endl;
    sqlite3_close_v2(peerDb);
    return 0;
}
