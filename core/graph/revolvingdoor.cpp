// SPDX-License-Identifier: GPL-3.0-or-later
#include "revolvingdoor.h"

#include "entities/evidencedates.h"
#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QJsonObject>
#include <QSet>

namespace Recoupe {

namespace {

bool isRole(const QString &type)
{
    return type == QLatin1String("Employment") || type == QLatin1String("Membership")
        || type == QLatin1String("Directorship") || type == QLatin1String("Occupancy");
}

bool isPrivate(const QString &type)
{
    return type == QLatin1String("Company") || type == QLatin1String("Organization");
}

struct Role
{
    int edge;
    int body;
};

// The bodies a person holds a role at through one edge: the other end, or for a post, the
// organizations the post is linked to.
QVector<int> bodiesOf(const Graph &graph, int edge, int person)
{
    const int other = graph.otherEnd(edge, person);
    const QString &type = graph.nodes().at(other).type;
    if (type != QLatin1String("Position"))
        return { other };
    QVector<int> bodies;
    for (int e : graph.edgesOf(other)) {
        const int body = graph.otherEnd(e, other);
        if (body != person && graph.nodes().at(body).type != QLatin1String("Person")
            && graph.nodes().at(body).type != QLatin1String("Position") && !bodies.contains(body))
            bodies.append(body);
    }
    return bodies;
}

int monthsFrom(const QDate &a, const QDate &b)
{
    return (b.year() - a.year()) * 12 + (b.month() - a.month());
}

QJsonObject entityJson(const Graph &graph, qint64 id)
{
    const GraphNode *node = graph.node(id);
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("name"), node ? node->name : QString() },
        { QStringLiteral("type"), node ? node->type : QString() } };
}

QJsonObject relationshipJson(const Graph &graph, qint64 id)
{
    const GraphEdge *e = graph.edge(id);
    if (!e)
        return QJsonObject { { QStringLiteral("id"), id } };
    QJsonArray evidence;
    for (qint64 a : e->evidenceIds)
        evidence.append(a);
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("type"), e->type },
        { QStringLiteral("label"), e->label }, { QStringLiteral("role"), e->role },
        { QStringLiteral("from"), graph.nodes().at(e->from).entityId },
        { QStringLiteral("to"), graph.nodes().at(e->to).entityId },
        { QStringLiteral("start"), e->start.toIso() }, { QStringLiteral("end"), e->end.toIso() },
        { QStringLiteral("evidence"), evidence } };
}

} // namespace

