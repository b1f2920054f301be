// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionlistmodel.h"

#include "entities/entitysuggester.h"
#include "graph/entitystyle.h"
#include "model/entity.h"

#include <QFont>

#include <algorithm>

namespace Recoupe {

SuggestionListModel::SuggestionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SuggestionListModel::setSuggestions(const QVector<EntitySuggestion> &suggestions)
{
    beginResetModel();
    m_rows.clear();
    m_removed.clear();
    for (const EntitySuggestion &s : suggestions)
        m_rows.append(Row {s, QString(), QString(), int(m_rows.size())});
    endResetModel();
}

void SuggestionListModel::clear()
{
    setSuggestions({});
}

QString SuggestionListModel::chosenName(int row) const
{
    const Row &r = m_rows.at(row);
    return r.name.isEmpty() ? r.suggestion.name : r.name;
}

QString SuggestionListModel::chosenType(int row) const
{
    const Row &r = m_rows.at(row);
    return r.type.isEmpty() ? r.suggestion.type : r.type;
}

int SuggestionListModel::rowForKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).suggestion.key == key)
            return i;
    }
    return -1;
}

bool SuggestionListModel::setName(int row, const QString &name)
{
    if (row < 0 || row >= m_rows.size() || name.trimmed().isEmpty())
        return false;
    const QString trimmed = name.trimmed();
    m_rows[row].name = trimmed == m_rows.at(row).suggestion.name ? QString() : trimmed;
    Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn));
    return true;
}

bool SuggestionListModel::setType(int row, const QString &type)
{
    if (row < 0 || row >= m_rows.size() || !Entity::isKnownType(type))
        return false;
    m_rows[row].type = type == m_rows.at(row).suggestion.type ? QString() : type;
    Q_EMIT dataChanged(index(row, NameColumn), index(row, TypeColumn));
    return true;
}

void SuggestionListModel::mergeRows(int intoRow, QVector<int> rows)
{
    rows.removeAll(intoRow);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (intoRow < 0 || intoRow >= m_rows.size() || rows.isEmpty())
        return;
    Row merged = m_rows.at(intoRow);
    for (int row : std::as_const(rows))
        merged.suggestion = EntitySuggester::merge(merged.suggestion, m_rows.at(row).suggestion);
    m_rows[intoRow] = merged;
    Q_EMIT dataChanged(index(intoRow, 0), index(intoRow, ColumnCount - 1));
    // Highest first, so the remaining row numbers stay right.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        beginRemoveRows({}, *it, *it);
        m_rows.remove(*it);
        endRemoveRows();
    }
}

void SuggestionListModel::removeRowsByKey(const QStringList &keys)
{
    for (const QString &key : keys) {
        const int row = rowForKey(key);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_removed.insert(key, m_rows.takeAt(row));
        endRemoveRows();
    }
}

void SuggestionListModel::restoreRowsByKey(const QStringList &keys)
{
    for (const QString &key : keys) {
        const auto it = m_removed.constFind(key);
        if (it == m_removed.constEnd())
            continue;
        const Row row = *it;
        m_removed.erase(it);
        const auto at = std::find_if(
            m_rows.cbegin(), m_rows.cend(), [&row](const Row &r) { return r.order > row.order; });
        const int position = int(at - m_rows.cbegin());
        beginInsertRows({}, position, position);
        m_rows.insert(position, row);
        endInsertRows();
    }
}

int SuggestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SuggestionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_rows.at(index.row());
    const EntitySuggestion &s = r.suggestion;
    const QString type = chosenType(index.row());
    switch (role) {
    case KeyRole:
        return s.key;
    case TypeRole:
        return type;
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(EntityStyle::icon(type)) : QVariant();
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return chosenName(index.row());
        if (index.column() == TypeColumn)
            return type;
        break;
    case Qt::ToolTipRole:
        if (!r.name.isEmpty())
            //: Tooltip of a renamed suggestion: %1 the name the sources use
            return tr("Suggested as “%1”; accepting keeps it as another name.").arg(s.name);
        return s.aliases.isEmpty() ? QVariant() : QVariant(s.aliases.join(QStringLiteral(", ")));
    case Qt::FontRole:
        if (index.column() == NameColumn && !r.name.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn || index.column() == SourcesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        if (index.column() == MentionsColumn)
            return s.mentions;
        if (index.column() == SourcesColumn)
            return int(s.sourceIds.size());
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return chosenName(index.row());
        case TypeColumn:
            return EntityStyle::typeName(type);
        case MentionsColumn:
            return s.mentions;
        case SourcesColumn:
            return int(s.sourceIds.size());
        case AliasesColumn:
            return s.aliases.join(QStringLiteral(", "));
        }
        break;
    default:
        break;
    }
    return QVariant();
}

bool SuggestionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == NameColumn)
        return setName(index.row(), value.toString());
    if (index.column() == TypeColumn)
        return setType(index.row(), value.toString());
    return false;
}

Qt::ItemFlags SuggestionListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SuggestionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        //: Column of the suggestions list
        return tr("Name");
    case TypeColumn:
        //: Column of the suggestions list
        return tr("Type");
    case MentionsColumn:
        //: Column of the suggestions list: how many times the name occurs
        return tr("Mentions");
    case SourcesColumn:
        //: Column of the suggestions list: in how many sources the name occurs
        return tr("Sources");
    case AliasesColumn:
        //: Column of the suggestions list: variants grouped with the name
        return tr("Variants");
    }
    return QVariant();
}

} // namespace Recoupe
