// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencefixture.h"

#include "import/sourceimporter.h"
#include "pdffixtures.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QDir>
#include <QRegularExpression>

namespace Recoupe {

EvidenceFixture::EvidenceFixture(const QString &dossierPath)
{
    auto opened = Dossier::open(dossierPath, Dossier::OpenMode::Create);
    if (!opened) {
        m_error = opened.error();
        return;
    }
    m_dossier = std::move(opened).value();
    m_dossier->setAuthor(QStringLiteral("Camille Enquêtrice"));
}

qint64 EvidenceFixture::import(const QString &path)
{
    const ImportOutcome outcome = SourceImporter(m_dossier->database()).importFile(path);
    if (!outcome.succeeded()) {
        m_error = outcome.message;
        return 0;
    }
    if (outcome.addsSource())
        m_dossier->recordImport({ outcome.sourceId });
    return outcome.sourceId;
}

qint64 EvidenceFixture::import(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(dir).filePath(name);
    if (!PdfFixtures::write(path, bytes)) {
        m_error = QStringLiteral("cannot write %1").arg(path);
        return 0;
    }
    return import(path);
}

QVector<qint64> EvidenceFixture::importSeeds()
{
    QVector<qint64> ids;
    const QDir seeds(QStringLiteral(RECOUPE_SEEDS));
    for (const QString &file : seeds.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
        ids.append(import(seeds.filePath(file)));
    return ids;
}

qint64 EvidenceFixture::tag(const QString &path, const QColor &color)
{
    const auto id = m_dossier->ensureTagPath(path);
    if (!id)
        return 0;
    auto tag = m_dossier->tags().get(*id);
    tag->color = color;
    m_dossier->updateTag(*tag);
    return *id;
}

qint64 EvidenceFixture::annotate(
    qint64 sourceId, qint64 start, qint64 end, const QString &note, const QStringList &tagPaths)
{
    const auto anchor = m_dossier->anchorForRange(sourceId, start, end);
    if (!anchor) {
        m_error = anchor.error();
        return 0;
    }
    Annotation a;
    a.anchor = *anchor;
    a.note = note;
    for (const QString &path : tagPaths) {
        const auto id = m_dossier->ensureTagPath(path);
        if (id)
            a.tagIds.append(*id);
    }
    const auto added = m_dossier->addAnnotation(a);
    if (!added) {
        m_error = added.error();
        return 0;
    }
    return *added;
}

qint64 EvidenceFixture::annotateQuote(
    qint64 sourceId, const QString &quote, const QString &note, const QStringList &tagPaths, int occurrence)
{
    const auto anchor = m_dossier->anchorForQuote(sourceId, quote, occurrence);
    if (!anchor) {
        m_error = anchor.error();
        return 0;
    }
    return annotate(sourceId, anchor->start, anchor->end, note, tagPaths);
}

std::pair<qint64, qint64> EvidenceFixture::passage(
    qint64 sourceId, int paragraph, int from, int words, int skipChars)
{
    const QString text = m_dossier->sources().text(sourceId);
    // Paragraph starts: offset 0 and after every blank line.
    QVector<qint64> starts { 0 };
    for (qsizetype at = text.indexOf(QLatin1String("\n\n")); at >= 0;
         at = text.indexOf(QLatin1String("\n\n"), at + 2))
        starts.append(at + 2);
    // Short sources have few paragraphs: count round.
    const qint64 begin = starts.value(paragraph % starts.size());
    static const QRegularExpression word(QStringLiteral("\\S+"));
    auto it = word.globalMatch(text, begin);
    qint64 start = -1, end = -1;
    for (int i = 0; it.hasNext() && i < from + words; ++i) {
        const QRegularExpressionMatch m = it.next();
        if (i == from)
            start = m.capturedStart() + std::min<qint64>(skipChars, m.capturedLength() - 1);
        end = m.capturedEnd();
    }
    return { start, end };
}

qint64 EvidenceFixture::entity(const QString &type, const QString &name)
{
    Entity e;
    e.type = type;
    e.name = name;
    const auto id = m_dossier->addEntity(e);
    return id ? *id : 0;
}

qint64 EvidenceFixture::claim(const QString &text, const QVector<qint64> &evidence, qint64 speaker)
{
    Claim c;
    c.text = text;
    c.evidenceIds = evidence;
    c.speakerId = speaker;
    c.stance = speaker ? Claim::Stance::Asserts : Claim::Stance::None;
    c.status = Claim::Status::Supported;
    const auto id = m_dossier->addClaim(c);
    if (!id)
        m_error = id.error();
    return id ? *id : 0;
}

qint64 EvidenceFixture::relationship(
    qint64 from, qint64 to, const QString &type, const QVector<qint64> &evidence)
{
    Relationship r;
    r.fromId = from;
    r.toId = to;
    r.type = type;
    r.start = PartialDate::month(2018, 5);
    r.evidenceIds = evidence;
    const auto id = m_dossier->addRelationship(r);
    if (!id)
        m_error = id.error();
    return id ? *id : 0;
}

} // namespace Recoupe
