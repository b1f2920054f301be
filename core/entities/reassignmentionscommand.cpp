// SPDX-License-Identifier: GPL-3.0-or-later
#include "reassignmentionscommand.h"

#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/transaction.h"

#include <utility>

namespace Recoupe {

ReassignMentionsCommand::ReassignMentionsCommand(
    Dossier *dossier, qint64 fromEntity, qint64 toEntity, QString *error)
    : m_dossier(dossier)
    , m_from(fromEntity)
    , m_to(toEntity)
    , m_firstError(error)
{
    for (const Mention &m : m_dossier->entities().mentions(m_from))
        m_mentionIds.append(m.id);
    setText(tr("Move %n mention(s)", "", int(m_mentionIds.size())));
}

bool ReassignMentionsCommand::apply(qint64 owner)
{
    Database &db = m_dossier->database();
    Transaction tx(db);
    bool ok = tx.isActive();
    Statement &stmt = db.cached("UPDATE mentions SET entity_id = ?2 WHERE id = ?1");
    for (qint64 id : std::as_const(m_mentionIds)) {
        if (!ok)
            break;
        ok = stmt.bind(1, id).bind(2, owner).exec();
    }
    ok = ok && tx.commit().ok();
    QString *firstError = std::exchange(m_firstError, nullptr);
    if (!ok) {
        const QString message = tr("Cannot move the mentions: %1").arg(db.lastError());
        m_dossier->setCommandError(message);
        if (firstError)
            *firstError = message;
        setObsolete(true);
        return false;
    }
    Q_EMIT m_dossier->entityChanged(m_from);
    Q_EMIT m_dossier->entityChanged(m_to);
    return true;
}

void ReassignMentionsCommand::redo()
{
    apply(m_to);
}

void ReassignMentionsCommand::undo()
{
    apply(m_from);
}

} // namespace Recoupe
