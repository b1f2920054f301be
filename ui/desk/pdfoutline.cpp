// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfoutline.h"

#include <QHeaderView>

#include <poppler-qt6.h>

namespace Recoupe {

namespace {

void addItems(const QVector<Poppler::OutlineItem> &items, QTreeWidget *tree, QTreeWidgetItem *parent)
{
    for (const Poppler::OutlineItem &item : items) {
        auto *node = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        node->setText(0, item.name());
        node->setToolTip(0, item.name());
        int page = -1;
        double top = -1;
        if (const auto destination = item.destination()) {
            page = destination->pageNumber() - 1;
            if (destination->isChangeTop())
                top = destination->top();
        }
        node->setData(0, PdfOutline::PageRole, page);
        node->setData(0, PdfOutline::TopRole, top);
        if (page >= 0)
            node->setText(1, QString::number(page + 1));
        if (item.hasChildren()) {
            addItems(item.children(), tree, node);
            node->setExpanded(item.isOpen());
        }
    }
}

} // namespace

PdfOutline::PdfOutline(const QByteArray &pdf, QWidget *parent)
    : QTreeWidget(parent)
    , m_pdf(pdf)
{
    setColumnCount(2);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setAccessibleName(tr("Outline"));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int page = item->data(0, PageRole).toInt();
        if (page >= 0)
            Q_EMIT pageRequested(page, item->data(0, TopRole).toDouble());
    });
}

bool PdfOutline::load()
{
    if (!m_loaded) {
        m_loaded = true;
        // The workers' documents live on their threads; the outline is read once, here.
        if (const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(m_pdf))
            addItems(document->outline(), this, nullptr);
        m_pdf.clear();
    }
    return topLevelItemCount() > 0;
}

void PdfOutline::showEvent(QShowEvent *event)
{
    load();
    QTreeWidget::showEvent(event);
}

} // namespace Recoupe
