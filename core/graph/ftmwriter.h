// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportprovenance.h"
#include "graph/graph.h"

#include <QCoreApplication>

class QIODevice;

namespace Recoupe {

class Dossier;

// Writes a graph as FollowTheMoney entities, one JSON object per line
// ({"id", "schema", "properties": {name: [values]}}), as Aleph and the ftm tools read them, with
// only the schemata and properties FtM's model defines (tests check every line against it):
// - each entity with its schema (Person, Organization, PublicBody, Company, Position) and
//   name, alias, notes;
// - each relationship as its interval schema with the properties FtM names for its two ends
//   (Employment employee/employer, Membership member/organization, Directorship
//   director/organization, Ownership owner/asset, Representation agent/client, Associate
//   person/associate, Family person/relative, Occupancy holder/post, UnknownLink
//   subject/object), startDate, endDate, role (Associate and Family: relationship; Occupancy,
//   which has no role, gets it as its first summary), description (the note), summary (each
//   evidence quote with its source's title) and sourceUrl (the web addresses of those sources).
//   Our "from" end is FtM's edge source (the employee, the member, the owner…); when the two
//   entities' schemas fit the properties only the other way round they are swapped, and when
//   they fit neither way the relationship is written as an UnknownLink (and a warning says so);
// - each source cited as evidence as a Document (name and title, fileName as far as the export's
//   provenance lets the file's name or path leave (none: no fileName, the title names it), sourceUrl,
//   contentHash: the SHA-1 of the original bytes, publishedAt, mimeType, author, publisher);
// - a Documentation per document and entity of a relationship it evidences (FtM's
//   Documentation links a Document to a Thing; intervals are not Things), role "evidence",
//   with the quotes as summary.
class FtmWriter
{
    Q_DECLARE_TR_FUNCTIONS(FtmWriter)

public:
    static bool write(Dossier &dossier, const Graph &graph, QIODevice *device,
        QStringList *warnings = nullptr, const ExportProvenance &provenance = {});

    static QString entityId(qint64 id); // "recoupe-entity-12"
    static QString relationshipId(qint64 id); // "recoupe-relationship-7"
    static QString documentId(qint64 sourceId); // "recoupe-source-3"
    static QString documentationId(qint64 sourceId, qint64 entityId); // "recoupe-documentation-3-12"
};

} // namespace Recoupe
