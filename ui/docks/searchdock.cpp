// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchdock.h"

#include "models/searchresultmodel.h"
#include "search/searcher.h"
#include "storage/database.h"
#include "storage/dossier.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QMutex>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Recoupe {

namespace {

// Typing pauses this long before the query runs: each key does not start a search.
constexpr int QueryDelayMs = 150;
constexpr int FirstPageLimit = 30;
constexpr int RankedLimit = 200;

// Two lines per hit: the source (bold) and the snippet with the matched words in bold.
class SearchHitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        QTextDocument doc;
        setup(doc, opt, index);
        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
        doc.setTextWidth(rect.width());
        painter->save();
        painter->translate(rect.topLeft());
        painter->setClipRect(rect.translated(-rect.topLeft()));
        QAbstractTextDocumentLayout::PaintContext context;
        const bool selected = opt.state & QStyle::State_Selected;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text,
            opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                selected ? QPalette::HighlightedText : QPalette::Text));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextDocument doc;
        setup(doc, opt, index);
        // As wide as the list's visible area, so that snippets wrap instead of scrolling sideways.
        const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget);
        const int frame = 2 * opt.fontMetrics.averageCharWidth();
        const int width = view ? view->viewport()->width() - frame : 300;
        doc.setTextWidth(std::max(100, width));
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4);
    }

private:
    static void setup(QTextDocument &doc, const QStyleOptionViewItem &opt, const QModelIndex &index)
    {
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(2);
        const QString heading = index.data(SearchResultModel::HeadingRole).toString().toHtmlEscaped();
        const QString snippet = index.data(SearchResultModel::SnippetHtmlRole).toString();
        doc.setHtml(
            QStringLiteral("<div style=\"font-weight:600\">%1</div><div>%2</div>").arg(heading, snippet));
    }
};

} // namespace

// What the UI thread shares with the worker computing the ranked list: a way to stop it.
struct SearchDock::RankedJob
{
    QMutex mutex;
    Searcher *searcher = nullptr;
    bool cancelled = false;

    void cancel()
    {
        QMutexLocker lock(&mutex);
        cancelled = true;
        if (searcher)
            searcher->interrupt();
    }
};

namespace {

struct RankedOutcome
{
    quint64 generation = 0;
    QString error;
    SearchResults results;
};

SearchOptions optionsFor(SearchOptions::Mode mode)
{
    SearchOptions options;
    options.mode = mode;
    options.limit = mode == SearchOptions::Mode::Ranked ? RankedLimit : FirstPageLimit;
    options.snippetWords = 18;
    return options;
}

} // namespace

SearchDock::SearchDock(Dossier *dossier, QWidget *parent)
    : QDockWidget(tr("Search"), parent)
{
    setObjectName(QStringLiteral("SearchDock"));
    m_model = new SearchResultModel(this);

    auto *content = new QWidget(this);
    m_query = new QLineEdit(content);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(tr("Search the dossier…"));
    m_query->setAccessibleName(tr("Search the dossier"));
    m_query->setToolTip(tr("Accents and case do not matter. \"quoted words\" for a phrase, OR between "
                           "alternatives, NOT before a word to leave out, commiss* for any ending. "
                           "↓ and ↑ move in the results, Enter opens one."));
    m_query->installEventFilter(this);

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);

    m_results = new QListView(content);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setUniformItemSizes(false);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setContextMenuPolicy(Qt::CustomContextMenu);
    m_results->installEventFilter(this);
    m_results->viewport()->installEventFilter(this); // middle-click opens in a new pane
    connect(m_results, &QListView::activated, this,
        [this](const QModelIndex &index) { openIndex(index, false); });
    connect(m_results, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_results->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        //: Context menu of a search result
        menu.addAction(tr("Open"), this, [this, index] { openIndex(index, false); });
        const bool inSource = index.data(SearchResultModel::KindRole).toInt() != int(SearchHit::Kind::Claim);
        //: Context menu of a search result: open the source in another reader pane
        QAction *newPane
            = menu.addAction(tr("Open in New Pane"), this, [this, index] { openIndex(index, true); });
        newPane->setEnabled(inSource);
        menu.exec(m_results->viewport()->mapToGlobal(pos));
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(QueryDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchDock::runQuery);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    setWidget(content);
    setFocusProxy(m_query);

    setDossier(dossier);
}

