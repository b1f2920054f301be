// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace Recoupe {

class Dossier;

// Moves every mention of one entity to another (part of merging two entities). Undo gives the
// same mentions back to the first entity.
class ReassignMentionsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReassignMentionsCommand)

public:
    // `error`, if given, receives the reason the first redo failed.
    ReassignMentionsCommand(Dossier *dossier, qint64 fromEntity, qint64 toEntity, QString *error = nullptr);
    void redo() override;
    void undo() override;

private:
    bool apply(qint64 owner);

    Dossier *m_dossier;
    qint64 m_from;
    qint64 m_to;
    QVector<qint64> m_mentionIds;
    QString *m_firstError;
};

} // namespace Recoupe
