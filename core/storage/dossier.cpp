// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier.h"

#include "anchoring/pdfquads.h"
#include "anchoring/textquote.h"
#include "annotationstore.h"
#include "claimstore.h"
#include "commands/dictionarywordcommand.h"
#include "commands/mergetagscommand.h"
#include "commands/moveanchorcommand.h"
#include "commands/recordcommands.h"
#include "commands/replacesourcecontentcommand.h"
#include "commands/sourcecommands.h"
#include "database.h"
#include "entitystore.h"
#include "import/contentdigest.h"
#include "import/importerregistry.h"
#include "import/newerversionreader.h"
#include "import/sourceimporter.h"
#include "relationshipstore.h"
#include "schema.h"
#include "sourcestore.h"
#include "spell/dossierdictionary.h"
#include "tagstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace Recoupe {

namespace {

// The kind of a source, as a phrase that completes "… is %1": for messages about replacing one.
QString kindPhrase(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Text:
        return QCoreApplication::translate("Recoupe::Dossier", "a text file");
    case SourceKind::Html:
        return QCoreApplication::translate("Recoupe::Dossier", "a web page");
    case SourceKind::Markdown:
        return QCoreApplication::translate("Recoupe::Dossier", "a Markdown document");
    case SourceKind::Pdf:
        return QCoreApplication::translate("Recoupe::Dossier", "a PDF document");
    case SourceKind::Email:
        return QCoreApplication::translate("Recoupe::Dossier", "an e-mail");
    case SourceKind::Office:
        return QCoreApplication::translate("Recoupe::Dossier", "an office document");
    case SourceKind::Image:
        return QCoreApplication::translate("Recoupe::Dossier", "an image");
    }
    return QString();
}

} // namespace

Dossier::Dossier(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_sources(std::make_unique<SourceStore>(*m_db))
    , m_annotations(std::make_unique<AnnotationStore>(*m_db))
    , m_tags(std::make_unique<TagStore>(*m_db))
    , m_claims(std::make_unique<ClaimStore>(*m_db))
    , m_entities(std::make_unique<EntityStore>(*m_db))
    , m_relationships(std::make_unique<RelationshipStore>(*m_db))
    , m_undoStack(new QUndoStack(this))
{ }

Dossier::~Dossier()
{
    // Commands refer to the stores: drop them first.
    delete m_undoStack;
    m_undoStack = nullptr;
}

Result<std::unique_ptr<Dossier>> Dossier::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode == OpenMode::Create && info.exists() && info.size() > 0)
        return Error {tr("%1 already exists; open it instead of creating it.").arg(path)};
    if (mode == OpenMode::OpenExisting && info.exists() && info.isFile() && info.size() == 0)
        return Error {tr("%1 is an empty file, not a Recoupe dossier.").arg(path)};

    auto opened = Database::open(
        path, mode == OpenMode::Create ? Database::Mode::CreateIfMissing : Database::Mode::OpenExisting);
    if (!opened)
        return Error {opened.error()};
    std::unique_ptr<Database> db = std::move(opened).value();

    // Everything that can refuse the file happens before anything is written to it.
    const Result<int> fileVersion = Schema::inspect(*db);
    if (!fileVersion)
        return Error {fileVersion.error()};

    QString backupPath;
    if (*fileVersion > 0 && *fileVersion < Schema::CurrentVersion) {
        backupPath = QStringLiteral("%1.v%2-%3.bak")
                         .arg(path)
                         .arg(*fileVersion)
                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
        const Status copied = db->backupTo(backupPath);
        if (!copied.ok())
            return Error {tr("%1 was not updated: %2").arg(path, copied.error())};
    }

    const Status configured = Schema::configureConnection(*db);
    if (!configured.ok())
        return Error {configured.error()};
    const Status migrated = Schema::migrate(*db);
    if (!migrated.ok())
        return Error {migrated.error()};

    std::unique_ptr<Dossier> dossier(new Dossier(std::move(db)));
    dossier->m_backupPath = backupPath;
    return dossier;
}

QString Dossier::path() const
{
    return m_db->path();
}

Database &Dossier::database() const
{
    return *m_db;
}

SourceStore &Dossier::sources() const
{
    return *m_sources;
}

AnnotationStore &Dossier::annotations() const
{
    return *m_annotations;
}

TagStore &Dossier::tags() const
{
    return *m_tags;
}

ClaimStore &Dossier::claims() const
{
    return *m_claims;
}

EntityStore &Dossier::entities() const
{
    return *m_entities;
}

