// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/anchor.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Recoupe {

class Dossier;

// Moves an annotation's passage to another range of its source, as the review of orphans after
// a newer version does: the anchor keeps its id, takes the new quote and is no longer an orphan.
class MoveAnchorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveAnchorCommand)

public:
    MoveAnchorCommand(Dossier *dossier, qint64 annotationId, Anchor before, Anchor after);
    void redo() override;
    void undo() override;

private:
    void apply(const Anchor &anchor);

    Dossier *m_dossier;
    qint64 m_annotationId;
    Anchor m_before;
    Anchor m_after;
};

} // namespace Recoupe
