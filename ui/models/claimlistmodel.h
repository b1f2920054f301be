// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/claim.h"
#include "storage/evidenceorigins.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Recoupe {

class Dossier;

// The dossier's claims in creation order, one row each: statement, status, speaker, stance, the
// number of passages cited as evidence and how many distinct sources they come from. Kept in step with the
// Dossier's claim and entity signals through row insertions, removals and dataChanged.
class ClaimListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TextColumn,
        StatusColumn,
        SpeakerColumn,
        StanceColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role
    {
        ClaimIdRole = Qt::UserRole + 1,
        StatusRole, // int(Claim::Status), for filtering
        // One line under the statement: "Supported · Mathieu Jeandron asserts it · 2 passages cited
        // · 1 distinct source (2 share their origin)"
        SummaryRole,
        // How many independent sources the evidence comes from (same URL or publisher and title
        // count once).
        DistinctSourcesRole,
    };

    explicit ClaimListModel(QObject *parent = nullptr);
    ~ClaimListModel() override;

    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    int rowForClaim(qint64 claimId) const;
    qint64 claimId(int row) const;
    const Claim &claim(int row) const { return m_claims.at(row); }
    QString speakerName(qint64 entityId) const { return m_entityNames.value(entityId); }

    // Words a user reads for a status or a stance.
    static QString statusLabel(Claim::Status status);
    static QString stanceLabel(Claim::Stance stance);
    static QColor statusColor(Claim::Status status);
    // The SummaryRole line of a claim: status, speaker with stance, evidence.
    QString summary(const Claim &claim) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void loadEntityNames();
    void onClaimAdded(qint64 id);
    void onClaimRemoved(qint64 id);
    void onClaimChanged(qint64 id);
    void onEntityChanged(qint64 id);
    void onEntityRemoved(qint64 id);
    // Sources' URLs, publishers and titles decide what counts as one source.
    void recountOrigins();
    void countOrigins(const Claim &claim);

    QPointer<Dossier> m_dossier;
    QVector<Claim> m_claims; // ordered by id, which is creation order
    QHash<qint64, QString> m_entityNames;
    QHash<qint64, EvidenceOrigins> m_origins; // by claim id
};

} // namespace Recoupe
