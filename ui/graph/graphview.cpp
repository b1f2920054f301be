// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphview.h"

#include "entities/relationshipdates.h"
#include "entitystyle.h"
#include "evidencelist.h"
#include "graph/graphfilters.h"
#include "graphcanvas.h"
#include "graphedgeitem.h"
#include "graphnodeitem.h"
#include "graphscene.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/tagstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSlider>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Recoupe {

namespace {

constexpr int ReloadDelay = 50; // ms: a merge or an import announces many changes at once
constexpr int SliderMarginDays = 366;

QStringList relationshipKeys(const Graph &graph)
{
    // Types, with the user's own labels standing for UnknownLink (GraphFilters reads them so).
    QStringList keys;
    for (const GraphEdge &e : graph.edges()) {
        const QString key = e.type == QLatin1String("UnknownLink") && !e.label.isEmpty() ? e.label : e.type;
        if (!keys.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end(),
        [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return keys;
}

QString relationshipKeyName(const QString &key)
{
    return Relationship::types().contains(key) ? EntityStyle::relationshipTypeName(key) : key;
}

} // namespace

GraphView::GraphView(Dossier *dossier, QWidget *parent)
    : QWidget(parent)
    , m_scene(new GraphScene(this))
    , m_canvas(new GraphCanvas(this))
    , m_evidence(new EvidenceList(this))
    , m_evidenceTitle(new QLabel(this))
    , m_conflicts(new QLabel(this))
    , m_sideBySide(new QPushButton(tr("Open Side by Side"), this))
    , m_status(new QLabel(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("GraphView"));
    m_canvas->setScene(m_scene);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelay);
    connect(m_reloadTimer, &QTimer::timeout, this, &GraphView::reload);

    m_evidenceTitle->setWordWrap(true);
    m_evidenceTitle->setTextFormat(Qt::RichText);
    m_evidenceTitle->setObjectName(QStringLiteral("graphSelectionTitle"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setObjectName(QStringLiteral("graphConflicts"));
    m_conflicts->setStyleSheet(QStringLiteral("QLabel { color: #a04000; }"));
    m_conflicts->hide();
    m_sideBySide->setObjectName(QStringLiteral("openSideBySide"));
    m_sideBySide->setToolTip(
        tr("Open the selected passages (or the first two) next to each other on the desk"));
    m_sideBySide->setEnabled(false);
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_evidence->setAccessibleName(tr("Evidence of the selected relationship"));

    connect(m_evidence, &EvidenceList::passageRequested, this, &GraphView::passageRequested);
    connect(m_sideBySide, &QPushButton::clicked, this, [this] {
        if (m_evidence->selectedItems().size() < 2 && m_evidence->count() >= 2) {
            m_evidence->clearSelection();
            m_evidence->item(0)->setSelected(true);
            m_evidence->item(1)->setSelected(true);
        }
        m_evidence->openSelected();
    });
    connect(m_evidence, &QListWidget::itemSelectionChanged, this,
        [this] { m_sideBySide->setEnabled(m_evidence->count() >= 2); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &GraphView::onSelectionChanged);
    connect(m_scene, &GraphScene::nodesPinned, this, [this](const QVector<qint64> &ids) {
        //: Status bar after the user dragged entities on the graph; %n how many
        Q_EMIT message(tr("%n entity(ies) pinned where you put them; the next layout keeps them there.", "",
            int(ids.size())));
    });
    connect(m_canvas, &GraphCanvas::linkRequested, this, &GraphView::relationshipRequested);
    connect(m_canvas, &GraphCanvas::edgeActivated, this, &GraphView::openEdgeEvidence);
    connect(m_canvas, &GraphCanvas::nodeActivated, this, &GraphView::openEntity);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    sideLayout->addWidget(m_evidenceTitle);
    sideLayout->addWidget(m_conflicts);
    sideLayout->addWidget(m_evidence, 1);
    sideLayout->addWidget(m_sideBySide);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_canvas);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    createToolBar();
    createFilterBar();
    layout->addWidget(findChild<QToolBar *>(QStringLiteral("graphToolBar")));
    layout->addWidget(findChild<QWidget *>(QStringLiteral("graphFilterBar")));
    layout->addWidget(findChild<QWidget *>(QStringLiteral("graphFocusBar")));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    setDossier(dossier);
}

GraphView::~GraphView()
{
    cancelLayout();
    disconnect(m_scene, nullptr, this, nullptr);
    disconnect(m_evidence, nullptr, this, nullptr);
}

void GraphView::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("graphToolBar"));
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_layoutBox = new QComboBox(bar);
    m_layoutBox->setObjectName(QStringLiteral("layoutAlgorithm"));
    m_layoutBox->setToolTip(tr("How Graphviz places the entities"));
    //: Graphviz layout names; the program names in brackets stay as they are
    m_layoutBox->addItem(tr("Force-directed (sfdp)"), int(LayoutAlgorithm::Sfdp));
    m_layoutBox->addItem(tr("Spring model (neato)"), int(LayoutAlgorithm::Neato));
    m_layoutBox->addItem(tr("Layered (dot)"), int(LayoutAlgorithm::Dot));
    m_layoutBox->addItem(tr("Circular (circo)"), int(LayoutAlgorithm::Circo));
    connect(m_layoutBox, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        setAlgorithm(LayoutAlgorithm(m_layoutBox->itemData(index).toInt()));
        relayout();
    });
    bar->addWidget(m_layoutBox);

    m_relayoutAction = bar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Lay Out"));
    m_relayoutAction->setObjectName(QStringLiteral("relayout"));
    m_relayoutAction->setToolTip(tr("Place the entities again; the ones you pinned stay where they are"));
    connect(m_relayoutAction, &QAction::triggered, this, &GraphView::relayout);
    // Near the start of the bar, where a narrow window still shows it.
    //: Toolbar tool of the graph: while checked, dragging from an entity to another links them
    m_linkAction = bar->addAction(QIcon::fromTheme(QStringLiteral("insert-link")), tr("Link"));
    m_linkAction->setObjectName(QStringLiteral("linkMode"));
    m_linkAction->setCheckable(true);
    m_linkAction->setToolTip(
        tr("Drag from one entity to another to relate them (Shift+drag does it at any time)"));
    connect(m_linkAction, &QAction::toggled, m_canvas, &GraphCanvas::setLinkingMode);

    m_layoutProgress = new QProgressBar(bar);
    m_layoutProgress->setRange(0, 100);
    m_layoutProgress->setMaximumWidth(120);
    m_layoutProgress->setTextVisible(false);
    m_layoutProgress->setAccessibleName(tr("Layout progress"));
    m_layoutProgress->hide();
    m_layoutCancel = new QToolButton(bar);
    m_layoutCancel->setText(tr("Cancel"));
    m_layoutCancel->setToolTip(tr("Stop the layout; the entities stay where they are"));
    m_layoutCancel->hide();
    connect(m_layoutCancel, &QToolButton::clicked, this, &GraphView::cancelLayout);
    // Toolbars show widgets through actions: keep those to hide and show them.
    QAction *progressAction = bar->addWidget(m_layoutProgress);
    QAction *cancelAction = bar->addWidget(m_layoutCancel);
    progressAction->setVisible(false);
    cancelAction->setVisible(false);
    m_layoutProgress->setProperty("action", QVariant::fromValue(progressAction));
    m_layoutCancel->setProperty("action", QVariant::fromValue(cancelAction));
    bar->addSeparator();

    QAction *fit = bar->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("Fit"));
    fit->setToolTip(tr("Show the whole graph"));
    connect(fit, &QAction::triggered, m_canvas, &GraphCanvas::fitToItems);
    QAction *zoomIn = bar->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom In"));
    connect(zoomIn, &QAction::triggered, this, [this] { m_canvas->zoomBy(1.25); });
    QAction *zoomOut = bar->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom Out"));
    connect(zoomOut, &QAction::triggered, this, [this] { m_canvas->zoomBy(0.8); });
    bar->addSeparator();

