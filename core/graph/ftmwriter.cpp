// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftmwriter.h"

#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <iterator>
#include <map>

namespace Recoupe {

namespace {

// FtM interval schemata: the properties for the edge's source and target, the schema each
// accepts, and where the role goes.
struct IntervalSchema
{
    const char *type;
    const char *source;
    const char *sourceRange;
    const char *target;
    const char *targetRange;
    const char *roleProperty;
};

constexpr IntervalSchema Schemata[] = {
    {"Employment", "employee", "Person", "employer", "Organization", "role"},
    {"Membership", "member", "LegalEntity", "organization", "Organization", "role"},
    {"Directorship", "director", "LegalEntity", "organization", "Organization", "role"},
    {"Ownership", "owner", "LegalEntity", "asset", "Asset", "role"},
    {"Representation", "agent", "LegalEntity", "client", "LegalEntity", "role"},
    {"Associate", "person", "Person", "associate", "Person", "relationship"},
    {"Family", "person", "Person", "relative", "Person", "relationship"},
    {"Occupancy", "holder", "Person", "post", "Position", "summary"},
    {"UnknownLink", "subject", "Thing", "object", "Thing", "role"},
};

const IntervalSchema &schemaFor(const QString &type)
{
    for (const IntervalSchema &s : Schemata) {
        if (type == QLatin1String(s.type))
            return s;
    }
    return Schemata[std::size(Schemata) - 1];
}

// Whether an entity of schema `schema` may stand where FtM expects `range`.
bool fits(const QString &schema, const char *range)
{
    const QLatin1String r(range);
    if (r == QLatin1String("Thing") || schema == r)
        return true;
    if (r == QLatin1String("LegalEntity"))
        return schema == QLatin1String("Person") || schema == QLatin1String("Organization")
            || schema == QLatin1String("Company") || schema == QLatin1String("PublicBody");
    if (r == QLatin1String("Organization"))
        return schema == QLatin1String("Company") || schema == QLatin1String("PublicBody");
    if (r == QLatin1String("Asset"))
        return schema == QLatin1String("Company");
    return false;
}

void put(QJsonObject &properties, const char *name, const QStringList &values)
{
    QJsonArray array;
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            array.append(v);
    }
    if (!array.isEmpty())
        properties.insert(QString::fromLatin1(name), array);
}

bool writeLine(QIODevice *device, const QString &id, const QString &schema, const QJsonObject &properties)
{
    const QJsonObject entity {{QStringLiteral("id"), id}, {QStringLiteral("schema"), schema},
        {QStringLiteral("properties"), properties}};
    const QByteArray line = QJsonDocument(entity).toJson(QJsonDocument::Compact) + '\n';
    return device->write(line) == line.size();
}

QString mimeType(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Text:
        return QStringLiteral("text/plain");
    case SourceKind::Html:
        return QStringLiteral("text/html");
    case SourceKind::Markdown:
        return QStringLiteral("text/markdown");
    case SourceKind::Pdf:
        return QStringLiteral("application/pdf");
    case SourceKind::Email:
        return QStringLiteral("message/rfc822");
    case SourceKind::Office:
        return QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    case SourceKind::Image:
        return QStringLiteral("image/png");
    }
    return QString();
}

} // namespace

QString FtmWriter::entityId(qint64 id)
{
    return QStringLiteral("recoupe-entity-%1").arg(id);
}

QString FtmWriter::relationshipId(qint64 id)
{
    return QStringLiteral("recoupe-relationship-%1").arg(id);
}

QString FtmWriter::documentId(qint64 sourceId)
{
    return QStringLiteral("recoupe-source-%1").arg(sourceId);
}

QString FtmWriter::documentationId(qint64 sourceId, qint64 entityId)
{
    return QStringLiteral("recoupe-documentation-%1-%2").arg(sourceId).arg(entityId);
}

