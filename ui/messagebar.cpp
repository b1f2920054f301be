// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Recoupe {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_buttonLayout(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFocusPolicy(Qt::NoFocus);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    layout->setContentsMargins(spacing, spacing / 2, spacing / 2, spacing / 2);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttonLayout);
    layout->addWidget(m_close);
    hide();
}

void MessageBar::showMessage(const QString &text, const QVector<Button> &buttons)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_text->setText(text);
    for (const Button &b : buttons) {
        auto *button = new QPushButton(b.text, this);
        // Reachable with Tab, never focused by appearing.
        button->setFocusPolicy(Qt::TabFocus);
        button->setAutoDefault(false);
        const auto act = b.act;
        connect(button, &QPushButton::clicked, this, [act] {
            if (act)
                act();
        });
        m_buttonLayout->addWidget(button);
        m_buttons.append(button);
    }
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace Recoupe
