// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfview.h"

#include "anchoring/pdfquads.h"
#include "highlightset.h"
#include "pdfrenderer.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Recoupe {

namespace {

// Space around and between pages, in logical pixels (Qt scales them on high-DPI screens).
constexpr double PageGap = 12.0;

double distanceTo(const QRectF &rect, const QPointF &point)
{
    const double dx = std::max({rect.left() - point.x(), 0.0, point.x() - rect.right()});
    const double dy = std::max({rect.top() - point.y(), 0.0, point.y() - rect.bottom()});
    // Being on the same line matters more than being close sideways.
    return dx + 4 * dy;
}

} // namespace

PdfView::PdfView(
    const HighlightSet *highlights, const QVector<PdfPage> *pages, PdfRenderer *renderer, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_highlights(highlights)
    , m_pages(pages)
    , m_renderer(renderer)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(true);
    QPalette pal = viewport()->palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Mid));
    viewport()->setPalette(pal);
    viewport()->setBackgroundRole(QPalette::Window);
    viewport()->setCursor(Qt::IBeamCursor);

    int flat = 0;
    for (const PdfPage &page : *m_pages) {
        m_wordsBefore.append(flat);
        flat += int(page.words.size());
    }
    m_wordsBefore.append(flat);

    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(1600);
    connect(&m_flashTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    connect(m_renderer, &PdfRenderer::pageRendered, this, [this](int page) {
        const auto [first, last] = visiblePages();
        if (page >= first && page <= last)
            viewport()->update();
    });
    relayout();
}

void PdfView::setScale(double scale)
{
    if (scale <= 0 || qFuzzyCompare(scale, m_scale))
        return;
    // Keep the point at the top of the view where it is.
    const double fraction = m_documentHeight > 0 ? verticalScrollBar()->value() / m_documentHeight : 0;
    m_scale = scale;
    relayout();
    verticalScrollBar()->setValue(int(std::round(fraction * m_documentHeight)));
    viewport()->update();
}

double PdfView::fitWidthScale() const
{
    double widest = 0;
    for (const PdfPage &page : *m_pages)
        widest = std::max(widest, page.width);
    const double available = viewport()->width() - 2 * PageGap;
    return widest > 0 && available > 0 ? available / widest : 1.0;
}

double PdfView::fitPageScale() const
{
    double tallest = 0;
    for (const PdfPage &page : *m_pages)
        tallest = std::max(tallest, page.height);
    const double available = viewport()->height() - 2 * PageGap;
    const double byHeight = tallest > 0 && available > 0 ? available / tallest : 1.0;
    return std::min(fitWidthScale(), byHeight);
}

void PdfView::relayout()
{
    m_pageTops.resize(m_pages->size());
    double y = PageGap;
    double widest = 0;
    for (int i = 0; i < m_pages->size(); ++i) {
        m_pageTops[i] = y;
        y += m_pages->at(i).height * m_scale + PageGap;
        widest = std::max(widest, m_pages->at(i).width * m_scale);
    }
    m_documentHeight = y;
    m_documentWidth = widest + 2 * PageGap;
    updateScrollBars();
}

void PdfView::updateScrollBars()
{
    const QSize size = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_documentHeight)) - size.height()));
    verticalScrollBar()->setPageStep(size.height());
    verticalScrollBar()->setSingleStep(std::max(1, fontMetrics().height() * 3));
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(m_documentWidth)) - size.width()));
    horizontalScrollBar()->setPageStep(size.width());
    horizontalScrollBar()->setSingleStep(std::max(1, fontMetrics().height() * 3));
}

QRectF PdfView::pageRect(int page) const
{
    if (page < 0 || page >= m_pages->size())
        return QRectF();
    const PdfPage &p = m_pages->at(page);
    const double width = p.width * m_scale;
    const double x = std::max(PageGap, (std::max<double>(viewport()->width(), m_documentWidth) - width) / 2);
    return QRectF(
        std::round(x), std::round(m_pageTops.at(page)), std::round(width), std::round(p.height * m_scale));
}

int PdfView::pageAtY(double y) const
{
    if (m_pageTops.isEmpty())
        return -1;
    const auto it = std::upper_bound(m_pageTops.cbegin(), m_pageTops.cend(), y + PageGap / 2);
    return std::max(0, int(it - m_pageTops.cbegin()) - 1);
}

std::pair<int, int> PdfView::visiblePages() const
{
    if (m_pages->isEmpty())
        return {0, -1};
    const double top = verticalScrollBar()->value();
    return {pageAtY(top), pageAtY(top + viewport()->height())};
}

