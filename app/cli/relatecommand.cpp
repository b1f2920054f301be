// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatecommand.h"

#include "console.h"
#include "dossierjson.h"
#include "entities/evidencedates.h"
#include "storage/dossier.h"
#include "storage/relationshipstore.h"

#include <QCommandLineParser>

namespace Recoupe {

QString RelateCommand::summary() const
{
    return tr("Link two entities with a typed, dated relationship backed by passages.");
}

QString RelateCommand::synopsis() const
{
    return QStringLiteral("DOSSIER FROM_ID TO_ID --type TYPE [--label LABEL] [--role ROLE] [--start DATE] "
                          "[--end DATE] [--evidence ANNOTATION_ID]... [--note TEXT] [--json]");
}

QString RelateCommand::description() const
{
    return tr("Adds a relationship from entity FROM_ID to entity TO_ID and prints its id. TYPE is one of %1 "
              "(a FollowTheMoney interval schema); FROM is the employee, the member, the owner, the agent, "
              "the holder of a post. Use UnknownLink with --label for any other tie (“contrat”, “avis "
              "rendu sur”). Dates are as precise as the sources are: 2018, 2018-05, 2018-05-07, “7 mai "
              "2018” or “May 7, 2018”. Each --evidence is the id of an annotation that shows the "
              "relationship (see “annotate”).")
        .arg(Relationship::types().join(QLatin1String(", ")));
}

QVector<CliCommand::Argument> RelateCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file.")},
        {QStringLiteral("FROM_ID"), tr("The entity the relationship goes from.")},
        {QStringLiteral("TO_ID"), tr("The entity it goes to.")}};
}

QList<QCommandLineOption> RelateCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("type"),
            tr("The relationship's type: %1 (required).")
                .arg(Relationship::types().join(QLatin1String(", "))),
            QStringLiteral("TYPE")),
        QCommandLineOption(QStringLiteral("label"), tr("Its own label, for UnknownLink above all."),
            QStringLiteral("LABEL")),
        QCommandLineOption(
            QStringLiteral("role"), tr("The role held (“directeur du numérique”)."), QStringLiteral("ROLE")),
        QCommandLineOption(QStringLiteral("start"), tr("When it started."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("end"), tr("When it ended."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("evidence"),
            tr("An annotation showing the relationship; repeat for several."),
            QStringLiteral("ANNOTATION_ID")),
        QCommandLineOption(QStringLiteral("note"), tr("A note on the relationship."), QStringLiteral("TEXT")),
        QCommandLineOption(
            QStringLiteral("json"), tr("Print the new relationship as JSON instead of its id.")),
    };
}

int RelateCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const auto from = parseId(positional.at(1));
    if (!from)
        return usageError(
            tr("“%1” is not an entity id; ids are whole numbers from 1.").arg(positional.at(1)));
    const auto to = parseId(positional.at(2));
    if (!to)
        return usageError(
            tr("“%1” is not an entity id; ids are whole numbers from 1.").arg(positional.at(2)));
    if (!parser.isSet(QStringLiteral("type")))
        return usageError(tr("relate needs --type TYPE."));
    QString bad;
    const auto evidence = idValues(parser, QStringLiteral("evidence"), &bad);
    if (!evidence)
        return usageError(tr("“%1” is not an annotation id; ids are whole numbers from 1.").arg(bad));

    // A known type in any case ("employment"), stored as FollowTheMoney spells it.
    const QString typed = parser.value(QStringLiteral("type")).trimmed();
    Relationship relationship;
    for (const QString &known : Relationship::types()) {
        if (known.compare(typed, Qt::CaseInsensitive) == 0)
            relationship.type = known;
    }
    if (relationship.type.isEmpty()) {
        return userError(tr("“%1” is not a relationship type; use one of %2 (UnknownLink with --label for "
                            "any other tie).")
                             .arg(typed, Relationship::types().join(QLatin1String(", "))));
    }
    for (const char *option : {"start", "end"}) {
        const QString name = QLatin1String(option);
        if (!parser.isSet(name))
            continue;
        const Result<PartialDate> date = EvidenceDates::parse(parser.value(name));
        if (!date) {
            //: %1 the option (--start or --end), %2 why its date was refused (it quotes the date)
            return userError(tr("--%1: %2").arg(name, date.error()));
        }
        (name == QLatin1String("start") ? relationship.start : relationship.end) = *date;
    }
    relationship.fromId = *from;
    relationship.toId = *to;
    relationship.label = parser.value(QStringLiteral("label")).simplified();
    relationship.role = parser.value(QStringLiteral("role")).simplified();
    relationship.note = parser.value(QStringLiteral("note"));
    relationship.evidenceIds = *evidence;

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    for (qint64 id : {*from, *to}) {
        const Result<Entity> entity = existingEntity(dossier, id);
        if (!entity)
            return userError(entity.error());
    }
    for (qint64 id : std::as_const(relationship.evidenceIds)) {
        const Result<Annotation> annotation = existingAnnotation(dossier, id);
        if (!annotation)
            return userError(annotation.error());
    }

    const Result<qint64> id = dossier.addRelationship(relationship);
    if (!id) {
        //: %1 and %2 entity ids, %3 the dossier file, %4 the reason
        return userError(tr("Cannot link entity %1 to entity %2 in %3: %4")
                             .arg(*from)
                             .arg(*to)
                             .arg(dossier.path(), id.error()));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const auto stored = dossier.relationships().get(*id);
        if (!stored)
            return userError(
                tr("Relationship %1 could not be read back from %2.").arg(*id).arg(dossier.path()));
        console().printJson(DossierJson(dossier).relationship(*stored));
    } else {
        console().printLine(QString::number(*id));
    }
    return Success;
}

} // namespace Recoupe
