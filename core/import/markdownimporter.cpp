// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimporter.h"

#include "htmlentities.h"
#include "languageguesser.h"
#include "publicationdate.h"
#include "storage/sourcestore.h"
#include "textdecoder.h"
#include "textimporter.h"

#include <QRegularExpression>

namespace Recoupe {

namespace {

constexpr qsizetype MaxLinkSpan = 2000; // brackets further apart are not a link: keeps it linear

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128
        && (u >= 33 && u <= 47       ? true
                : u >= 58 && u <= 64 ? true
                : u >= 91 && u <= 96 ? true
                                     : u >= 123 && u <= 126);
}

// QRegularExpression::match(QStringView) became matchView() in Qt 6.5 (and the old name is
// deprecated later); this builds warning-free on 6.4 and 6.8.
QRegularExpressionMatch matchIn(const QRegularExpression &re, QStringView text, qsizetype offset = 0)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return re.matchView(text, offset);
#else
    return re.match(text, offset);
#endif
}

// The index of the bracket closing the one at `open`, or -1.
qsizetype matching(QStringView s, qsizetype open, QChar openChar, QChar closeChar)
{
    int depth = 0;
    const qsizetype limit = qMin(s.size(), open + MaxLinkSpan);
    for (qsizetype i = open; i < limit; ++i) {
        const QChar c = s[i];
        if (c == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (c == openChar) {
            ++depth;
        } else if (c == closeChar) {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

// The end (exclusive) of a link's destination part "(…)" or "[…]" starting at `pos`, or -1.
qsizetype linkTail(QStringView s, qsizetype pos)
{
    if (pos >= s.size())
        return -1;
    if (s[pos] == QLatin1Char('(')) {
        const qsizetype close = matching(s, pos, QLatin1Char('('), QLatin1Char(')'));
        return close < 0 ? -1 : close + 1;
    }
    if (s[pos] == QLatin1Char('[')) {
        const qsizetype close = matching(s, pos, QLatin1Char('['), QLatin1Char(']'));
        return close < 0 ? -1 : close + 1;
    }
    return -1;
}

// Output assembly: blocks separated by a blank line, lines of one list or table by a line end.
class Blocks
{
public:
    enum Kind
    {
        Paragraph,
        ListLine,
        TableLine,
        CodeLine
    };

    void add(const QString &text, Kind kind)
    {
        if (!m_out.isEmpty())
            m_out.append(kind != Paragraph && kind == m_last && !m_broken ? QLatin1String("\n")
                                                                          : QLatin1String("\n\n"));
        m_out.append(text);
        m_last = kind;
        m_broken = false;
    }
    // A blank line: the next list or code line starts a new block.
    void breakBlock() { m_broken = true; }
    void appendToLast(const QString &text)
    {
        m_out.append(QLatin1Char(' '));
        m_out.append(text);
    }
    Kind last() const { return m_last; }
    bool isEmpty() const { return m_out.isEmpty(); }
    QString take() { return std::move(m_out); }

private:
    QString m_out;
    Kind m_last = Paragraph;
    bool m_broken = false;
};

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
        value = value.mid(1, value.size() - 2);
    return value.trimmed();
}

} // namespace

QString MarkdownImporter::id() const
{
    return QStringLiteral("markdown");
}

QString MarkdownImporter::displayName() const
{
    //: File dialog filter name
    return tr("Markdown files");
}

QStringList MarkdownImporter::extensions() const
{
    return { QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown"),
        QStringLiteral("mkd") };
}

QString MarkdownImporter::plainInline(QStringView s)
{
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    auto isWordChar = [&](qsizetype i) {
        return i >= 0 && i < n && s[i].isLetterOrNumber();
    };
    auto isSpaceAt = [&](qsizetype i) {
        return i < 0 || i >= n || s[i].isSpace();
    };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c == QLatin1Char('\\') && i + 1 < n && isAsciiPunctuation(s[i + 1])) {
            out.append(s[i + 1]);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('`')) {
            qsizetype run = i;
            while (run < n && s[run] == QLatin1Char('`'))
                ++run;
            const qsizetype ticks = run - i;
            // The closing run of the same length.
            qsizetype close = run;
            for (;;) {
                close = s.indexOf(QLatin1Char('`'), close);
                if (close < 0)
                    break;
                qsizetype end = close;
                while (end < n && s[end] == QLatin1Char('`'))
                    ++end;
                if (end - close == ticks)
                    break;
                close = end;
            }
            if (close < 0) {
                out.append(s.mid(i, ticks));
                i = run;
                continue;
            }
            QStringView code = s.mid(run, close - run);
            if (code.size() >= 2 && code.startsWith(QLatin1Char(' ')) && code.endsWith(QLatin1Char(' ')))
                code = code.mid(1, code.size() - 2);
            out.append(code);
            i = close + ticks;
            continue;
        }
        if ((c == QLatin1Char('!') && i + 1 < n && s[i + 1] == QLatin1Char('[')) || c == QLatin1Char('[')) {
            const qsizetype open = c == QLatin1Char('!') ? i + 1 : i;
            const qsizetype close = matching(s, open, QLatin1Char('['), QLatin1Char(']'));
            const qsizetype tail = close < 0 ? -1 : linkTail(s, close + 1);
            if (tail > 0) {
                // Links keep their text, images their alt text.
                out.append(plainInline(s.mid(open + 1, close - open - 1)));
                i = tail;
                continue;
            }
            out.append(c);
            ++i;
            continue;
        }
        if (c == QLatin1Char('<')) {
            static const QRegularExpression autolink(
                QStringLiteral("^<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\\s<>]*)>"));
            static const QRegularExpression tag(
                QStringLiteral("^</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]{0,500})?/?>"));
            const QStringView rest = s.mid(i, 600);
            QRegularExpressionMatch m = matchIn(autolink, rest);
            if (m.hasMatch()) {
                out.append(m.capturedView(1));
                i += m.capturedLength(0);
                continue;
            }
            m = matchIn(tag, rest);
            if (m.hasMatch()) {
                i += m.capturedLength(0);
                continue;
            }
            out.append(c);
            ++i;
            continue;
        }
        if (c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~')) {
            qsizetype run = i;
            while (run < n && s[run] == c)
                ++run;
            const qsizetype len = run - i;
            const bool spaced = isSpaceAt(i - 1) && isSpaceAt(run); // "2 * 3": not emphasis
            const bool intraword
                = c == QLatin1Char('_') && isWordChar(i - 1) && isWordChar(run); // snake_case
            const bool strike = c != QLatin1Char('~') || len == 2;
            if (!spaced && !intraword && strike && len <= 3) {
                i = run;
                continue;
            }
            out.append(s.mid(i, len));
            i = run;
            continue;
        }
        if (c == QLatin1Char('&')) {
            const qsizetype used = HtmlEntities::decodeAt(s, i, out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out.append(c);
        ++i;
    }
    return out;
}

Importer::ReadResult MarkdownImporter::checkHead(const QByteArray &head, const ImportContext &context) const
{
    if (TextDecoder::looksBinary(head)) {
        return failed(tr("%1 does not look like a Markdown file: it contains binary data. It may be another "
                         "kind of document renamed to .md.")
                          .arg(context.path));
    }
    return {};
}

Importer::ReadResult MarkdownImporter::read(
    const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const
{
    if (const ReadResult head = checkHead(bytes, context); head.outcome != Outcome::Read)
        return head;
    TextDecoder::Decoded decoded = TextDecoder::decode(bytes);
    QString &source = decoded.text;
    // Line ends only: blank-line runs and trailing blanks do not change Markdown's meaning
    // except for hard breaks, which become plain line joins.
    TextImporter::canonicalize(source);
    context.reportProgress(0.2);

    Source &s = draft.source;
    QStringView rest(source);

    // Front matter: a leading YAML block between "---" lines.
    if (rest.startsWith(QLatin1String("---\n"))) {
        static const QRegularExpression closing(QStringLiteral("\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|$)"));
        const QRegularExpressionMatch end = matchIn(closing, rest, 3);
        if (end.hasMatch()) {
            const QStringView block = rest.mid(4, end.capturedStart() - 4);
            for (QStringView line : block.split(QLatin1Char('\n'))) {
                const qsizetype colon = line.indexOf(QLatin1Char(':'));
                if (colon <= 0 || line.startsWith(QLatin1Char(' ')))
                    continue;
                const QString key = line.left(colon).trimmed().toString().toLower();
                const QString value = unquote(line.mid(colon + 1).toString());
                if (value.isEmpty())
                    continue;
                if (key == QLatin1String("title") && s.title.isEmpty())
                    s.title = value;
                else if ((key == QLatin1String("date") || key == QLatin1String("published"))
                    && s.published.isEmpty())
                    s.published = PublicationDate::fromText(value);
                else if ((key == QLatin1String("author") || key == QLatin1String("authors"))
                    && s.author.isEmpty())
                    s.author = value.startsWith(QLatin1Char('[')) ? value.mid(1).chopped(1).trimmed() : value;
                else if ((key == QLatin1String("publisher") || key == QLatin1String("site"))
                    && s.publisher.isEmpty())
                    s.publisher = value;
                else if ((key == QLatin1String("url") || key == QLatin1String("canonical_url"))
                    && s.canonicalUrl.isEmpty())
                    s.canonicalUrl = value;
            }
            rest = rest.mid(end.capturedEnd());
        }
    }

    static const QRegularExpression fenceOpen(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    static const QRegularExpression atxHeading(
        QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression thematic(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    static const QRegularExpression reference(QStringLiteral("^ {0,3}\\[[^\\]]{1,999}\\]:\\s*\\S"));
    static const QRegularExpression listItem(
        QStringLiteral("^([ \\t]*)([-*+]|\\d{1,9}[.)])(?:[ \\t]+(.*))?$"));
    static const QRegularExpression quote(QStringLiteral("^ {0,3}> ?"));
    static const QRegularExpression tableSeparator(
        QStringLiteral("^\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$"));

    Blocks blocks;
    QStringList paragraph;
    QString firstHeading;
    auto flushParagraph = [&] {
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph.join(QLatin1Char(' ')), Blocks::Paragraph);
            paragraph.clear();
        }
    };
    auto heading = [&](const QString &text) {
        flushParagraph();
        const QString plain = plainInline(text).trimmed();
        if (plain.isEmpty())
            return;
        blocks.add(plain, Blocks::Paragraph);
        if (firstHeading.isEmpty())
            firstHeading = plain;
    };

    QString fence; // the open fence's marker run, empty outside code
    bool inComment = false;
    bool inList = false;
    const qsizetype total = rest.size();
    qsizetype done = 0;
    int lineNumber = 0;
    for (QStringView line : rest.split(QLatin1Char('\n'))) {
        done += line.size() + 1;
        if (++lineNumber % 4096 == 0) {
            if (context.isCancelled())
                return cancelled();
            context.reportProgress(0.2 + 0.7 * double(done) / double(qMax<qsizetype>(total, 1)));
        }
        if (!fence.isEmpty()) {
            const QStringView trimmed = line.trimmed();
            if (trimmed.startsWith(fence) && trimmed.count(fence.at(0)) == trimmed.size()) {
                fence.clear();
                blocks.breakBlock();
            } else {
                blocks.add(line.toString(), Blocks::CodeLine);
            }
            continue;
        }
        if (inComment) {
            if (line.contains(QLatin1String("-->")))
                inComment = false;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            blocks.breakBlock();
            continue;
        }
        // Block quotes: their content is read like any other line.
        QRegularExpressionMatch m = matchIn(quote, line);
        while (m.hasMatch()) {
            line = line.mid(m.capturedLength(0));
            m = matchIn(quote, line);
        }
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            continue;
        }
        if (line.trimmed().startsWith(QLatin1String("<!--"))) {
            flushParagraph();
            inComment = !line.contains(QLatin1String("-->"));
            continue;
        }
        m = matchIn(fenceOpen, line);
        if (m.hasMatch()) {
            flushParagraph();
            fence = m.captured(1);
            inList = false;
            continue;
        }
        m = matchIn(atxHeading, line);
        if (m.hasMatch()) {
            heading(m.captured(2));
            inList = false;
            continue;
        }
        m = matchIn(setext, line);
        if (m.hasMatch() && !paragraph.isEmpty()) {
            const QString text = paragraph.join(QLatin1Char(' '));
            paragraph.clear();
            heading(text);
            continue;
        }
        if (matchIn(thematic, line).hasMatch()) {
            flushParagraph();
            inList = false;
            continue;
        }
        if (paragraph.isEmpty() && matchIn(reference, line).hasMatch())
            continue;
        m = matchIn(listItem, line);
        if (m.hasMatch()) {
            flushParagraph();
            const QString marker = m.captured(2);
            const bool bullet = marker == QLatin1String("-") || marker == QLatin1String("*")
                || marker == QLatin1String("+");
            const QString indent(m.capturedLength(1) / 2 * 2, QLatin1Char(' '));
            QString item = plainInline(m.capturedView(3)).trimmed();
            if (item.startsWith(QLatin1String("[ ] ")) || item.startsWith(QLatin1String("[x] ")))
                item = QStringLiteral("☐ ") + item.mid(4); // task lists
            blocks.add(indent + (bullet ? QStringLiteral("• ") : marker + QLatin1Char(' ')) + item,
                Blocks::ListLine);
            inList = true;
            continue;
        }
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('|'))) {
            flushParagraph();
            if (matchIn(tableSeparator, trimmed).hasMatch())
                continue;
            QStringView row = trimmed.mid(1);
            if (row.endsWith(QLatin1Char('|')))
                row.chop(1);
            QStringList cells;
            for (QStringView cell : row.split(QLatin1Char('|')))
                cells.append(plainInline(cell.trimmed()));
            blocks.add(cells.join(QLatin1Char('\t')), Blocks::TableLine);
            inList = false;
            continue;
        }
        const bool indented = line.startsWith(QLatin1String("    ")) || line.startsWith(QLatin1Char('\t'));
        if (inList && indented && blocks.last() == Blocks::ListLine) {
            blocks.appendToLast(plainInline(trimmed));
            continue;
        }
        if (indented && paragraph.isEmpty()) {
            blocks.add(line.mid(line.startsWith(QLatin1Char('\t')) ? 1 : 4).toString(), Blocks::CodeLine);
            continue;
        }
        inList = false;
        paragraph.append(plainInline(trimmed));
    }
    flushParagraph();

    QString text = blocks.take();
    TextImporter::canonicalize(text);
    if (text.isEmpty())
        return failed(tr("%1 contains no text to import.").arg(context.path));

    s.kind = SourceKind::Markdown;
    s.encoding = decoded.encoding;
    if (s.title.isEmpty())
        s.title = firstHeading;
    if (s.title.isEmpty())
        s.title = TextImporter::titleFromText(text, context.fileName());
    s.language = LanguageGuesser::guess(text);
    draft.text = std::move(text);
    context.reportProgress(1.0);
    return {};
}

} // namespace Recoupe
