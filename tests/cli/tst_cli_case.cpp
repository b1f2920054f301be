// SPDX-License-Identifier: GPL-3.0-or-later
// The seed case built through recoupe-cli alone, as a script would build it: import the five
// articles, read the suggested names, add the official, his directorate, the cloud company and
// the ethics commission, annotate the evidence by quote, relate them with dates, state the
// commission's reservations as a claim, ask the revolving-door question, and export the evidence
// pack and the graph in every format, each checked by a reader that is not Recoupe's.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Recoupe;

namespace {

QStringList seedFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(RECOUPE_SEEDS));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Lower case without accents: "Déontologie" → "deontologie".
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    return folded;
}

bool isSentenceEnd(const QString &line, int i)
{
    const QChar c = line.at(i);
    return (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'))
        && (i + 1 == line.size() || line.at(i + 1).isSpace());
}

// A run of the tool or another program, with what it printed.
struct ProgramRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProgramRun runProgram(const QString &program, const QStringList &arguments)
{
    ProgramRun run;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = program.toUtf8() + " did not run: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks.
QVector<QStringList> parseCsv(const QString &text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

// Markdown as a reader sees it: backslash escapes removed, white space simplified.
QString markdownText(const QString &markdown)
{
    QString text;
    for (int i = 0; i < markdown.size(); ++i) {
        if (markdown.at(i) == QLatin1Char('\\') && i + 1 < markdown.size())
            ++i;
        text += markdown.at(i);
    }
    return text.simplified();
}

QSet<qint64> idSet(const QJsonValue &array)
{
    QSet<qint64> ids;
    for (const QJsonValue &value : array.toArray())
        ids.insert(value.toInteger());
    return ids;
}

} // namespace

class TestCliCase : public QObject
{
    Q_OBJECT

private:
    // A passage of a seed article: the sentence(s) holding every needle, as the file writes them.
    struct Passage
    {
        qint64 source = 0;
        QString quote;
    };
    Passage passage(const QStringList &needles) const;
    CliRun cli(const QStringList &arguments) const { return m_runner->run(arguments); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Annotates a passage through the CLI; returns the annotation id (0 on failure, reported).
    qint64 annotate(const Passage &passage, const QString &tag, const QString &note = QString());
    qint64 addEntity(const QStringList &arguments);
    // Replaces %OFFICIAL, %COMPANY, %DIRECTORATE, %COMMISSION, %EVIDENCE, %D and %W.
    QStringList expand(const QStringList &arguments) const;
    // Every annotation of a dossier as (source SHA-256, start, end, quote, note, color, tags).
    QSet<QString> annotationFingerprints(const QString &dossier);
    QString dossierState(const QString &dossier);

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_runner;
    QString m_dossier;
    QHash<QString, qint64> m_sourceBySha;
    qint64 m_official = 0, m_directorate = 0, m_company = 0, m_commission = 0;
    QHash<qint64, QString> m_quotes; // annotation id → quoted passage
    qint64 m_inPostSince = 0, m_greenLight = 0, m_joined = 0, m_reservations = 0, m_coolingOff = 0,
           m_hosting = 0;
    qint64 m_claim = 0;
    const QString m_claimText
        = QStringLiteral("La commission de déontologie a rendu un avis de "
                         "compatibilité assorti de réserves sur le départ du directeur.");

private Q_SLOTS:
    void initTestCase();

    void importTheFiveArticles();
    void suggestionsNameTheOfficialAndTheCommission();
    void entityAddTheCase();
    void annotateTheEvidenceByQuote();
    void relateWithDatesAndEvidence();
    void claimCitesTheReservations();
    void revolvingDoorListsTheOfficial();

    void graphMlParses();
    void gexfParses();
    void followTheMoneyLinesReferToKnownIds();
    void annotatedPdfPassesQpdfPopplerAndMupdf();
    void pdfSourceKeepsItsBytesAsPrefix();
    void webAnnotationsComeBackAtTheSameOffsets();
    void importAnnotationsReportsWhatItCouldNotPlace();
    void csvHasOneRowPerAnnotation();
    void markdownListsTheClaimWithItsCitation();
    void authorCanBeNamedOrLeftOut();

    void errorsExitOneNamingTheCulprit_data();
    void errorsExitOneNamingTheCulprit();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
};

TestCliCase::Passage TestCliCase::passage(const QStringList &needles) const
{
    for (const QString &file : seedFiles()) {
        const QByteArray bytes = readFile(file);
        const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            int first = int(line.size()), last = 0;
            bool all = true;
            for (const QString &needle : needles) {
                const int at = int(line.indexOf(needle, 0, Qt::CaseInsensitive));
                if (at < 0) {
                    all = false;
                    break;
                }
                first = std::min(first, at);
                last = std::max(last, at + int(needle.size()));
            }
            if (!all)
                continue;
            int start = first;
            while (start > 0 && !isSentenceEnd(line, start - 1))
                --start;
            int end = last;
            while (end < line.size() && !isSentenceEnd(line, end))
                ++end;
            return {m_sourceBySha.value(sha256Of(bytes)), line.mid(start, end + 1 - start).trimmed()};
        }
    }
    return {};
}

qint64 TestCliCase::annotate(const Passage &passage, const QString &tag, const QString &note)
{
    if (!passage.source || passage.quote.isEmpty())
        return 0;
    QStringList arguments {QStringLiteral("annotate"), m_dossier, QStringLiteral("--source"),
        QString::number(passage.source), QStringLiteral("--quote"), passage.quote, QStringLiteral("--tag"),
        tag};
    if (!note.isEmpty())
        arguments += {QStringLiteral("--note"), note};
    const CliRun run = cli(arguments);
    if (run.exitCode != 0) {
        qWarning("%s", run.describe().constData());
        return 0;
    }
    const qint64 id = run.outText().trimmed().toLongLong();
    m_quotes.insert(id, passage.quote);
    return id;
}

qint64 TestCliCase::addEntity(const QStringList &arguments)
{
    const CliRun run
        = cli(QStringList {QStringLiteral("entity"), QStringLiteral("add"), m_dossier} + arguments);
    if (run.exitCode != 0) {
        qWarning("%s", run.describe().constData());
        return 0;
    }
    return run.outText().trimmed().toLongLong();
}

QStringList TestCliCase::expand(const QStringList &arguments) const
{
    QStringList expanded;
    for (QString argument : arguments) {
        argument.replace(QLatin1String("%OFFICIAL"), QString::number(m_official));
        argument.replace(QLatin1String("%COMPANY"), QString::number(m_company));
        argument.replace(QLatin1String("%DIRECTORATE"), QString::number(m_directorate));
        argument.replace(QLatin1String("%COMMISSION"), QString::number(m_commission));
        argument.replace(QLatin1String("%EVIDENCE"), QString::number(m_reservations));
        argument.replace(QLatin1String("%D"), m_dossier);
        argument.replace(QLatin1String("%W"), m_dir.path());
        expanded.append(argument);
    }
    return expanded;
}

QSet<QString> TestCliCase::annotationFingerprints(const QString &dossier)
{
    QHash<qint64, QString> shaById;
    for (const QJsonValue &value :
        cli({QStringLiteral("sources"), dossier, QStringLiteral("--json")}).json().array())
        shaById.insert(value[QLatin1String("id")].toInteger(), value[QLatin1String("sha256")].toString());
    QSet<QString> prints;
    const CliRun listed = cli({QStringLiteral("annotations"), dossier, QStringLiteral("--json")});
    for (const QJsonValue &value : listed.json().array()) {
        QStringList tags;
        for (const QJsonValue &tag : value[QLatin1String("tags")].toArray())
            tags.append(tag.toString());
        prints.insert(QStringList {shaById.value(value[QLatin1String("source")].toInteger()),
            QString::number(value[QLatin1String("start")].toInteger()),
            QString::number(value[QLatin1String("end")].toInteger()),
            value[QLatin1String("exact")].toString(), value[QLatin1String("note")].toString(),
            value[QLatin1String("color")].toString(), tags.join(QLatin1Char(';'))}
                          .join(QLatin1Char('|')));
    }
    return prints;
}

QString TestCliCase::dossierState(const QString &dossier)
{
    QString state;
    for (const char *command : {"entities", "relationships", "claims", "annotations", "tags"})
        state += cli({QLatin1String(command), dossier, QStringLiteral("--json")}).outText();
    return state;
}

void TestCliCase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_runner = std::make_unique<CliRunner>(m_dir.path());
    QVERIFY2(QFileInfo(CliRunner::program()).isExecutable(), qPrintable(CliRunner::program()));
    QCOMPARE(seedFiles().size(), 5);
    m_dossier = path(QStringLiteral("affaire.recoupe"));
}

void TestCliCase::importTheFiveArticles()
{
    QCOMPARE(cli({QStringLiteral("new"), m_dossier}).exitCode, 0);
    const CliRun imported
        = cli(QStringList {QStringLiteral("import"), m_dossier, QStringLiteral("--json")} + seedFiles());
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    for (const QJsonValue &value : imported.json().array()) {
        QCOMPARE(value[QLatin1String("status")].toString(), QStringLiteral("imported"));
        m_sourceBySha.insert(sha256Of(readFile(value[QLatin1String("path")].toString())),
            value[QLatin1String("source")].toInteger());
    }
    QCOMPARE(m_sourceBySha.size(), 5);
}

void TestCliCase::suggestionsNameTheOfficialAndTheCommission()
{
    QVERIFY(!m_sourceBySha.isEmpty());
    const CliRun suggested
        = cli({QStringLiteral("entities"), m_dossier, QStringLiteral("--suggest"), QStringLiteral("--json")});
    QVERIFY2(suggested.exitCode == 0, suggested.describe().constData());
    const QJsonArray suggestions = suggested.json().array();
    QVERIFY(!suggestions.isEmpty());

    // The articles that name the official in full, read from the files.
    QSet<qint64> naming;
    for (const QString &file : seedFiles()) {
        const QByteArray bytes = readFile(file);
        if (QString::fromUtf8(bytes).contains(QLatin1String("Mathieu Jeandron")))
            naming.insert(m_sourceBySha.value(sha256Of(bytes)));
    }
    QVERIFY(naming.size() >= 2);

    QJsonObject official, commission;
    for (const QJsonValue &value : suggestions) {
        const QJsonObject s = value.toObject();
        for (const char *key : {"name", "type", "aliases", "mentions", "sources"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QStringList names {s[QLatin1String("name")].toString()};
        for (const QJsonValue &alias : s[QLatin1String("aliases")].toArray())
            names.append(alias.toString());
        for (const QString &name : std::as_const(names)) {
            if (name == QLatin1String("Mathieu Jeandron"))
                official = s;
            if (fold(name).startsWith(QLatin1String("commission de deontologie")))
                commission = s;
        }
    }
    QVERIFY2(!official.isEmpty(), suggested.out.left(3000).constData());
    QCOMPARE(official[QLatin1String("type")].toString(), QStringLiteral("Person"));
    QVERIFY(official[QLatin1String("mentions")].toInt() >= naming.size());
    const QSet<qint64> sources = idSet(official[QLatin1String("sources")]);
    QVERIFY(sources.contains(naming));
    QVERIFY2(!commission.isEmpty(), suggested.out.left(3000).constData());
    QVERIFY(commission[QLatin1String("type")].toString() != QLatin1String("Person"));

    // The text listing says the same, one suggestion per line after the heading.
    const CliRun text = cli({QStringLiteral("entities"), m_dossier, QStringLiteral("--suggest")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), suggestions.size() + 1);
    QVERIFY(text.outText().contains(QLatin1String("Mathieu Jeandron")));
    // Suggesting writes nothing.
    QCOMPARE(cli({QStringLiteral("entities"), m_dossier, QStringLiteral("--json")}).json().array().size(), 0);
}

void TestCliCase::entityAddTheCase()
{
    QVERIFY(!m_sourceBySha.isEmpty());
    m_official = addEntity({QStringLiteral("--type"), QStringLiteral("Person"), QStringLiteral("--name"),
        QStringLiteral("Mathieu Jeandron"), QStringLiteral("--alias"), QStringLiteral("Jeandron"),
        QStringLiteral("--find-mentions")});
    m_directorate = addEntity({QStringLiteral("--type"), QStringLiteral("PublicBody"),
        QStringLiteral("--name"), QStringLiteral("Direction du numérique pour l'éducation"),
        QStringLiteral("--alias"), QStringLiteral("DNE"), QStringLiteral("--alias"),
        QStringLiteral("Direction du numérique éducatif")});
    // The type in any case, as a user types it.
    m_company = addEntity({QStringLiteral("--type"), QStringLiteral("company"), QStringLiteral("--name"),
        QStringLiteral("Amazon Web Services"), QStringLiteral("--alias"), QStringLiteral("AWS")});
    const CliRun commission = cli({QStringLiteral("entity"), QStringLiteral("add"), m_dossier,
        QStringLiteral("--type"), QStringLiteral("PublicBody"), QStringLiteral("--name"),
        QStringLiteral("Commission de déontologie de la fonction publique"), QStringLiteral("--json")});
    QVERIFY2(commission.exitCode == 0, commission.describe().constData());
    m_commission = commission.json()[QLatin1String("id")].toInteger();
    QVERIFY(m_official > 0 && m_directorate > 0 && m_company > 0 && m_commission > 0);
    QCOMPARE(QSet<qint64>({m_official, m_directorate, m_company, m_commission}).size(), 4);
    QCOMPARE(commission.json()[QLatin1String("type")].toString(), QStringLiteral("PublicBody"));

    const CliRun listed = cli({QStringLiteral("entities"), m_dossier, QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &value : listed.json().array())
        byId.insert(value[QLatin1String("id")].toInteger(), value.toObject());
    QCOMPARE(byId.size(), 4);
    QCOMPARE(byId.value(m_company)[QLatin1String("type")].toString(), QStringLiteral("Company"));
    QCOMPARE(byId.value(m_company)[QLatin1String("aliases")].toArray(), QJsonArray {QStringLiteral("AWS")});
    QCOMPARE(byId.value(m_directorate)[QLatin1String("type")].toString(), QStringLiteral("PublicBody"));
    // --find-mentions marked where the articles name him.
    QVERIFY(byId.value(m_official)[QLatin1String("mentions")].toInt() >= 2);
    QCOMPARE(byId.value(m_company)[QLatin1String("mentions")].toInt(), 0);

    // Running the script twice does not double the official; the message names the existing id.
    const CliRun again
        = cli({QStringLiteral("entity"), QStringLiteral("add"), m_dossier, QStringLiteral("--type"),
            QStringLiteral("Person"), QStringLiteral("--name"), QStringLiteral("mathieu jeandron")});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.errLines().size(), 1);
    QVERIFY(again.errText().contains(QString::number(m_official)));

    // He is no longer suggested, being an entity now.
    const CliRun suggested
        = cli({QStringLiteral("entities"), m_dossier, QStringLiteral("--suggest"), QStringLiteral("--json")});
    for (const QJsonValue &value : suggested.json().array())
        QVERIFY(value[QLatin1String("name")].toString() != QLatin1String("Mathieu Jeandron"));
}

void TestCliCase::annotateTheEvidenceByQuote()
{
    QVERIFY(m_official > 0);
    const QString dates = QStringLiteral("Dates clés");
    m_inPostSince = annotate(
        passage({QStringLiteral("Mathieu Jeandron"), QStringLiteral("en poste depuis 2015")}), dates);
    m_greenLight
        = annotate(passage({QStringLiteral("feu vert au recrutement"), QStringLiteral("Mathieu Jeandron")}),
            QStringLiteral("Départ"));
    m_joined = annotate(passage({QStringLiteral("architecte solution chez Amazon Web Services")}), dates,
        QStringLiteral("Prise de fonctions le jour de l'article."));
    m_reservations = annotate(passage({QStringLiteral("avis de compatibilit"), QStringLiteral("réserves")}),
        QStringLiteral("Réserves de la commission"),
        QStringLiteral("Feu vert sous réserves : à recouper avec l'avis publié."));
    m_coolingOff = annotate(passage({QStringLiteral("service des technologies"), QStringLiteral("inclus")}),
        QStringLiteral("Réserves de la commission"));
    // The hosting of the national evaluations by the same branch: the seeds' dealings between
    // the company and the ministry's digital side.
    m_hosting
        = annotate(passage({QStringLiteral("rejoindre Amazon Web Services"), QStringLiteral("héberger")}),
            QStringLiteral("Conflit d'intérêts"));
    for (qint64 id : {m_inPostSince, m_greenLight, m_joined, m_reservations, m_coolingOff, m_hosting})
        QVERIFY(id > 0);

    // Each annotation holds its quote at its offsets, as `show` prints the text.
    const CliRun listed = cli({QStringLiteral("annotations"), m_dossier, QStringLiteral("--json")});
    QCOMPARE(listed.json().array().size(), 6);
    for (const QJsonValue &value : listed.json().array()) {
        const qint64 id = value[QLatin1String("id")].toInteger();
        QCOMPARE(value[QLatin1String("exact")].toString(), m_quotes.value(id));
        const CliRun shown = cli({QStringLiteral("show"), m_dossier,
            QString::number(value[QLatin1String("source")].toInteger()), QStringLiteral("--range"),
            QStringLiteral("%1:%2")
                .arg(value[QLatin1String("start")].toInteger())
                .arg(value[QLatin1String("end")].toInteger()),
            QStringLiteral("--json")});
        QCOMPARE(shown.json()[QLatin1String("text")].toString(), m_quotes.value(id));
    }
}

void TestCliCase::relateWithDatesAndEvidence()
{
    QVERIFY(m_inPostSince > 0);
    const QString official = QString::number(m_official);
    const CliRun atDirectorate = cli({QStringLiteral("relate"), m_dossier, official,
        QString::number(m_directorate), QStringLiteral("--type"), QStringLiteral("Employment"),
        QStringLiteral("--role"), QStringLiteral("directeur du numérique pour l'éducation"),
        QStringLiteral("--start"), QStringLiteral("2015"), QStringLiteral("--end"), QStringLiteral("2018-05"),
        QStringLiteral("--evidence"), QString::number(m_inPostSince), QStringLiteral("--evidence"),
        QString::number(m_greenLight)});
    QVERIFY2(atDirectorate.exitCode == 0, atDirectorate.describe().constData());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\n$")).match(atDirectorate.outText()).hasMatch());

    // A date as an article writes it is stored at its precision.
    const CliRun atCompany = cli({QStringLiteral("relate"), m_dossier, official, QString::number(m_company),
        QStringLiteral("--type"), QStringLiteral("employment"), QStringLiteral("--role"),
        QStringLiteral("architecte solutions cloud"), QStringLiteral("--start"), QStringLiteral("mai 2018"),
        QStringLiteral("--evidence"), QString::number(m_joined), QStringLiteral("--evidence"),
        QString::number(m_greenLight), QStringLiteral("--json")});
    QVERIFY2(atCompany.exitCode == 0, atCompany.describe().constData());
    QCOMPARE(atCompany.json()[QLatin1String("start")].toString(), QStringLiteral("2018-05"));
    QCOMPARE(atCompany.json()[QLatin1String("type")].toString(), QStringLiteral("Employment"));

    const CliRun contract = cli(
        {QStringLiteral("relate"), m_dossier, QString::number(m_company), QString::number(m_directorate),
            QStringLiteral("--type"), QStringLiteral("UnknownLink"), QStringLiteral("--label"),
            QStringLiteral("contrat"), QStringLiteral("--evidence"), QString::number(m_hosting)});
    QVERIFY2(contract.exitCode == 0, contract.describe().constData());

    const CliRun listed = cli({QStringLiteral("relationships"), m_dossier, QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray relationships = listed.json().array();
    QCOMPARE(relationships.size(), 3);
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &value : relationships)
        byId.insert(value[QLatin1String("id")].toInteger(), value.toObject());
    const QJsonObject first = byId.value(atDirectorate.outText().trimmed().toLongLong());
    QCOMPARE(first[QLatin1String("from")].toInteger(), m_official);
    QCOMPARE(first[QLatin1String("to")].toInteger(), m_directorate);
    QCOMPARE(first[QLatin1String("start")].toString(), QStringLiteral("2015"));
    QCOMPARE(first[QLatin1String("end")].toString(), QStringLiteral("2018-05"));
    QCOMPARE(idSet(first[QLatin1String("evidence")]), QSet<qint64>({m_inPostSince, m_greenLight}));
    const QJsonObject link = byId.value(contract.outText().trimmed().toLongLong());
    QCOMPARE(link[QLatin1String("type")].toString(), QStringLiteral("UnknownLink"));
    QCOMPARE(link[QLatin1String("label")].toString(), QStringLiteral("contrat"));
    QCOMPARE(link[QLatin1String("end")].toString(), QString());

    // The listing names both ends and the dates.
    const CliRun text = cli({QStringLiteral("relationships"), m_dossier});
    QCOMPARE(text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4);
    QVERIFY(text.outText().contains(QLatin1String("Mathieu Jeandron")));
    QVERIFY(text.outText().contains(QStringLiteral("UnknownLink “contrat”")));
    QVERIFY(text.outText().contains(QLatin1String("2018-05")));

    // The annotation knows what rests on it.
    for (const QJsonValue &value :
        cli({QStringLiteral("annotations"), m_dossier, QStringLiteral("--json")}).json().array()) {
        if (value[QLatin1String("id")].toInteger() == m_greenLight)
            QCOMPARE(idSet(value[QLatin1String("relationships")]).size(), 2);
    }
}

void TestCliCase::claimCitesTheReservations()
{
    QVERIFY(m_reservations > 0);
    const CliRun added
        = cli({QStringLiteral("claim"), QStringLiteral("add"), m_dossier, QStringLiteral("--text"),
            m_claimText, QStringLiteral("--status"), QStringLiteral("supported"), QStringLiteral("--speaker"),
            QString::number(m_commission), QStringLiteral("--stance"), QStringLiteral("asserts"),
            QStringLiteral("--evidence"), QString::number(m_reservations), QStringLiteral("--evidence"),
            QString::number(m_coolingOff), QStringLiteral("--subject"), QString::number(m_official),
            QStringLiteral("--tag"), QStringLiteral("Réserves de la commission"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    const QJsonObject claim = added.json().object();
    m_claim = claim[QLatin1String("id")].toInteger();
    QVERIFY(m_claim > 0);
    QCOMPARE(claim[QLatin1String("status")].toString(), QStringLiteral("supported"));
    QCOMPARE(claim[QLatin1String("stance")].toString(), QStringLiteral("asserts"));
    QCOMPARE(claim[QLatin1String("speaker")].toInteger(), m_commission);

    const CliRun listed = cli({QStringLiteral("claims"), m_dossier, QStringLiteral("--json")});
    QCOMPARE(listed.json().array().size(), 1);
    const QJsonObject stored = listed.json().array().at(0).toObject();
    QCOMPARE(stored[QLatin1String("text")].toString(), m_claimText);
    QCOMPARE(idSet(stored[QLatin1String("evidence")]), QSet<qint64>({m_reservations, m_coolingOff}));
    QCOMPARE(stored[QLatin1String("subjects")].toArray(), QJsonArray {m_official});
    QCOMPARE(
        stored[QLatin1String("tags")].toArray(), QJsonArray {QStringLiteral("Réserves de la commission")});

    // The text listing quotes the cited passage.
    const CliRun text = cli({QStringLiteral("claims"), m_dossier});
    QVERIFY(text.outText().contains(m_claimText));
    QVERIFY(text.outText().contains(m_quotes.value(m_reservations).simplified()));
    QVERIFY(text.outText().contains(QStringLiteral("Commission de déontologie de la fonction publique")));
}

void TestCliCase::revolvingDoorListsTheOfficial()
{
    QVERIFY(m_claim > 0);
    const CliRun found = cli({QStringLiteral("revolving-door"), m_dossier, QStringLiteral("--json")});
    QVERIFY2(found.exitCode == 0, found.describe().constData());
    const QJsonArray hits = found.json().array();
    QCOMPARE(hits.size(), 1);
    const QJsonObject hit = hits.at(0).toObject();
    QCOMPARE(hit[QLatin1String("person")][QLatin1String("id")].toInteger(), m_official);
    QCOMPARE(
        hit[QLatin1String("person")][QLatin1String("name")].toString(), QStringLiteral("Mathieu Jeandron"));
    QCOMPARE(hit[QLatin1String("public_body")][QLatin1String("id")].toInteger(), m_directorate);
    QCOMPARE(hit[QLatin1String("employer")][QLatin1String("id")].toInteger(), m_company);
    QCOMPARE(hit[QLatin1String("left")].toString(), QStringLiteral("2018-05"));
    QCOMPARE(hit[QLatin1String("joined")].toString(), QStringLiteral("2018-05"));
    QVERIFY(hit.contains(QLatin1String("months_between")));
    // The cooling-off date comes from the passage the claim cites, and falls after the move.
    const QJsonArray coolingOff = hit[QLatin1String("cooling_off")].toArray();
    bool fromTheClaim = false;
    for (const QJsonValue &value : coolingOff) {
        if (value[QLatin1String("claim")].toInteger() != m_claim
            || value[QLatin1String("annotation")].toInteger() != m_coolingOff)
            continue;
        fromTheClaim = true;
        QVERIFY(value[QLatin1String("until")].toString() > hit[QLatin1String("joined")].toString());
        QVERIFY(m_quotes.value(m_coolingOff).contains(value[QLatin1String("text")].toString()));
    }
    QVERIFY2(fromTheClaim, found.out.constData());
    // The evidence behind the case: the passages of the three relationships.
    QVERIFY(idSet(hit[QLatin1String("evidence")]).contains({m_inPostSince, m_joined, m_hosting}));

    const CliRun text = cli({QStringLiteral("revolving-door"), m_dossier});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.outText().startsWith(QStringLiteral("Mathieu Jeandron left Direction du numérique")));

    // Asked for a delay shorter than any gap there could be, the move still counts (same month).
    QCOMPARE(cli({QStringLiteral("revolving-door"), m_dossier, QStringLiteral("--months"),
                     QStringLiteral("0"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
        1);
}

void TestCliCase::graphMlParses()
{
    QVERIFY(m_claim > 0);
    const QString file = path(QStringLiteral("case.graphml"));
    const CliRun exported = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("graphml"), QStringLiteral("-o"), file, QStringLiteral("--json")});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    QCOMPARE(exported.json()[QLatin1String("entities")].toInt(), 4);
    QCOMPARE(exported.json()[QLatin1String("relationships")].toInt(), 3);

    QFile graphml(file);
    QVERIFY(graphml.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&graphml);
    QSet<QString> nodes;
    QVector<QPair<QString, QString>> edges;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("node"))
            nodes.insert(xml.attributes().value(QLatin1String("id")).toString());
        else if (xml.name() == QLatin1String("edge"))
            edges.append({xml.attributes().value(QLatin1String("source")).toString(),
                xml.attributes().value(QLatin1String("target")).toString()});
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const int entities
        = int(cli({QStringLiteral("entities"), m_dossier, QStringLiteral("--json")}).json().array().size());
    const int relationships = int(
        cli({QStringLiteral("relationships"), m_dossier, QStringLiteral("--json")}).json().array().size());
    QCOMPARE(nodes.size(), entities);
    QCOMPARE(edges.size(), relationships);
    for (const auto &edge : std::as_const(edges))
        QVERIFY(nodes.contains(edge.first) && nodes.contains(edge.second));

    // The text summary says where it went.
    const CliRun plain = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("graphml"), QStringLiteral("-o"), file});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.outText().contains(file));
}

void TestCliCase::gexfParses()
{
    QVERIFY(m_claim > 0);
    // To stdout this time, as a pipe would take it.
    const CliRun exported = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("gexf"), QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    QVERIFY(exported.err.isEmpty());
    QXmlStreamReader xml(exported.out);
    int nodes = 0, edges = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        nodes += xml.name() == QLatin1String("node");
        edges += xml.name() == QLatin1String("edge");
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(nodes, 4);
    QCOMPARE(edges, 3);
}

void TestCliCase::followTheMoneyLinesReferToKnownIds()
{
    QVERIFY(m_claim > 0);
    const QString file = path(QStringLiteral("case.ftm.json"));
    const CliRun exported = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("ftm"), QStringLiteral("-o"), file});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    const QSet<QString> schemata {QStringLiteral("Person"), QStringLiteral("Organization"),
        QStringLiteral("PublicBody"), QStringLiteral("Company"), QStringLiteral("Position"),
        QStringLiteral("Employment"), QStringLiteral("Membership"), QStringLiteral("Directorship"),
        QStringLiteral("Ownership"), QStringLiteral("Representation"), QStringLiteral("Associate"),
        QStringLiteral("Family"), QStringLiteral("Occupancy"), QStringLiteral("UnknownLink"),
        QStringLiteral("Document"), QStringLiteral("Documentation")};
    QSet<QString> ids, referenced;
    QHash<QString, int> bySchema;
    const QList<QByteArray> lines = readFile(file).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject entity = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        const QString schema = entity[QLatin1String("schema")].toString();
        QVERIFY2(schemata.contains(schema), qPrintable(schema));
        bySchema[schema] += 1;
        ids.insert(entity[QLatin1String("id")].toString());
        const QJsonObject properties = entity[QLatin1String("properties")].toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            for (const QJsonValue &value : it.value().toArray()) {
                if (value.toString().startsWith(QLatin1String("recoupe-")))
                    referenced.insert(value.toString());
            }
        }
    }
    QCOMPARE(bySchema.value(QStringLiteral("Person")), 1);
    QCOMPARE(bySchema.value(QStringLiteral("Company")), 1);
    QCOMPARE(bySchema.value(QStringLiteral("PublicBody")), 2);
    QCOMPARE(bySchema.value(QStringLiteral("Employment")), 2);
    QCOMPARE(bySchema.value(QStringLiteral("UnknownLink")), 1);
    QVERIFY(!referenced.isEmpty());
    for (const QString &id : std::as_const(referenced))
        QVERIFY2(ids.contains(id), qPrintable(id));
}

