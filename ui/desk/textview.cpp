// SPDX-License-Identifier: GPL-3.0-or-later
#include "textview.h"

#include "highlightset.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QIcon>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Recoupe {

namespace {

// Characters a reading line should not exceed (typographers' 45–75).
constexpr int ColumnCharacters = 75;
// Line height, in percent of the font's natural line height.
constexpr int LineHeightPercent = 145;

} // namespace

TextView::TextView(const HighlightSet *highlights, QWidget *parent)
    : QTextEdit(parent)
    , m_highlights(highlights)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setAcceptRichText(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_flashTimer.setSingleShot(true);
    m_flashTimer.setInterval(1600);
    connect(&m_flashTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    // A position we were asked to show (a restored session, a passage) is held while the
    // document is laid out in the background and the column reflows, until the user scrolls.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_keptPosition = -1; });
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        [this] { applyKeptPosition(); });
    applyFont();
}

void TextView::setCanonicalText(const QString &text)
{
    QString shown = text;
    for (QChar &c : shown) {
        const char16_t u = c.unicode();
        if (u == u'\r' || u == 0xfdd0 || u == 0xfdd1)
            c = QLatin1Char(' ');
    }
    setPlainText(shown);
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    QTextBlockFormat block;
    block.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    all.mergeBlockFormat(block);
    QTextCursor start(document());
    setTextCursor(start);
    updateColumn();
}

void TextView::setReadingZoom(double zoom)
{
    const qint64 top = firstVisiblePosition();
    m_zoom = zoom;
    applyFont();
    if (m_keptPosition < 0 && top > 0)
        scrollToPosition(top);
    else if (m_keptPosition >= 0)
        applyKeptPosition();
}

void TextView::applyFont()
{
    QFont font = QApplication::font();
    // Serif faces for long reading; the first one installed wins.
    font.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("Source Serif 4"),
        QStringLiteral("Liberation Serif"), QStringLiteral("DejaVu Serif")});
    font.setStyleHint(QFont::Serif);
    const double base = std::max(QApplication::font().pointSizeF(), 9.0) * 1.25;
    font.setPointSizeF(base * m_zoom);
    document()->setDefaultFont(font);
    updateColumn();
}

void TextView::updateColumn()
{
    const QFontMetricsF metrics(document()->defaultFont());
    const double charWidth = metrics.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) / 26.0;
    const double column = charWidth * ColumnCharacters;
    const double minimumSide = metrics.height();
    const double side = std::max(minimumSide, std::floor((viewport()->width() - column) / 2.0));
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (std::abs(format.leftMargin() - side) < 1.0 && std::abs(format.topMargin() - metrics.height()) < 1.0)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(metrics.height());
    format.setBottomMargin(metrics.height() * 3);
    root->setFrameFormat(format);
}

void TextView::setActiveAnnotation(qint64 annotationId)
{
    m_activeAnnotation = annotationId;
    viewport()->update();
}

void TextView::flash(qint64 start, qint64 end)
{
    m_flashStart = start;
    m_flashEnd = end;
    m_flashTimer.start();
    viewport()->update();
}

