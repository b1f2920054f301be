// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencelist.h"

#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace Recoupe {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRect(QRectF(0.5, 0.5, 11, 11));
    return QIcon(pixmap);
}

} // namespace

EvidenceList::EvidenceList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("evidenceList"));
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTextElideMode(Qt::ElideRight);
    setToolTip(tr("Enter or double-click opens the passage; Ctrl+Enter opens it in a new pane."));
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openRow(row(item), QApplication::keyboardModifiers() & Qt::ControlModifier);
    });
}

void EvidenceList::setDossier(Dossier *dossier)
{
    m_dossier = dossier;
    clear();
}

QString EvidenceList::shortQuote(const QString &text, int length)
{
    const QString flat = text.simplified();
    return flat.size() <= length ? flat : flat.left(length - 1) + QChar(0x2026);
}

void EvidenceList::showAnnotations(const QVector<qint64> &annotationIds)
{
    clear();
    if (!m_dossier)
        return;
    QVector<Annotation> found;
    for (qint64 id : annotationIds) {
        if (auto annotation = m_dossier->annotations().get(id))
            found.append(*annotation);
    }
    std::sort(found.begin(), found.end(), [](const Annotation &a, const Annotation &b) {
        return std::tie(a.anchor.sourceId, a.anchor.start) < std::tie(b.anchor.sourceId, b.anchor.start);
    });
    QHash<qint64, QString> titles;
    for (const Annotation &annotation : std::as_const(found)) {
        const qint64 sourceId = annotation.anchor.sourceId;
        if (!titles.contains(sourceId)) {
            const auto source = m_dossier->sources().get(sourceId);
            titles.insert(sourceId, source ? source->title : QString());
        }
        //: A passage of evidence: %1 the quoted passage, %2 the title of its source
        auto *item = new QListWidgetItem(
            tr("“%1”\n— %2").arg(shortQuote(annotation.anchor.exact), titles.value(sourceId)));
        QColor color = annotation.color;
        if (!annotation.tagIds.isEmpty()) {
            if (const auto tag = m_dossier->tags().get(annotation.tagIds.first()))
                color = tag->color;
        }
        item->setIcon(swatch(color));
        QString tip = annotation.anchor.exact.simplified().toHtmlEscaped();
        if (!annotation.note.isEmpty())
            tip += QStringLiteral("<hr>") + annotation.note.toHtmlEscaped();
        if (annotation.anchor.orphaned)
            //: Tooltip of a passage whose text is no longer in its source
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg(tr("This passage was not found again after its source changed."));
        item->setToolTip(tip);
        item->setData(AnnotationIdRole, annotation.id);
        item->setData(SourceIdRole, sourceId);
        item->setData(StartRole, annotation.anchor.start);
        item->setData(EndRole, annotation.anchor.end);
        addItem(item);
    }
}

QVector<qint64> EvidenceList::annotationIds() const
{
    QVector<qint64> ids;
    for (int i = 0; i < count(); ++i)
        ids.append(item(i)->data(AnnotationIdRole).toLongLong());
    return ids;
}

void EvidenceList::openRow(int row, bool newPane)
{
    const QListWidgetItem *entry = item(row);
    if (!entry)
        return;
    Q_EMIT passageRequested(entry->data(SourceIdRole).toLongLong(), entry->data(StartRole).toLongLong(),
        entry->data(EndRole).toLongLong(), newPane);
}

void EvidenceList::openSelected()
{
    QVector<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && currentRow() >= 0)
        rows.append(currentRow());
    for (int i = 0; i < rows.size(); ++i)
        openRow(rows.at(i), i > 0);
}

void EvidenceList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentRow() >= 0) {
        if (selectionModel()->selectedIndexes().size() > 1)
            openSelected();
        else
            openRow(currentRow(), event->modifiers() & Qt::ControlModifier);
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace Recoupe
