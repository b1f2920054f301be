// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelistmodel.h"

#include "model/partialdate.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QIcon>
#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

namespace Recoupe {

namespace {

QString displayDate(const QString &iso)
{
    bool ok = false;
    const PartialDate date = PartialDate::fromIso(iso, &ok);
    if (!ok || date.isNull())
        return iso;
    const QLocale locale;
    switch (date.precision()) {
    case PartialDate::Precision::Day:
        return locale.toString(date.earliest(), QLocale::ShortFormat);
    case PartialDate::Precision::Month:
        return locale.toString(date.earliest(), QStringLiteral("MMM yyyy"));
    case PartialDate::Precision::Year:
    case PartialDate::Precision::None:
        break;
    }
    return QString::number(date.yearValue());
}

QString kindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Pdf:
        //: Kind of source, in the library's tooltip
        return SourceListModel::tr("PDF document");
    case SourceKind::Html:
        //: Kind of source, in the library's tooltip
        return SourceListModel::tr("Web page");
    case SourceKind::Markdown:
        //: Kind of source, in the library's tooltip
        return SourceListModel::tr("Markdown text");
    case SourceKind::Email:
        //: Kind of source, in the library's tooltip
        return SourceListModel::tr("E-mail message");
    case SourceKind::Office:
        //: Kind of source, in the library's tooltip
        return SourceListModel::tr("Office document");
    case SourceKind::Image:
        //: Kind of source, in the library's tooltip
        return SourceListModel::tr("Image");
    case SourceKind::Text:
        break;
    }
    //: Kind of source, in the library's tooltip
    return SourceListModel::tr("Plain text");
}

} // namespace

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QIcon SourceListModel::kindIcon(SourceKind kind)
{
    static const QIcon text(QStringLiteral(":/icons/kind-text.svg"));
    static const QIcon html(QStringLiteral(":/icons/kind-html.svg"));
    static const QIcon markdown(QStringLiteral(":/icons/kind-markdown.svg"));
    static const QIcon pdf(QStringLiteral(":/icons/kind-pdf.svg"));
    static const QIcon email(QStringLiteral(":/icons/kind-email.svg"));
    static const QIcon office(QStringLiteral(":/icons/kind-office.svg"));
    static const QIcon image(QStringLiteral(":/icons/kind-image.svg"));
    switch (kind) {
    case SourceKind::Pdf:
        return pdf;
    case SourceKind::Html:
        return html;
    case SourceKind::Markdown:
        return markdown;
    case SourceKind::Email:
        return email;
    case SourceKind::Office:
        return office;
    case SourceKind::Image:
        return image;
    case SourceKind::Text:
        break;
    }
    return text;
}

Dossier *SourceListModel::dossier() const
{
    return m_dossier;
}

void SourceListModel::setDossier(Dossier *dossier)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    m_rows.clear();
    m_total = dossier ? dossier->sources().count() : 0;
    if (dossier) {
        connect(dossier, &Dossier::sourcesAdded, this, &SourceListModel::onSourcesAdded);
        connect(dossier, &Dossier::sourcesRemoved, this, &SourceListModel::onSourcesRemoved);
        connect(dossier, &Dossier::sourceChanged, this, &SourceListModel::onSourceChanged);
        connect(dossier, &Dossier::sourceContentChanged, this, &SourceListModel::onSourceChanged);
        connect(dossier, &Dossier::annotationAdded, this,
            [this](qint64 sourceId, qint64) { onAnnotationCountChanged(sourceId); });
        connect(dossier, &Dossier::annotationRemoved, this,
            [this](qint64 sourceId, qint64) { onAnnotationCountChanged(sourceId); });
    }
    endResetModel();
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SourceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_dossier && m_rows.size() < m_total;
}

void SourceListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QVector<Source> batch = m_dossier->sources().list(int(m_rows.size()), m_batchSize);
    if (batch.isEmpty()) {
        m_total = int(m_rows.size()); // the dossier holds fewer than counted: stop asking
        return;
    }
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + batch.size()) - 1);
    m_rows.append(batch);
    endInsertRows();
}

void SourceListModel::fetchAll()
{
    while (canFetchMore(QModelIndex()))
        fetchMore(QModelIndex());
}

int SourceListModel::insertionRow(qint64 sourceId) const
{
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), sourceId, [](const Source &s, qint64 id) { return s.id < id; });
    return int(it - m_rows.cbegin());
}

int SourceListModel::rowOf(qint64 sourceId) const
{
    const int row = insertionRow(sourceId);
    return row < m_rows.size() && m_rows.at(row).id == sourceId ? row : -1;
}

