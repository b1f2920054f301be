// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace Recoupe {

// A message across the top of the window with a few buttons ("Evidence pack written — Open,
// Show in Folder"), as KDE's KMessageWidget: it never takes the focus from what the user is
// doing, and stays until closed or replaced by the next message.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    struct Button
    {
        QString text;
        std::function<void()> act;
    };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `text` (plain) with these buttons, replacing any earlier message.
    void showMessage(const QString &text, const QVector<Button> &buttons = {});
    QString text() const;
    QVector<QPushButton *> buttons() const { return m_buttons; }

private:
    QLabel *m_text;
    QHBoxLayout *m_buttonLayout;
    QToolButton *m_close;
    QVector<QPushButton *> m_buttons;
};

} // namespace Recoupe
