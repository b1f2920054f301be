// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QVector>

class QAction;
class QColorDialog;
class QItemSelection;
class QLabel;
class QTimer;
class QListWidget;
class QListWidgetItem;
class QTreeView;

namespace Recoupe {

class Dossier;
class TagTreeModel;

// The dossier's codebook: the tag tree with colors, descriptions and use counts. Every change
// (add, rename, recolor, describe, move, merge, delete) goes through the Dossier's intents, so
// it is one undo step. Selecting tags tells the desk which highlights to show.
class CodebookDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit CodebookDock(Dossier *dossier, QWidget *parent = nullptr);
    ~CodebookDock() override;

    // nullptr: no dossier open; the dock empties and its actions are disabled.
    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    TagTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The passages carrying the selected tag; activating one opens it.
    QListWidget *passageList() const { return m_passages; }

    // The dock's actions, in its toolbar and context menu; the main window may list them too.
    QAction *addTagAction() const { return m_addTag; }
    QAction *addSubTagAction() const { return m_addSubTag; }
    QAction *renameAction() const { return m_rename; }
    QAction *recolorAction() const { return m_recolor; }
    QAction *describeAction() const { return m_describe; }
    QAction *moveAction() const { return m_move; }
    QAction *mergeAction() const { return m_merge; }
    QAction *deleteAction() const { return m_delete; }

    QVector<qint64> selectedTagIds() const;
    // Makes the tag current and selected (it and nothing else), as a click would.
    void selectTag(qint64 tagId);
    // The selected tags with the tags below them: what tagFilterChanged last said.
    QVector<qint64> tagFilter() const { return m_lastFilter; }
    // Deselects every tag: no filter (a pane's "Show all").
    void clearTagSelection();

Q_SIGNALS:
    // A passage of the list below the tree was opened.
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);
    // The selected tags and the tags below them (empty: no filter, every highlight shows).
    void tagFilterChanged(const QVector<qint64> &tagIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateActions();
    void onSelectionChanged();
    void reloadPassages();
    void openPassage(QListWidgetItem *item, bool newPane);
    void addTag(bool asChild);
    void recolorTag();
    void describeTag();
    void moveTag();
    void mergeTags();
    void deleteTags();
    void showError(const QString &message);
    void showContextMenu(const QPoint &pos);

    QPointer<Dossier> m_dossier;
    TagTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QListWidget *m_passages = nullptr;
    QLabel *m_passagesLabel = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_passagesTimer = nullptr;
    QAction *m_addTag = nullptr;
    QAction *m_addSubTag = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_recolor = nullptr;
    QAction *m_describe = nullptr;
    QAction *m_move = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_delete = nullptr;
    QVector<qint64> m_lastFilter;
};

} // namespace Recoupe
