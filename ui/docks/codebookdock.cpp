// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookdock.h"

#include "models/tagtreemodel.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Recoupe {

namespace {

constexpr int QuoteLength = 120;
constexpr int MaxPassages = 500;

enum PassageRole
{
    SourceIdRole = Qt::UserRole + 1,
    StartRole,
    EndRole
};

// Distinct, readable highlight colors for new tags, taken in turn.
const char *const TagPalette[] = {"#ffd54f", "#81d4fa", "#a5d6a7", "#f48fb1", "#ce93d8", "#ffab91", "#80cbc4",
    "#e6ee9c", "#b0bec5", "#9fa8da"};

QString shortQuote(const QString &exact)
{
    const QString flat = exact.simplified();
    if (flat.size() <= QuoteLength)
        return flat;
    return flat.left(QuoteLength - 1) + QChar(0x2026);
}

} // namespace

CodebookDock::CodebookDock(Dossier *dossier, QWidget *parent)
    : QDockWidget(tr("Codebook"), parent)
{
    setObjectName(QStringLiteral("CodebookDock"));
    m_model = new TagTreeModel(this);
    connect(m_model, &TagTreeModel::errorOccurred, this, &CodebookDock::showError);

    auto *content = new QWidget(this);
    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("codebookTree"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Codebook"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    // Names first, whole; the description gets what is left (and shows in the tooltip).
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TagTreeModel::UsesColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CodebookDock::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CodebookDock::onSelectionChanged);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodebookDock::updateActions);
    // Removing or moving tags can change what is selected and what lies below it.
    for (auto signal : {&QAbstractItemModel::rowsRemoved, &QAbstractItemModel::rowsInserted})
        connect(m_model, signal, this, &CodebookDock::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &CodebookDock::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodebookDock::onSelectionChanged);

    m_passagesLabel = new QLabel(content);
    m_passagesLabel->setWordWrap(true);
    m_passages = new QListWidget(content);
    m_passages->setObjectName(QStringLiteral("codebookPassages"));
    m_passages->setAccessibleName(tr("Passages with the selected tags"));
    m_passages->setWordWrap(true);
    m_passages->setAlternatingRowColors(true);
    m_passages->setToolTip(tr("Enter or double-click opens the passage; Ctrl+Enter opens it in a new pane."));
    m_passages->installEventFilter(this);
    m_passagesLabel->setBuddy(m_passages);
    connect(m_passages, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { openPassage(item, false); });
    m_passagesTimer = new QTimer(this);
    m_passagesTimer->setSingleShot(true);
    m_passagesTimer->setInterval(0);
    connect(m_passagesTimer, &QTimer::timeout, this, &CodebookDock::reloadPassages);

    m_message = new QLabel(content);
    m_message->setWordWrap(true);
    m_message->hide();

    createActions();
    auto *toolbar = new QToolBar(content);
    // Without an icon theme (a bare desktop), words say what the buttons do.
    toolbar->setToolButtonStyle(
        QIcon::hasThemeIcon(QStringLiteral("list-add")) ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
    toolbar->addAction(m_addTag);
    toolbar->addAction(m_addSubTag);
    toolbar->addAction(m_merge);
    toolbar->addAction(m_delete);

    auto *lower = new QWidget(content);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_passagesLabel);
    lowerLayout->addWidget(m_passages, 1);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setWidget(content);
    setFocusProxy(m_view); // Go to Codebook (Ctrl+4) lands on the tags

    setDossier(dossier);
}

