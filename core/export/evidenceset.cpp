// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceset.h"

#include "anchoring/pdfquads.h"

#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

namespace Recoupe {

namespace {

int digits(const char *p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

// The store writes times as "2018-05-07T09:30:00.000Z"; this reads that form without the
// general ISO 8601 parser (a hundred thousand annotations have two times each).
QDateTime storedTime(const QByteArray &text)
{
    const char *p = text.constData();
    if (text.size() == 24 && p[4] == '-' && p[7] == '-' && p[10] == 'T' && p[13] == ':' && p[16] == ':'
        && p[19] == '.' && p[23] == 'Z') {
        const int y = digits(p, 4), mo = digits(p + 5, 2), d = digits(p + 8, 2);
        const int h = digits(p + 11, 2), mi = digits(p + 14, 2), s = digits(p + 17, 2),
                  ms = digits(p + 20, 3);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && s >= 0 && ms >= 0)
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
    }
    return QDateTime::fromString(QString::fromUtf8(text), Qt::ISODateWithMs);
}

// The annotations of one source in text order, with their tags, citing claims and supported
// relationships, read with four queries rather than three per annotation: the same rows as
// AnnotationStore::forSource(), which an export of 100,000 annotations cannot wait for.
// (The column list follows AnnotationStore's; a bulk read there would be the better home.)
QVector<Annotation> readAnnotations(Database &db, qint64 sourceId, bool withQuads)
{
    QVector<Annotation> result;
    QHash<qint64, int> index;
    {
        Statement stmt = db.prepare("SELECT n.id, n.color, n.note, n.author, n.created, n.modified, a.id, "
                                    "a.start_pos, a.end_pos, a.exact, "
                                    "a.prefix, a.suffix, a.page, a.quads, a.orphaned FROM annotations n JOIN "
                                    "anchors a ON a.id = n.anchor_id "
                                    "WHERE a.source_id = ?1 ORDER BY a.start_pos, a.end_pos, n.id");
        stmt.bind(1, sourceId);
        QHash<QString, QColor> colors;
        while (stmt.next()) {
            Annotation a;
            a.id = stmt.int64(0);
            const QString color = stmt.text(1);
            auto known = colors.constFind(color);
            if (known == colors.constEnd())
                known = colors.insert(color, QColor(color));
            a.color = *known;
            a.note = stmt.text(2);
            a.author = stmt.text(3);
            a.created = storedTime(stmt.utf8(4));
            a.modified = storedTime(stmt.utf8(5));
            a.anchor.id = stmt.int64(6);
            a.anchor.sourceId = sourceId;
            a.anchor.start = stmt.int64(7);
            a.anchor.end = stmt.int64(8);
            a.anchor.exact = stmt.text(9);
            a.anchor.prefix = stmt.text(10);
            a.anchor.suffix = stmt.text(11);
            a.anchor.page = stmt.int32(12);
            if (withQuads)
                a.anchor.quads = Anchor::unpackQuads(stmt.blob(13));
            a.anchor.orphaned = stmt.int32(14) != 0;
            index.insert(a.id, int(result.size()));
            result.append(std::move(a));
        }
    }
    const char *const links[] = {
        "SELECT t.annotation_id, t.tag_id FROM annotation_tags t JOIN annotations n ON n.id = "
        "t.annotation_id "
        "JOIN anchors a ON a.id = n.anchor_id WHERE a.source_id = ?1 ORDER BY t.annotation_id, t.tag_id",
        "SELECT e.annotation_id, e.claim_id FROM claim_evidence e JOIN annotations n ON n.id = "
        "e.annotation_id "
        "JOIN anchors a ON a.id = n.anchor_id WHERE a.source_id = ?1 ORDER BY e.annotation_id, e.claim_id",
        "SELECT e.annotation_id, e.relationship_id FROM relationship_evidence e JOIN annotations n ON n.id = "
        "e.annotation_id JOIN anchors a ON a.id = n.anchor_id WHERE a.source_id = ?1 ORDER BY "
        "e.annotation_id, "
        "e.relationship_id",
    };
    for (int kind = 0; kind < 3; ++kind) {
        Statement stmt = db.prepare(links[kind]);
        stmt.bind(1, sourceId);
        while (stmt.next()) {
            const auto it = index.constFind(stmt.int64(0));
            if (it == index.constEnd())
                continue;
            Annotation &a = result[*it];
            (kind == 0 ? a.tagIds : kind == 1 ? a.claimIds : a.relationshipIds).append(stmt.int64(1));
        }
    }
    return result;
}

// The page map of a PDF source, with word boxes only for the pages the annotations need: where
// a passage starts and ends (to cut inside a word), and all its pages when it has no stored
// quads. A thousand-page book with a few highlights does not unpack a thousand pages of words.
QVector<PdfPage> readPages(Database &db, qint64 sourceId, const QVector<Annotation> &annotations)
{
    QVector<PdfPage> pages;
    {
        Statement stmt
            = db.prepare("SELECT page, width, height, rotation, text_start, text_end FROM pdf_pages "
                         "WHERE source_id = ?1 ORDER BY page");
        stmt.bind(1, sourceId);
        while (stmt.next()) {
            PdfPage page;
            page.page = stmt.int32(0);
            page.width = stmt.real(1);
            page.height = stmt.real(2);
            page.rotation = stmt.int32(3);
            page.textStart = stmt.int64(4);
            page.textEnd = stmt.int64(5);
            pages.append(page);
        }
    }
    QSet<int> needed;
    for (const Annotation &a : annotations) {
        const int first = PdfQuads::pageAt(pages, a.anchor.start);
        const int last = PdfQuads::pageAt(pages, std::max(a.anchor.start, a.anchor.end - 1));
        needed.insert(first);
        needed.insert(last);
        if (a.anchor.quads.isEmpty()) {
            for (int p = first + 1; p < last; ++p)
                needed.insert(p);
        }
    }
    // Scanned pages need all their words: the export writes them as an invisible text layer.
    Statement ocr = db.prepare("SELECT page, language, confidence FROM ocr_pages WHERE source_id = ?1");
    ocr.bind(1, sourceId);
    while (ocr.next()) {
        const int index = ocr.int32(0);
        if (index < 0 || index >= pages.size() || pages[index].page != index)
            continue;
        pages[index].ocrLanguage = ocr.text(1);
        pages[index].ocrConfidence = ocr.real(2);
        needed.insert(index);
    }
    Statement words = db.prepare("SELECT words FROM pdf_pages WHERE source_id = ?1 AND page = ?2");
    for (PdfPage &page : pages) {
        if (!needed.contains(page.page))
            continue;
        words.reset();
        words.bind(1, sourceId).bind(2, page.page);
        if (words.next())
            page.words = PdfPage::unpackWords(words.blob(0));
    }
    return pages;
}

} // namespace

Result<EvidenceSet> EvidenceSet::collect(
    Dossier &dossier, const QVector<qint64> &sourceIds, Content content, const ExportProvenance &provenance)
{
    EvidenceSet set;
    set.dossierName = QFileInfo(dossier.path()).completeBaseName();
    set.dossierLanguage = dossier.language();
    SourceStore &store = dossier.sources();
    const QVector<Source> library = store.list();
    if (sourceIds.isEmpty()) {
        for (const Source &source : library)
            set.sources.append({source, {}, {}, {}, {}});
    } else {
        // Library order, whatever order the ids came in; a removed or unknown id is an error.
        QSet<qint64> wanted(sourceIds.begin(), sourceIds.end());
        for (const Source &source : library) {
            if (wanted.remove(source.id))
                set.sources.append({source, {}, {}, {}, {}});
        }
        if (!wanted.isEmpty()) {
            const qint64 missing = *wanted.begin();
            return Error {tr("There is no source %1 in this dossier.").arg(missing)};
        }
        set.wholeDossier = set.sources.size() == library.size();
    }
    for (EvidenceSource &s : set.sources) {
        s.source.canonicalUrl = provenance.canonicalUrlOf(s.source);
        s.source.origin = provenance.originOf(s.source);
        s.text = store.text(s.source.id);
        s.annotations = readAnnotations(dossier.database(), s.source.id, content == Content::Everything);
        if (content == Content::Everything && hasPages(s.source.kind)) {
            s.original = store.original(s.source.id);
            s.pages = readPages(dossier.database(), s.source.id, s.annotations);
            if (s.original.isEmpty())
                return Error {
                    tr("The original file of “%1” is missing from the dossier.").arg(s.source.title)};
        }
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
    QColor firstTagColor;
    for (qint64 id : annotation.tagIds) {
        if (const Tag *t = tag(id); t && t->color.isValid()) {
            firstTagColor = t->color;
            break;
        }
    }
    return annotation.shownColor(firstTagColor);
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
