// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

namespace Recoupe {

// The bar above two compared sources: "Shared passage 3 of 12", how alike the two sides are, and
// Previous / Next (Alt+Up / Alt+Down) to step through the passages they share.
class ComparisonBar : public QFrame
{
    Q_OBJECT

public:
    explicit ComparisonBar(QWidget *parent = nullptr);

    // While the passages are being looked for.
    void showFinding();
    // Passage `index` (0-based) of `count`, with its identical words and share of them; none when count is 0.
    void showPassage(int index, int count, int words, double similarity);

    QString positionText() const;
    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }

Q_SIGNALS:
    void previousRequested();
    void nextRequested();
    void closeRequested();

private:
    QLabel *m_position;
    QLabel *m_detail;
    QAction *m_previous;
    QAction *m_next;
};

} // namespace Recoupe
