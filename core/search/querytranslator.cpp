// SPDX-License-Identifier: GPL-3.0-or-later
#include "querytranslator.h"

#include "stemmingtokenizer.h"

#include <QVector>

namespace Recoupe {

namespace {

struct Token
{
    enum Kind
    {
        Word,
        Open,
        Close,
        And,
        Or,
        Not
    };
    Kind kind = Word;
    QString text; // words and phrases: the text between the quotes, without a trailing '*'
    bool prefix = false;
    // Plain words match their other forms ("réserves" for `reserve`); quoted phrases, `=word`
    // and prefixes match the forms written.
    bool stemmed = false;
};

bool isQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\u201C': // “
    case u'\u201D': // ”
    case u'\u201E': // „
    case u'\u00AB': // «
    case u'\u00BB': // »
        return true;
    default:
        return false;
    }
}

bool hasWordCharacter(QStringView text)
{
    for (const char32_t ch : text.toUcs4()) {
        if (QueryTranslator::isWordCharacter(ch))
            return true;
    }
    return false;
}

Token::Kind operatorKind(QStringView word, bool *isOperator)
{
    *isOperator = true;
    if (word == u"AND" || word == u"ET")
        return Token::And;
    if (word == u"OR" || word == u"OU")
        return Token::Or;
    if (word == u"NOT" || word == u"SAUF")
        return Token::Not;
    *isOperator = false;
    return Token::Word;
}

QVector<Token> lex(const QString &input)
{
    QVector<Token> tokens;
    const qsizetype n = input.size();
    qsizetype i = 0;
    auto takeStars = [&]() {
        bool any = false;
        while (i < n && input.at(i) == u'*') {
            ++i;
            any = true;
        }
        return any;
    };
    while (i < n) {
        const QChar c = input.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (isQuote(c)) {
            qsizetype end = i + 1;
            while (end < n && !isQuote(input.at(end)))
                ++end;
            Token phrase;
            phrase.text = input.mid(i + 1, end - i - 1);
            i = end < n ? end + 1 : n;
            phrase.prefix = takeStars();
            if (hasWordCharacter(phrase.text))
                tokens.append(phrase);
        } else if (c == u'(' || c == u')') {
            tokens.append(Token {c == u'(' ? Token::Open : Token::Close, QString(), false, false});
            ++i;
        } else {
            qsizetype end = i;
            while (end < n) {
                const QChar d = input.at(end);
                if (d.isSpace() || isQuote(d) || d == u'(' || d == u')')
                    break;
                ++end;
            }
            QStringView word = QStringView(input).mid(i, end - i);
            i = end;
            bool isOperator = false;
            const Token::Kind op = operatorKind(word, &isOperator);
            if (isOperator) {
                tokens.append(Token {op, QString(), false, false});
                continue;
            }
            // "-word" excludes, as in web search engines; "Morin-Desailly" is one phrase.
            bool negated = false;
            while (word.startsWith(u'-')) {
                word = word.mid(1);
                negated = true;
            }
            bool exact = false;
            while (word.startsWith(u'=')) {
                word = word.mid(1);
                exact = true;
            }
            bool prefix = false;
            while (word.endsWith(u'*')) {
                word.chop(1);
                prefix = true;
            }
            if (!hasWordCharacter(word))
                continue;
            if (negated)
                tokens.append(Token {Token::Not, QString(), false, false});
            tokens.append(Token {Token::Word, word.toString(), prefix, !exact && !prefix});
        }
    }
    return tokens;
}

// Drops unmatched and too deep parentheses and closes the ones left open, so the parser only
// meets balanced input.
QVector<Token> balance(const QVector<Token> &tokens)
{
    QVector<Token> out;
    QVector<bool> open; // for each open parenthesis: kept or dropped
    int depth = 0;
    for (const Token &t : tokens) {
        if (t.kind == Token::Open) {
            const bool keep = depth < QueryTranslator::MaxNesting;
            open.append(keep);
            if (keep) {
                ++depth;
                out.append(t);
            }
        } else if (t.kind == Token::Close) {
            if (open.isEmpty())
                continue;
            if (open.takeLast()) {
                --depth;
                out.append(t);
            }
        } else {
            out.append(t);
        }
    }
    for (const bool kept : open) {
        if (kept)
            out.append(Token {Token::Close, QString(), false, false});
    }
    return out;
}

QString quotedText(QString text, bool prefix, bool stemmed)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    // The tokenizer stems a phrase that starts with its marker, which no typed text contains:
    // lex() never keeps control characters.
    if (stemmed)
        text.prepend(QLatin1Char(StemmingTokenizer::StemMarker));
    return QLatin1Char('"') + text + QLatin1Char('"') + (prefix ? QLatin1String(" *") : QLatin1String());
}

