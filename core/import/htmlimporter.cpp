// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlimporter.h"

#include "htmltree.h"
#include "languageguesser.h"
#include "publicationdate.h"
#include "storage/sourcestore.h"
#include "tagnesting.h"
#include "textdecoder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVector>

#include <gumbo.h>

namespace Recoupe {

namespace {

constexpr qsizetype MaxJsonLd = 1 << 20; // larger JSON-LD blocks are not worth parsing
// Saved pages, even with their images inlined, stay far below this; the parse tree of a larger
// page would take several times its size in memory.
constexpr qsizetype MaxPageBytes = qsizetype(100) << 20;
// Element nesting a page may have: Gumbo 0.12's own max_tree_depth (Debian 13), which
// stops its parse there; browsers flatten trees deeper than 512.
constexpr int MaxTreeDepth = 400;
// Open elements the parser may pass over in all (a few seconds of Gumbo's time); a large real
// page, 10 million tags 30 levels down, needs 300 million.
constexpr qint64 MaxStackSteps = 500'000'000;
constexpr int ProgressNodes = 1 << 16; // report and check for cancel every so many nodes

bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// How an element shapes the text around it.
enum class Shape
{
    Inline,
    Line,
    Block,
    Cell,
    LineBreak
};

Shape shapeOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HGROUP:
        return Shape::Block;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_OPTION:
        return Shape::Line;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return Shape::Cell;
    case GUMBO_TAG_BR:
        return Shape::LineBreak;
    default:
        return Shape::Inline;
    }
}

// Elements whose content is never the article's text: code, styles, what shows only without
// scripts or frames, templates, and text in form fields.
bool isHidden(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_HEAD:
        return true;
    default:
        return false;
    }
}

// Containers left out of the text: navigation, asides, forms and their controls, embedded
// graphics and media, and the page's header and footer.
bool isDropped(const GumboElement &element)
{
    switch (element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_BUTTON:
        return true;
    case GUMBO_TAG_UNKNOWN: {
        // Gumbo 0.10 predates <dialog>.
        GumboStringPiece name = element.original_tag;
        gumbo_tag_from_original_text(&name);
        return QByteArrayView(name.data, qsizetype(name.length)).compare("dialog", Qt::CaseInsensitive) == 0;
    }
    default:
        return false;
    }
}

QByteArrayView attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? QByteArrayView(a->value) : QByteArrayView();
}

// A button that carries the page's content: the heading of an accordion or of a disclosure
// (French government pages put every FAQ question in <h3><button aria-expanded>). Form controls
// (submit and reset) and action buttons ("Print", "Share") are left out.
bool keepsButton(const GumboElement &button, bool inHeading)
{
    const QByteArrayView type = attribute(button, "type").trimmed();
    if (type.compare("submit", Qt::CaseInsensitive) == 0 || type.compare("reset", Qt::CaseInsensitive) == 0)
        return false;
    return inHeading || gumbo_get_attribute(&button.attributes, "aria-expanded")
        || gumbo_get_attribute(&button.attributes, "aria-controls");
}

// Elements whose content is text that only their end tag closes: without it, they run to the
// end of the page, as in a browser.
bool endsOnlyWithItsTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
        return true;
    default:
        return false;
    }
}

QString attributeText(const GumboElement &element, const char *name)
{
    return QString::fromUtf8(attribute(element, name));
}

// The text of an element holding only text (title, script).
QByteArrayView textContent(const GumboElement &element)
{
    if (element.children.length == 0)
        return QByteArrayView();
    const auto *child = static_cast<const GumboNode *>(element.children.data[0]);
    return child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
        ? QByteArrayView(child->v.text.text)
        : QByteArrayView();
}

