// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagegeometry.h"

#include <algorithm>

namespace Recoupe {

PdfPageGeometry::PdfPageGeometry(const QRectF &cropBox, int rotation)
    : m_crop(cropBox.normalized())
    , m_rotation(((rotation % 360) + 360) % 360)
{
    // /Rotate must be a multiple of 90; readers round anything else down, as Poppler does.
    m_rotation -= m_rotation % 90;
}

double PdfPageGeometry::displayedWidth() const
{
    return (m_rotation == 90 || m_rotation == 270) ? m_crop.height() : m_crop.width();
}

double PdfPageGeometry::displayedHeight() const
{
    return (m_rotation == 90 || m_rotation == 270) ? m_crop.width() : m_crop.height();
}

// In QRectF terms the crop box's left() is x1, right() x2, top() y1 and bottom() y2 of the PDF
// rectangle: "top" is only a name here, user space grows upwards.
QPointF PdfPageGeometry::toUser(const QPointF &d) const
{
    const double x1 = m_crop.left(), x2 = m_crop.right(), y1 = m_crop.top(), y2 = m_crop.bottom();
    switch (m_rotation) {
    case 90:
        return { x1 + d.y(), y1 + d.x() };
    case 180:
        return { x2 - d.x(), y1 + d.y() };
    case 270:
        return { x2 - d.y(), y2 - d.x() };
    default:
        return { x1 + d.x(), y2 - d.y() };
    }
}

QPointF PdfPageGeometry::toDisplayed(const QPointF &u) const
{
    const double x1 = m_crop.left(), x2 = m_crop.right(), y1 = m_crop.top(), y2 = m_crop.bottom();
    switch (m_rotation) {
    case 90:
        return { u.y() - y1, u.x() - x1 };
    case 180:
        return { x2 - u.x(), u.y() - y1 };
    case 270:
        return { y2 - u.y(), x2 - u.x() };
    default:
        return { u.x() - x1, y2 - u.y() };
    }
}

void PdfPageGeometry::quadPoints(const QRectF &displayed, double out[8]) const
{
    const QPointF corners[4] = { toUser(displayed.topLeft()), toUser(displayed.topRight()),
        toUser(displayed.bottomLeft()), toUser(displayed.bottomRight()) };
    for (int i = 0; i < 4; ++i) {
        out[2 * i] = corners[i].x();
        out[2 * i + 1] = corners[i].y();
    }
}

QRectF PdfPageGeometry::toUser(const QRectF &displayed) const
{
    const QPointF a = toUser(displayed.topLeft());
    const QPointF b = toUser(displayed.bottomRight());
    return QRectF(QPointF(std::min(a.x(), b.x()), std::min(a.y(), b.y())),
        QPointF(std::max(a.x(), b.x()), std::max(a.y(), b.y())));
}

} // namespace Recoupe
