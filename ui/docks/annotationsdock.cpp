// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsdock.h"

#include "desk/passageactions.h"
#include "dialogs/highlightdeletion.h"
#include "models/annotationlistmodel.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/tagstore.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Recoupe {

namespace {

// The scope the model uses when no source is open in "current source" mode: lists nothing.
constexpr qint64 NoSource = -1;

QIcon swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(150));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 2, 2);
    return QIcon(pixmap);
}

} // namespace

AnnotationsDock::AnnotationsDock(QWidget *parent)
    : QDockWidget(tr("Annotations"), parent)
    , m_model(new AnnotationListModel(this))
    , m_scope(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_tags(new QComboBox(this))
    , m_colors(new QComboBox(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
    , m_noteLabel(new QLabel(tr("N&ote:"), this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("AnnotationsDock"));
    toggleViewAction()->setText(tr("&Annotations"));

    //: Scope of the Annotations dock
    m_scope->addItem(tr("This source"));
    //: Scope of the Annotations dock
    m_scope->addItem(tr("Whole dossier"));
    m_scope->setAccessibleName(tr("Show the highlights of"));
    m_filter->setPlaceholderText(tr("Filter highlights…"));
    m_filter->setAccessibleName(tr("Filter highlights"));
    m_filter->setClearButtonEnabled(true);
    m_tags->setAccessibleName(tr("Tag filter"));
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tags->setMinimumContentsLength(8);
    m_colors->setAccessibleName(tr("Color filter"));
    m_colors->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_colors->setMinimumContentsLength(6);

    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // A row drags onto the claim editor to cite the highlight there.
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setAccessibleName(tr("Highlights"));
    m_view->setResizeMode(QListView::Adjust);
    // Items wrap to several lines, so each has its own height: lay them out in batches so a
    // dossier with thousands of highlights never blocks the window.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(100);
    m_view->setSpacing(1);
    const int swatchSize = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_view->setIconSize(QSize(swatchSize, swatchSize));

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(fontMetrics().height() / 2);

    m_noteLabel->setBuddy(m_note);
    m_note->setPlaceholderText(tr("Write a note on the selected highlight…"));
    m_note->setAccessibleName(tr("Note on the selected highlight"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().height() * 6);

    m_goTo = new QAction(QIcon::fromTheme(QStringLiteral("go-jump")), tr("&Go to Passage"), this);
    m_goTo->setObjectName(QStringLiteral("annotationGoTo"));
    m_goTo->setToolTip(tr("Show the passage in its source (Enter)"));
    m_goToNewPane
        = new QAction(QIcon(QStringLiteral(":/icons/pane-new.svg")), tr("Go to Passage in &New Pane"), this);
    m_goToNewPane->setShortcut(QKeySequence(tr("Ctrl+Return")));
    m_goToNewPane->setShortcutContext(Qt::WidgetShortcut);
    m_delete = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Highlight"), this);
    m_delete->setObjectName(QStringLiteral("annotationDelete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setToolTip(tr("Delete the selected highlight (Delete); Edit ▸ Undo brings it back"));
    m_view->addAction(m_goToNewPane);
    m_view->addAction(m_delete);

    auto *goButton = new QToolButton(this);
    goButton->setDefaultAction(m_goTo);
    goButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *deleteButton = new QToolButton(this);
    deleteButton->setDefaultAction(m_delete);
    deleteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_filter, 1);
    layout->addLayout(top);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_tags, 1);
    filters->addWidget(m_colors, 1);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(goButton);
    buttons->addStretch();
    buttons->addWidget(deleteButton);
    layout->addLayout(buttons);
    setWidget(content);
    setFocusProxy(m_view);
    // Keyboard order: scope, filter, tag, color, list, note, buttons.
    setTabOrder(m_scope, m_filter);
    setTabOrder(m_filter, m_tags);
    setTabOrder(m_tags, m_colors);
    setTabOrder(m_colors, m_view);
    setTabOrder(m_view, m_note);

    connect(m_scope, &QComboBox::currentIndexChanged, this,
        [this](int index) { setScope(index == 1 ? Scope::WholeDossier : Scope::CurrentSource); });
    connect(m_filter, &QLineEdit::textChanged, m_model, &AnnotationListModel::setTextFilter);
    connect(m_tags, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setTagFilter(m_tags->currentData().toLongLong()); });
    connect(m_colors, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setColorFilter(m_colors->currentData().value<QColor>()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &AnnotationsDock::onCurrentChanged);
    connect(m_view, &QListView::activated, this, [this] { goToSelected(false); });
    connect(m_goTo, &QAction::triggered, this, [this] { goToSelected(false); });
    connect(m_goToNewPane, &QAction::triggered, this, [this] { goToSelected(true); });
    connect(m_delete, &QAction::triggered, this, &AnnotationsDock::deleteSelected);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AnnotationsDock::onNoteEdited);
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_goTo);
        menu.addAction(m_goToNewPane);
        menu.addSeparator();
        menu.addAction(m_delete);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    auto *rowsChanged = new QTimer(this);
    rowsChanged->setSingleShot(true);
    connect(rowsChanged, &QTimer::timeout, this, &AnnotationsDock::onRowsChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, rowsChanged, qOverload<>(&QTimer::start));
        connect(m_model, signal, this, &AnnotationsDock::updateEmptyHint);
    }
    connect(m_model, &QAbstractItemModel::modelReset, rowsChanged, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsDock::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsDock::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            const QModelIndex current = m_view->currentIndex();
            if (!current.isValid() || current.row() < from.row() || current.row() > to.row())
                return;
            // An undo changed the note under the editor: show it (typing never differs here).
            const QString note = current.data(AnnotationListModel::NoteRole).toString();
            if (note != m_note->toPlainText()) {
                m_loadingNote = true;
                m_note->setPlainText(note);
                m_note->moveCursor(QTextCursor::End);
                m_loadingNote = false;
            }
        });
    setDossier(nullptr);
}

