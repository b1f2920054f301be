// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace Recoupe {

namespace {

// Appends `c` folded (no case, no accents, compatibility forms such as ligatures and
// no-break spaces spelled out) to `out`; `origin` is recorded once per appended character.
void appendFolded(QChar c, qint64 origin, QString &out, QVector<qint64> *origins)
{
    if (c.unicode() < 0x80) {
        out.append(c.toLower());
        if (origins)
            origins->append(origin);
        return;
    }
    if (c == QChar(0x2019))
        c = QLatin1Char('\''); // the typographic apostrophe matches the typed one
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD).toCaseFolded();
    for (const QChar d : decomposed) {
        if (d.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(d);
        if (origins)
            origins->append(origin);
    }
}

QString fold(const QString &text, QVector<qint64> *origins)
{
    QString folded;
    folded.reserve(text.size());
    if (origins) {
        origins->clear();
        origins->reserve(text.size());
    }
    for (qsizetype i = 0; i < text.size(); ++i)
        appendFolded(text.at(i), i, folded, origins);
    return folded;
}

QVector<FindBar::Match> matchesIn(const QString &folded, const QVector<qint64> &origins, const QString &query)
{
    QVector<FindBar::Match> matches;
    const QString needle = fold(query.simplified(), nullptr);
    if (needle.isEmpty())
        return matches;
    for (qsizetype at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.size()))
        matches.append({origins.at(at), origins.at(at + needle.size() - 1) + 1});
    return matches;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    layout->setContentsMargins(spacing, spacing / 2, spacing / 2, spacing / 2);
    m_query->setPlaceholderText(tr("Find in this document"));
    m_query->setAccessibleName(tr("Find in this document"));
    m_query->setClearButtonEnabled(true);
    m_count->setAccessibleName(tr("Matches"));
    m_previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setIcon(QIcon::fromTheme(QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown)));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    for (QToolButton *button : {m_previous, m_next, m_close}) {
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus); // F3, Shift+F3 and Esc do the same from the box
    }
    layout->addWidget(m_query, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    setFocusProxy(m_query);

    connect(m_query, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_query, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    updateCount();
}

void FindBar::setDocument(const QString &text)
{
    m_text = text;
    m_folded.clear();
    m_origins.clear();
    m_foldedReady = false;
    m_origin = 0;
    if (isVisible())
        search();
}

void FindBar::activate(qint64 origin)
{
    m_origin = origin;
    show();
    m_query->selectAll();
    m_query->setFocus(Qt::ShortcutFocusReason);
    search();
}

void FindBar::dismiss()
{
    hide();
    m_matches.clear();
    m_current = -1;
    updateCount();
    Q_EMIT matchesChanged(m_matches, m_current);
    Q_EMIT closed();
}

QVector<FindBar::Match> FindBar::findAll(const QString &text, const QString &query)
{
    QVector<qint64> origins;
    const QString folded = fold(text, &origins);
    return matchesIn(folded, origins, query);
}

void FindBar::search()
{
    if (!m_foldedReady && !m_query->text().trimmed().isEmpty()) {
        // Folded once per document, on the first search (a long PDF has millions of characters).
        m_folded = fold(m_text, &m_origins);
        m_foldedReady = true;
    }
    m_matches = matchesIn(m_folded, m_origins, m_query->text());
    m_current = -1;
    if (!m_matches.isEmpty()) {
        m_current = 0;
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches.at(i).first >= m_origin) {
                m_current = i;
                break;
            }
        }
    }
    updateCount();
    Q_EMIT matchesChanged(m_matches, m_current);
    if (m_current >= 0)
        Q_EMIT currentMatchChanged(m_matches.at(m_current).first, m_matches.at(m_current).second);
}

void FindBar::findNext()
{
    step(1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int delta)
{
    if (m_matches.isEmpty())
        return;
    // Past the last match comes the first again, as in other readers.
    m_current = int((m_current + delta + m_matches.size()) % m_matches.size());
    m_origin = m_matches.at(m_current).first;
    updateCount();
    Q_EMIT matchesChanged(m_matches, m_current);
    Q_EMIT currentMatchChanged(m_matches.at(m_current).first, m_matches.at(m_current).second);
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::updateCount()
{
    if (m_query->text().trimmed().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else
        //: Find bar: the current match and how many there are, "3 of 27"
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    m_previous->setEnabled(!m_matches.isEmpty());
    m_next->setEnabled(!m_matches.isEmpty());
}

} // namespace Recoupe