    // Export before the drawing tools: on a narrow window the last ones go to the overflow menu.
    auto *exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Picture as SVG…"), this, [this] { exportInteractive(QStringLiteral("svg")); });
    exportMenu->addAction(tr("Picture as PNG…"), this, [this] { exportInteractive(QStringLiteral("png")); });
    exportMenu->addSeparator();
    exportMenu->addAction(
        tr("Shown Graph as GraphML…"), this, [this] { exportInteractive(QStringLiteral("graphml")); });
    exportMenu->addAction(
        tr("Shown Graph as GEXF…"), this, [this] { exportInteractive(QStringLiteral("gexf")); });
    exportMenu->addAction(
        tr("Shown Graph as FollowTheMoney…"), this, [this] { exportInteractive(QStringLiteral("ftm")); });
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
    bar->addSeparator();
    QAction *unpin = bar->addAction(tr("Unpin All"));
    unpin->setToolTip(tr("Let the next layout place every entity"));
    connect(unpin, &QAction::triggered, m_scene, &GraphScene::unpinAll);
}

void GraphView::createFilterBar()
{
    // A toolbar rather than a row of widgets: what does not fit goes into its overflow menu
    // instead of widening the whole window.
    auto *bar = new QToolBar(this);
    QWidget *barWidget = bar;
    barWidget->setObjectName(QStringLiteral("graphFilterBar"));

    auto menuButton = [barWidget](const QString &text, const QString &tip, QMenu **menu) {
        auto *button = new QToolButton(barWidget);
        button->setText(text);
        button->setToolTip(tip);
        button->setPopupMode(QToolButton::InstantPopup);
        *menu = new QMenu(button);
        button->setMenu(*menu);
        return button;
    };
    m_entityTypesButton
        = menuButton(tr("Entities"), tr("Which kinds of entities to show"), &m_entityTypesMenu);
    m_relationshipTypesButton = menuButton(
        tr("Relationships"), tr("Which kinds of relationships to show"), &m_relationshipTypesMenu);
    m_tagsButton = menuButton(tr("Evidence Tags"),
        tr("Show only relationships whose evidence carries one of the checked tags"), &m_tagsMenu);
    bar->addWidget(m_entityTypesButton);
    bar->addWidget(m_relationshipTypesButton);
    bar->addWidget(m_tagsButton);

    m_asOfBox = new QCheckBox(tr("As of"), barWidget);
    m_asOfBox->setToolTip(tr("Show only the relationships that may have held on the chosen day"));
    m_dateSlider = new QSlider(Qt::Horizontal, barWidget);
    m_dateSlider->setObjectName(QStringLiteral("asOfSlider"));
    m_dateSlider->setAccessibleName(tr("As of date"));
    m_dateSlider->setMinimumWidth(160);
    m_dateSlider->setMaximumWidth(200);
    m_dateSlider->setEnabled(false);
    m_dateLabel = new QLabel(barWidget);
    m_dateLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00 September 0000")));
    connect(m_asOfBox, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updatingControls)
            return;
        m_dateSlider->setEnabled(on);
        m_dateLabel->setEnabled(on);
        setAsOf(on ? m_sliderOrigin.addDays(m_dateSlider->value()) : QDate());
    });
    connect(m_dateSlider, &QSlider::valueChanged, this, [this](int days) {
        if (m_updatingControls)
            return;
        setAsOf(m_sliderOrigin.addDays(days));
    });
    bar->addWidget(m_asOfBox);
    bar->addWidget(m_dateSlider);
    bar->addWidget(m_dateLabel);

    // What to look at (a neighbourhood, a path) on a row of its own: with the filters it would
    // not fit beside the docks.
    bar = new QToolBar(this);
    barWidget = bar;
    barWidget->setObjectName(QStringLiteral("graphFocusBar"));
    m_focusBox = new QComboBox(barWidget);
    m_focusBox->setObjectName(QStringLiteral("neighbourhood"));
    m_focusBox->setToolTip(tr("Show only the selected entity and the entities near it"));
    // Its longest entry would push Shortest Path into the toolbar's overflow menu.
    m_focusBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_focusBox->setMinimumContentsLength(14);
    m_focusBox->addItem(tr("Whole graph"), 0);
    //: Graph filter: the selected entity and the entities directly linked to it
    m_focusBox->addItem(tr("Neighbours of the selected entity"), 1);
    //: Graph filter: up to two relationships away from the selected entity
    m_focusBox->addItem(tr("Two steps from the selected entity"), 2);
    connect(m_focusBox, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const int hops = m_focusBox->itemData(index).toInt();
        const QVector<qint64> selected = selectedEntities();
        if (hops == 0) {
            setNeighbourhood(0, 0);
        } else if (selected.size() == 1) {
            setNeighbourhood(selected.first(), hops);
        } else if (m_focusEntity) {
            setNeighbourhood(m_focusEntity, hops);
        } else {
            Q_EMIT message(tr("Select one entity on the graph first."));
            m_updatingControls = true;
            m_focusBox->setCurrentIndex(0);
            m_updatingControls = false;
        }
    });
    bar->addWidget(m_focusBox);

    m_pathButton = new QPushButton(tr("Shortest Path"), barWidget);
    m_pathButton->setObjectName(QStringLiteral("shortestPath"));
    m_pathButton->setToolTip(
        tr("Show the shortest chain of relationships between the two selected entities"));
    connect(m_pathButton, &QPushButton::clicked, this, [this] {
        const QVector<qint64> selected = selectedEntities();
        if (selected.size() != 2) {
            Q_EMIT message(tr("Select exactly two entities (Ctrl+click) to see what links them."));
            return;
        }
        setPath(selected.at(0), selected.at(1));
    });
    bar->addWidget(m_pathButton);

    m_hideUnlinkedBox = new QCheckBox(tr("Hide unlinked"), barWidget);
    m_hideUnlinkedBox->setToolTip(tr("Hide the entities that no shown relationship touches"));
    connect(m_hideUnlinkedBox, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updatingControls)
            setHideUnlinked(on);
    });
    bar->addWidget(m_hideUnlinkedBox);

    m_clearButton = new QPushButton(tr("Show All"), barWidget);
    m_clearButton->setObjectName(QStringLiteral("clearGraphFilters"));
    m_clearButton->setToolTip(tr("Clear every filter"));
    connect(m_clearButton, &QPushButton::clicked, this, &GraphView::clearFilters);
    bar->addWidget(m_clearButton);
}