QPointF PdfView::toDocument(const QPoint &viewportPos) const
{
    return QPointF(viewportPos) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QVector<QRectF> PdfView::boxesOnPage(const QVector<PageBox> &boxes, int page, const QRectF &pageRect) const
{
    QVector<QRectF> rects;
    for (const PageBox &box : boxes) {
        if (box.page != page)
            continue;
        const QRectF &r = box.rect;
        rects.append(QRectF(pageRect.left() + r.left() * m_scale, pageRect.top() + r.top() * m_scale,
            r.width() * m_scale, r.height() * m_scale));
    }
    return rects;
}

void PdfView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    painter.translate(-offset);
    m_lastPainted.clear();
    m_lastPaintedEntities.clear();
    m_lastNoteMarkers.clear();
    m_lastSharpPages.clear();
    const auto [first, last] = visiblePages();
    if (last < first)
        return;

    const qreal dpr = viewport()->devicePixelRatioF();
    QHash<int, int> wanted;
    for (int page = std::max(0, first - 1); page <= std::min<int>(int(m_pages->size()) - 1, last + 1); ++page)
        wanted.insert(page, int(std::round(pageRect(page).width() * dpr)));
    m_renderer->setWanted(wanted);

    const double thickness = std::max(1.5, 1.2 * m_scale);
    for (int page = first; page <= last; ++page) {
        const QRectF rect = pageRect(page);
        painter.fillRect(rect.translated(1, 2), QColor(0, 0, 0, 60));
        painter.fillRect(rect, Qt::white);
        const int pixelWidth = int(std::round(rect.width() * dpr));
        const QImage image = m_renderer->page(page, pixelWidth);
        if (!image.isNull()) {
            painter.drawImage(rect, image);
            m_lastSharpPages.append(page);
        } else {
            // Scaled from an earlier size while the right one renders: never blank after a zoom.
            const QImage earlier = m_renderer->anyRendering(page);
            if (!earlier.isNull())
                painter.drawImage(rect, earlier);
        }

        const PdfPage &p = m_pages->at(page);
        if (m_highlights && !m_highlights->isEmpty()) {
            // Multiply keeps the print black under the color, as a highlighter on paper does.
            for (int i : m_highlights->overlapping(p.textStart, std::max(p.textEnd, p.textStart + 1))) {
                const Highlight &h = m_highlights->items().at(i);
                const QVector<QRectF> rects = boxesOnPage(h.quads, page, rect);
                if (rects.isEmpty())
                    continue;
                m_lastPainted.append(h.annotationId);
                QColor fill = h.color.lighter(115);
                fill.setAlphaF(h.layer == 0 ? 1.0f : 0.75f);
                painter.setCompositionMode(QPainter::CompositionMode_Multiply);
                for (const QRectF &r : rects)
                    painter.fillRect(r, fill);
                painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
                const QColor line = h.color.darker(150);
                const double y = thickness * (0.5 + 1.6 * h.layer);
                for (const QRectF &r : rects)
                    painter.fillRect(
                        QRectF(r.left(), r.bottom() + y - thickness / 2, r.width(), thickness), line);
                if (h.annotationId == m_activeAnnotation) {
                    painter.setPen(QPen(line, thickness));
                    painter.setBrush(Qt::NoBrush);
                    for (const QRectF &r : rects)
                        painter.drawRect(r.adjusted(-1, -1, 1, 1));
                }
                // A note: a marker on the top right corner of the first box, as a sticky note.
                if (h.hasNote && !m_lastNoteMarkers.contains(h.annotationId)) {
                    const double size = std::max(10.0, 9.0 * m_scale);
                    const QRectF &box = rects.first();
                    const QRectF at(box.right() - size * 0.4, box.top() - size * 0.6, size, size);
                    QIcon(QStringLiteral(":/icons/note.svg")).paint(&painter, at.toAlignedRect());
                    m_lastNoteMarkers.insert(h.annotationId, at.translated(-offset).toAlignedRect());
                }
            }
        }
        if (m_entities) {
            // People and institutions: a thin line in the type's colour at the foot of the words.
            const double entityLine = std::max(1.0, 0.7 * m_scale);
            for (const EntitySpan &span : *m_entities) {
                if (span.start >= std::max(p.textEnd, p.textStart + 1))
                    break;
                if (span.end <= p.textStart)
                    continue;
                const QVector<QRectF> rects = boxesOnPage(span.quads, page, rect);
                if (rects.isEmpty())
                    continue;
                m_lastPaintedEntities.append(span.entityId);
                for (const QRectF &r : rects)
                    painter.fillRect(
                        QRectF(r.left(), r.bottom() - entityLine, r.width(), entityLine), span.color);
            }
        }
        if (p.isOcr()) {
            if (m_showLowConfidence) {
                QPen dotted(QColor(198, 40, 40), std::max(1.0, m_scale));
                dotted.setStyle(Qt::DotLine);
                painter.setPen(dotted);
                for (int w = 0; w < p.words.size() && w < p.wordConfidences.size(); ++w) {
                    if (quint8(p.wordConfidences.at(w)) >= LowConfidence)
                        continue;
                    const QRectF &box = p.words.at(w).box;
                    const double y = rect.top() + box.bottom() * m_scale + 1;
                    painter.drawLine(QPointF(rect.left() + box.left() * m_scale, y),
                        QPointF(rect.left() + box.right() * m_scale, y));
                }
            }
            const QRectF badge = ocrBadgeRect(page);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0, 0, 0, m_showLowConfidence ? 150 : 90));
            painter.drawRoundedRect(badge, 3, 3);
            painter.setPen(Qt::white);
            painter.drawText(badge, Qt::AlignCenter, tr("OCR"));
        }
        if (!m_selectionBoxes.isEmpty()) {
            QColor selection = palette().color(QPalette::Highlight);
            selection.setAlphaF(0.35f);
            for (const QRectF &r : boxesOnPage(m_selectionBoxes, page, rect))
                painter.fillRect(r, selection);
        }
        if (!m_findBoxes.isEmpty() || !m_currentFindBoxes.isEmpty()) {
            // Found words in yellow, the current one in orange, as readers usually show them.
            painter.setCompositionMode(QPainter::CompositionMode_Multiply);
            for (const QRectF &r : boxesOnPage(m_findBoxes, page, rect))
                painter.fillRect(r, QColor(255, 235, 59));
            for (const QRectF &r : boxesOnPage(m_currentFindBoxes, page, rect))
                painter.fillRect(r, QColor(255, 152, 0));
            painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        }
        // Shared passages: outlined in their pair's colour, dashed but for the current one.
        for (const SharedBoxes &shared : std::as_const(m_sharedBoxes)) {
            const QVector<QRectF> rects = boxesOnPage(shared.boxes, page, rect);
            if (rects.isEmpty())
                continue;
            QColor fill = shared.color;
            fill.setAlphaF(shared.current ? 0.22f : 0.10f);
            painter.setPen(QPen(shared.color, shared.current ? thickness * 1.5 : thickness,
                shared.current ? Qt::SolidLine : Qt::DashLine));
            painter.setBrush(fill);
            for (const QRectF &r : rects)
                painter.drawRect(r.adjusted(-1, -1, 1, 1));
        }
        if (m_flashTimer.isActive()) {
            painter.setPen(QPen(QColor(230, 81, 0), thickness * 1.5));
            painter.setBrush(QColor(255, 152, 0, 70));
            for (const QRectF &r : boxesOnPage(m_flashBoxes, page, rect))
                painter.drawRect(r.adjusted(-2, -2, 2, 2));
        }
    }
    // The next page below, so scrolling down finds it ready.
    if (last + 1 < m_pages->size())
        m_renderer->page(last + 1, int(std::round(pageRect(last + 1).width() * dpr)));
}

