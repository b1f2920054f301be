// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpane.h"

#include "dialogs/orphanreviewdialog.h"
#include "findbar.h"
#include "graph/entitystyle.h"
#include "models/sourcelistmodel.h"
#include "pdfreader.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/sourcestore.h"
#include "storage/tagstore.h"
#include "textreader.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedLayout>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace Recoupe {

ReaderPane::ReaderPane(Dossier *dossier, QWidget *parent)
    : QFrame(parent)
    , m_dossier(dossier)
    , m_header(new QFrame(this))
    , m_icon(new QLabel(m_header))
    , m_titleLabel(new QLabel(m_header))
    , m_closeButton(new QToolButton(m_header))
    , m_outlineButton(new QToolButton(m_header))
    , m_pageEdit(new QLineEdit(m_header))
    , m_pageCount(new QLabel(m_header))
    , m_findBar(new FindBar(this))
    , m_placeholder(new QLabel(this))
    , m_orphanBanner(new QLabel(this))
    , m_mailHeaders(new QLabel(this))
    , m_filterBanner(new QLabel(this))
    , m_entityRefresh(new QTimer(this))
    , m_stack(new QStackedLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::NoFocus);

    m_header->setAutoFillBackground(true);
    auto *headerLayout = new QHBoxLayout(m_header);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    headerLayout->setContentsMargins(spacing, spacing / 2, spacing / 2, spacing / 2);
    headerLayout->addWidget(m_outlineButton);
    headerLayout->addWidget(m_icon);
    headerLayout->addWidget(m_titleLabel, 1);
    headerLayout->addWidget(m_pageEdit);
    headerLayout->addWidget(m_pageCount);
    headerLayout->addWidget(m_closeButton);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_titleLabel->installEventFilter(this); // elides the title to the label's width
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close this pane"));
    m_closeButton->setAccessibleName(tr("Close pane"));
    m_closeButton->setFocusPolicy(Qt::NoFocus); // View ▸ Close Pane has the shortcut
    connect(m_closeButton, &QToolButton::clicked, this, &ReaderPane::closeRequested);

    // Which of 1,221 pages is on screen, and where to go: "[500] / 1221" as in Okular.
    m_pageEdit->setAlignment(Qt::AlignRight);
    m_pageEdit->setFixedWidth(m_pageEdit->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + spacing);
    m_pageEdit->setAccessibleName(tr("Page"));
    m_pageEdit->setToolTip(
        tr("The page on screen. Type a page number and press Enter to go there (Ctrl+G)."));
    m_pageEdit->setFocusPolicy(Qt::ClickFocus); // Ctrl+G reaches it; Tab stays among the readers
    m_pageValidator = new QIntValidator(1, 1, m_pageEdit);
    m_pageEdit->setValidator(m_pageValidator);
    m_pageEdit->installEventFilter(this);
    m_pageEdit->setVisible(false);
    m_pageCount->setVisible(false);
    connect(m_pageEdit, &QLineEdit::returnPressed, this, &ReaderPane::goToTypedPage);

    m_outlineButton->setAutoRaise(true);
    m_outlineButton->setCheckable(true);
    m_outlineButton->setIcon(QIcon::fromTheme(
        QStringLiteral("view-sidetree"), style()->standardIcon(QStyle::SP_FileDialogListView)));
    m_outlineButton->setToolTip(tr("Show the outline beside the pages (F7)"));
    m_outlineButton->setAccessibleName(tr("Outline"));
    m_outlineButton->setFocusPolicy(Qt::NoFocus); // F7 from the reader
    m_outlineButton->setVisible(false);
    connect(m_outlineButton, &QToolButton::clicked, this, &ReaderPane::toggleOutline);

    m_findBar->setVisible(false);
    m_findBar->queryEdit()->installEventFilter(this);
    connect(m_findBar, &FindBar::matchesChanged, this,
        [this](const QVector<std::pair<qint64, qint64>> &matches, int current) {
            if (m_reader)
                m_reader->setFindMatches(matches, current);
        });
    connect(m_findBar, &FindBar::currentMatchChanged, this, [this](qint64 start, qint64 end) {
        if (m_reader)
            m_reader->revealRange(start, end);
    });
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (m_reader && m_findBar->isAncestorOf(QApplication::focusWidget()))
            m_reader->setFocus();
    });

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(fontMetrics().height());
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    m_orphanBanner->setObjectName(QStringLiteral("orphanBanner"));
    m_orphanBanner->setTextFormat(Qt::RichText);
    m_orphanBanner->setWordWrap(true);
    m_orphanBanner->setMargin(spacing / 2);
    m_orphanBanner->setAutoFillBackground(true);
    m_orphanBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_orphanBanner->setForegroundRole(QPalette::ToolTipText);
    m_orphanBanner->hide();
    connect(m_orphanBanner, &QLabel::linkActivated, this, &ReaderPane::reviewOrphans);

    // A filter that hides highlights says so in every pane, or the user thinks they are gone.
    m_mailHeaders->setObjectName(QStringLiteral("mailHeaders"));
    m_mailHeaders->setTextFormat(Qt::RichText);
    m_mailHeaders->setWordWrap(true);
    m_mailHeaders->setMargin(spacing / 2);
    m_mailHeaders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mailHeaders->hide();

    m_filterBanner->setObjectName(QStringLiteral("tagFilterBanner"));
    m_filterBanner->setTextFormat(Qt::RichText);
    m_filterBanner->setWordWrap(true);
    m_filterBanner->setMargin(spacing / 2);
    m_filterBanner->setAutoFillBackground(true);
    m_filterBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_filterBanner->setForegroundRole(QPalette::ToolTipText);
    m_filterBanner->hide();
    connect(m_filterBanner, &QLabel::linkActivated, this, &ReaderPane::showAllRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_mailHeaders);
    layout->addWidget(m_filterBanner);
    layout->addWidget(m_orphanBanner);
    layout->addLayout(m_stack, 1);
    layout->addWidget(m_findBar);

    connect(m_dossier, &Dossier::annotationAdded, this, &ReaderPane::onAnnotation);
    connect(m_dossier, &Dossier::annotationChanged, this, &ReaderPane::onAnnotation);
    connect(m_dossier, &Dossier::annotationRemoved, this, &ReaderPane::onAnnotationRemoved);
    connect(m_dossier, &Dossier::tagAdded, this, &ReaderPane::refreshTags);
    connect(m_dossier, &Dossier::tagChanged, this, &ReaderPane::reloadHighlights);
    connect(m_dossier, &Dossier::tagRemoved, this, &ReaderPane::reloadHighlights);
    m_entityRefresh->setSingleShot(true);
    m_entityRefresh->setInterval(0);
    connect(m_entityRefresh, &QTimer::timeout, this, &ReaderPane::reloadEntities);
    for (auto signal : {&Dossier::entityAdded, &Dossier::entityChanged, &Dossier::entityRemoved})
        connect(m_dossier, signal, m_entityRefresh, qOverload<>(&QTimer::start));
    connect(m_dossier, &Dossier::sourcesRemoved, this, &ReaderPane::onSourcesRemoved);
    connect(m_dossier, &Dossier::sourcesAdded, this, &ReaderPane::onSourcesAdded);
    connect(m_dossier, &Dossier::sourceChanged, this, [this](qint64 id) {
        if (id == m_sourceId)
            updateHeader();
    });
    connect(m_dossier, &Dossier::sourceContentChanged, this, [this](qint64 id) {
        if (id == m_sourceId) {
            const qint64 top = m_reader ? m_reader->topOffset() : 0;
            if (openSource(id) && m_reader)
                m_reader->scrollToOffset(top);
        }
    });

    refreshTags();
    updateHeader(); // "Empty pane" and the hint below it
}

