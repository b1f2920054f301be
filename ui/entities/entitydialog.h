// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Recoupe {

// Adds or edits a person or an institution: type, name, other names (one per line), notes.
// Renaming keeps the old name among the other names unless the user says otherwise.
class EntityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EntityDialog(QWidget *parent = nullptr);

    void setEntity(const Entity &entity);
    // The entity as the fields describe it (id and dates of the one being edited).
    Entity entity() const;

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *aliasesEdit() const { return m_aliases; }

    void accept() override;

private:
    void updateOkButton();

    Entity m_original;
    QComboBox *m_type;
    QLineEdit *m_name;
    QPlainTextEdit *m_aliases;
    QPlainTextEdit *m_notes;
    QCheckBox *m_keepOldName;
};

} // namespace Recoupe
