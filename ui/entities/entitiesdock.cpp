// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitiesdock.h"

#include "entities/entityedits.h"
#include "entities/relationshipdates.h"
#include "entities/suggestionreview.h"
#include "entitydialog.h"
#include "entitylistmodel.h"
#include "graph/entitystyle.h"
#include "graph/evidencelist.h"
#include "relationshipdialog.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"
#include "suggestionlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Recoupe {

namespace {

constexpr int MaxListed = 500;
constexpr int ContextLength = 48;

enum ItemRole
{
    SourceIdRole = Qt::UserRole + 1,
    StartRole,
    EndRole,
    RelationshipIdRole
};

// Filters entities by words of the name or other names, and by type.
class EntityFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString type;
    QString words;

    void refilter()
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
        beginFilterChange();
        endFilterChange();
#else
        invalidateFilter();
#endif
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex name = sourceModel()->index(row, EntityListModel::NameColumn, parent);
        if (!type.isEmpty() && name.data(EntityListModel::TypeRole).toString() != type)
            return false;
        if (words.isEmpty())
            return true;
        const QString aliases
            = sourceModel()->index(row, EntityListModel::AliasesColumn, parent).data().toString();
        return name.data().toString().contains(words, Qt::CaseInsensitive)
            || aliases.contains(words, Qt::CaseInsensitive);
    }
};

// Filters suggestions by words of the name or other names, by the chosen type, and by the
// sources naming them.
class SuggestionFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString type;
    QString words;
    bool bySource = false;
    QSet<qint64> sources;

    void refilter()
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
        beginFilterChange();
        endFilterChange();
#else
        invalidateFilter();
#endif
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto *model = static_cast<const SuggestionListModel *>(sourceModel());
        if (parent.isValid() || row >= model->rowCount())
            return false;
        if (!type.isEmpty() && model->chosenType(row) != type)
            return false;
        const EntitySuggestion &s = model->suggestion(row);
        if (bySource && std::none_of(s.sourceIds.cbegin(), s.sourceIds.cend(), [this](qint64 id) {
                return sources.contains(id);
            }))
            return false;
        if (words.isEmpty())
            return true;
        return model->chosenName(row).contains(words, Qt::CaseInsensitive)
            || s.aliases.join(QLatin1Char('\n')).contains(words, Qt::CaseInsensitive);
    }
};

// Runs of white space (line breaks included) as one space, kept at the ends: the name stays
// glued to the comma after it, and apart from the word before it.
QString squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!space)
                out.append(QLatin1Char(' '));
            space = true;
        } else {
            out.append(c);
            space = false;
        }
    }
    return out;
}

QString context(const Anchor &anchor)
{
    //: A mention in context: %1 text before, %2 the name, %3 text after
    return EntitiesDock::tr("…%1%2%3…")
        .arg(squeezed(anchor.prefix.right(ContextLength)), anchor.exact.simplified(),
            squeezed(anchor.suffix.left(ContextLength)));
}

} // namespace

