// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"

#include "graph/entitystyle.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"

namespace Recoupe {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

EntityListModel::~EntityListModel()
{
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
}

Dossier *EntityListModel::dossier() const
{
    return m_dossier;
}

void EntityListModel::setDossier(Dossier *dossier)
{
    if (m_dossier == dossier && dossier)
        return;
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    if (m_dossier) {
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
        connect(m_dossier, &Dossier::entityAdded, this, &EntityListModel::onAdded);
        connect(m_dossier, &Dossier::entityRemoved, this, &EntityListModel::onRemoved);
        connect(m_dossier, &Dossier::entityChanged, this, &EntityListModel::onChanged);
        // Mentions in a removed source no longer count (and count again when it comes back).
        connect(m_dossier, &Dossier::sourcesRemoved, this, [this] { reload(); });
        connect(m_dossier, &Dossier::sourcesAdded, this, [this] { reload(); });
    }
    reload();
}

void EntityListModel::reload()
{
    beginResetModel();
    m_entities.clear();
    m_mentions.clear();
    if (m_dossier) {
        m_entities = m_dossier->entities().all();
        std::sort(m_entities.begin(), m_entities.end(),
            [](const Entity &a, const Entity &b) { return a.id < b.id; });
        Statement stmt = m_dossier->database().prepare(
            "SELECT m.entity_id, COUNT(*), SUM(m.confirmed = 0) FROM mentions m "
            "JOIN anchors a ON a.id = m.anchor_id JOIN sources s ON s.id = a.source_id "
            "WHERE s.removed = 0 GROUP BY m.entity_id");
        while (stmt.next())
            m_mentions.insert(stmt.int64(0), qMakePair(stmt.int32(1), stmt.int32(2)));
    }
    endResetModel();
}

void EntityListModel::loadCounts(qint64 entityId)
{
    if (!m_dossier)
        return;
    Statement stmt = m_dossier->database().prepare(
        "SELECT COUNT(*), SUM(m.confirmed = 0) FROM mentions m "
        "JOIN anchors a ON a.id = m.anchor_id JOIN sources s ON s.id = a.source_id "
        "WHERE s.removed = 0 AND m.entity_id = ?");
    stmt.bind(1, entityId);
    if (stmt.next())
        m_mentions.insert(entityId, qMakePair(stmt.int32(0), stmt.int32(1)));
}

int EntityListModel::rowForEntity(qint64 entityId) const
{
    for (int i = 0; i < m_entities.size(); ++i) {
        if (m_entities.at(i).id == entityId)
            return i;
    }
    return -1;
}

qint64 EntityListModel::entityId(int row) const
{
    return row >= 0 && row < m_entities.size() ? m_entities.at(row).id : 0;
}

void EntityListModel::onAdded(qint64 id)
{
    if (rowForEntity(id) >= 0 || !m_dossier)
        return;
    const auto entity = m_dossier->entities().get(id);
    if (!entity)
        return;
    // Ids grow with creation; an entity brought back by undo returns to its place.
    int row = 0;
    while (row < m_entities.size() && m_entities.at(row).id < id)
        ++row;
    beginInsertRows({}, row, row);
    m_entities.insert(row, *entity);
    loadCounts(id);
    endInsertRows();
}

void EntityListModel::onRemoved(qint64 id)
{
    const int row = rowForEntity(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entities.remove(row);
    m_mentions.remove(id);
    endRemoveRows();
}

void EntityListModel::onChanged(qint64 id)
{
    const int row = rowForEntity(id);
    if (row < 0 || !m_dossier) {
        onAdded(id);
        return;
    }
    if (const auto entity = m_dossier->entities().get(id))
        m_entities[row] = *entity;
    loadCounts(id);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entities.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entity &e = m_entities.at(index.row());
    const QPair<int, int> counts = m_mentions.value(e.id);
    switch (role) {
    case EntityIdRole:
        return e.id;
    case TypeRole:
        return e.type;
    case ToReviewRole:
        return counts.second;
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(EntityStyle::icon(e.type)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip
            = QStringLiteral("<b>%1</b> (%2)").arg(e.name.toHtmlEscaped(), EntityStyle::typeName(e.type));
        if (!e.aliases.isEmpty())
            //: %1 the other names of a person or an institution, separated by commas
            tip += QStringLiteral("<br>")
                + tr("Also: %1").arg(e.aliases.join(QStringLiteral(", ")).toHtmlEscaped());
        //: Tooltip of an entity: %n how many times the sources name it
        tip += QStringLiteral("<br>") + tr("Named %n time(s) in the sources.", "", counts.first);
        if (counts.second)
            tip += QStringLiteral(" ") + tr("%n of them still to review.", "", counts.second);
        if (!e.notes.isEmpty())
            tip += QStringLiteral("<hr>") + e.notes.toHtmlEscaped();
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == MentionsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case SortRole:
        if (index.column() == MentionsColumn)
            return counts.first;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case TypeColumn:
            return EntityStyle::typeName(e.type);
        case AliasesColumn:
            return e.aliases.join(QStringLiteral(", "));
        case MentionsColumn:
            if (role == Qt::DisplayRole && counts.second)
                //: Mentions of an entity: %1 in all, %2 still to review
                return tr("%1 (%2 to review)").arg(counts.first).arg(counts.second);
            return counts.first;
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        //: Column of the entities list
        return tr("Name");
    case TypeColumn:
        //: Column of the entities list
        return tr("Type");
    case AliasesColumn:
        //: Column of the entities list: other names the entity goes by
        return tr("Also known as");
    case MentionsColumn:
        //: Column of the entities list: how often the sources name the entity
        return tr("Mentions");
    }
    return QVariant();
}

} // namespace Recoupe
