// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Recoupe {

class Dossier;

// The library: the dossier's live sources in import order, one row each, with kind, title,
// publisher, date and annotation count. Rows are read in batches as a view scrolls
// (canFetchMore/fetchMore over SourceStore::list), so a dossier of ten thousand sources opens
// at once; each change in the dossier touches only the rows it concerns.
//
// The rows held are always the first rowCount() live sources by id. A source added beyond them
// while more remain to fetch is simply fetched later.
class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        PublisherColumn,
        PublishedColumn,
        AnnotationsColumn,
        ColumnCount
    };
    enum Role
    {
        SourceIdRole = Qt::UserRole + 1,
        KindRole, // SourceKind as int
        SortRole, // what the column sorts by
    };

    explicit SourceListModel(QObject *parent = nullptr);

    // Shows a dossier's library (null for none): the one reset of this model.
    void setDossier(Dossier *dossier);
    Dossier *dossier() const;
    void setBatchSize(int rows) { m_batchSize = std::max(1, rows); }
    int batchSize() const { return m_batchSize; }
    // Reads every remaining row (before sorting or filtering the whole library).
    void fetchAll();
    // Live sources in the dossier, fetched or not.
    int totalCount() const { return m_total; }

    int rowOf(qint64 sourceId) const;
    qint64 sourceIdAt(int row) const;
    const Source &sourceAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Editing the title renames the source (undoable).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QIcon kindIcon(SourceKind kind);

Q_SIGNALS:
    // A rename was refused; the message says why.
    void editFailed(const QString &message);

private:
    void onSourcesAdded(const QVector<qint64> &ids);
    void onSourcesRemoved(const QVector<qint64> &ids);
    void onSourceChanged(qint64 id);
    void onAnnotationCountChanged(qint64 sourceId);
    // Where a source with this id belongs among the rows held (binary search on ids).
    int insertionRow(qint64 sourceId) const;

    QPointer<Dossier> m_dossier;
    QVector<Source> m_rows; // ascending ids
    // Set while rows are being inserted, removed or reset: views (and QAbstractItemModelTester)
    // that react by asking for more rows must wait until the change is complete.
    bool m_changing = false;
    int m_total = 0;
    int m_batchSize = 200;
};

} // namespace Recoupe
