// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotationwriter.h"

#include "codepointindex.h"
#include "evidenceset.h"
#include "exportfile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

#include <cstdio>

namespace Recoupe {

namespace {

// A JSON string literal, UTF-8, straight from UTF-16. The export writes its JSON by hand:
// QJsonObject costs several allocations per key, and a dossier can hold a hundred thousand
// annotations.
void appendJsonString(QByteArray &out, QStringView text)
{
    const qsizetype at = out.size();
    // At most six bytes per UTF-16 unit (a control character as \u00XX), plus the quotes.
    out.resize(at + text.size() * 6 + 2);
    char *p = out.data() + at;
    *p++ = '"';
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    static const char hex[] = "0123456789abcdef";
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            if (c == '"' || c == '\\') {
                *p++ = '\\';
                *p++ = char(c);
            } else if (c >= 0x20) {
                *p++ = char(c);
            } else if (c == '\n') {
                *p++ = '\\';
                *p++ = 'n';
            } else if (c == '\r') {
                *p++ = '\\';
                *p++ = 'r';
            } else if (c == '\t') {
                *p++ = '\\';
                *p++ = 't';
            } else {
                *p++ = '\\';
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[(c >> 4) & 0xf];
                *p++ = hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *p++ = char(0xc0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, s[++i]);
            *p++ = char(0xf0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3f));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        } else {
            // A lone surrogate is not text: write U+FFFD as JSON parsers would read it.
            const char16_t u = QChar::isSurrogate(c) ? char16_t(0xfffd) : c;
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

// A small writer of JSON objects and arrays, with optional indentation.
class Json
{
public:
    explicit Json(bool indented)
        : m_indented(indented)
    { }
    QByteArray &bytes() { return m_out; }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char *name)
    {
        separator();
        m_out += '"';
        m_out += name;
        m_out += m_indented ? "\": " : "\":";
        m_afterKey = true;
    }
    void value(QStringView text)
    {
        separator();
        appendJsonString(m_out, text);
    }
    void value(const char *latin1)
    {
        separator();
        m_out += '"';
        m_out += latin1;
        m_out += '"';
    }
    void value(qint64 number)
    {
        separator();
        m_out += QByteArray::number(number);
    }
    void field(const char *name, QStringView text)
    {
        key(name);
        value(text);
    }
    void field(const char *name, const char *latin1)
    {
        key(name);
        value(latin1);
    }
    void field(const char *name, qint64 number)
    {
        key(name);
        value(number);
    }

private:
    void open(char c)
    {
        separator();
        m_out += c;
        m_first = true;
        ++m_depth;
    }
    void close(char c)
    {
        --m_depth;
        if (m_indented && !m_first)
            newline();
        m_out += c;
        m_first = false;
    }
    void separator()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (!m_first)
            m_out += ',';
        if (m_indented && m_depth > 0)
            newline();
        m_first = false;
    }
    void newline()
    {
        m_out += '\n';
        m_out.append(m_depth * 2, ' ');
    }

    QByteArray m_out;
    bool m_indented;
    bool m_first = true;
    bool m_afterKey = false;
    int m_depth = 0;
};

QString utc(const QDateTime &time)
{
    // "2018-05-07T09:30:00Z", formatted without QDateTime::toString's locale machinery.
    const QDateTime u = time.toUTC();
    const QDate d = u.date();
    const QTime t = u.time();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(),
        t.hour(), t.minute(), t.second());
    return QString::fromLatin1(buffer);
}

QString originIri(const QString &origin)
{
    if (origin.isEmpty())
        return QString();
    const QUrl url(origin, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1)
        return url.toString(QUrl::FullyEncoded);
    // A bare file name (what an export keeps of a local path by default) is no address: made
    // absolute it would name the folder the export ran in.
    if (!QFileInfo(origin).isAbsolute())
        return QString();
    return QUrl::fromLocalFile(origin).toString(QUrl::FullyEncoded);
}

} // namespace

WebAnnotationWriter::WebAnnotationWriter(const EvidenceSet &evidence)
    : m_evidence(evidence)
{ }

QString WebAnnotationWriter::annotationUrn(const QString &sourceSha256, qint64 annotationId)
{
    // A fixed namespace for Recoupe annotations, itself a name-based UUID of the project's name.
    static const QUuid ns = QUuid::createUuidV5(QUuid(), QStringLiteral("recoupe.invalid/annotation"));
    return QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(ns, sourceSha256 + QLatin1Char(':') + QString::number(annotationId))
              .toString(QUuid::WithoutBraces);
}

