// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/anchor.h"
#include "model/annotation.h"
#include "model/claim.h"
#include "model/entity.h"
#include "model/relationship.h"
#include "model/source.h"
#include "model/tag.h"
#include "result.h"

#include <QObject>
#include <QVector>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace Recoupe {

class AnnotationStore;
class ClaimStore;
class Database;
class EntityStore;
class RelationshipStore;
class SourceStore;
class TagStore;
struct EntitySnapshot;
struct Mention;
struct SourceDraft;
struct TagSnapshot;

// What re-anchoring did after a source's text changed.
struct ReanchorReport
{
    QVector<qint64> kept; // anchor ids whose quote is where it was
    QVector<qint64> moved; // found again elsewhere, by their quote and context
    QVector<qint64> orphaned; // quote gone: left at their old place, flagged for review
    // The new content was the current one already: nothing was changed, nothing was pushed.
    bool unchanged = false;
};

// The one door to a dossier file. Views and tools read through the stores and ask for changes
// through the intents below; each intent builds an undoable command, applies it in one
// transaction and announces the change with a precise signal.
class Dossier : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode
    {
        OpenExisting,
        Create
    };

    // Opens (or creates) a dossier file. An older format is backed up next to the file, then
    // migrated; a newer format or a file that is not a dossier is refused and left untouched.
    static Result<std::unique_ptr<Dossier>> open(const QString &path, OpenMode mode = OpenMode::OpenExisting);
    ~Dossier() override;

    QString path() const;
    // Where the last migration's backup went (empty when none was needed).
    QString backupPath() const { return m_backupPath; }

    Database &database() const;
    SourceStore &sources() const;
    AnnotationStore &annotations() const;
    TagStore &tags() const;
    ClaimStore &claims() const;
    EntityStore &entities() const;
    RelationshipStore &relationships() const;
    QUndoStack *undoStack() const;

    // Fields of dossier_meta: the dossier language ("fr" by default) and the author name
    // written on new annotations.
    QString language() const;
    Status setLanguage(const QString &language);
    QString author() const;
    Status setAuthor(const QString &author);

    // Sources
    // Records sources a worker just imported, as one undoable step ("Import 3 sources").
    void recordImport(const QVector<qint64> &sourceIds);
    Status removeSource(qint64 id);
    Status updateSource(const Source &source);
    // Replaces a source's content with a new version of it (re-import or repair) and re-anchors
    // every passage pointing into it. Undo puts the old content and anchors back.
    // The previous content is kept in the source's history (SourceStore::versions). Refused when
    // the new content is of another kind or is another source's; the current content again
    // changes nothing (the report says `unchanged`).
    Result<ReanchorReport> replaceSourceContent(qint64 id, SourceDraft draft);
    // Reads `path` with the importer for its kind and replaces the source's content with it, as
    // above. Errors name the file.
    Result<ReanchorReport> replaceSourceWithFile(
        qint64 id, const QString &path, const QString &password = {});
    // Attaches an annotation (an orphan, typically) to [start, end) of its source's current text.
    Status reattachAnnotation(qint64 annotationId, qint64 start, qint64 end);

    // Anchors: built from the source's text, with quote context, page and line boxes.
    Result<Anchor> anchorForRange(qint64 sourceId, qint64 start, qint64 end);
    Result<Anchor> anchorForQuote(qint64 sourceId, const QString &quote, int occurrence = 1);

    // Annotations
    Result<qint64> addAnnotation(Annotation annotation);
    // An annotation read from another file keeps its creation and modification dates (now when
    // it has none) and its author (the dossier's when it has none).
    Result<qint64> addImportedAnnotation(Annotation annotation);
    Status removeAnnotation(qint64 id);
    Status setAnnotationNote(qint64 id, const QString &note); // consecutive edits merge
    Status setAnnotationColor(qint64 id, const QColor &color);
    Status setAnnotationTags(qint64 id, const QVector<qint64> &tagIds);

    // Codebook
    Result<qint64> addTag(Tag tag);
    // The tag at "Level/Sub/Leaf", creating the missing levels as one undoable step.
    Result<qint64> ensureTagPath(const QString &path);
    Status updateTag(const Tag &tag); // rename, recolor, describe, move
    Status removeTag(qint64 id);
    // Every annotation and claim tagged `from` gets `into`; `from`'s children move under `into`;
    // `from` goes. One undo step.
    Status mergeTags(qint64 from, qint64 into);

    // Claims
    Result<qint64> addClaim(Claim claim);
    Status updateClaim(const Claim &claim, bool typing = false);
    Status removeClaim(qint64 id);

    // Entities and relationships
    Result<qint64> addEntity(Entity entity);
    Status updateEntity(const Entity &entity);
    Status removeEntity(qint64 id);
    Result<qint64> addRelationship(Relationship relationship);
    Status updateRelationship(const Relationship &relationship);
    Status removeRelationship(qint64 id);

    // The dossier's own dictionary: words the spell checker accepts in this dossier.
    Status addDictionaryWord(const QString &language, const QString &word);

    // Called by commands: report the outcome and announce changes.
    void setCommandError(const QString &error) { m_commandError = error; }
    void setCommandId(qint64 id) { m_commandId = id; }
    void announceSourcesAdded(const QVector<qint64> &ids);
    void announceSourcesRemoved(const QVector<qint64> &ids);
    void announceSourceChanged(qint64 id);
    void announceSourceContentChanged(qint64 id);
    void announceDictionaryChanged(const QString &language);
    void setReanchorReport(const ReanchorReport &report) { m_lastReanchorReport = report; }
    void announceAdded(const Annotation &annotation);
    void announceRemoved(const Annotation &annotation);
    void announceChanged(const Annotation &annotation);
    void announceAdded(const Tag &tag);
    void announceAdded(const TagSnapshot &snapshot);
    void announceRemoved(const Tag &tag);
    void announceRemoved(const TagSnapshot &snapshot);
    void announceChanged(const Tag &tag);
    void announceAdded(const Claim &claim);
    void announceRemoved(const Claim &claim);
    void announceChanged(const Claim &claim);
    void announceAdded(const Entity &entity);
    void announceAdded(const EntitySnapshot &snapshot);
    void announceRemoved(const Entity &entity);
    void announceRemoved(const EntitySnapshot &snapshot);
    void announceChanged(const Entity &entity);
    void announceAdded(const Relationship &relationship);
    void announceRemoved(const Relationship &relationship);
    void announceChanged(const Relationship &relationship);

