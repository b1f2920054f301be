// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtreemodel.h"

#include "storage/dossier.h"
#include "storage/tagstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QTimer>

#include <algorithm>

namespace Recoupe {

namespace {

bool sortsBefore(const Tag &a, const Tag &b)
{
    if (a.position != b.position)
        return a.position < b.position;
    return a.name < b.name;
}

} // namespace

TagTreeModel::TagTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

TagTreeModel::~TagTreeModel() = default;

Dossier *TagTreeModel::dossier() const
{
    return m_dossier;
}

void TagTreeModel::setDossier(Dossier *dossier)
{
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    if (m_dossier) {
        connect(m_dossier, &Dossier::tagAdded, this, &TagTreeModel::syncTag);
        connect(m_dossier, &Dossier::tagChanged, this, &TagTreeModel::syncTag);
        connect(m_dossier, &Dossier::tagRemoved, this, &TagTreeModel::removeTag);
        // Use counts follow the highlights; one refresh per burst of annotation changes.
        connect(m_dossier, &Dossier::annotationAdded, this, &TagTreeModel::scheduleCountRefresh);
        connect(m_dossier, &Dossier::annotationRemoved, this, &TagTreeModel::scheduleCountRefresh);
        connect(m_dossier, &Dossier::annotationChanged, this, &TagTreeModel::scheduleCountRefresh);
        connect(m_dossier, &Dossier::sourcesRemoved, this, &TagTreeModel::scheduleCountRefresh);
        connect(m_dossier, &Dossier::sourcesAdded, this, &TagTreeModel::scheduleCountRefresh);
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
    }
    reload();
}

void TagTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_nodes.clear();
    if (m_dossier) {
        // all() lists parents before children, siblings in order.
        const QVector<Tag> tags = m_dossier->tags().all();
        for (const Tag &tag : tags) {
            Node *parent = tag.parentId ? m_nodes.value(tag.parentId, nullptr) : m_root.get();
            if (!parent)
                continue;
            auto node = std::make_unique<Node>();
            node->tag = tag;
            node->parent = parent;
            m_nodes.insert(tag.id, node.get());
            parent->children.push_back(std::move(node));
        }
    }
    endResetModel();
}

int TagTreeModel::sortedRow(const Node *parent, const Tag &tag, const Node *self) const
{
    int row = 0;
    for (const auto &child : parent->children) {
        if (child.get() == self)
            continue;
        if (sortsBefore(tag, child->tag))
            break;
        ++row;
    }
    return row;
}

void TagTreeModel::syncTag(qint64 id)
{
    if (!m_dossier)
        return;
    const std::optional<Tag> fresh = m_dossier->tags().get(id);
    if (!fresh) {
        removeTag(id);
        return;
    }
    Node *parent = m_root.get();
    if (fresh->parentId) {
        if (!m_nodes.contains(fresh->parentId))
            syncTag(fresh->parentId); // a parent announced after its child: bring it in first
        parent = m_nodes.value(fresh->parentId, nullptr);
        if (!parent)
            return;
    }

    Node *node = m_nodes.value(id, nullptr);
    if (!node) {
        const int row = sortedRow(parent, *fresh, nullptr);
        beginInsertRows(indexFor(parent), row, row);
        auto created = std::make_unique<Node>();
        created->tag = *fresh;
        created->parent = parent;
        node = created.get();
        m_nodes.insert(id, node);
        parent->children.insert(parent->children.begin() + row, std::move(created));
        endInsertRows();
        return;
    }

    const int from = rowOf(node);
    const int to = sortedRow(parent, *fresh, node); // row once the node is out of the list
    if (node->parent != parent || to != from) {
        Node *oldParent = node->parent;
        const int destination = (oldParent == parent && to > from) ? to + 1 : to;
        if (beginMoveRows(indexFor(oldParent), from, from, indexFor(parent), destination)) {
            std::unique_ptr<Node> moving = std::move(oldParent->children[from]);
            oldParent->children.erase(oldParent->children.begin() + from);
            moving->parent = parent;
            parent->children.insert(parent->children.begin() + to, std::move(moving));
            endMoveRows();
        }
    }
    node->tag = *fresh;
    Q_EMIT dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
}

