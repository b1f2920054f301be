// SPDX-License-Identifier: GPL-3.0-or-later
#include "revolvingdoorpanel.h"

#include "entitystyle.h"
#include "evidencelist.h"
#include "graph/revolvingdoor.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Recoupe {

RevolvingDoorPanel::RevolvingDoorPanel(Dossier *dossier, QWidget *parent)
    : QWidget(parent)
    , m_months(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("RevolvingDoorPanel"));
    m_months->setObjectName(QStringLiteral("revolvingDoorMonths"));
    m_months->setRange(1, 240);
    m_months->setValue(36);
    updateMonthsSuffix();
    m_months->setToolTip(tr("How soon after leaving the public body the new role must start to count"));
    auto *monthsLabel = new QLabel(tr("Moves &within:"), this);
    monthsLabel->setBuddy(m_months);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("revolvingDoorSummary"));

    m_tree->setObjectName(QStringLiteral("revolvingDoorHits"));
    m_tree->setAccessibleName(tr("Revolving-door cases"));
    m_tree->setColumnCount(3);
    //: Column headers of the revolving-door panel
    m_tree->setHeaderLabels({tr("Case"), tr("Dates"), tr("Restriction until")});
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setToolTip(
        tr("Enter or double-click opens the passage or shows the relationship; Ctrl+Enter opens "
           "the passage in a new pane."));
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        activate(item, QApplication::keyboardModifiers() & Qt::ControlModifier);
    });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &RevolvingDoorPanel::refresh);
    connect(m_months, qOverload<int>(&QSpinBox::valueChanged), m_refreshTimer, qOverload<>(&QTimer::start));
    connect(m_months, qOverload<int>(&QSpinBox::valueChanged), this, &RevolvingDoorPanel::updateMonthsSuffix);

    auto *top = new QHBoxLayout;
    top->addWidget(monthsLabel);
    top->addWidget(m_months);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    setDossier(dossier);
}

Dossier *RevolvingDoorPanel::dossier() const
{
    return m_dossier;
}

void RevolvingDoorPanel::setDossier(Dossier *dossier)
{
    if (m_dossier == dossier && dossier)
        return;
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    if (m_dossier) {
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
        for (auto signal : {&Dossier::entityAdded, &Dossier::entityRemoved, &Dossier::entityChanged,
                 &Dossier::relationshipAdded, &Dossier::relationshipRemoved, &Dossier::relationshipChanged,
                 &Dossier::claimAdded, &Dossier::claimRemoved, &Dossier::claimChanged})
            connect(m_dossier, signal, m_refreshTimer, qOverload<>(&QTimer::start));
    }
    refresh();
}

int RevolvingDoorPanel::months() const
{
    return m_months->value();
}

void RevolvingDoorPanel::setMonths(int months)
{
    m_months->setValue(months);
    refresh();
}

int RevolvingDoorPanel::caseCount() const
{
    return m_tree->topLevelItemCount();
}

void RevolvingDoorPanel::addRelationshipRow(
    QTreeWidgetItem *parent, qint64 relationshipId, const QString &what)
{
    const auto r = m_dossier->relationships().get(relationshipId);
    if (!r)
        return;
    const auto from = m_dossier->entities().get(r->fromId);
    const auto to = m_dossier->entities().get(r->toId);
    //: A row of a revolving-door case: %1 what the relationship is for the case ("Public role"),
    //: %2 the relationship, %3 and %4 the two entities
    auto *row = new QTreeWidgetItem(parent,
        {tr("%1: %2, %3 → %4")
                .arg(what, EntityStyle::relationshipText(r->type, r->label, r->role),
                    from ? from->name : QString(), to ? to->name : QString()),
            EntityStyle::dateSpan(r->start, r->end)});
    row->setData(0, KindRole, RelationshipRow);
    row->setData(0, IdRole, relationshipId);
    row->setToolTip(0, row->text(0));
}

