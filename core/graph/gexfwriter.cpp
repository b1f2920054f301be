// SPDX-License-Identifier: GPL-3.0-or-later
#include "gexfwriter.h"

#include "edgeevidence.h"

#include <QDate>
#include <QXmlStreamWriter>

namespace Recoupe {

namespace {

struct Attribute
{
    const char *id;
    const char *type;
};

void declare(QXmlStreamWriter &xml, const char *klass, std::initializer_list<Attribute> attributes)
{
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QString::fromLatin1(klass));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    for (const Attribute &a : attributes) {
        xml.writeStartElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(a.id));
        xml.writeAttribute(QStringLiteral("title"), QString::fromLatin1(a.id));
        xml.writeAttribute(QStringLiteral("type"), QString::fromLatin1(a.type));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void value(QXmlStreamWriter &xml, const char *id, const QString &text)
{
    if (text.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(id));
    xml.writeAttribute(QStringLiteral("value"), text);
    xml.writeEndElement();
}

} // namespace

bool GexfWriter::write(
    Dossier &dossier, const Graph &graph, QIODevice *device, const ExportProvenance &provenance)
{
    QXmlStreamWriter xml(device);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
        QStringLiteral("schemaLocation"), QStringLiteral("http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));

    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeAttribute(QStringLiteral("lastmodifieddate"), QDate::currentDate().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Recoupe " RECOUPE_VERSION_STRING));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    declare(xml, "node", { { "type", "string" }, { "aliases", "string" }, { "notes", "string" } });
    declare(xml, "edge",
        {{"type", "string"}, {"label", "string"}, {"role", "string"}, {"start", "string"}, {"end", "string"},
            {"note", "string"}, {"evidence", "string"}, {"tags", "string"}, {"sources", "string"},
            {"origins", "string"}});

    xml.writeStartElement(QStringLiteral("nodes"));
    for (const GraphNode &n : graph.nodes()) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(n.entityId));
        xml.writeAttribute(QStringLiteral("label"), n.name);
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(xml, "type", n.type);
        value(xml, "aliases", n.aliases.join(QStringLiteral("; ")));
        value(xml, "notes", n.notes);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("edges"));
    for (const GraphEdge &e : graph.edges()) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("r%1").arg(e.relationshipId));
        xml.writeAttribute(
            QStringLiteral("source"), QStringLiteral("e%1").arg(graph.nodes().at(e.from).entityId));
        xml.writeAttribute(
            QStringLiteral("target"), QStringLiteral("e%1").arg(graph.nodes().at(e.to).entityId));
        const QString label = e.label.isEmpty() ? e.type : e.label;
        xml.writeAttribute(QStringLiteral("label"), label);
        // Parallel edges stay apart in GEXF 1.3 when their kinds differ.
        xml.writeAttribute(QStringLiteral("kind"), label);
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(xml, "type", e.type);
        value(xml, "label", e.label);
        value(xml, "role", e.role);
        value(xml, "start", e.start.toIso());
        value(xml, "end", e.end.toIso());
        value(xml, "note", e.note);
        const EdgeEvidence evidence(dossier, e, provenance);
        value(xml, "evidence", EdgeEvidence::join(evidence.quotes()));
        value(xml, "tags", EdgeEvidence::join(evidence.tags()));
        value(xml, "sources", EdgeEvidence::join(evidence.sources()));
        value(xml, "origins", EdgeEvidence::join(evidence.origins()));
        xml.writeEndElement();
        if (!e.start.isNull() || !e.end.isNull()) {
            xml.writeStartElement(QStringLiteral("spells"));
            xml.writeStartElement(QStringLiteral("spell"));
            if (!e.start.isNull())
                xml.writeAttribute(QStringLiteral("start"), e.start.earliest().toString(Qt::ISODate));
            if (!e.end.isNull())
                xml.writeAttribute(QStringLiteral("end"), e.end.latest().toString(Qt::ISODate));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    return !xml.hasError();
}

} // namespace Recoupe