QVector<RevolvingDoorHit> RevolvingDoor::find(const Graph &graph, const RevolvingDoorOptions &options)
{
    QVector<RevolvingDoorHit> hits;
    for (int person = 0; person < graph.nodeCount(); ++person) {
        if (graph.nodes().at(person).type != QLatin1String("Person"))
            continue;
        QVector<Role> publicRoles, privateRoles;
        for (int edge : graph.edgesOf(person)) {
            const GraphEdge &e = graph.edges().at(edge);
            if (!isRole(e.type))
                continue;
            for (int body : bodiesOf(graph, edge, person)) {
                const QString &type = graph.nodes().at(body).type;
                if (type == QLatin1String("PublicBody") && !e.end.isNull())
                    publicRoles.append({ edge, body });
                else if (isPrivate(type) && !e.start.isNull())
                    privateRoles.append({ edge, body });
            }
        }
        for (const Role &pub : std::as_const(publicRoles)) {
            const GraphEdge &left = graph.edges().at(pub.edge);
            for (const Role &priv : std::as_const(privateRoles)) {
                if (priv.edge == pub.edge)
                    continue;
                const GraphEdge &joined = graph.edges().at(priv.edge);
                // Can the new role have started within the delay after leaving, and not before
                // the public role began?
                if (joined.start.earliest() > left.end.latest().addMonths(options.months))
                    continue;
                if (!left.start.isNull() && joined.start.latest() < left.start.earliest())
                    continue;

                // The two sides and the relationships between them.
                QSet<int> publicSide { pub.body }, privateSide { priv.body };
                QHash<int, int> reachedBy; // side node -> edge tying it to the body
                for (int e : graph.edgesOf(pub.body)) {
                    const int other = graph.otherEnd(e, pub.body);
                    if (graph.nodes().at(other).type == QLatin1String("PublicBody")
                        && !publicSide.contains(other)) {
                        publicSide.insert(other);
                        reachedBy.insert(other, e);
                    }
                }
                for (int e : graph.edgesOf(priv.body)) {
                    const int other = graph.otherEnd(e, priv.body);
                    if (graph.edges().at(e).type == QLatin1String("Ownership") && other != person
                        && !privateSide.contains(other) && !publicSide.contains(other)) {
                        privateSide.insert(other);
                        reachedBy.insert(other, e);
                    }
                }
                RevolvingDoorHit hit;
                QSet<int> used;
                for (int side : std::as_const(privateSide)) {
                    for (int e : graph.edgesOf(side)) {
                        const int other = graph.otherEnd(e, side);
                        if (other == person || !publicSide.contains(other) || used.contains(e))
                            continue;
                        used.insert(e);
                        for (int end : { side, other }) {
                            if (reachedBy.contains(end) && !used.contains(reachedBy.value(end)))
                                used.insert(reachedBy.value(end));
                        }
                    }
                }
                if (used.isEmpty())
                    continue;
                hit.personId = graph.nodes().at(person).entityId;
                hit.publicBodyId = graph.nodes().at(pub.body).entityId;
                hit.employerId = graph.nodes().at(priv.body).entityId;
                hit.publicRoleId = left.relationshipId;
                hit.privateRoleId = joined.relationshipId;
                hit.left = left.end;
                hit.joined = joined.start;
                hit.monthsBetween = monthsFrom(left.end.earliest(), joined.start.earliest());
                QVector<int> links(used.cbegin(), used.cend());
                std::sort(links.begin(), links.end());
                for (int e : std::as_const(links))
                    hit.linkIds.append(graph.edges().at(e).relationshipId);
                for (int e : QVector<int> { pub.edge, priv.edge } + links) {
                    for (qint64 a : graph.edges().at(e).evidenceIds) {
                        if (!hit.evidenceIds.contains(a))
                            hit.evidenceIds.append(a);
                    }
                }
                std::sort(hit.evidenceIds.begin(), hit.evidenceIds.end());
                hits.append(hit);
            }
        }
    }
    return hits;
}

QVector<RevolvingDoorHit> RevolvingDoor::find(Dossier &dossier, const RevolvingDoorOptions &options)
{
    const auto graph = Graph::fromDossier(dossier);
    if (!graph)
        return {};
    QVector<RevolvingDoorHit> hits = find(*graph, options);
    if (hits.isEmpty())
        return hits;
    const QVector<Claim> claims = dossier.claims().all();
    auto referenceOf = [&](qint64 sourceId) {
        const auto source = dossier.sources().get(sourceId);
        const PartialDate published = source ? PartialDate::fromIso(source->published) : PartialDate();
        return published.precision() == PartialDate::Precision::Day ? published.earliest() : QDate();
    };
    for (RevolvingDoorHit &hit : hits) {
        QSet<qint64> involved { hit.personId, hit.publicBodyId, hit.employerId };
        QVector<qint64> relationships { hit.publicRoleId, hit.privateRoleId };
        relationships += hit.linkIds;
        for (qint64 r : std::as_const(relationships)) {
            if (const GraphEdge *e = graph->edge(r)) {
                involved.insert(graph->nodes().at(e->from).entityId);
                involved.insert(graph->nodes().at(e->to).entityId);
            }
        }
        // A cooling-off runs past the move; dates before it are the move's own.
        const QDate after = hit.joined.earliest();
        auto collect = [&](const QString &text, const QDate &reference, CoolingOff origin) {
            for (const DateMention &m : EvidenceDates::find(text, reference)) {
                if (m.role != DateMention::Role::End || m.date.latest() < after)
                    continue;
                CoolingOff c = origin;
                c.until = m.date;
                c.text = text.simplified();
                const bool known
                    = std::any_of(hit.coolingOff.cbegin(), hit.coolingOff.cend(), [&](const CoolingOff &k) {
                          return k.until == c.until && k.claimId == c.claimId
                              && k.annotationId == c.annotationId && k.relationshipId == c.relationshipId;
                      });
                if (!known)
                    hit.coolingOff.append(c);
            }
        };
        for (const Claim &claim : claims) {
            bool about = involved.contains(claim.speakerId);
            for (qint64 s : claim.subjectIds)
                about = about || involved.contains(s);
            if (!about)
                continue;
            CoolingOff origin;
            origin.claimId = claim.id;
            collect(claim.text + QLatin1Char('\n') + claim.note, QDate(), origin);
            for (qint64 annotationId : claim.evidenceIds) {
                const auto a = dossier.annotations().get(annotationId);
                if (!a)
                    continue;
                origin.annotationId = annotationId;
                origin.sourceId = a->anchor.sourceId;
                collect(a->anchor.exact, referenceOf(a->anchor.sourceId), origin);
            }
        }
        for (qint64 r : std::as_const(relationships)) {
            const GraphEdge *e = graph->edge(r);
            if (!e)
                continue;
            CoolingOff origin;
            origin.relationshipId = r;
            collect(e->note, QDate(), origin);
            for (qint64 annotationId : e->evidenceIds) {
                const auto a = dossier.annotations().get(annotationId);
                if (!a)
                    continue;
                origin.annotationId = annotationId;
                origin.sourceId = a->anchor.sourceId;
                collect(a->anchor.exact, referenceOf(a->anchor.sourceId), origin);
            }
        }
        std::sort(hit.coolingOff.begin(), hit.coolingOff.end(),
            [](const CoolingOff &a, const CoolingOff &b) { return a.until.earliest() < b.until.earliest(); });
    }
    return hits;
}

