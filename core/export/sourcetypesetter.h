// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pdfpage.h"
#include "result.h"

#include <QCoreApplication>

namespace Recoupe {

struct EvidenceSource;

// A text, HTML or Markdown source typeset as a PDF: its title; a provenance block (origin,
// publisher, published date, imported-at, SHA-256 of the original); its canonical text, one
// paragraph per blank-line-separated block; page numbers. The pages carry a box for every
// character of the text, so highlights land on exactly the typeset words.
class SourceTypesetter
{
    Q_DECLARE_TR_FUNCTIONS(SourceTypesetter)

public:
    struct Typeset
    {
        QByteArray pdf;
        QVector<PdfPage> pages; // word boxes with offsets into the canonical text
    };

    static Result<Typeset> typeset(const EvidenceSource &source);
};

} // namespace Recoupe
