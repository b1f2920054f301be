// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

namespace Recoupe {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SearchResultModel::setResults(const QVector<SearchHit> &hits, const SearchOptions &options, bool ranked)
{
    beginResetModel();
    m_hits = hits;
    m_options = options;
    m_ranked = ranked;
    endResetModel();
}

void SearchResultModel::clear()
{
    if (m_hits.isEmpty())
        return;
    beginResetModel();
    m_hits.clear();
    m_ranked = false;
    endResetModel();
}

int SearchResultModel::rowOf(const SearchHit &hit) const
{
    for (int row = 0; row < m_hits.size(); ++row) {
        const SearchHit &h = m_hits.at(row);
        if (h.kind == hit.kind && h.sourceId == hit.sourceId && h.ownerId == hit.ownerId
            && h.offset == hit.offset)
            return row;
    }
    return -1;
}

QString SearchResultModel::plainSnippet(const QString &snippet, const SearchOptions &options)
{
    QString plain = snippet;
    plain.remove(options.markOpen);
    plain.remove(options.markClose);
    return plain.simplified();
}

QString SearchResultModel::htmlSnippet(const QString &snippet, const SearchOptions &options)
{
    // Escape first, then turn the markers (which escaping leaves alone) into tags.
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(options.markOpen, QStringLiteral("<b>"));
    html.replace(options.markClose, QStringLiteral("</b>"));
    return html;
}

QString SearchResultModel::heading(const SearchHit &hit) const
{
    switch (hit.kind) {
    case SearchHit::Kind::SourceText:
        if (hit.page >= 0)
            //: Search result heading: %1 is a source title, %2 a PDF page number
            return tr("%1, page %2").arg(hit.sourceTitle).arg(hit.page + 1);
        return hit.sourceTitle;
    case SearchHit::Kind::AnnotationNote:
        //: Search result heading: the match is in the note of a highlight in source %1
        return tr("Note on a passage of “%1”").arg(hit.sourceTitle);
    case SearchHit::Kind::Claim:
        //: Search result heading: the match is in one of the investigator's claims
        return tr("Claim");
    }
    return {};
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    const bool inText = hit.kind == SearchHit::Kind::SourceText;
    switch (role) {
    case Qt::DisplayRole:
        //: A search result as plain text: %1 where (source title), %2 the words around the match
        return tr("%1: %2").arg(heading(hit), plainSnippet(hit.snippet, m_options));
    case Qt::ToolTipRole:
        return heading(hit);
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(heading(hit), plainSnippet(hit.snippet, m_options));
    case HeadingRole:
        return heading(hit);
    case SnippetHtmlRole:
        return htmlSnippet(hit.snippet, m_options);
    case KindRole:
        return int(hit.kind);
    case SourceIdRole:
        return hit.sourceId;
    case SourceTitleRole:
        return hit.sourceTitle;
    case OwnerIdRole:
        return hit.ownerId;
    case OffsetRole:
        return hit.offset;
    case LengthRole:
        return hit.length;
    case StartRole:
        return inText ? hit.offset : hit.anchorStart;
    case EndRole:
        return inText ? hit.offset + hit.length : hit.anchorEnd;
    case PageRole:
        return hit.page;
    default:
        return {};
    }
}

} // namespace Recoupe