QJsonArray RevolvingDoor::toJson(const Graph &graph, const QVector<RevolvingDoorHit> &hits)
{
    QJsonArray array;
    for (const RevolvingDoorHit &hit : hits) {
        QJsonArray links, evidence, coolingOff;
        for (qint64 id : hit.linkIds)
            links.append(relationshipJson(graph, id));
        for (qint64 id : hit.evidenceIds)
            evidence.append(id);
        for (const CoolingOff &c : hit.coolingOff) {
            QJsonObject o { { QStringLiteral("until"), c.until.toIso() },
                { QStringLiteral("text"), c.text } };
            if (c.claimId)
                o.insert(QStringLiteral("claim"), c.claimId);
            if (c.relationshipId)
                o.insert(QStringLiteral("relationship"), c.relationshipId);
            if (c.annotationId)
                o.insert(QStringLiteral("annotation"), c.annotationId);
            if (c.sourceId)
                o.insert(QStringLiteral("source"), c.sourceId);
            coolingOff.append(o);
        }
        array.append(QJsonObject { { QStringLiteral("person"), entityJson(graph, hit.personId) },
            { QStringLiteral("publicBody"), entityJson(graph, hit.publicBodyId) },
            { QStringLiteral("employer"), entityJson(graph, hit.employerId) },
            { QStringLiteral("left"), hit.left.toIso() }, { QStringLiteral("joined"), hit.joined.toIso() },
            { QStringLiteral("monthsBetween"), hit.monthsBetween },
            { QStringLiteral("publicRole"), relationshipJson(graph, hit.publicRoleId) },
            { QStringLiteral("privateRole"), relationshipJson(graph, hit.privateRoleId) },
            { QStringLiteral("links"), links }, { QStringLiteral("evidence"), evidence },
            { QStringLiteral("coolingOff"), coolingOff },
            { QStringLiteral("summary"), describe(graph, hit) } });
    }
    return array;
}

QString RevolvingDoor::describe(const Graph &graph, const RevolvingDoorHit &hit)
{
    auto name = [&](qint64 id) {
        const GraphNode *n = graph.node(id);
        return n ? n->name : QString::number(id);
    };
    QString text = tr("%1 left %2 (%3) and joined %4 (%5), which has dealings with it.")
                       .arg(name(hit.personId), name(hit.publicBodyId), hit.left.toIso(),
                           name(hit.employerId), hit.joined.toIso());
    if (!hit.coolingOff.isEmpty()) {
        QStringList dates;
        for (const CoolingOff &c : hit.coolingOff)
            dates.append(c.until.toIso());
        text += QLatin1Char(' ') + tr("Cooling-off until %1.").arg(dates.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace Recoupe
