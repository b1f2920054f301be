// SPDX-License-Identifier: GPL-3.0-or-later
// Graph and entity speed, against the tools a user would otherwise run, in the same run:
//  - layout of a 2,000-entity, 5,000-relationship graph through the Graphviz C API, against the
//    sfdp command on the same graph written as a .gv file (sfdp -Tdot);
//  - the graph view's filters and the date slider's "as of" filter on that graph, and building
//    the graph from a dossier holding it;
//  - entity suggestions over a 10,000-document dossier, against reading the same text with the
//    sqlite3 command (the floor for anything that reads every document).
//
//   bench_graph [--nodes N] [--edges N] [--runs N] [--documents N] [--dossier FILE] [--no-suggestions]
//
// Without --dossier, the documents are news-like texts assembled at first run from the seed
// articles' paragraphs and generated sentences naming people and institutions, kept in
// RECOUPE_BUILD_DIR/bench-graph/ for the next runs. Times are wall clock and CPU time (this
// thread's, or the child process's): the machine may be shared, so ratios are on CPU time.
#include "../common/syntheticgraph.h"
#include "entities/entitysuggester.h"
#include "graph/graph.h"
#include "graph/graphfilters.h"
#include "graph/graphlayout.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <random>

using namespace Recoupe;

namespace {

QTextStream out(stdout);

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

Graph makeGraph(int nodes, int edges, std::mt19937 &random)
{
    const SyntheticGraph synthetic = SyntheticGraph::generate(nodes, edges, random);
    Graph graph;
    for (int i = 0; i < nodes; ++i) {
        GraphNode n;
        n.entityId = i + 1;
        n.type = synthetic.nodeTypes.at(i);
        n.name = SyntheticGraph::nodeName(i);
        graph.addNode(n);
    }
    for (int i = 0; i < synthetic.edges.size(); ++i) {
        const SyntheticGraph::Edge &s = synthetic.edges.at(i);
        GraphEdge e;
        e.relationshipId = i + 1;
        e.type = s.type;
        e.start = s.start;
        e.end = s.end;
        e.tagIds = {s.tag};
        graph.addEdge(e, s.from + 1, s.to + 1);
    }
    return graph;
}

void benchLayout(const Graph &graph, int runs, const QString &workDir)
{
    const QString gv = workDir + QStringLiteral("/graph.gv");
    QFile file(gv);
    file.open(QIODevice::WriteOnly);
    file.write(GraphLayout::toDot(graph));
    file.close();
    const QString sfdp = QStandardPaths::findExecutable(QStringLiteral("sfdp"));

    out << "Layout: " << graph.nodeCount() << " entities, " << graph.edgeCount() << " relationships, sfdp ("
        << GraphLayout::algorithmName(GraphLayout::recommended(graph.nodeCount()))
        << " is recommended at this size)\n";
    QVector<double> oursWall, oursCpu, peerWall, peerCpu;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpu = threadCpuMs();
        timer.start();
        const auto positions = GraphLayout::compute(graph);
        oursWall.append(timer.nsecsElapsed() / 1e6);
        oursCpu.append(threadCpuMs() - cpu);
        if (!positions) {
            out << "  GraphLayout failed: " << positions.error() << "\n";
            return;
        }
        if (sfdp.isEmpty())
            continue;
        QProcess process;
        const double childCpu = childrenCpuMs();
        timer.restart();
        process.start(sfdp, {QStringLiteral("-Tdot"), gv, QStringLiteral("-o"), QStringLiteral("/dev/null")});
        process.waitForFinished(-1);
        peerWall.append(timer.nsecsElapsed() / 1e6);
        peerCpu.append(childrenCpuMs() - childCpu);
        if (process.exitCode() != 0)
            out << "  sfdp failed: " << process.readAllStandardError() << "\n";
    }
    out << QStringLiteral("  GraphLayout::compute  wall %1 ms  cpu %2 ms   (median of %3)\n")
               .arg(median(oursWall), 0, 'f', 0)
               .arg(median(oursCpu), 0, 'f', 0)
               .arg(runs);
    if (sfdp.isEmpty()) {
        out << "  sfdp not found: install graphviz to compare\n";
        return;
    }
    out << QStringLiteral("  sfdp -Tdot %1   wall %2 ms  cpu %3 ms\n")
               .arg(QFileInfo(gv).fileName())
               .arg(median(peerWall), 0, 'f', 0)
               .arg(median(peerCpu), 0, 'f', 0);
    const double ratio = median(oursCpu) / std::max(1.0, median(peerCpu));
    out << QStringLiteral("  ratio (cpu) %1  [target <= 1.20]  %2\n")
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 1.2 ? QStringLiteral("OK") : QStringLiteral("SLOW"));
}