void TestCliCase::annotatedPdfPassesQpdfPopplerAndMupdf()
{
    QVERIFY(m_claim > 0);
    const QString file = path(QStringLiteral("case.pdf"));
    const CliRun exported
        = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("-o"), file, QStringLiteral("--appendix"), QStringLiteral("--json")});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    const QJsonObject report = exported.json().object();
    QCOMPARE(report[QLatin1String("highlights")].toInt(), 6);
    QVERIFY(report[QLatin1String("appendix_pages")].toInt() >= 1);
    QCOMPARE(report[QLatin1String("bytes")].toInteger(), QFileInfo(file).size());
    QCOMPARE(report[QLatin1String("sources")].toArray().size(), 5);
    for (const QJsonValue &source : report[QLatin1String("sources")].toArray()) {
        // Text articles are typeset: no original bytes to keep as a prefix.
        QCOMPARE(source[QLatin1String("method")].toString(), QStringLiteral("typeset"));
        QCOMPARE(source[QLatin1String("prefix_bytes")].toInteger(), 0);
    }

    const ProgramRun check = runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
    QVERIFY2(check.exitCode == 0, QByteArray(check.out.right(2000) + check.err.right(2000)).constData());

    const ProgramRun text = runProgram(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString pdfText = QString::fromUtf8(text.out).simplified();
    QVERIFY2(pdfText.contains(m_quotes.value(m_reservations).simplified()),
        qPrintable(m_quotes.value(m_reservations)));
    QVERIFY2(pdfText.contains(m_claimText), "the appendix does not state the claim");

    const ProgramRun trailer
        = runProgram(QStringLiteral("mutool"), {QStringLiteral("show"), file, QStringLiteral("trailer")});
    QVERIFY2(trailer.exitCode == 0, trailer.err.constData());
    QVERIFY(trailer.out.contains("/Root"));

    // Highlights are real PDF annotations, one per passage; --flatten paints them into the pages
    // instead. Counted in qpdf's uncompressed QDF form, where every object is plain text.
    auto highlightAnnotations = [](const QString &pdf) {
        const QString qdf = pdf + QStringLiteral(".qdf");
        const ProgramRun expanded = runProgram(QStringLiteral("qpdf"),
            {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf});
        return expanded.exitCode == 0 ? int(readFile(qdf).count("/Subtype /Highlight")) : -1;
    };
    QCOMPARE(highlightAnnotations(file), 6);
    const QString flat = path(QStringLiteral("case-flat.pdf"));
    const CliRun flattened = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("-o"), flat, QStringLiteral("--flatten")});
    QVERIFY2(flattened.exitCode == 0, flattened.describe().constData());
    QCOMPARE(highlightAnnotations(flat), 0);
    QVERIFY(QString::fromUtf8(runProgram(QStringLiteral("pdftotext"), {flat, QStringLiteral("-")}).out)
                .simplified()
                .contains(m_quotes.value(m_reservations).simplified()));

    // The text summary names the file and each source.
    const CliRun plain = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("-o"), path(QStringLiteral("case-plain.pdf"))});
    QVERIFY2(plain.exitCode == 0, plain.describe().constData());
    QCOMPARE(plain.outText().count(QLatin1String("typeset from its text")), 5);
}