// Metadata keys (meta name/property/itemprop, lower case) in order of preference.
const QStringList &titleKeys()
{
    static const QStringList keys = {QStringLiteral("og:title"), QStringLiteral("twitter:title"),
        QStringLiteral("dc.title"), QStringLiteral("headline")};
    return keys;
}
const QStringList &authorKeys()
{
    static const QStringList keys = {QStringLiteral("author"), QStringLiteral("article:author"),
        QStringLiteral("dc.creator"), QStringLiteral("dcterms.creator"), QStringLiteral("parsely-author"),
        QStringLiteral("sailthru.author"), QStringLiteral("byl"), QStringLiteral("jsonld:author")};
    return keys;
}
const QStringList &dateKeys()
{
    static const QStringList keys
        = {QStringLiteral("article:published_time"), QStringLiteral("datepublished"),
            QStringLiteral("jsonld:datepublished"), QStringLiteral("og:published_time"),
            QStringLiteral("dc.date.issued"), QStringLiteral("dcterms.issued"), QStringLiteral("dc.date"),
            QStringLiteral("dcterms.date"), QStringLiteral("dcterms.created"), QStringLiteral("date"),
            QStringLiteral("pubdate"), QStringLiteral("publishdate"), QStringLiteral("publish-date"),
            QStringLiteral("parsely-pub-date"), QStringLiteral("sailthru.date"),
            QStringLiteral("article.published"), QStringLiteral("time:datetime")};
    return keys;
}
const QStringList &publisherKeys()
{
    static const QStringList keys = {QStringLiteral("og:site_name"), QStringLiteral("jsonld:publisher"),
        QStringLiteral("dc.publisher"), QStringLiteral("publisher"), QStringLiteral("application-name")};
    return keys;
}

// Builds the canonical text: collapses white space as a browser does and turns element
// boundaries into line ends (1) or paragraph breaks (2).
class TextBuilder
{
public:
    QString out;

    void text(QStringView chunk, bool preformatted)
    {
        for (const QChar qc : chunk) {
            const char16_t c = qc.unicode();
            if (preformatted && (c == u'\n' || c == u'\r')) {
                if (c == u'\n')
                    softBreak(1);
                continue;
            }
            if (isHtmlSpace(c)) {
                if (preformatted) {
                    flushBreak();
                    out.append(qc);
                } else {
                    m_space = true;
                }
                continue;
            }
            if (c < 0x20 || c == 0x7F)
                continue; // NUL and other control characters carry no text
            flushBreak();
            if (m_space && !out.isEmpty() && out.back() != QLatin1Char('\n'))
                out.append(QLatin1Char(' '));
            m_space = false;
            out.append(qc);
            m_lineBreaks = 0;
        }
    }
    void space() { m_space = true; }
    // Block and list element boundaries: at least `strength` line ends before the next text.
    void softBreak(int strength) { m_pending = qMax(m_pending, strength); }
    // <br>: a line end; two in a row leave a blank line.
    void lineBreak()
    {
        ++m_lineBreaks;
        m_pending = qMax(m_pending, qMin(m_lineBreaks, 2));
    }

private:
    void flushBreak()
    {
        if (m_pending > 0 && !out.isEmpty()) {
            out.append(m_pending >= 2 ? QLatin1String("\n\n") : QLatin1String("\n"));
            m_space = false;
        }
        m_pending = 0;
    }

    int m_pending = 0;
    int m_lineBreaks = 0;
    bool m_space = false;
};

struct PageFacts
{
    QHash<QString, QString> meta; // first value per key
    QString titleElement;
    // The element (title, script…) whose end tag is missing, so that it ran to the end of the page.
    QString unclosedRawText;
    QString firstHeading;
    QString canonicalLink;
    QString lang;
};

// Walks Gumbo's tree once, without recursion, gathering the metadata and the canonical text.
class PageWalker
{
public:
    PageWalker(const ImportContext &context, bool dropLayout)
        : m_context(context)
        , m_dropLayout(dropLayout)
    { }

    // False when cancelled.
    bool run(const GumboNode *root);

