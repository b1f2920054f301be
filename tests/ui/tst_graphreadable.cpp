// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, a graph you can read: after a layout no name covers another (the sample dossier of
// `recoupe --demo` and a generated 200-entity case), a new entity lands beside the entity it is
// linked to, a new relationship is labelled and points its way, drawing a relationship is
// discoverable (hint, Link tool, a warning when no passage supports it), and French roles agree
// with the person. Real dossiers on disk, offscreen.
#include "demo/demodossier.h"
#include "entities/relationshipdialog.h"
#include "entities/rolename.h"
#include "graph/evidencelist.h"
#include "graph/graphcanvas.h"
#include "graph/graphedgeitem.h"
#include "graph/graphnodeitem.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "localization.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Recoupe;

namespace {

constexpr int LayoutTimeout = 60000; // ms: Graphviz beside four other builds on two cores

// Pairs of shown entities whose names, or a name and a shape, cover each other.
QStringList coveredNames(const GraphScene &scene)
{
    QVector<const GraphNodeItem *> nodes;
    for (const GraphNodeItem *node : scene.nodeItems()) {
        if (node->isVisible())
            nodes.append(node);
    }
    QStringList covered;
    for (int i = 0; i < nodes.size(); ++i) {
        for (int j = i + 1; j < nodes.size(); ++j) {
            const GraphNodeItem *a = nodes.at(i);
            const GraphNodeItem *b = nodes.at(j);
            if (a->sceneLabelRect().intersects(b->sceneLabelRect())
                || a->sceneLabelRect().intersects(b->sceneShapeRect())
                || b->sceneLabelRect().intersects(a->sceneShapeRect()))
                covered.append(a->node().name + QStringLiteral(" / ") + b->node().name);
        }
    }
    return covered;
}

} // namespace

