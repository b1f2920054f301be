// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

#include <sqlite3.h>

#include <QFileInfo>

#include <map>
#include <mutex>

namespace Recoupe {

namespace {

// Version 1: sources, their original bytes, canonical text in chunks with the full-text index,
// and the PDF page map.
const char *const SchemaV1 = R"sql(
CREATE TABLE dossier_meta(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sources(
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'html', 'markdown', 'pdf')),
    origin TEXT NOT NULL DEFAULT '',
    canonical_url TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    byte_size INTEGER NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    text_length INTEGER NOT NULL DEFAULT 0,
    page_count INTEGER NOT NULL DEFAULT 0,
    removed INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX sources_sha256 ON sources(sha256);

CREATE TABLE source_files(
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    bytes BLOB NOT NULL
);

-- The canonical text, cut at paragraph boundaries (PDFs: one chunk per page or less). The
-- text of a source is the concatenation of its chunks in `start` order; offsets are in UTF-16
-- code units of that text.
CREATE TABLE text_chunks(
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    page INTEGER NOT NULL DEFAULT -1,
    body TEXT NOT NULL
);
CREATE INDEX text_chunks_source ON text_chunks(source_id, start);

CREATE VIRTUAL TABLE text_index USING fts5(
    body, content='text_chunks', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER text_chunks_ai AFTER INSERT ON text_chunks BEGIN
    INSERT INTO text_index(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER text_chunks_ad AFTER DELETE ON text_chunks BEGIN
    INSERT INTO text_index(text_index, rowid, body) VALUES ('delete', old.id, old.body);
END;

-- One row per PDF page: size in points, its range in the canonical text, and the word boxes
-- packed as a blob (see PdfPage in core/model).
CREATE TABLE pdf_pages(
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    rotation INTEGER NOT NULL DEFAULT 0,
    text_start INTEGER NOT NULL,
    text_end INTEGER NOT NULL,
    words BLOB NOT NULL,
    PRIMARY KEY (source_id, page)
);
)sql";

// Version 2: the investigator's layer: anchors, annotations, codebook, claims, entities,
// relationships, the dossier dictionary, and the index over notes and claims.
const char *const SchemaV2 = R"sql(
CREATE TABLE anchors(
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    start_pos INTEGER NOT NULL CHECK (start_pos >= 0),
    end_pos INTEGER NOT NULL CHECK (end_pos >= start_pos),
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    page INTEGER NOT NULL DEFAULT -1,
    quads BLOB,
    orphaned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX anchors_source ON anchors(source_id, start_pos);

CREATE TABLE annotations(
    id INTEGER PRIMARY KEY,
    anchor_id INTEGER NOT NULL UNIQUE REFERENCES anchors(id) ON DELETE CASCADE,
    color TEXT NOT NULL DEFAULT '#ffd54f',
    note TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);

CREATE TABLE tags(
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    color TEXT NOT NULL DEFAULT '#ffd54f',
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX tags_unique_name ON tags(ifnull(parent_id, 0), name);

CREATE TABLE annotation_tags(
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id);

CREATE TABLE entities(
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);

CREATE TABLE entity_aliases(
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE TABLE mentions(
    id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    anchor_id INTEGER NOT NULL UNIQUE REFERENCES anchors(id) ON DELETE CASCADE,
    confirmed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_entity ON mentions(entity_id);

-- Suggested names the user rejected, by their grouping key, so they are not offered again.
CREATE TABLE rejected_suggestions(
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE claims(
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'to_verify'
        CHECK (status IN ('to_verify', 'supported', 'disputed', 'refuted')),
    speaker_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    stance TEXT NOT NULL DEFAULT '' CHECK (stance IN ('', 'asserts', 'denies', 'reports', 'doubts')),
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);

CREATE TABLE claim_evidence(
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, annotation_id)
) WITHOUT ROWID;
CREATE INDEX claim_evidence_annotation ON claim_evidence(annotation_id);

CREATE TABLE claim_subjects(
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, entity_id)
) WITHOUT ROWID;

CREATE TABLE claim_tags(
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, tag_id)
) WITHOUT ROWID;

-- Dates are ISO 8601 cut to their precision: '2018', '2018-05' or '2018-05-07'.
CREATE TABLE relationships(
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    from_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    to_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '' CHECK (start_date = '' OR start_date GLOB '[0-9][0-9][0-9][0-9]*'),
    end_date TEXT NOT NULL DEFAULT '' CHECK (end_date = '' OR end_date GLOB '[0-9][0-9][0-9][0-9]*'),
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX relationships_from ON relationships(from_id);
CREATE INDEX relationships_to ON relationships(to_id);

CREATE TABLE relationship_evidence(
    relationship_id INTEGER NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    PRIMARY KEY (relationship_id, annotation_id)
) WITHOUT ROWID;
CREATE INDEX relationship_evidence_annotation ON relationship_evidence(annotation_id);

CREATE TABLE dictionary_words(
    language TEXT NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (language, word)
) WITHOUT ROWID;

-- Notes and claims, searchable with the same rules as the text. `kind` is 'annotation' or
-- 'claim', `owner` the row id in that table.
CREATE VIRTUAL TABLE note_index USING fts5(
    body, kind UNINDEXED, owner UNINDEXED,
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER annotations_ai AFTER INSERT ON annotations WHEN new.note <> '' BEGIN
    INSERT INTO note_index(body, kind, owner) VALUES (new.note, 'annotation', new.id);
END;
CREATE TRIGGER annotations_au AFTER UPDATE OF note ON annotations BEGIN
    DELETE FROM note_index WHERE kind = 'annotation' AND owner = old.id;
    INSERT INTO note_index(body, kind, owner) SELECT new.note, 'annotation', new.id WHERE new.note <> '';
END;
CREATE TRIGGER annotations_ad AFTER DELETE ON annotations BEGIN
    DELETE FROM note_index WHERE kind = 'annotation' AND owner = old.id;
END;
CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
    INSERT INTO note_index(body, kind, owner) VALUES (new.text || char(10) || new.note, 'claim', new.id);
END;
CREATE TRIGGER claims_au AFTER UPDATE OF text, note ON claims BEGIN
    DELETE FROM note_index WHERE kind = 'claim' AND owner = old.id;
    INSERT INTO note_index(body, kind, owner) VALUES (new.text || char(10) || new.note, 'claim', new.id);
END;
CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
    DELETE FROM note_index WHERE kind = 'claim' AND owner = old.id;
END;
)sql";

// Version 3: the text index joins words broken by a hyphen at a line end (see
// HyphenJoiningTokenizer), so that they can be searched whole; rebuilt from the chunks.
const char *const SchemaV3 = R"sql(
DROP TABLE text_index;
CREATE VIRTUAL TABLE text_index USING fts5(
    body, content='text_chunks', content_rowid='id',
    tokenize='recoupe remove_diacritics 2');
INSERT INTO text_index(text_index) VALUES ('rebuild');
)sql";

// Version 4: the earlier versions of a source, kept when a newer one replaces it, so that what a
// page said when it was annotated can still be shown. Also repairs the page map of PDFs imported
// with blank pages: such a page started before the end of the page with text before it (that
// page's range runs to the blank line after it); it now gets an empty range at that end.
const char *const SchemaV4 = R"sql(
CREATE TABLE source_versions(
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    imported_at TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    byte_size INTEGER NOT NULL,
    encoding TEXT NOT NULL DEFAULT '',
    page_count INTEGER NOT NULL DEFAULT 0,
    bytes BLOB NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (source_id, version)
);

UPDATE pdf_pages AS p SET text_start = q.previous_end, text_end = q.previous_end
FROM (SELECT source_id, page, max(text_end) OVER (PARTITION BY source_id ORDER BY page
          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_end
      FROM pdf_pages) AS q
WHERE p.source_id = q.source_id AND p.page = q.page AND p.text_start = p.text_end
    AND q.previous_end > p.text_start;
)sql";

// Version 5: both full-text indexes stem words (see StemmingTokenizer) in the languages of
// 'stem_languages', rebuilt from their rows. A source or a dossier language Snowball can stem,
// not in that set yet, adds it and rebuilds the indexes, so that every row is tokenized alike.
const char *const SchemaV5 = R"sql(
INSERT OR REPLACE INTO dossier_meta(key, value)
    SELECT 'stem_languages', group_concat(code, ' ') FROM (
        SELECT DISTINCT recoupe_stem_code(tag) AS code FROM (
            SELECT 'en' AS tag
            UNION ALL SELECT coalesce((SELECT value FROM dossier_meta WHERE key = 'language'), 'fr')
            UNION ALL SELECT language FROM sources)
        WHERE code IS NOT NULL);

DROP TABLE text_index;
CREATE VIRTUAL TABLE text_index USING fts5(
    body, content='text_chunks', content_rowid='id',
    tokenize='recoupe_stem recoupe remove_diacritics 2');
INSERT INTO text_index(text_index) VALUES ('rebuild');

DROP TABLE note_index;
CREATE VIRTUAL TABLE note_index USING fts5(
    body, kind UNINDEXED, owner UNINDEXED,
    tokenize='recoupe_stem unicode61 remove_diacritics 2');
INSERT INTO note_index(body, kind, owner) SELECT note, 'annotation', id FROM annotations WHERE note <> '';
INSERT INTO note_index(body, kind, owner) SELECT text || char(10) || note, 'claim', id FROM claims;

CREATE TRIGGER sources_stem_language_ai AFTER INSERT ON sources
WHEN instr(' ' || (SELECT value FROM dossier_meta WHERE key = 'stem_languages') || ' ',
           ' ' || recoupe_stem_code(new.language) || ' ') = 0
BEGIN
    UPDATE dossier_meta SET value = value || ' ' || recoupe_stem_code(new.language)
        WHERE key = 'stem_languages';
    INSERT INTO text_index(text_index) VALUES ('rebuild');
    INSERT INTO note_index(note_index) VALUES ('rebuild');
END;
CREATE TRIGGER sources_stem_language_au AFTER UPDATE OF language ON sources
WHEN instr(' ' || (SELECT value FROM dossier_meta WHERE key = 'stem_languages') || ' ',
           ' ' || recoupe_stem_code(new.language) || ' ') = 0
BEGIN
    UPDATE dossier_meta SET value = value || ' ' || recoupe_stem_code(new.language)
        WHERE key = 'stem_languages';
    INSERT INTO text_index(text_index) VALUES ('rebuild');
    INSERT INTO note_index(note_index) VALUES ('rebuild');
END;
CREATE TRIGGER dossier_language_stem AFTER INSERT ON dossier_meta
WHEN new.key = 'language'
    AND instr(' ' || (SELECT value FROM dossier_meta WHERE key = 'stem_languages') || ' ',
              ' ' || recoupe_stem_code(new.value) || ' ') = 0
BEGIN
    UPDATE dossier_meta SET value = value || ' ' || recoupe_stem_code(new.value)
        WHERE key = 'stem_languages';
    INSERT INTO text_index(text_index) VALUES ('rebuild');
    INSERT INTO note_index(note_index) VALUES ('rebuild');
END;
)sql";

// Version 6: e-mails, office documents and images. `sources` is rebuilt (SQLite cannot alter
// a CHECK) so its kind admits them, with a parent link from an attachment to its message;
// message headers get a table of their own. Run with foreign keys off (see Schema::migrate).
const char *const SchemaV6 = R"sql(
CREATE TABLE sources_v6(
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'html', 'markdown', 'pdf', 'email', 'office', 'image')),
    origin TEXT NOT NULL DEFAULT '',
    canonical_url TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    byte_size INTEGER NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    text_length INTEGER NOT NULL DEFAULT 0,
    page_count INTEGER NOT NULL DEFAULT 0,
    removed INTEGER NOT NULL DEFAULT 0,
    parent_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sources_v6(id, title, kind, origin, canonical_url, publisher, author, published,
        imported_at, sha256, byte_size, language, encoding, text_length, page_count, removed)
    SELECT id, title, kind, origin, canonical_url, publisher, author, published,
        imported_at, sha256, byte_size, language, encoding, text_length, page_count, removed
    FROM sources;
DROP TABLE sources;
ALTER TABLE sources_v6 RENAME TO sources;
CREATE UNIQUE INDEX sources_sha256 ON sources(sha256);
CREATE INDEX sources_parent ON sources(parent_id, position);
-- The triggers of version 5 went with the old table.
CREATE TRIGGER sources_stem_language_ai AFTER INSERT ON sources
WHEN instr(' ' || (SELECT value FROM dossier_meta WHERE key = 'stem_languages') || ' ',
           ' ' || recoupe_stem_code(new.language) || ' ') = 0
BEGIN
    UPDATE dossier_meta SET value = value || ' ' || recoupe_stem_code(new.language)
        WHERE key = 'stem_languages';
    INSERT INTO text_index(text_index) VALUES ('rebuild');
    INSERT INTO note_index(note_index) VALUES ('rebuild');
END;
CREATE TRIGGER sources_stem_language_au AFTER UPDATE OF language ON sources
WHEN instr(' ' || (SELECT value FROM dossier_meta WHERE key = 'stem_languages') || ' ',
           ' ' || recoupe_stem_code(new.language) || ' ') = 0
BEGIN
    UPDATE dossier_meta SET value = value || ' ' || recoupe_stem_code(new.language)
        WHERE key = 'stem_languages';
    INSERT INTO text_index(text_index) VALUES ('rebuild');
    INSERT INTO note_index(note_index) VALUES ('rebuild');
END;

-- Headers of an e-mail source. Addresses are one "Name <address>" per line; `sent` is ISO
-- 8601; `thread` is the Message-ID of the first message of its thread (References, else
-- In-Reply-To, else its own), so a thread is one equality.
CREATE TABLE source_messages(
    source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    message_id TEXT NOT NULL DEFAULT '',
    in_reply_to TEXT NOT NULL DEFAULT '',
    message_references TEXT NOT NULL DEFAULT '',
    sender TEXT NOT NULL DEFAULT '',
    recipients TEXT NOT NULL DEFAULT '',
    copied TEXT NOT NULL DEFAULT '',
    sent TEXT NOT NULL DEFAULT '',
    thread TEXT NOT NULL DEFAULT ''
);
CREATE INDEX source_messages_thread ON source_messages(thread);
CREATE INDEX source_messages_message_id ON source_messages(message_id);
)sql";

// Migrations that rebuild a table other tables refer to: foreign keys must be off around
// their transaction (SQLite's twelve-step ALTER TABLE procedure).
bool rebuildsReferencedTable(int version)
{
    return version == 6;
}

// Version 7: what text recognition (OCR) did on each page it read: the language(s) given to
// Tesseract, the mean word confidence, and each word's confidence (one byte, 0 to 100, in the
// order of the page's word boxes) for the reader's low-confidence underline.
const char *const SchemaV7 = R"sql(
CREATE TABLE ocr_pages(
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    language TEXT NOT NULL,
    confidence REAL NOT NULL,
    word_confidences BLOB NOT NULL,
    PRIMARY KEY (source_id, page)
);
)sql";

const char *const Migrations[] = {SchemaV1, SchemaV2, SchemaV3, SchemaV4, SchemaV5, SchemaV6, SchemaV7};
static_assert(
    sizeof(Migrations) / sizeof(Migrations[0]) == Schema::CurrentVersion, "one migration per schema version");

} // namespace

