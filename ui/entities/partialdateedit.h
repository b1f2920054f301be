// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/partialdate.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Recoupe {

// A date as precise as the sources are: "2018", "2018-05", "2018-05-07", or as people write it
// ("7 mai 2018", "May 2018"), read by EvidenceDates. Beside it, what was understood and at which
// precision ("year only"), or why the text is not a date.
class PartialDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PartialDateEdit(QWidget *parent = nullptr);

    PartialDate date() const { return m_date; }
    void setDate(const PartialDate &date);
    // False when the text is neither empty nor a date.
    bool isAcceptable() const { return m_acceptable; }
    QString text() const;
    void setText(const QString &text);
    // The date "le 10 avril dernier" is read against (the source's publication date).
    void setReference(const QDate &reference) { m_reference = reference; }
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void dateChanged(const Recoupe::PartialDate &date);

private:
    void parse();

    QLineEdit *m_edit;
    QLabel *m_understood;
    PartialDate m_date;
    QDate m_reference;
    bool m_acceptable = true;
};

} // namespace Recoupe
