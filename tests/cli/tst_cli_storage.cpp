// SPDX-License-Identifier: GPL-3.0-or-later
// recoupe-cli and the dossier file under the conditions of real use: several programs writing to
// one dossier at once, a dossier the system will not let it read, odd file names.
#include "clirunner.h"
#include "storage/annotationstore.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <unistd.h>

using namespace Recoupe;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
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

// A web page of a few kilobytes, different for every `name`.
QByteArray article(const QString &name)
{
    QByteArray html = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Article "
        + name.toUtf8() + "</title></head><body><article><h1>Article " + name.toUtf8() + "</h1>";
    for (int i = 0; i < 40; ++i) {
        html += "<p>Paragraphe " + QByteArray::number(i) + " de l'article " + name.toUtf8()
            + " : la commission de déontologie a examiné le départ du directeur vers le secteur privé.</p>";
    }
    return html + "</article></body></html>";
}

// Runs any program with recoupe-cli's test environment (for runuser and unshare around it).
CliRun runProgram(
    const CliRunner &runner, const QString &workDir, const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessEnvironment(runner.environment());
    process.setWorkingDirectory(workDir);
    process.start(program, args);
    CliRun run;
    if (!process.waitForStarted() || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = program.toUtf8() + " did not start or did not finish: " + process.errorString().toUtf8();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestCliStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The loss came and went from run to run: several rounds.
    void concurrentImportsLoseNothing_data()
    {
        QTest::addColumn<int>("round");
        for (int round = 1; round <= 3; ++round)
            QTest::addRow("round-%d", round) << round;
    }

    // Three imports into one dossier at once, each with its own 40 pages and 10 pages all three
    // import, while the app (a Dossier in this process) adds annotations: nothing is lost.
    void concurrentImportsLoseNothing()
    {
        QTemporaryDir dir;
        CliRunner runner(dir.path());
        const QString dossierPath = dir.filePath(QStringLiteral("commun.recoupe"));
        QVERIFY(runner.run({QStringLiteral("new"), dossierPath}).exitCode == 0);

        constexpr int Writers = 3;
        constexpr int OwnFiles = 40;
        constexpr int SharedFiles = 10;
        QStringList shared;
        for (int i = 0; i < SharedFiles; ++i) {
            const QString path = dir.filePath(QStringLiteral("commun-%1.html").arg(i));
            QVERIFY(writeFile(path, article(QStringLiteral("commun %1").arg(i))));
            shared.append(path);
        }
        QVector<QStringList> files(Writers);
        QStringList all = shared;
        for (int w = 0; w < Writers; ++w) {
            for (int i = 0; i < OwnFiles; ++i) {
                const QString path = dir.filePath(QStringLiteral("w%1-%2.html").arg(w).arg(i));
                QVERIFY(writeFile(path, article(QStringLiteral("%1-%2").arg(w).arg(i))));
                files[w].append(path);
                all.append(path);
            }
            // The shared pages at different places in each batch, so the writers meet on them.
            for (int i = 0; i < SharedFiles; ++i)
                files[w].insert((i * 4 + w * 7) % files[w].size(), shared.at(i));
        }

        // The reader at the desk: one source of its own to annotate while the scripts run.
        auto opened = Dossier::open(dossierPath);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        Dossier &dossier = **opened;
        {
            SourceDraft draft;
            draft.source.title = QStringLiteral("Notes de lecture");
            draft.source.kind = SourceKind::Text;
            draft.text = QString(QStringLiteral("Une phrase à annoter. ")).repeated(200);
            draft.original = draft.text.toUtf8();
            QVERIFY(dossier.sources().insert(draft).ok());
        }

        std::vector<std::unique_ptr<QProcess>> processes;
        for (int w = 0; w < Writers; ++w) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(runner.environment());
            process->setWorkingDirectory(dir.path());
            process->start(
                CliRunner::program(), QStringList {QStringLiteral("import"), dossierPath} + files[w]);
            QVERIFY(process->waitForStarted());
            processes.push_back(std::move(process));
        }
        int annotationsAdded = 0;
        auto running = [&] {
            return std::any_of(processes.begin(), processes.end(),
                [](const std::unique_ptr<QProcess> &p) { return p->state() != QProcess::NotRunning; });
        };
        while (running()) {
            const qint64 start = (annotationsAdded * 23) % 4000;
            auto anchor = dossier.anchorForRange(1, start, start + 10);
            QVERIFY2(anchor.ok(), qPrintable(anchor.error()));
            Annotation annotation;
            annotation.anchor = *anchor;
            annotation.note = QStringLiteral("note %1").arg(annotationsAdded);
            const auto added = dossier.addAnnotation(annotation);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            ++annotationsAdded;
            for (auto &process : processes)
                process->waitForFinished(20);
        }
        QVERIFY(annotationsAdded > 0);

        QMap<QString, QStringList> statusesByPath;
        for (int w = 0; w < Writers; ++w) {
            QProcess &process = *processes[w];
            const QByteArray out = process.readAllStandardOutput();
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                qPrintable(QStringLiteral("writer %1 exit %2: %3").arg(w).arg(process.exitCode()).arg(err)));
            const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), files[w].size());
            int imported = 0;
            int duplicates = 0;
            static const QRegularExpression line(QStringLiteral("^(imported|duplicate) (\\d+) ([^\\t]+)\\t"));
            for (const QString &text : lines) {
                const auto match = line.match(text);
                QVERIFY2(match.hasMatch(), qPrintable(text));
                statusesByPath[match.captured(3)].append(match.captured(1));
                (match.captured(1) == QLatin1String("imported") ? imported : duplicates)++;
            }
            QVERIFY2(
                err.contains(QStringLiteral("Summary: %1 imported, %2 already in the dossier, 0 refused.")
                                 .arg(imported)
                                 .arg(duplicates)),
                qPrintable(err));
            QVERIFY2(!err.contains(QStringLiteral("locked")) && !err.contains(QStringLiteral("UNIQUE")),
                qPrintable(err));
        }
        // Each page imported exactly once over all writers; the others saw it as a duplicate.
        QCOMPARE(statusesByPath.size(), all.size());
        for (const QString &path : std::as_const(all)) {
            const QStringList statuses = statusesByPath.value(path);
            QCOMPARE(statuses.count(QStringLiteral("imported")), 1);
            QCOMPARE(statuses.size(), shared.contains(path) ? Writers : 1);
        }

        // In the dossier: every page present once, and every annotation the reader made.
        Database &db = dossier.database();
        QCOMPARE(dossier.sources().count(), 1 + all.size());
        for (const QString &path : std::as_const(all)) {
            Statement stmt = db.prepare("SELECT count(*) FROM sources WHERE sha256 = ?1 AND removed = 0");
            stmt.bind(1, sha256Of(readFile(path)));
            QVERIFY(stmt.next());
            QCOMPARE(stmt.int64(0), 1);
        }
        QCOMPARE(dossier.annotations().forSource(1).size(), annotationsAdded);
        QCOMPARE(runner.run({QStringLiteral("check"), dossierPath}).exitCode, 0);
    }

    void fileNamesWithLineBreaksStayOnOneLineAndOriginsAreAbsolute()
    {
        QTemporaryDir dir;
        CliRunner runner(dir.path());
        const QString dossierPath = dir.filePath(QStringLiteral("d.recoupe"));
        QVERIFY(runner.run({QStringLiteral("new"), dossierPath}).exitCode == 0);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("articles")));
        const QString oddName = QStringLiteral("articles/avis\nfinal.txt");
        QVERIFY(writeFile(dir.filePath(oddName), "Avis final de la commission de déontologie.\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("articles/plain.txt")), "Un autre article.\n"));

        // Relative paths, as typed in a shell inside the work folder.
        const CliRun run = runner.run(
            {QStringLiteral("import"), dossierPath, oddName, QStringLiteral("articles/plain.txt")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("imported 1 \"articles/avis\\nfinal.txt\"\t")),
            qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("imported 2 articles/plain.txt\t")),
            qPrintable(lines.at(1)));

        const CliRun sources = runner.run({QStringLiteral("sources"), dossierPath, QStringLiteral("--json")});
        QVERIFY2(sources.exitCode == 0, sources.describe().constData());
        const QJsonArray array = sources.json().array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("origin")).toString(), dir.filePath(oddName));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("origin")).toString(),
            dir.filePath(QStringLiteral("articles/plain.txt")));

        // Refused files too: the message naming it is one line.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("vide\n.txt")), QByteArray()));
        const CliRun refused
            = runner.run({QStringLiteral("import"), dossierPath, QStringLiteral("vide\n.txt")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(QStringLiteral("\"vide\\n.txt\" is empty")),
            refused.describe().constData());
    }

    // What the system said, not a guess about the file.
    void openFailuresSayWhatHappened_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addRow("sources") << QStringLiteral("sources");
        QTest::addRow("check") << QStringLiteral("check");
        QTest::addRow("import") << QStringLiteral("import");
    }

    void openFailuresSayWhatHappened()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        CliRunner runner(dir.path());
        const QString dossierPath = dir.filePath(QStringLiteral("d.recoupe"));
        QVERIFY(runner.run({QStringLiteral("new"), dossierPath}).exitCode == 0);
        const QString articlePath = dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(articlePath, "Un article.\n"));
        QVERIFY(runner.run({QStringLiteral("import"), dossierPath, articlePath}).exitCode == 0);
        QStringList tail = {dossierPath};
        if (command == QLatin1String("import"))
            tail.append(articlePath);

        // Permission: root reads any file, so run as nobody (or as ourselves when not root).
        {
            QFile::setPermissions(dir.path(),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                    | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                    | QFileDevice::ExeGroup);
            QFile::setPermissions(
                articlePath, QFileDevice::ReadOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup);
            QVERIFY(QFile::setPermissions(dossierPath, QFileDevice::Permissions()));
            CliRun run;
            if (geteuid() == 0) {
                if (QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
                    QSKIP("runuser is needed to read a file without root's rights");
                // A copy nobody can run: the checkout may sit in a folder only root can enter
                // (`mktemp -d` makes it 0700). The tool links Recoupe's libraries statically.
                const QString cli = dir.filePath(QStringLiteral("recoupe-cli"));
                if (!QFile::exists(cli)) {
                    QVERIFY(QFile::copy(CliRunner::program(), cli));
                    QVERIFY(QFile::setPermissions(cli,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                            | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                            | QFileDevice::ExeGroup));
                }
                run = runProgram(runner, dir.path(), QStringLiteral("runuser"),
                    QStringList {
                        QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), cli, command}
                        + tail);
            } else {
                run = runner.run(QStringList {command} + tail);
            }
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.errText().contains(QStringLiteral("Permission denied"), Qt::CaseInsensitive),
                run.describe().constData());
            QVERIFY2(run.errText().contains(dossierPath), run.describe().constData());
            QVERIFY2(
                !run.errText().contains(QStringLiteral("not a Recoupe dossier")), run.describe().constData());
            QVERIFY(QFile::setPermissions(dossierPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }

        // A full disk: the dossier on a tmpfs with no room left, in a mount namespace of its own.
        {
            if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
                QSKIP("a full file system needs root and unshare (mount namespace + tmpfs)");
            if (QProcess::execute(
                    QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("true")})
                != 0)
                QSKIP(
                    "No private mount namespace here (inside a chroot whose root is not a mount point, "
                    "unshare cannot make it private); .ci/run binds the Debian 13 root on itself for this.");
            const QString mountPoint = dir.filePath(QStringLiteral("full"));
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("full")));
            const QString script = QStringLiteral(
                "mount -t tmpfs -o size=512k tmpfs \"$1\" || exit 77; cp \"$2\" \"$1/d.recoupe\" || exit 78; "
                "dd if=/dev/zero of=\"$1/fill\" bs=4k 2>/dev/null; shift 2; exec \"$@\"");
            QStringList args = {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                QStringLiteral("sh"), mountPoint, dossierPath, CliRunner::program(), command,
                mountPoint + QStringLiteral("/d.recoupe")};
            if (command == QLatin1String("import"))
                args.append(articlePath);
            const CliRun run = runProgram(runner, dir.path(), QStringLiteral("unshare"), args);
            if (run.exitCode == 77)
                QSKIP("tmpfs cannot be mounted here");
            QCOMPARE(run.exitCode, 1);
            const QString err = run.errText();
            QVERIFY2(err.contains(QStringLiteral("No space left on device"), Qt::CaseInsensitive)
                    || err.contains(QStringLiteral("database or disk is full")),
                run.describe().constData());
            QVERIFY2(!err.contains(QStringLiteral("not a Recoupe dossier")), run.describe().constData());
        }
    }

    void plantedTriggerIsRefusedListedByCheckAndCleaned()
    {
        QTemporaryDir dir;
        CliRunner runner(dir.path());
        const QString dossierPath = dir.filePath(QStringLiteral("recu.recoupe"));
        QVERIFY(runner.run({QStringLiteral("new"), dossierPath}).exitCode == 0);
        const QString articlePath = dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(articlePath, "La commission de déontologie a rendu un avis.\n"));
        QVERIFY(runner.run({QStringLiteral("import"), dossierPath, articlePath}).exitCode == 0);
        {
            auto db = Database::open(dossierPath, Database::Mode::OpenExisting);
            QVERIFY(db.ok());
            QVERIFY(
                (*db)
                    ->exec("CREATE TRIGGER wipe AFTER INSERT ON annotations BEGIN DELETE FROM sources; END")
                    .ok());
        }
        const QByteArray before = readFile(dossierPath);

        const CliRun annotate
            = runner.run({QStringLiteral("annotate"), dossierPath, QStringLiteral("--source"),
                QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("commission")});
        QCOMPARE(annotate.exitCode, 1);
        QVERIFY2(annotate.errText().contains(QStringLiteral("trigger “wipe” on annotations")),
            annotate.describe().constData());
        QVERIFY2(annotate.errText().contains(QStringLiteral("clean")), annotate.describe().constData());
        QCOMPARE(readFile(dossierPath), before);

        const CliRun check = runner.run({QStringLiteral("check"), dossierPath});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.outText().contains(QStringLiteral("problem [schema]"))
                && check.outText().contains(QStringLiteral("trigger “wipe” on annotations")),
            check.describe().constData());
        QCOMPARE(readFile(dossierPath), before);

        const QString copy = dir.filePath(QStringLiteral("propre.recoupe"));
        const CliRun clean = runner.run({QStringLiteral("clean"), dossierPath, QStringLiteral("-o"), copy});
        QVERIFY2(clean.exitCode == 0, clean.describe().constData());
        QVERIFY2(clean.outText().contains(QStringLiteral("left out: trigger “wipe” on annotations")),
            clean.describe().constData());
        QCOMPARE(readFile(dossierPath), before);
        const CliRun again = runner.run({QStringLiteral("annotate"), copy, QStringLiteral("--source"),
            QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("commission")});
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        const CliRun sources = runner.run({QStringLiteral("sources"), copy, QStringLiteral("--json")});
        QCOMPARE(sources.json().array().size(), 1);
        QCOMPARE(runner.run({QStringLiteral("check"), copy}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
