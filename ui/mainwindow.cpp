// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "desk/desk.h"
#include "desk/passageactions.h"
#include "desk/reader.h"
#include "desk/readerpane.h"
#include "dialogs/guidewindow.h"
#include "dialogs/orphanreviewdialog.h"
#include "dialogs/readtextagaindialog.h"
#include "dialogs/sharedpassagesdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/sourceversionsdialog.h"
#include "docks/annotationsdock.h"
#include "docks/claimsdock.h"
#include "docks/codebookdock.h"
#include "docks/codebooksummary.h"
#include "docks/librarydock.h"
#include "docks/searchdock.h"
#include "entities/entitiesdock.h"
#include "entities/relationshipdialog.h"
#include "export/exportdialog.h"
#include "export/webannotationimporter.h"
#include "graph/graphview.h"
#include "graph/revolvingdoorpanel.h"
#include "graph/timelineview.h"
#include "import/batchimport.h"
#include "import/importerregistry.h"
#include "import/newerversionreader.h"
#include "import/ocrengine.h"
#include "messagebar.h"
#include "model/relationship.h"
#include "models/sourcelistmodel.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/dossiercleaner.h"
#include "storage/sourcestore.h"
#include "workprogressdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QWhatsThis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#include <sqlite3.h>

namespace Recoupe {

namespace {

constexpr int MaxRecent = 8;
constexpr int StatusTimeout = 8000;

// Cached statements that stopped after their first row keep this connection's read transaction
// open, and with it a snapshot from before the worker's import (WAL): reset them so the library
// sees the new sources. Nothing iterates a statement while the event loop runs this.
// TODO(core/storage): reset single-row reads in the stores, then drop this.
void releaseReadSnapshot(Database &db)
{
    for (sqlite3_stmt *stmt = sqlite3_next_stmt(db.handle(), nullptr); stmt;
         stmt = sqlite3_next_stmt(db.handle(), stmt)) {
        if (sqlite3_stmt_busy(stmt))
            sqlite3_reset(stmt);
    }
}

QString dossierFilter()
{
    //: File dialog filter; keep "(*.recoupe)"
    return MainWindow::tr("Recoupe dossiers (*.recoupe)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_center(new QStackedWidget(this))
    , m_welcome(new QLabel(this))
    , m_messageBar(new MessageBar(this))
    , m_desk(new Desk(this))
    , m_passage(new PassageActions(m_desk, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon::fromTheme(
        QStringLiteral("org.recoupe.Recoupe"), QIcon(QStringLiteral(":/icons/recoupe.svg"))));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setMargin(fontMetrics().height() * 2);
    m_welcome->setTextFormat(Qt::RichText);
    m_center->addWidget(m_welcome);
    // The desk, the graph and the timeline are three ways of looking at one dossier: tabs.
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    //: Tab of the main window holding the reader panes
    m_views->addTab(m_desk, tr("Desk"));
    m_center->addWidget(m_views);
    // The message bar sits above the views, where the eye is, without taking the focus.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(m_center, 1);
    setCentralWidget(central);

    createActions();
    createDocks();
    createMenus();
    createToolBar();
    statusBar()->setSizeGripEnabled(true);

    connect(m_desk, &Desk::contextMenuRequested, m_passage, &PassageActions::showContextMenu);
    connect(m_desk, &Desk::highlightActivated, this, [this](qint64 id) {
        m_passage->setActiveAnnotation(id);
        m_annotations->selectAnnotation(id);
    });
    connect(m_desk, &Desk::currentSourceChanged, m_annotations, &AnnotationsDock::setCurrentSource);
    connect(m_desk, &Desk::currentSourceChanged, this, [this](qint64 sourceId) {
        updateDeskActions();
        if (sourceId)
            m_library->selectSource(sourceId);
    });
    connect(m_desk, &Desk::panesChanged, this, &MainWindow::updateDeskActions);
    connect(m_desk, &Desk::currentPaneChanged, this, &MainWindow::updateDeskActions);
    connect(m_passage, &PassageActions::message, this, &MainWindow::showMessage);
    connect(m_passage, &PassageActions::annotationCreated, m_annotations, &AnnotationsDock::selectAnnotation);
    connect(m_passage, &PassageActions::showInAnnotationsRequested, this, [this](qint64 id) {
        m_annotations->show();
        m_annotations->raise();
        m_annotations->selectAnnotation(id);
    });
    connect(m_library, &LibraryDock::openRequested, this, [this](qint64 id, bool newPane) {
        QString error;
        if (!m_desk->openSource(id, newPane, &error))
            showMessage(error);
    });
    connect(m_library, &LibraryDock::message, this, &MainWindow::showMessage);
    connect(m_library, &LibraryDock::replaceRequested, this, &MainWindow::replaceSourceInteractive);
    connect(m_library, &LibraryDock::versionsRequested, this, &MainWindow::showSourceVersions);
    connect(m_library->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateDeskActions);
    // The suggestions' "Sources selected in the library" filter follows the library.
    connect(m_library->view()->selectionModel(), &QItemSelectionModel::selectionChanged, m_entities,
        [this] { m_entities->setLibrarySelection(m_library->selectedSourceIds()); });
    connect(m_annotations, &AnnotationsDock::passageRequested, m_desk, &Desk::openPassage);
    connect(m_annotations, &AnnotationsDock::annotationSelected, this, [this](qint64 id) {
        m_desk->setActiveAnnotation(id);
        m_passage->setActiveAnnotation(id);
    });
    connect(m_annotations, &AnnotationsDock::message, this, &MainWindow::showMessage);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (settings.contains(QStringLiteral("window/geometry")) == false) {
        const QSize screen = QGuiApplication::primaryScreen()
            ? QGuiApplication::primaryScreen()->availableSize()
            : QSize(1280, 800);
        resize(screen * 0.85);
    }
    m_views->setCurrentIndex(settings.value(QStringLiteral("window/view"), 0).toInt());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: room for titles in the library and quotes in the annotations, once the
        // window has its size.
        QTimer::singleShot(0, this, [this] {
            const int width = fontMetrics().averageCharWidth();
            resizeDocks({m_library, m_annotations},
                {std::max(width * 52, this->width() * 28 / 100), std::max(width * 46, this->width() / 5)},
                Qt::Horizontal);
        });
    }
    m_library->restoreHeaderState(settings.value(QStringLiteral("library/header")).toByteArray());
    attachDossier();
}

MainWindow::~MainWindow()
{
    if (!m_settingsSaved)
        saveSettings();
    closeDossier();
}

void MainWindow::createActions()
{
    // Icons come from the desktop's theme, else from ours (`fallback`) for the toolbar's actions.
    auto make = [this](const QString &text, const QKeySequence &shortcut, const QString &tip,
                    const QString &icon = QString(), const QString &fallback = QString()) {
        auto *action = new QAction(text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        if (!icon.isEmpty())
            action->setIcon(icon.startsWith(QLatin1Char(':')) ? QIcon(icon) : QIcon::fromTheme(icon));
        if (!fallback.isEmpty() && action->icon().isNull())
            action->setIcon(QIcon(fallback));
        addAction(action); // shortcuts work with the menu bar hidden too
        return action;
    };

    m_new = make(tr("&New Dossier…"), QKeySequence::New, tr("Create an empty dossier file"),
        QStringLiteral("document-new"));
    m_open = make(
        tr("&Open Dossier…"), QKeySequence::Open, tr("Open a dossier file"), QStringLiteral("document-open"));
    m_importFiles = make(tr("&Import Files…"), QKeySequence(tr("Ctrl+I")),
        tr("Import web pages, texts, Markdown files and PDFs into the dossier"),
        QStringLiteral("document-import"));
    m_importFolder = make(tr("Import &Folder…"), QKeySequence(tr("Ctrl+Shift+F")),
        tr("Import every readable file of a folder and its subfolders"), QStringLiteral("folder"));
    m_export = make(tr("&Export…"), QKeySequence(tr("Ctrl+E")),
        tr("Export the evidence pack: annotated PDF, Web Annotation, CSV, claims report or the graph"),
        QStringLiteral("document-export"));
    m_importAnnotations = make(tr("Import &Annotations…"), QKeySequence(),
        tr("Import the annotations of a W3C Web Annotation file into the sources of this dossier"));
    m_relate = make(tr("&Relate…"), QKeySequence(tr("Ctrl+Alt+R")),
        tr("Link two people or institutions, citing the selected passage or highlight as evidence"));
    m_relate->setObjectName(QStringLiteral("relate"));
    m_showInGraph = make(tr("Show in &Graph"), QKeySequence(tr("Ctrl+Alt+G")),
        tr("Select in the graph the relationships this highlight supports"));
    m_showInGraph->setObjectName(QStringLiteral("showInGraph"));
    //: View menu: the tab with the reader panes
    m_showDesk = make(tr("&Desk"), QKeySequence(tr("Ctrl+7")), tr("Show the reader panes"));
    m_showGraph = make(tr("&Graph"), QKeySequence(tr("Ctrl+8")),
        tr("Show the people and institutions of the dossier and their relationships"));
    m_showTimeline = make(tr("&Timeline"), QKeySequence(tr("Ctrl+9")),
        tr("Show the dated relationships and claims on a time axis"));
    m_revolvingDoorAction = make(tr("Re&volving Doors"), QKeySequence(),
        tr("People who left a public body for a company or organization that deals with it"));
    m_replaceSource = make(tr("Replace with &Newer Version…"), QKeySequence(),
        tr("Replace the current source with a newer version of it, keeping the previous one in its history"));
    m_replaceSource->setObjectName(QStringLiteral("replaceSource"));
    m_sourceVersions = make(tr("&Versions…"), QKeySequence(),
        tr("Every version of the current source: dates, hashes, their text and their original files"));
    m_sourceVersions->setObjectName(QStringLiteral("sourceVersions"));
    m_readTextAgain = make(tr("Read &Text Again…"), QKeySequence(),
        tr("Read the scanned pages of the current PDF or image again by text recognition, in other "
           "languages"));
    m_readTextAgain->setObjectName(QStringLiteral("readTextAgain"));
    connect(m_readTextAgain, &QAction::triggered, this, [this] {
        if (const qint64 id = menuSource())
            readTextAgainInteractive(id);
    });
    connect(m_replaceSource, &QAction::triggered, this, [this] {
        if (const qint64 id = menuSource())
            replaceSourceInteractive(id);
    });
    connect(m_sourceVersions, &QAction::triggered, this, [this] {
        if (const qint64 id = menuSource())
            showSourceVersions(id);
    });
    m_close = make(tr("&Close Dossier"), QKeySequence(tr("Ctrl+Shift+W")), tr("Close the dossier"));
    m_quit = make(tr("&Quit"), QKeySequence::Quit, tr("Quit Recoupe"), QStringLiteral("application-exit"));
    m_quit->setMenuRole(QAction::QuitRole);

    // One undo stack per dossier; the group's actions follow the open one and name the step.
    m_undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redo->setObjectName(QStringLiteral("redo"));
    addAction(m_undo);
    addAction(m_redo);

    m_newPane = make(tr("&New Pane"), QKeySequence(tr("Ctrl+Shift+L")),
        tr("Add a reader pane next to the current one"), QStringLiteral(":/icons/pane-new.svg"));
    m_closePane
        = make(tr("Close &Pane"), QKeySequence(tr("Ctrl+Shift+R")), tr("Close the current reader pane"));
    m_nextPane = make(tr("Ne&xt Pane"), QKeySequence(Qt::Key_F8), tr("Move to the next reader pane"));
    m_previousPane = make(
        tr("Pre&vious Pane"), QKeySequence(Qt::SHIFT | Qt::Key_F8), tr("Move to the previous reader pane"));
    m_compare = make(tr("&Compare"), QKeySequence(tr("Ctrl+Shift+D")),
        tr("Read two sources side by side: the two selected in the library, or the current one and the "
           "selected one"),
        QStringLiteral(":/icons/compare.svg"));
    m_sharedPassages = make(tr("S&hared Passages…"), QKeySequence(),
        tr("List the passages the dossier's sources repeat, and compare two sources on one"));
    m_vertical
        = make(tr("Stack Panes &Vertically"), QKeySequence(), tr("Put the reader panes one above the other"));
    m_vertical->setCheckable(true);
    m_sync = make(tr("&Synchronized Scrolling"), QKeySequence(), tr("Scroll the reader panes together"));
    m_sync->setCheckable(true);
    m_zoomIn = make(tr("Zoom &In"), QKeySequence::ZoomIn, tr("Larger text in the current reader"),
        QStringLiteral("zoom-in"), QStringLiteral(":/icons/zoom-in.svg"));
    m_zoomOut = make(tr("Zoom &Out"), QKeySequence::ZoomOut, tr("Smaller text in the current reader"),
        QStringLiteral("zoom-out"), QStringLiteral(":/icons/zoom-out.svg"));
    m_zoomReset = make(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")),
        tr("The current reader at its natural size"), QStringLiteral("zoom-original"));
    m_fitWidth = make(tr("Fit &Width"), QKeySequence(), tr("PDF pages as wide as the pane"),
        QStringLiteral("zoom-fit-width"));
    m_fitPage = make(
        tr("Fit Pa&ge"), QKeySequence(), tr("Whole PDF pages in the pane"), QStringLiteral("zoom-fit-best"));
    m_findInDossier = make(tr("&Search Dossier"), QKeySequence::Find,
        tr("Search every source, note and claim of the dossier"), QStringLiteral("edit-find"));
    // Ctrl+F in a reader finds in that document (its find bar); Ctrl+K searches the dossier
    // from anywhere, the reader included.
    m_findInDossier->setShortcuts(
        QKeySequence::keyBindings(QKeySequence::Find) << QKeySequence(tr("Ctrl+K")));
    // Keyboard access to each part of the window.
    const auto focusDock = [this](QDockWidget *dock) {
        dock->show();
        dock->raise();
        dock->setFocus();
    };
    m_goLibrary = make(
        tr("Go to &Library"), QKeySequence(tr("Ctrl+1")), tr("Move the keyboard focus to the library"));
    m_goReader = make(
        tr("Go to &Reader"), QKeySequence(tr("Ctrl+2")), tr("Move the keyboard focus to the current reader"));
    m_goAnnotations = make(tr("Go to &Annotations"), QKeySequence(tr("Ctrl+3")),
        tr("Move the keyboard focus to the Annotations dock"));
    m_goCodebook = make(
        tr("Go to C&odebook"), QKeySequence(tr("Ctrl+4")), tr("Move the keyboard focus to the codebook"));
    m_goClaims
        = make(tr("Go to Clai&ms"), QKeySequence(tr("Ctrl+5")), tr("Move the keyboard focus to the claims"));
    m_goEntities = make(tr("Go to &Entities"), QKeySequence(tr("Ctrl+6")),
        tr("Move the keyboard focus to the people and institutions"));
    connect(m_goLibrary, &QAction::triggered, this, [this, focusDock] { focusDock(m_library); });
    connect(m_goReader, &QAction::triggered, this, [this] {
        if (m_desk->currentPane())
            m_desk->currentPane()->setFocus();
    });
    connect(m_goAnnotations, &QAction::triggered, this, [this, focusDock] { focusDock(m_annotations); });
    connect(m_goCodebook, &QAction::triggered, this, [this, focusDock] { focusDock(m_codebook); });
    connect(m_goClaims, &QAction::triggered, this, [this, focusDock] { focusDock(m_claims); });
    connect(m_goEntities, &QAction::triggered, this, [this, focusDock] { focusDock(m_entities); });
    connect(m_showDesk, &QAction::triggered, this, &MainWindow::showDesk);
    connect(m_showGraph, &QAction::triggered, this, [this] {
        m_views->setCurrentWidget(m_graph);
        m_graph->setFocus();
    });
    connect(m_showTimeline, &QAction::triggered, this, [this] {
        m_views->setCurrentWidget(m_timeline);
        m_timeline->setFocus();
    });
    connect(m_revolvingDoorAction, &QAction::triggered, this, [this, focusDock] {
        focusDock(m_revolvingDoorDock);
        m_revolvingDoor->refresh();
    });
    connect(m_export, &QAction::triggered, this, &MainWindow::exportInteractive);
    connect(m_importAnnotations, &QAction::triggered, this, &MainWindow::importAnnotationsInteractive);
    connect(m_relate, &QAction::triggered, this, &MainWindow::relateSelection);
    connect(m_showInGraph, &QAction::triggered, this, &MainWindow::showInGraph);

    m_guide = make(tr("Recoupe &Guide"), QKeySequence::HelpContents, tr("Read the user guide"),
        QStringLiteral("help-contents"));
    m_guide->setObjectName(QStringLiteral("helpGuide"));
    m_shortcuts = make(tr("&Keyboard Shortcuts"), QKeySequence(),
        tr("Every keyboard shortcut, with a search field"), QStringLiteral("help-keyboard-shortcuts"));
    m_shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    m_whatsThis = QWhatsThis::createAction(this);
    addAction(m_whatsThis);
    connect(m_guide, &QAction::triggered, this, [this] {
        // One guide window, brought back to the front when asked for again.
        if (!m_guideWindow) {
            m_guideWindow = new GuideWindow(this);
            m_guideWindow->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_guideWindow->show();
        m_guideWindow->raise();
        m_guideWindow->activateWindow();
    });
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(findChildren<QAction *>(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    m_about = make(tr("&About Recoupe"), QKeySequence(), tr("Version and licence"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make(tr("About &Qt"), QKeySequence(), tr("The Qt version Recoupe runs on"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    for (QAction *action : m_passage->actions())
        addAction(action);

    connect(m_new, &QAction::triggered, this, &MainWindow::newDossierInteractive);
    connect(m_open, &QAction::triggered, this, &MainWindow::openDossierInteractive);
    connect(m_importFiles, &QAction::triggered, this, &MainWindow::importFilesInteractive);
    connect(m_importFolder, &QAction::triggered, this, &MainWindow::importFolderInteractive);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeDossier);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_newPane, &QAction::triggered, this, [this] {
        if (ReaderPane *pane = m_desk->addPane()) {
            m_desk->setCurrentPane(pane);
            m_library->setFocus(); // the next double-click fills it
            showMessage(tr("New pane: pick a source in the library to read it there."));
        }
    });
    connect(m_closePane, &QAction::triggered, this, [this] { m_desk->closePane(m_desk->currentPane()); });
    auto cycle = [this](int step) {
        const int count = m_desk->paneCount();
        if (count < 2)
            return;
        ReaderPane *next = m_desk->pane((m_desk->indexOf(m_desk->currentPane()) + step + count) % count);
        m_desk->setCurrentPane(next);
        next->setFocus();
    };
    connect(m_nextPane, &QAction::triggered, this, [cycle] { cycle(1); });
    connect(m_previousPane, &QAction::triggered, this, [cycle] { cycle(-1); });
    connect(m_compare, &QAction::triggered, this, &MainWindow::compareFromLibrary);
    connect(m_sharedPassages, &QAction::triggered, this, &MainWindow::showSharedPassages);
    connect(m_vertical, &QAction::toggled, this,
        [this](bool on) { m_desk->setOrientation(on ? Qt::Vertical : Qt::Horizontal); });
    connect(m_sync, &QAction::toggled, m_desk, &Desk::setSyncScrolling);
    connect(m_zoomIn, &QAction::triggered, m_desk, &Desk::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_desk, &Desk::zoomOut);
    connect(m_zoomReset, &QAction::triggered, m_desk, &Desk::resetZoom);
    connect(m_fitWidth, &QAction::triggered, m_desk, &Desk::fitWidth);
    connect(m_fitPage, &QAction::triggered, m_desk, &Desk::fitPage);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createDocks()
{
    m_library = new LibraryDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_library);
    m_annotations = new AnnotationsDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_annotations);
    createCollaboratorDocks();
}

void MainWindow::createCollaboratorDocks()
{
    // The codebook, claims and search docks: each opens passages on the desk; the codebook's
    // selection filters the highlights; a claim made from a passage shows in the claims dock.
    m_codebook = new CodebookDock(nullptr, this);
    m_claims = new ClaimsDock(nullptr, this);
    m_search = new SearchDock(nullptr, this);
    m_codebook->toggleViewAction()->setText(tr("&Codebook"));
    m_claims->toggleViewAction()->setText(tr("C&laims"));
    m_search->toggleViewAction()->setText(tr("&Search Results"));
    // Right: annotations, claims and codebook as tabs; left: the library and search results.
    addDockWidget(Qt::RightDockWidgetArea, m_claims);
    addDockWidget(Qt::RightDockWidgetArea, m_codebook);
    tabifyDockWidget(m_annotations, m_claims);
    tabifyDockWidget(m_annotations, m_codebook);
    m_annotations->raise();
    addDockWidget(Qt::LeftDockWidgetArea, m_search);
    tabifyDockWidget(m_library, m_search);
    m_library->raise();
    m_collaboratorDocks = {m_codebook, m_claims, m_search};
    createEntityViews();

    connect(m_codebook, &CodebookDock::passageRequested, m_desk, &Desk::openPassage);
    connect(m_claims, &ClaimsDock::passageRequested, this,
        [this](qint64 sourceId, qint64 start, qint64 end, bool) { openEvidence(sourceId, start, end); });
    connect(m_search, &SearchDock::passageRequested, m_desk, &Desk::openPassage);
    connect(m_codebook, &CodebookDock::tagFilterChanged, m_desk, &Desk::setTagFilter);
    // The filter stays while the dock is hidden (each pane's banner says so); Show all ends it.
    connect(m_desk, &Desk::tagFilterCleared, m_codebook, &CodebookDock::clearTagSelection);
    connect(m_search, &SearchDock::claimRequested, this, [this](qint64 id) {
        m_claims->show();
        m_claims->raise();
        m_claims->showClaim(id);
    });
    connect(m_passage, &PassageActions::claimCreated, this, [this](qint64 id) {
        m_claims->show();
        m_claims->raise();
        m_claims->showClaim(id);
    });

    m_codebookSummary = new CodebookSummary(nullptr, this);
    // At most a third of the bar: the rest shows the confirmations of what the user just did.
    m_codebookSummary->setMaximumTags(3);
    m_codebookSummary->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
    statusBar()->addPermanentWidget(m_codebookSummary, 0);
}

void MainWindow::createEntityViews()
{
    // People and institutions: a dock with the annotations; the graph and the timeline as tabs
    // beside the desk; the revolving-door query below, opened from the Dossier menu.
    m_entities = new EntitiesDock(nullptr, this);
    m_entities->toggleViewAction()->setText(tr("&Entities"));
    addDockWidget(Qt::RightDockWidgetArea, m_entities);
    tabifyDockWidget(m_annotations, m_entities);
    m_annotations->raise();
    m_collaboratorDocks.append(m_entities);

    m_graph = new GraphView(nullptr, this);
    m_graph->setObjectName(QStringLiteral("GraphView"));
    //: Tab of the main window: the relationship graph
    m_views->addTab(m_graph, tr("Graph"));
    m_timeline = new TimelineView(nullptr, this);
    //: Tab of the main window: relationships and claims on a time axis
    m_views->addTab(m_timeline, tr("Timeline"));

    m_revolvingDoorDock = new QDockWidget(tr("Revolving Doors"), this);
    m_revolvingDoorDock->setObjectName(QStringLiteral("RevolvingDoorDock"));
    m_revolvingDoor = new RevolvingDoorPanel(nullptr, m_revolvingDoorDock);
    m_revolvingDoorDock->setWidget(m_revolvingDoor);
    m_revolvingDoorDock->toggleViewAction()->setText(tr("&Revolving Doors"));
    addDockWidget(Qt::BottomDockWidgetArea, m_revolvingDoorDock);
    m_revolvingDoorDock->hide();
    m_collaboratorDocks.append(m_revolvingDoorDock);

    connect(m_entities, &EntitiesDock::passageRequested, this, &MainWindow::openPassage);
    const auto evidence = [this](qint64 sourceId, qint64 start, qint64 end) {
        openEvidence(sourceId, start, end);
    };
    connect(m_graph, &GraphView::passageRequested, this, evidence);
    connect(m_timeline, &TimelineView::passageRequested, this, evidence);
    connect(m_revolvingDoor, &RevolvingDoorPanel::passageRequested, this, evidence);
    connect(m_entities, &EntitiesDock::message, this, &MainWindow::showMessage);
    connect(m_graph, &GraphView::message, this, &MainWindow::showMessage);
    connect(m_timeline, &TimelineView::message, this, &MainWindow::showMessage);
    connect(m_entities, &EntitiesDock::entitySelected, this, [this](qint64 id) {
        if (id && m_views->currentWidget() == m_graph)
            m_graph->selectEntity(id);
    });
    // A name underlined in a reader, clicked: the entity in its dock.
    connect(m_desk, &Desk::entityActivated, this, [this](qint64 id) {
        m_entities->show();
        m_entities->raise();
        m_entities->selectEntity(id);
    });
    connect(m_graph, &GraphView::entityActivated, this, [this](qint64 id) {
        m_entities->show();
        m_entities->raise();
        m_entities->selectEntity(id);
    });
    connect(m_graph, &GraphView::relationshipRequested, m_entities, &EntitiesDock::newRelationship);
    connect(m_graph, &GraphView::relationshipEditRequested, m_entities, &EntitiesDock::editRelationship);
    connect(m_timeline, &TimelineView::relationshipActivated, m_entities, &EntitiesDock::editRelationship);
    connect(m_revolvingDoor, &RevolvingDoorPanel::relationshipActivated, this, [this](qint64 id) {
        m_views->setCurrentWidget(m_graph);
        m_graph->selectRelationship(id);
    });
    const auto showClaim = [this](qint64 id) {
        m_claims->show();
        m_claims->raise();
        m_claims->showClaim(id);
    };
    connect(m_timeline, &TimelineView::claimActivated, this, showClaim);
    connect(m_revolvingDoor, &RevolvingDoorPanel::claimActivated, this, showClaim);
    connect(
        m_passage, &PassageActions::entityMarked, this, [this](qint64 id) { m_entities->selectEntity(id); });
    // Queued: the active highlight is set by the window's own handlers of these signals first.
    connect(m_desk, &Desk::highlightActivated, this, &MainWindow::updateEntityActions, Qt::QueuedConnection);
    connect(m_annotations, &AnnotationsDock::annotationSelected, this, &MainWindow::updateEntityActions,
        Qt::QueuedConnection);
}

void MainWindow::showDesk()
{
    m_views->setCurrentWidget(m_desk);
    if (m_desk->currentPane())
        m_desk->currentPane()->setFocus();
}

void MainWindow::openPassage(qint64 sourceId, qint64 start, qint64 end, bool newPane)
{
    // Passages open on the desk, whichever view asked for them.
    m_views->setCurrentWidget(m_desk);
    if (!m_desk->openPassage(sourceId, start, end, newPane))
        showMessage(tr("The passage could not be opened: its source is no longer in the dossier."));
}

void MainWindow::openEvidence(qint64 sourceId, qint64 start, qint64 end)
{
    m_views->setCurrentWidget(m_desk);
    if (!m_desk->openEvidence(sourceId, start, end))
        showMessage(tr("The passage could not be opened: its source is no longer in the dossier."));
}

void MainWindow::updateEntityActions()
{
    const bool open = m_dossier != nullptr;
    const bool active = m_passage->activeAnnotation() != 0;
    m_relate->setEnabled(open);
    m_showInGraph->setEnabled(open && active);
    m_export->setEnabled(open);
    m_importAnnotations->setEnabled(open);
    for (QAction *action : {m_showDesk, m_showGraph, m_showTimeline, m_goEntities, m_revolvingDoorAction})
        action->setEnabled(open);
}

void MainWindow::relateSelection()
{
    if (!m_dossier)
        return;
    // The evidence: the passage selected in the reader, else the highlight the user picked.
    const Desk::Selection selection = m_desk->currentSelection();
    const QVector<qint64> entities = m_entities->selectedEntityIds();
    RelationshipDialog dialog(m_dossier.get(), this);
    Relationship blank;
    blank.type = QStringLiteral("Employment");
    blank.fromId = entities.value(0);
    blank.toId = entities.value(1);
    dialog.setRelationship(blank);
    if (selection.isValid())
        dialog.setPendingPassage(selection.sourceId, selection.start, selection.end);
    else if (m_passage->activeAnnotation())
        dialog.addEvidence(m_passage->activeAnnotation());
    connect(&dialog, &RelationshipDialog::passageRequested, this, &MainWindow::openPassage);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("The relationship is saved with its evidence; Edit ▸ Undo takes it back."));
    if (dialog.savedId())
        m_graph->selectRelationship(dialog.savedId());
}

void MainWindow::showInGraph()
{
    const qint64 annotation = m_passage->activeAnnotation();
    if (!m_dossier || !annotation) {
        showMessage(tr("Click a highlight first, then Show in Graph."));
        return;
    }
    // The graph view says in the status bar how many relationships it selected.
    m_views->setCurrentWidget(m_graph);
    m_graph->showEdgesForAnnotation(annotation);
}

void MainWindow::exportInteractive()
{
    if (!m_dossier)
        return;
    ExportDialog dialog(m_dossier.get(), this);
    if (m_desk->currentPane())
        dialog.setCurrentSource(m_desk->currentPane()->sourceId());
    dialog.setSelectedSources(m_library->selectedSourceIds());
    if (!m_graph->graph().nodes().isEmpty())
        dialog.setGraphDrawing(m_graph->drawing());
    connect(&dialog, &ExportDialog::finished, this, [this](const ExportDialog::Outcome &outcome) {
        if (!outcome.summary.isEmpty())
            showMessage(outcome.summary);
        if (outcome.ok && !outcome.path.isEmpty())
            reportExport(outcome.path);
    });
    dialog.exec();
}

void MainWindow::reportExport(const QString &path)
{
    const QFileInfo file(path);
    m_messageBar->showMessage(tr("Evidence pack written: %1").arg(file.fileName()),
        {{tr("Open"),
             [path] {
                 QDesktopServices::openUrl(QUrl::fromLocalFile(path));
             }},
            {tr("Show in Folder"), [folder = file.absolutePath()] {
                 QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
             }}});
}

void MainWindow::importAnnotationsInteractive()
{
    if (!m_dossier)
        return;
    //: File dialog filter; keep the patterns
    const QString filter = tr("W3C Web Annotations (*.jsonld *.json)")
        + QStringLiteral(";;")
        //: File dialog filter
        + tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Annotations"), QString(), filter);
    if (path.isEmpty())
        return;
    const auto report = importAnnotations(path);
    if (!report && isVisible())
        QMessageBox::warning(this, tr("Import Annotations"), report.error());
}

Result<AnnotationImportReport> MainWindow::importAnnotations(const QString &path)
{
    if (!m_dossier)
        return Error {tr("Open a dossier first.")};
    WebAnnotationImporter importer(*m_dossier);
    auto report = importer.importFile(path);
    if (!report) {
        showMessage(report.error());
        return report;
    }
    QStringList summary;
    summary.append(tr("%n annotation(s) imported.", "", report->imported));
    if (report->alreadyPresent)
        summary.append(tr("%n annotation(s) were already in the dossier.", "", report->alreadyPresent));
    if (!report->moved.isEmpty())
        summary.append(
            tr("%n annotation(s) were placed where their quote is now.", "", int(report->moved.size())));
    if (report->notImported())
        summary.append(tr("%n annotation(s) could not be placed.", "", report->notImported()));
    showMessage(summary.join(QLatin1Char(' ')));
    const QStringList details
        = report->unmatched + report->unknownSources + report->invalid + report->moved + report->warnings;
    if (!details.isEmpty() && isVisible()) {
        QMessageBox box(QMessageBox::Information, tr("Import Annotations"), summary.join(QLatin1Char('\n')),
            QMessageBox::Ok, this);
        box.setDetailedText(details.join(QLatin1Char('\n')));
        box.exec();
    }
    return report;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true);
    file->addAction(m_new);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_importFiles);
    file->addAction(m_importFolder);
    file->addAction(m_importAnnotations);
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_close);
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_passage->copyAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *docks = m_viewMenu->addMenu(tr("&Docks"));
    docks->addAction(m_library->toggleViewAction());
    docks->addAction(m_annotations->toggleViewAction());
    for (QDockWidget *dock : std::as_const(m_collaboratorDocks))
        docks->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(m_goLibrary);
    m_viewMenu->addAction(m_goReader);
    m_viewMenu->addAction(m_goAnnotations);
    m_viewMenu->addAction(m_goCodebook);
    m_viewMenu->addAction(m_goClaims);
    m_viewMenu->addAction(m_goEntities);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_showDesk);
    m_viewMenu->addAction(m_showGraph);
    m_viewMenu->addAction(m_showTimeline);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_newPane);
    m_viewMenu->addAction(m_closePane);
    m_viewMenu->addAction(m_nextPane);
    m_viewMenu->addAction(m_previousPane);
    m_viewMenu->addAction(m_compare);
    m_viewMenu->addAction(m_sharedPassages);
    m_viewMenu->addAction(m_vertical);
    m_viewMenu->addAction(m_sync);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomIn);
    m_viewMenu->addAction(m_zoomOut);
    m_viewMenu->addAction(m_zoomReset);
    m_viewMenu->addAction(m_fitWidth);
    m_viewMenu->addAction(m_fitPage);

