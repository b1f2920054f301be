// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entitysuggestion.h"
#include "model/entity.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Recoupe {

class Dossier;

// The JSON shapes recoupe-cli prints for entities and suggestions.
class EntityJson
{
public:
    // {"name", "type", "aliases": [], "mentions": N, "sources": [ids]}
    static QJsonObject suggestion(const EntitySuggestion &suggestion);
    static QJsonArray suggestions(const QVector<EntitySuggestion> &suggestions);

    // {"id", "name", "type", "aliases": [], "notes", "mentions": N, "sources": [ids]}
    static QJsonObject entity(Dossier &dossier, const Entity &entity);
    // Every entity of the dossier, by name.
    static QJsonArray entities(Dossier &dossier);
};

} // namespace Recoupe
