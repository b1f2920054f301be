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

// What can be done with a passage: highlight, tag, note, claim, cite, mark a person or an
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
    QAction *citeAction() const { return m_cite; }
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
    // Cites the passage (a new highlight, or the active one) in an existing claim, as one undo
    // step with the new highlight. Returns the annotation cited.
    Result<qint64> citePassage(qint64 claimId);
    // Deletes a highlight, asking first when claims or relationships cite it. False when the
    // user said no or it failed (the reason goes to message()).
    bool deleteHighlight(qint64 annotationId);
    // The selection names an entity of this FollowTheMoney type ("Person", "Organization"):
    // the entity (found by name or added) gets a mention anchored there. Returns the entity.
    Result<qint64> markEntity(const QString &type, const QString &name = QString());

    // The reader's context menu at a screen position: the highlight's own menu when the pointer
    // is on a highlight and nothing is selected, else the passage menu.
    void showContextMenu(const QPoint &globalPos);
    // The menus themselves (the caller owns them), for showContextMenu and for tests.
    QMenu *createPassageMenu(QWidget *parent);
    // Edit note, tags, colour, cite in claim, new claim, show in Annotations, delete.
    QMenu *createHighlightMenu(qint64 annotationId, QWidget *parent);
    // The highlight under a screen position in the current reader, 0 if none.
    qint64 highlightAt(const QPoint &globalPos) const;
    void updateActions();

Q_SIGNALS:
    void annotationCreated(qint64 annotationId);
    void claimCreated(qint64 claimId);
    void passageCited(qint64 claimId, qint64 annotationId);
    // "Show in Annotations" on a highlight.
    void showInAnnotationsRequested(qint64 annotationId);
    void entityMarked(qint64 entityId);
    // A one-line report for the status bar (what was done, or why it was not).
    void message(const QString &text);

private:
    void onHighlight();
    void onTag();
    void onNote();
    void onClaim();
    void onCite();
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
    QAction *m_cite;
    QAction *m_person;
    QAction *m_institution;
    QAction *m_copy;
};

} // namespace Recoupe