Q_SIGNALS:
    void sourcesAdded(const QVector<qint64> &ids);
    void sourcesRemoved(const QVector<qint64> &ids);
    void sourceChanged(qint64 id);
    // The source's text changed: its anchors were re-anchored.
    void sourceContentChanged(qint64 id);
    void annotationAdded(qint64 sourceId, qint64 id);
    void annotationRemoved(qint64 sourceId, qint64 id);
    void annotationChanged(qint64 sourceId, qint64 id);
    void tagAdded(qint64 id);
    void tagRemoved(qint64 id);
    void tagChanged(qint64 id);
    void claimAdded(qint64 id);
    void claimRemoved(qint64 id);
    void claimChanged(qint64 id);
    void entityAdded(qint64 id);
    void entityRemoved(qint64 id);
    void entityChanged(qint64 id);
    void relationshipAdded(qint64 id);
    void relationshipRemoved(qint64 id);
    void relationshipChanged(qint64 id);
    void dictionaryChanged(const QString &language);

private:
    Dossier(std::unique_ptr<Database> db, QObject *parent = nullptr);
    // Pushes a command and returns the error it reported, if any.
    Status push(QUndoCommand *command);
    Result<qint64> pushForId(QUndoCommand *command);
    QString meta(const char *key, const QString &fallback) const;
    Status setMeta(const char *key, const QString &value);
    Result<ReanchorReport> replaceContent(qint64 id, SourceDraft draft, const QString &shownName);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<SourceStore> m_sources;
    std::unique_ptr<AnnotationStore> m_annotations;
    std::unique_ptr<TagStore> m_tags;
    std::unique_ptr<ClaimStore> m_claims;
    std::unique_ptr<EntityStore> m_entities;
    std::unique_ptr<RelationshipStore> m_relationships;
    QUndoStack *m_undoStack = nullptr;
    QString m_backupPath;
    QString m_commandError;
    qint64 m_commandId = 0;
    ReanchorReport m_lastReanchorReport;
};

} // namespace Recoupe
