// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Recoupe {

class Dossier;
class SourceListModel;

// The library: every source of the dossier with its kind, title, publisher, date and number
// of highlights, sortable and filterable. Opening, renaming, editing the metadata, replacing with a
// newer version, its versions and removing a source start here (removing, editing and replacing
// are undoable).
class LibraryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit LibraryDock(QWidget *parent = nullptr);

    void setDossier(Dossier *dossier);

    SourceListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    QAction *openAction() const { return m_open; }
    QAction *openInNewPaneAction() const { return m_openNew; }
    QAction *renameAction() const { return m_rename; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    QAction *replaceAction() const { return m_replace; }
    QAction *versionsAction() const { return m_versions; }

    // Selected sources, in the order shown.
    QVector<qint64> selectedSourceIds() const;
    void selectSource(qint64 sourceId);
    // Selects these sources and nothing else (the rows an import added), the first one current.
    void selectSources(const QVector<qint64> &sourceIds);
    // Settings: column widths and sort order.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void openRequested(qint64 sourceId, bool newPane);
    // Replace the source with a newer version of it; show its versions.
    void replaceRequested(qint64 sourceId);
    void versionsRequested(qint64 sourceId);
    void message(const QString &text);

private:
    void updateActions();
    void updateTitle();
    void editMetadata();
    void removeSelected();
    void showMenu(const QPoint &pos);
    qint64 currentSourceId() const;

    Dossier *m_dossier = nullptr;
    SourceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QAction *m_open;
    QAction *m_openNew;
    QAction *m_rename;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_replace;
    QAction *m_versions;
};

} // namespace Recoupe