class TestGraphReadable : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Dossier> openDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo%1.recoupe").arg(++m_count));
        const Status created = DemoDossier::create(path);
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return {};
        }
        auto opened = Dossier::open(path);
        return opened ? std::move(opened).value() : nullptr;
    }

    // Two hundred people and institutions with names of every length, in one connected web.
    std::unique_ptr<Dossier> openGenerated()
    {
        auto opened = Dossier::open(
            m_dir.filePath(QStringLiteral("big%1.recoupe").arg(++m_count)), Dossier::OpenMode::Create);
        if (!opened)
            return nullptr;
        std::unique_ptr<Dossier> dossier = std::move(opened).value();
        const QStringList patterns {QStringLiteral("Marie-Claire Dupont-Lefebvre %1"),
            QStringLiteral("Société d’études et de conseil en infrastructures n° %1"),
            QStringLiteral("ANDE %1"), QStringLiteral("Jean Martin %1"),
            QStringLiteral("Direction régionale des finances publiques %1")};
        const QStringList types {QStringLiteral("Person"), QStringLiteral("Company"),
            QStringLiteral("PublicBody"), QStringLiteral("Person"), QStringLiteral("PublicBody")};
        QVector<qint64> ids;
        for (int i = 0; i < 200; ++i) {
            Entity e;
            e.type = types.at(i % types.size());
            e.name = patterns.at(i % patterns.size()).arg(i + 1);
            const auto id = dossier->addEntity(e);
            if (!id)
                return nullptr;
            ids.append(*id);
        }
        for (int i = 1; i < 200; ++i) {
            for (int to : {i / 3, (i * 7) % 200}) {
                if (to == i)
                    continue;
                Relationship r;
                r.type = i % 5 == 0 ? QStringLiteral("Associate") : QStringLiteral("Employment");
                r.fromId = ids.at(i);
                r.toId = ids.at(to);
                if (!dossier->addRelationship(r))
                    return nullptr;
            }
        }
        return dossier;
    }

    static GraphNodeItem *nodeNamed(GraphView &view, const QString &name)
    {
        for (GraphNodeItem *node : view.scene()->nodeItems()) {
            if (node->node().name == name)
                return node;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void noNameCoversAnotherAfterALayout_data()
    {
        QTest::addColumn<bool>("generated");
        QTest::addColumn<int>("algorithm");
        QTest::addRow("sample-sfdp") << false << int(LayoutAlgorithm::Sfdp);
        QTest::addRow("sample-neato") << false << int(LayoutAlgorithm::Neato);
        QTest::addRow("sample-dot") << false << int(LayoutAlgorithm::Dot);
        QTest::addRow("200-entities-sfdp") << true << int(LayoutAlgorithm::Sfdp);
        QTest::addRow("200-entities-neato") << true << int(LayoutAlgorithm::Neato);
    }

    void noNameCoversAnotherAfterALayout()
    {
        QFETCH(bool, generated);
        QFETCH(int, algorithm);
        std::unique_ptr<Dossier> dossier = generated ? openGenerated() : openDemo();
        QVERIFY(dossier);
        GraphView view(dossier.get());
        view.resize(1200, 800);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLayingOut(), LayoutTimeout);
        QCOMPARE(view.scene()->visibleNodeCount(), generated ? 200 : 8);
        QSignalSpy laidOut(&view, &GraphView::layoutFinished);
        view.setAlgorithm(LayoutAlgorithm(algorithm));
        view.relayout();
        QVERIFY(laidOut.wait(LayoutTimeout));
        const QStringList covered = coveredNames(*view.scene());
        QVERIFY2(covered.isEmpty(), qPrintable(covered.join(QStringLiteral("; "))));
    }

    void aNewEntityLandsBesideTheEntityItIsLinkedTo()
    {
        std::unique_ptr<Dossier> dossier = openDemo();
        QVERIFY(dossier);
        GraphView view(dossier.get());
        view.resize(1200, 800);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLayingOut(), LayoutTimeout);
        GraphNodeItem *vasseur = nodeNamed(view, QStringLiteral("Claire Vasseur"));
        QVERIFY(vasseur);

        // The user marks a new person first, then relates her to Claire Vasseur: no layout runs.
        Entity sister;
        sister.type = QStringLiteral("Person");
        sister.name = QStringLiteral("Hélène Vasseur");
        const auto sisterId = dossier->addEntity(sister);
        QVERIFY(sisterId.ok());
        QTRY_VERIFY(view.scene()->nodeItem(*sisterId));
        Relationship family;
        family.type = QStringLiteral("Family");
        family.role = QStringLiteral("sœur");
        family.fromId = *sisterId;
        family.toId = vasseur->entityId();
        const auto familyId = dossier->addRelationship(family);
        QVERIFY(familyId.ok());
        QTRY_VERIFY(view.scene()->edgeItem(*familyId));
        QVERIFY(!view.isLayingOut());

        const GraphNodeItem *added = view.scene()->nodeItem(*sisterId);
        const double distance = QLineF(added->pos(), vasseur->pos()).length();
        QVERIFY2(distance < 200, qPrintable(QString::number(distance)));
        // Beside her, on free ground: the newcomer's name covers nobody's.
        const QStringList covered = coveredNames(*view.scene());
        QVERIFY2(covered.isEmpty(), qPrintable(covered.join(QStringLiteral("; "))));
    }

    void aNewRelationshipIsLabelledAndPointsItsWay()
    {
        std::unique_ptr<Dossier> dossier = openDemo();
        QVERIFY(dossier);
        GraphView view(dossier.get());
        view.resize(1200, 800);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLayingOut(), LayoutTimeout);
        const qint64 demarne = nodeNamed(view, QStringLiteral("Paul Demarne"))->entityId();
        const qint64 lemarchand = nodeNamed(view, QStringLiteral("Antoine Lemarchand"))->entityId();
        const qint64 ministry = nodeNamed(view, QStringLiteral("Ministère de l'Éducation"))->entityId();

        Relationship works;
        works.type = QStringLiteral("Employment");
        works.role = QStringLiteral("ministre");
        works.fromId = lemarchand;
        works.toId = ministry;
        const auto worksId = dossier->addRelationship(works);
        QVERIFY(worksId.ok());
        Relationship knows;
        knows.type = QStringLiteral("Associate");
        knows.fromId = demarne;
        knows.toId = lemarchand;
        const auto knowsId = dossier->addRelationship(knows);
        QVERIFY(knowsId.ok());
        QTRY_VERIFY(view.scene()->edgeItem(*worksId) && view.scene()->edgeItem(*knowsId));

        // Labelled like every edge (type, then role) and shown on the graph once placed.
        const GraphEdgeItem *employment = view.scene()->edgeItem(*worksId);
        QCOMPARE(employment->labelText(), QStringLiteral("Employment: ministre"));
        QTRY_VERIFY(!employment->shownLabelRect().isNull());
        const GraphEdgeItem *associates = view.scene()->edgeItem(*knowsId);
        QCOMPARE(associates->labelText(), QStringLiteral("Associate"));
        // A directed type points to its second entity; two associates are linked alike.
        QVERIFY(employment->hasArrowHead());
        const QPointF tip = employment->arrowHead().first();
        const QPointF ministryPos = view.scene()->nodeItem(ministry)->pos();
        const QPointF lemarchandPos = view.scene()->nodeItem(lemarchand)->pos();
        QVERIFY(QLineF(tip, ministryPos).length() < QLineF(tip, lemarchandPos).length());
        QVERIFY(!associates->hasArrowHead());
        // Every directed relationship of the sample has its arrowhead.
        for (const GraphEdgeItem *edge : view.scene()->edgeItems())
            QCOMPARE(edge->hasArrowHead(), edge->edge().type != QLatin1String("Associate"));
    }

    void fittingJustShortOfReadableNamesShowsThem_data()
    {
        QTest::addColumn<double>("room"); // the view's width, as a share of the graph's at 100 %
        QTest::addColumn<bool>("names");
        QTest::addRow("a little short") << 0.66 << true;
        QTest::addRow("far too small") << 0.3 << false;
    }

    void fittingJustShortOfReadableNamesShowsThem()
    {
        QFETCH(double, room);
        QFETCH(bool, names);
        std::unique_ptr<Dossier> dossier = openDemo();
        QVERIFY(dossier);
        GraphView view(dossier.get());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLayingOut(), LayoutTimeout);
        GraphCanvas canvas;
        canvas.setScene(view.scene());
        canvas.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        canvas.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        const QRectF bounds = view.scene()->visibleBounds().adjusted(-30, -30, 30, 30);
        const int frame = canvas.width() - canvas.viewport()->width();
        canvas.resize(int(bounds.width() * room) + frame, int(bounds.height() * 2));
        QTRY_COMPARE(canvas.viewport()->width(), int(bounds.width() * room));
        canvas.fitToItems();
        // Names show from GraphNodeItem::ReadableZoom on.
        QCOMPARE(canvas.zoom() >= GraphNodeItem::ReadableZoom, names);
        QVERIFY(canvas.zoom() >= room * 0.9);
    }

    void drawingARelationshipIsDiscoverable()
    {
        std::unique_ptr<Dossier> dossier = openDemo();
        QVERIFY(dossier);
        GraphView view(dossier.get());
        view.resize(900, 700); // beside the docks the graph gets about this much
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLayingOut(), LayoutTimeout);

        // The hint, over the graph.
        QLabel *hint = view.canvas()->linkHint();
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("Shift+drag from one entity to another to link them"));
        QTRY_VERIFY2(view.canvas()->viewport()->rect().contains(hint->geometry()),
            qPrintable(QStringLiteral("%1 %2 %3 %4 in %5 %6")
                           .arg(hint->x())
                           .arg(hint->y())
                           .arg(hint->width())
                           .arg(hint->height())
                           .arg(view.canvas()->viewport()->width())
                           .arg(view.canvas()->viewport()->height())));

        // The Link tool, on the toolbar itself, not in its overflow menu.
        auto *link = view.findChild<QAction *>(QStringLiteral("linkMode"));
        QVERIFY(link);
        QCOMPARE(link->text(), QStringLiteral("Link"));
        QVERIFY(link->isCheckable());
        auto *bar = view.findChild<QToolBar *>(QStringLiteral("graphToolBar"));
        QVERIFY(bar->widgetForAction(link));
        QVERIFY(bar->widgetForAction(link)->isVisible());

        // Checked, a drag from one entity to another asks for a relationship between them.
        link->trigger();
        QVERIFY(view.canvas()->isLinking());
        QCOMPARE(hint->text(), QStringLiteral("Link: drag from one entity to another to link them"));
        QSignalSpy requested(&view, &GraphView::relationshipRequested);
        GraphNodeItem *from = nodeNamed(view, QStringLiteral("Paul Demarne"));
        GraphNodeItem *to = nodeNamed(view, QStringLiteral("Antoine Lemarchand"));
        view.canvas()->ensureVisible(from);
        const QPoint start = view.canvas()->mapFromScene(from->pos());
        QTest::mousePress(view.canvas()->viewport(), Qt::LeftButton, {}, start);
        view.canvas()->ensureVisible(to);
        const QPoint end = view.canvas()->mapFromScene(to->pos());
        QMouseEvent move(QEvent::MouseMove, QPointF(end),
            view.canvas()->viewport()->mapToGlobal(QPointF(end)), Qt::NoButton, Qt::LeftButton,
            Qt::NoModifier);
        QApplication::sendEvent(view.canvas()->viewport(), &move);
        QTest::mouseRelease(view.canvas()->viewport(), Qt::LeftButton, {}, end);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toLongLong(), from->entityId());
        QCOMPARE(requested.first().at(1).toLongLong(), to->entityId());

        // Saved without evidence: warned, not refused.
        RelationshipDialog dialog(dossier.get());
        Relationship blank;
        blank.type = QStringLiteral("Associate");
        dialog.setRelationship(blank);
        dialog.setEntities(from->entityId(), to->entityId());
        QVERIFY(!dialog.unsupportedLabel()->isHidden());
        QVERIFY(dialog.unsupportedLabel()->text().startsWith(QStringLiteral("No passage supports this yet")));
        QSignalSpy said(&view, &GraphView::message);
        const auto saved = dialog.apply();
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(dossier->relationships().get(*saved));
        // And said once saved, where the user looks next.
        QVERIFY(std::any_of(said.cbegin(), said.cend(), [](const QList<QVariant> &arguments) {
            return arguments.first().toString().contains(QStringLiteral("No passage supports it yet"));
        }));
        // Citing a passage takes the warning away.
        const QVector<Relationship> all = dossier->relationships().all();
        const auto cited = std::find_if(
            all.cbegin(), all.cend(), [](const Relationship &r) { return !r.evidenceIds.isEmpty(); });
        QVERIFY(cited != all.cend());
        dialog.addEvidence(cited->evidenceIds.first());
        QVERIFY(dialog.unsupportedLabel()->isHidden());
    }

    void frenchRolesAgreeWithThePerson()
    {
        Localization::install(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(
            RoleName::text(RoleName::Role::Director, RoleName::Gender::Woman), QStringLiteral("directrice"));
        QCOMPARE(
            RoleName::text(RoleName::Role::Director, RoleName::Gender::Man), QStringLiteral("directeur"));
        QCOMPARE(
            RoleName::text(RoleName::Role::Director, RoleName::Gender::Unknown), QStringLiteral("direction"));

        // The sample dossier, built in French: Claire Vasseur headed the agency before Julien Ferrand.
        std::unique_ptr<Dossier> dossier = openDemo();
        QVERIFY(dossier);
        GraphView view(dossier.get());
        QStringList labels;
        for (const GraphEdgeItem *edge : view.scene()->edgeItems()) {
            if (edge->edge().type == QLatin1String("Employment"))
                labels.append(edge->fromNode()->node().name + QStringLiteral(" — ")
                    + edge->labelText().section(QLatin1Char('\n'), 0, 0));
        }
        Localization::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(labels.contains(QStringLiteral("Claire Vasseur — Emploi : directrice")),
            qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(QStringLiteral("Julien Ferrand — Emploi : directeur")),
            qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY2(labels.contains(QStringLiteral("Claire Vasseur — Emploi : responsable du secteur public")),
            qPrintable(labels.join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TestGraphReadable)
#include "tst_graphreadable.moc"
