// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QToolButton;

namespace Recoupe {

class AnnotationListModel;
class Dossier;

// The highlights of the current source or of the whole dossier, filtered by tag, color or
// text. Picking one shows it on the desk; Enter (or a double-click) jumps to the passage,
// opening the source if needed; the note is edited in place (one burst of typing is one undo
// step) and Delete removes the highlight (undoable).
class AnnotationsDock : public QDockWidget
{
    Q_OBJECT

public:
    enum class Scope
    {
        CurrentSource,
        WholeDossier
    };

    explicit AnnotationsDock(QWidget *parent = nullptr);

    void setDossier(Dossier *dossier);
    void setScope(Scope scope);
    Scope scope() const;

    AnnotationListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    QComboBox *tagFilter() const { return m_tags; }
    QComboBox *colorFilter() const { return m_colors; }
    QPlainTextEdit *noteEditor() const { return m_note; }
    QAction *goToAction() const { return m_goTo; }
    QAction *deleteAction() const { return m_delete; }
    qint64 selectedAnnotation() const;

public Q_SLOTS:
    // The source read in the current pane (the list follows it in "current source" scope).
    void setCurrentSource(qint64 sourceId);
    // Selects a highlight in the list (clicked on the desk), widening the filters if needed.
    void selectAnnotation(qint64 annotationId);

Q_SIGNALS:
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);
    void annotationSelected(qint64 annotationId);
    void message(const QString &text);

private:
    void onCurrentChanged();
    void onNoteEdited();
    void onRowsChanged();
    void refreshTagFilter();
    void refreshColorFilter();
    void goToSelected(bool newPane);
    void deleteSelected();
    void updateEmptyHint();

    Dossier *m_dossier = nullptr;
    qint64 m_currentSource = 0;
    AnnotationListModel *m_model;
    QComboBox *m_scope;
    QLineEdit *m_filter;
    QComboBox *m_tags;
    QComboBox *m_colors;
    QListView *m_view;
    QLabel *m_empty;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QAction *m_goTo;
    QAction *m_goToNewPane;
    QAction *m_delete;
    bool m_loadingNote = false;
};

} // namespace Recoupe