int Schema::version(Database &db)
{
    return int(db.scalar("PRAGMA user_version"));
}

int Schema::applicationId(Database &db)
{
    return int(db.scalar("PRAGMA application_id"));
}

Result<int> Schema::inspectFormat(Database &db)
{
    Statement probe = db.prepare("SELECT count(*) FROM sqlite_schema");
    if (!probe.isValid() || !probe.next()) {
        const int code = db.lastErrorCode() & 0xff;
        if (code == SQLITE_NOTADB) {
            return Error {tr("%1 is not a Recoupe dossier (it is not an SQLite database: %2).")
                              .arg(db.path(), db.lastError())};
        }
        // A file cut short while being copied ends here too: SQLite compares its length with
        // the one its header states.
        if (code == SQLITE_CORRUPT) {
            return Error {tr("%1 is damaged and cannot be read (%2). Open a backup copy of it.")
                              .arg(db.path(), db.lastError())};
        }
        // The file may well be a dossier: the system would not let SQLite read it.
        return Error {tr("Cannot read %1: %2.").arg(db.path(), db.lastError())};
    }
    const bool empty = probe.int64(0) == 0;
    probe.reset();
    const int appId = applicationId(db);
    const int fileVersion = version(db);
    if (empty && appId == 0 && fileVersion == 0)
        return 0;
    if (appId != ApplicationId) {
        return Error {
            tr("%1 is an SQLite database but not a Recoupe dossier; it was left untouched.").arg(db.path())};
    }
    if (fileVersion > CurrentVersion) {
        return Error {tr("%1 was written by a newer version of Recoupe (dossier format %2; this version "
                         "reads up to %3). It was left untouched.")
                          .arg(db.path())
                          .arg(fileVersion)
                          .arg(CurrentVersion)};
    }
    return fileVersion;
}