Dossier *GraphView::dossier() const
{
    return m_dossier;
}

void GraphView::setDossier(Dossier *dossier)
{
    if (m_dossier == dossier && dossier)
        return;
    cancelLayout();
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    m_evidence->setDossier(dossier);
    m_graph = Graph();
    m_filtered = Graph();
    m_scene->setGraph(m_graph);
    m_focusEntity = m_pathFrom = m_pathTo = 0;
    m_focusHops = 0;
    if (m_dossier) {
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
        for (auto signal : {&Dossier::entityAdded, &Dossier::entityRemoved, &Dossier::entityChanged,
                 &Dossier::relationshipAdded, &Dossier::relationshipRemoved, &Dossier::relationshipChanged,
                 &Dossier::tagAdded, &Dossier::tagRemoved, &Dossier::tagChanged})
            connect(m_dossier, signal, this, &GraphView::scheduleReload);
        // A highlight's tags count for the evidence-tag filter; others do not matter here.
        auto evidenceChanged = [this](qint64, qint64 annotationId) {
            if (m_evidenceIds.contains(annotationId))
                scheduleReload();
        };
        connect(m_dossier, &Dossier::annotationChanged, this, evidenceChanged);
        connect(m_dossier, &Dossier::annotationRemoved, this, evidenceChanged);
        connect(m_dossier, &Dossier::sourcesRemoved, this, &GraphView::scheduleReload);
        connect(m_dossier, &Dossier::sourcesAdded, this, &GraphView::scheduleReload);
        // Saving a relationship without evidence is allowed, but said, wherever it was drawn from.
        connect(m_dossier, &Dossier::relationshipAdded, this, [this](qint64 id) {
            const auto added = m_dossier->relationships().get(id);
            if (added && added->evidenceIds.isEmpty())
                Q_EMIT message(
                    tr("Relationship saved. No passage supports it yet: Edit Relationship cites one."));
        });
    }
    reload();
}

void GraphView::scheduleReload()
{
    m_reloadTimer->start();
}

void GraphView::reload()
{
    m_reloadTimer->stop();
    if (!m_dossier) {
        m_graph = Graph();
    } else {
        auto graph = Graph::fromDossier(*m_dossier);
        if (!graph) {
            Q_EMIT message(graph.error());
            return;
        }
        m_graph = std::move(graph).value();
    }
    m_evidenceIds.clear();
    for (const GraphEdge &e : m_graph.edges()) {
        for (qint64 id : e.evidenceIds)
            m_evidenceIds.insert(id);
    }
    if (m_focusEntity && m_graph.nodeIndex(m_focusEntity) < 0)
        m_focusEntity = 0;
    if ((m_pathFrom && m_graph.nodeIndex(m_pathFrom) < 0) || (m_pathTo && m_graph.nodeIndex(m_pathTo) < 0))
        m_pathFrom = m_pathTo = 0;
    const bool firstTime = m_scene->nodeItems().isEmpty();
    m_scene->setGraph(m_graph);
    updateFilterMenus();
    updateDateRange();
    applyFilters();
    onSelectionChanged();
    // A new graph gets a layout; later edits place newcomers beside their neighbours.
    if (firstTime && !m_graph.isEmpty())
        relayout();
}

