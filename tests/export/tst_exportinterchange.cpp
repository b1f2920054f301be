// SPDX-License-Identifier: GPL-3.0-or-later
// Exports other tools accept, each checked by a reader that is not Recoupe: FollowTheMoney lines
// against FtM's own model (vendored from its npm package), W3C Web Annotation positions, GraphML,
// GEXF and CSV read by Python's standard library in a separate process. Also: one annotation, one
// colour in every export, and the appendix's graph sketch whole and readable.
#include "evidencefixture.h"
#include "export/csvexporter.h"
#include "export/evidenceset.h"
#include "export/graphsketch.h"
#include "export/pdfexporter.h"
#include "export/webannotationwriter.h"
#include "graph/graph.h"
#include "graph/graphexport.h"
#include "pdffixtures.h"
#include "pdfinspector.h"
#include "storage/annotationstore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Recoupe;

namespace {

// FollowTheMoney's model as its package ships it: schemata with properties, extends, required.
class FtmModel
{
public:
    bool load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_schemata
            = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("schemata")).toObject();
        return !m_schemata.isEmpty();
    }
    bool has(const QString &schema) const { return m_schemata.contains(schema); }
    bool isAbstract(const QString &schema) const
    {
        return m_schemata.value(schema).toObject().value(QLatin1String("abstract")).toBool();
    }
    // The schema and every schema it extends, following "extends".
    QStringList lineage(const QString &schema) const
    {
        QStringList out {schema};
        for (int i = 0; i < out.size(); ++i) {
            for (const QJsonValue &parent :
                m_schemata.value(out[i]).toObject().value(QLatin1String("extends")).toArray()) {
                if (!out.contains(parent.toString()))
                    out.append(parent.toString());
            }
        }
        return out;
    }
    bool isA(const QString &schema, const QString &range) const { return lineage(schema).contains(range); }
    // The property as the schema or the nearest schema it extends declares it.
    QJsonObject property(const QString &schema, const QString &name) const
    {
        for (const QString &s : lineage(schema)) {
            const QJsonObject p
                = m_schemata.value(s).toObject().value(QLatin1String("properties")).toObject();
            if (p.contains(name))
                return p.value(name).toObject();
        }
        return QJsonObject();
    }
    QStringList required(const QString &schema) const
    {
        QStringList out;
        for (const QString &s : lineage(schema)) {
            for (const QJsonValue &r :
                m_schemata.value(s).toObject().value(QLatin1String("required")).toArray())
                out.append(r.toString());
        }
        out.removeDuplicates();
        return out;
    }

    // Everything about the lines that FtM's model does not allow; empty when they are valid.
    QStringList problems(const QByteArray &lines) const
    {
        QStringList out;
        QHash<QString, QString> schemaOf;
        QVector<QJsonObject> entities;
        for (const QByteArray &line : lines.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject entity = QJsonDocument::fromJson(line, &error).object();
            if (error.error != QJsonParseError::NoError) {
                out.append(QStringLiteral("not JSON: ") + error.errorString());
                continue;
            }
            const QString id = entity.value(QLatin1String("id")).toString();
            if (id.isEmpty() || schemaOf.contains(id))
                out.append(QStringLiteral("missing or repeated id “%1”").arg(id));
            schemaOf.insert(id, entity.value(QLatin1String("schema")).toString());
            entities.append(entity);
        }
        static const QRegularExpression date(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2}(T[0-9:]+Z?)?)?)?$"));
        static const QRegularExpression sha1(QStringLiteral("^[0-9a-f]{40}$"));
        for (const QJsonObject &entity : std::as_const(entities)) {
            const QString id = entity.value(QLatin1String("id")).toString();
            const QString schema = entity.value(QLatin1String("schema")).toString();
            if (!has(schema) || isAbstract(schema)) {
                out.append(QStringLiteral("%1: “%2” is no concrete FtM schema").arg(id, schema));
                continue;
            }
            const QJsonObject properties = entity.value(QLatin1String("properties")).toObject();
            for (const QString &name : required(schema)) {
                if (properties.value(name).toArray().isEmpty())
                    out.append(QStringLiteral("%1: %2 lacks its required %3").arg(id, schema, name));
            }
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                const QJsonObject property = this->property(schema, it.key());
                if (property.isEmpty()) {
                    out.append(QStringLiteral("%1: %2 has no property %3").arg(id, schema, it.key()));
                    continue;
                }
                const QString type = property.value(QLatin1String("type")).toString();
                for (const QJsonValue &v : it.value().toArray()) {
                    const QString value = v.toString();
                    if (!v.isString() || value.isEmpty())
                        out.append(QStringLiteral("%1: %2 holds a value that is no text").arg(id, it.key()));
                    if (type == QLatin1String("entity")) {
                        const QString range = property.value(QLatin1String("range")).toString();
                        if (!schemaOf.contains(value))
                            out.append(QStringLiteral("%1: %2 points at “%3”, not in the file")
                                           .arg(id, it.key(), value));
                        else if (!isA(schemaOf.value(value), range))
                            out.append(QStringLiteral("%1: %2 points at a %3, outside its range %4")
                                           .arg(id, it.key(), schemaOf.value(value), range));
                    } else if (type == QLatin1String("date") && !date.match(value).hasMatch()) {
                        out.append(QStringLiteral("%1: %2 “%3” is no FtM date").arg(id, it.key(), value));
                    } else if (type == QLatin1String("checksum") && !sha1.match(value).hasMatch()) {
                        out.append(QStringLiteral("%1: %2 “%3” is no SHA-1").arg(id, it.key(), value));
                    } else if (type == QLatin1String("url") && QUrl(value).scheme().isEmpty()) {
                        out.append(QStringLiteral("%1: %2 “%3” is no URL").arg(id, it.key(), value));
                    }
                }
            }
        }
        return out;
    }