Result<int> Schema::inspect(Database &db)
{
    const Result<int> fileVersion = inspectFormat(db);
    if (!fileVersion)
        return fileVersion;
    if (*fileVersion > 0) {
        const Result<QVector<SchemaDifference>> found = differences(db, *fileVersion);
        if (!found)
            return Error {found.error()};
        if (!found->isEmpty()) {
            QStringList described;
            for (const SchemaDifference &difference : *found)
                described.append(difference.describe());
            return Error {tr("%1 holds database objects that Recoupe did not write: %2. They could run "
                             "code inside your dossier, so it was not opened and was left untouched. A "
                             "cleaned copy keeps all the sources and everything said about them, without "
                             "these objects.")
                              .arg(db.path(), described.join(QLatin1String("; ")))};
        }
    }
    db.trustSchema();
    return fileVersion;
}

QString SchemaDifference::describe() const
{
    const QString &name = object.name;
    const QString &table = object.table;
    QString what;
    if (object.type == QLatin1String("trigger"))
        what = Schema::tr("trigger “%1” on %2").arg(name, table);
    else if (object.type == QLatin1String("index"))
        what = Schema::tr("index “%1” on %2").arg(name, table);
    else if (object.type == QLatin1String("view"))
        what = Schema::tr("view “%1”").arg(name);
    else if (object.type == QLatin1String("table"))
        what = Schema::tr("table “%1”").arg(name);
    else
        //: %1 is an SQLite object type, %2 its name
        what = Schema::tr("%1 “%2”").arg(object.type, name);
    switch (kind) {
    case Kind::Foreign:
        return what;
    case Kind::Changed:
        //: %1 names a database object, e.g. trigger “annotations_ai” on annotations
        return Schema::tr("%1 (its definition was changed)").arg(what);
    case Kind::Missing:
        //: %1 names a database object, e.g. trigger “annotations_ai” on annotations
        return Schema::tr("%1 (missing)").arg(what);
    }
    return what;
}

