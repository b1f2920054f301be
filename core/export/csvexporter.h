// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportauthor.h"
#include "result.h"

#include <QCoreApplication>

namespace Recoupe {

class EvidenceSet;

// One row per annotation, RFC 4180 (comma separated, CRLF line ends, fields with commas,
// quotes or line breaks quoted, quotes doubled), UTF-8 starting with a byte order mark so that
// spreadsheet programs read it as UTF-8. Columns, with a header row:
// source, source_sha256, page (1-based, PDFs only), start, end (UTF-16 code units of the
// source's canonical text, as Recoupe counts), quote, note, tags (codebook paths), claims (claim
// texts), color (the annotation's own), author, created, modified (ISO 8601, UTC).
// Multi-valued cells (tags, claims) separate their values with "; "; a ";" or "\" inside a value
// is written "\;" or "\\". A text cell that a spreadsheet would run as a formula (starting with
// =, +, -, @, a tab or a carriage return) is written with a "'" in front.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    explicit CsvExporter(const EvidenceSet &evidence);
    void setAuthor(const ExportAuthor &author) { m_author = author; }

    QByteArray toCsv() const;
    Status write(const QString &path) const;

    // A field quoted when it has to be.
    static QString field(const QString &value);
    // A text cell: neutralised against formulas, then quoted when it has to be.
    static QString textCell(const QString &value);
    // Values joined by "; ", each with its ";" and "\\" escaped.
    static QString multiValued(const QStringList &values);

private:
    const EvidenceSet &m_evidence;
    ExportAuthor m_author = ExportAuthor::stored();
};

} // namespace Recoupe
