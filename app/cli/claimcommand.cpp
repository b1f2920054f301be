// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/annotationstore.h"
#include "storage/claimcitation.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/evidenceorigins.h"
#include "storage/transaction.h"

#include <QCommandLineParser>

namespace Recoupe {

namespace {

QStringList statusNames()
{
    return {Claim::statusName(Claim::Status::ToVerify), Claim::statusName(Claim::Status::Supported),
        Claim::statusName(Claim::Status::Disputed), Claim::statusName(Claim::Status::Refuted)};
}

QStringList stanceNames()
{
    return {Claim::stanceName(Claim::Stance::Asserts), Claim::stanceName(Claim::Stance::Denies),
        Claim::stanceName(Claim::Stance::Reports), Claim::stanceName(Claim::Stance::Doubts)};
}

// "to-verify" and "To_Verify" read as "to_verify".
QString storedForm(const QString &typed)
{
    return typed.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace

QString ClaimCommand::summary() const
{
    return tr("State a claim, citing passages as evidence.");
}

QString ClaimCommand::synopsis() const
{
    return QStringLiteral("add DOSSIER --text TEXT [--status STATUS] [--speaker ENTITY_ID] [--stance STANCE] "
                          "[--evidence ANNOTATION_ID]... [--subject ENTITY_ID]... [--tag PATH]... "
                          "[--note TEXT] [--json] | cite DOSSIER CLAIM_ID (--source ID --quote TEXT "
                          "[--occurrence N] | --annotation ID) "
                          "[--json]");
}

QString ClaimCommand::description() const
{
    return tr("“claim add” adds a claim to DOSSIER and prints its id: a statement (--text), how far it is "
              "established (--status: %1; to_verify by default), who makes it (--speaker, an entity, with "
              "--stance: %2), the annotations it rests on (--evidence), the entities it is about "
              "(--subject) and codebook tags (--tag, created when missing). Nothing is written when an id, "
              "the status or the stance is refused. "
              "“claim cite” adds a passage to the evidence of claim CLAIM_ID: an existing highlight "
              "(--annotation), or a passage of source ID found by its quote (--source, --quote), highlighted "
              "and cited at once; it prints the annotation id and how many distinct sources the claim now "
              "rests on.")
        .arg(statusNames().join(QLatin1String(", ")), stanceNames().join(QLatin1String(", ")));
}

QVector<CliCommand::Argument> ClaimCommand::arguments() const
{
    //: keep the words add and cite untranslated
    return {{QStringLiteral("ACTION"), tr("The action: add or cite.")},
        {QStringLiteral("DOSSIER"), tr("The dossier file.")},
        {QStringLiteral("CLAIM_ID"), tr("cite: the claim that gets the evidence."), false, true}};
}

QList<QCommandLineOption> ClaimCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("text"), tr("The statement (required)."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("status"),
            tr("%1 (to_verify by default).").arg(statusNames().join(QLatin1String(", "))),
            QStringLiteral("STATUS")),
        QCommandLineOption(QStringLiteral("speaker"), tr("The entity that makes the statement."),
            QStringLiteral("ENTITY_ID")),
        QCommandLineOption(QStringLiteral("stance"),
            tr("The speaker's position: %1.").arg(stanceNames().join(QLatin1String(", "))),
            QStringLiteral("STANCE")),
        QCommandLineOption(QStringLiteral("evidence"),
            tr("An annotation the claim rests on; repeat for several."), QStringLiteral("ANNOTATION_ID")),
        QCommandLineOption(QStringLiteral("subject"), tr("An entity the claim is about; repeat for several."),
            QStringLiteral("ENTITY_ID")),
        QCommandLineOption(QStringLiteral("tag"),
            tr("Tag the claim with this codebook path; repeat for several."), QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("note"), tr("A note on the claim."), QStringLiteral("TEXT")),
        QCommandLineOption(
            QStringLiteral("source"), tr("cite: the source of the passage."), QStringLiteral("ID")),
        QCommandLineOption(
            QStringLiteral("quote"), tr("cite: the exact passage to cite."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("occurrence"),
            tr("cite: which occurrence of the quote when it occurs several times (1 by default)."),
            QStringLiteral("N")),
        QCommandLineOption(
            QStringLiteral("annotation"), tr("cite: an existing highlight to cite."), QStringLiteral("ID")),
        QCommandLineOption(QStringLiteral("json"), tr("Print the claim as JSON instead of an id.")),
    };
}

int ClaimCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.at(0) == QLatin1String("cite"))
        return cite(parser, positional);
    if (positional.at(0) != QLatin1String("add"))
        return usageError(
            tr("“%1” is not a claim action; the actions are add and cite.").arg(positional.at(0)));
    if (positional.size() > 2)
        return usageError(
            tr("claim add takes the dossier only; “%1” is one too many.").arg(positional.at(2)));
    Claim claim;
    claim.text = parser.value(QStringLiteral("text")).trimmed();
    if (claim.text.isEmpty())
        return usageError(tr("claim add needs --text TEXT, the statement."));
    claim.note = parser.value(QStringLiteral("note"));
    QString bad;
    const auto evidence = idValues(parser, QStringLiteral("evidence"), &bad);
    if (!evidence)
        return usageError(tr("“%1” is not an annotation id; ids are whole numbers from 1.").arg(bad));
    const auto subjects = idValues(parser, QStringLiteral("subject"), &bad);
    if (!subjects)
        return usageError(tr("“%1” is not an entity id; ids are whole numbers from 1.").arg(bad));
    claim.evidenceIds = *evidence;
    claim.subjectIds = *subjects;
    if (parser.isSet(QStringLiteral("speaker"))) {
        const auto speaker = parseId(parser.value(QStringLiteral("speaker")));
        if (!speaker) {
            return usageError(tr("“%1” is not an entity id; ids are whole numbers from 1.")
                                  .arg(parser.value(QStringLiteral("speaker"))));
        }
        claim.speakerId = *speaker;
    }
    if (parser.isSet(QStringLiteral("stance")) && !claim.speakerId)
        return usageError(tr("--stance is the speaker's position: give --speaker too."));
    const QStringList tagPaths = parser.values(QStringLiteral("tag"));
    for (const QString &path : tagPaths) {
        if (path.split(QLatin1Char('/'), Qt::SkipEmptyParts).isEmpty())
            return usageError(
                tr("“%1” is not a tag path; write levels separated by /, such as “Dates/Clés”.").arg(path));
    }
    if (parser.isSet(QStringLiteral("status"))
        && !Claim::statusFromName(storedForm(parser.value(QStringLiteral("status"))), &claim.status)) {
        return userError(
            tr("“%1” is not a claim status; use one of %2.")
                .arg(parser.value(QStringLiteral("status")), statusNames().join(QLatin1String(", "))));
    }
    if (parser.isSet(QStringLiteral("stance"))) {
        const QString stance = storedForm(parser.value(QStringLiteral("stance")));
        if (stance.isEmpty() || !Claim::stanceFromName(stance, &claim.stance)) {
            return userError(
                tr("“%1” is not a stance; use one of %2.")
                    .arg(parser.value(QStringLiteral("stance")), stanceNames().join(QLatin1String(", "))));
        }
    }

