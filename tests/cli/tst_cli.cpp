// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of recoupe-cli: the real binary on real files, checked the way a user or a
// script would check its output.
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/schema.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Recoupe;

namespace {

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList errLines() const { return errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    // For QVERIFY2: what the tool said.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000)
            + "\nstderr: " + err.left(2000);
    }
};

QString cliPath()
{
    return QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli");
}

QString seedsDir()
{
    return QStringLiteral(RECOUPE_SEEDS);
}

QStringList seedFiles()
{
    QStringList files;
    const QDir dir(seedsDir());
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(dir.filePath(name));
    return files;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A dossier file with its write-ahead log, if one was left.
bool copyDossier(const QString &from, const QString &to)
{
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFileInfo::exists(from + QLatin1String(suffix))
            && !QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix)))
            return false;
    }
    return QFile::copy(from, to);
}

// Lower case without accents, as the search matches: "Déontologie" → "deontologie".
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    return folded;
}

int wordCount(const QString &line)
{
    static const QRegularExpression word(
        QStringLiteral("[\\w][\\w'’-]*"), QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    auto it = word.globalMatch(line);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// The headline a reader sees in the library for a plain-text article: the first line, among the
// first five, that reads like a title (three words or more, at most 150 characters), which skips
// site furniture such as a login link. Without one, the start of the first paragraph, cut with "…".
bool isExpectedTitle(const QString &title, const QString &text)
{
    QStringList lines;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
        if (lines.size() == 5)
            break;
    }
    for (const QString &line : std::as_const(lines)) {
        if (line.size() <= 150 && wordCount(line) >= 3)
            return title == line;
    }
    if (lines.isEmpty())
        return false;
    if (title.endsWith(QChar(0x2026)))
        return title.size() > 40 && lines.at(0).startsWith(title.chopped(1));
    return title == lines.at(0);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    CliRun cli(const QStringList &arguments, int timeoutMs = 120000);
    QProcessEnvironment environment() const;
    // Replaces %D (the small dossier), %T (a text file), %S (its source id) and %W (the work folder).
    QStringList expand(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool makeSmallDossier();

    QTemporaryDir m_dir;
    // The seed case, built by the first tests and read by the next ones.
    QString m_seedDossier;
    QHash<QString, qint64> m_sourceBySha; // sha256 of a seed file → its source id
    qint64 m_annotationId = 0;
    QString m_quote;
    qint64 m_quotedSource = 0;
    const QString m_tag = QStringLiteral("Réserves de la commission");
    const QString m_note
        = QStringLiteral("Feu vert sous réserves : pas de relations avec les anciens collaborateurs "
                         "pendant trois ans. À recouper avec l'avis publié.");
    // A one-source dossier for error cases.
    QString m_smallDossier;
    QString m_smallText;
    qint64 m_smallSource = 0;

private Q_SLOTS:
    void initTestCase();

    void versionAndToolHelp();
    void helpPerCommand_data();
    void helpPerCommand();

    void newCreatesAndRefusesExisting();
    void importFiveSeedArticles();
    void importAgainReportsDuplicates();
    void sourcesJsonHasDocumentedKeys();
    void showsAMessageWithItsHeadersAndAttachment();
    void searchFindsArticlesNamingDeontologie();
    void annotateReservationsByQuote();
    void listsShowTheAnnotationAndTag();
    void exportContainsTheAnnotation();
    void checkPassesOnSeedDossier();
    void exportCarriesClaimsEntitiesAndRelationships();

    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void userErrorsExitOneWithOneLine_data();
    void userErrorsExitOneWithOneLine();

    void checkReportsDamage_data();
    void checkReportsDamage();
    void checkLeavesAnOlderDossierAsItIs();
    void replaceKeepsTheOldVersionAndReportsOrphans();

    void importNeverTouchesTheNetwork();
    void killedImportLosesNothing();
};

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // English messages, UTF-8 arguments, and no user configuration read or written.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("home/.cache")));
    return env;
}

CliRun TestCli::cli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_dir.path());
    process.start(cliPath(), arguments);
    CliRun run;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "recoupe-cli did not start or did not finish: " + process.errorString().toUtf8();
        return run;
    }
    run.exitStatus = process.exitStatus();
    // A crash (a signal, a sanitizer abort) never passes for an exit status.
    run.exitCode = run.exitStatus == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList TestCli::expand(const QStringList &arguments) const
{
    QStringList expanded;
    for (QString argument : arguments) {
        argument.replace(QLatin1String("%D"), m_smallDossier);
        argument.replace(QLatin1String("%T"), m_smallText);
        argument.replace(QLatin1String("%S"), QString::number(m_smallSource));
        argument.replace(QLatin1String("%W"), m_dir.path());
        expanded.append(argument);
    }
    return expanded;
}

bool TestCli::makeSmallDossier()
{
    if (m_smallSource)
        return true;
    m_smallDossier = path(QStringLiteral("small.recoupe"));
    m_smallText = path(QStringLiteral("note.txt"));
    if (!writeFile(m_smallText,
            "Compte rendu de la réunion\n\nLa réunion du comité a eu lieu le 4 mai. Le comité a rendu un "
            "avis "
            "favorable.\n"))
        return false;
    if (cli({QStringLiteral("new"), m_smallDossier}).exitCode != 0)
        return false;
    const CliRun imported
        = cli({QStringLiteral("import"), m_smallDossier, m_smallText, QStringLiteral("--json")});
    const QJsonArray outcomes = imported.json().array();
    if (imported.exitCode != 0 || outcomes.size() != 1)
        return false;
    m_smallSource = outcomes.at(0).toObject().value(QStringLiteral("source")).toInteger();
    return m_smallSource > 0;
}

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath() + QStringLiteral(" is not built")));
    QCOMPARE(seedFiles().size(), 5);
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
}

void TestCli::versionAndToolHelp()
{
    const CliRun version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.outText(), QStringLiteral("recoupe-cli " RECOUPE_VERSION_STRING "\n"));

    const CliRun help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.err.isEmpty());
    // Every command is listed.
    for (const char *command : {"new", "import", "sources", "show", "search", "annotate", "annotations",
             "tags", "entities", "entity", "relate", "relationships", "claim", "claims", "revolving-door",
             "export", "import-annotations", "check", "replace", "history", "shared"}) {
        QVERIFY2(help.outText().contains(QLatin1String("\n  ") + QLatin1String(command) + QLatin1Char(' ')),
            command);
    }
}

void TestCli::helpPerCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::addRow("new") << QStringLiteral("new") << QStringList {QStringLiteral("DOSSIER")};
    QTest::addRow("import") << QStringLiteral("import")
                            << QStringList {QStringLiteral("FILE|FOLDER"), QStringLiteral("--password"),
                                   QStringLiteral("--json")};
    QTest::addRow("sources") << QStringLiteral("sources") << QStringList {QStringLiteral("--json")};
    QTest::addRow("show") << QStringLiteral("show")
                          << QStringList {QStringLiteral("SOURCE_ID"), QStringLiteral("--range"),
                                 QStringLiteral("--json")};
    QTest::addRow("search") << QStringLiteral("search")
                            << QStringList {QStringLiteral("QUERY"), QStringLiteral("--limit"),
                                   QStringLiteral("--json")};
    QTest::addRow("annotate") << QStringLiteral("annotate")
                              << QStringList {QStringLiteral("--source"), QStringLiteral("--quote"),
                                     QStringLiteral("--occurrence"), QStringLiteral("--tag"),
                                     QStringLiteral("--note"), QStringLiteral("--color"),
                                     QStringLiteral("--json")};
    QTest::addRow("annotations") << QStringLiteral("annotations")
                                 << QStringList {QStringLiteral("--source"), QStringLiteral("--json")};
    QTest::addRow("tags") << QStringLiteral("tags") << QStringList {QStringLiteral("--json")};
    QTest::addRow("export") << QStringLiteral("export")
                            << QStringList {QStringLiteral("--format"), QStringLiteral("--output"),
                                   QStringLiteral("--with-text"), QStringLiteral("json"),
                                   QStringLiteral("pdf"), QStringLiteral("--appendix"),
                                   QStringLiteral("--no-author"), QStringLiteral("graphml"),
                                   QStringLiteral("ftm")};
    QTest::addRow("check") << QStringLiteral("check") << QStringList {QStringLiteral("--json")};
    QTest::addRow("entities") << QStringLiteral("entities")
                              << QStringList {QStringLiteral("--suggest"), QStringLiteral("--limit"),
                                     QStringLiteral("--json")};
    QTest::addRow("entity") << QStringLiteral("entity")
                            << QStringList {QStringLiteral("add"), QStringLiteral("--type"),
                                   QStringLiteral("--name"), QStringLiteral("--alias"),
                                   QStringLiteral("PublicBody"), QStringLiteral("--json")};
    QTest::addRow("relate") << QStringLiteral("relate")
                            << QStringList {QStringLiteral("FROM_ID"), QStringLiteral("TO_ID"),
                                   QStringLiteral("--type"), QStringLiteral("--start"),
                                   QStringLiteral("--end"), QStringLiteral("--evidence"),
                                   QStringLiteral("UnknownLink")};
    QTest::addRow("relationships") << QStringLiteral("relationships")
                                   << QStringList {QStringLiteral("--json")};
    QTest::addRow("claim") << QStringLiteral("claim")
                           << QStringList {QStringLiteral("add"), QStringLiteral("--text"),
                                  QStringLiteral("--status"), QStringLiteral("--speaker"),
                                  QStringLiteral("--stance"), QStringLiteral("--evidence"),
                                  QStringLiteral("--subject"), QStringLiteral("to_verify")};
    QTest::addRow("claims") << QStringLiteral("claims") << QStringList {QStringLiteral("--json")};
    QTest::addRow("revolving-door") << QStringLiteral("revolving-door")
                                    << QStringList {QStringLiteral("--months"), QStringLiteral("--json")};
    QTest::addRow("import-annotations") << QStringLiteral("import-annotations")
                                        << QStringList {QStringLiteral("FILE"), QStringLiteral("--json")};
    QTest::addRow("replace") << QStringLiteral("replace")
                             << QStringList {QStringLiteral("SOURCE_ID"), QStringLiteral("FILE"),
                                    QStringLiteral("--password"), QStringLiteral("--json")};
    QTest::addRow("history") << QStringLiteral("history")
                             << QStringList {QStringLiteral("SOURCE_ID"), QStringLiteral("--version"),
                                    QStringLiteral("--output"), QStringLiteral("--text"),
                                    QStringLiteral("--json")};
    QTest::addRow("shared") << QStringLiteral("shared")
                            << QStringList {QStringLiteral("SOURCE_A"), QStringLiteral("SOURCE_B"),
                                   QStringLiteral("--min-words"), QStringLiteral("--json")};
}

