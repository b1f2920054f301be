// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/tag.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace Recoupe {

class Dossier;

// Merges one codebook tag into another: its annotations and claims get the other tag, its
// sub-tags move under the other tag, and it goes. Undo restores it exactly.
class MergeTagsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeTagsCommand)

public:
    MergeTagsCommand(Dossier *dossier, Tag from, Tag into);
    void redo() override;
    void undo() override;

private:
    bool apply(bool forward);

    Dossier *m_dossier;
    Tag m_from;
    Tag m_into;
    QVector<qint64> m_children;
    QVector<qint64> m_annotations; // tagged `from` before the merge
    QVector<qint64> m_claims;
    QVector<qint64> m_addedAnnotations; // got `into` from the merge
    QVector<qint64> m_addedClaims;
};

} // namespace Recoupe