void PdfView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    Q_EMIT viewportResized();
}

void PdfView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void PdfView::setSelection(qint64 start, qint64 end)
{
    if (end < start)
        std::swap(start, end);
    if (start == m_selectionStart && end == m_selectionEnd)
        return;
    m_selectionStart = start;
    m_selectionEnd = end;
    m_selectionBoxes = end > start ? PdfQuads::forRange(*m_pages, start, end) : QVector<PageBox>();
    viewport()->update();
    Q_EMIT selectionChanged();
}

void PdfView::setActiveAnnotation(qint64 annotationId)
{
    m_activeAnnotation = annotationId;
    viewport()->update();
}

void PdfView::flash(qint64 start, qint64 end)
{
    m_flashBoxes = PdfQuads::forRange(*m_pages, start, end);
    m_flashTimer.start();
    viewport()->update();
}

int PdfView::currentPage() const
{
    const auto [first, last] = visiblePages();
    if (last < first)
        return -1;
    const double top = verticalScrollBar()->value();
    const double bottom = top + viewport()->height();
    int best = first;
    double bestHeight = -1;
    for (int page = first; page <= last; ++page) {
        const QRectF r = pageRect(page);
        const double shown = std::min(bottom, r.bottom()) - std::max(top, r.top());
        if (shown > bestHeight + 0.5) {
            best = page;
            bestHeight = shown;
        }
    }
    return best;
}