    QMenu *source = menuBar()->addMenu(tr("&Source"));
    source->addAction(m_replaceSource);
    source->addAction(m_readTextAgain);
    source->addAction(m_sourceVersions);

    QMenu *dossier = menuBar()->addMenu(tr("&Dossier"));
    dossier->addAction(m_findInDossier);
    dossier->addSeparator();
    for (QAction *action : m_passage->actions())
        dossier->addAction(action);
    dossier->addSeparator();
    dossier->addAction(m_relate);
    dossier->addAction(m_showInGraph);
    dossier->addAction(m_revolvingDoorAction);
    dossier->addSeparator();
    QAction *suggest = dossier->addAction(tr("Su&ggest People and Institutions"));
    suggest->setStatusTip(tr("Find the people and institutions the sources name, for you to review"));
    suggest->setObjectName(QStringLiteral("suggestEntities"));
    connect(suggest, &QAction::triggered, this, [this] {
        m_entities->show();
        m_entities->raise();
        if (!m_entities->runSuggestions())
            showMessage(tr("The suggestions are already being prepared."));
    });
    connect(
        this, &MainWindow::dossierChanged, suggest, [suggest](Dossier *open) { suggest->setEnabled(open); });
    suggest->setEnabled(m_dossier != nullptr);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guide);
    help->addAction(m_shortcuts);
    help->addAction(m_whatsThis);
    help->addSeparator();
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setMovable(false);
    m_searchField = new QLineEdit(bar);
    m_searchField->setPlaceholderText(tr("Search dossier…"));
    m_searchField->setAccessibleName(tr("Search dossier"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    m_searchField->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    bar->addWidget(m_searchField);
    bar->addSeparator();
    bar->addAction(m_compare);
    bar->addAction(m_newPane);
    bar->addSeparator();
    for (QAction *action : m_passage->actions())
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(m_zoomOut);
    bar->addAction(m_zoomIn);
    // The graph and the timeline are the middle's tabs (and View ▸ Graph, Ctrl+8; Timeline, Ctrl+9).
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_searchField->setWhatsThis(
        tr("Type words and press Enter to search every source, note and claim of the dossier. The results "
           "appear in the Search dock; Ctrl+F brings you here."));
    m_compare->setWhatsThis(
        tr("Opens two sources side by side: the two selected in the library, or the "
           "current one and the one selected in the library. The passages they share are "
           "outlined in both, one colour per pair; Alt+Down and Alt+Up step through them."));
    m_sharedPassages->setWhatsThis(
        tr("Lists the passages the dossier's sources repeat (the same quote, date or "
           "sentence, verbatim or nearly) and the sources that repeat each one; "
           "double-click one to compare two of its sources on it."));
    m_newPane->setWhatsThis(
        tr("Adds a reader pane next to the current one, to read another source beside it."));
    m_zoomOut->setWhatsThis(
        tr("Shows the text of the current reader smaller; Ctrl+0 goes back to its size."));
    m_zoomIn->setWhatsThis(tr("Shows the text of the current reader larger; Ctrl+0 goes back to its size."));
    const QHash<QString, QString> passageHelp {
        {QStringLiteral("passageHighlight"),
            tr("Highlights the passage selected in the reader. The highlight appears in the Annotations "
               "dock, "
               "where you can tag it or write a note on it.")},
        {QStringLiteral("passageTag"),
            tr("Tags the selected passage, or the current highlight, with a code of the codebook: type part "
               "of "
               "its name to pick it, or a new name to create it.")},
        {QStringLiteral("passageNote"),
            tr("Writes a note on the selected passage or the current highlight.")},
        {QStringLiteral("passageClaim"),
            tr("States a new claim in the Claims dock, with the selected passage as its first evidence.")},
        {QStringLiteral("passagePerson"),
            tr("The selected passage names a person: adds the person, or a mention of one you already have, "
               "in People and Institutions.")},
        {QStringLiteral("passageInstitution"),
            tr("The selected passage names an institution: adds it, or a mention of one you already have, in "
               "People and Institutions.")},
    };
    for (QAction *action : m_passage->actions()) {
        if (action->whatsThis().isEmpty())
            action->setWhatsThis(passageHelp.value(action->objectName(), action->toolTip()));
    }

    connect(m_findInDossier, &QAction::triggered, this, [this] {
        m_searchField->setFocus();
        m_searchField->selectAll();
    });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_search->show();
        m_search->raise();
        m_search->search(m_searchField->text());
    });
}