void GraphView::updateFilterMenus()
{
    m_updatingControls = true;
    m_entityTypesMenu->clear();
    for (const QString &type : Entity::types()) {
        QAction *action = m_entityTypesMenu->addAction(EntityStyle::icon(type), EntityStyle::typeName(type));
        action->setCheckable(true);
        action->setChecked(!m_hiddenEntityTypes.contains(type));
        connect(action, &QAction::toggled, this, [this, type](bool on) {
            if (on)
                m_hiddenEntityTypes.remove(type);
            else
                m_hiddenEntityTypes.insert(type);
            applyFilters();
        });
    }
    m_relationshipTypesMenu->clear();
    for (const QString &key : relationshipKeys(m_graph)) {
        QAction *action = m_relationshipTypesMenu->addAction(relationshipKeyName(key));
        action->setCheckable(true);
        action->setChecked(!m_hiddenRelationshipTypes.contains(key));
        connect(action, &QAction::toggled, this, [this, key](bool on) {
            if (on)
                m_hiddenRelationshipTypes.remove(key);
            else
                m_hiddenRelationshipTypes.insert(key);
            applyFilters();
        });
    }
    m_relationshipTypesButton->setEnabled(!m_relationshipTypesMenu->isEmpty());
    m_tagsMenu->clear();
    QVector<qint64> tagIds;
    for (const GraphEdge &e : m_graph.edges()) {
        for (qint64 id : e.tagIds) {
            if (!tagIds.contains(id))
                tagIds.append(id);
        }
    }
    QVector<std::pair<QString, qint64>> tags;
    for (qint64 id : std::as_const(tagIds))
        tags.append({m_dossier ? m_dossier->tags().path(id) : QString::number(id), id});
    std::sort(tags.begin(), tags.end(),
        [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[path, id] : std::as_const(tags)) {
        QAction *action = m_tagsMenu->addAction(path);
        action->setCheckable(true);
        action->setChecked(m_tags.contains(id));
        const qint64 tagId = id;
        connect(action, &QAction::toggled, this, [this, tagId](bool on) {
            if (on && !m_tags.contains(tagId))
                m_tags.append(tagId);
            else if (!on)
                m_tags.removeAll(tagId);
            applyFilters();
        });
    }
    m_tagsButton->setEnabled(!tags.isEmpty());
    m_updatingControls = false;
}

void GraphView::updateDateRange()
{
    QDate first, last;
    auto widen = [&](const QDate &date) {
        if (!date.isValid())
            return;
        if (!first.isValid() || date < first)
            first = date;
        if (!last.isValid() || date > last)
            last = date;
    };
    for (const GraphEdge &e : m_graph.edges()) {
        if (!e.start.isNull())
            widen(e.start.earliest());
        if (!e.end.isNull())
            widen(e.end.latest());
    }
    m_updatingControls = true;
    const bool dated = first.isValid();
    m_asOfBox->setEnabled(dated);
    if (!dated) {
        m_dateSlider->setEnabled(false);
        m_dateLabel->setText(QString());
        m_updatingControls = false;
        return;
    }
    // A year before the first date and after the last one: before and after everything.
    m_sliderOrigin = first.addDays(-SliderMarginDays);
    m_dateSlider->setRange(0, int(m_sliderOrigin.daysTo(last.addDays(SliderMarginDays))));
    m_dateSlider->setPageStep(365);
    m_dateSlider->setSingleStep(30);
    const QDate shown = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    m_dateSlider->setValue(int(std::clamp<qint64>(m_sliderOrigin.daysTo(shown), 0, m_dateSlider->maximum())));
    m_dateSlider->setEnabled(m_asOf.isValid());
    m_dateLabel->setEnabled(m_asOf.isValid());
    m_asOfBox->setChecked(m_asOf.isValid());
    m_dateLabel->setText(
        QLocale().toString(m_sliderOrigin.addDays(m_dateSlider->value()), QLocale::ShortFormat));
    m_updatingControls = false;
}

void GraphView::setEntityTypes(const QStringList &types)
{
    m_hiddenEntityTypes.clear();
    if (!types.isEmpty()) {
        for (const QString &type : Entity::types()) {
            if (!types.contains(type))
                m_hiddenEntityTypes.insert(type);
        }
    }
    updateFilterMenus();
    applyFilters();
}

QStringList GraphView::entityTypes() const
{
    QStringList shown;
    for (const QString &type : Entity::types()) {
        if (!m_hiddenEntityTypes.contains(type))
            shown.append(type);
    }
    return m_hiddenEntityTypes.isEmpty() ? QStringList() : shown;
}

void GraphView::setRelationshipTypes(const QStringList &typesOrLabels)
{
    m_hiddenRelationshipTypes.clear();
    if (!typesOrLabels.isEmpty()) {
        for (const QString &key : relationshipKeys(m_graph)) {
            if (!typesOrLabels.contains(key))
                m_hiddenRelationshipTypes.insert(key);
        }
    }
    updateFilterMenus();
    applyFilters();
}

QStringList GraphView::relationshipTypes() const
{
    if (m_hiddenRelationshipTypes.isEmpty())
        return QStringList();
    QStringList shown;
    for (const QString &key : relationshipKeys(m_graph)) {
        if (!m_hiddenRelationshipTypes.contains(key))
            shown.append(key);
    }
    return shown;
}

void GraphView::setEvidenceTags(const QVector<qint64> &tagIds)
{
    m_tags = tagIds;
    updateFilterMenus();
    applyFilters();
}

void GraphView::setAsOf(const QDate &date)
{
    m_asOf = date;
    if (!m_updatingControls && m_asOfBox->isEnabled()) {
        m_updatingControls = true;
        m_asOfBox->setChecked(date.isValid());
        m_dateSlider->setEnabled(date.isValid());
        m_dateLabel->setEnabled(date.isValid());
        if (date.isValid())
            m_dateSlider->setValue(
                int(std::clamp<qint64>(m_sliderOrigin.daysTo(date), 0, m_dateSlider->maximum())));
        m_updatingControls = false;
    }
    m_dateLabel->setText(date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString());
    applyFilters();
}

void GraphView::setNeighbourhood(qint64 entityId, int hops)
{
    m_focusEntity = hops > 0 ? entityId : 0;
    m_focusHops = m_focusEntity ? std::clamp(hops, 1, 2) : 0;
    if (m_focusEntity) {
        m_pathFrom = m_pathTo = 0;
    }
    m_updatingControls = true;
    m_focusBox->setCurrentIndex(m_focusHops);
    m_updatingControls = false;
    applyFilters();
    if (m_focusEntity)
        m_canvas->fitToItems();
}

bool GraphView::setPath(qint64 fromEntity, qint64 toEntity)
{
    m_pathFrom = fromEntity;
    m_pathTo = toEntity;
    if (fromEntity && toEntity) {
        m_focusEntity = 0;
        m_focusHops = 0;
        m_updatingControls = true;
        m_focusBox->setCurrentIndex(0);
        m_updatingControls = false;
    }
    applyFilters();
    const bool linked = !(fromEntity && toEntity) || !m_filtered.isEmpty();
    if (!linked) {
        //: %1 and %2 are names of people or institutions
        Q_EMIT message(tr("No chain of shown relationships links %1 and %2.")
                           .arg(entityName(fromEntity), entityName(toEntity)));
    } else if (fromEntity && toEntity) {
        m_canvas->fitToItems();
    }
    return linked;
}

void GraphView::setHideUnlinked(bool hide)
{
    m_hideUnlinked = hide;
    m_updatingControls = true;
    m_hideUnlinkedBox->setChecked(hide);
    m_updatingControls = false;
    applyFilters();
}

void GraphView::clearFilters()
{
    m_hiddenEntityTypes.clear();
    m_hiddenRelationshipTypes.clear();
    m_tags.clear();
    m_asOf = QDate();
    m_focusEntity = m_pathFrom = m_pathTo = 0;
    m_focusHops = 0;
    m_hideUnlinked = false;
    m_updatingControls = true;
    m_focusBox->setCurrentIndex(0);
    m_hideUnlinkedBox->setChecked(false);
    m_updatingControls = false;
    updateFilterMenus();
    updateDateRange();
    applyFilters();
}

void GraphView::applyFilters()
{
    Graph g = m_graph;
    if (!m_hiddenEntityTypes.isEmpty()) {
        QStringList shown;
        for (const QString &type : Entity::types()) {
            if (!m_hiddenEntityTypes.contains(type))
                shown.append(type);
        }
        // Types outside FtM's list (older dossiers) stay unless they were unchecked.
        for (const GraphNode &n : m_graph.nodes()) {
            if (!shown.contains(n.type) && !m_hiddenEntityTypes.contains(n.type))
                shown.append(n.type);
        }
        g = GraphFilters::byEntityTypes(g, shown);
    }
    if (!m_hiddenRelationshipTypes.isEmpty()) {
        QStringList shown;
        for (const QString &key : relationshipKeys(m_graph)) {
            if (!m_hiddenRelationshipTypes.contains(key))
                shown.append(key);
        }
        g = GraphFilters::byRelationshipTypes(g, shown);
    }
    if (!m_tags.isEmpty())
        g = GraphFilters::byEvidenceTags(g, m_tags);
    if (m_asOf.isValid())
        g = GraphFilters::asOf(g, m_asOf);
    if (m_focusEntity && g.nodeIndex(m_focusEntity) >= 0)
        g = GraphFilters::neighbourhood(g, m_focusEntity, m_focusHops);
    QVector<qint64> pathIds;
    if (m_pathFrom && m_pathTo) {
        pathIds = GraphFilters::shortestPathIds(g, m_pathFrom, m_pathTo);
        g = GraphFilters::shortestPath(g, m_pathFrom, m_pathTo);
    }
    if (m_hideUnlinked)
        g = GraphFilters::withoutIsolatedNodes(g);
    m_filtered = std::move(g);
    m_scene->showOnly(m_filtered);

    // The entity a neighbourhood or a path is about, and the path's edges, stand out.
    for (qint64 id : std::as_const(m_emphasizedNodes)) {
        if (GraphNodeItem *item = m_scene->nodeItem(id))
            item->setEmphasized(false);
    }
    for (qint64 id : std::as_const(m_emphasizedEdges)) {
        if (GraphEdgeItem *item = m_scene->edgeItem(id))
            item->setEmphasized(false);
    }
    m_emphasizedNodes.clear();
    m_emphasizedEdges.clear();
    if (m_focusEntity)
        m_emphasizedNodes = {m_focusEntity};
    if (!pathIds.isEmpty()) {
        m_emphasizedNodes = {pathIds.first(), pathIds.last()};
        for (const GraphEdge &e : m_filtered.edges())
            m_emphasizedEdges.append(e.relationshipId);
    }
    for (qint64 id : std::as_const(m_emphasizedNodes)) {
        if (GraphNodeItem *item = m_scene->nodeItem(id))
            item->setEmphasized(true);
    }
    for (qint64 id : std::as_const(m_emphasizedEdges)) {
        if (GraphEdgeItem *item = m_scene->edgeItem(id))
            item->setEmphasized(true);
    }
    m_clearButton->setEnabled(isFiltered());
    updateStatus();
    Q_EMIT filtersApplied();
}

bool GraphView::isFiltered() const
{
    return !m_hiddenEntityTypes.isEmpty() || !m_hiddenRelationshipTypes.isEmpty() || !m_tags.isEmpty()
        || m_asOf.isValid() || m_focusEntity || (m_pathFrom && m_pathTo) || m_hideUnlinked;
}

void GraphView::updateStatus()
{
    m_canvas->setLinkHintShown(false);
    if (!m_dossier) {
        m_status->setText(tr("No dossier is open."));
        return;
    }
    if (m_graph.isEmpty()) {
        m_status->setText(
            tr("No people or institutions yet: mark them in a passage, or accept suggestions in "
               "the Entities dock."));
        return;
    }
    QString text = tr("Entities shown: %1 of %2. Relationships shown: %3 of %4.")
                       .arg(m_filtered.nodeCount())
                       .arg(m_graph.nodeCount())
                       .arg(m_filtered.edgeCount())
                       .arg(m_graph.edgeCount());
    if (m_asOf.isValid())
        //: Appended to the graph's status line: %1 a date
        text += QLatin1Char(' ') + tr("As of %1.").arg(QLocale().toString(m_asOf, QLocale::LongFormat));
    m_status->setText(text);
    m_canvas->setLinkHintShown(m_filtered.nodeCount() >= 2);
}

void GraphView::setAlgorithm(LayoutAlgorithm algorithm)
{
    m_algorithm = algorithm;
    const int index = m_layoutBox->findData(int(algorithm));
    if (index >= 0)
        m_layoutBox->setCurrentIndex(index);
}

bool GraphView::isLayingOut() const
{
    return m_layoutWatcher && m_layoutWatcher->isRunning();
}

void GraphView::relayout()
{
    if (m_graph.isEmpty())
        return;
    if (isLayingOut()) {
        // One at a time: the newest request runs when this one ends.
        m_layoutPending = true;
        m_layoutWatcher->cancel();
        return;
    }
    LayoutOptions options;
    options.algorithm = m_algorithm;
    options.pinned = m_scene->pinnedPositions();
    options.nodeDiameter = GraphNodeItem::Diameter * 3; // room for the names below the shapes
    // Graphviz centres a node's box on the entity: the name hangs below the shape, so the box
    // reaches as far above it.
    for (const GraphNodeItem *node : m_scene->nodeItems()) {
        const QRectF room = GraphScene::nodeRoom(node, QPointF());
        options.nodeSizes.insert(
            node->entityId(), QSizeF(room.width(), 2 * std::max(-room.top(), room.bottom())));
    }
    delete m_layoutWatcher;
    m_layoutWatcher = new QFutureWatcher<GraphPositions>(this);
    connect(m_layoutWatcher, &QFutureWatcher<GraphPositions>::progressValueChanged, m_layoutProgress,
        &QProgressBar::setValue);
    connect(m_layoutWatcher, &QFutureWatcher<GraphPositions>::finished, this, &GraphView::onLayoutFinished);
    m_layoutProgress->setValue(0);
    m_layoutProgress->property("action").value<QAction *>()->setVisible(true);
    m_layoutCancel->property("action").value<QAction *>()->setVisible(true);
    m_relayoutAction->setEnabled(false);
    //: Status bar while Graphviz works; %1 the layout's name
    Q_EMIT message(tr("Laying out the graph with %1…").arg(GraphLayout::algorithmName(m_algorithm)));
    m_layoutWatcher->setFuture(GraphLayout::start(m_graph, options));
}

void GraphView::cancelLayout()
{
    m_layoutPending = false;
    if (m_layoutWatcher && m_layoutWatcher->isRunning()) {
        m_layoutWatcher->cancel();
        m_layoutWatcher->waitForFinished();
    }
}

void GraphView::compact(QHash<qint64, QPointF> &positions) const
{
    // sfdp spreads some small graphs far apart and packs others tight: fitted to the view, names
    // would be drawn too small to read, or edge labels over each other. Bring the usual edge to a
    // length that leaves room for its label. (Pinned entities stay exactly where the user put
    // them: the caller skips this then.)
    constexpr double UsualEdge = 150;
    constexpr double ShortEdge = 110;
    QVector<double> lengths;
    for (const GraphEdge &e : m_graph.edges()) {
        const qint64 from = m_graph.nodes().at(e.from).entityId;
        const qint64 to = m_graph.nodes().at(e.to).entityId;
        if (positions.contains(from) && positions.contains(to) && from != to)
            lengths.append(QLineF(positions.value(from), positions.value(to)).length());
    }
    if (lengths.isEmpty())
        return;
    std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
    const double median = lengths.at(lengths.size() / 2);
    // Too short, their labels cover each other; too long, the names shrink out of sight.
    if (median >= ShortEdge && median <= UsualEdge)
        return;
    double factor = UsualEdge / median;
    if (factor < 1)
        factor = std::max(factor, narrowestSpread(positions));
    QPointF centre;
    for (const QPointF &p : std::as_const(positions))
        centre += p;
    centre /= double(positions.size());
    for (QPointF &p : positions)
        p = centre + (p - centre) * factor;
}

double GraphView::narrowestSpread(const QHash<qint64, QPointF> &positions) const
{
    // Drawn closer by a factor f, two entities' boxes stay apart while f·|dx| ≥ (w1 + w2) / 2 or
    // f·|dy| ≥ (h1 + h2) / 2: the layout cannot be drawn closer than the largest of those.
    constexpr int MaxCompared = 3000; // pairs grow as the square; larger graphs are not drawn closer
    QVector<QPointF> centres;
    QVector<QSizeF> sizes;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (const GraphNodeItem *node = m_scene->nodeItem(it.key())) {
            const QRectF room = GraphScene::nodeRoom(node, *it);
            centres.append(room.center());
            sizes.append(room.size());
        }
    }
    if (centres.size() > MaxCompared)
        return 1;
    double narrowest = 0;
    for (int i = 0; i < centres.size(); ++i) {
        for (int j = i + 1; j < centres.size(); ++j) {
            const double dx = std::abs(centres.at(i).x() - centres.at(j).x());
            const double dy = std::abs(centres.at(i).y() - centres.at(j).y());
            const double needX = (sizes.at(i).width() + sizes.at(j).width()) / 2;
            const double needY = (sizes.at(i).height() + sizes.at(j).height()) / 2;
            const double fx = dx > 1e-6 ? needX / dx : 1e9;
            const double fy = dy > 1e-6 ? needY / dy : 1e9;
            narrowest = std::max(narrowest, std::min(fx, fy));
        }
    }
    return std::min(narrowest, 1.0);
}