void TestCliCase::pdfSourceKeepsItsBytesAsPrefix()
{
    // A real PDF made by Qt's own writer, imported and annotated through the CLI.
    const QString original = path(QStringLiteral("rapport.pdf"));
    {
        QPdfWriter writer(original);
        writer.setTitle(QStringLiteral("Rapport"));
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Serif"), 12));
        painter.drawText(QRectF(0, 0, writer.width(), writer.height()), Qt::TextWordWrap,
            QStringLiteral("Rapport annuel de la commission. La commission a rendu un avis de "
                           "compatibilité assorti de réserves."));
    }
    const QByteArray bytes = readFile(original);
    QVERIFY(bytes.startsWith("%PDF"));
    const QString dossier = path(QStringLiteral("pdf.recoupe"));
    QCOMPARE(cli({QStringLiteral("new"), dossier}).exitCode, 0);
    const CliRun imported = cli({QStringLiteral("import"), dossier, original, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const QString source
        = QString::number(imported.json().array().at(0)[QLatin1String("source")].toInteger());
    const CliRun annotated = cli({QStringLiteral("annotate"), dossier, QStringLiteral("--source"), source,
        QStringLiteral("--quote"), QStringLiteral("avis de compatibilité"), QStringLiteral("--note"),
        QStringLiteral("À recouper.")});
    QVERIFY2(annotated.exitCode == 0, annotated.describe().constData());

    const QString file = path(QStringLiteral("rapport-annote.pdf"));
    const CliRun exported
        = cli({QStringLiteral("export"), dossier, QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--source"), source, QStringLiteral("-o"), file, QStringLiteral("--json")});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    const QJsonObject entry = exported.json()[QLatin1String("sources")].toArray().at(0).toObject();
    QCOMPARE(entry[QLatin1String("method")].toString(), QStringLiteral("appended"));
    QCOMPARE(entry[QLatin1String("prefix_bytes")].toInteger(), qint64(bytes.size()));
    QCOMPARE(entry[QLatin1String("prefix_sha256")].toString(), sha256Of(bytes));
    QCOMPARE(entry[QLatin1String("sha256")].toString(), sha256Of(bytes));
    // Checked here too, not only by the tool: the export starts with the original, byte for byte.
    const QByteArray written = readFile(file);
    QVERIFY(written.size() > bytes.size());
    QVERIFY(written.startsWith(bytes));
    QCOMPARE(entry[QLatin1String("highlights")].toInt(), 1);
    const ProgramRun check = runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
    QVERIFY2(check.exitCode == 0, QByteArray(check.out.right(2000) + check.err.right(2000)).constData());

    const CliRun plain = cli({QStringLiteral("export"), dossier, QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("-o"), path(QStringLiteral("rapport-2.pdf"))});
    QVERIFY2(plain.exitCode == 0, plain.describe().constData());
    QVERIFY2(
        plain.outText().contains(QStringLiteral("first %1 bytes").arg(bytes.size())), plain.out.constData());
    QVERIFY(plain.outText().contains(sha256Of(bytes)));
}

void TestCliCase::webAnnotationsComeBackAtTheSameOffsets()
{
    QVERIFY(m_claim > 0);
    const QString file = path(QStringLiteral("case.jsonld"));
    const CliRun exported = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("webanno"), QStringLiteral("-o"), file, QStringLiteral("--json")});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    QCOMPARE(exported.json()[QLatin1String("annotations")].toInt(), 6);

    // A colleague's dossier holding the same five articles, imported in another order.
    const QString fresh = path(QStringLiteral("colleague.recoupe"));
    QCOMPARE(cli({QStringLiteral("new"), fresh}).exitCode, 0);
    QStringList reversed = seedFiles();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(cli(QStringList {QStringLiteral("import"), fresh} + reversed).exitCode, 0);

    const CliRun imported
        = cli({QStringLiteral("import-annotations"), fresh, file, QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const QJsonObject report = imported.json().object();
    QCOMPARE(report[QLatin1String("imported")].toInt(), 6);
    for (const char *key : {"orphaned", "unknown_sources", "invalid"})
        QVERIFY2(report[QLatin1String(key)].toArray().isEmpty(), imported.out.constData());
    QCOMPARE(annotationFingerprints(fresh), annotationFingerprints(m_dossier));

    // Twice is harmless: everything is already there.
    const CliRun again = cli({QStringLiteral("import-annotations"), fresh, file, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json()[QLatin1String("imported")].toInt(), 0);
    QCOMPARE(again.json()[QLatin1String("already_present")].toInt(), 6);
    QCOMPARE(annotationFingerprints(fresh), annotationFingerprints(m_dossier));
}

void TestCliCase::importAnnotationsReportsWhatItCouldNotPlace()
{
    QVERIFY(m_claim > 0);
    const QString file = path(QStringLiteral("case.jsonld"));
    QVERIFY(QFileInfo::exists(file));
    // A dossier missing the article with the reservations: those annotations have no source.
    QString missingFile;
    QStringList kept;
    const qint64 missingSource = passage({QStringLiteral("avis de compatibilit")}).source;
    for (const QString &seed : seedFiles()) {
        if (m_sourceBySha.value(sha256Of(readFile(seed))) == missingSource)
            missingFile = seed;
        else
            kept.append(seed);
    }
    QVERIFY(!missingFile.isEmpty());
    const QString partial = path(QStringLiteral("partial.recoupe"));
    QCOMPARE(cli({QStringLiteral("new"), partial}).exitCode, 0);
    QCOMPARE(cli(QStringList {QStringLiteral("import"), partial} + kept).exitCode, 0);

    int onMissing = 0;
    for (const QJsonValue &value :
        cli({QStringLiteral("annotations"), m_dossier, QStringLiteral("--json")}).json().array())
        onMissing += value[QLatin1String("source")].toInteger() == missingSource;
    QVERIFY(onMissing > 0 && onMissing < 6);

    const CliRun imported
        = cli({QStringLiteral("import-annotations"), partial, file, QStringLiteral("--json")});
    QCOMPARE(imported.exitCode, 1);
    QCOMPARE(imported.errLines().size(), 1);
    QVERIFY(imported.errText().contains(file));
    const QJsonObject report = imported.json().object();
    QCOMPARE(report[QLatin1String("imported")].toInt(), 6 - onMissing);
    QCOMPARE(report[QLatin1String("unknown_sources")].toArray().size(), onMissing);
    // The others were placed all the same.
    QCOMPARE(cli({QStringLiteral("annotations"), partial, QStringLiteral("--json")}).json().array().size(),
        6 - onMissing);

    // The text report lists each one it could not place.
    const QString other = path(QStringLiteral("partial-2.recoupe"));
    QCOMPARE(cli({QStringLiteral("new"), other}).exitCode, 0);
    QCOMPARE(cli(QStringList {QStringLiteral("import"), other} + kept).exitCode, 0);
    const CliRun text = cli({QStringLiteral("import-annotations"), other, file});
    QCOMPARE(text.exitCode, 1);
    QCOMPARE(text.outText().count(QLatin1String("  unknown source: ")), onMissing);
}

void TestCliCase::csvHasOneRowPerAnnotation()
{
    QVERIFY(m_claim > 0);
    const QString file = path(QStringLiteral("case.csv"));
    const CliRun exported = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("-o"), file});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(readFile(file)));
    QCOMPARE(rows.size(), 1 + 6);
    const QStringList header = rows.at(0);
    const int quote = int(header.indexOf(QStringLiteral("quote")));
    const int note = int(header.indexOf(QStringLiteral("note")));
    const int claims = int(header.indexOf(QStringLiteral("claims")));
    QVERIFY(quote >= 0 && note >= 0 && claims >= 0);
    QSet<QString> quotes;
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), header.size());
        quotes.insert(rows.at(i).at(quote));
        if (rows.at(i).at(quote) == m_quotes.value(m_reservations))
            QCOMPARE(rows.at(i).at(claims), m_claimText);
    }
    const QList<QString> expected = m_quotes.values();
    QCOMPARE(quotes, QSet<QString>(expected.begin(), expected.end()));
}

