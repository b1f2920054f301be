// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Recoupe {

namespace {

enum Column
{
    ActionColumn,
    KeysColumn,
    DescriptionColumn
};

constexpr int SearchRole = Qt::UserRole + 1;

// "&Open Dossier…" as a menu shows it: "Open Dossier…".
QString plainText(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        out.append(text.at(i));
    }
    return out;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Search by name, keys or description…"));
    m_filter->setAccessibleName(tr("Search shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Description")});
    m_list->header()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);

    QSet<QString> seen;
    for (QAction *action : actions) {
        if (!action || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList native;
        QStringList portable;
        for (const QKeySequence &keys : action->shortcuts()) {
            native.append(keys.toString(QKeySequence::NativeText));
            portable.append(keys.toString(QKeySequence::PortableText));
        }
        const QString name = plainText(action->text());
        const QString keys = native.join(QStringLiteral(", "));
        // One action may be reachable from several places (a dock's and the window's).
        const QString id = name + QLatin1Char('\n') + keys;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto *item = new QTreeWidgetItem(m_list, {name, keys, action->toolTip()});
        item->setIcon(ActionColumn, action->icon());
        item->setData(ActionColumn, SearchRole,
            QStringList {name, keys, portable.join(QLatin1Char(' ')), action->toolTip()}.join(
                QLatin1Char('\n')));
    }
    m_list->sortItems(ActionColumn, Qt::AscendingOrder);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 32);
    applyFilter(QString());
}

int ShortcutsDialog::shownCount() const
{
    int shown = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        shown += m_list->topLevelItem(row)->isHidden() ? 0 : 1;
    return shown;
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    // Every word must match, in any order: "claim ctrl" finds the claim shortcuts with Ctrl.
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const QString haystack = item->data(ActionColumn, SearchRole).toString();
        const bool shown = std::all_of(words.cbegin(), words.cend(),
            [&haystack](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
        item->setHidden(!shown);
    }
    const int all = m_list->topLevelItemCount();
    const int shown = shownCount();
    m_count->setText(
        shown == all ? tr("%n shortcut(s)", "", all) : tr("%1 of %n shortcut(s)", "", all).arg(shown));
}

} // namespace Recoupe