void AnnotationsDock::setDossier(Dossier *dossier)
{
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    m_currentSource = 0;
    m_model->setDossier(dossier);
    m_model->setScope(scope() == Scope::WholeDossier ? 0 : NoSource);
    if (dossier) {
        connect(dossier, &Dossier::tagAdded, this, &AnnotationsDock::refreshTagFilter);
        connect(dossier, &Dossier::tagChanged, this, &AnnotationsDock::refreshTagFilter);
        connect(dossier, &Dossier::tagRemoved, this, &AnnotationsDock::refreshTagFilter);
    }
    refreshTagFilter();
    refreshColorFilter();
    setEnabled(dossier != nullptr);
    onCurrentChanged();
    updateEmptyHint();
}

AnnotationsDock::Scope AnnotationsDock::scope() const
{
    return m_scope->currentIndex() == 1 ? Scope::WholeDossier : Scope::CurrentSource;
}

void AnnotationsDock::setScope(Scope scope)
{
    const int index = scope == Scope::WholeDossier ? 1 : 0;
    if (m_scope->currentIndex() != index) {
        m_scope->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    m_model->setScope(scope == Scope::WholeDossier ? 0 : (m_currentSource ? m_currentSource : NoSource));
    updateEmptyHint();
}

void AnnotationsDock::setCurrentSource(qint64 sourceId)
{
    m_currentSource = sourceId;
    if (scope() == Scope::CurrentSource)
        m_model->setScope(sourceId ? sourceId : NoSource);
    updateEmptyHint();
}

qint64 AnnotationsDock::selectedAnnotation() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AnnotationListModel::AnnotationIdRole).toLongLong() : 0;
}

void AnnotationsDock::selectAnnotation(qint64 annotationId)
{
    if (!m_dossier || annotationId == selectedAnnotation())
        return;
    int row = m_model->rowOf(annotationId);
    if (row < 0) {
        // Hidden by a filter, or in another source: widen the view until it shows.
        m_filter->clear();
        m_tags->setCurrentIndex(0);
        m_colors->setCurrentIndex(0);
        row = m_model->rowOf(annotationId);
        if (row < 0 && scope() == Scope::CurrentSource) {
            const auto annotation = m_dossier->annotations().get(annotationId);
            if (annotation && annotation->anchor.sourceId != m_currentSource)
                setScope(Scope::WholeDossier);
            row = m_model->rowOf(annotationId);
        }
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index);
}

void AnnotationsDock::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_loadingNote = true;
    m_note->setPlainText(
        current.isValid() ? current.data(AnnotationListModel::NoteRole).toString() : QString());
    m_loadingNote = false;
    m_note->setEnabled(current.isValid());
    m_noteLabel->setEnabled(current.isValid());
    m_goTo->setEnabled(current.isValid());
    m_goToNewPane->setEnabled(current.isValid());
    m_delete->setEnabled(current.isValid());
    if (current.isValid())
        Q_EMIT annotationSelected(current.data(AnnotationListModel::AnnotationIdRole).toLongLong());
}

