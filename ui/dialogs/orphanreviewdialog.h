// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Recoupe {

class Dossier;

// The highlights of one source whose quote was not found again after a newer version replaced
// it. For each: find its quote (or part of it, edited) in the new text, attach it to the passage
// selected there, or delete it. Each action is one undoable step.
class OrphanReviewDialog : public QDialog
{
    Q_OBJECT

public:
    OrphanReviewDialog(Dossier *dossier, qint64 sourceId, QWidget *parent = nullptr);

    // Orphaned highlights left to review.
    int orphanCount() const;
    QListWidget *orphanList() const { return m_list; }
    QLineEdit *quoteField() const { return m_quote; }
    QPlainTextEdit *textView() const { return m_text; }

    // Selects in the new text the next occurrence of the quote field's text; false if none.
    bool findQuote();
    // Attaches the current orphan to the passage selected in the new text.
    bool attachToSelection();
    // Deletes the current orphan's highlight.
    bool deleteCurrent();

private:
    void reload();
    void showCurrent();
    void updateButtons();
    qint64 currentAnnotationId() const;

    Dossier *m_dossier;
    qint64 m_sourceId;
    QLabel *m_summary;
    QListWidget *m_list;
    QLineEdit *m_quote;
    QPlainTextEdit *m_text;
    QLabel *m_status;
    QPushButton *m_find;
    QPushButton *m_attach;
    QPushButton *m_delete;
};

} // namespace Recoupe
