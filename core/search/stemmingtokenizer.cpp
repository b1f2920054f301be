// SPDX-License-Identifier: GPL-3.0-or-later
#include "stemmingtokenizer.h"

#include <libstemmer.h>
#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace Recoupe {

namespace {

// Longer words (hashes, URLs run together) are indexed as they are, stemmed or not.
constexpr int MaxStemmedBytes = 64;
// Words whose stems an index keeps at hand (a few MB at most).
constexpr size_t MaxCachedWords = 100000;

struct StemmerDeleter
{
    void operator()(sb_stemmer *stemmer) const { sb_stemmer_delete(stemmer); }
};
using Stemmer = std::unique_ptr<sb_stemmer, StemmerDeleter>;

// The Snowball code for a language tag such as "fr", "fr-CA", "pt_BR" or "french".
std::string snowballCode(const char *tag)
{
    std::string code;
    for (const char *c = tag; *c && *c != '-' && *c != '_'; ++c)
        code += char(*c >= 'A' && *c <= 'Z' ? *c + ('a' - 'A') : *c);
    return code;
}

// The languages words are stemmed in, as stored in the dossier (dossier_meta 'stem_languages':
// Snowball codes separated by spaces). Read again for every text or query the index tokenizes,
// so that every connection tokenizes a row the same way as the one that indexed it: FTS5
// deletes a row's entries by tokenizing it again.
std::string storedLanguages(sqlite3 *db)
{
    std::string value = "en fr"; // before version 4 wrote the set
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(
            db, "SELECT value FROM dossier_meta WHERE key = 'stem_languages'", -1, &stmt, nullptr)
        == SQLITE_OK) {
        if (sqlite3_step(stmt) == SQLITE_ROW)
            value = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return value;
}

struct Module
{
    fts5_api *api = nullptr;
    sqlite3 *db = nullptr;
};

struct Instance
{
    Module *module = nullptr;
    fts5_tokenizer inner {};
    Fts5Tokenizer *innerInstance = nullptr;
    std::vector<Stemmer> stemmers;
    std::unordered_map<std::string, std::vector<std::string>> cache; // word -> its stems
    std::string key; // the word looked up, kept to reuse its allocation
    std::string languages;
    bool loaded = false;

    void refresh()
    {
        const std::string stored = storedLanguages(module->db);
        if (loaded && stored == languages)
            return;
        loaded = true;
        languages = stored;
        stemmers.clear();
        cache.clear();
        size_t from = 0;
        while (from < stored.size()) {
            size_t to = stored.find(' ', from);
            if (to == std::string::npos)
                to = stored.size();
            if (to > from) {
                if (sb_stemmer *stemmer = sb_stemmer_new(stored.substr(from, to - from).c_str(), "UTF_8"))
                    stemmers.emplace_back(stemmer);
            }
            from = to + 1;
        }
    }
};

struct Walk
{
    Instance *instance = nullptr;
    void *context = nullptr;
    int (*emit)(void *, int, const char *, int, int, int) = nullptr;
    bool keepWord = true; // documents: the word and its stems; stemmed queries: the stems only
};

// The distinct stems of a word, each behind the marker, from the instance's cache: words repeat
// (Zipf), and Snowball is most of the cost of indexing with stems.
const std::vector<std::string> *stemsOf(Instance *instance, const char *token, int size)
{
    std::string &word = instance->key;
    word.assign(token, size_t(size));
    auto found = instance->cache.find(word);
    if (found != instance->cache.end())
        return &found->second;
    std::vector<std::string> stems;
    for (const Stemmer &stemmer : instance->stemmers) {
        std::string stem(1, StemmingTokenizer::StemMarker);
        if (size <= MaxStemmedBytes) {
            const sb_symbol *out
                = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol *>(token), size);
            if (!out)
                return nullptr;
            stem.append(reinterpret_cast<const char *>(out), size_t(sb_stemmer_length(stemmer.get())));
        } else {
            stem.append(word);
        }
        if (std::find(stems.begin(), stems.end(), stem) == stems.end())
            stems.push_back(std::move(stem));
    }
    if (instance->cache.size() >= MaxCachedWords)
        instance->cache.clear();
    return &instance->cache.emplace(word, std::move(stems)).first->second;
}

