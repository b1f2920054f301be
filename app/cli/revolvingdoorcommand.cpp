// SPDX-License-Identifier: GPL-3.0-or-later
#include "revolvingdoorcommand.h"

#include "console.h"
#include "graph/graph.h"
#include "graph/revolvingdoor.h"
#include "storage/dossier.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace Recoupe {

namespace {

constexpr int MaxMonths = 600;

// "publicBody" → "public_body": the core names keys in camelCase, every other listing of the
// tool in snake_case.
QString snakeCase(const QString &key)
{
    QString out;
    for (const QChar c : key) {
        if (c.isUpper()) {
            out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QJsonValue snakeCaseKeys(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(snakeCaseKeys(item));
        return array;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.insert(snakeCase(it.key()), snakeCaseKeys(it.value()));
        return out;
    }
    return value;
}

} // namespace

QString RevolvingDoorCommand::summary() const
{
    return tr("Find people who left a public body for a company that deals with it.");
}

QString RevolvingDoorCommand::synopsis() const
{
    return QStringLiteral("DOSSIER [--months N] [--json]");
}

QString RevolvingDoorCommand::description() const
{
    return tr("Finds, in the relationships of DOSSIER, each person who held a role at a public body "
              "(Employment, Membership, Directorship or Occupancy) and took a role at a company or an "
              "organization within N months of leaving (36 by default), when that employer (or its group) "
              "has any relationship with the body (or its ministry, its directorates). Dates count as "
              "precise as they are: a move counts when it can have happened within the delay, and the time "
              "between leaving and joining is given at the precision of the two dates. Dates after the "
              "move are read from the claims, the relationships' notes and their evidence, each typed by "
              "what it ends (a restriction such as “jusqu'au 8 septembre 2018 inclus”, a contract, a role, "
              "or unsure) and listed once with every place it was read. Finding no one is not an error.");
}

QVector<CliCommand::Argument> RevolvingDoorCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file.")}};
}

QList<QCommandLineOption> RevolvingDoorCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("months"),
            tr("The longest delay between leaving and joining, in months (0 to %1; 36 by default).")
                .arg(MaxMonths),
            QStringLiteral("N")),
        jsonOption(),
    };
}

int RevolvingDoorCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    RevolvingDoorOptions options;
    if (parser.isSet(QStringLiteral("months"))) {
        const auto months = parseCount(parser.value(QStringLiteral("months")));
        if (!months || *months > MaxMonths) {
            return usageError(tr("--months expects a number from 0 to %1, not “%2”.")
                                  .arg(MaxMonths)
                                  .arg(parser.value(QStringLiteral("months"))));
        }
        options.months = int(*months);
    }

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    const Result<Graph> graph = Graph::fromDossier(dossier);
    if (!graph)
        return userError(tr("Cannot read the relationships of %1: %2").arg(dossier.path(), graph.error()));
    const QVector<RevolvingDoorHit> hits = RevolvingDoor::find(dossier, options);

    if (parser.isSet(QStringLiteral("json"))) {
        console().printJson(snakeCaseKeys(RevolvingDoor::toJson(*graph, hits)));
        return Success;
    }
    if (hits.isEmpty()) {
        console().printLine(tr("No one in %1 left a public body for a company or an organization dealing "
                               "with it within %n month(s).",
            "", options.months)
                                .arg(dossier.path()));
        return Success;
    }
    auto idList = [](const QVector<qint64> &ids) {
        QStringList text;
        for (qint64 id : ids)
            text.append(QString::number(id));
        return text.join(QLatin1String(", "));
    };
    for (const RevolvingDoorHit &hit : hits) {
        console().printLine(RevolvingDoor::describe(*graph, hit));
        const QVector<qint64> relationships
            = QVector<qint64> {hit.publicRoleId, hit.privateRoleId} + hit.linkIds;
        //: %1 relationship ids, %2 annotation ids
        console().printLine(QStringLiteral("    ")
            + tr("Relationships: %1. Evidence: %2.")
                  .arg(idList(relationships),
                      hit.evidenceIds.isEmpty() ? tr("none") : idList(hit.evidenceIds)));
        // Each date after the move, typed by what it ends, with every place it was read.
        for (const EndDate &endDate : hit.endDates) {
            console().printLine(QStringLiteral("    ")
                + RevolvingDoor::endDateText(endDate.ends, endDate.date.toIso()) + QLatin1Char(':'));
            for (const DateReading &reading : endDate.readings)
                console().printLine(QStringLiteral("        ") + RevolvingDoor::readingText(reading));
        }
    }
    return Success;
}

} // namespace Recoupe
