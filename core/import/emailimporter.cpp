// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailimporter.h"

#include <QTimeZone>

#include "htmlimporter.h"
#include "importerregistry.h"
#include "languageguesser.h"
#include "mimelibrary.h"
#include "storage/sourcestore.h"
#include "textimporter.h"

#include <gmime/gmime.h>

namespace Recoupe {

namespace {

// Messages inside messages inside messages: deeper than this is a trap, not a correspondence.
constexpr int MaxDepth = 8;

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QStringList addresses(InternetAddressList *list)
{
    QStringList result;
    if (!list)
        return result;
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            result += addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)));
            continue;
        }
        const QString name = fromUtf8(internet_address_get_name(address)).trimmed();
        const QString mailbox
            = fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
        result.append(name.isEmpty() ? mailbox : QStringLiteral("%1 <%2>").arg(name, mailbox));
    }
    return result;
}

QStringList messageIds(GMimeMessage *message, const char *header)
{
    QStringList ids;
    const char *value = g_mime_object_get_header(GMIME_OBJECT(message), header);
    if (!value)
        return ids;
    GMimeReferences *refs = g_mime_references_parse(nullptr, value);
    if (!refs)
        return ids;
    for (int i = 0; i < g_mime_references_length(refs); ++i)
        ids.append(fromUtf8(g_mime_references_get_message_id(refs, i)));
    g_mime_references_free(refs);
    return ids;
}

QDateTime dateOf(GMimeMessage *message)
{
    GDateTime *date = g_mime_message_get_date(message);
    if (!date)
        return {};
    const qint64 seconds = g_date_time_to_unix(date);
    const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(offset));
}

bool isType(GMimeObject *object, const char *type, const char *subtype)
{
    GMimeContentType *contentType = g_mime_object_get_content_type(object);
    return contentType && g_mime_content_type_is_type(contentType, type, subtype);
}

// Walks the MIME tree: the first readable body part gives the text, the rest are attachments.
struct Walker
{
    const QString &shown;
    const ImportContext &context;
    SourceDraft &draft;
    int depth;
    QString plain;
    QString html;
    bool broken = false;
    int unnamed = 0;

    void walk(GMimeObject *object)
    {
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            // A multipart without parts: its boundary is missing or never appears.
            if (count == 0)
                broken = true;
            for (int i = 0; i < count; ++i)
                walk(g_mime_multipart_get_part(multipart, i));
            return;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (!inner)
                return;
            SourceDraft attachment;
            const QString name = fromUtf8(g_mime_message_get_subject(inner));
            const Importer::ReadResult read
                = EmailImporter::readMessage(inner, shown, context, attachment, depth + 1);
            if (read.outcome != Importer::Outcome::Read) {
                draft.warnings.append(read.message);
                return;
            }
            attachment.original = MimeLibrary::serialized(GMIME_OBJECT(inner));
            attachment.source.origin = QStringLiteral("%1 › %2").arg(shown, name);
            draft.attachments.push_back(std::move(attachment));
            return;
        }
        if (!GMIME_IS_PART(object))
            return;
        GMimePart *part = GMIME_PART(object);
        const bool attached = g_mime_part_is_attachment(part) || g_mime_part_get_filename(part);
        if (!attached && GMIME_IS_TEXT_PART(object) && isType(object, "text", "plain") && plain.isEmpty()) {
            char *text = g_mime_text_part_get_text(GMIME_TEXT_PART(object));
            plain = fromUtf8(text);
            g_free(text);
            return;
        }
        if (!attached && GMIME_IS_TEXT_PART(object) && isType(object, "text", "html") && html.isEmpty()) {
            char *text = g_mime_text_part_get_text(GMIME_TEXT_PART(object));
            html = fromUtf8(text);
            g_free(text);
            return;
        }
        addAttachment(part);
    }

    void addAttachment(GMimePart *part)
    {
        QString name = fromUtf8(g_mime_part_get_filename(part));
        if (name.isEmpty())
            name = EmailImporter::tr("attachment %1").arg(++unnamed);
        const QByteArray bytes = MimeLibrary::decodedContent(g_mime_part_get_content(part));
        if (bytes.isEmpty())
            return;
        SourceDraft attachment;
        attachment.source.title = name;
        attachment.source.origin = QStringLiteral("%1 › %2").arg(shown, name);
        const Importer *importer = ImporterRegistry::instance().forFile(name, bytes.left(1024));
        if (importer) {
            ImportContext inner;
            inner.path = attachment.source.origin;
            inner.cancel = context.cancel;
            inner.threads = context.threads;
            const Importer::ReadResult read = importer->read(bytes, inner, attachment);
            if (read.outcome == Importer::Outcome::Cancelled)
                return;
            if (read.outcome != Importer::Outcome::Read) {
                draft.warnings.append(EmailImporter::tr("The attachment %1 of %2 was not imported: %3")
                                          .arg(name, shown, read.message));
                return;
            }
            // The investigator knows an attachment by its file name, not by its inner metadata.
            attachment.source.title = name;
        } else if (isType(GMIME_OBJECT(part), "image", "*")) {
            attachment.source.kind = SourceKind::Image;
        } else {
            draft.warnings.append(EmailImporter::tr(
                "The attachment %1 of %2 was not imported: Recoupe does not read this kind of file.")
                                      .arg(name, shown));
            return;
        }
        attachment.original = bytes;
        draft.attachments.push_back(std::move(attachment));
    }
};

} // namespace

