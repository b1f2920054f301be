// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace Recoupe {

class Dossier;

// Remembers that the user does not want a suggested name (table rejected_suggestions), or with
// `reject` false, forgets that. Undo restores what was there before.
class RejectSuggestionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RejectSuggestionCommand)

public:
    // `error`, if given, receives the reason the first redo failed.
    RejectSuggestionCommand(
        Dossier *dossier, QString key, QString name, bool reject = true, QString *error = nullptr);
    void redo() override;
    void undo() override;

private:
    bool write(bool present, const QString &name);

    Dossier *m_dossier;
    QString m_key;
    QString m_name;
    bool m_reject;
    bool m_wasPresent = false;
    QString m_previousName;
    QString *m_firstError;
};

} // namespace Recoupe