SearchDock::~SearchDock()
{
    cancelRanking();
    disconnect(m_results, nullptr, this, nullptr);
}

Dossier *SearchDock::dossier() const
{
    return m_dossier;
}

void SearchDock::setDossier(Dossier *dossier)
{
    if (m_dossier && m_dossier == dossier)
        return;
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    cancelRanking();
    ++m_generation;
    m_dossier = dossier;
    m_model->clear();
    setStatus(QString());
    m_query->setEnabled(m_dossier != nullptr);
    if (m_dossier) {
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
        // Results point into the sources' texts: search again when they change.
        auto rerun = [this] {
            if (!m_query->text().trimmed().isEmpty())
                m_debounce->start();
        };
        connect(m_dossier, &Dossier::sourcesAdded, this, rerun);
        connect(m_dossier, &Dossier::sourcesRemoved, this, rerun);
        connect(m_dossier, &Dossier::sourceContentChanged, this, rerun);
        connect(m_dossier, &Dossier::sourceChanged, this, rerun);
        if (!m_query->text().trimmed().isEmpty())
            m_debounce->start();
    }
}

void SearchDock::search(const QString &query)
{
    show();
    raise();
    m_query->setText(query);
    m_debounce->stop();
    runQuery();
    m_query->setFocus(Qt::ShortcutFocusReason);
}

void SearchDock::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SearchDock::cancelRanking()
{
    if (m_job)
        m_job->cancel();
    m_job.reset();
    m_rankingGeneration = 0;
}

void SearchDock::runQuery()
{
    m_debounce->stop();
    cancelRanking();
    const quint64 generation = ++m_generation;
    const QString query = m_query->text().trimmed();
    if (!m_dossier || query.isEmpty()) {
        m_model->clear();
        setStatus(QString());
        Q_EMIT searchFinished();
        return;
    }

    // The first page, unranked, on this thread: FTS5 hands over its first rows at once.
    const SearchOptions options = optionsFor(SearchOptions::Mode::FirstPage);
    Searcher searcher(m_dossier->database());
    const Result<SearchResults> first = searcher.search(query, options);
    if (!first) {
        m_model->clear();
        setStatus(first.error());
        Q_EMIT searchFinished();
        return;
    }
    if (first->outcome != SearchOutcome::Searched) {
        m_model->clear();
        setStatus(first->message);
        Q_EMIT searchFinished();
        return;
    }
    m_model->setResults(first->hits, options, false);
    if (first->hits.isEmpty()) {
        setStatus(tr("Nothing in this dossier matches “%1”.").arg(query));
        Q_EMIT searchFinished();
        return;
    }
    setStatus(tr("%n first result(s); ranking by relevance…", "", int(first->hits.size())));
    startRanking(query, generation);
}

void SearchDock::startRanking(const QString &query, quint64 generation)
{
    auto job = std::make_shared<RankedJob>();
    m_job = job;
    m_rankingGeneration = generation;
    const QString path = m_dossier->path();
    // Its own read-only connection: a Searcher uses its connection from one thread only.
    QFuture<RankedOutcome> future = QtConcurrent::run([job, path, query, generation] {
        RankedOutcome outcome;
        outcome.generation = generation;
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        if (!opened) {
            outcome.error = opened.error();
            return outcome;
        }
        Searcher searcher(**opened);
        {
            QMutexLocker lock(&job->mutex);
            if (job->cancelled)
                return outcome;
            job->searcher = &searcher;
        }
        const Result<SearchResults> ranked = searcher.search(query, optionsFor(SearchOptions::Mode::Ranked));
        {
            QMutexLocker lock(&job->mutex);
            job->searcher = nullptr;
        }
        if (ranked)
            outcome.results = *ranked;
        else
            outcome.error = ranked.error();
        return outcome;
    });
    auto *watcher = new QFutureWatcher<RankedOutcome>(this);
    connect(watcher, &QFutureWatcher<RankedOutcome>::finished, this, [this, watcher] {
        const RankedOutcome outcome = watcher->result();
        watcher->deleteLater();
        applyRanked(outcome.generation, outcome.error, outcome.results);
    });
    watcher->setFuture(future);
}