RelationshipStore &Dossier::relationships() const
{
    return *m_relationships;
}

QUndoStack *Dossier::undoStack() const
{
    return m_undoStack;
}

Status Dossier::push(QUndoCommand *command)
{
    m_commandError.clear();
    m_undoStack->push(command);
    if (!m_commandError.isEmpty())
        return Error {m_commandError};
    return {};
}

Result<qint64> Dossier::pushForId(QUndoCommand *command)
{
    m_commandId = 0;
    const Status status = push(command);
    if (!status.ok())
        return Error {status.error()};
    return m_commandId;
}

QString Dossier::meta(const char *key, const QString &fallback) const
{
    Statement &stmt = m_db->cached("SELECT value FROM dossier_meta WHERE key = ?1");
    stmt.bind(1, QString::fromLatin1(key));
    return stmt.next() ? stmt.text(0) : fallback;
}

Status Dossier::setMeta(const char *key, const QString &value)
{
    Statement &stmt = m_db->cached("INSERT OR REPLACE INTO dossier_meta(key, value) VALUES (?1, ?2)");
    stmt.bind(1, QString::fromLatin1(key)).bind(2, value);
    if (!stmt.exec())
        return Error {tr("Cannot change the dossier settings: %1").arg(m_db->lastError())};
    return {};
}

QString Dossier::language() const
{
    return meta("language", QStringLiteral("fr"));
}

Status Dossier::setLanguage(const QString &language)
{
    return setMeta("language", language);
}

QString Dossier::author() const
{
    return meta("author", QString());
}

Status Dossier::setAuthor(const QString &author)
{
    return setMeta("author", author);
}

// Sources

void Dossier::recordImport(const QVector<qint64> &sourceIds)
{
    if (!sourceIds.isEmpty())
        push(new ImportSourcesCommand(this, sourceIds));
}

Status Dossier::removeSource(qint64 id)
{
    const auto source = m_sources->get(id);
    if (!source)
        return Error {tr("There is no source %1 in this dossier.").arg(id)};
    return push(new RemoveSourceCommand(this, id, source->title));
}

Status Dossier::updateSource(const Source &source)
{
    const auto before = m_sources->get(source.id);
    if (!before)
        return Error {tr("There is no source %1 in this dossier.").arg(source.id)};
    return push(new EditSourceCommand(this, *before, source));
}

Result<ReanchorReport> Dossier::replaceSourceContent(qint64 id, SourceDraft draft)
{
    const QString shown = draft.source.origin.isEmpty() ? tr("The new version")
                                                        : QDir::toNativeSeparators(draft.source.origin);
    return replaceContent(id, std::move(draft), shown);
}

Result<ReanchorReport> Dossier::replaceSourceWithFile(qint64 id, const QString &path, const QString &password)
{
    if (!m_sources->get(id))
        return Error {tr("There is no source %1 in this dossier.").arg(id)};
    ImportContext context;
    context.password = password;
    NewerVersionReader::Read read = NewerVersionReader::read(path, context);
    if (read.outcome != Importer::Outcome::Read)
        return Error {read.message};
    return replaceContent(id, std::move(read.draft), QDir::toNativeSeparators(path));
}

Result<ReanchorReport> Dossier::replaceContent(qint64 id, SourceDraft draft, const QString &shownName)
{
    const auto source = m_sources->get(id);
    if (!source)
        return Error {tr("There is no source %1 in this dossier.").arg(id)};
    const QString sha256 = ContentDigest::sha256Hex(draft.original);
    // The same file read again the same way changes nothing; the same file read again another way
    // (OCR in another language) is a new version of its text.
    if (sha256 == source->sha256 && draft.text == m_sources->text(id)) {
        ReanchorReport report;
        report.unchanged = true;
        return report;
    }
    if (const qint64 other = m_sources->findBySha256(sha256); other && other != id) {
        const auto otherSource = m_sources->get(other);
        return Error {tr("%1 has the same content as source %2 “%3”; “%4” was left as it was.")
                          .arg(shownName)
                          .arg(other)
                          .arg(otherSource ? otherSource->title : QString(), source->title)};
    }
    if (draft.source.kind != source->kind) {
        //: %1 a file, %2 its kind, %3 a source's title, %4 that source's kind
        return Error {
            tr("%1 is %2 but “%3” is %4: a source can only be replaced with a newer version of "
               "the same kind.")
                .arg(shownName, kindPhrase(draft.source.kind), source->title, kindPhrase(source->kind))};
    }
    draft.source.sha256 = sha256;
    m_lastReanchorReport = ReanchorReport();
    const Status status = push(new ReplaceSourceContentCommand(this, id, std::move(draft)));
    if (!status.ok())
        return Error {status.error()};
    return m_lastReanchorReport;
}

