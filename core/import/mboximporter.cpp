// SPDX-License-Identifier: GPL-3.0-or-later
#include "mboximporter.h"

#include "emailimporter.h"
#include "mimelibrary.h"
#include "storage/sourcestore.h"

#include <gmime/gmime.h>

namespace Recoupe {

QString MboxImporter::id() const
{
    return QStringLiteral("mbox");
}

QString MboxImporter::displayName() const
{
    return tr("Mailboxes");
}

QStringList MboxImporter::extensions() const
{
    return {QStringLiteral("mbox")};
}

bool MboxImporter::recognizes(const QByteArray &head) const
{
    // The "From " separator line, then the headers of the first message.
    if (!head.startsWith("From "))
        return false;
    const QByteArray headers = head.mid(head.indexOf('\n') + 1).toLower();
    return headers.startsWith("return-path:") || headers.startsWith("received:")
        || headers.contains("\nmessage-id:") || headers.startsWith("from:")
        || headers.startsWith("message-id:");
}

Importer::ReadResult MboxImporter::read(
    const QByteArray &bytes, const ImportContext &context, SourceDraft &) const
{
    MimeLibrary::ensureInitialized();
    if (!bytes.startsWith("From ")) {
        return failed(
            tr("%1 is not a mailbox: an mbox file starts with a “From ” line before its first message.")
                .arg(context.path));
    }
    MimeLibrary::Ptr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    MimeLibrary::Ptr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MBOX);
    int number = 0;
    while (!g_mime_parser_eos(parser.get())) {
        if (context.isCancelled())
            return cancelled();
        MimeLibrary::Ptr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
        if (!message) {
            if (g_mime_parser_eos(parser.get()) && number > 0)
                break;
            return failed(tr("%1 is not a readable mailbox: message %2 could not be parsed.")
                              .arg(context.path)
                              .arg(number + 1));
        }
        ++number;
        const qint64 begin = g_mime_parser_get_headers_begin(parser.get());
        const qint64 end = g_mime_parser_tell(parser.get());
        const QString shown = tr("message %1 of %2").arg(number).arg(context.path);
        SourceDraft draft;
        const ReadResult read = EmailImporter::readMessage(message.get(), shown, context, draft);
        if (read.outcome != Outcome::Read)
            return read;
        draft.original = bytes.mid(begin, end - begin);
        draft.source.origin = context.path;
        if (context.deliver) {
            const QString error = context.deliver(draft);
            if (!error.isEmpty())
                return failed(error);
        }
        context.reportProgress(double(end) / double(bytes.size()));
    }
    if (number == 0)
        return failed(tr("%1 holds no e-mail message.").arg(context.path));
    return {};
}

} // namespace Recoupe
