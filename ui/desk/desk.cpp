// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk.h"

#include "comparisonbar.h"
#include "reader.h"
#include "readerpane.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace Recoupe {

namespace {

constexpr double ZoomStep = 1.15;

// One colour per shared passage, the same in both panes, distinct from neighbours.
QColor sharedPassageColor(int index)
{
    static const char *const colors[]
        = {"#1e88e5", "#43a047", "#8e24aa", "#f4511e", "#00897b", "#6d4c41", "#d81b60", "#3949ab"};
    return QColor(QLatin1String(colors[index % int(std::size(colors))]));
}

} // namespace

Desk::Desk(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_comparisonBar(new ComparisonBar(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_comparisonBar);
    layout->addWidget(m_splitter, 1);
    m_comparisonBar->hide();
    connect(m_comparisonBar, &ComparisonBar::nextRequested, this, &Desk::nextSharedPassage);
    connect(m_comparisonBar, &ComparisonBar::previousRequested, this, &Desk::previousSharedPassage);
    connect(m_comparisonBar, &ComparisonBar::closeRequested, this, &Desk::endComparison);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(std::max(4, fontMetrics().height() / 3));
    connect(qApp, &QApplication::focusChanged, this, &Desk::onFocusChanged);
}

Desk::~Desk()
{
    // QWidget's destructor hides the panes and moves the focus: by then this is no longer a Desk.
    disconnect(qApp, &QApplication::focusChanged, this, &Desk::onFocusChanged);
}

void Desk::setDossier(Dossier *dossier)
{
    endComparison();
    clearPanes();
    m_dossier = dossier;
    m_tagFilter.clear();
    m_activeAnnotation = 0;
    if (dossier)
        setCurrentPane(createPane(0));
    Q_EMIT panesChanged();
}

void Desk::clearPanes()
{
    m_current = nullptr;
    while (m_splitter->count() > 0)
        delete m_splitter->widget(0);
}

Dossier *Desk::dossier() const
{
    return m_dossier;
}

ReaderPane *Desk::currentPane() const
{
    return m_current;
}

int Desk::paneCount() const
{
    return m_splitter->count();
}

ReaderPane *Desk::pane(int index) const
{
    return qobject_cast<ReaderPane *>(m_splitter->widget(index));
}

int Desk::indexOf(ReaderPane *pane) const
{
    return pane ? m_splitter->indexOf(pane) : -1;
}

Reader *Desk::currentReader() const
{
    return m_current ? m_current->reader() : nullptr;
}

ReaderPane *Desk::paneShowing(qint64 sourceId) const
{
    if (m_current && m_current->sourceId() == sourceId)
        return m_current;
    for (int i = 0; i < paneCount(); ++i) {
        if (pane(i)->sourceId() == sourceId)
            return pane(i);
    }
    return nullptr;
}

void Desk::setCurrentPane(ReaderPane *pane)
{
    if (pane == m_current)
        return;
    if (m_current)
        m_current->setCurrent(false);
    m_current = pane;
    if (pane)
        pane->setCurrent(true);
    Q_EMIT currentPaneChanged();
    Q_EMIT currentSourceChanged(pane ? pane->sourceId() : 0);
    Q_EMIT selectionChanged();
}

ReaderPane *Desk::createPane(int index)
{
    auto *pane = new ReaderPane(m_dossier, nullptr);
    m_splitter->insertWidget(index, pane);
    pane->setTagFilter(m_tagFilter);
    connect(pane, &ReaderPane::closeRequested, this, [this, pane] { closePane(pane); });
    connect(pane, &ReaderPane::showAllRequested, this, &Desk::clearTagFilter);
    connect(pane, &ReaderPane::sourceOpened, this, [this, pane](qint64 sourceId) {
        // Another source in a compared pane: the passages found no longer apply.
        if (pane == m_comparison.left || pane == m_comparison.right)
            endComparison();
        if (pane == m_current)
            Q_EMIT currentSourceChanged(sourceId);
    });
    connect(pane, &ReaderPane::selectionChanged, this, [this, pane] {
        if (pane != m_current)
            setCurrentPane(pane); // selecting with the mouse in another pane makes it current
        Q_EMIT selectionChanged();
    });
    connect(pane, &ReaderPane::highlightActivated, this, [this, pane](qint64 id) {
        setCurrentPane(pane);
        setActiveAnnotation(id);
        Q_EMIT highlightActivated(id);
    });
    connect(pane, &ReaderPane::entityActivated, this, &Desk::entityActivated);
    connect(pane, &ReaderPane::contextMenuRequested, this, [this, pane](const QPoint &pos) {
        setCurrentPane(pane);
        Q_EMIT contextMenuRequested(pos);
    });
    connect(pane, &ReaderPane::scrolled, this, [this, pane] { onPaneScrolled(pane); });
    return pane;
}

ReaderPane *Desk::addPane()
{
    if (!m_dossier || paneCount() >= MaxPanes)
        return nullptr;
    ReaderPane *pane = createPane(m_current ? indexOf(m_current) + 1 : paneCount());
    equalizeSizes();
    Q_EMIT panesChanged();
    return pane;
}

void Desk::closePane(ReaderPane *pane)
{
    const int index = indexOf(pane);
    if (index < 0)
        return;
    if (paneCount() == 1) {
        pane->closeSource();
        Q_EMIT currentSourceChanged(0);
        Q_EMIT selectionChanged();
        return;
    }
    if (pane == m_comparison.left || pane == m_comparison.right)
        endComparison();
    const bool wasCurrent = pane == m_current;
    if (wasCurrent)
        m_current = nullptr;
    // Later: the request may come from the pane's own close button, still on the stack.
    pane->hide();
    pane->setParent(nullptr);
    pane->deleteLater();
    equalizeSizes();
    if (wasCurrent) {
        ReaderPane *next = this->pane(std::min(index, paneCount() - 1));
        setCurrentPane(next);
        if (next)
            next->setFocus();
    }
    Q_EMIT panesChanged();
}

void Desk::equalizeSizes()
{
    const int count = paneCount();
    if (count == 0)
        return;
    const int total = orientation() == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
    m_splitter->setSizes(QList<int>(count, std::max(1, total / count)));
}

bool Desk::openSource(qint64 sourceId, bool newPane, QString *error)
{
    if (!m_dossier) {
        if (error)
            *error = tr("Open a dossier first.");
        return false;
    }
    ReaderPane *target = nullptr;
    if (newPane && m_current && m_current->sourceId() != 0) {
        target = addPane();
        if (!target) // full desk: reuse the last pane that is not the current one
            target = pane(indexOf(m_current) == paneCount() - 1 ? paneCount() - 2 : paneCount() - 1);
    }
    if (!target)
        target = m_current ? m_current.data() : pane(0);
    if (!target)
        target = createPane(0);
    if (target->sourceId() != sourceId && !target->openSource(sourceId, error))
        return false;
    setCurrentPane(target);
    if (target->reader() && m_activeAnnotation)
        target->reader()->setActiveAnnotation(m_activeAnnotation);
    target->setFocus();
    return true;
}

bool Desk::openPassage(qint64 sourceId, qint64 start, qint64 end, bool newPane)
{
    ReaderPane *target = newPane ? nullptr : paneShowing(sourceId);
    if (target)
        setCurrentPane(target);
    else if (!openSource(sourceId, newPane))
        return false;
    Reader *reader = currentReader();
    if (!reader)
        return false;
    reader->setSelection(start, end);
    reader->revealRange(start, end);
    reader->flashRange(start, end);
    reader->setFocus();
    return true;
}

bool Desk::openEvidence(qint64 sourceId, qint64 start, qint64 end)
{
    ReaderPane *target = paneShowing(sourceId);
    if (target)
        setCurrentPane(target);
    else if (!openSource(sourceId, true))
        return false;
    Reader *reader = currentReader();
    if (!reader)
        return false;
    // A page scaled to fit a narrow pane leaves the text unreadable.
    if (reader->supportsFitModes())
        reader->setZoomMode(Reader::ZoomMode::FitWidth);
    reader->setSelection(start, end);
    reader->revealRange(start, end);
    reader->flashRange(start, end);
    reader->setFocus();
    return true;
}

bool Desk::compare(qint64 first, qint64 second, qint64 focusStart)
{
    if (!m_dossier)
        return false;
    endComparison();
    ReaderPane *left = m_current ? m_current.data() : pane(0);
    if (!left)
        return false;
    int index = indexOf(left);
    if (index == paneCount() - 1) {
        if (paneCount() < MaxPanes) {
            setCurrentPane(left);
            addPane();
        } else {
            left = pane(--index);
        }
    }
    ReaderPane *right = pane(index + 1);
    if ((left->sourceId() != first && !left->openSource(first))
        || (right->sourceId() != second && !right->openSource(second)))
        return false;
    setOrientation(Qt::Horizontal);
    equalizeSizes();
    setCurrentPane(left);
    left->setFocus();

    m_comparison.left = left;
    m_comparison.right = right;
    m_comparison.focusStart = focusStart;
    m_comparisonBar->showFinding();
    m_comparisonBar->show();
    // Two 200-page texts take a few tenths of a second: off the window's thread.
    const QString a = m_dossier->sources().text(first), b = m_dossier->sources().text(second);
    const int run = ++m_comparisonRun;
    auto *watcher = new QFutureWatcher<QVector<SharedPassage>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        if (run == m_comparisonRun && isComparing())
            onSharedPassagesFound(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([a, b] { return SharedPassageFinder::compare(a, b); }));
    Q_EMIT comparisonChanged();
    return true;
}

bool Desk::isComparing() const
{
    return m_comparison.left && m_comparison.right;
}

void Desk::onSharedPassagesFound(const QVector<SharedPassage> &passages)
{
    m_comparison.passages = passages;
    int first = passages.isEmpty() ? -1 : 0;
    for (int i = 0; i < passages.size() && m_comparison.focusStart >= 0; ++i) {
        if (passages.at(i).endA > m_comparison.focusStart) {
            first = i;
            break;
        }
    }
    if (first < 0) {
        m_comparison.current = -1;
        applySharedMarks();
        m_comparisonBar->showPassage(-1, 0, 0, 0);
        Q_EMIT comparisonChanged();
        return;
    }
    showSharedPassage(first);
}

void Desk::applySharedMarks()
{
    // A click on a passage in either pane makes it the current one, the other pane brought to it.
    for (ReaderPane *pane : {m_comparison.left.data(), m_comparison.right.data()}) {
        if (pane && pane->reader())
            connect(pane->reader(), &Reader::sharedPassageActivated, this, &Desk::showSharedPassage,
                Qt::UniqueConnection);
    }
    QVector<SharedMark> left, right;
    for (int i = 0; i < m_comparison.passages.size(); ++i) {
        const SharedPassage &p = m_comparison.passages.at(i);
        left.append({p.startA, p.endA, sharedPassageColor(i)});
        right.append({p.startB, p.endB, sharedPassageColor(i)});
    }
    if (m_comparison.left && m_comparison.left->reader())
        m_comparison.left->reader()->setSharedPassages(left, m_comparison.current);
    if (m_comparison.right && m_comparison.right->reader())
        m_comparison.right->reader()->setSharedPassages(right, m_comparison.current);
}

void Desk::showSharedPassage(int index)
{
    if (!isComparing() || index < 0 || index >= m_comparison.passages.size())
        return;
    m_comparison.current = index;
    applySharedMarks();
    const SharedPassage &p = m_comparison.passages.at(index);
    // Each pane on its own side of the passage: positional syncing would undo one of them.
    const bool syncing = m_syncing;
    m_syncing = true;
    if (Reader *reader = m_comparison.left->reader())
        reader->revealRange(p.startA, p.endA);
    if (Reader *reader = m_comparison.right->reader())
        reader->revealRange(p.startB, p.endB);
    m_syncing = syncing;
    m_comparisonBar->showPassage(index, int(m_comparison.passages.size()), p.words, p.similarity);
    Q_EMIT comparisonChanged();
}

void Desk::nextSharedPassage()
{
    const int count = int(m_comparison.passages.size());
    if (count > 0)
        showSharedPassage((m_comparison.current + 1) % count);
}

void Desk::previousSharedPassage()
{
    const int count = int(m_comparison.passages.size());
    if (count > 0)
        showSharedPassage((m_comparison.current - 1 + count) % count);
}

void Desk::endComparison()
{
    const bool was = isComparing() || m_comparisonBar->isVisibleTo(this);
    ++m_comparisonRun;
    for (ReaderPane *pane : {m_comparison.left.data(), m_comparison.right.data()}) {
        if (pane && pane->reader())
            pane->reader()->setSharedPassages({}, -1);
    }
    m_comparison = Comparison {};
    m_comparisonBar->hide();
    if (was)
        Q_EMIT comparisonChanged();
}

void Desk::setActiveAnnotation(qint64 annotationId)
{
    m_activeAnnotation = annotationId;
    for (int i = 0; i < paneCount(); ++i) {
        if (Reader *reader = pane(i)->reader())
            reader->setActiveAnnotation(annotationId);
    }
}

Qt::Orientation Desk::orientation() const
{
    return m_splitter->orientation();
}

void Desk::setOrientation(Qt::Orientation orientation)
{
    if (orientation == m_splitter->orientation())
        return;
    m_splitter->setOrientation(orientation);
    equalizeSizes();
}

void Desk::setSyncScrolling(bool on)
{
    m_syncScrolling = on;
    if (on && m_current)
        onPaneScrolled(m_current);
}

void Desk::onPaneScrolled(ReaderPane *source)
{
    if (!m_syncScrolling || m_syncing || !source->reader())
        return;
    // The same share of each source: articles of different lengths stay roughly in step.
    m_syncing = true;
    const double fraction = source->reader()->scrollFraction();
    for (int i = 0; i < paneCount(); ++i) {
        ReaderPane *other = pane(i);
        if (other != source && other->reader())
            other->reader()->setScrollFraction(fraction);
    }
    m_syncing = false;
}

void Desk::setTagFilter(const QVector<qint64> &tagIds)
{
    m_tagFilter = tagIds;
    for (int i = 0; i < paneCount(); ++i)
        pane(i)->setTagFilter(tagIds);
}

void Desk::clearTagFilter()
{
    if (m_tagFilter.isEmpty())
        return;
    setTagFilter({});
    Q_EMIT tagFilterCleared();
}

Desk::Selection Desk::currentSelection() const
{
    Selection selection;
    Reader *reader = currentReader();
    if (!reader || !reader->hasSelection())
        return selection;
    selection.sourceId = reader->sourceId();
    std::tie(selection.start, selection.end) = reader->selection();
    selection.text = reader->selectedText();
    return selection;
}

void Desk::zoomIn()
{
    if (Reader *reader = currentReader())
        reader->setZoom(reader->zoom() * ZoomStep);
}

void Desk::zoomOut()
{
    if (Reader *reader = currentReader())
        reader->setZoom(reader->zoom() / ZoomStep);
}

void Desk::resetZoom()
{
    if (Reader *reader = currentReader())
        reader->setZoom(1.0);
}

void Desk::fitWidth()
{
    if (Reader *reader = currentReader())
        reader->setZoomMode(Reader::ZoomMode::FitWidth);
}

void Desk::fitPage()
{
    if (Reader *reader = currentReader())
        reader->setZoomMode(Reader::ZoomMode::FitPage);
}

void Desk::onFocusChanged(QWidget *, QWidget *now)
{
    for (QWidget *w = now; w; w = w->parentWidget()) {
        if (auto *pane = qobject_cast<ReaderPane *>(w)) {
            if (indexOf(pane) >= 0)
                setCurrentPane(pane);
            return;
        }
        if (w == this)
            return;
    }
}

void Desk::saveSession(QSettings &settings) const
{
    settings.setValue(QStringLiteral("orientation"), orientation() == Qt::Horizontal ? 0 : 1);
    settings.setValue(QStringLiteral("syncScrolling"), m_syncScrolling);
    settings.setValue(QStringLiteral("current"), indexOf(m_current));
    QVariantList sizes;
    for (int size : m_splitter->sizes())
        sizes.append(size);
    settings.setValue(QStringLiteral("sizes"), sizes);
    settings.beginWriteArray(QStringLiteral("panes"), paneCount());
    for (int i = 0; i < paneCount(); ++i) {
        settings.setArrayIndex(i);
        ReaderPane *p = pane(i);
        Reader *reader = p->reader();
        settings.setValue(QStringLiteral("source"), p->sourceId());
        settings.setValue(QStringLiteral("position"), reader ? reader->topOffset() : 0);
        settings.setValue(QStringLiteral("zoom"), reader ? reader->zoom() : 1.0);
        settings.setValue(QStringLiteral("zoomMode"), reader ? int(reader->zoomMode()) : 0);
    }
    settings.endArray();
}

void Desk::restoreSession(QSettings &settings)
{
    if (!m_dossier)
        return;
    clearPanes();
    setOrientation(
        settings.value(QStringLiteral("orientation")).toInt() == 1 ? Qt::Vertical : Qt::Horizontal);
    const int count = std::clamp(settings.beginReadArray(QStringLiteral("panes")), 0, int(MaxPanes));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ReaderPane *p = createPane(paneCount());
        const qint64 sourceId = settings.value(QStringLiteral("source")).toLongLong();
        // A source removed since is skipped: the pane stays, empty.
        if (sourceId && p->openSource(sourceId) && p->reader()) {
            Reader *reader = p->reader();
            const auto mode = Reader::ZoomMode(settings.value(QStringLiteral("zoomMode")).toInt());
            if (mode != Reader::ZoomMode::Free && reader->supportsFitModes())
                reader->setZoomMode(mode);
            else
                reader->setZoom(settings.value(QStringLiteral("zoom"), 1.0).toDouble());
            reader->scrollToOffset(settings.value(QStringLiteral("position")).toLongLong());
        }
    }
    settings.endArray();
    if (paneCount() == 0)
        createPane(0);
    QList<int> sizes;
    for (const QVariant &size : settings.value(QStringLiteral("sizes")).toList())
        sizes.append(size.toInt());
    if (sizes.size() == paneCount())
        m_splitter->setSizes(sizes);
    else
        equalizeSizes();
    m_syncScrolling = settings.value(QStringLiteral("syncScrolling"), false).toBool();
    const int current = std::clamp(settings.value(QStringLiteral("current"), 0).toInt(), 0, paneCount() - 1);
    m_current = nullptr;
    setCurrentPane(pane(current));
    Q_EMIT panesChanged();
}

} // namespace Recoupe
