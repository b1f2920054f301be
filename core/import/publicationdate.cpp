// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationdate.h"

#include <QDate>
#include <QRegularExpression>

namespace Recoupe {

namespace {

QString isoDay(int y, int m, int d)
{
    const QDate date(y, m, d);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

int monthFromName(const QString &name)
{
    static const char *const names[] = { "janvier|january|jan|janv", "février|fevrier|february|feb|févr|fevr",
        "mars|march|mar", "avril|april|apr|avr", "mai|may", "juin|june|jun", "juillet|july|jul|juil",
        "août|aout|august|aug", "septembre|september|sep|sept", "octobre|october|oct",
        "novembre|november|nov", "décembre|decembre|december|dec|déc" };
    const QString lower = name.toLower();
    for (int m = 0; m < 12; ++m) {
        if (QString::fromUtf8(names[m]).split(QLatin1Char('|')).contains(lower))
            return m + 1;
    }
    return 0;
}

} // namespace

QString PublicationDate::fromDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.date().toString(Qt::ISODate) : QString();
}

QString PublicationDate::fromText(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text.size() > 200)
        return QString();

    // ISO 8601 and its slash or dot variants, possibly followed by a time.
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?(?:$|[T\\s])"));
    QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch()) {
        const int y = m.capturedView(1).toInt();
        if (m.capturedLength(3) > 0)
            return isoDay(y, m.capturedView(2).toInt(), m.capturedView(3).toInt());
        if (m.capturedLength(2) > 0) {
            const int month = m.capturedView(2).toInt();
            return month >= 1 && month <= 12
                ? QStringLiteral("%1-%2").arg(y, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'))
                : QString();
        }
        return QString::number(y);
    }
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s\\d])"));
    m = compact.match(text);
    if (m.hasMatch())
        return isoDay(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());

    // Numeric with the year last: day first (French and most of Europe) unless that cannot be.
    static const QRegularExpression yearLast(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b"));
    m = yearLast.match(text);
    if (m.hasMatch()) {
        const int a = m.capturedView(1).toInt();
        const int b = m.capturedView(2).toInt();
        const int y = m.capturedView(3).toInt();
        return b > 12 ? isoDay(y, a, b) : isoDay(y, b, a);
    }

    const QDateTime rfc = QDateTime::fromString(text, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc.date().toString(Qt::ISODate);

    // Written dates: "7 mai 2018", "1er juin 2017", "May 7, 2018", "mai 2018".
    static const QRegularExpression dayMonthYear(
        QStringLiteral("(?:^|\\s)(\\d{1,2})(?:er)?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    m = dayMonthYear.match(text);
    if (m.hasMatch()) {
        if (const int month = monthFromName(m.captured(2)))
            return isoDay(m.capturedView(3).toInt(), month, m.capturedView(1).toInt());
    }
    static const QRegularExpression monthDayYear(
        QStringLiteral("(?:^|\\s)(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    m = monthDayYear.match(text);
    if (m.hasMatch()) {
        if (const int month = monthFromName(m.captured(1)))
            return isoDay(m.capturedView(3).toInt(), month, m.capturedView(2).toInt());
    }
    static const QRegularExpression monthYear(
        QStringLiteral("^(\\p{L}+)\\.?\\s+(\\d{4})$"), QRegularExpression::UseUnicodePropertiesOption);
    m = monthYear.match(text);
    if (m.hasMatch()) {
        if (const int month = monthFromName(m.captured(1)))
            return QStringLiteral("%1-%2")
                .arg(m.capturedView(2).toInt(), 4, 10, QLatin1Char('0'))
                .arg(month, 2, 10, QLatin1Char('0'));
    }
    return QString();
}

} // namespace Recoupe