template<typename F> Timing timed(F &&f)
{
    QElapsedTimer timer;
    const double cpu = threadCpuMs();
    timer.start();
    f();
    return {timer.nsecsElapsed() / 1e6, threadCpuMs() - cpu};
}

void report(const QString &what, const Timing &t, double limitMs)
{
    out << QStringLiteral("  %1 wall %2 ms  cpu %3 ms  [target <= %4 ms]  %5\n")
               .arg(what, -34)
               .arg(t.wallMs, 7, 'f', 2)
               .arg(t.cpuMs, 7, 'f', 2)
               .arg(limitMs, 0, 'f', 0)
               .arg(t.cpuMs <= limitMs ? QStringLiteral("OK") : QStringLiteral("SLOW"));
}

void benchFilters(const Graph &graph, std::mt19937 &random)
{
    out << "Filters on the same graph\n";
    int kept = 0;
    report(QStringLiteral("byEntityTypes(Person, Company)"), timed([&] {
        kept = GraphFilters::byEntityTypes(graph, {QStringLiteral("Person"), QStringLiteral("Company")})
                   .nodeCount();
    }),
        100);
    report(QStringLiteral("byRelationshipTypes(Employment)"), timed([&] {
        kept = GraphFilters::byRelationshipTypes(graph, {QStringLiteral("Employment")}).edgeCount();
    }),
        100);
    report(QStringLiteral("byEvidenceTags(3 tags)"), timed([&] {
        kept = GraphFilters::byEvidenceTags(graph, {1, 2, 3}).edgeCount();
    }),
        100);
    report(QStringLiteral("neighbourhood(hub, 2 hops)"),
        timed([&] { kept = GraphFilters::neighbourhood(graph, 1, 2).nodeCount(); }), 100);
    report(QStringLiteral("shortestPath"), timed([&] {
        kept = GraphFilters::shortestPathIds(
            graph, 1 + random() % graph.nodeCount(), 1 + random() % graph.nodeCount())
                   .size();
    }),
        100);
    // The date slider: one filter per position, 1995 to 2030; the slowest position counts.
    Timing worst;
    for (int i = 0; i < 200; ++i) {
        const QDate date = QDate(1995, 1, 1).addDays(i * 64);
        const Timing t = timed([&] { kept = GraphFilters::asOf(graph, date).edgeCount(); });
        worst.wallMs = std::max(worst.wallMs, t.wallMs);
        worst.cpuMs = std::max(worst.cpuMs, t.cpuMs);
    }
    report(QStringLiteral("asOf, date slider (worst of 200)"), worst, 100);
    Q_UNUSED(kept)
}