CodebookDock::~CodebookDock()
{
    // The view and the model die after this body and may signal on the way out.
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

void CodebookDock::createActions()
{
    auto make = [this](const char *name, const QString &icon, const QString &text, const QString &tip) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setToolTip(tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        return action;
    };
    m_addTag = make(
        "addTag", QStringLiteral("list-add"), tr("Add Tag"), tr("Add a tag at the top of the codebook"));
    m_addTag->setShortcut(QKeySequence(Qt::Key_Insert));
    m_addSubTag = make(
        "addSubTag", QStringLiteral("list-add"), tr("Add Sub-tag"), tr("Add a tag below the selected one"));
    m_addSubTag->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Insert));
    m_rename = make("renameTag", QStringLiteral("edit-rename"), tr("Rename"), tr("Rename the selected tag"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    m_recolor = make("recolorTag", QStringLiteral("color-management"), tr("Change Color…"),
        tr("Choose the color of the selected tag's highlights"));
    m_describe = make("describeTag", QStringLiteral("document-edit"), tr("Describe…"),
        tr("Write what the selected tag means, for everyone who codes this dossier"));
    m_move = make(
        "moveTag", QStringLiteral("go-jump"), tr("Move To…"), tr("Put the selected tag under another tag"));
    m_merge = make("mergeTags", QStringLiteral("merge"), tr("Merge…"),
        tr("Merge the two selected tags into one: highlights, claims and sub-tags go to the tag you keep"));
    m_delete = make("deleteTag", QStringLiteral("edit-delete"), tr("Delete"),
        tr("Delete the selected tags and their sub-tags (Edit ▸ Undo brings them back)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);

    connect(m_addTag, &QAction::triggered, this, [this] { addTag(false); });
    connect(m_addSubTag, &QAction::triggered, this, [this] { addTag(true); });
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->edit(current.siblingAtColumn(TagTreeModel::NameColumn));
    });
    connect(m_recolor, &QAction::triggered, this, &CodebookDock::recolorTag);
    connect(m_describe, &QAction::triggered, this, &CodebookDock::describeTag);
    connect(m_move, &QAction::triggered, this, &CodebookDock::moveTag);
    connect(m_merge, &QAction::triggered, this, &CodebookDock::mergeTags);
    connect(m_delete, &QAction::triggered, this, &CodebookDock::deleteTags);
}

Dossier *CodebookDock::dossier() const
{
    return m_dossier;
}

void CodebookDock::setDossier(Dossier *dossier)
{
    if (m_dossier && m_dossier == dossier)
        return;
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    m_model->setDossier(dossier);
    if (m_dossier) {
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
        for (auto signal :
            {&Dossier::annotationAdded, &Dossier::annotationRemoved, &Dossier::annotationChanged})
            connect(m_dossier, signal, m_passagesTimer, qOverload<>(&QTimer::start));
        for (auto signal : {&Dossier::sourcesAdded, &Dossier::sourcesRemoved})
            connect(m_dossier, signal, m_passagesTimer, qOverload<>(&QTimer::start));
        connect(m_dossier, &Dossier::sourceChanged, m_passagesTimer, qOverload<>(&QTimer::start));
    }
    showError(QString());
    onSelectionChanged();
}

QVector<qint64> CodebookDock::selectedTagIds() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(TagTreeModel::NameColumn);
    for (const QModelIndex &index : rows) {
        const qint64 id = m_model->tagId(index);
        if (id && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void CodebookDock::selectTag(qint64 tagId)
{
    const QModelIndex index = m_model->indexForTag(tagId);
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CodebookDock::clearTagSelection()
{
    m_view->selectionModel()->clearSelection();
}

void CodebookDock::updateActions()
{
    const bool open = m_dossier != nullptr;
    const int selected = int(selectedTagIds().size());
    m_addTag->setEnabled(open);
    m_addSubTag->setEnabled(open && selected == 1);
    m_rename->setEnabled(open && m_view->currentIndex().isValid());
    m_recolor->setEnabled(open && selected >= 1);
    m_describe->setEnabled(open && selected == 1);
    m_move->setEnabled(open && selected >= 1);
    m_merge->setEnabled(open && selected == 2);
    m_delete->setEnabled(open && selected >= 1);
}

void CodebookDock::onSelectionChanged()
{
    updateActions();
    QVector<qint64> filter;
    for (qint64 id : selectedTagIds()) {
        if (!filter.contains(id))
            filter.append(id);
        for (qint64 below : m_model->descendants(id)) {
            if (!filter.contains(below))
                filter.append(below);
        }
    }
    if (filter != m_lastFilter) {
        m_lastFilter = filter;
        Q_EMIT tagFilterChanged(filter);
    }
    m_passagesTimer->start();
}

void CodebookDock::reloadPassages()
{
    m_passages->clear();
    if (!m_dossier || m_lastFilter.isEmpty()) {
        m_passagesLabel->setText(tr("Select a tag to list its passages."));
        return;
    }
    QVector<Annotation> found;
    QVector<qint64> seen;
    for (qint64 tagId : std::as_const(m_lastFilter)) {
        for (const Annotation &annotation : m_dossier->annotations().withTag(tagId)) {
            if (!seen.contains(annotation.id)) {
                seen.append(annotation.id);
                found.append(annotation);
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Annotation &a, const Annotation &b) {
        return std::tie(a.anchor.sourceId, a.anchor.start) < std::tie(b.anchor.sourceId, b.anchor.start);
    });
    QHash<qint64, QString> titles;
    int shown = 0;
    for (const Annotation &annotation : std::as_const(found)) {
        const qint64 sourceId = annotation.anchor.sourceId;
        if (!titles.contains(sourceId)) {
            const auto source = m_dossier->sources().get(sourceId);
            titles.insert(sourceId, source ? source->title : QString());
        }
        if (++shown > MaxPassages)
            break;
        //: A tagged passage: %1 the quoted passage, %2 the title of its source
        auto *item = new QListWidgetItem(
            tr("“%1”\n— %2").arg(shortQuote(annotation.anchor.exact), titles.value(sourceId)));
        if (!annotation.note.isEmpty())
            item->setToolTip(annotation.note);
        item->setData(SourceIdRole, sourceId);
        item->setData(StartRole, annotation.anchor.start);
        item->setData(EndRole, annotation.anchor.end);
        m_passages->addItem(item);
    }
    if (found.size() > MaxPassages)
        m_passagesLabel->setText(
            tr("%n passages carry the selected tags; the first %1 are listed.", "", int(found.size()))
                .arg(MaxPassages));
    else if (found.isEmpty())
        m_passagesLabel->setText(tr("No passage carries the selected tags yet."));
    else
        m_passagesLabel->setText(tr("%n passage(s) carry the selected tags:", "", int(found.size())));
}

void CodebookDock::openPassage(QListWidgetItem *item, bool newPane)
{
    if (!item)
        return;
    Q_EMIT passageRequested(item->data(SourceIdRole).toLongLong(), item->data(StartRole).toLongLong(),
        item->data(EndRole).toLongLong(), newPane);
}

void CodebookDock::addTag(bool asChild)
{
    if (!m_dossier)
        return;
    showError(QString());
    Tag tag;
    if (asChild) {
        const QVector<qint64> selected = selectedTagIds();
        tag.parentId = selected.size() == 1 ? selected.first() : 0;
    }
    //: Name given to a tag just added, before the user renames it
    const QString base = tr("New tag");
    tag.name = base;
    for (int n = 2; m_dossier->tags().findChild(tag.parentId, tag.name); ++n)
        //: Name of a tag just added when "New tag" exists: %1 is a number
        tag.name = tr("New tag %1").arg(n);
    const int count = int(m_dossier->tags().all().size());
    tag.color = QColor(QString::fromLatin1(TagPalette[count % int(std::size(TagPalette))]));
    const auto added = m_dossier->addTag(tag);
    if (!added) {
        showError(added.error());
        return;
    }
    selectTag(*added);
    m_view->edit(m_model->indexForTag(*added)); // name it right away
}

void CodebookDock::recolorTag()
{
    const QVector<qint64> ids = selectedTagIds();
    if (!m_dossier || ids.isEmpty())
        return;
    const auto first = m_model->tag(ids.first());
    auto *dialog = new QColorDialog(first ? first->color : QColor(), this);
    dialog->setObjectName(QStringLiteral("tagColorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(ids.size() == 1 ? tr("Color of “%1”").arg(first ? first->name : QString())
                                           : tr("Color of %n tags", "", int(ids.size())));
    connect(dialog, &QColorDialog::colorSelected, this, [this, ids](const QColor &color) {
        showError(QString());
        for (qint64 id : ids) {
            const QModelIndex index = m_model->indexForTag(id);
            if (index.isValid())
                m_model->setData(index, color, TagTreeModel::ColorRole);
        }
    });
    dialog->open();
}

void CodebookDock::describeTag()
{
    const QVector<qint64> ids = selectedTagIds();
    if (ids.size() != 1)
        return;
    const QModelIndex index = m_model->indexForTag(ids.first(), TagTreeModel::DescriptionColumn);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void CodebookDock::moveTag()
{
    const QVector<qint64> ids = selectedTagIds();
    if (!m_dossier || ids.isEmpty())
        return;
    // Where the tags may go: the top level, or any tag not inside one of them.
    QStringList places {tr("(Top level of the codebook)")};
    QVector<qint64> placeIds {0};
    QVector<qint64> excluded = ids;
    for (qint64 id : ids)
        excluded += m_model->descendants(id);
    for (const Tag &tag : m_dossier->tags().all()) {
        if (excluded.contains(tag.id))
            continue;
        places.append(m_model->path(tag.id));
        placeIds.append(tag.id);
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("moveTagDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Move Tag"));
    const auto first = m_model->tag(ids.first());
    dialog->setLabelText(ids.size() == 1 ? tr("Put “%1” under:").arg(first ? first->name : QString())
                                         : tr("Put the %n selected tags under:", "", int(ids.size())));
    dialog->setComboBoxItems(places);
    dialog->setComboBoxEditable(false);
    if (first) {
        const int current = int(placeIds.indexOf(first->parentId));
        if (current >= 0)
            dialog->setTextValue(places.at(current));
    }
    connect(
        dialog, &QInputDialog::textValueSelected, this, [this, ids, places, placeIds](const QString &place) {
            const int at = int(places.indexOf(place));
            if (at < 0 || !m_dossier)
                return;
            showError(QString());
            for (qint64 id : ids) {
                auto tag = m_dossier->tags().get(id);
                if (!tag || tag->parentId == placeIds.at(at))
                    continue;
                tag->parentId = placeIds.at(at);
                const Status moved = m_dossier->updateTag(*tag);
                if (!moved.ok()) {
                    showError(moved.error());
                    return;
                }
            }
            selectTag(ids.first());
        });
    dialog->open();
}

void CodebookDock::mergeTags()
{
    const QVector<qint64> ids = selectedTagIds();
    if (!m_dossier || ids.size() != 2)
        return;
    const auto a = m_model->tag(ids.at(0));
    const auto b = m_model->tag(ids.at(1));
    if (!a || !b)
        return;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("mergeTagsDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Merge Tags"));
    box->setText(
        tr("Merge “%1” and “%2”: which tag do you keep?").arg(m_model->path(a->id), m_model->path(b->id)));
    box->setInformativeText(
        tr("The tag you keep gets the other tag's highlights, claims and sub-tags, and the "
           "other tag goes. Edit ▸ Undo reverts the merge."));
    //: Button in the merge dialog; %1 is a tag name
    QPushButton *keepA = box->addButton(tr("Keep “%1”").arg(a->name), QMessageBox::AcceptRole);
    keepA->setObjectName(QStringLiteral("keepFirst"));
    //: Button in the merge dialog; %1 is a tag name
    QPushButton *keepB = box->addButton(tr("Keep “%1”").arg(b->name), QMessageBox::AcceptRole);
    keepB->setObjectName(QStringLiteral("keepSecond"));
    box->addButton(QMessageBox::Cancel);
    // A tag can absorb one of its own sub-tags, not the other way round.
    keepA->setEnabled(!m_model->descendants(b->id).contains(a->id));
    keepB->setEnabled(!m_model->descendants(a->id).contains(b->id));
    box->setDefaultButton(keepA->isEnabled() ? keepA : keepB);
    const qint64 aId = a->id;
    const qint64 bId = b->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, keepA, keepB, aId, bId](QAbstractButton *button) {
        if (!m_dossier || (button != keepA && button != keepB))
            return;
        const qint64 into = button == keepA ? aId : bId;
        const qint64 from = button == keepA ? bId : aId;
        showError(QString());
        const Status merged = m_dossier->mergeTags(from, into);
        if (!merged.ok()) {
            showError(merged.error());
            return;
        }
        selectTag(into);
    });
    box->open();
}

void CodebookDock::deleteTags()
{
    if (!m_dossier)
        return;
    // A selected tag inside another selected tag goes with it.
    const QVector<qint64> selected = selectedTagIds();
    QVector<qint64> roots;
    for (qint64 id : selected) {
        bool inside = false;
        for (qint64 other : selected)
            inside = inside || (other != id && m_model->descendants(other).contains(id));
        if (!inside)
            roots.append(id);
    }
    if (roots.isEmpty())
        return;
    showError(QString());
    QUndoStack *stack = m_dossier->undoStack();
    // Several tags deleted at once come back with one Undo.
    if (roots.size() > 1)
        stack->beginMacro(tr("Delete %n tags", "", int(roots.size())));
    QString error;
    for (qint64 id : std::as_const(roots)) {
        const Status removed = m_dossier->removeTag(id);
        if (!removed.ok()) {
            error = removed.error();
            break;
        }
    }
    if (roots.size() > 1)
        stack->endMacro();
    if (!error.isEmpty())
        showError(error);
}

void CodebookDock::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void CodebookDock::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_addTag);
    menu.addAction(m_addSubTag);
    menu.addSeparator();
    menu.addAction(m_rename);
    menu.addAction(m_recolor);
    menu.addAction(m_describe);
    menu.addAction(m_move);
    menu.addAction(m_merge);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool CodebookDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_passages && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            openPassage(m_passages->currentItem(), true);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace Recoupe
