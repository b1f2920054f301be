// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "anchoring/pdfquads.h"
#include "evidenceappendix.h"
#include "evidenceset.h"
#include "exportfile.h"
#include "imagepages.h"
#include "pdfannotator.h"
#include "pdfattachments.h"
#include "pdfdocument.h"
#include "pdfoutline.h"
#include "pdfpassageboxes.h"
#include "pdftextlayer.h"
#include "pdfvalues.h"
#include "sourcetypesetter.h"
#include "webannotationwriter.h"

#include <QBuffer>

#include <qpdf/QPDFPageDocumentHelper.hh>

#include <map>

namespace Recoupe {

namespace {

// One source on its way into the export.
struct Prepared
{
    const EvidenceSource *evidence = nullptr;
    std::unique_ptr<PdfDocument> document;
    bool typeset = false;
    bool image = false; // an image source's frames set as pages
    int highlights = 0;
    QHash<qint64, int> annotationPage; // 0-based page of this document
    QHash<qint64, double> annotationTop; // displayed y of the first line, for bookmarks
};

bool cancelled(const PdfExportOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + QChar(0x2026);
}

} // namespace

PdfExporter::PdfExporter(const EvidenceSet &evidence)
    : m_evidence(evidence)
{ }

QString PdfExporter::attachmentFileName()
{
    return QStringLiteral("recoupe-annotations.jsonld");
}

Result<PdfExportReport> PdfExporter::write(const QString &path, const PdfExportOptions &options) const
{
    ExportFile file(path);
    if (!file.open())
        return Error {file.failure()};
    auto report = writeTo(file, options);
    // The file's own message names the path and the system's reason.
    if (!file.failure().isEmpty())
        return Error {file.failure()};
    if (!report)
        return report;
    const Status committed = file.commit();
    if (!committed)
        return Error {committed.error()};
    report->path = path;
    return report;
}

Result<QByteArray> PdfExporter::toBytes(const PdfExportOptions &options, PdfExportReport *reportOut) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto report = writeTo(buffer, options);
    if (!report)
        return Error {report.error()};
    if (reportOut)
        *reportOut = *report;
    return bytes;
}