void MainWindow::attachDossier()
{
    Dossier *dossier = m_dossier.get();
    m_desk->setDossier(dossier);
    m_library->setDossier(dossier);
    m_annotations->setDossier(dossier);
    m_codebook->setDossier(dossier);
    m_claims->setDossier(dossier);
    m_search->setDossier(dossier);
    m_codebookSummary->setDossier(dossier);
    m_entities->setDossier(dossier);
    m_graph->setDossier(dossier);
    m_timeline->setDossier(dossier);
    m_revolvingDoor->setDossier(dossier);
    if (dossier) {
        m_undoGroup->addStack(dossier->undoStack());
        m_undoGroup->setActiveStack(dossier->undoStack());
        m_center->setCurrentWidget(m_views);
    } else {
        m_welcome->setText(tr("<h2>Recoupe</h2><p>Create a dossier (%1) or open one (%2).</p>"
                              "<p>Then import web pages, texts and PDFs (%3), or drop them on this window, "
                              "and read them side by side.</p>")
                               .arg(m_new->shortcut().toString(QKeySequence::NativeText),
                                   m_open->shortcut().toString(QKeySequence::NativeText),
                                   m_importFiles->shortcut().toString(QKeySequence::NativeText)));
        m_center->setCurrentWidget(m_welcome);
    }
    for (QAction *action : {m_importFiles, m_importFolder, m_close, m_findInDossier})
        action->setEnabled(dossier != nullptr);
    m_searchField->setEnabled(dossier != nullptr);
    updateTitle();
    updateDeskActions();
    updateEntityActions();
    Q_EMIT dossierChanged(dossier);
}

