// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportauthor.h"
#include "graphsketch.h"
#include "result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace Recoupe {

class EvidenceSet;

struct PdfExportOptions
{
    bool appendix = false; // the evidence appendix after the sources
    bool flatten = false; // paint highlights into the pages instead of adding annotations
    ExportAuthor author = ExportAuthor::stored(); // the name on the annotations, or none
    GraphDrawing drawGraph; // the appendix's graph drawing; GraphSketch when empty
    std::function<void(double)> progress; // 0 to 1, from the exporting thread
    const std::atomic_bool *cancel = nullptr; // set from any thread to stop
};

// What an export did, to show the user (and for scripts, via the CLI's --json).
struct PdfExportReport
{
    enum class Method
    {
        Appended, // the original PDF, byte for byte, then an incremental update
        Rewritten, // an encrypted PDF, written anew by qpdf
        Typeset, // a text, HTML or Markdown source typeset by Recoupe
        Merged, // a PDF source's pages copied into a file holding several sources
        Image // an image source's frames set as pages, with its OCR text invisible under them
    };
    struct SourceResult
    {
        qint64 sourceId = 0;
        QString title;
        QString sha256; // of the original file
        Method method = Method::Appended;
        qint64 prefixLength = 0; // Appended: the file's first prefixLength bytes are the original
        int firstPage = 0; // 1-based, in the exported file
        int lastPage = 0;
        int highlights = 0; // annotations written (or painted) for this source
    };

    QString path;
    qint64 fileSize = 0;
    int pageCount = 0;
    int highlightCount = 0;
    int appendixPages = 0;
    QString attachmentName; // the embedded JSON-LD file
    // Pages whose characters were read again with Poppler to cut a passage inside a word, and
    // the cuts estimated from the word boxes alone (see PdfPassageBoxes).
    int pagesReadForEdges = 0;
    int edgesEstimated = 0;
    QVector<SourceResult> sources;
    QStringList warnings; // translated: passages left out, repaired or encrypted originals
};

// Writes the annotated PDF of an EvidenceSet: one source, several (merged into one file, in
// library order, with a bookmark per source and per claim) or the whole dossier.
//
// A PDF source exported alone keeps its original file as the exact prefix of the export: the
// highlights, bookmarks, appendix pages and the embedded W3C Web Annotation JSON-LD are
// appended as an incremental update (see PdfDocument), so the first N bytes still hash to the
// SHA-256 recorded at import. Encrypted PDFs are rewritten instead, and the report says so.
// Text, HTML and Markdown sources are typeset (SourceTypesetter) and highlighted over exactly
// their typeset words. Touches no database: it can run on a worker thread.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    explicit PdfExporter(const EvidenceSet &evidence);

    // Writes the file atomically (nothing at `path` changes unless the export succeeds).
    Result<PdfExportReport> write(
        const QString &path, const PdfExportOptions &options = PdfExportOptions()) const;
    // The same, in memory.
    Result<QByteArray> toBytes(const PdfExportOptions &options, PdfExportReport *report = nullptr) const;

    // The file name the JSON-LD gets inside the PDF.
    static QString attachmentFileName();

private:
    // The export streamed to `out`, which reports write failures through its errorString().
    Result<PdfExportReport> writeTo(QIODevice &out, const PdfExportOptions &options) const;

    const EvidenceSet &m_evidence;
};

} // namespace Recoupe
