// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipdialog.h"

#include "entities/relationshipdates.h"
#include "graph/entitystyle.h"
#include "graph/evidencelist.h"
#include "partialdateedit.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/sourcestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Recoupe {

namespace {

constexpr qint64 SentenceReach = 300; // characters read around a passage to find its sentence

// The sentences a passage sits in: dates are often written just before or after the words
// the user highlighted ("Le 7 mai, M. X a rejoint…").
QString sentenceAround(Dossier &dossier, qint64 sourceId, qint64 start, qint64 end, qint64 *offset)
{
    const auto source = dossier.sources().get(sourceId);
    if (!source)
        return QString();
    const qint64 from = std::max<qint64>(0, start - SentenceReach);
    const qint64 to = std::min<qint64>(source->textLength, end + SentenceReach);
    const QString window = dossier.sources().textRange(sourceId, from, to);
    auto isStop = [&window](qsizetype i) {
        const QChar c = window.at(i);
        return c == QLatin1Char('\n')
            || ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'))
                && i + 1 < window.size() && window.at(i + 1).isSpace());
    };
    qsizetype first = std::clamp<qsizetype>(start - from, 0, window.size());
    while (first > 0 && !isStop(first - 1))
        --first;
    qsizetype last = std::clamp<qsizetype>(end - from, 0, window.size());
    while (last < window.size() && !isStop(last))
        ++last;
    if (last < window.size())
        ++last;
    *offset = from + first;
    return window.mid(first, last - first);
}

QDate referenceOf(Dossier &dossier, qint64 sourceId)
{
    const auto source = dossier.sources().get(sourceId);
    const PartialDate published = source ? PartialDate::fromIso(source->published) : PartialDate();
    return published.precision() == PartialDate::Precision::Day ? published.earliest() : QDate();
}

QString roleText(DateMention::Role role)
{
    switch (role) {
    case DateMention::Role::Start:
        //: A date read from evidence, as a start
        return RelationshipDialog::tr("start");
    case DateMention::Role::End:
        //: A date read from evidence, as an end
        return RelationshipDialog::tr("end");
    case DateMention::Role::Point:
        //: A date read from evidence, neither start nor end
        return RelationshipDialog::tr("date");
    }
    return QString();
}

} // namespace