    auto opened = openDossier(positional.at(1));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    QVector<qint64> entityIds = claim.subjectIds;
    if (claim.speakerId)
        entityIds.prepend(claim.speakerId);
    for (qint64 id : std::as_const(entityIds)) {
        const Result<Entity> entity = existingEntity(dossier, id);
        if (!entity)
            return userError(entity.error());
    }
    for (qint64 id : std::as_const(claim.evidenceIds)) {
        const Result<Annotation> annotation = existingAnnotation(dossier, id);
        if (!annotation)
            return userError(annotation.error());
    }

    // Tags and claim in one transaction: a refused tag leaves no claim, and the reverse.
    Transaction tx(dossier.database());
    if (!tx.isActive())
        return userError(tr("Cannot write to %1: %2").arg(dossier.path(), tx.error()));
    for (const QString &path : tagPaths) {
        const Result<qint64> tagId = dossier.ensureTagPath(path);
        if (!tagId)
            return userError(tagId.error());
        if (!claim.tagIds.contains(*tagId))
            claim.tagIds.append(*tagId);
    }
    const Result<qint64> id = dossier.addClaim(claim);
    if (!id)
        return userError(tr("Cannot add the claim to %1: %2").arg(dossier.path(), id.error()));
    const Status committed = tx.commit();
    if (!committed)
        return userError(tr("Cannot write to %1: %2").arg(dossier.path(), committed.error()));

    if (parser.isSet(QStringLiteral("json"))) {
        const auto stored = dossier.claims().get(*id);
        if (!stored)
            return userError(tr("Claim %1 could not be read back from %2.").arg(*id).arg(dossier.path()));
        console().printJson(DossierJson(dossier).claim(*stored));
    } else {
        console().printLine(QString::number(*id));
    }
    return Success;
}

