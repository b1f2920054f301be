// SPDX-License-Identifier: GPL-3.0-or-later
#include "orphanreviewdialog.h"

#include "anchoring/textquote.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Recoupe {

OrphanReviewDialog::OrphanReviewDialog(Dossier *dossier, qint64 sourceId, QWidget *parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_sourceId(sourceId)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_quote(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_find(new QPushButton(tr("&Find Again"), this))
    , m_attach(new QPushButton(tr("&Attach to Selection"), this))
    , m_delete(new QPushButton(tr("&Delete Highlight"), this))
{
    const auto source = m_dossier->sources().get(sourceId);
    //: Window title; %1 is a source's title
    setWindowTitle(tr("Review Orphaned Highlights of “%1”").arg(source ? source->title : QString()));
    setObjectName(QStringLiteral("orphanReviewDialog"));
    m_summary->setWordWrap(true);
    m_status->setWordWrap(true);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setPlainText(m_dossier->sources().text(sourceId));
    m_quote->setClearButtonEnabled(true);
    m_find->setDefault(true);

    auto *quoteRow = new QHBoxLayout;
    quoteRow->addWidget(m_quote, 1);
    quoteRow->addWidget(m_find);
    auto *form = new QFormLayout;
    //: Label of the field holding the quote to look for in the new version
    form->addRow(tr("&Quote:"), quoteRow);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_text, 1);
    rightLayout->addWidget(m_status);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_attach, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QPushButton::clicked, this, &OrphanReviewDialog::findQuote);
    connect(m_quote, &QLineEdit::returnPressed, this, &OrphanReviewDialog::findQuote);
    connect(m_attach, &QPushButton::clicked, this, &OrphanReviewDialog::attachToSelection);
    connect(m_delete, &QPushButton::clicked, this, &OrphanReviewDialog::deleteCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &OrphanReviewDialog::showCurrent);
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &OrphanReviewDialog::updateButtons);
    connect(m_quote, &QLineEdit::textChanged, this, &OrphanReviewDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(900, 600);
    reload();
}

int OrphanReviewDialog::orphanCount() const
{
    return m_list->count();
}

qint64 OrphanReviewDialog::currentAnnotationId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void OrphanReviewDialog::reload()
{
    const int row = std::max(0, m_list->currentRow());
    m_list->clear();
    const QVector<Annotation> annotations = m_dossier->annotations().forSource(m_sourceId);
    for (const Annotation &annotation : annotations) {
        if (!annotation.anchor.orphaned)
            continue;
        const QString quote = QChar(0x201C) + annotation.anchor.exact.simplified() + QChar(0x201D);
        auto *item = new QListWidgetItem(
            annotation.note.isEmpty() ? quote : quote + QLatin1Char('\n') + annotation.note, m_list);
        item->setData(Qt::UserRole, annotation.id);
        item->setData(Qt::UserRole + 1, annotation.anchor.exact);
    }
    const int count = m_list->count();
    m_summary->setText(count == 0
            ? tr("Every highlight of this source is attached to its text.")
            : tr("The quote of %n highlight(s) is not in the new version. Find each again by its quote "
                 "(shorten or edit it), or select the passage that now says it, then Attach to Selection; "
                 "or delete it.",
                "", count));
    if (count > 0)
        m_list->setCurrentRow(std::min(row, count - 1));
    else
        showCurrent();
}

void OrphanReviewDialog::showCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_quote->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    QTextCursor cursor = m_text->textCursor();
    cursor.clearSelection();
    m_text->setTextCursor(cursor);
    m_status->clear();
    if (item)
        findQuote();
    updateButtons();
}

void OrphanReviewDialog::updateButtons()
{
    const bool current = currentAnnotationId() != 0;
    m_find->setEnabled(!m_quote->text().trimmed().isEmpty());
    m_attach->setEnabled(current && m_text->textCursor().hasSelection());
    m_delete->setEnabled(current);
}

bool OrphanReviewDialog::findQuote()
{
    const QString quote = m_quote->text().trimmed();
    if (quote.isEmpty())
        return false;
    const QString text = m_text->toPlainText();
    // From just after the current selection, so that Find Again walks through the occurrences.
    const int from = m_text->textCursor().hasSelection() ? m_text->textCursor().selectionStart() + 1 : 0;
    const int occurrences = TextQuote::count(text, quote);
    std::optional<std::pair<qint64, qint64>> found;
    for (int n = 1; n <= occurrences && !found; ++n) {
        const auto at = TextQuote::find(text, quote, n);
        if (at && at->first >= from)
            found = at;
    }
    if (!found && occurrences > 0)
        found = TextQuote::find(text, quote, 1);
    if (!found) {
        m_status->setText(tr("“%1” is not in the new version.").arg(quote));
        updateButtons();
        return false;
    }
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(found->first));
    cursor.setPosition(int(found->second), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    m_status->setText(tr("Found; Attach to Selection attaches the highlight to this passage."));
    updateButtons();
    return true;
}

bool OrphanReviewDialog::attachToSelection()
{
    const qint64 id = currentAnnotationId();
    const QTextCursor cursor = m_text->textCursor();
    if (!id || !cursor.hasSelection())
        return false;
    const Status status = m_dossier->reattachAnnotation(id, cursor.selectionStart(), cursor.selectionEnd());
    if (!status.ok()) {
        m_status->setText(status.error());
        return false;
    }
    reload();
    return true;
}

bool OrphanReviewDialog::deleteCurrent()
{
    const qint64 id = currentAnnotationId();
    if (!id)
        return false;
    const Status status = m_dossier->removeAnnotation(id);
    if (!status.ok()) {
        m_status->setText(status.error());
        return false;
    }
    reload();
    return true;
}

} // namespace Recoupe