void TagTreeModel::removeTag(qint64 id)
{
    Node *node = m_nodes.value(id, nullptr);
    if (!node)
        return;
    // Sub-tags that still exist went elsewhere (a merge moves them to the kept tag): move them
    // there before the node goes, so the view keeps them.
    if (m_dossier) {
        QVector<qint64> children;
        for (const auto &child : node->children)
            children.append(child->tag.id);
        for (qint64 child : std::as_const(children)) {
            const auto fresh = m_dossier->tags().get(child);
            if (fresh && fresh->parentId != id)
                syncTag(child);
        }
    }
    Node *parent = node->parent;
    const int row = rowOf(node);
    beginRemoveRows(indexFor(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void TagTreeModel::forget(Node *node)
{
    for (const auto &child : node->children)
        forget(child.get());
    m_nodes.remove(node->tag.id);
}

void TagTreeModel::scheduleCountRefresh()
{
    if (m_countRefreshPending)
        return;
    m_countRefreshPending = true;
    QTimer::singleShot(0, this, &TagTreeModel::refreshCounts);
}

void TagTreeModel::refreshCounts()
{
    m_countRefreshPending = false;
    if (!m_dossier)
        return;
    const QVector<Tag> tags = m_dossier->tags().all();
    for (const Tag &fresh : tags) {
        Node *node = m_nodes.value(fresh.id, nullptr);
        if (node && node->tag.useCount != fresh.useCount) {
            node->tag.useCount = fresh.useCount;
            const QModelIndex uses = indexFor(node, UsesColumn);
            Q_EMIT dataChanged(indexFor(node, NameColumn), uses);
        }
    }
}

TagTreeModel::Node *TagTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex TagTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

int TagTreeModel::rowOf(const Node *node) const
{
    const Node *parent = node->parent;
    if (!parent)
        return 0;
    const auto it = std::find_if(parent->children.cbegin(), parent->children.cend(),
        [node](const std::unique_ptr<Node> &child) { return child.get() == node; });
    return int(it - parent->children.cbegin());
}

QModelIndex TagTreeModel::indexForTag(qint64 tagId, int column) const
{
    return indexFor(m_nodes.value(tagId, nullptr), column);
}

qint64 TagTreeModel::tagId(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->tag.id : 0;
}

std::optional<Tag> TagTreeModel::tag(qint64 tagId) const
{
    const Node *node = m_nodes.value(tagId, nullptr);
    if (!node)
        return std::nullopt;
    return node->tag;
}

QVector<qint64> TagTreeModel::descendants(qint64 tagId) const
{
    QVector<qint64> ids;
    const Node *node = m_nodes.value(tagId, nullptr);
    if (!node)
        return ids;
    QVector<const Node *> pending { node };
    while (!pending.isEmpty()) {
        const Node *current = pending.takeLast();
        for (const auto &child : current->children) {
            ids.append(child->tag.id);
            pending.append(child.get());
        }
    }
    return ids;
}

QString TagTreeModel::path(qint64 tagId) const
{
    QStringList parts;
    for (const Node *node = m_nodes.value(tagId, nullptr); node && node != m_root.get(); node = node->parent)
        parts.prepend(node->tag.name);
    return parts.join(QLatin1Char('/'));
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != NameColumn)
        return {};
    const Node *node = nodeFor(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Tag &tag = nodeFor(index)->tag;
    switch (role) {
    case TagIdRole:
        return tag.id;
    case ColorRole:
        return tag.color;
    case PathRole:
        return path(tag.id);
    case UseCountRole:
        return tag.useCount;
    case Qt::ToolTipRole: {
        const QString uses = tr("%n highlight(s) carry this tag.", "", tag.useCount);
        if (tag.description.isEmpty())
            //: Tooltip of a codebook tag: %1 is its path ("Réserves/Commission"), %2 how often it is used
            return tr("%1\n%2").arg(path(tag.id), uses);
        //: Tooltip of a codebook tag: %1 path, %2 description, %3 how often it is used
        return tr("%1\n%2\n%3").arg(path(tag.id), tag.description, uses);
    }
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return tag.name;
        if (role == Qt::DecorationRole)
            return tag.color;
        break;
    case UsesColumn:
        if (role == Qt::DisplayRole)
            return tag.useCount;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case DescriptionColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return tag.description;
        break;
    default:
        break;
    }
    return {};
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_dossier)
        return false;
    Tag tag = nodeFor(index)->tag;
    if (role == Qt::EditRole && index.column() == NameColumn) {
        const QString name = value.toString().trimmed();
        if (name == tag.name)
            return true;
        tag.name = name;
    } else if (role == Qt::EditRole && index.column() == DescriptionColumn) {
        if (value.toString() == tag.description)
            return true;
        tag.description = value.toString();
    } else if (role == ColorRole || (role == Qt::DecorationRole && index.column() == NameColumn)) {
        const QColor color = value.value<QColor>();
        if (!color.isValid() || color == tag.color)
            return color.isValid();
        tag.color = color;
    } else {
        return false;
    }
    // The model changes when the Dossier announces the change, not before.
    const Status updated = m_dossier->updateTag(tag);
    if (!updated.ok()) {
        Q_EMIT errorOccurred(updated.error());
        return false;
    }
    return true;
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        //: Column header in the codebook: the tag's name
        return tr("Tag");
    case UsesColumn:
        //: Column header in the codebook: how many highlights carry the tag
        return tr("Uses");
    case DescriptionColumn:
        //: Column header in the codebook
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping on the empty area moves a tag to the top level
    Qt::ItemFlags flags
        = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn || index.column() == DescriptionColumn)
        flags |= Qt::ItemIsEditable;
    if (index.column() != NameColumn)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TagTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList TagTreeModel::mimeTypes() const
{
    return { QString::fromLatin1(MimeType) };
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QVector<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = tagId(index);
        if (id && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), bytes);
    QStringList paths;
    for (qint64 id : std::as_const(ids))
        paths.append(path(id));
    mime->setText(paths.join(QLatin1Char('\n')));
    return mime;
}

QVector<qint64> TagTreeModel::decodeIds(const QMimeData *data)
{
    QVector<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(MimeType)))
        return ids;
    QByteArray bytes = data->data(QString::fromLatin1(MimeType));
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    stream >> ids;
    return ids;
}

bool TagTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !m_dossier)
        return false;
    const QVector<qint64> ids = decodeIds(data);
    if (ids.isEmpty())
        return false;
    const qint64 target = tagId(parent);
    for (qint64 id : ids) {
        if (!m_nodes.contains(id))
            return false;
        if (id == target || descendants(id).contains(target))
            return false; // a tag cannot go under itself
    }
    return true;
}

bool TagTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a tag or between its sub-tags: the tag becomes its sub-tag (placed last; the
    // codebook orders siblings by position, which only moving changes).
    const qint64 target = tagId(parent);
    bool moved = false;
    for (qint64 id : decodeIds(data)) {
        const Node *node = m_nodes.value(id, nullptr);
        if (!node || node->tag.parentId == target)
            continue;
        Tag tag = node->tag;
        tag.parentId = target;
        const Status updated = m_dossier->updateTag(tag);
        if (!updated.ok()) {
            Q_EMIT errorOccurred(updated.error());
            return moved;
        }
        moved = true;
    }
    // The rows moved through the Dossier's signals already; returning true with a move action
    // would make the view try to remove the source rows, which this model refuses (removeRows
    // is not implemented), so nothing is removed twice.
    return moved;
}

} // namespace Recoupe
