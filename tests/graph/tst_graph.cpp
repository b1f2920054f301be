// SPDX-License-Identifier: GPL-3.0-or-later
// The case's graph built through the dossier's intents from the seed articles: the official's
// move from the digital directorate to the cloud company, the commission's reservations as a
// claim with its evidence. Filters, Graphviz layouts, exports read back, and the revolving door.
#include "entities/relationshipdates.h"
#include "graph/ftmwriter.h"
#include "graph/graph.h"
#include "graph/graphexport.h"
#include "graph/graphfilters.h"
#include "graph/graphlayout.h"
#include "graph/revolvingdoor.h"
#include "seedcase.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace Recoupe;

namespace {

// FollowTheMoney schemata and the properties this export may use, from the FtM schema files
// (Thing, Document, Interval, Interest and each interval schema).
const QHash<QString, QStringList> &ftmProperties()
{
    static const QHash<QString, QStringList> properties = [] {
        const QStringList thing = {QStringLiteral("name"), QStringLiteral("alias"), QStringLiteral("notes"),
            QStringLiteral("summary"), QStringLiteral("description"), QStringLiteral("sourceUrl"),
            QStringLiteral("publisher")};
        const QStringList interval = {QStringLiteral("startDate"), QStringLiteral("endDate"),
            QStringLiteral("date"), QStringLiteral("summary"), QStringLiteral("description"),
            QStringLiteral("recordId"), QStringLiteral("sourceUrl"), QStringLiteral("publisher")};
        const QStringList interest
            = interval + QStringList {QStringLiteral("role"), QStringLiteral("status")};
        QHash<QString, QStringList> p;
        for (const char *schema : {"Person", "Organization", "Company", "PublicBody", "Position"})
            p.insert(QString::fromLatin1(schema), thing);
        p.insert(QStringLiteral("Document"),
            thing
                + QStringList {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("contentHash"),
                    QStringLiteral("publishedAt"), QStringLiteral("mimeType"), QStringLiteral("fileName"),
                    QStringLiteral("author")});
        p.insert(QStringLiteral("Employment"),
            interest + QStringList {QStringLiteral("employer"), QStringLiteral("employee")});
        p.insert(QStringLiteral("Membership"),
            interest + QStringList {QStringLiteral("member"), QStringLiteral("organization")});
        p.insert(QStringLiteral("Directorship"),
            interest + QStringList {QStringLiteral("director"), QStringLiteral("organization")});
        p.insert(QStringLiteral("Ownership"),
            interest + QStringList {QStringLiteral("owner"), QStringLiteral("asset")});
        p.insert(QStringLiteral("Representation"),
            interest + QStringList {QStringLiteral("agent"), QStringLiteral("client")});
        p.insert(QStringLiteral("Associate"),
            interval
                + QStringList {
                    QStringLiteral("person"), QStringLiteral("associate"), QStringLiteral("relationship")});
        p.insert(QStringLiteral("Family"),
            interval
                + QStringList {
                    QStringLiteral("person"), QStringLiteral("relative"), QStringLiteral("relationship")});
        p.insert(QStringLiteral("Occupancy"),
            interval + QStringList {QStringLiteral("holder"), QStringLiteral("post")});
        p.insert(QStringLiteral("UnknownLink"),
            interest + QStringList {QStringLiteral("subject"), QStringLiteral("object")});
        p.insert(QStringLiteral("Documentation"),
            interest + QStringList {QStringLiteral("document"), QStringLiteral("entity")});
        return p;
    }();
    return properties;
}

// Entity-valued FtM properties and the schemata they accept (Documentation's "entity" is
// declared as Thing: intervals are not Things). tst_exportinterchange checks against FtM's model.
const QHash<QString, QStringList> &ftmRanges()
{
    static const QHash<QString, QStringList> ranges = [] {
        const QStringList person = {QStringLiteral("Person")};
        const QStringList organization
            = {QStringLiteral("Organization"), QStringLiteral("Company"), QStringLiteral("PublicBody")};
        const QStringList legal = organization + person;
        QHash<QString, QStringList> r;
        r.insert(QStringLiteral("employee"), person);
        r.insert(QStringLiteral("employer"), organization);
        r.insert(QStringLiteral("member"), legal);
        r.insert(QStringLiteral("organization"), organization);
        r.insert(QStringLiteral("director"), legal);
        r.insert(QStringLiteral("owner"), legal);
        r.insert(QStringLiteral("asset"), {QStringLiteral("Company")});
        r.insert(QStringLiteral("agent"), legal);
        r.insert(QStringLiteral("client"), legal);
        r.insert(QStringLiteral("person"), person);
        r.insert(QStringLiteral("associate"), person);
        r.insert(QStringLiteral("relative"), person);
        r.insert(QStringLiteral("holder"), person);
        r.insert(QStringLiteral("post"), {QStringLiteral("Position")});
        r.insert(QStringLiteral("subject"), legal + QStringList {QStringLiteral("Position")});
        r.insert(QStringLiteral("object"), legal + QStringList {QStringLiteral("Position")});
        r.insert(QStringLiteral("document"), {QStringLiteral("Document")});
        r.insert(QStringLiteral("entity"), legal + QStringList {QStringLiteral("Position")});
        return r;
    }();
    return ranges;
}

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Dossier> m_dossier;
    QVector<qint64> m_seeds;
    QHash<QString, qint64> m_entities;
    QHash<QString, qint64> m_links;
    QHash<QString, qint64> m_tags;
    QHash<QString, qint64> m_passages;
    qint64 m_claim = 0;

