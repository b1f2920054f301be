// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/anchor.h"
#include "storage/sourcestore.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Recoupe {

class Dossier;

// Puts a new version of a source's content in place and re-anchors every passage of it:
// each anchor stays, moves to where its quote now is, or is flagged as an orphan. The content it
// replaces is kept in the source's history; undo takes it out of the history and puts it back.
class ReplaceSourceContentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceSourceContentCommand)

public:
    ReplaceSourceContentCommand(Dossier *dossier, qint64 sourceId, SourceDraft content);
    void redo() override;
    void undo() override;

private:
    bool apply(SourceDraft &content, const QVector<Anchor> &anchors, bool keepReplaced);

    Dossier *m_dossier;
    qint64 m_sourceId;
    SourceDraft m_before;
    SourceDraft m_after;
    SourceVersion m_replaced; // the history row of the content replaced
    QVector<Anchor> m_anchorsBefore;
    QVector<Anchor> m_anchorsAfter; // computed on first redo
};

} // namespace Recoupe
