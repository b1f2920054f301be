// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdateedit.h"

#include "entities/evidencedates.h"
#include "graph/entitystyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Recoupe {

PartialDateEdit::PartialDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_understood(new QLabel(this))
{
    //: Placeholder of a date field; the examples show the three precisions
    m_edit->setPlaceholderText(tr("2018, 2018-05, 2018-05-07 or 7 May 2018"));
    m_edit->setClearButtonEnabled(true);
    m_understood->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00 September 0000 (day)")));
    setFocusProxy(m_edit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_understood);
    connect(m_edit, &QLineEdit::textChanged, this, &PartialDateEdit::parse);
    parse();
}

QString PartialDateEdit::text() const
{
    return m_edit->text();
}

void PartialDateEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

void PartialDateEdit::setDate(const PartialDate &date)
{
    m_edit->setText(date.toIso());
}

void PartialDateEdit::parse()
{
    const QString text = m_edit->text().trimmed();
    PartialDate date;
    m_acceptable = true;
    if (text.isEmpty()) {
        //: Beside an empty date field
        m_understood->setText(tr("unknown"));
        m_understood->setStyleSheet(QString());
    } else {
        const auto parsed = EvidenceDates::parse(text, m_reference);
        if (parsed) {
            date = *parsed;
            QString precision;
            switch (date.precision()) {
            case PartialDate::Precision::Year:
                //: Precision of a date the user typed
                precision = tr("year only");
                break;
            case PartialDate::Precision::Month:
                //: Precision of a date the user typed
                precision = tr("month");
                break;
            case PartialDate::Precision::Day:
                //: Precision of a date the user typed
                precision = tr("day");
                break;
            case PartialDate::Precision::None:
                break;
            }
            //: What a date field understood: %1 the date, %2 its precision
            m_understood->setText(tr("%1 (%2)").arg(EntityStyle::dateText(date), precision));
            m_understood->setStyleSheet(QString());
        } else {
            m_acceptable = false;
            m_understood->setText(tr("not a date"));
            m_understood->setToolTip(parsed.error());
            m_understood->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
        }
    }
    if (date != m_date) {
        m_date = date;
        Q_EMIT dateChanged(m_date);
    }
}

} // namespace Recoupe
