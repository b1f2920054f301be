// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityedits.h"

#include "namekey.h"
#include "reassignmentionscommand.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"

#include <QSet>
#include <QUndoStack>

namespace Recoupe {

EntityEdits::EntityEdits(Dossier *dossier)
    : m_dossier(dossier)
{ }

Status EntityEdits::rename(qint64 entityId, const QString &name, bool keepOldNameAsAlias)
{
    const auto entity = m_dossier->entities().get(entityId);
    if (!entity)
        return Error { tr("There is no entity %1 in this dossier.").arg(entityId) };
    const QString newName = name.trimmed();
    if (newName.isEmpty())
        return Error { tr("An entity needs a name.") };
    Entity after = *entity;
    after.name = newName;
    QStringList aliases;
    for (const QString &alias : std::as_const(entity->aliases)) {
        if (NameKey::fold(alias) != NameKey::fold(newName))
            aliases.append(alias);
    }
    if (keepOldNameAsAlias && NameKey::fold(entity->name) != NameKey::fold(newName))
        aliases.append(entity->name);
    after.aliases = aliases;
    return m_dossier->updateEntity(after);
}

Status EntityEdits::merge(qint64 from, qint64 into)
{
    if (from == into)
        return Error { tr("An entity cannot be merged into itself.") };
    const auto source = m_dossier->entities().get(from);
    const auto target = m_dossier->entities().get(into);
    if (!source || !target)
        return Error { tr("There is no entity %1 in this dossier.").arg(source ? into : from) };

    QUndoStack *stack = m_dossier->undoStack();
    stack->beginMacro(tr("Merge “%1” into “%2”").arg(source->name, target->name));
    auto fail = [stack](const Status &status) {
        stack->endMacro();
        stack->undo(); // leave nothing half merged
        return status;
    };

    Entity merged = *target;
    QSet<QString> names { NameKey::fold(merged.name) };
    for (const QString &alias : std::as_const(merged.aliases))
        names.insert(NameKey::fold(alias));
    QStringList incoming = source->aliases;
    incoming.prepend(source->name);
    for (const QString &alias : std::as_const(incoming)) {
        if (!names.contains(NameKey::fold(alias))) {
            names.insert(NameKey::fold(alias));
            merged.aliases.append(alias);
        }
    }
    if (!source->notes.trimmed().isEmpty())
        merged.notes = merged.notes.trimmed().isEmpty()
            ? source->notes
            : merged.notes + QStringLiteral("\n\n") + source->notes;
    Status status = m_dossier->updateEntity(merged);
    if (!status.ok())
        return fail(status);

    for (Relationship r : m_dossier->relationships().involving(from)) {
        if (r.fromId == from)
            r.fromId = into;
        if (r.toId == from)
            r.toId = into;
        status = r.fromId == r.toId ? m_dossier->removeRelationship(r.id) : m_dossier->updateRelationship(r);
        if (!status.ok())
            return fail(status);
    }

    for (Claim claim : m_dossier->claims().all()) {
        const bool speaks = claim.speakerId == from;
        const bool subject = claim.subjectIds.contains(from);
        if (!speaks && !subject)
            continue;
        if (speaks)
            claim.speakerId = into;
        if (subject) {
            claim.subjectIds.removeAll(from);
            if (!claim.subjectIds.contains(into))
                claim.subjectIds.append(into);
        }
        status = m_dossier->updateClaim(claim);
        if (!status.ok())
            return fail(status);
    }

    QString error;
    stack->push(new ReassignMentionsCommand(m_dossier, from, into, &error));
    if (!error.isEmpty())
        return fail(Error { error });

    status = m_dossier->removeEntity(from);
    if (!status.ok())
        return fail(status);
    stack->endMacro();
    return {};
}

} // namespace Recoupe
