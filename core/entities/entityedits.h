// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Recoupe {

class Dossier;

// Edits that touch an entity and what refers to it, each one undo step built from the
// dossier's intents.
class EntityEdits
{
    Q_DECLARE_TR_FUNCTIONS(EntityEdits)

public:
    explicit EntityEdits(Dossier *dossier);

    // Gives an entity a new name; the old one stays as an alias unless `keepOldNameAsAlias` is false.
    Status rename(qint64 entityId, const QString &name, bool keepOldNameAsAlias = true);

    // Merges `from` into `into`: `into` gets `from`'s name and aliases as aliases and its notes,
    // every relationship, claim (speaker, subject) and mention of `from` moves to `into`, and
    // `from` goes. A relationship between the two would link `into` to itself: it is removed.
    Status merge(qint64 from, qint64 into);

private:
    Dossier *m_dossier;
};

} // namespace Recoupe
