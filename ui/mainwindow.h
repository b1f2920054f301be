// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/webannotationimporter.h"
#include "import/sourceimporter.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressDialog;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace Recoupe {

class AnnotationsDock;
class BatchImport;
class ClaimsDock;
class CodebookDock;
class CodebookSummary;
class SearchDock;
class Desk;
class Dossier;
struct ReanchorReport;
struct SourceDraft;
class EntitiesDock;
class GraphView;
class LibraryDock;
class MessageBar;
class PassageActions;
class RevolvingDoorPanel;
class TimelineView;

// The main window: the desk, the relationship graph and the timeline as tabs in the middle, the
// library on the left, the annotations (and the codebook, claims, entities and search docks) on
// the right, the revolving-door query below; menus and toolbar for every action, each with a
// shortcut. It owns the open dossier and remembers, per dossier, the panes and what
// they show.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a dossier file (closing the current one). False, with a message, if it cannot.
    bool openDossier(const QString &path, QString *error = nullptr);
    // Shows why `path` could not be opened; for a dossier refused for objects someone planted in
    // it, offers to open a cleaned copy instead. True if that copy was opened.
    bool reportOpenFailure(const QString &path, const QString &error);
    // Creates a new, empty dossier file and opens it.
    bool createDossier(const QString &path, QString *error = nullptr);
    // Reopens the dossier of the last session, if it still exists.
    bool openLastDossier();
    // Saves the session of the dossier, then closes it.
    void closeDossier();
    Dossier *dossier() const { return m_dossier.get(); }

    // Opens sources in panes, left to right (the command line's --open), replacing the
    // restored layout. False with a message naming the first source that does not exist.
    bool openSources(const QVector<qint64> &sourceIds, QString *error = nullptr);
    // Imports files and folders in the background with a progress dialog; the import is one
    // undoable step. False if no dossier is open or an import is running.
    bool importPaths(const QStringList &paths);
    bool isImporting() const { return m_import != nullptr; }
    // Imports the annotations of a W3C Web Annotation file into the open dossier's sources, as
    // one undoable step; says in the status bar (and, when some could not be placed, in a
    // message box) what was imported. The report, or why nothing was imported.
    Result<AnnotationImportReport> importAnnotations(const QString &path);

    Desk *desk() const { return m_desk; }
    LibraryDock *libraryDock() const { return m_library; }
    AnnotationsDock *annotationsDock() const { return m_annotations; }
    CodebookDock *codebookDock() const { return m_codebook; }
    ClaimsDock *claimsDock() const { return m_claims; }
    SearchDock *searchDock() const { return m_search; }
    PassageActions *passageActions() const { return m_passage; }
    EntitiesDock *entitiesDock() const { return m_entities; }
    QDockWidget *revolvingDoorDock() const { return m_revolvingDoorDock; }
    RevolvingDoorPanel *revolvingDoorPanel() const { return m_revolvingDoor; }
    GraphView *graphView() const { return m_graph; }
    TimelineView *timelineView() const { return m_timeline; }
    // The desk, the graph and the timeline share the middle of the window as tabs.
    QTabWidget *views() const { return m_views; }
    // The bar across the top that reports a finished export with Open / Show in Folder.
    MessageBar *messageBar() const { return m_messageBar; }
    CodebookSummary *codebookSummary() const { return m_codebookSummary; }
    QAction *exportAction() const { return m_export; }
    QAction *readTextAgainAction() const { return m_readTextAgain; }
    QAction *importAnnotationsAction() const { return m_importAnnotations; }
    QAction *relateAction() const { return m_relate; }
    QAction *showInGraphAction() const { return m_showInGraph; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *guideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }

    // Source ▸ Read Text Again… without its dialog: reads the scanned pages of a PDF or an
    // image source again in `languages` ("fra+eng") on a worker, with a progress dialog that can
    // cancel, then replaces its text as one undoable step and offers to review the orphans.
    // False if it could not start (no dossier, not such a source, a read already running).
    bool readTextAgain(qint64 sourceId, const QString &languages);
    bool isReadingTextAgain() const { return m_readingTextAgain; }

    // Window geometry, docks, the desk of the open dossier and the recent list, into QSettings.
    void saveSettings();