bool FtmWriter::write(Dossier &dossier, const Graph &graph, QIODevice *device, QStringList *warnings,
    const ExportProvenance &provenance)
{
    for (const GraphNode &n : graph.nodes()) {
        QJsonObject properties;
        put(properties, "name", {n.name});
        put(properties, "alias", n.aliases);
        put(properties, "notes", {n.notes});
        if (!writeLine(device, entityId(n.entityId), n.type, properties))
            return false;
    }

    // Documents: the sources the exported relationships' evidence is in.
    QVector<qint64> documents;
    for (const GraphEdge &e : graph.edges()) {
        for (qint64 s : e.sourceIds) {
            if (!documents.contains(s))
                documents.append(s);
        }
    }
    std::sort(documents.begin(), documents.end());
    QHash<qint64, QString> urls;
    QHash<qint64, QString> titles;
    for (qint64 sourceId : std::as_const(documents)) {
        const auto source = dossier.sources().get(sourceId);
        if (!source)
            continue;
        QJsonObject properties;
        put(properties, "title", { source->title });
        // A canonical address naming a local file is held to the same rule as the origin.
        QString url = provenance.canonicalUrlOf(*source);
        if (!ExportProvenance::isWebAddress(url))
            url.clear();
        if (url.isEmpty() && ExportProvenance::isWebAddress(source->origin))
            url = source->origin;
        put(properties, "sourceUrl", { url });
        urls.insert(sourceId, url);
        titles.insert(sourceId, source->title);
        // FtM requires a name on every Document: the title, else the file's name when it may
        // leave, else the document's id. The file's name (or path) only as the provenance allows.
        const QString fileName = url.isEmpty() ? provenance.originOf(*source) : QUrl(url).fileName();
        put(properties, "fileName", { fileName });
        put(properties, "name",
            {!source->title.isEmpty()     ? source->title
                    : !fileName.isEmpty() ? fileName
                                          : documentId(sourceId)});
        const QByteArray original = dossier.sources().original(sourceId);
        if (!original.isEmpty())
            put(properties, "contentHash",
                {QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha1).toHex())});
        put(properties, "publishedAt", {source->published});
        put(properties, "mimeType", {mimeType(source->kind)});
        put(properties, "author", {source->author});
        put(properties, "publisher", {source->publisher});
        if (!writeLine(device, documentId(sourceId), QStringLiteral("Document"), properties))
            return false;
    }

    // Documentation: per document and entity, the passages that document the entity's
    // relationships (FtM's Documentation links a Document to a Thing, not to an interval).
    std::map<std::pair<qint64, qint64>, QStringList> documentation; // (source, entity) -> quotes
    for (const GraphEdge &e : graph.edges()) {
        const GraphNode &from = graph.nodes().at(e.from);
        const GraphNode &to = graph.nodes().at(e.to);
        const IntervalSchema *schema = &schemaFor(e.type);
        const GraphNode *source = &from;
        const GraphNode *target = &to;
        if (!(fits(source->type, schema->sourceRange) && fits(target->type, schema->targetRange))) {
            if (fits(to.type, schema->sourceRange) && fits(from.type, schema->targetRange)) {
                std::swap(source, target);
            } else {
                if (warnings) {
                    warnings->append(
                        tr("Relationship %1 (%2 from %3 “%4” to %5 “%6”) does not fit FollowTheMoney’s %2 "
                           "and was written as UnknownLink.")
                            .arg(e.relationshipId)
                            .arg(e.type, from.type, from.name, to.type, to.name));
                }
                schema = &schemaFor(QStringLiteral("UnknownLink"));
            }
        }
        const bool fellBack = QLatin1String(schema->type) != e.type;
        QJsonObject properties;
        put(properties, schema->source, {entityId(source->entityId)});
        put(properties, schema->target, {entityId(target->entityId)});
        put(properties, "startDate", {e.start.toIso()});
        put(properties, "endDate", {e.end.toIso()});
        QStringList role;
        if (fellBack)
            role.append(e.type);
        if (!e.label.isEmpty())
            role.append(e.label);
        if (!e.role.isEmpty())
            role.append(e.role);
        // Intervals have no "proof" in FtM: the evidence travels as text, each quote with the
        // title of its source, and the sources' addresses as sourceUrl.
        QStringList summary { role.join(QStringLiteral(": ")) };
        if (qstrcmp(schema->roleProperty, "summary") != 0) {
            put(properties, schema->roleProperty, summary);
            summary.clear();
        }
        QStringList sourceUrls;
        for (qint64 annotationId : e.evidenceIds) {
            const auto a = dossier.annotations().get(annotationId);
            if (!a || a->anchor.exact.isEmpty())
                continue;
            const qint64 sourceId = a->anchor.sourceId;
            //: A quoted passage and the title of its source, in exports
            summary.append(tr("“%1” (%2)").arg(a->anchor.exact, titles.value(sourceId)));
            if (!urls.value(sourceId).isEmpty() && !sourceUrls.contains(urls.value(sourceId)))
                sourceUrls.append(urls.value(sourceId));
            for (const GraphNode *end : { source, target })
                documentation[{ sourceId, end->entityId }].append(a->anchor.exact);
        }
        for (qint64 s : e.sourceIds) {
            for (const GraphNode *end : { source, target })
                documentation.try_emplace({ s, end->entityId });
        }
        put(properties, "summary", summary);
        put(properties, "description", { e.note });
        put(properties, "sourceUrl", sourceUrls);
        if (!writeLine(
                device, relationshipId(e.relationshipId), QString::fromLatin1(schema->type), properties))
            return false;
    }

    for (const auto &[key, quotes] : documentation) {
        QJsonObject properties;
        put(properties, "document", { documentId(key.first) });
        put(properties, "entity", { entityId(key.second) });
        put(properties, "role", { QStringLiteral("evidence") });
        QStringList distinct = quotes;
        distinct.removeDuplicates();
        put(properties, "summary", distinct);
        if (!writeLine(
                device, documentationId(key.first, key.second), QStringLiteral("Documentation"), properties))
            return false;
    }
    return true;
}

} // namespace Recoupe
