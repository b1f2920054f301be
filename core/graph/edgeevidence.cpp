// SPDX-License-Identifier: GPL-3.0-or-later
#include "edgeevidence.h"

#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

namespace Recoupe {

EdgeEvidence::EdgeEvidence(Dossier &dossier, const GraphEdge &edge, const ExportProvenance &provenance)
{
    for (qint64 id : edge.evidenceIds) {
        if (const auto a = dossier.annotations().get(id); a && !a->anchor.exact.isEmpty())
            m_quotes.append(a->anchor.exact);
    }
    for (qint64 id : edge.tagIds) {
        const QString path = dossier.tags().path(id);
        if (!path.isEmpty())
            m_tags.append(path);
    }
    for (qint64 id : edge.sourceIds) {
        const auto s = dossier.sources().get(id);
        if (!s)
            continue;
        if (!s->title.isEmpty())
            m_sources.append(s->title);
        if (const QString origin = provenance.originOf(*s); !origin.isEmpty() && !m_origins.contains(origin))
            m_origins.append(origin);
    }
}

QString EdgeEvidence::join(const QStringList &values)
{
    QStringList escaped;
    escaped.reserve(values.size());
    for (QString v : values) {
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1Char(';'), QLatin1String("\\;"));
        escaped.append(v);
    }
    return escaped.join(QStringLiteral("; "));
}

} // namespace Recoupe
