// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDateTime>
#include <QRectF>
#include <QString>

#include <qpdf/QPDFObjectHandle.hh>

namespace Recoupe {

// Qt values as PDF objects and back, the way the export writes them.
class PdfValues
{
public:
    // A text string: PDFDocEncoding when it fits, else UTF-16BE with a byte order mark.
    static QPDFObjectHandle text(const QString &value);
    static QString toText(QPDFObjectHandle value);
    // A PDF date in UTC: D:YYYYMMDDHHmmSSZ.
    static QPDFObjectHandle date(const QDateTime &value);
    static std::string dateString(const QDateTime &value);
    // A real with at most four decimals, enough for points (0.0001 pt) and colors.
    static QPDFObjectHandle number(double value);
    static QPDFObjectHandle rect(const QRectF &rect); // [x1 y1 x2 y2]
    static QPDFObjectHandle color(const QColor &color); // [r g b]
    // A rectangle array read back (any corner order), empty if it is not one.
    static QRectF toRect(QPDFObjectHandle array);
    static std::string utf8(const QString &value) { return value.toUtf8().toStdString(); }
    static QString fromUtf8(const std::string &value)
    {
        return QString::fromUtf8(value.data(), qsizetype(value.size()));
    }
    // Four decimals, no exponent, trailing zeros trimmed: the form used inside content streams.
    static QByteArray format(double value);
};

} // namespace Recoupe
