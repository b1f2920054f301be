// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierjson.h"

#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/schema.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace Recoupe {

namespace {

QJsonArray idArray(const QVector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonArray quadArray(const QVector<PageBox> &quads)
{
    QJsonArray array;
    for (const PageBox &box : quads) {
        array.append(QJsonObject {
            { QStringLiteral("page"), box.page + 1 },
            { QStringLiteral("x"), box.rect.x() },
            { QStringLiteral("y"), box.rect.y() },
            { QStringLiteral("width"), box.rect.width() },
            { QStringLiteral("height"), box.rect.height() },
        });
    }
    return array;
}

} // namespace

DossierJson::DossierJson(Dossier &dossier)
    : m_dossier(dossier)
{
    // Paths of the whole codebook at once: tags() lists parents before children.
    const QVector<Tag> all = dossier.tags().all();
    for (const Tag &tag : all) {
        const QString parent = tag.parentId ? m_tagPaths.value(tag.parentId) : QString();
        m_tagPaths.insert(tag.id, parent.isEmpty() ? tag.name : parent + QLatin1Char('/') + tag.name);
    }
}

QString DossierJson::time(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue DossierJson::pageNumber(int page)
{
    return page >= 0 ? QJsonValue(page + 1) : QJsonValue(QJsonValue::Null);
}

QJsonValue DossierJson::optionalId(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QString DossierJson::tagPath(qint64 tagId) const
{
    const auto found = m_tagPaths.constFind(tagId);
    return found != m_tagPaths.cend() ? *found : m_dossier.tags().path(tagId);
}

QJsonObject DossierJson::source(const Source &s) const
{
    // The pages whose text came from OCR: which, in which language, with what mean confidence.
    QJsonArray ocrPages;
    Statement ocr = m_dossier.database().prepare(
        "SELECT page, language, confidence FROM ocr_pages WHERE source_id = ?1 ORDER BY page");
    ocr.bind(1, s.id);
    while (ocr.next()) {
        ocrPages.append(QJsonObject { { QStringLiteral("page"), ocr.int32(0) + 1 },
            { QStringLiteral("language"), ocr.text(1) },
            { QStringLiteral("confidence"), qRound(ocr.real(2) * 10) / 10.0 } });
    }
    QJsonObject object {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("title"), s.title },
        { QStringLiteral("kind"), sourceKindName(s.kind) },
        { QStringLiteral("origin"), s.origin },
        { QStringLiteral("canonical_url"), s.canonicalUrl },
        { QStringLiteral("sha256"), s.sha256 },
        { QStringLiteral("bytes"), s.byteSize },
        { QStringLiteral("publisher"), s.publisher },
        { QStringLiteral("author"), s.author },
        { QStringLiteral("published"), s.published },
        { QStringLiteral("language"), s.language },
        { QStringLiteral("encoding"), s.encoding },
        { QStringLiteral("imported_at"), time(s.importedAt) },
        { QStringLiteral("pages"), s.pageCount },
        { QStringLiteral("characters"), s.textLength },
        { QStringLiteral("annotations"), s.annotationCount },
        { QStringLiteral("ocr_pages"), ocrPages },
    };
    if (s.parentId)
        object.insert(QStringLiteral("parent"), s.parentId);
    if (s.kind == SourceKind::Email) {
        const MailHeaders mail = m_dossier.sources().mailHeaders(s.id);
        object.insert(QStringLiteral("message"),
            QJsonObject {
                { QStringLiteral("message_id"), mail.messageId },
                { QStringLiteral("in_reply_to"), mail.inReplyTo },
                { QStringLiteral("from"), QJsonArray::fromStringList(mail.from) },
                { QStringLiteral("to"), QJsonArray::fromStringList(mail.to) },
                { QStringLiteral("cc"), QJsonArray::fromStringList(mail.cc) },
                { QStringLiteral("sent"), time(mail.sent) },
                { QStringLiteral("thread"), mail.thread },
            });
        QJsonArray attached;
        for (const Source &a : m_dossier.sources().attachments(s.id))
            attached.append(a.id);
        object.insert(QStringLiteral("attachments"), attached);
    }
    return object;
}

QJsonObject DossierJson::annotation(const Annotation &a) const
{
    QJsonArray tags;
    for (qint64 tagId : a.tagIds)
        tags.append(tagPath(tagId));
    QJsonObject object {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("source"), a.anchor.sourceId },
        { QStringLiteral("start"), a.anchor.start },
        { QStringLiteral("end"), a.anchor.end },
        { QStringLiteral("exact"), a.anchor.exact },
        { QStringLiteral("prefix"), a.anchor.prefix },
        { QStringLiteral("suffix"), a.anchor.suffix },
        { QStringLiteral("page"), pageNumber(a.anchor.page) },
        { QStringLiteral("orphaned"), a.anchor.orphaned },
        { QStringLiteral("note"), a.note },
        { QStringLiteral("color"), a.color.name() },
        { QStringLiteral("tags"), tags },
        { QStringLiteral("author"), a.author },
        { QStringLiteral("created"), time(a.created) },
        { QStringLiteral("modified"), time(a.modified) },
        { QStringLiteral("claims"), idArray(a.claimIds) },
        { QStringLiteral("relationships"), idArray(a.relationshipIds) },
    };
    if (!a.anchor.quads.isEmpty())
        object.insert(QStringLiteral("quads"), quadArray(a.anchor.quads));
    return object;
}

QJsonObject DossierJson::tag(const Tag &t) const
{
    return QJsonObject {
        { QStringLiteral("id"), t.id },
        { QStringLiteral("parent"), optionalId(t.parentId) },
        { QStringLiteral("name"), t.name },
        { QStringLiteral("path"), tagPath(t.id) },
        { QStringLiteral("color"), t.color.name() },
        { QStringLiteral("description"), t.description },
        { QStringLiteral("position"), t.position },
        { QStringLiteral("uses"), t.useCount },
    };
}

QJsonObject DossierJson::claim(const Claim &c) const
{
    QJsonArray tags;
    for (qint64 tagId : c.tagIds)
        tags.append(tagPath(tagId));
    return QJsonObject {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("text"), c.text },
        { QStringLiteral("note"), c.note },
        { QStringLiteral("status"), Claim::statusName(c.status) },
        { QStringLiteral("stance"), Claim::stanceName(c.stance) },
        { QStringLiteral("speaker"), optionalId(c.speakerId) },
        { QStringLiteral("created"), time(c.created) },
        { QStringLiteral("modified"), time(c.modified) },
        { QStringLiteral("evidence"), idArray(c.evidenceIds) },
        { QStringLiteral("subjects"), idArray(c.subjectIds) },
        { QStringLiteral("tags"), tags },
    };
}

