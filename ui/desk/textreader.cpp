// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreader.h"

#include "textview.h"

#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

#include <cmath>

namespace Recoupe {

TextReader::TextReader(qint64 sourceId, const QString &text, QWidget *parent)
    : Reader(sourceId, parent)
    , m_text(text)
    , m_view(new TextView(&m_highlights, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    m_view->setCanonicalText(text);
    m_view->setEntitySpans(&m_entitySpans);

    connect(m_view, &QTextEdit::selectionChanged, this, &Reader::selectionChanged);
    connect(m_view, &TextView::highlightClicked, this, &Reader::highlightActivated);
    connect(m_view, &TextView::entityClicked, this, &Reader::entityActivated);
    connect(m_view, &TextView::clickedAt, this, &Reader::clickedAt);
    connect(m_view, &TextView::contextMenuAt, this, &Reader::contextMenuRequested);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &Reader::scrolled);
    connect(m_view, &TextView::zoomStepRequested, this,
        [this](int steps) { setZoom(zoom() * std::pow(1.1, steps)); });
}

std::pair<qint64, qint64> TextReader::selection() const
{
    const QTextCursor cursor = m_view->textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void TextReader::setSelection(qint64 start, qint64 end)
{
    const qint64 last = m_text.size();
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(std::clamp<qint64>(start, 0, last)));
    cursor.setPosition(int(std::clamp<qint64>(end, 0, last)), QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
}

void TextReader::clearSelection()
{
    QTextCursor cursor = m_view->textCursor();
    cursor.clearSelection();
    m_view->setTextCursor(cursor);
}

QString TextReader::selectedText() const
{
    const auto [start, end] = selection();
    return m_text.mid(start, end - start);
}

qint64 TextReader::topOffset() const
{
    return m_view->firstVisiblePosition();
}

void TextReader::scrollToOffset(qint64 offset)
{
    m_view->scrollToPosition(offset);
}

void TextReader::revealRange(qint64 start, qint64 end)
{
    m_view->centerRange(start, end);
}

void TextReader::setFindMatches(const QVector<std::pair<qint64, qint64>> &matches, int current)
{
    m_view->setFindMatches(matches, current);
}

void TextReader::flashRange(qint64 start, qint64 end)
{
    m_view->flash(start, end);
}

double TextReader::scrollFraction() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
}

void TextReader::setScrollFraction(double fraction)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(int(std::round(fraction * bar->maximum())));
}

void TextReader::setZoom(double zoom)
{
    setZoomValue(zoom);
    m_view->setReadingZoom(this->zoom());
}

void TextReader::sharedPassagesChanged()
{
    m_view->setSharedMarks(m_sharedMarks, m_currentShared);
}

void TextReader::highlightsChanged()
{
    m_view->setActiveAnnotation(activeAnnotation());
    m_view->viewport()->update();
}

} // namespace Recoupe
