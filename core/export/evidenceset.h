// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportprovenance.h"
#include "model/annotation.h"
#include "model/claim.h"
#include "model/entity.h"
#include "model/pdfpage.h"
#include "model/relationship.h"
#include "model/source.h"
#include "model/tag.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace Recoupe {

class Dossier;

// One exported source with what the export needs of it.
struct EvidenceSource
{
    Source source;
    QByteArray original; // PDFs and images: the file as imported, byte for byte
    QString text; // the canonical text
    QVector<PdfPage> pages; // PDFs: page sizes and text ranges; word boxes on the annotated pages
    QVector<Annotation> annotations; // in text order
};

// Everything an export writes, read from the dossier in one go on the dossier's thread, so that
// the export itself can run on a worker thread without touching the database.
class EvidenceSet
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceSet)

public:
    enum class Content
    {
        Everything, // original bytes and word boxes too: for PDF export
        TextAndAnnotations // no original bytes nor word boxes: for JSON-LD, CSV and reports
    };

    // The given sources in library order (all live sources when `sourceIds` is empty), with
    // their annotations, and the whole codebook, claims, entities and relationships. Each
    // source's origin is already what `provenance` lets leave: every writer can print it.
    static Result<EvidenceSet> collect(Dossier &dossier, const QVector<qint64> &sourceIds = {},
        Content content = Content::Everything, const ExportProvenance &provenance = ExportProvenance());

    QString dossierName; // the file's base name
    QString dossierLanguage;
    bool wholeDossier = true; // every live source is in the set
    QVector<EvidenceSource> sources;
    QVector<Tag> tags;
    QVector<Claim> claims;
    QVector<Entity> entities;
    QVector<Relationship> relationships;

    const Tag *tag(qint64 id) const;
    QString tagPath(qint64 id) const; // "Level/Sub/Leaf"
    const Claim *claim(qint64 id) const;
    const Entity *entity(qint64 id) const;
    // The annotation with this id among the exported sources, and its source; null if absent.
    const Annotation *annotation(qint64 id, const EvidenceSource **source = nullptr) const;
    // The colour an annotation is shown with, as in the reader (Annotation::shownColor).
    QColor colorOf(const Annotation &annotation) const;
    // Claims citing at least one annotation of the exported sources (all claims for the whole dossier).
    QVector<const Claim *> claimsInScope() const;
    // Relationships backed by the exported sources (all of them for the whole dossier).
    QVector<const Relationship *> relationshipsInScope() const;
    // Entities named by the claims and relationships in scope (all of them for the whole dossier).
    QVector<const Entity *> entitiesInScope() const;
    int annotationCount() const;

    // Builds the lookup tables after the vectors were filled by hand (tests, benchmarks).
    void index();

private:
    QHash<qint64, int> m_tagIndex;
    QHash<qint64, int> m_claimIndex;
    QHash<qint64, int> m_entityIndex;
    QHash<qint64, QPair<int, int>> m_annotationIndex; // source, annotation
};

} // namespace Recoupe