void TestCli::helpPerCommand()
{
    QFETCH(QString, command);
    QFETCH(QStringList, mentions);
    // Both spellings a user tries.
    for (const QStringList &arguments :
        {QStringList {command, QStringLiteral("--help")}, QStringList {QStringLiteral("help"), command}}) {
        const CliRun help = cli(arguments);
        QVERIFY2(help.exitCode == 0, help.describe().constData());
        QVERIFY(help.err.isEmpty());
        QVERIFY2(
            help.outText().startsWith(QStringLiteral("Usage: recoupe-cli ") + command + QLatin1Char(' ')),
            help.describe().constData());
        for (const QString &mention : std::as_const(mentions))
            QVERIFY2(
                help.outText().contains(mention), qPrintable(mention + QLatin1Char('\n') + help.outText()));
    }
}

void TestCli::newCreatesAndRefusesExisting()
{
    m_seedDossier = path(QStringLiteral("seeds.recoupe"));
    const CliRun created = cli({QStringLiteral("new"), m_seedDossier});
    QVERIFY2(created.exitCode == 0, created.describe().constData());
    QVERIFY(QFileInfo(m_seedDossier).size() > 0);
    const QByteArray before = readFile(m_seedDossier);

    const CliRun again = cli({QStringLiteral("new"), m_seedDossier});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.errLines().size(), 1);
    QVERIFY(again.errText().contains(m_seedDossier));
    QCOMPARE(readFile(m_seedDossier), before);

    // Not a dossier either: any existing file is left alone.
    const QString other = path(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(other, "mes notes\n"));
    QCOMPARE(cli({QStringLiteral("new"), other}).exitCode, 1);
    QCOMPARE(readFile(other), QByteArray("mes notes\n"));
}

