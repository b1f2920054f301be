// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QTimer;

namespace Recoupe {

class Dossier;
class SearchResultModel;
struct SearchResults;

// Full-text search over the dossier. The first unranked page shows as soon as the query is
// typed; the ranked list follows from a worker thread with its own connection, and a new
// query cancels the running one. Arrow keys in the query box move in the results; Enter opens
// the passage with the match highlighted.
class SearchDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit SearchDock(Dossier *dossier, QWidget *parent = nullptr);
    ~SearchDock() override;

    // nullptr: no dossier open.
    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    SearchResultModel *model() const { return m_model; }
    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultView() const { return m_results; }
    // True while the ranked list of the current query is being computed.
    bool isRanking() const { return m_rankingGeneration != 0; }

public Q_SLOTS:
    // Puts the query in the box, searches at once and focuses the box (the toolbar's search
    // field can forward to this).
    void search(const QString &query);

Q_SIGNALS:
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);
    // A claim matched and the user opened it.
    void claimRequested(qint64 claimId);
    // The results of the current query are final (ranked, or an empty/failed query).
    void searchFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct RankedJob;
    void runQuery();
    void startRanking(const QString &query, quint64 generation);
    void applyRanked(quint64 generation, const QString &error, const SearchResults &results);
    void cancelRanking();
    void openIndex(const QModelIndex &index, bool newPane);
    void setStatus(const QString &text);

    QPointer<Dossier> m_dossier;
    SearchResultModel *m_model = nullptr;
    QLineEdit *m_query = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    quint64 m_generation = 0;
    quint64 m_rankingGeneration = 0;
    std::shared_ptr<RankedJob> m_job;
};

} // namespace Recoupe
