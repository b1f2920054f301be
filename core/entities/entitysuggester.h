// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities/entitysuggestion.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace Recoupe {

class Database;

struct SuggestionOptions
{
    QVector<qint64> sourceIds; // empty: every live source of the dossier
    int limit = 0; // 0: no limit
    bool skipRejected = true; // leave out what the user rejected (rejected_suggestions)
    bool skipKnown = true; // leave out names that are already an entity's name or alias
};

// What a suggestion run on a worker thread hands back.
struct SuggestionRun
{
    QVector<EntitySuggestion> suggestions;
    int sourcesScanned = 0;
    QString error; // empty on success
    bool canceled = false;
};

// Suggests the people and institutions named in a dossier's sources, French and English:
// names after an honorific or a title ("M.", "la sénatrice", "Senator"), capitalized names with
// particles ("Soazig Le Nevé"), institution names led by a head word ("commission de
// déontologie de la fonction publique", "Department of Education"), acronyms and the expansions
// written next to them ("la Cnil [Commission nationale …]", "(DNE)"), elided and possessive forms.
// Capitalized words that start a sentence count only when the dossier also writes them with a
// capital elsewhere; commenters' pseudonyms ("X a écrit :") and comment sections weigh little or
// nothing, so they do not flood the list.
class EntitySuggester
{
    Q_DECLARE_TR_FUNCTIONS(EntitySuggester)

public:
    // Called after each source with (done, total); returning false cancels the run.
    using Progress = std::function<bool(int done, int total)>;

    EntitySuggester();
    ~EntitySuggester();
    EntitySuggester(const EntitySuggester &) = delete;
    EntitySuggester &operator=(const EntitySuggester &) = delete;

    // Incremental use: feed texts, then ask for the grouped suggestions.
    void addText(qint64 sourceId, QStringView text);
    QVector<EntitySuggestion> suggestions() const;

    // Names to leave out, by key (rejections, existing entities).
    void setExcludedKeys(const QSet<QString> &keys);

    // Two suggestions the user says are one: `into`'s name and type, the other's name among the
    // aliases, every occurrence of both.
    static EntitySuggestion merge(const EntitySuggestion &into, const EntitySuggestion &from);

    // Reads the dossier's sources through `db` (this thread's connection), with its rejections
    // and entities. Returns an error if it was canceled or the dossier could not be read.
    static Result<QVector<EntitySuggestion>> suggest(
        Database &db, const SuggestionOptions &options = {}, const Progress &progress = {});

    // Runs suggest() on a worker thread with its own read-only connection to `dossierPath`;
    // the future reports progress (sources done of total) and honours cancel().
    static QFuture<SuggestionRun> start(const QString &dossierPath, const SuggestionOptions &options = {});

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Recoupe
