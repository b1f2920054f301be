// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsdock.h"

#include "dialogs/claimeditor.h"
#include "models/claimlistmodel.h"
#include "spell/dossierdictionary.h"
#include "spell/spellchecker.h"
#include "storage/dossier.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

namespace Recoupe {

namespace {

// A claim in two parts: its statement (wrapped) and, below in a quieter color, its status,
// speaker, stance and evidence, so that a narrow dock shows all of it without columns.
class ClaimDelegate : public QStyledItemDelegate
{
public:
    explicit ClaimDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        QTextDocument doc;
        setup(doc, opt, index, rect.width());
        painter->save();
        painter->translate(rect.topLeft());
        painter->setClipRect(rect.translated(-rect.topLeft()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, textColor(opt));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // The view does not say how wide the column is; the text wraps to it.
        opt.rect = QRect(0, 0, m_view->header()->sectionSize(index.column()), 1);
        QStyle *style = m_view->style();
        const int width = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, m_view).width();
        QTextDocument doc;
        setup(doc, opt, index, std::max(60, width));
        return QSize(opt.rect.width(), int(std::ceil(doc.size().height())) + 2);
    }

private:
    static QColor textColor(const QStyleOptionViewItem &opt)
    {
        const QPalette::ColorGroup group
            = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        return opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    }

    static void setup(
        QTextDocument &doc, const QStyleOptionViewItem &opt, const QModelIndex &index, int width)
    {
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(2);
        QColor quiet = textColor(opt);
        quiet.setAlphaF(0.7);
        const QString statement = index.data(Qt::DisplayRole).toString().toHtmlEscaped();
        const QString summary = index.data(ClaimListModel::SummaryRole).toString().toHtmlEscaped();
        doc.setHtml(QStringLiteral("<div>%1</div><div style=\"color:%3; font-size:small\">%2</div>")
                        .arg(statement, summary, quiet.name(QColor::HexArgb)));
        doc.setTextWidth(width);
    }

    QTreeView *m_view;
};

} // namespace

ClaimsDock::ClaimsDock(Dossier *dossier, QWidget *parent)
    : QDockWidget(tr("Claims"), parent)
{
    setObjectName(QStringLiteral("ClaimsDock"));

    m_model = new ClaimListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ClaimListModel::StatusRole);
    m_proxy->setFilterKeyColumn(ClaimListModel::TextColumn);

    auto *content = new QWidget(this);
    m_statusFilter = new QComboBox(content);
    m_statusFilter->setObjectName(QStringLiteral("claimStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Show claims by status"));
    //: Claims filter: every status
    m_statusFilter->addItem(tr("All claims"), -1);
    for (Claim::Status status : { Claim::Status::ToVerify, Claim::Status::Supported, Claim::Status::Disputed,
             Claim::Status::Refuted })
        m_statusFilter->addItem(ClaimListModel::statusLabel(status), int(status));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ClaimsDock::applyFilter);

    m_newClaim = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("New Claim"), this);
    m_newClaim->setObjectName(QStringLiteral("newClaim"));
    m_newClaim->setToolTip(tr("State a new claim to verify"));
    m_newClaim->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_newClaim->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newClaim, &QAction::triggered, this, &ClaimsDock::newClaim);
    m_deleteClaim = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Claim"), this);
    m_deleteClaim->setObjectName(QStringLiteral("deleteClaim"));
    m_deleteClaim->setToolTip(tr("Delete the selected claim (Edit ▸ Undo brings it back)"));
    m_deleteClaim->setShortcut(QKeySequence::Delete);
    connect(m_deleteClaim, &QAction::triggered, this, &ClaimsDock::deleteClaim);

    auto *newButton = new QToolButton(content);
    newButton->setDefaultAction(m_newClaim);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *deleteButton = new QToolButton(content);
    deleteButton->setDefaultAction(m_deleteClaim);

    m_view = new QTreeView(content);
    m_view->setObjectName(QStringLiteral("claimList"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    // Claims are sentences: wrap them rather than cut them.
    m_view->setWordWrap(true);
    m_view->setItemDelegate(new ClaimDelegate(m_view));
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Claims"));
    // One column: the delegate writes status, speaker, stance and evidence under the statement.
    m_view->setHeaderHidden(true);
    for (int column = ClaimListModel::StatusColumn; column < ClaimListModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, true);
    // Row heights follow the wrapped text: lay the rows out again when the column width changes.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [view = m_view](int column) {
        if (column == ClaimListModel::TextColumn)
            QTimer::singleShot(0, view, &QTreeView::doItemsLayout);
    });
    // Delete acts on the list only, not while typing in the editor.
    m_view->addAction(m_deleteClaim);
    m_deleteClaim->setShortcutContext(Qt::WidgetShortcut);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { syncEditor(true); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { syncEditor(true); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { syncEditor(false); });

    m_editor = new ClaimEditor(content);
    connect(m_editor, &ClaimEditor::passageRequested, this, &ClaimsDock::passageRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_statusFilter, 1);
    top->addWidget(newButton);
    top->addWidget(deleteButton);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_message = new QLabel(content);
    m_message->setWordWrap(true);
    m_message->hide();
    // A filtered list says so, or an empty one looks like a dossier without claims.
    m_filterNote = new QLabel(content);
    m_filterNote->setObjectName(QStringLiteral("claimFilterNote"));
    m_filterNote->setWordWrap(true);
    m_filterNote->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_filterNote->hide();
    connect(m_filterNote, &QLabel::linkActivated, this, [this] { m_statusFilter->setCurrentIndex(0); });

    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_filterNote);
    layout->addWidget(splitter, 1);
    addAction(m_newClaim);
    setWidget(content);
    // Go to Claims (Ctrl+5) lands on the list, not on the filter where a key would change it.
    setFocusProxy(m_view);

    setDossier(dossier);
}

