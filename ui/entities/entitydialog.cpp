// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydialog.h"

#include "graph/entitystyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Recoupe {

EntityDialog::EntityDialog(QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_aliases(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_keepOldName(new QCheckBox(tr("Keep the old name among the other names"), this))
{
    setObjectName(QStringLiteral("EntityDialog"));
    setWindowTitle(tr("New Person or Institution"));
    for (const QString &type : Entity::types())
        m_type->addItem(EntityStyle::icon(type), EntityStyle::typeName(type), type);
    m_aliases->setTabChangesFocus(true);
    m_aliases->setPlaceholderText(tr("One per line: acronyms, spellings, former names"));
    m_aliases->setMaximumHeight(fontMetrics().height() * 5);
    m_notes->setTabChangesFocus(true);
    m_keepOldName->setChecked(true);
    m_keepOldName->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_keepOldName);
    form->addRow(tr("&Other names:"), m_aliases);
    form->addRow(tr("N&otes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &EntityDialog::updateOkButton);
    updateOkButton();
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

void EntityDialog::setEntity(const Entity &entity)
{
    m_original = entity;
    setWindowTitle(entity.id ? tr("Edit %1").arg(entity.name) : tr("New Person or Institution"));
    const int index = m_type->findData(entity.type);
    m_type->setCurrentIndex(index >= 0 ? index : 0);
    m_name->setText(entity.name);
    m_aliases->setPlainText(entity.aliases.join(QLatin1Char('\n')));
    m_notes->setPlainText(entity.notes);
    m_keepOldName->setVisible(entity.id != 0);
}

Entity EntityDialog::entity() const
{
    Entity e = m_original;
    e.type = m_type->currentData().toString();
    e.name = m_name->text().simplified();
    e.aliases.clear();
    for (const QString &line : m_aliases->toPlainText().split(QLatin1Char('\n'))) {
        const QString alias = line.simplified();
        if (!alias.isEmpty() && alias != e.name && !e.aliases.contains(alias))
            e.aliases.append(alias);
    }
    if (m_original.id && m_keepOldName->isChecked() && !m_original.name.isEmpty() && m_original.name != e.name
        && !e.aliases.contains(m_original.name))
        e.aliases.append(m_original.name);
    e.notes = m_notes->toPlainText().trimmed();
    return e;
}

void EntityDialog::updateOkButton()
{
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

void EntityDialog::accept()
{
    if (m_name->text().trimmed().isEmpty())
        return;
    QDialog::accept();
}

} // namespace Recoupe