QString Schema::normalizedSql(const QString &sql)
{
    QString result;
    result.reserve(sql.size());
    QChar quote;
    bool pendingSpace = false;
    for (const QChar c : sql) {
        if (quote.isNull() && c.isSpace()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace)
            result.append(QLatin1Char(' '));
        pendingSpace = false;
        result.append(c);
        if (quote.isNull()) {
            if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`'))
                quote = c;
            else if (c == QLatin1Char('['))
                quote = QLatin1Char(']');
        } else if (c == quote) {
            // A doubled quote inside a literal closes and reopens it: the same either way.
            quote = QChar();
        }
    }
    return result;
}

bool Schema::isShadowTable(const QString &name, const QVector<SchemaObject> &objects)
{
    for (const SchemaObject &object : objects) {
        if (object.type == QLatin1String("table")
            && object.sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"))
            && name.startsWith(object.name + QLatin1Char('_')) && name != object.name)
            return true;
    }
    return false;
}

namespace {

Result<QVector<SchemaObject>> readObjects(Database &db)
{
    // sqlite_stat* (ANALYZE) and sqlite_sequence hold data SQLite writes itself, no code.
    Statement stmt
        = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE NOT (type = 'table' "
                     "AND (name = 'sqlite_sequence' OR name LIKE 'sqlite\\_stat%' ESCAPE '\\')) "
                     "ORDER BY rowid");
    QVector<SchemaObject> objects;
    while (stmt.next())
        objects.append({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3)});
    if (stmt.failed()) {
        return Error {QCoreApplication::translate("Schema", "Cannot read the structure of %1: %2.")
                          .arg(db.path(), stmt.error())};
    }
    return objects;
}

} // namespace

Result<QVector<SchemaObject>> Schema::expectedObjects(int version)
{
    static std::mutex mutex;
    static std::map<int, QVector<SchemaObject>> cache;
    const std::lock_guard<std::mutex> lock(mutex);
    const auto known = cache.find(version);
    if (known != cache.end())
        return known->second;

    auto opened = Database::open(QStringLiteral(":memory:"), Database::Mode::CreateIfMissing);
    if (!opened)
        return Error {opened.error()};
    Database &db = **opened;
    const Status migrated = migrate(db, version);
    if (!migrated.ok())
        return Error {migrated.error()};
    Result<QVector<SchemaObject>> objects = readObjects(db);
    if (objects)
        cache.emplace(version, *objects);
    return objects;
}

Result<QVector<SchemaDifference>> Schema::differences(Database &db, int version)
{
    const Result<QVector<SchemaObject>> expected = expectedObjects(version);
    if (!expected)
        return Error {expected.error()};
    const Result<QVector<SchemaObject>> found = readObjects(db);
    if (!found)
        return Error {found.error()};

    auto find = [](const QVector<SchemaObject> &objects, const SchemaObject &like) -> const SchemaObject * {
        for (const SchemaObject &object : objects) {
            if (object.type == like.type && object.name == like.name)
                return &object;
        }
        return nullptr;
    };
    QVector<SchemaDifference> result;
    for (const SchemaObject &object : *found) {
        const SchemaObject *ours = find(*expected, object);
        if (!ours) {
            result.append({SchemaDifference::Kind::Foreign, object});
            continue;
        }
        const bool sameSql
            = isShadowTable(object.name, *expected) || normalizedSql(object.sql) == normalizedSql(ours->sql);
        if (!sameSql || object.table != ours->table)
            result.append({SchemaDifference::Kind::Changed, object});
    }
    for (const SchemaObject &object : *expected) {
        if (!find(*found, object))
            result.append({SchemaDifference::Kind::Missing, object});
    }
    return result;
}

Status Schema::migrate(Database &db, int target)
{
    const int from = version(db);
    if (from == 0 && target > 0 && db.scalar("SELECT count(*) FROM sqlite_schema") == 0)
        db.trustSchema();
    for (int next = from + 1; next <= target; ++next) {
        const bool rebuild = rebuildsReferencedTable(next);
        // A no-op inside a transaction, hence set before it starts and restored after it.
        if (rebuild && !db.exec("PRAGMA foreign_keys = OFF").ok())
            return Error {tr("Cannot update %1: %2").arg(db.path(), db.lastError())};
        const Status step = migrateOne(db, next);
        if (rebuild && !db.exec("PRAGMA foreign_keys = ON").ok() && step.ok())
            return Error {tr("Cannot update %1: %2").arg(db.path(), db.lastError())};
        if (!step.ok())
            return step;
    }
    return {};
}

Status Schema::migrateOne(Database &db, int next)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Error {tr("Cannot update %1: %2").arg(db.path(), tx.error())};
    Status step = db.exec(Migrations[next - 1]);
    if (step.ok() && next == 1) {
        const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(ApplicationId);
        step = db.exec(setId.constData());
    }
    if (step.ok()) {
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(next);
        step = db.exec(setVersion.constData());
    }
    if (step.ok() && rebuildsReferencedTable(next)) {
        Statement check = db.prepare("PRAGMA foreign_key_check");
        if (!check.isValid())
            step = Error {db.lastError()};
        else if (check.next())
            step = Error {tr("a link from table %1 to table %2 is broken").arg(check.text(0), check.text(2))};
    }
    if (!step.ok()) {
        return Error {
            tr("Cannot update %1 to dossier format %2: %3").arg(db.path()).arg(next).arg(step.error())};
    }
    const Status committed = tx.commit();
    if (!committed.ok())
        return Error {tr("Cannot update %1: %2").arg(db.path(), committed.error())};
    return {};
}

Status Schema::configureConnection(Database &db)
{
    // WAL: readers (search, the library) never wait for the importer's writes. NORMAL
    // synchronous is durable across application crashes in WAL mode.
    Status status = db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
    if (!status.ok())
        return status;
    Statement wal = db.prepare("PRAGMA journal_mode = WAL");
    if (!wal.next() || wal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error {tr("Cannot use write-ahead logging on %1: %2").arg(db.path(), db.lastError())};
    return {};
}

} // namespace Recoupe
