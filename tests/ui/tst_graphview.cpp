// SPDX-License-Identifier: GPL-3.0-or-later
// The graph view, the timeline, the revolving-door panel and the relationship dialog on the
// seed case built through the Dossier API (as tests/graph does): the official's move from the
// digital directorate to the cloud company, with the evidence behind each link. Offscreen.
#include "desk/desk.h"
#include "desk/passageactions.h"
#include "desk/reader.h"
#include "entities/entitiesdock.h"
#include "entities/relationshipdates.h"
#include "entities/relationshipdialog.h"
#include "graph/entitystyle.h"
#include "graph/evidencelist.h"
#include "graph/graphcanvas.h"
#include "graph/graphedgeitem.h"
#include "graph/graphnodeitem.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/revolvingdoorpanel.h"
#include "graph/timelineview.h"
#include "mainwindow.h"
#include "seedcase.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStyleOptionGraphicsItem>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Recoupe;

namespace {

// Paints one item alone into an image at the given zoom, as the view would.
QImage paintAtZoom(QGraphicsItem *item, double zoom, bool selected = false)
{
    const QRectF bounds = item->boundingRect();
    QImage image((bounds.size() * zoom).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(zoom, zoom);
    painter.translate(-bounds.topLeft());
    QStyleOptionGraphicsItem option;
    option.exposedRect = bounds;
    if (selected)
        option.state |= QStyle::State_Selected;
    item->paint(&painter, &option, nullptr);
    return image;
}

// Pixels as dark as text (names and edge labels are drawn near black; lines, arrowheads and the
// entities' colours are lighter) inside `area`, given in the item's coordinates. Text a few
// pixels high is antialiased to grey: `darkest` can be raised for it.
int textPixels(
    const QImage &image, const QGraphicsItem *item, double zoom, const QRectF &area, int darkest = 80)
{
    const QRect pixels = QRectF((area.topLeft() - item->boundingRect().topLeft()) * zoom, area.size() * zoom)
                             .toAlignedRect()
                             .intersected(image.rect());
    int dark = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            dark += qGray(image.pixel(x, y)) < darkest;
    }
    return dark;
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Dossier> m_dossier;
    std::unique_ptr<SeedCase> m_case;
    QVector<qint64> m_seeds;
    QHash<QString, qint64> m_entities;
    QHash<QString, qint64> m_links;
    QHash<QString, qint64> m_passages;

    Dossier &dossier() { return *m_dossier; }

    qint64 entity(const QString &key, const QString &type, const QString &name)
    {
        const qint64 id = m_case->addEntity(key, type, name);
        m_entities.insert(key, id);
        return id;
    }

    void buildCase()
    {
        m_case = std::make_unique<SeedCase>(dossier());
        const QString error = m_case->build(QStringLiteral(RECOUPE_SEEDS));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_seeds = m_case->seeds();
        m_entities = m_case->entities();
        m_links = m_case->links();
        m_passages = m_case->passages();
    }

    QStringList visibleNames(GraphView &view)
    {
        QStringList names;
        for (GraphNodeItem *item : view.scene()->nodeItems()) {
            if (item->isVisible())
                names.append(item->node().name);
        }
        std::sort(names.begin(), names.end());
        return names;
    }

    bool edgeShown(GraphView &view, const QString &key)
    {
        GraphEdgeItem *item = view.scene()->edgeItem(m_links.value(key));
        return item && item->isVisible();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // the main window remembers its tab from the last run
    }

    void init()
    {
        auto opened = Dossier::open(
            m_dir.filePath(QStringLiteral("v%1.recoupe").arg(++m_count)), Dossier::OpenMode::Create);
        QVERIFY(opened.ok());
        m_dossier = std::move(opened).value();
        m_entities.clear();
        m_links.clear();
        m_passages.clear();
        buildCase();
    }

    void cleanup()
    {
        m_case.reset();
        m_dossier.reset();
    }

    void oneNodePerEntityAndOneEdgePerRelationship()
    {
        GraphView view(&dossier());
        view.resize(1200, 800);
        QCOMPARE(view.scene()->nodeItems().size(), 11);
        QCOMPARE(view.scene()->edgeItems().size(), 9);
        QCOMPARE(view.scene()->visibleNodeCount(), 11);
        QCOMPARE(view.scene()->visibleEdgeCount(), 9);
        for (auto it = m_entities.cbegin(); it != m_entities.cend(); ++it) {
            GraphNodeItem *node = view.scene()->nodeItem(it.value());
            QVERIFY2(node, qPrintable(it.key()));
            QCOMPARE(node->node().name, dossier().entities().get(it.value())->name);
        }
        GraphEdgeItem *works = view.scene()->edgeItem(m_links.value(QStringLiteral("works")));
        QVERIFY(works);
        QCOMPARE(works->fromNode(), view.scene()->nodeItem(m_entities.value(QStringLiteral("jeandron"))));
        QCOMPARE(works->toNode(), view.scene()->nodeItem(m_entities.value(QStringLiteral("aws"))));
        // The layout runs on a worker thread and puts the entities apart.
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLayingOut(), 20000);
        QSet<QPair<int, int>> places;
        for (GraphNodeItem *item : view.scene()->nodeItems())
            places.insert({qRound(item->pos().x()), qRound(item->pos().y())});
        QCOMPARE(places.size(), 11);

        // A new entity appears without a restart.
        entity(QStringLiteral("cnil"), QStringLiteral("PublicBody"), QStringLiteral("Cnil"));
        QTRY_COMPARE(view.scene()->nodeItems().size(), 12);
    }