RelationshipDialog::RelationshipDialog(Dossier *dossier, QWidget *parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_label(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_start(new PartialDateEdit(this))
    , m_end(new PartialDateEdit(this))
    , m_suggestionList(new QListWidget(this))
    , m_conflicts(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_evidence(new EvidenceList(this))
    , m_pending(new QLabel(this))
    , m_unsupported(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("RelationshipDialog"));
    setWindowTitle(tr("New Relationship"));
    m_from->setObjectName(QStringLiteral("relationshipFrom"));
    m_to->setObjectName(QStringLiteral("relationshipTo"));
    for (QComboBox *box : {m_from, m_to}) {
        box->setEditable(true); // type-ahead over long lists
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setMinimumContentsLength(28);
        // Long names read from their start, not scrolled to their end.
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), box, [box] {
            if (box->lineEdit())
                box->lineEdit()->setCursorPosition(0);
        });
    }
    for (const QString &type : Relationship::types())
        m_type->addItem(EntityStyle::relationshipTypeName(type), type);
    m_label->setPlaceholderText(tr("What links them, e.g. “hosting contract”"));
    m_role->setPlaceholderText(tr("e.g. director, member of the board, ministre"));
    m_start->setObjectName(QStringLiteral("relationshipStart"));
    m_end->setObjectName(QStringLiteral("relationshipEnd"));
    m_suggestionList->setObjectName(QStringLiteral("dateSuggestions"));
    m_suggestionList->setMaximumHeight(fontMetrics().height() * 6);
    m_suggestionList->setToolTip(tr("Double-click a date to use it as the start or the end"));
    m_conflicts->setObjectName(QStringLiteral("relationshipConflicts"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setStyleSheet(QStringLiteral("QLabel { color: #a04000; }"));
    m_conflicts->hide();
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().height() * 4);
    m_evidence->setDossier(dossier);
    m_evidence->setMinimumHeight(fontMetrics().height() * 6);
    m_pending->setWordWrap(true);
    m_pending->hide();
    m_unsupported->setObjectName(QStringLiteral("relationshipUnsupported"));
    m_unsupported->setWordWrap(true);
    m_unsupported->setStyleSheet(QStringLiteral("QLabel { color: #a04000; }"));
    m_unsupported->setText(
        tr("No passage supports this yet. You can save it now and cite a passage later (Add Passage…)."));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_error->hide();

    auto *swap = new QToolButton(this);
    swap->setText(QStringLiteral("⇄"));
    swap->setToolTip(tr("Swap the two entities"));
    connect(swap, &QToolButton::clicked, this, [this] {
        const int from = m_from->currentIndex();
        m_from->setCurrentIndex(m_to->currentIndex());
        m_to->setCurrentIndex(from);
    });
    auto *ends = new QHBoxLayout;
    ends->addWidget(m_from, 1);
    ends->addWidget(swap);
    ends->addWidget(m_to, 1);

    auto *useStart = new QPushButton(tr("Use as Start"), this);
    auto *useEnd = new QPushButton(tr("Use as End"), this);
    connect(useStart, &QPushButton::clicked, this, [this] {
        const int row = m_suggestionList->currentRow();
        if (row >= 0)
            m_start->setDate(m_suggestions.at(row).date);
    });
    connect(useEnd, &QPushButton::clicked, this, [this] {
        const int row = m_suggestionList->currentRow();
        if (row >= 0)
            m_end->setDate(m_suggestions.at(row).date);
    });
    connect(m_suggestionList, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { useSuggestion(m_suggestionList->row(item)); });
    auto *useButtons = new QVBoxLayout;
    useButtons->addWidget(useStart);
    useButtons->addWidget(useEnd);
    useButtons->addStretch(1);
    auto *suggestions = new QHBoxLayout;
    suggestions->addWidget(m_suggestionList, 1);
    suggestions->addLayout(useButtons);

    auto *form = new QFormLayout;
    //: The two entities of a relationship, from → to
    // A row holding a layout gets no buddy: without one the label would show its "&".
    auto *between = new QLabel(tr("&Between:"), this);
    between->setBuddy(m_from);
    form->addRow(between, ends);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("Dates in the evidence:"), suggestions);
    form->addRow(QString(), m_conflicts);
    form->addRow(tr("N&ote:"), m_note);

    auto *evidenceBox = new QGroupBox(tr("Evidence"), this);
    auto *add = new QPushButton(tr("Add Passage…"), evidenceBox);
    add->setToolTip(tr("Cite one of the dossier's highlights as evidence"));
    auto *remove = new QPushButton(tr("Remove"), evidenceBox);
    remove->setToolTip(tr("Stop citing the selected passages (the highlights stay)"));
    connect(add, &QPushButton::clicked, this, &RelationshipDialog::pickEvidence);
    connect(remove, &QPushButton::clicked, this, &RelationshipDialog::removeSelectedEvidence);
    connect(m_evidence, &EvidenceList::passageRequested, this, &RelationshipDialog::passageRequested);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(add);
    evidenceButtons->addWidget(remove);
    evidenceButtons->addStretch(1);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_pending);
    evidenceLayout->addWidget(m_unsupported);
    evidenceLayout->addWidget(m_evidence, 1);
    evidenceLayout->addLayout(evidenceButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RelationshipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(evidenceBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(
        m_type, qOverload<int>(&QComboBox::currentIndexChanged), this, &RelationshipDialog::updateLabelField);
    fillEntities();
    updateLabelField();
    updateSupportWarning();
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 40);
}

