// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimeditor.h"

#include "models/annotationlistmodel.h"
#include "models/claimlistmodel.h"
#include "spell/spellcheckdecorator.h"
#include "spell/spellchecker.h"
#include "storage/annotationstore.h"
#include "storage/claimcitation.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/evidenceorigins.h"
#include "storage/sourcestore.h"

#include <QComboBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Recoupe {

namespace {

// A burst of typing is saved when the keyboard rests this long (and before anything else
// happens to the claim): short enough that nothing is lost, long enough to spare the disk.
constexpr int TypingPauseMs = 400;
constexpr int QuoteLength = 140;

enum EvidenceRole
{
    AnnotationIdRole = Qt::UserRole + 1,
    SourceIdRole,
    StartRole,
    EndRole
};

QString shortQuote(const QString &exact)
{
    const QString flat = exact.simplified();
    if (flat.size() <= QuoteLength)
        return flat;
    return flat.left(QuoteLength - 1) + QChar(0x2026);
}

} // namespace

ClaimEditor::ClaimEditor(QWidget *parent)
    : QWidget(parent)
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("claimStatement"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What the evidence should show, in one sentence"));
    m_text->setAccessibleName(tr("Statement"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("claimNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Working note: what to check, who to call"));
    m_note->setAccessibleName(tr("Note"));
    // Undo belongs to the dossier (one step per burst of typing), not to each text box.
    for (QPlainTextEdit *edit : {m_text, m_note}) {
        edit->setUndoRedoEnabled(false);
        edit->installEventFilter(this);
        // A few lines each (they scroll beyond); the evidence list takes the rest of the height.
        const int lineSpacing = edit->fontMetrics().lineSpacing();
        const int chrome = 2 * edit->frameWidth() + int(2 * edit->document()->documentMargin());
        edit->setMinimumHeight(lineSpacing * 2 + chrome);
        edit->setMaximumHeight(lineSpacing * (edit == m_text ? 5 : 6) + chrome);
        connect(edit, &QPlainTextEdit::textChanged, this, &ClaimEditor::onTyping);
    }
    m_textSpelling = new SpellCheckDecorator(m_text);
    m_noteSpelling = new SpellCheckDecorator(m_note);
    // A word added from one box is known in the other too.
    connect(m_textSpelling, &SpellCheckDecorator::wordAdded, m_noteSpelling, &SpellCheckDecorator::recheck);
    connect(m_noteSpelling, &SpellCheckDecorator::wordAdded, m_textSpelling, &SpellCheckDecorator::recheck);
    connect(m_textSpelling, &SpellCheckDecorator::errorOccurred, this, &ClaimEditor::setMessage);
    connect(m_noteSpelling, &SpellCheckDecorator::errorOccurred, this, &ClaimEditor::setMessage);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("claimStatus"));
    for (Claim::Status status :
        {Claim::Status::ToVerify, Claim::Status::Supported, Claim::Status::Disputed, Claim::Status::Refuted})
        m_status->addItem(ClaimListModel::statusLabel(status), int(status));
    m_speaker = new QComboBox(this);
    m_speaker->setObjectName(QStringLiteral("claimSpeaker"));
    m_stance = new QComboBox(this);
    m_stance->setObjectName(QStringLiteral("claimStance"));
    for (Claim::Stance stance : {Claim::Stance::None, Claim::Stance::Asserts, Claim::Stance::Denies,
             Claim::Stance::Reports, Claim::Stance::Doubts})
        m_stance->addItem(ClaimListModel::stanceLabel(stance), int(stance));
    for (QComboBox *box : {m_status, m_speaker, m_stance})
        connect(box, &QComboBox::currentIndexChanged, this, &ClaimEditor::onFieldChanged);

    m_evidence = new QListWidget(this);
    m_evidence->setObjectName(QStringLiteral("claimEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setToolTip(tr("Passages cited as evidence. Enter or double-click opens one; "
                              "Ctrl+Enter opens it in a new pane; Delete removes it from the claim. "
                              "Drop a highlight from the Annotations dock here to cite it."));
    m_evidence->installEventFilter(this);
    connect(m_evidence, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { openEvidence(item, false); });
    m_removeEvidence = new QPushButton(tr("Remove from evidence"), this);
    m_removeEvidence->setObjectName(QStringLiteral("removeEvidence"));
    m_removeEvidence->setEnabled(false);
    connect(m_removeEvidence, &QPushButton::clicked, this, &ClaimEditor::removeSelectedEvidence);
    connect(m_evidence, &QListWidget::itemSelectionChanged, this,
        [this] { m_removeEvidence->setEnabled(!m_evidence->selectedItems().isEmpty()); });

    m_sources = new QLabel(this);
    m_sources->setObjectName(QStringLiteral("claimSources"));
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::PlainText);
    setAcceptDrops(true);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::LinkVisited);
    m_message->hide();
    m_spellState = new QLabel(this);
    m_spellState->setWordWrap(true);
    m_spellState->setEnabled(false);
    m_spellState->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    //: Label of the claim's statement in the claim editor
    form->addRow(tr("&Statement:"), m_text);
    form->addRow(tr("S&tatus:"), m_status);
    //: Label: the entity who makes the statement
    form->addRow(tr("S&peaker:"), m_speaker);
    form->addRow(tr("St&ance:"), m_stance);
    form->addRow(tr("&Note:"), m_note);
    auto *evidenceBox = new QVBoxLayout;
    evidenceBox->addWidget(m_evidence, 1);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_sources, 1);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceBox->addLayout(evidenceButtons);
    //: Label of the list of passages a claim cites
    auto *evidenceLabel = new QLabel(tr("&Evidence:"), this);
    evidenceLabel->setBuddy(m_evidence);
    form->addRow(evidenceLabel, evidenceBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_spellState);
    // Tab follows the form from top to bottom (the text boxes were made before the combos).
    const QList<QWidget *> order {
        m_text, m_status, m_speaker, m_stance, m_note, m_evidence, m_removeEvidence};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(TypingPauseMs);
    connect(m_typingTimer, &QTimer::timeout, this, &ClaimEditor::saveTyping);

    setClaim(0);
}