    void entityTypeFilterHidesOtherTypes()
    {
        GraphView view(&dossier());
        view.setEntityTypes({QStringLiteral("Person")});
        QCOMPARE(visibleNames(view),
            (QStringList {QStringLiteral("Catherine Morin-Desailly"), QStringLiteral("Jean-Marc Merriaux"),
                QStringLiteral("Jean-Michel Blanquer"), QStringLiteral("Mathieu Jeandron")}));
        QCOMPARE(view.scene()->visibleEdgeCount(), 0);
        QVERIFY(view.isFiltered());
        view.setEntityTypes({QStringLiteral("PublicBody"), QStringLiteral("Company")});
        QCOMPARE(view.scene()->visibleNodeCount(), 7);
        QCOMPARE(view.scene()->visibleEdgeCount(), 4);
        view.clearFilters();
        QVERIFY(!view.isFiltered());
        QCOMPARE(view.scene()->visibleNodeCount(), 11);
        QCOMPARE(view.scene()->visibleEdgeCount(), 9);
    }

    void entityTypeMenuHidesWhatTheUserUnticks()
    {
        GraphView view(&dossier());
        QToolButton *button = nullptr;
        for (QToolButton *b : view.findChildren<QToolButton *>()) {
            if (b->text() == QStringLiteral("Entities"))
                button = b;
        }
        QVERIFY(button && button->menu());
        int unticked = 0;
        for (QAction *action : button->menu()->actions()) {
            QVERIFY(action->isChecked());
            if (action->text() != EntityStyle::typeName(QStringLiteral("Person"))) {
                action->setChecked(false);
                ++unticked;
            }
        }
        QVERIFY(unticked >= 3);
        QCOMPARE(view.scene()->visibleNodeCount(), 4);
        QCOMPARE(view.scene()->visibleEdgeCount(), 0);
        for (QAction *action : button->menu()->actions())
            action->setChecked(true);
        QCOMPARE(view.scene()->visibleNodeCount(), 11);
        QCOMPARE(view.scene()->visibleEdgeCount(), 9);
    }

