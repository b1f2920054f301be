// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"

#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>

namespace Recoupe {

namespace {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

bool listOrder(const Annotation &a, const Annotation &b)
{
    if (a.anchor.sourceId != b.anchor.sourceId)
        return a.anchor.sourceId < b.anchor.sourceId;
    if (a.anchor.start != b.anchor.start)
        return a.anchor.start < b.anchor.start;
    if (a.anchor.end != b.anchor.end)
        return a.anchor.end < b.anchor.end;
    return a.id < b.id;
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(150), 2));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(3, 3, 26, 26), 4, 4);
    return QIcon(pixmap);
}

} // namespace

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

Dossier *AnnotationListModel::dossier() const
{
    return m_dossier;
}

void AnnotationListModel::setDossier(Dossier *dossier)
{
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    m_scope = 0;
    if (dossier) {
        connect(dossier, &Dossier::annotationAdded, this, &AnnotationListModel::onAdded);
        connect(dossier, &Dossier::annotationChanged, this, &AnnotationListModel::onChanged);
        connect(dossier, &Dossier::annotationRemoved, this, &AnnotationListModel::onRemoved);
        connect(dossier, &Dossier::tagAdded, this, &AnnotationListModel::onTagsChanged);
        connect(dossier, &Dossier::tagChanged, this, &AnnotationListModel::onTagsChanged);
        connect(dossier, &Dossier::tagRemoved, this, &AnnotationListModel::onTagsChanged);
        connect(dossier, &Dossier::sourcesRemoved, this, &AnnotationListModel::onSourcesRemoved);
        connect(dossier, &Dossier::sourcesAdded, this, &AnnotationListModel::onSourcesAdded);
        connect(dossier, &Dossier::sourceChanged, this, &AnnotationListModel::onSourceChanged);
        connect(dossier, &Dossier::sourceContentChanged, this, [this] { reload(); });
    }
    reload();
}

void AnnotationListModel::setScope(qint64 sourceId)
{
    if (sourceId == m_scope)
        return;
    m_scope = sourceId;
    reload();
}

void AnnotationListModel::setTextFilter(const QString &text)
{
    if (text == m_textFilter)
        return;
    m_textFilter = text;
    m_textWords = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    reload();
}

void AnnotationListModel::setTagFilter(qint64 tagId)
{
    if (tagId == m_tagFilter)
        return;
    m_tagFilter = tagId;
    reload();
}

void AnnotationListModel::setColorFilter(const QColor &color)
{
    if (color == m_colorFilter)
        return;
    m_colorFilter = color;
    reload();
}

void AnnotationListModel::refreshTags()
{
    m_tags.clear();
    if (!m_dossier)
        return;
    for (const Tag &tag : m_dossier->tags().all())
        m_tags.insert(tag.id, tag);
}

QString AnnotationListModel::tagPath(qint64 tagId) const
{
    QStringList parts;
    for (auto it = m_tags.constFind(tagId); it != m_tags.cend() && parts.size() < 32;
         it = m_tags.constFind(it->parentId))
        parts.prepend(it->name);
    return parts.join(QLatin1Char('/'));
}

void AnnotationListModel::reload()
{
    // Scope and filter changes rebuild the list; edits in the dossier never do.
    beginResetModel();
    m_rows.clear();
    m_sourceTitles.clear();
    refreshTags();
    if (m_dossier) {
        const QVector<Annotation> annotations
            = m_scope ? m_dossier->annotations().forSource(m_scope) : m_dossier->annotations().all();
        for (const Annotation &annotation : annotations) {
            Row row = makeRow(annotation);
            if (matches(row))
                m_rows.append(std::move(row));
        }
        std::sort(m_rows.begin(), m_rows.end(),
            [](const Row &a, const Row &b) { return listOrder(a.annotation, b.annotation); });
    }
    endResetModel();
}