ReaderPane::~ReaderPane() = default;

bool ReaderPane::openSource(qint64 sourceId, QString *error)
{
    const auto source = m_dossier->sources().get(sourceId);
    if (!source) {
        if (error)
            *error = tr("There is no source %1 in this dossier.").arg(sourceId);
        return false;
    }
    const bool hadFocus = m_reader && m_reader->hasFocus();
    closeSource();
    m_sourceId = sourceId;
    m_removedSourceId = 0;
    m_title = source->title;
    if (hasPages(source->kind)) {
        Dossier *dossier = m_dossier;
        m_reader = new PdfReader(
            sourceId, m_dossier->sources().pdfPages(sourceId), m_dossier->sources().original(sourceId),
            [dossier, sourceId](
                qint64 start, qint64 end) { return dossier->sources().textRange(sourceId, start, end); },
            this,
            source->kind == SourceKind::Image ? PdfRenderer::PageImages::ImageFrames
                                              : PdfRenderer::PageImages::PdfPages);
        m_reader->setZoomMode(Reader::ZoomMode::FitWidth);
    } else {
        m_reader = new TextReader(sourceId, m_dossier->sources().text(sourceId), this);
    }
    m_reader->setAccessibleName(source->title);
    m_stack->addWidget(m_reader);
    m_stack->setCurrentWidget(m_reader);
    connect(m_reader, &Reader::selectionChanged, this, &ReaderPane::selectionChanged);
    connect(m_reader, &Reader::highlightActivated, this, &ReaderPane::highlightActivated);
    connect(m_reader, &Reader::entityActivated, this, &ReaderPane::entityActivated);
    connect(m_reader, &Reader::contextMenuRequested, this, &ReaderPane::contextMenuRequested);
    connect(m_reader, &Reader::scrolled, this, &ReaderPane::scrolled);
    connect(m_reader, &Reader::scrolled, this, [this] { updatePageField(); });
    (m_reader->focusProxy() ? m_reader->focusProxy() : m_reader)->installEventFilter(this);
    setFocusProxy(m_reader);
    reloadHighlights();
    reloadEntities();
    updateHeader();
    updateMailHeaders();
    updatePageField();
    if (hadFocus)
        m_reader->setFocus();
    Q_EMIT sourceOpened(sourceId);
    return true;
}