    void dateSliderShowsWhatHeldBeforeAndAfterTheMove()
    {
        GraphView view(&dossier());
        QVERIFY(!view.dateSlider()->isEnabled());
        // The user ticks "As of", then moves the slider to June 2016.
        QCheckBox *asOf = nullptr;
        for (QCheckBox *box : view.findChildren<QCheckBox *>()) {
            if (box->text() == QStringLiteral("As of"))
                asOf = box;
        }
        QVERIFY(asOf);
        asOf->setChecked(true);
        QVERIFY(view.dateSlider()->isEnabled());
        QVERIFY(view.asOf().isValid());
        view.dateSlider()->setValue(view.dateSlider()->value() + int(view.asOf().daysTo(QDate(2016, 6, 1))));
        QCOMPARE(view.asOf(), QDate(2016, 6, 1));
        QVERIFY(edgeShown(view, QStringLiteral("directs")));
        QVERIFY(!edgeShown(view, QStringLiteral("works")));

        // The user drags the slider to June 2018: the directorate is over, the cloud job holds.
        QSlider *slider = view.dateSlider();
        slider->setValue(slider->value() + int(QDate(2016, 6, 1).daysTo(QDate(2018, 6, 1))));
        QCOMPARE(view.asOf(), QDate(2018, 6, 1));
        QVERIFY(!edgeShown(view, QStringLiteral("directs")));
        QVERIFY(edgeShown(view, QStringLiteral("works")));
        QVERIFY(edgeShown(view, QStringLiteral("succeeds")));
        QVERIFY2(edgeShown(view, QStringLiteral("owns")), "an undated link may hold at any time");

        view.setAsOf(QDate());
        QVERIFY(edgeShown(view, QStringLiteral("directs")));
        QVERIFY(edgeShown(view, QStringLiteral("works")));
    }

    void neighbourhoodAndShortestPath()
    {
        GraphView view(&dossier());
        view.setNeighbourhood(m_entities.value(QStringLiteral("jeandron")), 1);
        QCOMPARE(visibleNames(view),
            (QStringList {QStringLiteral("Amazon Web Services"),
                QStringLiteral("Direction du numérique pour l’éducation"),
                QStringLiteral("Mathieu Jeandron")}));
        QCOMPARE(view.scene()->visibleEdgeCount(), 2);
        view.setNeighbourhood(0);

        QVERIFY(view.setPath(
            m_entities.value(QStringLiteral("merriaux")), m_entities.value(QStringLiteral("microsoft"))));
        QCOMPARE(visibleNames(view),
            (QStringList {QStringLiteral("Direction du numérique pour l’éducation"),
                QStringLiteral("Jean-Marc Merriaux"), QStringLiteral("Microsoft"),
                QStringLiteral("ministère de l’Éducation nationale")}));
        QCOMPARE(view.scene()->visibleEdgeCount(), 3);

        // Not linked: the view says so and keeps showing what it showed.
        QSignalSpy messages(&view, &GraphView::message);
        QVERIFY(!view.setPath(
            m_entities.value(QStringLiteral("jeandron")), m_entities.value(QStringLiteral("senate"))));
        QVERIFY(!messages.isEmpty());
    }

