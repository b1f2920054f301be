// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entitysuggestion.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Recoupe {

// The people and institutions the suggester found, waiting for the user's review: name, type,
// how often and in how many sources they occur, and the other names grouped with them. The
// user may rename a suggestion or change its type before accepting it (Name and Type are
// editable), and merge two that are one.
class SuggestionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        MentionsColumn,
        SourcesColumn,
        AliasesColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        TypeRole, // the chosen FtM type
        SortRole
    };

    explicit SuggestionListModel(QObject *parent = nullptr);

    void setSuggestions(const QVector<EntitySuggestion> &suggestions);
    void clear();
    const EntitySuggestion &suggestion(int row) const { return m_rows.at(row).suggestion; }
    // What accepting the row creates: the suggested name and type unless the user changed them.
    QString chosenName(int row) const;
    QString chosenType(int row) const;
    int rowForKey(const QString &key) const;

    bool setName(int row, const QString &name);
    bool setType(int row, const QString &type);
    // Merges the other rows into `intoRow` (EntitySuggester::merge); they disappear.
    void mergeRows(int intoRow, QVector<int> rows);
    // Takes the rows out of the list and keeps them (with the user's name and type) for
    // restoreRowsByKey, which puts them back in their place: an undone accept or reject.
    void removeRowsByKey(const QStringList &keys);
    void restoreRowsByKey(const QStringList &keys);
    bool isRemoved(const QString &key) const { return m_removed.contains(key); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        EntitySuggestion suggestion;
        QString name; // empty: the suggestion's
        QString type;
        int order = 0; // place in the suggester's list
    };
    QVector<Row> m_rows;
    QHash<QString, Row> m_removed;
};

} // namespace Recoupe
