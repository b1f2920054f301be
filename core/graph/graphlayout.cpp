// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayout.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <gvc.h>

#include <complex>
#include <mutex>

namespace Recoupe {

namespace {

constexpr double PointsPerInch = 72.0;
constexpr int NeatoLimit = 300; // beyond this many nodes, sfdp is recommended

// Graphviz's C API takes mutable strings for names and attribute values it only reads.
char *cs(const char *text)
{
    return const_cast<char *>(text);
}

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

// Graphviz messages of the layout running now (guarded by graphvizLock()).
QString &graphvizMessages()
{
    static QString messages;
    return messages;
}

int collectMessage(char *message)
{
    graphvizMessages() += QString::fromUtf8(message);
    return 0;
}

GVC_t *graphvizContext()
{
    // Created once and kept: loading the plugin configuration is the slow part.
    static GVC_t *context = gvContext();
    return context;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 4);
}

// The pinned position in Graphviz's input units: inches, y pointing up.
QByteArray pinnedPos(const QPointF &scene, bool fixed)
{
    return number(scene.x() / PointsPerInch) + ',' + number(-scene.y() / PointsPerInch) + (fixed ? "!" : "");
}

bool honoursPins(LayoutAlgorithm algorithm)
{
    return algorithm == LayoutAlgorithm::Neato || algorithm == LayoutAlgorithm::Fdp;
}

// The force-directed layouts place nodes as points unless asked to remove overlaps; dot and circo
// space nodes by their sizes by themselves.
bool removesOverlaps(LayoutAlgorithm algorithm)
{
    return algorithm == LayoutAlgorithm::Sfdp || algorithm == LayoutAlgorithm::Neato
        || algorithm == LayoutAlgorithm::Fdp;
}

// Overlaps removed by Graphviz's prism algorithm, with a few points between the boxes. Beyond
// PrismLimit nodes it would more than double sfdp's time (2,000 nodes: 1.1 s to 3.1 s), where
// names only show zoomed in anyway: there the boxes may overlap.
constexpr int PrismLimit = 1000;
constexpr const char *OverlapMode = "prism";
constexpr const char *Separation = "+4";

// Moves the layout so that pinned nodes land where the user put them: a translation, or for sfdp
// (whose orientation and scale mean nothing) the similarity transform that fits them best.
void fitToPins(GraphPositions &positions, const QHash<qint64, QPointF> &pinned, bool rotateAndScale)
{
    QVector<std::complex<double>> from, to;
    for (auto it = pinned.cbegin(); it != pinned.cend(); ++it) {
        const auto found = positions.nodes.constFind(it.key());
        if (found == positions.nodes.cend())
            continue;
        from.append(std::complex<double>(found->x(), found->y()));
        to.append(std::complex<double>(it->x(), it->y()));
    }
    if (from.isEmpty())
        return;
    std::complex<double> fromCenter, toCenter;
    for (int i = 0; i < from.size(); ++i) {
        fromCenter += from.at(i);
        toCenter += to.at(i);
    }
    fromCenter /= double(from.size());
    toCenter /= double(from.size());
    std::complex<double> factor(1.0, 0.0);
    if (rotateAndScale && from.size() >= 2) {
        std::complex<double> numerator;
        double denominator = 0;
        for (int i = 0; i < from.size(); ++i) {
            numerator += (to.at(i) - toCenter) * std::conj(from.at(i) - fromCenter);
            denominator += std::norm(from.at(i) - fromCenter);
        }
        if (denominator > 1e-9 && std::abs(numerator) > 1e-9)
            factor = numerator / denominator;
    }
    auto map = [&](const QPointF &p) {
        const std::complex<double> z = factor * (std::complex<double>(p.x(), p.y()) - fromCenter) + toCenter;
        return QPointF(z.real(), z.imag());
    };
    for (QPointF &p : positions.nodes)
        p = map(p);
    for (QPolygonF &path : positions.edges) {
        for (QPointF &p : path)
            p = map(p);
    }
    for (auto it = pinned.cbegin(); it != pinned.cend(); ++it) {
        if (positions.nodes.contains(it.key()))
            positions.nodes[it.key()] = *it;
    }
}

} // namespace

QString GraphLayout::algorithmName(LayoutAlgorithm algorithm)
{
    switch (algorithm) {
    case LayoutAlgorithm::Sfdp:
        return QStringLiteral("sfdp");
    case LayoutAlgorithm::Neato:
        return QStringLiteral("neato");
    case LayoutAlgorithm::Fdp:
        return QStringLiteral("fdp");
    case LayoutAlgorithm::Dot:
        return QStringLiteral("dot");
    case LayoutAlgorithm::Circo:
        return QStringLiteral("circo");
    }
    return QString();
}

