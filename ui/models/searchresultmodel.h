// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searcher.h"

#include <QAbstractListModel>

namespace Recoupe {

// The hits of one search, one row each: where it is (source title, page) and a snippet with
// the matched words marked. A new query replaces the whole list (a reset, once per query).
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(SearchHit::Kind)
        SourceIdRole,
        SourceTitleRole,
        OwnerIdRole, // annotation or claim id
        OffsetRole, // the passage to open: [StartRole, EndRole) in the source's text
        LengthRole,
        StartRole,
        EndRole,
        PageRole,
        // The snippet as rich text: escaped, matched words in <b>.
        SnippetHtmlRole,
        // The heading line: source title (and page), "Note on …" or "Claim".
        HeadingRole,
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    // Replaces the list. `ranked`: the hits are in relevance order (else: first page, unranked).
    void setResults(const QVector<SearchHit> &hits, const SearchOptions &options, bool ranked);
    void clear();

    bool isRanked() const { return m_ranked; }
    const SearchHit &hit(int row) const { return m_hits.at(row); }
    // The row holding the same place as `hit` (same kind, owner, source and offset), or -1.
    int rowOf(const SearchHit &hit) const;

    // The snippet's plain text, without the match markers.
    static QString plainSnippet(const QString &snippet, const SearchOptions &options);
    // The snippet as escaped rich text with the matched words in bold.
    static QString htmlSnippet(const QString &snippet, const SearchOptions &options);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString heading(const SearchHit &hit) const;

    QVector<SearchHit> m_hits;
    SearchOptions m_options;
    bool m_ranked = false;
};

} // namespace Recoupe
