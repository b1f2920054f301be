// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitiescommand.h"

#include "console.h"
#include "entities/entityjson.h"
#include "entities/entitysuggester.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "texttable.h"

#include <QCommandLineParser>

namespace Recoupe {

namespace {

QString idList(const QVector<qint64> &ids)
{
    QStringList text;
    for (qint64 id : ids)
        text.append(QString::number(id));
    return text.join(QLatin1Char(','));
}

} // namespace

QString EntitiesCommand::summary() const
{
    return tr("List the people and institutions, or suggest those the sources name.");
}

QString EntitiesCommand::synopsis() const
{
    return QStringLiteral("DOSSIER [--suggest [--limit N]] [--json]");
}

QString EntitiesCommand::description() const
{
    return tr("Lists the entities of DOSSIER (people, organizations, public bodies, companies, positions) by "
              "name, with their type, aliases and how many times the sources mention them. With --suggest, "
              "lists instead the people and institutions the sources name that are neither entities yet nor "
              "rejected, most mentioned first, with the variants of each name and the sources naming it; "
              "add the right ones with “entity add”. Nothing is written.");
}

QVector<CliCommand::Argument> EntitiesCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file.")}};
}

QList<QCommandLineOption> EntitiesCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("suggest"),
            tr("Suggest the people and institutions named in the sources instead.")),
        QCommandLineOption(QStringLiteral("limit"),
            tr("With --suggest, at most N suggestions (1 to 10000; all by default)."), QStringLiteral("N")),
        jsonOption(),
    };
}

int EntitiesCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const bool suggest = parser.isSet(QStringLiteral("suggest"));
    const bool json = parser.isSet(QStringLiteral("json"));
    SuggestionOptions suggestionOptions;
    if (parser.isSet(QStringLiteral("limit"))) {
        if (!suggest)
            return usageError(tr("--limit only applies with --suggest."));
        const auto limit = parseId(parser.value(QStringLiteral("limit")));
        if (!limit || *limit > 10000) {
            return usageError(tr("--limit expects a number from 1 to 10000, not “%1”.")
                                  .arg(parser.value(QStringLiteral("limit"))));
        }
        suggestionOptions.limit = int(*limit);
    }

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;

    if (suggest) {
        const auto suggestions = EntitySuggester::suggest(dossier.database(), suggestionOptions);
        if (!suggestions) {
            //: %1 the dossier file, %2 the reason
            return userError(
                tr("Cannot suggest entities from %1: %2").arg(dossier.path(), suggestions.error()));
        }
        if (json) {
            console().printJson(EntityJson::suggestions(*suggestions));
            return Success;
        }
        if (suggestions->isEmpty()) {
            console().printLine(
                tr("The sources of %1 name no one who is not an entity yet.").arg(dossier.path()));
            return Success;
        }
        //: Column headings of the entity suggestions; keep them short
        TextTable table({tr("TYPE"), tr("MENTIONS"), tr("SOURCES"), tr("NAME")});
        table.alignRight(1);
        for (const EntitySuggestion &s : *suggestions) {
            QString name = s.name;
            if (!s.aliases.isEmpty())
                //: An entity's name followed by the other ways the sources write it
                name = tr("%1 (also: %2)").arg(s.name, s.aliases.join(QLatin1String(", ")));
            table.addRow({s.type, QString::number(s.mentions), idList(s.sourceIds), name});
        }
        for (const QString &line : table.lines())
            console().printLine(line);
        return Success;
    }

    if (json) {
        console().printJson(EntityJson::entities(dossier));
        return Success;
    }
    const QVector<Entity> entities = dossier.entities().all();
    if (entities.isEmpty()) {
        //: %1 the dossier file, %2 the program name
        console().printLine(tr("%1 has no entities yet; “%2 entities %1 --suggest” lists the names its "
                               "sources give.")
                                .arg(dossier.path(), QCoreApplication::applicationName()));
        return Success;
    }
    //: Column headings of the entity list; keep them short
    TextTable table({tr("ID"), tr("TYPE"), tr("MENTIONS"), tr("NAME")});
    table.alignRight(0);
    table.alignRight(2);
    for (const Entity &e : entities) {
        QString name = e.name;
        if (!e.aliases.isEmpty())
            name = tr("%1 (also: %2)").arg(e.name, e.aliases.join(QLatin1String(", ")));
        table.addRow(
            {QString::number(e.id), e.type, QString::number(dossier.entities().mentions(e.id).size()), name});
    }
    for (const QString &line : table.lines())
        console().printLine(line);
    return Success;
}

} // namespace Recoupe