private:
    QJsonObject m_schemata;
};

QJsonObject runChecker(const QStringList &arguments, QString *errors)
{
    QProcess python;
    python.start(
        QStringLiteral(RECOUPE_PYTHON), QStringList {QStringLiteral(RECOUPE_INTERCHANGE_CHECK)} + arguments);
    if (!python.waitForFinished(60000)) {
        *errors = QStringLiteral("the checker did not finish: ") + python.errorString();
        return QJsonObject();
    }
    *errors = QString::fromUtf8(python.readAllStandardError());
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        if (errors->isEmpty())
            *errors = QStringLiteral("the checker failed");
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

// Runs of blank lines (and CRLF line ends) that the canonical text collapses.
const QByteArray &blankLinesText()
{
    static const QByteArray text
        = QStringLiteral("Note de synthèse\r\n\r\n\r\n\r\nLa commission a rendu un avis.\r\n\r\n\r\n"
                         "Le départ de la directrice vers Nuage SAS est compatible, avec réserves.\n\n\n\n\n"
                         "Les réserves portent sur deux ans : aucun contact avec son ancienne direction.\n")
              .toUtf8();
    return text;
}

} // namespace

class TestExportInterchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ftmModelCatchesWhatItForbids_data();
    void ftmModelCatchesWhatItForbids();
    void ftmExportFollowsFtmsModel();
    void webAnnotationPositionsSelectTheQuotesInTheNamedText();
    void graphMlAndGexfCarryNamesAndQuotes_data();
    void graphMlAndGexfCarryNamesAndQuotes();
    void csvOpensInSpreadsheetsAsWritten();
    void anAnnotationHasItsOwnColourInEveryExport();
    void graphSketchShowsEveryLabelWholeAndEveryArrow();
    void graphSketchKeepsBoxesApartInABigCase_data();
    void graphSketchKeepsBoxesApartInABigCase();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray graphExport(GraphExport::Format format);

    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceFixture> m_fixture;
    FtmModel m_model;
    QVector<qint64> m_seeds;
    qint64 m_blankLines = 0;
    qint64 m_tagged = 0; // tagged, with its own colour
    QHash<QString, qint64> m_entities;
    QHash<QString, qint64> m_links;
    const QString m_taggedColor = QStringLiteral("#a5d6a7");
    const QString m_tagColor = QStringLiteral("#81d4fa");
    const QString m_tagPath = QStringLiteral("Réserves; doutes/Commission");
};