    Dossier &dossier() { return *m_dossier; }

    void buildCase()
    {
        SeedCase seedCase(dossier());
        const QString error = seedCase.build(QStringLiteral(RECOUPE_SEEDS));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_seeds = seedCase.seeds();
        m_entities = seedCase.entities();
        m_links = seedCase.links();
        m_passages = seedCase.passages();
        m_tags = seedCase.tags();
        m_claim = seedCase.claim();
    }

    Graph caseGraph()
    {
        auto graph = Graph::fromDossier(dossier());
        return graph ? *graph : Graph();
    }

    QStringList names(const Graph &graph)
    {
        QStringList result;
        for (const GraphNode &n : graph.nodes())
            result.append(n.name);
        std::sort(result.begin(), result.end());
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto opened = Dossier::open(
            m_dir.filePath(QStringLiteral("g%1.recoupe").arg(++m_count)), Dossier::OpenMode::Create);
        QVERIFY(opened.ok());
        m_dossier = std::move(opened).value();
        m_entities.clear();
        m_links.clear();
        m_tags.clear();
        m_passages.clear();
        buildCase();
    }

    void cleanup() { m_dossier.reset(); }

    void theCaseGraphCarriesDatesReadFromTheEvidence()
    {
        const Graph graph = caseGraph();
        QCOMPARE(graph.nodeCount(), 11);
        QCOMPARE(graph.edgeCount(), 9);
        const GraphEdge *directs = graph.edge(m_links.value(QStringLiteral("directs")));
        QVERIFY(directs);
        // "en poste depuis 2015", "acté le départ lors du Conseil des ministres du 27 avril" (7 May 2018
        // article).
        QCOMPARE(directs->start.toIso(), QStringLiteral("2015"));
        QCOMPARE(directs->end.toIso(), QStringLiteral("2018-04-27"));
        QCOMPARE(directs->tagIds, QVector<qint64> {m_tags.value(QStringLiteral("Dates clés"))});
        QCOMPARE(directs->sourceIds, QVector<qint64> {m_seeds.at(0)});
        const GraphEdge *works = graph.edge(m_links.value(QStringLiteral("works")));
        QCOMPARE(works->start.toIso(), QStringLiteral("2018-05-07")); // "aujourd'hui même"
        QCOMPARE(works->sourceIds, (QVector<qint64> {m_seeds.at(0), m_seeds.at(2)}));
        QCOMPARE(graph.edge(m_links.value(QStringLiteral("succeeds")))->start.toIso(),
            QStringLiteral("2018-05-07"));
        QCOMPARE(graph.edge(m_links.value(QStringLiteral("deal")))->start.toIso(),
            QString()); // "en juin 2017": a point
        QCOMPARE(graph.nodes().at(graph.edges().at(0).from).name, QStringLiteral("Mathieu Jeandron"));
    }