void PdfView::goToPage(int page)
{
    if (m_pages->isEmpty())
        return;
    page = std::clamp(page, 0, int(m_pages->size()) - 1);
    verticalScrollBar()->setValue(int(std::round(pageRect(page).top() - PageGap)));
}

QRectF PdfView::rangeRect(qint64 start, qint64 end) const
{
    QRectF united;
    for (const PageBox &box : PdfQuads::forRange(*m_pages, start, std::max(end, start + 1))) {
        const QRectF page = pageRect(box.page);
        united |= QRectF(page.left() + box.rect.left() * m_scale, page.top() + box.rect.top() * m_scale,
            box.rect.width() * m_scale, box.rect.height() * m_scale);
    }
    return united;
}

void PdfView::centerRange(qint64 start, qint64 end)
{
    const QRectF r = rangeRect(start, end);
    if (r.isNull()) {
        scrollToOffset(start, 0.4);
        return;
    }
    const double top = verticalScrollBar()->value();
    const double height = viewport()->height();
    if (r.top() >= top + 0.2 * height && r.bottom() <= top + 0.8 * height)
        return;
    // A passage taller than the view starts a little below the top instead.
    const double y = r.height() < 0.8 * height ? r.center().y() - height / 2 : r.top() - 0.1 * height;
    verticalScrollBar()->setValue(int(std::round(y)));
}

void PdfView::setFindMatches(const QVector<std::pair<qint64, qint64>> &matches, int current)
{
    m_findBoxes.clear();
    m_currentFindBoxes.clear();
    for (int i = 0; i < matches.size(); ++i) {
        const QVector<PageBox> boxes
            = PdfQuads::forRange(*m_pages, matches.at(i).first, matches.at(i).second);
        if (i == current)
            m_currentFindBoxes = boxes;
        else
            m_findBoxes += boxes;
    }
    viewport()->update();
}

void PdfView::setSharedMarks(const QVector<SharedMark> &marks, int current)
{
    // Stepping to the next passage changes only which one is current: keep the boxes.
    const bool sameRanges = marks.size() == m_sharedBoxes.size()
        && std::equal(marks.cbegin(), marks.cend(), m_sharedRanges.cbegin(),
            [](const SharedMark &m, const auto &r) { return m.start == r.first && m.end == r.second; });
    if (!sameRanges) {
        m_sharedBoxes.clear();
        m_sharedRanges.clear();
        for (const SharedMark &mark : marks) {
            m_sharedBoxes.append({PdfQuads::forRange(*m_pages, mark.start, mark.end), mark.color, false});
            m_sharedRanges.append({mark.start, mark.end});
        }
    }
    for (int i = 0; i < m_sharedBoxes.size(); ++i) {
        m_sharedBoxes[i].color = marks.at(i).color;
        m_sharedBoxes[i].current = i == current;
    }
    viewport()->update();
}

qint64 PdfView::firstVisibleOffset() const
{
    if (m_pages->isEmpty())
        return 0;
    const double top = verticalScrollBar()->value();
    const int page = pageAtY(top);
    const PdfPage &p = m_pages->at(page);
    const double pointY = (top - pageRect(page).top()) / m_scale;
    for (const PdfWord &w : p.words) {
        if (w.box.bottom() > pointY)
            return w.start;
    }
    return p.textStart;
}

void PdfView::scrollToOffset(qint64 offset, double fromTop)
{
    if (m_pages->isEmpty())
        return;
    const int page = PdfQuads::pageAt(*m_pages, offset);
    if (page < 0)
        return;
    const PdfPage &p = m_pages->at(page);
    double y = pageRect(page).top() - PageGap;
    for (const PdfWord &w : p.words) {
        if (w.start + w.length > offset) {
            y = pageRect(page).top() + w.box.top() * m_scale - PageGap;
            break;
        }
    }
    verticalScrollBar()->setValue(int(std::round(y - fromTop * viewport()->height())));
}

