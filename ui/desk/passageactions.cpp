// SPDX-License-Identifier: GPL-3.0-or-later
#include "passageactions.h"

#include "desk.h"
#include "dialogs/claimpickerdialog.h"
#include "dialogs/highlightdeletion.h"
#include "dialogs/noteeditordialog.h"
#include "dialogs/tagpickerdialog.h"
#include "entities/addmentionscommand.h"
#include "pdfview.h"
#include "reader.h"
#include "storage/annotationstore.h"
#include "storage/claimcitation.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/tagstore.h"
#include "textview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QColorDialog>
#include <QIcon>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace Recoupe {

namespace {

// A passage as a claim's first draft or an entity's name: one line, no stray spaces.
QString oneLine(const QString &text)
{
    return text.simplified();
}

// Names picked with the mouse often carry the punctuation next to them.
QString entityName(const QString &text)
{
    QString name = oneLine(text);
    static const QString trim = QStringLiteral(" ,.;:!?«»“”\"'()[]");
    while (!name.isEmpty() && trim.contains(name.back()))
        name.chop(1);
    while (!name.isEmpty() && trim.contains(name.front()))
        name.remove(0, 1);
    return name;
}

} // namespace

PassageActions::PassageActions(Desk *desk, QWidget *dialogParent)
    : QObject(desk)
    , m_desk(desk)
    , m_dialogParent(dialogParent)
{
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &shortcut,
                    const QString &tip, const char *name) {
        auto *action = new QAction(QIcon(icon), text, this);
        action->setShortcut(shortcut);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    //: Action on a selected passage
    m_highlight = make(tr("&Highlight"), QStringLiteral(":/icons/highlight.svg"), highlightShortcut(),
        tr("Highlight the selected passage"), "passageHighlight");
    //: Action on a selected passage: opens the codebook picker
    m_tag = make(tr("&Tag…"), QStringLiteral(":/icons/tag.svg"), QKeySequence(tr("Ctrl+T")),
        tr("Tag the selected passage or highlight with a code from the codebook"), "passageTag");
    //: Action on a selected passage
    m_note = make(tr("Add &Note…"), QStringLiteral(":/icons/note.svg"), QKeySequence(tr("Ctrl+Shift+N")),
        tr("Write a note on the selected passage or highlight"), "passageNote");
    //: Action on a selected passage: a new claim that cites it as evidence
    m_claim = make(tr("New &Claim from Passage"), QStringLiteral(":/icons/claim.svg"),
        QKeySequence(tr("Ctrl+Shift+C")), tr("State a claim citing the selected passage as evidence"),
        "passageClaim");
    //: Action on a selected passage or a highlight: opens a picker of the dossier's claims
    m_cite
        = make(tr("C&ite in Claim…"), QStringLiteral(":/icons/claim.svg"), QKeySequence(tr("Ctrl+Shift+E")),
            tr("Add the selected passage or highlight to the evidence of an existing claim"), "passageCite");
    //: Action on a selected passage: the passage names a person
    m_person = make(tr("Mark as &Person"), QStringLiteral(":/icons/person.svg"),
        QKeySequence(tr("Ctrl+Shift+P")), tr("The selected passage names a person"), "passagePerson");
    //: Action on a selected passage: the passage names an institution
    m_institution = make(tr("Mark as &Institution"), QStringLiteral(":/icons/institution.svg"),
        QKeySequence(tr("Ctrl+Shift+I")), tr("The selected passage names an institution"),
        "passageInstitution");
    m_copy = make(tr("&Copy"), QString(), QKeySequence::Copy, tr("Copy the selected passage"), "passageCopy");
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));

    connect(m_highlight, &QAction::triggered, this, &PassageActions::onHighlight);
    connect(m_tag, &QAction::triggered, this, &PassageActions::onTag);
    connect(m_note, &QAction::triggered, this, &PassageActions::onNote);
    connect(m_claim, &QAction::triggered, this, &PassageActions::onClaim);
    connect(m_cite, &QAction::triggered, this, &PassageActions::onCite);
    connect(m_person, &QAction::triggered, this, [this] { onEntity(QStringLiteral("Person")); });
    connect(m_institution, &QAction::triggered, this, [this] { onEntity(QStringLiteral("Organization")); });
    connect(m_copy, &QAction::triggered, this, &PassageActions::onCopy);

    connect(m_desk, &Desk::selectionChanged, this, &PassageActions::updateActions);
    connect(m_desk, &Desk::currentSourceChanged, this, [this] {
        m_activeAnnotation = 0;
        updateActions();
    });
    updateActions();
}

