// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcemetadatadialog.h"

#include "model/partialdate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Recoupe {

SourceMetadataDialog::SourceMetadataDialog(const Source &source, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_title(new QLineEdit(source.title, this))
    , m_origin(new QLineEdit(source.origin, this))
    , m_publisher(new QLineEdit(source.publisher, this))
    , m_author(new QLineEdit(source.author, this))
    , m_published(new QLineEdit(source.published, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Source Metadata"));
    m_origin->setPlaceholderText(tr("https://… or the file it came from"));
    //: Placeholder of the publication date field: the accepted forms
    m_published->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Origin:"), m_origin);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("Published &on:"), m_published);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &SourceMetadataDialog::validate);
    connect(m_published, &QLineEdit::textChanged, this, &SourceMetadataDialog::validate);
    validate();
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

void SourceMetadataDialog::validate()
{
    QString problem;
    bool ok = true;
    PartialDate::fromIso(m_published->text().trimmed(), &ok);
    if (m_title->text().trimmed().isEmpty())
        problem = tr("A source needs a title.");
    else if (!ok)
        problem = tr("“%1” is not a date: write it as 2018-05-07, 2018-05 or 2018.")
                      .arg(m_published->text().trimmed());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Source SourceMetadataDialog::source() const
{
    Source edited = m_source;
    edited.title = m_title->text().simplified();
    edited.origin = m_origin->text().trimmed();
    edited.publisher = m_publisher->text().simplified();
    edited.author = m_author->text().simplified();
    edited.published = m_published->text().trimmed();
    return edited;
}

} // namespace Recoupe
