// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Recoupe {

class Dossier;

// Citing a passage in an existing claim: the claim's evidence grows by one annotation, through
// the Dossier's updateClaim intent, as one undo step named for what the user did.
class ClaimCitation
{
    Q_DECLARE_TR_FUNCTIONS(ClaimCitation)

public:
    // Refused (nothing pushed) when the claim already cites the passage or either is gone.
    static Status cite(Dossier &dossier, qint64 claimId, qint64 annotationId);
};

} // namespace Recoupe