AnnotationListModel::Row AnnotationListModel::makeRow(const Annotation &annotation)
{
    Row row;
    row.annotation = annotation;
    row.color = annotation.color;
    QStringList tags;
    for (qint64 tagId : annotation.tagIds) {
        const auto tag = m_tags.constFind(tagId);
        if (tag == m_tags.cend())
            continue;
        if (tags.isEmpty())
            row.color = tag->color;
        tags.append(tagPath(tagId));
    }
    row.tagNames = tags.join(QStringLiteral(" · "));
    const qint64 sourceId = annotation.anchor.sourceId;
    // Titles are looked up once per source and kept (sourceChanged refreshes them).
    auto title = m_sourceTitles.find(sourceId);
    if (title == m_sourceTitles.end() && m_dossier) {
        const auto source = m_dossier->sources().get(sourceId);
        title = m_sourceTitles.insert(sourceId, source ? source->title : QString());
    }
    row.sourceTitle = title == m_sourceTitles.end() ? QString() : *title;
    row.searchKey = fold(annotation.anchor.exact + QLatin1Char('\n') + annotation.note + QLatin1Char('\n')
        + row.tagNames + QLatin1Char('\n') + row.sourceTitle);
    return row;
}

bool AnnotationListModel::inScope(const Annotation &annotation) const
{
    return !m_scope || annotation.anchor.sourceId == m_scope;
}

bool AnnotationListModel::matches(const Row &row) const
{
    if (m_tagFilter && !row.annotation.tagIds.contains(m_tagFilter))
        return false;
    if (m_colorFilter.isValid() && row.color.rgb() != m_colorFilter.rgb())
        return false;
    for (const QString &word : m_textWords) {
        if (!row.searchKey.contains(word))
            return false;
    }
    return true;
}

int AnnotationListModel::insertionRow(const Annotation &annotation) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), annotation,
        [](const Row &row, const Annotation &a) { return listOrder(row.annotation, a); });
    return int(it - m_rows.cbegin());
}

void AnnotationListModel::insertRow(Row row)
{
    const int at = insertionRow(row.annotation);
    beginInsertRows(QModelIndex(), at, at);
    m_rows.insert(at, std::move(row));
    endInsertRows();
}

QString AnnotationListModel::mimeType()
{
    return QStringLiteral("application/x-recoupe-annotation-ids");
}

Qt::ItemFlags AnnotationListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractListModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList AnnotationListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *AnnotationListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.isValid())
            ids.append(QString::number(annotationIdAt(index.row())));
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(QLatin1Char('\n')).toLatin1());
    // Dropped into a text field, a highlight reads as its quote.
    data->setText(indexes.first().data(QuoteRole).toString());
    return data;
}

int AnnotationListModel::rowOf(qint64 annotationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).annotation.id == annotationId)
            return i;
    }
    return -1;
}

qint64 AnnotationListModel::annotationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).annotation.id : 0;
}

QVector<QColor> AnnotationListModel::colorsShown() const
{
    QVector<QColor> colors;
    QSet<QRgb> seen;
    for (const Row &row : m_rows) {
        if (!seen.contains(row.color.rgb())) {
            seen.insert(row.color.rgb());
            colors.append(row.color);
        }
    }
    return colors;
}

void AnnotationListModel::onAdded(qint64 sourceId, qint64 id)
{
    if (m_scope && sourceId != m_scope)
        return;
    const auto annotation = m_dossier->annotations().get(id);
    if (!annotation || rowOf(id) >= 0)
        return;
    Row row = makeRow(*annotation);
    if (matches(row))
        insertRow(std::move(row));
}

void AnnotationListModel::onChanged(qint64 sourceId, qint64 id)
{
    if (m_scope && sourceId != m_scope)
        return;
    const int at = rowOf(id);
    const auto annotation = m_dossier->annotations().get(id);
    if (!annotation) {
        onRemoved(sourceId, id);
        return;
    }
    Row row = makeRow(*annotation);
    const bool keep = matches(row);
    if (at >= 0 && keep && !listOrder(row.annotation, m_rows.at(at).annotation)
        && !listOrder(m_rows.at(at).annotation, row.annotation)) {
        m_rows[at] = std::move(row);
        Q_EMIT dataChanged(index(at), index(at));
        return;
    }
    if (at >= 0) {
        beginRemoveRows(QModelIndex(), at, at);
        m_rows.remove(at);
        endRemoveRows();
    }
    if (keep)
        insertRow(std::move(row));
}

