// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

typedef struct _GMimeMessage GMimeMessage;

namespace Recoupe {

// E-mail messages (.eml, RFC 5322 with MIME), parsed by GMime. The subject is the title; From,
// To, Cc, Date, Message-ID, In-Reply-To and References go to MailHeaders (encoded words
// decoded); the text is the text/plain body, else the text/html one read by HtmlImporter.
// Attachments (RFC 2231 names decoded) and nested messages become attachment drafts, each
// read by the importer for its kind; images are kept without text.
class EmailImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(EmailImporter)

public:
    QString id() const override;
    QString displayName() const override;
    QStringList extensions() const override;
    bool recognizes(const QByteArray &head) const override;
    ReadResult read(const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const override;

    // Reads one parsed message (from a file, an mbox or another message) into `draft`.
    // `shown` names the message in errors and warnings.
    static ReadResult readMessage(GMimeMessage *message, const QString &shown, const ImportContext &context,
        SourceDraft &draft, int depth = 0);
};

} // namespace Recoupe
