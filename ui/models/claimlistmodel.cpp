// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimlistmodel.h"

#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"

#include <QColor>

#include <algorithm>

namespace Recoupe {

namespace {

constexpr int MaxListedLength = 180;

} // namespace

ClaimListModel::ClaimListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ClaimListModel::~ClaimListModel() = default;

Dossier *ClaimListModel::dossier() const
{
    return m_dossier;
}

void ClaimListModel::setDossier(Dossier *dossier)
{
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    if (m_dossier) {
        connect(m_dossier, &Dossier::claimAdded, this, &ClaimListModel::onClaimAdded);
        connect(m_dossier, &Dossier::claimRemoved, this, &ClaimListModel::onClaimRemoved);
        connect(m_dossier, &Dossier::claimChanged, this, &ClaimListModel::onClaimChanged);
        connect(m_dossier, &Dossier::entityAdded, this, &ClaimListModel::onEntityChanged);
        connect(m_dossier, &Dossier::entityChanged, this, &ClaimListModel::onEntityChanged);
        connect(m_dossier, &Dossier::entityRemoved, this, &ClaimListModel::onEntityRemoved);
        // Evidence counts drop when a cited highlight goes.
        connect(m_dossier, &Dossier::annotationRemoved, this, [this](qint64, qint64 annotationId) {
            for (int row = 0; row < m_claims.size(); ++row) {
                if (m_claims.at(row).evidenceIds.contains(annotationId))
                    onClaimChanged(m_claims.at(row).id);
            }
        });
        connect(m_dossier, &Dossier::annotationAdded, this, [this](qint64, qint64 annotationId) {
            if (!m_dossier)
                return;
            const auto annotation = m_dossier->annotations().get(annotationId);
            if (!annotation)
                return;
            for (qint64 claimId : annotation->claimIds)
                onClaimChanged(claimId);
        });
        connect(m_dossier, &Dossier::sourceChanged, this, &ClaimListModel::recountOrigins);
        connect(m_dossier, &Dossier::sourcesRemoved, this, &ClaimListModel::recountOrigins);
        connect(m_dossier, &Dossier::sourcesAdded, this, &ClaimListModel::recountOrigins);
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
    }
    reload();
}

void ClaimListModel::reload()
{
    beginResetModel();
    m_claims.clear();
    m_entityNames.clear();
    m_origins.clear();
    if (m_dossier) {
        m_claims = m_dossier->claims().all();
        std::sort(
            m_claims.begin(), m_claims.end(), [](const Claim &a, const Claim &b) { return a.id < b.id; });
        loadEntityNames();
        for (const Claim &claim : std::as_const(m_claims))
            countOrigins(claim);
    }
    endResetModel();
}

void ClaimListModel::loadEntityNames()
{
    m_entityNames.clear();
    for (const Entity &entity : m_dossier->entities().all())
        m_entityNames.insert(entity.id, entity.name);
}

int ClaimListModel::rowForClaim(qint64 claimId) const
{
    const auto it = std::lower_bound(
        m_claims.cbegin(), m_claims.cend(), claimId, [](const Claim &c, qint64 id) { return c.id < id; });
    if (it == m_claims.cend() || it->id != claimId)
        return -1;
    return int(it - m_claims.cbegin());
}

qint64 ClaimListModel::claimId(int row) const
{
    return row >= 0 && row < m_claims.size() ? m_claims.at(row).id : 0;
}

void ClaimListModel::onClaimAdded(qint64 id)
{
    if (!m_dossier || rowForClaim(id) >= 0)
        return;
    const auto claim = m_dossier->claims().get(id);
    if (!claim)
        return;
    // Undoing a deletion brings a claim back under its old id: it returns to its old row.
    const auto it = std::lower_bound(
        m_claims.cbegin(), m_claims.cend(), id, [](const Claim &c, qint64 value) { return c.id < value; });
    const int row = int(it - m_claims.cbegin());
    beginInsertRows({}, row, row);
    m_claims.insert(row, *claim);
    countOrigins(*claim);
    endInsertRows();
}

void ClaimListModel::onClaimRemoved(qint64 id)
{
    const int row = rowForClaim(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_claims.removeAt(row);
    m_origins.remove(id);
    endRemoveRows();
}

void ClaimListModel::onClaimChanged(qint64 id)
{
    if (!m_dossier)
        return;
    const int row = rowForClaim(id);
    if (row < 0) {
        onClaimAdded(id);
        return;
    }
    const auto claim = m_dossier->claims().get(id);
    if (!claim) {
        onClaimRemoved(id);
        return;
    }
    m_claims[row] = *claim;
    countOrigins(*claim);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ClaimListModel::countOrigins(const Claim &claim)
{
    if (m_dossier)
        m_origins.insert(claim.id, EvidenceOrigins::of(*m_dossier, claim.evidenceIds));
}

void ClaimListModel::recountOrigins()
{
    if (!m_dossier || m_claims.isEmpty())
        return;
    for (const Claim &claim : std::as_const(m_claims))
        countOrigins(claim);
    Q_EMIT dataChanged(index(0, 0), index(int(m_claims.size()) - 1, ColumnCount - 1));
}

void ClaimListModel::onEntityChanged(qint64 id)
{
    if (!m_dossier)
        return;
    const auto entity = m_dossier->entities().get(id);
    if (!entity)
        return;
    m_entityNames.insert(id, entity->name);
    // An entity brought back by undo may be the speaker of claims again: re-read those.
    for (int row = 0; row < m_claims.size(); ++row) {
        const auto fresh = m_dossier->claims().get(m_claims.at(row).id);
        if (fresh && (fresh->speakerId == id || m_claims.at(row).speakerId == id)) {
            m_claims[row] = *fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void ClaimListModel::onEntityRemoved(qint64 id)
{
    m_entityNames.remove(id);
    if (!m_dossier)
        return;
    for (int row = 0; row < m_claims.size(); ++row) {
        if (m_claims.at(row).speakerId != id && !m_claims.at(row).subjectIds.contains(id))
            continue;
        const auto fresh = m_dossier->claims().get(m_claims.at(row).id);
        if (fresh)
            m_claims[row] = *fresh;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QString ClaimListModel::statusLabel(Claim::Status status)
{
    switch (status) {
    case Claim::Status::ToVerify:
        //: Status of a claim
        return tr("To verify");
    case Claim::Status::Supported:
        //: Status of a claim: the evidence supports it
        return tr("Supported");
    case Claim::Status::Disputed:
        //: Status of a claim: sources disagree
        return tr("Disputed");
    case Claim::Status::Refuted:
        //: Status of a claim: the evidence shows it is false
        return tr("Refuted");
    }
    return {};
}

QString ClaimListModel::stanceLabel(Claim::Stance stance)
{
    switch (stance) {
    case Claim::Stance::None:
        //: Stance of a claim's speaker: none given
        return tr("No stance");
    case Claim::Stance::Asserts:
        //: Stance of a claim's speaker towards the statement
        return tr("Asserts");
    case Claim::Stance::Denies:
        //: Stance of a claim's speaker towards the statement
        return tr("Denies");
    case Claim::Stance::Reports:
        //: Stance of a claim's speaker: reports what someone else says
        return tr("Reports");
    case Claim::Stance::Doubts:
        //: Stance of a claim's speaker towards the statement
        return tr("Doubts");
    }
    return {};
}

QColor ClaimListModel::statusColor(Claim::Status status)
{
    switch (status) {
    case Claim::Status::ToVerify:
        return QColor(QStringLiteral("#9e9e9e"));
    case Claim::Status::Supported:
        return QColor(QStringLiteral("#43a047"));
    case Claim::Status::Disputed:
        return QColor(QStringLiteral("#fb8c00"));
    case Claim::Status::Refuted:
        return QColor(QStringLiteral("#e53935"));
    }
    return {};
}

QString ClaimListModel::summary(const Claim &claim) const
{
    QStringList parts {statusLabel(claim.status)};
    const QString speaker = claim.speakerId ? m_entityNames.value(claim.speakerId) : QString();
    if (!speaker.isEmpty()) {
        switch (claim.stance) {
        case Claim::Stance::None:
            //: Claim summary: %1 is the person or institution making the statement
            parts.append(tr("said by %1").arg(speaker));
            break;
        case Claim::Stance::Asserts:
            //: Claim summary: %1 is the person or institution making the statement
            parts.append(tr("%1 asserts it").arg(speaker));
            break;
        case Claim::Stance::Denies:
            //: Claim summary: %1 is the person or institution making the statement
            parts.append(tr("%1 denies it").arg(speaker));
            break;
        case Claim::Stance::Reports:
            //: Claim summary: %1 reports what someone else says
            parts.append(tr("%1 reports it").arg(speaker));
            break;
        case Claim::Stance::Doubts:
            //: Claim summary: %1 is the person or institution making the statement
            parts.append(tr("%1 doubts it").arg(speaker));
            break;
        }
    } else if (claim.stance != Claim::Stance::None) {
        parts.append(stanceLabel(claim.stance));
    }
    const int evidence = int(claim.evidenceIds.size());
    //: Claim summary: how many passages the claim cites
    parts.append(evidence ? tr("%n passage(s) cited", "", evidence) : tr("no evidence yet"));
    const auto origins = m_origins.constFind(claim.id);
    if (evidence && origins != m_origins.cend())
        parts.append(origins->summary());
    //: Separates the parts of a claim's summary line
    return parts.join(tr(" · "));
}

int ClaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim &claim = m_claims.at(index.row());
    if (role == ClaimIdRole)
        return claim.id;
    if (role == StatusRole)
        return int(claim.status);
    if (role == SummaryRole)
        return summary(claim);
    if (role == DistinctSourcesRole)
        return m_origins.value(claim.id).distinctCount();
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole) {
            // The list shows the gist; the editor and the tooltip have all of it.
            const QString flat = claim.text.simplified();
            return flat.size() <= MaxListedLength ? flat : flat.left(MaxListedLength - 1) + QChar(0x2026);
        }
        if (role == Qt::ToolTipRole)
            return claim.note.isEmpty() ? claim.text : claim.text + QStringLiteral("\n\n") + claim.note;
        if (role == Qt::DecorationRole)
            return statusColor(claim.status);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusLabel(claim.status);
        break;
    case SpeakerColumn:
        if (role == Qt::DisplayRole)
            return claim.speakerId ? m_entityNames.value(claim.speakerId) : QString();
        break;
    case StanceColumn:
        if (role == Qt::DisplayRole)
            return claim.stance == Claim::Stance::None ? QString() : stanceLabel(claim.stance);
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole)
            return int(claim.evidenceIds.size());
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        if (role == Qt::ToolTipRole) {
            const EvidenceOrigins origins = m_origins.value(claim.id);
            const QString shared = origins.sharedOriginsText();
            //: Tooltip of the evidence count: %1 is "N distinct source(s)", maybe with shared origins
            QString tip = tr("%n passage(s) cited as evidence, from %1", "", int(claim.evidenceIds.size()))
                              .arg(origins.summary());
            return shared.isEmpty() ? tip : tip + QLatin1Char('\n') + shared;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        //: Column header in the claims list
        return tr("Claim");
    case StatusColumn:
        //: Column header in the claims list
        return tr("Status");
    case SpeakerColumn:
        //: Column header in the claims list: who makes the statement
        return tr("Speaker");
    case StanceColumn:
        //: Column header in the claims list
        return tr("Stance");
    case EvidenceColumn:
        //: Column header in the claims list: number of passages cited
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace Recoupe
