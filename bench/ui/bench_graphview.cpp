// SPDX-License-Identifier: GPL-3.0-or-later
// Graph view benchmark: a dossier holding a 2,000-entity, 5,000-relationship graph (the one
// bench_graph lays out, bench/common/syntheticgraph.h), shown in the GraphView at 1600x1000 and
// laid out by it, then:
//  - the full scene fitted in the view: frame time of a viewport repaint, and of
//    QGraphicsView::render into an image of the viewport's size (median and max), against the
//    peer floor: the same circles and lines drawn by QPainter alone;
//  - the view at 100 % on the middle of the graph;
//  - the time from the user's change of an entity-type filter, a relationship-type filter (the
//    actions of the filter bar's menus) and the "as of" date slider to the scene updated and
//    repainted (median and max).
// Targets: ≤ 16 ms per frame, ≤ 100 ms per filter change. Lines are `name value unit`; times are
// wall clock, with the GUI thread's CPU time beside them (the machine may be shared).
//
//   bench_graphview [--nodes N] [--edges N] [--frames N] [--changes N]
#include "../common/syntheticgraph.h"
#include "graph/graphcanvas.h"
#include "graph/graphnodeitem.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/transaction.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSlider>
#include <QTemporaryDir>
#include <QTextStream>
#include <QToolButton>

#include <algorithm>
#include <ctime>
#include <functional>
#include <limits>
#include <random>

using namespace Recoupe;