void benchGraphFromDossier(const Graph &graph, const QString &workDir)
{
    auto opened = Dossier::open(workDir + QStringLiteral("/graph.recoupe"), Dossier::OpenMode::Create);
    if (!opened) {
        out << "  " << opened.error() << "\n";
        return;
    }
    Dossier &dossier = **opened;
    {
        Transaction tx(dossier.database());
        for (const GraphNode &n : graph.nodes()) {
            Entity e;
            e.id = n.entityId;
            e.type = n.type;
            e.name = n.name;
            dossier.entities().insert(e);
        }
        for (const GraphEdge &ge : graph.edges()) {
            Relationship r;
            r.type = ge.type;
            r.fromId = graph.nodes().at(ge.from).entityId;
            r.toId = graph.nodes().at(ge.to).entityId;
            r.start = ge.start;
            r.end = ge.end;
            if (r.end.isNull() || r.end.latest() >= r.start.earliest())
                dossier.relationships().insert(r);
        }
        tx.commit();
    }
    int nodes = 0;
    report(QStringLiteral("Graph::fromDossier"), timed([&] {
        const auto g = Graph::fromDossier(dossier);
        nodes = g ? g->nodeCount() : 0;
    }),
        1000);
}

// News-like documents: the seed articles' paragraphs in varying order, and generated sentences
// naming people, institutions and companies, so that the dossier has many distinct names.
QString makeDocument(const QStringList &paragraphs, std::mt19937 &random)
{
    static const QStringList first
        = {QStringLiteral("Claire"), QStringLiteral("Marc"), QStringLiteral("Sophie"),
            QStringLiteral("Jean-Pierre"), QStringLiteral("Nadia"), QStringLiteral("Thomas"),
            QStringLiteral("Isabelle"), QStringLiteral("Karim"), QStringLiteral("Hélène"),
            QStringLiteral("Luc"), QStringLiteral("Anne-Marie"), QStringLiteral("Julien")};
    static const QStringList syllables
        = {QStringLiteral("ber"), QStringLiteral("mon"), QStringLiteral("tal"), QStringLiteral("ri"),
            QStringLiteral("vo"), QStringLiteral("chan"), QStringLiteral("de"), QStringLiteral("lu"),
            QStringLiteral("gar"), QStringLiteral("nier"), QStringLiteral("sa"), QStringLiteral("quet")};
    static const QStringList bodies = {QStringLiteral("Direction générale des finances"),
        QStringLiteral("Agence nationale de la sécurité"), QStringLiteral("Commission des marchés publics"),
        QStringLiteral("ministère de la Santé"), QStringLiteral("Conseil régional d’Occitanie")};
    auto surname = [&] {
        QString s;
        const int n = 2 + int(random() % 2);
        for (int i = 0; i < n; ++i)
            s += syllables.at(random() % syllables.size());
        s[0] = s.at(0).toUpper();
        return s;
    };
    QStringList parts;
    const int count = 10 + int(random() % 9);
    for (int i = 0; i < count; ++i) {
        if (random() % 3 == 0) {
            parts.append(
                QStringLiteral("Selon %1 %2, directeur de la %3, la société %4 Conseil a signé le %5 mai %6 "
                               "un contrat avec l’Agence %7.")
                    .arg(first.at(random() % first.size()), surname(), bodies.at(random() % bodies.size()),
                        surname())
                    .arg(1 + random() % 28)
                    .arg(2010 + random() % 12)
                    .arg(surname()));
        } else {
            parts.append(paragraphs.at(random() % paragraphs.size()));
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString buildNewsDossier(const QString &path, int documents)
{
    const QDir seeds(QStringLiteral(RECOUPE_SEEDS));
    QStringList paragraphs;
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(seeds.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QString &p :
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            if (p.trimmed().size() >= 80)
                paragraphs.append(p.trimmed());
        }
    }
    if (paragraphs.isEmpty())
        return QStringLiteral("no seed articles in %1").arg(seeds.path());
    QFile::remove(path + QStringLiteral(".part"));
    auto opened = Dossier::open(path + QStringLiteral(".part"), Dossier::OpenMode::Create);
    if (!opened)
        return opened.error();
    Dossier &dossier = **opened;
    std::mt19937 random(20180507);
    out << "  building " << documents << " documents in " << path << " (once)\n";
    out.flush();
    for (int batch = 0; batch < documents; batch += 500) {
        Transaction tx(dossier.database());
        for (int i = batch; i < std::min(documents, batch + 500); ++i) {
            SourceDraft draft;
            draft.source.title = QStringLiteral("Article %1").arg(i + 1);
            draft.source.kind = SourceKind::Text;
            draft.source.language = QStringLiteral("fr");
            draft.text = makeDocument(paragraphs, random) + QStringLiteral("\n\nRéférence %1.").arg(i + 1);
            draft.original = draft.text.toUtf8();
            const auto id = dossier.sources().insert(draft);
            if (!id)
                return id.error();
        }
        const Status committed = tx.commit();
        if (!committed.ok())
            return committed.error();
    }
    opened->reset();
    QFile::remove(path);
    if (!QFile::rename(path + QStringLiteral(".part"), path))
        return QStringLiteral("cannot rename %1").arg(path);
    return QString();
}

void benchSuggestions(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        out << "  " << db.error() << "\n";
        return;
    }
    const qint64 sources = (*db)->scalar("SELECT count(*) FROM sources WHERE removed = 0");
    const qint64 bytes = (*db)->scalar("SELECT sum(length(CAST(body AS BLOB))) FROM text_chunks");
    out << "Entity suggestions: " << sources << " documents, " << bytes / 1000000 << " MB of text (" << path
        << ")\n";
    int count = 0;
    const Timing t = timed([&] {
        const auto list = EntitySuggester::suggest(**db);
        count = list ? int(list->size()) : -1;
    });
    report(QStringLiteral("EntitySuggester::suggest"), t, 30000);
    out << "  " << count << " suggestions\n";
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return;
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    const double childCpu = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    process.start(sqlite3,
        {QStringLiteral("-readonly"), path,
            QStringLiteral("SELECT body FROM text_chunks ORDER BY source_id, start")});
    process.waitForFinished(-1);
    out << QStringLiteral("  sqlite3 reading the same text        wall %1 ms  cpu %2 ms  (the floor)\n")
               .arg(timer.nsecsElapsed() / 1e6, 7, 'f', 0)
               .arg(childrenCpuMs() - childCpu, 7, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Graph layout, filters and entity suggestion speed"));
    parser.addHelpOption();
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("Entities in the graph."),
        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption edgesOption(QStringLiteral("edges"),
        QStringLiteral("Relationships in the graph."), QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Layout runs (the median is shown)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption documentsOption(QStringLiteral("documents"),
        QStringLiteral("Documents in the generated dossier."), QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption dossierOption(QStringLiteral("dossier"),
        QStringLiteral("Suggest entities over this dossier instead."), QStringLiteral("FILE"));
    const QCommandLineOption noSuggestions(
        QStringLiteral("no-suggestions"), QStringLiteral("Skip the suggestions."));
    parser.addOptions({nodesOption, edgesOption, runsOption, documentsOption, dossierOption, noSuggestions});
    parser.process(app);

    QTemporaryDir work;
    std::mt19937 random(42);
    const Graph graph
        = makeGraph(parser.value(nodesOption).toInt(), parser.value(edgesOption).toInt(), random);
    benchLayout(graph, std::max(1, parser.value(runsOption).toInt()), work.path());
    benchFilters(graph, random);
    benchGraphFromDossier(graph, work.path());

    if (!parser.isSet(noSuggestions)) {
        QString path = parser.value(dossierOption);
        if (path.isEmpty()) {
            const int documents = parser.value(documentsOption).toInt();
            const QString dir = QStringLiteral(RECOUPE_BUILD_DIR "/bench-graph");
            QDir().mkpath(dir);
            path = QStringLiteral("%1/news-%2.recoupe").arg(dir).arg(documents);
            if (!QFile::exists(path)) {
                const QString error = buildNewsDossier(path, documents);
                if (!error.isEmpty()) {
                    out << "  cannot build the dossier: " << error << "\n";
                    return 1;
                }
            }
        }
        benchSuggestions(path);
    }
    return 0;
}
