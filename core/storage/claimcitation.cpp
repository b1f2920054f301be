// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcitation.h"

#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"

#include <QUndoStack>

namespace Recoupe {

Status ClaimCitation::cite(Dossier &dossier, qint64 claimId, qint64 annotationId)
{
    auto claim = dossier.claims().get(claimId);
    if (!claim)
        return Error {tr("There is no claim %1 in this dossier.").arg(claimId)};
    if (!dossier.annotations().get(annotationId))
        return Error {tr("There is no annotation %1 in this dossier.").arg(annotationId)};
    if (claim->evidenceIds.contains(annotationId)) {
        return Error {
            tr("The claim “%1” already cites this passage.").arg(claim->text.simplified().left(80))};
    }
    claim->evidenceIds.append(annotationId);
    // updateClaim names its step "Change claim evidence"; the macro says what the user did.
    QUndoStack *stack = dossier.undoStack();
    //: Undo/redo action name
    stack->beginMacro(tr("Cite passage in claim"));
    const Status updated = dossier.updateClaim(*claim);
    stack->endMacro();
    if (!updated)
        stack->undo(); // the empty macro goes
    return updated;
}

} // namespace Recoupe
