// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Recoupe {

class Dossier;

// Adds a word to the dossier's own dictionary for a language; undo takes it out again.
class DictionaryWordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DictionaryWordCommand)

public:
    DictionaryWordCommand(Dossier *dossier, QString language, QString word);
    void redo() override;
    void undo() override;

private:
    Dossier *m_dossier;
    QString m_language;
    QString m_word;
};

} // namespace Recoupe