bool PdfView::isOffsetVisible(qint64 offset) const
{
    const int page = PdfQuads::pageAt(*m_pages, offset);
    const auto boxes = PdfQuads::forRange(*m_pages, offset, offset + 1);
    if (page < 0 || boxes.isEmpty())
        return false;
    const QRectF r = boxesOnPage(boxes, boxes.first().page, pageRect(boxes.first().page)).value(0);
    const double top = verticalScrollBar()->value();
    return r.top() >= top && r.bottom() <= top + viewport()->height();
}

qint64 PdfView::highlightAt(const QPoint &viewportPos) const
{
    if (!m_highlights || m_pages->isEmpty())
        return 0;
    const QPointF point = toDocument(viewportPos);
    const int page = pageAtY(point.y());
    const QRectF rect = pageRect(page);
    if (!rect.contains(point))
        return 0;
    const PdfPage &p = m_pages->at(page);
    const Highlight *best = nullptr;
    for (int i : m_highlights->overlapping(p.textStart, std::max(p.textEnd, p.textStart + 1))) {
        const Highlight &h = m_highlights->items().at(i);
        for (const QRectF &r : boxesOnPage(h.quads, page, rect)) {
            if (r.contains(point) && (!best || h.end - h.start < best->end - best->start))
                best = &h;
        }
    }
    return best ? best->annotationId : 0;
}

const EntitySpan *PdfView::entityAt(const QPoint &viewportPos) const
{
    if (!m_entities || m_pages->isEmpty())
        return nullptr;
    const QPointF point = toDocument(viewportPos);
    const int page = pageAtY(point.y());
    const QRectF rect = pageRect(page);
    for (const EntitySpan &span : *m_entities) {
        for (const QRectF &r : boxesOnPage(span.quads, page, rect)) {
            if (r.contains(point))
                return &span;
        }
    }
    return nullptr;
}

QString PdfView::toolTipAt(const QPoint &viewportPos) const
{
    QStringList tips;
    qint64 id = highlightAt(viewportPos);
    for (auto it = m_lastNoteMarkers.cbegin(); !id && it != m_lastNoteMarkers.cend(); ++it) {
        if (it.value().contains(viewportPos))
            id = it.key();
    }
    const Highlight *h = id && m_highlights ? m_highlights->find(id) : nullptr;
    if (h && !h->toolTip.isEmpty())
        tips.append(h->toolTip);
    if (const EntitySpan *span = entityAt(viewportPos))
        tips.append(QStringLiteral("<p>%1</p>").arg(span->toolTip.toHtmlEscaped()));
    return tips.join(QStringLiteral("<hr/>"));
}

PdfView::WordRef PdfView::wordAt(const QPoint &viewportPos, bool nearest) const
{
    if (m_pages->isEmpty())
        return {};
    const QPointF point = toDocument(viewportPos);
    const int page = pageAtY(point.y());
    const QRectF rect = pageRect(page);
    const QPointF onPage((point.x() - rect.left()) / m_scale, (point.y() - rect.top()) / m_scale);
    const QVector<PdfWord> &words = m_pages->at(page).words;
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < words.size(); ++i) {
        const QRectF &box = words.at(i).box;
        if (box.contains(onPage))
            return {page, i};
        if (nearest) {
            const double d = distanceTo(box, onPage);
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
    }
    return best >= 0 ? WordRef {page, best} : WordRef {};
}

int PdfView::flatIndex(WordRef ref) const
{
    return ref.isValid() ? m_wordsBefore.at(ref.page) + ref.index : -1;
}

PdfView::WordRef PdfView::fromFlat(int flat) const
{
    const int total = m_wordsBefore.last();
    if (total == 0)
        return {};
    flat = std::clamp(flat, 0, total - 1);
    const auto it = std::upper_bound(m_wordsBefore.cbegin(), m_wordsBefore.cend() - 1, flat);
    const int page = int(it - m_wordsBefore.cbegin()) - 1;
    return {page, flat - m_wordsBefore.at(page)};
}

const PdfWord &PdfView::word(WordRef ref) const
{
    return m_pages->at(ref.page).words.at(ref.index);
}

void PdfView::selectWords(WordRef anchor, WordRef current)
{
    if (!anchor.isValid() || !current.isValid())
        return;
    const PdfWord &a = word(anchor);
    const PdfWord &b = word(current);
    const qint64 start = std::min(a.start, b.start);
    const qint64 end = std::max(qint64(a.start) + a.length, qint64(b.start) + b.length);
    setSelection(start, end);
}

