// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimpickerdialog.h"

#include "models/claimlistmodel.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/evidenceorigins.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace Recoupe {

namespace {

constexpr int ClaimIdRole = Qt::UserRole + 1;
constexpr int ListedLength = 160;

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

QString shortened(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() > ListedLength ? flat.left(ListedLength - 1) + QChar(0x2026) : flat;
}

} // namespace

ClaimPickerDialog::ClaimPickerDialog(Dossier *dossier, qint64 annotationId, QWidget *parent)
    : QDialog(parent)
    , m_passage(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Cite in Claim"));
    m_passage->setWordWrap(true);
    m_passage->setTextFormat(Qt::PlainText);
    m_passage->setVisible(false);
    m_search->setPlaceholderText(tr("Type words of the claim’s statement"));
    m_search->setAccessibleName(tr("Claim"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setAccessibleName(tr("Matching claims"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);

    auto *label = new QLabel(tr("&Claim:"), this);
    label->setBuddy(m_search);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: Button of the claim picker: adds the passage to the claim's evidence
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Cite"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_passage);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    QVector<Claim> claims = dossier->claims().all();
    // The claim being worked on is usually the one edited last.
    std::sort(claims.begin(), claims.end(), [](const Claim &a, const Claim &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.id > b.id;
    });
    for (const Claim &claim : std::as_const(claims)) {
        const EvidenceOrigins origins = EvidenceOrigins::of(*dossier, claim.evidenceIds);
        //: A claim in the picker, under its statement: status · "N distinct source(s)"
        const QString detail
            = tr("%1 · %2").arg(ClaimListModel::statusLabel(claim.status), origins.summary());
        m_entries.append({claim.id, claim.text, detail, fold(claim.text),
            annotationId != 0 && claim.evidenceIds.contains(annotationId)});
    }
    connect(m_search, &QLineEdit::textChanged, this, &ClaimPickerDialog::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    refilter();
    m_search->setFocus();
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 24);
}

void ClaimPickerDialog::setPassage(const QString &text)
{
    const QString shown = text.simplified();
    //: A quoted passage; use the quotation marks of your language
    m_passage->setText(tr("“%1”").arg(shown.size() > 160 ? shown.left(159) + QChar(0x2026) : shown));
    m_passage->setVisible(!shown.isEmpty());
}

void ClaimPickerDialog::refilter()
{
    const QStringList words
        = fold(m_search->text()).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    m_list->clear();
    int first = -1;
    for (const Entry &entry : std::as_const(m_entries)) {
        const bool all = std::all_of(
            words.cbegin(), words.cend(), [&](const QString &w) { return entry.key.contains(w); });
        if (!all)
            continue;
        auto *item = new QListWidgetItem(m_list);
        item->setData(ClaimIdRole, entry.cites ? 0 : entry.id);
        if (entry.cites) {
            //: A claim in the picker that cannot be picked: %1 its statement, %2 its status and sources
            item->setText(tr("%1\n%2 · already cites this passage").arg(shortened(entry.text), entry.detail));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        } else {
            item->setText(tr("%1\n%2", "claim statement, then its status and sources")
                              .arg(shortened(entry.text), entry.detail));
            if (first < 0)
                first = m_list->count() - 1;
        }
        item->setToolTip(entry.text);
    }
    if (m_list->count() == 0) {
        auto *none = new QListWidgetItem(m_entries.isEmpty() ? tr("The dossier has no claims yet: use "
                                                                  "New Claim from Passage first.")
                                                             : tr("No claim matches."),
            m_list);
        none->setFlags(Qt::NoItemFlags);
        none->setData(ClaimIdRole, 0);
    }
    if (first >= 0)
        m_list->setCurrentRow(first);
}

bool ClaimPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // Type-ahead: the arrows move in the list while typing continues in the field.
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ClaimPickerDialog::accept()
{
    const QListWidgetItem *item = m_list->currentItem();
    const qint64 id = item && (item->flags() & Qt::ItemIsEnabled) ? item->data(ClaimIdRole).toLongLong() : 0;
    if (!id)
        return;
    m_claimId = id;
    QDialog::accept();
}

} // namespace Recoupe