namespace {

QTextStream out(stdout);

double cpuMs(clockid_t clock)
{
    timespec t {};
    clock_gettime(clock, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

double threadCpuMs()
{
    return cpuMs(CLOCK_THREAD_CPUTIME_ID);
}

double processCpuMs()
{
    return cpuMs(CLOCK_PROCESS_CPUTIME_ID);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

void line(const QString &name, double value, const QString &unit, int decimals = 2)
{
    out << name << ' ' << QString::number(value, 'f', decimals) << ' ' << unit << '\n';
    out.flush();
}

struct Samples
{
    QVector<double> wall;
    QVector<double> cpu;
    QVector<double> beforeRepaint; // wall time to the scene updated, before the frame
};

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double maximum(const QVector<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

void report(const QString &name, const Samples &s, double limitMs)
{
    line(name + QStringLiteral("_median"), median(s.wall), QStringLiteral("ms"));
    line(name + QStringLiteral("_max"), maximum(s.wall), QStringLiteral("ms"));
    line(name + QStringLiteral("_cpu_median"), median(s.cpu), QStringLiteral("ms"));
    line(name + QStringLiteral("_cpu_max"), maximum(s.cpu), QStringLiteral("ms"));
    if (!s.beforeRepaint.isEmpty()) {
        line(name + QStringLiteral("_before_repaint_median"), median(s.beforeRepaint), QStringLiteral("ms"));
        line(name + QStringLiteral("_before_repaint_max"), maximum(s.beforeRepaint), QStringLiteral("ms"));
    }
    line(name + QStringLiteral("_samples"), s.wall.size(), QStringLiteral("count"), 0);
    // The target is on the median (what the user sees frame after frame); the max is shown too.
    out << name << "_target " << (median(s.wall) <= limitMs ? "met" : "not met") << " (median <= " << limitMs
        << " ms; max " << (maximum(s.wall) <= limitMs ? "met" : "not met") << ")\n";
    out.flush();
}

// The graph bench_graph lays out, written into the dossier directly, in one transaction.
QString fillDossier(Dossier &dossier, int nodes, int edges, std::mt19937 &random)
{
    const SyntheticGraph synthetic = SyntheticGraph::generate(nodes, edges, random);
    Transaction tx(dossier.database());
    for (int i = 0; i < nodes; ++i) {
        Entity e;
        e.id = i + 1;
        e.type = synthetic.nodeTypes.at(i);
        e.name = SyntheticGraph::nodeName(i);
        const auto id = dossier.entities().insert(e);
        if (!id)
            return id.error();
    }
    for (const SyntheticGraph::Edge &s : synthetic.edges) {
        Relationship r;
        r.type = s.type;
        r.fromId = s.from + 1;
        r.toId = s.to + 1;
        r.start = s.start;
        r.end = s.end;
        const auto id = dossier.relationships().insert(r);
        if (!id)
            return id.error();
    }
    const Status committed = tx.commit();
    return committed.ok() ? QString() : committed.error();
}

// Counts the viewport's paint events, to check that a repaint really painted.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

QMenu *filterMenu(GraphView *view, const QString &buttonText)
{
    const auto buttons = view->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->text() == buttonText && button->menu())
            return button->menu();
    }
    return nullptr;
}

// One change as the user makes it, then the events it posts, then one frame; returns the wall
// and GUI-thread CPU times. `settled` says whether the scene shows the change.
void timeChange(GraphView *view, Samples &samples, const std::function<void()> &change,
    const std::function<bool()> &settled, int *unsettled)
{
    QElapsedTimer timer;
    const double cpu = threadCpuMs();
    timer.start();
    change();
    QCoreApplication::processEvents();
    while (!settled() && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    if (!settled())
        ++*unsettled;
    samples.beforeRepaint.append(timer.nsecsElapsed() / 1e6);
    view->canvas()->viewport()->repaint();
    samples.wall.append(timer.nsecsElapsed() / 1e6);
    samples.cpu.append(threadCpuMs() - cpu);
}

bool sceneMatches(GraphView *view)
{
    return view->scene()->visibleNodeCount() == view->filteredGraph().nodeCount()
        && view->scene()->visibleEdgeCount() == view->filteredGraph().edgeCount();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Graph view speed: full-scene frames, filters and the date slider"));
    parser.addHelpOption();
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("Entities in the graph."),
        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption edgesOption(QStringLiteral("edges"),
        QStringLiteral("Relationships in the graph."), QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption framesOption(
        QStringLiteral("frames"), QStringLiteral("Frames timed."), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption changesOption(QStringLiteral("changes"),
        QStringLiteral("Changes timed per filter."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption saveOption(QStringLiteral("save-frames"),
        QStringLiteral("Write the fitted and the 100 % frames as PNG files into DIR, to look at."),
        QStringLiteral("DIR"));
    parser.addOptions({nodesOption, edgesOption, framesOption, changesOption, saveOption});
    parser.process(app);
    const int frames = std::max(1, parser.value(framesOption).toInt());
    const int changes = std::max(1, parser.value(changesOption).toInt());
    const QString saveDir = parser.value(saveOption);
    const auto saveFrame = [&saveDir](QWidget *viewport, const QString &name) {
        if (!saveDir.isEmpty())
            viewport->grab().save(saveDir + QLatin1Char('/') + name + QStringLiteral(".png"));
    };

    out << "loadavg_start " << loadAverage() << '\n';
    out << "platform " << QGuiApplication::platformName() << '\n';
    out.flush();

    QTemporaryDir work;
    auto opened = Dossier::open(work.filePath(QStringLiteral("graph.recoupe")), Dossier::OpenMode::Create);
    if (!opened) {
        out << "error " << opened.error() << '\n';
        return 1;
    }
    Dossier &dossier = **opened;
    std::mt19937 random(42);
    QElapsedTimer timer;
    timer.start();
    const QString error
        = fillDossier(dossier, parser.value(nodesOption).toInt(), parser.value(edgesOption).toInt(), random);
    if (!error.isEmpty()) {
        out << "error " << error << '\n';
        return 1;
    }
    line(QStringLiteral("dossier_build"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"), 0);

    // The view loads the graph and starts its layout (sfdp, on a worker thread) by itself.
    timer.restart();
    double processCpu = processCpuMs();
    auto *view = new GraphView(&dossier);
    view->resize(1600, 1000);
    view->show();
    QCoreApplication::processEvents();
    line(QStringLiteral("view_load"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"), 0);
    line(QStringLiteral("graph_entities"), view->graph().nodeCount(), QStringLiteral("count"), 0);
    line(QStringLiteral("graph_relationships"), view->graph().edgeCount(), QStringLiteral("count"), 0);
    while (view->isLayingOut() && timer.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    line(QStringLiteral("view_load_and_layout"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"), 0);
    line(QStringLiteral("view_load_and_layout_process_cpu"), processCpuMs() - processCpu,
        QStringLiteral("ms"), 0);
    if (view->isLayingOut()) {
        out << "error the layout did not finish in 10 minutes\n";
        return 1;
    }

    GraphCanvas *canvas = view->canvas();
    canvas->fitToItems();
    QCoreApplication::processEvents();
    QWidget *viewport = canvas->viewport();
    out << "viewport " << viewport->width() << 'x' << viewport->height() << " px, zoom "
        << QString::number(canvas->zoom(), 'f', 3) << ", shown " << view->scene()->visibleNodeCount()
        << " entities and " << view->scene()->visibleEdgeCount() << " relationships\n";

    // Frames: the whole scene fitted in the view, repainted as the window system would ask.
    auto *counter = new PaintCounter(viewport);
    viewport->installEventFilter(counter);
    // `frames` runs of one frame, each timed on the wall clock and the GUI thread's CPU.
    const auto timeFrames = [&](const std::function<void()> &frame) {
        Samples samples;
        for (int i = 0; i < frames; ++i) {
            const double cpu = threadCpuMs();
            timer.restart();
            frame();
            samples.wall.append(timer.nsecsElapsed() / 1e6);
            samples.cpu.append(threadCpuMs() - cpu);
        }
        return samples;
    };
    // Repaints of the viewport, after one to warm up caches and glyphs.
    const auto timeRepaints = [&] {
        viewport->repaint();
        return timeFrames([viewport] { viewport->repaint(); });
    };
    const Samples repaint = timeRepaints();
    line(QStringLiteral("frame_repaint_paint_events"), counter->count, QStringLiteral("count"), 0);
    saveFrame(viewport, QStringLiteral("graph-fitted"));
    report(QStringLiteral("frame_repaint"), repaint, 16);

    // Closer in: the view at 100 % on the middle of the graph (where it is densest: whether the
    // view counts as crowded there depends on how many entities it holds, printed below).
    {
        const QTransform fitted = canvas->transform();
        const QPointF middle = canvas->mapToScene(viewport->rect().center());
        canvas->resetTransform();
        canvas->centerOn(middle);
        QCoreApplication::processEvents();
        const Samples closeUp = timeRepaints();
        int shownNodes = 0;
        const QRectF shown = canvas->mapToScene(viewport->rect()).boundingRect();
        for (GraphNodeItem *item : view->scene()->nodeItems())
            shownNodes += item->isVisible() && shown.contains(item->scenePos());
        line(QStringLiteral("frame_100_percent_entities_in_view"), shownNodes, QStringLiteral("count"), 0);
        saveFrame(viewport, QStringLiteral("graph-100-percent"));
        report(QStringLiteral("frame_100_percent"), closeUp, 16);
        canvas->setTransform(fitted);
        canvas->centerOn(middle);
        QCoreApplication::processEvents();
    }

    // The same frame drawn by QGraphicsView::render into an image of the viewport's size.
    QImage image(viewport->size(), QImage::Format_ARGB32_Premultiplied);
    const Samples render = timeFrames([&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(canvas->renderHints());
        canvas->render(&painter, QRectF(), viewport->rect());
    });
    report(QStringLiteral("frame_render"), render, 16);

    // The floor: the same entities (circles of the items' size) and relationships (straight
    // lines) at the same places, drawn by QPainter alone with the canvas's render hints, no
    // labels: what a frame costs without QGraphicsView and the items' own painting.
    QVector<QPointF> nodes;
    QVector<QLineF> edges;
    for (GraphNodeItem *item : view->scene()->nodeItems())
        nodes.append(item->scenePos());
    for (const GraphEdge &e : view->graph().edges()) {
        const GraphNodeItem *from = view->scene()->nodeItem(view->graph().nodes().at(e.from).entityId);
        const GraphNodeItem *to = view->scene()->nodeItem(view->graph().nodes().at(e.to).entityId);
        if (from && to)
            edges.append(QLineF(from->scenePos(), to->scenePos()));
    }
    const Samples floor = timeFrames([&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(canvas->renderHints());
        painter.setTransform(canvas->viewportTransform());
        painter.setPen(QPen(QColor(0x66, 0x66, 0x66), 1.2));
        painter.drawLines(edges);
        painter.setPen(QPen(QColor(0x33, 0x55, 0x99), 1));
        painter.setBrush(QColor(0x66, 0x99, 0xdd));
        const double r = GraphNodeItem::Diameter / 2;
        for (const QPointF &p : std::as_const(nodes))
            painter.drawEllipse(p, r, r);
    });
    line(QStringLiteral("frame_floor_qpainter_median"), median(floor.wall), QStringLiteral("ms"));
    line(QStringLiteral("frame_floor_qpainter_max"), maximum(floor.wall), QStringLiteral("ms"));
    line(QStringLiteral("frame_floor_qpainter_cpu_median"), median(floor.cpu), QStringLiteral("ms"));

    int unsettled = 0;
    // One filter menu of the filter bar: its actions unchecked and checked again as the user
    // does, each change timed until the scene shows it. `filtered` says whether the view's
    // set of that kind of type is not empty (something is filtered); `shown` counts what is left.
    const auto timeFilterMenu
        = [&](const QString &menuText, const QString &name, const std::function<bool()> &filtered,
              const std::function<int()> &shown, const QString &fewestName) {
              QMenu *menu = filterMenu(view, menuText);
              if (!menu || menu->actions().isEmpty()) {
                  out << "error no " << menuText << " menu in the filter bar\n";
                  return;
              }
              const QList<QAction *> actions = menu->actions();
              Samples samples;
              int fewest = std::numeric_limits<int>::max();
              for (int i = 0; i < changes; ++i) {
                  QAction *action = actions.at((i / 2) % actions.size());
                  const bool on = !action->isChecked();
                  timeChange(
                      view, samples, [action] { action->trigger(); },
                      [view, action, on, &filtered] {
                          return action->isChecked() == on && filtered() != on && sceneMatches(view);
                      },
                      &unsettled);
                  fewest = std::min(fewest, shown());
              }
              line(fewestName, fewest, QStringLiteral("count"), 0);
              report(name, samples, 100);
          };
    // Entity types, from the "Entities" menu; relationship types, from the "Relationships" menu.
    timeFilterMenu(
        QStringLiteral("Entities"), QStringLiteral("entity_type_filter"),
        [view] { return !view->entityTypes().isEmpty(); },
        [view] { return view->scene()->visibleNodeCount(); },
        QStringLiteral("entity_type_filter_fewest_shown_entities"));
    timeFilterMenu(
        QStringLiteral("Relationships"), QStringLiteral("relationship_type_filter"),
        [view] { return !view->relationshipTypes().isEmpty(); },
        [view] { return view->scene()->visibleEdgeCount(); },
        QStringLiteral("relationship_type_filter_fewest_shown_relationships"));

    // The date slider: "As of" checked, then the slider moved across its range.
    QCheckBox *asOfBox = nullptr;
    const auto boxes = view->findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes) {
        if (box->text() == QStringLiteral("As of"))
            asOfBox = box;
    }
    QSlider *slider = view->dateSlider();
    if (asOfBox && asOfBox->isEnabled()) {
        asOfBox->setChecked(true);
        QCoreApplication::processEvents();
        Samples samples;
        for (int i = 0; i < changes; ++i) {
            // Spread over the range, not in order: each position differs from the one before.
            const int value = slider->minimum()
                + int((qint64(slider->maximum() - slider->minimum()) * ((i * 7) % changes + 1))
                    / (changes + 1));
            timeChange(
                view, samples, [slider, value] { slider->setValue(value); },
                [view, slider, value] {
                    return slider->value() == value && view->asOf().isValid() && sceneMatches(view);
                },
                &unsettled);
        }
        line(QStringLiteral("as_of_shown_relationships_last"), view->scene()->visibleEdgeCount(),
            QStringLiteral("count"), 0);
        report(QStringLiteral("date_slider"), samples, 100);
    } else {
        out << "error the As of box is missing or disabled (no dated relationships?)\n";
    }
    if (unsettled)
        line(QStringLiteral("changes_not_reflected_in_scene"), unsettled, QStringLiteral("count"), 0);

    line(QStringLiteral("process_cpu_total"), processCpuMs(), QStringLiteral("ms"), 0);
    out << "loadavg_end " << loadAverage() << '\n';
    delete view;
    return 0;
}
