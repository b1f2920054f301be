// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

namespace Recoupe {

// PDF documents through Poppler-Qt6: the text layer with every word's box, page sizes and
// rotations, and the document info (Title, Author, CreationDate → published).
//
// The canonical text: a page's words in Poppler's reading order, joined by a space where the
// PDF has one (nothing where a word was split, e.g. by kerning); a line end between lines; a
// blank line where a line starts a new block (a vertical gap larger than most of a line, or a
// jump back up to a new column); a blank line between pages. Each PdfPage's text range
// includes the blank line that follows it, so the ranges tile the text; a page without text
// has an empty range at the end of the previous page's text. Word boxes are in points in the
// page as displayed (its /Rotate applied, which is how Poppler reports them), origin top left,
// clipped to the page's width and height.
//
// Protected PDFs take the password from the context; without the right one the outcome is
// NeedsPassword. Big documents are read on several threads, one Poppler::Document each
// (Poppler documents are not thread-safe), and assembled in page order.
class PdfImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(PdfImporter)

public:
    QString id() const override;
    QString displayName() const override;
    QStringList extensions() const override;
    bool recognizes(const QByteArray &head) const override;
    ReadResult read(const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const override;
};

} // namespace Recoupe
