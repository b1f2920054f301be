// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportauthor.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>

namespace Recoupe {

class EvidenceSet;
struct EvidenceSource;

// The annotations of an EvidenceSet as W3C Web Annotation JSON-LD (an AnnotationCollection with
// one AnnotationPage), readable by any tool of that standard and by WebAnnotationImporter.
//
// Each annotation targets its source by the SHA-256 of the original file (urn:sha256:…), with
// the origin as "via" and a TimeState of the import time. Selectors do not count in the
// original file (a PDF's bytes, HTML markup, a text file's runs of blank lines) but in the
// source's canonical text, the representation the State names: its "cached" is urn:sha256: of
// that text in UTF-8 (the model applies the State before the selectors; `recoupe-cli show
// --text` prints the text). In it: a TextQuoteSelector (exact, prefix, suffix), a
// TextPositionSelector counted in Unicode code points as the model requires, and for PDFs a
// FragmentSelector #page=N (RFC 3778, 1-based). The note is a TextualBody with purpose "commenting", each tag
// one with purpose "tagging" (its codebook path), and the annotation's colour a CSS stylesheet class on the
// target.
class WebAnnotationWriter
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationWriter)

public:
    static constexpr const char *Context = "http://www.w3.org/ns/anno.jsonld";

    explicit WebAnnotationWriter(const EvidenceSet &evidence);

    void setAuthor(const ExportAuthor &author) { m_author = author; }
    // When the document was generated; now (UTC) by default. Tests pin it.
    void setGenerated(const QDateTime &generated) { m_generated = generated; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Compact UTF-8 JSON, or indented for people to read.
    QByteArray toJson(bool indented = false) const;
    Status write(const QString &path, bool indented = true) const;

    // The stable identifier of an annotation: a name-based UUID from its source's SHA-256 and
    // its id, so exporting twice gives the same ids.
    static QString annotationUrn(const QString &sourceSha256, qint64 annotationId);
    // "urn:sha256:" and the SHA-256 of a canonical text's UTF-8 bytes.
    static QString canonicalTextUrn(const QString &text);
    // application/pdf, text/html, text/markdown, text/plain.
    static QString mediaType(const EvidenceSource &source);

private:
    const EvidenceSet &m_evidence;
    ExportAuthor m_author = ExportAuthor::stored();
    QDateTime m_generated;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Recoupe