void ReaderPane::closeSource()
{
    if (m_reader) {
        setFocusProxy(nullptr);
        m_stack->removeWidget(m_reader);
        delete m_reader;
        m_reader = nullptr;
    }
    m_sourceId = 0;
    m_title.clear();
    m_orphans.clear();
    updateOrphanBanner();
    updateFilterBanner();
    updateMailHeaders();
    m_findSourceId = 0;
    m_outlineButton->setChecked(false);
    m_outlineButton->setEnabled(true);
    m_outlineButton->setToolTip(tr("Show the outline beside the pages (F7)"));
    if (m_findBar->isVisible())
        m_findBar->dismiss();
    updateHeader();
}

void ReaderPane::updatePageField(bool force)
{
    const int count = m_reader ? m_reader->pageCount() : 0;
    m_outlineButton->setVisible(count > 0);
    m_pageEdit->setVisible(count > 0);
    m_pageCount->setVisible(count > 0);
    if (count <= 0)
        return;
    if (force || !m_pageEdit->hasFocus())
        m_pageEdit->setText(QString::number(m_reader->currentPage() + 1));
    //: Reader pane header, after the page field: how many pages there are ("/ 1221")
    m_pageCount->setText(tr("/ %1").arg(count));
    m_pageValidator->setRange(1, count);
}

void ReaderPane::toggleOutline()
{
    if (!m_reader)
        return;
    if (!m_reader->hasOutline()) {
        m_outlineButton->setChecked(false);
        m_outlineButton->setEnabled(false);
        m_outlineButton->setToolTip(tr("This PDF has no outline"));
        return;
    }
    m_reader->setOutlineVisible(!m_reader->isOutlineVisible());
    m_outlineButton->setChecked(m_reader->isOutlineVisible());
}

void ReaderPane::goToTypedPage()
{
    if (!m_reader || m_reader->pageCount() <= 0)
        return;
    bool ok = false;
    const int page = m_pageEdit->text().trimmed().toInt(&ok);
    if (ok)
        m_reader->goToPage(std::clamp(page, 1, m_reader->pageCount()) - 1);
    m_reader->setFocus(Qt::OtherFocusReason);
    updatePageField(true);
}

void ReaderPane::focusPageField()
{
    if (!m_reader || m_reader->pageCount() <= 0)
        return;
    m_pageEdit->setFocus(Qt::ShortcutFocusReason);
    m_pageEdit->selectAll();
}

void ReaderPane::showFindBar()
{
    if (!m_reader)
        return;
    if (m_findSourceId != m_sourceId) {
        m_findBar->setDocument(m_dossier->sources().text(m_sourceId));
        m_findSourceId = m_sourceId;
    }
    m_findBar->activate(m_reader->topOffset());
}