void TestCliCase::markdownListsTheClaimWithItsCitation()
{
    QVERIFY(m_claim > 0);
    const QString file = path(QStringLiteral("case.md"));
    const CliRun exported = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("markdown"), QStringLiteral("-o"), file, QStringLiteral("--json")});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    QCOMPARE(exported.json()[QLatin1String("claims")].toInt(), 1);
    const QString markdown = QString::fromUtf8(readFile(file));
    const QString text = markdownText(markdown);
    QVERIFY(text.contains(m_claimText));
    QVERIFY2(text.contains(m_quotes.value(m_reservations).simplified()), qPrintable(markdown));
    QVERIFY(text.contains(QStringLiteral("Commission de déontologie de la fonction publique")));
    // The citation is a block quote under the claim's heading.
    QVERIFY(markdown.indexOf(QLatin1String("\n> ")) > markdown.indexOf(QLatin1String("\n## 1.")));
}

void TestCliCase::authorCanBeNamedOrLeftOut()
{
    QVERIFY(m_claim > 0);
    const CliRun named = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("webanno"), QStringLiteral("--author"), QStringLiteral("Rédaction"),
        QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(named.exitCode == 0, named.describe().constData());
    const QJsonArray items = named.json()[QLatin1String("first")][QLatin1String("items")].toArray();
    QCOMPARE(items.size(), 6);
    for (const QJsonValue &item : items)
        QCOMPARE(
            item[QLatin1String("creator")][QLatin1String("name")].toString(), QStringLiteral("Rédaction"));

    const CliRun anonymous = cli({QStringLiteral("export"), m_dossier, QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("--no-author"), QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(anonymous.exitCode == 0, anonymous.describe().constData());
    const QVector<QStringList> rows = parseCsv(anonymous.outText());
    const int author = int(rows.at(0).indexOf(QStringLiteral("author")));
    QVERIFY(author >= 0);
    for (int i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).at(author), QString());
}

void TestCliCase::errorsExitOneNamingTheCulprit_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const QString d = QStringLiteral("%D");
    auto relate = [&](const QStringList &rest) {
        return QStringList {
                   QStringLiteral("relate"), d, QStringLiteral("%OFFICIAL"), QStringLiteral("%COMPANY")}
        + rest;
    };
    auto claim = [&](const QStringList &rest) {
        return QStringList {QStringLiteral("claim"), QStringLiteral("add"), d, QStringLiteral("--text"),
                   QStringLiteral("Une affirmation.")}
        + rest;
    };
    QTest::addRow("relate unknown entity") << QStringList {QStringLiteral("relate"), d,
        QStringLiteral("%OFFICIAL"), QStringLiteral("999"), QStringLiteral("--type"),
        QStringLiteral("Employment")} << QStringList {QStringLiteral("999"), d};
    QTest::addRow("relate bad type") << relate({QStringLiteral("--type"), QStringLiteral("Emploi")})
                                     << QStringList {QStringLiteral("Emploi"), QStringLiteral("Employment")};
    QTest::addRow("relate bad date") << relate({QStringLiteral("--type"), QStringLiteral("Employment"),
        QStringLiteral("--start"), QStringLiteral("bientôt")})
                                     << QStringList {QStringLiteral("bientôt")};
    QTest::addRow("relate missing evidence")
        << relate({QStringLiteral("--type"), QStringLiteral("Employment"), QStringLiteral("--evidence"),
               QStringLiteral("%EVIDENCE"), QStringLiteral("--evidence"), QStringLiteral("9999")})
        << QStringList {QStringLiteral("9999"), d};
    QTest::addRow("relate ends before it starts")
        << relate({QStringLiteral("--type"), QStringLiteral("Employment"), QStringLiteral("--start"),
               QStringLiteral("2018"), QStringLiteral("--end"), QStringLiteral("2015")})
        << QStringList {QStringLiteral("2015"), QStringLiteral("2018")};
    QTest::addRow("relate to itself") << QStringList {QStringLiteral("relate"), d,
        QStringLiteral("%OFFICIAL"), QStringLiteral("%OFFICIAL"), QStringLiteral("--type"),
        QStringLiteral("Associate")} << QStringList {QStringLiteral("%OFFICIAL")};
    QTest::addRow("entity bad type") << QStringList {QStringLiteral("entity"), QStringLiteral("add"), d,
        QStringLiteral("--type"), QStringLiteral("Persn"), QStringLiteral("--name"), QStringLiteral("X")}
                                     << QStringList {QStringLiteral("Persn")};
    QTest::addRow("claim unknown speaker") << claim({QStringLiteral("--speaker"), QStringLiteral("999")})
                                           << QStringList {QStringLiteral("999"), d};
    QTest::addRow("claim unknown subject")
        << claim({QStringLiteral("--subject"), QStringLiteral("998")}) << QStringList {QStringLiteral("998")};
    QTest::addRow("claim missing evidence") << claim({QStringLiteral("--evidence"), QStringLiteral("9999")})
                                            << QStringList {QStringLiteral("9999")};
    QTest::addRow("claim bad status") << claim({QStringLiteral("--status"), QStringLiteral("vrai")})
                                      << QStringList {QStringLiteral("vrai"), QStringLiteral("to_verify")};
    QTest::addRow("claim bad stance") << claim({QStringLiteral("--speaker"), QStringLiteral("%COMMISSION"),
        QStringLiteral("--stance"), QStringLiteral("pense")})
                                      << QStringList {QStringLiteral("pense")};
    QTest::addRow("export unknown source") << QStringList {QStringLiteral("export"), d,
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--source"), QStringLiteral("999"),
        QStringLiteral("-o"), QStringLiteral("%W/never.csv")}
                                           << QStringList {QStringLiteral("999")};
    QTest::addRow("import missing annotations file") << QStringList {QStringLiteral("import-annotations"), d,
        QStringLiteral("%W/absent.jsonld")} << QStringList {QStringLiteral("%W/absent.jsonld")};
    QTest::addRow("import annotations from a non-JSON file")
        << QStringList {QStringLiteral("import-annotations"), d, QStringLiteral("%W/case.csv")}
        << QStringList {QStringLiteral("case.csv")};
    QTest::addRow("entities of a missing dossier") << QStringList {QStringLiteral("entities"),
        QStringLiteral("%W/absent.recoupe")} << QStringList {QStringLiteral("%W/absent.recoupe")};
}

