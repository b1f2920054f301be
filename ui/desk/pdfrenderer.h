// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>

namespace Poppler {
class Document;
}

class QThread;

namespace Recoupe {

// Renders the pages of one PDF with Poppler (or the frames of an image source) on worker threads and keeps
// the images in a cache bounded by bytes. Each worker thread opens its own Poppler::Document from the same
// bytes (Poppler documents are not safe to share between threads). The UI thread only asks and draws: page()
// never blocks; pageRendered() says when to repaint.
class PdfRenderer : public QObject
{
    Q_OBJECT

public:
    // Where the page images come from: a PDF's pages drawn by Poppler, or an image source's
    // frames (page n is the n-th frame of the image file, decoded at the width asked).
    enum class PageImages
    {
        PdfPages,
        ImageFrames
    };

    explicit PdfRenderer(
        const QByteArray &bytes, QObject *parent = nullptr, PageImages images = PageImages::PdfPages);
    // Drops queued work and waits for the pages being rendered.
    ~PdfRenderer() override;

    // The page rendered `pixelWidth` device pixels wide, or a null image, in which case the
    // rendering is queued (unless `request` is false).
    QImage page(int page, int pixelWidth, bool request = true);
    // The most recent rendering of the page at any size, to draw scaled while the right one comes.
    QImage anyRendering(int page) const;
    bool isRendered(int page, int pixelWidth) const;

    // Pages the view shows now, with the pixel width it draws each at; queued work for other
    // pages or other widths (a zoom or resize since) is skipped when its turn comes.
    void setWanted(const QHash<int, int> &pageWidths);
    void setCacheLimit(qint64 bytes);
    qint64 cacheLimit() const { return m_cache.maxCost(); }
    qint64 cachedBytes() const { return m_cache.totalCost(); }

    // Set once a worker failed to open the document (damaged, or protected by a password).
    QString error() const { return m_error; }

Q_SIGNALS:
    void pageRendered(int page);
    void failed(const QString &message);

private:
    static quint64 key(int page, int pixelWidth)
    {
        return (quint64(quint32(page)) << 32) | quint32(pixelWidth);
    }
    void render(int page, int pixelWidth);
    QImage renderPdfPage(int page, int pixelWidth, QString *error);
    Poppler::Document *documentForThisThread(QString *error);
    bool isWanted(int page, int pixelWidth) const;

    QByteArray m_pdf;
    PageImages m_images;
    QThreadPool m_pool;
    QCache<quint64, QImage> m_cache;
    QHash<int, int> m_latestWidth; // page -> pixel width of its latest rendering
    QSet<quint64> m_queued;
    QString m_error;

    // Shared with the workers.
    mutable QMutex m_mutex;
    QHash<int, int> m_wanted; // page -> pixel width
    bool m_anyWanted = false; // nothing said yet: render whatever is asked
    QHash<QThread *, Poppler::Document *> m_documents;
    std::atomic_bool m_stopping {false};
};

} // namespace Recoupe