QPointF TextView::toDocument(const QPoint &viewportPos) const
{
    return QPointF(viewportPos) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QVector<QRectF> TextView::rangeRects(qint64 start, qint64 end, qint64 clipFrom, qint64 clipTo) const
{
    QVector<QRectF> rects;
    const qint64 from = std::max(start, clipFrom);
    const qint64 to = clipTo < 0 ? end : std::min(end, clipTo);
    if (to <= from)
        return rects;
    QTextDocument *doc = document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (QTextBlock block = doc->findBlock(int(from)); block.isValid() && block.position() < to;
         block = block.next()) {
        const int blockStart = block.position();
        const int a = int(std::max<qint64>(from - blockStart, 0));
        const int b = int(std::min<qint64>(to - blockStart, block.length() - 1));
        if (b <= a)
            continue; // an empty line between paragraphs
        const QRectF blockRect = layout->blockBoundingRect(block); // lays the block out if needed
        const QTextLayout *textLayout = block.layout();
        for (int i = 0; i < textLayout->lineCount(); ++i) {
            const QTextLine line = textLayout->lineAt(i);
            const int s = std::max(a, line.textStart());
            const int e = std::min(b, line.textStart() + line.textLength());
            if (e <= s)
                continue;
            double x1 = line.cursorToX(s);
            double x2 = line.cursorToX(e);
            if (x2 < x1)
                std::swap(x1, x2);
            rects.append(QRectF(blockRect.left() + x1, blockRect.top() + line.y(), x2 - x1, line.height()));
        }
    }
    return rects;
}

int TextView::characterAt(const QPoint &viewportPos) const
{
    const QPointF point = toDocument(viewportPos);
    const int pos = document()->documentLayout()->hitTest(point, Qt::ExactHit);
    if (pos < 0)
        return -1;
    // hitTest gives the nearest cursor position: the character is on one side of it.
    for (int candidate : {pos, pos - 1}) {
        if (candidate < 0)
            continue;
        for (const QRectF &r : rangeRects(candidate, candidate + 1)) {
            if (r.contains(point))
                return candidate;
        }
    }
    return -1;
}

qint64 TextView::highlightAt(const QPoint &viewportPos) const
{
    const int c = characterAt(viewportPos);
    if (c < 0 || !m_highlights)
        return 0;
    const auto under = m_highlights->at(c);
    return under.isEmpty() ? 0 : under.first()->annotationId;
}

qint64 TextView::positionAtY(double y, bool lineEnd) const
{
    // Blocks are searched by their laid-out rectangles rather than with hitTest(), which answers
    // "after the end" while the document layout is still being completed in the background.
    QTextDocument *doc = document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    int low = 0;
    int high = doc->blockCount() - 1;
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        if (layout->blockBoundingRect(doc->findBlockByNumber(mid)).top() <= y)
            low = mid;
        else
            high = mid - 1;
    }
    const QTextBlock block = doc->findBlockByNumber(low);
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *textLayout = block.layout();
    for (int i = 0; textLayout && i < textLayout->lineCount(); ++i) {
        const QTextLine line = textLayout->lineAt(i);
        if (rect.top() + line.y() + line.height() > y || i == textLayout->lineCount() - 1)
            return block.position() + line.textStart() + (lineEnd ? line.textLength() : 0);
    }
    return block.position();
}

qint64 TextView::firstVisiblePosition() const
{
    return positionAtY(verticalScrollBar()->value(), false);
}

qint64 TextView::lastVisiblePosition() const
{
    return positionAtY(verticalScrollBar()->value() + viewport()->height(), true);
}

void TextView::scrollToPosition(qint64 position, double fromTop)
{
    m_keptPosition = std::clamp<qint64>(position, 0, std::max(0, document()->characterCount() - 1));
    m_keptFromTop = fromTop;
    applyKeptPosition();
}

void TextView::centerRange(qint64 start, qint64 end)
{
    const double height = viewport()->height();
    if (isVisible() && height > 0) {
        const double top = verticalScrollBar()->value();
        QRectF united;
        for (const QRectF &r : rangeRects(start, std::max(end, start + 1)))
            united |= r;
        if (!united.isNull() && united.top() >= top + 0.2 * height && united.bottom() <= top + 0.8 * height)
            return;
        if (!united.isNull() && united.height() < 0.8 * height) {
            scrollToPosition(start, 0.5 - united.height() / (2 * height));
            return;
        }
    }
    // Not laid out yet, or taller than the view: its first line just above the middle.
    scrollToPosition(start, 0.45);
}

void TextView::setFindMatches(const QVector<std::pair<qint64, qint64>> &matches, int current)
{
    m_findMatches = matches;
    m_currentFind = current;
    viewport()->update();
}

void TextView::setSharedMarks(const QVector<SharedMark> &marks, int current)
{
    m_sharedMarks = marks;
    m_currentShared = current;
    viewport()->update();
}

void TextView::applyKeptPosition()
{
    if (m_keptPosition < 0)
        return;
    QTextDocument *doc = document();
    const QTextBlock block = doc->findBlock(int(m_keptPosition));
    if (!block.isValid())
        return;
    const QRectF blockRect = doc->documentLayout()->blockBoundingRect(block);
    double y = blockRect.top();
    if (const QTextLayout *layout = block.layout()) {
        const QTextLine line = layout->lineForTextPosition(int(m_keptPosition - block.position()));
        if (line.isValid())
            y += line.y();
    }
    verticalScrollBar()->setValue(int(y - m_keptFromTop * viewport()->height()));
}