    void filters()
    {
        const Graph graph = caseGraph();
        const Graph people = GraphFilters::byEntityTypes(graph, {QStringLiteral("Person")});
        QCOMPARE(people.nodeCount(), 4);
        QCOMPARE(people.edgeCount(), 0);
        const Graph bodies
            = GraphFilters::byEntityTypes(graph, {QStringLiteral("PublicBody"), QStringLiteral("Company")});
        QCOMPARE(bodies.nodeCount(), 7);
        QCOMPARE(bodies.edgeCount(), 4); // partOf, hosts, owns, deal

        const Graph jobs = GraphFilters::byRelationshipTypes(
            graph, {QStringLiteral("Employment"), QStringLiteral("Directorship")});
        QCOMPARE(jobs.edgeCount(), 4);
        QCOMPARE(jobs.nodeCount(), graph.nodeCount());
        QCOMPARE(GraphFilters::byRelationshipTypes(
                     graph, {QStringLiteral("hébergement des évaluations nationales")})
                     .edgeCount(),
            1);

        const Graph reserves = GraphFilters::byEvidenceTags(
            graph, {m_tags.value(QStringLiteral("Réserves de la commission"))});
        QCOMPARE(reserves.edgeCount(), 1);
        QVERIFY(reserves.edge(m_links.value(QStringLiteral("partOf"))));

        // What held when: the directorship from 2015 to 27 April 2018, then the cloud job.
        const Graph in2016 = GraphFilters::asOf(graph, QDate(2016, 6, 1));
        QVERIFY(in2016.edge(m_links.value(QStringLiteral("directs"))));
        QVERIFY(!in2016.edge(m_links.value(QStringLiteral("works"))));
        const Graph afterMove = GraphFilters::asOf(graph, QDate(2018, 6, 1));
        QVERIFY(!afterMove.edge(m_links.value(QStringLiteral("directs"))));
        QVERIFY(afterMove.edge(m_links.value(QStringLiteral("works"))));
        QVERIFY(afterMove.edge(m_links.value(QStringLiteral("succeeds"))));
        QVERIFY2(afterMove.edge(m_links.value(QStringLiteral("owns"))), "undated links may hold at any time");
        // A start known to the year: possibly held in March 2015, certainly only from its last day.
        QVERIFY(GraphFilters::asOf(graph, QDate(2015, 3, 1)).edge(m_links.value(QStringLiteral("directs"))));
        QVERIFY(!GraphFilters::asOf(graph, QDate(2015, 3, 1), GraphFilters::Certainty::Certainly)
                     .edge(m_links.value(QStringLiteral("directs"))));
        QVERIFY(!GraphFilters::asOf(graph, QDate(2018, 6, 1), GraphFilters::Certainty::Certainly)
                     .edge(m_links.value(QStringLiteral("owns"))));

        const qint64 jeandron = m_entities.value(QStringLiteral("jeandron"));
        QCOMPARE(names(GraphFilters::neighbourhood(graph, jeandron, 1)),
            (QStringList {QStringLiteral("Amazon Web Services"),
                QStringLiteral("Direction du numérique pour l’éducation"),
                QStringLiteral("Mathieu Jeandron")}));
        const Graph twoHops = GraphFilters::neighbourhood(graph, jeandron, 2);
        QCOMPARE(twoHops.nodeCount(), 6); // + the ministry, Amazon, Merriaux
        QVERIFY(twoHops.node(m_entities.value(QStringLiteral("ministry"))));
        QCOMPARE(twoHops.edgeCount(), 6); // every edge among those six, the ministry–AWS one included

        const QVector<qint64> path = GraphFilters::shortestPathIds(graph,
            m_entities.value(QStringLiteral("merriaux")), m_entities.value(QStringLiteral("microsoft")));
        QCOMPARE(path,
            (QVector<qint64> {m_entities.value(QStringLiteral("merriaux")),
                m_entities.value(QStringLiteral("dne")), m_entities.value(QStringLiteral("ministry")),
                m_entities.value(QStringLiteral("microsoft"))}));
        const Graph pathGraph = GraphFilters::shortestPath(graph,
            m_entities.value(QStringLiteral("merriaux")), m_entities.value(QStringLiteral("microsoft")));
        QCOMPARE(pathGraph.nodeCount(), 4);
        QCOMPARE(pathGraph.edgeCount(), 3);
        QVERIFY(GraphFilters::shortestPath(graph, jeandron, m_entities.value(QStringLiteral("senate")))
                    .isEmpty());

        // Filters compose, and isolated nodes can go.
        const Graph composed = GraphFilters::withoutIsolatedNodes(
            GraphFilters::asOf(GraphFilters::byRelationshipTypes(graph, {QStringLiteral("Directorship")}),
                QDate(2018, 6, 1), GraphFilters::Certainty::Certainly));
        QCOMPARE(names(composed),
            (QStringList {QStringLiteral("Direction du numérique pour l’éducation"),
                QStringLiteral("Jean-Marc Merriaux")}));
    }