QKeySequence PassageActions::highlightShortcut()
{
    //: Keyboard shortcut of Highlight
    return QKeySequence(tr("Ctrl+H"));
}

QList<QAction *> PassageActions::actions() const
{
    return {m_highlight, m_tag, m_note, m_claim, m_cite, m_person, m_institution};
}

void PassageActions::setActiveAnnotation(qint64 annotationId)
{
    m_activeAnnotation = annotationId;
    updateActions();
}

void PassageActions::updateActions()
{
    // Called on every selection change (mouse drags): ask for the range only, not the text.
    Reader *reader = m_desk->currentReader();
    const bool selected = reader && reader->hasSelection();
    const bool active = m_activeAnnotation != 0 && m_desk->dossier();
    m_highlight->setEnabled(selected);
    m_tag->setEnabled(selected || active);
    m_note->setEnabled(selected || active);
    m_claim->setEnabled(selected || active);
    m_cite->setEnabled(selected || active);
    m_person->setEnabled(selected);
    m_institution->setEnabled(selected);
    m_copy->setEnabled(selected);
}

qint64 PassageActions::annotationAtSelection() const
{
    const Desk::Selection selection = m_desk->currentSelection();
    Reader *reader = m_desk->currentReader();
    if (!selection.isValid() || !reader)
        return 0;
    for (const Highlight *h : reader->highlights().at(selection.start)) {
        if (h->start == selection.start && h->end == selection.end)
            return h->annotationId;
    }
    return 0;
}

Result<qint64> PassageActions::addAnnotation(Dossier &dossier, const Annotation &annotation)
{
    const auto id = dossier.addAnnotation(annotation);
    if (!id)
        return id;
    if (Reader *reader = m_desk->currentReader())
        reader->clearSelection();
    m_desk->setActiveAnnotation(*id);
    setActiveAnnotation(*id);
    Q_EMIT annotationCreated(*id);
    return id;
}

Result<qint64> PassageActions::highlightSelection(const QColor &color)
{
    Dossier *dossier = m_desk->dossier();
    const Desk::Selection selection = m_desk->currentSelection();
    if (!dossier || !selection.isValid())
        return Error {tr("Select a passage first.")};
    const auto anchor = dossier->anchorForRange(selection.sourceId, selection.start, selection.end);
    if (!anchor)
        return Error {anchor.error()};
    Annotation annotation;
    annotation.anchor = *anchor;
    if (color.isValid())
        annotation.color = color;
    return addAnnotation(*dossier, annotation);
}

Result<qint64> PassageActions::tagPassage(qint64 tagId)
{
    Dossier *dossier = m_desk->dossier();
    if (!dossier)
        return Error {tr("Open a dossier first.")};
    const Desk::Selection selection = m_desk->currentSelection();
    const qint64 existing = selection.isValid() ? annotationAtSelection() : m_activeAnnotation;
    if (existing) {
        const auto annotation = dossier->annotations().get(existing);
        if (!annotation)
            return Error {tr("That highlight no longer exists.")};
        QVector<qint64> tags = annotation->tagIds;
        if (!tags.contains(tagId))
            tags.append(tagId);
        const Status status = dossier->setAnnotationTags(existing, tags);
        if (!status.ok())
            return Error {status.error()};
        return existing;
    }
    if (!selection.isValid())
        return Error {tr("Select a passage first.")};
    const auto anchor = dossier->anchorForRange(selection.sourceId, selection.start, selection.end);
    if (!anchor)
        return Error {anchor.error()};
    Annotation annotation;
    annotation.anchor = *anchor;
    annotation.tagIds = {tagId};
    return addAnnotation(*dossier, annotation);
}