void RelationshipDialog::updateSupportWarning()
{
    // A warning, not a refusal: the link may be known before the passage that shows it is found.
    m_unsupported->setVisible(m_evidenceIds.isEmpty() && !m_pendingSource);
}

void RelationshipDialog::fillEntities()
{
    m_from->clear();
    m_to->clear();
    if (!m_dossier)
        return;
    QVector<Entity> entities = m_dossier->entities().all();
    std::sort(entities.begin(), entities.end(),
        [](const Entity &a, const Entity &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const Entity &e : std::as_const(entities)) {
        m_from->addItem(EntityStyle::icon(e.type), e.name, e.id);
        m_to->addItem(EntityStyle::icon(e.type), e.name, e.id);
    }
    m_from->setCurrentIndex(-1);
    m_to->setCurrentIndex(-1);
}

void RelationshipDialog::updateLabelField()
{
    const bool other = m_type->currentData().toString() == QLatin1String("UnknownLink");
    m_label->setEnabled(other);
    if (!other)
        m_label->clear();
}

void RelationshipDialog::setRelationship(const Relationship &relationship)
{
    m_original = relationship;
    setWindowTitle(relationship.id ? tr("Edit Relationship") : tr("New Relationship"));
    setEntities(relationship.fromId, relationship.toId);
    const int type
        = m_type->findData(relationship.type.isEmpty() ? QStringLiteral("UnknownLink") : relationship.type);
    m_type->setCurrentIndex(type >= 0 ? type : m_type->findData(QStringLiteral("UnknownLink")));
    // A type FtM does not know is kept as the label of an "other link".
    m_label->setText(type >= 0 ? relationship.label : relationship.type);
    m_role->setText(relationship.role);
    m_start->setDate(relationship.start);
    m_end->setDate(relationship.end);
    m_note->setPlainText(relationship.note);
    m_evidenceIds = relationship.evidenceIds;
    refreshEvidence();
    m_conflicts->hide();
    if (relationship.id && m_dossier) {
        RelationshipDates dates(*m_dossier);
        QStringList sentences;
        for (const DateConflict &conflict : dates.conflictsFor(relationship.id))
            sentences.append(dates.describe(conflict));
        if (!sentences.isEmpty()) {
            m_conflicts->setText(sentences.join(QLatin1Char('\n')));
            m_conflicts->show();
        }
    }
}

void RelationshipDialog::setEntities(qint64 fromEntity, qint64 toEntity)
{
    m_from->setCurrentIndex(fromEntity ? m_from->findData(fromEntity) : -1);
    m_to->setCurrentIndex(toEntity ? m_to->findData(toEntity) : -1);
}

void RelationshipDialog::setPendingPassage(qint64 sourceId, qint64 start, qint64 end)
{
    m_pendingSource = sourceId;
    m_pendingStart = start;
    m_pendingEnd = end;
    updateSupportWarning();
    if (m_dossier && sourceId) {
        // The passage may be highlighted already: cite that highlight.
        for (const Annotation &a : m_dossier->annotations().forSource(sourceId)) {
            if (a.anchor.start == start && a.anchor.end == end) {
                m_pendingSource = 0;
                addEvidence(a.id);
                return;
            }
        }
        const QString quote = m_dossier->sources().textRange(sourceId, start, end);
        //: Above the evidence list: %1 the passage selected in the reader
        m_pending->setText(tr("The selected passage becomes a highlight cited as evidence: “%1”")
                               .arg(EvidenceList::shortQuote(quote, 200)));
        m_pending->show();
        m_start->setReference(referenceOf(*m_dossier, sourceId));
        m_end->setReference(referenceOf(*m_dossier, sourceId));
    }
    refreshSuggestions();
}

void RelationshipDialog::addEvidence(qint64 annotationId)
{
    if (!m_evidenceIds.contains(annotationId))
        m_evidenceIds.append(annotationId);
    refreshEvidence();
}

void RelationshipDialog::refreshEvidence()
{
    m_evidence->showAnnotations(m_evidenceIds);
    if (m_dossier && !m_evidenceIds.isEmpty()) {
        if (const auto first = m_dossier->annotations().get(m_evidenceIds.first())) {
            m_start->setReference(referenceOf(*m_dossier, first->anchor.sourceId));
            m_end->setReference(referenceOf(*m_dossier, first->anchor.sourceId));
        }
    }
    refreshSuggestions();
    updateSupportWarning();
}

void RelationshipDialog::refreshSuggestions()
{
    m_suggestions.clear();
    m_suggestionList->clear();
    if (!m_dossier)
        return;
    QVector<std::tuple<qint64, qint64, qint64>> passages; // source, start, end
    for (qint64 id : std::as_const(m_evidenceIds)) {
        if (const auto a = m_dossier->annotations().get(id))
            passages.append({a->anchor.sourceId, a->anchor.start, a->anchor.end});
    }
    if (m_pendingSource)
        passages.append({m_pendingSource, m_pendingStart, m_pendingEnd});
    for (const auto &[sourceId, start, end] : std::as_const(passages)) {
        qint64 offset = 0;
        const QString sentence = sentenceAround(*m_dossier, sourceId, start, end, &offset);
        for (DateMention mention : EvidenceDates::find(sentence, referenceOf(*m_dossier, sourceId))) {
            const bool seen
                = std::any_of(m_suggestions.cbegin(), m_suggestions.cend(), [&mention](const DateMention &m) {
                      return m.date == mention.date && m.role == mention.role;
                  });
            if (seen)
                continue;
            mention.start += offset;
            mention.end += offset;
            m_suggestions.append(mention);
            //: A date suggestion: %1 start/end/date, %2 the date, %3 the words it was read from
            auto *item
                = new QListWidgetItem(tr("%1: %2 — “%3”")
                                          .arg(roleText(mention.role), EntityStyle::dateText(mention.date),
                                              mention.text.simplified()),
                    m_suggestionList);
            item->setToolTip(EvidenceList::shortQuote(sentence, 400));
        }
    }
    if (m_suggestions.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No date in the evidence."), m_suggestionList);
        item->setFlags(Qt::NoItemFlags);
    }
}

void RelationshipDialog::useSuggestion(int index)
{
    if (index < 0 || index >= m_suggestions.size())
        return;
    const DateMention &mention = m_suggestions.at(index);
    switch (mention.role) {
    case DateMention::Role::Start:
        m_start->setDate(mention.date);
        break;
    case DateMention::Role::End:
        m_end->setDate(mention.date);
        break;
    case DateMention::Role::Point:
        if (m_start->date().isNull())
            m_start->setDate(mention.date);
        else
            m_end->setDate(mention.date);
        break;
    }
}

void RelationshipDialog::pickEvidence()
{
    if (!m_dossier)
        return;
    QDialog picker(this);
    picker.setWindowTitle(tr("Cite a Passage"));
    auto *filter = new QLineEdit(&picker);
    filter->setPlaceholderText(tr("Filter by words of the passage or its source…"));
    filter->setClearButtonEnabled(true);
    auto *list = new QListWidget(&picker);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setWordWrap(true);
    QHash<qint64, QString> titles;
    for (const Annotation &a : m_dossier->annotations().all()) {
        if (m_evidenceIds.contains(a.id))
            continue;
        if (!titles.contains(a.anchor.sourceId)) {
            const auto source = m_dossier->sources().get(a.anchor.sourceId);
            titles.insert(a.anchor.sourceId, source ? source->title : QString());
        }
        auto *item = new QListWidgetItem(
            tr("“%1”\n— %2").arg(EvidenceList::shortQuote(a.anchor.exact), titles.value(a.anchor.sourceId)),
            list);
        item->setData(Qt::UserRole, a.id);
    }
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &picker);
    connect(buttons, &QDialogButtonBox::accepted, &picker, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &picker, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &picker, &QDialog::accept);
    auto *layout = new QVBoxLayout(&picker);
    layout->addWidget(filter);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    picker.resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
    if (picker.exec() != QDialog::Accepted)
        return;
    for (QListWidgetItem *item : list->selectedItems())
        addEvidence(item->data(Qt::UserRole).toLongLong());
}