QString EmailImporter::id() const
{
    return QStringLiteral("email");
}

QString EmailImporter::displayName() const
{
    return tr("E-mail messages");
}

QStringList EmailImporter::extensions() const
{
    return {QStringLiteral("eml")};
}

bool EmailImporter::recognizes(const QByteArray &head) const
{
    // Headers every message has, at the very start of the file.
    return head.startsWith("Return-Path:") || head.startsWith("Received:")
        || (head.startsWith("From: ") && head.contains("\nMessage-ID:"))
        || (head.startsWith("MIME-Version:") && head.contains("\nFrom:"));
}

Importer::ReadResult EmailImporter::read(
    const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const
{
    MimeLibrary::ensureInitialized();
    MimeLibrary::Ptr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    MimeLibrary::Ptr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    MimeLibrary::Ptr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) {
        return failed(tr("%1 is not a readable e-mail message: GMime found no message headers in it.")
                          .arg(context.path));
    }
    return readMessage(message.get(), context.path, context, draft);
}

Importer::ReadResult EmailImporter::readMessage(
    GMimeMessage *message, const QString &shown, const ImportContext &context, SourceDraft &draft, int depth)
{
    if (depth > MaxDepth) {
        return failed(tr("%1 holds messages nested more than %2 deep; the deeper ones were not imported.")
                          .arg(shown)
                          .arg(MaxDepth));
    }
    MailHeaders &mail = draft.mail;
    mail.messageId = fromUtf8(g_mime_message_get_message_id(message));
    const QStringList replyTo = messageIds(message, "In-Reply-To");
    mail.inReplyTo = replyTo.value(0);
    mail.references = messageIds(message, "References");
    mail.from = addresses(g_mime_message_get_from(message));
    mail.to = addresses(g_mime_message_get_to(message));
    mail.cc = addresses(g_mime_message_get_cc(message));
    mail.sent = dateOf(message);
    if (mail.isEmpty()) {
        return failed(tr("%1 is not a readable e-mail message: it has no sender, recipient, date or "
                         "Message-ID header.")
                          .arg(shown));
    }

    Walker walker {shown, context, draft, depth, {}, {}};
    if (GMimeObject *body = g_mime_message_get_mime_part(message))
        walker.walk(body);
    if (walker.broken) {
        return failed(tr("%1 is not a readable e-mail message: its MIME structure is broken (a multipart "
                         "part whose boundary never appears).")
                          .arg(shown));
    }

    Source &s = draft.source;
    s.kind = SourceKind::Email;
    s.encoding = QStringLiteral("UTF-8");
    s.title = fromUtf8(g_mime_message_get_subject(message)).simplified();
    if (s.title.isEmpty())
        s.title = tr("(no subject)");
    s.author = mail.from.value(0);
    if (mail.sent.isValid())
        s.published = mail.sent.date().toString(Qt::ISODate);

    QString text = walker.plain;
    if (text.isEmpty() && !walker.html.isEmpty()) {
        SourceDraft html;
        ImportContext inner = context;
        inner.path = shown;
        const ReadResult read = HtmlImporter().read(walker.html.toUtf8(), inner, html);
        if (read.outcome == Outcome::Read)
            text = html.text;
    }
    TextImporter::canonicalize(text);
    s.language = LanguageGuesser::guess(text);
    draft.text = std::move(text);
    return {};
}

} // namespace Recoupe
