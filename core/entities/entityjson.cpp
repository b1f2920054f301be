// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityjson.h"

#include "storage/dossier.h"
#include "storage/entitystore.h"

#include <algorithm>

namespace Recoupe {

namespace {

QJsonArray idArray(const QVector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

QJsonObject EntityJson::suggestion(const EntitySuggestion &s)
{
    return QJsonObject { { QStringLiteral("name"), s.name }, { QStringLiteral("type"), s.type },
        { QStringLiteral("aliases"), QJsonArray::fromStringList(s.aliases) },
        { QStringLiteral("mentions"), s.mentions }, { QStringLiteral("sources"), idArray(s.sourceIds) } };
}

QJsonArray EntityJson::suggestions(const QVector<EntitySuggestion> &list)
{
    QJsonArray array;
    for (const EntitySuggestion &s : list)
        array.append(suggestion(s));
    return array;
}

QJsonObject EntityJson::entity(Dossier &dossier, const Entity &e)
{
    const QVector<Mention> mentions = dossier.entities().mentions(e.id);
    QVector<qint64> sources;
    for (const Mention &m : mentions) {
        if (!sources.contains(m.anchor.sourceId))
            sources.append(m.anchor.sourceId);
    }
    std::sort(sources.begin(), sources.end());
    return QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("name"), e.name },
        { QStringLiteral("type"), e.type },
        { QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases) },
        { QStringLiteral("notes"), e.notes }, { QStringLiteral("mentions"), int(mentions.size()) },
        { QStringLiteral("sources"), idArray(sources) } };
}

QJsonArray EntityJson::entities(Dossier &dossier)
{
    QJsonArray array;
    for (const Entity &e : dossier.entities().all())
        array.append(entity(dossier, e));
    return array;
}

} // namespace Recoupe
