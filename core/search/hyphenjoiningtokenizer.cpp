// SPDX-License-Identifier: GPL-3.0-or-later
#include "hyphenjoiningtokenizer.h"

#include <QChar>

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace Recoupe {

namespace {

// The tokenizer instance: unicode61 with the table's arguments.
struct Instance
{
    fts5_tokenizer base;
    Fts5Tokenizer *inner = nullptr;
};

struct Module
{
    fts5_tokenizer base;
    void *baseContext = nullptr;
};

// Holds back one token to see whether the next one continues it after a line-end hyphen.
struct Walk
{
    const char *text = nullptr;
    int size = 0;
    void *context = nullptr;
    int (*emit)(void *, int, const char *, int, int, int) = nullptr;
    bool pending = false;
    int flags = 0;
    std::string token;
    int start = 0;
    int end = 0;

    int flush()
    {
        if (!pending)
            return SQLITE_OK;
        pending = false;
        return emit(context, flags, token.data(), int(token.size()), start, end);
    }
};

// Decodes the UTF-8 character at `at` (valid UTF-8: SQLite hands over what it stored).
char32_t codePointAt(const char *text, int size, int at)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    const unsigned char c = s[at];
    if (c < 0x80)
        return c;
    const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (at + length > size)
        return 0;
    char32_t cp = c & (0x3F >> (length - 1));
    for (int i = 1; i < length; ++i)
        cp = (cp << 6) | (s[at + i] & 0x3F);
    return cp;
}

// True when text[from, to) is a hyphen (ASCII, U+2010 or soft hyphen) followed by a line end,
// with spaces or tabs around the line end.
bool isLineEndHyphen(const char *text, int from, int to)
{
    int i = from;
    if (i < to && text[i] == '-')
        i += 1;
    else if (to - i >= 3 && std::string_view(text + i, 3) == "\xE2\x80\x90")
        i += 3;
    else if (to - i >= 2 && std::string_view(text + i, 2) == "\xC2\xAD")
        i += 2;
    else
        return false;
    while (i < to && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    if (i < to && text[i] == '\r')
        ++i;
    if (i >= to || text[i] != '\n')
        return false;
    ++i;
    while (i < to && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    return i == to;
}

int onToken(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *walk = static_cast<Walk *>(context);
    if (flags & FTS5_TOKEN_COLOCATED)
        return walk->emit(walk->context, flags, token, size, start, end);
    if (walk->pending && isLineEndHyphen(walk->text, walk->end, start)
        && QChar::isLower(codePointAt(walk->text, walk->size, start))) {
        walk->token.append(token, size_t(size));
        walk->end = end;
        return SQLITE_OK;
    }
    const int rc = walk->flush();
    if (rc != SQLITE_OK)
        return rc;
    walk->pending = true;
    walk->flags = flags;
    walk->token.assign(token, size_t(size));
    walk->start = start;
    walk->end = end;
    return SQLITE_OK;
}

int create(void *context, const char **arguments, int count, Fts5Tokenizer **out)
{
    auto *module = static_cast<Module *>(context);
    auto *instance = new Instance;
    instance->base = module->base;
    const int rc = module->base.xCreate(module->baseContext, arguments, count, &instance->inner);
    if (rc != SQLITE_OK) {
        delete instance;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    instance->base.xDelete(instance->inner);
    delete instance;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
    int (*emit)(void *, int, const char *, int, int, int))
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    Walk walk;
    walk.text = text;
    walk.size = size;
    walk.context = context;
    walk.emit = emit;
    const int rc = instance->base.xTokenize(instance->inner, &walk, flags, text, size, onToken);
    if (rc != SQLITE_OK)
        return rc; // includes a caller's request to stop early (SQLITE_DONE)
    return walk.flush();
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

Status HyphenJoiningTokenizer::registerOn(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return Error {tr("This SQLite library has no full-text search (FTS5).")};
    auto *module = new Module;
    if (api->xFindTokenizer(api, "unicode61", &module->baseContext, &module->base) != SQLITE_OK) {
        delete module;
        return Error {tr("This SQLite library has no unicode61 tokenizer.")};
    }
    static fts5_tokenizer wrapper {create, destroy, tokenize};
    const int rc = api->xCreateTokenizer(
        api, Name, module, &wrapper, [](void *context) { delete static_cast<Module *>(context); });
    if (rc != SQLITE_OK) {
        delete module;
        return Error {tr("Cannot set up full-text search: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    return {};
}

} // namespace Recoupe
