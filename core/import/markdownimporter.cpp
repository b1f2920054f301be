// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimporter.h"

#include "htmlimporter.h"
#include "htmltree.h"
#include "languageguesser.h"
#include "publicationdate.h"
#include "storage/sourcestore.h"
#include "textdecoder.h"
#include "textimporter.h"

#include <QHash>
#include <QRegularExpression>

#include <gumbo.h>
#include <md4c.h>

namespace Recoupe {

namespace {

constexpr int ProgressCalls = 1 << 14; // report and check for cancel every so many callbacks

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

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
        value = value.mid(1, value.size() - 2);
    return value.trimmed();
}

// A character reference ("&eacute;", "&#8217;") as HTML reads it: md4c finds them and leaves
// their meaning to the caller, Gumbo has the table.
QString decodeReference(QByteArrayView reference)
{
    const HtmlTree tree(reference.toByteArray());
    const GumboNode *root = tree.root();
    if (!root)
        return QString();
    for (unsigned i = 0; i < root->v.element.children.length; ++i) {
        const auto *node = static_cast<const GumboNode *>(root->v.element.children.data[i]);
        if (node->type != GUMBO_NODE_ELEMENT || node->v.element.tag != GUMBO_TAG_BODY)
            continue;
        if (node->v.element.children.length == 0)
            return QString();
        const auto *text = static_cast<const GumboNode *>(node->v.element.children.data[0]);
        return text->type == GUMBO_NODE_ELEMENT ? QString() : QString::fromUtf8(text->v.text.text);
    }
    return QString();
}

// Builds the canonical text from md4c's events: headings, paragraphs and code blocks are
// paragraphs, list items one line each ("• item", "3. item", indented when nested), table
// rows one line with tab-separated cells; links keep their text, images their alt text.
class NoteWriter
{
public:
    explicit NoteWriter(const ImportContext &context, qsizetype total)
        : m_context(context)
        , m_total(total)
    { }

    QString out;
    QString firstHeading;

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        return static_cast<NoteWriter *>(self)->enter(type, detail);
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        return static_cast<NoteWriter *>(self)->leave(type);
    }
    static int enterSpan(MD_SPANTYPE type, void *, void *self)
    {
        auto *writer = static_cast<NoteWriter *>(self);
        if (type == MD_SPAN_A)
            writer->m_linkStart = writer->m_line.size();
        return writer->tick();
    }
    static int leaveSpan(MD_SPANTYPE type, void *detail, void *self)
    {
        auto *writer = static_cast<NoteWriter *>(self);
        if (type == MD_SPAN_A && writer->m_line.size() == writer->m_linkStart) {
            // A link without text: its target is all a reader has.
            const MD_ATTRIBUTE &href = static_cast<MD_SPAN_A_DETAIL *>(detail)->href;
            writer->m_line += QString::fromUtf8(href.text, qsizetype(href.size));
        }
        return writer->tick();
    }
    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        return static_cast<NoteWriter *>(self)->addText(type, QByteArrayView(text, qsizetype(size)));
    }