    TextBuilder builder;
    PageFacts facts;
    qsizetype droppedLetters = 0; // text left out with dropped containers

private:
    struct Open
    {
        const GumboNode *node;
        unsigned next; // the next child to visit
        bool dropped; // this element started a dropped region
    };

    void enter(const GumboElement &element, bool &dropped);
    void leave(const GumboElement &element, bool dropped);
    void emitText(const char *utf8);
    void shape(GumboTag tag, bool entering);
    void noteMeta(const QString &key, const QString &value);
    void readJsonLd(QByteArrayView json);
    bool dropping() const { return m_dropDepth > 0; }

    const ImportContext &m_context;
    bool m_dropLayout;
    int m_dropDepth = 0;
    int m_hiddenDepth = 0;
    int m_articleDepth = 0;
    int m_preDepth = 0;
    int m_headingDepth = 0;
    qsizetype m_headingStart = -1;
};

bool PageWalker::run(const GumboNode *root)
{
    QVector<Open> stack;
    stack.append({root, 0, false});
    bool dropped = false;
    enter(root->v.element, dropped);
    stack.last().dropped = dropped;
    int visited = 0;
    while (!stack.isEmpty()) {
        Open &top = stack.last();
        const GumboVector &children = top.node->v.element.children;
        if (top.next >= children.length) {
            leave(top.node->v.element, top.dropped);
            stack.removeLast();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[top.next++]);
        if (++visited % ProgressNodes == 0) {
            if (m_context.isCancelled())
                return false;
        }
        switch (child->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            bool childDropped = false;
            enter(child->v.element, childDropped);
            stack.append({child, 0, childDropped});
            break;
        }
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            emitText(child->v.text.text);
            break;
        case GUMBO_NODE_DOCUMENT:
        case GUMBO_NODE_COMMENT:
            break;
        }
    }
    return true;
}

void PageWalker::enter(const GumboElement &element, bool &dropped)
{
    const GumboTag tag = element.tag;
    if (element.tag_namespace == GUMBO_NAMESPACE_HTML) {
        switch (tag) {
        case GUMBO_TAG_HTML:
            facts.lang = attributeText(element, "lang");
            break;
        case GUMBO_TAG_META: {
            const QString content = attributeText(element, "content");
            for (const char *keyAttribute : {"property", "name", "itemprop"}) {
                const QString key = attributeText(element, keyAttribute).trimmed().toLower();
                if (!key.isEmpty())
                    noteMeta(key, content);
            }
            break;
        }
        case GUMBO_TAG_LINK: {
            const QStringList rel
                = attributeText(element, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (rel.contains(QLatin1String("canonical")) && facts.canonicalLink.isEmpty())
                facts.canonicalLink = attributeText(element, "href").trimmed();
            break;
        }
        case GUMBO_TAG_TIME:
            noteMeta(QStringLiteral("time:datetime"), attributeText(element, "datetime"));
            break;
        case GUMBO_TAG_TITLE:
            if (facts.titleElement.isEmpty() && !dropping()) {
                facts.titleElement = QString::fromUtf8(textContent(element)).simplified();
            }
            break;
        case GUMBO_TAG_SCRIPT: {
            const QByteArrayView json = textContent(element);
            if (attribute(element, "type").trimmed().compare("application/ld+json", Qt::CaseInsensitive) == 0
                && json.size() <= MaxJsonLd)
                readJsonLd(json);
            break;
        }
        default:
            break;
        }
    }

    if (isHidden(tag) && element.tag_namespace == GUMBO_NAMESPACE_HTML) {
        if (endsOnlyWithItsTag(tag) && element.original_end_tag.length == 0
            && facts.unclosedRawText.isEmpty())
            facts.unclosedRawText = QString::fromLatin1(gumbo_normalized_tagname(tag));
        ++m_hiddenDepth;
        return;
    }
    if (isDropped(element)) {
        // The page's header and footer are layout; an article's own header holds its headline.
        const bool layoutOnly = tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER;
        const bool disclosure = tag == GUMBO_TAG_BUTTON && keepsButton(element, m_headingDepth > 0);
        dropped = m_dropLayout && !(layoutOnly && m_articleDepth > 0) && !disclosure;
        if (dropped)
            ++m_dropDepth;
        else if (disclosure)
            builder.softBreak(1);
        return;
    }
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
        ++m_articleDepth;
    if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING)
        ++m_preDepth;
    if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6)
        ++m_headingDepth;
    if (tag == GUMBO_TAG_H1 && facts.firstHeading.isEmpty() && m_headingStart < 0 && !dropping()
        && m_hiddenDepth == 0)
        m_headingStart = builder.out.size();
    shape(tag, true);
}

