// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/graphsketch.h"
#include "graph/graph.h"
#include "graph/graphexport.h"
#include "graph/graphlayout.h"
#include "result.h"

#include <QDate>
#include <QFutureWatcher>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;

namespace Recoupe {

class Dossier;
class EvidenceList;
class GraphCanvas;
class GraphScene;

// The people and institutions of a dossier and their relationships, drawn as a graph: shapes
// and colours by type, edges labelled with what they are and when. Graphviz lays it out on a
// worker thread (sfdp by default); the user drags nodes to pin them, zooms, pans, and filters
// by entity type, relationship type, tag of the evidence, a date ("as of"), a neighbourhood or
// the shortest path between two entities. Selecting a relationship lists its evidence, and
// activating it opens the passages on the desk.
class GraphView : public QWidget
{
    Q_OBJECT

public:
    explicit GraphView(Dossier *dossier, QWidget *parent = nullptr);
    ~GraphView() override;

    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    GraphCanvas *canvas() const { return m_canvas; }
    GraphScene *scene() const { return m_scene; }
    EvidenceList *evidenceList() const { return m_evidence; }
    QSlider *dateSlider() const { return m_dateSlider; }

    // The whole graph of the dossier, and what the filters leave of it (what is drawn).
    const Graph &graph() const { return m_graph; }
    const Graph &filteredGraph() const { return m_filtered; }

    // Filters. Empty lists mean "no filter"; each change redraws at once.
    void setEntityTypes(const QStringList &types);
    QStringList entityTypes() const;
    void setRelationshipTypes(const QStringList &typesOrLabels);
    QStringList relationshipTypes() const;
    void setEvidenceTags(const QVector<qint64> &tagIds);
    QVector<qint64> evidenceTags() const { return m_tags; }
    // Relationships that held on `date` (GraphFilters::asOf, "possibly"); a null date: any time.
    void setAsOf(const QDate &date);
    QDate asOf() const { return m_asOf; }
    // The entity and what lies within `hops` (1 or 2) relationships of it; 0 clears.
    void setNeighbourhood(qint64 entityId, int hops = 1);
    // One shortest chain of relationships between two entities; zeros clear. False (and a
    // message) when they are not linked.
    bool setPath(qint64 fromEntity, qint64 toEntity);
    void setHideUnlinked(bool hide);
    void clearFilters();
    bool isFiltered() const;

    // Layout
    LayoutAlgorithm algorithm() const { return m_algorithm; }
    void setAlgorithm(LayoutAlgorithm algorithm);
    // Lays the whole graph out again on a worker thread, keeping pinned entities in place.
    void relayout();
    bool isLayingOut() const;
    void cancelLayout();

    void selectEntity(qint64 entityId);
    void selectRelationship(qint64 relationshipId);
    QVector<qint64> selectedEntities() const;
    QVector<qint64> selectedRelationships() const;

    // Writes what is shown: a picture (SVG or PNG) of the view's items, or the filtered graph
    // as GraphML, GEXF or FollowTheMoney.
    Status exportSvg(const QString &path);
    Status exportPng(const QString &path, double scale = 2.0);
    Status exportGraph(const QString &path, GraphExport::Format format);
    // Draws entities and relationships where this view has them: for the PDF appendix.
    GraphDrawing drawing() const;

public Q_SLOTS:
    // Selects the relationships this highlight supports and shows them; returns how many.
    int showEdgesForAnnotation(qint64 annotationId);
    void reload();

Q_SIGNALS:
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);
    // The user dragged from one entity to another: make a relationship between them.
    void relationshipRequested(qint64 fromEntity, qint64 toEntity);
    void relationshipEditRequested(qint64 relationshipId);
    void entityActivated(qint64 entityId);
    // The filters were applied and the scene shows the result.
    void filtersApplied();
    void layoutFinished();
    // A one-line report for the status bar.
    void message(const QString &text);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void createToolBar();
    void createFilterBar();
    void scheduleReload();
    void applyFilters();
    void updateFilterMenus();
    void updateDateRange();
    void updateStatus();
    void onSelectionChanged();
    void onLayoutFinished();
    void compact(QHash<qint64, QPointF> &positions) const;
    double narrowestSpread(const QHash<qint64, QPointF> &positions) const;
    void openEdgeEvidence(qint64 relationshipId);
    void openEntity(qint64 entityId);
    void exportInteractive(const QString &format);
    void showCanvasMenu(const QPoint &viewPos);
    QString entityName(qint64 entityId) const;

    QPointer<Dossier> m_dossier;
    Graph m_graph;
    Graph m_filtered;
    QSet<qint64> m_evidenceIds; // annotations behind any relationship: their edits matter here

    QSet<QString> m_hiddenEntityTypes;
    QSet<QString> m_hiddenRelationshipTypes;
    QVector<qint64> m_tags;
    QDate m_asOf;
    qint64 m_focusEntity = 0;
    int m_focusHops = 0;
    qint64 m_pathFrom = 0;
    qint64 m_pathTo = 0;
    bool m_hideUnlinked = false;
    QVector<qint64> m_emphasizedEdges;
    QVector<qint64> m_emphasizedNodes;

    LayoutAlgorithm m_algorithm = LayoutAlgorithm::Sfdp;
    QFutureWatcher<GraphPositions> *m_layoutWatcher = nullptr;
    bool m_layoutPending = false;

    GraphScene *m_scene;
    GraphCanvas *m_canvas;
    EvidenceList *m_evidence;
    QLabel *m_evidenceTitle;
    QLabel *m_conflicts;
    QPushButton *m_sideBySide;
    QLabel *m_status;
    QTimer *m_reloadTimer;

    QComboBox *m_layoutBox = nullptr;
    QProgressBar *m_layoutProgress = nullptr;
    QToolButton *m_layoutCancel = nullptr;
    QAction *m_relayoutAction = nullptr;
    QAction *m_linkAction = nullptr;
    QToolButton *m_entityTypesButton = nullptr;
    QToolButton *m_relationshipTypesButton = nullptr;
    QToolButton *m_tagsButton = nullptr;
    QMenu *m_entityTypesMenu = nullptr;
    QMenu *m_relationshipTypesMenu = nullptr;
    QMenu *m_tagsMenu = nullptr;
    QCheckBox *m_asOfBox = nullptr;
    QSlider *m_dateSlider = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDate m_sliderOrigin;
    QComboBox *m_focusBox = nullptr;
    QPushButton *m_pathButton = nullptr;
    QCheckBox *m_hideUnlinkedBox = nullptr;
    QPushButton *m_clearButton = nullptr;
    bool m_updatingControls = false;
};

} // namespace Recoupe
