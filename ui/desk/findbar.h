// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include <QWidget>

#include <utility>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Recoupe {

// Find in the document a reader shows (distinct from searching the whole dossier): a query box,
// "3 of 27", previous/next. Matching ignores case and accents as the dossier search does, on
// the source's canonical text, so matches are offsets the readers can draw.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    using Match = std::pair<qint64, qint64>;

    explicit FindBar(QWidget *parent = nullptr);

    // The document to search; forgets the matches of the previous one.
    void setDocument(const QString &text);
    // Shows the bar with its query selected and focused; the first match is the first one at or
    // after `origin` (where the reader is).
    void activate(qint64 origin);
    // Hides the bar and clears the matches.
    void dismiss();

    void findNext();
    void findPrevious();

    const QVector<Match> &matches() const { return m_matches; }
    // Index of the current match, -1 for none.
    int currentIndex() const { return m_current; }
    QLineEdit *queryEdit() const { return m_query; }
    QString countText() const;

    // Every occurrence of `query` in `text`, ignoring case and accents, as [start, end) in `text`.
    static QVector<Match> findAll(const QString &text, const QString &query);

Q_SIGNALS:
    // The matches or the current one changed; `current` is an index, -1 for none.
    void matchesChanged(const QVector<std::pair<qint64, qint64>> &matches, int current);
    // The current match moved (by typing or stepping): the reader brings it into view.
    void currentMatchChanged(qint64 start, qint64 end);
    void closed();

private:
    void search();
    void step(int delta);
    void updateCount();

    QLineEdit *m_query;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QString m_text;
    // The document folded for matching, and for each folded character its offset in m_text.
    QString m_folded;
    QVector<qint64> m_origins;
    bool m_foldedReady = false;
    QVector<Match> m_matches;
    int m_current = -1;
    qint64 m_origin = 0;
};

} // namespace Recoupe