ClaimEditor::~ClaimEditor()
{
    flush(); // typing of the last moment is kept
    // The child widgets die after this body and may signal on the way out.
    for (QObject *child : {static_cast<QObject *>(m_text), static_cast<QObject *>(m_note),
             static_cast<QObject *>(m_evidence), static_cast<QObject *>(m_status),
             static_cast<QObject *>(m_speaker), static_cast<QObject *>(m_stance)})
        disconnect(child, nullptr, this, nullptr);
}

void ClaimEditor::setDossier(Dossier *dossier)
{
    if (m_dossier == dossier)
        return;
    flush();
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    m_claimId = 0;
    if (m_dossier) {
        connect(m_dossier, &Dossier::claimChanged, this, &ClaimEditor::onClaimChanged);
        connect(m_dossier, &Dossier::claimRemoved, this, [this](qint64 id) {
            if (id == m_claimId)
                setClaim(0);
        });
        // Undoing "Add to dictionary" marks the word again.
        connect(m_dossier, &Dossier::dictionaryChanged, m_textSpelling, &SpellCheckDecorator::recheck);
        connect(m_dossier, &Dossier::dictionaryChanged, m_noteSpelling, &SpellCheckDecorator::recheck);
        connect(m_dossier, &Dossier::entityAdded, this, &ClaimEditor::loadSpeakers);
        connect(m_dossier, &Dossier::entityChanged, this, &ClaimEditor::loadSpeakers);
        connect(m_dossier, &Dossier::entityRemoved, this, &ClaimEditor::loadSpeakers);
        // Evidence shows quotes and titles: follow what changes them.
        connect(m_dossier, &Dossier::annotationRemoved, this, &ClaimEditor::loadEvidence);
        connect(m_dossier, &Dossier::annotationAdded, this, &ClaimEditor::loadEvidence);
        connect(m_dossier, &Dossier::sourceChanged, this, &ClaimEditor::loadEvidence);
        connect(m_dossier, &Dossier::sourcesRemoved, this, &ClaimEditor::loadEvidence);
        connect(m_dossier, &Dossier::sourcesAdded, this, &ClaimEditor::loadEvidence);
    }
    load();
}

void ClaimEditor::setSpellChecker(SpellChecker *checker, const QString &unavailableReason)
{
    m_textSpelling->setSpellChecker(checker);
    m_noteSpelling->setSpellChecker(checker);
    // Words go to the dossier's dictionary as an undoable step.
    const auto adder = [this, checker](const QString &word) -> Status {
        if (!m_dossier || !checker)
            return Error {tr("No dossier is open.")};
        return m_dossier->addDictionaryWord(checker->language(), word);
    };
    m_textSpelling->setWordAdder(adder);
    m_noteSpelling->setWordAdder(adder);
    m_spellState->setText(
        unavailableReason.isEmpty() ? QString() : tr("Spell checking is off: %1").arg(unavailableReason));
    m_spellState->setVisible(!checker && !unavailableReason.isEmpty());
}

void ClaimEditor::setClaim(qint64 claimId)
{
    if (claimId == m_claimId && claimId != 0)
        return;
    flush();
    m_claimId = claimId;
    load();
}

