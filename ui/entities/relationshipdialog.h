// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/evidencedates.h"
#include "model/relationship.h"
#include "result.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Recoupe {

class Dossier;
class EvidenceList;
class PartialDateEdit;

// Creates or edits a relationship between two entities: its FollowTheMoney type (or the user's
// own label), the role, start and end dates at the precision the sources give (with the dates
// its evidence mentions offered as suggestions), a note and the evidence passages. Where
// sources disagree on its dates, the dialog says so. Saving is one undo step, the new highlight
// of a passage selected in the reader included.
class RelationshipDialog : public QDialog
{
    Q_OBJECT

public:
    RelationshipDialog(Dossier *dossier, QWidget *parent = nullptr);

    // An existing relationship to edit, or a new one (id 0) to prefill.
    void setRelationship(const Relationship &relationship);
    void setEntities(qint64 fromEntity, qint64 toEntity);
    // A passage selected in a reader: saved as a highlight and cited as evidence.
    void setPendingPassage(qint64 sourceId, qint64 start, qint64 end);
    void addEvidence(qint64 annotationId);
    // The relationship as the fields describe it.
    Relationship relationship() const;

    // The dates the evidence mentions, as offered.
    const QVector<DateMention> &dateSuggestions() const { return m_suggestions; }
    // Puts the suggestion in the start or end field, as its role says (a plain date fills the
    // start when it is empty, else the end).
    void useSuggestion(int index);

    // Saves through the Dossier's intents, one undo step; returns the relationship's id.
    Result<qint64> apply();
    qint64 savedId() const { return m_savedId; }

    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *labelEdit() const { return m_label; }
    QLineEdit *roleEdit() const { return m_role; }
    PartialDateEdit *startEdit() const { return m_start; }
    PartialDateEdit *endEdit() const { return m_end; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    EvidenceList *evidenceList() const { return m_evidence; }
    QListWidget *suggestionList() const { return m_suggestionList; }
    QLabel *conflictLabel() const { return m_conflicts; }
    // "No passage supports this yet": shown while the relationship cites no evidence. Saving
    // it all the same is allowed.
    QLabel *unsupportedLabel() const { return m_unsupported; }

    void accept() override;

Q_SIGNALS:
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);

private:
    void fillEntities();
    void updateLabelField();
    void refreshEvidence();
    void updateSupportWarning();
    void refreshSuggestions();
    void pickEvidence();
    void removeSelectedEvidence();
    QString validate() const;

    QPointer<Dossier> m_dossier;
    Relationship m_original;
    QVector<qint64> m_evidenceIds;
    qint64 m_pendingSource = 0;
    qint64 m_pendingStart = 0;
    qint64 m_pendingEnd = 0;
    qint64 m_savedId = 0;
    QVector<DateMention> m_suggestions;

    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_type;
    QLineEdit *m_label;
    QLineEdit *m_role;
    PartialDateEdit *m_start;
    PartialDateEdit *m_end;
    QListWidget *m_suggestionList;
    QLabel *m_conflicts;
    QPlainTextEdit *m_note;
    EvidenceList *m_evidence;
    QLabel *m_pending;
    QLabel *m_unsupported;
    QLabel *m_error;
};

} // namespace Recoupe
