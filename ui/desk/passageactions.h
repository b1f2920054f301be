// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QColor>
#include <QKeySequence>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Recoupe {

class Desk;
class Dossier;
struct Annotation;

// What can be done with a passage: highlight, tag, note, claim, mark a person or an
// institution. Each is a QAction with a shortcut (menus, context menu, toolbar share them),
// acting on the current reader's selection or, when nothing is selected, on the highlight the
// user clicked (tag, note, claim). Every change goes through the Dossier's intents, so Edit ▸
// Undo takes it back in one step.
class PassageActions : public QObject
{
    Q_OBJECT

public:
    PassageActions(Desk *desk, QWidget *dialogParent);

    QAction *highlightAction() const { return m_highlight; }
    QAction *tagAction() const { return m_tag; }
    QAction *noteAction() const { return m_note; }
    QAction *claimAction() const { return m_claim; }
    QAction *personAction() const { return m_person; }
    QAction *institutionAction() const { return m_institution; }
    QAction *copyAction() const { return m_copy; }
    QList<QAction *> actions() const;
    // The highlight shortcut, for hints elsewhere ("press Ctrl+H").
    static QKeySequence highlightShortcut();

    // The highlight the user clicked or picked in the Annotations dock (0 for none).
    qint64 activeAnnotation() const { return m_activeAnnotation; }
    void setActiveAnnotation(qint64 annotationId);

    // The same operations without dialogs, for the actions above and for scripts and tests.
    Result<qint64> highlightSelection(const QColor &color = QColor());
    // Tags the selection (a new highlight) or the active highlight; returns the annotation.
    Result<qint64> tagPassage(qint64 tagId);
    // Tags with a codebook path, creating the missing tags in the same undo step.
    Result<qint64> tagPassage(const QString &tagPath);
    Result<qint64> notePassage(const QString &note);
    // A claim citing the passage (a new highlight, or the active one) as evidence.
    Result<qint64> claimPassage(const QString &text = QString());
    // The selection names an entity of this FollowTheMoney type ("Person", "Organization"):
    // the entity (found by name or added) gets a mention anchored there. Returns the entity.
    Result<qint64> markEntity(const QString &type, const QString &name = QString());

    void showContextMenu(const QPoint &globalPos);
    void updateActions();

Q_SIGNALS:
    void annotationCreated(qint64 annotationId);
    void claimCreated(qint64 claimId);
    void entityMarked(qint64 entityId);
    // A one-line report for the status bar (what was done, or why it was not).
    void message(const QString &text);

private:
    void onHighlight();
    void onTag();
    void onNote();
    void onClaim();
    void onEntity(const QString &type);
    void onCopy();
    // The annotation exactly covering the selection, if there is one already.
    qint64 annotationAtSelection() const;
    // Adds a new highlight made from the selection, then clears the selection and makes the
    // highlight the active one everywhere.
    Result<qint64> addAnnotation(Dossier &dossier, const Annotation &annotation);

    Desk *m_desk;
    QWidget *m_dialogParent;
    qint64 m_activeAnnotation = 0;
    QAction *m_highlight;
    QAction *m_tag;
    QAction *m_note;
    QAction *m_claim;
    QAction *m_person;
    QAction *m_institution;
    QAction *m_copy;
};

} // namespace Recoupe
