// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entitysuggestion.h"
#include "result.h"

#include <QCoreApplication>

namespace Recoupe {

class Dossier;

// What the user does with a suggestion, each one undo step on the dossier's stack:
// accept it (the entity and every mention of its names across the dossier, marked for review),
// reject it (remembered, so it is not suggested again), or take a rejection back.
class SuggestionReview
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionReview)

public:
    explicit SuggestionReview(Dossier *dossier);

    // Creates the entity with the suggestion's name, type and aliases, or the `name` and `type`
    // the user chose instead (the suggested name then stays as an alias), and anchors its
    // mentions: the suggestion's occurrences and any other place one of its names occurs.
    // Mentions are unconfirmed ("for review"). Returns the new entity's id.
    Result<qint64> accept(
        const EntitySuggestion &suggestion, const QString &name = {}, const QString &type = {});

    Status reject(const EntitySuggestion &suggestion);
    Status unreject(const QString &key);
    // Rejected suggestions as (key, name), by name.
    QVector<std::pair<QString, QString>> rejected() const;

    // Anchors the places where an existing entity's name or aliases occur and that are not yet
    // its mentions, for review; one undo step. Returns how many were added.
    Result<int> findMentions(qint64 entityId);

private:
    QVector<qint64> sourcesNaming(const QStringList &names) const;
    Result<int> addMentions(
        qint64 entityId, const QStringList &names, const QVector<SuggestedMention> &known);

    Dossier *m_dossier;
};

} // namespace Recoupe