// `text` with the hyphens between a letter and a lower-case letter taken out ("free-software" →
// "freesoftware"), or an empty string when it has none. The index joins a word broken at a line
// end when the next line starts in lower case, so a hyphenated word printed across a line end
// is only found in its joined form.
QString joinedHyphens(const QString &text)
{
    QString joined;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool hyphen = c == QLatin1Char('-') || c == QChar(0x2010);
        if (hyphen && i > 0 && i + 1 < text.size() && text.at(i - 1).isLetter() && text.at(i + 1).isLower()) {
            any = true;
            continue;
        }
        joined.append(c);
    }
    return any ? joined : QString();
}

QString quoted(const Token &t)
{
    const QString phrase = quotedText(t.text, t.prefix, t.stemmed);
    const QString joined = joinedHyphens(t.text);
    if (joined.isEmpty())
        return phrase;
    return QLatin1Char('(') + phrase + QLatin1String(" OR ") + quotedText(joined, t.prefix, t.stemmed)
        + QLatin1Char(')');
}

// FTS5's precedence (NOT > AND > OR) already gives the intended grouping when joining the parts
// of one level: AND parts are phrases, parenthesized groups or NOT groups, OR parts AND groups.
QString group(const QStringList &parts, QLatin1String op)
{
    return parts.join(op);
}

// Recursive descent with FTS5's precedence (NOT > AND > OR). Each level returns an empty
// string when nothing searchable is left in it, and the caller drops it.
class Parser
{
public:
    explicit Parser(const QVector<Token> &tokens)
        : m_tokens(tokens)
    { }

    QString parseOr(bool topLevel)
    {
        QStringList parts;
        while (!atEnd()) {
            const QString part = parseAnd(topLevel);
            if (!part.isEmpty())
                parts.append(part);
            if (!atEnd() && peek() == Token::Or) {
                ++m_pos;
                continue;
            }
            break;
        }
        return parts.isEmpty() ? QString() : group(parts, QLatin1String(" OR "));
    }

    QStringList excluded;
    QStringList terms;

private:
    bool atEnd() const { return m_pos >= m_tokens.size(); }
    Token::Kind peek() const { return m_tokens.at(m_pos).kind; }

    QString parseAnd(bool topLevel)
    {
        QStringList wanted;
        QStringList unwanted;
        while (!atEnd()) {
            const Token::Kind k = peek();
            if (k == Token::Or || k == Token::Close)
                break;
            if (k == Token::And) {
                ++m_pos;
                continue;
            }
            bool negated = false;
            while (!atEnd() && peek() == Token::Not) {
                ++m_pos;
                negated = true;
            }
            if (atEnd() || peek() == Token::Or || peek() == Token::Close || peek() == Token::And)
                continue; // a NOT with nothing after it
            const QString e = parsePrimary(!negated && m_collect);
            if (!e.isEmpty())
                (negated ? unwanted : wanted).append(e);
        }
        if (topLevel) {
            excluded += unwanted;
            return wanted.isEmpty() ? QString() : group(wanted, QLatin1String(" AND "));
        }
        if (wanted.isEmpty())
            return QString();
        const QString positive = group(wanted, QLatin1String(" AND "));
        if (unwanted.isEmpty())
            return positive;
        return QLatin1Char('(') + positive + QLatin1String(") NOT (") + group(unwanted, QLatin1String(" OR "))
            + QLatin1Char(')');
    }

    QString parsePrimary(bool collect)
    {
        const Token &t = m_tokens.at(m_pos++);
        if (t.kind == Token::Word) {
            if (collect)
                terms.append(t.prefix ? t.text + QLatin1Char('*') : t.text);
            return quoted(t);
        }
        // An opening parenthesis: balance() guarantees its closing one.
        const bool saved = m_collect;
        m_collect = collect;
        const QString inner = parseOr(false);
        m_collect = saved;
        if (!atEnd() && peek() == Token::Close)
            ++m_pos;
        return inner.isEmpty() ? QString() : QLatin1Char('(') + inner + QLatin1Char(')');
    }

    const QVector<Token> &m_tokens;
    qsizetype m_pos = 0;
    bool m_collect = true;
};

} // namespace

bool QueryTranslator::isWordCharacter(char32_t ch)
{
    switch (QChar::category(ch)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

FtsQuery QueryTranslator::translate(const QString &input)
{
    // Control characters separate words in the index; here they could pass for the stem marker.
    QString cleaned = input;
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control && !c.isSpace())
            c = u' ';
    }
    const QVector<Token> tokens = balance(lex(cleaned));
    Parser parser(tokens);
    FtsQuery query;
    query.expression = parser.parseOr(true);
    if (query.expression.isEmpty())
        return FtsQuery();
    query.excluded = parser.excluded.join(QLatin1String(" OR "));
    query.terms = parser.terms;
    return query;
}

} // namespace Recoupe
