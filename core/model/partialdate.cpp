// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <QRegularExpression>

namespace Recoupe {

PartialDate PartialDate::year(int y)
{
    PartialDate d;
    d.m_precision = Precision::Year;
    d.m_year = y;
    return d;
}

PartialDate PartialDate::month(int y, int m)
{
    PartialDate d = year(y);
    d.m_precision = Precision::Month;
    d.m_month = m;
    return d;
}

PartialDate PartialDate::day(int y, int m, int dd)
{
    PartialDate d = month(y, m);
    d.m_precision = Precision::Day;
    d.m_day = dd;
    return d;
}

PartialDate PartialDate::fromIso(const QString &text, bool *ok)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QString trimmed = text.trimmed();
    if (ok)
        *ok = true;
    if (trimmed.isEmpty())
        return {};
    const auto match = pattern.match(trimmed);
    bool valid = match.hasMatch();
    PartialDate result;
    if (valid) {
        const int y = match.captured(1).toInt();
        if (match.captured(2).isEmpty()) {
            result = year(y);
        } else if (match.captured(3).isEmpty()) {
            const int m = match.captured(2).toInt();
            valid = m >= 1 && m <= 12;
            result = month(y, m);
        } else {
            const int m = match.captured(2).toInt(), d = match.captured(3).toInt();
            valid = QDate::isValid(y, m, d);
            result = day(y, m, d);
        }
    }
    if (ok)
        *ok = valid;
    return valid ? result : PartialDate();
}

QString PartialDate::toIso() const
{
    switch (m_precision) {
    case Precision::None:
        return QString();
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
    }
    return QString();
}

QDate PartialDate::earliest() const
{
    switch (m_precision) {
    case Precision::None:
        return QDate();
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return QDate();
}

QDate PartialDate::latest() const
{
    switch (m_precision) {
    case Precision::None:
        return QDate();
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month:
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return QDate();
}

} // namespace Recoupe
