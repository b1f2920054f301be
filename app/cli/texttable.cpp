// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include <algorithm>

namespace Recoupe {

TextTable::TextTable(const QStringList &headings)
    : m_headings(headings)
    , m_right(headings.size(), false)
{ }

void TextTable::alignRight(int column)
{
    if (column >= 0 && column < m_right.size())
        m_right[column] = true;
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row = cells;
    while (row.size() < m_headings.size())
        row.append(QString());
    m_rows.append(row.mid(0, m_headings.size()));
}

QStringList TextTable::lines() const
{
    const int columns = int(m_headings.size());
    QVector<int> widths(columns);
    for (int c = 0; c < columns; ++c) {
        widths[c] = int(m_headings.at(c).size());
        for (const QStringList &row : m_rows)
            widths[c] = std::max(widths[c], int(row.at(c).size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int c = 0; c < columns; ++c) {
            if (c == columns - 1)
                text += cells.at(c);
            else if (m_right.at(c))
                text += cells.at(c).rightJustified(widths[c]) + QLatin1String("  ");
            else
                text += cells.at(c).leftJustified(widths[c]) + QLatin1String("  ");
        }
        // A short last cell leaves no trailing spaces behind the padded ones.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text;
    };
    QStringList out {line(m_headings)};
    for (const QStringList &row : m_rows)
        out.append(line(row));
    return out;
}

} // namespace Recoupe