int ClaimCommand::cite(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() < 3)
        return usageError(tr("claim cite needs the argument CLAIM_ID."));
    const auto claimId = parseId(positional.at(2));
    if (!claimId)
        return usageError(tr("“%1” is not a claim id; ids are whole numbers from 1.").arg(positional.at(2)));
    const bool byAnnotation = parser.isSet(QStringLiteral("annotation"));
    const bool byQuote = parser.isSet(QStringLiteral("source")) || parser.isSet(QStringLiteral("quote"));
    if (byAnnotation == byQuote)
        return usageError(tr("claim cite needs either --annotation ID or --source ID with --quote TEXT."));
    std::optional<qint64> annotationId;
    std::optional<qint64> sourceId;
    QString quote;
    int occurrence = 1;
    if (byAnnotation) {
        annotationId = parseId(parser.value(QStringLiteral("annotation")));
        if (!annotationId) {
            return usageError(tr("“%1” is not an annotation id; ids are whole numbers from 1.")
                                  .arg(parser.value(QStringLiteral("annotation"))));
        }
    } else {
        if (!parser.isSet(QStringLiteral("source")) || !parser.isSet(QStringLiteral("quote")))
            return usageError(tr("claim cite needs both --source ID and --quote TEXT."));
        sourceId = parseId(parser.value(QStringLiteral("source")));
        if (!sourceId) {
            return usageError(tr("“%1” is not a source id; ids are whole numbers from 1.")
                                  .arg(parser.value(QStringLiteral("source"))));
        }
        quote = parser.value(QStringLiteral("quote"));
        if (quote.trimmed().isEmpty())
            return usageError(tr("--quote needs the text of the passage."));
        if (parser.isSet(QStringLiteral("occurrence"))) {
            const auto value = parseId(parser.value(QStringLiteral("occurrence")));
            if (!value) {
                return usageError(tr("--occurrence expects a number from 1, not “%1”.")
                                      .arg(parser.value(QStringLiteral("occurrence"))));
            }
            occurrence = int(*value);
        }
    }

    auto opened = openDossier(positional.at(1));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    if (!dossier.claims().get(*claimId))
        return userError(tr("There is no claim %1 in %2.").arg(*claimId).arg(dossier.path()));
    std::optional<Anchor> anchor;
    if (annotationId) {
        const Result<Annotation> annotation = existingAnnotation(dossier, *annotationId);
        if (!annotation)
            return userError(annotation.error());
    } else {
        const Result<Source> source = liveSource(dossier, *sourceId);
        if (!source)
            return userError(source.error());
        const Result<Anchor> found = dossier.anchorForQuote(*sourceId, quote, occurrence);
        if (!found) {
            //: %1 the dossier file, %2 a source id, %3 the reason (it names the quote and the source)
            return userError(
                tr("In %1, source %2: %3").arg(dossier.path()).arg(*sourceId).arg(found.error()));
        }
        anchor = *found;
    }

    // The new highlight and the citation in one transaction: a refused citation leaves no highlight.
    Transaction tx(dossier.database());
    if (!tx.isActive())
        return userError(tr("Cannot write to %1: %2").arg(dossier.path(), tx.error()));
    if (anchor) {
        Annotation annotation;
        annotation.anchor = *anchor;
        const Result<qint64> added = dossier.addAnnotation(annotation);
        if (!added)
            return userError(added.error());
        annotationId = *added;
    }
    const Status cited = ClaimCitation::cite(dossier, *claimId, *annotationId);
    if (!cited)
        return userError(
            tr("Cannot cite in claim %1 of %2: %3").arg(*claimId).arg(dossier.path(), cited.error()));
    const Status committed = tx.commit();
    if (!committed)
        return userError(tr("Cannot write to %1: %2").arg(dossier.path(), committed.error()));

    const auto stored = dossier.claims().get(*claimId);
    if (!stored)
        return userError(tr("Claim %1 could not be read back from %2.").arg(*claimId).arg(dossier.path()));
    if (parser.isSet(QStringLiteral("json"))) {
        console().printJson(DossierJson(dossier).claim(*stored));
        return Success;
    }
    const EvidenceOrigins origins = EvidenceOrigins::of(dossier, stored->evidenceIds);
    console().printLine(QString::number(*annotationId));
    //: %1 a claim id, %2 "N distinct source(s)" with shared origins if any
    console().printLine(tr("Claim %1 rests on %n passage(s) from %2.", "", origins.passageCount())
                            .arg(*claimId)
                            .arg(origins.summary()));
    const QString shared = origins.sharedOriginsText();
    if (!shared.isEmpty())
        console().printLine(shared);
    return Success;
}

} // namespace Recoupe
