// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcecommands.h"

#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"
#include "storage/transaction.h"

namespace Recoupe {

namespace {
// Applies `removed` to every id in one transaction; false (and the error reported) on failure.
bool setRemoved(Dossier *dossier, const QVector<qint64> &ids, bool removed)
{
    Transaction tx(dossier->database());
    for (qint64 id : ids) {
        const Status status = dossier->sources().setRemoved(id, removed);
        if (!status.ok()) {
            dossier->setCommandError(status.error());
            return false;
        }
    }
    const Status committed = tx.commit();
    if (!committed.ok()) {
        dossier->setCommandError(committed.error());
        return false;
    }
    if (removed)
        dossier->announceSourcesRemoved(ids);
    else
        dossier->announceSourcesAdded(ids);
    return true;
}
} // namespace

ImportSourcesCommand::ImportSourcesCommand(Dossier *dossier, QVector<qint64> ids)
    : m_dossier(dossier)
    , m_ids(std::move(ids))
{
    //: Undo/redo action name, %n is a number of sources
    setText(tr("Import %n source(s)", "", int(m_ids.size())));
}

void ImportSourcesCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        m_dossier->announceSourcesAdded(m_ids);
        return;
    }
    if (!setRemoved(m_dossier, m_ids, false))
        setObsolete(true);
}

void ImportSourcesCommand::undo()
{
    if (!setRemoved(m_dossier, m_ids, true))
        setObsolete(true);
}

RemoveSourceCommand::RemoveSourceCommand(Dossier *dossier, qint64 id, const QString &title)
    : m_dossier(dossier)
    , m_id(id)
{
    setText(tr("Remove “%1”").arg(title));
}

void RemoveSourceCommand::redo()
{
    if (!setRemoved(m_dossier, { m_id }, true))
        setObsolete(true);
}

void RemoveSourceCommand::undo()
{
    if (!setRemoved(m_dossier, { m_id }, false))
        setObsolete(true);
}

EditSourceCommand::EditSourceCommand(Dossier *dossier, Source before, Source after)
    : m_dossier(dossier)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(m_before.title != m_after.title ? tr("Rename source") : tr("Edit source details"));
}

void EditSourceCommand::apply(const Source &source)
{
    const Status status = m_dossier->sources().updateMetadata(source);
    if (!status.ok()) {
        m_dossier->setCommandError(status.error());
        setObsolete(true);
        return;
    }
    m_dossier->announceSourceChanged(source.id);
}

void EditSourceCommand::redo()
{
    apply(m_after);
}

void EditSourceCommand::undo()
{
    apply(m_before);
}

} // namespace Recoupe
