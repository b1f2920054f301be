// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedpassagesdialog.h"

#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Recoupe {

namespace {

constexpr int GroupRole = Qt::UserRole;
constexpr int PlaceRole = Qt::UserRole + 1; // -1 on a passage's own row

} // namespace

SharedPassagesDialog::SharedPassagesDialog(Dossier *dossier, QWidget *parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Shared Passages"));
    setObjectName(QStringLiteral("sharedPassagesDialog"));
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("sharedPassageList"));
    //: Column headings of View ▸ Shared Passages
    m_list->setHeaderLabels({tr("Passage"), tr("Sources"), tr("Words")});
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(1, fontMetrics().averageCharWidth() * 40);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { open(item); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *compare = buttons->addButton(tr("Co&mpare"), QDialogButtonBox::ActionRole);
    compare->setToolTip(tr("Open two sources of the selected passage side by side, on that passage"));
    QPushButton *findAgain = buttons->addButton(tr("&Find Again"), QDialogButtonBox::ActionRole);
    connect(compare, &QPushButton::clicked, this, [this] { open(m_list->currentItem()); });
    connect(findAgain, &QPushButton::clicked, this, &SharedPassagesDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the list opens the passage; a default button would act on it a second time (or close).
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 32);
    refresh();
}

void SharedPassagesDialog::refresh()
{
    m_list->clear();
    m_pairs.clear();
    m_repeated.clear();
    if (!m_dossier)
        return;
    m_finding = true;
    m_status->setText(tr("Finding the passages the sources share…"));
    // The texts are read here (the dossier's connection belongs to this thread), compared there.
    QHash<qint64, QString> texts;
    QHash<qint64, QString> titles;
    for (const Source &source : m_dossier->sources().list()) {
        texts.insert(source.id, m_dossier->sources().text(source.id));
        titles.insert(source.id, source.title);
    }
    const int run = ++m_run;
    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run, titles] {
        watcher->deleteLater();
        if (run != m_run)
            return;
        const Found found = watcher->result();
        m_pairs = found.pairs;
        m_repeated = found.repeated;
        m_finding = false;
        int place = 0;
        for (int g = 0; g < m_repeated.size(); ++g) {
            const RepeatedPassage &r = m_repeated.at(g);
            QStringList names;
            for (const RepeatedPassage::Place &p : r.places) {
                if (!names.contains(titles.value(p.sourceId)))
                    names.append(titles.value(p.sourceId));
            }
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, r.text);
            item->setToolTip(0, r.text);
            //: In View ▸ Shared Passages: how many sources repeat a passage, then their titles
            item->setText(
                1, tr("%n source(s): %1", "", r.sourceCount()).arg(names.join(QStringLiteral(" · "))));
            item->setToolTip(1, names.join(QLatin1Char('\n')));
            item->setText(2, QString::number(r.words));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setData(0, GroupRole, g);
            item->setData(0, PlaceRole, -1);
            for (int p = 0; p < r.places.size(); ++p, ++place) {
                auto *child = new QTreeWidgetItem(item);
                const QString wording = found.placeTexts.value(place);
                child->setText(0, wording);
                child->setToolTip(0, wording);
                child->setText(1, titles.value(r.places.at(p).sourceId));
                child->setToolTip(1, titles.value(r.places.at(p).sourceId));
                child->setData(0, GroupRole, g);
                child->setData(0, PlaceRole, p);
            }
        }
        m_status->setText(m_repeated.isEmpty()
                ? tr("No passage is repeated across the dossier's sources (8 words or more, 5 with a date or "
                     "a "
                     "figure).")
                : tr("%n passage(s) repeated across sources. Double-click one to compare two of its sources "
                     "on it.",
                    "", int(m_repeated.size())));
        m_list->expandAll(); // each source's own wording is what tells a copy from a rewrite
        if (m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
        Q_EMIT passagesFound();
    });
    watcher->setFuture(QtConcurrent::run([texts] {
        SharedPassageFinder finder;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            finder.addText(it.key(), it.value());
        Found found;
        found.pairs = finder.allPassages();
        found.repeated = SharedPassageFinder::group(found.pairs);
        for (const RepeatedPassage &r : std::as_const(found.repeated)) {
            for (const RepeatedPassage::Place &p : r.places)
                found.placeTexts.append(texts.value(p.sourceId).mid(p.start, p.end - p.start).simplified());
        }
        return found;
    }));
}

QString SharedPassagesDialog::statusText() const
{
    return m_status->text();
}

bool SharedPassagesDialog::pairFor(
    QTreeWidgetItem *item, qint64 *first, qint64 *second, qint64 *focusStart) const
{
    if (!item)
        return false;
    const int g = item->data(0, GroupRole).toInt();
    const int p = item->data(0, PlaceRole).toInt();
    if (g < 0 || g >= m_repeated.size())
        return false;
    const RepeatedPassage &group = m_repeated.at(g);
    // A passage's row: its longest pair. A place's row: that source on the left, beside another.
    const qint64 wanted = p >= 0 ? group.places.value(p).sourceId : 0;
    const qint64 wantedStart = p >= 0 ? group.places.value(p).start : -1;
    const qint64 wantedEnd = p >= 0 ? group.places.value(p).end : -1;
    const SharedPassage *best = nullptr;
    for (const int i : group.pairs) {
        const SharedPassage &pair = m_pairs.at(i);
        const bool inA = pair.sourceA == wanted && pair.startA < wantedEnd && wantedStart < pair.endA;
        const bool inB = pair.sourceB == wanted && pair.startB < wantedEnd && wantedStart < pair.endB;
        if (wanted && !inA && !inB)
            continue;
        if (!best || pair.words > best->words)
            best = &pair;
    }
    if (!best)
        return false;
    if (wanted && best->sourceB == wanted) {
        *first = best->sourceB;
        *second = best->sourceA;
        *focusStart = best->startB;
    } else {
        *first = best->sourceA;
        *second = best->sourceB;
        *focusStart = best->startA;
    }
    return true;
}

void SharedPassagesDialog::open(QTreeWidgetItem *item)
{
    qint64 first = 0, second = 0, focusStart = -1;
    if (pairFor(item, &first, &second, &focusStart))
        Q_EMIT compareRequested(first, second, focusStart);
}

} // namespace Recoupe
