// SPDX-License-Identifier: GPL-3.0-or-later
// The codebook, claims and search docks populated from the seed articles, in a main window,
// saved as PNGs under <build>/screenshots/ for people to look at. What the pictures must show is
// checked on the pixels too: the red wavy line under a misspelling, the tags' color swatches.
// Offscreen under ctest; under Xvfb for real windows:
//   xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb ./tst_docks_screenshots
#include "dialogs/claimeditor.h"
#include "docks/claimsdock.h"
#include "docks/codebookdock.h"
#include "docks/codebooksummary.h"
#include "docks/searchdock.h"
#include "models/searchresultmodel.h"
#include "models/tagtreemodel.h"
#include "spell/dossierdictionary.h"
#include "spell/spellchecker.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

#include <memory>

using namespace Recoupe;

namespace {

bool spellRequired()
{
    return qEnvironmentVariableIntValue("RECOUPE_REQUIRE_SPELL") == 1;
}

QString shotPath(const QString &name)
{
    const QString dir = QStringLiteral(RECOUPE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// Pixels in `rect` of `image` whose color is near `color`.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &color, int tolerance = 40)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) < tolerance
                && std::abs(pixel.green() - color.green()) < tolerance
                && std::abs(pixel.blue() - color.blue()) < tolerance)
                ++count;
        }
    }
    return count;
}

