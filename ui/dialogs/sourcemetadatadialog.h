// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Recoupe {

// Edits what describes a source: title, origin (URL or path), publisher, author and publication
// date, which may be known only to the year or the month ("2018", "2018-05", "2018-05-07").
class SourceMetadataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SourceMetadataDialog(const Source &source, QWidget *parent = nullptr);

    // The source with the fields as edited.
    Source source() const;

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *originField() const { return m_origin; }
    QLineEdit *publisherField() const { return m_publisher; }
    QLineEdit *authorField() const { return m_author; }
    QLineEdit *publishedField() const { return m_published; }

private:
    void validate();

    Source m_source;
    QLineEdit *m_title;
    QLineEdit *m_origin;
    QLineEdit *m_publisher;
    QLineEdit *m_author;
    QLineEdit *m_published;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Recoupe