    void layouts_data()
    {
        QTest::addColumn<QString>("algorithm");
        for (const char *name : {"sfdp", "neato", "fdp", "dot", "circo"})
            QTest::addRow("%s", name) << QString::fromLatin1(name);
    }

    void layouts()
    {
        QFETCH(QString, algorithm);
        LayoutOptions options;
        QVERIFY(GraphLayout::algorithmFromName(algorithm, &options.algorithm));
        const Graph graph = caseGraph();
        const auto positions = GraphLayout::compute(graph, options);
        QVERIFY2(positions.ok(), qPrintable(positions.error()));
        QCOMPARE(positions->nodes.size(), graph.nodeCount());
        QCOMPARE(positions->edges.size(), graph.edgeCount());
        QSet<QPair<int, int>> distinct;
        for (const QPointF &p : positions->nodes) {
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
            QVERIFY(positions->bounds.contains(p));
            distinct.insert({qRound(p.x()), qRound(p.y())});
        }
        QCOMPARE(distinct.size(), graph.nodeCount());
        for (const QPolygonF &path : positions->edges)
            QVERIFY(path.size() >= 2);
        if (options.algorithm == LayoutAlgorithm::Dot) {
            // Layered, edges pointing down: the director sits above the directorate.
            QVERIFY(positions->nodes.value(m_entities.value(QStringLiteral("jeandron"))).y()
                < positions->nodes.value(m_entities.value(QStringLiteral("dne"))).y());
        }
    }

    void pinnedNodesStayWhereTheUserPutThem_data() { layouts_data(); }

    void pinnedNodesStayWhereTheUserPutThem()
    {
        QFETCH(QString, algorithm);
        LayoutOptions options;
        QVERIFY(GraphLayout::algorithmFromName(algorithm, &options.algorithm));
        const qint64 jeandron = m_entities.value(QStringLiteral("jeandron"));
        const qint64 ministry = m_entities.value(QStringLiteral("ministry"));
        options.pinned.insert(jeandron, QPointF(-300, 120));
        options.pinned.insert(ministry, QPointF(400, -80));
        const auto positions = GraphLayout::compute(caseGraph(), options);
        QVERIFY2(positions.ok(), qPrintable(positions.error()));
        QCOMPARE(positions->nodes.value(jeandron), QPointF(-300, 120));
        QCOMPARE(positions->nodes.value(ministry), QPointF(400, -80));
        // The others are laid out around them, not piled on them.
        for (auto it = positions->nodes.cbegin(); it != positions->nodes.cend(); ++it) {
            if (it.key() == jeandron || it.key() == ministry)
                continue;
            QVERIFY(QLineF(*it, QPointF(-300, 120)).length() > 1);
            QVERIFY(QLineF(*it, QPointF(400, -80)).length() > 1);
        }
    }

    void layoutOnAWorkerThreadWithProgressAndCancel()
    {
        QFutureWatcher<GraphPositions> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<GraphPositions>::finished);
        QSignalSpy progress(&watcher, &QFutureWatcher<GraphPositions>::progressValueChanged);
        watcher.setFuture(GraphLayout::start(caseGraph()));
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QVERIFY2(watcher.result().error.isEmpty(), qPrintable(watcher.result().error));
        QCOMPARE(watcher.result().nodes.size(), 11);
        QCOMPARE(watcher.progressValue(), 100);

