// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightset.h"
#include "model/annotation.h"
#include "model/tag.h"

#include <QFrame>
#include <QHash>
#include <QSet>

class QIntValidator;
class QKeyEvent;

class QLabel;
class QLineEdit;
class QStackedLayout;
class QTimer;
class QToolButton;

namespace Recoupe {

class Dossier;
class FindBar;
class Reader;

// One place on the desk: a header naming the source and the reader showing it (text or PDF),
// or a hint when empty. It keeps its reader's highlights in step with the dossier, one
// annotation at a time, and applies the desk's tag filter. A highlight whose passage was lost
// when a newer version replaced the source is not drawn (its old offsets point at other words);
// a banner above the text counts them and opens their review.
class ReaderPane : public QFrame
{
    Q_OBJECT

public:
    explicit ReaderPane(Dossier *dossier, QWidget *parent = nullptr);
    ~ReaderPane() override;

    // Shows the source (replacing what the pane showed). False with a message if it cannot.
    bool openSource(qint64 sourceId, QString *error = nullptr);
    void closeSource();
    qint64 sourceId() const { return m_sourceId; }
    Reader *reader() const { return m_reader; }
    QString title() const { return m_title; }

    // Only highlights carrying one of these tags are shown; empty shows all.
    void setTagFilter(const QVector<qint64> &tagIds);
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    QVector<qint64> tagFilter() const { return m_tagFilter; }
    // "Showing only: Dates clés — Show all" above the text while a tag filter hides highlights.
    QLabel *filterBanner() const { return m_filterBanner; }
    // Rebuilds every highlight from the dossier (after a codebook change).
    void reloadHighlights();
    // Underlines again the people and institutions named in the source.
    void reloadEntities();
    // The source's highlights that lost their passage, and the banner that says so.
    int orphanCount() const { return int(m_orphans.size()); }
    QLabel *orphanBanner() const { return m_orphanBanner; }
    // An e-mail's sender, recipients and date above its text; hidden for other sources.
    QLabel *mailHeaderStrip() const { return m_mailHeaders; }
    // Opens the review of those highlights (window-modal, deleted when closed).
    void reviewOrphans();

    // The page field in the header (PDF sources): the page on screen, and typing one goes there.
    QLineEdit *pageEdit() const { return m_pageEdit; }
    // Ctrl+G: focuses the page field.
    void focusPageField();
    FindBar *findBar() const { return m_findBar; }
    // Ctrl+F in the reader: shows the find bar, its query selected.
    void showFindBar();
    // The header's button (F7) showing the PDF's outline beside its pages.
    QToolButton *outlineButton() const { return m_outlineButton; }

Q_SIGNALS:
    void closeRequested();
    // The filter banner's "Show all".
    void showAllRequested();
    void sourceOpened(qint64 sourceId);
    void selectionChanged();
    void highlightActivated(qint64 annotationId);
    void entityActivated(qint64 entityId);
    void contextMenuRequested(const QPoint &globalPos);
    void scrolled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The shortcuts that belong to the reader (find, go to page) win over the window's while
    // the reader, its find bar or its page field has the focus. True when `key` is one.
    bool handleReaderKey(const QKeyEvent *key, bool perform);
    // The page on screen in the header's field; while the user types in it only `force` rewrites it.
    void updatePageField(bool force = false);
    void goToTypedPage();
    void toggleOutline();
    void elideTitle();
    void onAnnotation(qint64 sourceId, qint64 annotationId);
    void onAnnotationRemoved(qint64 sourceId, qint64 annotationId);
    void onSourcesRemoved(const QVector<qint64> &ids);
    void onSourcesAdded(const QVector<qint64> &ids);
    void refreshTags();
    void updateHeader();
    void showPlaceholder(const QString &text);
    bool passesFilter(const Annotation &annotation) const;
    Highlight makeHighlight(const Annotation &annotation) const;
    QString tagPath(qint64 tagId) const;
    void updateOrphanBanner();
    void updateMailHeaders();
    void updateFilterBanner();

    Dossier *m_dossier;
    qint64 m_sourceId = 0;
    qint64 m_removedSourceId = 0;
    qint64 m_findSourceId = 0; // the source the find bar holds the text of
    QString m_title;
    QString m_titleText; // shown in the header, elided
    Reader *m_reader = nullptr;
    QFrame *m_header;
    QLabel *m_icon;
    QLabel *m_titleLabel;
    QToolButton *m_closeButton;
    QToolButton *m_outlineButton;
    QLineEdit *m_pageEdit;
    QIntValidator *m_pageValidator = nullptr;
    QLabel *m_pageCount;
    FindBar *m_findBar;
    QLabel *m_placeholder;
    QLabel *m_orphanBanner;
    QLabel *m_mailHeaders;
    QLabel *m_filterBanner;
    QTimer *m_entityRefresh; // one reload for a burst of entity changes (accepting suggestions)
    QSet<qint64> m_orphans;
    QStackedLayout *m_stack;
    QHash<qint64, Tag> m_tags;
    QVector<qint64> m_tagFilter;
    bool m_current = false;
};

} // namespace Recoupe