bool GraphLayout::algorithmFromName(const QString &name, LayoutAlgorithm *algorithm)
{
    for (LayoutAlgorithm a : {LayoutAlgorithm::Sfdp, LayoutAlgorithm::Neato, LayoutAlgorithm::Fdp,
             LayoutAlgorithm::Dot, LayoutAlgorithm::Circo}) {
        if (name.compare(algorithmName(a), Qt::CaseInsensitive) == 0) {
            *algorithm = a;
            return true;
        }
    }
    return false;
}

LayoutAlgorithm GraphLayout::recommended(int nodeCount)
{
    return nodeCount <= NeatoLimit ? LayoutAlgorithm::Neato : LayoutAlgorithm::Sfdp;
}

QByteArray GraphLayout::toDot(const Graph &graph, const LayoutOptions &options)
{
    const QByteArray size = number(options.nodeDiameter / PointsPerInch);
    QByteArray dot;
    dot.reserve(64 + graph.nodeCount() * 12 + graph.edgeCount() * 14);
    dot += "digraph G {\n";
    dot += "graph [start=1";
    if (removesOverlaps(options.algorithm) && graph.nodeCount() <= PrismLimit)
        dot += QByteArray(", overlap=") + OverlapMode + ", sep=\"" + Separation + '"';
    dot += "];\n";
    dot += "node [shape=circle, fixedsize=true, width=" + size + ", height=" + size + ", label=\"\"];\n";
    for (int i = 0; i < graph.nodeCount(); ++i) {
        dot += 'n' + QByteArray::number(i);
        QByteArrayList attributes;
        const auto room = options.nodeSizes.constFind(graph.nodes().at(i).entityId);
        if (room != options.nodeSizes.cend())
            attributes << "shape=box"
                       << "width=" + number(room->width() / PointsPerInch)
                       << "height=" + number(room->height() / PointsPerInch);
        const auto pin = options.pinned.constFind(graph.nodes().at(i).entityId);
        if (pin != options.pinned.cend() && honoursPins(options.algorithm))
            attributes << "pos=\"" + pinnedPos(*pin, true) + '"' << "pin=true";
        if (!attributes.isEmpty())
            dot += " [" + attributes.join(", ") + ']';
        dot += ";\n";
    }
    for (const GraphEdge &e : graph.edges())
        dot += 'n' + QByteArray::number(e.from) + " -> n" + QByteArray::number(e.to) + ";\n";
    dot += "}\n";
    return dot;
}

