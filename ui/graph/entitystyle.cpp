// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystyle.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace Recoupe {

QString EntityStyle::dateText(const PartialDate &date)
{
    const QLocale locale;
    switch (date.precision()) {
    case PartialDate::Precision::None:
        return QString();
    case PartialDate::Precision::Year:
        return QString::number(date.yearValue());
    case PartialDate::Precision::Month:
        return locale.toString(date.earliest(), QStringLiteral("MMM yyyy"));
    case PartialDate::Precision::Day:
        return locale.toString(date.earliest(), QStringLiteral("d MMM yyyy"));
    }
    return QString();
}

namespace {

QPainterPath polygonPath(int corners, double radius, double rotation)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = rotation + 2 * M_PI * i / corners;
        polygon << QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    polygon << polygon.first();
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

} // namespace

QColor EntityStyle::color(const QString &type)
{
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("Person"), QColor(0x00, 0x72, 0xb2)},
        {QStringLiteral("PublicBody"), QColor(0xd5, 0x5e, 0x00)},
        {QStringLiteral("Company"), QColor(0xe6, 0x9f, 0x00)},
        {QStringLiteral("Organization"), QColor(0x00, 0x9e, 0x73)},
        {QStringLiteral("Position"), QColor(0xcc, 0x79, 0xa7)},
    };
    return colors.value(type, QColor(0x99, 0x99, 0x99));
}

QPainterPath EntityStyle::shape(const QString &type, double size)
{
    const double r = size / 2;
    QPainterPath path;
    if (type == QLatin1String("Person")) {
        path.addEllipse(QPointF(0, 0), r, r);
    } else if (type == QLatin1String("PublicBody")) {
        path.addRect(QRectF(-r * 0.9, -r * 0.9, 1.8 * r, 1.8 * r));
    } else if (type == QLatin1String("Company")) {
        path = polygonPath(4, r * 1.15, 0); // a diamond
    } else if (type == QLatin1String("Organization")) {
        path = polygonPath(6, r * 1.05, M_PI / 6); // a hexagon
    } else if (type == QLatin1String("Position")) {
        path = polygonPath(3, r * 1.15, -M_PI / 2); // a triangle, point up
    } else {
        path.addRoundedRect(QRectF(-r, -r * 0.7, 2 * r, 1.4 * r), r * 0.3, r * 0.3);
    }
    return path;
}

QIcon EntityStyle::icon(const QString &type)
{
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(type);
    if (found != cache.cend())
        return *found;
    QIcon icon;
    for (int size : {16, 22, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(size / 2.0, size / 2.0);
        painter.setPen(QPen(color(type).darker(140), 1));
        painter.setBrush(color(type));
        painter.drawPath(shape(type, size * 0.72));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(type, icon);
    return icon;
}

QString EntityStyle::typeName(const QString &type)
{
    if (type == QLatin1String("Person"))
        //: FollowTheMoney entity type
        return tr("Person");
    if (type == QLatin1String("Organization"))
        //: FollowTheMoney entity type
        return tr("Organization");
    if (type == QLatin1String("PublicBody"))
        //: FollowTheMoney entity type: a ministry, an agency, a commission…
        return tr("Public body");
    if (type == QLatin1String("Company"))
        //: FollowTheMoney entity type
        return tr("Company");
    if (type == QLatin1String("Position"))
        //: FollowTheMoney entity type: a post such as "director of digital affairs"
        return tr("Position");
    return type;
}

QString EntityStyle::relationshipTypeName(const QString &type)
{
    if (type == QLatin1String("Employment"))
        //: FollowTheMoney relationship type
        return tr("Employment");
    if (type == QLatin1String("Membership"))
        //: FollowTheMoney relationship type
        return tr("Membership");
    if (type == QLatin1String("Directorship"))
        //: FollowTheMoney relationship type
        return tr("Directorship");
    if (type == QLatin1String("Ownership"))
        //: FollowTheMoney relationship type
        return tr("Ownership");
    if (type == QLatin1String("Representation"))
        //: FollowTheMoney relationship type
        return tr("Representation");
    if (type == QLatin1String("Associate"))
        //: FollowTheMoney relationship type: two people who work or act together
        return tr("Associate");
    if (type == QLatin1String("Family"))
        //: FollowTheMoney relationship type
        return tr("Family");
    if (type == QLatin1String("Occupancy"))
        //: FollowTheMoney relationship type: a person holding a post
        return tr("Occupancy");
    if (type == QLatin1String("UnknownLink"))
        //: FollowTheMoney relationship type for any other link
        return tr("Other link");
    return type;
}

QString EntityStyle::relationshipText(const QString &type, const QString &label, const QString &role)
{
    const QString kind = label.isEmpty() ? relationshipTypeName(type) : label;
    if (role.isEmpty())
        return kind;
    //: A relationship on the graph: %1 its type, %2 the role ("Directorship: director")
    return tr("%1: %2").arg(kind, role);
}

QString EntityStyle::dateSpan(const PartialDate &startDate, const PartialDate &endDate)
{
    const QString start = dateText(startDate);
    const QString end = dateText(endDate);
    if (start.isEmpty() && end.isEmpty())
        return QString();
    if (end.isEmpty())
        //: A relationship that started at %1 and has no known end
        return tr("since %1").arg(start);
    if (start.isEmpty())
        //: A relationship that ended at %1, start unknown
        return tr("until %1").arg(end);
    //: A relationship's dates: %1 start, %2 end
    return tr("%1 – %2").arg(start, end);
}

} // namespace Recoupe
