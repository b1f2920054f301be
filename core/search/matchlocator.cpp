// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchlocator.h"

#include "storage/database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

namespace Recoupe {

namespace {

// The tokens of one match, by token number in the column.
struct Instance
{
    int first;
    int last;
};

// Byte ranges of the tokens 0..wanted of a column, filled by the tokenizer callback.
struct TokenWalk
{
    int wanted = 0;
    std::vector<std::pair<int, int>> bytes;
};

int onToken(void *context, int flags, const char *, int, int start, int end)
{
    auto *walk = static_cast<TokenWalk *>(context);
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK; // synonyms share the position of the token before them
    walk->bytes.emplace_back(start, end);
    // Stop the tokenizer early: nothing after the last match is needed.
    return int(walk->bytes.size()) > walk->wanted ? SQLITE_DONE : SQLITE_OK;
}

void matchesFunction(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const int max = argc > 0 ? sqlite3_value_int(argv[0]) : 0;
    int count = 0;
    int rc = api->xInstCount(fts, &count);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    std::vector<Instance> instances;
    instances.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(ctx, rc);
            return;
        }
        if (column != 0)
            continue;
        const int size = std::max(1, api->xPhraseSize(fts, phrase));
        instances.push_back(Instance {offset, offset + size - 1});
    }
    std::sort(instances.begin(), instances.end(), [](const Instance &a, const Instance &b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    std::vector<Instance> kept;
    for (const Instance &inst : instances) {
        if (!kept.empty() && inst.last <= kept.back().last)
            continue; // inside the previous match
        kept.push_back(inst);
        if (max > 0 && int(kept.size()) >= max)
            break;
    }
    if (kept.empty()) {
        sqlite3_result_null(ctx);
        return;
    }

    const char *text = nullptr;
    int textBytes = 0;
    rc = api->xColumnText(fts, 0, &text, &textBytes);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    TokenWalk walk;
    for (const Instance &inst : kept)
        walk.wanted = std::max(walk.wanted, inst.last);
    walk.bytes.reserve(size_t(walk.wanted) + 1);
    rc = api->xTokenize(fts, text, textBytes, &walk, onToken);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }

    std::vector<MatchLocator::Match> matches;
    matches.reserve(kept.size());
    qsizetype scannedBytes = 0;
    qsizetype scannedUnits = 0;
    for (const Instance &inst : kept) {
        if (inst.last >= int(walk.bytes.size()))
            break; // the index and the text disagree; report what was found
        MatchLocator::Match m;
        m.byteStart = walk.bytes[size_t(inst.first)].first;
        m.byteLength = walk.bytes[size_t(inst.last)].second - m.byteStart;
        // Matches come in text order, so the UTF-16 position is counted once across the row.
        scannedUnits += MatchLocator::utf16Length(text + scannedBytes, m.byteStart - scannedBytes);
        scannedBytes = m.byteStart;
        m.start = qint32(scannedUnits);
        m.length = qint32(MatchLocator::utf16Length(text + m.byteStart, m.byteLength));
        matches.push_back(m);
    }
    sqlite3_result_blob(
        ctx, matches.data(), int(matches.size() * sizeof(MatchLocator::Match)), SQLITE_TRANSIENT);
}

// SQLITE_OK when the function is there. FTS5 resolves auxiliary functions when a statement is
// prepared.
int probe(Database &db)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(),
        "SELECT recoupe_matches(text_index, 1) FROM text_index "
        "WHERE text_index MATCH 'x' AND 0",
        -1, &stmt, nullptr);
    sqlite3_finalize(stmt);
    return rc;
}

bool isInterrupt(int rc)
{
    return (rc & 0xff) == SQLITE_INTERRUPT;
}

} // namespace

Status MatchLocator::ensureRegistered(Database &db, bool *interrupted)
{
    if (interrupted)
        *interrupted = false;
    int rc = probe(db);
    if (rc == SQLITE_OK)
        return {};
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    rc = sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
        rc = sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    if (rc == SQLITE_ROW && (!api || api->iVersion < 2))
        return Error {
            tr("Cannot search %1: this SQLite library has no full-text search (FTS5).").arg(db.path())};
    if (api)
        rc = api->xCreateFunction(api, FunctionName, nullptr, &matchesFunction, nullptr);
    if (rc == SQLITE_OK || rc == SQLITE_ROW)
        rc = probe(db);
    if (rc == SQLITE_OK)
        return {};
    if (interrupted)
        *interrupted = isInterrupt(rc);
    return Error {tr("Cannot prepare the search in %1: %2").arg(db.path(), db.lastError())};
}

QVector<MatchLocator::Match> MatchLocator::decode(const QByteArray &blob)
{
    QVector<Match> matches(blob.size() / qsizetype(sizeof(Match)));
    if (!matches.isEmpty())
        std::memcpy(matches.data(), blob.constData(), size_t(matches.size()) * sizeof(Match));
    return matches;
}

qsizetype MatchLocator::utf16Length(const char *utf8, qsizetype bytes)
{
    qsizetype units = 0;
    for (qsizetype i = 0; i < bytes; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        // One unit per lead byte, two for the 4-byte sequences outside the BMP.
        if ((c & 0xC0) != 0x80)
            ++units;
        if (c >= 0xF0)
            ++units;
    }
    return units;
}

} // namespace Recoupe
