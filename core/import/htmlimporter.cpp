// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlimporter.h"

#include "htmlentities.h"
#include "languageguesser.h"
#include "publicationdate.h"
#include "storage/sourcestore.h"
#include "textdecoder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVector>

namespace Recoupe {

namespace {

constexpr qsizetype ProgressStep = 1 << 20; // report and check for cancel every MiB of markup
constexpr qsizetype MaxJsonLd = 1 << 20; // larger JSON-LD blocks are not worth parsing

bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
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

Shape shapeOf(const QString &name)
{
    static const QHash<QString, Shape> shapes = [] {
        QHash<QString, Shape> s;
        for (const char *block : { "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
                 "article", "main", "ul", "ol", "dl", "table", "pre", "figure", "figcaption", "address", "hr",
                 "center", "details", "summary", "fieldset", "body", "caption", "hgroup" })
            s.insert(QString::fromLatin1(block), Shape::Block);
        for (const char *line : { "li", "dt", "dd", "tr", "option" })
            s.insert(QString::fromLatin1(line), Shape::Line);
        s.insert(QStringLiteral("td"), Shape::Cell);
        s.insert(QStringLiteral("th"), Shape::Cell);
        s.insert(QStringLiteral("br"), Shape::LineBreak);
        return s;
    }();
    return shapes.value(name, Shape::Inline);
}

// Elements whose content is raw text up to their end tag; none of it is the article's text
// except <title>, read for the metadata.
bool isRawText(const QString &name)
{
    static const QStringList raw = { QStringLiteral("script"), QStringLiteral("style"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("iframe"),
        QStringLiteral("xmp"), QStringLiteral("noembed"), QStringLiteral("noframes"),
        QStringLiteral("textarea"), QStringLiteral("title"), QStringLiteral("plaintext") };
    return raw.contains(name);
}

// Containers left out of the text: navigation, asides, forms and embedded graphics.
bool isDropped(const QString &name)
{
    static const QStringList dropped = { QStringLiteral("nav"), QStringLiteral("aside"),
        QStringLiteral("form"), QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("button"),
        QStringLiteral("select"), QStringLiteral("object"), QStringLiteral("canvas"), QStringLiteral("video"),
        QStringLiteral("audio"), QStringLiteral("map"), QStringLiteral("dialog"), QStringLiteral("header"),
        QStringLiteral("footer") };
    return dropped.contains(name);
}

// Metadata keys (meta name/property/itemprop, lower case) in order of preference.
const QStringList &titleKeys()
{
    static const QStringList keys = { QStringLiteral("og:title"), QStringLiteral("twitter:title"),
        QStringLiteral("dc.title"), QStringLiteral("headline") };
    return keys;
}
const QStringList &authorKeys()
{
    static const QStringList keys = { QStringLiteral("author"), QStringLiteral("article:author"),
        QStringLiteral("dc.creator"), QStringLiteral("dcterms.creator"), QStringLiteral("parsely-author"),
        QStringLiteral("sailthru.author"), QStringLiteral("byl"), QStringLiteral("jsonld:author") };
    return keys;
}
const QStringList &dateKeys()
{
    static const QStringList keys
        = { QStringLiteral("article:published_time"), QStringLiteral("datepublished"),
              QStringLiteral("jsonld:datepublished"), QStringLiteral("og:published_time"),
              QStringLiteral("dc.date.issued"), QStringLiteral("dcterms.issued"), QStringLiteral("dc.date"),
              QStringLiteral("dcterms.date"), QStringLiteral("dcterms.created"), QStringLiteral("date"),
              QStringLiteral("pubdate"), QStringLiteral("publishdate"), QStringLiteral("publish-date"),
              QStringLiteral("parsely-pub-date"), QStringLiteral("sailthru.date"),
              QStringLiteral("article.published"), QStringLiteral("time:datetime") };
    return keys;
}
const QStringList &publisherKeys()
{
    static const QStringList keys = { QStringLiteral("og:site_name"), QStringLiteral("jsonld:publisher"),
        QStringLiteral("dc.publisher"), QStringLiteral("publisher"), QStringLiteral("application-name") };
    return keys;
}

struct Attribute
{
    QString name; // lower case
    QString value; // entities decoded
};

QString attributeValue(const QVector<Attribute> &attributes, const char *name)
{
    for (const Attribute &a : attributes) {
        if (a.name == QLatin1String(name))
            return a.value;
    }
    return QString();
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
    QString firstHeading;
    QString canonicalLink;
    QString lang;
};

class HtmlScanner
{
public:
    HtmlScanner(QStringView src, const ImportContext &context, bool dropLayout)
        : m_src(src)
        , m_context(context)
        , m_dropLayout(dropLayout)
    { }

    // False when cancelled.
    bool run();

    TextBuilder builder;
    PageFacts facts;
    qsizetype droppedLetters = 0; // text left out with dropped containers

private:
    void emitText(QStringView raw);
    // Parses a start tag at m_src[pos] == '<'; returns the position after it, or -1 at EOF.
    qsizetype startTag(qsizetype pos);
    qsizetype endTag(qsizetype pos);
    void openElement(
        const QString &name, const QVector<Attribute> &attributes, bool selfClosing, qsizetype &pos);
    void closeElement(const QString &name);
    void noteMeta(const QString &key, const QString &value);
    void readJsonLd(QStringView json);
    bool dropping() const { return m_dropDepth > 0; }

    QStringView m_src;
    const ImportContext &m_context;
    bool m_dropLayout;
    int m_dropDepth = 0;
    int m_articleDepth = 0;
    int m_preDepth = 0;
    // For each droppable element name, whether each open one was dropped (they nest).
    QHash<QString, QVector<bool>> m_dropStacks;
    qsizetype m_headingStart = -1;
};

bool HtmlScanner::run()
{
    const qsizetype n = m_src.size();
    qsizetype i = 0;
    qsizetype nextProgress = ProgressStep;
    while (i < n) {
        if (i >= nextProgress) {
            nextProgress = i + ProgressStep;
            if (m_context.isCancelled())
                return false;
            m_context.reportProgress(0.1 + 0.8 * double(i) / double(n));
        }
        const qsizetype lt = m_src.indexOf(QLatin1Char('<'), i);
        if (lt < 0) {
            emitText(m_src.mid(i));
            break;
        }
        emitText(m_src.mid(i, lt - i));
        i = lt;
        const char16_t next = i + 1 < n ? m_src[i + 1].unicode() : 0;
        if (next == u'!' && m_src.mid(i, 4) == QLatin1String("<!--")) {
            // A comment that never ends hides the rest of the page, as in a browser.
            const qsizetype end = m_src.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
        } else if (next == u'!' || next == u'?') {
            const qsizetype end = m_src.indexOf(QLatin1Char('>'), i + 2);
            i = end < 0 ? n : end + 1;
        } else if (next == u'/') {
            const qsizetype after = endTag(i);
            i = after < 0 ? n : after;
        } else if (isAsciiLetter(next)) {
            const qsizetype after = startTag(i);
            i = after < 0 ? n : after;
        } else {
            emitText(m_src.mid(i, 1)); // a lone '<' is text
            ++i;
        }
    }
    return true;
}

void HtmlScanner::emitText(QStringView raw)
{
    if (raw.isEmpty())
        return;
    if (dropping()) {
        for (const QChar c : raw) {
            if (c.isLetter())
                ++droppedLetters;
        }
        return;
    }
    const bool pre = m_preDepth > 0;
    qsizetype from = 0;
    while (from < raw.size()) {
        const qsizetype amp = raw.indexOf(QLatin1Char('&'), from);
        if (amp < 0) {
            builder.text(raw.mid(from), pre);
            return;
        }
        builder.text(raw.mid(from, amp - from), pre);
        QString decoded;
        const qsizetype used = HtmlEntities::decodeAt(raw, amp, decoded);
        if (used == 0) {
            builder.text(raw.mid(amp, 1), pre);
            from = amp + 1;
        } else {
            builder.text(decoded, pre);
            from = amp + used;
        }
    }
}

qsizetype HtmlScanner::endTag(qsizetype pos)
{
    const qsizetype n = m_src.size();
    qsizetype j = pos + 2;
    const qsizetype nameStart = j;
    while (j < n && !isHtmlSpace(m_src[j].unicode()) && m_src[j] != QLatin1Char('>')
        && m_src[j] != QLatin1Char('/'))
        ++j;
    const QString name = m_src.mid(nameStart, j - nameStart).toString().toLower();
    const qsizetype close = m_src.indexOf(QLatin1Char('>'), j);
    if (!name.isEmpty() && isAsciiLetter(name.at(0).unicode()))
        closeElement(name);
    return close < 0 ? -1 : close + 1;
}

qsizetype HtmlScanner::startTag(qsizetype pos)
{
    const qsizetype n = m_src.size();
    qsizetype j = pos + 1;
    const qsizetype nameStart = j;
    while (j < n && !isHtmlSpace(m_src[j].unicode()) && m_src[j] != QLatin1Char('>')
        && m_src[j] != QLatin1Char('/'))
        ++j;
    // Names longer than any real element are kept short: they only matter for comparisons.
    const QString name = m_src.mid(nameStart, qMin<qsizetype>(j - nameStart, 32)).toString().toLower();
    // Attributes matter on a few elements only; elsewhere they are skipped without copying.
    static const QStringList withAttributes = { QStringLiteral("meta"), QStringLiteral("link"),
        QStringLiteral("html"), QStringLiteral("time"), QStringLiteral("script") };
    const bool keep = withAttributes.contains(name);
    QVector<Attribute> attributes;
    bool selfClosing = false;
    for (;;) {
        while (j < n && (isHtmlSpace(m_src[j].unicode()) || m_src[j] == QLatin1Char('/'))) {
            selfClosing = m_src[j] == QLatin1Char('/');
            ++j;
        }
        if (j >= n)
            return -1;
        if (m_src[j] == QLatin1Char('>')) {
            ++j;
            break;
        }
        selfClosing = false;
        const qsizetype attrStart = j;
        ++j; // a name has at least one character, even '=' or a quote
        while (j < n && !isHtmlSpace(m_src[j].unicode()) && m_src[j] != QLatin1Char('>')
            && m_src[j] != QLatin1Char('/') && m_src[j] != QLatin1Char('='))
            ++j;
        const QStringView attrName = m_src.mid(attrStart, j - attrStart);
        while (j < n && isHtmlSpace(m_src[j].unicode()))
            ++j;
        QStringView value;
        if (j < n && m_src[j] == QLatin1Char('=')) {
            ++j;
            while (j < n && isHtmlSpace(m_src[j].unicode()))
                ++j;
            if (j >= n)
                return -1;
            const QChar quote = m_src[j];
            if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
                const qsizetype close = m_src.indexOf(quote, j + 1);
                if (close < 0)
                    return -1; // an unclosed quote swallows the rest of the page, as in a browser
                value = m_src.mid(j + 1, close - j - 1);
                j = close + 1;
            } else {
                const qsizetype valueStart = j;
                while (j < n && !isHtmlSpace(m_src[j].unicode()) && m_src[j] != QLatin1Char('>'))
                    ++j;
                value = m_src.mid(valueStart, j - valueStart);
            }
        }
        if (keep && attributes.size() < 32 && value.size() < 65536)
            attributes.append({ attrName.toString().toLower(), HtmlEntities::decode(value) });
    }
    openElement(name, attributes, selfClosing, j);
    return j;
}

void HtmlScanner::openElement(
    const QString &name, const QVector<Attribute> &attributes, bool selfClosing, qsizetype &pos)
{
    if (isRawText(name)) {
        // The content runs to the matching end tag (or to the end of a broken page).
        const qsizetype n = m_src.size();
        const QString endMarker = QStringLiteral("</") + name;
        qsizetype end
            = name == QLatin1String("plaintext") ? -1 : m_src.indexOf(endMarker, pos, Qt::CaseInsensitive);
        if (end < 0)
            end = n;
        const QStringView content = m_src.mid(pos, end - pos);
        if (name == QLatin1String("title") && facts.titleElement.isEmpty() && !dropping()) {
            facts.titleElement = HtmlEntities::decode(content).simplified();
        } else if (name == QLatin1String("script")
            && attributeValue(attributes, "type").trimmed().toLower() == QLatin1String("application/ld+json")
            && content.size() <= MaxJsonLd) {
            readJsonLd(content);
        }
        if (end >= n) {
            pos = n;
            return;
        }
        const qsizetype close = m_src.indexOf(QLatin1Char('>'), end);
        pos = close < 0 ? n : close + 1;
        return;
    }

    if (name == QLatin1String("html")) {
        facts.lang = attributeValue(attributes, "lang");
    } else if (name == QLatin1String("meta")) {
        const QString content = attributeValue(attributes, "content");
        for (const char *keyAttribute : { "property", "name", "itemprop" }) {
            const QString key = attributeValue(attributes, keyAttribute).trimmed().toLower();
            if (!key.isEmpty())
                noteMeta(key, content);
        }
    } else if (name == QLatin1String("link")) {
        const QStringList rel
            = attributeValue(attributes, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (rel.contains(QLatin1String("canonical")) && facts.canonicalLink.isEmpty())
            facts.canonicalLink = attributeValue(attributes, "href").trimmed();
    } else if (name == QLatin1String("time")) {
        noteMeta(QStringLiteral("time:datetime"), attributeValue(attributes, "datetime"));
    }

    if (isDropped(name) && !selfClosing) {
        // The page's header and footer are layout; an article's own header holds its headline.
        const bool layoutOnly = name == QLatin1String("header") || name == QLatin1String("footer");
        const bool drop = m_dropLayout && !(layoutOnly && m_articleDepth > 0);
        m_dropStacks[name].append(drop);
        if (drop)
            ++m_dropDepth;
        return;
    }
    if (name == QLatin1String("article") || name == QLatin1String("main"))
        ++m_articleDepth;
    if (name == QLatin1String("pre"))
        ++m_preDepth;
    if (name == QLatin1String("h1") && facts.firstHeading.isEmpty() && m_headingStart < 0 && !dropping())
        m_headingStart = builder.out.size();

    switch (shapeOf(name)) {
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
        if (!dropping())
            builder.lineBreak();
        break;
    case Shape::Inline:
        break;
    }
}

void HtmlScanner::closeElement(const QString &name)
{
    if (isDropped(name)) {
        auto it = m_dropStacks.find(name);
        if (it != m_dropStacks.end() && !it->isEmpty()) {
            if (it->takeLast())
                --m_dropDepth;
        }
        return;
    }
    if ((name == QLatin1String("article") || name == QLatin1String("main")) && m_articleDepth > 0)
        --m_articleDepth;
    if (name == QLatin1String("pre") && m_preDepth > 0)
        --m_preDepth;
    if (name == QLatin1String("h1") && m_headingStart >= 0) {
        facts.firstHeading = builder.out.mid(m_headingStart).simplified();
        m_headingStart = -1;
    }
    switch (shapeOf(name)) {
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
        if (!dropping())
            builder.lineBreak(); // "</br>" is a line break in browsers too
        break;
    case Shape::Inline:
        break;
    }
}

void HtmlScanner::noteMeta(const QString &key, const QString &value)
{
    const QString v = value.simplified();
    if (!v.isEmpty() && !facts.meta.contains(key))
        facts.meta.insert(key, v);
}

void HtmlScanner::readJsonLd(QStringView json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
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
    return { QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml") };
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
    const TextDecoder::Decoded decoded = TextDecoder::decode(bytes, declaredCharset(bytes));
    context.reportProgress(0.1);

    HtmlScanner scanner(decoded.text, context, true);
    if (!scanner.run())
        return cancelled();
    QString text = std::move(scanner.builder.out);
    PageFacts facts = std::move(scanner.facts);
    QStringList warnings;
    if (text.trimmed().isEmpty() && scanner.droppedLetters > 0) {
        // Everything sat in a header, footer or navigation block (often one left unclosed):
        // better the whole page than nothing.
        HtmlScanner again(decoded.text, context, false);
        if (!again.run())
            return cancelled();
        text = std::move(again.builder.out);
        warnings.append(tr("The article in %1 could not be told apart from the page's menus and footers; the "
                           "whole page text was imported.")
                            .arg(context.path));
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