bool ReaderPane::handleReaderKey(const QKeyEvent *key, bool perform)
{
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (key->matches(QKeySequence::Find)) {
        if (perform)
            showFindBar();
        return true;
    }
    if (key->key() == Qt::Key_G && modifiers == Qt::ControlModifier) {
        if (m_reader && m_reader->pageCount() > 0) {
            if (perform)
                focusPageField();
            return true;
        }
        return false;
    }
    if (key->key() == Qt::Key_F7 && modifiers == Qt::NoModifier && m_reader && m_reader->pageCount() > 0) {
        if (perform)
            toggleOutline();
        return true;
    }
    if (key->key() == Qt::Key_F3 && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        if (perform) {
            if (!m_findBar->isVisible())
                showFindBar(); // F3 with no bar open starts a find, as in Okular
            else if (modifiers == Qt::ShiftModifier)
                m_findBar->findPrevious();
            else
                m_findBar->findNext();
        }
        return true;
    }
    return false;
}

void ReaderPane::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    // The page most on screen depends on the view's height, laid out after this.
    QTimer::singleShot(0, this, [this] { updatePageField(); });
}

void ReaderPane::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void ReaderPane::updateHeader()
{
    if (!m_sourceId) {
        m_icon->clear();
        m_titleText = tr("Empty pane");
        elideTitle();
        m_titleLabel->setToolTip(QString());
        if (!m_removedSourceId)
            showPlaceholder(tr("Double-click a source in the library to read it here."));
        return;
    }
    const auto source = m_dossier->sources().get(m_sourceId);
    if (!source)
        return;
    m_title = source->title;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(SourceListModel::kindIcon(source->kind).pixmap(iconSize, iconSize));
    m_titleText = source->title;
    elideTitle();
    QStringList details;
    if (!source->publisher.isEmpty())
        details.append(source->publisher);
    if (!source->published.isEmpty())
        details.append(source->published);
    m_titleLabel->setToolTip(details.isEmpty()
            ? source->title
            : QStringLiteral("%1\n%2").arg(source->title, details.join(QStringLiteral(" · "))));
}

void ReaderPane::elideTitle()
{
    m_titleLabel->setText(m_titleLabel->fontMetrics().elidedText(
        m_titleText, Qt::ElideRight, std::max(0, m_titleLabel->width())));
}

bool ReaderPane::eventFilter(QObject *watched, QEvent *event)
{
    const bool ours = watched == m_pageEdit || watched == m_findBar->queryEdit()
        || (m_reader && watched == (m_reader->focusProxy() ? m_reader->focusProxy() : m_reader));
    if (ours && event->type() == QEvent::ShortcutOverride) {
        if (handleReaderKey(static_cast<QKeyEvent *>(event), false)) {
            event->accept();
            return true;
        }
    }
    if (ours && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (handleReaderKey(key, true))
            return true;
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            if (watched == m_pageEdit) {
                updatePageField(true);
                if (m_reader)
                    m_reader->setFocus(Qt::OtherFocusReason);
                return true;
            }
            if (m_findBar->isVisible()) {
                m_findBar->dismiss();
                return true;
            }
        }
    }
    if (watched == m_titleLabel && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        elideTitle();
    return QFrame::eventFilter(watched, event);
}

void ReaderPane::setCurrent(bool current)
{
    m_current = current;
    // The current pane's header is tinted with the selection color and its title bold; the
    // text keeps the window's text color so it reads on any theme.
    QPalette pal = palette();
    if (current) {
        const QColor window = pal.color(QPalette::Window);
        const QColor accent = pal.color(QPalette::Highlight);
        pal.setColor(QPalette::Window,
            QColor::fromRgbF(0.7 * window.redF() + 0.3 * accent.redF(),
                0.7 * window.greenF() + 0.3 * accent.greenF(), 0.7 * window.blueF() + 0.3 * accent.blueF()));
    }
    m_header->setPalette(pal);
    QFont font = m_titleLabel->font();
    font.setBold(current);
    m_titleLabel->setFont(font);
    m_titleLabel->setAccessibleDescription(current ? tr("Current pane") : QString());
}

