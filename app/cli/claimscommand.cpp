// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimscommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"

#include <QCommandLineParser>
#include <QHash>

namespace Recoupe {

QString ClaimsCommand::summary() const
{
    return tr("List the claims with their status, speaker and evidence.");
}

QString ClaimsCommand::synopsis() const
{
    return QStringLiteral("DOSSIER [--json]");
}

QString ClaimsCommand::description() const
{
    return tr("Lists the claims of DOSSIER in the order they were made: each statement with its status, who "
              "makes it and with what stance, the entities it is about, its tags and note, and the passages "
              "it cites (annotation id, source and quote).");
}

QVector<CliCommand::Argument> ClaimsCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file.")}};
}

QList<QCommandLineOption> ClaimsCommand::options() const
{
    return {jsonOption()};
}

int ClaimsCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    const DossierJson json(dossier);

    const QVector<Claim> claims = dossier.claims().all();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Claim &c : claims)
            array.append(json.claim(c));
        console().printJson(array);
        return Success;
    }
    if (claims.isEmpty()) {
        console().printLine(tr("%1 has no claims yet.").arg(dossier.path()));
        return Success;
    }
    QHash<qint64, QString> names;
    const QVector<Entity> entities = dossier.entities().all();
    for (const Entity &e : entities)
        names.insert(e.id, e.name);
    //: An entity in a listing: %1 its name, %2 its id
    auto entity = [&](qint64 id) {
        return tr("%1 (%2)").arg(names.value(id), QString::number(id));
    };
    const QString indent = QStringLiteral("    ");

    for (const Claim &c : claims) {
        //: A claim's first line: %1 its id, %2 its status (to_verify, supported…), %3 the statement
        console().printLine(tr("%1  [%2]  %3").arg(c.id).arg(Claim::statusName(c.status), c.text));
        if (c.speakerId) {
            const QString stance = Claim::stanceName(c.stance);
            console().printLine(indent
                + (stance.isEmpty() ? tr("Speaker: %1").arg(entity(c.speakerId))
                                    //: %1 an entity, %2 its stance (asserts, denies, reports, doubts)
                                    : tr("Speaker: %1, %2").arg(entity(c.speakerId), stance)));
        }
        if (!c.subjectIds.isEmpty()) {
            QStringList subjects;
            for (qint64 id : c.subjectIds)
                subjects.append(entity(id));
            console().printLine(indent + tr("About: %1").arg(subjects.join(QLatin1String(", "))));
        }
        if (!c.tagIds.isEmpty()) {
            QStringList tags;
            for (qint64 id : c.tagIds)
                tags.append(json.tagPath(id));
            console().printLine(indent + tr("Tags: %1").arg(tags.join(QLatin1String(", "))));
        }
        if (!c.note.trimmed().isEmpty())
            console().printLine(indent + tr("Note: %1").arg(c.note.simplified()));
        if (c.evidenceIds.isEmpty())
            console().printLine(indent + tr("No evidence yet."));
        for (qint64 id : c.evidenceIds) {
            const auto annotation = dossier.annotations().get(id);
            if (!annotation) {
                console().printLine(indent + tr("Evidence %1: no longer in the dossier.").arg(id));
                continue;
            }
            //: %1 annotation id, %2 source id, %3 start:end offsets, %4 the quoted passage
            console().printLine(indent
                + tr("Evidence %1, source %2 at %3: “%4”")
                      .arg(id)
                      .arg(annotation->anchor.sourceId)
                      .arg(QStringLiteral("%1:%2").arg(annotation->anchor.start).arg(annotation->anchor.end),
                          annotation->anchor.exact.simplified()));
        }
    }
    return Success;
}

} // namespace Recoupe
