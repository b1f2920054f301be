// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarydock.h"

#include "dialogs/sourcemetadatadialog.h"
#include "models/sourcelistmodel.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Recoupe {

LibraryDock::LibraryDock(QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_model(new SourceListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("LibraryDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SourceListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter sources…"));
    m_filter->setAccessibleName(tr("Filter sources"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Filtering looks at the whole library, not just the rows read so far.
        if (!text.isEmpty())
            m_model->fetchAll();
        m_proxy->setFilterFixedString(text);
        updateTitle();
    });

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Sources"));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SourceListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SourceListModel::PublisherColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SourceListModel::PublishedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceListModel::AnnotationsColumn, QHeaderView::ResizeToContents);
    header->resizeSection(SourceListModel::PublisherColumn, fontMetrics().averageCharWidth() * 9);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
    header->setSortIndicatorClearable(true);
    // Sorting covers the whole library: read the rest first (connected before the view sorts).
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section) {
        if (section >= 0)
            m_model->fetchAll();
    });
    header->setSortIndicator(-1, Qt::AscendingOrder); // import order until a header is clicked
    m_view->setSortingEnabled(true);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setWidget(content);
    setFocusProxy(m_view);

    auto addAction = [this](const QString &text, const QKeySequence &shortcut, const char *name) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setObjectName(QLatin1String(name));
        m_view->addAction(action);
        return action;
    };
    m_open = addAction(tr("&Open"), QKeySequence(), "libraryOpen");
    m_openNew = addAction(tr("Open in &New Pane"), QKeySequence(tr("Ctrl+Return")), "libraryOpenNewPane");
    m_rename = addAction(tr("&Rename"), QKeySequence(Qt::Key_F2), "libraryRename");
    m_edit = addAction(tr("Edit &Metadata…"), QKeySequence(tr("Alt+Return")), "libraryEdit");
    m_remove = addAction(tr("Re&move from Dossier"), QKeySequence::Delete, "libraryRemove");
    m_replace = addAction(tr("Replace with &Newer Version…"), QKeySequence(), "libraryReplace");
    m_versions = addAction(tr("&Versions…"), QKeySequence(), "libraryVersions");
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_openNew->setIcon(QIcon(QStringLiteral(":/icons/pane-new.svg")));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));

    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 id = currentSourceId())
            Q_EMIT openRequested(id, false);
    });
    connect(m_openNew, &QAction::triggered, this, [this] {
        if (const qint64 id = currentSourceId())
            Q_EMIT openRequested(id, true);
    });
    connect(m_rename, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->edit(current.siblingAtColumn(SourceListModel::TitleColumn));
    });
    connect(m_edit, &QAction::triggered, this, &LibraryDock::editMetadata);
    connect(m_remove, &QAction::triggered, this, &LibraryDock::removeSelected);
    connect(m_replace, &QAction::triggered, this, [this] {
        if (const qint64 id = currentSourceId())
            Q_EMIT replaceRequested(id);
    });
    connect(m_versions, &QAction::triggered, this, [this] {
        if (const qint64 id = currentSourceId())
            Q_EMIT versionsRequested(id);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(SourceListModel::SourceIdRole).toLongLong(), false);
    });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &LibraryDock::showMenu);
    connect(m_model, &SourceListModel::editFailed, this, &LibraryDock::message);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryDock::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LibraryDock::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryDock::updateTitle);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryDock::updateActions);
    updateActions();
}

void LibraryDock::setDossier(Dossier *dossier)
{
    m_dossier = dossier;
    m_filter->clear();
    m_model->setDossier(dossier);
    if (m_view->header()->sortIndicatorSection() >= 0)
        m_model->fetchAll();
    updateActions();
    updateTitle();
}