void MainWindow::updateTitle()
{
    if (m_dossier) {
        setWindowFilePath(m_dossier->path());
        //: Window title: %1 is the dossier's file name
        setWindowTitle(tr("%1 — Recoupe").arg(QFileInfo(m_dossier->path()).completeBaseName()));
    } else {
        setWindowFilePath(QString());
        setWindowTitle(tr("Recoupe"));
    }
}

void MainWindow::updateDeskActions()
{
    const bool open = m_dossier != nullptr;
    const int panes = m_desk->paneCount();
    Reader *reader = m_desk->currentReader();
    m_newPane->setEnabled(open && panes < Desk::MaxPanes);
    m_replaceSource->setEnabled(open && menuSource());
    {
        const auto current = open && menuSource() ? m_dossier->sources().get(menuSource()) : std::nullopt;
        m_readTextAgain->setEnabled(current && hasPages(current->kind) && !m_readingTextAgain);
    }
    m_sourceVersions->setEnabled(open && menuSource());
    m_closePane->setEnabled(
        open && (panes > 1 || (m_desk->currentPane() && m_desk->currentPane()->sourceId())));
    m_nextPane->setEnabled(panes > 1);
    m_previousPane->setEnabled(panes > 1);
    m_compare->setEnabled(open);
    m_sharedPassages->setEnabled(open);
    m_vertical->setEnabled(open);
    m_sync->setEnabled(open);
    for (QAction *action : {m_zoomIn, m_zoomOut, m_zoomReset})
        action->setEnabled(reader != nullptr);
    m_fitWidth->setEnabled(reader && reader->supportsFitModes());
    m_fitPage->setEnabled(reader && reader->supportsFitModes());
    {
        const QSignalBlocker blockVertical(m_vertical);
        const QSignalBlocker blockSync(m_sync);
        m_vertical->setChecked(m_desk->orientation() == Qt::Vertical);
        m_sync->setChecked(m_desk->isSyncScrolling());
    }
    m_passage->updateActions();
}

