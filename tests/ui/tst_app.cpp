// SPDX-License-Identifier: GPL-3.0-or-later
// The real `recoupe` binary: --version, --self-test on a dossier of the seed articles, --open
// putting the right sources in panes, and clear failures for a missing dossier or source.
#include "seeddossier.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Recoupe;

class TestApp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dossier;
    QVector<qint64> m_ids;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments, bool withDisplay = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Hermetic: the app's settings go to the test folder, never the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        if (withDisplay) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        } else {
            for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
                env.remove(QString::fromLatin1(name));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RECOUPE_BIN_DIR "/recoupe"), arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_dossier = m_dir.filePath(QStringLiteral("seeds.recoupe"));
        QString error;
        m_ids = SeedDossier::create(m_dossier, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("recoupe " RECOUPE_VERSION_STRING));
    }

    // In a terminal with no display (ssh, a package test), --version and --help still print.
    void versionAndHelpWithoutADisplay()
    {
        const Run version = run({QStringLiteral("--version")}, false);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("recoupe " RECOUPE_VERSION_STRING));
        const Run help = run({QStringLiteral("--help")}, false);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--open")), qPrintable(help.out + help.err));
    }

    void selfTestShowsTheDossier()
    {
        const Run r = run({QStringLiteral("--self-test"), m_dossier});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("dossier=seeds.recoupe sources=5")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("visible=yes")));
    }

    void selfTestWithoutADossierOpensTheSample()
    {
        const Run r = run({QStringLiteral("--self-test")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" sources=4 ")), qPrintable(r.out));
        // Built once in the data folder, then reused.
        const Run again = run({QStringLiteral("--demo"), QStringLiteral("--self-test")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.out, r.out);
    }

    void openPutsSourcesInPanes()
    {
        const Run r = run({m_dossier, QStringLiteral("--open"), QString::number(m_ids.at(3)),
            QStringLiteral("--open"), QString::number(m_ids.at(1)), QStringLiteral("--self-test")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("panes=%1,%2 ").arg(m_ids.at(3)).arg(m_ids.at(1))),
            qPrintable(r.out));
    }

    void failuresAreClear_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing-dossier")
            << QStringList {QStringLiteral("--self-test"), QStringLiteral("/nonexistent/x.recoupe")} << 1
            << QStringLiteral("/nonexistent/x.recoupe does not exist.");
        QTest::addRow("unknown-source") << QStringList {QStringLiteral("--self-test"),
            QStringLiteral("@DOSSIER@"), QStringLiteral("--open"), QStringLiteral("999")}
                                        << 1 << QStringLiteral("There is no source 999");
        QTest::addRow("not-a-number") << QStringList {QStringLiteral("--self-test"),
            QStringLiteral("@DOSSIER@"), QStringLiteral("--open"), QStringLiteral("abc")}
                                      << 2 << QStringLiteral("--open takes a source number, not “abc”.");
        QTest::addRow("two-dossiers")
            << QStringList {QStringLiteral("a.recoupe"), QStringLiteral("b.recoupe")} << 2
            << QStringLiteral("one dossier at a time");
    }

    void failuresAreClear()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("@DOSSIER@"), m_dossier);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void notADossierIsRefused()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.recoupe"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a dossier\n");
        file.close();
        const Run r = run({QStringLiteral("--self-test"), bogus});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bogus), qPrintable(r.err));
    }
};

QTEST_MAIN(TestApp)
#include "tst_app.moc"