int onToken(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *walk = static_cast<Walk *>(context);
    int tokenFlags = flags & FTS5_TOKEN_COLOCATED;
    if (walk->keepWord) {
        const int rc = walk->emit(walk->context, tokenFlags, token, size, start, end);
        if (rc != SQLITE_OK)
            return rc;
        tokenFlags = FTS5_TOKEN_COLOCATED;
    }
    const std::vector<std::string> *stems = stemsOf(walk->instance, token, size);
    if (!stems)
        return SQLITE_NOMEM;
    for (const std::string &stem : *stems) {
        const int rc = walk->emit(walk->context, tokenFlags, stem.data(), int(stem.size()), start, end);
        if (rc != SQLITE_OK)
            return rc;
        tokenFlags = FTS5_TOKEN_COLOCATED;
    }
    return SQLITE_OK;
}

int create(void *context, const char **arguments, int count, Fts5Tokenizer **out)
{
    auto *module = static_cast<Module *>(context);
    auto instance = std::make_unique<Instance>();
    instance->module = module;
    const char *innerName = count > 0 ? arguments[0] : "unicode61";
    void *innerContext = nullptr;
    int rc = module->api->xFindTokenizer(module->api, innerName, &innerContext, &instance->inner);
    if (rc != SQLITE_OK)
        return rc;
    rc = instance->inner.xCreate(innerContext, count > 0 ? arguments + 1 : nullptr, count > 0 ? count - 1 : 0,
        &instance->innerInstance);
    if (rc != SQLITE_OK)
        return rc;
    *out = reinterpret_cast<Fts5Tokenizer *>(instance.release());
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    instance->inner.xDelete(instance->innerInstance);
    delete instance;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
    int (*emit)(void *, int, const char *, int, int, int))
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    // Snippets and match offsets count positions only: no stems needed. Unmarked query
    // phrases and prefixes match exact forms.
    const bool query = flags & FTS5_TOKENIZE_QUERY;
    const bool stemmedQuery
        = query && !(flags & FTS5_TOKENIZE_PREFIX) && size > 0 && text[0] == StemmingTokenizer::StemMarker;
    if ((flags & FTS5_TOKENIZE_AUX) || (query && !stemmedQuery))
        return instance->inner.xTokenize(instance->innerInstance, context, flags, text, size, emit);
    instance->refresh();
    Walk walk;
    walk.instance = instance;
    walk.context = context;
    walk.emit = emit;
    walk.keepWord = !query;
    return instance->inner.xTokenize(instance->innerInstance, &walk, flags, text, size, onToken);
}

// recoupe_stem_code(tag): the Snowball code for a language tag, NULL when Snowball has none.
void codeFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const char *tag = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const std::string code = tag ? snowballCode(tag) : std::string();
    if (code.empty() || !Stemmer {sb_stemmer_new(code.c_str(), "UTF_8")})
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, code.c_str(), int(code.size()), SQLITE_TRANSIENT);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

Status StemmingTokenizer::registerOn(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return Error {tr("This SQLite library has no full-text search (FTS5).")};
    auto module = std::make_unique<Module>();
    module->api = api;
    module->db = db;
    static fts5_tokenizer tokenizer {create, destroy, tokenize};
    int rc = api->xCreateTokenizer(api, Name, module.release(), &tokenizer,
        [](void *context) { delete static_cast<Module *>(context); });
    if (rc == SQLITE_OK) {
        rc = sqlite3_create_function_v2(db, CodeFunction, 1,
            SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, codeFunction, nullptr, nullptr,
            nullptr);
    }
    if (rc != SQLITE_OK)
        return Error {tr("Cannot set up full-text search: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    return {};
}

QString StemmingTokenizer::stem(const QString &word, const QString &language)
{
    const Stemmer stemmer {sb_stemmer_new(snowballCode(language.toUtf8().constData()).c_str(), "UTF_8")};
    if (!stemmer)
        return QString();
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *out = sb_stemmer_stem(
        stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!out)
        return QString();
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(stemmer.get()));
}

} // namespace Recoupe