ClaimsDock::~ClaimsDock()
{
    // The child widgets die after this body and some signal on the way out: none may reach a
    // dock that is no longer whole.
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(m_proxy, nullptr, this, nullptr);
    // The editor's decorators point at the checker: detach them before it goes.
    m_editor->setSpellChecker(nullptr);
}

Dossier *ClaimsDock::dossier() const
{
    return m_dossier;
}

void ClaimsDock::setDossier(Dossier *dossier)
{
    if (m_dossier && m_dossier == dossier)
        return;
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_editor->setClaim(0);
    m_editor->setSpellChecker(nullptr);
    m_spellChecker.reset();
    m_dictionary.reset();
    m_dossier = dossier;
    m_model->setDossier(dossier);
    m_editor->setDossier(dossier);
    if (m_dossier) {
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
        setupSpellChecker();
    }
    m_newClaim->setEnabled(m_dossier != nullptr);
    // Open on the first claim rather than on an empty, disabled editor.
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    syncEditor(false);
}

void ClaimsDock::setupSpellChecker()
{
    m_dictionary = std::make_unique<DossierDictionary>(m_dossier->database());
    const QString language = m_dossier->language();
    auto created = SpellChecker::create(language, m_dictionary.get());
    if (!created) {
        m_editor->setSpellChecker(nullptr, created.error());
        return;
    }
    m_spellChecker = std::move(created).value();
    m_editor->setSpellChecker(m_spellChecker.get());
}

qint64 ClaimsDock::currentClaimId() const
{
    return m_editor->claimId();
}

void ClaimsDock::syncEditor(bool keepHidden)
{
    const QModelIndex current = m_view->currentIndex();
    qint64 id = current.isValid() ? current.data(ClaimListModel::ClaimIdRole).toLongLong() : 0;
    // A claim that the filter hid because its status was just changed stays in the editor;
    // a deleted one does not.
    const qint64 editing = m_editor->claimId();
    if (!id && keepHidden && editing && m_model->rowForClaim(editing) >= 0)
        id = editing;
    m_editor->setClaim(id);
    m_deleteClaim->setEnabled(id != 0);
}

void ClaimsDock::applyFilter()
{
    const int status = m_statusFilter->currentData().toInt();
    if (status < 0)
        m_proxy->setFilterRegularExpression(QString());
    else
        m_proxy->setFilterRegularExpression(QStringLiteral("^%1$").arg(status));
    //: Above the filtered claims list; %1 a status ("Refuted"); the link shows every claim
    m_filterNote->setText(status < 0
            ? QString()
            : tr("Showing only the claims marked “%1” — <a href=\"all\">Show all</a>")
                  .arg(m_statusFilter->currentText().toHtmlEscaped()));
    m_filterNote->setVisible(status >= 0);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    syncEditor(false);
}

void ClaimsDock::showClaim(qint64 id)
{
    const int row = m_model->rowForClaim(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_statusFilter->setCurrentIndex(0); // the filter hid it
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    show();
    raise();
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_editor->setClaim(id);
    m_editor->statementEdit()->setFocus(Qt::OtherFocusReason);
}

void ClaimsDock::newClaim()
{
    if (!m_dossier)
        return;
    m_editor->flush();
    showError(QString());
    Claim claim;
    //: The statement a new claim starts with, selected so that typing replaces it
    claim.text = tr("New claim");
    const int filtered = m_statusFilter->currentData().toInt();
    if (filtered >= 0)
        claim.status = Claim::Status(filtered); // stay visible under the current filter
    const auto added = m_dossier->addClaim(claim);
    if (!added) {
        showError(added.error());
        return;
    }
    showClaim(*added);
    m_editor->statementEdit()->selectAll();
}

void ClaimsDock::deleteClaim()
{
    if (!m_dossier)
        return;
    const qint64 id = currentClaimId();
    if (!id)
        return;
    m_editor->flush();
    const int row = m_view->currentIndex().row();
    const Status removed = m_dossier->removeClaim(id);
    if (!removed.ok()) {
        showError(removed.error());
        return;
    }
    const int rows = m_proxy->rowCount();
    if (rows > 0)
        m_view->setCurrentIndex(m_proxy->index(std::min(row, rows - 1), 0));
}

void ClaimsDock::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace Recoupe
