// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellcheckdecorator.h"

#include "spell/spellchecker.h"
#include "spellcheckhighlighter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>

#include <optional>

namespace Recoupe {

namespace {

constexpr int MaxSuggestions = 8;

} // namespace

SpellCheckDecorator::SpellCheckDecorator(QTextEdit *edit)
    : QObject(edit)
    , m_textEdit(edit)
{
    attach(edit, edit->viewport());
}

SpellCheckDecorator::SpellCheckDecorator(QPlainTextEdit *edit)
    : QObject(edit)
    , m_plainEdit(edit)
{
    attach(edit, edit->viewport());
}

SpellCheckDecorator::~SpellCheckDecorator()
{
    delete m_highlighter; // stop underlining when the decorator goes but the edit stays
}

void SpellCheckDecorator::attach(QWidget *edit, QWidget *viewport)
{
    m_edit = edit;
    QTextDocument *document = m_textEdit ? m_textEdit->document() : m_plainEdit->document();
    // Connected before the highlighter exists, so this runs first and the highlighter already
    // knows which word is being typed when it reformats the block.
    connect(document, &QTextDocument::contentsChange, this, &SpellCheckDecorator::onContentsChange);
    m_highlighter = new SpellCheckHighlighter(document);
    if (m_textEdit)
        connect(m_textEdit, &QTextEdit::cursorPositionChanged, this, &SpellCheckDecorator::onCursorMoved);
    else
        connect(
            m_plainEdit, &QPlainTextEdit::cursorPositionChanged, this, &SpellCheckDecorator::onCursorMoved);
    edit->installEventFilter(this);
    viewport->installEventFilter(this);
}

void SpellCheckDecorator::setSpellChecker(SpellChecker *checker)
{
    if (m_highlighter)
        m_highlighter->setSpellChecker(checker);
}

SpellChecker *SpellCheckDecorator::spellChecker() const
{
    return m_highlighter ? m_highlighter->spellChecker() : nullptr;
}

void SpellCheckDecorator::recheck()
{
    if (m_highlighter)
        m_highlighter->rehighlight();
}

QTextCursor SpellCheckDecorator::textCursor() const
{
    return m_textEdit ? m_textEdit->textCursor() : m_plainEdit->textCursor();
}

QTextCursor SpellCheckDecorator::cursorAt(const QPoint &viewportPos) const
{
    return m_textEdit ? m_textEdit->cursorForPosition(viewportPos)
                      : m_plainEdit->cursorForPosition(viewportPos);
}

QMenu *SpellCheckDecorator::standardMenu(const QPoint &viewportPos) const
{
    if (m_textEdit) {
        // QTextEdit wants document coordinates (to find a link under the pointer).
        const QPoint scrolled(
            m_textEdit->horizontalScrollBar()->value(), m_textEdit->verticalScrollBar()->value());
        return m_textEdit->createStandardContextMenu(viewportPos + scrolled);
    }
    return m_plainEdit->createStandardContextMenu(viewportPos);
}

void SpellCheckDecorator::onContentsChange(int position, int removed, int added)
{
    if (!m_highlighter)
        return;
    // One character typed: the word it ends is in progress. Anything else (paste, load,
    // deletion) is checked whole at once.
    m_highlighter->setWordInProgress(removed == 0 && added == 1 ? position + added : -1);
}

void SpellCheckDecorator::onCursorMoved()
{
    if (!m_highlighter)
        return;
    const int inProgress = m_highlighter->wordInProgress();
    if (inProgress < 0 || textCursor().position() == inProgress)
        return;
    m_highlighter->setWordInProgress(-1);
    QTextDocument *document = m_highlighter->document();
    if (document)
        m_highlighter->rehighlightBlock(document->findBlock(inProgress));
}

QMenu *SpellCheckDecorator::createContextMenu(const QPoint &viewportPos)
{
    QMenu *menu = standardMenu(viewportPos);
    SpellChecker *checker = spellChecker();
    if (!checker)
        return menu;

    const QTextCursor cursor = cursorAt(viewportPos);
    const QTextBlock block = cursor.block();
    const int inBlock = cursor.positionInBlock();
    std::optional<Misspelling> found;
    for (const Misspelling &word : checker->misspellings(block.text())) {
        if (inBlock >= word.start && inBlock <= word.start + word.length) {
            found = word;
            break;
        }
    }
    if (!found)
        return menu;

    QAction *before = menu->actions().value(0);
    const int start = block.position() + found->start;
    const int length = found->length;
    const QStringList suggestions = checker->suggest(found->word).mid(0, MaxSuggestions);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        action->setObjectName(QStringLiteral("spellSuggestion"));
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        connect(action, &QAction::triggered, this,
            [this, start, length, suggestion] { replaceWord(start, length, suggestion); });
        menu->insertAction(before, action);
    }
    if (suggestions.isEmpty()) {
        //: Spell-check context menu: the checker has no replacement to offer
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(before, none);
    }
    const QString word = found->word;
    //: Spell-check context menu; %1 is the word. The list is stored in the dossier file.
    auto *add = new QAction(tr("Add “%1” to the dossier dictionary").arg(word), menu);
    add->setObjectName(QStringLiteral("addToDossierDictionary"));
    connect(add, &QAction::triggered, this, [this, word] { addToDictionary(word); });
    menu->insertAction(before, add);
    if (before)
        menu->insertSeparator(before);
    return menu;
}

void SpellCheckDecorator::replaceWord(int start, int length, const QString &replacement)
{
    QTextDocument *document = m_highlighter ? m_highlighter->document() : nullptr;
    if (!document || start + length > document->characterCount())
        return;
    QTextCursor cursor(document);
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
}

void SpellCheckDecorator::addToDictionary(const QString &word)
{
    SpellChecker *checker = spellChecker();
    if (!checker)
        return;
    const Status added = m_wordAdder ? m_wordAdder(word) : checker->addToDossier(word);
    if (!added.ok()) {
        Q_EMIT errorOccurred(added.error());
        return;
    }
    recheck();
    Q_EMIT wordAdded(word);
}

bool SpellCheckDecorator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ContextMenu || !m_edit)
        return QObject::eventFilter(watched, event);
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    QWidget *viewport = m_textEdit ? m_textEdit->viewport() : m_plainEdit->viewport();
    QPoint pos;
    if (watched == viewport) {
        pos = menuEvent->pos();
    } else if (watched == m_edit) {
        // From the keyboard (Menu key, Shift+F10): at the text cursor.
        const QRect rect = m_textEdit ? m_textEdit->cursorRect() : m_plainEdit->cursorRect();
        pos = menuEvent->reason() == QContextMenuEvent::Keyboard
            ? rect.center()
            : viewport->mapFrom(m_edit, menuEvent->pos());
    } else {
        return QObject::eventFilter(watched, event);
    }
    QMenu *menu = createContextMenu(pos);
    if (!menu)
        return false;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(viewport->mapToGlobal(pos));
    return true;
}

} // namespace Recoupe
