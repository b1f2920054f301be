// SPDX-License-Identifier: GPL-3.0-or-later
// W3C Web Annotation interchange: the JSON-LD follows the model (code point positions included),
// and a round trip into a fresh dossier holding the same sources brings every annotation back
// at the same offsets with the same note, tags and colour, as one undoable step. Passages that
// no longer match are reported, never dropped silently.
#include "evidencefixture.h"
#include "export/codepointindex.h"
#include "export/evidenceset.h"
#include "export/webannotationimporter.h"
#include "export/webannotationwriter.h"
#include "pdffixtures.h"
#include "storage/annotationstore.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace Recoupe;

namespace {

// Characters outside the Basic Multilingual Plane: two UTF-16 units, one code point each.
const QString &nonBmpText()
{
    static const QString text = QStringLiteral(
        "Titre en \U0001D518\U0001D52B\U0001D526\U0001D520\U0001D52C\U0001D521\U0001D522\n\n"
        "Le rapport \U0001F600 cite la commission \U0001F3DB\uFE0F et ses réserves sur le départ.\n\n"
        "Le drapeau \U0001F1EB\U0001F1F7 précède la phrase qui sert pour tester les positions.\n");
    return text;
}

QJsonArray items(const QByteArray &json)
{
    return QJsonDocument::fromJson(json)
        .object()
        .value(QLatin1String("first"))
        .toObject()
        .value(QLatin1String("items"))
        .toArray();
}

QJsonObject selector(const QJsonObject &annotation, const QString &type)
{
    for (const QJsonValue &s :
        annotation.value(QLatin1String("target")).toObject().value(QLatin1String("selector")).toArray()) {
        if (s.toObject().value(QLatin1String("type")).toString() == type)
            return s.toObject();
    }
    return QJsonObject();
}

struct Fingerprint
{
    QString sha256;
    qint64 start;
    qint64 end;
    QString note;
    QStringList tags;
    QString color;
    QString author;
    bool operator==(const Fingerprint &o) const
    {
        return sha256 == o.sha256 && start == o.start && end == o.end && note == o.note && tags == o.tags
            && color == o.color && author == o.author;
    }
    bool operator<(const Fingerprint &o) const
    {
        return std::tie(sha256, start, end, note) < std::tie(o.sha256, o.start, o.end, o.note);
    }
};

QVector<Fingerprint> fingerprints(Dossier &dossier)
{
    QVector<Fingerprint> out;
    for (const Annotation &a : dossier.annotations().all()) {
        Fingerprint f {dossier.sources().get(a.anchor.sourceId)->sha256, a.anchor.start, a.anchor.end, a.note,
            {}, a.color.name(), a.author};
        for (qint64 tag : a.tagIds)
            f.tags.append(dossier.tags().path(tag));
        f.tags.sort();
        out.append(f);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestExportWebAnno : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void codePointIndex_data();
    void codePointIndex();
    void documentFollowsTheModel();
    void positionsCountCodePoints();
    void roundTripIntoAFreshDossier();
    void changedPassagesAreReported();
    void importKeepsTheDatesAndCreatorOfTheFile();
    void refusesWhatIsNotWebAnnotation_data();
    void refusesWhatIsNotWebAnnotation();

private:
    // A dossier holding the same sources as the first one, nothing else.
    std::unique_ptr<EvidenceFixture> sameSources(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceFixture> m_fixture;
    QString m_nonBmpPath;
    qint64 m_nonBmp = 0;
    QByteArray m_json;
};

void TestExportWebAnno::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<EvidenceFixture>(m_dir.filePath(QStringLiteral("a.recoupe")));
    EvidenceFixture &f = *m_fixture;
    f.tag(QStringLiteral("Réserves de la commission"), QColor(QStringLiteral("#ffd54f")));
    f.tag(QStringLiteral("Acteurs/Institutions"), QColor(QStringLiteral("#81d4fa")));

    const QVector<qint64> seeds = f.importSeeds();
    QVERIFY(!seeds.contains(0));
    for (qint64 id : seeds) {
        const auto [s1, e1] = f.passage(id, 1, 0, 8);
        QVERIFY(f.annotate(id, s1, e1, QStringLiteral("Note : « réserves », virgule, guillemet \" et\nligne"),
            {QStringLiteral("Réserves de la commission"), QStringLiteral("Acteurs/Institutions")}));
        const auto [s2, e2] = f.passage(id, 3, 2, 5, 1);
        QVERIFY(f.annotate(id, s2, e2));
    }
    m_nonBmpPath = m_dir.filePath(QStringLiteral("unicode.txt"));
    QVERIFY(PdfFixtures::write(m_nonBmpPath, nonBmpText().toUtf8()));
    m_nonBmp = f.import(m_nonBmpPath);
    QVERIFY2(m_nonBmp, qPrintable(f.error()));
    QVERIFY(
        f.annotateQuote(m_nonBmp, QStringLiteral("cite la commission"), QStringLiteral("après un émoji")));
    QVERIFY(f.annotateQuote(
        m_nonBmp, QStringLiteral("ses réserves"), QString(), {QStringLiteral("Acteurs/Institutions")}));
    // Its own colour, no tag.
    const qint64 colored = f.annotateQuote(m_nonBmp, QStringLiteral("pour tester les positions"));
    QVERIFY(colored);
    QVERIFY(f.dossier().setAnnotationColor(colored, QColor(QStringLiteral("#a5d6a7"))).ok());

    auto evidence = EvidenceSet::collect(f.dossier(), {}, EvidenceSet::Content::TextAndAnnotations);
    QVERIFY(evidence.ok());
    WebAnnotationWriter writer(*evidence);
    writer.setGenerated(QDateTime(QDate(2018, 5, 7), QTime(10, 0), QTimeZone::utc()));
    m_json = writer.toJson(true);
    QVERIFY(!m_json.isEmpty());
    PdfFixtures::write(m_dir.filePath(QStringLiteral("annotations.jsonld")), m_json);
}

std::unique_ptr<EvidenceFixture> TestExportWebAnno::sameSources(const QString &name)
{
    auto fixture = std::make_unique<EvidenceFixture>(m_dir.filePath(name));
    fixture->importSeeds();
    fixture->import(m_nonBmpPath);
    return fixture;
}

void TestExportWebAnno::codePointIndex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("utf16");
    QTest::addColumn<qint64>("codePoints");
    QTest::addRow("plain") << QStringLiteral("abc") << qint64(2) << qint64(2);
    QTest::addRow("before a pair") << QStringLiteral("a\U0001F600b") << qint64(1) << qint64(1);
    QTest::addRow("after a pair") << QStringLiteral("a\U0001F600b") << qint64(3) << qint64(2);
    QTest::addRow("end after two pairs") << QStringLiteral("\U0001F1EB\U0001F1F7x") << qint64(5) << qint64(3);
    QTest::addRow("accents stay one unit") << QStringLiteral("réserves") << qint64(8) << qint64(8);
}

void TestExportWebAnno::codePointIndex()
{
    QFETCH(QString, text);
    QFETCH(qint64, utf16);
    QFETCH(qint64, codePoints);
    const CodePointIndex index(text);
    QCOMPARE(index.toCodePoints(utf16), codePoints);
    QCOMPARE(index.toUtf16(codePoints), utf16);
    QCOMPARE(index.codePointLength(), qint64(text.toUcs4().size()));
}

void TestExportWebAnno::documentFollowsTheModel()
{
    const QJsonObject root = QJsonDocument::fromJson(m_json).object();
    QCOMPARE(
        root.value(QLatin1String("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(root.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationCollection"));
    const QJsonArray list = items(m_json);
    QCOMPARE(list.size(), m_fixture->dossier().annotations().count());
    QCOMPARE(root.value(QLatin1String("total")).toInt(), list.size());
    for (const QJsonValue &value : list) {
        const QJsonObject a = value.toObject();
        QCOMPARE(a.value(QLatin1String("type")).toString(), QStringLiteral("Annotation"));
        QVERIFY(a.value(QLatin1String("id")).toString().startsWith(QLatin1String("urn:uuid:")));
        QVERIFY(a.value(QLatin1String("created")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(a.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("Camille Enquêtrice"));
        const QJsonObject target = a.value(QLatin1String("target")).toObject();
        const QJsonObject source = target.value(QLatin1String("source")).toObject();
        QVERIFY(source.value(QLatin1String("id")).toString().startsWith(QLatin1String("urn:sha256:")));
        // Imported from local files: where they were kept does not leave (no "via") by default.
        QVERIFY(!source.contains(QLatin1String("via")));
        const QJsonObject state = target.value(QLatin1String("state")).toObject();
        QCOMPARE(state.value(QLatin1String("type")).toString(), QStringLiteral("TimeState"));
        QVERIFY(state.value(QLatin1String("sourceDate")).toString().endsWith(QLatin1Char('Z')));
        // The selectors count in the canonical text, which the state names by its SHA-256.
        const qint64 sourceId = m_fixture->dossier().sources().findBySha256(
            source.value(QLatin1String("id")).toString().mid(11));
        QCOMPARE(state.value(QLatin1String("cached")).toString(),
            WebAnnotationWriter::canonicalTextUrn(m_fixture->dossier().sources().text(sourceId)));
        QVERIFY(!selector(a, QStringLiteral("TextQuoteSelector"))
                     .value(QLatin1String("exact"))
                     .toString()
                     .isEmpty());
        QVERIFY(selector(a, QStringLiteral("TextPositionSelector")).contains(QLatin1String("start")));
    }
    // The first seed's first passage: a commenting body and two tagging bodies.
    const QJsonArray bodies = list[0].toObject().value(QLatin1String("body")).toArray();
    QCOMPARE(bodies.size(), 3);
    QCOMPARE(bodies[0].toObject().value(QLatin1String("purpose")).toString(), QStringLiteral("commenting"));
    QCOMPARE(bodies[1].toObject().value(QLatin1String("purpose")).toString(), QStringLiteral("tagging"));
    QStringList tags {bodies[1].toObject().value(QLatin1String("value")).toString(),
        bodies[2].toObject().value(QLatin1String("value")).toString()};
    tags.sort();
    QCOMPARE(tags,
        QStringList({QStringLiteral("Acteurs/Institutions"), QStringLiteral("Réserves de la commission")}));
}

void TestExportWebAnno::positionsCountCodePoints()
{
    const QString text = m_fixture->dossier().sources().text(m_nonBmp);
    const QVector<uint> codePoints = text.toUcs4();
    int checked = 0;
    for (const QJsonValue &value : items(m_json)) {
        const QJsonObject a = value.toObject();
        const QString exact
            = selector(a, QStringLiteral("TextQuoteSelector")).value(QLatin1String("exact")).toString();
        const QJsonObject position = selector(a, QStringLiteral("TextPositionSelector"));
        const int start = position.value(QLatin1String("start")).toInt();
        const int end = position.value(QLatin1String("end")).toInt();
        if (a.value(QLatin1String("target"))
                .toObject()
                .value(QLatin1String("source"))
                .toObject()
                .value(QLatin1String("label"))
                .toString()
            != m_fixture->dossier().sources().get(m_nonBmp)->title)
            continue;
        // Counting code points, independently of Recoupe: the range holds the quote.
        const QString slice = QString::fromUcs4(
            reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
        QCOMPARE(slice, exact);
        // …and it is not where UTF-16 offsets would say.
        QVERIFY(text.indexOf(exact) != start);
        ++checked;
    }
    QCOMPARE(checked, 3);
}

void TestExportWebAnno::roundTripIntoAFreshDossier()
{
    auto fresh = sameSources(QStringLiteral("b.recoupe"));
    Dossier &b = fresh->dossier();
    const int stepsBefore = b.undoStack()->count();
    auto report = WebAnnotationImporter(b).importFile(m_dir.filePath(QStringLiteral("annotations.jsonld")));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const int total = m_fixture->dossier().annotations().count();
    QCOMPARE(report->imported, total);
    QCOMPARE(report->notImported(), 0);
    QVERIFY(report->moved.isEmpty());
    // Same offsets, notes, tags, colours and authors.
    QCOMPARE(fingerprints(b), fingerprints(m_fixture->dossier()));

    // One undo step takes the whole import away, redo brings it back identical.
    QCOMPARE(b.undoStack()->count(), stepsBefore + 1);
    b.undoStack()->undo();
    QCOMPARE(b.annotations().count(), 0);
    QVERIFY(b.undoStack()->canRedo());
    b.undoStack()->redo();
    QCOMPARE(fingerprints(b), fingerprints(m_fixture->dossier()));

    // Importing the same file again changes nothing.
    auto again = WebAnnotationImporter(b).importJson(m_json, QStringLiteral("annotations.jsonld"));
    QVERIFY(again.ok());
    QCOMPARE(again->imported, 0);
    QCOMPARE(again->alreadyPresent, total);
    QCOMPARE(b.undoStack()->count(), stepsBefore + 1);
}

void TestExportWebAnno::changedPassagesAreReported()
{
    QJsonDocument document = QJsonDocument::fromJson(m_json);
    QJsonObject root = document.object();
    QJsonObject page = root.value(QLatin1String("first")).toObject();
    QJsonArray list = page.value(QLatin1String("items")).toArray();
    auto edit = [&list](int index, const std::function<void(QJsonObject & target)> &change) {
        QJsonObject a = list[index].toObject();
        QJsonObject target = a.value(QLatin1String("target")).toObject();
        change(target);
        a.insert(QStringLiteral("target"), target);
        list[index] = a;
    };
    auto editSelector
        = [](QJsonObject &target, const QString &type, const QString &key, const QJsonValue &value) {
              QJsonArray selectors = target.value(QLatin1String("selector")).toArray();
              for (int i = 0; i < selectors.size(); ++i) {
                  QJsonObject s = selectors[i].toObject();
                  if (s.value(QLatin1String("type")).toString() == type) {
                      s.insert(key, value);
                      selectors[i] = s;
                  }
              }
              target.insert(QStringLiteral("selector"), selectors);
          };
    // 0: its position is off by five characters, its quote is intact: found where the quote is.
    edit(0, [&](QJsonObject &t) {
        const QJsonArray s = t.value(QLatin1String("selector")).toArray();
        int start = 0, end = 0;
        for (const QJsonValue &v : s) {
            if (v.toObject().value(QLatin1String("type")).toString()
                == QLatin1String("TextPositionSelector")) {
                start = v.toObject().value(QLatin1String("start")).toInt();
                end = v.toObject().value(QLatin1String("end")).toInt();
            }
        }
        editSelector(t, QStringLiteral("TextPositionSelector"), QStringLiteral("start"), start + 5);
        editSelector(t, QStringLiteral("TextPositionSelector"), QStringLiteral("end"), end + 5);
    });
    // 1: its quote is nowhere in the source any more.
    edit(1, [&](QJsonObject &t) {
        editSelector(t, QStringLiteral("TextQuoteSelector"), QStringLiteral("exact"),
            QStringLiteral("une phrase qui n'existe nulle part"));
    });
    // 2: a source this dossier does not hold.
    edit(2, [](QJsonObject &t) {
        QJsonObject source = t.value(QLatin1String("source")).toObject();
        source.insert(
            QStringLiteral("id"), QString(QStringLiteral("urn:sha256:") + QString(64, QLatin1Char('0'))));
        t.insert(QStringLiteral("source"), source);
    });
    page.insert(QStringLiteral("items"), list);
    root.insert(QStringLiteral("first"), page);

    auto fresh = sameSources(QStringLiteral("c.recoupe"));
    auto report = WebAnnotationImporter(fresh->dossier())
                      .importJson(QJsonDocument(root).toJson(), QStringLiteral("edited.jsonld"));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const int total = m_fixture->dossier().annotations().count();
    QCOMPARE(report->imported, total - 2);
    QCOMPARE(report->moved.size(), 1);
    QCOMPARE(report->unmatched.size(), 1);
    QVERIFY2(report->unmatched[0].contains(QLatin1String("une phrase qui n'existe nulle part")),
        qPrintable(report->unmatched[0]));
    QCOMPARE(report->unknownSources.size(), 1);
    QVERIFY(report->unknownSources[0].contains(QString(64, QLatin1Char('0'))));
    // The moved one is where its quote is: the original offsets.
    const QVector<Fingerprint> original = fingerprints(m_fixture->dossier());
    const QVector<Fingerprint> imported = fingerprints(fresh->dossier());
    for (const Fingerprint &f : imported)
        QVERIFY(original.contains(f));
}

void TestExportWebAnno::importKeepsTheDatesAndCreatorOfTheFile()
{
    // Annotations made elsewhere, months before this import, by someone else.
    QJsonObject root = QJsonDocument::fromJson(m_json).object();
    QJsonObject page = root.value(QLatin1String("first")).toObject();
    QJsonArray list = page.value(QLatin1String("items")).toArray();
    QJsonObject first = list[0].toObject();
    first.insert(QStringLiteral("created"), QStringLiteral("2019-03-04T10:20:30Z"));
    first.insert(QStringLiteral("modified"), QStringLiteral("2019-03-05T08:00:00+01:00"));
    first.insert(QStringLiteral("creator"),
        QJsonObject {{QStringLiteral("type"), QStringLiteral("Person")},
            {QStringLiteral("name"), QStringLiteral("Ada Lectrice")}});
    list[0] = first;
    QJsonObject second = list[1].toObject();
    second.remove(QStringLiteral("created"));
    second.remove(QStringLiteral("modified"));
    list[1] = second;
    page.insert(QStringLiteral("items"), list);
    root.insert(QStringLiteral("first"), page);

    auto fresh = sameSources(QStringLiteral("dates.recoupe"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto report = WebAnnotationImporter(fresh->dossier())
                      .importJson(QJsonDocument(root).toJson(), QStringLiteral("dated.jsonld"));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->notImported(), 0);
    const QString exact
        = selector(first, QStringLiteral("TextQuoteSelector")).value(QLatin1String("exact")).toString();
    const QString undated
        = selector(second, QStringLiteral("TextQuoteSelector")).value(QLatin1String("exact")).toString();
    int seen = 0;
    for (const Annotation &a : fresh->dossier().annotations().all()) {
        if (a.anchor.exact == exact && a.author == QLatin1String("Ada Lectrice")) {
            ++seen;
            QCOMPARE(a.created, QDateTime(QDate(2019, 3, 4), QTime(10, 20, 30), QTimeZone::utc()));
            QCOMPARE(a.modified, QDateTime(QDate(2019, 3, 5), QTime(7, 0), QTimeZone::utc()));
        } else if (a.anchor.exact == undated) {
            ++seen;
            // No date in the file: the import's.
            QVERIFY(a.created >= before);
            QCOMPARE(a.author, QStringLiteral("Camille Enquêtrice"));
        }
    }
    QCOMPARE(seen, 2);
}

void TestExportWebAnno::refusesWhatIsNotWebAnnotation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // empty: imported with the entry listed as invalid
    QTest::addRow("not json") << QByteArray("<html>not json</html>") << QStringLiteral("is not a JSON file");
    QTest::addRow("no annotation") << QByteArray("{\"type\": \"Person\"}")
                                   << QStringLiteral("holds no W3C Web Annotation");
    QTest::addRow("empty collection")
        << QByteArray("{\"type\": \"AnnotationCollection\", \"first\": {\"type\": "
                      "\"AnnotationPage\", \"items\": []}}")
        << QStringLiteral("holds no W3C Web Annotation");
    QTest::addRow("target without selector")
        << QByteArray("{\"type\": \"Annotation\", \"target\": \"https://example.org/page\"}") << QString();
}

void TestExportWebAnno::refusesWhatIsNotWebAnnotation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const QString name = QStringLiteral("bad-%1.recoupe").arg(QString::fromUtf8(QTest::currentDataTag()));
    auto fixture = std::make_unique<EvidenceFixture>(
        m_dir.filePath(QString(name).replace(QLatin1Char(' '), QLatin1Char('-'))));
    auto report = WebAnnotationImporter(fixture->dossier()).importJson(json, QStringLiteral("bad.jsonld"));
    if (!error.isEmpty()) {
        QVERIFY(!report.ok());
        QVERIFY2(report.error().contains(error), qPrintable(report.error()));
        QVERIFY(report.error().contains(QLatin1String("bad.jsonld")));
    } else {
        QVERIFY(report.ok());
        QCOMPARE(report->imported, 0);
        QCOMPARE(report->notImported(), 1);
    }
    QCOMPARE(fixture->dossier().undoStack()->count(), 0);
}

QTEST_MAIN(TestExportWebAnno)
#include "tst_exportwebanno.moc"