void RelationshipDialog::removeSelectedEvidence()
{
    for (QListWidgetItem *item : m_evidence->selectedItems())
        m_evidenceIds.removeAll(item->data(EvidenceList::AnnotationIdRole).toLongLong());
    refreshEvidence();
}

Relationship RelationshipDialog::relationship() const
{
    Relationship r = m_original;
    r.fromId = m_from->currentIndex() >= 0 ? m_from->currentData().toLongLong() : 0;
    r.toId = m_to->currentIndex() >= 0 ? m_to->currentData().toLongLong() : 0;
    r.type = m_type->currentData().toString();
    r.label = r.type == QLatin1String("UnknownLink") ? m_label->text().simplified() : QString();
    r.role = m_role->text().simplified();
    r.start = m_start->date();
    r.end = m_end->date();
    r.note = m_note->toPlainText().trimmed();
    r.evidenceIds = m_evidenceIds;
    return r;
}

QString RelationshipDialog::validate() const
{
    const Relationship r = relationship();
    if (!r.fromId || !r.toId)
        return tr("Choose the two people or institutions the relationship links.");
    if (r.fromId == r.toId)
        return tr("A relationship links two different entities.");
    if (!m_start->isAcceptable())
        return tr("The start “%1” is not a date.").arg(m_start->text());
    if (!m_end->isAcceptable())
        return tr("The end “%1” is not a date.").arg(m_end->text());
    if (!r.start.isNull() && !r.end.isNull() && r.end.latest() < r.start.earliest())
        return tr("The relationship ends (%1) before it starts (%2).")
            .arg(EntityStyle::dateText(r.end), EntityStyle::dateText(r.start));
    return QString();
}

