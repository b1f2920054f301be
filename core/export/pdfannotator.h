// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QVector>

#include <qpdf/QPDFObjectHandle.hh>

#include <map>
#include <vector>

namespace Recoupe {

class PdfDocument;

// One highlight on one page, as the export writes it.
struct PdfHighlight
{
    int page = 0; // 0-based
    QVector<QRectF> lines; // one box per line, in displayed page points (origin top left)
    QColor color;
    QString contents; // what the popup shows: note, tags, citing claims
    QString author; // /T; empty leaves it out
    QDateTime created;
    QDateTime modified;
    QString name; // /NM, unique in the document
};

// Adds real /Highlight annotations to a PdfDocument: /QuadPoints over the given lines, /C, the
// texts, a /Popup, and an appearance stream (a form XObject painting the quads in multiply blend
// mode) for readers that do not draw highlights themselves. Or, for the flattened variant, paints
// the same appearance into the page content. Pages are updated once, in finish().
class PdfAnnotator
{
    Q_DECLARE_TR_FUNCTIONS(PdfAnnotator)

public:
    enum class Mode
    {
        Annotate,
        Flatten
    };

    PdfAnnotator(PdfDocument &document, Mode mode);

    // The annotation (Annotate) or the appearance form (Flatten); a null handle when the
    // highlight has no box on the page.
    QPDFObjectHandle add(const PdfHighlight &highlight);
    // Writes the pages' new /Annots arrays, or their wrapped content and resources.
    Status finish();
    int added() const { return m_added; }

private:
    QPDFObjectHandle appearance(const QRectF &bbox, const QByteArray &paint);
    QPDFObjectHandle multiplyState();

    PdfDocument &m_document;
    Mode m_mode;
    QPDFObjectHandle m_multiply;
    std::map<int, std::vector<QPDFObjectHandle>> m_perPage; // annotations or forms, per page
    int m_added = 0;
};

} // namespace Recoupe