void RevolvingDoorPanel::refresh()
{
    m_refreshTimer->stop();
    m_tree->clear();
    if (!m_dossier) {
        m_summary->setText(tr("No dossier is open."));
        return;
    }
    RevolvingDoorOptions options;
    options.months = m_months->value();
    const QVector<RevolvingDoorHit> hits = RevolvingDoor::find(*m_dossier, options);
    auto name = [this](qint64 id) {
        const auto e = m_dossier->entities().get(id);
        return e ? e->name : QString();
    };
    const auto graph = hits.isEmpty() ? Result<Graph>(Graph()) : Graph::fromDossier(*m_dossier);
    QHash<qint64, QString> titles;
    for (const RevolvingDoorHit &hit : hits) {
        QStringList until;
        for (const PartialDate &date : hit.restrictedUntil())
            until.append(EntityStyle::dateText(date));
        //: A revolving-door case: %1 the person, %2 the public body, %3 the employer
        auto *top = new QTreeWidgetItem(m_tree,
            {tr("%1: %2 → %3").arg(name(hit.personId), name(hit.publicBodyId), name(hit.employerId)),
                //: Dates of a revolving-door case: %1 left, %2 joined, %3 how long after leaving
                //: ("the next day", "3 months later")
                tr("left %1, joined %2 (%3)")
                    .arg(EntityStyle::dateText(hit.left), EntityStyle::dateText(hit.joined),
                        RevolvingDoor::gapText(hit.left, hit.joined)),
                until.join(QStringLiteral(", "))});
        top->setData(0, KindRole, CaseRow);
        top->setIcon(0, EntityStyle::icon(QStringLiteral("Person")));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setToolTip(0, RevolvingDoor::describe(graph ? *graph : Graph(), hit));
        addRelationshipRow(top, hit.publicRoleId, tr("Public role"));
        addRelationshipRow(top, hit.privateRoleId, tr("New role"));
        for (qint64 link : hit.linkIds)
            //: A relationship showing the employer deals with the public body
            addRelationshipRow(top, link, tr("Dealings"));
        for (const EndDate &endDate : hit.endDates) {
            const QString date = EntityStyle::dateText(endDate.date);
            auto *row = new QTreeWidgetItem(top,
                {RevolvingDoor::endDateText(endDate.ends, date), QString(),
                    endDate.ends == DateMention::Ends::Restriction ? date : QString()});
            row->setData(0, KindRole, EndDateRow);
            row->setData(0, EndsRole, int(endDate.ends));
            if (endDate.ends == DateMention::Ends::Unknown)
                row->setToolTip(0,
                    tr("The words around this date do not say whether it ends a restriction, a "
                       "contract or a role: read the passage."));
            for (const DateReading &reading : endDate.readings) {
                auto *readingRow = new QTreeWidgetItem(row, {RevolvingDoor::readingText(reading)});
                readingRow->setToolTip(0, reading.text);
                readingRow->setData(0, KindRole, ReadingRow);
                if (reading.annotationId) {
                    if (const auto annotation = m_dossier->annotations().get(reading.annotationId)) {
                        readingRow->setData(0, SourceIdRole, annotation->anchor.sourceId);
                        readingRow->setData(0, StartRole, annotation->anchor.start);
                        readingRow->setData(0, EndRole, annotation->anchor.end);
                    }
                }
                readingRow->setData(0, IdRole, reading.claimId ? reading.claimId : reading.relationshipId);
                readingRow->setData(0, IsClaimRole, reading.claimId != 0);
            }
            row->setExpanded(true);
        }
        for (qint64 id : hit.evidenceIds) {
            const auto annotation = m_dossier->annotations().get(id);
            if (!annotation)
                continue;
            const qint64 sourceId = annotation->anchor.sourceId;
            if (!titles.contains(sourceId)) {
                const auto source = m_dossier->sources().get(sourceId);
                titles.insert(sourceId, source ? source->title : QString());
            }
            //: Evidence of a revolving-door case: %1 the passage, %2 its source
            auto *row = new QTreeWidgetItem(top,
                {tr("Evidence: “%1” — %2")
                        .arg(EvidenceList::shortQuote(annotation->anchor.exact, 120),
                            titles.value(sourceId))});
            row->setToolTip(0, annotation->anchor.exact);
            row->setData(0, KindRole, EvidenceRow);
            row->setData(0, IdRole, id);
            row->setData(0, SourceIdRole, sourceId);
            row->setData(0, StartRole, annotation->anchor.start);
            row->setData(0, EndRole, annotation->anchor.end);
        }
        top->setExpanded(true);
    }
    if (hits.isEmpty())
        m_summary->setText(tr(
            "No one in this dossier left a public body for an employer dealing with it within %n month(s).",
            "", options.months));
    else
        m_summary->setText(tr("%n case(s) of someone leaving a public body for an employer dealing with it "
                              "within %1:",
            "", int(hits.size()))
                               //: The revolving-door delay, in "cases … within %1"
                               .arg(tr("%n month(s)", "", options.months)));
}

void RevolvingDoorPanel::activate(QTreeWidgetItem *item, bool newPane)
{
    if (!item)
        return;
    switch (item->data(0, KindRole).toInt()) {
    case RelationshipRow:
        Q_EMIT relationshipActivated(item->data(0, IdRole).toLongLong());
        break;
    case EvidenceRow:
    case ReadingRow:
        if (item->data(0, SourceIdRole).toLongLong()) {
            Q_EMIT passageRequested(item->data(0, SourceIdRole).toLongLong(),
                item->data(0, StartRole).toLongLong(), item->data(0, EndRole).toLongLong(), newPane);
        } else if (item->data(0, IsClaimRole).toBool()) {
            Q_EMIT claimActivated(item->data(0, IdRole).toLongLong());
        } else {
            Q_EMIT relationshipActivated(item->data(0, IdRole).toLongLong());
        }
        break;
    default:
        break;
    }
}

void RevolvingDoorPanel::updateMonthsSuffix()
{
    //: Unit after the number in the revolving-door setting ("36 months"), agreeing with that number
    m_months->setSuffix(QLatin1Char(' ') + tr("month(s)", "", m_months->value()));
}

} // namespace Recoupe
