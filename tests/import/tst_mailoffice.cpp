// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitysuggester.h"
#include "import/sourceimporter.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QTimeZone>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Recoupe;

namespace {

const QString MailScript = QStringLiteral(RECOUPE_TEST_DATA "/import/mail/makemail.py");

const char *const OfficeMarkdown = R"md(---
title: Rapport sur la déontologie
author: Claire Vasseur
date: 2024-03-15
---

# Introduction

La commission a examiné le départ du directeur.[^1]

## Constats

- premier constat sur les cadeaux
- second constat sur les voyages

| Nom    | Fonction  |
|--------|-----------|
| Martin | Directeur |

[^1]: Séance du 12 mars.
)md";

} // namespace

class TestMailOffice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
        // The PDF attachment: a real one, with a word only it contains.
        m_pdf = m_files.filePath(QStringLiteral("annexe.pdf"));
        {
            QPdfWriter writer(m_pdf);
            QPainter painter(&writer);
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
            painter.drawText(QPointF(200, 400), QStringLiteral("Annexe : indemnités de Ribeaupierre"));
        }
        QProcess python;
        python.start(QStringLiteral("python3"), {MailScript, m_files.path(), m_pdf, QStringLiteral("10000")});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

        const QString pandoc = QStandardPaths::findExecutable(QStringLiteral("pandoc"));
        QVERIFY2(!pandoc.isEmpty(), "pandoc is needed to write the office documents (scripts/setup)");
        QFile md(m_files.filePath(QStringLiteral("rapport.md")));
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write(OfficeMarkdown);
        md.close();
        for (const char *format : {"docx", "odt"}) {
            const QString target = m_files.filePath(QStringLiteral("rapport.") + QLatin1String(format));
            QCOMPARE(QProcess::execute(pandoc, {md.fileName(), QStringLiteral("-o"), target}), 0);
        }
    }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        auto opened
            = Dossier::open(m_dir->filePath(QStringLiteral("case.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_dossier = std::move(*opened);
    }

    void aMessageIsASourceWithItsHeadersAndItsAttachment()
    {
        const ImportOutcome outcome = import(file("reunion.eml"));
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        SourceStore &sources = m_dossier->sources();
        const auto message = sources.get(outcome.sourceId);
        QVERIFY(message);
        QCOMPARE(message->kind, SourceKind::Email);
        QCOMPARE(message->title, QStringLiteral("Réunion de la commission de déontologie"));
        QCOMPARE(message->author, QStringLiteral("Élodie Marchand <elodie.marchand@example.org>"));
        QCOMPARE(message->published, QStringLiteral("2024-03-12"));
        // The text/plain alternative, quoted-printable undone.
        const QString text = sources.text(outcome.sourceId);
        QVERIFY2(text.contains(
                     QStringLiteral("La commission a rendu un avis réservé sur le départ du directeur.")),
            qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("<b>")));

        const MailHeaders mail = sources.mailHeaders(outcome.sourceId);
        QCOMPARE(mail.messageId, QStringLiteral("reunion-1@example.org"));
        QCOMPARE(mail.from, QStringList {QStringLiteral("Élodie Marchand <elodie.marchand@example.org>")});
        QCOMPARE(mail.to, QStringList {QStringLiteral("Jean Dupont <jean.dupont@example.fr>")});
        QCOMPARE(mail.cc, QStringList {QStringLiteral("Zoé Lefèvre <zoe.lefevre@example.net>")});
        QCOMPARE(mail.sent.toUTC(), QDateTime(QDate(2024, 3, 12), QTime(8, 30), QTimeZone::utc()));

        // The PDF is its own source, named by its RFC 2231 file name, linked to the message.
        const QVector<Source> attachments = sources.attachments(outcome.sourceId);
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.at(0).kind, SourceKind::Pdf);
        QCOMPARE(attachments.at(0).title, QStringLiteral("Procès-verbal séance été.pdf"));
        QCOMPARE(attachments.at(0).parentId, outcome.sourceId);
        QCOMPARE(sources.original(attachments.at(0).id), readFile(m_pdf));
        // Recorded with the message, so the library lists it and undo takes it away.
        QCOMPARE(outcome.moreSourceIds, QVector<qint64> {attachments.at(0).id});
        // Searching a word of the attachment finds the attachment.
        QCOMPARE(search(QStringLiteral("Ribeaupierre")), QVector<qint64> {attachments.at(0).id});
        // Removing the message removes its attachment from the library and from search.
        QVERIFY(sources.setRemoved(outcome.sourceId, true).ok());
        QCOMPARE(sources.count(), 0);
    }

    void aReplyJoinsTheThreadOfItsMessage()
    {
        const ImportOutcome reply = import(file("reponse.eml"));
        QVERIFY2(reply.succeeded(), qPrintable(reply.message));
        const ImportOutcome first = import(file("reunion.eml"));
        QVERIFY2(first.succeeded(), qPrintable(first.message));
        const QVector<Source> thread = m_dossier->sources().thread(reply.sourceId);
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.at(0).id, first.sourceId); // by date sent, not by import order
        QCOMPARE(thread.at(1).id, reply.sourceId);
        QCOMPARE(m_dossier->sources().mailHeaders(reply.sourceId).inReplyTo,
            QStringLiteral("reunion-1@example.org"));
        // Base64 body decoded.
        QVERIFY(m_dossier->sources()
                    .text(reply.sourceId)
                    .contains(QStringLiteral("je transmets l'avis au cabinet")));
    }

    void aMailboxIsOneSourcePerMessage()
    {
        const ImportOutcome outcome = import(file("boite.mbox"));
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QCOMPARE(outcome.moreSourceIds.size(), 3); // two more messages and the attachment
        SourceStore &sources = m_dossier->sources();
        // Three messages and the PDF attached to the first.
        QCOMPARE(sources.count(), 4);
        QCOMPARE(
            sources.get(outcome.moreSourceIds.at(1))->title, QStringLiteral("Note 1 sur les cadeaux reçus"));
        QCOMPARE(sources.thread(outcome.sourceId).size(), 2);
        QCOMPARE(sources.thread(outcome.moreSourceIds.at(1)).size(), 1);
        QCOMPARE(sources.get(outcome.moreSourceIds.at(2))->parentId, outcome.sourceId);
        QCOMPARE(sources.attachments(outcome.sourceId).size(), 1);
    }

    void aLargeMailboxImportsWithProgress()
    {
        QVector<double> progress;
        ImportOptions options;
        options.progress = [&](double f) {
            progress.append(f);
        };
        const ImportOutcome outcome = import(file("grande.mbox"), options);
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QCOMPARE(m_dossier->sources().count(), 10000);
        QVERIFY(progress.size() > 100);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(progress.last(), 1.0);
    }

    void sendersAndRecipientsAreSuggestedAsPeople()
    {
        const ImportOutcome outcome = import(file("reunion.eml"));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        auto suggestions = EntitySuggester::suggest(m_dossier->database());
        QVERIFY2(suggestions.ok(), qPrintable(suggestions.error()));
        const EntitySuggestion *zoe = nullptr;
        for (const EntitySuggestion &s : *suggestions) {
            if (s.name == QStringLiteral("Zoé Lefèvre"))
                zoe = &s;
        }
        QVERIFY(zoe);
        QCOMPARE(zoe->type, QStringLiteral("Person"));
        QCOMPARE(zoe->emails, QStringList {QStringLiteral("zoe.lefevre@example.net")});
        QVERIFY(zoe->sourceIds.contains(outcome.sourceId));
    }

    void officeDocumentsKeepTheirStructure_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("docx") << QStringLiteral("rapport.docx");
        QTest::addRow("odt") << QStringLiteral("rapport.odt");
    }

    void officeDocumentsKeepTheirStructure()
    {
        QFETCH(QString, name);
        const ImportOutcome outcome = import(m_files.filePath(name));
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        const auto source = m_dossier->sources().get(outcome.sourceId);
        QCOMPARE(source->kind, SourceKind::Office);
        QCOMPARE(source->title, QStringLiteral("Rapport sur la déontologie"));
        QCOMPARE(source->author, QStringLiteral("Claire Vasseur"));
        const QString text = m_dossier->sources().text(outcome.sourceId);
        // Reading order: headings, the paragraph with its note mark, the list, the table, the note.
        const QStringList expected {QStringLiteral("Introduction"),
            QStringLiteral("La commission a examiné le départ du directeur.[1]"), QStringLiteral("Constats"),
            QStringLiteral("• premier constat sur les cadeaux"),
            QStringLiteral("• second constat sur les voyages"), QStringLiteral("Nom\tFonction"),
            QStringLiteral("Martin\tDirecteur"), QStringLiteral("[1] Séance du 12 mars.")};
        qsizetype at = 0;
        for (const QString &part : expected) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= at,
                qPrintable(QStringLiteral("“%1” missing or out of order in:\n%2").arg(part, text)));
            at = found + part.size();
        }
        QCOMPARE(search(QStringLiteral("voyages")), QVector<qint64> {outcome.sourceId});
    }

    void badInputIsRefusedAndLeavesTheDossierAsItWas_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("broken-mime") << QStringLiteral("casse.eml")
                                     << QStringLiteral("MIME structure is broken");
        QTest::addRow("corrupt-zip") << QStringLiteral("tronque.docx")
                                     << QStringLiteral("ZIP package is damaged");
        QTest::addRow("zip-bomb") << QStringLiteral("bombe.docx") << QStringLiteral("ZIP bomb");
        QTest::addRow("encrypted-docx") << QStringLiteral("protege.docx") << QStringLiteral("password");
        QTest::addRow("encrypted-odt") << QStringLiteral("protege.odt") << QStringLiteral("password");
    }

    void badInputIsRefusedAndLeavesTheDossierAsItWas()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        makeBadFiles();
        QVERIFY(import(file("reponse.eml")).succeeded());
        Database &db = m_dossier->database();
        const qint64 before = db.scalar("SELECT count(*) FROM sources")
            + db.scalar("SELECT count(*) FROM text_chunks")
            + db.scalar("SELECT count(*) FROM source_messages");
        const ImportOutcome outcome = import(m_files.filePath(name));
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(expected), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(name), qPrintable(outcome.message));
        QCOMPARE(db.scalar("SELECT count(*) FROM sources") + db.scalar("SELECT count(*) FROM text_chunks")
                + db.scalar("SELECT count(*) FROM source_messages"),
            before);
    }