void TestExportInterchange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_model.load(QStringLiteral(RECOUPE_TEST_DATA "/followthemoney/defaultModel.json")));
    m_fixture = std::make_unique<EvidenceFixture>(path(QStringLiteral("case.recoupe")));
    EvidenceFixture &f = *m_fixture;
    QVERIFY2(f.isValid(), qPrintable(f.error()));
    QVERIFY(f.tag(m_tagPath, QColor(m_tagColor)));
    QVERIFY(f.tag(QStringLiteral("Acteurs"), QColor(QStringLiteral("#ffd54f"))));

    m_seeds = f.importSeeds();
    QVERIFY(!m_seeds.isEmpty() && !m_seeds.contains(0));
    m_blankLines = f.import(m_dir.path(), QStringLiteral("note-blank-lines.txt"), blankLinesText());
    QVERIFY2(m_blankLines, qPrintable(f.error()));
    // The canonical text is not the file's text: that is what the positions must cope with.
    QVERIFY(f.dossier().sources().text(m_blankLines) != QString::fromUtf8(blankLinesText()));

    const qint64 opinion = f.annotateQuote(m_blankLines, QStringLiteral("La commission a rendu un avis."));
    m_tagged = f.annotateQuote(m_blankLines, QStringLiteral("compatible, avec réserves"),
        QStringLiteral("=HYPERLINK(\"http://example.invalid\";\"cliquer\")"),
        {m_tagPath, QStringLiteral("Acteurs")});
    const qint64 twoYears = f.annotateQuote(m_blankLines,
        QStringLiteral("aucun contact avec son ancienne direction"), QStringLiteral("-2 ans, @direction"));
    QVERIFY(opinion && m_tagged && twoYears);
    QVERIFY(f.dossier().setAnnotationColor(m_tagged, QColor(m_taggedColor)).ok());
    QVector<qint64> seedPassages;
    for (qint64 id : std::as_const(m_seeds)) {
        const auto [s, e] = f.passage(id, 1, 0, 8);
        const qint64 a = f.annotate(id, s, e, QStringLiteral("+ à vérifier"), {QStringLiteral("Acteurs")});
        QVERIFY2(a, qPrintable(f.error()));
        seedPassages.append(a);
    }

    auto entity = [&](const char *key, const char *type, const char *name) {
        m_entities.insert(QLatin1String(key), f.entity(QLatin1String(type), QString::fromUtf8(name)));
    };
    entity("morin", "Person", "Jeanne Morin");
    entity("dne", "PublicBody", "Direction du numérique");
    entity("nuage", "Company", "Nuage SAS");
    entity("syndicat", "Organization", "Syndicat des éditeurs de logiciels");
    entity("poste", "Position", "Directrice du numérique");
    entity("leroy", "Person", "Paul Leroy");
    auto link = [&](const char *key, const char *from, const char *to, const char *type,
                    const QVector<qint64> &evidence, const QString &role = QString()) {
        const qint64 id = f.relationship(m_entities.value(QLatin1String(from)),
            m_entities.value(QLatin1String(to)), QLatin1String(type), evidence);
        QVERIFY2(id, qPrintable(f.error()));
        if (!role.isEmpty()) {
            Relationship r = *f.dossier().relationships().get(id);
            r.role = role;
            r.note = QStringLiteral("Selon l’avis de la commission.");
            QVERIFY(f.dossier().updateRelationship(r).ok());
        }
        m_links.insert(QLatin1String(key), id);
    };
    link("works", "morin", "nuage", "Employment", {m_tagged, seedPassages.value(0)},
        QStringLiteral("architecte solutions cloud"));
    link("directs", "morin", "dne", "Directorship", {opinion});
    link("member", "nuage", "syndicat", "Membership", {twoYears});
    link("holds", "morin", "poste", "Occupancy", {opinion}, QStringLiteral("directrice"));
    link("owns", "leroy", "nuage", "Ownership", {seedPassages.value(1)});
    link("family", "leroy", "nuage", "Family", {}); // fits no FtM Family: written as UnknownLink
    link("associate", "morin", "leroy", "Associate", {twoYears});
}

