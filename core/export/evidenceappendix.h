// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphsketch.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QVector>

namespace Recoupe {

class EvidenceSet;
struct EvidenceSource;

// The pages an evidence pack ends with: which sources it holds and how to check them (SHA-256,
// and for a PDF exported alone the length of the untouched original at the start of the file);
// the claims with status, speaker, stance and citations (source title, page, quoted passage);
// the entities; the relationship table; and the relationship graph as vector graphics.
class EvidenceAppendix
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceAppendix)

public:
    struct SourceEntry
    {
        const EvidenceSource *source = nullptr;
        int firstPage = 0; // 1-based pages of the exported file
        int lastPage = 0;
        qint64 prefixLength = 0; // > 0: the file starts with this many bytes of the original
        bool typeset = false; // text, HTML, Markdown: set as pages by Recoupe
        bool image = false; // an image: its frames set as pages by Recoupe
        bool rewritten = false; // a PDF whose structure had to be rewritten (encrypted)
    };

    EvidenceAppendix(const EvidenceSet &evidence, const QVector<SourceEntry> &sources);

    // Where each cited annotation is: (page in its source, page in the exported file), 1-based.
    void setCitationPages(const QHash<qint64, QPair<int, int>> &pages) { m_citationPages = pages; }
    void setGraphDrawing(const GraphDrawing &drawing) { m_drawGraph = drawing; }

    Result<QByteArray> render();
    // After render(): the appendix page (0-based) where each claim is set.
    const QHash<qint64, int> &claimPages() const { return m_claimPages; }
    int pageCount() const { return m_pageCount; }

    static QString statusText(int status); // Claim::Status
    static QString stanceText(int stance); // Claim::Stance

private:
    const EvidenceSet &m_evidence;
    QVector<SourceEntry> m_sources;
    QHash<qint64, QPair<int, int>> m_citationPages;
    GraphDrawing m_drawGraph;
    QHash<qint64, int> m_claimPages;
    int m_pageCount = 0;
};

} // namespace Recoupe
