// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

namespace Recoupe {

// Where a page's displayed area sits in PDF user space. Poppler (and so the stored word boxes
// and anchor quads) measures a page as it is displayed: the crop box (clipped to the media box)
// turned by /Rotate, in points, origin top left. PDF annotations live in the unrotated user space,
// origin bottom left, with the crop box wherever the producer put it.
class PdfPageGeometry
{
public:
    PdfPageGeometry() = default;
    // `cropBox` in user space (already clipped to the media box), `rotation` any multiple of 90.
    PdfPageGeometry(const QRectF &cropBox, int rotation);

    QRectF cropBox() const { return m_crop; }
    int rotation() const { return m_rotation; } // 0, 90, 180 or 270
    // The page's size as displayed (width and height swap for 90 and 270).
    double displayedWidth() const;
    double displayedHeight() const;

    // A displayed point (points, origin top left) in user space, and back.
    QPointF toUser(const QPointF &displayed) const;
    QPointF toDisplayed(const QPointF &user) const;

    // A displayed box as a PDF quadrilateral in user space, in the order readers expect
    // (Acrobat's, which Poppler and MuPDF follow): upper left, upper right, lower left, lower
    // right as the reader sees the page.
    void quadPoints(const QRectF &displayed, double out[8]) const;
    // The user-space bounding box of a displayed box.
    QRectF toUser(const QRectF &displayed) const;

private:
    QRectF m_crop; // normalised: left < right, top < bottom hold the PDF's y1 < y2
    int m_rotation = 0;
};

} // namespace Recoupe