Result<qint64> PassageActions::tagPassage(const QString &tagPath)
{
    Dossier *dossier = m_desk->dossier();
    if (!dossier)
        return Error {tr("Open a dossier first.")};
    if (const qint64 known = dossier->tags().findPath(tagPath))
        return tagPassage(known);
    if (!m_desk->currentSelection().isValid() && !m_activeAnnotation)
        return Error {tr("Select a passage first.")};
    QUndoStack *stack = dossier->undoStack();
    //: Undo/redo action name; %1 is a codebook tag such as "Réserves/Commission"
    stack->beginMacro(tr("Tag passage “%1”").arg(tagPath));
    const auto tagId = dossier->ensureTagPath(tagPath);
    Result<qint64> tagged = tagId ? tagPassage(*tagId) : Result<qint64>(Error {tagId.error()});
    stack->endMacro();
    if (!tagged)
        stack->undo(); // no new tag left behind for a passage that was not tagged
    return tagged;
}

Result<qint64> PassageActions::notePassage(const QString &note)
{
    Dossier *dossier = m_desk->dossier();
    if (!dossier)
        return Error {tr("Open a dossier first.")};
    const Desk::Selection selection = m_desk->currentSelection();
    const qint64 existing = selection.isValid() ? annotationAtSelection() : m_activeAnnotation;
    if (existing) {
        const Status status = dossier->setAnnotationNote(existing, note);
        if (!status.ok())
            return Error {status.error()};
        return existing;
    }
    if (!selection.isValid())
        return Error {tr("Select a passage first.")};
    const auto anchor = dossier->anchorForRange(selection.sourceId, selection.start, selection.end);
    if (!anchor)
        return Error {anchor.error()};
    Annotation annotation;
    annotation.anchor = *anchor;
    annotation.note = note;
    return addAnnotation(*dossier, annotation);
}

Result<qint64> PassageActions::claimPassage(const QString &text)
{
    Dossier *dossier = m_desk->dossier();
    if (!dossier)
        return Error {tr("Open a dossier first.")};
    const Desk::Selection selection = m_desk->currentSelection();
    qint64 evidence = selection.isValid() ? annotationAtSelection() : m_activeAnnotation;
    if (!evidence && !selection.isValid())
        return Error {tr("Select a passage first.")};

    std::optional<Anchor> anchor;
    if (!evidence) {
        auto built = dossier->anchorForRange(selection.sourceId, selection.start, selection.end);
        if (!built)
            return Error {built.error()};
        anchor = *built;
    }

    QUndoStack *stack = dossier->undoStack();
    //: Undo/redo action name
    stack->beginMacro(tr("New claim from passage"));
    QString error;
    QString draft = text;
    if (anchor) {
        Annotation annotation;
        annotation.anchor = *anchor;
        const auto id = dossier->addAnnotation(annotation);
        if (id)
            evidence = *id;
        else
            error = id.error();
    }
    if (draft.isEmpty() && evidence) {
        const auto annotation = dossier->annotations().get(evidence);
        // The quote is the first draft; the investigator rewrites it as a statement in the Claims dock.
        if (annotation)
            draft = oneLine(annotation->anchor.exact);
    }
    qint64 claimId = 0;
    if (error.isEmpty()) {
        Claim claim;
        claim.text = draft;
        claim.evidenceIds = {evidence};
        const auto id = dossier->addClaim(claim);
        if (id)
            claimId = *id;
        else
            error = id.error();
    }
    stack->endMacro();
    if (!error.isEmpty()) {
        stack->undo();
        return Error {error};
    }
    if (Reader *reader = m_desk->currentReader())
        reader->clearSelection();
    Q_EMIT claimCreated(claimId);
    return claimId;
}

