// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceappendix.h"

#include "evidenceset.h"
#include "pdftypesetter.h"

#include <QLocale>

namespace Recoupe {

EvidenceAppendix::EvidenceAppendix(const EvidenceSet &evidence, const QVector<SourceEntry> &sources)
    : m_evidence(evidence)
    , m_sources(sources)
{ }

QString EvidenceAppendix::statusText(int status)
{
    switch (Claim::Status(status)) {
    case Claim::Status::ToVerify:
        //: Claim status
        return tr("to verify");
    case Claim::Status::Supported:
        //: Claim status
        return tr("supported");
    case Claim::Status::Disputed:
        //: Claim status
        return tr("disputed");
    case Claim::Status::Refuted:
        //: Claim status
        return tr("refuted");
    }
    return QString();
}

QString EvidenceAppendix::stanceText(int stance)
{
    switch (Claim::Stance(stance)) {
    case Claim::Stance::None:
        return QString();
    case Claim::Stance::Asserts:
        //: Stance of a claim's speaker
        return tr("asserts");
    case Claim::Stance::Denies:
        //: Stance of a claim's speaker
        return tr("denies");
    case Claim::Stance::Reports:
        //: Stance of a claim's speaker
        return tr("reports");
    case Claim::Stance::Doubts:
        //: Stance of a claim's speaker
        return tr("doubts");
    }
    return QString();
}

Result<QByteArray> EvidenceAppendix::render()
{
    //: Title of the appendix pages of an exported PDF
    const QString title = tr("Evidence appendix");
    PdfTypesetter setter(title, title);

    PdfTypesetter::Style h1;
    h1.face = PdfTypesetter::Face::Sans;
    h1.size = 16;
    h1.bold = true;
    h1.spaceAfter = 4;
    PdfTypesetter::Style h2 = h1;
    h2.size = 12.5;
    h2.spaceBefore = 14;
    h2.spaceAfter = 6;
    PdfTypesetter::Style h3 = h1;
    h3.size = 10.5;
    h3.spaceBefore = 8;
    h3.spaceAfter = 3;
    PdfTypesetter::Style body;
    body.size = 9.5;
    body.spaceAfter = 3;
    PdfTypesetter::Style small;
    small.face = PdfTypesetter::Face::Sans;
    small.size = 8.5;
    small.color = QColor(0x33, 0x33, 0x33);
    small.spaceAfter = 2;
    PdfTypesetter::Style mono = small;
    mono.face = PdfTypesetter::Face::Mono;
    mono.size = 7.5;
    PdfTypesetter::Style quote = body;
    quote.italic = true;
    quote.indent = 14;
    PdfTypesetter::Style cite = small;
    cite.indent = 14;
    cite.spaceAfter = 5;

    setter.paragraph(title, h1);
    setter.paragraph(tr("Dossier “%1”, exported on %2 (UTC).")
                         .arg(m_evidence.dossierName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
        small);
    setter.rule();

    // Sources and how to check them.
    setter.keepSpace(90);
    setter.paragraph(tr("Sources in this file"), h2);
    for (const SourceEntry &entry : m_sources) {
        const Source &s = entry.source->source;
        setter.keepSpace(70);
        setter.paragraph(s.title, h3);
        if (entry.firstPage > 0 && entry.lastPage > entry.firstPage)
            setter.paragraph(tr("Pages %1–%2 of this file.").arg(entry.firstPage).arg(entry.lastPage), small);
        else if (entry.firstPage > 0)
            setter.paragraph(tr("Page %1 of this file.").arg(entry.firstPage), small);
        if (!s.origin.isEmpty())
            setter.paragraph(tr("Origin: %1").arg(s.origin), small);
        if (!s.publisher.isEmpty())
            setter.paragraph(tr("Publisher: %1").arg(s.publisher), small);
        if (!s.published.isEmpty())
            setter.paragraph(tr("Published: %1").arg(s.published), small);
        setter.paragraph(tr("Imported: %1").arg(s.importedAt.toUTC().toString(Qt::ISODate)), small);
        setter.paragraph(tr("SHA-256 of the original file (%1 bytes):").arg(s.byteSize), small);
        setter.paragraph(s.sha256, mono);
        if (entry.prefixLength > 0) {
            setter.paragraph(
                tr("This file begins with the original PDF, byte for byte: its first %1 bytes are the "
                   "file as imported, and hash to the SHA-256 above. Highlights and these pages were "
                   "appended after them as a PDF incremental update. To check: head -c %1 FILE | "
                   "sha256sum")
                    .arg(entry.prefixLength),
                small);
        } else if (entry.image) {
            setter.paragraph(
                tr("The image as imported, one page per frame, with the text read by OCR as invisible "
                   "text under it; the original file is the one whose SHA-256 is above."),
                small);
        } else if (entry.typeset) {
            setter.paragraph(
                tr("Typeset by Recoupe from the text extracted at import; the original file is the one "
                   "whose SHA-256 is above."),
                small);
        } else if (entry.rewritten) {
            setter.paragraph(
                tr("The original PDF could not take an incremental update (it is encrypted, or its "
                   "cross-reference table is damaged), so this file was written anew: its bytes are "
                   "not a prefix of this file. The SHA-256 above identifies the original."),
                small);
        } else {
            setter.paragraph(
                tr("The original PDF's pages are reproduced here unchanged, with highlights added; this "
                   "file holds several sources, so its bytes are not the original's. Export this source "
                   "alone to get a file that begins with the original, byte for byte."),
                small);
        }
    }

    // Claims and their citations.
    const QVector<const Claim *> claims = m_evidence.claimsInScope();
    if (!claims.isEmpty()) {
        setter.keepSpace(110);
        setter.paragraph(tr("Claims"), h2);
        int number = 0;
        for (const Claim *c : claims) {
            ++number;
            setter.keepSpace(60);
            m_claimPages.insert(c->id, setter.currentPage());
            //: A claim's number and text
            setter.paragraph(tr("%1. %2").arg(number).arg(c->text), h3);
            QString facts = tr("Status: %1").arg(statusText(int(c->status)));
            if (const Entity *speaker = c->speakerId ? m_evidence.entity(c->speakerId) : nullptr) {
                const QString stance = stanceText(int(c->stance));
                facts = stance.isEmpty()
                    ? tr("Status: %1 · Speaker: %2").arg(statusText(int(c->status)), speaker->name)
                    : tr("Status: %1 · Speaker: %2 (%3)")
                          .arg(statusText(int(c->status)), speaker->name, stance);
            }
            setter.paragraph(facts, small);
            QStringList subjects;
            for (qint64 id : c->subjectIds) {
                if (const Entity *e = m_evidence.entity(id))
                    subjects.append(e->name);
            }
            if (!subjects.isEmpty())
                setter.paragraph(tr("About: %1").arg(subjects.join(QStringLiteral(", "))), small);
            if (!c->note.isEmpty())
                setter.paragraph(c->note, body);
            if (c->evidenceIds.isEmpty())
                setter.paragraph(tr("No citation yet."), cite);
            for (qint64 evidenceId : c->evidenceIds) {
                const EvidenceSource *source = nullptr;
                const Annotation *a = m_evidence.annotation(evidenceId, &source);
                if (!a) {
                    setter.paragraph(tr("A passage of a source that is not in this file."), cite);
                    continue;
                }
                setter.paragraph(
                    QStringLiteral("« ") + a->anchor.exact.simplified() + QStringLiteral(" »"), quote);
                const auto pages = m_citationPages.value(evidenceId, qMakePair(0, 0));
                QString where;
                if (pages.first > 0 && pages.second > 0)
                    where = tr("%1, page %2 (page %3 of this file)")
                                .arg(source->source.title)
                                .arg(pages.first)
                                .arg(pages.second);
                else if (pages.first > 0)
                    where = tr("%1, page %2").arg(source->source.title).arg(pages.first);
                else
                    where = source->source.title;
                setter.paragraph(QStringLiteral("— ") + where, cite);
            }
        }
    }

    // Entities and relationships.
    const QVector<const Entity *> entities = m_evidence.entitiesInScope();
    if (!entities.isEmpty()) {
        setter.keepSpace(90);
        setter.paragraph(tr("Entities"), h2);
        QVector<QStringList> rows;
        for (const Entity *e : entities)
            rows.append({e->name, e->type, e->aliases.join(QStringLiteral(", "))});
        //: Table headers
        setter.table({tr("Name"), tr("Type"), tr("Also known as")}, rows, {0.4, 0.2, 0.4}, small);
    }
    const QVector<const Relationship *> relationships = m_evidence.relationshipsInScope();
    if (!relationships.isEmpty()) {
        setter.keepSpace(90);
        setter.paragraph(tr("Relationships"), h2);
        QVector<QStringList> rows;
        for (const Relationship *r : relationships) {
            const Entity *from = m_evidence.entity(r->fromId);
            const Entity *to = m_evidence.entity(r->toId);
            QString kind = r->label.isEmpty() ? r->type : r->label;
            if (!r->role.isEmpty())
                kind = tr("%1, as %2").arg(kind, r->role);
            QString dates;
            if (!r->start.isNull() || !r->end.isNull())
                dates = tr("%1 – %2").arg(r->start.toIso(), r->end.toIso());
            rows.append({from ? from->name : QString(), kind, to ? to->name : QString(), dates,
                QString::number(r->evidenceIds.size())});
        }
        //: Table headers
        setter.table({tr("From"), tr("Relationship"), tr("To"), tr("Dates"), tr("Citations")}, rows,
            {0.24, 0.25, 0.24, 0.15, 0.12}, small);

        const double height = std::min(420.0, 120.0 + 28.0 * entities.size());
        setter.keepSpace(height + 40);
        setter.paragraph(tr("Relationship graph"), h2);
        const GraphDrawing draw = m_drawGraph ? m_drawGraph : GraphDrawing(&GraphSketch::paint);
        setter.drawing(height, [draw, entities, relationships](QPainter &painter, const QRectF &area) {
            draw(painter, area, entities, relationships);
        });
    }

    auto pdf = setter.render();
    m_pageCount = setter.pageCount();
    return pdf;
}

} // namespace Recoupe
