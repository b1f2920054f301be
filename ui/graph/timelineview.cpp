// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "entities/evidencedates.h"
#include "entities/relationshipdates.h"
#include "entitystyle.h"
#include "evidencelist.h"
#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Recoupe {

namespace {

constexpr int MarginDays = 90; // before the first date and after the last
constexpr int UndatedStartDays = 365; // how far back an undated start fades in
constexpr double MinPixelsPerDay = 0.005;
constexpr double MaxPixelsPerDay = 40;
constexpr int MaxEventsPerRelationship = 6;
constexpr int MaxRelationshipsForEvents = 400; // reading evidence text costs; beyond, spans only

int laneHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 10;
}

int axisHeight(const QFontMetrics &metrics)
{
    return metrics.height() * 2 + 10;
}

QColor faded(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

TimelineView::TimelineView(Dossier *dossier, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("TimelineView"));
    setAccessibleName(tr("Timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(80);
    connect(m_reloadTimer, &QTimer::timeout, this, &TimelineView::reload);
    setDossier(dossier);
}

TimelineView::~TimelineView() = default;

Dossier *TimelineView::dossier() const
{
    return m_dossier;
}

void TimelineView::setDossier(Dossier *dossier)
{
    if (m_dossier == dossier && dossier)
        return;
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    m_fitted = false;
    if (m_dossier) {
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
        for (auto signal : {&Dossier::entityAdded, &Dossier::entityRemoved, &Dossier::entityChanged,
                 &Dossier::relationshipAdded, &Dossier::relationshipRemoved, &Dossier::relationshipChanged,
                 &Dossier::claimAdded, &Dossier::claimRemoved, &Dossier::claimChanged})
            connect(m_dossier, signal, this, &TimelineView::scheduleReload);
        connect(m_dossier, &Dossier::sourceChanged, this, &TimelineView::scheduleReload);
    }
    reload();
}

void TimelineView::scheduleReload()
{
    m_reloadTimer->start();
}

void TimelineView::reload()
{
    m_reloadTimer->stop();
    m_items.clear();
    m_bands.clear();
    m_selected = -1;
    m_first = m_last = QDate();
    if (!m_dossier) {
        layoutBands();
        viewport()->update();
        return;
    }
    QHash<qint64, Entity> entities;
    for (const Entity &e : m_dossier->entities().all())
        entities.insert(e.id, e);
    auto nameOf = [&entities](qint64 id) {
        return entities.value(id).name;
    };

    RelationshipDates dates(*m_dossier);
    QSet<qint64> conflicting;
    for (const DateConflict &conflict : dates.conflicts()) {
        for (const DateStatement &s : conflict.statements)
            conflicting.insert(s.relationshipId);
    }
    const QVector<Relationship> relationships = m_dossier->relationships().all();
    for (const Relationship &r : relationships) {
        if (r.start.isNull() && r.end.isNull())
            continue;
        Item item;
        item.kind = Kind::Relationship;
        item.id = r.id;
        item.entityId = r.fromId;
        item.start = r.start;
        item.end = r.end;
        //: A span on the timeline: %1 the relationship ("Employment: architect"), %2 the other entity
        item.text = tr("%1 → %2").arg(EntityStyle::relationshipText(r.type, r.label, r.role), nameOf(r.toId));
        //: Tooltip of a span: %1 first entity, %2 relationship, %3 second entity, %4 dates
        item.detail = tr("%1 — %2 — %3\n%4")
                          .arg(nameOf(r.fromId), EntityStyle::relationshipText(r.type, r.label, r.role),
                              nameOf(r.toId), EntityStyle::dateSpan(r.start, r.end));
        item.color = EntityStyle::color(entities.value(r.toId).type);
        item.evidenceIds = r.evidenceIds;
        item.conflict = conflicting.contains(r.id);
        if (item.conflict) {
            QStringList sentences;
            for (const DateConflict &c : dates.conflictsFor(r.id))
                sentences.append(dates.describe(c));
            item.detail += QStringLiteral("\n\n") + sentences.join(QLatin1Char('\n'));
        }
        m_items.append(item);
    }
    // Dates the evidence gives that are neither start nor end: the events of the story.
    if (relationships.size() <= MaxRelationshipsForEvents) {
        for (const Relationship &r : relationships) {
            if (r.evidenceIds.isEmpty())
                continue;
            int added = 0;
            QVector<PartialDate> seen = {r.start, r.end};
            for (const EvidenceDate &d : dates.suggest(r.id)) {
                if (d.mention.role != DateMention::Role::Point || seen.contains(d.mention.date))
                    continue;
                seen.append(d.mention.date);
                Item item;
                item.kind = Kind::Event;
                item.id = r.id;
                item.entityId = r.fromId;
                item.start = d.mention.date;
                //: An event on the timeline: %1 the date as written, %2 the other entity
                item.text = tr("“%1” (%2)").arg(d.mention.text.simplified(), nameOf(r.toId));
                item.detail
                    = tr("%1 — %2 — %3\nDate read from the evidence: “%4”")
                          .arg(nameOf(r.fromId), EntityStyle::relationshipText(r.type, r.label, r.role),
                              nameOf(r.toId), d.mention.text.simplified());
                item.color = QColor(0x55, 0x55, 0x55);
                item.evidenceIds = {d.annotationId};
                m_items.append(item);
                if (++added >= MaxEventsPerRelationship)
                    break;
            }
        }
    }
    // Claims dated by their own words, else by their evidence read with the source's date.
    for (const Claim &claim : m_dossier->claims().all()) {
        PartialDate date;
        const QVector<DateMention> own = EvidenceDates::find(claim.text);
        if (!own.isEmpty())
            date = own.first().date;
        for (int i = 0; date.isNull() && i < claim.evidenceIds.size(); ++i) {
            const auto annotation = m_dossier->annotations().get(claim.evidenceIds.at(i));
            if (!annotation)
                continue;
            const auto source = m_dossier->sources().get(annotation->anchor.sourceId);
            const PartialDate published = source ? PartialDate::fromIso(source->published) : PartialDate();
            const QVector<DateMention> found = EvidenceDates::find(annotation->anchor.exact,
                published.precision() == PartialDate::Precision::Day ? published.earliest() : QDate());
            if (!found.isEmpty())
                date = found.first().date;
        }
        if (date.isNull())
            continue;
        Item item;
        item.kind = Kind::Claim;
        item.id = claim.id;
        item.entityId = !claim.subjectIds.isEmpty() ? claim.subjectIds.first() : claim.speakerId;
        item.start = date;
        item.text = EvidenceList::shortQuote(claim.text, 70);
        //: Tooltip of a claim on the timeline: %1 the claim, %2 its date
        item.detail = tr("Claim: %1\n%2").arg(claim.text, EntityStyle::dateText(date));
        item.color = QColor(0x6a, 0x3d, 0x9a);
        item.evidenceIds = claim.evidenceIds;
        m_items.append(item);
    }

    // Bands: one per entity with something dated, people first, then by name.
    QVector<qint64> bandIds;
    for (const Item &item : std::as_const(m_items)) {
        if (!bandIds.contains(item.entityId))
            bandIds.append(item.entityId);
        for (const PartialDate &d : {item.start, item.end}) {
            if (d.isNull())
                continue;
            if (!m_first.isValid() || d.earliest() < m_first)
                m_first = d.earliest();
            if (!m_last.isValid() || d.latest() > m_last)
                m_last = d.latest();
        }
    }
    for (qint64 id : std::as_const(bandIds)) {
        Band band;
        band.entityId = id;
        band.name = id ? nameOf(id) : tr("Claims about no one in particular");
        band.type = entities.value(id).type;
        m_bands.append(band);
    }
    std::sort(m_bands.begin(), m_bands.end(), [](const Band &a, const Band &b) {
        const bool personA = a.type == QLatin1String("Person");
        const bool personB = b.type == QLatin1String("Person");
        if (personA != personB)
            return personA;
        if ((a.entityId == 0) != (b.entityId == 0))
            return b.entityId == 0;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    // An open end runs to today.
    const bool open = std::any_of(m_items.cbegin(), m_items.cend(),
        [](const Item &i) { return i.kind == Kind::Relationship && i.end.isNull(); });
    if (open && m_last.isValid())
        m_last = std::max(m_last, QDate::currentDate());
    if (!m_fitted && m_first.isValid()) {
        m_fitted = true;
        fitAll();
    } else {
        layoutBands();
    }
    viewport()->update();
}

int TimelineView::labelWidth() const
{
    int widest = 0;
    for (const Band &band : m_bands)
        widest = std::max(widest, fontMetrics().horizontalAdvance(band.name));
    return std::clamp(widest + 30, 120, 240);
}

double TimelineView::contentX(const QDate &date) const
{
    if (!m_first.isValid() || !date.isValid())
        return 0;
    return m_first.addDays(-MarginDays).daysTo(date) * m_pixelsPerDay;
}

double TimelineView::xOf(const QDate &date) const
{
    return labelWidth() + contentX(date) - horizontalScrollBar()->value();
}

QDate TimelineView::dateAt(double x) const
{
    if (!m_first.isValid())
        return QDate();
    const double content = x - labelWidth() + horizontalScrollBar()->value();
    return m_first.addDays(-MarginDays).addDays(qint64(std::floor(content / m_pixelsPerDay)));
}

QRectF TimelineView::contentRect(const Item &item) const
{
    const QFontMetrics metrics(font());
    double x0 = 0;
    double x1 = 0;
    if (item.kind == Kind::Relationship) {
        const QDate today = QDate::currentDate();
        if (!item.start.isNull())
            x0 = contentX(item.start.earliest());
        if (!item.end.isNull())
            x1 = contentX(item.end.latest().addDays(1));
        else
            x1 = std::max(contentX(today), x0 + 4);
        if (item.start.isNull())
            x0 = x1 - UndatedStartDays * m_pixelsPerDay;
        x1 = std::max(x1, x0 + 4);
    } else {
        x0 = contentX(item.start.earliest()) - 5;
        x1 = std::max(contentX(item.start.latest().addDays(1)) + 5, x0 + 10);
    }
    return QRectF(x0, 0, x1 - x0, metrics.height() + 4);
}

void TimelineView::layoutBands()
{
    const QFontMetrics metrics(font());
    const int lane = laneHeight(metrics);
    int top = 0;
    for (Band &band : m_bands) {
        // Greedy lanes: each item goes to the first lane where it (and its label) fits.
        QVector<int> order;
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).entityId == band.entityId)
                order.append(i);
        }
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            return contentRect(m_items.at(a)).left() < contentRect(m_items.at(b)).left();
        });
        QVector<double> laneEnds;
        for (int i : std::as_const(order)) {
            const QRectF rect = contentRect(m_items.at(i));
            const double textWidth = metrics.horizontalAdvance(m_items.at(i).text) + 12;
            const double right = rect.width() >= textWidth ? rect.right() : rect.right() + textWidth;
            int chosen = -1;
            for (int l = 0; l < laneEnds.size(); ++l) {
                if (laneEnds.at(l) + 8 <= rect.left()) {
                    chosen = l;
                    break;
                }
            }
            if (chosen < 0) {
                chosen = int(laneEnds.size());
                laneEnds.append(0);
            }
            laneEnds[chosen] = right;
            m_items[i].lane = chosen;
        }
        band.lanes = std::max(1, int(laneEnds.size()));
        band.top = top;
        top += band.lanes * lane + 8;
    }
    m_contentHeight = top;
    updateScrollBars();
}

