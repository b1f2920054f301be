// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/tagstore.h"

#include <QUndoCommand>

namespace Recoupe {

// The three undoable edits every record of the dossier goes through, written once for all
// stores. A Store provides Record and Snapshot types and insert/update/remove/restore; the
// Dossier announces each change with the signal matching the record's type.

inline qint64 recordId(const Annotation &r)
{
    return r.id;
}
inline qint64 recordId(const Tag &r)
{
    return r.id;
}
inline qint64 recordId(const Entity &r)
{
    return r.id;
}
inline qint64 recordId(const Claim &r)
{
    return r.id;
}
inline qint64 recordId(const Relationship &r)
{
    return r.id;
}
inline qint64 recordId(const TagSnapshot &r)
{
    return r.subtree.isEmpty() ? 0 : r.subtree.first().id;
}
inline qint64 recordId(const EntitySnapshot &r)
{
    return r.entity.id;
}

template<typename Store> class AddRecordCommand : public QUndoCommand
{
public:
    using Record = typename Store::Record;

    AddRecordCommand(Dossier *dossier, Store &store, Record record, const QString &text)
        : m_dossier(dossier)
        , m_store(store)
        , m_record(std::move(record))
    {
        setText(text);
    }

    void redo() override
    {
        const auto id = m_store.insert(m_record);
        if (!id) {
            m_dossier->setCommandError(id.error());
            setObsolete(true);
            return;
        }
        m_dossier->setCommandId(*id);
        m_dossier->announceAdded(m_record);
    }

    void undo() override
    {
        const Status removed = m_store.remove(m_record.id);
        if (!removed.ok()) {
            m_dossier->setCommandError(removed.error());
            setObsolete(true);
            return;
        }
        m_dossier->announceRemoved(m_record);
    }

private:
    Dossier *m_dossier;
    Store &m_store;
    Record m_record;
};

template<typename Store> class RemoveRecordCommand : public QUndoCommand
{
public:
    using Snapshot = typename Store::Snapshot;

    RemoveRecordCommand(Dossier *dossier, Store &store, Snapshot snapshot, const QString &text)
        : m_dossier(dossier)
        , m_store(store)
        , m_snapshot(std::move(snapshot))
    {
        setText(text);
    }

    void redo() override
    {
        const Status removed = m_store.remove(recordId(m_snapshot));
        if (!removed.ok()) {
            m_dossier->setCommandError(removed.error());
            setObsolete(true);
            return;
        }
        m_dossier->announceRemoved(m_snapshot);
    }

    void undo() override
    {
        const Status restored = m_store.restore(m_snapshot);
        if (!restored.ok()) {
            m_dossier->setCommandError(restored.error());
            setObsolete(true);
            return;
        }
        m_dossier->announceAdded(m_snapshot);
    }

private:
    Dossier *m_dossier;
    Store &m_store;
    Snapshot m_snapshot;
};

// Ids under which consecutive edits merge into one undo step (one burst of typing).
enum class MergeKey
{
    None = -1,
    AnnotationNote = 1,
    ClaimText,
    EntityNotes,
    RelationshipNote,
    TagDescription
};

template<typename Store> class EditRecordCommand : public QUndoCommand
{
public:
    using Record = typename Store::Record;

    EditRecordCommand(Dossier *dossier, Store &store, Record before, Record after, const QString &text,
        MergeKey mergeKey = MergeKey::None)
        : m_dossier(dossier)
        , m_store(store)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {
        setText(text);
    }

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

    int id() const override { return int(m_mergeKey); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditRecordCommand *>(other);
        if (recordId(next->m_after) != recordId(m_after))
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    void apply(const Record &record)
    {
        const Status updated = m_store.update(record);
        if (!updated.ok()) {
            m_dossier->setCommandError(updated.error());
            setObsolete(true);
            return;
        }
        m_dossier->announceChanged(record);
    }

    Dossier *m_dossier;
    Store &m_store;
    Record m_before;
    Record m_after;
    MergeKey m_mergeKey;
};

} // namespace Recoupe
