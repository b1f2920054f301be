// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entitysuggester.h"
#include "result.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTimer;
class QTreeView;

namespace Recoupe {

class Dossier;
class EntityListModel;
class SuggestionListModel;

// The people and institutions of the dossier. The Entities tab lists them (type, name, other
// names, mentions) with add, edit, delete, merge and "find mentions", each one undo step, and
// below the selected one its mentions (opening passages) and relationships (opening the
// relationship dialog, with conflicting dates flagged). The Suggestions tab runs the
// suggester on a worker thread with a progress bar and cancel, and reviews what it found:
// accept (the entity and its mentions, marked for review), reject (remembered), rename,
// change the type, merge two suggestions that are one.
class EntitiesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit EntitiesDock(Dossier *dossier, QWidget *parent = nullptr);
    ~EntitiesDock() override;

    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    EntityListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *entityView() const { return m_view; }
    QListWidget *mentionList() const { return m_mentions; }
    QListWidget *relationshipList() const { return m_relationships; }
    SuggestionListModel *suggestionModel() const { return m_suggestions; }
    QTreeView *suggestionView() const { return m_suggestionView; }
    QListWidget *occurrenceList() const { return m_occurrences; }
    QProgressBar *suggestionProgress() const { return m_progress; }
    QSortFilterProxyModel *suggestionProxy() const { return m_suggestionProxy; }
    QLineEdit *suggestionFilter() const { return m_suggestionFilter; }
    QComboBox *suggestionTypeFilter() const { return m_suggestionTypeFilter; }
    QComboBox *suggestionSourceFilter() const { return m_suggestionSourceFilter; }
    QLabel *suggestionCount() const { return m_suggestionCount; }
    QTabWidget *tabs() const { return m_tabs; }

    QAction *addEntityAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *mergeAction() const { return m_merge; }
    QAction *findMentionsAction() const { return m_findMentions; }
    QAction *relateAction() const { return m_relate; }
    QAction *suggestAction() const { return m_suggest; }
    QAction *acceptSuggestionAction() const { return m_accept; }
    QAction *rejectSuggestionAction() const { return m_reject; }

    void selectEntity(qint64 entityId);
    qint64 currentEntityId() const;
    QVector<qint64> selectedEntityIds() const;

    // Suggestions: start on a worker thread (false if one runs or no dossier is open), cancel.
    bool runSuggestions();
    void cancelSuggestions();
    bool isSuggesting() const;
    // The review, without dialogs. Rows are the suggestion model's; each call is one undo step.
    Result<qint64> acceptSuggestion(int row);
    Status acceptSuggestions(const QVector<int> &rows);
    Status rejectSuggestions(const QVector<int> &rows);
    void mergeSuggestions(int intoRow, const QVector<int> &rows);
    QVector<int> selectedSuggestionRows() const;
    // The sources selected in the library, for the suggestions' "Selected in the library" filter.
    void setLibrarySelection(const QVector<qint64> &sourceIds);

    // Opens the relationship dialog, for a new relationship or an existing one.
    void newRelationship(qint64 fromEntity, qint64 toEntity = 0);
    void editRelationship(qint64 relationshipId);

Q_SIGNALS:
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);
    // The current entity changed (0: none), for the graph to select it.
    void entitySelected(qint64 entityId);
    void suggestionsFinished(int count);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createEntitiesTab();
    QWidget *createSuggestionsTab();
    void createActions();
    void updateActions();
    void reloadDetails();
    void onSuggestionsFinished();
    void showOccurrences();
    void addEntityInteractive();
    void editEntityInteractive();
    void deleteEntities();
    void mergeEntitiesInteractive();
    void findMentions();
    void renameSuggestionInteractive();
    void showRejected();
    void showError(const QString &text);
    // Accepts or rejects the selected suggestions, then selects the row after them.
    void reviewSelected(bool accept);
    void applySuggestionFilter();
    void updateSuggestionCount();
    void fillSourceFilter();
    // Puts back the rows whose accept or reject was undone, takes out those redone.
    void syncReviewed();
    void openItem(QListWidgetItem *item, bool newPane);

    QPointer<Dossier> m_dossier;
    EntityListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    SuggestionListModel *m_suggestions;
    QSortFilterProxyModel *m_suggestionProxy;
    QFutureWatcher<SuggestionRun> *m_watcher;

    QTabWidget *m_tabs = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    QListWidget *m_mentions = nullptr;
    QListWidget *m_relationships = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_detailsTimer = nullptr;

    QTreeView *m_suggestionView = nullptr;
    QListWidget *m_occurrences = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_suggestionStatus = nullptr;
    QMenu *m_typeMenu = nullptr;
    QLineEdit *m_suggestionFilter = nullptr;
    QComboBox *m_suggestionTypeFilter = nullptr;
    QComboBox *m_suggestionSourceFilter = nullptr;
    QLabel *m_suggestionCount = nullptr;
    QVector<qint64> m_librarySources;
    // Reviewed suggestions by key: the accepted entity's id, or 0 when rejected.
    QHash<QString, qint64> m_reviewed;

    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_findMentions = nullptr;
    QAction *m_relate = nullptr;
    QAction *m_suggest = nullptr;
    QAction *m_accept = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_mergeSuggestions = nullptr;
    QAction *m_renameSuggestion = nullptr;
    QAction *m_rejected = nullptr;
};

} // namespace Recoupe