void AnnotationListModel::onRemoved(qint64, qint64 id)
{
    const int at = rowOf(id);
    if (at < 0)
        return;
    beginRemoveRows(QModelIndex(), at, at);
    m_rows.remove(at);
    endRemoveRows();
}

void AnnotationListModel::onTagsChanged()
{
    // Names and colors shown may change; which rows match a tag filter too.
    refreshTags();
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const auto annotation = m_dossier->annotations().get(m_rows.at(i).annotation.id);
        Row row = annotation ? makeRow(*annotation) : Row();
        if (!annotation || !matches(row)) {
            beginRemoveRows(QModelIndex(), i, i);
            m_rows.remove(i);
            endRemoveRows();
        } else {
            m_rows[i] = std::move(row);
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void AnnotationListModel::onSourcesRemoved(const QVector<qint64> &ids)
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (ids.contains(m_rows.at(i).annotation.anchor.sourceId)) {
            beginRemoveRows(QModelIndex(), i, i);
            m_rows.remove(i);
            endRemoveRows();
        }
    }
}

void AnnotationListModel::onSourcesAdded(const QVector<qint64> &ids)
{
    for (qint64 sourceId : ids) {
        if (m_scope && sourceId != m_scope)
            continue;
        for (const Annotation &annotation : m_dossier->annotations().forSource(sourceId)) {
            if (rowOf(annotation.id) >= 0)
                continue;
            Row row = makeRow(annotation);
            if (matches(row))
                insertRow(std::move(row));
        }
    }
}

void AnnotationListModel::onSourceChanged(qint64 sourceId)
{
    const auto source = m_dossier->sources().get(sourceId);
    m_sourceTitles.insert(sourceId, source ? source->title : QString());
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).annotation.anchor.sourceId == sourceId) {
            m_rows[i].sourceTitle = source ? source->title : QString();
            Q_EMIT dataChanged(index(i), index(i));
        }
    }
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const Annotation &a = row.annotation;
    switch (role) {
    case Qt::DisplayRole: {
        QString quote = a.anchor.exact.simplified();
        if (quote.size() > 180)
            quote = quote.left(179) + QChar(0x2026);
        //: A quoted passage in the Annotations dock; use the quotation marks of your language
        QStringList lines {tr("“%1”").arg(quote)};
        QStringList details;
        if (!row.tagNames.isEmpty())
            details.append(row.tagNames);
        if (!a.note.isEmpty()) {
            QString note = a.note.simplified();
            if (note.size() > 120)
                note = note.left(119) + QChar(0x2026);
            details.append(note);
        }
        if (!details.isEmpty())
            lines.append(details.join(QStringLiteral(" — ")));
        if (!m_scope)
            lines.append(row.sourceTitle);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<p>%1</p>").arg(a.anchor.exact.toHtmlEscaped());
        if (!row.tagNames.isEmpty())
            tip += QStringLiteral("<p><b>%1</b></p>").arg(row.tagNames.toHtmlEscaped());
        if (!a.note.isEmpty())
            tip += QStringLiteral("<p>%1</p>").arg(a.note.toHtmlEscaped());
        return tip;
    }
    case Qt::DecorationRole:
        return swatch(row.color);
    case Qt::AccessibleDescriptionRole:
        return row.tagNames.isEmpty() ? a.note : row.tagNames + QLatin1String(". ") + a.note;
    case AnnotationIdRole:
        return a.id;
    case SourceIdRole:
        return a.anchor.sourceId;
    case StartRole:
        return a.anchor.start;
    case EndRole:
        return a.anchor.end;
    case QuoteRole:
        return a.anchor.exact;
    case NoteRole:
        return a.note;
    case ColorRole:
        return row.color;
    case TagIdsRole: {
        QVariantList ids;
        for (qint64 id : a.tagIds)
            ids.append(id);
        return ids;
    }
    case TagNamesRole:
        return row.tagNames;
    case SourceTitleRole:
        return row.sourceTitle;
    }
    return QVariant();
}

} // namespace Recoupe