void GraphView::onLayoutFinished()
{
    m_layoutProgress->property("action").value<QAction *>()->setVisible(false);
    m_layoutCancel->property("action").value<QAction *>()->setVisible(false);
    m_relayoutAction->setEnabled(true);
    const QFuture<GraphPositions> future = m_layoutWatcher->future();
    const bool hasResult = future.resultCount() > 0;
    const GraphPositions positions = hasResult ? future.result() : GraphPositions();
    if (m_layoutPending) {
        m_layoutPending = false;
        QTimer::singleShot(0, this, &GraphView::relayout);
        return;
    }
    if (!hasResult || positions.canceled || m_layoutWatcher->isCanceled()) {
        Q_EMIT message(tr("Layout canceled; the entities stay where they were."));
        Q_EMIT layoutFinished();
        return;
    }
    if (!positions.error.isEmpty()) {
        Q_EMIT message(positions.error);
        Q_EMIT layoutFinished();
        return;
    }
    QHash<qint64, QPointF> placed = positions.nodes;
    if (m_scene->pinnedPositions().isEmpty())
        compact(placed);
    m_scene->setPositions(placed);
    // Graphviz kept the boxes apart; bringing the edges to a readable length, or the pins, may
    // have put names back over each other.
    // (Up to a thousand entities: beyond, Graphviz lets boxes overlap and moving them apart here
    // would hold the window up for seconds.)
    constexpr int MaxSeparated = 1000;
    const QHash<qint64, QPointF> pinned = m_scene->pinnedPositions();
    if (m_graph.nodeCount() <= MaxSeparated)
        m_scene->separateNodes(QSet<qint64>(pinned.keyBegin(), pinned.keyEnd()));
    m_canvas->fitToItems();
    Q_EMIT message(tr("Graph laid out."));
    Q_EMIT layoutFinished();
}

