// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/sharedpassagefinder.h"

#include <QPointer>
#include <QWidget>

class QSettings;
class QSplitter;

namespace Recoupe {

class ComparisonBar;
class Dossier;
class Reader;
class ReaderPane;

// The reading desk: one to four reader panes side by side, each with its own source and
// position. Docks and menus reach the readers through it: open a source or a passage, compare
// two sources, filter highlights by tag, read the current selection.
class Desk : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxPanes = 4;

    // A passage selected in the current reader, in canonical text offsets.
    struct Selection
    {
        qint64 sourceId = 0;
        qint64 start = 0;
        qint64 end = 0;
        QString text;
        bool isValid() const { return sourceId && end > start; }
    };

    explicit Desk(QWidget *parent = nullptr);
    ~Desk() override;

    // Shows a dossier's desk: one empty pane, or none without a dossier.
    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    int paneCount() const;
    ReaderPane *pane(int index) const;
    int indexOf(ReaderPane *pane) const;
    ReaderPane *currentPane() const;
    void setCurrentPane(ReaderPane *pane);
    Reader *currentReader() const;
    // The pane showing this source (the current one first), or null.
    ReaderPane *paneShowing(qint64 sourceId) const;

    // A new empty pane after the current one; null when the desk is full.
    ReaderPane *addPane();
    // Closes a pane; the last one is emptied instead, so the desk is never bare.
    void closePane(ReaderPane *pane);

    // Opens a source in the current pane, or in a new pane (the last one is reused when the desk
    // is full). The pane becomes current. False with a message if the source does not exist.
    bool openSource(qint64 sourceId, bool newPane = false, QString *error = nullptr);
    // Opens the source if no pane shows it (or in a new pane), selects [start, end), scrolls to
    // it and flashes it.
    bool openPassage(qint64 sourceId, qint64 start, qint64 end, bool newPane = false);
    // A piece of evidence (a claim's, an edge's): in the pane already showing its source, else
    // in a new pane beside the current one, which keeps what it shows; fit to the pane's width
    // when it has pages, the passage selected, centred and flashed.
    bool openEvidence(qint64 sourceId, qint64 start, qint64 end);
    // Two sources side by side, in the current pane and the one next to it, and the passages they
    // share found (in a worker thread), drawn linked in both and stepped through from the
    // comparison bar. `focusStart`, an offset in `first`, picks the passage to show first.
    bool compare(qint64 first, qint64 second, qint64 focusStart = -1);
    bool isComparing() const;
    ComparisonBar *comparisonBar() const { return m_comparisonBar; }
    // The passages the compared sources share (A is the left pane's), and the one shown (-1 for none).
    const QVector<SharedPassage> &sharedPassages() const { return m_comparison.passages; }
    int currentSharedPassage() const { return m_comparison.current; }
    // Shows passage `index` in both panes, each scrolled to its side of it.
    void showSharedPassage(int index);
    void nextSharedPassage();
    void previousSharedPassage();
    // Back to two independent panes: the bar and the shared passages' marks go.
    void endComparison();
    // Outlines an annotation wherever it is shown (the one selected in the Annotations dock).
    void setActiveAnnotation(qint64 annotationId);

    Qt::Orientation orientation() const;
    void setOrientation(Qt::Orientation orientation);
    bool isSyncScrolling() const { return m_syncScrolling; }
    void setSyncScrolling(bool on);
    QVector<qint64> tagFilter() const { return m_tagFilter; }
    // Readers show only highlights carrying one of these tags; empty shows all.
    void setTagFilter(const QVector<qint64> &tagIds);
    // A pane's "Show all": every highlight is drawn again; tagFilterCleared says so.
    void clearTagFilter();

    Selection currentSelection() const;

    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitWidth();
    void fitPage();

    // The panes, what they show, where and how large, under the settings' current group.
    void saveSession(QSettings &settings) const;
    void restoreSession(QSettings &settings);

Q_SIGNALS:
    void currentPaneChanged();
    // The current pane's source (0 when it is empty).
    void currentSourceChanged(qint64 sourceId);
    void selectionChanged();
    void highlightActivated(qint64 annotationId);
    // A click on a person or an institution underlined in a reader.
    void entityActivated(qint64 entityId);
    void contextMenuRequested(const QPoint &globalPos);
    void panesChanged();
    // The user cleared the tag filter from a pane (the codebook lets go of its selection).
    void tagFilterCleared();
    // A comparison started, found its passages, moved to another one or ended.
    void comparisonChanged();

private:
    ReaderPane *createPane(int index);
    void clearPanes();
    void onFocusChanged(QWidget *old, QWidget *now);
    void onPaneScrolled(ReaderPane *pane);
    void equalizeSizes();
    void onSharedPassagesFound(const QVector<SharedPassage> &passages);
    void applySharedMarks();

    QSplitter *m_splitter;
    ComparisonBar *m_comparisonBar;
    struct Comparison
    {
        QPointer<ReaderPane> left;
        QPointer<ReaderPane> right;
        QVector<SharedPassage> passages;
        int current = -1;
        qint64 focusStart = -1;
    };
    Comparison m_comparison;
    int m_comparisonRun = 0; // results of an earlier run are dropped
    QPointer<Dossier> m_dossier;
    QPointer<ReaderPane> m_current;
    QVector<qint64> m_tagFilter;
    qint64 m_activeAnnotation = 0;
    bool m_syncScrolling = false;
    bool m_syncing = false;
};

} // namespace Recoupe