    void selectingAnEdgeListsItsEvidenceAndOpensIt()
    {
        GraphView view(&dossier());
        view.selectRelationship(m_links.value(QStringLiteral("works")));
        EvidenceList *evidence = view.evidenceList();
        QCOMPARE(evidence->count(), 2);
        const QVector<qint64> listed = evidence->annotationIds();
        QCOMPARE(QSet<qint64>(listed.cbegin(), listed.cend()),
            (QSet<qint64> {
                m_passages.value(QStringLiteral("newJob")), m_passages.value(QStringLiteral("joined"))}));

        QSignalSpy opened(&view, &GraphView::passageRequested);
        const auto annotation = dossier().annotations().get(
            evidence->item(0)->data(EvidenceList::AnnotationIdRole).toLongLong());
        QVERIFY(annotation);
        Q_EMIT evidence->itemActivated(evidence->item(0));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), annotation->anchor.sourceId);
        QCOMPARE(opened.first().at(1).toLongLong(), annotation->anchor.start);
        QCOMPARE(opened.first().at(2).toLongLong(), annotation->anchor.end);

        // From a highlight: "show in graph" selects the edges it supports.
        QCOMPARE(view.showEdgesForAnnotation(m_passages.value(QStringLiteral("hosting"))), 1);
        QCOMPARE(view.selectedRelationships(), QVector<qint64> {m_links.value(QStringLiteral("hosts"))});
    }

    void relationshipDialogCreatesAnUndoableRelationship()
    {
        GraphView view(&dossier());
        RelationshipDialog dialog(&dossier());
        Relationship blank;
        blank.type = QStringLiteral("Employment");
        dialog.setRelationship(blank);
        dialog.setEntities(
            m_entities.value(QStringLiteral("merriaux")), m_entities.value(QStringLiteral("ministry")));
        dialog.roleEdit()->setText(QStringLiteral("directeur"));
        dialog.addEvidence(m_passages.value(QStringLiteral("successor")));
        const int before = dossier().relationships().all().size();
        const auto id = dialog.apply();
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto saved = dossier().relationships().get(*id);
        QVERIFY(saved);
        QCOMPARE(saved->fromId, m_entities.value(QStringLiteral("merriaux")));
        QCOMPARE(saved->toId, m_entities.value(QStringLiteral("ministry")));
        QCOMPARE(saved->role, QStringLiteral("directeur"));
        QCOMPARE(saved->evidenceIds, QVector<qint64> {m_passages.value(QStringLiteral("successor"))});
        QTRY_COMPARE(view.scene()->edgeItems().size(), 10);

        dossier().undoStack()->undo();
        QVERIFY(!dossier().relationships().get(*id));
        QCOMPARE(dossier().relationships().all().size(), before);
        QTRY_COMPARE(view.scene()->edgeItems().size(), 9);
        QVERIFY(dossier().undoStack()->canRedo());
        dossier().undoStack()->redo();
        QVERIFY(dossier().relationships().get(*id));
    }

    void timelineDrawsOneSpanPerDatedRelationship()
    {
        QSet<qint64> dated;
        for (const Relationship &r : dossier().relationships().all()) {
            if (!r.start.isNull() || !r.end.isNull())
                dated.insert(r.id);
        }
        // The directorate (2015 – 27 April 2018), the cloud job and the successor (7 May 2018).
        QVERIFY(dated.contains(m_links.value(QStringLiteral("directs"))));
        QVERIFY(dated.contains(m_links.value(QStringLiteral("works"))));
        QVERIFY(dated.contains(m_links.value(QStringLiteral("succeeds"))));

        TimelineView timeline(&dossier());
        timeline.resize(1200, 600);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QCOMPARE(timeline.spanCount(), dated.size());
        QSet<qint64> spans;
        for (const TimelineView::Item &item : timeline.items()) {
            if (item.kind == TimelineView::Kind::Relationship)
                spans.insert(item.id);
        }
        QCOMPARE(spans, dated);

        // The directorate's span ends before the cloud job's begins, on the same axis.
        int directs = -1;
        int works = -1;
        for (int i = 0; i < timeline.items().size(); ++i) {
            const TimelineView::Item &item = timeline.items().at(i);
            if (item.kind != TimelineView::Kind::Relationship)
                continue;
            if (item.id == m_links.value(QStringLiteral("directs")))
                directs = i;
            if (item.id == m_links.value(QStringLiteral("works")))
                works = i;
        }
        QVERIFY(directs >= 0 && works >= 0);
        QVERIFY(timeline.itemRect(directs).left() < timeline.itemRect(works).left());

        QSignalSpy opened(&timeline, &TimelineView::passageRequested);
        timeline.activateItem(works);
        QVERIFY(!opened.isEmpty());
    }

    void mainWindowShowsAHighlightInTheGraphAndRelatesAPassage()
    {
        MainWindow w;
        QVERIFY(w.openDossier(dossier().path()));
        w.resize(1400, 900);
        QVERIFY(w.exportAction()->isEnabled());
        QCOMPARE(w.views()->currentWidget(), w.desk());

        // The user clicks a highlight, then Dossier ▸ Show in Graph.
        Q_EMIT w.desk()->highlightActivated(m_passages.value(QStringLiteral("hosting")));
        QTRY_VERIFY(w.showInGraphAction()->isEnabled());
        w.showInGraphAction()->trigger();
        QCOMPARE(w.views()->currentWidget(), w.graphView());
        QCOMPARE(
            w.graphView()->selectedRelationships(), QVector<qint64> {m_links.value(QStringLiteral("hosts"))});

        // Selects a passage in the reader, then Dossier ▸ Relate…: the dialog cites it.
        QVERIFY(w.openSources({m_seeds.at(0)}));
        const auto anchor = dossier().anchorForQuote(
            m_seeds.at(0), QStringLiteral("Le ministre de l’Éducation nationale avait alors confirmé"));
        QVERIFY2(anchor.ok(), qPrintable(anchor.error()));
        w.desk()->currentReader()->setSelection(anchor->start, anchor->end);
        const int relationships = w.dossier()->relationships().all().size();
        bool sawDialog = false;
        auto *poll = new QTimer(&w);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, &w, [&] {
            auto *dialog = qobject_cast<RelationshipDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            sawDialog = true;
            dialog->setEntities(
                m_entities.value(QStringLiteral("blanquer")), m_entities.value(QStringLiteral("ministry")));
            dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(QStringLiteral("Directorship")));
            dialog->roleEdit()->setText(QStringLiteral("ministre"));
            dialog->accept();
            if (dialog->isVisible())
                dialog->reject(); // a validation message: fail below rather than hang
        });
        poll->start();
        w.relateAction()->trigger();
        QVERIFY(sawDialog);
        const QVector<Relationship> after = w.dossier()->relationships().all();
        QCOMPARE(after.size(), relationships + 1);
        const Relationship &made = after.last();
        QCOMPARE(made.fromId, m_entities.value(QStringLiteral("blanquer")));
        QCOMPARE(made.evidenceIds.size(), 1);
        const auto cited = w.dossier()->annotations().get(made.evidenceIds.first());
        QVERIFY(cited);
        QCOMPARE(cited->anchor.sourceId, m_seeds.at(0));
        QCOMPARE(cited->anchor.start, anchor->start);
        QCOMPARE(cited->anchor.end, anchor->end);

        // One undo step takes back the relationship and the highlight made for it.
        w.dossier()->undoStack()->undo();
        QCOMPARE(w.dossier()->relationships().all().size(), relationships);
        QVERIFY(!w.dossier()->annotations().get(made.evidenceIds.first()));
    }

    void namesAndLabelsAreDrawnCloseUpAndLeftOutFromAfar()
    {
        GraphNode official;
        official.entityId = 1;
        official.type = QStringLiteral("Person");
        official.name = QStringLiteral("Mathieu Jeandron");
        GraphNode company = official;
        company.entityId = 2;
        company.type = QStringLiteral("Company");
        company.name = QStringLiteral("Amazon Web Services");
        GraphNodeItem from(official);
        GraphNodeItem to(company);
        to.setPos(300, 0);
        GraphEdge works;
        works.type = QStringLiteral("Employment");
        works.role = QStringLiteral("directeur");
        works.start = PartialDate::day(2018, 5, 7);
        GraphEdgeItem edge(works, &from, &to);

        // The name, under the shape: read at 150 %, too small to read at 40 % and left out.
        const QRectF nameArea(from.boundingRect().left(), GraphNodeItem::Diameter / 2 + 2,
            from.boundingRect().width(), from.boundingRect().bottom() - GraphNodeItem::Diameter / 2 - 2);
        QVERIFY(textPixels(paintAtZoom(&from, 1.5), &from, 1.5, nameArea) > 20);
        QCOMPARE(textPixels(paintAtZoom(&from, 0.4), &from, 0.4, nameArea, 180), 0);
        // The shape itself is drawn at every zoom.
        const QImage far = paintAtZoom(&from, 0.4);
        QVERIFY(
            far.pixelColor(far.width() / 2, qRound((-from.boundingRect().top()) * 0.4)) != QColor(Qt::white));
        // Selected, the name shows however far the view is.
        QVERIFY(textPixels(paintAtZoom(&from, 0.4, true), &from, 0.4, nameArea, 180) > 0);

        // The edge's label (type, role, dates) halfway along it: close up only, or when selected.
        const QRectF middle(120, -15, 60, 30);
        QVERIFY(textPixels(paintAtZoom(&edge, 1.5), &edge, 1.5, middle) > 20);
        QCOMPARE(textPixels(paintAtZoom(&edge, 0.5), &edge, 0.5, middle, 180), 0);
        QVERIFY(textPixels(paintAtZoom(&edge, 0.5, true), &edge, 0.5, middle, 180) > 0);
        // Moved closer, the label is shortened to the new length of the edge, not left as it was.
        const QImage before = paintAtZoom(&edge, 1.5);
        to.setPos(90, 0);
        QVERIFY(edge.boundingRect().width() < 300);
        const QRectF newMiddle(25, -15, 40, 30);
        QVERIFY(textPixels(paintAtZoom(&edge, 1.5), &edge, 1.5, newMiddle) > 10);
        QVERIFY(paintAtZoom(&edge, 1.5) != before);
    }

    void edgeLabelsMakeRoomForEachOther()
    {
        // A body linked to three companies in nearly the same direction: halfway along, the
        // labels of the first two would cover each other.
        Graph graph;
        const auto node = [&graph](qint64 id, const QString &type, const QString &name) {
            GraphNode n;
            n.entityId = id;
            n.type = type;
            n.name = name;
            graph.addNode(n);
        };
        node(1, QStringLiteral("PublicBody"), QStringLiteral("Direction du numérique"));
        node(2, QStringLiteral("Company"), QStringLiteral("Nuage Un"));
        node(3, QStringLiteral("Company"), QStringLiteral("Nuage Deux"));
        node(4, QStringLiteral("Company"), QStringLiteral("Nuage Trois"));
        for (qint64 to = 2; to <= 4; ++to) {
            GraphEdge e;
            e.relationshipId = 10 + to;
            e.type = QStringLiteral("Ownership");
            e.role = QStringLiteral("contrat d’hébergement");
            e.start = PartialDate::year(2018);
            QVERIFY(graph.addEdge(e, 1, to) >= 0);
        }
        GraphScene scene;
        scene.setGraph(
            graph, {{1, QPointF(0, 0)}, {2, QPointF(300, 0)}, {3, QPointF(300, 40)}, {4, QPointF(300, 400)}});
        scene.placeEdgeLabels();

        const GraphEdgeItem *first = scene.edgeItem(12);
        const GraphEdgeItem *second = scene.edgeItem(13);
        const GraphEdgeItem *apart = scene.edgeItem(14);
        // Halfway on its line, the second label would cover the first: it moves beside its line
        // or along it instead.
        QVERIFY(first->shortLabelRect(0.5).intersects(second->shortLabelRect(0.5)));
        QCOMPARE(first->shownLabelRect(), first->shortLabelRect(0.5));
        QVERIFY(!second->shownLabelRect().isNull());
        QVERIFY(second->shownLabelRect() != second->shortLabelRect(0.5));
        QCOMPARE(apart->shownLabelRect(), apart->shortLabelRect(0.5));
        QVERIFY(!first->shownLabelRect().intersects(second->shownLabelRect()));
        // No shown label covers an entity or its name.
        for (const GraphEdgeItem *edge : {first, second, apart}) {
            QVERIFY(!edge->shownLabelRect().isNull());
            for (const GraphNodeItem *n : scene.nodeItems()) {
                QVERIFY(!edge->shownLabelRect().intersects(n->sceneShapeRect()));
                QVERIFY(!edge->shownLabelRect().intersects(n->sceneLabelRect()));
            }
        }

        // The third company dragged right onto the first label: the label makes way for it, and
        // comes back halfway when the company is moved away again.
        scene.nodeItem(4)->setPos(150, 0);
        QTRY_VERIFY(first->shownLabelRect() != first->shortLabelRect(0.5));
        QVERIFY(!first->shownLabelRect().intersects(scene.nodeItem(4)->sceneShapeRect()));
        scene.nodeItem(4)->setPos(300, 400);
        QTRY_COMPARE(first->shownLabelRect(), first->shortLabelRect(0.5));
        QVERIFY(!second->shownLabelRect().isNull());
        QCOMPARE(apart->shownLabelRect(), apart->shortLabelRect(0.5));
    }

    void aCrowdedViewDrawsShapesAndLinesOnly()
    {
        // Four hundred entities 30 points apart, in a chain: at 100 % a 300-pixel view holds about
        // a hundred of them, too close together for their names.
        Graph graph;
        QHash<qint64, QPointF> places;
        for (int i = 0; i < 400; ++i) {
            GraphNode n;
            n.entityId = i + 1;
            n.type = QStringLiteral("Person");
            n.name = QStringLiteral("Personne numéro %1").arg(i + 1);
            graph.addNode(n);
            places.insert(n.entityId, QPointF((i % 20) * 30, (i / 20) * 30));
            if (i > 0) {
                GraphEdge e;
                e.relationshipId = i;
                e.type = QStringLiteral("Associate");
                graph.addEdge(e, i, i + 1);
            }
        }
        GraphScene scene;
        scene.setGraph(graph, places);
        GraphCanvas canvas;
        canvas.setScene(&scene);
        canvas.resize(300, 300);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        canvas.resetTransform();
        canvas.centerOn(285, 285);
        const auto darkPixels = [&canvas] {
            const QImage image = canvas.viewport()->grab().toImage();
            int dark = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    dark += qGray(image.pixel(x, y)) < 60;
            }
            return dark;
        };
        // Names are near black; shapes, lines and the background are lighter.
        QCOMPARE(darkPixels(), 0);
        // The flag lives only while the view paints: exports see every name.
        QVERIFY(!scene.isCrowded());
        // Closer, a dozen entities in the view: their names are drawn.
        canvas.scale(3, 3);
        canvas.centerOn(285, 285);
        QVERIFY(darkPixels() > 100);
        // Selected, a name shows even in a crowd.
        canvas.resetTransform();
        canvas.centerOn(285, 285);
        scene.nodeItem(190)->setSelected(true); // at (270, 270), in the middle of the view
        QVERIFY(darkPixels() > 20);
    }

    void theWindowRemembersItsTabAndTheNewDocks()
    {
        {
            MainWindow w;
            QVERIFY(w.openDossier(dossier().path()));
            QVERIFY(w.revolvingDoorDock()->isHidden()); // opened from the Dossier menu
            w.views()->setCurrentWidget(w.timelineView());
            w.revolvingDoorDock()->show();
            w.entitiesDock()->hide();
            w.saveSettings();
        }
        MainWindow again;
        QCOMPARE(again.views()->currentWidget(), again.timelineView());
        QVERIFY(!again.revolvingDoorDock()->isHidden());
        QVERIFY(again.entitiesDock()->isHidden());
        QSettings().clear();
    }

    void revolvingDoorPanelListsTheOfficial()
    {
        RevolvingDoorPanel panel(&dossier());
        panel.refresh();
        QCOMPARE(panel.caseCount(), 1);
        QTreeWidgetItem *hit = panel.tree()->topLevelItem(0);
        QVERIFY(hit);
        QVERIFY2(hit->text(0).contains(QStringLiteral("Mathieu Jeandron")), qPrintable(hit->text(0)));
        QVERIFY(hit->text(0).contains(QStringLiteral("Amazon Web Services")));
        QVERIFY(hit->childCount() >= 3); // the public role, the new role, the dealings
        // The gap at the dates' precision, as the command line gives it; each date after the move
        // under what it ends, with the passages it was read from.
        QCOMPARE(hit->text(1), QStringLiteral("left 27 Apr 2018, joined 7 May 2018 (10 day(s) later)"));
        QStringList endDates;
        for (int i = 0; i < hit->childCount(); ++i) {
            QTreeWidgetItem *row = hit->child(i);
            if (row->data(0, RevolvingDoorPanel::KindRole).toInt() != RevolvingDoorPanel::EndDateRow)
                continue;
            endDates.append(row->text(0));
            QVERIFY(row->childCount() >= 1);
            QCOMPARE(row->child(0)->data(0, RevolvingDoorPanel::KindRole).toInt(),
                int(RevolvingDoorPanel::ReadingRow));
            QVERIFY(row->child(0)->data(0, RevolvingDoorPanel::SourceIdRole).toLongLong() > 0);
        }
        QVERIFY2(endDates.contains(QStringLiteral("Restriction until 23 Apr 2021")),
            qPrintable(endDates.join(QLatin1Char('|'))));
        QCOMPARE(endDates.count(QStringLiteral("Restriction until 23 Apr 2021")), 1);
        QVERIFY(hit->text(2).contains(QStringLiteral("23 Apr 2021")));

        // A move more than the chosen delay (36 months by default) after leaving is not a hit.
        QCOMPARE(panel.months(), 36);
        auto works = *dossier().relationships().get(m_links.value(QStringLiteral("works")));
        works.start = PartialDate::month(2021, 9);
        QVERIFY(dossier().updateRelationship(works).ok());
        panel.refresh();
        QCOMPARE(panel.caseCount(), 0);
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
