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
        return {other};
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
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), node ? node->name : QString()},
        {QStringLiteral("type"), node ? node->type : QString()}};
}

QJsonObject relationshipJson(const Graph &graph, qint64 id)
{
    const GraphEdge *e = graph.edge(id);
    if (!e)
        return QJsonObject {{QStringLiteral("id"), id}};
    QJsonArray evidence;
    for (qint64 a : e->evidenceIds)
        evidence.append(a);
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("type"), e->type},
        {QStringLiteral("label"), e->label}, {QStringLiteral("role"), e->role},
        {QStringLiteral("from"), graph.nodes().at(e->from).entityId},
        {QStringLiteral("to"), graph.nodes().at(e->to).entityId}, {QStringLiteral("start"), e->start.toIso()},
        {QStringLiteral("end"), e->end.toIso()}, {QStringLiteral("evidence"), evidence}};
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
                    publicRoles.append({edge, body});
                else if (isPrivate(type) && !e.start.isNull())
                    privateRoles.append({edge, body});
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
                QSet<int> publicSide {pub.body}, privateSide {priv.body};
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
                        for (int end : {side, other}) {
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
                hit.daysBetween = int(left.end.earliest().daysTo(joined.start.earliest()));
                QVector<int> links(used.cbegin(), used.cend());
                std::sort(links.begin(), links.end());
                for (int e : std::as_const(links))
                    hit.linkIds.append(graph.edges().at(e).relationshipId);
                for (int e : QVector<int> {pub.edge, priv.edge} + links) {
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
    QHash<qint64, QString> sourceTexts, sourceTitles;
    QHash<qint64, QDate> references;
    auto readSource = [&](qint64 sourceId) {
        if (sourceTitles.contains(sourceId))
            return;
        const auto source = dossier.sources().get(sourceId);
        const PartialDate published = source ? PartialDate::fromIso(source->published) : PartialDate();
        references.insert(
            sourceId, published.precision() == PartialDate::Precision::Day ? published.earliest() : QDate());
        sourceTitles.insert(sourceId, source ? source->title : QString());
        sourceTexts.insert(sourceId, dossier.sources().text(sourceId));
    };
    for (RevolvingDoorHit &hit : hits) {
        QSet<qint64> involved {hit.personId, hit.publicBodyId, hit.employerId};
        QVector<qint64> relationships {hit.publicRoleId, hit.privateRoleId};
        relationships += hit.linkIds;
        for (qint64 r : std::as_const(relationships)) {
            if (const GraphEdge *e = graph->edge(r)) {
                involved.insert(graph->nodes().at(e->from).entityId);
                involved.insert(graph->nodes().at(e->to).entityId);
            }
        }
        // Dates past the move may end a restriction, a contract or a role; dates before it are the
        // move's own.
        const QDate after = hit.joined.earliest();
        auto add = [&](const PartialDate &date, DateMention::Ends ends, const DateReading &reading) {
            auto it = std::find_if(hit.endDates.begin(), hit.endDates.end(),
                [&](const EndDate &d) { return d.date == date && d.ends == ends; });
            if (it == hit.endDates.end()) {
                hit.endDates.append({date, ends, {}});
                it = hit.endDates.end() - 1;
            }
            // One passage cited by a claim and by a relationship is one reading.
            const bool known
                = std::any_of(it->readings.cbegin(), it->readings.cend(), [&](const DateReading &r) {
                      return reading.annotationId ? r.annotationId == reading.annotationId
                                                  : (!r.annotationId && r.claimId == reading.claimId
                                                      && r.relationshipId == reading.relationshipId);
                  });
            if (!known)
                it->readings.append(reading);
        };
        // A date a relationship records as its own end, read in its evidence, ends that relationship.
        auto endsOfRelationship = [&](qint64 relationshipId, const PartialDate &date) {
            const GraphEdge *e = relationshipId ? graph->edge(relationshipId) : nullptr;
            if (!e || e->end != date)
                return DateMention::Ends::Unknown;
            if (isRole(e->type))
                return DateMention::Ends::Role;
            const QString words = e->label + QLatin1Char(' ') + e->role;
            return EvidenceDates::whatEnds(words, 0, words.size());
        };
        // A claim's or a note's own words.
        auto collectText = [&](const QString &text, DateReading origin) {
            for (const DateMention &m : EvidenceDates::find(text, QDate())) {
                if (m.role != DateMention::Role::End || m.date.latest() < after)
                    continue;
                DateMention::Ends ends = EvidenceDates::whatEnds(text, m.start, m.end);
                if (ends == DateMention::Ends::Unknown)
                    ends = endsOfRelationship(origin.relationshipId, m.date);
                origin.text = text.simplified();
                add(m.date, ends, origin);
            }
        };
        // A passage, read within its source so that the words around it say what the date ends.
        auto collectPassage = [&](qint64 annotationId, DateReading origin) {
            const auto a = dossier.annotations().get(annotationId);
            if (!a)
                return;
            const qint64 sourceId = a->anchor.sourceId;
            readSource(sourceId);
            origin.annotationId = annotationId;
            origin.sourceId = sourceId;
            origin.sourceTitle = sourceTitles.value(sourceId);
            origin.text = a->anchor.exact.simplified();
            const QString &sourceText = sourceTexts[sourceId];
            const bool placed = sourceText.mid(a->anchor.start, a->anchor.exact.size()) == a->anchor.exact;
            for (const DateMention &m : EvidenceDates::find(a->anchor.exact, references.value(sourceId))) {
                if (m.role != DateMention::Role::End || m.date.latest() < after)
                    continue;
                DateMention::Ends ends = placed
                    ? EvidenceDates::whatEnds(sourceText, a->anchor.start + m.start, a->anchor.start + m.end)
                    : EvidenceDates::whatEnds(a->anchor.exact, m.start, m.end);
                if (ends == DateMention::Ends::Unknown)
                    ends = endsOfRelationship(origin.relationshipId, m.date);
                add(m.date, ends, origin);
            }
        };
        for (const Claim &claim : claims) {
            bool about = involved.contains(claim.speakerId);
            for (qint64 s : claim.subjectIds)
                about = about || involved.contains(s);
            if (!about)
                continue;
            DateReading origin;
            origin.claimId = claim.id;
            collectText(claim.text + QLatin1Char('\n') + claim.note, origin);
            for (qint64 annotationId : claim.evidenceIds)
                collectPassage(annotationId, origin);
        }
        for (qint64 r : std::as_const(relationships)) {
            const GraphEdge *e = graph->edge(r);
            if (!e)
                continue;
            DateReading origin;
            origin.relationshipId = r;
            collectText(e->note, origin);
            for (qint64 annotationId : e->evidenceIds)
                collectPassage(annotationId, origin);
        }
        std::sort(hit.endDates.begin(), hit.endDates.end(), [](const EndDate &a, const EndDate &b) {
            if (a.date.earliest() != b.date.earliest())
                return a.date.earliest() < b.date.earliest();
            return int(a.ends) < int(b.ends);
        });
    }
    return hits;
}

QVector<PartialDate> RevolvingDoorHit::restrictedUntil() const
{
    QVector<PartialDate> dates;
    for (const EndDate &d : endDates) {
        if (d.ends == DateMention::Ends::Restriction && !dates.contains(d.date))
            dates.append(d.date);
    }
    return dates;
}

QJsonArray RevolvingDoor::toJson(const Graph &graph, const QVector<RevolvingDoorHit> &hits)
{
    QJsonArray array;
    for (const RevolvingDoorHit &hit : hits) {
        QJsonArray links, evidence, endDates, coolingOff;
        for (qint64 id : hit.linkIds)
            links.append(relationshipJson(graph, id));
        for (qint64 id : hit.evidenceIds)
            evidence.append(id);
        for (const EndDate &d : hit.endDates) {
            QJsonArray readings;
            for (const DateReading &r : d.readings) {
                QJsonObject o {{QStringLiteral("text"), r.text}};
                if (r.claimId)
                    o.insert(QStringLiteral("claim"), r.claimId);
                if (r.relationshipId)
                    o.insert(QStringLiteral("relationship"), r.relationshipId);
                if (r.annotationId)
                    o.insert(QStringLiteral("annotation"), r.annotationId);
                if (r.sourceId) {
                    o.insert(QStringLiteral("source"), r.sourceId);
                    o.insert(QStringLiteral("sourceTitle"), r.sourceTitle);
                }
                readings.append(o);
                // The restrictions alone, one entry a reading, as "coolingOff" always listed them.
                if (d.ends == DateMention::Ends::Restriction) {
                    QJsonObject c = o;
                    c.insert(QStringLiteral("until"), d.date.toIso());
                    coolingOff.append(c);
                }
            }
            endDates.append(QJsonObject {{QStringLiteral("date"), d.date.toIso()},
                {QStringLiteral("ends"), DateMention::endsName(d.ends)},
                {QStringLiteral("text"), endDateText(d.ends, d.date.toIso())},
                {QStringLiteral("readings"), readings}});
        }
        array.append(QJsonObject {{QStringLiteral("person"), entityJson(graph, hit.personId)},
            {QStringLiteral("publicBody"), entityJson(graph, hit.publicBodyId)},
            {QStringLiteral("employer"), entityJson(graph, hit.employerId)},
            {QStringLiteral("left"), hit.left.toIso()}, {QStringLiteral("joined"), hit.joined.toIso()},
            {QStringLiteral("monthsBetween"), hit.monthsBetween},
            {QStringLiteral("daysBetween"), hit.daysBetween},
            {QStringLiteral("gap"), gapText(hit.left, hit.joined)},
            {QStringLiteral("publicRole"), relationshipJson(graph, hit.publicRoleId)},
            {QStringLiteral("privateRole"), relationshipJson(graph, hit.privateRoleId)},
            {QStringLiteral("links"), links}, {QStringLiteral("evidence"), evidence},
            {QStringLiteral("endDates"), endDates}, {QStringLiteral("coolingOff"), coolingOff},
            {QStringLiteral("summary"), describe(graph, hit)}});
    }
    return array;
}

QString RevolvingDoor::describe(const Graph &graph, const RevolvingDoorHit &hit)
{
    auto name = [&](qint64 id) {
        const GraphNode *n = graph.node(id);
        return n ? n->name : QString::number(id);
    };
    //: %1 the person, %2 the public body, %3 the day they left, %4 the employer, %5 the day they
    //: joined, %6 how long after leaving ("the next day", "3 months later")
    QString text = tr("%1 left %2 (%3) and joined %4 (%5) %6; the employer has dealings with the body.")
                       .arg(name(hit.personId), name(hit.publicBodyId), hit.left.toIso(),
                           name(hit.employerId), hit.joined.toIso(), gapText(hit.left, hit.joined));
    const QVector<PartialDate> restricted = hit.restrictedUntil();
    if (!restricted.isEmpty()) {
        QStringList dates;
        for (const PartialDate &d : restricted)
            dates.append(d.toIso());
        text += QLatin1Char(' ') + tr("Restriction until %1.").arg(dates.join(QStringLiteral(", ")));
    }
    return text;
}

QString RevolvingDoor::gapText(const PartialDate &left, const PartialDate &joined)
{
    if (left.isNull() || joined.isNull())
        return QString();
    const auto precision = std::min(left.precision(), joined.precision());
    const QDate from = left.earliest(), to = joined.earliest();
    if (precision == PartialDate::Precision::Year) {
        const int years = to.year() - from.year();
        if (years == 0)
            return tr("the same year");
        if (years == 1)
            return tr("the next year");
        if (years < 0)
            return tr("%n year(s) before leaving", "", -years);
        return tr("%n year(s) later", "", years);
    }
    const int months = monthsFrom(from, to);
    if (precision == PartialDate::Precision::Month) {
        if (months == 0)
            return tr("the same month");
        if (months == 1)
            return tr("the next month");
        if (months < 0)
            return tr("%n month(s) before leaving", "", -months);
        return tr("%n month(s) later", "", months);
    }
    const qint64 days = from.daysTo(to);
    if (days == 0)
        return tr("the same day");
    if (days == 1)
        return tr("the next day");
    if (days < 0)
        return tr("%n day(s) before leaving", "", int(-days));
    // Whole months and the days left over, as a calendar counts them.
    int whole = months;
    if (from.addMonths(whole) > to)
        --whole;
    if (whole < 2)
        return tr("%n day(s) later", "", int(days));
    const int rest = int(from.addMonths(whole).daysTo(to));
    if (rest == 0)
        return tr("%n month(s) later", "", whole);
    //: %1 a number of days ("3 days"): "14 months and 3 days later"
    return tr("%n month(s) and %1 later", "", whole).arg(tr("%n day(s)", "", rest));
}

QString RevolvingDoor::endDateText(DateMention::Ends ends, const QString &date)
{
    switch (ends) {
    case DateMention::Ends::Restriction:
        //: A cooling-off or another restriction read in the evidence, %1 its last day
        return tr("Restriction until %1").arg(date);
    case DateMention::Ends::Contract:
        //: %1 the end date of a contract read in the evidence
        return tr("Contract ends %1").arg(date);
    case DateMention::Ends::Role:
        //: %1 the end date of a post or a mandate read in the evidence
        return tr("Role ends %1").arg(date);
    case DateMention::Ends::Unknown:
        break;
    }
    //: An end date read in the evidence whose words do not say what ends then
    return tr("Unsure what ends %1").arg(date);
}

QString RevolvingDoor::readingText(const DateReading &reading, int quoteLength)
{
    QString quote = reading.text;
    if (quote.size() > quoteLength)
        quote = quote.left(quoteLength - 1).trimmed() + QChar(0x2026);
    if (reading.sourceId)
        //: Where a date was read: %1 the passage, %2 its source's title
        return tr("“%1” — %2").arg(quote, reading.sourceTitle);
    if (reading.claimId)
        //: Where a date was read: %1 the claim's number, %2 its text
        return tr("claim %1: “%2”").arg(reading.claimId).arg(quote);
    //: Where a date was read: %1 the relationship's number, %2 its note
    return tr("note of relationship %1: “%2”").arg(reading.relationshipId).arg(quote);
}

} // namespace Recoupe
