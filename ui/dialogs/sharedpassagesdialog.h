// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sharedpassagefinder.h"

#include <QDialog>
#include <QHash>
#include <QVector>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Recoupe {

class Dossier;

// View ▸ Shared Passages: the passages the dossier's sources repeat, found across every pair of
// sources (who copied the press release, which claim rests on one origin). One row per passage
// with its sources and length, one child row per place with that source's own wording; a
// double-click opens two of its sources in Compare on that passage.
class SharedPassagesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SharedPassagesDialog(Dossier *dossier, QWidget *parent = nullptr);

    // Looks again (the sources changed); the list fills when the worker is done.
    void refresh();
    bool isFinding() const { return m_finding; }
    QTreeWidget *passageList() const { return m_list; }
    QString statusText() const;
    // What a double-click on `item` opens: two sources and a place in the first; false for none.
    bool pairFor(QTreeWidgetItem *item, qint64 *first, qint64 *second, qint64 *focusStart) const;

Q_SIGNALS:
    // Open `first` and `second` in Compare, on the passage at `focusStart` in `first`.
    void compareRequested(qint64 first, qint64 second, qint64 focusStart);
    void passagesFound();

private:
    struct Found
    {
        QVector<SharedPassage> pairs;
        QVector<RepeatedPassage> repeated;
        QVector<QString> placeTexts; // each place's own wording, every group's places in order
    };
    void open(QTreeWidgetItem *item);

    Dossier *m_dossier;
    QLabel *m_status;
    QTreeWidget *m_list;
    QVector<SharedPassage> m_pairs;
    QVector<RepeatedPassage> m_repeated;
    bool m_finding = false;
    int m_run = 0;
};

} // namespace Recoupe
