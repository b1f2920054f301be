// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QPlainTextEdit;

namespace Recoupe {

class Dossier;
class DossierDictionary;
class SpellCheckDecorator;
class SpellChecker;

// The note on a highlight: a multi-line editor that wraps its lines, spell-checked in the
// dossier's language as the claim editor is (suggestions and "Add to dossier dictionary" in its
// context menu). Its size is remembered from one note to the next.
class NoteEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `passage`: the quoted words the note is about (shown above the editor), may be empty.
    NoteEditorDialog(
        Dossier *dossier, const QString &passage, const QString &note, QWidget *parent = nullptr);
    ~NoteEditorDialog() override;

    QString note() const;
    QPlainTextEdit *editor() const { return m_editor; }
    SpellCheckDecorator *spelling() const { return m_spelling; }

    static constexpr int MinimumWidth = 480;
    static constexpr int MinimumHeight = 320;

protected:
    void done(int result) override;

private:
    QPointer<Dossier> m_dossier;
    QLabel *m_passage;
    QPlainTextEdit *m_editor;
    QLabel *m_spellState;
    SpellCheckDecorator *m_spelling;
    std::unique_ptr<DossierDictionary> m_dictionary;
    std::unique_ptr<SpellChecker> m_checker;
};

} // namespace Recoupe