private:
    enum class Kind
    {
        Paragraph,
        ListLine,
        TableLine
    };
    struct List
    {
        bool ordered;
        unsigned number;
        char delimiter;
    };

    int tick()
    {
        if (++m_calls % ProgressCalls == 0) {
            if (m_context.isCancelled())
                return 1;
            m_context.reportProgress(0.2 + 0.7 * double(m_done) / double(qMax<qsizetype>(m_total, 1)));
        }
        return 0;
    }

    // Ends the line or paragraph being built and adds it to the text.
    void flush(Kind kind)
    {
        QString line = std::move(m_line);
        m_line.clear();
        if (kind != Kind::ListLine)
            line = line.trimmed();
        if (line.trimmed().isEmpty())
            return;
        if (!out.isEmpty()) {
            const bool sameRun = kind != Kind::Paragraph && kind == m_last && m_runOpen;
            out += sameRun ? QLatin1String("\n") : QLatin1String("\n\n");
        }
        out += line;
        m_last = kind;
        m_runOpen = true;
    }

    int enter(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            if (!m_lists.isEmpty())
                flush(Kind::ListLine); // the parent item's own text comes before its sub-list
            else if (m_last != Kind::ListLine)
                m_runOpen = false;
            if (type == MD_BLOCK_OL) {
                const auto *ol = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
                m_lists.append({true, ol->start, ol->mark_delimiter});
            } else {
                m_lists.append({false, 0, 0});
            }
            break;
        case MD_BLOCK_LI: {
            List &list = m_lists.last();
            m_line = QString((m_lists.size() - 1) * 2, QLatin1Char(' '));
            if (list.ordered)
                m_line += QString::number(list.number++) + QLatin1Char(list.delimiter) + QLatin1Char(' ');
            else
                m_line += QStringLiteral("• ");
            const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
            if (li->is_task)
                m_line += li->task_mark == ' ' ? QStringLiteral("☐ ") : QStringLiteral("☑ ");
            m_itemParagraphs = 0;
            break;
        }
        case MD_BLOCK_P:
            if (!m_lists.isEmpty() && m_itemParagraphs++ > 0)
                m_line += QLatin1Char(' '); // a loose item's paragraphs stay on its line
            break;
        case MD_BLOCK_TABLE:
            m_runOpen = false;
            break;
        case MD_BLOCK_TD:
        case MD_BLOCK_TH:
            if (m_cells++ > 0)
                m_line += QLatin1Char('\t');
            break;
        case MD_BLOCK_TR:
            m_cells = 0;
            break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_H:
        case MD_BLOCK_HTML:
            if (!m_lists.isEmpty())
                flush(Kind::ListLine);
            break;
        case MD_BLOCK_QUOTE:
            if (!m_lists.isEmpty())
                flush(Kind::ListLine);
            break;
        default:
            break;
        }
        m_inHtml = type == MD_BLOCK_HTML;
        return tick();
    }

    int leave(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_H:
            if (firstHeading.isEmpty())
                firstHeading = m_line.simplified();
            flush(Kind::Paragraph);
            break;
        case MD_BLOCK_P:
            if (m_lists.isEmpty())
                flush(Kind::Paragraph);
            break;
        case MD_BLOCK_CODE:
            while (m_line.endsWith(QLatin1Char('\n')))
                m_line.chop(1);
            flush(Kind::Paragraph);
            break;
        case MD_BLOCK_HTML:
            // An HTML block's text, read by the web page rules (comments and scripts give none).
            m_line = HtmlImporter::fragmentText(m_html.toUtf8()).trimmed();
            m_html.clear();
            flush(Kind::Paragraph);
            m_inHtml = false;
            break;
        case MD_BLOCK_LI:
            flush(Kind::ListLine);
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            m_lists.removeLast();
            break;
        case MD_BLOCK_TR:
            flush(Kind::TableLine);
            break;
        default:
            break;
        }
        return tick();
    }

    int addText(MD_TEXTTYPE type, QByteArrayView text)
    {
        m_done += text.size();
        switch (type) {
        case MD_TEXT_NORMAL:
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH:
            m_line += QString::fromUtf8(text);
            break;
        case MD_TEXT_NULLCHAR:
            m_line += QChar(QChar::ReplacementCharacter);
            break;
        case MD_TEXT_BR:
            m_line += QLatin1Char('\n');
            break;
        case MD_TEXT_SOFTBR:
            m_line += QLatin1Char(' ');
            break;
        case MD_TEXT_ENTITY: {
            auto known = m_references.constFind(text.toByteArray());
            if (known == m_references.cend())
                known = m_references.insert(text.toByteArray(), decodeReference(text));
            m_line += *known;
            break;
        }
        case MD_TEXT_HTML:
            // Inline tags are markup; an HTML block's lines are read whole when it ends.
            if (m_inHtml)
                m_html += QString::fromUtf8(text);
            break;
        }
        return tick();
    }

    const ImportContext &m_context;
    qsizetype m_total;
    qsizetype m_done = 0;
    int m_calls = 0;
    QString m_line; // the paragraph, item or row being built
    QString m_html; // the HTML block being read
    QVector<List> m_lists; // open lists, outermost first
    int m_itemParagraphs = 0;
    int m_cells = 0;
    qsizetype m_linkStart = -1;
    bool m_inHtml = false;
    Kind m_last = Kind::Paragraph;
    bool m_runOpen = false; // the next list or table line may follow the last on the next line
    QHash<QByteArray, QString> m_references;
};

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
    return {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown"), QStringLiteral("mkd")};
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
    // Line ends only (CR LF and CR become LF); Markdown's meaning is otherwise untouched.
    source.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    source.replace(QLatin1Char('\r'), QLatin1Char('\n'));
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

    const QByteArray markdown = rest.toUtf8();
    NoteWriter writer(context, markdown.size());
    MD_PARSER parser = {};
    parser.abi_version = 0;
    // GitHub's extensions: tables, strikethrough, task lists and bare URLs as links.
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = &NoteWriter::enterBlock;
    parser.leave_block = &NoteWriter::leaveBlock;
    parser.enter_span = &NoteWriter::enterSpan;
    parser.leave_span = &NoteWriter::leaveSpan;
    parser.text = &NoteWriter::text;
    const int parsed = md_parse(markdown.constData(), MD_SIZE(markdown.size()), &parser, &writer);
    if (context.isCancelled())
        return cancelled();
    if (parsed != 0)
        return failed(tr("%1 could not be read: there is not enough memory to parse it.").arg(context.path));

    QString text = std::move(writer.out);
    TextImporter::canonicalize(text);
    if (text.isEmpty())
        return failed(tr("%1 contains no text to import.").arg(context.path));

    s.kind = SourceKind::Markdown;
    s.encoding = decoded.encoding;
    if (s.title.isEmpty())
        s.title = writer.firstHeading;
    if (s.title.isEmpty())
        s.title = TextImporter::titleFromText(text, context.fileName());
    s.language = LanguageGuesser::guess(text);
    draft.text = std::move(text);
    context.reportProgress(1.0);
    return {};
}

} // namespace Recoupe