void ReaderPane::setTagFilter(const QVector<qint64> &tagIds)
{
    if (tagIds == m_tagFilter)
        return;
    m_tagFilter = tagIds;
    reloadHighlights();
}

void ReaderPane::refreshTags()
{
    m_tags.clear();
    for (const Tag &tag : m_dossier->tags().all())
        m_tags.insert(tag.id, tag);
}

void ReaderPane::reloadHighlights()
{
    refreshTags();
    if (!m_reader)
        return;
    QVector<Highlight> highlights;
    m_orphans.clear();
    for (const Annotation &annotation : m_dossier->annotations().forSource(m_sourceId)) {
        if (annotation.anchor.orphaned)
            m_orphans.insert(annotation.id);
        else if (passesFilter(annotation))
            highlights.append(makeHighlight(annotation));
    }
    m_reader->highlights().setAll(std::move(highlights));
    m_reader->highlightsChanged();
    updateOrphanBanner();
    updateFilterBanner();
}

void ReaderPane::reloadEntities()
{
    if (!m_reader)
        return;
    QVector<EntitySpan> spans;
    QHash<qint64, std::optional<Entity>> entities;
    for (const Mention &mention : m_dossier->entities().mentionsInSource(m_sourceId)) {
        if (mention.anchor.orphaned)
            continue;
        auto known = entities.find(mention.entityId);
        if (known == entities.end())
            known = entities.insert(mention.entityId, m_dossier->entities().get(mention.entityId));
        if (!known.value())
            continue;
        const Entity &entity = *known.value();
        EntitySpan span;
        span.entityId = entity.id;
        span.start = mention.anchor.start;
        span.end = mention.anchor.end;
        span.quads = mention.anchor.quads;
        span.color = EntityStyle::color(entity.type);
        //: Tooltip on a name underlined in a reader: %1 the person or institution, %2 its type
        span.toolTip = tr("%1 (%2) — click to show it in People and Institutions")
                           .arg(entity.name, EntityStyle::typeName(entity.type));
        spans.append(span);
    }
    m_reader->setEntitySpans(std::move(spans));
}

void ReaderPane::updateFilterBanner()
{
    m_filterBanner->setVisible(!m_tagFilter.isEmpty() && m_reader);
    if (m_tagFilter.isEmpty())
        return;
    // The tags the user selected, not the ones below them that the filter carries along.
    QStringList names;
    for (qint64 tagId : std::as_const(m_tagFilter)) {
        const auto tag = m_tags.constFind(tagId);
        if (tag != m_tags.cend() && !m_tagFilter.contains(tag->parentId))
            names.append(tagPath(tagId).toHtmlEscaped());
    }
    //: Banner above a reader while the codebook's selection hides the other highlights;
    //: %1 lists the selected tags
    m_filterBanner->setText(QStringLiteral("%1 — <a href=\"all\">%2</a>")
                                .arg(tr("Showing only: %1").arg(names.join(QStringLiteral(" · "))),
                                    tr("Show all").toHtmlEscaped()));
    m_filterBanner->setToolTip(tr("Highlights without these tags are hidden while tags are selected in "
                                  "the Codebook. Show all clears that selection."));
}

void ReaderPane::updateMailHeaders()
{
    const auto source = m_sourceId ? m_dossier->sources().get(m_sourceId) : std::nullopt;
    const MailHeaders mail = source && source->kind == SourceKind::Email
        ? m_dossier->sources().mailHeaders(m_sourceId)
        : MailHeaders();
    if (mail.isEmpty()) {
        m_mailHeaders->clear();
        m_mailHeaders->hide();
        return;
    }
    QStringList lines;
    auto add = [&lines](const QString &label, const QStringList &values) {
        if (!values.isEmpty())
            lines.append(
                QStringLiteral("<b>%1</b> %2").arg(label, values.join(QStringLiteral(", ")).toHtmlEscaped()));
    };
    //: Above an e-mail's text
    add(tr("From:"), mail.from);
    //: Above an e-mail's text
    add(tr("To:"), mail.to);
    //: Above an e-mail's text
    add(tr("Cc:"), mail.cc);
    if (mail.sent.isValid())
        //: Above an e-mail's text
        add(tr("Date:"), {QLocale().toString(mail.sent.toLocalTime(), QLocale::LongFormat)});
    m_mailHeaders->setText(lines.join(QStringLiteral("<br>")));
    m_mailHeaders->show();
}