void TestCli::importFiveSeedArticles()
{
    QVERIFY(!m_seedDossier.isEmpty());
    const QStringList files = seedFiles();
    const CliRun imported = cli(QStringList {QStringLiteral("import"), m_seedDossier} + files);
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    // Nothing on stderr but the summary of the batch.
    QCOMPARE(imported.errLines(),
        QStringList {
            QStringLiteral("Summary: %1 imported, 0 already in the dossier, 0 refused.").arg(files.size())});

    // One "imported ID PATH<TAB>Title" line per file, in order.
    const QStringList lines = imported.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        static const QRegularExpression shape(QStringLiteral("^imported (\\d+) (.*)\t(.+)$"));
        const QRegularExpressionMatch match = shape.match(lines.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
        QCOMPARE(match.captured(2), files.at(i));
        m_sourceBySha.insert(sha256Of(readFile(files.at(i))), match.captured(1).toLongLong());
    }
    QCOMPARE(m_sourceBySha.size(), 5);

    const CliRun listed = cli({QStringLiteral("sources"), m_seedDossier, QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray sources = listed.json().array();
    QCOMPARE(sources.size(), 5);
    for (const QString &file : files) {
        const QByteArray bytes = readFile(file);
        const qint64 id = m_sourceBySha.value(sha256Of(bytes));
        QJsonObject source;
        for (const QJsonValue &value : sources) {
            if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
                source = value.toObject();
        }
        QVERIFY2(!source.isEmpty(), qPrintable(file));
        // The library shows each article under its headline, with its provenance.
        const QString title = source.value(QStringLiteral("title")).toString();
        QVERIFY2(isExpectedTitle(title, QString::fromUtf8(bytes)),
            qPrintable(file + QStringLiteral(": ") + title));
        QCOMPARE(source.value(QStringLiteral("kind")).toString(), QStringLiteral("text"));
        // Where the file was, whatever folder the import ran from.
        QCOMPARE(source.value(QStringLiteral("origin")).toString(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(source.value(QStringLiteral("sha256")).toString(), sha256Of(bytes));
        QCOMPARE(source.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    }
}

void TestCli::importAgainReportsDuplicates()
{
    QVERIFY(!m_sourceBySha.isEmpty());
    const QStringList files = seedFiles();
    // As a folder this time, with --json: the same bytes are recognised whatever the path.
    const CliRun again = cli({QStringLiteral("import"), m_seedDossier, seedsDir(), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    const QJsonArray outcomes = again.json().array();
    QCOMPARE(outcomes.size(), files.size());
    for (const QJsonValue &value : outcomes) {
        const QJsonObject outcome = value.toObject();
        QCOMPARE(outcome.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        const QString sha = sha256Of(readFile(outcome.value(QStringLiteral("path")).toString()));
        QCOMPARE(outcome.value(QStringLiteral("source")).toInteger(), m_sourceBySha.value(sha));
        QVERIFY(outcome.value(QStringLiteral("warnings")).isArray());
        QVERIFY(outcome.contains(QStringLiteral("message")));
    }
    const CliRun listed = cli({QStringLiteral("sources"), m_seedDossier, QStringLiteral("--json")});
    QCOMPARE(listed.json().array().size(), 5);
}

void TestCli::sourcesJsonHasDocumentedKeys()
{
    QVERIFY(!m_sourceBySha.isEmpty());
    const CliRun listed = cli({QStringLiteral("sources"), m_seedDossier, QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(listed.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QStringList keys {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("kind"),
        QStringLiteral("origin"), QStringLiteral("sha256"), QStringLiteral("publisher"),
        QStringLiteral("author"), QStringLiteral("published"), QStringLiteral("language"),
        QStringLiteral("imported_at"), QStringLiteral("pages"), QStringLiteral("characters"),
        QStringLiteral("annotations")};
    for (const QJsonValue &value : document.array()) {
        const QJsonObject source = value.toObject();
        for (const QString &key : keys)
            QVERIFY2(source.contains(key), qPrintable(key));
        QVERIFY(source.value(QStringLiteral("id")).isDouble());
        QVERIFY(source.value(QStringLiteral("characters")).toInteger() > 0);
        QCOMPARE(source.value(QStringLiteral("pages")).toInteger(), 0); // not PDFs
        QVERIFY(
            QDateTime::fromString(source.value(QStringLiteral("imported_at")).toString(), Qt::ISODateWithMs)
                .isValid());
    }
    // The text listing has the same sources, one line each after the heading.
    const CliRun text = cli({QStringLiteral("sources"), m_seedDossier});
    QCOMPARE(text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 6);
}

void TestCli::showsAMessageWithItsHeadersAndAttachment()
{
    const QString folder = path(QStringLiteral("mail"));
    QVERIFY(QDir().mkpath(folder));
    const QString pdf = folder + QStringLiteral("/annexe.pdf");
    // A one-page PDF with a text layer, its cross-reference table written by qpdf.
    const QString draft = folder + QStringLiteral("/brouillon.pdf");
    QVERIFY(writeFile(draft,
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
        "4 0 obj << /Length 51 >> stream\nBT /F1 12 Tf 20 100 Td (Annexe Ribeaupierre) Tj ET\nendstream endobj\n"
        "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
        "trailer << /Root 1 0 R /Size 6 >>\n%%EOF\n"));
    QVERIFY(QProcess::execute(QStringLiteral("qpdf"), { draft, pdf }) != 2);
    QCOMPARE(QProcess::execute(QStringLiteral("python3"),
                 {QStringLiteral(RECOUPE_TEST_DATA "/import/mail/makemail.py"), folder, pdf}),
        0);
    const QString dossier = path(QStringLiteral("mail.recoupe"));
    QCOMPARE(cli({QStringLiteral("new"), dossier}).exitCode, 0);
    const CliRun imported = cli({QStringLiteral("import"), dossier, folder + QStringLiteral("/reunion.eml")});
    QVERIFY2(imported.exitCode == 0 && imported.err.isEmpty(), imported.describe().constData());

    const CliRun listed = cli({QStringLiteral("sources"), dossier, QStringLiteral("--json")});
    const QJsonArray sources = listed.json().array();
    QCOMPARE(sources.size(), 2);
    const QJsonObject message = sources.at(0).toObject();
    QCOMPARE(message.value(QStringLiteral("kind")).toString(), QStringLiteral("email"));
    const QJsonObject headers = message.value(QStringLiteral("message")).toObject();
    QCOMPARE(headers.value(QStringLiteral("cc")).toArray().at(0).toString(),
        QStringLiteral("Zoé Lefèvre <zoe.lefevre@example.net>"));
    const QJsonObject attachment = sources.at(1).toObject();
    QCOMPARE(attachment.value(QStringLiteral("parent")).toInteger(),
        message.value(QStringLiteral("id")).toInteger());
    QCOMPARE(
        attachment.value(QStringLiteral("title")).toString(), QStringLiteral("Procès-verbal séance été.pdf"));

    // The text listing puts the attachment under its message.
    const CliRun text = cli({QStringLiteral("sources"), dossier});
    QVERIFY2(text.outText().contains(QStringLiteral("↳ Procès-verbal séance été.pdf")), text.out.constData());
    const CliRun shown = cli(
        {QStringLiteral("show"), dossier, QString::number(message.value(QStringLiteral("id")).toInteger())});
    QVERIFY2(shown.exitCode == 0, shown.describe().constData());
    QVERIFY2(shown.outText().contains(QStringLiteral("Élodie Marchand <elodie.marchand@example.org>")),
        shown.out.constData());
    QVERIFY2(shown.outText().contains(QStringLiteral("Procès-verbal séance été.pdf")), shown.out.constData());
    QVERIFY2(shown.outText().contains(QStringLiteral("reunion-1@example.org")), shown.out.constData());
}

void TestCli::searchFindsArticlesNamingDeontologie()
{
    QVERIFY(!m_sourceBySha.isEmpty());
    // The articles that name the ethics commission's field, read from the files themselves.
    static const QRegularExpression word(
        QStringLiteral("\\bdeontologie\\b"), QRegularExpression::UseUnicodePropertiesOption);
    QSet<qint64> expected;
    for (const QString &file : seedFiles()) {
        const QByteArray bytes = readFile(file);
        if (fold(QString::fromUtf8(bytes)).contains(word))
            expected.insert(m_sourceBySha.value(sha256Of(bytes)));
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < 5); // the query must leave some articles out to mean anything

    const CliRun search = cli({QStringLiteral("search"), m_seedDossier, QStringLiteral("deontologie"),
        QStringLiteral("--limit"), QStringLiteral("500"), QStringLiteral("--json")});
    QVERIFY2(search.exitCode == 0, search.describe().constData());
    const QJsonArray hits = search.json().array();
    QVERIFY(!hits.isEmpty());
    QSet<qint64> found;
    QHash<qint64, QString> texts;
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        QCOMPARE(hit.value(QStringLiteral("kind")).toString(), QStringLiteral("text"));
        const qint64 source = hit.value(QStringLiteral("source")).toInteger();
        found.insert(source);
        QVERIFY(!hit.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(hit.value(QStringLiteral("page")).isNull());
        QVERIFY(fold(hit.value(QStringLiteral("snippet")).toString()).contains(QLatin1String("deontologie")));

        // The offset points at the word in the text `show` prints.
        if (!texts.contains(source)) {
            const CliRun shown = cli(
                {QStringLiteral("show"), m_seedDossier, QString::number(source), QStringLiteral("--json")});
            QVERIFY2(shown.exitCode == 0, shown.describe().constData());
            texts.insert(source, shown.json().object().value(QStringLiteral("text")).toString());
        }
        const qint64 offset = hit.value(QStringLiteral("offset")).toInteger();
        const qint64 length = hit.value(QStringLiteral("length")).toInteger();
        QCOMPARE(fold(texts.value(source).mid(offset, length)), QStringLiteral("deontologie"));
    }
    QCOMPARE(found, expected);

    // Ranked: best first (bm25, lower is better).
    for (int i = 1; i < hits.size(); ++i) {
        QVERIFY(hits.at(i - 1).toObject().value(QStringLiteral("score")).toDouble()
            <= hits.at(i).toObject().value(QStringLiteral("score")).toDouble());
    }

    // A word no article has: exit 1, an empty list, and one line saying so.
    const CliRun nothing = cli(
        {QStringLiteral("search"), m_seedDossier, QStringLiteral("zygomorphe"), QStringLiteral("--json")});
    QCOMPARE(nothing.exitCode, 1);
    QCOMPARE(nothing.json().array().size(), 0);
    QCOMPARE(nothing.errLines().size(), 1);
}

void TestCli::annotateReservationsByQuote()
{
    QVERIFY(!m_sourceBySha.isEmpty());
    // The sentence where the commission's opinion comes with its reservations, found in the
    // article itself: a paragraph that names the commission and its "réserves", up to the end of
    // that sentence.
    for (const QString &file : seedFiles()) {
        const QByteArray bytes = readFile(file);
        const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString folded = fold(line);
            const int reserves = int(folded.indexOf(QLatin1String("reserves")));
            if (line.size() < 100 || reserves < 0 || !folded.contains(QLatin1String("commission"))
                || !folded.contains(QLatin1String("avis")))
                continue;
            const int end = int(line.indexOf(QLatin1Char('.'), reserves));
            m_quote = line.left(end >= 0 ? end + 1 : line.size()).trimmed();
            m_quotedSource = m_sourceBySha.value(sha256Of(bytes));
            break;
        }
        if (m_quotedSource)
            break;
    }
    QVERIFY2(m_quotedSource > 0, "no seed article quotes the commission's reservations");

    const CliRun annotated = cli({QStringLiteral("annotate"), m_seedDossier, QStringLiteral("--source"),
        QString::number(m_quotedSource), QStringLiteral("--quote"), m_quote, QStringLiteral("--tag"), m_tag,
        QStringLiteral("--note"), m_note, QStringLiteral("--color"), QStringLiteral("#e57373"),
        QStringLiteral("--json")});
    QVERIFY2(annotated.exitCode == 0, annotated.describe().constData());
    const QJsonObject annotation = annotated.json().object();
    m_annotationId = annotation.value(QStringLiteral("id")).toInteger();
    QVERIFY(m_annotationId > 0);
    QCOMPARE(annotation.value(QStringLiteral("source")).toInteger(), m_quotedSource);
    QCOMPARE(annotation.value(QStringLiteral("exact")).toString(), m_quote);
    QCOMPARE(annotation.value(QStringLiteral("note")).toString(), m_note);
    QCOMPARE(annotation.value(QStringLiteral("color")).toString(), QStringLiteral("#e57373"));
    QCOMPARE(annotation.value(QStringLiteral("tags")).toArray(), QJsonArray {m_tag});

    // The offsets give the quote back from the source's text.
    const qint64 start = annotation.value(QStringLiteral("start")).toInteger();
    const qint64 end = annotation.value(QStringLiteral("end")).toInteger();
    const CliRun range = cli({QStringLiteral("show"), m_seedDossier, QString::number(m_quotedSource),
        QStringLiteral("--range"), QStringLiteral("%1:%2").arg(start).arg(end), QStringLiteral("--json")});
    QVERIFY2(range.exitCode == 0, range.describe().constData());
    QCOMPARE(range.json().object().value(QStringLiteral("text")).toString(), m_quote);

    // Without --json, the id alone: easy to capture in a script.
    const CliRun plain = cli({QStringLiteral("annotate"), m_seedDossier, QStringLiteral("--source"),
        QString::number(m_quotedSource), QStringLiteral("--quote"), QStringLiteral("commission"),
        QStringLiteral("--occurrence"), QStringLiteral("2"), QStringLiteral("--tag"),
        QStringLiteral("Institutions/Commission")});
    QVERIFY2(plain.exitCode == 0, plain.describe().constData());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\n$")).match(plain.outText()).hasMatch());
    QVERIFY(plain.outText().trimmed().toLongLong() > m_annotationId);
}

void TestCli::listsShowTheAnnotationAndTag()
{
    QVERIFY(m_annotationId > 0);
    const CliRun annotations = cli({QStringLiteral("annotations"), m_seedDossier, QStringLiteral("--source"),
        QString::number(m_quotedSource), QStringLiteral("--json")});
    QVERIFY2(annotations.exitCode == 0, annotations.describe().constData());
    const QJsonArray list = annotations.json().array();
    QCOMPARE(list.size(), 2);
    bool listed = false;
    for (int i = 0; i < list.size(); ++i) {
        listed = listed || list.at(i).toObject().value(QStringLiteral("id")).toInteger() == m_annotationId;
        if (i > 0) { // in text order
            QVERIFY(list.at(i - 1).toObject().value(QStringLiteral("start")).toInteger()
                <= list.at(i).toObject().value(QStringLiteral("start")).toInteger());
        }
    }
    QVERIFY(listed);

    const CliRun tags = cli({QStringLiteral("tags"), m_seedDossier, QStringLiteral("--json")});
    QVERIFY2(tags.exitCode == 0, tags.describe().constData());
    QHash<QString, QJsonObject> byPath;
    for (const QJsonValue &value : tags.json().array())
        byPath.insert(value.toObject().value(QStringLiteral("path")).toString(), value.toObject());
    QCOMPARE(byPath.size(), 3);
    QCOMPARE(byPath.value(m_tag).value(QStringLiteral("uses")).toInt(), 1);
    QVERIFY(byPath.value(m_tag).value(QStringLiteral("parent")).isNull());
    QCOMPARE(
        byPath.value(QStringLiteral("Institutions/Commission")).value(QStringLiteral("parent")).toInteger(),
        byPath.value(QStringLiteral("Institutions")).value(QStringLiteral("id")).toInteger());

    // The library counts the annotations of each source.
    const CliRun sources = cli({QStringLiteral("sources"), m_seedDossier, QStringLiteral("--json")});
    for (const QJsonValue &value : sources.json().array()) {
        const QJsonObject source = value.toObject();
        const int expected = source.value(QStringLiteral("id")).toInteger() == m_quotedSource ? 2 : 0;
        QCOMPARE(source.value(QStringLiteral("annotations")).toInt(), expected);
    }
}

void TestCli::exportContainsTheAnnotation()
{
    QVERIFY(m_annotationId > 0);
    const QString output = path(QStringLiteral("export.json"));
    const CliRun exported = cli({QStringLiteral("export"), m_seedDossier, QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("-o"), output, QStringLiteral("--with-text")});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(readFile(output), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("recoupe-dossier"));
    QCOMPARE(document.value(QStringLiteral("format_version")).toInt(), 1);
    for (const char *key : {"sources", "annotations", "tags", "claims", "entities", "relationships"})
        QVERIFY2(document.value(QLatin1String(key)).isArray(), key);
    QCOMPARE(document.value(QStringLiteral("sources")).toArray().size(), 5);

    QString text;
    for (const QJsonValue &value : document.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject source = value.toObject();
        QVERIFY(!source.contains(QStringLiteral("bytes_base64"))); // metadata and hash, never the bytes
        QCOMPARE(source.value(QStringLiteral("sha256")).toString().size(), 64);
        if (source.value(QStringLiteral("id")).toInteger() == m_quotedSource)
            text = source.value(QStringLiteral("text")).toString();
    }
    QVERIFY(!text.isEmpty());

    QJsonObject annotation;
    for (const QJsonValue &value : document.value(QStringLiteral("annotations")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == m_annotationId)
            annotation = value.toObject();
    }
    QVERIFY(!annotation.isEmpty());
    QCOMPARE(annotation.value(QStringLiteral("exact")).toString(), m_quote);
    QCOMPARE(annotation.value(QStringLiteral("tags")).toArray(), QJsonArray {m_tag});
    QCOMPARE(annotation.value(QStringLiteral("note")).toString(), m_note);
    const qint64 start = annotation.value(QStringLiteral("start")).toInteger();
    const qint64 end = annotation.value(QStringLiteral("end")).toInteger();
    QCOMPARE(text.mid(start, end - start), m_quote);
    QVERIFY(text.mid(0, start).endsWith(annotation.value(QStringLiteral("prefix")).toString()));
    QVERIFY(text.mid(end).startsWith(annotation.value(QStringLiteral("suffix")).toString()));
    QVERIFY(QDateTime::fromString(annotation.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs)
                .isValid());

    // Without --with-text, no texts.
    const CliRun lean
        = cli({QStringLiteral("export"), m_seedDossier, QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(lean.exitCode == 0, lean.describe().constData());
    for (const QJsonValue &value : lean.json().object().value(QStringLiteral("sources")).toArray())
        QVERIFY(!value.toObject().contains(QStringLiteral("text")));
}

void TestCli::checkPassesOnSeedDossier()
{
    QVERIFY(m_annotationId > 0);
    const CliRun check = cli({QStringLiteral("check"), m_seedDossier, QStringLiteral("--json")});
    QVERIFY2(check.exitCode == 0, check.describe().constData());
    const QJsonObject report = check.json().object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("problems")).toArray().size(), 0);
    QCOMPARE(report.value(QStringLiteral("checked")).toObject().value(QStringLiteral("sources")).toInt(), 5);
    QCOMPARE(report.value(QStringLiteral("checked")).toObject().value(QStringLiteral("anchors")).toInt(), 2);
    const QByteArray before = readFile(m_seedDossier);
    const CliRun text = cli({QStringLiteral("check"), m_seedDossier});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.err.isEmpty());
    QVERIFY(text.outText().contains(QStringLiteral("Sources: 5;")));
    QVERIFY(readFile(m_seedDossier) == before); // checking never writes
}

void TestCli::exportCarriesClaimsEntitiesAndRelationships()
{
    QVERIFY(m_annotationId > 0);
    // The rest of the investigator's layer, made through the core as the application makes it,
    // on a copy of the seed dossier.
    const QString dossierPath = path(QStringLiteral("investigation.recoupe"));
    QVERIFY(copyDossier(m_seedDossier, dossierPath));
    qint64 person = 0, commission = 0, claimId = 0, relationshipId = 0, mentionId = 0;
    Anchor mentioned;
    {
        auto opened = Dossier::open(dossierPath);
        QVERIFY2(opened, qPrintable(opened.error()));
        Dossier &dossier = **opened;
        Entity official;
        official.type = QStringLiteral("Person");
        official.name = QStringLiteral("Directeur (personne fictive)");
        official.aliases = QStringList {QStringLiteral("le directeur")};
        const auto personAdded = dossier.addEntity(official);
        QVERIFY2(personAdded, qPrintable(personAdded.error()));
        person = *personAdded;
        Entity body;
        body.type = QStringLiteral("PublicBody");
        body.name = QStringLiteral("Commission de déontologie");
        const auto commissionAdded = dossier.addEntity(body);
        QVERIFY2(commissionAdded, qPrintable(commissionAdded.error()));
        commission = *commissionAdded;
        QVERIFY(person > 0 && commission > 0);

        const auto anchor = dossier.anchorForQuote(m_quotedSource, QStringLiteral("commission"), 1);
        QVERIFY2(anchor, qPrintable(anchor.error()));
        mentioned = *anchor;
        Mention mention;
        mention.entityId = commission;
        mention.anchor = *anchor;
        mention.confirmed = true;
        const auto mentionAdded = dossier.entities().addMention(mention);
        QVERIFY2(mentionAdded, qPrintable(mentionAdded.error()));
        mentionId = *mentionAdded;

        Claim claim;
        claim.text = QStringLiteral("L'avis de compatibilité est assorti de réserves.");
        claim.status = Claim::Status::Supported;
        claim.evidenceIds = {m_annotationId};
        claim.subjectIds = {commission};
        claim.tagIds = {dossier.tags().findPath(m_tag)};
        const auto added = dossier.addClaim(claim);
        QVERIFY2(added, qPrintable(added.error()));
        claimId = *added;

        Relationship relationship;
        relationship.type = QStringLiteral("UnknownLink");
        relationship.label = QStringLiteral("avis rendu sur");
        relationship.fromId = commission;
        relationship.toId = person;
        relationship.start = PartialDate::month(2018, 4);
        relationship.evidenceIds = {m_annotationId};
        const auto linked = dossier.addRelationship(relationship);
        QVERIFY2(linked, qPrintable(linked.error()));
        relationshipId = *linked;
    }

    const CliRun exported
        = cli({QStringLiteral("export"), dossierPath, QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(exported.exitCode == 0, exported.describe().constData());
    const QJsonObject document = exported.json().object();

    const QJsonArray claims = document.value(QStringLiteral("claims")).toArray();
    QCOMPARE(claims.size(), 1);
    const QJsonObject claim = claims.at(0).toObject();
    QCOMPARE(claim.value(QStringLiteral("id")).toInteger(), claimId);
    QCOMPARE(claim.value(QStringLiteral("status")).toString(), QStringLiteral("supported"));
    QCOMPARE(claim.value(QStringLiteral("evidence")).toArray(), QJsonArray {m_annotationId});
    QCOMPARE(claim.value(QStringLiteral("subjects")).toArray(), QJsonArray {commission});
    QCOMPARE(claim.value(QStringLiteral("tags")).toArray(), QJsonArray {m_tag});
    QVERIFY(claim.value(QStringLiteral("speaker")).isNull());

    const QJsonArray entities = document.value(QStringLiteral("entities")).toArray();
    QCOMPARE(entities.size(), 2);
    for (const QJsonValue &value : entities) {
        const QJsonObject entity = value.toObject();
        if (entity.value(QStringLiteral("id")).toInteger() == person) {
            QCOMPARE(entity.value(QStringLiteral("type")).toString(), QStringLiteral("Person"));
            QCOMPARE(entity.value(QStringLiteral("aliases")).toArray(),
                QJsonArray {QStringLiteral("le directeur")});
            QCOMPARE(entity.value(QStringLiteral("mentions")).toArray().size(), 0);
        } else {
            QCOMPARE(entity.value(QStringLiteral("type")).toString(), QStringLiteral("PublicBody"));
            const QJsonArray mentions = entity.value(QStringLiteral("mentions")).toArray();
            QCOMPARE(mentions.size(), 1);
            const QJsonObject mention = mentions.at(0).toObject();
            QCOMPARE(mention.value(QStringLiteral("id")).toInteger(), mentionId);
            QCOMPARE(mention.value(QStringLiteral("source")).toInteger(), m_quotedSource);
            QCOMPARE(mention.value(QStringLiteral("start")).toInteger(), mentioned.start);
            QCOMPARE(mention.value(QStringLiteral("exact")).toString(), QStringLiteral("commission"));
            QCOMPARE(mention.value(QStringLiteral("confirmed")).toBool(), true);
        }
    }

    const QJsonArray relationships = document.value(QStringLiteral("relationships")).toArray();
    QCOMPARE(relationships.size(), 1);
    const QJsonObject relationship = relationships.at(0).toObject();
    QCOMPARE(relationship.value(QStringLiteral("id")).toInteger(), relationshipId);
    QCOMPARE(relationship.value(QStringLiteral("type")).toString(), QStringLiteral("UnknownLink"));
    QCOMPARE(relationship.value(QStringLiteral("label")).toString(), QStringLiteral("avis rendu sur"));
    QCOMPARE(relationship.value(QStringLiteral("from")).toInteger(), commission);
    QCOMPARE(relationship.value(QStringLiteral("to")).toInteger(), person);
    QCOMPARE(relationship.value(QStringLiteral("start")).toString(), QStringLiteral("2018-04"));
    QCOMPARE(relationship.value(QStringLiteral("end")).toString(), QString());
    QCOMPARE(relationship.value(QStringLiteral("evidence")).toArray(), QJsonArray {m_annotationId});

    // The annotation knows what rests on it.
    for (const QJsonValue &value : document.value(QStringLiteral("annotations")).toArray()) {
        const QJsonObject annotation = value.toObject();
        if (annotation.value(QStringLiteral("id")).toInteger() != m_annotationId)
            continue;
        QCOMPARE(annotation.value(QStringLiteral("claims")).toArray(), QJsonArray {claimId});
        QCOMPARE(annotation.value(QStringLiteral("relationships")).toArray(), QJsonArray {relationshipId});
    }

    // Claims and notes are searched too, and say what they are.
    const CliRun search = cli(
        {QStringLiteral("search"), dossierPath, QStringLiteral("compatibilite"), QStringLiteral("--json")});
    QVERIFY2(search.exitCode == 0, search.describe().constData());
    bool claimFound = false;
    for (const QJsonValue &value : search.json().array()) {
        const QJsonObject hit = value.toObject();
        if (hit.value(QStringLiteral("kind")).toString() != QLatin1String("claim"))
            continue;
        claimFound = true;
        QCOMPARE(hit.value(QStringLiteral("claim")).toInteger(), claimId);
        QVERIFY(hit.value(QStringLiteral("source")).isNull());
        QCOMPARE(fold(claim.value(QStringLiteral("text"))
                          .toString()
                          .mid(hit.value(QStringLiteral("offset")).toInt(),
                              hit.value(QStringLiteral("length")).toInt())),
            QStringLiteral("compatibilite"));
    }
    QVERIFY(claimFound);
    QCOMPARE(cli({QStringLiteral("check"), dossierPath}).exitCode, 0);
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention"); // what the message must point at
    const QString d = QStringLiteral("%D");
    QTest::addRow("no command") << QStringList {} << QStringLiteral("command");
    QTest::addRow("unknown command") << QStringList {QStringLiteral("frobnicate"), d}
                                     << QStringLiteral("frobnicate");
    QTest::addRow("unknown tool option")
        << QStringList {QStringLiteral("--frob")} << QStringLiteral("--frob");
    QTest::addRow("unknown command option")
        << QStringList {QStringLiteral("sources"), d, QStringLiteral("--frob")} << QStringLiteral("frob");
    QTest::addRow("missing dossier") << QStringList {QStringLiteral("sources")} << QStringLiteral("DOSSIER");
    QTest::addRow("new without dossier") << QStringList {QStringLiteral("new")} << QStringLiteral("DOSSIER");
    QTest::addRow("import without files")
        << QStringList {QStringLiteral("import"), d} << QStringLiteral("FILE");
    QTest::addRow("show without id") << QStringList {QStringLiteral("show"), d}
                                     << QStringLiteral("SOURCE_ID");
    QTest::addRow("show id not a number")
        << QStringList {QStringLiteral("show"), d, QStringLiteral("abc")} << QStringLiteral("abc");
    QTest::addRow("show bad range") << QStringList {QStringLiteral("show"), d, QStringLiteral("%S"),
        QStringLiteral("--range"), QStringLiteral("5-9")}
                                    << QStringLiteral("5-9");
    QTest::addRow("too many arguments")
        << QStringList {QStringLiteral("sources"), d, QStringLiteral("extra")} << QStringLiteral("extra");
    QTest::addRow("search without query")
        << QStringList {QStringLiteral("search"), d} << QStringLiteral("QUERY");
    QTest::addRow("search limit zero") << QStringList {QStringLiteral("search"), d, QStringLiteral("avis"),
        QStringLiteral("--limit"), QStringLiteral("0")}
                                       << QStringLiteral("--limit");
    QTest::addRow("option without value") << QStringList {QStringLiteral("search"), d, QStringLiteral("avis"),
        QStringLiteral("--limit")} << QStringLiteral("limit");
    QTest::addRow("annotate without source")
        << QStringList {QStringLiteral("annotate"), d, QStringLiteral("--quote"), QStringLiteral("avis")}
        << QStringLiteral("--source");
    QTest::addRow("annotate without quote")
        << QStringList {QStringLiteral("annotate"), d, QStringLiteral("--source"), QStringLiteral("%S")}
        << QStringLiteral("--quote");
    QTest::addRow("annotate bad color") << QStringList {QStringLiteral("annotate"), d,
        QStringLiteral("--source"), QStringLiteral("%S"), QStringLiteral("--quote"), QStringLiteral("avis"),
        QStringLiteral("--color"), QStringLiteral("red")}
                                        << QStringLiteral("red");
    QTest::addRow("annotate occurrence zero") << QStringList {QStringLiteral("annotate"), d,
        QStringLiteral("--source"), QStringLiteral("%S"), QStringLiteral("--quote"), QStringLiteral("avis"),
        QStringLiteral("--occurrence"), QStringLiteral("0")}
                                              << QStringLiteral("--occurrence");
    QTest::addRow("export format not supported") << QStringList {QStringLiteral("export"), d,
        QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"),
        QStringLiteral("%W/out.graphml")} << QStringLiteral("graphml");
    QTest::addRow("export without output")
        << QStringList {QStringLiteral("export"), d, QStringLiteral("--format"), QStringLiteral("json")}
        << QStringLiteral("-o");
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    QVERIFY(makeSmallDossier());
    const QByteArray before = readFile(m_smallDossier);
    const CliRun run = cli(expand(arguments));
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY(run.out.isEmpty());
    const QStringList lines = run.errLines();
    QVERIFY2(lines.size() >= 2 && lines.size() <= 3, run.describe().constData());
    QVERIFY2(lines.at(0).startsWith(QLatin1String("recoupe-cli: ")), run.describe().constData());
    QVERIFY2(lines.at(0).contains(mention), run.describe().constData());
    QVERIFY2(lines.at(1).startsWith(QLatin1String("Usage: recoupe-cli ")), run.describe().constData());
    QCOMPARE(readFile(m_smallDossier), before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.graphml"))));
}

void TestCli::userErrorsExitOneWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions"); // the file or id the message names
    const QString d = QStringLiteral("%D");
    QTest::addRow("dossier missing") << QStringList {QStringLiteral("sources"),
        QStringLiteral("%W/absent.recoupe")}
                                     << QStringList {QStringLiteral("%W/absent.recoupe")};
    QTest::addRow("not a dossier") << QStringList {QStringLiteral("sources"), QStringLiteral("%T")}
                                   << QStringList {QStringLiteral("%T")};
    QTest::addRow("dossier is a folder")
        << QStringList {QStringLiteral("check"), QStringLiteral("%W")} << QStringList {QStringLiteral("%W")};
    QTest::addRow("unknown source id") << QStringList {QStringLiteral("show"), d, QStringLiteral("999")}
                                       << QStringList {QStringLiteral("999"), QStringLiteral("%D")};
    QTest::addRow("annotations of unknown source")
        << QStringList {QStringLiteral("annotations"), d, QStringLiteral("--source"), QStringLiteral("999")}
        << QStringList {QStringLiteral("999")};
    QTest::addRow("annotate unknown source") << QStringList {QStringLiteral("annotate"), d,
        QStringLiteral("--source"), QStringLiteral("999"), QStringLiteral("--quote"), QStringLiteral("avis")}
                                             << QStringList {QStringLiteral("999")};
    QTest::addRow("quote not found") << QStringList {QStringLiteral("annotate"), d,
        QStringLiteral("--source"), QStringLiteral("%S"), QStringLiteral("--quote"),
        QStringLiteral(
            "avis défavorable")} << QStringList {QStringLiteral("avis défavorable"), QStringLiteral("%S")};
    QTest::addRow("occurrence too high") << QStringList {QStringLiteral("annotate"), d,
        QStringLiteral("--source"), QStringLiteral("%S"), QStringLiteral("--quote"), QStringLiteral("comité"),
        QStringLiteral("--occurrence"), QStringLiteral("3")}
                                         << QStringList {QStringLiteral("comité"), QStringLiteral("3")};
    QTest::addRow("range past the end") << QStringList {QStringLiteral("show"), d, QStringLiteral("%S"),
        QStringLiteral("--range"), QStringLiteral("10:100000")}
                                        << QStringList {QStringLiteral("10:100000")};
    QTest::addRow("import missing file") << QStringList {QStringLiteral("import"), d,
        QStringLiteral("%W/nowhere.txt")} << QStringList {QStringLiteral("%W/nowhere.txt")};
    QTest::addRow("import empty file") << QStringList {QStringLiteral("import"), d,
        QStringLiteral("%W/empty.txt")} << QStringList {QStringLiteral("%W/empty.txt")};
    QTest::addRow("import binary as text") << QStringList {QStringLiteral("import"), d,
        QStringLiteral("%W/binary.txt")} << QStringList {QStringLiteral("%W/binary.txt")};
    QTest::addRow("new in a missing folder")
        << QStringList {QStringLiteral("new"), QStringLiteral("%W/no/such/folder/x.recoupe")}
        << QStringList {QStringLiteral("%W/no/such/folder/x.recoupe")};
}

void TestCli::userErrorsExitOneWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    QVERIFY(makeSmallDossier());
    QVERIFY(writeFile(path(QStringLiteral("empty.txt")), QByteArray()));
    QVERIFY(writeFile(path(QStringLiteral("binary.txt")),
        QByteArray("\x7f"
                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0",
            20)));
    const QByteArray textBefore = readFile(m_smallText);
    const CliRun listedBefore
        = cli({QStringLiteral("annotations"), m_smallDossier, QStringLiteral("--json")});

    const CliRun run = cli(expand(arguments));
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.errLines().size() == 1, run.describe().constData());
    const QString line = run.errLines().at(0);
    QVERIFY(line.startsWith(QLatin1String("recoupe-cli: ")));
    for (const QString &mention : expand(mentions))
        QVERIFY2(line.contains(mention), qPrintable(mention + QStringLiteral(" not in: ") + line));

    // Nothing changed: not the file given as a dossier, not the dossier's content.
    QCOMPARE(readFile(m_smallText), textBefore);
    const CliRun listedAfter = cli({QStringLiteral("annotations"), m_smallDossier, QStringLiteral("--json")});
    QCOMPARE(listedAfter.out, listedBefore.out);
    const CliRun sources = cli({QStringLiteral("sources"), m_smallDossier, QStringLiteral("--json")});
    QCOMPARE(sources.json().array().size(), 1);
}

void TestCli::checkReportsDamage_data()
{
    QTest::addColumn<QString>("damage"); // SQL run on a copy of a sound dossier
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("problem"); // the check that must report it ("" for none)
    QTest::addColumn<QString>("warning");
    QTest::addRow("text changed behind the index")
        << QStringLiteral("UPDATE text_chunks SET body = replace(body, 'réunion', 'rapport')") << 1
        << QStringLiteral("text-index") << QString();
    QTest::addRow("chunk lost") << QStringLiteral(
        "DELETE FROM text_chunks WHERE id = (SELECT max(id) FROM text_chunks)")
                                << 1 << QStringLiteral("chunks") << QString();
    QTest::addRow("length misrecorded") << QStringLiteral("UPDATE sources SET text_length = text_length + 1")
                                        << 1 << QStringLiteral("chunks") << QString();
    QTest::addRow("original bytes altered")
        << QStringLiteral("UPDATE source_files SET bytes = CAST('autre chose' AS BLOB)") << 1
        << QStringLiteral("bytes") << QString();
    QTest::addRow("original bytes missing")
        << QStringLiteral("DELETE FROM source_files") << 1 << QStringLiteral("bytes") << QString();
    QTest::addRow("anchor quote differs") << QStringLiteral("UPDATE anchors SET exact = 'un autre passage'")
                                          << 1 << QStringLiteral("anchors") << QString();
    QTest::addRow("anchor past the end")
        << QStringLiteral("UPDATE anchors SET start_pos = 100000, end_pos = 100010") << 1
        << QStringLiteral("anchors") << QString();
    QTest::addRow("orphan is only a warning")
        << QStringLiteral("UPDATE anchors SET exact = 'un passage disparu', orphaned = 1") << 0 << QString()
        << QStringLiteral("anchors");
    QTest::addRow("note missing from the index")
        << QStringLiteral("DELETE FROM note_index") << 1 << QStringLiteral("note-index") << QString();
    QTest::addRow("foreign key broken")
        << QStringLiteral("PRAGMA foreign_keys = OFF; INSERT INTO annotation_tags(annotation_id, tag_id) "
                          "SELECT max(id), 4242 FROM annotations")
        << 1 << QStringLiteral("foreign-keys") << QString();
}

void TestCli::checkReportsDamage()
{
    QFETCH(QString, damage);
    QFETCH(int, exitCode);
    QFETCH(QString, problem);
    QFETCH(QString, warning);
    QVERIFY(makeSmallDossier());
    // A sound dossier with an annotation carrying a note and a tag, copied per row.
    const QString sound = path(QStringLiteral("sound.recoupe"));
    if (!QFileInfo::exists(sound)) {
        QVERIFY(copyDossier(m_smallDossier, sound));
        const CliRun annotated = cli(
            {QStringLiteral("annotate"), sound, QStringLiteral("--source"), QString::number(m_smallSource),
                QStringLiteral("--quote"), QStringLiteral("avis favorable"), QStringLiteral("--note"),
                QStringLiteral("À vérifier"), QStringLiteral("--tag"), QStringLiteral("Avis")});
        QVERIFY2(annotated.exitCode == 0, annotated.describe().constData());
        QCOMPARE(cli({QStringLiteral("check"), sound}).exitCode, 0);
    }
    const QString damaged = path(QStringLiteral("damaged-%1.recoupe")
                                     .arg(QString::fromUtf8(QTest::currentDataTag()))
                                     .replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(copyDossier(sound, damaged));
    {
        auto db = Database::open(damaged, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        // Checked first, so that our own triggers run with the damage, as in the app.
        QVERIFY(Schema::inspect(**db).ok());
        const Status changed = (*db)->exec(damage.toUtf8().constData());
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
    }

    const CliRun check = cli({QStringLiteral("check"), damaged, QStringLiteral("--json")});
    QVERIFY2(check.exitCode == exitCode, check.describe().constData());
    const QJsonObject report = check.json().object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), exitCode == 0);
    auto checks = [&](const QString &key) {
        QStringList names;
        for (const QJsonValue &value : report.value(key).toArray()) {
            // Every finding says what is wrong, not just where.
            if (!value.toObject().value(QStringLiteral("message")).toString().isEmpty())
                names.append(value.toObject().value(QStringLiteral("check")).toString());
        }
        return names;
    };
    if (!problem.isEmpty())
        QVERIFY2(checks(QStringLiteral("problems")).contains(problem), check.describe().constData());
    else
        QVERIFY2(checks(QStringLiteral("problems")).isEmpty(), check.describe().constData());
    if (!warning.isEmpty())
        QVERIFY2(checks(QStringLiteral("warnings")).contains(warning), check.describe().constData());
    if (exitCode != 0) {
        QCOMPARE(check.errLines().size(), 1);
        QVERIFY(check.errText().contains(damaged));
    }
}

void TestCli::checkLeavesAnOlderDossierAsItIs()
{
    // A dossier in format 1 (sources only), as an older Recoupe wrote it.
    const QString older = path(QStringLiteral("format1.recoupe"));
    {
        auto db = Database::open(older, Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(Schema::configureConnection(**db).ok());
        QVERIFY(Schema::migrate(**db, 1).ok());
        SourceDraft draft;
        draft.source.title = QStringLiteral("Compte rendu");
        draft.source.importedAt = QDateTime::currentDateTimeUtc();
        draft.original = "Compte rendu de la réunion du comité.\n";
        draft.text = QStringLiteral("Compte rendu de la réunion du comité.");
        const auto inserted = SourceStore(**db).insert(draft);
        QVERIFY2(inserted, qPrintable(inserted.error()));
    }
    const QByteArray before = readFile(older);
    const CliRun check = cli({QStringLiteral("check"), older, QStringLiteral("--json")});
    QVERIFY2(check.exitCode == 0, check.describe().constData());
    QCOMPARE(check.json()
                 .object()
                 .value(QStringLiteral("checked"))
                 .toObject()
                 .value(QStringLiteral("sources"))
                 .toInt(),
        1);
    // Not migrated: same bytes, no backup made.
    QVERIFY(readFile(older) == before);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("format1.recoupe.*.bak")}, QDir::Files).size(), 0);

    // A damaged older dossier is still diagnosed.
    {
        auto db = Database::open(older, Database::Mode::OpenExisting);
        QVERIFY((*db)->exec("UPDATE sources SET sha256 = replace(sha256, substr(sha256, 1, 1), 'x')").ok());
    }
    const CliRun damaged = cli({QStringLiteral("check"), older});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY(damaged.outText().contains(QStringLiteral("[bytes]")));
}

// A web article changed after it was annotated: the investigator replaces it with the newer
// version and can still show what it said.
void TestCli::replaceKeepsTheOldVersionAndReportsOrphans()
{
    const QString dossier = path(QStringLiteral("versions.recoupe"));
    const QByteArray v1 = "<html><head><title>Avis</title></head><body><p>La commission a rendu un avis de "
                          "compatibilité.</p><p>Mathieu Jeandron a quitté le ministère.</p></body></html>";
    QByteArray v2 = v1;
    v2.replace("Mathieu Jeandron", "M. J.").replace("<p>La", "<p>Un paragraphe ajouté.</p><p>La");
    const QString v1Path = path(QStringLiteral("avis-v1.html"));
    const QString v2Path = path(QStringLiteral("avis-v2.html"));
    QVERIFY(writeFile(v1Path, v1) && writeFile(v2Path, v2));
    QCOMPARE(cli({QStringLiteral("new"), dossier}).exitCode, 0);
    const CliRun imported = cli({QStringLiteral("import"), dossier, v1Path});
    QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    const QString id = QStringLiteral("1"); // the first source of a new dossier
    for (const QString &quote :
        {QStringLiteral("avis de compatibilité"), QStringLiteral("Mathieu Jeandron")}) {
        const CliRun annotated = cli({QStringLiteral("annotate"), dossier, QStringLiteral("--source"), id,
            QStringLiteral("--quote"), quote});
        QVERIFY2(annotated.exitCode == 0, annotated.describe().constData());
    }

    const CliRun replaced = cli({QStringLiteral("replace"), dossier, id, v2Path});
    QVERIFY2(replaced.exitCode == 0, replaced.describe().constData());
    QVERIFY2(
        replaced.outText().contains(QStringLiteral("is now version 2")), replaced.describe().constData());
    QVERIFY2(replaced.outText().contains(QStringLiteral("Passages kept: 0; moved: 1; orphaned: 1.")),
        replaced.describe().constData());
    QVERIFY2(
        replaced.outText().contains(QStringLiteral("“Mathieu Jeandron”")), replaced.describe().constData());

    // The same file again changes nothing and says so; so does --json.
    const CliRun again = cli({QStringLiteral("replace"), dossier, id, v2Path, QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, again.describe().constData());
    QCOMPARE(again.json().object().value(QStringLiteral("unchanged")).toBool(), true);
    QCOMPARE(again.json().object().value(QStringLiteral("version")).toInt(), 2);

    // Another source's content, and a file of another kind, are refused with one line.
    const QString otherPath = path(QStringLiteral("autre.txt"));
    QVERIFY(writeFile(otherPath, "Une autre source.\n"));
    QCOMPARE(cli({QStringLiteral("import"), dossier, otherPath}).exitCode, 0);
    const CliRun taken = cli({QStringLiteral("replace"), dossier, id, otherPath});
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(
        taken.errText().contains(QStringLiteral("same content as source")), taken.describe().constData());
    const QString textPath = path(QStringLiteral("avis.txt"));
    QVERIFY(writeFile(textPath, "La commission a rendu un avis.\n"));
    const CliRun kind = cli({QStringLiteral("replace"), dossier, id, textPath});
    QCOMPARE(kind.exitCode, 1);
    QCOMPARE(kind.errLines().size(), 1);
    QVERIFY2(kind.errText().contains(QStringLiteral("same kind")), kind.describe().constData());

    // The history lists both versions; version 1 comes back byte for byte, its text as it was.
    const CliRun history = cli({QStringLiteral("history"), dossier, id, QStringLiteral("--json")});
    QVERIFY2(history.exitCode == 0, history.describe().constData());
    const QJsonArray versions = history.json().object().value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("sha256")).toString(), sha256Of(v1));
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("current")).toBool(), false);
    QCOMPARE(versions.at(1).toObject().value(QStringLiteral("sha256")).toString(), sha256Of(v2));
    QCOMPARE(versions.at(1).toObject().value(QStringLiteral("bytes")).toInteger(), v2.size());
    const QString saved = path(QStringLiteral("avis-tel-qu-annote.html"));
    const CliRun written = cli({QStringLiteral("history"), dossier, id, QStringLiteral("--version"),
        QStringLiteral("1"), QStringLiteral("-o"), saved});
    QVERIFY2(written.exitCode == 0, written.describe().constData());
    QVERIFY(readFile(saved) == v1);
    const CliRun text = cli({QStringLiteral("history"), dossier, id, QStringLiteral("--version"),
        QStringLiteral("1"), QStringLiteral("--text")});
    QVERIFY2(
        text.outText().contains(QStringLiteral("Mathieu Jeandron a quitté")), text.describe().constData());
    const CliRun missing = cli({QStringLiteral("history"), dossier, id, QStringLiteral("--version"),
        QStringLiteral("3"), QStringLiteral("--text")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.errText().contains(QStringLiteral("has 2 versions")), missing.describe().constData());
    const CliRun check = cli({QStringLiteral("check"), dossier});
    QVERIFY2(check.exitCode == 0, check.describe().constData());

    // Version 1's stored bytes no longer being what its SHA-256 names is a problem check reports.
    {
        auto db = Database::open(dossier, Database::Mode::OpenExisting);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY(Schema::inspect(**db).ok());
        QVERIFY((*db)
                    ->exec("UPDATE source_versions SET bytes = CAST(replace(CAST(bytes AS TEXT), "
                           "'Jeandron', 'Jeandrin') AS BLOB) WHERE version = 1")
                    .ok());
    }
    const CliRun damaged = cli({QStringLiteral("check"), dossier});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.outText().contains(QStringLiteral("problem [versions] Source 1 “Avis”, version 1")),
        damaged.describe().constData());
    QVERIFY2(damaged.outText().contains(sha256Of(v1)), damaged.describe().constData());
}

void TestCli::importNeverTouchesTheNetwork()
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (strace.isEmpty() || unshare.isEmpty())
        QSKIP("strace and unshare (util-linux) are needed to watch for connection attempts");
    {
        QProcess probe;
        probe.start(unshare, {QStringLiteral("-n"), QStringLiteral("true")});
        if (!probe.waitForFinished() || probe.exitCode() != 0)
            QSKIP("unshare -n is not permitted here (it needs root or user namespaces); cannot isolate the "
                  "network");
    }
    const QString dossier = path(QStringLiteral("privacy.recoupe"));
    QVERIFY2(cli({QStringLiteral("new"), dossier}).exitCode == 0, "new");
    const QString page = QStringLiteral(RECOUPE_TEST_DATA "/cli/remote-references.html");
    QVERIFY(QFileInfo::exists(page));

    // What counts as a network attempt: connect/sendto/sendmsg naming an AF_INET or AF_INET6
    // address. AF_UNIX (glibc's nscd lookups, a local log socket) and AF_NETLINK (interface
    // queries) stay on this machine and are allowed.
    static const QRegularExpression inet(QStringLiteral("\\b(connect|sendto|sendmsg)\\(.*AF_INET6?\\b"));
    QByteArray straceErrors;
    auto traced = [&](const QString &log, const QStringList &command, int *exitCode) {
        QProcess process;
        QProcessEnvironment env = environment();
        // LeakSanitizer cannot run under ptrace (sanitizer builds); leaks are checked by the other runs.
        const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
            asan.isEmpty() ? QStringLiteral("detect_leaks=0") : asan + QStringLiteral(":detect_leaks=0"));
        process.setProcessEnvironment(env);
        process.start(unshare,
            QStringList {QStringLiteral("-n"), strace, QStringLiteral("-f"), QStringLiteral("-e"),
                QStringLiteral("trace=connect,sendto,sendmsg"), QStringLiteral("-o"), log}
                + command);
        process.waitForFinished(120000);
        *exitCode = process.exitCode();
        straceErrors = process.readAllStandardError();
        QStringList attempts;
        const QStringList lines = QString::fromUtf8(readFile(log)).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (inet.match(line).hasMatch())
                attempts.append(line);
        }
        return attempts;
    };

    // Control: the watch does see an attempt when there is one (bash's /dev/tcp connects).
    int controlExit = 0;
    const QStringList control = traced(path(QStringLiteral("control.strace")),
        {QStringLiteral("/bin/bash"), QStringLiteral("-c"), QStringLiteral("exec 3<>/dev/tcp/192.0.2.1/80")},
        &controlExit);
    if (control.isEmpty() && straceErrors.contains("ptrace"))
        QSKIP("strace cannot trace processes here (ptrace is not permitted)");
    QVERIFY2(!control.isEmpty(), straceErrors.constData());

    int exitCode = -1;
    const QString log = path(QStringLiteral("import.strace"));
    const QStringList attempts = traced(log, {cliPath(), QStringLiteral("import"), dossier, page}, &exitCode);
    QVERIFY2(exitCode == 0, straceErrors.right(2000).constData());
    QVERIFY2(attempts.isEmpty(), qPrintable(attempts.join(QLatin1Char('\n'))));

    // And the page's own words were imported.
    const CliRun sources = cli({QStringLiteral("sources"), dossier, QStringLiteral("--json")});
    QCOMPARE(sources.json().array().size(), 1);
    const QJsonObject source = sources.json().array().at(0).toObject();
    QCOMPARE(source.value(QStringLiteral("kind")).toString(), QStringLiteral("html"));
    const CliRun shown = cli({QStringLiteral("show"), dossier,
        QString::number(source.value(QStringLiteral("id")).toInteger()), QStringLiteral("--text")});
    QVERIFY(shown.outText().contains(QStringLiteral("Ce paragraphe est le texte à importer.")));
}

void TestCli::killedImportLosesNothing()
{
    // Real French prose: the seed articles' paragraphs, shuffled differently in each file so
    // that every file is a new source. Large enough that the batch takes many seconds.
    QStringList paragraphs;
    for (const QString &file : seedFiles()) {
        const QStringList lines = QString::fromUtf8(readFile(file)).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().size() >= 60)
                paragraphs.append(line.trimmed());
        }
    }
    QVERIFY(paragraphs.size() > 100);
    const QString folder = path(QStringLiteral("batch"));
    QVERIFY(QDir().mkpath(folder));
    constexpr int FileCount = 200;
    constexpr int FileChars = 100 * 1000;
    QStringList files;
    QHash<QString, QString> fileBySha;
    for (int i = 0; i < FileCount; ++i) {
        QRandomGenerator random(quint32(i + 1));
        QString text = QStringLiteral("Dossier de lecture numéro %1\n\n").arg(i);
        while (text.size() < FileChars)
            text += paragraphs.at(int(random.bounded(quint32(paragraphs.size())))) + QLatin1String("\n\n");
        const QString file
            = QDir(folder).filePath(QStringLiteral("lecture-%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        const QByteArray bytes = text.toUtf8();
        QVERIFY(writeFile(file, bytes));
        files.append(file);
        fileBySha.insert(sha256Of(bytes), file);
    }
    const QString dossier = path(QStringLiteral("killed.recoupe"));
    QCOMPARE(cli({QStringLiteral("new"), dossier}).exitCode, 0);

    QProcess import;
    import.setProcessEnvironment(environment());
    import.start(cliPath(), QStringList {QStringLiteral("import"), dossier} + files);
    QVERIFY(import.waitForStarted());
    // Watch the lines: once a few files are reported imported, kill it without warning.
    QHash<QString, qint64> reported; // path → source id, as printed before the kill
    QByteArray pending;
    constexpr int KillAfter = 5;
    while (reported.size() < KillAfter) {
        QVERIFY2(import.state() == QProcess::Running, "the import ended before it could be killed");
        import.waitForReadyRead(500);
        pending += import.readAllStandardOutput();
        int newline;
        while ((newline = int(pending.indexOf('\n'))) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline));
            pending.remove(0, newline + 1);
            static const QRegularExpression shape(QStringLiteral("^imported (\\d+) (.*)\t"));
            const QRegularExpressionMatch match = shape.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            reported.insert(match.captured(2), match.captured(1).toLongLong());
        }
    }
    import.kill(); // SIGKILL: no handler runs, no transaction is finished
    QVERIFY(import.waitForFinished());
    QCOMPARE(import.exitStatus(), QProcess::CrashExit);
    // Lines that were already written count as reported too.
    pending += import.readAllStandardOutput();
    for (const QByteArray &rest : pending.split('\n')) {
        static const QRegularExpression shape(QStringLiteral("^imported (\\d+) (.*)\t"));
        const QRegularExpressionMatch match = shape.match(QString::fromUtf8(rest));
        if (match.hasMatch())
            reported.insert(match.captured(2), match.captured(1).toLongLong());
    }

    qInfo("killed after %d files were reported imported", int(reported.size()));

    // The dossier is sound: every source whole (chunks tiling its text, bytes matching its hash).
    const CliRun check = cli({QStringLiteral("check"), dossier, QStringLiteral("--json")});
    QVERIFY2(check.exitCode == 0, check.describe().constData());

    // It opens, and every file reported imported is there, with its bytes' hash.
    const CliRun listed = cli({QStringLiteral("sources"), dossier, QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    const QJsonArray sources = listed.json().array();
    QVERIFY(sources.size() >= reported.size());
    QVERIFY2(sources.size() < FileCount, "the kill came after the last file");
    qInfo("%d sources in the dossier after the kill, of %d files", int(sources.size()), FileCount);
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &value : sources) {
        const QJsonObject source = value.toObject();
        byId.insert(source.value(QStringLiteral("id")).toInteger(), source);
        // No stray or partial source: each one is one of the files, with text.
        QVERIFY(fileBySha.contains(source.value(QStringLiteral("sha256")).toString()));
        QVERIFY(source.value(QStringLiteral("characters")).toInteger() > FileChars / 2);
    }
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        QVERIFY2(byId.contains(it.value()), qPrintable(it.key()));
        QCOMPARE(
            byId.value(it.value()).value(QStringLiteral("sha256")).toString(), sha256Of(readFile(it.key())));
    }

    // Running the same import again finishes the job: the files already in are duplicates.
    const CliRun resumed
        = cli(QStringList {QStringLiteral("import"), dossier, QStringLiteral("--json")} + files, 600000);
    QVERIFY2(resumed.exitCode == 0, resumed.describe().constData());
    int duplicates = 0;
    for (const QJsonValue &value : resumed.json().array()) {
        if (value.toObject().value(QStringLiteral("status")).toString() == QLatin1String("duplicate"))
            ++duplicates;
    }
    QCOMPARE(duplicates, int(sources.size()));
    QCOMPARE(
        cli({QStringLiteral("sources"), dossier, QStringLiteral("--json")}).json().array().size(), FileCount);
    QCOMPARE(cli({QStringLiteral("check"), dossier}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