Status Dossier::reattachAnnotation(qint64 annotationId, qint64 start, qint64 end)
{
    const auto annotation = m_annotations->get(annotationId);
    if (!annotation)
        return Error {tr("There is no annotation %1 in this dossier.").arg(annotationId)};
    const Result<Anchor> anchor = anchorForRange(annotation->anchor.sourceId, start, end);
    if (!anchor)
        return Error {anchor.error()};
    Anchor after = *anchor;
    after.id = annotation->anchor.id;
    after.orphaned = false;
    return push(new MoveAnchorCommand(this, annotationId, annotation->anchor, after));
}

// Anchors

Result<Anchor> Dossier::anchorForRange(qint64 sourceId, qint64 start, qint64 end)
{
    const auto source = m_sources->get(sourceId);
    if (!source)
        return Error {tr("There is no source %1 in this dossier.").arg(sourceId)};
    if (start < 0 || end <= start || end > source->textLength)
        return Error {tr("The passage %1–%2 lies outside “%3” (%4 characters).")
                          .arg(start)
                          .arg(end)
                          .arg(source->title)
                          .arg(source->textLength)};
    const qint64 from = std::max<qint64>(0, start - Anchor::ContextLength);
    const qint64 to = std::min<qint64>(source->textLength, end + Anchor::ContextLength);
    const QString window = m_sources->textRange(sourceId, from, to);
    Anchor anchor = TextQuote::fromRange(sourceId, window, start - from, end - from);
    anchor.start = start;
    anchor.end = end;
    if (hasPages(source->kind)) {
        const QVector<PdfPage> pages = m_sources->pdfPages(sourceId);
        anchor.page = PdfQuads::pageAt(pages, start);
        anchor.quads = PdfQuads::forRange(pages, start, end);
    }
    return anchor;
}

Result<Anchor> Dossier::anchorForQuote(qint64 sourceId, const QString &quote, int occurrence)
{
    const auto source = m_sources->get(sourceId);
    if (!source)
        return Error {tr("There is no source %1 in this dossier.").arg(sourceId)};
    const QString text = m_sources->text(sourceId);
    const auto found = TextQuote::find(text, quote, occurrence);
    if (!found) {
        const int count = TextQuote::count(text, quote);
        if (count == 0)
            return Error {tr("“%1” does not occur in “%2”.").arg(quote, source->title)};
        return Error {tr("“%1” occurs %n time(s) in “%2”; there is no occurrence %3.", "", count)
                          .arg(quote, source->title)
                          .arg(occurrence)};
    }
    return anchorForRange(sourceId, found->first, found->second);
}

// Annotations

Result<qint64> Dossier::addAnnotation(Annotation annotation)
{
    if (annotation.anchor.end <= annotation.anchor.start)
        return Error {tr("Select a passage to highlight.")};
    if (annotation.author.isEmpty())
        annotation.author = author();
    annotation.created = annotation.modified = QDateTime::currentDateTimeUtc();
    return addImportedAnnotation(std::move(annotation));
}

Result<qint64> Dossier::addImportedAnnotation(Annotation annotation)
{
    if (annotation.anchor.end <= annotation.anchor.start)
        return Error {tr("Select a passage to highlight.")};
    if (annotation.author.isEmpty())
        annotation.author = author();
    annotation.id = 0;
    annotation.anchor.id = 0;
    if (!annotation.created.isValid())
        annotation.created = QDateTime::currentDateTimeUtc();
    if (!annotation.modified.isValid() || annotation.modified < annotation.created)
        annotation.modified = annotation.created;
    //: Undo/redo action name
    const QString text = annotation.tagIds.isEmpty() ? tr("Highlight") : tr("Highlight and tag");
    return pushForId(
        new AddRecordCommand<AnnotationStore>(this, *m_annotations, std::move(annotation), text));
}

Status Dossier::removeAnnotation(qint64 id)
{
    auto snapshot = m_annotations->snapshot(id);
    if (!snapshot)
        return Error {tr("There is no annotation %1 in this dossier.").arg(id)};
    return push(
        new RemoveRecordCommand<AnnotationStore>(this, *m_annotations, *snapshot, tr("Delete highlight")));
}

