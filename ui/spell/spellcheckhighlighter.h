// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <functional>

namespace Recoupe {

class SpellChecker;

// Underlines the words a SpellChecker does not know with a red wavy line, block by block.
// SpellCheckDecorator creates one for its text edit; it can also serve a bare QTextDocument.
class SpellCheckHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpellCheckHighlighter(QTextDocument *document);

    // Not owned; nullptr turns checking off. Rehighlights the document.
    void setSpellChecker(SpellChecker *checker);
    SpellChecker *spellChecker() const { return m_checker; }

    // The word that ends at this document position is still being typed: leave it alone until
    // the cursor leaves it (-1: none). The decorator keeps this up to date.
    void setWordInProgress(int documentPosition) { m_wordInProgress = documentPosition; }
    int wordInProgress() const { return m_wordInProgress; }

    // The format misspelled words get (a red SpellCheckUnderline).
    static QTextCharFormat misspelledFormat();
    // True when the character at `documentPosition` is underlined as misspelled.
    bool isMarkedMisspelled(int documentPosition) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_checker = nullptr;
    int m_wordInProgress = -1;
};

} // namespace Recoupe