void ClaimEditor::load()
{
    m_loading = true;
    setMessage(QString());
    loadSpeakers();
    std::optional<Claim> claim;
    if (m_dossier && m_claimId)
        claim = m_dossier->claims().get(m_claimId);
    if (!claim)
        m_claimId = 0;
    setEnabled(claim.has_value());
    m_text->setPlainText(claim ? claim->text : QString());
    m_note->setPlainText(claim ? claim->note : QString());
    m_status->setCurrentIndex(m_status->findData(int(claim ? claim->status : Claim::Status::ToVerify)));
    m_stance->setCurrentIndex(m_stance->findData(int(claim ? claim->stance : Claim::Stance::None)));
    m_speaker->setCurrentIndex(std::max(0, m_speaker->findData(claim ? claim->speakerId : qint64(0))));
    m_loading = false;
    loadEvidence();
}

void ClaimEditor::loadSpeakers()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    qint64 current = m_speaker->currentData().toLongLong();
    if (m_dossier && m_claimId) {
        if (const auto claim = m_dossier->claims().get(m_claimId))
            current = claim->speakerId;
    }
    m_speaker->clear();
    //: Speaker of a claim: none chosen
    m_speaker->addItem(tr("No speaker"), qint64(0));
    if (m_dossier) {
        QVector<Entity> entities = m_dossier->entities().all();
        std::sort(entities.begin(), entities.end(),
            [](const Entity &a, const Entity &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Entity &entity : std::as_const(entities))
            m_speaker->addItem(entity.name, entity.id);
    }
    m_speaker->setCurrentIndex(std::max(0, m_speaker->findData(current)));
    m_loading = wasLoading;
}

void ClaimEditor::loadEvidence()
{
    m_evidence->clear();
    m_sources->clear();
    if (!m_dossier || !m_claimId)
        return;
    const auto claim = m_dossier->claims().get(m_claimId);
    if (!claim)
        return;
    if (!claim->evidenceIds.isEmpty()) {
        const EvidenceOrigins origins = EvidenceOrigins::of(*m_dossier, claim->evidenceIds);
        const QString shared = origins.sharedOriginsText();
        m_sources->setText(
            shared.isEmpty() ? origins.summary() : origins.summary() + QLatin1Char('\n') + shared);
    }
    for (qint64 annotationId : claim->evidenceIds) {
        const auto annotation = m_dossier->annotations().get(annotationId);
        if (!annotation)
            continue;
        const auto source = m_dossier->sources().get(annotation->anchor.sourceId);
        //: Shown for evidence whose source was removed from the library
        const QString title = source ? source->title : tr("(removed source)");
        //: An evidence passage: %1 the quoted passage, %2 the title of its source
        auto *item = new QListWidgetItem(tr("“%1”\n— %2").arg(shortQuote(annotation->anchor.exact), title));
        item->setToolTip(annotation->note.isEmpty() ? annotation->anchor.exact : annotation->note);
        item->setData(AnnotationIdRole, annotationId);
        item->setData(SourceIdRole, annotation->anchor.sourceId);
        item->setData(StartRole, annotation->anchor.start);
        item->setData(EndRole, annotation->anchor.end);
        m_evidence->addItem(item);
    }
    m_removeEvidence->setEnabled(!m_evidence->selectedItems().isEmpty());
}

void ClaimEditor::onTyping()
{
    if (m_loading || !m_claimId)
        return;
    m_typingTimer->start();
}

void ClaimEditor::flush()
{
    if (!m_typingTimer->isActive())
        return;
    m_typingTimer->stop();
    saveTyping();
}

void ClaimEditor::saveTyping()
{
    if (!m_dossier || !m_claimId)
        return;
    auto claim = m_dossier->claims().get(m_claimId);
    if (!claim)
        return;
    const QString text = m_text->toPlainText();
    const QString note = m_note->toPlainText();
    if (text.trimmed().isEmpty()) {
        setMessage(tr("A claim needs a statement: type one and your changes are saved."));
        return;
    }
    if (claim->text == text && claim->note == note) {
        setMessage(QString());
        return;
    }
    claim->text = text;
    claim->note = note;
    m_saving = true;
    const Status saved = m_dossier->updateClaim(*claim, true);
    m_saving = false;
    setMessage(saved.ok() ? QString() : saved.error());
}

void ClaimEditor::onFieldChanged()
{
    if (m_loading || !m_dossier || !m_claimId)
        return;
    flush();
    auto claim = m_dossier->claims().get(m_claimId);
    if (!claim)
        return;
    Claim changed = *claim;
    changed.status = Claim::Status(m_status->currentData().toInt());
    changed.stance = Claim::Stance(m_stance->currentData().toInt());
    changed.speakerId = m_speaker->currentData().toLongLong();
    if (changed.status == claim->status && changed.stance == claim->stance
        && changed.speakerId == claim->speakerId)
        return;
    m_saving = true;
    const Status saved = m_dossier->updateClaim(changed, false);
    m_saving = false;
    if (!saved.ok()) {
        setMessage(saved.error());
        load();
    }
}