void TextView::paintEvent(QPaintEvent *event)
{
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    struct Painted
    {
        const Highlight *highlight;
        QVector<QRectF> rects;
    };
    QVector<Painted> painted;
    QVector<QRectF> flashRects;
    m_lastPainted.clear();
    m_lastPaintedEntities.clear();
    m_lastNoteMarkers.clear();
    const qint64 first = firstVisiblePosition();
    const qint64 last = lastVisiblePosition() + 1;
    if (m_highlights && !m_highlights->isEmpty()) {
        for (int i : m_highlights->overlapping(first, last)) {
            const Highlight &h = m_highlights->items().at(i);
            painted.append({&h, rangeRects(h.start, h.end, first, last)});
            m_lastPainted.append(h.annotationId);
        }
    }
    if (m_flashTimer.isActive())
        flashRects = rangeRects(m_flashStart, m_flashEnd, first, last);
    QVector<QRectF> findRects;
    QVector<QRectF> currentFindRects;
    auto match = std::lower_bound(m_findMatches.cbegin(), m_findMatches.cend(), first,
        [](const std::pair<qint64, qint64> &m, qint64 offset) { return m.second <= offset; });
    for (; match != m_findMatches.cend() && match->first < last; ++match) {
        const bool current = int(match - m_findMatches.cbegin()) == m_currentFind;
        (current ? currentFindRects : findRects) += rangeRects(match->first, match->second, first, last);
    }
    struct SharedPainted
    {
        QColor color;
        bool current;
        QVector<QRectF> rects;
    };
    QVector<SharedPainted> shared;
    for (int i = 0; i < m_sharedMarks.size(); ++i) {
        const SharedMark &mark = m_sharedMarks.at(i);
        if (mark.end > first && mark.start < last)
            shared.append({mark.color, i == m_currentShared, rangeRects(mark.start, mark.end, first, last)});
    }

    // Translucent fills under the glyphs: where highlights overlap the color deepens.
    {
        QPainter painter(viewport());
        painter.translate(-offset);
        for (const Painted &p : std::as_const(painted)) {
            QColor fill = p.highlight->color;
            fill.setAlphaF(0.36f);
            for (const QRectF &r : p.rects)
                painter.fillRect(r, fill);
        }
        for (const QRectF &r : std::as_const(flashRects))
            painter.fillRect(r.adjusted(-2, -1, 2, 1), QColor(255, 152, 0, 110));
        // Found words in yellow, the current one in orange, as readers usually show them.
        for (const QRectF &r : std::as_const(findRects))
            painter.fillRect(r, QColor(255, 235, 59, 170));
        for (const QRectF &r : std::as_const(currentFindRects))
            painter.fillRect(r, QColor(255, 152, 0, 200));
        for (const SharedPainted &s : std::as_const(shared)) {
            QColor fill = s.color;
            fill.setAlphaF(s.current ? 0.22f : 0.10f);
            for (const QRectF &r : s.rects)
                painter.fillRect(r, fill);
        }
    }

    QTextEdit::paintEvent(event);

    // Over the glyphs: one underline per layer, so two highlights of the same color that overlap
    // still show as two; an outline for the selected annotation and for a flashed passage.
    QPainter painter(viewport());
    painter.translate(-offset);
    const double thickness = std::max(1.5, QFontMetricsF(document()->defaultFont()).height() / 14.0);
    for (const Painted &p : std::as_const(painted)) {
        const QColor line = p.highlight->color.darker(150);
        const double y = thickness * (0.5 + 1.6 * p.highlight->layer);
        for (const QRectF &r : p.rects)
            painter.fillRect(QRectF(r.left(), r.bottom() + y - thickness / 2, r.width(), thickness), line);
        if (p.highlight->annotationId == m_activeAnnotation) {
            painter.setRenderHint(QPainter::Antialiasing, true); // rounded corners only
            painter.setPen(QPen(line, thickness));
            painter.setBrush(Qt::NoBrush);
            for (const QRectF &r : p.rects)
                painter.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 2, 2);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
    }
    // People and institutions: a thin line in the type's colour, just under the glyphs and above
    // the highlights' underlines, so both read.
    if (m_entities) {
        const double entityLine = std::max(1.0, thickness * 0.6);
        for (const EntitySpan &span : *m_entities) {
            if (span.start >= last)
                break;
            if (span.end <= first)
                continue;
            m_lastPaintedEntities.append(span.entityId);
            QColor color = span.color;
            color.setAlphaF(0.85f);
            for (const QRectF &r : rangeRects(span.start, span.end, first, last))
                painter.fillRect(QRectF(r.left(), r.bottom() - entityLine, r.width(), entityLine), color);
        }
    }
    // A note marker in the margin, beside the first line of each highlight with a note.
    const int marker = std::max(12, fontMetrics().height() * 4 / 5);
    const QIcon noteIcon(QStringLiteral(":/icons/note.svg"));
    for (const Painted &p : std::as_const(painted)) {
        if (!p.highlight->hasNote || p.rects.isEmpty())
            continue;
        const QRectF &line = p.rects.first();
        const QRect at(int(std::max(2.0, line.left() - marker - 6)), int(line.center().y() - marker / 2.0),
            marker, marker);
        noteIcon.paint(&painter, at);
        m_lastNoteMarkers.insert(p.highlight->annotationId, at.translated(-offset.toPoint()));
    }
    // Shared passages are outlined, dashed, in their pair's colour (solid for the current one):
    // a highlight is a fill with an underline, so the two never read alike.
    for (const SharedPainted &s : std::as_const(shared)) {
        QPen pen(s.color, s.current ? thickness * 1.5 : thickness, s.current ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        for (const QRectF &r : s.rects)
            painter.drawRect(r.adjusted(-1, -1, 1, 1));
    }
    if (!flashRects.isEmpty()) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(QColor(230, 81, 0), thickness * 1.5));
        painter.setBrush(Qt::NoBrush);
        for (const QRectF &r : std::as_const(flashRects))
            painter.drawRoundedRect(r.adjusted(-2, -1, 2, 1), 3, 3);
    }
}