Status Dossier::setAnnotationNote(qint64 id, const QString &note)
{
    const auto before = m_annotations->get(id);
    if (!before)
        return Error {tr("There is no annotation %1 in this dossier.").arg(id)};
    Annotation after = *before;
    after.note = note;
    after.modified = QDateTime::currentDateTimeUtc();
    return push(new EditRecordCommand<AnnotationStore>(
        this, *m_annotations, *before, after, tr("Edit note"), MergeKey::AnnotationNote));
}

Status Dossier::setAnnotationColor(qint64 id, const QColor &color)
{
    const auto before = m_annotations->get(id);
    if (!before)
        return Error {tr("There is no annotation %1 in this dossier.").arg(id)};
    if (!color.isValid())
        return Error {tr("That is not a color.")};
    Annotation after = *before;
    after.color = color;
    after.modified = QDateTime::currentDateTimeUtc();
    return push(
        new EditRecordCommand<AnnotationStore>(this, *m_annotations, *before, after, tr("Change color")));
}

Status Dossier::setAnnotationTags(qint64 id, const QVector<qint64> &tagIds)
{
    const auto before = m_annotations->get(id);
    if (!before)
        return Error {tr("There is no annotation %1 in this dossier.").arg(id)};
    for (qint64 tagId : tagIds) {
        if (!m_tags->get(tagId))
            return Error {tr("There is no tag %1 in this dossier.").arg(tagId)};
    }
    Annotation after = *before;
    after.tagIds = tagIds;
    after.modified = QDateTime::currentDateTimeUtc();
    return push(
        new EditRecordCommand<AnnotationStore>(this, *m_annotations, *before, after, tr("Tag highlight")));
}

// Codebook

Result<qint64> Dossier::addTag(Tag tag)
{
    tag.id = 0;
    if (tag.parentId && !m_tags->get(tag.parentId))
        return Error {tr("There is no tag %1 in this dossier.").arg(tag.parentId)};
    if (tag.name.trimmed().isEmpty())
        return Error {tr("A tag needs a name.")};
    if (m_tags->findChild(tag.parentId, tag.name))
        return Error {tr("The codebook already has a tag “%1” there.").arg(tag.name.trimmed())};
    tag.position = m_tags->nextPosition(tag.parentId);
    const QString text = tr("Add tag “%1”").arg(tag.name.trimmed());
    return pushForId(new AddRecordCommand<TagStore>(this, *m_tags, std::move(tag), text));
}

Result<qint64> Dossier::ensureTagPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error {tr("“%1” is not a tag path.").arg(path)};
    qint64 id = 0;
    bool inMacro = false;
    for (const QString &part : parts) {
        const qint64 existing = m_tags->findChild(id, part);
        if (existing) {
            id = existing;
            continue;
        }
        if (!inMacro) {
            m_undoStack->beginMacro(tr("Add tag “%1”").arg(path));
            inMacro = true;
        }
        Tag tag;
        tag.parentId = id;
        tag.name = part;
        const auto added = addTag(tag);
        if (!added) {
            m_undoStack->endMacro();
            m_undoStack->undo(); // leave no half-made path behind
            return added;
        }
        id = *added;
    }
    if (inMacro)
        m_undoStack->endMacro();
    return id;
}

Status Dossier::updateTag(const Tag &tag)
{
    const auto before = m_tags->get(tag.id);
    if (!before)
        return Error {tr("There is no tag %1 in this dossier.").arg(tag.id)};
    Tag after = tag;
    if (after.parentId != before->parentId) {
        if (after.parentId && m_tags->isWithin(after.parentId, tag.id))
            return Error {tr("A tag cannot be moved under itself.")};
        if (after.position == before->position)
            after.position = m_tags->nextPosition(after.parentId);
    }
    QString text;
    MergeKey merge = MergeKey::None;
    if (after.name.trimmed() != before->name)
        text = tr("Rename tag “%1”").arg(before->name);
    else if (after.parentId != before->parentId || after.position != before->position)
        text = tr("Move tag “%1”").arg(before->name);
    else if (after.color != before->color)
        text = tr("Recolor tag “%1”").arg(before->name);
    else {
        text = tr("Describe tag “%1”").arg(before->name);
        merge = MergeKey::TagDescription;
    }
    return push(new EditRecordCommand<TagStore>(this, *m_tags, *before, after, text, merge));
}

