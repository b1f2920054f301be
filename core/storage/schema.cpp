// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "database.h"
#include "transaction.h"

#include <QFileInfo>

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

const char *const SchemaV3 = "SELECT 1;"; // placeholder: branch source-versions owns version 3
const char *const SchemaV4 = "SELECT 1;"; // placeholder: branch stemming owns version 4
const char *const SchemaV5 = "SELECT 1;"; // placeholder: branch email-office owns version 5

// Version 6: what text recognition (OCR) did on each page it read: the language(s) given to
// Tesseract, the mean word confidence, and each word's confidence (one byte, 0 to 100, in the
// order of the page's word boxes) for the reader's low-confidence underline.
const char *const SchemaV6 = R"sql(
CREATE TABLE ocr_pages(
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    language TEXT NOT NULL,
    confidence REAL NOT NULL,
    word_confidences BLOB NOT NULL,
    PRIMARY KEY (source_id, page)
);
)sql";

const char *const Migrations[] = {SchemaV1, SchemaV2, SchemaV3, SchemaV4, SchemaV5, SchemaV6};
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

Result<int> Schema::inspect(Database &db)
{
    Statement probe = db.prepare("SELECT count(*) FROM sqlite_schema");
    if (!probe.isValid() || !probe.next()) {
        return Error {tr("%1 is not a Recoupe dossier (it is not an SQLite database: %2).")
                          .arg(db.path(), db.lastError())};
    }
    const bool empty = probe.int64(0) == 0;
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

Status Schema::migrate(Database &db, int target)
{
    const int from = version(db);
    for (int next = from + 1; next <= target; ++next) {
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
        if (!step.ok()) {
            return Error {
                tr("Cannot update %1 to dossier format %2: %3").arg(db.path()).arg(next).arg(step.error())};
        }
        const Status committed = tx.commit();
        if (!committed.ok())
            return Error {tr("Cannot update %1: %2").arg(db.path(), committed.error())};
    }
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