QByteArray TestExportInterchange::graphExport(GraphExport::Format format)
{
    const auto graph = Graph::fromDossier(m_fixture->dossier());
    if (!graph)
        return QByteArray();
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QStringList warnings;
    if (!GraphExport::write(m_fixture->dossier(), *graph, format, &buffer, &warnings).ok())
        return QByteArray();
    return buffer.data();
}

void TestExportInterchange::ftmModelCatchesWhatItForbids_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("problem");
    auto lines = [](std::initializer_list<const char *> entities) {
        QByteArray out;
        for (const char *e : entities)
            out += QByteArray(e) + '\n';
        return out;
    };
    const char *person = R"({"id":"p","schema":"Person","properties":{"name":["A"]}})";
    const char *company = R"({"id":"c","schema":"Company","properties":{"name":["C"]}})";
    const char *document
        = R"({"id":"d","schema":"Document","properties":{"name":["D"],"fileName":["d.txt"]}})";
    const char *employment
        = R"({"id":"e","schema":"Employment","properties":{"employee":["p"],"employer":["c"]}})";
    QTest::addRow("valid") << lines({person, company, document, employment}) << QString();
    QTest::addRow("proof on an interval") << lines({person, company, document,
        R"({"id":"e","schema":"Employment","properties":{"employee":["p"],"employer":["c"],"proof":["d"]}})"})
                                          << QStringLiteral("has no property proof");
    QTest::addRow("documentation of an interval") << lines({person, company, document, employment,
        R"({"id":"x","schema":"Documentation","properties":{"document":["d"],"entity":["e"]}})"})
                                                  << QStringLiteral("outside its range Thing");
    QTest::addRow("document without a name")
        << lines({R"({"id":"d","schema":"Document","properties":{"title":["D"],"fileName":["d"]}})"})
        << QStringLiteral("lacks its required name");
    QTest::addRow("employer of the wrong schema") << lines(
        {person, R"({"id":"e","schema":"Employment","properties":{"employee":["p"],"employer":["p"]}})"})
                                                  << QStringLiteral("outside its range Organization");
    QTest::addRow("abstract schema") << lines({R"({"id":"t","schema":"Thing","properties":{"name":["T"]}})"})
                                     << QStringLiteral("no concrete FtM schema");
}

