// SPDX-License-Identifier: GPL-3.0-or-later
// Real pages: Debian's French documentation (the Debian Administrator's Handbook, the Debian
// Reference, the Debian FAQ) imports without a failure, and the text of each page holds every
// word of its paragraphs as Python's html.parser, an independent reader, finds them.
#include "import/sourceimporter.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Recoupe;

namespace {

// Where the packages put their French pages, and the compressed text editions.
// debian-reference moved its pages from /usr/share/debian-reference (Debian 12) to
// debian-reference-common's documentation folder (Debian 13); a folder that is absent gives none.
const char *const HtmlFolders[] = {"/usr/share/doc/debian-handbook/html/fr-FR", "/usr/share/debian-reference",
    "/usr/share/doc/debian-reference-common/docs", "/usr/share/doc/debian/FAQ/fr"};
// Each text in the places the two releases put it, the first found taken.
const QStringList CompressedTexts[]
    = {{QStringLiteral("/usr/share/debian-reference/debian-reference.fr.txt.gz"),
           QStringLiteral("/usr/share/doc/debian-reference-common/docs/debian-reference.fr.txt.gz")},
        {QStringLiteral("/usr/share/doc/debian/FAQ/debian-faq.fr.txt.gz")}};

QStringList frenchPages()
{
    QStringList pages;
    for (const char *folder : HtmlFolders) {
        const QDir dir(QString::fromLatin1(folder));
        const QStringList filter
            = {dir.path().endsWith(QLatin1String("fr-FR")) ? QStringLiteral("*.html")
                                                           : QStringLiteral("*.fr.html")};
        for (const QString &name : dir.entryList(filter, QDir::Files, QDir::Name))
            pages.append(dir.filePath(name));
    }
    return pages;
}

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.insert(it.next().captured());
    return words;
}

} // namespace

class TestDebianDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void frenchDocumentationImportsWhole()
    {
        const QStringList pages = frenchPages();
        if (pages.size() < 100) {
            QSKIP("Debian's French documentation is not installed (packages debian-handbook, "
                  "debian-reference-fr, debian-faq-fr; scripts/setup installs them).");
        }
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3, the reference reader of the pages, is not installed.");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files = pages;
        for (const QStringList &places : CompressedTexts) {
            const auto found = std::find_if(
                places.begin(), places.end(), [](const QString &place) { return QFileInfo::exists(place); });
            QVERIFY2(found != places.end(),
                qPrintable(places.join(QStringLiteral(", ")) + QStringLiteral(": none found")));
            const QString compressed = *found;
            QProcess gunzip;
            gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), compressed});
            QVERIFY(gunzip.waitForFinished(60000));
            QCOMPARE(gunzip.exitCode(), 0);
            const QString text = dir.filePath(QFileInfo(compressed).completeBaseName());
            QFile out(text);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(gunzip.readAllStandardOutput());
            files.append(text);
        }

        // The reference reads the pages while they are imported.
        QProcess reference;
        reference.start(python, QStringList {QStringLiteral(RECOUPE_PARAGRAPH_WORDS)} + pages);

        auto opened = Dossier::open(dir.filePath(QStringLiteral("docs.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const std::unique_ptr<Dossier> dossier = std::move(opened).value();
        QHash<QString, qint64> ids;
        QStringList failures;
        for (const QString &file : files) {
            SourceImporter importer(dossier->database());
            const ImportOutcome outcome = importer.importFile(file);
            if (outcome.status == ImportOutcome::Status::Imported)
                ids.insert(file, outcome.sourceId);
            else if (outcome.status != ImportOutcome::Status::Duplicate)
                failures.append(outcome.message);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        QVERIFY(reference.waitForFinished(120000));
        QCOMPARE(reference.exitCode(), 0);
        const QJsonObject expected = QJsonDocument::fromJson(reference.readAllStandardOutput()).object();
        QCOMPARE(expected.size(), pages.size());
        QStringList missing;
        for (const QString &page : pages) {
            if (!ids.contains(page))
                continue; // the same bytes as another page
            const QSet<QString> words = wordsOf(dossier->sources().text(ids.value(page)));
            QStringList lost;
            for (const QJsonValue &word : expected.value(page).toArray()) {
                if (!words.contains(word.toString()))
                    lost.append(word.toString());
            }
            if (!lost.isEmpty())
                missing.append(QStringLiteral("%1: %2").arg(page, lost.mid(0, 12).join(QLatin1Char(' '))));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestDebianDocs)
#include "tst_debiandocs.moc"
