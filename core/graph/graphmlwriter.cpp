// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphmlwriter.h"

#include "edgeevidence.h"

#include <QXmlStreamWriter>

namespace Recoupe {

namespace {

void key(QXmlStreamWriter &xml, const char *id, const char *domain, const char *name)
{
    xml.writeStartElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(id));
    xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(domain));
    xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(name));
    xml.writeAttribute(QStringLiteral("attr.type"), QStringLiteral("string"));
    xml.writeEndElement();
}

void data(QXmlStreamWriter &xml, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QString::fromLatin1(key));
    xml.writeCharacters(value);
    xml.writeEndElement();
}

} // namespace

bool GraphMlWriter::write(
    Dossier &dossier, const Graph &graph, QIODevice *device, const ExportProvenance &provenance)
{
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
        QStringLiteral("schemaLocation"),
        QStringLiteral(
            "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
    key(xml, "type", "node", "type");
    // "label": the attribute Gephi and NetworkX readers take as the node's label.
    key(xml, "label", "node", "label");
    key(xml, "aliases", "node", "aliases");
    key(xml, "notes", "node", "notes");
    key(xml, "rtype", "edge", "type");
    key(xml, "elabel", "edge", "label");
    key(xml, "role", "edge", "role");
    key(xml, "start", "edge", "start");
    key(xml, "end", "edge", "end");
    key(xml, "note", "edge", "note");
    key(xml, "evidence", "edge", "evidence");
    key(xml, "tags", "edge", "tags");
    key(xml, "sources", "edge", "sources");
    key(xml, "origins", "edge", "origins");

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("recoupe"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    for (const GraphNode &n : graph.nodes()) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(n.entityId));
        data(xml, "type", n.type);
        data(xml, "label", n.name);
        data(xml, "aliases", n.aliases.join(QStringLiteral("; ")));
        data(xml, "notes", n.notes);
        xml.writeEndElement();
    }
    for (const GraphEdge &e : graph.edges()) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("r%1").arg(e.relationshipId));
        xml.writeAttribute(
            QStringLiteral("source"), QStringLiteral("e%1").arg(graph.nodes().at(e.from).entityId));
        xml.writeAttribute(
            QStringLiteral("target"), QStringLiteral("e%1").arg(graph.nodes().at(e.to).entityId));
        data(xml, "rtype", e.type);
        data(xml, "elabel", e.label.isEmpty() ? e.type : e.label);
        data(xml, "role", e.role);
        data(xml, "start", e.start.toIso());
        data(xml, "end", e.end.toIso());
        data(xml, "note", e.note);
        const EdgeEvidence evidence(dossier, e, provenance);
        data(xml, "evidence", EdgeEvidence::join(evidence.quotes()));
        data(xml, "tags", EdgeEvidence::join(evidence.tags()));
        data(xml, "sources", EdgeEvidence::join(evidence.sources()));
        data(xml, "origins", EdgeEvidence::join(evidence.origins()));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return !xml.hasError();
}

} // namespace Recoupe