Status Dossier::removeTag(qint64 id)
{
    auto snapshot = m_tags->snapshot(id);
    if (!snapshot)
        return Error {tr("There is no tag %1 in this dossier.").arg(id)};
    const QString text = tr("Delete tag “%1”").arg(snapshot->subtree.first().name);
    return push(new RemoveRecordCommand<TagStore>(this, *m_tags, *snapshot, text));
}

Status Dossier::mergeTags(qint64 from, qint64 into)
{
    const auto source = m_tags->get(from);
    const auto target = m_tags->get(into);
    if (!source || !target)
        return Error {tr("There is no tag %1 in this dossier.").arg(source ? into : from)};
    if (from == into || m_tags->isWithin(into, from))
        return Error {tr("A tag cannot be merged into itself or into one of its own sub-tags.")};
    for (const Tag &child : m_tags->children(from)) {
        if (m_tags->findChild(into, child.name))
            return Error {tr("Both tags have a sub-tag “%1”: merge or rename those first.").arg(child.name)};
    }
    return push(new MergeTagsCommand(this, *source, *target));
}

// Claims

Result<qint64> Dossier::addClaim(Claim claim)
{
    claim.id = 0;
    claim.created = claim.modified = QDateTime::currentDateTimeUtc();
    return pushForId(new AddRecordCommand<ClaimStore>(this, *m_claims, std::move(claim), tr("New claim")));
}

Status Dossier::updateClaim(const Claim &claim, bool typing)
{
    const auto before = m_claims->get(claim.id);
    if (!before)
        return Error {tr("There is no claim %1 in this dossier.").arg(claim.id)};
    Claim after = claim;
    after.modified = QDateTime::currentDateTimeUtc();
    QString text = tr("Edit claim");
    if (after.status != before->status)
        text = tr("Change claim status");
    else if (after.evidenceIds != before->evidenceIds)
        text = tr("Change claim evidence");
    return push(new EditRecordCommand<ClaimStore>(
        this, *m_claims, *before, after, text, typing ? MergeKey::ClaimText : MergeKey::None));
}

Status Dossier::removeClaim(qint64 id)
{
    const auto snapshot = m_claims->snapshot(id);
    if (!snapshot)
        return Error {tr("There is no claim %1 in this dossier.").arg(id)};
    return push(new RemoveRecordCommand<ClaimStore>(this, *m_claims, *snapshot, tr("Delete claim")));
}

// Entities and relationships

Result<qint64> Dossier::addEntity(Entity entity)
{
    entity.id = 0;
    entity.created = entity.modified = QDateTime::currentDateTimeUtc();
    const QString text = tr("Add “%1”").arg(entity.name.trimmed());
    return pushForId(new AddRecordCommand<EntityStore>(this, *m_entities, std::move(entity), text));
}

Status Dossier::updateEntity(const Entity &entity)
{
    const auto before = m_entities->get(entity.id);
    if (!before)
        return Error {tr("There is no entity %1 in this dossier.").arg(entity.id)};
    Entity after = entity;
    after.modified = QDateTime::currentDateTimeUtc();
    const bool typing
        = after.name == before->name && after.type == before->type && after.aliases == before->aliases;
    return push(new EditRecordCommand<EntityStore>(this, *m_entities, *before, after,
        tr("Edit “%1”").arg(before->name), typing ? MergeKey::EntityNotes : MergeKey::None));
}

Status Dossier::removeEntity(qint64 id)
{
    auto snapshot = m_entities->snapshot(id);
    if (!snapshot)
        return Error {tr("There is no entity %1 in this dossier.").arg(id)};
    const QString text = tr("Delete “%1”").arg(snapshot->entity.name);
    return push(new RemoveRecordCommand<EntityStore>(this, *m_entities, *snapshot, text));
}

Result<qint64> Dossier::addRelationship(Relationship relationship)
{
    relationship.id = 0;
    relationship.created = relationship.modified = QDateTime::currentDateTimeUtc();
    for (qint64 entityId : {relationship.fromId, relationship.toId}) {
        if (!m_entities->get(entityId))
            return Error {tr("There is no entity %1 in this dossier.").arg(entityId)};
    }
    for (qint64 annotationId : std::as_const(relationship.evidenceIds)) {
        if (!m_annotations->get(annotationId))
            return Error {tr("There is no annotation %1 in this dossier.").arg(annotationId)};
    }
    return pushForId(new AddRecordCommand<RelationshipStore>(
        this, *m_relationships, std::move(relationship), tr("Link entities")));
}