private:
    QString file(const char *name) const { return m_files.filePath(QLatin1String(name)); }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    void makeBadFiles()
    {
        const QByteArray docx = readFile(file("rapport.docx"));
        writeFile(file("tronque.docx"), docx.left(docx.size() / 2));
        // The signature of an OLE compound file: what Word writes for a password-protected document.
        writeFile(file("protege.docx"), QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(4096, '\0'));
        QProcess python;
        python.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
                QStringLiteral(
                    "import sys, zipfile\n"
                    "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                    "    z.writestr('word/document.xml', b'<' + b' ' * (200 << 20))\n"
                    "with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                    "    z.writestr('mimetype', 'application/vnd.oasis.opendocument.text')\n"
                    "    z.writestr('content.xml', b'\\x8f\\x12\\xa9' * 100)\n"
                    "    z.writestr('META-INF/manifest.xml', '<manifest:manifest "
                    "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data "
                    "manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>')\n"),
                file("bombe.docx"), file("protege.odt")});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }

    ImportOutcome import(const QString &path, const ImportOptions &options = ImportOptions())
    {
        SourceImporter importer(m_dossier->database());
        return importer.importFile(path, options);
    }

    QVector<qint64> search(const QString &query)
    {
        Statement stmt = m_dossier->database().prepare(
            "SELECT DISTINCT c.source_id FROM text_index JOIN text_chunks c ON c.id = text_index.rowid "
            "JOIN sources s ON s.id = c.source_id WHERE text_index MATCH ?1 AND s.removed = 0 ORDER BY "
            "c.source_id");
        stmt.bind(1, query);
        QVector<qint64> ids;
        while (stmt.next())
            ids.append(stmt.int64(0));
        return ids;
    }

    QTemporaryDir m_files;
    QString m_pdf;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dossier> m_dossier;
};

QTEST_MAIN(TestMailOffice)
#include "tst_mailoffice.moc"