void TimelineView::updateScrollBars()
{
    const QFontMetrics metrics(font());
    const double width = m_first.isValid()
        ? m_first.addDays(-MarginDays).daysTo(m_last.addDays(MarginDays)) * m_pixelsPerDay
        : 0;
    const int visibleWidth = std::max(0, viewport()->width() - labelWidth());
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(width)) - visibleWidth));
    horizontalScrollBar()->setPageStep(visibleWidth);
    horizontalScrollBar()->setSingleStep(20);
    const int visibleHeight = std::max(0, viewport()->height() - axisHeight(metrics));
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - visibleHeight));
    verticalScrollBar()->setPageStep(visibleHeight);
    verticalScrollBar()->setSingleStep(laneHeight(metrics));
}

int TimelineView::spanCount() const
{
    return int(std::count_if(
        m_items.cbegin(), m_items.cend(), [](const Item &i) { return i.kind == Kind::Relationship; }));
}

QRectF TimelineView::itemRect(int index) const
{
    if (index < 0 || index >= m_items.size())
        return QRectF();
    const Item &item = m_items.at(index);
    const auto band = std::find_if(
        m_bands.cbegin(), m_bands.cend(), [&item](const Band &b) { return b.entityId == item.entityId; });
    if (band == m_bands.cend())
        return QRectF();
    const QFontMetrics metrics(font());
    QRectF rect = contentRect(item);
    const double y = axisHeight(metrics) + band->top + item.lane * laneHeight(metrics) + 5
        - verticalScrollBar()->value();
    rect.moveTop(y);
    rect.translate(labelWidth() - horizontalScrollBar()->value(), 0);
    return rect;
}