QString GraphView::entityName(qint64 entityId) const
{
    const GraphNode *node = m_graph.node(entityId);
    return node ? node->name : QString::number(entityId);
}

void GraphView::selectEntity(qint64 entityId)
{
    m_scene->clearSelection();
    if (GraphNodeItem *item = m_scene->nodeItem(entityId)) {
        item->setSelected(true);
        m_canvas->ensureVisible(item);
    }
}

void GraphView::selectRelationship(qint64 relationshipId)
{
    m_scene->clearSelection();
    if (GraphEdgeItem *item = m_scene->edgeItem(relationshipId)) {
        item->setSelected(true);
        m_canvas->ensureVisible(item);
    }
}

QVector<qint64> GraphView::selectedEntities() const
{
    return m_scene->selectedEntities();
}

QVector<qint64> GraphView::selectedRelationships() const
{
    return m_scene->selectedRelationships();
}

void GraphView::onSelectionChanged()
{
    const QVector<qint64> edges = m_scene->selectedRelationships();
    const QVector<qint64> nodes = m_scene->selectedEntities();
    m_conflicts->hide();
    if (edges.size() == 1) {
        const GraphEdge *edge = m_graph.edge(edges.first());
        if (!edge) {
            m_evidence->showAnnotations({});
            return;
        }
        const QString from = m_graph.nodes().at(edge->from).name.toHtmlEscaped();
        const QString to = m_graph.nodes().at(edge->to).name.toHtmlEscaped();
        const QString what
            = EntityStyle::relationshipText(edge->type, edge->label, edge->role).toHtmlEscaped();
        const QString when = EntityStyle::dateSpan(edge->start, edge->end).toHtmlEscaped();
        //: Above the evidence list: %1 a relationship ("Employment: architect"), %2 and %3 the two entities
        QString title = tr("<b>%1</b><br>%2 → %3").arg(what, from, to);
        if (!when.isEmpty())
            title += QStringLiteral("<br>") + when;
        title += QStringLiteral("<br>") + tr("%n passage(s) of evidence:", "", int(edge->evidenceIds.size()));
        m_evidenceTitle->setText(title);
        m_evidence->showAnnotations(edge->evidenceIds);
        if (m_dossier) {
            RelationshipDates dates(*m_dossier);
            QStringList sentences;
            for (const DateConflict &conflict : dates.conflictsFor(edge->relationshipId))
                sentences.append(dates.describe(conflict));
            if (!sentences.isEmpty()) {
                m_conflicts->setText(sentences.join(QLatin1Char('\n')));
                m_conflicts->show();
            }
        }
    } else if (nodes.size() == 1) {
        const GraphNode *node = m_graph.node(nodes.first());
        QString title = node
            ? QStringLiteral("<b>%1</b><br>%2")
                  .arg(node->name.toHtmlEscaped(), EntityStyle::typeName(node->type).toHtmlEscaped())
            : QString();
        if (node && !node->aliases.isEmpty())
            //: %1 the other names of a person or an institution, separated by commas
            title += QStringLiteral("<br>")
                + tr("Also: %1").arg(node->aliases.join(QStringLiteral(", ")).toHtmlEscaped());
        title += QStringLiteral("<br>") + tr("Select a relationship to list the passages behind it.");
        m_evidenceTitle->setText(title);
        m_evidence->showAnnotations({});
    } else if (nodes.size() == 2) {
        m_evidenceTitle->setText(tr("Two entities selected: Shortest Path shows what links them."));
        m_evidence->showAnnotations({});
    } else {
        m_evidenceTitle->setText(tr("Select a relationship to list the passages behind it."));
        m_evidence->showAnnotations({});
    }
    m_sideBySide->setEnabled(m_evidence->count() >= 2);
}

