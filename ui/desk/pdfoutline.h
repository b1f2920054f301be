// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace Recoupe {

// The PDF's outline (its bookmarks) as a collapsible tree beside the pages, as in Okular's side
// panel. Read with Poppler on first show; activating an entry asks to go to its page.
class PdfOutline : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PdfOutline(const QByteArray &pdf, QWidget *parent = nullptr);

    // Reads the outline now if it was not yet; false when the PDF has none.
    bool load();
    bool isEmpty() const { return m_loaded && topLevelItemCount() == 0; }

    static constexpr int PageRole = Qt::UserRole; // 0-based page
    static constexpr int TopRole = Qt::UserRole + 1; // where on the page, 0..1 (-1: its top)

Q_SIGNALS:
    void pageRequested(int page, double top);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QByteArray m_pdf;
    bool m_loaded = false;
};

} // namespace Recoupe