int TimelineView::itemAt(const QPoint &pos) const
{
    if (pos.x() < labelWidth() || pos.y() < axisHeight(QFontMetrics(font())))
        return -1;
    // Marks before spans: they are small and drawn on top.
    for (Kind kind : {Kind::Claim, Kind::Event, Kind::Relationship}) {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).kind == kind && itemRect(i).adjusted(-2, -2, 2, 2).contains(pos))
                return i;
        }
    }
    return -1;
}

void TimelineView::activateItem(int index)
{
    if (index < 0 || index >= m_items.size() || !m_dossier)
        return;
    m_selected = index;
    viewport()->update();
    const Item &item = m_items.at(index);
    if (item.kind == Kind::Claim)
        Q_EMIT claimActivated(item.id);
    else
        Q_EMIT relationshipActivated(item.id);
    QVector<Anchor> anchors;
    for (qint64 id : item.evidenceIds) {
        if (const auto annotation = m_dossier->annotations().get(id))
            anchors.append(annotation->anchor);
        if (anchors.size() == 2)
            break;
    }
    if (anchors.isEmpty()) {
        Q_EMIT message(tr("No passage backs this yet."));
        return;
    }
    for (int i = 0; i < anchors.size(); ++i)
        Q_EMIT passageRequested(anchors.at(i).sourceId, anchors.at(i).start, anchors.at(i).end, i > 0);
}

