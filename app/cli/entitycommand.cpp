// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycommand.h"

#include "console.h"
#include "entities/entityjson.h"
#include "entities/suggestionreview.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/transaction.h"

#include <QCommandLineParser>

namespace Recoupe {

QString EntityCommand::summary() const
{
    return tr("Add a person or an institution to the dossier.");
}

QString EntityCommand::synopsis() const
{
    return QStringLiteral("add DOSSIER --type TYPE --name NAME [--alias ALIAS]... [--notes TEXT] "
                          "[--find-mentions] [--allow-duplicate] [--json]");
}

QString EntityCommand::description() const
{
    return tr("“entity add” adds an entity to DOSSIER and prints its id. TYPE is a FollowTheMoney schema: "
              "%1. Aliases are the other ways the sources write the name (an acronym, a surname alone). "
              "With --find-mentions, every place the sources write the name or an alias is marked as a "
              "mention, for review. An entity of the same type already called NAME (by its name or an "
              "alias, ignoring case) is refused unless --allow-duplicate is given, so a script can run "
              "twice without doubling its entities.")
        .arg(Entity::types().join(QLatin1String(", ")));
}

QVector<CliCommand::Argument> EntityCommand::arguments() const
{
    //: "add" is the only action for now; keep the word add untranslated
    return {{QStringLiteral("add"), tr("The action: add.")},
        {QStringLiteral("DOSSIER"), tr("The dossier file.")}};
}

QList<QCommandLineOption> EntityCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("type"),
            tr("The entity's type: %1 (required).").arg(Entity::types().join(QLatin1String(", "))),
            QStringLiteral("TYPE")),
        QCommandLineOption(QStringLiteral("name"), tr("Its name (required)."), QStringLiteral("NAME")),
        QCommandLineOption(
            QStringLiteral("alias"), tr("Another name for it; repeat for several."), QStringLiteral("ALIAS")),
        QCommandLineOption(QStringLiteral("notes"), tr("Notes on the entity."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("find-mentions"),
            tr("Mark every place the sources write its name or an alias as a mention, for review.")),
        QCommandLineOption(QStringLiteral("allow-duplicate"),
            tr("Add it even if an entity of the same type already has this name (a namesake).")),
        QCommandLineOption(QStringLiteral("json"), tr("Print the new entity as JSON instead of its id.")),
    };
}

int EntityCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.at(0) != QLatin1String("add")) {
        //: %1 what the user typed where the action goes
        return usageError(tr("“%1” is not an entity action; the action is add.").arg(positional.at(0)));
    }
    if (!parser.isSet(QStringLiteral("type")))
        return usageError(tr("entity add needs --type TYPE."));
    if (!parser.isSet(QStringLiteral("name")) || parser.value(QStringLiteral("name")).trimmed().isEmpty())
        return usageError(tr("entity add needs --name NAME."));

    // A known type in any case ("company"), stored as FollowTheMoney spells it.
    const QString typed = parser.value(QStringLiteral("type")).trimmed();
    QString type;
    for (const QString &known : Entity::types()) {
        if (known.compare(typed, Qt::CaseInsensitive) == 0)
            type = known;
    }
    if (type.isEmpty()) {
        return userError(tr("“%1” is not an entity type; use one of %2.")
                             .arg(typed, Entity::types().join(QLatin1String(", "))));
    }

    Entity entity;
    entity.type = type;
    entity.name = parser.value(QStringLiteral("name")).simplified();
    entity.notes = parser.value(QStringLiteral("notes"));
    const QStringList aliases = parser.values(QStringLiteral("alias"));
    for (const QString &alias : aliases) {
        const QString simple = alias.simplified();
        if (simple.isEmpty())
            return usageError(tr("--alias needs a name."));
        if (simple.compare(entity.name, Qt::CaseInsensitive) != 0
            && !entity.aliases.contains(simple, Qt::CaseInsensitive))
            entity.aliases.append(simple);
    }

    auto opened = openDossier(positional.at(1));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;

    if (!parser.isSet(QStringLiteral("allow-duplicate"))) {
        const QVector<Entity> namesakes = dossier.entities().findByName(entity.name);
        for (const Entity &existing : namesakes) {
            if (existing.type == entity.type) {
                //: %1 entity name, %2 its id, %3 the dossier file
                return userError(tr("“%1” is already entity %2 in %3; add --allow-duplicate for a namesake.")
                                     .arg(entity.name, QString::number(existing.id), dossier.path()));
            }
        }
    }

    // The entity and its mentions together, or nothing.
    Transaction tx(dossier.database());
    if (!tx.isActive())
        return userError(tr("Cannot write to %1: %2").arg(dossier.path(), tx.error()));
    const Result<qint64> id = dossier.addEntity(entity);
    if (!id)
        return userError(tr("Cannot add “%1” to %2: %3").arg(entity.name, dossier.path(), id.error()));
    if (parser.isSet(QStringLiteral("find-mentions"))) {
        const Result<int> found = SuggestionReview(&dossier).findMentions(*id);
        if (!found) {
            return userError(tr("Cannot mark the mentions of “%1” in %2: %3")
                                 .arg(entity.name, dossier.path(), found.error()));
        }
    }
    const Status committed = tx.commit();
    if (!committed)
        return userError(tr("Cannot write to %1: %2").arg(dossier.path(), committed.error()));

    if (parser.isSet(QStringLiteral("json"))) {
        const auto stored = dossier.entities().get(*id);
        if (!stored)
            return userError(tr("Entity %1 could not be read back from %2.").arg(*id).arg(dossier.path()));
        console().printJson(EntityJson::entity(dossier, *stored));
    } else {
        console().printLine(QString::number(*id));
    }
    return Success;
}

} // namespace Recoupe
