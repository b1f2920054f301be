// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceset.h"

#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QFileInfo>
#include <QSet>

namespace Recoupe {

Result<EvidenceSet> EvidenceSet::collect(Dossier &dossier, const QVector<qint64> &sourceIds, Content content)
{
    EvidenceSet set;
    set.dossierName = QFileInfo(dossier.path()).completeBaseName();
    set.dossierLanguage = dossier.language();
    SourceStore &store = dossier.sources();
    const QVector<Source> library = store.list();
    if (sourceIds.isEmpty()) {
        for (const Source &source : library)
            set.sources.append({ source, {}, {}, {}, {} });
    } else {
        // Library order, whatever order the ids came in; a removed or unknown id is an error.
        QSet<qint64> wanted(sourceIds.begin(), sourceIds.end());
        for (const Source &source : library) {
            if (wanted.remove(source.id))
                set.sources.append({ source, {}, {}, {}, {} });
        }
        if (!wanted.isEmpty()) {
            const qint64 missing = *wanted.begin();
            return Error { tr("There is no source %1 in this dossier.").arg(missing) };
        }
        set.wholeDossier = set.sources.size() == library.size();
    }
    for (EvidenceSource &s : set.sources) {
        s.text = store.text(s.source.id);
        if (content == Content::Everything && s.source.kind == SourceKind::Pdf) {
            s.original = store.original(s.source.id);
            s.pages = store.pdfPages(s.source.id);
            if (s.original.isEmpty())
                return Error {
                    tr("The original file of “%1” is missing from the dossier.").arg(s.source.title)
                };
        }
        s.annotations = dossier.annotations().forSource(s.source.id);
    }
    set.tags = dossier.tags().all();
    set.claims = dossier.claims().all();
    set.entities = dossier.entities().all();
    set.relationships = dossier.relationships().all();
    set.index();
    return set;
}

void EvidenceSet::index()
{
    m_tagIndex.clear();
    m_claimIndex.clear();
    m_entityIndex.clear();
    m_annotationIndex.clear();
    for (int i = 0; i < tags.size(); ++i)
        m_tagIndex.insert(tags[i].id, i);
    for (int i = 0; i < claims.size(); ++i)
        m_claimIndex.insert(claims[i].id, i);
    for (int i = 0; i < entities.size(); ++i)
        m_entityIndex.insert(entities[i].id, i);
    for (int s = 0; s < sources.size(); ++s) {
        for (int a = 0; a < sources[s].annotations.size(); ++a)
            m_annotationIndex.insert(sources[s].annotations[a].id, qMakePair(s, a));
    }
}

const Tag *EvidenceSet::tag(qint64 id) const
{
    const auto it = m_tagIndex.constFind(id);
    return it == m_tagIndex.constEnd() ? nullptr : &tags[*it];
}

QString EvidenceSet::tagPath(qint64 id) const
{
    QStringList parts;
    // The tree has no loops (the store refuses them); the bound guards against a damaged file.
    for (const Tag *t = tag(id); t && parts.size() < 64; t = t->parentId ? tag(t->parentId) : nullptr)
        parts.prepend(t->name);
    return parts.join(QLatin1Char('/'));
}

const Claim *EvidenceSet::claim(qint64 id) const
{
    const auto it = m_claimIndex.constFind(id);
    return it == m_claimIndex.constEnd() ? nullptr : &claims[*it];
}

const Entity *EvidenceSet::entity(qint64 id) const
{
    const auto it = m_entityIndex.constFind(id);
    return it == m_entityIndex.constEnd() ? nullptr : &entities[*it];
}

const Annotation *EvidenceSet::annotation(qint64 id, const EvidenceSource **source) const
{
    const auto it = m_annotationIndex.constFind(id);
    if (it == m_annotationIndex.constEnd())
        return nullptr;
    if (source)
        *source = &sources[it->first];
    return &sources[it->first].annotations[it->second];
}

QColor EvidenceSet::colorOf(const Annotation &annotation) const
{
    for (qint64 id : annotation.tagIds) {
        if (const Tag *t = tag(id); t && t->color.isValid())
            return t->color;
    }
    return annotation.color;
}

QVector<const Claim *> EvidenceSet::claimsInScope() const
{
    QVector<const Claim *> result;
    for (const Claim &c : claims) {
        bool cited = wholeDossier;
        for (qint64 evidence : c.evidenceIds)
            cited = cited || annotation(evidence) != nullptr;
        if (cited)
            result.append(&c);
    }
    return result;
}

QVector<const Relationship *> EvidenceSet::relationshipsInScope() const
{
    QVector<const Relationship *> result;
    for (const Relationship &r : relationships) {
        bool backed = wholeDossier;
        for (qint64 evidence : r.evidenceIds)
            backed = backed || annotation(evidence) != nullptr;
        if (backed)
            result.append(&r);
    }
    return result;
}

QVector<const Entity *> EvidenceSet::entitiesInScope() const
{
    QVector<const Entity *> result;
    if (wholeDossier) {
        for (const Entity &e : entities)
            result.append(&e);
        return result;
    }
    QSet<qint64> named;
    for (const Claim *c : claimsInScope()) {
        if (c->speakerId)
            named.insert(c->speakerId);
        for (qint64 id : c->subjectIds)
            named.insert(id);
    }
    for (const Relationship *r : relationshipsInScope()) {
        named.insert(r->fromId);
        named.insert(r->toId);
    }
    for (const Entity &e : entities) {
        if (named.contains(e.id))
            result.append(&e);
    }
    return result;
}

int EvidenceSet::annotationCount() const
{
    int n = 0;
    for (const EvidenceSource &s : sources)
        n += int(s.annotations.size());
    return n;
}

} // namespace Recoupe
