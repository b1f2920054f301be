// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Recoupe {

class EvidenceSet;

// A Markdown report of the claims in an EvidenceSet: each claim with its status, speaker and
// stance, subjects, note and citations (the quoted passage, its source and page), then the
// sources with their SHA-256. Text from the dossier is escaped so it reads as written.
class ClaimsReport
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsReport)

public:
    explicit ClaimsReport(const EvidenceSet &evidence);

    QString toMarkdown() const;
    Status write(const QString &path) const;

    // Backslash-escapes what Markdown would read as markup.
    static QString escaped(const QString &text);

private:
    const EvidenceSet &m_evidence;
};

} // namespace Recoupe
