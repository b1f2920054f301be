// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Recoupe {

class PdfDocument;

// Files embedded in a PDF: the catalog's /EmbeddedFiles name tree, and /AF (PDF 2.0's
// associated files) so that a reader knows the file belongs to the document as a whole.
class PdfAttachments
{
public:
    // Adds `data` as `fileName` (made unique if the name is taken); returns the name used.
    static QString attach(PdfDocument &document, const QString &fileName, const QByteArray &data,
        const QString &mimeType, const QString &description, const QDateTime &modified);
};

} // namespace Recoupe