void ClaimEditor::onClaimChanged(qint64 id)
{
    if (id != m_claimId || m_saving || !m_dossier)
        return;
    const auto claim = m_dossier->claims().get(id);
    if (!claim)
        return;
    m_loading = true;
    // Undo and redo bring other text: put it in, keeping the cursor where it was if possible.
    // Typing not saved yet wins over a change made elsewhere (evidence added from the desk).
    if (!m_typingTimer->isActive()) {
        for (auto [edit, value] : {std::pair {m_text, claim->text}, std::pair {m_note, claim->note}}) {
            if (edit->toPlainText() == value)
                continue;
            const int position = edit->textCursor().position();
            edit->setPlainText(value);
            QTextCursor cursor = edit->textCursor();
            cursor.setPosition(std::min(position, int(value.size())));
            edit->setTextCursor(cursor);
        }
    }
    m_status->setCurrentIndex(m_status->findData(int(claim->status)));
    m_stance->setCurrentIndex(m_stance->findData(int(claim->stance)));
    m_speaker->setCurrentIndex(std::max(0, m_speaker->findData(claim->speakerId)));
    m_loading = false;
    loadEvidence();
}

void ClaimEditor::removeSelectedEvidence()
{
    if (!m_dossier || !m_claimId)
        return;
    const QList<QListWidgetItem *> selected = m_evidence->selectedItems();
    if (selected.isEmpty())
        return;
    flush();
    auto claim = m_dossier->claims().get(m_claimId);
    if (!claim)
        return;
    for (const QListWidgetItem *item : selected)
        claim->evidenceIds.removeAll(item->data(AnnotationIdRole).toLongLong());
    const Status saved = m_dossier->updateClaim(*claim, false);
    if (!saved.ok())
        setMessage(saved.error());
}

Status ClaimEditor::cite(const QVector<qint64> &annotationIds)
{
    if (!m_dossier || !m_claimId)
        return Error {tr("Pick a claim first.")};
    flush();
    const auto claim = m_dossier->claims().get(m_claimId);
    if (!claim)
        return Error {tr("That claim no longer exists.")};
    QVector<qint64> fresh;
    for (qint64 id : annotationIds) {
        if (!claim->evidenceIds.contains(id) && !fresh.contains(id))
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return Error {tr("The claim already cites this passage.")};
    if (fresh.size() == 1)
        return ClaimCitation::cite(*m_dossier, m_claimId, fresh.first());
    QUndoStack *stack = m_dossier->undoStack();
    //: Undo/redo action name
    stack->beginMacro(tr("Cite %n passage(s) in claim", "", int(fresh.size())));
    QString error;
    for (qint64 id : std::as_const(fresh)) {
        const Status cited = ClaimCitation::cite(*m_dossier, m_claimId, id);
        if (!cited) {
            error = cited.error();
            break;
        }
    }
    stack->endMacro();
    if (!error.isEmpty()) {
        stack->undo();
        return Error {error};
    }
    return {};
}

namespace {

QVector<qint64> droppedAnnotations(const QMimeData *data)
{
    QVector<qint64> ids;
    if (!data || !data->hasFormat(AnnotationListModel::mimeType()))
        return ids;
    const QList<QByteArray> lines = data->data(AnnotationListModel::mimeType()).split('\n');
    for (const QByteArray &line : lines) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

} // namespace

void ClaimEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_claimId && !droppedAnnotations(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QWidget::dragEnterEvent(event);
}

void ClaimEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_claimId && !droppedAnnotations(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QWidget::dragMoveEvent(event);
}

void ClaimEditor::dropEvent(QDropEvent *event)
{
    const QVector<qint64> ids = droppedAnnotations(event->mimeData());
    if (!m_claimId || ids.isEmpty()) {
        QWidget::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    const Status cited = cite(ids);
    setMessage(cited.ok() ? QString() : cited.error());
}

void ClaimEditor::openEvidence(QListWidgetItem *item, bool newPane)
{
    if (!item)
        return;
    Q_EMIT passageRequested(item->data(SourceIdRole).toLongLong(), item->data(StartRole).toLongLong(),
        item->data(EndRole).toLongLong(), newPane);
}

void ClaimEditor::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT errorOccurred(message);
}

bool ClaimEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && (watched == m_text || watched == m_note)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Let the window's Undo/Redo (the dossier's stack) have it, with the typing saved.
            flush();
            event->ignore();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && watched == m_evidence) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelectedEvidence();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            openEvidence(m_evidence->currentItem(), true);
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut && (watched == m_text || watched == m_note))
        flush();
    return QWidget::eventFilter(watched, event);
}

} // namespace Recoupe
