// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace Recoupe {

enum class SourceKind
{
    Text,
    Html,
    Markdown,
    Pdf,
    Email,
    Office,
    Image
};

QString sourceKindName(SourceKind kind); // stable, stored: "text", "html", "markdown", "pdf", "email"…
bool sourceKindFromName(const QString &name, SourceKind *kind);
// Whether sources of this kind are pages with word boxes (PdfPage rows): PDFs and images.
bool hasPages(SourceKind kind);

// An imported document, as listed in the library. The original bytes and the text are read
// on demand from the store (they can be hundreds of megabytes).
struct Source
{
    qint64 id = 0;
    QString title;
    SourceKind kind = SourceKind::Text;
    QString origin; // path or URL as the user gave it
    QString canonicalUrl;
    QString publisher;
    QString author;
    QString published; // ISO 8601, possibly partial ("2018", "2018-05", "2018-05-07")
    QDateTime importedAt;
    QString sha256; // hex, of the original bytes
    qint64 byteSize = 0;
    QString language; // BCP 47 code such as "fr", empty when unknown
    QString encoding; // what the text was decoded from ("UTF-8", "windows-1252", …)
    qint64 textLength = 0; // in UTF-16 code units
    int pageCount = 0; // PDFs only
    qint64 parentId = 0; // attachments: the message they came with; 0 for the others
    int position = 0; // attachments: their order in the message
    int annotationCount = 0; // computed when listing
};

} // namespace Recoupe