void ReaderPane::updateOrphanBanner()
{
    const int count = orphanCount();
    m_orphanBanner->setVisible(count > 0 && m_reader);
    if (count == 0)
        return;
    m_orphanBanner->setText(QStringLiteral("%1 — <a href=\"review\">%2</a>")
                                .arg(tr("%n highlight(s) lost their passage", "", count).toHtmlEscaped(),
                                    tr("Review…").toHtmlEscaped()));
}

void ReaderPane::reviewOrphans()
{
    if (!m_sourceId || m_orphans.isEmpty())
        return;
    auto *dialog = new OrphanReviewDialog(m_dossier, m_sourceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool ReaderPane::passesFilter(const Annotation &annotation) const
{
    if (m_tagFilter.isEmpty())
        return true;
    for (qint64 tagId : annotation.tagIds) {
        if (m_tagFilter.contains(tagId))
            return true;
    }
    return false;
}

QString ReaderPane::tagPath(qint64 tagId) const
{
    QStringList parts;
    for (auto it = m_tags.constFind(tagId); it != m_tags.cend() && parts.size() < 32;
         it = m_tags.constFind(it->parentId))
        parts.prepend(it->name);
    return parts.join(QLatin1Char('/'));
}

Highlight ReaderPane::makeHighlight(const Annotation &annotation) const
{
    Highlight h;
    h.annotationId = annotation.id;
    h.start = annotation.anchor.start;
    h.end = annotation.anchor.end;
    h.quads = annotation.anchor.quads;
    QColor firstTagColor;
    QStringList tags;
    for (qint64 tagId : annotation.tagIds) {
        const auto tag = m_tags.constFind(tagId);
        if (tag == m_tags.cend())
            continue;
        if (tags.isEmpty())
            firstTagColor = tag->color;
        tags.append(tagPath(tagId).toHtmlEscaped());
    }
    h.color = annotation.shownColor(firstTagColor);
    QString tip = tags.isEmpty() ? QStringLiteral("<p><i>%1</i></p>").arg(tr("No tags").toHtmlEscaped())
                                 : QStringLiteral("<p><b>%1</b></p>").arg(tags.join(QStringLiteral(" · ")));
    if (!annotation.note.isEmpty())
        tip += QStringLiteral("<p>%1</p>")
                   .arg(annotation.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    h.toolTip = tip;
    h.hasNote = !annotation.note.trimmed().isEmpty();
    return h;
}

void ReaderPane::onAnnotation(qint64 sourceId, qint64 annotationId)
{
    if (!m_reader || sourceId != m_sourceId)
        return;
    const auto annotation = m_dossier->annotations().get(annotationId);
    const bool orphaned = annotation && annotation->anchor.orphaned;
    if (annotation && !orphaned && passesFilter(*annotation))
        m_reader->highlights().upsert(makeHighlight(*annotation));
    else
        m_reader->highlights().remove(annotationId);
    m_reader->highlightsChanged();
    if (orphaned != m_orphans.contains(annotationId)) {
        if (orphaned)
            m_orphans.insert(annotationId);
        else
            m_orphans.remove(annotationId);
        updateOrphanBanner();
    }
}

void ReaderPane::onAnnotationRemoved(qint64 sourceId, qint64 annotationId)
{
    if (!m_reader || sourceId != m_sourceId)
        return;
    if (m_reader->highlights().remove(annotationId))
        m_reader->highlightsChanged();
    if (m_orphans.remove(annotationId))
        updateOrphanBanner();
}

void ReaderPane::onSourcesRemoved(const QVector<qint64> &ids)
{
    if (!m_sourceId || !ids.contains(m_sourceId))
        return;
    const qint64 removed = m_sourceId;
    const QString title = m_title;
    closeSource();
    m_removedSourceId = removed;
    showPlaceholder(tr("“%1” was removed from the dossier. Undo brings it back here.").arg(title));
}

void ReaderPane::onSourcesAdded(const QVector<qint64> &ids)
{
    if (m_removedSourceId && ids.contains(m_removedSourceId))
        openSource(m_removedSourceId);
}

} // namespace Recoupe
