// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Recoupe {

class Dossier;

// Picks the claim a passage is cited in, by typing part of its statement ("jeandron amazon"
// finds "Mathieu Jeandron part chez Amazon", accents and case aside). Recently edited claims come
// first; a claim that already cites the passage is listed but cannot be picked.
class ClaimPickerDialog : public QDialog
{
    Q_OBJECT

public:
    // `annotationId`: the highlight being cited, 0 for a selection not yet highlighted.
    ClaimPickerDialog(Dossier *dossier, qint64 annotationId, QWidget *parent = nullptr);

    // Shows the passage being cited above the field.
    void setPassage(const QString &text);

    // After acceptance: the claim picked.
    qint64 claimId() const { return m_claimId; }

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        qint64 id = 0;
        QString text;
        QString detail; // status and distinct sources
        QString key; // folded for matching
        bool cites = false; // already cites the passage
    };

    void refilter();

    QLabel *m_passage;
    QLineEdit *m_search;
    QListWidget *m_list;
    QVector<Entry> m_entries;
    qint64 m_claimId = 0;
};

} // namespace Recoupe
