// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipdates.h"

#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Recoupe {

namespace {

constexpr qint64 ContextReach = 300; // characters read around a passage to find its sentence

bool overlaps(const PartialDate &a, const PartialDate &b)
{
    return a.earliest() <= b.latest() && b.earliest() <= a.latest();
}

QString pairKey(const Relationship &r)
{
    return QStringLiteral("%1|%2|%3")
        .arg(std::min(r.fromId, r.toId))
        .arg(std::max(r.fromId, r.toId))
        .arg(r.type);
}

} // namespace

RelationshipDates::RelationshipDates(Dossier &dossier)
    : m_dossier(dossier)
{ }

QVector<EvidenceDate> RelationshipDates::suggest(qint64 relationshipId)
{
    QVector<EvidenceDate> result;
    const auto relationship = m_dossier.relationships().get(relationshipId);
    if (!relationship)
        return result;
    for (qint64 annotationId : relationship->evidenceIds) {
        const auto annotation = m_dossier.annotations().get(annotationId);
        if (!annotation)
            continue;
        const Anchor &anchor = annotation->anchor;
        const auto source = m_dossier.sources().get(anchor.sourceId);
        if (!source)
            continue;
        const PartialDate published = PartialDate::fromIso(source->published);
        const QDate reference
            = published.precision() == PartialDate::Precision::Day ? published.earliest() : QDate();
        // The passage widened to the sentences it sits in.
        const qint64 from = std::max<qint64>(0, anchor.start - ContextReach);
        const qint64 to = std::min<qint64>(source->textLength, anchor.end + ContextReach);
        const QString window = m_dossier.sources().textRange(anchor.sourceId, from, to);
        auto isEnd = [](QChar c) {
            return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
                || c == QLatin1Char('\n');
        };
        qint64 s = anchor.start - from;
        while (s > 0 && !isEnd(window.at(s - 1)))
            --s;
        qint64 e = anchor.end - from;
        while (e < window.size() && !isEnd(window.at(e)))
            ++e;
        if (e < window.size())
            ++e;
        // Dates inside the passage; when it has none, those of its sentences. Either way the
        // sentence gives the words that make a date a start or an end.
        const QVector<DateMention> found = EvidenceDates::find(QStringView(window).mid(s, e - s), reference);
        const qint64 passageStart = anchor.start - from - s, passageEnd = anchor.end - from - s;
        const bool inside = std::any_of(found.cbegin(), found.cend(),
            [&](const DateMention &m) { return m.start < passageEnd && m.end > passageStart; });
        for (DateMention mention : found) {
            if (inside && !(mention.start < passageEnd && mention.end > passageStart))
                continue;
            mention.start += from + s;
            mention.end += from + s;
            result.append({relationshipId, annotationId, anchor.sourceId, mention});
        }
    }
    return result;
}

QVector<DateConflict> RelationshipDates::conflicts()
{
    QVector<qint64> ids;
    for (const Relationship &r : m_dossier.relationships().all())
        ids.append(r.id);
    return conflictsIn(ids);
}

QVector<DateConflict> RelationshipDates::conflictsFor(qint64 relationshipId)
{
    const auto relationship = m_dossier.relationships().get(relationshipId);
    if (!relationship)
        return {};
    QVector<qint64> ids;
    for (const Relationship &r : m_dossier.relationships().involving(relationship->fromId)) {
        if (pairKey(r) == pairKey(*relationship))
            ids.append(r.id);
    }
    return conflictsIn(ids);
}