bool MainWindow::openDossier(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        const QString message = tr("%1 does not exist.").arg(absolute);
        if (error)
            *error = message;
        else
            QMessageBox::warning(this, tr("Open Dossier"), message);
        return false;
    }
    auto opened = Dossier::open(absolute, Dossier::OpenMode::OpenExisting);
    if (!opened) {
        if (error) {
            *error = opened.error();
            return false;
        }
        return reportOpenFailure(absolute, opened.error());
    }
    closeDossier();
    m_dossier = std::move(opened).value();
    attachDossier();
    restoreDeskSession();
    addRecent(absolute);
    if (!m_dossier->backupPath().isEmpty())
        showMessage(tr("The dossier was updated to this version of Recoupe; the previous file is kept as %1.")
                        .arg(m_dossier->backupPath()));
    return true;
}

bool MainWindow::reportOpenFailure(const QString &path, const QString &error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Refused for objects someone else planted in it: its content can still be had, cleaned.
    const auto planted = QFileInfo::exists(absolute) ? DossierCleaner::inspect(absolute)
                                                     : Result<QVector<SchemaDifference>>(Error {});
    if (!planted || planted->isEmpty()) {
        QMessageBox::warning(this, tr("Open Dossier"), error);
        return false;
    }
    QMessageBox box(QMessageBox::Warning, tr("Open Dossier"), error, QMessageBox::Cancel, this);
    QPushButton *clean = box.addButton(tr("Open a Cleaned Copy"), QMessageBox::AcceptRole);
    const QString copyPath = DossierCleaner::suggestedCopyPath(absolute);
    box.setInformativeText(tr("The cleaned copy will be written to %1; the original is left as it is.")
                               .arg(QDir::toNativeSeparators(copyPath)));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != clean)
        return false;
    const auto cleaned = DossierCleaner::cleanCopy(absolute, copyPath);
    if (!cleaned) {
        QMessageBox::warning(this, tr("Open Dossier"), cleaned.error());
        return false;
    }
    if (!openDossier(copyPath))
        return false;
    showMessage(tr("Opened %1, a cleaned copy of %2; the original was left untouched.")
                    .arg(QDir::toNativeSeparators(copyPath), QDir::toNativeSeparators(absolute)));
    return true;
}

