// SPDX-License-Identifier: GPL-3.0-or-later
#include "dictionarywordcommand.h"

#include "spell/dossierdictionary.h"
#include "storage/dossier.h"

namespace Recoupe {

DictionaryWordCommand::DictionaryWordCommand(Dossier *dossier, QString language, QString word)
    : m_dossier(dossier)
    , m_language(std::move(language))
    , m_word(std::move(word))
{
    //: Undo/redo action name; %1 is a word
    setText(tr("Add “%1” to the dictionary").arg(m_word));
}

void DictionaryWordCommand::redo()
{
    const Result<bool> added = DossierDictionary(m_dossier->database()).add(m_language, m_word);
    if (!added) {
        m_dossier->setCommandError(added.error());
        setObsolete(true);
        return;
    }
    m_dossier->announceDictionaryChanged(m_language);
}

void DictionaryWordCommand::undo()
{
    const Result<bool> removed = DossierDictionary(m_dossier->database()).remove(m_language, m_word);
    if (!removed) {
        m_dossier->setCommandError(removed.error());
        setObsolete(true);
        return;
    }
    m_dossier->announceDictionaryChanged(m_language);
}

} // namespace Recoupe