Result<qint64> PassageActions::citePassage(qint64 claimId)
{
    Dossier *dossier = m_desk->dossier();
    if (!dossier)
        return Error {tr("Open a dossier first.")};
    const auto claim = dossier->claims().get(claimId);
    if (!claim)
        return Error {tr("That claim no longer exists.")};
    const Desk::Selection selection = m_desk->currentSelection();
    qint64 evidence = selection.isValid() ? annotationAtSelection() : m_activeAnnotation;
    if (!evidence && !selection.isValid())
        return Error {tr("Select a passage or click a highlight first.")};
    if (evidence) {
        const Status cited = ClaimCitation::cite(*dossier, claimId, evidence);
        if (!cited)
            return Error {cited.error()};
        Q_EMIT passageCited(claimId, evidence);
        return evidence;
    }

    const auto anchor = dossier->anchorForRange(selection.sourceId, selection.start, selection.end);
    if (!anchor)
        return Error {anchor.error()};
    // The new highlight and the citation are one undo step: undo leaves no stray highlight.
    QUndoStack *stack = dossier->undoStack();
    //: Undo/redo action name; %1 the start of the claim's statement
    stack->beginMacro(tr("Cite passage in “%1”").arg(oneLine(claim->text).left(40)));
    Annotation annotation;
    annotation.anchor = *anchor;
    QString error;
    const auto added = dossier->addAnnotation(annotation);
    if (added) {
        evidence = *added;
        const Status cited = ClaimCitation::cite(*dossier, claimId, evidence);
        if (!cited)
            error = cited.error();
    } else {
        error = added.error();
    }
    stack->endMacro();
    if (!error.isEmpty()) {
        stack->undo();
        return Error {error};
    }
    if (Reader *reader = m_desk->currentReader())
        reader->clearSelection();
    m_desk->setActiveAnnotation(evidence);
    setActiveAnnotation(evidence);
    Q_EMIT annotationCreated(evidence);
    Q_EMIT passageCited(claimId, evidence);
    return evidence;
}

bool PassageActions::deleteHighlight(qint64 annotationId)
{
    Dossier *dossier = m_desk->dossier();
    if (!dossier || !annotationId)
        return false;
    bool cancelled = false;
    const Status deleted = HighlightDeletion::run(m_dialogParent, *dossier, annotationId, &cancelled);
    if (!deleted) {
        Q_EMIT message(deleted.error());
        return false;
    }
    if (cancelled)
        return false;
    if (m_activeAnnotation == annotationId)
        setActiveAnnotation(0);
    Q_EMIT message(tr("Highlight deleted; Edit ▸ Undo brings it back."));
    return true;
}

Result<qint64> PassageActions::markEntity(const QString &type, const QString &name)
{
    Dossier *dossier = m_desk->dossier();
    const Desk::Selection selection = m_desk->currentSelection();
    if (!dossier || !selection.isValid())
        return Error {tr("Select the name of a person or an institution first.")};
    const QString entity = name.isEmpty() ? entityName(selection.text) : name.simplified();
    if (entity.isEmpty())
        return Error {tr("The selection holds no name.")};
    const auto anchor = dossier->anchorForRange(selection.sourceId, selection.start, selection.end);
    if (!anchor)
        return Error {anchor.error()};

    qint64 entityId = 0;
    for (const Entity &known : dossier->entities().findByName(entity)) {
        if (known.type == type) {
            entityId = known.id;
            break;
        }
    }
    // One undo step takes back the mention and, when this mark created it, the entity.
    QUndoStack *stack = dossier->undoStack();
    //: Undo/redo action name; %1 the name of a person or an institution marked in a source
    stack->beginMacro(tr("Mark “%1”").arg(entity));
    QString error;
    if (!entityId) {
        Entity e;
        e.type = type;
        e.name = entity;
        const auto added = dossier->addEntity(e);
        if (added)
            entityId = *added;
        else
            error = added.error();
    }
    if (error.isEmpty()) {
        Mention mention;
        mention.anchor = *anchor;
        mention.confirmed = true;
        stack->push(new AddMentionsCommand(dossier, entityId, {mention}, &error));
    }
    stack->endMacro();
    if (!error.isEmpty()) {
        stack->undo();
        return Error {error};
    }
    if (Reader *reader = m_desk->currentReader())
        reader->clearSelection();
    Q_EMIT entityMarked(entityId);
    return entityId;
}

void PassageActions::onHighlight()
{
    const auto id = highlightSelection();
    if (!id)
        Q_EMIT message(id.error());
    else
        Q_EMIT message(tr("Highlight added; Edit ▸ Undo takes it back."));
}

void PassageActions::onTag()
{
    Dossier *dossier = m_desk->dossier();
    if (!dossier)
        return;
    const Desk::Selection selection = m_desk->currentSelection();
    TagPickerDialog picker(dossier, m_dialogParent);
    if (selection.isValid())
        picker.setPassage(selection.text);
    if (picker.exec() != QDialog::Accepted)
        return;
    // The reader keeps its selection while the dialog is up; a path typed in the picker is
    // created with the highlight, as one undo step.
    const auto result = picker.tagId() ? tagPassage(picker.tagId()) : tagPassage(picker.newTagPath());
    if (!result)
        Q_EMIT message(result.error());
}