Q_SIGNALS:
    void dossierChanged(Recoupe::Dossier *dossier);
    void importFinished(const QVector<Recoupe::ImportOutcome> &outcomes);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void createCollaboratorDocks();
    void createEntityViews();
    void showDesk();
    void openPassage(qint64 sourceId, qint64 start, qint64 end, bool newPane);
    // Evidence (of a claim, an edge, a revolving door) opens beside what the user reads.
    void openEvidence(qint64 sourceId, qint64 start, qint64 end);
    void exportInteractive();
    void importAnnotationsInteractive();
    void relateSelection();
    void showInGraph();
    void updateEntityActions();
    void attachDossier();
    void updateTitle();
    void updateDeskActions();
    void rebuildRecentMenu();
    void addRecent(const QString &path);
    void showMessage(const QString &text);
    void reportExport(const QString &path);
    void onImportFinished(const QVector<ImportOutcome> &outcomes, const QString &password);
    void compareFromLibrary();
    // View ▸ Shared Passages: the passages the sources repeat (one window, raised if open).
    void showSharedPassages();
    // The source the Source menu acts on: the current pane's, else the one selected in the library.
    qint64 menuSource() const;
    void replaceSourceInteractive(qint64 sourceId);
    // Reads `path` on a worker behind a progress dialog, then replaces the source with it here.
    void readNewerVersion(qint64 sourceId, const QString &path, const QString &password);
    void applyNewerVersion(qint64 sourceId, const QString &path, SourceDraft draft);
    // Replaces a source's content as one undoable step; says why in a message box (titled
    // `action`) when it cannot. Then lets the reader review the passages not found again.
    std::optional<ReanchorReport> replaceContent(qint64 sourceId, SourceDraft draft, const QString &action);
    void reviewOrphans(qint64 sourceId);
    void readTextAgainInteractive(qint64 sourceId);
    void showSourceVersions(qint64 sourceId);
    void newDossierInteractive();
    void openDossierInteractive();
    void importFilesInteractive();
    void importFolderInteractive();
    void showAbout();
    static QString sessionGroup(const QString &dossierPath);
    void restoreDeskSession();
    void saveDeskSession();

    std::unique_ptr<Dossier> m_dossier;
    QUndoGroup *m_undoGroup;
    QStackedWidget *m_center;
    QLabel *m_welcome;
    MessageBar *m_messageBar;
    Desk *m_desk;
    PassageActions *m_passage;
    LibraryDock *m_library = nullptr;
    AnnotationsDock *m_annotations = nullptr;
    CodebookDock *m_codebook = nullptr;
    ClaimsDock *m_claims = nullptr;
    SearchDock *m_search = nullptr;
    CodebookSummary *m_codebookSummary = nullptr;
    QList<QDockWidget *> m_collaboratorDocks;
    QLineEdit *m_searchField = nullptr;
    QTabWidget *m_views = nullptr;
    EntitiesDock *m_entities = nullptr;
    QDockWidget *m_revolvingDoorDock = nullptr;
    RevolvingDoorPanel *m_revolvingDoor = nullptr;
    GraphView *m_graph = nullptr;
    TimelineView *m_timeline = nullptr;
    BatchImport *m_import = nullptr;
    QPointer<QProgressDialog> m_importProgress;
    QString m_importPassword;

    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_export = nullptr;
    QAction *m_importAnnotations = nullptr;
    QAction *m_relate = nullptr;
    QAction *m_showInGraph = nullptr;
    QAction *m_showDesk = nullptr;
    QAction *m_showGraph = nullptr;
    QAction *m_showTimeline = nullptr;
    QAction *m_goEntities = nullptr;
    QAction *m_revolvingDoorAction = nullptr;
    QAction *m_close = nullptr;
    QAction *m_replaceSource = nullptr;
    QAction *m_readTextAgain = nullptr;
    bool m_readingTextAgain = false;
    QAction *m_sourceVersions = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newPane = nullptr;
    QAction *m_closePane = nullptr;
    QAction *m_nextPane = nullptr;
    QAction *m_previousPane = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_sharedPassages = nullptr;
    QPointer<QDialog> m_sharedPassagesDialog;
    QAction *m_vertical = nullptr;
    QAction *m_sync = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_fitPage = nullptr;
    QAction *m_findInDossier = nullptr;
    QAction *m_goLibrary = nullptr;
    QAction *m_goReader = nullptr;
    QAction *m_goAnnotations = nullptr;
    QAction *m_goCodebook = nullptr;
    QAction *m_goClaims = nullptr;
    QAction *m_guide = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_whatsThis = nullptr;
    QPointer<QWidget> m_guideWindow;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    bool m_settingsSaved = false;
};

} // namespace Recoupe