QJsonObject DossierJson::entity(const Entity &e) const
{
    QJsonArray mentions;
    const QVector<Mention> found = m_dossier.entities().mentions(e.id);
    for (const Mention &m : found) {
        mentions.append(QJsonObject {
            { QStringLiteral("id"), m.id },
            { QStringLiteral("source"), m.anchor.sourceId },
            { QStringLiteral("start"), m.anchor.start },
            { QStringLiteral("end"), m.anchor.end },
            { QStringLiteral("exact"), m.anchor.exact },
            { QStringLiteral("page"), pageNumber(m.anchor.page) },
            { QStringLiteral("confirmed"), m.confirmed },
        });
    }
    return QJsonObject {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("type"), e.type },
        { QStringLiteral("name"), e.name },
        { QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases) },
        { QStringLiteral("notes"), e.notes },
        { QStringLiteral("created"), time(e.created) },
        { QStringLiteral("modified"), time(e.modified) },
        { QStringLiteral("mentions"), mentions },
    };
}

QJsonObject DossierJson::relationship(const Relationship &r) const
{
    return QJsonObject {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("type"), r.type },
        { QStringLiteral("label"), r.label },
        { QStringLiteral("from"), r.fromId },
        { QStringLiteral("to"), r.toId },
        { QStringLiteral("role"), r.role },
        { QStringLiteral("start"), r.start.toIso() },
        { QStringLiteral("end"), r.end.toIso() },
        { QStringLiteral("note"), r.note },
        { QStringLiteral("created"), time(r.created) },
        { QStringLiteral("modified"), time(r.modified) },
        { QStringLiteral("evidence"), idArray(r.evidenceIds) },
    };
}

QJsonArray DossierJson::sources() const
{
    QJsonArray array;
    const QVector<Source> all = m_dossier.sources().list();
    for (const Source &s : all)
        array.append(source(s));
    return array;
}

QJsonArray DossierJson::annotations(qint64 sourceId) const
{
    QJsonArray array;
    const QVector<Annotation> all
        = sourceId ? m_dossier.annotations().forSource(sourceId) : m_dossier.annotations().all();
    for (const Annotation &a : all)
        array.append(annotation(a));
    return array;
}

QJsonArray DossierJson::tags() const
{
    QJsonArray array;
    const QVector<Tag> all = m_dossier.tags().all();
    for (const Tag &t : all)
        array.append(tag(t));
    return array;
}

QJsonObject DossierJson::exportDocument(bool withText, const ExportProvenance &provenance) const
{
    QJsonArray sourceArray;
    const QVector<Source> liveSources = m_dossier.sources().list();
    for (const Source &s : liveSources) {
        QJsonObject object = source(s);
        object.insert(QStringLiteral("origin"), provenance.originOf(s));
        object.insert(QStringLiteral("canonical_url"), provenance.canonicalUrlOf(s));
        if (withText)
            object.insert(QStringLiteral("text"), m_dossier.sources().text(s.id));
        sourceArray.append(object);
    }

    QJsonArray claimArray;
    const QVector<Claim> claims = m_dossier.claims().all();
    for (const Claim &c : claims)
        claimArray.append(claim(c));
    QJsonArray entityArray;
    const QVector<Entity> entities = m_dossier.entities().all();
    for (const Entity &e : entities)
        entityArray.append(entity(e));
    QJsonArray relationshipArray;
    const QVector<Relationship> relationships = m_dossier.relationships().all();
    for (const Relationship &r : relationships)
        relationshipArray.append(relationship(r));

    const QJsonObject dossier {
        { QStringLiteral("file"), QFileInfo(m_dossier.path()).fileName() },
        { QStringLiteral("language"), m_dossier.language() },
        { QStringLiteral("author"), m_dossier.author() },
        { QStringLiteral("schema_version"), Schema::version(m_dossier.database()) },
    };
    return QJsonObject {
        { QStringLiteral("format"), QStringLiteral("recoupe-dossier") },
        { QStringLiteral("format_version"), ExportFormatVersion },
        { QStringLiteral("generator"),
            QString(QCoreApplication::applicationName() + QLatin1Char(' ')
                + QCoreApplication::applicationVersion()) },
        { QStringLiteral("exported_at"), time(QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("with_text"), withText },
        { QStringLiteral("dossier"), dossier },
        { QStringLiteral("sources"), sourceArray },
        { QStringLiteral("annotations"), annotations() },
        { QStringLiteral("tags"), tags() },
        { QStringLiteral("claims"), claimArray },
        { QStringLiteral("entities"), entityArray },
        { QStringLiteral("relationships"), relationshipArray },
    };
}

} // namespace Recoupe