QString WebAnnotationWriter::canonicalTextUrn(const QString &text)
{
    return QStringLiteral("urn:sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString WebAnnotationWriter::mediaType(const EvidenceSource &source)
{
    switch (source.source.kind) {
    case SourceKind::Pdf:
        return QStringLiteral("application/pdf");
    case SourceKind::Html:
        return QStringLiteral("text/html");
    case SourceKind::Markdown:
        return QStringLiteral("text/markdown");
    case SourceKind::Email:
        return QStringLiteral("message/rfc822");
    case SourceKind::Office:
    case SourceKind::Image:
    case SourceKind::Text:
        break;
    }
    return QStringLiteral("text/plain");
}

QByteArray WebAnnotationWriter::toJson(bool indented) const
{
    const QDateTime generated = m_generated.isValid() ? m_generated : QDateTime::currentDateTimeUtc();
    Json json(indented);
    json.bytes().reserve(qsizetype(m_evidence.annotationCount()) * 900 + 1024);
    json.beginObject();
    json.field("@context", Context);
    const QString collectionId = QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(QUuid(), m_evidence.dossierName + utc(generated))
              .toString(QUuid::WithoutBraces);
    json.field("id", collectionId);
    json.field("type", "AnnotationCollection");
    json.field("label", tr("Annotations of the dossier “%1”").arg(m_evidence.dossierName));
    json.field("total", qint64(m_evidence.annotationCount()));
    json.key("generator");
    json.beginObject();
    json.field("id", "https://recoupe.invalid/");
    json.field("type", "Software");
    json.field("name", QStringLiteral("Recoupe " RECOUPE_VERSION_STRING));
    json.endObject();
    json.field("generated", utc(generated));
    json.key("first");
    json.beginObject();
    json.field("type", "AnnotationPage");
    json.field("startIndex", qint64(0));
    json.key("items");
    json.beginArray();
    for (const EvidenceSource &s : m_evidence.sources) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return QByteArray();
        const CodePointIndex positions(s.text);
        const QString sourceUrn = QStringLiteral("urn:sha256:") + s.source.sha256;
        const QString via = originIri(s.source.origin);
        const QString format = mediaType(s);
        const QString importedAt = utc(s.source.importedAt);
        // The representation the selectors count in: the canonical text, named by its hash.
        const QString textUrn = canonicalTextUrn(s.text);
        const bool pdf = s.source.kind == SourceKind::Pdf;
        for (const Annotation &a : s.annotations) {
            json.beginObject();
            json.field("id", annotationUrn(s.source.sha256, a.id));
            json.field("type", "Annotation");
            json.field("motivation", "highlighting");
            if (a.created.isValid())
                json.field("created", utc(a.created));
            if (a.modified.isValid())
                json.field("modified", utc(a.modified));
            const QString author = m_author.of(a);
            if (!author.isEmpty()) {
                json.key("creator");
                json.beginObject();
                json.field("type", "Person");
                json.field("name", author);
                json.endObject();
            }
            // The annotation's own colour, so that an import gives back the same annotation (tags
            // travel as tagging bodies, with their colours in the codebook; readers show the
            // first tag's colour over the default one, as Recoupe does).
            const QColor shown = a.color;
            const QString colorClass = QStringLiteral("recoupe-") + shown.name().mid(1);
            json.key("stylesheet");
            json.beginObject();
            json.field("type", "CssStylesheet");
            const QString css = QLatin1Char('.') + colorClass + QStringLiteral(" { background-color: ")
                + shown.name() + QStringLiteral("; }");
            json.field("value", css);
            json.endObject();
            if (!a.note.isEmpty() || !a.tagIds.isEmpty()) {
                json.key("body");
                json.beginArray();
                if (!a.note.isEmpty()) {
                    json.beginObject();
                    json.field("type", "TextualBody");
                    json.field("purpose", "commenting");
                    json.field("value", a.note);
                    json.field("format", "text/plain");
                    if (!m_evidence.dossierLanguage.isEmpty())
                        json.field("language", m_evidence.dossierLanguage);
                    json.endObject();
                }
                for (qint64 tagId : a.tagIds) {
                    const QString path = m_evidence.tagPath(tagId);
                    if (path.isEmpty())
                        continue;
                    json.beginObject();
                    json.field("type", "TextualBody");
                    json.field("purpose", "tagging");
                    json.field("value", path);
                    json.endObject();
                }
                json.endArray();
            }
            json.key("target");
            json.beginObject();
            json.field("type", "SpecificResource");
            json.key("source");
            json.beginObject();
            json.field("id", sourceUrn);
            json.field("type", "Text");
            json.field("format", format);
            json.field("label", s.source.title);
            if (!s.source.language.isEmpty())
                json.field("language", s.source.language);
            if (!via.isEmpty())
                json.field("via", via);
            json.endObject();
            json.field("styleClass", colorClass);
            json.key("state");
            json.beginObject();
            json.field("type", "TimeState");
            json.field("sourceDate", importedAt);
            json.field("cached", textUrn);
            json.endObject();
            json.key("selector");
            json.beginArray();
            json.beginObject();
            json.field("type", "TextQuoteSelector");
            json.field("exact", a.anchor.exact);
            json.field("prefix", a.anchor.prefix);
            json.field("suffix", a.anchor.suffix);
            json.endObject();
            json.beginObject();
            json.field("type", "TextPositionSelector");
            json.field("start", positions.toCodePoints(a.anchor.start));
            json.field("end", positions.toCodePoints(a.anchor.end));
            json.endObject();
            if (pdf && a.anchor.page >= 0) {
                json.beginObject();
                json.field("type", "FragmentSelector");
                json.field("conformsTo", "http://tools.ietf.org/rfc/rfc3778");
                json.field("value", QStringLiteral("page=%1").arg(a.anchor.page + 1));
                json.endObject();
            }
            json.endArray();
            json.endObject();
            json.endObject();
        }
    }
    json.endArray();
    json.endObject();
    json.endObject();
    json.bytes() += '\n';
    return std::move(json.bytes());
}

Status WebAnnotationWriter::write(const QString &path, bool indented) const
{
    const QByteArray bytes = toJson(indented);
    if (bytes.isEmpty())
        return Error {tr("The export to %1 was cancelled.").arg(path)};
    return ExportFile::save(path, bytes);
}

} // namespace Recoupe