void GraphView::openEdgeEvidence(qint64 relationshipId)
{
    const GraphEdge *edge = m_graph.edge(relationshipId);
    if (!edge)
        return;
    selectRelationship(relationshipId);
    if (m_evidence->count() == 0) {
        Q_EMIT message(tr("No passage backs this relationship yet; Edit Relationship adds evidence."));
        return;
    }
    // Two accounts of the same link read best side by side.
    m_evidence->clearSelection();
    for (int i = 0; i < std::min(2, m_evidence->count()); ++i)
        m_evidence->item(i)->setSelected(true);
    m_evidence->openSelected();
}

void GraphView::openEntity(qint64 entityId)
{
    Q_EMIT entityActivated(entityId);
    if (!m_dossier)
        return;
    const QVector<Mention> mentions = m_dossier->entities().mentions(entityId);
    if (mentions.isEmpty())
        return;
    const Anchor &anchor = mentions.first().anchor;
    Q_EMIT passageRequested(anchor.sourceId, anchor.start, anchor.end, false);
}

int GraphView::showEdgesForAnnotation(qint64 annotationId)
{
    QVector<qint64> ids;
    for (const GraphEdge &e : m_graph.edges()) {
        if (e.evidenceIds.contains(annotationId))
            ids.append(e.relationshipId);
    }
    if (ids.isEmpty()) {
        Q_EMIT message(tr("No relationship rests on this passage."));
        return 0;
    }
    // The edges must be visible to be shown: drop the filters that hide any of them.
    QSet<qint64> shown;
    for (const GraphEdge &e : m_filtered.edges())
        shown.insert(e.relationshipId);
    if (std::any_of(ids.cbegin(), ids.cend(), [&shown](qint64 id) { return !shown.contains(id); }))
        clearFilters();
    m_scene->clearSelection();
    QRectF area;
    for (qint64 id : std::as_const(ids)) {
        if (GraphEdgeItem *item = m_scene->edgeItem(id)) {
            item->setSelected(true);
            area |= item->sceneBoundingRect();
        }
    }
    if (!area.isEmpty())
        m_canvas->ensureVisible(area);
    //: %n relationships
    Q_EMIT message(
        tr("This passage supports %n relationship(s), selected on the graph.", "", int(ids.size())));
    return int(ids.size());
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPoint viewPos = m_canvas->viewport()->mapFrom(this, event->pos());
    if (m_canvas->viewport()->rect().contains(viewPos))
        showCanvasMenu(viewPos);
    else
        QWidget::contextMenuEvent(event);
}

void GraphView::showCanvasMenu(const QPoint &viewPos)
{
    QMenu menu(this);
    QGraphicsItem *hit = nullptr;
    for (QGraphicsItem *item : m_canvas->items(viewPos)) {
        if (item->type() == GraphNodeItem::Type || item->type() == GraphEdgeItem::Type) {
            hit = item;
            break;
        }
    }
    if (hit && !hit->isSelected()) {
        m_scene->clearSelection();
        hit->setSelected(true);
    }
    if (hit && hit->type() == GraphNodeItem::Type) {
        auto *node = static_cast<GraphNodeItem *>(hit);
        const qint64 id = node->entityId();
        menu.addAction(tr("Open First Mention"), this, [this, id] { openEntity(id); });
        menu.addSeparator();
        menu.addAction(tr("Show Neighbours"), this, [this, id] { setNeighbourhood(id, 1); });
        menu.addAction(tr("Show Two Steps Around"), this, [this, id] { setNeighbourhood(id, 2); });
        const QVector<qint64> selected = selectedEntities();
        if (selected.size() == 2)
            menu.addAction(tr("Shortest Path Between the Two"), this,
                [this, selected] { setPath(selected.at(0), selected.at(1)); });
        if (node->isPinned())
            menu.addAction(tr("Unpin"), this, [node] { node->setPinned(false); });
    } else if (hit && hit->type() == GraphEdgeItem::Type) {
        const qint64 id = static_cast<GraphEdgeItem *>(hit)->relationshipId();
        menu.addAction(tr("Open Evidence"), this, [this, id] { openEdgeEvidence(id); });
        menu.addAction(tr("Edit Relationship…"), this, [this, id] { Q_EMIT relationshipEditRequested(id); });
    } else {
        menu.addAction(tr("Fit"), m_canvas, &GraphCanvas::fitToItems);
        menu.addAction(m_relayoutAction);
        if (isFiltered())
            menu.addAction(tr("Show All"), this, &GraphView::clearFilters);
    }
    menu.exec(m_canvas->viewport()->mapToGlobal(viewPos));
}

