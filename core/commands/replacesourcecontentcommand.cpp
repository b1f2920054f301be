// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacesourcecontentcommand.h"

#include "anchoring/pdfquads.h"
#include "anchoring/textquote.h"
#include "storage/annotationstore.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/transaction.h"

namespace Recoupe {

ReplaceSourceContentCommand::ReplaceSourceContentCommand(
    Dossier *dossier, qint64 sourceId, SourceDraft content)
    : m_dossier(dossier)
    , m_sourceId(sourceId)
    , m_after(std::move(content))
{
    auto before = m_dossier->sources().content(sourceId);
    if (before)
        m_before = std::move(before).value();
    m_anchorsBefore = m_dossier->annotations().anchorsInSource(sourceId);
    // The content being replaced goes into the source's history under its version number.
    const QVector<SourceVersion> versions = m_dossier->sources().versions(sourceId);
    if (!versions.isEmpty())
        m_replaced = versions.last();
    m_replaced.current = false;
    m_replaced.replacedAt = QDateTime::currentDateTimeUtc();
    m_after.source.importedAt = m_replaced.replacedAt;
    //: Undo/redo action name
    setText(tr("Replace “%1” with a newer version").arg(m_before.source.title));
}

bool ReplaceSourceContentCommand::apply(
    SourceDraft &content, const QVector<Anchor> &anchors, bool keepReplaced)
{
    Database &db = m_dossier->database();
    Transaction tx(db);
    SourceStore &sources = m_dossier->sources();
    Status status = keepReplaced
        ? sources.addVersion(m_sourceId, m_replaced, m_before.original, m_before.text)
        : sources.removeVersion(m_sourceId, m_replaced.version);
    if (status.ok())
        status = sources.replaceContent(m_sourceId, content);
    for (const Anchor &anchor : anchors) {
        if (!status.ok())
            break;
        status = m_dossier->annotations().updateAnchor(anchor);
    }
    if (status.ok())
        status = tx.commit();
    if (!status.ok()) {
        m_dossier->setCommandError(status.error());
        return false;
    }
    m_dossier->announceSourceContentChanged(m_sourceId);
    return true;
}

void ReplaceSourceContentCommand::redo()
{
    if (m_anchorsAfter.isEmpty() && !m_anchorsBefore.isEmpty()) {
        ReanchorReport report;
        for (const Anchor &old : std::as_const(m_anchorsBefore)) {
            auto found = TextQuote::reanchor(old, m_after.text);
            Anchor updated = found ? *found : old;
            if (!found) {
                // An orphan keeps its quote, clamped to the new text, for the user to review.
                updated.orphaned = true;
                updated.start = std::min<qint64>(old.start, m_after.text.size());
                updated.end = std::min<qint64>(old.end, m_after.text.size());
                report.orphaned.append(old.id);
            } else if (found->start == old.start && found->end == old.end) {
                report.kept.append(old.id);
            } else {
                report.moved.append(old.id);
            }
            if (!m_after.pages.isEmpty() && found) {
                updated.page = PdfQuads::pageAt(m_after.pages, updated.start);
                updated.quads = PdfQuads::forRange(m_after.pages, updated.start, updated.end);
            }
            m_anchorsAfter.append(updated);
        }
        m_dossier->setReanchorReport(report);
    }
    if (!apply(m_after, m_anchorsAfter, true))
        setObsolete(true);
}

void ReplaceSourceContentCommand::undo()
{
    if (!apply(m_before, m_anchorsBefore, false))
        setObsolete(true);
}

} // namespace Recoupe
