// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Recoupe {

// Help ▸ Keyboard Shortcuts: every action of the window that has a shortcut, with its keys and
// what it does, and a field that narrows the list by name, keys or description ("ctrl+5",
// "claim").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QLineEdit *filterField() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    // The rows the filter shows.
    int shownCount() const;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QLabel *m_count;
};

} // namespace Recoupe
