// SPDX-License-Identifier: GPL-3.0-or-later
#include "moveanchorcommand.h"

#include "storage/annotationstore.h"
#include "storage/dossier.h"

namespace Recoupe {

MoveAnchorCommand::MoveAnchorCommand(Dossier *dossier, qint64 annotationId, Anchor before, Anchor after)
    : m_dossier(dossier)
    , m_annotationId(annotationId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    //: Undo/redo action name
    setText(tr("Attach highlight to passage"));
}

void MoveAnchorCommand::apply(const Anchor &anchor)
{
    const Status status = m_dossier->annotations().updateAnchor(anchor);
    if (!status.ok()) {
        m_dossier->setCommandError(status.error());
        setObsolete(true);
        return;
    }
    if (const auto annotation = m_dossier->annotations().get(m_annotationId))
        m_dossier->announceChanged(*annotation);
}

void MoveAnchorCommand::redo()
{
    apply(m_after);
}

void MoveAnchorCommand::undo()
{
    apply(m_before);
}

} // namespace Recoupe
