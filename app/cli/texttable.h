// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>

namespace Recoupe {

// A plain-text listing with a heading row: every column padded to its widest cell, numbers
// aligned right, the last column (a name, a title) left as it is so long text is not padded.
class TextTable
{
public:
    explicit TextTable(const QStringList &headings);

    // Aligns `column` to the right (ids, counts).
    void alignRight(int column);
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }

    QStringList lines() const;

private:
    QStringList m_headings;
    QVector<QStringList> m_rows;
    QVector<bool> m_right;
};

} // namespace Recoupe
