// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

namespace Recoupe {

// Word documents (.docx, Office Open XML), read from their ZIP package (OfficePackage) with
// QXmlStreamReader: paragraphs, headings, list items ("• "), table rows (cells separated by
// tabs) in reading order, footnote marks as "[1]" with the notes after the text; title,
// author and dates from docProps/core.xml.
class DocxImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(DocxImporter)

public:
    QString id() const override;
    QString displayName() const override;
    QStringList extensions() const override;
    ReadResult read(const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const override;
};

} // namespace Recoupe
