// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Recoupe {

class Dossier;

// The dossier's people and institutions, one row each: name (with the type's shape), type,
// other names and how many times the sources name them (and how many of those are still to
// review). Kept in step with the Dossier's entity signals row by row, never reset per edit.
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        AliasesColumn,
        MentionsColumn,
        ColumnCount
    };
    enum Role
    {
        EntityIdRole = Qt::UserRole + 1,
        TypeRole, // the stored FtM type, for filtering
        SortRole,
        ToReviewRole // mentions not yet confirmed
    };

    explicit EntityListModel(QObject *parent = nullptr);
    ~EntityListModel() override;

    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    int rowForEntity(qint64 entityId) const;
    qint64 entityId(int row) const;
    const Entity &entity(int row) const { return m_entities.at(row); }
    int mentionCount(qint64 entityId) const { return m_mentions.value(entityId).first; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void loadCounts(qint64 entityId);
    void onAdded(qint64 id);
    void onRemoved(qint64 id);
    void onChanged(qint64 id);

    QPointer<Dossier> m_dossier;
    QVector<Entity> m_entities; // creation order; views sort through a proxy
    QHash<qint64, QPair<int, int>> m_mentions; // entity -> (mentions, to review)
};

} // namespace Recoupe