qint64 SourceListModel::sourceIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Source &s = m_rows.at(index.row());
    // An attachment sorts with its message, right after it, whatever the column.
    const int parentRow = s.parentId ? rowOf(s.parentId) : -1;
    if (role == SortRole && parentRow >= 0) {
        const QVariant key = data(index.siblingAtRow(parentRow), role);
        if (index.column() != TitleColumn)
            return key;
        return QString(
            key.toString() + QChar(1) + QString::number(s.position).rightJustified(6, QLatin1Char('0')));
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            if (role == Qt::DisplayRole && s.parentId)
                //: An attachment's title in the library, listed under its message
                return tr("↳ %1").arg(s.title);
            return s.title;
        case PublisherColumn:
            return s.publisher;
        case PublishedColumn:
            return role == Qt::EditRole ? s.published : displayDate(s.published);
        case AnnotationsColumn:
            return s.annotationCount;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return s.title.toCaseFolded();
        case PublisherColumn:
            return s.publisher.toCaseFolded();
        case PublishedColumn:
            return s.published;
        case AnnotationsColumn:
            return s.annotationCount;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return kindIcon(s.kind);
        break;
    case Qt::ToolTipRole: {
        QStringList lines {s.title, kindName(s.kind)};
        if (!s.origin.isEmpty())
            lines.append(s.origin);
        if (hasPages(s.kind))
            lines.append(tr("%n page(s)", "", s.pageCount));
        if (parentRow >= 0)
            lines.append(tr("Attached to “%1”").arg(m_rows.at(parentRow).title));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == AnnotationsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SourceIdRole:
        return s.id;
    case KindRole:
        return int(s.kind);
    }
    return QVariant();
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn:
            //: Library column header
            return tr("Title");
        case PublisherColumn:
            //: Library column header
            return tr("Publisher");
        case PublishedColumn:
            //: Library column header: the publication date
            return tr("Date");
        case AnnotationsColumn:
            return QString(); // an icon: the count needs no words
        }
    } else if (role == Qt::DecorationRole && section == AnnotationsColumn) {
        return QIcon(QStringLiteral(":/icons/highlight.svg"));
    } else if ((role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) && section == AnnotationsColumn) {
        //: Library column header (tooltip): the number of highlights in each source
        return tr("Highlights in the source");
    }
    return QVariant();
}

Qt::ItemFlags SourceListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SourceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_dossier
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != TitleColumn)
        return false;
    const QString title = value.toString().simplified();
    Source edited = m_rows.at(index.row());
    if (title.isEmpty()) {
        Q_EMIT editFailed(tr("A source needs a title."));
        return false;
    }
    if (title == edited.title)
        return false;
    edited.title = title;
    // The row is refreshed by sourceChanged, like any other change, undo included.
    const Status status = m_dossier->updateSource(edited);
    if (!status.ok()) {
        Q_EMIT editFailed(status.error());
        return false;
    }
    return true;
}

void SourceListModel::onSourcesAdded(const QVector<qint64> &ids)
{
    QVector<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    for (qint64 id : std::as_const(sorted)) {
        if (rowOf(id) >= 0)
            continue;
        const bool allFetched = m_rows.size() == m_total;
        ++m_total;
        const int row = insertionRow(id);
        // Beyond the rows held while more remain: fetchMore will bring it in order.
        if (row == m_rows.size() && !allFetched)
            continue;
        const auto source = m_dossier->sources().get(id);
        if (!source) {
            --m_total;
            continue;
        }
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginInsertRows(QModelIndex(), row, row);
        m_rows.insert(row, *source);
        endInsertRows();
    }
}

void SourceListModel::onSourcesRemoved(const QVector<qint64> &ids)
{
    for (qint64 id : ids) {
        --m_total;
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const QScopedValueRollback<bool> changing(m_changing, true);
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.remove(row);
        endRemoveRows();
    }
    m_total = std::max(m_total, int(m_rows.size()));
}

void SourceListModel::onSourceChanged(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const auto source = m_dossier->sources().get(id);
    if (!source)
        return;
    m_rows[row] = *source;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SourceListModel::onAnnotationCountChanged(qint64 sourceId)
{
    const int row = rowOf(sourceId);
    if (row < 0)
        return;
    const auto source = m_dossier->sources().get(sourceId);
    if (!source || source->annotationCount == m_rows.at(row).annotationCount)
        return;
    m_rows[row].annotationCount = source->annotationCount;
    const QModelIndex cell = index(row, AnnotationsColumn);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, SortRole});
}

} // namespace Recoupe
