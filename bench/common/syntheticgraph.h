// SPDX-License-Identifier: GPL-3.0-or-later
// The graph the graph benchmarks share (bench_graph lays it out and filters it, bench_graphview
// shows it): shaped like an investigation's, a few hubs (ministries, large companies) and many
// people with one to a few dated links, by preferential attachment. The same seed gives the same
// graph in both.
#pragma once

#include "model/relationship.h"

#include <QStringList>
#include <QVector>

#include <random>

namespace Recoupe {

struct SyntheticGraph
{
    struct Edge
    {
        int from = 0; // node indexes
        int to = 0;
        QString type;
        PartialDate start;
        PartialDate end;
        qint64 tag = 0; // 1 to 12: a codebook tag of its evidence
    };

    QStringList nodeTypes; // FollowTheMoney schema, one per node
    QVector<Edge> edges;

    static QString nodeName(int index) { return QStringLiteral("Entity %1").arg(index + 1); }

    static SyntheticGraph generate(int nodes, int edges, std::mt19937 &random)
    {
        static const QStringList entityTypes = {QStringLiteral("Person"), QStringLiteral("Person"),
            QStringLiteral("Person"), QStringLiteral("Organization"), QStringLiteral("PublicBody"),
            QStringLiteral("Company"), QStringLiteral("Company")};
        SyntheticGraph graph;
        for (int i = 0; i < nodes; ++i)
            graph.nodeTypes.append(entityTypes.at(random() % entityTypes.size()));
        QVector<int> ends; // every node once, then once more per edge end: attachment by degree
        for (int i = 0; i < nodes; ++i)
            ends.append(i);
        const QStringList types = Relationship::types();
        for (int i = 0; i < edges; ++i) {
            Edge e;
            e.from = int(random() % nodes);
            e.to = ends.at(random() % ends.size());
            if (e.to == e.from)
                e.to = (e.to + 1) % nodes;
            e.type = types.at(random() % types.size());
            const int startYear = 1995 + int(random() % 25);
            switch (random() % 4) {
            case 0:
                e.start = PartialDate::year(startYear);
                break;
            case 1:
                e.start = PartialDate::month(startYear, 1 + int(random() % 12));
                break;
            default:
                e.start = PartialDate::day(startYear, 1 + int(random() % 12), 1 + int(random() % 28));
                break;
            }
            if (random() % 3)
                e.end = PartialDate::year(startYear + 1 + int(random() % 8));
            e.tag = qint64(1 + random() % 12);
            graph.edges.append(e);
            ends.append(e.from);
            ends.append(e.to);
        }
        return graph;
    }
};

} // namespace Recoupe
