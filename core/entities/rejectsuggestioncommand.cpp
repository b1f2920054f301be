// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectsuggestioncommand.h"

#include "storage/database.h"
#include "storage/dossier.h"

#include <utility>

namespace Recoupe {

RejectSuggestionCommand::RejectSuggestionCommand(
    Dossier *dossier, QString key, QString name, bool reject, QString *error)
    : m_dossier(dossier)
    , m_key(std::move(key))
    , m_name(std::move(name))
    , m_reject(reject)
    , m_firstError(error)
{
    Statement &stmt = m_dossier->database().cached("SELECT name FROM rejected_suggestions WHERE key = ?1");
    stmt.bind(1, m_key);
    if (stmt.next()) {
        m_wasPresent = true;
        m_previousName = stmt.text(0);
    }
    stmt.reset();
    if (m_name.isEmpty())
        m_name = m_previousName;
    setText(reject ? tr("Reject suggestion “%1”").arg(m_name) : tr("Suggest “%1” again").arg(m_name));
}

bool RejectSuggestionCommand::write(bool present, const QString &name)
{
    Database &db = m_dossier->database();
    bool ok;
    if (present) {
        ok = db.cached("INSERT OR REPLACE INTO rejected_suggestions(key, name) VALUES (?1, ?2)")
                 .bind(1, m_key)
                 .bind(2, name.isEmpty() ? m_key : name)
                 .exec();
    } else {
        ok = db.cached("DELETE FROM rejected_suggestions WHERE key = ?1").bind(1, m_key).exec();
    }
    QString *firstError = std::exchange(m_firstError, nullptr);
    if (!ok) {
        const QString message = tr("Cannot remember the rejected suggestion: %1").arg(db.lastError());
        m_dossier->setCommandError(message);
        if (firstError)
            *firstError = message;
        setObsolete(true);
    }
    return ok;
}

void RejectSuggestionCommand::redo()
{
    write(m_reject, m_name);
}

void RejectSuggestionCommand::undo()
{
    write(m_wasPresent, m_previousName);
}

} // namespace Recoupe