bool MainWindow::createDossier(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto created = Dossier::open(absolute, Dossier::OpenMode::Create);
    if (!created) {
        if (error)
            *error = created.error();
        else
            QMessageBox::warning(this, tr("New Dossier"), created.error());
        return false;
    }
    closeDossier();
    m_dossier = std::move(created).value();
    attachDossier();
    addRecent(absolute);
    return true;
}

bool MainWindow::openLastDossier()
{
    const QString last = QSettings().value(QStringLiteral("dossiers/last")).toString();
    if (last.isEmpty() || !QFileInfo::exists(last))
        return false;
    QString error;
    if (!openDossier(last, &error)) {
        showMessage(error);
        return false;
    }
    return true;
}

void MainWindow::closeDossier()
{
    if (!m_dossier)
        return;
    m_messageBar->hide(); // it spoke of this dossier's export
    if (m_import) {
        // The worker writes to this file: stop it and let the files done so far be recorded.
        m_import->cancel();
        m_import->waitForFinished();
        delete m_import;
        m_import = nullptr;
        if (m_importProgress)
            m_importProgress->close();
    }
    saveDeskSession();
    QSettings().setValue(QStringLiteral("dossiers/last"), m_dossier->path());
    delete m_sharedPassagesDialog; // it reads this dossier
    std::unique_ptr<Dossier> closing = std::move(m_dossier);
    attachDossier(); // every view lets go of the dossier before it closes
    closing.reset();
}

