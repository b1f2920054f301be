// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

namespace Recoupe {

class Dossier;

// Sources a worker has already written. The first redo does nothing; undo hides them
// (soft removal, so hundreds of megabytes need not sit in memory), redo shows them again.
class ImportSourcesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportSourcesCommand)

public:
    ImportSourcesCommand(Dossier *dossier, QVector<qint64> ids);
    void redo() override;
    void undo() override;

private:
    Dossier *m_dossier;
    QVector<qint64> m_ids;
    bool m_firstRedo = true;
};

class RemoveSourceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSourceCommand)

public:
    RemoveSourceCommand(Dossier *dossier, qint64 id, const QString &title);
    void redo() override;
    void undo() override;

private:
    Dossier *m_dossier;
    qint64 m_id;
};

class EditSourceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSourceCommand)

public:
    EditSourceCommand(Dossier *dossier, Source before, Source after);
    void redo() override;
    void undo() override;

private:
    void apply(const Source &source);

    Dossier *m_dossier;
    Source m_before;
    Source m_after;
};

} // namespace Recoupe