Status GraphView::exportSvg(const QString &path)
{
    const QRectF source = m_scene->visibleBounds().adjusted(-20, -20, 20, 20);
    if (source.isEmpty())
        return Error {tr("There is nothing to draw: no entity is shown.")};
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    m_scene->clearSelection();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(tr("Relationship graph"));
    //: Description written into an exported SVG; %1 the dossier file's name
    svg.setDescription(tr("People and institutions of %1, drawn by Recoupe")
                           .arg(m_dossier ? QFileInfo(m_dossier->path()).fileName() : QString()));
    QPainter painter;
    if (!painter.begin(&svg))
        return Error {tr("Cannot write %1.").arg(path)};
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error {tr("Cannot write %1.").arg(path)};
    return {};
}

Status GraphView::exportPng(const QString &path, double scale)
{
    const QRectF source = m_scene->visibleBounds().adjusted(-20, -20, 20, 20);
    if (source.isEmpty())
        return Error {tr("There is nothing to draw: no entity is shown.")};
    QSize size = (source.size() * scale).toSize();
    // Large graphs: keep the picture within what image viewers open comfortably.
    const int limit = 12000;
    if (size.width() > limit || size.height() > limit)
        size.scale(limit, limit, Qt::KeepAspectRatio);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Error {tr("The picture of the graph is too large to draw (%1 × %2 pixels).")
                          .arg(size.width())
                          .arg(size.height())};
    image.fill(Qt::white);
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    m_scene->clearSelection();
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    painter.end();
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return Error {tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

Status GraphView::exportGraph(const QString &path, GraphExport::Format format)
{
    if (!m_dossier)
        return Error {tr("No dossier is open.")};
    QStringList warnings;
    const Status written = GraphExport::writeFile(*m_dossier, m_filtered, format, path, &warnings);
    if (written && !warnings.isEmpty())
        Q_EMIT message(warnings.join(QLatin1Char(' ')));
    return written;
}

GraphDrawing GraphView::drawing() const
{
    const QHash<qint64, QPointF> positions = m_scene->positions();
    return [positions](QPainter &painter, const QRectF &area, const QVector<const Entity *> &entities,
               const QVector<const Relationship *> &relationships) {
        QRectF bounds;
        for (const Entity *e : entities) {
            const auto p = positions.constFind(e->id);
            if (p != positions.cend())
                bounds |= QRectF(*p - QPointF(1, 1), QSizeF(2, 2));
        }
        if (bounds.isEmpty()) {
            GraphSketch::paint(painter, area, entities, relationships);
            return;
        }
        const QRectF inner = area.adjusted(area.width() * 0.08, 24, -area.width() * 0.08, -24);
        const double scale = std::min(
            inner.width() / std::max(1.0, bounds.width()), inner.height() / std::max(1.0, bounds.height()));
        auto map = [&](qint64 id) {
            const QPointF p = positions.value(id);
            return inner.center() + (p - bounds.center()) * scale;
        };
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font = painter.font();
        font.setPointSizeF(7);
        painter.setFont(font);
        for (const Relationship *r : relationships) {
            if (!positions.contains(r->fromId) || !positions.contains(r->toId))
                continue;
            const QPointF a = map(r->fromId);
            const QPointF b = map(r->toId);
            painter.setPen(QPen(QColor(0x6b, 0x6b, 0x6b), 0.8));
            painter.drawLine(a, b);
            painter.setPen(QColor(0x33, 0x33, 0x33));
            const QString text = EntityStyle::relationshipText(r->type, r->label, r->role);
            painter.drawText(QRectF((a + b) / 2 - QPointF(80, 6), QSizeF(160, 12)), Qt::AlignCenter,
                painter.fontMetrics().elidedText(text, Qt::ElideRight, 160));
        }
        for (const Entity *e : entities) {
            if (!positions.contains(e->id))
                continue;
            const QPointF p = map(e->id);
            painter.save();
            painter.translate(p);
            painter.setPen(QPen(EntityStyle::color(e->type).darker(150), 0.8));
            painter.setBrush(EntityStyle::color(e->type));
            painter.drawPath(EntityStyle::shape(e->type, 10));
            painter.restore();
            painter.setPen(Qt::black);
            painter.drawText(QRectF(p + QPointF(-70, 7), QSizeF(140, 12)), Qt::AlignHCenter | Qt::AlignTop,
                painter.fontMetrics().elidedText(e->name, Qt::ElideRight, 140));
        }
        painter.restore();
    };
}

void GraphView::exportInteractive(const QString &format)
{
    if (!m_dossier)
        return;
    QString filter;
    if (format == QLatin1String("svg"))
        filter = tr("SVG pictures (*.svg)");
    else if (format == QLatin1String("png"))
        filter = tr("PNG pictures (*.png)");
    else if (format == QLatin1String("graphml"))
        filter = tr("GraphML files (*.graphml)");
    else if (format == QLatin1String("gexf"))
        filter = tr("GEXF files (*.gexf)");
    else
        filter = tr("FollowTheMoney entities (*.ftm.json *.json)");
    const QString base = QFileInfo(m_dossier->path()).completeBaseName();
    const QString suggested
        = QFileInfo(m_dossier->path())
              .dir()
              .filePath(base + QStringLiteral("-graph.")
                  + (format == QLatin1String("ftm") ? QStringLiteral("ftm.json") : format));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), suggested, filter);
    if (path.isEmpty())
        return;
    Status status;
    if (format == QLatin1String("svg")) {
        status = exportSvg(path);
    } else if (format == QLatin1String("png")) {
        status = exportPng(path);
    } else {
        GraphExport::Format graphFormat = GraphExport::Format::GraphMl;
        GraphExport::formatFromName(format, &graphFormat);
        status = exportGraph(path, graphFormat);
    }
    if (status)
        //: %1 a file path
        Q_EMIT message(tr("Graph written to %1.").arg(path));
    else
        Q_EMIT message(status.error());
}

} // namespace Recoupe