void PageWalker::leave(const GumboElement &element, bool dropped)
{
    const GumboTag tag = element.tag;
    if (isHidden(tag) && element.tag_namespace == GUMBO_NAMESPACE_HTML) {
        --m_hiddenDepth;
        return;
    }
    if (isDropped(element)) {
        if (dropped)
            --m_dropDepth;
        else if (tag == GUMBO_TAG_BUTTON)
            builder.softBreak(1);
        return;
    }
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
        --m_articleDepth;
    if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING)
        --m_preDepth;
    if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6)
        --m_headingDepth;
    if (tag == GUMBO_TAG_H1 && m_headingStart >= 0) {
        facts.firstHeading = builder.out.mid(m_headingStart).simplified();
        m_headingStart = -1;
    }
    shape(tag, false);
}

void PageWalker::shape(GumboTag tag, bool entering)
{
    if (m_hiddenDepth > 0)
        return;
    switch (shapeOf(tag)) {
    case Shape::Block:
        builder.softBreak(2);
        break;
    case Shape::Line:
        builder.softBreak(1);
        break;
    case Shape::Cell:
        builder.space();
        break;
    case Shape::LineBreak:
        // Gumbo turns "</br>" into a <br> element, as browsers do.
        if (entering && !dropping())
            builder.lineBreak();
        break;
    case Shape::Inline:
        break;
    }
}

void PageWalker::emitText(const char *utf8)
{
    if (m_hiddenDepth > 0)
        return;
    const QString text = QString::fromUtf8(utf8);
    if (dropping()) {
        for (const QChar c : text) {
            if (c.isLetter())
                ++droppedLetters;
        }
        return;
    }
    builder.text(text, m_preDepth > 0);
}

void PageWalker::noteMeta(const QString &key, const QString &value)
{
    const QString v = value.simplified();
    if (!v.isEmpty() && !facts.meta.contains(key))
        facts.meta.insert(key, v);
}

void PageWalker::readJsonLd(QByteArrayView json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray());
    QJsonArray items;
    if (doc.isArray())
        items = doc.array();
    else if (doc.isObject())
        items.append(doc.object());
    auto nameOf = [](const QJsonValue &v) -> QString {
        if (v.isString())
            return v.toString();
        if (v.isArray() && !v.toArray().isEmpty()) {
            QStringList names;
            for (const QJsonValue &item : v.toArray()) {
                const QString name = item.isObject() ? item.toObject().value(QLatin1String("name")).toString()
                                                     : item.toString();
                if (!name.isEmpty())
                    names.append(name);
            }
            return names.join(QLatin1String(", "));
        }
        return v.toObject().value(QLatin1String("name")).toString();
    };
    // Articles sit at the top level or in an @graph list; only the first article counts.
    QJsonArray all;
    for (const QJsonValue &value : items) {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("@graph"))) {
            for (const QJsonValue &inner : object.value(QLatin1String("@graph")).toArray())
                all.append(inner);
        } else {
            all.append(value);
        }
    }
    for (const QJsonValue &value : all) {
        const QJsonObject object = value.toObject();
        const QString type
            = object.value(QLatin1String("@type")).toVariant().toStringList().join(QLatin1Char(' '));
        if (!type.contains(QLatin1String("Article")) && !type.contains(QLatin1String("Posting")))
            continue;
        noteMeta(QStringLiteral("headline"), object.value(QLatin1String("headline")).toString());
        noteMeta(
            QStringLiteral("jsonld:datepublished"), object.value(QLatin1String("datePublished")).toString());
        noteMeta(QStringLiteral("jsonld:author"), nameOf(object.value(QLatin1String("author"))));
        noteMeta(QStringLiteral("jsonld:publisher"), nameOf(object.value(QLatin1String("publisher"))));
        return;
    }
}

