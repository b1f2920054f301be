// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Recoupe {

class ClaimEditor;
class ClaimListModel;
class Dossier;
class DossierDictionary;
class SpellChecker;

// The investigator's claims: a list filtered by status, and an editor for the current one
// (statement and note spell-checked as you type, status, speaker, stance, evidence).
class ClaimsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ClaimsDock(Dossier *dossier, QWidget *parent = nullptr);
    ~ClaimsDock() override;

    // nullptr: no dossier open.
    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    ClaimListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    ClaimEditor *editor() const { return m_editor; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QAction *newClaimAction() const { return m_newClaim; }
    QAction *deleteClaimAction() const { return m_deleteClaim; }
    // The claim shown in the editor, 0 if none.
    qint64 currentClaimId() const;

public Q_SLOTS:
    // Shows the dock, selects the claim (clearing a status filter that hides it) and focuses
    // its statement.
    void showClaim(qint64 id);

Q_SIGNALS:
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);

private:
    void newClaim();
    void deleteClaim();
    // Shows the current claim in the editor.
    void syncEditor(bool keepHidden);
    void applyFilter();
    void setupSpellChecker();
    void showError(const QString &message);

    QPointer<Dossier> m_dossier;
    ClaimListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_filterNote = nullptr;
    ClaimEditor *m_editor = nullptr;
    QAction *m_newClaim = nullptr;
    QAction *m_deleteClaim = nullptr;
    std::unique_ptr<DossierDictionary> m_dictionary;
    std::unique_ptr<SpellChecker> m_spellChecker;
};

} // namespace Recoupe