        int calls = 0;
        const auto canceled = GraphLayout::compute(caseGraph(), {}, [&](int) { return ++calls < 2; });
        QVERIFY(!canceled);
        QVERIFY(canceled.error().contains(QStringLiteral("canceled")));
        // Graphviz is left in a state where the next layout works.
        QVERIFY(GraphLayout::compute(caseGraph()).ok());
    }

    void graphMlReadsBack()
    {
        const Graph graph = caseGraph();
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QVERIFY(GraphExport::write(dossier(), graph, GraphExport::Format::GraphMl, &buffer).ok());
        buffer.seek(0);
        QXmlStreamReader xml(&buffer);
        QHash<QString, QString> keys; // id -> attr.name
        QSet<QString> nodes;
        QHash<QString, QHash<QString, QString>> edges; // id -> key -> value
        QHash<QString, QPair<QString, QString>> ends;
        QString currentEdge, currentKey;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("graphml"))
                QCOMPARE(xml.namespaceUri(), QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
            else if (xml.name() == QLatin1String("key"))
                keys.insert(attributes.value(QStringLiteral("id")).toString(),
                    attributes.value(QStringLiteral("attr.name")).toString());
            else if (xml.name() == QLatin1String("node")) {
                nodes.insert(attributes.value(QStringLiteral("id")).toString());
                currentEdge.clear();
            } else if (xml.name() == QLatin1String("edge")) {
                currentEdge = attributes.value(QStringLiteral("id")).toString();
                ends.insert(currentEdge,
                    {attributes.value(QStringLiteral("source")).toString(),
                        attributes.value(QStringLiteral("target")).toString()});
            } else if (xml.name() == QLatin1String("data")) {
                const QString key = attributes.value(QStringLiteral("key")).toString();
                QVERIFY2(keys.contains(key), qPrintable(key));
                const QString value = xml.readElementText();
                if (!currentEdge.isEmpty())
                    edges[currentEdge].insert(keys.value(key), value);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodes.size(), graph.nodeCount());
        QCOMPARE(ends.size(), graph.edgeCount());
        for (const auto &pair : std::as_const(ends)) {
            QVERIFY(nodes.contains(pair.first));
            QVERIFY(nodes.contains(pair.second));
        }
        const QString directs = QStringLiteral("r%1").arg(m_links.value(QStringLiteral("directs")));
        QCOMPARE(edges.value(directs).value(QStringLiteral("type")), QStringLiteral("Directorship"));
        QCOMPARE(edges.value(directs).value(QStringLiteral("start")), QStringLiteral("2015"));
        QCOMPARE(edges.value(directs).value(QStringLiteral("end")), QStringLiteral("2018-04-27"));
        QCOMPARE(ends.value(directs).first,
            QStringLiteral("e%1").arg(m_entities.value(QStringLiteral("jeandron"))));
    }

    void gexfWritesDatesAsSpellsAtTheirPrecision()
    {
        // Exports take the filtered graph: here, what held in June 2018 and the links around it.
        const Graph graph = caseGraph();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.gexf"));
        QVERIFY(GraphExport::writeFile(dossier(), graph, GraphExport::Format::Gexf, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QHash<QString, QPair<QString, QString>> spells;
        QHash<QString, QString> startValues;
        QString edge;
        QString timeformat;
        int nodes = 0, edges = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("graph")) {
                QCOMPARE(xml.namespaceUri(), QStringLiteral("http://gexf.net/1.3"));
                timeformat = a.value(QStringLiteral("timeformat")).toString();
            } else if (xml.name() == QLatin1String("node")) {
                ++nodes;
                edge.clear();
            } else if (xml.name() == QLatin1String("edge")) {
                ++edges;
                edge = a.value(QStringLiteral("id")).toString();
            } else if (xml.name() == QLatin1String("spell")) {
                spells.insert(edge,
                    {a.value(QStringLiteral("start")).toString(), a.value(QStringLiteral("end")).toString()});
            } else if (xml.name() == QLatin1String("attvalue") && !edge.isEmpty()
                && a.value(QStringLiteral("for")) == QLatin1String("start")) {
                startValues.insert(edge, a.value(QStringLiteral("value")).toString());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(timeformat, QStringLiteral("date"));
        QCOMPARE(nodes, graph.nodeCount());
        QCOMPARE(edges, graph.edgeCount());
        const QString directs = QStringLiteral("r%1").arg(m_links.value(QStringLiteral("directs")));
        QCOMPARE(
            spells.value(directs), qMakePair(QStringLiteral("2015-01-01"), QStringLiteral("2018-04-27")));
        QCOMPARE(startValues.value(directs), QStringLiteral("2015"));
        const QString works = QStringLiteral("r%1").arg(m_links.value(QStringLiteral("works")));
        QCOMPARE(spells.value(works), qMakePair(QStringLiteral("2018-05-07"), QString()));
        QVERIFY2(!spells.contains(QStringLiteral("r%1").arg(m_links.value(QStringLiteral("owns")))),
            "undated: no spell");

        const Graph june2018
            = GraphFilters::asOf(graph, QDate(2018, 6, 1), GraphFilters::Certainty::Certainly);
        QBuffer filtered;
        filtered.open(QIODevice::ReadWrite);
        QVERIFY(GraphExport::write(dossier(), june2018, GraphExport::Format::Gexf, &filtered).ok());
        QCOMPARE(filtered.data().count("<edge "), june2018.edgeCount());
        QVERIFY(june2018.edgeCount() < graph.edgeCount());
    }

    void followTheMoneyLinesUseTheSchemaNamesAndReferenceExistingEntities()
    {
        const Graph graph = caseGraph();
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QStringList warnings;
        QVERIFY(GraphExport::write(dossier(), graph, GraphExport::Format::FollowTheMoney, &buffer, &warnings)
                    .ok());
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QHash<QString, QJsonObject> entities;
        QHash<QString, QString> schemata;
        for (const QByteArray &line : buffer.data().split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            const QJsonObject entity = document.object();
            const QString id = entity.value(QStringLiteral("id")).toString();
            const QString schema = entity.value(QStringLiteral("schema")).toString();
            QVERIFY(!id.isEmpty());
            QVERIFY2(!entities.contains(id), qPrintable(id));
            QVERIFY2(ftmProperties().contains(schema), qPrintable(schema));
            const QJsonObject properties = entity.value(QStringLiteral("properties")).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                QVERIFY2(ftmProperties().value(schema).contains(it.key()),
                    qPrintable(schema + QLatin1Char('.') + it.key()));
                QVERIFY(it.value().isArray());
                for (const QJsonValue &v : it.value().toArray())
                    QVERIFY(v.isString() && !v.toString().isEmpty());
            }
            entities.insert(id, entity);
            schemata.insert(id, schema);
        }
        // Every reference points at an entity of the file, of a schema the property accepts.
        int references = 0;
        for (const QJsonObject &entity : std::as_const(entities)) {
            const QJsonObject properties = entity.value(QStringLiteral("properties")).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (!ftmRanges().contains(it.key()))
                    continue;
                for (const QJsonValue &v : it.value().toArray()) {
                    ++references;
                    QVERIFY2(entities.contains(v.toString()), qPrintable(v.toString()));
                    QVERIFY2(ftmRanges().value(it.key()).contains(schemata.value(v.toString())),
                        qPrintable(it.key() + QStringLiteral(" → ") + schemata.value(v.toString())));
                }
            }
        }
        QVERIFY(references > 20);

        const QJsonObject jeandron
            = entities.value(FtmWriter::entityId(m_entities.value(QStringLiteral("jeandron"))));
        QCOMPARE(jeandron.value(QStringLiteral("schema")).toString(), QStringLiteral("Person"));
        const QJsonObject works
            = entities.value(FtmWriter::relationshipId(m_links.value(QStringLiteral("works"))));
        QCOMPARE(works.value(QStringLiteral("schema")).toString(), QStringLiteral("Employment"));
        const QJsonObject p = works.value(QStringLiteral("properties")).toObject();
        QCOMPARE(p.value(QStringLiteral("employee")).toArray().first().toString(),
            jeandron.value(QStringLiteral("id")).toString());
        QCOMPARE(p.value(QStringLiteral("employer")).toArray().first().toString(),
            FtmWriter::entityId(m_entities.value(QStringLiteral("aws"))));
        QCOMPARE(
            p.value(QStringLiteral("startDate")).toArray().first().toString(), QStringLiteral("2018-05-07"));
        QCOMPARE(p.value(QStringLiteral("role")).toArray().first().toString(),
            QStringLiteral("architecte solutions cloud"));
        const QJsonObject owns
            = entities.value(FtmWriter::relationshipId(m_links.value(QStringLiteral("owns"))));
        QCOMPARE(owns.value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("owner"))
                     .toArray()
                     .first()
                     .toString(),
            FtmWriter::entityId(m_entities.value(QStringLiteral("amazon"))));

        // The articles as Documents with the SHA-1 of their bytes, and what they document.
        const QJsonObject article = entities.value(FtmWriter::documentId(m_seeds.at(0)));
        QCOMPARE(article.value(QStringLiteral("schema")).toString(), QStringLiteral("Document"));
        QFile seed(dossier().sources().get(m_seeds.at(0))->origin);
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QJsonObject ap = article.value(QStringLiteral("properties")).toObject();
        QCOMPARE(ap.value(QStringLiteral("contentHash")).toArray().first().toString(),
            QString::fromLatin1(QCryptographicHash::hash(seed.readAll(), QCryptographicHash::Sha1).toHex()));
        QCOMPARE(ap.value(QStringLiteral("publishedAt")).toArray().first().toString(),
            QStringLiteral("2018-05-07"));
        // The employment's passages quoted on it, and the articles documenting the official.
        QVERIFY(p.value(QStringLiteral("summary")).toArray().size() >= 2);
        for (const qint64 seed : {m_seeds.at(0), m_seeds.at(2)}) { // the 000 and 002 articles
            const QJsonObject documentation = entities.value(
                FtmWriter::documentationId(seed, m_entities.value(QStringLiteral("jeandron"))));
            QCOMPARE(
                documentation.value(QStringLiteral("schema")).toString(), QStringLiteral("Documentation"));
            QVERIFY(documentation.value(QStringLiteral("properties"))
                        .toObject()
                        .value(QStringLiteral("summary"))
                        .toArray()
                        .size()
                >= 1);
        }
    }

    void ftmFallsBackToUnknownLinkWhenTheSchemataDoNotFit()
    {
        Relationship odd;
        odd.type = QStringLiteral("Ownership"); // a person is not an asset in FtM, either way round
        odd.fromId = m_entities.value(QStringLiteral("jeandron"));
        odd.toId = m_entities.value(QStringLiteral("morin"));
        const auto id = dossier().addRelationship(odd);
        QVERIFY(id.ok());
        Relationship reversed;
        reversed.type = QStringLiteral("Employment"); // drawn employer → employee
        reversed.fromId = m_entities.value(QStringLiteral("microsoft"));
        reversed.toId = m_entities.value(QStringLiteral("blanquer"));
        const auto reversedId = dossier().addRelationship(reversed);
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QStringList warnings;
        QVERIFY(GraphExport::write(
            dossier(), caseGraph(), GraphExport::Format::FollowTheMoney, &buffer, &warnings)
                    .ok());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("Ownership")));
        for (const QByteArray &line : buffer.data().split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.value(QStringLiteral("id")).toString() == FtmWriter::relationshipId(*id)) {
                QCOMPARE(e.value(QStringLiteral("schema")).toString(), QStringLiteral("UnknownLink"));
                QCOMPARE(e.value(QStringLiteral("properties"))
                             .toObject()
                             .value(QStringLiteral("role"))
                             .toArray()
                             .first()
                             .toString(),
                    QStringLiteral("Ownership"));
            }
            if (e.value(QStringLiteral("id")).toString() == FtmWriter::relationshipId(*reversedId)) {
                QCOMPARE(e.value(QStringLiteral("schema")).toString(), QStringLiteral("Employment"));
                QCOMPARE(e.value(QStringLiteral("properties"))
                             .toObject()
                             .value(QStringLiteral("employee"))
                             .toArray()
                             .first()
                             .toString(),
                    FtmWriter::entityId(m_entities.value(QStringLiteral("blanquer"))));
            }
        }
        GraphExport::Format format;
        QVERIFY(GraphExport::formatFromName(QStringLiteral("FTM"), &format));
        QCOMPARE(format, GraphExport::Format::FollowTheMoney);
        QVERIFY(!GraphExport::formatFromName(QStringLiteral("csv"), &format));
        QVERIFY(!GraphExport::writeFile(dossier(), caseGraph(), GraphExport::Format::GraphMl,
            m_dir.filePath(QStringLiteral("no/such/folder/x.graphml")))
                     .ok());
    }

    void revolvingDoorFindsTheCaseWithItsCoolingOff()
    {
        const QVector<RevolvingDoorHit> hits = RevolvingDoor::find(dossier());
        QCOMPARE(hits.size(), 1);
        const RevolvingDoorHit &hit = hits.first();
        QCOMPARE(hit.personId, m_entities.value(QStringLiteral("jeandron")));
        QCOMPARE(hit.publicBodyId, m_entities.value(QStringLiteral("dne")));
        QCOMPARE(hit.employerId, m_entities.value(QStringLiteral("aws")));
        QCOMPARE(hit.publicRoleId, m_links.value(QStringLiteral("directs")));
        QCOMPARE(hit.privateRoleId, m_links.value(QStringLiteral("works")));
        QCOMPARE(hit.left.toIso(), QStringLiteral("2018-04-27"));
        QCOMPARE(hit.joined.toIso(), QStringLiteral("2018-05-07"));
        QCOMPARE(hit.monthsBetween, 1);
        // The dealings: AWS hosts the ministry's data, and the directorate belongs to the ministry.
        QCOMPARE(QSet<qint64>(hit.linkIds.cbegin(), hit.linkIds.cend()),
            (QSet<qint64> {m_links.value(QStringLiteral("hosts")), m_links.value(QStringLiteral("partOf"))}));
        QVERIFY(hit.evidenceIds.contains(m_passages.value(QStringLiteral("hosting"))));
        QVERIFY(hit.evidenceIds.contains(m_passages.value(QStringLiteral("newJob"))));
        // The commission's reservations, from the claim's evidence.
        QStringList until;
        for (const EndDate &d : hit.endDates) {
            until.append(d.date.toIso() + QLatin1Char(' ') + DateMention::endsName(d.ends));
            for (const DateReading &r : d.readings) {
                QVERIFY(r.annotationId);
                QCOMPARE(r.sourceId, m_seeds.at(0));
            }
        }
        QVERIFY2(until.contains(QStringLiteral("2021-04-23 restriction")),
            qPrintable(until.join(QLatin1Char(' '))));
        QVERIFY(until.contains(QStringLiteral("2018-09-08 restriction")));
        const QJsonArray json = RevolvingDoor::toJson(*Graph::fromDossier(dossier()), hits);
        QCOMPARE(json.size(), 1);
        const QJsonObject o = json.first().toObject();
        QCOMPARE(o.value(QStringLiteral("person")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Mathieu Jeandron"));
        QCOMPARE(o.value(QStringLiteral("employer")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Amazon Web Services"));
        QCOMPARE(o.value(QStringLiteral("links")).toArray().size(), 2);
        QVERIFY(o.value(QStringLiteral("coolingOff")).toArray().size() >= 2);
        QVERIFY(o.value(QStringLiteral("summary")).toString().contains(QStringLiteral("2021-04-23")));
    }

    // English plurals come from recoupe_en.ts, which tests do not load: "day(s)".
    void gapAtThePrecisionOfTheDates_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("joined");
        QTest::addColumn<QString>("gap");
        QTest::addRow("next day") << "2024-03-31"
                                  << "2024-04-01"
                                  << "the next day";
        QTest::addRow("same day") << "2024-03-31"
                                  << "2024-03-31"
                                  << "the same day";
        QTest::addRow("days") << "2018-04-27"
                              << "2018-05-07"
                              << "10 day(s) later";
        QTest::addRow("months and days") << "2018-04-27"
                                         << "2019-06-30"
                                         << "14 month(s) and 3 day(s) later";
        QTest::addRow("whole months") << "2018-04-27"
                                      << "2018-07-27"
                                      << "3 month(s) later";
        QTest::addRow("overlap") << "2024-04-03"
                                 << "2024-04-01"
                                 << "2 day(s) before leaving";
        QTest::addRow("months known") << "2018-05"
                                      << "2018-05"
                                      << "the same month";
        QTest::addRow("next month") << "2024-03-31"
                                    << "2024-04"
                                    << "the next month";
        QTest::addRow("years known") << "2015"
                                     << "2018-05-07"
                                     << "3 year(s) later";
        QTest::addRow("next year") << "2017"
                                   << "2018"
                                   << "the next year";
    }

    void gapAtThePrecisionOfTheDates()
    {
        QFETCH(QString, left);
        QFETCH(QString, joined);
        QFETCH(QString, gap);
        QCOMPARE(RevolvingDoor::gapText(PartialDate::fromIso(left), PartialDate::fromIso(joined)), gap);
    }

    void revolvingDoorIgnoresAMoveLaterThanTheDelay()
    {
        auto works = *dossier().relationships().get(m_links.value(QStringLiteral("works")));
        works.start = PartialDate::month(2021, 9); // 40 months after leaving
        QVERIFY(dossier().updateRelationship(works).ok());
        QVERIFY(RevolvingDoor::find(dossier()).isEmpty());
        RevolvingDoorOptions longer;
        longer.months = 48;
        QCOMPARE(RevolvingDoor::find(dossier(), longer).size(), 1);
        // A year known only to the year might be within the delay: it counts.
        works.start = PartialDate::year(2021);
        QVERIFY(dossier().updateRelationship(works).ok());
        QCOMPARE(RevolvingDoor::find(dossier()).size(), 1);
        // Without dealings between the company's side and the directorate's, no hit.
        QVERIFY(dossier().removeRelationship(m_links.value(QStringLiteral("hosts"))).ok());
        QVERIFY(RevolvingDoor::find(dossier()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
