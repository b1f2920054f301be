// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graph.h"

#include <QCoreApplication>

class QIODevice;

namespace Recoupe {

class Dossier;

// Writes a graph as FollowTheMoney entities, one JSON object per line
// ({"id", "schema", "properties": {name: [values]}}), as Aleph and the ftm tools read them:
// - each entity with its schema (Person, Organization, PublicBody, Company, Position) and
//   name, alias, notes;
// - each relationship as its interval schema with the properties FtM names for its two ends
//   (Employment employee/employer, Membership member/organization, Directorship
//   director/organization, Ownership owner/asset, Representation agent/client, Associate
//   person/associate, Family person/relative, Occupancy holder/post, UnknownLink
//   subject/object), startDate, endDate, role (Associate and Family: relationship; Occupancy,
//   which has no role, gets it as summary), description (the note) and proof (its documents).
//   Our "from" end is FtM's edge source (the employee, the member, the owner…); when the two
//   entities' schemas fit the properties only the other way round they are swapped, and when
//   they fit neither way the relationship is written as an UnknownLink (and a warning says so);
// - each source cited as evidence as a Document (title, sourceUrl, contentHash: the SHA-1 of
//   the original bytes, publishedAt, mimeType, author, publisher);
// - a Documentation entity per relationship and document, linking the document to the
//   relationship entity, with the evidence quotes as summary. Note that FtM declares
//   Documentation's "entity" with range Thing and interval schemata are not Things: strict
//   validators may flag those links; "proof" on the relationship is the in-schema link.
class FtmWriter
{
    Q_DECLARE_TR_FUNCTIONS(FtmWriter)

public:
    static bool write(
        Dossier &dossier, const Graph &graph, QIODevice *device, QStringList *warnings = nullptr);

    static QString entityId(qint64 id); // "recoupe-entity-12"
    static QString relationshipId(qint64 id); // "recoupe-relationship-7"
    static QString documentId(qint64 sourceId); // "recoupe-source-3"
};

} // namespace Recoupe
