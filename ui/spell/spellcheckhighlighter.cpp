// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellcheckhighlighter.h"

#include "spell/spellchecker.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Recoupe {

SpellCheckHighlighter::SpellCheckHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void SpellCheckHighlighter::setSpellChecker(SpellChecker *checker)
{
    if (m_checker == checker)
        return;
    m_checker = checker;
    rehighlight();
}

QTextCharFormat SpellCheckHighlighter::misspelledFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(Qt::red));
    return format;
}

void SpellCheckHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker || text.isEmpty())
        return;
    const int blockStart = currentBlock().position();
    const QTextCharFormat format = misspelledFormat();
    for (const Misspelling &word : m_checker->misspellings(text)) {
        if (m_wordInProgress >= 0 && blockStart + word.start + word.length == m_wordInProgress)
            continue;
        setFormat(word.start, word.length, format);
    }
}

bool SpellCheckHighlighter::isMarkedMisspelled(int documentPosition) const
{
    if (!document())
        return false;
    const QTextBlock block = document()->findBlock(documentPosition);
    if (!block.isValid() || !block.layout())
        return false;
    const int inBlock = documentPosition - block.position();
    const QVector<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (inBlock >= range.start && inBlock < range.start + range.length
            && range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            return true;
    }
    return false;
}

} // namespace Recoupe