QString firstOf(const PageFacts &facts, const QStringList &keys, bool skipUrls = false)
{
    for (const QString &key : keys) {
        QString value = facts.meta.value(key);
        if (skipUrls
            && (value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"))))
            continue;
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

} // namespace

QString HtmlImporter::id() const
{
    return QStringLiteral("html");
}

QString HtmlImporter::displayName() const
{
    //: File dialog filter name
    return tr("Web pages");
}

QStringList HtmlImporter::extensions() const
{
    return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
}

bool HtmlImporter::recognizes(const QByteArray &head) const
{
    QByteArray start = head.left(1024).trimmed().toLower();
    if (start.startsWith("\xef\xbb\xbf"))
        start = start.mid(3).trimmed();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

QByteArray HtmlImporter::declaredCharset(const QByteArray &bytes)
{
    // The charset must appear early (HTML says in the first 1024 bytes; pages are sloppier).
    const QByteArray head = bytes.left(8192).toLower();
    static const QRegularExpression charset(QStringLiteral("charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:\\-]+)"));
    qsizetype from = 0;
    for (;;) {
        const qsizetype meta = head.indexOf("<meta", from);
        if (meta < 0)
            return QByteArray();
        qsizetype end = head.indexOf('>', meta);
        if (end < 0)
            end = head.size();
        const QString tag = QString::fromLatin1(head.mid(meta, end - meta));
        const QRegularExpressionMatch m = charset.match(tag);
        if (m.hasMatch())
            return m.captured(1).toLatin1();
        from = end;
    }
}

QString HtmlImporter::fragmentText(const QByteArray &utf8)
{
    const TagNesting::Estimate nesting = TagNesting::estimate(utf8, MaxTreeDepth, MaxStackSteps);
    if (nesting.deepest > MaxTreeDepth || nesting.stackSteps > MaxStackSteps)
        return QString();
    const HtmlTree tree(utf8);
    if (!tree.root())
        return QString();
    const ImportContext none;
    PageWalker walker(none, true);
    walker.run(tree.root());
    return walker.builder.out;
}

Importer::ReadResult HtmlImporter::checkHead(const QByteArray &head, const ImportContext &context) const
{
    if (TextDecoder::looksBinary(head)) {
        return failed(
            tr("%1 does not look like a web page: it contains binary data. It may be another kind of "
               "document renamed to .html.")
                .arg(context.path));
    }
    return {};
}

Importer::ReadResult HtmlImporter::read(
    const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const
{
    if (const ReadResult head = checkHead(bytes, context); head.outcome != Outcome::Read)
        return head;
    if (bytes.size() > MaxPageBytes) {
        return failed(tr("%1 is too large for a web page (%2 MB; Recoupe reads pages up to %3 MB). Save the "
                         "article alone, or as text, and import that.")
                          .arg(context.path)
                          .arg(bytes.size() >> 20)
                          .arg(MaxPageBytes >> 20));
    }
    TextDecoder::Decoded decoded = TextDecoder::decode(bytes, declaredCharset(bytes));
    QByteArray utf8 = decoded.text.toUtf8();
    decoded.text = QString(); // twice the page's size, and Gumbo's tree will need much more
    context.reportProgress(0.1);
    const TagNesting::Estimate nesting = TagNesting::estimate(utf8, MaxTreeDepth, MaxStackSteps);
    if (nesting.deepest > MaxTreeDepth) {
        return failed(tr("%1 nests its elements more than %2 levels deep, beyond the depth Recoupe reads "
                         "web pages to. The page is damaged or was made to stall the programs that read it.")
                          .arg(context.path)
                          .arg(MaxTreeDepth));
    }
    if (nesting.stackSteps > MaxStackSteps) {
        return failed(tr("%1 repeats tags deep inside hundreds of open elements so many times that reading "
                         "it would take minutes. The page is damaged or was made to stall the programs that "
                         "read it.")
                          .arg(context.path));
    }
    if (context.isCancelled())
        return cancelled();

    const HtmlTree tree(std::move(utf8));
    if (!tree.root())
        return failed(tr("%1 could not be read: there is not enough memory to parse it.").arg(context.path));
    context.reportProgress(0.6);

    PageWalker walker(context, true);
    if (!walker.run(tree.root()))
        return cancelled();
    QString text = std::move(walker.builder.out);
    PageFacts facts = std::move(walker.facts);
    QStringList warnings;
    if (text.trimmed().isEmpty() && walker.droppedLetters > 0) {
        // Everything sat in a header, footer or navigation block (often one left unclosed):
        // better the whole page than nothing.
        PageWalker again(context, false);
        if (!again.run(tree.root()))
            return cancelled();
        text = std::move(again.builder.out);
        warnings.append(tr("The article in %1 could not be told apart from the page's menus and footers; the "
                           "whole page text was imported.")
                            .arg(context.path));
    }
    if (text.trimmed().isEmpty() && !facts.unclosedRawText.isEmpty()) {
        return failed(tr("%1 contains no text to import: its <%2> element is never closed (there is no "
                         "</%2>), so the rest of the page is read as part of it, as a browser does. The "
                         "file is damaged; save the page again.")
                          .arg(context.path, facts.unclosedRawText));
    }
    if (text.trimmed().isEmpty()) {
        return failed(tr("%1 contains no text to import. The page may build its content with scripts, which "
                         "Recoupe does not run.")
                          .arg(context.path));
    }
    if (decoded.declarationIgnored) {
        warnings.append(tr("%1 declares an encoding its bytes do not match; it was read as %2.")
                            .arg(context.path, decoded.encoding));
    }

    Source &s = draft.source;
    s.kind = SourceKind::Html;
    s.encoding = decoded.encoding;
    s.title = firstOf(facts, titleKeys());
    if (s.title.isEmpty())
        s.title = facts.titleElement;
    if (s.title.isEmpty())
        s.title = facts.firstHeading;
    if (s.title.isEmpty())
        s.title = context.fileName();
    s.author = firstOf(facts, authorKeys(), true);
    if (s.author.startsWith(QLatin1String("By "), Qt::CaseInsensitive)
        || s.author.startsWith(QLatin1String("Par "), Qt::CaseInsensitive))
        s.author = s.author.mid(s.author.indexOf(QLatin1Char(' ')) + 1).trimmed();
    for (const QString &key : dateKeys()) {
        const QString date = PublicationDate::fromText(facts.meta.value(key));
        if (!date.isEmpty()) {
            s.published = date;
            break;
        }
    }
    s.publisher = firstOf(facts, publisherKeys());
    s.canonicalUrl = facts.canonicalLink;
    const QString ogUrl = facts.meta.value(QStringLiteral("og:url"));
    if (!s.canonicalUrl.contains(QLatin1String("://")) && ogUrl.contains(QLatin1String("://")))
        s.canonicalUrl = ogUrl;
    s.language = LanguageGuesser::guess(text);
    if (s.language.isEmpty() && !facts.lang.isEmpty())
        s.language = facts.lang.section(QLatin1Char('-'), 0, 0).trimmed().toLower();
    draft.text = std::move(text);
    draft.warnings += warnings;
    context.reportProgress(1.0);
    return {};
}

} // namespace Recoupe