Result<qint64> RelationshipDialog::apply()
{
    if (!m_dossier)
        return Error {tr("No dossier is open.")};
    const QString problem = validate();
    if (!problem.isEmpty())
        return Error {problem};
    Relationship r = relationship();
    QUndoStack *stack = m_dossier->undoStack();
    const bool macro = m_pendingSource != 0;
    if (macro) {
        //: Undo step: %1 and %2 two entities
        stack->beginMacro(tr("Relate %1 and %2").arg(m_from->currentText(), m_to->currentText()));
        const Result<qint64> annotation = [&]() -> Result<qint64> {
            const auto anchor = m_dossier->anchorForRange(m_pendingSource, m_pendingStart, m_pendingEnd);
            if (!anchor)
                return Error {anchor.error()};
            Annotation a;
            a.anchor = *anchor;
            a.author = m_dossier->author();
            return m_dossier->addAnnotation(a);
        }();
        if (!annotation) {
            stack->endMacro();
            stack->undo();
            return Error {annotation.error()};
        }
        r.evidenceIds.append(*annotation);
    }
    const Result<qint64> saved = [&]() -> Result<qint64> {
        if (!r.id)
            return m_dossier->addRelationship(r);
        const Status status = m_dossier->updateRelationship(r);
        if (!status)
            return Error {status.error()};
        return r.id;
    }();
    if (macro) {
        stack->endMacro();
        if (!saved)
            stack->undo();
    }
    if (saved) {
        // Saving again updates this relationship; the passage is a highlight now.
        m_savedId = *saved;
        m_original = r;
        m_original.id = *saved;
        m_evidenceIds = r.evidenceIds;
        m_pendingSource = 0;
        m_pending->hide();
    }
    return saved;
}

void RelationshipDialog::accept()
{
    const auto saved = apply();
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Recoupe