Status Dossier::updateRelationship(const Relationship &relationship)
{
    const auto before = m_relationships->get(relationship.id);
    if (!before)
        return Error {tr("There is no relationship %1 in this dossier.").arg(relationship.id)};
    Relationship after = relationship;
    after.modified = QDateTime::currentDateTimeUtc();
    return push(new EditRecordCommand<RelationshipStore>(
        this, *m_relationships, *before, after, tr("Edit relationship")));
}

Status Dossier::removeRelationship(qint64 id)
{
    const auto snapshot = m_relationships->snapshot(id);
    if (!snapshot)
        return Error {tr("There is no relationship %1 in this dossier.").arg(id)};
    return push(new RemoveRecordCommand<RelationshipStore>(
        this, *m_relationships, *snapshot, tr("Delete relationship")));
}

Status Dossier::addDictionaryWord(const QString &language, const QString &word)
{
    const QString stored = DossierDictionary::normalizedWord(word);
    if (stored.isEmpty())
        return Error {tr("There is no word to add to the dictionary.")};
    if (DossierDictionary(*m_db).contains(language, stored))
        return {};
    return push(new DictionaryWordCommand(this, language, stored));
}

// Announcements

void Dossier::announceDictionaryChanged(const QString &language)
{
    Q_EMIT dictionaryChanged(language);
}

void Dossier::announceSourcesAdded(const QVector<qint64> &ids)
{
    Q_EMIT sourcesAdded(ids);
}

void Dossier::announceSourcesRemoved(const QVector<qint64> &ids)
{
    Q_EMIT sourcesRemoved(ids);
}

void Dossier::announceSourceChanged(qint64 id)
{
    Q_EMIT sourceChanged(id);
}

void Dossier::announceSourceContentChanged(qint64 id)
{
    Q_EMIT sourceContentChanged(id);
}

void Dossier::announceAdded(const Annotation &a)
{
    Q_EMIT annotationAdded(a.anchor.sourceId, a.id);
}

void Dossier::announceRemoved(const Annotation &a)
{
    Q_EMIT annotationRemoved(a.anchor.sourceId, a.id);
}

void Dossier::announceChanged(const Annotation &a)
{
    Q_EMIT annotationChanged(a.anchor.sourceId, a.id);
}

void Dossier::announceAdded(const Tag &tag)
{
    Q_EMIT tagAdded(tag.id);
}

void Dossier::announceAdded(const TagSnapshot &snapshot)
{
    for (const Tag &tag : snapshot.subtree)
        Q_EMIT tagAdded(tag.id);
}

void Dossier::announceRemoved(const Tag &tag)
{
    Q_EMIT tagRemoved(tag.id);
}

void Dossier::announceRemoved(const TagSnapshot &snapshot)
{
    // Children first, so a tree view never holds a child whose parent is gone.
    for (auto it = snapshot.subtree.crbegin(); it != snapshot.subtree.crend(); ++it)
        Q_EMIT tagRemoved(it->id);
}

void Dossier::announceChanged(const Tag &tag)
{
    Q_EMIT tagChanged(tag.id);
}

void Dossier::announceAdded(const Claim &claim)
{
    Q_EMIT claimAdded(claim.id);
}

void Dossier::announceRemoved(const Claim &claim)
{
    Q_EMIT claimRemoved(claim.id);
}

void Dossier::announceChanged(const Claim &claim)
{
    Q_EMIT claimChanged(claim.id);
}

void Dossier::announceAdded(const Entity &entity)
{
    Q_EMIT entityAdded(entity.id);
}

void Dossier::announceAdded(const EntitySnapshot &snapshot)
{
    Q_EMIT entityAdded(snapshot.entity.id);
    for (const Relationship &r : snapshot.relationships)
        Q_EMIT relationshipAdded(r.id);
}

void Dossier::announceRemoved(const Entity &entity)
{
    Q_EMIT entityRemoved(entity.id);
}

void Dossier::announceRemoved(const EntitySnapshot &snapshot)
{
    for (const Relationship &r : snapshot.relationships)
        Q_EMIT relationshipRemoved(r.id);
    Q_EMIT entityRemoved(snapshot.entity.id);
}

void Dossier::announceChanged(const Entity &entity)
{
    Q_EMIT entityChanged(entity.id);
}

void Dossier::announceAdded(const Relationship &r)
{
    Q_EMIT relationshipAdded(r.id);
}

void Dossier::announceRemoved(const Relationship &r)
{
    Q_EMIT relationshipRemoved(r.id);
}

void Dossier::announceChanged(const Relationship &r)
{
    Q_EMIT relationshipChanged(r.id);
}

} // namespace Recoupe
