// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Recoupe {

// One place where a suggested name occurs: [start, end) in the source's canonical text.
struct SuggestedMention
{
    qint64 sourceId = 0;
    qint64 start = 0;
    qint64 end = 0;
    bool inComments = false; // in the readers' comments under an article

    bool operator==(const SuggestedMention &o) const
    {
        return sourceId == o.sourceId && start == o.start && end == o.end;
    }
};

// A person or institution the suggester found in the dossier's sources, with its variants
// grouped (case, accents, acronym and expansion, surname alone) and every place it occurs.
struct EntitySuggestion
{
    QString key; // grouping key of `name`; rejecting stores it (see NameKey)
    QStringList variantKeys; // keys of every variant, for matching rejections and known entities
    QString name; // the variant to show and to create the entity with
    QString type; // FollowTheMoney schema: Person, Organization, PublicBody, Company
    QStringList aliases; // the other variants as written in the sources
    int mentions = 0;
    QVector<qint64> sourceIds; // sources naming it, ascending
    QVector<SuggestedMention> occurrences; // in source then text order
    double score = 0; // the list is sorted by it, highest first
    // E-mail addresses (FollowTheMoney's `email`) of a sender or recipient of messages among
    // the sources; those messages are in sourceIds.
    QStringList emails;
};

} // namespace Recoupe
