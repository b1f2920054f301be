// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestionreview.h"

#include "addmentionscommand.h"
#include "mentionfinder.h"
#include "namekey.h"
#include "rejectsuggestioncommand.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/sourcestore.h"

#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Recoupe {

SuggestionReview::SuggestionReview(Dossier *dossier)
    : m_dossier(dossier)
{ }

// The live sources whose full-text index holds one of the names: only those are read.
QVector<qint64> SuggestionReview::sourcesNaming(const QStringList &names) const
{
    QSet<qint64> ids;
    Statement stmt = m_dossier->database().prepare(
        "SELECT DISTINCT c.source_id FROM text_index JOIN text_chunks c ON c.id = text_index.rowid "
        "JOIN sources s ON s.id = c.source_id WHERE text_index MATCH ?1 AND s.removed = 0");
    for (const QString &name : names) {
        QString phrase = name.simplified();
        if (phrase.isEmpty())
            continue;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        stmt.bind(1, QLatin1Char('"') + phrase + QLatin1Char('"'));
        while (stmt.next())
            ids.insert(stmt.int64(0));
        stmt.reset();
    }
    QVector<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

Result<int> SuggestionReview::addMentions(
    qint64 entityId, const QStringList &names, const QVector<SuggestedMention> &known)
{
    // Ranges already anchored for this entity are not added twice.
    QSet<QString> taken;
    auto rangeKey = [](qint64 source, qint64 start, qint64 end) {
        return QStringLiteral("%1:%2:%3").arg(source).arg(start).arg(end);
    };
    for (const Mention &m : m_dossier->entities().mentions(entityId))
        taken.insert(rangeKey(m.anchor.sourceId, m.anchor.start, m.anchor.end));

    QVector<SuggestedMention> wanted = known;
    const MentionFinder finder(names);
    for (qint64 sourceId : sourcesNaming(names)) {
        const QString text = m_dossier->sources().text(sourceId);
        for (const auto &range : finder.find(text))
            wanted.append({ sourceId, range.first, range.second, false });
    }
    std::sort(wanted.begin(), wanted.end(), [](const SuggestedMention &a, const SuggestedMention &b) {
        return a.sourceId != b.sourceId ? a.sourceId < b.sourceId : a.start < b.start;
    });
    QVector<Mention> mentions;
    qint64 lastSource = -1, lastEnd = -1;
    for (const SuggestedMention &w : std::as_const(wanted)) {
        if (w.sourceId == lastSource && w.start < lastEnd)
            continue; // overlaps the previous one
        if (taken.contains(rangeKey(w.sourceId, w.start, w.end)))
            continue;
        const auto anchor = m_dossier->anchorForRange(w.sourceId, w.start, w.end);
        if (!anchor)
            continue; // a source removed since the suggestion was made
        Mention m;
        m.entityId = entityId;
        m.anchor = *anchor;
        m.confirmed = false;
        mentions.append(m);
        lastSource = w.sourceId;
        lastEnd = w.end;
    }
    if (mentions.isEmpty())
        return 0;
    const int count = int(mentions.size());
    QString error;
    m_dossier->undoStack()->push(new AddMentionsCommand(m_dossier, entityId, std::move(mentions), &error));
    if (!error.isEmpty())
        return Error { error };
    return count;
}

Result<qint64> SuggestionReview::accept(
    const EntitySuggestion &suggestion, const QString &name, const QString &type)
{
    Entity entity;
    entity.name = (name.trimmed().isEmpty() ? suggestion.name : name).trimmed();
    entity.type = type.isEmpty() ? suggestion.type : type;
    if (entity.name.isEmpty())
        return Error { tr("An entity needs a name.") };
    if (!Entity::isKnownType(entity.type))
        return Error { tr("“%1” is not an entity type; use one of %2.")
                           .arg(entity.type, Entity::types().join(QStringLiteral(", "))) };
    QStringList aliases = suggestion.aliases;
    if (NameKey::key(entity.name) != NameKey::key(suggestion.name))
        aliases.prepend(suggestion.name);
    QStringList unique;
    QSet<QString> seen { NameKey::fold(entity.name) };
    for (const QString &alias : std::as_const(aliases)) {
        if (!seen.contains(NameKey::fold(alias))) {
            seen.insert(NameKey::fold(alias));
            unique.append(alias);
        }
    }
    entity.aliases = unique;

    QUndoStack *stack = m_dossier->undoStack();
    stack->beginMacro(tr("Accept “%1”").arg(entity.name));
    const auto id = m_dossier->addEntity(entity);
    if (!id) {
        stack->endMacro();
        stack->undo();
        return id;
    }
    QStringList names = entity.aliases;
    names.prepend(entity.name);
    const auto added = addMentions(*id, names, suggestion.occurrences);
    stack->endMacro();
    if (!added) {
        stack->undo();
        return Error { added.error() };
    }
    return *id;
}

Result<int> SuggestionReview::findMentions(qint64 entityId)
{
    const auto entity = m_dossier->entities().get(entityId);
    if (!entity)
        return Error { tr("There is no entity %1 in this dossier.").arg(entityId) };
    QStringList names = entity->aliases;
    names.prepend(entity->name);
    return addMentions(entityId, names, {});
}

Status SuggestionReview::reject(const EntitySuggestion &suggestion)
{
    if (suggestion.key.isEmpty())
        return Error { tr("This suggestion has no name to reject.") };
    QString error;
    m_dossier->undoStack()->push(
        new RejectSuggestionCommand(m_dossier, suggestion.key, suggestion.name, true, &error));
    if (!error.isEmpty())
        return Error { error };
    return {};
}

Status SuggestionReview::unreject(const QString &key)
{
    QString error;
    m_dossier->undoStack()->push(new RejectSuggestionCommand(m_dossier, key, QString(), false, &error));
    if (!error.isEmpty())
        return Error { error };
    return {};
}

QVector<std::pair<QString, QString>> SuggestionReview::rejected() const
{
    QVector<std::pair<QString, QString>> result;
    Statement stmt = m_dossier->database().prepare(
        "SELECT key, name FROM rejected_suggestions ORDER BY name COLLATE NOCASE");
    while (stmt.next())
        result.append({ stmt.text(0), stmt.text(1) });
    return result;
}

} // namespace Recoupe
