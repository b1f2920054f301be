// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipscommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QHash>

namespace Recoupe {

QString RelationshipsCommand::summary() const
{
    return tr("List the relationships between entities, with dates and evidence.");
}

QString RelationshipsCommand::synopsis() const
{
    return QStringLiteral("DOSSIER [--json]");
}

QString RelationshipsCommand::description() const
{
    return tr(
        "Lists the relationships of DOSSIER: id, the two entities, type (and label), role, start and end "
        "dates as precise as they were given (2018, 2018-05, 2018-05-07), and the annotations that "
        "show them.");
}

QVector<CliCommand::Argument> RelationshipsCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file.")}};
}

QList<QCommandLineOption> RelationshipsCommand::options() const
{
    return {jsonOption()};
}

int RelationshipsCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;

    const QVector<Relationship> relationships = dossier.relationships().all();
    if (parser.isSet(QStringLiteral("json"))) {
        const DossierJson json(dossier);
        QJsonArray array;
        for (const Relationship &r : relationships)
            array.append(json.relationship(r));
        console().printJson(array);
        return Success;
    }
    if (relationships.isEmpty()) {
        console().printLine(tr("%1 has no relationships yet.").arg(dossier.path()));
        return Success;
    }
    QHash<qint64, QString> names;
    const QVector<Entity> entities = dossier.entities().all();
    for (const Entity &e : entities)
        names.insert(e.id, e.name);
    auto entity = [&](qint64 id) {
        //: An entity in a listing: %1 its name, %2 its id
        return tr("%1 (%2)").arg(names.value(id), QString::number(id));
    };
    //: Column headings of the relationship list; keep them short
    TextTable table(
        {tr("ID"), tr("FROM"), tr("TYPE"), tr("TO"), tr("ROLE"), tr("START"), tr("END"), tr("EVIDENCE")});
    table.alignRight(0);
    for (const Relationship &r : relationships) {
        QStringList evidence;
        for (qint64 id : r.evidenceIds)
            evidence.append(QString::number(id));
        //: A relationship type with its own label, e.g. UnknownLink “contrat”
        const QString type = r.label.isEmpty() ? r.type : tr("%1 “%2”").arg(r.type, r.label);
        table.addRow({QString::number(r.id), entity(r.fromId), type, entity(r.toId),
            r.role.isEmpty() ? QStringLiteral("-") : r.role,
            r.start.isNull() ? QStringLiteral("-") : r.start.toIso(),
            r.end.isNull() ? QStringLiteral("-") : r.end.toIso(),
            evidence.isEmpty() ? QStringLiteral("-") : evidence.join(QLatin1Char(','))});
    }
    for (const QString &line : table.lines())
        console().printLine(line);
    return Success;
}

} // namespace Recoupe