void TextView::resizeEvent(QResizeEvent *event)
{
    // Keep the line at the top where it is while the column reflows.
    const qint64 top = m_keptPosition < 0 && verticalScrollBar()->value() > 0 ? firstVisiblePosition() : -1;
    QTextEdit::resizeEvent(event);
    updateColumn();
    if (m_keptPosition >= 0) {
        applyKeptPosition();
    } else if (top > 0) {
        scrollToPosition(top);
        m_keptPosition = -1;
    }
}

bool TextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, viewport());
        }
        return true;
    }
    if (event->type() == QEvent::Wheel) {
        m_keptPosition = -1;
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            // Zooming is the reader's business (it keeps the reading size in the session).
            Q_EMIT zoomStepRequested(wheel->angleDelta().y() > 0 ? 1 : -1);
            return true;
        }
    }
    return QTextEdit::viewportEvent(event);
}

const EntitySpan *TextView::entityAt(const QPoint &viewportPos) const
{
    const int c = characterAt(viewportPos);
    if (c < 0 || !m_entities)
        return nullptr;
    const EntitySpan *best = nullptr;
    for (const EntitySpan &span : *m_entities) {
        if (span.start > c)
            break;
        if (c < span.end && (!best || span.end - span.start < best->end - best->start))
            best = &span;
    }
    return best;
}

QString TextView::toolTipAt(const QPoint &viewportPos) const
{
    QStringList tips;
    for (auto it = m_lastNoteMarkers.cbegin(); it != m_lastNoteMarkers.cend(); ++it) {
        if (it.value().contains(viewportPos)) {
            if (const Highlight *h = m_highlights ? m_highlights->find(it.key()) : nullptr)
                tips.append(h->toolTip);
        }
    }
    const int c = characterAt(viewportPos);
    if (c >= 0 && m_highlights) {
        for (const Highlight *h : m_highlights->at(c)) {
            if (!h->toolTip.isEmpty())
                tips.append(h->toolTip);
        }
    }
    if (const EntitySpan *span = entityAt(viewportPos))
        tips.append(QStringLiteral("<p>%1</p>").arg(span->toolTip.toHtmlEscaped()));
    return tips.join(QStringLiteral("<hr/>"));
}

void TextView::keyPressEvent(QKeyEvent *event)
{
    m_keptPosition = -1;
    QTextEdit::keyPressEvent(event);
}

void TextView::mousePressEvent(QMouseEvent *event)
{
    m_keptPosition = -1;
    m_pressPos = event->pos();
    QTextEdit::mousePressEvent(event);
}

void TextView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection()
        || (event->pos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return;
    if (const qint64 id = highlightAt(event->pos()))
        Q_EMIT highlightClicked(id);
    if (const EntitySpan *span = entityAt(event->pos()))
        Q_EMIT entityClicked(span->entityId);
    if (const int offset = characterAt(event->pos()); offset >= 0)
        Q_EMIT clickedAt(offset);
}

void TextView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuAt(event->globalPos());
}

void TextView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange)
        applyFont();
}

} // namespace Recoupe