QVector<DateConflict> RelationshipDates::conflictsIn(const QVector<qint64> &relationshipIds)
{
    // Relationships about the same link, whichever way they were drawn.
    QHash<QString, QVector<Relationship>> links;
    QStringList order;
    for (qint64 id : relationshipIds) {
        const auto r = m_dossier.relationships().get(id);
        if (!r)
            continue;
        const QString key = pairKey(*r);
        if (!links.contains(key))
            order.append(key);
        links[key].append(*r);
    }

    QVector<DateConflict> result;
    for (const QString &key : std::as_const(order)) {
        const QVector<Relationship> &group = links.value(key);
        QVector<DateStatement> statements;
        for (const Relationship &r : group) {
            QVector<qint64> sources;
            for (qint64 annotationId : r.evidenceIds) {
                if (const auto a = m_dossier.annotations().get(annotationId)) {
                    if (!sources.contains(a->anchor.sourceId))
                        sources.append(a->anchor.sourceId);
                }
            }
            if (!r.start.isNull())
                statements.append(
                    {DateMention::Role::Start, r.start, r.id, r.evidenceIds, sources, true, {}});
            if (!r.end.isNull())
                statements.append({DateMention::Role::End, r.end, r.id, r.evidenceIds, sources, true, {}});
            for (const EvidenceDate &found : suggest(r.id)) {
                if (found.mention.role == DateMention::Role::Point)
                    continue;
                statements.append({found.mention.role, found.mention.date, r.id, {found.annotationId},
                    {found.sourceId}, false, found.mention.text});
            }
        }
        // Two accounts disagree when they come from different sources (or one is the
        // investigator's own record) and cannot both be true.
        auto fromDifferentSources = [](const DateStatement &a, const DateStatement &b) {
            if (a.sourceIds.isEmpty() || b.sourceIds.isEmpty())
                return true;
            for (qint64 s : a.sourceIds) {
                if (b.sourceIds.contains(s))
                    return false;
            }
            return true;
        };
        auto collect = [&](DateConflict::Kind kind, auto disagree) {
            QVector<int> involved;
            for (int i = 0; i < statements.size(); ++i) {
                for (int j = i + 1; j < statements.size(); ++j) {
                    if (fromDifferentSources(statements.at(i), statements.at(j))
                        && disagree(statements.at(i), statements.at(j))) {
                        if (!involved.contains(i))
                            involved.append(i);
                        if (!involved.contains(j))
                            involved.append(j);
                    }
                }
            }
            if (involved.isEmpty())
                return;
            std::sort(involved.begin(), involved.end());
            DateConflict conflict;
            conflict.kind = kind;
            conflict.fromId = group.first().fromId;
            conflict.toId = group.first().toId;
            conflict.type = group.first().type;
            for (int i : std::as_const(involved))
                conflict.statements.append(statements.at(i));
            result.append(conflict);
        };
        collect(DateConflict::Kind::Start, [](const DateStatement &a, const DateStatement &b) {
            return a.role == DateMention::Role::Start && b.role == DateMention::Role::Start
                && !overlaps(a.date, b.date);
        });
        collect(DateConflict::Kind::End, [](const DateStatement &a, const DateStatement &b) {
            return a.role == DateMention::Role::End && b.role == DateMention::Role::End
                && !overlaps(a.date, b.date);
        });
        collect(DateConflict::Kind::Role, [](const DateStatement &a, const DateStatement &b) {
            const bool precise = a.date.precision() >= PartialDate::Precision::Month
                && b.date.precision() >= PartialDate::Precision::Month;
            return precise && a.role != b.role && overlaps(a.date, b.date);
        });
    }
    return result;
}

QString RelationshipDates::describe(const DateConflict &conflict)
{
    const auto from = m_dossier.entities().get(conflict.fromId);
    const auto to = m_dossier.entities().get(conflict.toId);
    const QString link = tr("%1 “%2” → “%3”")
                             .arg(conflict.type, from ? from->name : QString::number(conflict.fromId),
                                 to ? to->name : QString::number(conflict.toId));
    QStringList accounts;
    for (const DateStatement &s : conflict.statements) {
        QStringList sources;
        for (qint64 id : s.sourceIds) {
            const auto source = m_dossier.sources().get(id);
            sources.append(source ? source->title : QString::number(id));
        }
        if (s.recorded && sources.isEmpty()) {
            //: An account of a date entered by hand: "2018-05-07 (start, as recorded)"
            accounts.append(tr("%1 (%2, as recorded)").arg(s.date.toIso(), DateMention::roleName(s.role)));
            continue;
        }
        //: An account of a date: "2018-05-07 (start, per “Article title”)"
        accounts.append(
            tr("%1 (%2, per %3)")
                .arg(s.date.toIso(), DateMention::roleName(s.role), sources.join(QStringLiteral(", "))));
    }
    switch (conflict.kind) {
    case DateConflict::Kind::Start:
        return tr("Sources disagree on when %1 started: %2.").arg(link, accounts.join(QStringLiteral("; ")));
    case DateConflict::Kind::End:
        return tr("Sources disagree on when %1 ended: %2.").arg(link, accounts.join(QStringLiteral("; ")));
    case DateConflict::Kind::Role:
        return tr("Sources disagree on whether a date starts or ends %1: %2.")
            .arg(link, accounts.join(QStringLiteral("; ")));
    }
    return QString();
}

} // namespace Recoupe