QString MainWindow::sessionGroup(const QString &dossierPath)
{
    const QByteArray key = QCryptographicHash::hash(
        QFileInfo(dossierPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                               .toHex()
                               .left(16);
    return QStringLiteral("desks/") + QString::fromLatin1(key);
}

void MainWindow::saveDeskSession()
{
    if (!m_dossier)
        return;
    QSettings settings;
    settings.beginGroup(sessionGroup(m_dossier->path()));
    settings.remove(QString());
    settings.setValue(QStringLiteral("path"), m_dossier->path());
    m_desk->saveSession(settings);
    settings.endGroup();
}

void MainWindow::restoreDeskSession()
{
    if (!m_dossier)
        return;
    QSettings settings;
    settings.beginGroup(sessionGroup(m_dossier->path()));
    if (settings.contains(QStringLiteral("path"))) {
        m_desk->restoreSession(settings);
    } else {
        // First time this dossier is opened here: start reading its first source.
        const QVector<Source> first = m_dossier->sources().list(0, 1);
        if (!first.isEmpty())
            m_desk->openSource(first.first().id);
    }
    settings.endGroup();
    updateDeskActions();
}

bool MainWindow::openSources(const QVector<qint64> &sourceIds, QString *error)
{
    if (!m_dossier) {
        if (error)
            *error = tr("Open a dossier first.");
        return false;
    }
    for (qint64 id : sourceIds) {
        if (!m_dossier->sources().get(id)) {
            if (error)
                *error = tr("There is no source %1 in %2.").arg(id).arg(m_dossier->path());
            return false;
        }
    }
    m_desk->setDossier(m_dossier.get());
    for (int i = 0; i < sourceIds.size() && i < Desk::MaxPanes; ++i) {
        ReaderPane *pane = i == 0 ? m_desk->pane(0) : m_desk->addPane();
        if (!pane || !pane->openSource(sourceIds.at(i), error))
            return false;
    }
    m_desk->setCurrentPane(m_desk->pane(0));
    if (sourceIds.size() > Desk::MaxPanes)
        showMessage(tr("The desk holds %1 panes; the other sources were not opened.").arg(Desk::MaxPanes));
    updateDeskActions();
    return true;
}

qint64 MainWindow::menuSource() const
{
    if (!m_dossier)
        return 0;
    if (m_desk->currentPane() && m_desk->currentPane()->sourceId())
        return m_desk->currentPane()->sourceId();
    const QVector<qint64> selected = m_library->selectedSourceIds();
    return selected.size() == 1 ? selected.first() : 0;
}

void MainWindow::replaceSourceInteractive(qint64 sourceId)
{
    if (!m_dossier)
        return;
    const auto source = m_dossier->sources().get(sourceId);
    if (!source)
        return;
    QStringList patterns;
    for (const QString &extension : ImporterRegistry::instance().extensions())
        patterns.append(QStringLiteral("*.") + extension);
    //: File dialog filter; keep the patterns
    const QString filter = tr("Documents Recoupe reads (%1)").arg(patterns.join(QLatin1Char(' ')));
    const QFileInfo origin(source->origin);
    const QString path = QFileDialog::getOpenFileName(this,
        //: File dialog title; %1 is a source's title
        tr("Newer Version of “%1”").arg(source->title), origin.exists() ? origin.path() : QString(), filter);
    if (path.isEmpty())
        return;
    readNewerVersion(sourceId, path, QString());
}

void MainWindow::readNewerVersion(qint64 sourceId, const QString &path, const QString &password)
{
    const QString fileName = QFileInfo(path).fileName();
    // A large PDF takes a while to read: on a worker, so the window stays live and can cancel.
    //: %1 a file name
    auto *progress
        = new WorkProgressDialog(tr("Reading %1…").arg(fileName), tr("Replace with Newer Version"), this);
    const auto cancel = progress->cancelFlag();
    ImportContext context;
    context.password = password;
    context.cancel = cancel.get();
    context.progress = progress->reporter();
    auto *watcher = new QFutureWatcher<NewerVersionReader::Read>(this);
    Dossier *dossier = m_dossier.get();
    connect(watcher, &QFutureWatcher<NewerVersionReader::Read>::finished, this,
        [this, watcher, progress, cancel, sourceId, path, password, fileName, dossier] {
            watcher->deleteLater();
            progress->hide();
            progress->deleteLater();
            NewerVersionReader::Read read = watcher->result();
            // The dossier may have been closed while the file was read.
            if (m_dossier.get() != dossier || !m_dossier->sources().get(sourceId))
                return;
            switch (read.outcome) {
            case Importer::Outcome::Read:
                break;
            case Importer::Outcome::Cancelled:
                showMessage(tr("Reading %1 was cancelled; nothing was changed.").arg(fileName));
                return;
            case Importer::Outcome::NeedsPassword: {
                bool ok = false;
                const QString entered = QInputDialog::getText(this, tr("Protected PDF"),
                    password.isEmpty()
                        //: %1 a file name
                        ? tr("%1 is protected by a password. Password:").arg(fileName)
                        : tr("That password does not open %1. Password to try:").arg(fileName),
                    QLineEdit::Password, QString(), &ok);
                if (ok && !entered.isEmpty())
                    readNewerVersion(sourceId, path, entered);
                return;
            }
            case Importer::Outcome::Failed:
                QMessageBox::warning(this, tr("Replace with Newer Version"), read.message);
                return;
            }
            applyNewerVersion(sourceId, path, std::move(read.draft));
        });
    watcher->setFuture(
        QtConcurrent::run([path, context] { return NewerVersionReader::read(path, context); }));
}

void MainWindow::applyNewerVersion(qint64 sourceId, const QString &path, SourceDraft draft)
{
    const auto source = m_dossier->sources().get(sourceId);
    if (!source)
        return;
    const auto report = replaceContent(sourceId, std::move(draft), tr("Replace with Newer Version"));
    if (!report)
        return;
    if (report->unchanged) {
        showMessage(tr("%1 is the version of “%2” you have already; nothing was changed.")
                        .arg(QDir::toNativeSeparators(path), source->title));
        return;
    }
    showMessage(tr("“%1” replaced with its newer version: highlights kept: %2; moved: %3; orphaned: %4. "
                   "Edit ▸ Undo puts the previous version back.")
                    .arg(source->title)
                    .arg(report->kept.size())
                    .arg(report->moved.size())
                    .arg(report->orphaned.size()));
    reviewOrphans(sourceId);
}

std::optional<ReanchorReport> MainWindow::replaceContent(
    qint64 sourceId, SourceDraft draft, const QString &action)
{
    const Result<ReanchorReport> report = m_dossier->replaceSourceContent(sourceId, std::move(draft));
    if (!report) {
        QMessageBox::warning(this, action, report.error());
        return std::nullopt;
    }
    return *report;
}

void MainWindow::reviewOrphans(qint64 sourceId)
{
    OrphanReviewDialog review(m_dossier.get(), sourceId, this);
    if (review.orphanCount() > 0)
        review.exec();
}

void MainWindow::readTextAgainInteractive(qint64 sourceId)
{
    if (!m_dossier)
        return;
    const auto source = m_dossier->sources().get(sourceId);
    if (!source || !hasPages(source->kind))
        return;
    // What the source was read in, else what an import would pick.
    QString current;
    for (const PdfPage &page : m_dossier->sources().pdfPages(sourceId)) {
        if (page.isOcr()) {
            current = page.ocrLanguage;
            break;
        }
    }
    if (current.isEmpty())
        current = OcrEngine::languagesFor(source->language);
    ReadTextAgainDialog dialog(source->title, current, this);
    if (dialog.exec() != QDialog::Accepted || dialog.languages().isEmpty())
        return;
    readTextAgain(sourceId, dialog.languages());
}

bool MainWindow::readTextAgain(qint64 sourceId, const QString &languages)
{
    if (!m_dossier || m_readingTextAgain)
        return false;
    const auto source = m_dossier->sources().get(sourceId);
    if (!source || !hasPages(source->kind))
        return false;
    const QString title = tr("Read Text Again");
    const QString missing = OcrEngine::missingModels(languages);
    if (!missing.isEmpty()) {
        QMessageBox::warning(this, title, missing);
        return false;
    }
    // OCR takes seconds a page: on a worker, so the window stays live and can cancel.
    //: %1 a source's title
    auto *progress = new WorkProgressDialog(tr("Reading the text of “%1”…").arg(source->title), title, this);
    progress->setObjectName(QStringLiteral("readTextAgainProgress"));
    const auto cancel = progress->cancelFlag();
    ImportOptions options;
    options.ocrLanguages = languages;
    options.cancel = cancel.get();
    options.progress = progress->reporter();
    m_readingTextAgain = true;
    updateDeskActions();
    auto *watcher = new QFutureWatcher<Result<SourceDraft>>(this);
    Dossier *dossier = m_dossier.get();
    const QString name = source->title;
    connect(watcher, &QFutureWatcher<Result<SourceDraft>>::finished, this,
        [this, watcher, progress, cancel, sourceId, name, title, dossier] {
            watcher->deleteLater();
            progress->hide();
            progress->deleteLater();
            m_readingTextAgain = false;
            updateDeskActions();
            Result<SourceDraft> draft = watcher->result();
            // The dossier may have been closed while the pages were read.
            if (m_dossier.get() != dossier || !m_dossier->sources().get(sourceId))
                return;
            if (!draft) {
                if (draft.error().isEmpty())
                    showMessage(tr("Reading the text of “%1” was cancelled; nothing was changed.").arg(name));
                else
                    QMessageBox::warning(this, title, draft.error());
                return;
            }
            // A warning here is a page that could not be read: the source stays as it was.
            if (!draft->warnings.isEmpty()) {
                QMessageBox::warning(this, title, draft->warnings.join(QLatin1Char('\n')));
                return;
            }
            if (std::none_of(
                    draft->pages.cbegin(), draft->pages.cend(), [](const PdfPage &p) { return p.isOcr(); })) {
                QMessageBox::information(
                    this, title, tr("“%1” has no scanned pages: every page has a text layer.").arg(name));
                return;
            }
            const auto report = replaceContent(sourceId, std::move(*draft), title);
            if (!report)
                return;
            showMessage(tr("The text of “%1” was read again: highlights kept: %2; moved: %3; orphaned: %4. "
                           "Edit ▸ Undo puts the earlier text back.")
                            .arg(name)
                            .arg(report->kept.size())
                            .arg(report->moved.size())
                            .arg(report->orphaned.size()));
            reviewOrphans(sourceId);
        });
    const Source stored = *source;
    const QByteArray original = m_dossier->sources().original(sourceId);
    watcher->setFuture(QtConcurrent::run(
        [stored, original, options] { return SourceImporter::readAgain(stored, original, options); }));
    return true;
}

void MainWindow::showSourceVersions(qint64 sourceId)
{
    if (!m_dossier || !m_dossier->sources().get(sourceId))
        return;
    SourceVersionsDialog dialog(m_dossier.get(), sourceId, this);
    dialog.exec();
}

void MainWindow::compareFromLibrary()
{
    const QVector<qint64> selected = m_library->selectedSourceIds();
    qint64 first = 0;
    qint64 second = 0;
    if (selected.size() >= 2) {
        first = selected.at(0);
        second = selected.at(1);
    } else if (selected.size() == 1 && m_desk->currentPane() && m_desk->currentPane()->sourceId()
        && m_desk->currentPane()->sourceId() != selected.first()) {
        first = m_desk->currentPane()->sourceId();
        second = selected.first();
    }
    if (!first || !second) {
        showMessage(tr("Select two sources in the library (Ctrl+click), then Compare."));
        m_library->show();
        m_library->setFocus();
        return;
    }
    if (!m_desk->compare(first, second))
        showMessage(tr("The two sources could not be opened side by side."));
}

void MainWindow::showSharedPassages()
{
    if (!m_dossier)
        return;
    if (!m_sharedPassagesDialog) {
        auto *dialog = new SharedPassagesDialog(m_dossier.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SharedPassagesDialog::compareRequested, this,
            [this](qint64 first, qint64 second, qint64 focusStart) {
                showDesk();
                if (!m_desk->compare(first, second, focusStart))
                    showMessage(tr("The two sources could not be opened side by side."));
            });
        m_sharedPassagesDialog = dialog;
    }
    m_sharedPassagesDialog->show();
    m_sharedPassagesDialog->raise();
    m_sharedPassagesDialog->activateWindow();
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (!m_dossier) {
        showMessage(tr("Open or create a dossier before importing."));
        return false;
    }
    if (m_import) {
        showMessage(tr("An import is already running."));
        return false;
    }
    if (paths.isEmpty())
        return false;
    const QString password = m_importPassword;
    m_importPassword.clear();
    m_import = new BatchImport(m_dossier->path(), this);
    if (!password.isEmpty())
        m_import->setPassword(password);
    auto *progress = new QProgressDialog(tr("Preparing the import…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Import"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_importProgress = progress;
    auto done = std::make_shared<int>(0);
    connect(progress, &QProgressDialog::canceled, m_import, &BatchImport::cancel);
    connect(m_import, &BatchImport::progress, progress,
        [progress, done](int finished, int total, const QString &current) {
            *done = finished;
            progress->setMaximum(total * 100);
            progress->setValue(finished * 100);
            progress->setLabelText(tr("Importing %1 (%2 of %3)…")
                                       .arg(QFileInfo(current).fileName())
                                       .arg(finished + 1)
                                       .arg(total));
        });
    connect(m_import, &BatchImport::fileProgress, progress,
        [progress, done](double fraction) { progress->setValue(*done * 100 + int(fraction * 99)); });
    connect(m_import, &BatchImport::finished, this,
        [this, password](const QVector<ImportOutcome> &outcomes) { onImportFinished(outcomes, password); });
    if (!m_import->start(paths)) {
        delete m_import;
        m_import = nullptr;
        progress->close();
        return false;
    }
    return true;
}

void MainWindow::onImportFinished(const QVector<ImportOutcome> &outcomes, const QString &password)
{
    if (m_importProgress)
        m_importProgress->close();
    if (m_import) {
        m_import->deleteLater();
        m_import = nullptr;
    }
    if (!m_dossier)
        return;
    releaseReadSnapshot(m_dossier->database());
    // The worker wrote the sources; recording them here makes the import one undoable step.
    m_dossier->recordImport(BatchImport::sourcesToRecord(outcomes));

    int imported = 0;
    int duplicates = 0;
    int cancelled = 0;
    QStringList problems;
    QStringList protectedFiles;
    for (const ImportOutcome &outcome : outcomes) {
        switch (outcome.status) {
        case ImportOutcome::Status::Imported:
            ++imported;
            break;
        case ImportOutcome::Status::Duplicate:
            ++duplicates;
            break;
        case ImportOutcome::Status::Cancelled:
            ++cancelled;
            break;
        case ImportOutcome::Status::NeedsPassword:
            protectedFiles.append(outcome.path);
            problems.append(outcome.message);
            break;
        case ImportOutcome::Status::Failed:
            problems.append(outcome.message);
            break;
        }
        for (const QString &warning : outcome.warnings)
            problems.append(warning);
    }
    QStringList summary;
    summary.append(tr("%n source(s) imported.", "", imported));
    if (duplicates)
        summary.append(tr("%n file(s) already in the dossier.", "", duplicates));
    if (cancelled)
        summary.append(tr("%n file(s) not imported: the import was cancelled.", "", cancelled));
    const int failed = int(outcomes.size()) - imported - duplicates - cancelled;
    if (failed > 0)
        summary.append(tr("%n file(s) could not be imported.", "", failed));
    showMessage(summary.join(QLatin1Char(' ')));
    // The new rows selected: the user sees at once what came in.
    QVector<qint64> added;
    for (const ImportOutcome &outcome : outcomes) {
        if (outcome.status == ImportOutcome::Status::Imported)
            added += QVector<qint64> {outcome.sourceId} + outcome.moreSourceIds;
    }
    if (!added.isEmpty())
        m_library->selectSources(added);
    Q_EMIT importFinished(outcomes);

    if (!problems.isEmpty() && isVisible()) {
        QMessageBox box(
            QMessageBox::Warning, tr("Import"), summary.join(QLatin1Char('\n')), QMessageBox::Ok, this);
        box.setDetailedText(problems.join(QLatin1Char('\n')));
        box.exec();
    }
    if (!protectedFiles.isEmpty() && password.isEmpty() && isVisible()) {
        bool ok = false;
        const QString entered = QInputDialog::getText(this, tr("Protected PDF"),
            tr("%n PDF file(s) need a password. Password to try:", "", int(protectedFiles.size())),
            QLineEdit::Password, QString(), &ok);
        if (ok && !entered.isEmpty()) {
            m_importPassword = entered;
            importPaths(protectedFiles);
        }
    }
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, StatusTimeout);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("dossiers/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("dossiers/recent"), recent);
    settings.setValue(QStringLiteral("dossiers/last"), path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("dossiers/recent")).toStringList();
    int number = 0;
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        ++number;
        //: Recent dossier menu entry: %1 is its number (keyboard accelerator), %2 its file name
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(number).arg(QFileInfo(path).fileName()));
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openDossier(path); });
    }
    if (number == 0) {
        m_recentMenu->addAction(tr("No recent dossiers"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
            [] { QSettings().remove(QStringLiteral("dossiers/recent")); });
    }
}

void MainWindow::newDossierInteractive()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Dossier"),
        QDir(folder).filePath(tr("dossier.recoupe", "default file name of a new dossier")), dossierFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".recoupe")))
        path += QLatin1String(".recoupe");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New Dossier"), tr("%1 already exists; open it instead of creating it.").arg(path));
        return;
    }
    createDossier(path);
}