void TestExportInterchange::ftmModelCatchesWhatItForbids()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, problem);
    const QStringList problems = m_model.problems(lines);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    } else {
        QVERIFY2(
            problems.join(QLatin1Char('\n')).contains(problem), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

void TestExportInterchange::ftmExportFollowsFtmsModel()
{
    const QByteArray lines = graphExport(GraphExport::Format::FollowTheMoney);
    QVERIFY(!lines.isEmpty());
    const QStringList problems = m_model.problems(lines);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    QHash<QString, QJsonObject> byId;
    QMultiHash<QString, QJsonObject> bySchema;
    for (const QByteArray &line : lines.split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e.isEmpty())
            continue;
        byId.insert(e.value(QLatin1String("id")).toString(), e);
        bySchema.insert(e.value(QLatin1String("schema")).toString(), e);
    }
    auto props = [](const QJsonObject &e) {
        return e.value(QLatin1String("properties")).toObject();
    };
    // The employment carries the quotes with their source, the role and the note.
    const QJsonObject works
        = byId.value(QStringLiteral("recoupe-relationship-%1").arg(m_links.value(QStringLiteral("works"))));
    QCOMPARE(works.value(QLatin1String("schema")).toString(), QStringLiteral("Employment"));
    const QString noteTitle = m_fixture->dossier().sources().get(m_blankLines)->title;
    QVERIFY2(strings(props(works).value(QLatin1String("summary")))
                 .contains(QStringLiteral("“compatible, avec réserves” (%1)").arg(noteTitle)),
        qPrintable(strings(props(works).value(QLatin1String("summary"))).join(QLatin1Char('|'))));
    QCOMPARE(strings(props(works).value(QLatin1String("role"))),
        QStringList {QStringLiteral("architecte solutions cloud")});
    QCOMPARE(strings(props(works).value(QLatin1String("description"))),
        QStringList {QStringLiteral("Selon l’avis de la commission.")});
    // Family between a person and a company fits no FtM Family: an UnknownLink saying so.
    const QJsonObject family
        = byId.value(QStringLiteral("recoupe-relationship-%1").arg(m_links.value(QStringLiteral("family"))));
    QCOMPARE(family.value(QLatin1String("schema")).toString(), QStringLiteral("UnknownLink"));
    // Each cited source is a named Document with the SHA-1 of its bytes.
    const QJsonObject note = byId.value(QStringLiteral("recoupe-source-%1").arg(m_blankLines));
    QCOMPARE(strings(props(note).value(QLatin1String("name"))), QStringList {noteTitle});
    QCOMPARE(strings(props(note).value(QLatin1String("contentHash"))),
        QStringList {QString::fromLatin1(
            QCryptographicHash::hash(blankLinesText(), QCryptographicHash::Sha1).toHex())});
    QCOMPARE(strings(props(note).value(QLatin1String("fileName"))),
        QStringList {QStringLiteral("note-blank-lines.txt")});
    // Documentation links that document to the people and organisations involved.
    QStringList documented;
    for (const QJsonObject &d : bySchema.values(QStringLiteral("Documentation"))) {
        if (strings(props(d).value(QLatin1String("document")))
                .contains(note.value(QLatin1String("id")).toString())) {
            for (const QString &target : strings(props(d).value(QLatin1String("entity"))))
                documented.append(
                    props(byId.value(target)).value(QLatin1String("name")).toArray().first().toString());
        }
    }
    documented.sort();
    QCOMPARE(documented,
        QStringList({QStringLiteral("Direction du numérique"), QStringLiteral("Directrice du numérique"),
            QStringLiteral("Jeanne Morin"), QStringLiteral("Nuage SAS"), QStringLiteral("Paul Leroy"),
            QStringLiteral("Syndicat des éditeurs de logiciels")}));
}

void TestExportInterchange::webAnnotationPositionsSelectTheQuotesInTheNamedText()
{
    auto evidence = EvidenceSet::collect(m_fixture->dossier(), {}, EvidenceSet::Content::TextAndAnnotations);
    QVERIFY(evidence.ok());
    const QString jsonPath = path(QStringLiteral("annotations.jsonld"));
    QVERIFY(WebAnnotationWriter(*evidence).write(jsonPath).ok());
    // What another tool holds: each original file and each canonical text, by their SHA-256.
    QDir texts(path(QStringLiteral("texts")));
    QVERIFY(texts.mkpath(QStringLiteral(".")));
    for (const EvidenceSource &s : evidence->sources) {
        const QByteArray original = m_fixture->dossier().sources().original(s.source.id);
        QVERIFY(PdfFixtures::write(texts.filePath(s.source.sha256), original));
        const QByteArray text = s.text.toUtf8();
        QVERIFY(PdfFixtures::write(texts.filePath(QString::fromLatin1(
                                       QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex())),
            text));
    }
    QString errors;
    const QJsonObject result = runChecker({QStringLiteral("webanno"), jsonPath, texts.path()}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    const int total = m_fixture->dossier().annotations().count();
    QCOMPARE(result.value(QLatin1String("checked")).toInt(), total);
    QCOMPARE(result.value(QLatin1String("named_representation")).toInt(), total);
}

void TestExportInterchange::graphMlAndGexfCarryNamesAndQuotes_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("kind");
    QTest::addRow("graphml") << int(GraphExport::Format::GraphMl) << QStringLiteral("graphml");
    QTest::addRow("gexf") << int(GraphExport::Format::Gexf) << QStringLiteral("gexf");
}

void TestExportInterchange::graphMlAndGexfCarryNamesAndQuotes()
{
    QFETCH(int, format);
    QFETCH(QString, kind);
    const QString file = path(QStringLiteral("case.") + kind);
    QVERIFY(PdfFixtures::write(file, graphExport(GraphExport::Format(format))));
    QString errors;
    const QJsonObject result = runChecker({kind, file}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QStringList nodes = strings(result.value(QLatin1String("nodes")));
    nodes.sort();
    QCOMPARE(nodes,
        QStringList({QStringLiteral("Direction du numérique"), QStringLiteral("Directrice du numérique"),
            QStringLiteral("Jeanne Morin"), QStringLiteral("Nuage SAS"), QStringLiteral("Paul Leroy"),
            QStringLiteral("Syndicat des éditeurs de logiciels")}));
    const QJsonArray edges = result.value(QLatin1String("edges")).toArray();
    QCOMPARE(edges.size(), m_links.size());
    static const QRegularExpression idsOnly(QStringLiteral("^[0-9 ;,]+$"));
    bool sawWorks = false;
    for (const QJsonValue &v : edges) {
        const QJsonObject e = v.toObject();
        for (const char *attribute : {"evidence", "tags", "sources"}) {
            const QString value = e.value(QLatin1String(attribute)).toString();
            QVERIFY2(!idsOnly.match(value).hasMatch(),
                qPrintable(QLatin1String(attribute) + QLatin1String(": ") + value));
        }
        QVERIFY(!e.value(QLatin1String("source")).toString().isEmpty());
        if (e.value(QLatin1String("type")).toString() == QLatin1String("Employment")) {
            sawWorks = true;
            QCOMPARE(e.value(QLatin1String("source")).toString(), QStringLiteral("Jeanne Morin"));
            QCOMPARE(e.value(QLatin1String("target")).toString(), QStringLiteral("Nuage SAS"));
            const QString evidence = e.value(QLatin1String("evidence")).toString();
            QVERIFY2(evidence.contains(QStringLiteral("compatible, avec réserves")), qPrintable(evidence));
            // The tag whose name holds the separator comes back escaped, the other plain.
            const QString tags = e.value(QLatin1String("tags")).toString();
            QVERIFY2(tags.contains(QStringLiteral("Réserves\\; doutes/Commission")), qPrintable(tags));
            QVERIFY2(tags.contains(QStringLiteral("Acteurs")), qPrintable(tags));
            const QString sources = e.value(QLatin1String("sources")).toString();
            QVERIFY2(sources.contains(m_fixture->dossier().sources().get(m_blankLines)->title),
                qPrintable(sources));
        }
    }
    QVERIFY(sawWorks);
}

void TestExportInterchange::csvOpensInSpreadsheetsAsWritten()
{
    auto evidence = EvidenceSet::collect(m_fixture->dossier(), {}, EvidenceSet::Content::TextAndAnnotations);
    QVERIFY(evidence.ok());
    const QString file = path(QStringLiteral("annotations.csv"));
    QVERIFY(CsvExporter(*evidence).write(file).ok());
    QString errors;
    const QJsonObject result = runChecker({QStringLiteral("csv"), file}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QVERIFY(result.value(QLatin1String("bom")).toBool());
    QCOMPARE(strings(result.value(QLatin1String("header"))).first(), QStringLiteral("source"));
    const QJsonArray records = result.value(QLatin1String("records")).toArray();
    QCOMPARE(records.size(), m_fixture->dossier().annotations().count());
    const Annotation tagged = *m_fixture->dossier().annotations().get(m_tagged);
    int found = 0;
    for (const QJsonValue &v : records) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1String("quote")).toString() != tagged.anchor.exact)
            continue;
        ++found;
        // The formula is text: the cell starts with ' and keeps the note after it.
        QCOMPARE(r.value(QLatin1String("note")).toString(), QLatin1Char('\'') + tagged.note);
        QStringList tags = strings(r.value(QLatin1String("tags")));
        tags.sort();
        QCOMPARE(tags, QStringList({QStringLiteral("Acteurs"), m_tagPath}));
        QCOMPARE(r.value(QLatin1String("source")).toString(),
            m_fixture->dossier().sources().get(m_blankLines)->title);
    }
    QCOMPARE(found, 1);
}

