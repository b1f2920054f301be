// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace Recoupe {

class Dossier;
struct Source;

// How many independent sources a set of evidence passages rests on. Two sources whose texts
// share their origin (a wire story republished, the same article imported twice) are not two
// sources: sources with the same canonical URL, or the same publisher and title, count once.
class EvidenceOrigins
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceOrigins)

public:
    // The sources of `annotationIds` (passages of removed sources or removed passages are left out).
    static EvidenceOrigins of(Dossier &dossier, const QVector<qint64> &annotationIds);
    // The same from sources already read, for tests and exports.
    static EvidenceOrigins ofSources(const QVector<Source> &sources);

    int passageCount() const { return m_passages; }
    // Sources cited, each counted once however many of its passages are cited.
    int sourceCount() const { return m_sourceCount; }
    // Sources that do not share their origin with another one.
    int distinctCount() const { return int(m_groups.size()); }
    // Groups of two or more sources sharing their origin, as source titles.
    QVector<QStringList> sharedOrigins() const;

    // "2 distinct sources", or "1 distinct source (2 share their origin)": what the claims list
    // and the claim editor say.
    QString summary() const;
    // One line per group of sources sharing their origin, naming them; empty when none do.
    QString sharedOriginsText() const;

    // The keys under which two sources count once: the canonical URL without scheme, "www.",
    // query fragments and trailing slash; publisher and title folded (case, accents, spaces).
    static QString urlKey(const QString &canonicalUrl);
    static QString publisherTitleKey(const QString &publisher, const QString &title);

private:
    int m_passages = 0;
    int m_sourceCount = 0;
    QVector<QStringList> m_groups; // titles of the sources of each distinct origin
};

} // namespace Recoupe
