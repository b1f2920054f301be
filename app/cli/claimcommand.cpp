// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
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
                          "[--note TEXT] [--json]");
}

QString ClaimCommand::description() const
{
    return tr("“claim add” adds a claim to DOSSIER and prints its id: a statement (--text), how far it is "
              "established (--status: %1; to_verify by default), who makes it (--speaker, an entity, with "
              "--stance: %2), the annotations it rests on (--evidence), the entities it is about "
              "(--subject) and codebook tags (--tag, created when missing). Nothing is written when an id, "
              "the status or the stance is refused.")
        .arg(statusNames().join(QLatin1String(", ")), stanceNames().join(QLatin1String(", ")));
}

QVector<CliCommand::Argument> ClaimCommand::arguments() const
{
    //: "add" is the only action for now; keep the word add untranslated
    return {{QStringLiteral("add"), tr("The action: add.")},
        {QStringLiteral("DOSSIER"), tr("The dossier file.")}};
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
        QCommandLineOption(QStringLiteral("json"), tr("Print the new claim as JSON instead of its id.")),
    };
}

int ClaimCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.at(0) != QLatin1String("add"))
        return usageError(tr("“%1” is not a claim action; the action is add.").arg(positional.at(0)));
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

} // namespace Recoupe
