// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportprovenance.h"
#include "model/annotation.h"
#include "model/claim.h"
#include "model/entity.h"
#include "model/relationship.h"
#include "model/source.h"
#include "model/tag.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Recoupe {

class Dossier;

// The JSON shapes recoupe-cli prints and exports, in one place so that `sources`, `show`,
// `annotations`, `tags` and `export` agree. Keys are stable and never translated; docs/cli.md
// documents each shape. Offsets are UTF-16 code units; page numbers are 1-based (null when the
// source is not a PDF); times are ISO 8601 in UTC.
class DossierJson
{
public:
    // Version of the `export --format json` document; bumped when a key changes meaning or goes.
    static constexpr int ExportFormatVersion = 1;

    explicit DossierJson(Dossier &dossier);

    QJsonObject source(const Source &source) const;
    QJsonObject annotation(const Annotation &annotation) const;
    QJsonObject tag(const Tag &tag) const;
    QJsonObject claim(const Claim &claim) const;
    QJsonObject entity(const Entity &entity) const;
    QJsonObject relationship(const Relationship &relationship) const;

    QJsonArray sources() const;
    // Every annotation of live sources, or of one source.
    QJsonArray annotations(qint64 sourceId = 0) const;
    QJsonArray tags() const;

    // The whole dossier as one document (see `export` in docs/cli.md), each source's origin
    // as `provenance` lets it leave.
    QJsonObject exportDocument(bool withText, const ExportProvenance &provenance = ExportProvenance()) const;

    // "Level/Sub/Leaf", as the user types it for --tag.
    QString tagPath(qint64 tagId) const;

    static QString time(const QDateTime &time);
    // 0-based page (-1 for none) to the 1-based number printed, or null.
    static QJsonValue pageNumber(int page);
    static QJsonValue optionalId(qint64 id);

private:
    Dossier &m_dossier;
    QHash<qint64, QString> m_tagPaths;
};

} // namespace Recoupe
