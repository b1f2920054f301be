// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfvalues.h"

#include <cmath>

namespace Recoupe {

QPDFObjectHandle PdfValues::text(const QString &value)
{
    return QPDFObjectHandle::newUnicodeString(utf8(value));
}

QString PdfValues::toText(QPDFObjectHandle value)
{
    if (!value.isString())
        return QString();
    return fromUtf8(value.getUTF8Value());
}

std::string PdfValues::dateString(const QDateTime &value)
{
    const QDateTime utc = value.isValid() ? value.toUTC() : QDateTime::currentDateTimeUtc();
    return "D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toStdString() + "Z";
}

QPDFObjectHandle PdfValues::date(const QDateTime &value)
{
    return QPDFObjectHandle::newString(dateString(value));
}

QByteArray PdfValues::format(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("0");
    QByteArray out = QByteArray::number(value, 'f', 4);
    if (out.contains('.')) {
        while (out.endsWith('0'))
            out.chop(1);
        if (out.endsWith('.'))
            out.chop(1);
    }
    if (out == "-0")
        out = "0";
    return out;
}

QPDFObjectHandle PdfValues::number(double value)
{
    const QByteArray formatted = format(value);
    if (!formatted.contains('.'))
        return QPDFObjectHandle::newInteger(formatted.toLongLong());
    return QPDFObjectHandle::newReal(formatted.toStdString());
}

QPDFObjectHandle PdfValues::rect(const QRectF &rect)
{
    QPDFObjectHandle array = QPDFObjectHandle::newArray();
    const QRectF r = rect.normalized();
    array.appendItem(number(r.left()));
    array.appendItem(number(r.top()));
    array.appendItem(number(r.right()));
    array.appendItem(number(r.bottom()));
    return array;
}

QPDFObjectHandle PdfValues::color(const QColor &color)
{
    const QColor rgb = color.isValid() ? color.toRgb() : QColor(Qt::yellow);
    QPDFObjectHandle array = QPDFObjectHandle::newArray();
    array.appendItem(number(rgb.redF()));
    array.appendItem(number(rgb.greenF()));
    array.appendItem(number(rgb.blueF()));
    return array;
}

QRectF PdfValues::toRect(QPDFObjectHandle array)
{
    if (!array.isArray() || array.getArrayNItems() != 4)
        return QRectF();
    double v[4];
    for (int i = 0; i < 4; ++i) {
        QPDFObjectHandle item = array.getArrayItem(i);
        if (!item.isNumber())
            return QRectF();
        v[i] = item.getNumericValue();
    }
    return QRectF(QPointF(std::min(v[0], v[2]), std::min(v[1], v[3])),
        QPointF(std::max(v[0], v[2]), std::max(v[1], v[3])));
}

} // namespace Recoupe
