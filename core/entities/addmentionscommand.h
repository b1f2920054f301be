// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/entitystore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Recoupe {

class Dossier;

// Records where an entity is named, in one transaction; undo removes those mentions and their
// anchors, redo puts them back under the same ids.
class AddMentionsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddMentionsCommand)

public:
    // `error`, if given, receives the reason the first redo failed (it is not kept afterwards).
    AddMentionsCommand(
        Dossier *dossier, qint64 entityId, QVector<Mention> mentions, QString *error = nullptr);
    void redo() override;
    void undo() override;

    const QVector<Mention> &mentions() const { return m_mentions; }

private:
    Dossier *m_dossier;
    qint64 m_entityId;
    QVector<Mention> m_mentions;
    QString *m_firstError;
};

} // namespace Recoupe