void TestCliCase::errorsExitOneNamingTheCulprit()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    QVERIFY(m_claim > 0);
    const QString before = dossierState(m_dossier);
    const CliRun run = cli(expand(arguments));
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.out.isEmpty(), run.describe().constData());
    QVERIFY2(run.errLines().size() == 1, run.describe().constData());
    const QString line = run.errLines().at(0);
    QVERIFY(line.startsWith(QLatin1String("recoupe-cli: ")));
    for (const QString &mention : expand(mentions))
        QVERIFY2(line.contains(mention), qPrintable(mention + QStringLiteral(" not in: ") + line));
    QCOMPARE(dossierState(m_dossier), before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.csv"))));
}

void TestCliCase::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const QString d = QStringLiteral("%D");
    QTest::addRow("relate id not a number") << QStringList {QStringLiteral("relate"), d,
        QStringLiteral("abc"), QStringLiteral("%COMPANY"), QStringLiteral("--type"),
        QStringLiteral("Employment")} << QStringLiteral("abc");
    QTest::addRow("relate without type")
        << QStringList {QStringLiteral("relate"), d, QStringLiteral("%OFFICIAL"), QStringLiteral("%COMPANY")}
        << QStringLiteral("--type");
    QTest::addRow("relate evidence not a number") << QStringList {QStringLiteral("relate"), d,
        QStringLiteral("%OFFICIAL"), QStringLiteral("%COMPANY"), QStringLiteral("--type"),
        QStringLiteral("Employment"), QStringLiteral("--evidence"), QStringLiteral("x1")}
                                                  << QStringLiteral("x1");
    QTest::addRow("relate missing TO_ID")
        << QStringList {QStringLiteral("relate"), d, QStringLiteral("%OFFICIAL")} << QStringLiteral("TO_ID");
    QTest::addRow("entity unknown action")
        << QStringList {QStringLiteral("entity"), QStringLiteral("remove"), d} << QStringLiteral("remove");
    QTest::addRow("entity add without name") << QStringList {QStringLiteral("entity"), QStringLiteral("add"),
        d, QStringLiteral("--type"), QStringLiteral("Person")}
                                             << QStringLiteral("--name");
    QTest::addRow("claim add without text")
        << QStringList {QStringLiteral("claim"), QStringLiteral("add"), d} << QStringLiteral("--text");
    QTest::addRow("stance without speaker") << QStringList {QStringLiteral("claim"), QStringLiteral("add"), d,
        QStringLiteral("--text"), QStringLiteral("Une affirmation."), QStringLiteral("--stance"),
        QStringLiteral("asserts")} << QStringLiteral("--speaker");
    QTest::addRow("months negative") << QStringList {QStringLiteral("revolving-door"), d,
        QStringLiteral("--months"), QStringLiteral("-3")}
                                     << QStringLiteral("-3");
    QTest::addRow("limit without suggest")
        << QStringList {QStringLiteral("entities"), d, QStringLiteral("--limit"), QStringLiteral("5")}
        << QStringLiteral("--suggest");
    QTest::addRow("export format unknown") << QStringList {QStringLiteral("export"), d,
        QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"),
        QStringLiteral("%W/never.csv")} << QStringLiteral("docx");
    QTest::addRow("appendix with csv") << QStringList {QStringLiteral("export"), d,
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--appendix"), QStringLiteral("-o"),
        QStringLiteral("%W/never.csv")} << QStringLiteral("--appendix");
    QTest::addRow("pdf to stdout") << QStringList {QStringLiteral("export"), d, QStringLiteral("--format"),
        QStringLiteral("pdf"), QStringLiteral("-o"), QStringLiteral("-")}
                                   << QStringLiteral("-o FILE");
    QTest::addRow("author and no author") << QStringList {QStringLiteral("export"), d,
        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--author"), QStringLiteral("A"),
        QStringLiteral("--no-author"), QStringLiteral("-o"), QStringLiteral("%W/never.csv")}
                                          << QStringLiteral("--no-author");
    QTest::addRow("export source not a number") << QStringList {QStringLiteral("export"), d,
        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--source"), QStringLiteral("un"),
        QStringLiteral("-o"), QStringLiteral("%W/never.pdf")}
                                                << QStringLiteral("un");
    QTest::addRow("import-annotations without file")
        << QStringList {QStringLiteral("import-annotations"), d} << QStringLiteral("FILE");
}

void TestCliCase::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    QVERIFY(m_claim > 0);
    const QString before = dossierState(m_dossier);
    const CliRun run = cli(expand(arguments));
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.errLines();
    QVERIFY2(lines.size() >= 2 && lines.size() <= 3, run.describe().constData());
    QVERIFY2(lines.at(0).startsWith(QLatin1String("recoupe-cli: ")), run.describe().constData());
    QVERIFY2(lines.at(0).contains(mention), run.describe().constData());
    QVERIFY2(lines.at(1).startsWith(QLatin1String("Usage: recoupe-cli ")), run.describe().constData());
    QCOMPARE(dossierState(m_dossier), before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.csv"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.pdf"))));
}

QTEST_MAIN(TestCliCase)
#include "tst_cli_case.moc"
