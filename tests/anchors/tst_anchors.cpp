// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchoring/pdfquads.h"
#include "anchoring/textquote.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Recoupe;

namespace {

QString seedText(const QString &name)
{
    QFile file(QStringLiteral(RECOUPE_SEEDS "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

qint64 addText(Dossier &dossier, const QString &title, const QString &text)
{
    SourceDraft draft;
    draft.source.title = title;
    draft.source.origin = title;
    draft.original = text.toUtf8();
    draft.text = text;
    const auto id = dossier.sources().insert(draft);
    return id ? *id : 0;
}

} // namespace

class TestAnchors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void quoteContextIsCapturedAroundTheRange()
    {
        const QString text
            = QStringLiteral("La commission de déontologie a rendu un avis de compatibilité assorti de "
                             "réserves, jusqu’au 23 avril 2021 inclus.");
        const qint64 start = text.indexOf(QStringLiteral("assorti"));
        const qint64 end = text.indexOf(QStringLiteral(", jusqu"));
        const Anchor anchor = TextQuote::fromRange(7, text, start, end);
        QCOMPARE(anchor.exact, QStringLiteral("assorti de réserves"));
        QCOMPARE(anchor.prefix.size(), Anchor::ContextLength);
        QVERIFY(anchor.prefix.endsWith(QStringLiteral("compatibilité ")));
        QVERIFY(anchor.suffix.startsWith(QStringLiteral(", jusqu’au 23 avril")));
        QCOMPARE(anchor.sourceId, 7);
    }

    void quotesTypedOnAKeyboardFindTypesetText()
    {
        const QString text
            = QStringLiteral("Il devra s’abstenir\n  de toute relation. Il devra s’abstenir encore.");
        const auto first = TextQuote::find(text, QStringLiteral("s'abstenir de toute"));
        QVERIFY(first);
        QCOMPARE(
            text.mid(first->first, first->second - first->first), QStringLiteral("s’abstenir\n  de toute"));
        QCOMPARE(TextQuote::count(text, QStringLiteral("s'abstenir")), 2);
        const auto second = TextQuote::find(text, QStringLiteral("s'abstenir"), 2);
        QVERIFY(second && second->first > first->first);
        QVERIFY(!TextQuote::find(text, QStringLiteral("s'abstenir"), 3));
        QVERIFY(!TextQuote::find(text, QStringLiteral("   ")));
        // Characters with a meaning in regular expressions are taken literally.
        QVERIFY(!TextQuote::find(text, QStringLiteral("relation.*encore")));
        QVERIFY(TextQuote::find(QStringLiteral("coût (HT) : 3 M€ [1]"), QStringLiteral("(HT) : 3 M€ [1]")));
    }

    void quotesMatchWordsBrokenAtALineEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("found"); // the passage of the text the quote lands on
        const QString ascii = QStringLiteral("Les premiers coun-\nters du ministère ont été relevés.");
        QTest::addRow("whole-word") << ascii << QStringLiteral("counters") << QStringLiteral("coun-\nters");
        QTest::addRow("typed-with-hyphen")
            << ascii << QStringLiteral("coun-ters") << QStringLiteral("coun-\nters");
        QTest::addRow("as-in-the-text")
            << ascii << QStringLiteral("coun-\nters") << QStringLiteral("coun-\nters");
        QTest::addRow("phrase-pasted-from-another-reader")
            << ascii << QStringLiteral("premiers counters du ministère")
            << QStringLiteral("premiers coun-\nters du ministère");
        QTest::addRow("unicode-hyphen")
            << QStringLiteral("la commis\u2010\nsion de déontologie") << QStringLiteral("commission de")
            << QStringLiteral("commis\u2010\nsion de");
        QTest::addRow("indented-next-line")
            << QStringLiteral("la commis-  \n   sion de déontologie") << QStringLiteral("la commission")
            << QStringLiteral("la commis-  \n   sion");
        QTest::addRow("compound-name-at-line-end")
            << QStringLiteral("Mme Morin-\nDesailly a voté.") << QStringLiteral("Morin-Desailly a voté")
            << QStringLiteral("Morin-\nDesailly a voté");
    }

    void quotesMatchWordsBrokenAtALineEnd()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, found);
        const auto at = TextQuote::find(text, quote);
        QVERIFY2(at, qPrintable(quote));
        QCOMPARE(text.mid(at->first, at->second - at->first), found);
        QCOMPARE(TextQuote::count(text, quote), 1);
        // The anchor keeps the text exactly as it is, hyphen and line end included.
        const Anchor anchor = TextQuote::fromRange(1, text, at->first, at->second);
        QCOMPARE(anchor.exact, found);
        // A hyphen in the middle of a line is not a line-end break: no match across it.
        QVERIFY(!TextQuote::find(QStringLiteral("les coun-ters"), QStringLiteral("counters")));
    }

    void reanchoring_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("outcome"); // kept, moved or orphan
        QTest::addColumn<QString>("expectedPrefixEnd");

        const QString base = QStringLiteral("Premier avis. La commission émet des réserves. Second avis. La "
                                            "commission émet des réserves sur le départ.");
        QTest::addRow("unchanged") << base << base << QStringLiteral("réserves") << 1
                                   << QStringLiteral("kept") << QStringLiteral("émet des ");
        QTest::addRow("text-inserted-before")
            << base << (QStringLiteral("Chapeau ajouté par la rédaction. ") + base)
            << QStringLiteral("réserves") << 2 << QStringLiteral("moved") << QStringLiteral("émet des ");
        // The second instance must stay the second one: context decides among equal quotes.
        QTest::addRow("two-equal-quotes-context-decides")
            << base
            << QString(base).replace(
                   QStringLiteral("Premier avis."), QStringLiteral("Un premier avis, plus long."))
            << QStringLiteral("La commission émet des réserves") << 2 << QStringLiteral("moved")
            << QStringLiteral("Second avis. ");
        QTest::addRow("quote-reflowed") << base
                                        << QStringLiteral("Avant-propos. ")
                + QString(base).replace(
                    QStringLiteral("émet des réserves sur"), QStringLiteral("émet des\nréserves sur"))
                                        << QStringLiteral("des réserves sur") << 1 << QStringLiteral("moved")
                                        << QStringLiteral("commission émet ");
        QTest::addRow("quote-deleted")
            << base << QString(base).replace(QStringLiteral(" sur le départ"), QString())
            << QStringLiteral("sur le départ") << 1 << QStringLiteral("orphan") << QString();
    }

    void reanchoring()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, quote);
        QFETCH(int, occurrence);
        QFETCH(QString, outcome);
        QFETCH(QString, expectedPrefixEnd);

        const auto range = TextQuote::find(before, quote, occurrence);
        QVERIFY(range);
        const Anchor anchor = TextQuote::fromRange(1, before, range->first, range->second);
        const auto found = TextQuote::reanchor(anchor, after);
        if (outcome == QLatin1String("orphan")) {
            QVERIFY(!found);
            return;
        }
        QVERIFY(found);
        QCOMPARE(
            QString(after.mid(found->start, found->end - found->start)).simplified(), quote.simplified());
        QVERIFY2(found->prefix.endsWith(expectedPrefixEnd), qPrintable(found->prefix));
        QCOMPARE(found->start == anchor.start, outcome == QLatin1String("kept"));
    }

    void pdfQuadsCoverOneBoxPerLine()
    {
        // Two lines of words on page 0, one line on page 1.
        PdfPage first;
        first.page = 0;
        first.width = 600;
        first.height = 800;
        first.textStart = 0;
        const QString text = QStringLiteral("alpha beta\ngamma delta\n\nepsilon");
        auto word = [&](const QString &w, double x, double y) {
            const qint32 start = qint32(text.indexOf(w));
            return PdfWord {start, qint32(w.size()), QRectF(x, y, 10.0 * w.size(), 12)};
        };
        first.words = {word(QStringLiteral("alpha"), 50, 100), word(QStringLiteral("beta"), 110, 100),
            word(QStringLiteral("gamma"), 50, 120), word(QStringLiteral("delta"), 110, 120)};
        first.textEnd = text.indexOf(QStringLiteral("\n\n"));
        PdfPage second = first;
        second.page = 1;
        second.textStart = text.indexOf(QStringLiteral("epsilon"));
        second.textEnd = text.size();
        second.words = {word(QStringLiteral("epsilon"), 50, 100)};
        const QVector<PdfPage> pages {first, second};

        const qint64 start = text.indexOf(QStringLiteral("beta"));
        const qint64 end = text.size();
        const QVector<PageBox> quads = PdfQuads::forRange(pages, start, end);
        QCOMPARE(quads.size(), 3);
        QCOMPARE(quads[0].page, 0);
        QCOMPARE(quads[0].rect, QRectF(110, 100, 40, 12)); // "beta" only
        QCOMPARE(quads[1].rect, QRectF(50, 120, 110, 12)); // "gamma delta", merged
        QCOMPARE(quads[2].page, 1);
        QCOMPARE(PdfQuads::pageAt(pages, start), 0);
        QCOMPARE(PdfQuads::pageAt(pages, text.indexOf(QStringLiteral("epsilon"))), 1);
        // A blank page between them: an empty range where the next page starts, which holds the
        // passages starting there.
        PdfPage blank;
        blank.page = 1;
        blank.textStart = blank.textEnd = second.textStart;
        PdfPage third = second;
        third.page = 2;
        const QVector<PdfPage> withBlank {first, blank, third};
        QCOMPARE(PdfQuads::pageAt(withBlank, text.indexOf(QStringLiteral("epsilon"))), 2);
        QCOMPARE(PdfQuads::pageAt(withBlank, text.indexOf(QStringLiteral("beta"))), 0);

        // A passage starting inside a word covers the matching share of its box.
        const QVector<PageBox> part = PdfQuads::forRange(
            pages, text.indexOf(QStringLiteral("pha")), text.indexOf(QStringLiteral(" beta")));
        QCOMPARE(part.size(), 1);
        QCOMPARE(part[0].rect, QRectF(70, 100, 30, 12));
        QCOMPARE(Anchor::unpackQuads(Anchor::packQuads(quads)), quads);
    }

    void reimportingAChangedSourceReanchorsAndReportsOrphans()
    {
        const QString article = seedText(QStringLiteral("000_1c1d8b501426745d.txt"));
        QVERIFY(!article.isEmpty());
        QTemporaryDir dir;
        auto opened = Dossier::open(dir.filePath(QStringLiteral("c.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(opened.ok());
        Dossier &dossier = **opened;
        const qint64 sourceId = addText(dossier, QStringLiteral("Article"), article);
        QVERIFY(sourceId);

        // Three highlights: one that stays, one whose paragraph moves down, one that disappears.
        const QStringList quotes {QStringLiteral("Connexion"), QStringLiteral("avis de compatibilité"),
            QStringLiteral("Mathieu Jeandron")};
        QVector<qint64> annotationIds;
        for (const QString &quote : quotes) {
            const auto anchor = dossier.anchorForQuote(sourceId, quote);
            QVERIFY2(anchor.ok(), qPrintable(anchor.error()));
            Annotation annotation;
            annotation.anchor = *anchor;
            const auto id = dossier.addAnnotation(annotation);
            QVERIFY(id.ok());
            annotationIds.append(*id);
        }
        // The repaired text: a line inserted after the first one, the name replaced everywhere.
        QString repaired = article;
        repaired.insert(
            article.indexOf(QLatin1Char('\n')) + 1, QStringLiteral("Ligne insérée lors de la réparation.\n"));
        repaired.replace(QStringLiteral("Mathieu Jeandron"), QStringLiteral("M. J."));
        SourceDraft draft;
        draft.original = repaired.toUtf8();
        draft.text = repaired;
        const auto report = dossier.replaceSourceContent(sourceId, draft);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        const auto a0 = *dossier.annotations().get(annotationIds[0]);
        const auto a1 = *dossier.annotations().get(annotationIds[1]);
        const auto a2 = *dossier.annotations().get(annotationIds[2]);
        QCOMPARE(report->kept, QVector<qint64> {a0.anchor.id});
        QCOMPARE(report->moved, QVector<qint64> {a1.anchor.id});
        QCOMPARE(report->orphaned, QVector<qint64> {a2.anchor.id});
        QCOMPARE(dossier.sources().textRange(sourceId, a1.anchor.start, a1.anchor.end),
            QStringLiteral("avis de compatibilité"));
        QVERIFY(a2.anchor.orphaned);
        QCOMPARE(a2.anchor.exact, QStringLiteral("Mathieu Jeandron")); // the quote is kept for review
        QCOMPARE(dossier.sources().text(sourceId), repaired);
        // What the page said when it was annotated stays readable: version 1, bytes and text.
        QVector<SourceVersion> versions = dossier.sources().versions(sourceId);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[0].version, 1);
        QVERIFY(!versions[0].current && versions[0].replacedAt.isValid());
        QCOMPARE(versions[0].sha256,
            QString::fromLatin1(
                QCryptographicHash::hash(article.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(versions[0].byteSize, article.toUtf8().size());
        QVERIFY(versions[1].current);
        QCOMPARE(versions[1].byteSize, repaired.toUtf8().size());
        QCOMPARE(dossier.sources().versionText(sourceId, 1), article);
        QCOMPARE(dossier.sources().versionOriginal(sourceId, 1), article.toUtf8());
        QCOMPARE(dossier.sources().versionOriginal(sourceId, 2), repaired.toUtf8());

        // Undo restores the old text and every anchor as it was, and takes the version out of the
        // history.
        dossier.undoStack()->undo();
        QCOMPARE(dossier.sources().text(sourceId), article);
        const auto restored = *dossier.annotations().get(annotationIds[2]);
        QVERIFY(!restored.anchor.orphaned);
        QCOMPARE(dossier.sources().textRange(sourceId, restored.anchor.start, restored.anchor.end),
            QStringLiteral("Mathieu Jeandron"));
        QCOMPARE(dossier.sources().versions(sourceId).size(), 1);
        QVERIFY(dossier.undoStack()->canRedo());
        dossier.undoStack()->redo();
        QVERIFY(dossier.annotations().get(annotationIds[2])->anchor.orphaned);
        versions = dossier.sources().versions(sourceId);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(dossier.sources().versionText(sourceId, 1), article);
        QCOMPARE(dossier.sources().text(sourceId), repaired);
    }

    void replacingRefusesAnotherKindOrAnotherSourcesContent()
    {
        QTemporaryDir dir;
        auto opened = Dossier::open(dir.filePath(QStringLiteral("c.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(opened.ok());
        Dossier &dossier = **opened;
        const QString first = QStringLiteral("La commission a rendu un avis.");
        const QString second = QStringLiteral("Le ministère a répondu.");
        const qint64 a = addText(dossier, QStringLiteral("Avis"), first);
        const qint64 b = addText(dossier, QStringLiteral("Réponse"), second);
        const int steps = dossier.undoStack()->count();

        auto draftOf = [](const QString &text, SourceKind kind) {
            SourceDraft draft;
            draft.source.kind = kind;
            draft.source.origin = QStringLiteral("nouvelle-version.txt");
            draft.original = text.toUtf8();
            draft.text = text;
            return draft;
        };
        // The current version again: said, nothing done.
        const auto same = dossier.replaceSourceContent(a, draftOf(first, SourceKind::Text));
        QVERIFY2(same.ok(), qPrintable(same.error()));
        QVERIFY(same->unchanged);
        // Another source's content.
        const auto other = dossier.replaceSourceContent(a, draftOf(second, SourceKind::Text));
        QVERIFY(!other.ok());
        QVERIFY2(other.error().contains(QStringLiteral("same content as source %1 “Réponse”").arg(b)),
            qPrintable(other.error()));
        // Another kind of document.
        const auto kind
            = dossier.replaceSourceContent(a, draftOf(QStringLiteral("<p>Avis</p>"), SourceKind::Html));
        QVERIFY(!kind.ok());
        QVERIFY2(kind.error().contains(
                     QStringLiteral("nouvelle-version.txt is a web page but “Avis” is a text file")),
            qPrintable(kind.error()));
        QCOMPARE(dossier.undoStack()->count(), steps);
        QCOMPARE(dossier.sources().text(a), first);
        QCOMPARE(dossier.sources().versions(a).size(), 1);
    }

    void anOrphanIsAttachedToAPassageOfTheNewVersion()
    {
        QTemporaryDir dir;
        auto opened = Dossier::open(dir.filePath(QStringLiteral("c.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(opened.ok());
        Dossier &dossier = **opened;
        const qint64 id = addText(
            dossier, QStringLiteral("Article"), QStringLiteral("Mathieu Jeandron a quitté le ministère."));
        Annotation annotation;
        annotation.anchor = *dossier.anchorForQuote(id, QStringLiteral("Mathieu Jeandron"));
        const qint64 annotationId = *dossier.addAnnotation(annotation);
        const QString newer = QStringLiteral("M. J., ancien directeur, a quitté le ministère.");
        const QString file = dir.filePath(QStringLiteral("article-v2.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(newer.toUtf8());
        out.close();
        const auto report = dossier.replaceSourceWithFile(id, file);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->orphaned.size(), 1);
        QVERIFY(dossier.annotations().get(annotationId)->anchor.orphaned);

        // The reviewer selects the passage that now says it.
        const qint64 start = newer.indexOf(QStringLiteral("M. J."));
        QVERIFY(dossier.reattachAnnotation(annotationId, start, start + 5).ok());
        Annotation after = *dossier.annotations().get(annotationId);
        QVERIFY(!after.anchor.orphaned);
        QCOMPARE(after.anchor.exact, QStringLiteral("M. J."));
        QCOMPARE(dossier.undoStack()->undoText(), QStringLiteral("Attach highlight to passage"));
        dossier.undoStack()->undo();
        after = *dossier.annotations().get(annotationId);
        QVERIFY(after.anchor.orphaned);
        QCOMPARE(after.anchor.exact, QStringLiteral("Mathieu Jeandron"));
        dossier.undoStack()->redo();
        QCOMPARE(dossier.annotations().get(annotationId)->anchor.exact, QStringLiteral("M. J."));
        QVERIFY(!dossier.reattachAnnotation(annotationId, 5, 500).ok());
    }

    void anchorsForQuoteNameTheProblem()
    {
        QTemporaryDir dir;
        auto opened = Dossier::open(dir.filePath(QStringLiteral("c.recoupe")), Dossier::OpenMode::Create);
        QVERIFY(opened.ok());
        Dossier &dossier = **opened;
        const qint64 sourceId = addText(dossier, QStringLiteral("Note"), QStringLiteral("avis, avis, avis"));
        auto missing = dossier.anchorForQuote(sourceId, QStringLiteral("réserves"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QStringLiteral("does not occur")));
        auto tooFar = dossier.anchorForQuote(sourceId, QStringLiteral("avis"), 4);
        QVERIFY(!tooFar.ok());
        QVERIFY2(tooFar.error().contains(QStringLiteral("3 time")), qPrintable(tooFar.error()));
        QVERIFY(!dossier.anchorForRange(sourceId, 5, 500).ok());
        QVERIFY(!dossier.anchorForQuote(999, QStringLiteral("avis")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAnchors)
#include "tst_anchors.moc"