void PassageActions::onNote()
{
    Dossier *dossier = m_desk->dossier();
    if (!dossier)
        return;
    const Desk::Selection selection = m_desk->currentSelection();
    const qint64 existing = selection.isValid() ? annotationAtSelection() : m_activeAnnotation;
    QString current;
    if (existing) {
        if (const auto annotation = dossier->annotations().get(existing))
            current = annotation->note;
    }
    NoteEditorDialog editor(
        dossier, selection.isValid() ? oneLine(selection.text).left(80) : QString(), current, m_dialogParent);
    if (editor.exec() != QDialog::Accepted)
        return;
    const QString note = editor.note();
    const auto result = notePassage(note);
    if (!result)
        Q_EMIT message(result.error());
}

void PassageActions::onClaim()
{
    const auto result = claimPassage();
    if (!result)
        Q_EMIT message(result.error());
    else
        Q_EMIT message(tr("New claim added to the Claims dock; rewrite it there as your statement."));
}

void PassageActions::onCite()
{
    Dossier *dossier = m_desk->dossier();
    if (!dossier)
        return;
    const Desk::Selection selection = m_desk->currentSelection();
    const qint64 existing = selection.isValid() ? annotationAtSelection() : m_activeAnnotation;
    if (!selection.isValid() && !existing) {
        Q_EMIT message(tr("Select a passage or click a highlight first."));
        return;
    }
    ClaimPickerDialog picker(dossier, existing, m_dialogParent);
    if (selection.isValid()) {
        picker.setPassage(selection.text);
    } else if (const auto annotation = dossier->annotations().get(existing)) {
        picker.setPassage(annotation->anchor.exact);
    }
    if (picker.exec() != QDialog::Accepted)
        return;
    const auto result = citePassage(picker.claimId());
    if (!result) {
        Q_EMIT message(result.error());
        return;
    }
    const auto claim = dossier->claims().get(picker.claimId());
    const int passages = claim ? int(claim->evidenceIds.size()) : 0;
    Q_EMIT message(tr("Cited in “%1”, which now rests on %n passage(s).", "", passages)
                       .arg(claim ? oneLine(claim->text).left(60) : QString()));
}

void PassageActions::onEntity(const QString &type)
{
    const Desk::Selection selection = m_desk->currentSelection();
    if (!selection.isValid())
        return;
    bool ok = false;
    const bool person = type == QStringLiteral("Person");
    const QString name
        = QInputDialog::getText(m_dialogParent, person ? tr("Mark as Person") : tr("Mark as Institution"),
            person ? tr("Name of the person:") : tr("Name of the institution:"), QLineEdit::Normal,
            entityName(selection.text), &ok);
    if (!ok)
        return;
    const auto result = markEntity(type, name);
    if (!result) {
        Q_EMIT message(result.error());
        return;
    }
    const int mentions = int(m_desk->dossier()->entities().mentions(*result).size());
    Q_EMIT message(person
            ? tr("“%1” is marked as a person (%n mention(s)).", "", mentions).arg(name.simplified())
            : tr("“%1” is marked as an institution (%n mention(s)).", "", mentions).arg(name.simplified()));
}

void PassageActions::onCopy()
{
    const Desk::Selection selection = m_desk->currentSelection();
    if (selection.isValid())
        QApplication::clipboard()->setText(selection.text);
}

qint64 PassageActions::highlightAt(const QPoint &globalPos) const
{
    Reader *reader = m_desk->currentReader();
    if (!reader)
        return 0;
    // The views paint the highlights and know which one is under a point of their viewport.
    for (TextView *view : reader->findChildren<TextView *>()) {
        const QPoint pos = view->viewport()->mapFromGlobal(globalPos);
        if (view->isVisible() && view->viewport()->rect().contains(pos))
            return view->highlightAt(pos);
    }
    for (PdfView *view : reader->findChildren<PdfView *>()) {
        const QPoint pos = view->viewport()->mapFromGlobal(globalPos);
        if (view->isVisible() && view->viewport()->rect().contains(pos))
            return view->highlightAt(pos);
    }
    return 0;
}

