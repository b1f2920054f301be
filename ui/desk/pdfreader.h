// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pdfpage.h"
#include "pdfrenderer.h"
#include "reader.h"

#include <functional>

class QLabel;
class QSplitter;

namespace Recoupe {

class PdfOutline;
class PdfView;

// Reader for PDF and image sources: the pages as Poppler draws them (or the image's frames), with selection
// and highlights on the word boxes stored at import (so they match the canonical text exactly).
class PdfReader : public Reader
{
    Q_OBJECT

public:
    // `textRange` returns the canonical text of [start, end) (the selection's words).
    // `pdf` is the PDF file, or with `images` ImageFrames the image file whose frames are the pages.
    PdfReader(qint64 sourceId, QVector<PdfPage> pages, const QByteArray &pdf,
        std::function<QString(qint64, qint64)> textRange, QWidget *parent = nullptr,
        PdfRenderer::PageImages images = PdfRenderer::PageImages::PdfPages);
    ~PdfReader() override;

    std::pair<qint64, qint64> selection() const override;
    void setSelection(qint64 start, qint64 end) override;
    void clearSelection() override;
    QString selectedText() const override;

    qint64 topOffset() const override;
    void scrollToOffset(qint64 offset) override;
    void revealRange(qint64 start, qint64 end) override;
    void flashRange(qint64 start, qint64 end) override;

    int pageCount() const override { return int(m_pages.size()); }
    int currentPage() const override;
    void goToPage(int page) override;
    bool hasOutline() const override;
    bool isOutlineVisible() const override;
    void setOutlineVisible(bool visible) override;
    PdfOutline *outline() const { return m_outline; }
    void setFindMatches(const QVector<std::pair<qint64, qint64>> &matches, int current) override;

    double scrollFraction() const override;
    void setScrollFraction(double fraction) override;

    void setZoom(double zoom) override;
    void setZoomMode(ZoomMode mode) override;
    bool supportsFitModes() const override { return true; }
    void highlightsChanged() override;
    void sharedPassagesChanged() override;

    const QVector<PdfPage> &pages() const { return m_pages; }
    PdfView *view() const { return m_view; }
    PdfRenderer *renderer() const { return m_renderer; }

private:
    void applyScale();
    double pointsToPixels() const;

    QVector<PdfPage> m_pages;
    std::function<QString(qint64, qint64)> m_textRange;
    PdfRenderer *m_renderer;
    PdfView *m_view;
    PdfOutline *m_outline;
    QSplitter *m_splitter;
    QLabel *m_error;
    qint64 m_pendingOffset = -1;
    // A passage to centre once the view has its size.
    std::pair<qint64, qint64> m_pendingRange {-1, -1};
};

} // namespace Recoupe