void TimelineView::zoomAround(double factor, double viewportX)
{
    if (!m_first.isValid())
        return;
    const double target = std::clamp(m_pixelsPerDay * factor, MinPixelsPerDay, MaxPixelsPerDay);
    const double contentBefore = viewportX - labelWidth() + horizontalScrollBar()->value();
    const double days = contentBefore / m_pixelsPerDay;
    m_pixelsPerDay = target;
    layoutBands();
    horizontalScrollBar()->setValue(int(std::round(days * m_pixelsPerDay - (viewportX - labelWidth()))));
    viewport()->update();
}

void TimelineView::zoomIn()
{
    zoomAround(1.5, labelWidth() + (viewport()->width() - labelWidth()) / 2.0);
}

void TimelineView::zoomOut()
{
    zoomAround(1 / 1.5, labelWidth() + (viewport()->width() - labelWidth()) / 2.0);
}

void TimelineView::fitAll()
{
    if (!m_first.isValid()) {
        layoutBands();
        return;
    }
    const double days = m_first.addDays(-MarginDays).daysTo(m_last.addDays(MarginDays));
    const int available = viewport()->width() - labelWidth() - 4;
    // The latest items write their text to the right of their span: leave room for it.
    const QFontMetrics metrics(font());
    int textRoom = 0;
    for (const Item &item : std::as_const(m_items))
        textRoom = std::max(textRoom, metrics.horizontalAdvance(item.text) + 16);
    textRoom = std::min(textRoom, int(available * 0.5));
    const int width = std::max(200, available - textRoom);
    m_pixelsPerDay = std::clamp(width / std::max(1.0, days), MinPixelsPerDay, MaxPixelsPerDay);
    layoutBands();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitted && horizontalScrollBar()->maximum() == 0)
        fitAll();
    else
        updateScrollBars();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAround(std::pow(1.0015, event->angleDelta().y()), event->position().x());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int index = itemAt(event->pos());
    if (index >= 0)
        activateItem(index);
    else if (m_selected >= 0) {
        m_selected = -1;
        viewport()->update();
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    viewport()->setCursor(itemAt(event->pos()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    const int count = int(m_items.size());
    if (count && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        m_selected
            = event->key() == Qt::Key_Down ? (m_selected + 1) % count : (m_selected + count - 1) % count;
        viewport()->update();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selected >= 0) {
        activateItem(m_selected);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = itemAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_items.at(index).detail, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::drawAxis(QPainter &painter, const QRect &area)
{
    const QFontMetrics metrics(font());
    const QPalette pal = palette();
    painter.fillRect(area, pal.color(QPalette::Window));
    if (!m_first.isValid())
        return;
    const QDate from = dateAt(area.left() + labelWidth());
    const QDate to = dateAt(area.right());
    const QLocale locale;
    // Ticks far enough apart for their labels.
    const double yearWidth = 365.25 * m_pixelsPerDay;
    QVector<QDate> ticks;
    QString format;
    if (yearWidth >= 60 * 12) {
        // Months, with their names.
        int step = m_pixelsPerDay * 30 >= 70 ? 1 : 3;
        if (m_pixelsPerDay * 30 * step < 70)
            step = 6;
        for (QDate d(from.year(), 1, 1); d <= to; d = d.addMonths(step)) {
            if (d >= from.addMonths(-step))
                ticks.append(d);
        }
        format = QStringLiteral("MMM yyyy");
    } else {
        int step = 1;
        for (int candidate : {1, 2, 5, 10, 20, 50, 100}) {
            step = candidate;
            if (yearWidth * candidate >= 60)
                break;
        }
        for (int year = from.year() - from.year() % step; year <= to.year(); year += step)
            ticks.append(QDate(year, 1, 1));
        format = QStringLiteral("yyyy");
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(area.left(), area.bottom(), area.right(), area.bottom());
    for (const QDate &tick : std::as_const(ticks)) {
        const double x = xOf(tick);
        if (x < labelWidth() - 1 || x > area.right())
            continue;
        painter.setPen(pal.color(QPalette::Dark));
        painter.drawLine(QPointF(x, area.bottom() - 8), QPointF(x, area.bottom()));
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRectF(x + 3, area.top() + 4, 200, metrics.height()), Qt::AlignLeft | Qt::AlignTop,
            locale.toString(tick, format));
    }
    // Today, for open-ended relationships.
    const double today = xOf(QDate::currentDate());
    if (today > labelWidth() && today < area.right()) {
        painter.setPen(QColor(0xc0, 0x39, 0x2b));
        //: Marks the current date on the timeline's axis
        painter.drawText(QRectF(today + 3, area.top() + 4 + metrics.height(), 200, metrics.height()),
            Qt::AlignLeft | Qt::AlignTop, tr("today"));
    }
}

void TimelineView::drawItem(QPainter &painter, const Item &item, const QRectF &rect, bool selected)
{
    const QFontMetrics metrics(font());
    const QColor solid = faded(item.color, 220);
    const QColor light = faded(item.color, 60);
    QRectF textArea;
    if (item.kind == Kind::Relationship) {
        // Solid where the relationship certainly held; faded over what a partial date leaves open.
        double solidLeft = rect.left();
        double solidRight = rect.right();
        if (item.start.isNull()) {
            solidLeft = rect.right() - std::min(rect.width(), 6.0);
            QLinearGradient fade(rect.topLeft(), QPointF(solidLeft, rect.top()));
            fade.setColorAt(0, faded(item.color, 0));
            fade.setColorAt(1, light);
            painter.fillRect(QRectF(rect.left(), rect.top(), solidLeft - rect.left(), rect.height()), fade);
        } else if (item.start.precision() != PartialDate::Precision::Day) {
            solidLeft = xOf(item.start.latest().addDays(1));
            painter.fillRect(QRectF(rect.left(), rect.top(), solidLeft - rect.left(), rect.height()), light);
        }
        if (!item.end.isNull() && item.end.precision() != PartialDate::Precision::Day) {
            solidRight = xOf(item.end.earliest());
            painter.fillRect(QRectF(solidRight, rect.top(), rect.right() - solidRight, rect.height()), light);
        }
        if (solidRight > solidLeft)
            painter.fillRect(QRectF(solidLeft, rect.top(), solidRight - solidLeft, rect.height()), solid);
        if (item.end.isNull()) {
            // Still holds: an arrow head past today.
            painter.setPen(Qt::NoPen);
            painter.setBrush(solid);
            const double x = rect.right();
            painter.drawPolygon(QPolygonF({QPointF(x, rect.top() - 2), QPointF(x + 7, rect.center().y()),
                QPointF(x, rect.bottom() + 2)}));
        }
        if (item.conflict) {
            painter.setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect.adjusted(-1, -1, 1, 1));
        }
        const double textWidth = metrics.horizontalAdvance(item.text) + 12;
        textArea = rect.width() >= textWidth
            ? rect.adjusted(6, 0, -6, 0)
            : QRectF(rect.right() + 10, rect.top(), textWidth, rect.height());
        painter.setPen(rect.width() >= textWidth ? QColor(Qt::white) : palette().color(QPalette::Text));
    } else {
        // A mark at its date; a partial date shows the month or year it may be in.
        const QRectF range(rect.left() + 5, rect.top() + 2, rect.width() - 10, rect.height() - 4);
        if (range.width() > 3)
            painter.fillRect(range, light);
        const QPointF centre(rect.center().x(), rect.center().y());
        painter.setPen(QPen(item.color.darker(130), 1));
        painter.setBrush(item.color);
        if (item.kind == Kind::Claim) {
            painter.drawPolygon(QPolygonF({centre + QPointF(0, -6), centre + QPointF(6, 0),
                centre + QPointF(0, 6), centre + QPointF(-6, 0)}));
        } else {
            painter.drawEllipse(centre, 4, 4);
        }
        textArea
            = QRectF(rect.right() + 4, rect.top(), metrics.horizontalAdvance(item.text) + 12, rect.height());
        painter.setPen(palette().color(QPalette::Text));
    }
    // Text past the right edge ends with an ellipsis rather than being cut (the tooltip has it).
    const double rightEdge = viewport()->width() - 4;
    if (textArea.right() > rightEdge)
        textArea.setRight(std::max(textArea.left(), rightEdge));
    painter.drawText(textArea, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(item.text, Qt::ElideRight, int(textArea.width())));
    if (selected) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(-3, -3, 3, 3));
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    const QPalette pal = palette();
    const int axis = axisHeight(metrics);
    const int labels = labelWidth();
    const QRect all = viewport()->rect();
    if (m_items.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(all.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
            m_dossier ? tr("Nothing dated yet: give relationships a start or an end date (Edit Relationship "
                           "suggests the dates their evidence mentions).")
                      : tr("No dossier is open."));
        return;
    }
    // Bands, alternating, with year lines behind the items.
    const int scroll = verticalScrollBar()->value();
    const int lane = laneHeight(metrics);
    painter.save();
    painter.setClipRect(QRect(0, axis, all.width(), all.height() - axis));
    for (int b = 0; b < m_bands.size(); ++b) {
        const Band &band = m_bands.at(b);
        const QRect row(0, axis + band.top - scroll, all.width(), band.lanes * lane + 8);
        if (row.bottom() < axis || row.top() > all.bottom())
            continue;
        painter.fillRect(row, b % 2 ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
    }
    for (QDate year(dateAt(labels).year(), 1, 1); year <= dateAt(all.right()); year = year.addYears(1)) {
        const double x = xOf(year);
        if (x >= labels) {
            painter.setPen(faded(pal.color(QPalette::Mid), 90));
            painter.drawLine(QPointF(x, axis), QPointF(x, all.bottom()));
        }
    }
    const double today = xOf(QDate::currentDate());
    if (today >= labels) {
        painter.setPen(QPen(QColor(0xc0, 0x39, 0x2b, 120), 1, Qt::DashLine));
        painter.drawLine(QPointF(today, axis), QPointF(today, all.bottom()));
    }
    painter.setClipRect(QRect(labels, axis, all.width() - labels, all.height() - axis));
    for (int i = 0; i < m_items.size(); ++i) {
        const QRectF rect = itemRect(i);
        if (rect.bottom() < axis || rect.top() > all.bottom())
            continue;
        drawItem(painter, m_items.at(i), rect, i == m_selected);
    }
    painter.restore();

    // The names column and the axis stay in place while the rest scrolls.
    painter.fillRect(QRect(0, axis, labels, all.height() - axis), pal.color(QPalette::Window));
    for (const Band &band : std::as_const(m_bands)) {
        const QRect row(0, axis + band.top - scroll, labels, band.lanes * lane + 8);
        if (row.bottom() < axis || row.top() > all.bottom())
            continue;
        painter.save();
        painter.setClipRect(QRect(0, axis, labels, all.height() - axis));
        if (band.entityId) {
            painter.setPen(QPen(EntityStyle::color(band.type).darker(140), 1));
            painter.setBrush(EntityStyle::color(band.type));
            painter.translate(12, row.top() + lane / 2.0 + 2);
            painter.drawPath(EntityStyle::shape(band.type, 10));
            painter.translate(-12, -(row.top() + lane / 2.0 + 2));
        }
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(22, row.top() + 2, labels - 26, lane), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(band.name, Qt::ElideRight, labels - 26));
        painter.restore();
    }
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(labels - 1, axis, labels - 1, all.bottom());
    drawAxis(painter, QRect(0, 0, all.width(), axis));
    painter.fillRect(QRect(0, 0, labels, axis), pal.color(QPalette::Window));
}

} // namespace Recoupe
