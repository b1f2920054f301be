// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>

#include <functional>

#include "spellcheckhighlighter.h"

class QMenu;
class QPlainTextEdit;
class QPoint;
class QTextCursor;
class QTextEdit;
class QWidget;

namespace Recoupe {

class SpellChecker;
class SpellCheckHighlighter;

// Spell checking as you type for a QTextEdit or QPlainTextEdit, in the manner of Sonnet's
// SpellCheckDecorator: a highlighter underlines unknown words (not the word being typed), and
// the edit's context menu offers suggestions and "Add to dossier dictionary" above its usual
// entries. The decorator is a child of the edit and dies with it.
class SpellCheckDecorator : public QObject
{
    Q_OBJECT

public:
    explicit SpellCheckDecorator(QTextEdit *edit);
    explicit SpellCheckDecorator(QPlainTextEdit *edit);
    ~SpellCheckDecorator() override;

    // Not owned; nullptr turns checking off.
    void setSpellChecker(SpellChecker *checker);
    SpellChecker *spellChecker() const;
    SpellCheckHighlighter *highlighter() const { return m_highlighter; }

    // The menu a right click at `viewportPos` shows: suggestions and "Add to dossier
    // dictionary" when the word there is misspelled, then the edit's standard entries.
    // The caller owns the menu.
    QMenu *createContextMenu(const QPoint &viewportPos);

    // How "Add to dossier dictionary" stores a word: through the dossier, so that it can be
    // undone. Without one, the checker adds it to its word list directly.
    void setWordAdder(std::function<Status(const QString &word)> adder) { m_wordAdder = std::move(adder); }

    // Underlines everything again (after the word list changed elsewhere).
    void recheck();

Q_SIGNALS:
    // The user added a word to the dossier's word list from the menu.
    void wordAdded(const QString &word);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attach(QWidget *edit, QWidget *viewport);
    QTextCursor cursorAt(const QPoint &viewportPos) const;
    QTextCursor textCursor() const;
    QMenu *standardMenu(const QPoint &viewportPos) const;
    void onContentsChange(int position, int removed, int added);
    void onCursorMoved();
    void replaceWord(int start, int length, const QString &replacement);
    void addToDictionary(const QString &word);

    QPointer<QTextEdit> m_textEdit;
    QPointer<QPlainTextEdit> m_plainEdit;
    QWidget *m_edit = nullptr;
    QPointer<SpellCheckHighlighter> m_highlighter;
    std::function<Status(const QString &word)> m_wordAdder;
};

} // namespace Recoupe
