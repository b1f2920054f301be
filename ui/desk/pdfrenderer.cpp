// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfrenderer.h"

#include "import/imageimporter.h"

#include <QThread>

#include <poppler-qt6.h>

#include <algorithm>
#include <memory>

namespace Recoupe {

PdfRenderer::PdfRenderer(const QByteArray &bytes, QObject *parent, PageImages images)
    : QObject(parent)
    , m_pdf(bytes)
    , m_images(images)
{
    // A core stays free for the UI thread (scrolling must not stall): one worker on two cores,
    // two on more.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, 2));
    m_cache.setMaxCost(192LL * 1024 * 1024);
    // Parse the document now, while the view is being laid out, so that the first page only
    // waits for its own rendering.
    if (m_images == PageImages::PdfPages) {
        m_pool.start([this] {
            QString error;
            if (!m_stopping)
                documentForThisThread(&error);
        });
    }
}

PdfRenderer::~PdfRenderer()
{
    m_stopping = true;
    m_pool.clear();
    m_pool.waitForDone();
    for (Poppler::Document *document : std::as_const(m_documents))
        delete document;
}

QImage PdfRenderer::page(int page, int pixelWidth, bool request)
{
    const quint64 k = key(page, pixelWidth);
    if (const QImage *image = m_cache.object(k))
        return *image;
    if (request && !m_queued.contains(k) && m_error.isEmpty()) {
        m_queued.insert(k);
        m_pool.start([this, page, pixelWidth] { render(page, pixelWidth); });
    }
    return QImage();
}

QImage PdfRenderer::anyRendering(int page) const
{
    const auto width = m_latestWidth.constFind(page);
    if (width == m_latestWidth.cend())
        return QImage();
    const QImage *image = m_cache.object(key(page, *width));
    return image ? *image : QImage();
}

bool PdfRenderer::isRendered(int page, int pixelWidth) const
{
    return m_cache.contains(key(page, pixelWidth));
}

void PdfRenderer::setWanted(const QHash<int, int> &pageWidths)
{
    QMutexLocker locker(&m_mutex);
    m_wanted = pageWidths;
    m_anyWanted = true;
}

void PdfRenderer::setCacheLimit(qint64 bytes)
{
    m_cache.setMaxCost(bytes);
}

bool PdfRenderer::isWanted(int page, int pixelWidth) const
{
    QMutexLocker locker(&m_mutex);
    return !m_anyWanted || m_wanted.value(page, -1) == pixelWidth;
}

Poppler::Document *PdfRenderer::documentForThisThread(QString *error)
{
    QThread *thread = QThread::currentThread();
    {
        QMutexLocker locker(&m_mutex);
        if (Poppler::Document *document = m_documents.value(thread))
            return document;
    }
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(m_pdf);
    if (!document) {
        *error = tr("The PDF cannot be displayed: Poppler cannot read it.");
        return nullptr;
    }
    if (document->isLocked()) {
        *error = tr("The PDF cannot be displayed: it is protected by a password.");
        return nullptr;
    }
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    document->setRenderHint(Poppler::Document::TextHinting, true);
    QMutexLocker locker(&m_mutex);
    m_documents.insert(thread, document.get());
    return document.release();
}

QImage PdfRenderer::renderPdfPage(int page, int pixelWidth, QString *error)
{
    Poppler::Document *document = documentForThisThread(error);
    if (!document)
        return QImage();
    const std::unique_ptr<Poppler::Page> pdfPage(document->page(page));
    if (!pdfPage)
        return QImage();
    const QSizeF size = pdfPage->pageSizeF();
    const double dpi = size.width() > 0 ? 72.0 * pixelWidth / size.width() : 72.0;
    return pdfPage->renderToImage(dpi, dpi);
}

void PdfRenderer::render(int page, int pixelWidth)
{
    const quint64 k = key(page, pixelWidth);
    QImage image;
    QString error;
    if (!m_stopping && isWanted(page, pixelWidth)) {
        if (m_images == PageImages::ImageFrames) {
            //: Names the file in "Page 2 of this image cannot be decoded…"
            image = ImageImporter::frame(m_pdf, page, pixelWidth, tr("this image"), &error);
            if (!image.isNull())
                error.clear();
        } else {
            image = renderPdfPage(page, pixelWidth, &error);
        }
    }
    // Back on the UI thread; dropped if the renderer is gone by then.
    QMetaObject::invokeMethod(
        this,
        [this, k, page, pixelWidth, image, error] {
            m_queued.remove(k);
            if (!error.isEmpty() && m_error.isEmpty()) {
                m_error = error;
                Q_EMIT failed(error);
                return;
            }
            if (image.isNull())
                return; // skipped: no longer on screen
            m_cache.insert(k, new QImage(image), std::max<qint64>(1, image.sizeInBytes()));
            m_latestWidth.insert(page, pixelWidth);
            Q_EMIT pageRendered(page);
        },
        Qt::QueuedConnection);
}

} // namespace Recoupe