Result<GraphPositions> GraphLayout::compute(
    const Graph &graph, const LayoutOptions &options, const Progress &progress)
{
    auto report = [&](int percent) {
        return !progress || progress(percent);
    };
    auto canceled = [] {
        return Error {tr("The layout was canceled.")};
    };
    GraphPositions positions;
    if (graph.isEmpty()) {
        report(100);
        return positions;
    }
    if (!report(0))
        return canceled();

    // One layout at a time: wait for the lock, still listening for cancel.
    QMutex &lock = graphvizLock();
    while (!lock.tryLock(100)) {
        if (!report(0))
            return canceled();
    }
    const std::unique_lock<QMutex> locker(lock, std::adopt_lock);
    graphvizMessages().clear();
    const agusererrf previousHandler = agseterrf(collectMessage);
    const agerrlevel_t previousLevel = agseterr(AGERR);
    struct Restore
    {
        agusererrf handler;
        agerrlevel_t level;
        ~Restore()
        {
            agseterrf(handler);
            agseterr(level);
        }
    } restore {previousHandler, previousLevel};

    GVC_t *context = graphvizContext();
    Agraph_t *g = agopen(cs("G"), Agdirected, nullptr);
    if (!g)
        return Error {tr("Graphviz could not create the graph: %1").arg(graphvizMessages().trimmed())};
    const QByteArray size = number(options.nodeDiameter / PointsPerInch);
    agattr(g, AGRAPH, cs("start"), cs("1"));
    agattr(g, AGNODE, cs("shape"), cs("circle"));
    agattr(g, AGNODE, cs("fixedsize"), cs("true"));
    agattr(g, AGNODE, cs("width"), cs(size.constData()));
    agattr(g, AGNODE, cs("height"), cs(size.constData()));
    agattr(g, AGNODE, cs("label"), cs(""));
    if (removesOverlaps(options.algorithm) && graph.nodeCount() <= PrismLimit) {
        agattr(g, AGRAPH, cs("overlap"), cs(OverlapMode));
        agattr(g, AGRAPH, cs("sep"), cs(Separation));
    }
    const bool sized = !options.nodeSizes.isEmpty();
    Agsym_t *shapeSymbol = sized ? agattr(g, AGNODE, cs("shape"), cs("circle")) : nullptr;
    Agsym_t *widthSymbol = sized ? agattr(g, AGNODE, cs("width"), cs(size.constData())) : nullptr;
    Agsym_t *heightSymbol = sized ? agattr(g, AGNODE, cs("height"), cs(size.constData())) : nullptr;
    const bool pins = !options.pinned.isEmpty() && honoursPins(options.algorithm);
    Agsym_t *posSymbol = pins ? agattr(g, AGNODE, cs("pos"), cs("")) : nullptr;
    Agsym_t *pinSymbol = pins ? agattr(g, AGNODE, cs("pin"), cs("false")) : nullptr;

    QVector<Agnode_t *> nodes(graph.nodeCount());
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const QByteArray name = 'n' + QByteArray::number(i);
        nodes[i] = agnode(g, cs(name.constData()), 1);
        const auto room = options.nodeSizes.constFind(graph.nodes().at(i).entityId);
        if (sized && room != options.nodeSizes.cend()) {
            const QByteArray width = number(room->width() / PointsPerInch);
            const QByteArray height = number(room->height() / PointsPerInch);
            agxset(nodes[i], shapeSymbol, cs("box"));
            agxset(nodes[i], widthSymbol, cs(width.constData()));
            agxset(nodes[i], heightSymbol, cs(height.constData()));
        }
        if (pins) {
            const auto pin = options.pinned.constFind(graph.nodes().at(i).entityId);
            if (pin != options.pinned.cend()) {
                const QByteArray pos = pinnedPos(*pin, true);
                agxset(nodes[i], posSymbol, cs(pos.constData()));
                agxset(nodes[i], pinSymbol, cs("true"));
            }
        }
    }
    QVector<Agedge_t *> edges(graph.edgeCount());
    for (int i = 0; i < graph.edgeCount(); ++i)
        edges[i]
            = agedge(g, nodes.at(graph.edges().at(i).from), nodes.at(graph.edges().at(i).to), nullptr, 1);

    if (!report(10)) {
        agclose(g);
        return canceled();
    }
    const QByteArray engine = algorithmName(options.algorithm).toLatin1();
    if (gvLayout(context, g, engine.constData()) != 0) {
        agclose(g);
        return Error {tr("Graphviz could not lay the graph out with %1: %2")
                          .arg(QString::fromLatin1(engine), graphvizMessages().trimmed())};
    }
    if (!report(90)) {
        gvFreeLayout(context, g);
        agclose(g);
        return canceled();
    }

    // Graphviz works in points with y pointing up; scenes have y pointing down.
    for (int i = 0; i < graph.nodeCount(); ++i) {
        const pointf p = ND_coord(nodes.at(i));
        positions.nodes.insert(graph.nodes().at(i).entityId, QPointF(p.x, -p.y));
    }
    for (int i = 0; i < graph.edgeCount(); ++i) {
        QPolygonF path;
        const splines *spl = ED_spl(edges.at(i));
        if (spl && spl->size > 0) {
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                for (int k = 0; k < bz.size; ++k)
                    path.append(QPointF(bz.list[k].x, -bz.list[k].y));
            }
        }
        if (path.isEmpty()) {
            path = {positions.nodes.value(graph.nodes().at(graph.edges().at(i).from).entityId),
                positions.nodes.value(graph.nodes().at(graph.edges().at(i).to).entityId)};
        }
        positions.edges.insert(graph.edges().at(i).relationshipId, path);
    }
    gvFreeLayout(context, g);
    agclose(g);

    if (!options.pinned.isEmpty())
        fitToPins(positions, options.pinned, options.algorithm == LayoutAlgorithm::Sfdp);
    QRectF bounds;
    const double radius = options.nodeDiameter / 2;
    for (const QPointF &p : std::as_const(positions.nodes))
        bounds |= QRectF(p.x() - radius, p.y() - radius, 2 * radius, 2 * radius);
    positions.bounds = bounds;
    report(100);
    return positions;
}

QFuture<GraphPositions> GraphLayout::start(const Graph &graph, const LayoutOptions &options)
{
    return QtConcurrent::run([graph, options](QPromise<GraphPositions> &promise) {
        promise.setProgressRange(0, 100);
        const auto result = compute(graph, options, [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        });
        GraphPositions positions;
        if (result) {
            positions = *result;
        } else {
            positions.error = result.error();
            positions.canceled = promise.isCanceled();
        }
        promise.addResult(positions);
    });
}

} // namespace Recoupe