QRectF PdfView::ocrBadgeRect(int page) const
{
    if (page < 0 || page >= m_pages->size() || !m_pages->at(page).isOcr())
        return {};
    const QRectF rect = pageRect(page);
    const QFontMetricsF metrics(font());
    const double width = metrics.horizontalAdvance(tr("OCR")) + 10;
    const double height = metrics.height() + 4;
    return QRectF(rect.right() - width - 6, rect.top() + 6, width, height);
}

void PdfView::setShowsLowConfidence(bool shows)
{
    if (m_showLowConfidence == shows)
        return;
    m_showLowConfidence = shows;
    viewport()->update();
    Q_EMIT lowConfidenceShown(shows);
}

void PdfView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPointF at = toDocument(event->pos());
    if (ocrBadgeRect(pageAtY(at.y())).contains(at)) {
        setShowsLowConfidence(!m_showLowConfidence);
        return;
    }
    m_pressPos = event->pos();
    m_dragging = false;
    if (event->modifiers() & Qt::ShiftModifier && m_anchorWord.isValid()) {
        m_cursorWord = wordAt(event->pos(), true);
        selectWords(m_anchorWord, m_cursorWord);
        m_dragging = true;
        return;
    }
    m_anchorWord = wordAt(event->pos(), true);
    m_cursorWord = m_anchorWord;
}

void PdfView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging && (event->pos() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    const WordRef current = wordAt(event->pos(), true);
    if (current.isValid()) {
        m_cursorWord = current;
        selectWords(m_anchorWord, m_cursorWord);
    }
    // Dragging past the edge scrolls.
    if (event->pos().y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (event->pos().y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
}

void PdfView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (!m_dragging) {
        setSelection(0, 0);
        if (const qint64 id = highlightAt(event->pos()))
            Q_EMIT highlightClicked(id);
        if (const EntitySpan *span = entityAt(event->pos()))
            Q_EMIT entityClicked(span->entityId);
        if (const WordRef word = wordAt(event->pos(), false); word.isValid())
            Q_EMIT clickedAt(m_pages->at(word.page).words.at(word.index).start);
    }
    m_dragging = false;
}

void PdfView::keyPressEvent(QKeyEvent *event)
{
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    if (extend && (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left)) {
        // Keyboard selection, word by word, from the first word on screen when nothing is selected.
        if (!m_anchorWord.isValid() || m_selectionEnd <= m_selectionStart) {
            const qint64 top = firstVisibleOffset();
            const int page = std::max(0, PdfQuads::pageAt(*m_pages, top));
            const QVector<PdfWord> &words = m_pages->at(page).words;
            int index = 0;
            while (index + 1 < words.size() && words.at(index).start + words.at(index).length <= top)
                ++index;
            m_anchorWord = m_cursorWord = WordRef {page, index};
            if (words.isEmpty())
                return;
            if (event->key() == Qt::Key_Right) {
                selectWords(m_anchorWord, m_cursorWord);
                return;
            }
        }
        const int step = event->key() == Qt::Key_Right ? 1 : -1;
        m_cursorWord = fromFlat(flatIndex(m_cursorWord) + step);
        selectWords(m_anchorWord, m_cursorWord);
        if (!isOffsetVisible(word(m_cursorWord).start))
            scrollToOffset(word(m_cursorWord).start, 0.5);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_selectionEnd > m_selectionStart) {
        setSelection(0, 0);
        return;
    }
    if (event->key() == Qt::Key_Home) {
        verticalScrollBar()->setValue(0);
        return;
    }
    if (event->key() == Qt::Key_End) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    }
    if (event->key() == Qt::Key_Space) {
        verticalScrollBar()->triggerAction(
            extend ? QAbstractSlider::SliderPageStepSub : QAbstractSlider::SliderPageStepAdd);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PdfView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        Q_EMIT zoomStepRequested(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuAt(event->globalPos());
}

bool PdfView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = toDocument(help->pos());
        const int page = pageAtY(at.y());
        if (ocrBadgeRect(page).contains(at)) {
            const PdfPage &p = m_pages->at(page);
            const QString tip = m_showLowConfidence
                ? tr("The text of this page was read by text recognition (OCR) in %1, with a mean "
                     "confidence of %2%. Words read with low confidence are underlined with dots; click "
                     "to hide the dots.")
                : tr("The text of this page was read by text recognition (OCR) in %1, with a mean "
                     "confidence of %2%. Click to underline the words read with low confidence.");
            QToolTip::showText(
                help->globalPos(), tip.arg(p.ocrLanguage).arg(qRound(p.ocrConfidence)), viewport());
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Recoupe