void SearchDock::applyRanked(quint64 generation, const QString &error, const SearchResults &results)
{
    if (generation != m_generation || generation != m_rankingGeneration)
        return; // a newer query took over
    m_rankingGeneration = 0;
    m_job.reset();
    if (!error.isEmpty()) {
        // The first page stays; say why it is not ranked.
        setStatus(tr("The results are not ranked: %1").arg(error));
        Q_EMIT searchFinished();
        return;
    }
    if (results.outcome != SearchOutcome::Searched) {
        setStatus(results.message);
        Q_EMIT searchFinished();
        return;
    }
    // Keep the hit the user moved to, now in its ranked place.
    const QModelIndex current = m_results->currentIndex();
    std::optional<SearchHit> kept;
    if (current.isValid())
        kept = m_model->hit(current.row());
    m_model->setResults(results.hits, optionsFor(SearchOptions::Mode::Ranked), true);
    if (kept) {
        const int row = m_model->rowOf(*kept);
        if (row >= 0) {
            m_results->setCurrentIndex(m_model->index(row));
            m_results->scrollTo(m_model->index(row));
        }
    }
    const int count = int(results.hits.size());
    if (count >= RankedLimit)
        setStatus(tr("The %n most relevant results:", "", count));
    else
        setStatus(tr("%n result(s), most relevant first:", "", count));
    Q_EMIT searchFinished();
}

void SearchDock::openIndex(const QModelIndex &index, bool newPane)
{
    if (!index.isValid())
        return;
    if (index.data(SearchResultModel::KindRole).toInt() == int(SearchHit::Kind::Claim)) {
        Q_EMIT claimRequested(index.data(SearchResultModel::OwnerIdRole).toLongLong());
        return;
    }
    Q_EMIT passageRequested(index.data(SearchResultModel::SourceIdRole).toLongLong(),
        index.data(SearchResultModel::StartRole).toLongLong(),
        index.data(SearchResultModel::EndRole).toLongLong(), newPane);
}

bool SearchDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        const QModelIndex current = m_results->currentIndex();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            if (rows == 0)
                return false;
            const int page
                = std::max(1, m_results->viewport()->height() / std::max(1, m_results->sizeHintForRow(0)));
            int row = current.isValid() ? current.row() : -1;
            if (key->key() == Qt::Key_Down)
                row = row + 1;
            else if (key->key() == Qt::Key_Up)
                row = row - 1;
            else if (key->key() == Qt::Key_PageDown)
                row = row + page;
            else
                row = row - page;
            row = std::clamp(row, 0, rows - 1);
            const QModelIndex target = m_model->index(row);
            m_results->setCurrentIndex(target);
            m_results->scrollTo(target);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            if (m_debounce->isActive())
                runQuery(); // Enter before the pause: search now
            if (m_model->rowCount() == 0)
                return true;
            const QModelIndex target
                = m_results->currentIndex().isValid() ? m_results->currentIndex() : m_model->index(0);
            m_results->setCurrentIndex(target);
            openIndex(target, key->modifiers() & Qt::ControlModifier);
            return true;
        }
        case Qt::Key_Escape:
            if (!m_query->text().isEmpty()) {
                m_query->clear();
                return true;
            }
            return false;
        default:
            return false;
        }
    }
    if (watched == m_results && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            openIndex(m_results->currentIndex(), true);
            return true;
        }
    }
    if (watched == m_results->viewport() && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_results->indexAt(mouse->position().toPoint());
        if (mouse->button() == Qt::MiddleButton && index.isValid()) {
            m_results->setCurrentIndex(index);
            openIndex(index, true);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace Recoupe