void TestExportInterchange::anAnnotationHasItsOwnColourInEveryExport()
{
    auto evidence = EvidenceSet::collect(m_fixture->dossier(), {m_blankLines});
    QVERIFY(evidence.ok());
    const QString name = WebAnnotationWriter::annotationUrn(
        m_fixture->dossier().sources().get(m_blankLines)->sha256, m_tagged);

    const auto pdf = PdfExporter(*evidence).toBytes(PdfExportOptions(), nullptr);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QString pdfColor;
    for (const PdfInspector::Highlight &h : PdfInspector::highlights(*pdf)) {
        if (h.uniqueName == name)
            pdfColor = h.color.name();
    }
    QCOMPARE(pdfColor, m_taggedColor);

    const QByteArray csv = CsvExporter(*evidence).toCsv();
    QVERIFY(csv.contains(m_taggedColor.toLatin1()));
    QVERIFY(!csv.contains(m_tagColor.toLatin1()));

    const QByteArray json = WebAnnotationWriter(*evidence).toJson();
    QVERIFY(json.contains(QByteArray(QByteArray("background-color: ") + m_taggedColor.toLatin1())));
}

void TestExportInterchange::graphSketchShowsEveryLabelWholeAndEveryArrow()
{
    // The case's entities and relationships, as the appendix hands them to the sketch.
    auto evidence = EvidenceSet::collect(m_fixture->dossier(), {});
    QVERIFY(evidence.ok());
    QVector<const Entity *> entities;
    for (const Entity &e : evidence->entities)
        entities.append(&e);
    const QVector<const Relationship *> relationships = evidence->relationshipsInScope();
    QCOMPARE(relationships.size(), m_links.size());
    const QRectF area(0, 0, 480, std::min(420.0, 120.0 + 28.0 * entities.size()));
    const GraphSketch::Layout sketch = GraphSketch::layout(area, entities, relationships);
    QCOMPARE(sketch.edges.size(), relationships.size());

    const QFontMetricsF metrics(GraphSketch::font());
    for (int i = 0; i < sketch.nodes.size(); ++i) {
        QVERIFY(area.contains(sketch.nodes[i].box));
        for (int j = i + 1; j < sketch.nodes.size(); ++j) {
            QVERIFY2(!sketch.nodes[i].box.adjusted(-4, -4, 4, 4).intersects(sketch.nodes[j].box),
                qPrintable(sketch.nodes[i].text + QStringLiteral(" touches ") + sketch.nodes[j].text));
        }
    }
    for (const GraphSketch::Edge &e : sketch.edges) {
        // The label whole: its wrapped text fits its box.
        const QRectF needed = metrics.boundingRect(
            QRectF(0, 0, e.labelBox.width(), 1000), Qt::AlignCenter | Qt::TextWordWrap, e.label);
        QVERIFY2(needed.width() <= e.labelBox.width() + 0.01 && needed.height() <= e.labelBox.height() + 0.01,
            qPrintable(e.label));
        // The line and its arrowhead outside every box: they show.
        QVERIFY2(e.line.length() > 6, qPrintable(e.label));
        for (const GraphSketch::Node &n : sketch.nodes) {
            QVERIFY2(!n.box.adjusted(0.5, 0.5, -0.5, -0.5).contains(e.line.p2()), qPrintable(e.label));
            QVERIFY2(!n.box.adjusted(0.5, 0.5, -0.5, -0.5).contains(e.arrowhead.boundingRect().center()),
                qPrintable(e.label));
        }
    }

    // Drawn as laid out: every arrowhead in ink, not covered by a box, and ink at both ends of
    // every label's box (a clipped label leaves one end blank).
    QImage image((area.size() * 2).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(2, 2);
        GraphSketch::paint(painter, area, entities, relationships);
    }
    auto inkIn = [&image](const QRectF &rect) {
        const QRect pixels = QRectF(rect.topLeft() * 2, rect.size() * 2).toAlignedRect() & image.rect();
        for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
            for (int x = pixels.left(); x <= pixels.right(); ++x) {
                if (image.pixelColor(x, y).lightness() < 128)
                    return true;
            }
        }
        return false;
    };
    for (const GraphSketch::Edge &e : sketch.edges) {
        const QPolygonF &a = e.arrowhead;
        const QPointF centroid = (a[0] + a[1] + a[2]) / 3;
        QVERIFY2(inkIn(QRectF(centroid - QPointF(0.5, 0.5), QSizeF(1, 1))), qPrintable(e.label));
        const QRectF box = e.labelBox;
        QVERIFY2(inkIn(QRectF(box.left(), box.top(), box.width() / 4, box.height())), qPrintable(e.label));
        QVERIFY2(inkIn(QRectF(box.right() - box.width() / 4, box.top(), box.width() / 4, box.height())),
            qPrintable(e.label));
    }

    // In the PDF appendix, the label reads whole.
    PdfExportOptions options;
    options.appendix = true;
    PdfExportReport report;
    const auto pdf = PdfExporter(*evidence).toBytes(options, &report);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY(PdfFixtures::write(path(QStringLiteral("appendix.pdf")), *pdf));
    // For looking at the pages: RECOUPE_EXPORT_SAMPLES=/some/dir keeps a copy there.
    if (const QString samples = qEnvironmentVariable("RECOUPE_EXPORT_SAMPLES"); !samples.isEmpty()) {
        QDir().mkpath(samples);
        QVERIFY(PdfFixtures::write(QDir(samples).filePath(QStringLiteral("interchange-appendix.pdf")), *pdf));
    }
    const int pages = PdfInspector::pageCount(*pdf);
    const QString last = PdfInspector::normalized(PdfInspector::pageText(*pdf, pages - 1));
    QVERIFY2(last.contains(QStringLiteral("Relationship graph")), qPrintable(last));
    // Every word of every label is on the page (a label may wrap onto a second line).
    for (const GraphSketch::Edge &e : sketch.edges) {
        for (const QString &word : e.label.split(QLatin1Char(' '))) {
            QVERIFY2(QRegularExpression(QStringLiteral("(^|\\s)") + QRegularExpression::escape(word)
                         + QStringLiteral("($|\\s)"))
                         .match(last)
                         .hasMatch(),
                qPrintable(word + QStringLiteral(" not in: ") + last));
        }
    }
}