Result<PdfExportReport> PdfExporter::writeTo(QIODevice &out, const PdfExportOptions &options) const
{
    PdfExportReport report;
    if (m_evidence.sources.isEmpty())
        return Error {tr("There is no source to export.")};
    auto progress = [&](double fraction) {
        if (options.progress)
            options.progress(std::min(1.0, fraction));
    };
    const QString cancelledMessage = tr("The export was cancelled.");
    const bool merged = m_evidence.sources.size() > 1;
    // A merged pack is built inside its largest PDF, read lightly and written as an update after
    // its original bytes, so that a thousand-page report costs what the pages that change cost
    // (qpdf's writer would hold every object of every page). The other sources are copied in.
    const EvidenceSource *host = nullptr;
    if (merged) {
        for (const EvidenceSource &source : m_evidence.sources) {
            if (source.source.kind == SourceKind::Pdf
                && (!host || source.original.size() > host->original.size()))
                host = &source;
        }
    }

    try {
        std::vector<Prepared> prepared;
        prepared.reserve(size_t(m_evidence.sources.size()));
        const double share = 0.8 / m_evidence.sources.size();
        for (const EvidenceSource &source : m_evidence.sources) {
            if (cancelled(options))
                return Error {cancelledMessage};
            const double base = share * double(prepared.size());
            Prepared p;
            p.evidence = &source;
            QVector<PdfPage> typesetPages;
            // An image source goes in as a scanned PDF would: its frames as pages, OCR words below.
            QByteArray imagePdf;
            if (source.source.kind == SourceKind::Image) {
                auto pages = ImagePages::toPdf(source.original, source.pages, source.source.title);
                if (!pages)
                    return Error {pages.error()};
                imagePdf = std::move(pages).value();
                // Written anew by qpdf: there are no original PDF bytes to keep as a prefix.
                auto opened = PdfDocument::open(imagePdf, source.source.title, PdfDocument::Mode::Rewrite);
                if (!opened)
                    return Error {opened.error()};
                p.document = std::move(opened).value();
                p.image = true;
            } else if (source.source.kind == SourceKind::Pdf) {
                // The pages copied into another document are read through qpdf, in its own form.
                auto opened = PdfDocument::open(source.original, source.source.title,
                    merged && &source != host ? PdfDocument::Mode::Rewrite : PdfDocument::Mode::Append);
                if (!opened)
                    return Error {opened.error()};
                p.document = std::move(opened).value();
                for (const QString &repair : p.document->repairs()) {
                    report.warnings.append(tr("“%1” is damaged; it was read after a repair: %2")
                                               .arg(source.source.title, repair));
                }
            } else {
                auto typeset = SourceTypesetter::typeset(source);
                if (!typeset)
                    return Error {typeset.error()};
                auto opened = PdfDocument::open(typeset->pdf, source.source.title,
                    merged ? PdfDocument::Mode::Rewrite : PdfDocument::Mode::Append);
                if (!opened)
                    return Error {opened.error()};
                p.document = std::move(opened).value();
                typesetPages = typeset->pages;
                p.typeset = true;
            }
            progress(base + share * 0.3);

            // Highlights, in text order, one per page the passage touches.
            PdfAnnotator annotator(
                *p.document, options.flatten ? PdfAnnotator::Mode::Flatten : PdfAnnotator::Mode::Annotate);
            PdfPassageBoxes exact(p.image ? imagePdf : source.original, source.pages, source.text);
            int done = 0;
            for (const Annotation &a : source.annotations) {
                if ((++done & 63) == 0) {
                    if (cancelled(options))
                        return Error {cancelledMessage};
                    progress(base
                        + share * (0.3 + 0.7 * done / std::max<qsizetype>(1, source.annotations.size())));
                }
                if (a.anchor.orphaned) {
                    report.warnings.append(
                        tr("The passage “%1” of “%2” is no longer found in the source; it was "
                           "left out of the PDF.")
                            .arg(elided(a.anchor.exact, 60), source.source.title));
                    continue;
                }
                const QVector<PageBox> boxes = p.typeset
                    ? PdfQuads::forRange(typesetPages, a.anchor.start, a.anchor.end)
                    : exact.boxes(a.anchor);
                if (boxes.isEmpty()) {
                    report.warnings.append(
                        tr("The passage “%1” of “%2” has no place on the pages (the page may "
                           "have no text layer); it was left out of the PDF.")
                            .arg(elided(a.anchor.exact, 60), source.source.title));
                    continue;
                }
                // The popup text: note, tags, the claims that cite the passage.
                QStringList parts;
                if (!a.note.isEmpty())
                    parts.append(a.note);
                QStringList tagPaths;
                for (qint64 tagId : a.tagIds)
                    tagPaths.append(m_evidence.tagPath(tagId));
                tagPaths.removeAll(QString());
                if (!tagPaths.isEmpty())
                    parts.append(tr("Tags: %1").arg(tagPaths.join(QStringLiteral("; "))));
                for (qint64 claimId : a.claimIds) {
                    if (const Claim *c = m_evidence.claim(claimId)) {
                        parts.append(tr("Cited by the claim “%1” (%2).")
                                         .arg(c->text, EvidenceAppendix::statusText(int(c->status))));
                    }
                }
                PdfHighlight h;
                h.color = m_evidence.colorOf(a);
                h.contents = parts.join(QStringLiteral("\n\n"));
                h.author = options.author.of(a);
                h.created = a.created;
                h.modified = a.modified;
                const QString name = WebAnnotationWriter::annotationUrn(source.source.sha256, a.id);
                int piece = 0;
                for (int i = 0; i < boxes.size();) {
                    h.page = boxes[i].page;
                    h.lines.clear();
                    for (; i < boxes.size() && boxes[i].page == h.page; ++i)
                        h.lines.append(boxes[i].rect);
                    // Each page of a passage is its own annotation, with a name of its own.
                    h.name = piece == 0 ? name : QStringLiteral("%1-%2").arg(name).arg(piece + 1);
                    if (annotator.add(h).isInitialized() && piece == 0) {
                        p.annotationPage.insert(a.id, h.page);
                        p.annotationTop.insert(a.id, h.lines.first().top());
                    }
                    ++piece;
                }
                if (p.annotationPage.contains(a.id))
                    ++p.highlights;
            }
            report.pagesReadForEdges += exact.pagesRead();
            report.edgesEstimated += exact.edgesEstimated();
            const Status finished = annotator.finish();
            if (!finished.ok())
                return Error {finished.error()};
            if (!p.typeset) {
                // Scanned pages carry their OCR words as invisible text, so the file can be searched.
                const Result<int> layered = PdfTextLayer::add(*p.document, source.pages, source.text);
                if (!layered)
                    return Error {layered.error()};
            }
            prepared.push_back(std::move(p));
        }

        // Pages of each source in the final file, and where each cited passage is.
        QVector<EvidenceAppendix::SourceEntry> entries;
        QHash<qint64, QPair<int, int>> citationPages;
        QVector<int> offsets;
        int pageTotal = 0;
        for (const Prepared &p : prepared) {
            offsets.append(pageTotal);
            EvidenceAppendix::SourceEntry entry;
            entry.source = p.evidence;
            entry.firstPage = pageTotal + 1;
            entry.lastPage = pageTotal + p.document->pageCount();
            entry.typeset = p.typeset;
            entry.image = p.image;
            if (p.image) {
                // Set as pages by Recoupe: the image's bytes are not a prefix of anything.
            } else if (!merged && !p.typeset) {
                if (p.document->canAppend())
                    entry.prefixLength = p.document->original().size();
                else
                    entry.rewritten = true;
            } else if (p.evidence == host && p.document->canAppend()) {
                entry.prefixLength = p.document->original().size(); // the pack's host
            }
            for (auto it = p.annotationPage.cbegin(); it != p.annotationPage.cend(); ++it)
                citationPages.insert(it.key(), qMakePair(it.value() + 1, pageTotal + it.value() + 1));
            entries.append(entry);
            pageTotal += p.document->pageCount();
        }

        std::unique_ptr<PdfDocument> appendix;
        QHash<qint64, int> claimPages;
        if (options.appendix) {
            if (cancelled(options))
                return Error {cancelledMessage};
            EvidenceAppendix pages(m_evidence, entries);
            pages.setCitationPages(citationPages);
            pages.setGraphDrawing(options.drawGraph);
            auto rendered = pages.render();
            if (!rendered)
                return Error {rendered.error()};
            auto opened = PdfDocument::open(*rendered, tr("Evidence appendix"), PdfDocument::Mode::Rewrite);
            if (!opened)
                return Error {opened.error()};
            appendix = std::move(opened).value();
            claimPages = pages.claimPages();
            report.appendixPages = appendix->pageCount();
        }
        progress(0.85);

        // One document to write: the source itself, the largest PDF holding the others, or a new
        // one holding every source (when the largest cannot take an update: encrypted, damaged).
        std::unique_ptr<PdfDocument> mergedDocument;
        PdfDocument *target = nullptr;
        int hostIndex = -1;
        for (int i = 0; merged && i < int(prepared.size()); ++i) {
            if (prepared[size_t(i)].evidence == host && prepared[size_t(i)].document->canAppend())
                hostIndex = i;
        }
        if (!merged) {
            target = prepared.front().document.get();
            if (appendix)
                target->appendPages(*appendix);
        } else if (hostIndex >= 0) {
            target = prepared[size_t(hostIndex)].document.get();
            for (int i = hostIndex - 1; i >= 0; --i)
                target->appendPages(*prepared[size_t(i)].document, PdfDocument::Placement::Start);
            for (int i = hostIndex + 1; i < int(prepared.size()); ++i)
                target->appendPages(*prepared[size_t(i)].document);
            if (appendix)
                target->appendPages(*appendix);
        } else {
            auto created = PdfDocument::create(tr("Evidence pack"));
            if (!created)
                return Error {created.error()};
            mergedDocument = std::move(created).value();
            target = mergedDocument.get();
            QPDFPageDocumentHelper pages(target->qpdf());
            for (Prepared &p : prepared) {
                for (int i = 0; i < p.document->pageCount(); ++i)
                    pages.addPage(QPDFPageObjectHelper(p.document->pageReference(i)), false);
            }
            if (appendix) {
                for (int i = 0; i < appendix->pageCount(); ++i)
                    pages.addPage(QPDFPageObjectHelper(appendix->pageReference(i)), false);
            }
            target->refreshPages();
        }
        if (merged) {
            QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
            info.replaceKey("/Title", PdfValues::text(tr("Evidence pack — %1").arg(m_evidence.dossierName)));
            info.replaceKey("/Producer", PdfValues::text(QStringLiteral("Recoupe " RECOUPE_VERSION_STRING)));
            info.replaceKey("/CreationDate", PdfValues::date(QDateTime::currentDateTimeUtc()));
            target->qpdf().getTrailer().replaceKey("/Info", target->add(info));
        }

        // Bookmarks: each source, each claim (at its first passage in this file, else its
        // appendix entry), the appendix.
        QVector<PdfOutline::Item> outline;
        for (int i = 0; i < int(prepared.size()); ++i)
            outline.append({prepared[size_t(i)].evidence->source.title, offsets[i], -1, {}});
        const QVector<const Claim *> claims = m_evidence.claimsInScope();
        if (!claims.isEmpty()) {
            //: Bookmark grouping the claims in an exported PDF
            PdfOutline::Item group {tr("Claims"), -1, -1, {}};
            for (const Claim *c : claims) {
                PdfOutline::Item item {elided(c->text, 120), -1, -1, {}};
                for (qint64 evidenceId : c->evidenceIds) {
                    for (int i = 0; i < int(prepared.size()) && item.page < 0; ++i) {
                        const Prepared &p = prepared[size_t(i)];
                        if (p.annotationPage.contains(evidenceId)) {
                            item.page = offsets[i] + p.annotationPage.value(evidenceId);
                            item.top = p.annotationTop.value(evidenceId);
                        }
                    }
                    if (item.page >= 0)
                        break;
                }
                if (item.page < 0 && claimPages.contains(c->id))
                    item.page = pageTotal + claimPages.value(c->id);
                group.children.append(item);
            }
            outline.append(group);
        }
        if (appendix)
            outline.append({tr("Evidence appendix"), pageTotal, -1, {}});
        PdfOutline::append(*target, outline);

        // The semantics travel with the file: the annotations as W3C Web Annotations.
        WebAnnotationWriter writer(m_evidence);
        writer.setAuthor(options.author);
        report.attachmentName = PdfAttachments::attach(*target, attachmentFileName(), writer.toJson(),
            QStringLiteral("application/ld+json"),
            tr("The highlights, notes and tags of this file as W3C Web Annotations (JSON-LD)."),
            QDateTime::currentDateTimeUtc());
        progress(0.9);
        if (cancelled(options))
            return Error {cancelledMessage};

        // Streamed to `out`: the file is never held whole in memory a second time.
        qint64 fileSize = 0;
        if (target->canAppend()) {
            const auto update = target->incrementalUpdate();
            if (!update)
                return Error {update.error()};
            for (const QByteArray *part : {&target->original(), &*update}) {
                if (out.write(*part) != part->size())
                    return Error {tr("Cannot write the PDF: %1").arg(out.errorString())};
                fileSize += part->size();
            }
        } else {
            const auto rewritten = target->rewrite(out);
            if (!rewritten)
                return Error {rewritten.error()};
            fileSize = *rewritten;
        }

        for (int i = 0; i < int(prepared.size()); ++i) {
            const Prepared &p = prepared[size_t(i)];
            PdfExportReport::SourceResult result;
            result.sourceId = p.evidence->source.id;
            result.title = p.evidence->source.title;
            result.sha256 = p.evidence->source.sha256;
            result.firstPage = entries[i].firstPage;
            result.lastPage = entries[i].lastPage;
            result.highlights = p.highlights;
            if (p.image)
                result.method = PdfExportReport::Method::Image;
            else if (p.typeset)
                result.method = PdfExportReport::Method::Typeset;
            else if (entries[i].prefixLength > 0)
                result.method = PdfExportReport::Method::Appended;
            else if (merged)
                result.method = PdfExportReport::Method::Merged;
            else
                result.method = PdfExportReport::Method::Rewritten;
            result.prefixLength = entries[i].prefixLength;
            if (result.method == PdfExportReport::Method::Rewritten) {
                report.warnings.append(p.document->isEncrypted()
                        ? tr("“%1” is encrypted: its annotations could not be appended to the original "
                             "bytes, so the "
                             "file was written anew.")
                              .arg(result.title)
                        : tr("“%1” has a damaged cross-reference table: its annotations could not be "
                             "appended to the "
                             "original bytes, so the file was written anew.")
                              .arg(result.title));
            }
            report.highlightCount += p.highlights;
            report.sources.append(result);
        }
        report.pageCount = target->pageCount();
        report.fileSize = fileSize;
        progress(1.0);
        return report;
    } catch (const std::exception &error) {
        return Error {tr("The PDF export failed: %1").arg(PdfDocument::describe(error))};
    }
}

} // namespace Recoupe
