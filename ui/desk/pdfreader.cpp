// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreader.h"

#include "pdfoutline.h"
#include "pdfrenderer.h"
#include "pdfview.h"

#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace Recoupe {

PdfReader::PdfReader(qint64 sourceId, QVector<PdfPage> pages, const QByteArray &pdf,
    std::function<QString(qint64, qint64)> textRange, QWidget *parent, PdfRenderer::PageImages images)
    : Reader(sourceId, parent)
    , m_pages(std::move(pages))
    , m_textRange(std::move(textRange))
    , m_renderer(new PdfRenderer(pdf, this, images))
    , m_view(new PdfView(&m_highlights, &m_pages, m_renderer, this))
    // An image has no outline.
    , m_outline(new PdfOutline(images == PdfRenderer::PageImages::PdfPages ? pdf : QByteArray(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_error->setWordWrap(true);
    m_error->setMargin(m_error->fontMetrics().height() / 2);
    m_error->setVisible(false);
    layout->addWidget(m_error);
    // The outline beside the pages, hidden until asked for.
    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_outline->setVisible(false);
    layout->addWidget(m_splitter);
    connect(m_outline, &PdfOutline::pageRequested, this, [this](int page, double) {
        m_view->goToPage(page);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    setFocusProxy(m_view);
    m_view->setEntitySpans(&m_entitySpans);

    if (m_pages.isEmpty()) {
        m_error->setText(tr("This PDF has no pages that could be read at import."));
        m_error->setVisible(true);
    }
    connect(m_renderer, &PdfRenderer::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
    });
    connect(m_view, &PdfView::selectionChanged, this, &Reader::selectionChanged);
    connect(m_view, &PdfView::highlightClicked, this, &Reader::highlightActivated);
    connect(m_view, &PdfView::entityClicked, this, &Reader::entityActivated);
    connect(m_view, &PdfView::clickedAt, this, &Reader::clickedAt);
    connect(m_view, &PdfView::contextMenuAt, this, &Reader::contextMenuRequested);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &Reader::scrolled);
    connect(m_view, &PdfView::zoomStepRequested, this,
        [this](int steps) { setZoom(zoom() * std::pow(1.1, steps)); });
    connect(m_view, &PdfView::viewportResized, this, [this] {
        if (zoomMode() != ZoomMode::Free)
            applyScale();
        if (m_pendingOffset >= 0 && m_view->isVisible()) {
            m_view->scrollToOffset(m_pendingOffset);
            m_pendingOffset = -1;
        }
        if (m_pendingRange.first >= 0 && m_view->isVisible()) {
            m_view->centerRange(m_pendingRange.first, m_pendingRange.second);
            m_pendingRange = {-1, -1};
        }
    });
    applyScale();
}

PdfReader::~PdfReader() = default;

double PdfReader::pointsToPixels() const
{
    // 100 % shows the page at its printed size on this screen.
    return logicalDpiX() / 72.0;
}

void PdfReader::applyScale()
{
    switch (zoomMode()) {
    case ZoomMode::FitWidth:
        setZoomValue(m_view->fitWidthScale() / pointsToPixels());
        break;
    case ZoomMode::FitPage:
        setZoomValue(m_view->fitPageScale() / pointsToPixels());
        break;
    case ZoomMode::Free:
        break;
    }
    m_view->setScale(zoom() * pointsToPixels());
}

std::pair<qint64, qint64> PdfReader::selection() const
{
    return m_view->selection();
}

void PdfReader::setSelection(qint64 start, qint64 end)
{
    m_view->setSelection(start, end);
}

void PdfReader::clearSelection()
{
    m_view->setSelection(0, 0);
}

QString PdfReader::selectedText() const
{
    const auto [start, end] = selection();
    return end > start && m_textRange ? m_textRange(start, end) : QString();
}

qint64 PdfReader::topOffset() const
{
    return m_view->firstVisibleOffset();
}

void PdfReader::scrollToOffset(qint64 offset)
{
    m_view->scrollToOffset(offset);
    if (!m_view->isVisible())
        m_pendingOffset = offset; // again once the view has its size
}

void PdfReader::revealRange(qint64 start, qint64 end)
{
    m_view->centerRange(start, end);
    if (!m_view->isVisible())
        m_pendingRange = {start, end};
}

bool PdfReader::hasOutline() const
{
    return m_outline->load();
}

bool PdfReader::isOutlineVisible() const
{
    return !m_outline->isHidden();
}

void PdfReader::setOutlineVisible(bool visible)
{
    if (visible && !hasOutline())
        return;
    if (visible && m_outline->isHidden()) {
        m_outline->setVisible(true);
        m_splitter->setSizes({width() / 4, width() - width() / 4});
    } else if (!visible) {
        m_outline->setVisible(false);
    }
}

int PdfReader::currentPage() const
{
    return m_view->currentPage();
}

void PdfReader::goToPage(int page)
{
    m_view->goToPage(page);
}

void PdfReader::setFindMatches(const QVector<std::pair<qint64, qint64>> &matches, int current)
{
    m_view->setFindMatches(matches, current);
}

void PdfReader::flashRange(qint64 start, qint64 end)
{
    m_view->flash(start, end);
}

double PdfReader::scrollFraction() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
}

void PdfReader::setScrollFraction(double fraction)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(int(std::round(fraction * bar->maximum())));
}

void PdfReader::setZoom(double zoom)
{
    Reader::setZoomMode(ZoomMode::Free);
    setZoomValue(zoom);
    applyScale();
}

void PdfReader::setZoomMode(ZoomMode mode)
{
    Reader::setZoomMode(mode);
    applyScale();
}

void PdfReader::sharedPassagesChanged()
{
    m_view->setSharedMarks(m_sharedMarks, m_currentShared);
}

void PdfReader::highlightsChanged()
{
    m_view->setActiveAnnotation(activeAnnotation());
    m_view->viewport()->update();
}

} // namespace Recoupe