void TestExportInterchange::graphSketchKeepsBoxesApartInABigCase_data()
{
    QTest::addColumn<int>("count");
    QTest::addRow("8 entities") << 8;
    QTest::addRow("14 entities") << 14;
    QTest::addRow("20 entities") << 20;
}

void TestExportInterchange::graphSketchKeepsBoxesApartInABigCase()
{
    QFETCH(int, count);
    // A ring of people and institutions with long names, each linked to the next and to the
    // first, as the appendix sizes its drawing for them.
    QVector<Entity> entities(count);
    QVector<Relationship> relationships;
    for (int i = 0; i < count; ++i) {
        entities[i].id = i + 1;
        entities[i].type = i % 2 ? QStringLiteral("PublicBody") : QStringLiteral("Person");
        entities[i].name = QStringLiteral("Entité numéro %1 au nom assez long").arg(i + 1);
    }
    for (int i = 0; i < count; ++i) {
        Relationship r;
        r.id = relationships.size() + 1;
        r.fromId = i + 1;
        r.toId = (i + 1) % count + 1;
        r.type = QStringLiteral("Membership");
        r.role = QStringLiteral("membre du conseil");
        relationships.append(r);
        if (i > 1) {
            r.id = relationships.size() + 1;
            r.toId = 1;
            r.type = QStringLiteral("Employment");
            relationships.append(r);
        }
    }
    QVector<const Entity *> e;
    for (const Entity &entity : std::as_const(entities))
        e.append(&entity);
    QVector<const Relationship *> r;
    for (const Relationship &relationship : std::as_const(relationships))
        r.append(&relationship);
    const QRectF area(0, 0, 480, std::min(420.0, 120.0 + 28.0 * count));
    const GraphSketch::Layout sketch = GraphSketch::layout(area, e, r);
    QCOMPARE(sketch.nodes.size(), count);
    QCOMPARE(sketch.edges.size(), r.size());
    for (int i = 0; i < sketch.nodes.size(); ++i) {
        QVERIFY(area.adjusted(-0.01, -0.01, 0.01, 0.01).contains(sketch.nodes[i].box));
        for (int j = i + 1; j < sketch.nodes.size(); ++j)
            QVERIFY2(!sketch.nodes[i].box.adjusted(-4, -4, 4, 4).intersects(sketch.nodes[j].box),
                qPrintable(sketch.nodes[i].text + QStringLiteral(" touches ") + sketch.nodes[j].text));
    }
    for (const GraphSketch::Edge &edge : sketch.edges)
        QVERIFY2(edge.line.length() > 6, qPrintable(edge.label));
}

QTEST_MAIN(TestExportInterchange)
#include "tst_exportinterchange.moc"
