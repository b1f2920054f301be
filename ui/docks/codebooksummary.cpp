// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebooksummary.h"

#include "storage/dossier.h"
#include "storage/tagstore.h"

#include <QHash>
#include <QPainter>
#include <QTimer>

namespace Recoupe {

CodebookSummary::CodebookSummary(Dossier *dossier, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("CodebookSummary"));
    setTextFormat(Qt::PlainText);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0); // one refresh per burst of changes
    connect(m_refresh, &QTimer::timeout, this, &CodebookSummary::refresh);
    setDossier(dossier);
}

CodebookSummary::~CodebookSummary() = default;

Dossier *CodebookSummary::dossier() const
{
    return m_dossier;
}

void CodebookSummary::setDossier(Dossier *dossier)
{
    if (m_dossier)
        disconnect(m_dossier, nullptr, this, nullptr);
    m_dossier = dossier;
    if (m_dossier) {
        auto later = qOverload<>(&QTimer::start);
        for (auto signal : {&Dossier::tagAdded, &Dossier::tagRemoved, &Dossier::tagChanged})
            connect(m_dossier, signal, m_refresh, later);
        for (auto signal :
            {&Dossier::annotationAdded, &Dossier::annotationRemoved, &Dossier::annotationChanged})
            connect(m_dossier, signal, m_refresh, later);
        for (auto signal : {&Dossier::sourcesAdded, &Dossier::sourcesRemoved})
            connect(m_dossier, signal, m_refresh, later);
        connect(m_dossier, &QObject::destroyed, this, [this] { setDossier(nullptr); });
    }
    refresh();
}

void CodebookSummary::setMaximumTags(int count)
{
    m_maximumTags = std::max(1, count);
    refresh();
}

void CodebookSummary::refresh()
{
    m_refresh->stop();
    if (!m_dossier) {
        clear();
        setToolTip(QString());
        return;
    }
    // all() lists parents before children: add each tag's count to its top-level ancestor.
    const QVector<Tag> tags = m_dossier->tags().all();
    QHash<qint64, qint64> topOf;
    QVector<qint64> tops;
    QHash<qint64, int> counts;
    QHash<qint64, QString> names;
    for (const Tag &tag : tags) {
        const qint64 top = tag.parentId ? topOf.value(tag.parentId, tag.parentId) : tag.id;
        topOf.insert(tag.id, top);
        if (!tag.parentId) {
            tops.append(tag.id);
            names.insert(tag.id, tag.name);
        }
        counts[top] += tag.useCount;
    }
    if (tops.isEmpty()) {
        //: Status bar, when the dossier's codebook is empty
        setText(tr("Codebook: no tags yet"));
        setToolTip(tr("Add tags in the Codebook dock, or tag a passage."));
        return;
    }
    QStringList shown;
    QStringList all;
    for (qint64 id : std::as_const(tops)) {
        //: One top-level tag in the status bar: %1 its name, %2 how many highlights carry it
        const QString entry = tr("%1 (%2)").arg(names.value(id)).arg(counts.value(id));
        all.append(entry);
        if (shown.size() < m_maximumTags)
            shown.append(entry);
    }
    //: Separates the tags listed in the status bar
    const QString separator = tr(" · ");
    QString list = shown.join(separator);
    if (shown.size() < all.size())
        list += separator + QChar(0x2026);
    //: Status bar: %1 is a list of top-level tags with their use counts
    setText(tr("Codebook: %1").arg(list));
    setToolTip(all.join(QLatin1Char('\n')));
}

void CodebookSummary::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
        fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
}

} // namespace Recoupe
