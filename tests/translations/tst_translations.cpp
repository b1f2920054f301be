// SPDX-License-Identifier: GPL-3.0-or-later
// The French translation as a French-speaking user meets it: every string the sources pass to
// tr() is in translations/recoupe_fr.ts and translated, no translation loses a %1/%n placeholder
// or a keyboard accelerator, and the real binaries speak French under LANG=fr_FR.UTF-8.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <utility>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete", or empty when done
    QStringList forms; // one translation, or one per plural form
};

// Reads a Qt Linguist .ts file; an empty list with *error set when it cannot be read.
QVector<Message> readTs(const QString &path, QString *error)
{
    QVector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isEndElement() && name == QLatin1String("message")) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
        return {};
    }
    return messages;
}

QString key(const QString &context, const QString &source, const QString &comment = QString())
{
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

// %1…%99 (also %L1) and %n, as QString::arg and tr() replace them; QProgressBar's %v and %m.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?[0-9]{1,2}|n|[vm](?![A-Za-z]))"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(1));
    found.sort();
    found.removeDuplicates();
    return found;
}

// How many keyboard accelerators a widget text carries: '&' before a character, "&&" being a
// literal ampersand.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&\\S"));
    return int(text.count(pattern));
}

QProcessEnvironment environment(const QString &lang, const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // LANG alone decides, as on a French desktop; the test runner sets LC_ALL=C.UTF-8.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    // For QVERIFY2: what the program said.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000).toUtf8()
            + "\nstderr: " + err.left(2000).toUtf8();
    }
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = program + QStringLiteral(" did not run: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QVector<Message> m_messages;
    QHash<QString, QString> m_french; // key(context, source) → the (first) French form
    QTemporaryDir m_dir;

    // The French text of a message, which the test expects to see printed.
    QString french(const char *context, const char *source) const
    {
        return m_french.value(key(QString::fromUtf8(context), QString::fromUtf8(source)));
    }

    QString home() const { return m_dir.filePath(QStringLiteral("home")); }

    // The messages lupdate finds in the sources now, for `language`, into a new .ts file.
    QVector<Message> freshMessages(const QString &language, const QStringList &options, QString *error)
    {
        const QString fresh = m_dir.filePath(QStringLiteral("fresh_%1.ts").arg(language));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(RECOUPE_SOURCE_DIR));
        lupdate.start(QStringLiteral(RECOUPE_LUPDATE),
            QStringList {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                QStringLiteral("-ts"), fresh, QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("-target-language"), language}
                + options);
        if (!lupdate.waitForFinished(120000)) {
            *error = lupdate.errorString();
            return {};
        }
        if (lupdate.exitCode() != 0) {
            *error = QString::fromUtf8(lupdate.readAllStandardError());
            return {};
        }
        return readTs(fresh, error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(home()));
        QString error;
        m_messages = readTs(QStringLiteral(RECOUPE_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_messages.size() > 1000,
            qPrintable(QStringLiteral("recoupe_fr.ts holds only %1 messages").arg(m_messages.size())));
        for (const Message &m : std::as_const(m_messages))
            m_french.insert(key(m.context, m.source), m.forms.value(0));
    }

    // A tr() string added to the sources without running update_translations would show in
    // English to a French user: run lupdate on the sources afresh and compare.
    void everySourceStringIsInTheTsFile()
    {
        QString error;
        const QVector<Message> found = freshMessages(QStringLiteral("fr_FR"), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!found.isEmpty());

        QSet<QString> known;
        for (const Message &m : std::as_const(m_messages))
            known.insert(key(m.context, m.source, m.comment));
        QStringList missing;
        for (const Message &m : found) {
            if (!known.contains(key(m.context, m.source, m.comment)))
                missing.append(m.context + QStringLiteral(": ") + m.source);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("%1 strings of the sources are not in recoupe_fr.ts; run `cmake --build "
                               "BUILD --target update_translations` and translate them:\n")
                    .arg(missing.size())
                + missing.join(QLatin1Char('\n'))));
    }

    void messages_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_messages.size(); ++i) {
            const Message &m = m_messages.at(i);
            const QString shown = m.source.left(60).replace(QLatin1Char('\n'), QLatin1Char(' '));
            QTest::addRow("%d %s: %s", i, qPrintable(m.context), qPrintable(shown)) << i;
        }
    }

    // Each message: translated, with the English placeholders and accelerator, in French typography.
    void messages()
    {
        QFETCH(int, index);
        const Message &m = m_messages.at(index);
        QVERIFY2(m.type.isEmpty(),
            qPrintable(QStringLiteral("the translation is %1: translate it, or run update_translations "
                                      "to drop what the sources no longer have")
                           .arg(m.type)));
        QCOMPARE(m.forms.size(), m.numerus ? 2 : 1); // French has two plural forms
        const QStringList expected = placeholders(m.source);
        const int acceleratorCount = accelerators(m.source);
        for (const QString &form : m.forms) {
            QVERIFY2(!form.trimmed().isEmpty() || m.source.trimmed().isEmpty(), "empty translation");
            QCOMPARE(placeholders(form), expected);
            QVERIFY2(accelerators(form) == acceleratorCount,
                qPrintable(QStringLiteral("“%1” has %2 keyboard accelerators (&), the English %3")
                               .arg(form)
                               .arg(accelerators(form))
                               .arg(acceleratorCount)));
            QVERIFY2(!form.contains(QLatin1Char('\'')),
                qPrintable(QStringLiteral("straight apostrophe in “%1”: write ’").arg(form)));
        }
    }

    void cliSpeaksFrench_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("onStderr");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("tool help") << QStringList {QStringLiteral("--help")} << 0 << false
                                   << QStringList {french("CliTool", "Commands:"),
                                          french("CliTool", "Print the version and exit."),
                                          french("NewCommand", "Create an empty dossier file.")};
        QTest::addRow("command help")
            << QStringList {QStringLiteral("new"), QStringLiteral("--help")} << 0 << false
            << QStringList {french("CliCommand", "Options:"),
                   french("CliCommand", "Show this help and exit."),
                   french("NewCommand", "The dossier file to create.")};
        QTest::addRow("unknown command")
            << QStringList {QStringLiteral("recouper")} << 2 << true
            << QStringList {french("CliTool", "There is no command “%1”.").arg(QStringLiteral("recouper"))};
        const QString missing = m_dir.filePath(QStringLiteral("absent.recoupe"));
        QTest::addRow("missing dossier")
            << QStringList {QStringLiteral("sources"), missing} << 1 << true
            << QStringList {french("CheckCommand", "%1 does not exist; create a dossier with “%2 new %1”.")
                                .arg(missing, QStringLiteral("recoupe-cli"))};
    }

    // recoupe-cli under a French desktop's LANG prints French, and the same call under C prints
    // the English it was written in (so the French is not there by accident).
    void cliSpeaksFrench()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(bool, onStderr);
        QFETCH(QStringList, expected);
        const QString program = QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli");
        for (const QString &text : expected)
            QVERIFY2(!text.isEmpty(), "an expected message is missing from recoupe_fr.ts");

        const Run fr = run(program, arguments, environment(QStringLiteral("fr_FR.UTF-8"), home()));
        QVERIFY2(fr.exitCode == exitCode, fr.describe().constData());
        const QString &frText = onStderr ? fr.err : fr.out;
        for (const QString &text : expected)
            QVERIFY2(frText.contains(text),
                qPrintable(text + QLatin1Char('\n') + QString::fromUtf8(fr.describe())));

        const Run c = run(program, arguments, environment(QStringLiteral("C.UTF-8"), home()));
        QVERIFY2(c.exitCode == exitCode, c.describe().constData());
        const QString &cText = onStderr ? c.err : c.out;
        for (const QString &text : expected)
            QVERIFY2(!cText.contains(text),
                qPrintable(text + QLatin1Char('\n') + QString::fromUtf8(c.describe())));
    }

    // English is written in the sources but for its plural forms, which recoupe_en.ts gives:
    // every %n message of the sources is there, with a singular and a plural.
    void everyEnglishPluralHasItsForms()
    {
        QString error;
        const QVector<Message> plurals
            = freshMessages(QStringLiteral("en"), {QStringLiteral("-pluralonly")}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(plurals.size() > 40);
        const QVector<Message> english = readTs(QStringLiteral(RECOUPE_EN_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, Message> byKey;
        for (const Message &m : english)
            byKey.insert(key(m.context, m.source, m.comment), m);
        QStringList problems;
        for (const Message &m : plurals) {
            const auto it = byKey.constFind(key(m.context, m.source, m.comment));
            if (it == byKey.cend()) {
                problems.append(QStringLiteral("missing: ") + m.context + QStringLiteral(": ") + m.source);
                continue;
            }
            if (!it->type.isEmpty() || it->forms.size() != 2 || it->forms.at(0).trimmed().isEmpty()
                || it->forms.at(1).trimmed().isEmpty())
                problems.append(QStringLiteral("not translated: ") + m.source);
            else if (it->forms.at(0).contains(QLatin1String("(s)"))
                || it->forms.at(1).contains(QLatin1String("(s)")))
                problems.append(QStringLiteral("“(s)” left in: ") + m.source);
            else if (placeholders(it->forms.at(1)) != placeholders(m.source))
                problems.append(QStringLiteral("placeholders differ: ") + it->forms.at(1));
        }
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("translations/recoupe_en.ts (see translations/CMakeLists.txt):\n")
                + problems.join(QLatin1Char('\n'))));
    }

    // The CLI counts in English: one time, two times; in a language Recoupe does not speak too.
    void cliCountsInEnglish()
    {
        const QString program = QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli");
        const QString dossier = m_dir.filePath(QStringLiteral("counts.recoupe"));
        const QString text = m_dir.filePath(QStringLiteral("note.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "La commission a rendu son avis. La commission a émis des réserves. Le ministre s’est tu.\n");
        file.close();
        const QProcessEnvironment c = environment(QStringLiteral("C.UTF-8"), home());
        QVERIFY(run(program, {QStringLiteral("new"), dossier}, c).exitCode == 0);
        QVERIFY(run(program, {QStringLiteral("import"), dossier, text}, c).exitCode == 0);
        const auto occurrence = [&](const QString &lang, const QString &quote) {
            return run(program,
                {QStringLiteral("annotate"), dossier, QStringLiteral("--source"), QStringLiteral("1"),
                    QStringLiteral("--quote"), quote, QStringLiteral("--occurrence"), QStringLiteral("9")},
                environment(lang, home()));
        };
        for (const char *lang : {"C.UTF-8", "en_GB.UTF-8", "de_DE.UTF-8"}) {
            const Run once = occurrence(QString::fromLatin1(lang), QStringLiteral("ministre"));
            QVERIFY2(once.exitCode != 0 && once.err.contains(QLatin1String("occurs 1 time in")),
                once.describe().constData());
            const Run twice = occurrence(QString::fromLatin1(lang), QStringLiteral("commission"));
            QVERIFY2(twice.exitCode != 0 && twice.err.contains(QLatin1String("occurs 2 times in")),
                twice.describe().constData());
        }
    }

    // The GUI binary's --help: our strings, and Qt's own (QCommandLineParser's), in French.
    void appHelpSpeaksFrench()
    {
        const Run fr = run(QStringLiteral(RECOUPE_BIN_DIR "/recoupe"), {QStringLiteral("--help")},
            environment(QStringLiteral("fr_FR.UTF-8"), home()));
        QVERIFY2(fr.exitCode == 0, fr.describe().constData());
        const QString description = french("main", "Reading desk for investigations.");
        QVERIFY(!description.isEmpty());
        QVERIFY2(fr.out.contains(description), fr.describe().constData());
        QVERIFY2(fr.out.contains(french("main", "Open the sample dossier.")), fr.describe().constData());
        // The help option's own line too: no English left in the French help.
        QVERIFY2(fr.out.contains(french("main", "Show this help and exit.")), fr.describe().constData());
        QVERIFY2(!fr.out.contains(QLatin1String("Displays")), fr.describe().constData());

        // Qt's "Usage: %1" comes from qtbase_fr.qm (Debian package qt6-translations-l10n).
        QTranslator qt;
        QVERIFY2(qt.load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
            "qtbase_fr.qm is missing: install qt6-translations-l10n");
        const QString usage = qt.translate("QCommandLineParser", "Usage: %1");
        QVERIFY(!usage.isEmpty() && !usage.startsWith(QLatin1String("Usage:")));
        QVERIFY2(fr.out.startsWith(usage.arg(QString())), fr.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
