// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Recoupe {

// A date known to the year, the month or the day, stored as ISO 8601 cut to its precision.
class PartialDate
{
public:
    enum class Precision
    {
        None,
        Year,
        Month,
        Day
    };

    PartialDate() = default;
    static PartialDate year(int y);
    static PartialDate month(int y, int m);
    static PartialDate day(int y, int m, int d);
    // Accepts "", "2018", "2018-05", "2018-05-07"; anything else gives an invalid date.
    static PartialDate fromIso(const QString &text, bool *ok = nullptr);

    bool isNull() const { return m_precision == Precision::None; }
    Precision precision() const { return m_precision; }
    int yearValue() const { return m_year; }
    int monthValue() const { return m_month; }
    int dayValue() const { return m_day; }

    QString toIso() const;
    // The first and last days the date may stand for ("2018" spans the whole year).
    QDate earliest() const;
    QDate latest() const;

    bool operator==(const PartialDate &other) const
    {
        return m_precision == other.m_precision && m_year == other.m_year && m_month == other.m_month
            && m_day == other.m_day;
    }
    bool operator!=(const PartialDate &other) const { return !(*this == other); }

private:
    Precision m_precision = Precision::None;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace Recoupe
