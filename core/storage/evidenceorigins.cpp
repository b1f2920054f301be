// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceorigins.h"

#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QHash>
#include <QUrl>

#include <numeric>

namespace Recoupe {

namespace {

QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.isLetterOrNumber() ? c.toCaseFolded() : QLatin1Char(' '));
    }
    return out.simplified();
}

// Union-find over source indexes, so "same URL" and "same publisher and title" chain.
int findRoot(QVector<int> &parent, int i)
{
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

} // namespace

QString EvidenceOrigins::urlKey(const QString &canonicalUrl)
{
    const QString trimmed = canonicalUrl.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QUrl url(trimmed);
    if (!url.isValid() || url.host().isEmpty())
        return trimmed.toLower();
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // http and https, with or without www., tracking queries aside: the same page.
    return host + path;
}

QString EvidenceOrigins::publisherTitleKey(const QString &publisher, const QString &title)
{
    const QString p = folded(publisher);
    const QString t = folded(title);
    if (p.isEmpty() || t.isEmpty())
        return QString();
    return p + QLatin1Char('\n') + t;
}

EvidenceOrigins EvidenceOrigins::of(Dossier &dossier, const QVector<qint64> &annotationIds)
{
    QVector<qint64> sourceIds;
    int passages = 0;
    for (qint64 annotationId : annotationIds) {
        const auto annotation = dossier.annotations().get(annotationId);
        if (!annotation)
            continue;
        ++passages;
        if (!sourceIds.contains(annotation->anchor.sourceId))
            sourceIds.append(annotation->anchor.sourceId);
    }
    QVector<Source> sources;
    for (qint64 sourceId : std::as_const(sourceIds)) {
        if (const auto source = dossier.sources().get(sourceId))
            sources.append(*source);
    }
    EvidenceOrigins origins = ofSources(sources);
    origins.m_passages = passages;
    return origins;
}

EvidenceOrigins EvidenceOrigins::ofSources(const QVector<Source> &sources)
{
    EvidenceOrigins origins;
    origins.m_sourceCount = int(sources.size());
    origins.m_passages = int(sources.size());
    QVector<int> parent(sources.size());
    std::iota(parent.begin(), parent.end(), 0);
    QHash<QString, int> firstWithKey;
    for (int i = 0; i < sources.size(); ++i) {
        const Source &source = sources.at(i);
        const QString keys[] = {QStringLiteral("url:") + urlKey(source.canonicalUrl),
            QStringLiteral("pt:") + publisherTitleKey(source.publisher, source.title)};
        for (const QString &key : keys) {
            if (key.endsWith(QLatin1Char(':')))
                continue; // no URL, or no publisher or title: nothing to compare
            const auto known = firstWithKey.constFind(key);
            if (known == firstWithKey.cend())
                firstWithKey.insert(key, i);
            else
                parent[findRoot(parent, i)] = findRoot(parent, *known);
        }
    }
    QHash<int, int> groupOfRoot;
    for (int i = 0; i < sources.size(); ++i) {
        const int root = findRoot(parent, i);
        auto group = groupOfRoot.constFind(root);
        if (group == groupOfRoot.cend()) {
            group = groupOfRoot.insert(root, int(origins.m_groups.size()));
            origins.m_groups.append(QStringList());
        }
        origins.m_groups[*group].append(sources.at(i).title);
    }
    return origins;
}

QVector<QStringList> EvidenceOrigins::sharedOrigins() const
{
    QVector<QStringList> shared;
    for (const QStringList &group : m_groups) {
        if (group.size() > 1)
            shared.append(group);
    }
    return shared;
}

QString EvidenceOrigins::summary() const
{
    const int shared = m_sourceCount - distinctCount() + int(sharedOrigins().size());
    if (shared == 0)
        //: How many independent sources back a claim
        return tr("%n distinct source(s)", "", distinctCount());
    //: %1 is "N distinct source(s)"; the sources that count once because they share their origin
    return tr("%1 (%n share their origin)", "", shared).arg(tr("%n distinct source(s)", "", distinctCount()));
}

QString EvidenceOrigins::sharedOriginsText() const
{
    QStringList lines;
    for (const QStringList &group : sharedOrigins()) {
        QStringList quoted;
        for (const QString &title : group)
            quoted.append(tr("“%1”").arg(title));
        //: %1 is a list of source titles that count as one source
        lines.append(tr("Same origin, counted once: %1").arg(quoted.join(QLatin1String(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Recoupe