void AnnotationsDock::onNoteEdited()
{
    if (m_loadingNote || !m_dossier)
        return;
    const qint64 id = selectedAnnotation();
    if (!id)
        return;
    // One command per keystroke; the undo stack merges a burst of typing into one step.
    const Status status = m_dossier->setAnnotationNote(id, m_note->toPlainText());
    if (!status.ok())
        Q_EMIT message(status.error());
}

void AnnotationsDock::onRowsChanged()
{
    refreshColorFilter();
}

void AnnotationsDock::refreshTagFilter()
{
    const qint64 selected = m_tags->currentData().toLongLong();
    const QSignalBlocker blocker(m_tags);
    m_tags->clear();
    //: Tag filter of the Annotations dock: no filter
    m_tags->addItem(tr("All tags"), qint64(0));
    if (m_dossier) {
        QHash<qint64, QString> paths;
        const int size = m_tags->style()->pixelMetric(QStyle::PM_SmallIconSize);
        for (const Tag &tag : m_dossier->tags().all()) {
            const QString path = tag.parentId && paths.contains(tag.parentId)
                ? paths.value(tag.parentId) + QLatin1Char('/') + tag.name
                : tag.name;
            paths.insert(tag.id, path);
            m_tags->addItem(swatch(tag.color, size), path, tag.id);
        }
    }
    const int index = m_tags->findData(selected);
    m_tags->setCurrentIndex(std::max(0, index));
    if (index < 0 && selected)
        m_model->setTagFilter(0);
}

void AnnotationsDock::refreshColorFilter()
{
    const QColor selected = m_colors->currentData().value<QColor>();
    // While a color filter is on, the list shows one color: keep the choices as they were.
    if (selected.isValid() && m_colors->count() > 1 && m_dossier)
        return;
    const QSignalBlocker blocker(m_colors);
    m_colors->clear();
    //: Color filter of the Annotations dock: no filter
    m_colors->addItem(tr("All colors"), QColor());
    const int size = m_colors->style()->pixelMetric(QStyle::PM_SmallIconSize);
    QVector<QColor> colors = m_model->colorsShown();
    if (selected.isValid() && !colors.contains(selected))
        colors.append(selected);
    QHash<QRgb, QString> tagNames;
    if (m_dossier) {
        for (const Tag &tag : m_dossier->tags().all()) {
            if (!tagNames.contains(tag.color.rgb()))
                tagNames.insert(tag.color.rgb(), tag.name);
        }
    }
    for (const QColor &color : std::as_const(colors)) {
        // Named after a tag that uses the color, when one does.
        const QString name = tagNames.value(color.rgb(), color.name());
        m_colors->addItem(swatch(color, size), name, color);
        m_colors->setItemData(
            m_colors->count() - 1, tr("Highlights painted %1").arg(color.name()), Qt::ToolTipRole);
    }
    int index = 0;
    for (int i = 1; i < m_colors->count(); ++i) {
        if (m_colors->itemData(i).value<QColor>().rgb() == selected.rgb() && selected.isValid())
            index = i;
    }
    m_colors->setCurrentIndex(index);
}

void AnnotationsDock::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0;
    QString hint;
    if (!m_dossier)
        hint = tr("Open or create a dossier to start.");
    else if (!m_filter->text().isEmpty() || m_tags->currentIndex() > 0 || m_colors->currentIndex() > 0)
        hint = tr("No highlight matches the filters.");
    else if (scope() == Scope::CurrentSource && !m_currentSource)
        hint = tr("Open a source to see its highlights, or show the whole dossier.");
    else
        hint = tr("No highlights yet. Select a passage in a reader and press %1 to highlight it.")
                   .arg(PassageActions::highlightShortcut().toString(QKeySequence::NativeText));
    m_empty->setText(hint);
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

void AnnotationsDock::goToSelected(bool newPane)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT passageRequested(current.data(AnnotationListModel::SourceIdRole).toLongLong(),
        current.data(AnnotationListModel::StartRole).toLongLong(),
        current.data(AnnotationListModel::EndRole).toLongLong(), newPane);
}

void AnnotationsDock::deleteSelected()
{
    const qint64 id = selectedAnnotation();
    if (!m_dossier || !id)
        return;
    const int row = m_view->currentIndex().row();
    bool cancelled = false;
    const Status status = HighlightDeletion::run(this, *m_dossier, id, &cancelled);
    if (!status.ok()) {
        Q_EMIT message(status.error());
        return;
    }
    if (cancelled)
        return;
    // Keep the keyboard in the list: the next highlight becomes current.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
}

} // namespace Recoupe