// Pixels in `rect` that are clearly red (antialiasing blends a thin wavy line with the paper).
int reddishPixels(const QImage &image, const QRect &rect)
{
    int count = 0;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() > 150 && pixel.red() - pixel.green() > 70 && pixel.red() - pixel.blue() > 70)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestDocksScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Dossier> m_dossier;
    QVector<qint64> m_sources;
    qint64 m_reserves = 0;
    qint64 m_dates = 0;
    qint64 m_misspelledClaim = 0;

    qint64 highlight(const QString &quote, const QVector<qint64> &tags)
    {
        for (qint64 sourceId : std::as_const(m_sources)) {
            const auto anchor = m_dossier->anchorForQuote(sourceId, quote);
            if (!anchor)
                continue;
            Annotation annotation;
            annotation.anchor = *anchor;
            annotation.tagIds = tags;
            const auto added = m_dossier->addAnnotation(annotation);
            return added ? *added : 0;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto opened
            = Dossier::open(m_dir.filePath(QStringLiteral("shots.recoupe")), Dossier::OpenMode::Create);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        m_dossier = std::move(opened).value();

        const QDir seeds(QStringLiteral(RECOUPE_SEEDS));
        const QStringList titles { QStringLiteral("Le DNE autorisé à partir chez Amazon"),
            QStringLiteral("Le DNE quitte le ministère"),
            QStringLiteral("Évaluations nationales hébergées par Amazon"),
            QStringLiteral("Entretien avec Mathieu Jeandron"), QStringLiteral("Cinov IT et les GAFAM") };
        int n = 0;
        for (const QString &name : seeds.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
            QFile file(seeds.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            SourceDraft draft;
            draft.source.title = titles.value(n++, name);
            draft.source.origin = name;
            draft.original = file.readAll();
            draft.text = QString::fromUtf8(draft.original);
            const auto id = m_dossier->sources().insert(draft);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            m_sources.append(*id);
        }
        if (m_sources.isEmpty())
            QSKIP("no seed articles in " RECOUPE_SEEDS);
        m_dossier->recordImport(m_sources);

        // A codebook as the sketch has it, with colors.
        auto tag = [this](const QString &path, const char *color) {
            const qint64 id = *m_dossier->ensureTagPath(path);
            Tag t = *m_dossier->tags().get(id);
            t.color = QColor(QLatin1String(color));
            m_dossier->updateTag(t);
            return id;
        };
        m_reserves = tag(QStringLiteral("Réserves de la commission"), "#ffb74d");
        const qint64 duration = tag(QStringLiteral("Réserves de la commission/Durée"), "#ffe082");
        const qint64 dates = m_dates = tag(QStringLiteral("Dates clés"), "#81d4fa");
        const qint64 conflict = tag(QStringLiteral("Conflit d'intérêts"), "#f48fb1");
        const qint64 pantouflage = tag(QStringLiteral("Conflit d'intérêts/Pantouflage"), "#ce93d8");
        const qint64 contracts = tag(QStringLiteral("Marchés publics"), "#a5d6a7");
        Tag described = *m_dossier->tags().get(m_reserves);
        described.description = QStringLiteral("Conditions posées par la commission de déontologie");
        m_dossier->updateTag(described);

        const qint64 h1 = highlight(QStringLiteral("commission de déontologie"), { m_reserves });
        const qint64 h2 = highlight(QStringLiteral("réserves"), { m_reserves });
        highlight(QStringLiteral("trois ans"), { duration });
        highlight(QStringLiteral("07 mai 2018"), { dates });
        highlight(QStringLiteral("18 mai 2017"), { dates });
        const qint64 h3 = highlight(QStringLiteral("recrutement par Amazon"), { conflict, pantouflage });
        highlight(QStringLiteral("hébergé à l'étranger"), { contracts });

        Entity jeandron;
        jeandron.type = QStringLiteral("Person");
        jeandron.name = QStringLiteral("Mathieu Jeandron");
        const qint64 person = *m_dossier->addEntity(jeandron);
        Entity commission;
        commission.type = QStringLiteral("PublicBody");
        commission.name = QStringLiteral("Commission de déontologie");
        const qint64 body = *m_dossier->addEntity(commission);

        Claim c1;
        c1.text = QStringLiteral(
            "La commission de déontologie a autorisé le départ du DNE chez Amazon, avec des réserves.");
        c1.status = Claim::Status::Supported;
        c1.speakerId = body;
        c1.stance = Claim::Stance::Asserts;
        c1.evidenceIds = { h1, h2 };
        m_dossier->addClaim(c1);
        Claim c2;
        c2.text = QStringLiteral("Les données des élèves ne peuvent pas être réutilisées par les GAFAM.");
        c2.status = Claim::Status::Disputed;
        c2.speakerId = person;
        c2.stance = Claim::Stance::Asserts;
        m_dossier->addClaim(c2);
        Claim c3;
        c3.text = QStringLiteral("Le recrutement par Amazon pose un problème de déontologei.");
        c3.note
            = QStringLiteral("Vérifier la date de l'avis et la durée des réserves ; appeler la commision.");
        c3.evidenceIds = { h3 };
        m_misspelledClaim = *m_dossier->addClaim(c3);
        Claim c4;
        c4.text = QStringLiteral("Les résultats des évaluations sont hébergés hors de l'Union européenne.");
        c4.status = Claim::Status::Refuted;
        c4.stance = Claim::Stance::Reports;
        m_dossier->addClaim(c4);
    }

    void cleanupTestCase() { m_dossier.reset(); }

    void docksPopulated()
    {
        QMainWindow window;
        window.setWindowTitle(QStringLiteral("Recoupe — docks"));
        auto *desk = new QLabel(QStringLiteral("(reader panes)"), &window);
        desk->setAlignment(Qt::AlignCenter);
        window.setCentralWidget(desk);
        auto *codebook = new CodebookDock(m_dossier.get(), &window);
        auto *search = new SearchDock(m_dossier.get(), &window);
        auto *claims = new ClaimsDock(m_dossier.get(), &window);
        window.addDockWidget(Qt::LeftDockWidgetArea, codebook);
        window.addDockWidget(Qt::LeftDockWidgetArea, search);
        window.addDockWidget(Qt::RightDockWidgetArea, claims);
        window.statusBar()->addWidget(new CodebookSummary(m_dossier.get(), &window));
        window.resize(1600, 1000);
        window.resizeDocks({ codebook, claims }, { 420, 560 }, Qt::Horizontal);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        codebook->view()->expandAll();
        codebook->selectTag(m_reserves);
        QSignalSpy finished(search, &SearchDock::searchFinished);
        search->search(QStringLiteral("deontologie"));
        QTRY_VERIFY(finished.count() >= 1);
        search->resultView()->setCurrentIndex(search->model()->index(0));
        claims->showClaim(m_misspelledClaim);
        QTest::qWait(200);

        const QImage whole = window.grab().toImage();
        QVERIFY(whole.save(shotPath(QStringLiteral("docks-window.png"))));
        const QImage codebookShot = codebook->grab().toImage();
        QVERIFY(codebookShot.save(shotPath(QStringLiteral("docks-codebook.png"))));
        const QImage claimsShot = claims->grab().toImage();
        QVERIFY(claimsShot.save(shotPath(QStringLiteral("docks-claims.png"))));
        QVERIFY(search->grab().toImage().save(shotPath(QStringLiteral("docks-search.png"))));

        // The tags' colors show in the tree.
        const qreal dpr = codebookShot.devicePixelRatio();
        const QRect row = codebook->view()->visualRect(codebook->model()->indexForTag(m_dates));
        const QPoint topLeft = codebook->view()->viewport()->mapTo(codebook, row.topLeft());
        const QRect rowInShot(QPointF(topLeft * dpr).toPoint(), (row.size() * dpr));
        QVERIFY2(pixelsNear(codebookShot, rowInShot, QColor(QStringLiteral("#81d4fa")), 20) > 20,
            "the tag's color swatch is drawn");

        // The misspelling in the claim's statement has its red wavy line.
        DossierDictionary words(m_dossier->database());
        if (!SpellChecker::create(m_dossier->language(), &words)) {
            if (spellRequired())
                QFAIL("no French dictionary under RECOUPE_REQUIRE_SPELL=1");
            QSKIP("no French dictionary: no underline to look for");
        }
        QPlainTextEdit *statement = claims->editor()->statementEdit();
        const int at = int(statement->toPlainText().indexOf(QStringLiteral("déontologei")));
        QVERIFY(at >= 0);
        QTextCursor from(statement->document());
        from.setPosition(at);
        QTextCursor to(statement->document());
        to.setPosition(at + 11);
        const QRect word = statement->cursorRect(from).united(statement->cursorRect(to)).adjusted(0, 0, 0, 4);
        const QPoint wordTopLeft = statement->viewport()->mapTo(claims, word.topLeft());
        const QRect wordInShot(QPointF(wordTopLeft * dpr).toPoint(), word.size() * dpr);
        QVERIFY2(reddishPixels(claimsShot, wordInShot) > 5, "déontologei is underlined in red");
        QTextCursor clean(statement->document());
        clean.setPosition(int(statement->toPlainText().indexOf(QStringLiteral("recrutement"))));
        QTextCursor cleanEnd(statement->document());
        cleanEnd.setPosition(clean.position() + 11);
        const QRect cleanWord
            = statement->cursorRect(clean).united(statement->cursorRect(cleanEnd)).adjusted(0, 0, 0, 4);
        const QRect cleanInShot(
            QPointF(statement->viewport()->mapTo(claims, cleanWord.topLeft()) * dpr).toPoint(),
            cleanWord.size() * dpr);
        QCOMPARE(reddishPixels(claimsShot, cleanInShot), 0);
    }
};

QTEST_MAIN(TestDocksScreenshots)
#include "tst_docks_screenshots.moc"
