// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteeditordialog.h"

#include "spell/dossierdictionary.h"
#include "spell/spellcheckdecorator.h"
#include "spell/spellchecker.h"
#include "storage/dossier.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace Recoupe {

namespace {

const QString SizeKey = QStringLiteral("noteEditor/size");

} // namespace

NoteEditorDialog::NoteEditorDialog(
    Dossier *dossier, const QString &passage, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_passage(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_spellState(new QLabel(this))
{
    setObjectName(QStringLiteral("NoteEditorDialog"));
    setWindowTitle(tr("Note"));
    m_passage->setTextFormat(Qt::PlainText);
    m_passage->setWordWrap(true);
    if (passage.isEmpty())
        m_passage->setText(tr("Note on the highlight:"));
    else
        //: Above the note editor; %1 the first words of the highlighted passage
        m_passage->setText(tr("Note on “%1”:").arg(passage));
    m_passage->setBuddy(m_editor);

    // Lines wrap at the editor's width: a note is prose, never scrolled sideways.
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editor->setTabChangesFocus(true);
    m_editor->setAccessibleName(tr("Note"));
    m_editor->setPlainText(note);
    m_editor->moveCursor(QTextCursor::End);

    m_spelling = new SpellCheckDecorator(m_editor);
    m_spellState->setWordWrap(true);
    m_spellState->setEnabled(false);
    m_spellState->hide();
    if (m_dossier) {
        m_dictionary = std::make_unique<DossierDictionary>(m_dossier->database());
        auto created = SpellChecker::create(m_dossier->language(), m_dictionary.get());
        if (created) {
            m_checker = std::move(created).value();
            m_spelling->setSpellChecker(m_checker.get());
            SpellChecker *checker = m_checker.get();
            m_spelling->setWordAdder([this, checker](const QString &word) -> Status {
                if (!m_dossier)
                    return Error {tr("No dossier is open.")};
                return m_dossier->addDictionaryWord(checker->language(), word);
            });
        } else {
            m_spellState->setText(tr("Spell checking is off: %1").arg(created.error()));
            m_spellState->show();
        }
    }
    connect(m_spelling, &SpellCheckDecorator::errorOccurred, m_spellState, [this](const QString &message) {
        m_spellState->setText(message);
        m_spellState->show();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_passage);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_spellState);
    layout->addWidget(buttons);

    setMinimumSize(MinimumWidth * 3 / 4, MinimumHeight * 3 / 4);
    const QSize remembered = QSettings().value(SizeKey).toSize();
    resize(remembered.isValid() ? remembered.expandedTo(minimumSize())
                                : QSize(MinimumWidth + 80, MinimumHeight + 60));
    m_editor->setFocus();
}

NoteEditorDialog::~NoteEditorDialog() = default;

QString NoteEditorDialog::note() const
{
    return m_editor->toPlainText();
}

void NoteEditorDialog::done(int result)
{
    QSettings().setValue(SizeKey, size());
    QDialog::done(result);
}

} // namespace Recoupe