EntitiesDock::EntitiesDock(Dossier *dossier, QWidget *parent)
    : QDockWidget(tr("People and Institutions"), parent)
    , m_model(new EntityListModel(this))
    , m_proxy(new EntityFilterProxy(this))
    , m_suggestions(new SuggestionListModel(this))
    , m_suggestionProxy(new SuggestionFilterProxy(this))
    , m_watcher(new QFutureWatcher<SuggestionRun>(this))
{
    setObjectName(QStringLiteral("EntitiesDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EntityListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_suggestionProxy->setSourceModel(m_suggestions);
    m_suggestionProxy->setSortRole(SuggestionListModel::SortRole);
    m_suggestionProxy->setSortLocaleAware(true);
    connect(m_watcher, &QFutureWatcher<SuggestionRun>::finished, this, &EntitiesDock::onSuggestionsFinished);

    m_detailsTimer = new QTimer(this);
    m_detailsTimer->setSingleShot(true);
    m_detailsTimer->setInterval(0);
    connect(m_detailsTimer, &QTimer::timeout, this, &EntitiesDock::reloadDetails);

    auto *content = new QWidget(this);
    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    createActions();
    m_tabs->addTab(createEntitiesTab(), tr("&Entities"));
    m_tabs->addTab(createSuggestionsTab(), tr("&Suggestions"));
    m_message = new QLabel(content);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_message->hide();
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    setWidget(content);
    // Go to Entities (Ctrl+6) lands on the list of the tab shown, not on a filter.
    setFocusProxy(m_view);
    connect(m_tabs, &QTabWidget::currentChanged, this,
        [this](int tab) { setFocusProxy(tab == 0 ? m_view : m_suggestionView); });

    setDossier(dossier);
}

EntitiesDock::~EntitiesDock()
{
    cancelSuggestions();
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(m_suggestionView->selectionModel(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_suggestions, nullptr, this, nullptr);
}

void EntitiesDock::createActions()
{
    auto make = [this](const char *name, const QString &icon, const QString &text, const QString &tip) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setToolTip(tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return action;
    };
    m_add = make("addEntity", QStringLiteral("list-add"), tr("Add…"), tr("Add a person or an institution"));
    m_edit = make("editEntity", QStringLiteral("document-edit"), tr("Edit…"),
        tr("Change the selected entity's type, name, other names or notes"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_delete = make("deleteEntity", QStringLiteral("edit-delete"), tr("Delete"),
        tr("Delete the selected entities with their mentions and relationships (Edit ▸ Undo brings them "
           "back)"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_merge = make("mergeEntities", QStringLiteral("merge"), tr("Merge…"),
        tr("The two selected entities are one: keep one, with the other's names, mentions and "
           "relationships"));
    m_findMentions = make("findMentions", QStringLiteral("edit-find"), tr("Find Mentions"),
        tr("Mark every place the sources name the selected entity, for review"));
    m_relate = make("relateEntities", QStringLiteral("insert-link"), tr("Relate…"),
        tr("Create a relationship between the selected entities"));
    m_suggest = make("suggestEntities", QStringLiteral("system-search"), tr("Suggest"),
        tr("Read the sources for the people and institutions they name"));
    m_accept = make("acceptSuggestion", QStringLiteral("dialog-ok-apply"), tr("Accept"),
        tr("Make the selected suggestions entities and mark their mentions for review"));
    m_reject = make("rejectSuggestion", QStringLiteral("dialog-cancel"), tr("Reject"),
        tr("Not a person or an institution: do not suggest it again"));
    // One key per decision, as in a mail reader, to get through a long list quickly.
    m_accept->setShortcut(QKeySequence(Qt::Key_A));
    m_reject->setShortcuts({QKeySequence(Qt::Key_R), QKeySequence(QKeySequence::Delete)});
    m_accept->setToolTip(tr("Make the selected suggestions entities and mark their mentions for review (A)"));
    m_reject->setToolTip(tr("Not a person or an institution: do not suggest it again (R or Delete)"));
    m_mergeSuggestions = make("mergeSuggestions", QStringLiteral("merge"), tr("Merge"),
        tr("The selected suggestions are one: merge them into the current one"));
    m_renameSuggestion = make("renameSuggestion", QStringLiteral("edit-rename"), tr("Rename…"),
        tr("Accept the selected suggestion under another name"));
    m_rejected = make("showRejected", QStringLiteral("view-list-details"), tr("Rejected…"),
        tr("The names you rejected, to take one back"));

    connect(m_add, &QAction::triggered, this, &EntitiesDock::addEntityInteractive);
    connect(m_edit, &QAction::triggered, this, &EntitiesDock::editEntityInteractive);
    connect(m_delete, &QAction::triggered, this, &EntitiesDock::deleteEntities);
    connect(m_merge, &QAction::triggered, this, &EntitiesDock::mergeEntitiesInteractive);
    connect(m_findMentions, &QAction::triggered, this, &EntitiesDock::findMentions);
    connect(m_relate, &QAction::triggered, this, [this] {
        const QVector<qint64> ids = selectedEntityIds();
        newRelationship(ids.value(0), ids.value(1));
    });
    connect(m_suggest, &QAction::triggered, this, &EntitiesDock::runSuggestions);
    connect(m_accept, &QAction::triggered, this, [this] { reviewSelected(true); });
    connect(m_reject, &QAction::triggered, this, [this] { reviewSelected(false); });
    connect(m_mergeSuggestions, &QAction::triggered, this, [this] {
        const QModelIndex current = m_suggestionProxy->mapToSource(m_suggestionView->currentIndex());
        mergeSuggestions(current.row(), selectedSuggestionRows());
    });
    connect(m_renameSuggestion, &QAction::triggered, this, &EntitiesDock::renameSuggestionInteractive);
    connect(m_rejected, &QAction::triggered, this, &EntitiesDock::showRejected);
}

QWidget *EntitiesDock::createEntitiesTab()
{
    auto *tab = new QWidget(this);
    auto *toolbar = new QToolBar(tab);
    toolbar->setIconSize(QSize(16, 16));
    // Without an icon theme (a bare desktop), words say what the buttons do.
    toolbar->setToolButtonStyle(
        QIcon::hasThemeIcon(QStringLiteral("list-add")) ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextOnly);
    for (QAction *action : {m_add, m_edit, m_delete, m_merge, m_findMentions, m_relate})
        toolbar->addAction(action);

    m_filter = new QLineEdit(tab);
    m_filter->setObjectName(QStringLiteral("entityFilter"));
    m_filter->setPlaceholderText(tr("Filter by name…"));
    m_filter->setClearButtonEnabled(true);
    m_typeFilter = new QComboBox(tab);
    m_typeFilter->setObjectName(QStringLiteral("entityTypeFilter"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const QString &type : Entity::types())
        m_typeFilter->addItem(EntityStyle::icon(type), EntityStyle::typeName(type), type);
    auto *proxy = static_cast<EntityFilterProxy *>(m_proxy);
    connect(m_filter, &QLineEdit::textChanged, this, [proxy](const QString &text) {
        proxy->words = text.trimmed();
        proxy->refilter();
    });
    connect(m_typeFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, proxy] {
        proxy->type = m_typeFilter->currentData().toString();
        proxy->refilter();
    });
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_typeFilter);

    m_view = new QTreeView(tab);
    m_view->setObjectName(QStringLiteral("entityList"));
    m_view->setAccessibleName(tr("People and institutions"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntityListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(EntityListModel::TypeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(EntityListModel::AliasesColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(EntityListModel::MentionsColumn, QHeaderView::ResizeToContents);
    // Names need the room more than the other names do, in a narrow dock.
    m_view->header()->resizeSection(EntityListModel::AliasesColumn, fontMetrics().averageCharWidth() * 10);
    for (QAction *action : {m_add, m_edit, m_delete, m_merge, m_findMentions, m_relate})
        m_view->addAction(action);
    connect(m_view, &QTreeView::activated, this, [this] { m_detailTabs->setCurrentIndex(0); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        m_detailsTimer->start();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        m_detailsTimer->start();
        Q_EMIT entitySelected(currentEntityId());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EntitiesDock::updateActions);

    m_mentions = new QListWidget(tab);
    m_mentions->setObjectName(QStringLiteral("entityMentions"));
    m_mentions->setAccessibleName(tr("Mentions of the selected entity"));
    m_mentions->setWordWrap(true);
    m_mentions->setAlternatingRowColors(true);
    m_mentions->setToolTip(tr("Enter or double-click opens the passage; Ctrl+Enter opens it in a new pane."));
    connect(m_mentions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openItem(item, QApplication::keyboardModifiers() & Qt::ControlModifier);
    });
    m_relationships = new QListWidget(tab);
    m_relationships->setObjectName(QStringLiteral("entityRelationships"));
    m_relationships->setAccessibleName(tr("Relationships of the selected entity"));
    m_relationships->setWordWrap(true);
    m_relationships->setAlternatingRowColors(true);
    m_relationships->setToolTip(tr("Enter or double-click edits the relationship"));
    connect(m_relationships, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { editRelationship(item->data(RelationshipIdRole).toLongLong()); });
    auto *relationshipsTab = new QWidget(tab);
    auto *addRelationship = new QPushButton(tr("Add Relationship…"), relationshipsTab);
    connect(addRelationship, &QPushButton::clicked, m_relate, &QAction::trigger);
    auto *relationshipsLayout = new QVBoxLayout(relationshipsTab);
    relationshipsLayout->setContentsMargins(0, 0, 0, 0);
    relationshipsLayout->addWidget(m_relationships, 1);
    relationshipsLayout->addWidget(addRelationship, 0, Qt::AlignLeft);

    m_detailTabs = new QTabWidget(tab);
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_mentions, tr("Mentions"));
    m_detailTabs->addTab(relationshipsTab, tr("Relationships"));

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *EntitiesDock::createSuggestionsTab()
{
    auto *tab = new QWidget(this);
    auto *run = new QToolButton(tab);
    run->setDefaultAction(m_suggest);
    run->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_progress = new QProgressBar(tab);
    m_progress->setObjectName(QStringLiteral("suggestionProgress"));
    m_progress->setAccessibleName(tr("Sources read"));
    m_progress->setFormat(tr("%v of %m sources"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), tab);
    m_cancel->setObjectName(QStringLiteral("cancelSuggestions"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &EntitiesDock::cancelSuggestions);
    connect(
        m_watcher, &QFutureWatcher<SuggestionRun>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(
        m_watcher, &QFutureWatcher<SuggestionRun>::progressValueChanged, m_progress, &QProgressBar::setValue);
    auto *top = new QHBoxLayout;
    top->addWidget(run);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);

    m_suggestionStatus = new QLabel(tab);
    m_suggestionStatus->setObjectName(QStringLiteral("suggestionStatus"));
    m_suggestionStatus->setWordWrap(true);
    m_suggestionStatus->setText(tr("Suggest reads the sources for the people and institutions they name."));

    m_suggestionFilter = new QLineEdit(tab);
    m_suggestionFilter->setObjectName(QStringLiteral("suggestionFilter"));
    m_suggestionFilter->setPlaceholderText(tr("Filter by name…"));
    m_suggestionFilter->setAccessibleName(tr("Filter suggestions by name"));
    m_suggestionFilter->setClearButtonEnabled(true);
    m_suggestionTypeFilter = new QComboBox(tab);
    m_suggestionTypeFilter->setObjectName(QStringLiteral("suggestionTypeFilter"));
    m_suggestionTypeFilter->setAccessibleName(tr("Show suggestions of type"));
    m_suggestionTypeFilter->addItem(tr("All types"), QString());
    for (const QString &type : Entity::types())
        m_suggestionTypeFilter->addItem(EntityStyle::icon(type), EntityStyle::typeName(type), type);
    m_suggestionSourceFilter = new QComboBox(tab);
    m_suggestionSourceFilter->setObjectName(QStringLiteral("suggestionSourceFilter"));
    m_suggestionSourceFilter->setAccessibleName(tr("Show suggestions from sources"));
    m_suggestionSourceFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_suggestionSourceFilter->setMinimumContentsLength(12);
    fillSourceFilter();
    m_suggestionCount = new QLabel(tab);
    m_suggestionCount->setObjectName(QStringLiteral("suggestionCount"));
    connect(m_suggestionFilter, &QLineEdit::textChanged, this, &EntitiesDock::applySuggestionFilter);
    for (QComboBox *box : {m_suggestionTypeFilter, m_suggestionSourceFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &EntitiesDock::applySuggestionFilter);
    // Down from the filter box goes to the list, to review what it kept.
    m_suggestionFilter->installEventFilter(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_suggestionFilter, 2);
    filters->addWidget(m_suggestionTypeFilter);
    filters->addWidget(m_suggestionSourceFilter, 1);

    m_suggestionView = new QTreeView(tab);
    m_suggestionView->setObjectName(QStringLiteral("suggestionList"));
    m_suggestionView->setAccessibleName(tr("Suggested people and institutions"));
    m_suggestionView->setModel(m_suggestionProxy);
    m_suggestionView->setRootIsDecorated(false);
    m_suggestionView->setUniformRowHeights(true);
    m_suggestionView->setAlternatingRowColors(true);
    m_suggestionView->setSortingEnabled(true);
    m_suggestionView->header()->setSortIndicatorShown(false); // the suggester's order until a click
    m_suggestionView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_suggestionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_suggestionView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_suggestionView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_suggestionView->header()->setStretchLastSection(false);
    m_suggestionView->header()->setSectionResizeMode(SuggestionListModel::NameColumn, QHeaderView::Stretch);
    for (int column : {int(SuggestionListModel::TypeColumn), int(SuggestionListModel::MentionsColumn),
             int(SuggestionListModel::SourcesColumn)})
        m_suggestionView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_typeMenu = new QMenu(tr("Type"), tab);
    for (const QString &type : Entity::types()) {
        m_typeMenu->addAction(EntityStyle::icon(type), EntityStyle::typeName(type), this, [this, type] {
            for (int row : selectedSuggestionRows())
                m_suggestions->setType(row, type);
        });
    }
    for (QAction *action : {m_accept, m_reject, m_mergeSuggestions, m_renameSuggestion})
        m_suggestionView->addAction(action);
    m_suggestionView->addAction(m_typeMenu->menuAction());
    connect(m_suggestionView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showOccurrences();
    });
    connect(m_suggestions, &QAbstractItemModel::modelReset, this, &EntitiesDock::updateActions);
    // A new list: in the suggester's order, its sources in the source filter, nothing reviewed yet.
    connect(m_suggestions, &QAbstractItemModel::modelReset, this, [this] {
        m_reviewed.clear();
        m_suggestionView->header()->setSortIndicator(-1, Qt::AscendingOrder);
        m_suggestionProxy->sort(-1);
        fillSourceFilter();
    });
    connect(m_suggestions, &QAbstractItemModel::rowsRemoved, this, &EntitiesDock::updateActions);
    connect(m_suggestions, &QAbstractItemModel::rowsInserted, this, &EntitiesDock::updateActions);
    // The proxy signals a removal before the list has lost the row: count after both.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_suggestionProxy, signal, this, &EntitiesDock::updateSuggestionCount);
        connect(m_suggestions, signal, this, &EntitiesDock::updateSuggestionCount);
    }
    connect(m_suggestionProxy, &QAbstractItemModel::modelReset, this, &EntitiesDock::updateSuggestionCount);
    connect(
        m_suggestionProxy, &QAbstractItemModel::layoutChanged, this, &EntitiesDock::updateSuggestionCount);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_accept, m_reject, m_mergeSuggestions, m_renameSuggestion}) {
        auto *button = new QToolButton(tab);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    auto *typeButton = new QToolButton(tab);
    typeButton->setText(tr("Type"));
    typeButton->setToolTip(tr("Change the type of the selected suggestions"));
    typeButton->setMenu(m_typeMenu);
    typeButton->setPopupMode(QToolButton::InstantPopup);
    buttons->addWidget(typeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_suggestionCount);
    auto *rejectedButton = new QToolButton(tab);
    rejectedButton->setDefaultAction(m_rejected);
    rejectedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->addWidget(rejectedButton);

    m_occurrences = new QListWidget(tab);
    m_occurrences->setObjectName(QStringLiteral("suggestionOccurrences"));
    m_occurrences->setAccessibleName(tr("Where the selected suggestion occurs"));
    m_occurrences->setWordWrap(true);
    m_occurrences->setAlternatingRowColors(true);
    connect(m_occurrences, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openItem(item, QApplication::keyboardModifiers() & Qt::ControlModifier);
    });

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setChildrenCollapsible(false);
    auto *upper = new QWidget(splitter);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(filters);
    upperLayout->addWidget(m_suggestionView, 1);
    upperLayout->addLayout(buttons);
    splitter->addWidget(upper);
    splitter->addWidget(m_occurrences);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_suggestionStatus);
    layout->addWidget(splitter, 1);
    return tab;
}

Dossier *EntitiesDock::dossier() const
{
    return m_dossier;
}

void EntitiesDock::setDossier(Dossier *dossier)
{
    if (m_dossier == dossier && dossier)
        return;
    cancelSuggestions();
    if (m_dossier) {
        disconnect(m_dossier, nullptr, this, nullptr);
        disconnect(m_dossier->undoStack(), nullptr, this, nullptr);
    }
    m_dossier = dossier;
    m_model->setDossier(dossier);
    m_suggestions->clear();
    if (m_dossier) {
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
        connect(m_dossier->undoStack(), &QUndoStack::indexChanged, this, &EntitiesDock::syncReviewed);
        for (auto signal : {&Dossier::entityChanged, &Dossier::entityRemoved, &Dossier::relationshipAdded,
                 &Dossier::relationshipRemoved, &Dossier::relationshipChanged})
            connect(m_dossier, signal, m_detailsTimer, qOverload<>(&QTimer::start));
        connect(m_dossier, &Dossier::sourcesRemoved, m_detailsTimer, qOverload<>(&QTimer::start));
        connect(m_dossier, &Dossier::sourcesAdded, m_detailsTimer, qOverload<>(&QTimer::start));
    }
    showError(QString());
    updateActions();
    reloadDetails();
}

void EntitiesDock::showError(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void EntitiesDock::updateActions()
{
    const bool open = m_dossier != nullptr;
    const int selected = int(selectedEntityIds().size());
    m_add->setEnabled(open);
    m_edit->setEnabled(open && selected == 1);
    m_delete->setEnabled(open && selected >= 1);
    m_merge->setEnabled(open && selected == 2);
    m_findMentions->setEnabled(open && selected >= 1);
    m_relate->setEnabled(open);
    m_suggest->setEnabled(open && !isSuggesting());
    const int suggestions = int(selectedSuggestionRows().size());
    m_accept->setEnabled(open && suggestions >= 1);
    m_reject->setEnabled(open && suggestions >= 1);
    m_mergeSuggestions->setEnabled(open && suggestions >= 2);
    m_renameSuggestion->setEnabled(open && suggestions == 1);
    m_typeMenu->setEnabled(open && suggestions >= 1);
    m_rejected->setEnabled(open);
    m_tabs->setTabText(1,
        m_suggestions->rowCount() ? tr("&Suggestions (%1)").arg(m_suggestions->rowCount())
                                  : tr("&Suggestions"));
}

qint64 EntitiesDock::currentEntityId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return m_model->entityId(m_proxy->mapToSource(current).row());
}

QVector<qint64> EntitiesDock::selectedEntityIds() const
{
    QVector<qint64> ids;
    const qint64 first = currentEntityId();
    if (first)
        ids.append(first); // the current one first: "Relate" goes from it
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const qint64 id = m_model->entityId(m_proxy->mapToSource(index).row());
        if (id && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void EntitiesDock::selectEntity(qint64 entityId)
{
    const int row = m_model->rowForEntity(entityId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Hidden by the filters: clear them so the entity shows.
        m_filter->clear();
        m_typeFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_tabs->setCurrentIndex(0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void EntitiesDock::reloadDetails()
{
    m_mentions->clear();
    m_relationships->clear();
    const qint64 id = currentEntityId();
    if (!m_dossier || !id) {
        m_detailTabs->setTabText(0, tr("Mentions"));
        m_detailTabs->setTabText(1, tr("Relationships"));
        return;
    }
    QVector<Mention> mentions = m_dossier->entities().mentions(id);
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
        return std::tie(a.anchor.sourceId, a.anchor.start) < std::tie(b.anchor.sourceId, b.anchor.start);
    });
    QHash<qint64, QString> titles;
    int toReview = 0;
    int listed = 0;
    for (const Mention &m : std::as_const(mentions)) {
        const qint64 sourceId = m.anchor.sourceId;
        if (!titles.contains(sourceId)) {
            const auto source = m_dossier->sources().get(sourceId);
            titles.insert(sourceId, source ? source->title : QString());
        }
        if (!m.confirmed)
            ++toReview;
        if (++listed > MaxListed)
            continue;
        //: A mention of an entity: %1 the words around it, %2 its source
        QString text = tr("%1\n— %2").arg(context(m.anchor), titles.value(sourceId));
        auto *item = new QListWidgetItem(text, m_mentions);
        if (!m.confirmed) {
            QFont italic = item->font();
            italic.setItalic(true);
            item->setFont(italic);
            //: Tooltip of a mention found by a suggestion, not yet confirmed by the user
            item->setToolTip(tr("Found automatically: to review."));
        }
        item->setData(SourceIdRole, sourceId);
        item->setData(StartRole, m.anchor.start);
        item->setData(EndRole, m.anchor.end);
    }
    //: Tab title: %1 how many mentions, %2 how many of them to review
    m_detailTabs->setTabText(0,
        toReview ? tr("Mentions (%1, %2 to review)").arg(mentions.size()).arg(toReview)
                 : tr("Mentions (%1)").arg(mentions.size()));

    RelationshipDates dates(*m_dossier);
    QSet<qint64> conflicting;
    QHash<qint64, QStringList> conflictText;
    QVector<Relationship> relationships = m_dossier->relationships().involving(id);
    std::sort(relationships.begin(), relationships.end(),
        [](const Relationship &a, const Relationship &b) { return a.start.earliest() < b.start.earliest(); });
    for (const Relationship &r : std::as_const(relationships)) {
        for (const DateConflict &c : dates.conflictsFor(r.id)) {
            conflicting.insert(r.id);
            conflictText[r.id].append(dates.describe(c));
        }
    }
    for (const Relationship &r : std::as_const(relationships)) {
        const auto from = m_dossier->entities().get(r.fromId);
        const auto to = m_dossier->entities().get(r.toId);
        const QString span = EntityStyle::dateSpan(r.start, r.end);
        //: A relationship in the entity's list: %1 and %3 the entities, %2 what links them
        QString text
            = tr("%1 — %2 — %3")
                  .arg(from ? from->name : QString(), EntityStyle::relationshipText(r.type, r.label, r.role),
                      to ? to->name : QString());
        if (!span.isEmpty())
            text += QLatin1Char('\n') + span;
        //: A relationship's evidence count, after its dates
        text += QLatin1Char('\n') + tr("%n passage(s) of evidence", "", int(r.evidenceIds.size()));
        auto *item = new QListWidgetItem(text, m_relationships);
        item->setData(RelationshipIdRole, r.id);
        if (conflicting.contains(r.id)) {
            item->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
            item->setForeground(QColor(0xa0, 0x40, 0x00));
            item->setToolTip(conflictText.value(r.id).join(QLatin1Char('\n')));
        }
    }
    m_detailTabs->setTabText(1, tr("Relationships (%1)").arg(relationships.size()));
}

void EntitiesDock::openItem(QListWidgetItem *item, bool newPane)
{
    if (!item || !item->data(SourceIdRole).toLongLong())
        return;
    Q_EMIT passageRequested(item->data(SourceIdRole).toLongLong(), item->data(StartRole).toLongLong(),
        item->data(EndRole).toLongLong(), newPane);
}

void EntitiesDock::addEntityInteractive()
{
    if (!m_dossier)
        return;
    EntityDialog dialog(this);
    Entity blank;
    blank.type = QStringLiteral("Person");
    dialog.setEntity(blank);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = m_dossier->addEntity(dialog.entity());
    if (!id) {
        showError(id.error());
        return;
    }
    showError(QString());
    selectEntity(*id);
}

void EntitiesDock::editEntityInteractive()
{
    const qint64 id = currentEntityId();
    if (!m_dossier || !id)
        return;
    const auto entity = m_dossier->entities().get(id);
    if (!entity)
        return;
    EntityDialog dialog(this);
    dialog.setEntity(*entity);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status status = m_dossier->updateEntity(dialog.entity());
    showError(status ? QString() : status.error());
}

void EntitiesDock::deleteEntities()
{
    const QVector<qint64> ids = selectedEntityIds();
    if (!m_dossier || ids.isEmpty())
        return;
    QUndoStack *stack = m_dossier->undoStack();
    if (ids.size() > 1)
        //: Undo step; %n entities
        stack->beginMacro(tr("Delete %n entities", "", int(ids.size())));
    QString error;
    for (qint64 id : ids) {
        const Status status = m_dossier->removeEntity(id);
        if (!status && error.isEmpty())
            error = status.error();
    }
    if (ids.size() > 1)
        stack->endMacro();
    showError(error);
    if (error.isEmpty())
        Q_EMIT message(tr("%n entity(ies) deleted; Edit ▸ Undo brings them back.", "", int(ids.size())));
}

void EntitiesDock::mergeEntitiesInteractive()
{
    const QVector<qint64> ids = selectedEntityIds();
    if (!m_dossier || ids.size() != 2)
        return;
    const auto a = m_dossier->entities().get(ids.at(0));
    const auto b = m_dossier->entities().get(ids.at(1));
    if (!a || !b)
        return;
    bool ok = false;
    const QString kept = QInputDialog::getItem(this, tr("Merge Entities"),
        tr("These two are one. Keep which name? The other becomes one of its other names, and its mentions, "
           "relationships and claims move over."),
        {a->name, b->name}, 0, false, &ok);
    if (!ok)
        return;
    const qint64 into = kept == a->name ? a->id : b->id;
    const qint64 from = into == a->id ? b->id : a->id;
    const Status status = EntityEdits(m_dossier).merge(from, into);
    showError(status ? QString() : status.error());
    if (status)
        selectEntity(into);
}

void EntitiesDock::findMentions()
{
    if (!m_dossier)
        return;
    SuggestionReview review(m_dossier);
    int added = 0;
    for (qint64 id : selectedEntityIds()) {
        const auto found = review.findMentions(id);
        if (!found) {
            showError(found.error());
            return;
        }
        added += *found;
    }
    showError(QString());
    //: After Find Mentions; %n places
    Q_EMIT message(tr("%n new mention(s) marked for review.", "", added));
    m_detailTabs->setCurrentIndex(0);
}

void EntitiesDock::newRelationship(qint64 fromEntity, qint64 toEntity)
{
    if (!m_dossier)
        return;
    RelationshipDialog dialog(m_dossier, this);
    Relationship blank;
    blank.type = QStringLiteral("Employment");
    blank.fromId = fromEntity;
    blank.toId = toEntity;
    dialog.setRelationship(blank);
    connect(&dialog, &RelationshipDialog::passageRequested, this, &EntitiesDock::passageRequested);
    if (dialog.exec() == QDialog::Accepted)
        m_detailTabs->setCurrentIndex(1);
}

void EntitiesDock::editRelationship(qint64 relationshipId)
{
    if (!m_dossier)
        return;
    const auto relationship = m_dossier->relationships().get(relationshipId);
    if (!relationship)
        return;
    RelationshipDialog dialog(m_dossier, this);
    dialog.setRelationship(*relationship);
    connect(&dialog, &RelationshipDialog::passageRequested, this, &EntitiesDock::passageRequested);
    dialog.exec();
}

bool EntitiesDock::isSuggesting() const
{
    return m_watcher->isRunning();
}

bool EntitiesDock::runSuggestions()
{
    if (!m_dossier || isSuggesting())
        return false;
    showError(QString());
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_suggestionStatus->setText(tr("Reading the sources…"));
    m_tabs->setCurrentIndex(1);
    m_watcher->setFuture(EntitySuggester::start(m_dossier->path()));
    updateActions();
    return true;
}

void EntitiesDock::cancelSuggestions()
{
    if (!isSuggesting())
        return;
    m_watcher->cancel();
    m_suggestionStatus->setText(tr("Stopping…"));
}

void EntitiesDock::onSuggestionsFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const QFuture<SuggestionRun> future = m_watcher->future();
    const SuggestionRun run = future.resultCount() ? future.result() : SuggestionRun {{}, 0, QString(), true};
    updateActions();
    if (run.canceled || m_watcher->isCanceled()) {
        m_suggestionStatus->setText(tr("Suggestions canceled; the list is as it was."));
        Q_EMIT suggestionsFinished(-1);
        return;
    }
    if (!run.error.isEmpty()) {
        m_suggestionStatus->setText(run.error);
        Q_EMIT suggestionsFinished(-1);
        return;
    }
    m_suggestions->setSuggestions(run.suggestions);
    //: After suggesting: %n suggestions, %1 the sources read ("12 sources")
    m_suggestionStatus->setText(
        tr("%n suggestion(s) from %1. Accept, reject, rename or merge them; each is "
           "one step Edit ▸ Undo takes back.",
            "", int(run.suggestions.size()))
            //: How many sources the suggestions come from, in "%n suggestions from %1"
            .arg(tr("%n source(s)", "", run.sourcesScanned)));
    updateActions();
    Q_EMIT suggestionsFinished(int(run.suggestions.size()));
}

QVector<int> EntitiesDock::selectedSuggestionRows() const
{
    QVector<int> rows;
    for (const QModelIndex &index : m_suggestionView->selectionModel()->selectedRows())
        rows.append(m_suggestionProxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

Result<qint64> EntitiesDock::acceptSuggestion(int row)
{
    if (!m_dossier)
        return Error {tr("No dossier is open.")};
    if (row < 0 || row >= m_suggestions->rowCount())
        return Error {tr("There is no such suggestion.")};
    const EntitySuggestion suggestion = m_suggestions->suggestion(row);
    const QString name = m_suggestions->chosenName(row);
    const QString type = m_suggestions->chosenType(row);
    const auto id = SuggestionReview(m_dossier).accept(
        suggestion, name == suggestion.name ? QString() : name, type == suggestion.type ? QString() : type);
    if (id) {
        m_reviewed.insert(suggestion.key, *id);
        m_suggestions->removeRowsByKey({suggestion.key});
        //: After accepting a suggestion: %1 its name
        Q_EMIT message(tr("%1 added; its mentions are marked for review in the Entities tab.").arg(name));
    }
    return id;
}

Status EntitiesDock::acceptSuggestions(const QVector<int> &rows)
{
    if (!m_dossier || rows.isEmpty())
        return {};
    QStringList keys;
    for (int row : rows)
        keys.append(m_suggestions->suggestion(row).key);
    QUndoStack *stack = m_dossier->undoStack();
    if (keys.size() > 1)
        //: Undo step; %n suggestions
        stack->beginMacro(tr("Accept %n suggestions", "", int(keys.size())));
    Status result;
    qint64 last = 0;
    for (const QString &key : std::as_const(keys)) {
        const auto id = acceptSuggestion(m_suggestions->rowForKey(key));
        if (!id) {
            result = Error {id.error()};
            break;
        }
        last = *id;
    }
    if (keys.size() > 1)
        stack->endMacro();
    if (last && keys.size() > 1)
        Q_EMIT message(tr("%n entities added; their mentions are marked for review.", "", int(keys.size())));
    return result;
}

Status EntitiesDock::rejectSuggestions(const QVector<int> &rows)
{
    if (!m_dossier || rows.isEmpty())
        return {};
    QVector<EntitySuggestion> rejected;
    for (int row : rows)
        rejected.append(m_suggestions->suggestion(row));
    QUndoStack *stack = m_dossier->undoStack();
    if (rejected.size() > 1)
        stack->beginMacro(tr("Reject %n suggestions", "", int(rejected.size())));
    SuggestionReview review(m_dossier);
    Status result;
    QStringList done;
    for (const EntitySuggestion &s : std::as_const(rejected)) {
        const Status status = review.reject(s);
        if (!status) {
            result = status;
            break;
        }
        done.append(s.key);
        m_reviewed.insert(s.key, 0);
    }
    if (rejected.size() > 1)
        stack->endMacro();
    m_suggestions->removeRowsByKey(done);
    return result;
}

void EntitiesDock::mergeSuggestions(int intoRow, const QVector<int> &rows)
{
    if (intoRow < 0 || rows.isEmpty())
        return;
    m_suggestions->mergeRows(intoRow, rows);
}

void EntitiesDock::reviewSelected(bool accept)
{
    const QModelIndexList selected = m_suggestionView->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const int first = std::min_element(
        selected.cbegin(), selected.cend(), [](const QModelIndex &a, const QModelIndex &b) {
            return a.row() < b.row();
        })->row();
    const QVector<int> rows = selectedSuggestionRows();
    const Status status = accept ? acceptSuggestions(rows) : rejectSuggestions(rows);
    if (!status)
        showError(status.error());
    // The next suggestion takes the place of the reviewed ones, ready for the next key.
    const int count = m_suggestionProxy->rowCount();
    if (count == 0)
        return;
    const QModelIndex next = m_suggestionProxy->index(std::min(first, count - 1), 0);
    m_suggestionView->selectionModel()->setCurrentIndex(
        next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_suggestionView->scrollTo(next);
}

bool EntitiesDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_suggestionFilter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_suggestionProxy->rowCount()) {
        if (!m_suggestionView->selectionModel()->hasSelection())
            m_suggestionView->selectionModel()->setCurrentIndex(m_suggestionProxy->index(0, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_suggestionView->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

void EntitiesDock::syncReviewed()
{
    if (!m_dossier || m_reviewed.isEmpty())
        return;
    QSet<QString> rejected;
    for (const auto &entry : SuggestionReview(m_dossier).rejected())
        rejected.insert(entry.first);
    QStringList undone;
    QStringList redone;
    for (auto it = m_reviewed.cbegin(); it != m_reviewed.cend(); ++it) {
        const bool done
            = it.value() ? m_dossier->entities().get(it.value()).has_value() : rejected.contains(it.key());
        if (!done && m_suggestions->isRemoved(it.key()))
            undone.append(it.key());
        else if (done && !m_suggestions->isRemoved(it.key()) && m_suggestions->rowForKey(it.key()) >= 0)
            redone.append(it.key());
    }
    m_suggestions->restoreRowsByKey(undone);
    m_suggestions->removeRowsByKey(redone);
}

void EntitiesDock::setLibrarySelection(const QVector<qint64> &sourceIds)
{
    m_librarySources = sourceIds;
    if (m_suggestionSourceFilter->currentData().toLongLong() == 0)
        applySuggestionFilter();
}

void EntitiesDock::fillSourceFilter()
{
    const QSignalBlocker blocker(m_suggestionSourceFilter);
    const qint64 current = m_suggestionSourceFilter->count()
        ? m_suggestionSourceFilter->currentData().toLongLong()
        : qint64(-1);
    m_suggestionSourceFilter->clear();
    //: Suggestions filter: from every source
    m_suggestionSourceFilter->addItem(tr("All sources"), qint64(-1));
    //: Suggestions filter: only those naming a source selected in the library
    m_suggestionSourceFilter->addItem(tr("Sources selected in the library"), qint64(0));
    if (m_dossier) {
        QSet<qint64> ids;
        for (int row = 0; row < m_suggestions->rowCount(); ++row) {
            for (qint64 id : m_suggestions->suggestion(row).sourceIds)
                ids.insert(id);
        }
        QVector<std::pair<QString, qint64>> titled;
        for (qint64 id : std::as_const(ids)) {
            const auto source = m_dossier->sources().get(id);
            titled.append({source ? source->title : QString::number(id), id});
        }
        std::sort(titled.begin(), titled.end(),
            [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
        if (!titled.isEmpty())
            m_suggestionSourceFilter->insertSeparator(m_suggestionSourceFilter->count());
        for (const auto &[title, id] : std::as_const(titled))
            m_suggestionSourceFilter->addItem(title, id);
    }
    m_suggestionSourceFilter->setCurrentIndex(std::max(0, m_suggestionSourceFilter->findData(current)));
    applySuggestionFilter();
}

void EntitiesDock::applySuggestionFilter()
{
    if (!m_suggestionCount)
        return; // still building the tab
    auto *proxy = static_cast<SuggestionFilterProxy *>(m_suggestionProxy);
    proxy->words = m_suggestionFilter->text().trimmed();
    proxy->type = m_suggestionTypeFilter->currentData().toString();
    const qint64 source = m_suggestionSourceFilter->currentData().toLongLong();
    proxy->bySource = source >= 0;
    proxy->sources.clear();
    if (source == 0) {
        for (qint64 id : std::as_const(m_librarySources))
            proxy->sources.insert(id);
    } else if (source > 0) {
        proxy->sources.insert(source);
    }
    proxy->refilter();
    updateSuggestionCount();
}

void EntitiesDock::updateSuggestionCount()
{
    const int all = m_suggestions->rowCount();
    const int shown = m_suggestionProxy->rowCount();
    if (shown == all)
        m_suggestionCount->setText(tr("%n suggestion(s)", "", all));
    else
        //: %1 how many the filters show, %n how many there are
        m_suggestionCount->setText(tr("%1 of %n suggestion(s)", "", all).arg(shown));
}

void EntitiesDock::renameSuggestionInteractive()
{
    const QVector<int> rows = selectedSuggestionRows();
    if (rows.size() != 1)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Suggestion"),
        tr("Name to accept it under (the suggested one stays as another name):"), QLineEdit::Normal,
        m_suggestions->chosenName(rows.first()), &ok);
    if (ok)
        m_suggestions->setName(rows.first(), name);
}

void EntitiesDock::showOccurrences()
{
    m_occurrences->clear();
    const QVector<int> rows = selectedSuggestionRows();
    if (!m_dossier || rows.size() != 1)
        return;
    const EntitySuggestion &s = m_suggestions->suggestion(rows.first());
    QHash<qint64, QString> titles;
    int listed = 0;
    for (const SuggestedMention &m : s.occurrences) {
        if (++listed > MaxListed)
            break;
        if (!titles.contains(m.sourceId)) {
            const auto source = m_dossier->sources().get(m.sourceId);
            titles.insert(m.sourceId, source ? source->title : QString());
        }
        Anchor anchor;
        anchor.exact = m_dossier->sources().textRange(m.sourceId, m.start, m.end);
        anchor.prefix = m_dossier->sources().textRange(
            m.sourceId, std::max<qint64>(0, m.start - ContextLength), m.start);
        anchor.suffix = m_dossier->sources().textRange(m.sourceId, m.end, m.end + ContextLength);
        auto *item = new QListWidgetItem(
            tr("%1\n— %2").arg(context(anchor), titles.value(m.sourceId)), m_occurrences);
        if (m.inComments)
            //: Tooltip: the name occurs in readers' comments under an article
            item->setToolTip(tr("In the readers' comments"));
        item->setData(SourceIdRole, m.sourceId);
        item->setData(StartRole, m.start);
        item->setData(EndRole, m.end);
    }
}

void EntitiesDock::showRejected()
{
    if (!m_dossier)
        return;
    SuggestionReview review(m_dossier);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Rejected Suggestions"));
    auto *label
        = new QLabel(tr("These names are not suggested again. Take one back to see it suggested on the "
                        "next run."),
            &dialog);
    label->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const auto &[key, name] : review.rejected()) {
        auto *item = new QListWidgetItem(name, list);
        item->setData(Qt::UserRole, key);
    }
    auto *takeBack = new QPushButton(tr("Take Back"), &dialog);
    connect(takeBack, &QPushButton::clicked, &dialog, [this, list, &review] {
        for (QListWidgetItem *item : list->selectedItems()) {
            const Status status = review.unreject(item->data(Qt::UserRole).toString());
            if (!status) {
                showError(status.error());
                return;
            }
            delete item;
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->addButton(takeBack, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 24);
    dialog.exec();
}

} // namespace Recoupe