QMenu *PassageActions::createPassageMenu(QWidget *parent)
{
    updateActions();
    auto *menu = new QMenu(parent);
    menu->addAction(m_copy);
    menu->addSeparator();
    for (QAction *action : actions()) {
        menu->addAction(action);
        if (action == m_cite)
            menu->addSeparator();
    }
    return menu;
}

QMenu *PassageActions::createHighlightMenu(qint64 annotationId, QWidget *parent)
{
    setActiveAnnotation(annotationId);
    m_desk->setActiveAnnotation(annotationId);
    auto *menu = new QMenu(parent);
    Dossier *dossier = m_desk->dossier();
    const auto annotation = dossier ? dossier->annotations().get(annotationId) : std::nullopt;
    if (!annotation)
        return menu;

    //: Context menu of a highlight
    QAction *note = menu->addAction(QIcon(QStringLiteral(":/icons/note.svg")),
        annotation->note.isEmpty() ? tr("Add &Note…") : tr("Edit &Note…"), this, &PassageActions::onNote);
    note->setObjectName(QStringLiteral("highlightNote"));
    //: Context menu of a highlight: opens the codebook picker
    QAction *tag = menu->addAction(
        QIcon(QStringLiteral(":/icons/tag.svg")), tr("&Tag…"), this, &PassageActions::onTag);
    tag->setObjectName(QStringLiteral("highlightTag"));

    //: Context menu of a highlight: submenu of colours
    QMenu *colors = menu->addMenu(tr("C&olor"));
    colors->menuAction()->setObjectName(QStringLiteral("highlightColor"));
    const QList<std::pair<QString, QColor>> named = {
        {tr("Yellow"), Annotation::defaultColor()},
        {tr("Green"), QColor(QStringLiteral("#a5d6a7"))},
        {tr("Blue"), QColor(QStringLiteral("#90caf9"))},
        {tr("Pink"), QColor(QStringLiteral("#f48fb1"))},
        {tr("Orange"), QColor(QStringLiteral("#ffcc80"))},
    };
    const auto setColor = [this, annotationId](const QColor &color) {
        Dossier *dossier = m_desk->dossier();
        if (!dossier || !color.isValid())
            return;
        const Status status = dossier->setAnnotationColor(annotationId, color);
        if (!status)
            Q_EMIT message(status.error());
    };
    for (const auto &[name, color] : named) {
        QPixmap swatch(16, 16);
        swatch.fill(color);
        QAction *action
            = colors->addAction(QIcon(swatch), name, this, [setColor, color = color] { setColor(color); });
        action->setCheckable(true);
        action->setChecked(annotation->color == color);
    }
    colors->addSeparator();
    //: Colour submenu of a highlight: opens the colour chooser
    colors->addAction(tr("Other Color…"), this, [this, setColor, annotationId] {
        Dossier *dossier = m_desk->dossier();
        const auto current = dossier ? dossier->annotations().get(annotationId) : std::nullopt;
        const QColor chosen = QColorDialog::getColor(
            current ? current->color : Annotation::defaultColor(), m_dialogParent, tr("Highlight Color"));
        setColor(chosen);
    });

    menu->addSeparator();
    menu->addAction(m_cite);
    menu->addAction(m_claim);
    menu->addSeparator();
    //: Context menu of a highlight: selects it in the Annotations dock
    QAction *show = menu->addAction(tr("Show in &Annotations"), this,
        [this, annotationId] { Q_EMIT showInAnnotationsRequested(annotationId); });
    show->setObjectName(QStringLiteral("highlightShowInAnnotations"));
    QAction *remove = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
        tr("&Delete Highlight"), this, [this, annotationId] { deleteHighlight(annotationId); });
    remove->setObjectName(QStringLiteral("highlightDelete"));
    updateActions();
    return menu;
}

void PassageActions::showContextMenu(const QPoint &globalPos)
{
    Reader *reader = m_desk->currentReader();
    const bool selected = reader && reader->hasSelection();
    const qint64 highlight = selected ? 0 : highlightAt(globalPos);
    std::unique_ptr<QMenu> menu(
        highlight ? createHighlightMenu(highlight, m_dialogParent) : createPassageMenu(m_dialogParent));
    menu->exec(globalPos);
}

} // namespace Recoupe
