// SPDX-License-Identifier: GPL-3.0-or-later
// Real windows under Xvfb (see CMakeLists.txt), saved as PNGs in the build folder's screenshots/
// for a person to look at: the desk with two seed articles side by side and highlights, a PDF
// page with highlights, the relationship graph, the timeline and the Entities dock of the case,
// and the same in the UI language of LANG (run once in English, once in French). The checks make
// sure each picture shows what it claims to.
#include "desk/desk.h"
#include "desk/pdfreader.h"
#include "desk/pdfview.h"
#include "desk/readerpane.h"
#include "desk/textreader.h"
#include "desk/textview.h"
#include "docks/annotationsdock.h"
#include "entities/entitiesdock.h"
#include "entities/entitylistmodel.h"
#include "entities/relationshipdialog.h"
#include "export/exportdialog.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/revolvingdoorpanel.h"
#include "graph/timelineview.h"
#include "import/sourceimporter.h"
#include "localization.h"
#include "mainwindow.h"
#include "seeddossier.h"
#include "storage/annotationstore.h"
#include "storage/relationshipstore.h"
#include "storage/tagstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace Recoupe;

namespace {

struct Passage
{
    int source; // index among the seeds
    QString quote;
    QString tag; // empty: plain highlight
    QString note;
};

// Passages of the sample case, tagged with the codebook of DESIGN.md's sketch.
const QVector<Passage> Passages = {
    {0, QStringLiteral("La commission de déontologie de la fonction publique a donné son feu vert"),
        QStringLiteral("Réserves de la commission"), QStringLiteral("Avis favorable, mais sous conditions.")},
    {0,
        QStringLiteral(
            "Il devra néanmoins s’abstenir de certains contacts en lien avec ses précédentes fonctions"),
        QStringLiteral("Réserves de la commission"), QString()},
    {0, QStringLiteral("Le 07 mai 2018"), QStringLiteral("Dates clés"), QString()},
    {0, QStringLiteral("recrutement par Amazon du Directeur du numérique pour l’éducation"),
        QStringLiteral("Conflit d'intérêts"), QString()},
    {0, QStringLiteral("Amazon"), QString(), QString()}, // overlaps the one above
    {2, QStringLiteral("sur un site hébergé à l'étranger par Amazon"), QStringLiteral("Conflit d'intérêts"),
        QStringLiteral("Les données des élèves chez Amazon.")},
    {2, QStringLiteral("stockées et traitées par l'infrastructure de l'entreprise multinationale Amazon"),
        QStringLiteral("Réserves de la commission"), QString()},
    {2, QStringLiteral("Amazon, en dehors du territoire"), QString(), QString()}, // overlaps the one above
};

const QStringList PdfParagraphs = {
    QStringLiteral("Avis n° 2018-041 de la commission de déontologie de la fonction publique."),
    QStringLiteral("La commission rend un avis de compatibilité avec réserves."),
    QStringLiteral("L’intéressé devra s’abstenir de toute relation professionnelle avec"),
    QStringLiteral("la direction du numérique pour l’éducation pendant trois ans."),
    QStringLiteral("Il ne pourra pas représenter son nouvel employeur auprès des services"),
    QStringLiteral("dont il avait la charge, ni participer à un marché public les concernant."),
};

QColor tagColor(const QString &name)
{
    if (name.startsWith(QStringLiteral("Réserves")))
        return QColor(QStringLiteral("#ffb74d"));
    if (name.startsWith(QStringLiteral("Dates")))
        return QColor(QStringLiteral("#81d4fa"));
    return QColor(QStringLiteral("#ef9a9a"));
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_suffix;
    QDir m_out;

    // The window as the X server shows it (not a re-render by Qt), saved as PNG.
    bool save(QWidget *window, const QString &name)
    {
        QApplication::processEvents();
        QTest::qWait(200);
        QScreen *screen = window->screen();
        const QPixmap shot = screen->grabWindow(window->winId());
        const QString path = m_out.filePath(name + QLatin1Char('-') + m_suffix + QStringLiteral(".png"));
        if (shot.isNull() || !shot.save(path))
            return false;
        // A blank or single-color picture means nothing was drawn.
        const QImage image = shot.toImage();
        QSet<QRgb> colors;
        for (int y = 0; y < image.height() && colors.size() < 64; y += 7) {
            for (int x = 0; x < image.width() && colors.size() < 64; x += 7)
                colors.insert(image.pixel(x, y));
        }
        qInfo("saved %s (%dx%d)", qPrintable(path), image.width(), image.height());
        return colors.size() >= 64;
    }

    bool tagAll(Dossier &dossier, const QVector<qint64> &ids)
    {
        QHash<QString, qint64> tags;
        for (const Passage &p : Passages) {
            Annotation a;
            const auto anchor = dossier.anchorForQuote(ids.at(p.source), p.quote);
            if (!anchor) {
                qWarning("%s", qPrintable(anchor.error()));
                return false;
            }
            a.anchor = *anchor;
            a.note = p.note;
            if (!p.tag.isEmpty()) {
                if (!tags.contains(p.tag)) {
                    Tag tag;
                    tag.name = p.tag;
                    tag.color = tagColor(p.tag);
                    const auto id = dossier.addTag(tag);
                    if (!id)
                        return false;
                    tags.insert(p.tag, *id);
                }
                a.tagIds = {tags.value(p.tag)};
            }
            if (!dossier.addAnnotation(a))
                return false;
        }
        return true;
    }

    // The people and institutions of the case, linked by dated relationships that cite the
    // tagged passages (tagAll first). Returns false when a step fails.
    bool relateAll(Dossier &dossier, const QVector<qint64> &ids)
    {
        QHash<QString, qint64> entities;
        const QVector<std::pair<QString, QString>> people = {
            {QStringLiteral("Person"), QStringLiteral("Mathieu Jeandron")},
            {QStringLiteral("Person"), QStringLiteral("Jean-Marc Merriaux")},
            {QStringLiteral("Person"), QStringLiteral("Jean-Michel Blanquer")},
            {QStringLiteral("PublicBody"), QStringLiteral("Direction du numérique pour l’éducation")},
            {QStringLiteral("PublicBody"), QStringLiteral("Ministère de l’Éducation nationale")},
            {QStringLiteral("PublicBody"), QStringLiteral("Commission de déontologie")},
            {QStringLiteral("Company"), QStringLiteral("Amazon Web Services")},
            {QStringLiteral("Company"), QStringLiteral("Amazon")},
        };
        for (const auto &[type, name] : people) {
            Entity e;
            e.type = type;
            e.name = name;
            const auto id = dossier.addEntity(e);
            if (!id)
                return false;
            entities.insert(name, *id);
        }
        auto evidence = [&](int source, const QString &quote) -> qint64 {
            const auto anchor = dossier.anchorForQuote(ids.at(source), quote);
            if (!anchor)
                return 0;
            for (const Annotation &a : dossier.annotations().forSource(ids.at(source))) {
                if (a.anchor.start == anchor->start && a.anchor.end == anchor->end)
                    return a.id;
            }
            return 0;
        };
        struct Link
        {
            QString type, from, to, role;
            PartialDate start, end;
            QVector<qint64> evidence;
        };
        const QVector<Link> links = {
            {QStringLiteral("Directorship"), QStringLiteral("Mathieu Jeandron"),
                QStringLiteral("Direction du numérique pour l’éducation"), QStringLiteral("directeur"),
                PartialDate::year(2015), PartialDate::day(2018, 4, 27),
                {evidence(0, QStringLiteral("Le 07 mai 2018"))}},
            {QStringLiteral("Employment"), QStringLiteral("Mathieu Jeandron"),
                QStringLiteral("Amazon Web Services"), QStringLiteral("architecte solutions"),
                PartialDate::day(2018, 5, 7), PartialDate(),
                {evidence(
                    0, QStringLiteral("recrutement par Amazon du Directeur du numérique pour l’éducation"))}},
            {QStringLiteral("Directorship"), QStringLiteral("Jean-Marc Merriaux"),
                QStringLiteral("Direction du numérique pour l’éducation"), QStringLiteral("directeur"),
                PartialDate::day(2018, 5, 7), PartialDate(), {}},
            {QStringLiteral("Membership"), QStringLiteral("Direction du numérique pour l’éducation"),
                QStringLiteral("Ministère de l’Éducation nationale"), QString(), PartialDate(), PartialDate(),
                {}},
            {QStringLiteral("Directorship"), QStringLiteral("Jean-Michel Blanquer"),
                QStringLiteral("Ministère de l’Éducation nationale"), QStringLiteral("ministre"),
                PartialDate::day(2017, 5, 17), PartialDate(), {}},
            {QStringLiteral("Ownership"), QStringLiteral("Amazon"), QStringLiteral("Amazon Web Services"),
                QString(), PartialDate(), PartialDate(), {}},
            {QStringLiteral("UnknownLink"), QStringLiteral("Amazon Web Services"),
                QStringLiteral("Ministère de l’Éducation nationale"), QString(), PartialDate::month(2018, 9),
                PartialDate(),
                {evidence(2, QStringLiteral("sur un site hébergé à l'étranger par Amazon")),
                    evidence(2,
                        QStringLiteral("stockées et traitées par l'infrastructure de l'entreprise "
                                       "multinationale Amazon"))}},
            {QStringLiteral("UnknownLink"), QStringLiteral("Commission de déontologie"),
                QStringLiteral("Mathieu Jeandron"), QString(), PartialDate::day(2018, 4, 23),
                PartialDate::day(2021, 4, 23),
                {evidence(0,
                    QStringLiteral(
                        "La commission de déontologie de la fonction publique a donné son feu vert"))}},
        };
        for (const Link &l : links) {
            Relationship r;
            r.type = l.type;
            if (l.type == QStringLiteral("UnknownLink"))
                r.label = l.from.startsWith(QStringLiteral("Commission"))
                    ? QStringLiteral("avis avec réserves")
                    : QStringLiteral("hébergement des données");
            r.fromId = entities.value(l.from);
            r.toId = entities.value(l.to);
            r.role = l.role;
            r.start = l.start;
            r.end = l.end;
            for (qint64 id : l.evidence) {
                if (!id)
                    return false;
                r.evidenceIds.append(id);
            }
            if (!dossier.addRelationship(r))
                return false;
        }
        // The commission's reservations, as a claim citing them: the cooling-off dates.
        const auto reservation = dossier.anchorForQuote(ids.at(0),
            QStringLiteral(
                "Avec la direction du numérique au ministère de l’Éducation nationale jusqu’au 23 avril "
                "2021 inclus."));
        if (!reservation)
            return false;
        Annotation passage;
        passage.anchor = *reservation;
        const auto passageId = dossier.addAnnotation(passage);
        if (!passageId)
            return false;
        Claim claim;
        claim.text = QStringLiteral("La commission a rendu un avis de compatibilité assorti de réserves.");
        claim.speakerId = entities.value(QStringLiteral("Commission de déontologie"));
        claim.stance = Claim::Stance::Asserts;
        claim.subjectIds = {entities.value(QStringLiteral("Mathieu Jeandron"))};
        claim.evidenceIds = {*passageId};
        return dossier.addClaim(claim).ok();
    }

    // The seed articles, tagged and related, in a dossier file of the test's folder.
    QString caseDossier(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        const QVector<qint64> ids = SeedDossier::create(path, &error);
        if (!error.isEmpty())
            return QString();
        auto opened = Dossier::open(path);
        if (!opened || !tagAll(*opened.value(), ids) || !relateAll(*opened.value(), ids))
            return QString();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_suffix = qEnvironmentVariable("RECOUPE_SCREENSHOT_SUFFIX", QStringLiteral("en"));
        // The English and French runs go side by side under ctest -j: each needs settings of its
        // own, or one run's Graph tab (remembered on close) would hide the other's desk.
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots_") + m_suffix);
        QSettings().clear();
        Localization::install();
        if (m_suffix == QStringLiteral("fr"))
            QCOMPARE(QLocale().language(), QLocale::French);
        QVERIFY(QDir().mkpath(QStringLiteral(RECOUPE_SCREENSHOT_DIR)));
        m_out = QDir(QStringLiteral(RECOUPE_SCREENSHOT_DIR));
        QVERIFY(m_dir.isValid());
        if (QGuiApplication::platformName() != QStringLiteral("xcb"))
            QSKIP("Screenshots need a real X server: run under xvfb-run with QT_QPA_PLATFORM=xcb.");
    }

    void deskWithTwoArticles()
    {
        const QString path = m_dir.filePath(QStringLiteral("desk.recoupe"));
        QString error;
        const QVector<qint64> ids = SeedDossier::create(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            auto opened = Dossier::open(path);
            QVERIFY(opened);
            QVERIFY(tagAll(*opened.value(), ids));
        }
        MainWindow w;
        QVERIFY(w.openDossier(path));
        w.setGeometry(0, 0, 1600, 1000);
        QVERIFY(w.desk()->compare(ids.at(0), ids.at(2)));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *left = qobject_cast<TextReader *>(w.desk()->pane(0)->reader());
        auto *right = qobject_cast<TextReader *>(w.desk()->pane(1)->reader());
        QVERIFY(left && right);
        // Scroll each article to its first highlight, and show one selected in the dock.
        const Highlight &first = left->highlights().items().first();
        left->revealRange(first.start, first.end);
        right->revealRange(
            right->highlights().items().first().start, right->highlights().items().first().end);
        w.annotationsDock()->selectAnnotation(first.annotationId);
        QApplication::processEvents();
        left->view()->viewport()->repaint();
        right->view()->viewport()->repaint();
        QVERIFY(left->view()->lastPainted().size() >= 4);
        QVERIFY(!right->view()->lastPainted().isEmpty());
        QVERIFY(save(&w, QStringLiteral("desk")));
    }

    void pdfPageWithHighlights()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("avis-commission.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(72);
            QPainter painter(&writer);
            QFont title(QStringLiteral("DejaVu Serif"));
            title.setPointSize(18);
            title.setBold(true);
            painter.setFont(title);
            painter.drawText(QPointF(60, 90), QStringLiteral("Commission de déontologie"));
            QFont body(QStringLiteral("DejaVu Serif"));
            body.setPointSize(12);
            painter.setFont(body);
            for (int i = 0; i < PdfParagraphs.size(); ++i)
                painter.drawText(QPointF(60, 140 + 22 * i), PdfParagraphs.at(i));
            writer.newPage();
            painter.drawText(QPointF(60, 90), QStringLiteral("Deuxième page."));
        }
        const QString path = m_dir.filePath(QStringLiteral("pdf.recoupe"));
        qint64 sourceId = 0;
        {
            auto opened = Dossier::open(path, Dossier::OpenMode::Create);
            QVERIFY(opened);
            Dossier &dossier = *opened.value();
            SourceImporter importer(dossier.database());
            const ImportOutcome outcome = importer.importFile(pdf);
            QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
            sourceId = outcome.sourceId;
            Tag reserves;
            reserves.name = QStringLiteral("Réserves de la commission");
            reserves.color = tagColor(reserves.name);
            const auto tag = dossier.addTag(reserves);
            QVERIFY(tag);
            for (const QString &quote : {QStringLiteral("avis de compatibilité avec réserves"),
                     QStringLiteral("s’abstenir de toute relation professionnelle")}) {
                const auto anchor = dossier.anchorForQuote(sourceId, quote);
                QVERIFY2(anchor, qPrintable(anchor.error()));
                Annotation a;
                a.anchor = *anchor;
                a.tagIds = {*tag};
                QVERIFY(dossier.addAnnotation(a));
            }
            const auto plain = dossier.anchorForQuote(sourceId, QStringLiteral("marché public"));
            QVERIFY(plain);
            Annotation a;
            a.anchor = *plain;
            QVERIFY(dossier.addAnnotation(a));
        }
        MainWindow w;
        QVERIFY(w.openDossier(path));
        w.setGeometry(0, 0, 1600, 1000);
        QVERIFY(w.desk()->openSource(sourceId));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *reader = qobject_cast<PdfReader *>(w.desk()->currentReader());
        QVERIFY(reader);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                reader->view()->viewport()->repaint();
                return reader->view()->lastSharpPages().contains(0);
            }(),
            10000);
        QCOMPARE(reader->view()->lastPainted().size(), 3);
        QVERIFY(save(&w, QStringLiteral("pdf")));
    }

    void graphOfTheCase()
    {
        const QString path = caseDossier(QStringLiteral("graph.recoupe"));
        QVERIFY(!path.isEmpty());
        MainWindow w;
        QVERIFY(w.openDossier(path));
        w.setGeometry(0, 0, 1600, 1000);
        w.views()->setCurrentWidget(w.graphView());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        GraphView *graph = w.graphView();
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isLayingOut(), 20000);
        QCOMPARE(graph->scene()->visibleNodeCount(), 8);
        QCOMPARE(graph->scene()->visibleEdgeCount(), 8);
        // The cloud job selected: its evidence is listed beside the graph.
        const QVector<qint64> jobs = [&] {
            QVector<qint64> ids;
            for (const GraphEdge &e : graph->graph().edges()) {
                if (e.type == QStringLiteral("Employment"))
                    ids.append(e.relationshipId);
            }
            return ids;
        }();
        QCOMPARE(jobs.size(), 1);
        graph->selectRelationship(jobs.first());
        QVERIFY(save(&w, QStringLiteral("graph")));
    }

    void timelineOfTheCase()
    {
        const QString path = caseDossier(QStringLiteral("timeline.recoupe"));
        QVERIFY(!path.isEmpty());
        MainWindow w;
        QVERIFY(w.openDossier(path));
        w.setGeometry(0, 0, 1600, 1000);
        w.views()->setCurrentWidget(w.timelineView());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.timelineView()->fitAll();
        QCOMPARE(w.timelineView()->spanCount(), 6);
        QVERIFY(save(&w, QStringLiteral("timeline")));
    }

    void entitiesDock()
    {
        const QString path = caseDossier(QStringLiteral("entities.recoupe"));
        QVERIFY(!path.isEmpty());
        MainWindow w;
        QVERIFY(w.openDossier(path));
        w.setGeometry(0, 0, 1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.views()->setCurrentWidget(w.desk());
        w.entitiesDock()->show();
        w.entitiesDock()->raise();
        QTRY_COMPARE(w.entitiesDock()->model()->rowCount(), 8);
        // The official, with his mentions across the articles found (as Find Mentions does).
        qint64 official = 0;
        for (int row = 0; row < w.entitiesDock()->model()->rowCount(); ++row) {
            if (w.entitiesDock()->model()->entity(row).name == QStringLiteral("Mathieu Jeandron"))
                official = w.entitiesDock()->model()->entityId(row);
        }
        QVERIFY(official);
        w.entitiesDock()->selectEntity(official);
        w.entitiesDock()->findMentionsAction()->trigger();
        QTRY_VERIFY(w.entitiesDock()->mentionList()->count() >= 3);
        QVERIFY(save(&w, QStringLiteral("entities")));
    }

    void revolvingDoorAndDialogs()
    {
        const QString path = caseDossier(QStringLiteral("door.recoupe"));
        QVERIFY(!path.isEmpty());
        MainWindow w;
        QVERIFY(w.openDossier(path));
        w.setGeometry(0, 0, 1600, 1000);
        w.views()->setCurrentWidget(w.graphView());
        w.revolvingDoorDock()->show();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.revolvingDoorPanel()->refresh();
        QCOMPARE(w.revolvingDoorPanel()->caseCount(), 1);
        QVERIFY(save(&w, QStringLiteral("revolving-door")));

        ExportDialog exportDialog(w.dossier(), &w);
        exportDialog.setFormat(ExportDialog::Format::Pdf);
        exportDialog.setAppendix(true);
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        QVERIFY(save(&exportDialog, QStringLiteral("export-dialog")));
        exportDialog.hide();

        RelationshipDialog relate(w.dossier(), &w);
        const QVector<qint64> jobs = [&] {
            QVector<qint64> ids;
            for (const GraphEdge &e : w.graphView()->graph().edges()) {
                if (e.type == QStringLiteral("Directorship") && e.role == QStringLiteral("directeur"))
                    ids.append(e.relationshipId);
            }
            return ids;
        }();
        QVERIFY(!jobs.isEmpty());
        relate.setRelationship(*w.dossier()->relationships().get(jobs.first()));
        relate.show();
        QVERIFY(QTest::qWaitForWindowExposed(&relate));
        QVERIFY(save(&relate, QStringLiteral("relationship-dialog")));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
