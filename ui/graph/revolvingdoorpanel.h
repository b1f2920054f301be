// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Recoupe {

class Dossier;

// The revolving-door query on the dossier: people who left a role at a public body and, within
// the chosen number of months, joined a company or organization that deals with that body.
// Each case lists the relationships that make it, the evidence passages and the dates after the
// move read from the claims and passages, each typed by what it ends and listed with every place
// it was read; activating a row opens what it names.
class RevolvingDoorPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole, // relationship, annotation or claim id, by kind
        SourceIdRole,
        StartRole,
        EndRole,
        IsClaimRole, // reading rows: read from a claim (IdRole is the claim's)
        EndsRole // end-date rows: what the date ends (DateMention::Ends)
    };
    enum RowKind
    {
        CaseRow,
        RelationshipRow,
        EvidenceRow,
        EndDateRow, // a date after the move, typed by what it ends
        ReadingRow // below an end date: one place it was read
    };

    explicit RevolvingDoorPanel(Dossier *dossier, QWidget *parent = nullptr);

    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    int months() const;
    void setMonths(int months);
    QTreeWidget *tree() const { return m_tree; }
    // How many cases the last run found.
    int caseCount() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);
    void relationshipActivated(qint64 relationshipId);
    void claimActivated(qint64 claimId);

private:
    void updateMonthsSuffix();
    void activate(QTreeWidgetItem *item, bool newPane);
    void addRelationshipRow(QTreeWidgetItem *parent, qint64 relationshipId, const QString &what);

    QPointer<Dossier> m_dossier;
    QSpinBox *m_months;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QTimer *m_refreshTimer;
};

} // namespace Recoupe
