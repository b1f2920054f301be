// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Recoupe {

class Dossier;
class SpellCheckDecorator;
class SpellChecker;

// Edits one claim in place (it lives in the claims dock): statement and note, spell-checked as
// you type; status, speaker and stance; the evidence passages, each of which opens in a reader,
// and how many distinct sources they come from. A highlight dragged from the Annotations dock and
// dropped here is cited.
// Typing is saved after a short pause through Dossier::updateClaim(claim, typing = true), so one
// burst of typing is one undo step; the other fields are one undo step per change.
class ClaimEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimEditor(QWidget *parent = nullptr);
    ~ClaimEditor() override;

    void setDossier(Dossier *dossier);
    // 0: nothing to edit (the editor is disabled and empty).
    void setClaim(qint64 claimId);
    qint64 claimId() const { return m_claimId; }
    // Not owned; nullptr turns checking off.
    void setSpellChecker(SpellChecker *checker, const QString &unavailableReason = QString());

    QPlainTextEdit *statementEdit() const { return m_text; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *speakerBox() const { return m_speaker; }
    QComboBox *stanceBox() const { return m_stance; }
    QListWidget *evidenceList() const { return m_evidence; }
    // "2 distinct sources", and which cited sources share their origin.
    QLabel *sourcesLabel() const { return m_sources; }
    SpellCheckDecorator *statementSpelling() const { return m_textSpelling; }
    SpellCheckDecorator *noteSpelling() const { return m_noteSpelling; }

    // Saves typing not yet written (the pause has not elapsed). Called before switching claims.
    void flush();
    // Adds highlights to the claim's evidence, as one undo step (a row dropped from the
    // Annotations dock). Highlights the claim already cites are skipped.
    Status cite(const QVector<qint64> &annotationIds);

Q_SIGNALS:
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void load();
    void loadSpeakers();
    void loadEvidence();
    void onTyping();
    void saveTyping();
    void onFieldChanged();
    void onClaimChanged(qint64 id);
    void removeSelectedEvidence();
    void openEvidence(QListWidgetItem *item, bool newPane);
    void setMessage(const QString &message);

    QPointer<Dossier> m_dossier;
    qint64 m_claimId = 0;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_speaker = nullptr;
    QComboBox *m_stance = nullptr;
    QListWidget *m_evidence = nullptr;
    QPushButton *m_removeEvidence = nullptr;
    QLabel *m_sources = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_spellState = nullptr;
    QTimer *m_typingTimer = nullptr;
    SpellCheckDecorator *m_textSpelling = nullptr;
    SpellCheckDecorator *m_noteSpelling = nullptr;
    bool m_loading = false; // fields are being filled from the store: not an edit
    bool m_saving = false; // our own change is being announced: do not reload over the user
};

} // namespace Recoupe