void MainWindow::openDossierInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dossier"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), dossierFilter());
    if (!path.isEmpty())
        openDossier(path);
}

void MainWindow::importFilesInteractive()
{
    const QStringList patterns = ImporterRegistry::instance().nameFilters();
    //: File dialog filter; %1 is a list of patterns such as *.html *.pdf
    const QString filter = tr("Sources Recoupe reads (%1)").arg(patterns.join(QLatin1Char(' ')))
        //: File dialog filter
        + QStringLiteral(";;") + tr("All files (*)");
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Files"), QString(), filter);
    importPaths(paths);
}

void MainWindow::importFolderInteractive()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Recoupe"),
        tr("<h3>Recoupe %1</h3><p>A reading desk for investigations: read sources side by side, highlight "
           "and "
           "tag passages, state claims that cite them.</p><p>Everything stays on this computer.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/view"), m_views->currentIndex());
    settings.setValue(QStringLiteral("library/header"), m_library->saveHeaderState());
    saveDeskSession();
    if (m_dossier)
        settings.setValue(QStringLiteral("dossiers/last"), m_dossier->path());
    m_settingsSaved = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    closeDossier();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_dossier && event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns, so the source application is not kept waiting.
    QMetaObject::invokeMethod(
        this, [this, paths] { importPaths(paths); }, Qt::QueuedConnection);
}

} // namespace Recoupe
