// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagepages.h"

#include "import/imageimporter.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Recoupe {

Result<QByteArray> ImagePages::toPdf(
    const QByteArray &image, const QVector<PdfPage> &pages, const QString &name)
{
    if (pages.isEmpty())
        return Error {tr("“%1” has no pages to export.").arg(name)};
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Recoupe"));
    writer.setTitle(name);
    // Points as the unit, so that the page rows' sizes and word boxes apply as they are.
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    auto pageSize = [](const PdfPage &page) {
        return QPageSize(QSizeF(page.width, page.height), QPageSize::Point, QString(), QPageSize::ExactMatch);
    };
    writer.setPageSize(pageSize(pages.first()));
    QPainter painter;
    for (int i = 0; i < pages.size(); ++i) {
        const PdfPage &page = pages[i];
        if (i > 0) {
            writer.setPageSize(pageSize(page));
            writer.newPage();
        } else if (!painter.begin(&writer)) {
            return Error {tr("“%1” cannot be set as PDF pages.").arg(name)};
        }
        QString error;
        const QImage frame = ImageImporter::frame(image, page.page, 0, name, &error);
        if (frame.isNull()) {
            painter.end();
            return Error {error};
        }
        painter.drawImage(QRectF(0, 0, page.width, page.height), frame);
    }
    if (!painter.end())
        return Error {tr("“%1” cannot be set as PDF pages.").arg(name)};
    buffer.close();
    return pdf;
}

} // namespace Recoupe
