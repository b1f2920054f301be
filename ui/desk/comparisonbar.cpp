// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Recoupe {

ComparisonBar::ComparisonBar(QWidget *parent)
    : QFrame(parent)
    , m_position(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_previous(new QAction(tr("Previous Shared Passage"), this))
    , m_next(new QAction(tr("Next Shared Passage"), this))
{
    // The bar's buttons say it short; Help ▸ Keyboard Shortcuts lists the actions' full names.
    m_previous->setIconText(tr("Previous"));
    m_next->setIconText(tr("Next"));
    setObjectName(QStringLiteral("comparisonBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_position->setObjectName(QStringLiteral("sharedPassagePosition"));
    QFont bold = m_position->font();
    bold.setBold(true);
    m_position->setFont(bold);
    m_detail->setObjectName(QStringLiteral("sharedPassageDetail"));

    // Alt+Up / Alt+Down: F3 already steps through the find bar's matches in the reader.
    m_previous->setShortcut(QKeySequence(tr("Alt+Up")));
    m_next->setShortcut(QKeySequence(tr("Alt+Down")));
    m_previous->setToolTip(
        tr("Previous shared passage (%1)").arg(m_previous->shortcut().toString(QKeySequence::NativeText)));
    m_next->setToolTip(
        tr("Next shared passage (%1)").arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_previous);
    addAction(m_next);
    connect(m_previous, &QAction::triggered, this, &ComparisonBar::previousRequested);
    connect(m_next, &QAction::triggered, this, &ComparisonBar::nextRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_position);
    layout->addWidget(m_detail, 1);
    for (QAction *action : {m_previous, m_next}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus); // the keys work from either reader
        layout->addWidget(button);
    }
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("endComparison"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("End the comparison"));
    close->setAccessibleName(tr("End the comparison"));
    close->setFocusPolicy(Qt::NoFocus);
    connect(close, &QToolButton::clicked, this, &ComparisonBar::closeRequested);
    layout->addWidget(close);
    showFinding();
}

void ComparisonBar::showFinding()
{
    m_position->setText(tr("Finding the passages the two sources share…"));
    m_detail->clear();
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
}

void ComparisonBar::showPassage(int index, int count, int words, double similarity)
{
    if (count == 0) {
        m_position->setText(tr("No shared passage"));
        m_detail->setText(
            tr("The two sources share no passage of 8 words or more (5 with a date or a figure)."));
    } else {
        //: The comparison bar: which of the passages two sources share is shown
        m_position->setText(tr("Shared passage %1 of %2").arg(index + 1).arg(count));
        //: After “Shared passage 3 of 12”: how alike the two sides of the passage are
        m_detail->setText(tr("— %n identical word(s), %1 % alike", "", words).arg(qRound(similarity * 100)));
    }
    m_previous->setEnabled(count > 1);
    m_next->setEnabled(count > 1);
}

QString ComparisonBar::positionText() const
{
    return m_position->text();
}

} // namespace Recoupe
