// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/tag.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

namespace Recoupe {

class Dossier;

// The codebook as a tree, read from TagStore once and then kept in step with the Dossier's
// tagAdded/tagRemoved/tagChanged signals through fine-grained row insertions, moves, removals
// and dataChanged (never a reset after an edit). Edits made in the view (rename, describe,
// drag and drop to move) go through the Dossier's intents, so each is one undo step.
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UsesColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        TagIdRole = Qt::UserRole + 1,
        ColorRole,
        PathRole, // "Réserves/Commission"
        UseCountRole
    };

    static constexpr const char *MimeType = "application/x-recoupe-tag-ids";

    explicit TagTreeModel(QObject *parent = nullptr);
    ~TagTreeModel() override;

    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    QModelIndex indexForTag(qint64 tagId, int column = NameColumn) const;
    qint64 tagId(const QModelIndex &index) const;
    // The tag as the model last read it (with its use count), if the model holds it.
    std::optional<Tag> tag(qint64 tagId) const;
    // Every tag below `tagId` (children, grandchildren…), not the tag itself.
    QVector<qint64> descendants(qint64 tagId) const;
    // "Parent/Child" path built from the model's own tree.
    QString path(qint64 tagId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

Q_SIGNALS:
    // An edit made through the model was refused (a duplicate name, an empty name…).
    void errorOccurred(const QString &message);

private:
    struct Node
    {
        Tag tag;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

    void reload();
    void syncTag(qint64 id);
    void removeTag(qint64 id);
    void scheduleCountRefresh();
    void refreshCounts();
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = NameColumn) const;
    int rowOf(const Node *node) const;
    // Where a tag belongs among `parent`'s children, ignoring `self`.
    int sortedRow(const Node *parent, const Tag &tag, const Node *self) const;
    void forget(Node *node);
    static QVector<qint64> decodeIds(const QMimeData *data);

    QPointer<Dossier> m_dossier;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_nodes;
    bool m_countRefreshPending = false;
};

} // namespace Recoupe