void LibraryDock::updateTitle()
{
    const int total = m_model->totalCount();
    if (!m_dossier)
        setWindowTitle(tr("Library"));
    else if (m_filter->text().isEmpty())
        //: Dock title; %n is the number of sources
        setWindowTitle(tr("Library (%n)", "", total));
    else
        //: Dock title while filtering; %1 shown out of %2 sources
        setWindowTitle(tr("Library (%1 of %2)").arg(m_proxy->rowCount()).arg(total));
    toggleViewAction()->setText(tr("&Library"));
}

qint64 LibraryDock::currentSourceId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(SourceListModel::SourceIdRole).toLongLong() : 0;
}

QVector<qint64> LibraryDock::selectedSourceIds() const
{
    QVector<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(row.data(SourceListModel::SourceIdRole).toLongLong());
    return ids;
}

void LibraryDock::selectSource(qint64 sourceId)
{
    int row = m_model->rowOf(sourceId);
    while (row < 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
        row = m_model->rowOf(sourceId);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void LibraryDock::selectSources(const QVector<qint64> &sourceIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 sourceId : sourceIds) {
        int row = m_model->rowOf(sourceId);
        while (row < 0 && m_model->canFetchMore(QModelIndex())) {
            m_model->fetchMore(QModelIndex());
            row = m_model->rowOf(sourceId);
        }
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(first);
}

void LibraryDock::updateActions()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    const bool one = m_dossier && selected >= 1;
    m_open->setEnabled(one);
    m_openNew->setEnabled(one);
    m_rename->setEnabled(m_dossier && selected == 1);
    m_edit->setEnabled(m_dossier && selected == 1);
    m_replace->setEnabled(m_dossier && selected == 1);
    m_versions->setEnabled(m_dossier && selected == 1);
    m_remove->setEnabled(one);
}

void LibraryDock::editMetadata()
{
    const qint64 id = currentSourceId();
    if (!m_dossier || !id)
        return;
    const auto source = m_dossier->sources().get(id);
    if (!source)
        return;
    SourceMetadataDialog dialog(*source, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Source edited = dialog.source();
    if (edited.title == source->title && edited.origin == source->origin
        && edited.publisher == source->publisher && edited.author == source->author
        && edited.published == source->published)
        return;
    const Status status = m_dossier->updateSource(edited);
    if (!status.ok())
        Q_EMIT message(status.error());
}

void LibraryDock::removeSelected()
{
    if (!m_dossier)
        return;
    const QVector<qint64> ids = selectedSourceIds();
    if (ids.isEmpty())
        return;
    QUndoStack *stack = m_dossier->undoStack();
    if (ids.size() > 1)
        //: Undo/redo action name
        stack->beginMacro(tr("Remove %n source(s)", "", int(ids.size())));
    QString error;
    QString title;
    for (qint64 id : ids) {
        if (const auto source = m_dossier->sources().get(id))
            title = source->title;
        const Status status = m_dossier->removeSource(id);
        if (!status.ok()) {
            error = status.error();
            break;
        }
    }
    if (ids.size() > 1)
        stack->endMacro();
    if (!error.isEmpty())
        Q_EMIT message(error);
    else if (ids.size() == 1)
        Q_EMIT message(tr("“%1” was removed from the dossier; Edit ▸ Undo brings it back.").arg(title));
    else
        Q_EMIT message(
            tr("%n source(s) removed from the dossier; Edit ▸ Undo brings them back.", "", int(ids.size())));
}

void LibraryDock::showMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    updateActions();
    QMenu menu(this);
    menu.addAction(m_open);
    menu.addAction(m_openNew);
    menu.addSeparator();
    menu.addAction(m_rename);
    menu.addAction(m_edit);
    menu.addSeparator();
    menu.addAction(m_replace);
    menu.addAction(m_versions);
    menu.addSeparator();
    menu.addAction(m_remove);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QByteArray LibraryDock::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void LibraryDock::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    m_view->header()->restoreState(state);
    if (m_view->header()->sortIndicatorSection() >= 0)
        m_model->fetchAll();
}

} // namespace Recoupe
