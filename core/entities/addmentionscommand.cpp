// SPDX-License-Identifier: GPL-3.0-or-later
#include "addmentionscommand.h"

#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/transaction.h"

#include <utility>

namespace Recoupe {

AddMentionsCommand::AddMentionsCommand(
    Dossier *dossier, qint64 entityId, QVector<Mention> mentions, QString *error)
    : m_dossier(dossier)
    , m_entityId(entityId)
    , m_mentions(std::move(mentions))
    , m_firstError(error)
{
    for (Mention &m : m_mentions)
        m.entityId = entityId;
    setText(tr("Mark %n mention(s)", "", int(m_mentions.size())));
}

void AddMentionsCommand::redo()
{
    Database &db = m_dossier->database();
    Transaction tx(db);
    Status status = tx.isActive() ? Status() : Status(Error { tx.error() });
    for (Mention &m : m_mentions) {
        if (!status.ok())
            break;
        const auto added = m_dossier->entities().addMention(m);
        if (!added)
            status = Error { added.error() };
    }
    if (status.ok())
        status = tx.commit();
    QString *firstError = std::exchange(m_firstError, nullptr);
    if (!status.ok()) {
        const QString message = tr("Cannot mark the mentions: %1").arg(status.error());
        m_dossier->setCommandError(message);
        if (firstError)
            *firstError = message;
        setObsolete(true);
        return;
    }
    Q_EMIT m_dossier->entityChanged(m_entityId);
}

void AddMentionsCommand::undo()
{
    Database &db = m_dossier->database();
    Transaction tx(db);
    Status status = tx.isActive() ? Status() : Status(Error { tx.error() });
    for (const Mention &m : std::as_const(m_mentions)) {
        if (!status.ok())
            break;
        status = m_dossier->entities().removeMention(m.id);
    }
    if (status.ok())
        status = tx.commit();
    if (!status.ok()) {
        m_dossier->setCommandError(tr("Cannot remove the mentions: %1").arg(status.error()));
        setObsolete(true);
        return;
    }
    Q_EMIT m_dossier->entityChanged(m_entityId);
}

} // namespace Recoupe
