// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Recoupe {

// The headers of an e-mail source that say who wrote to whom, when, and in which thread.
// Addresses are "Name <address>" (or the bare address), decoded from their encoded words.
struct MailHeaders
{
    QString messageId; // without the angle brackets
    QString inReplyTo;
    QStringList references; // oldest first, as in the header
    QStringList from;
    QStringList to;
    QStringList cc;
    QDateTime sent;
    // The Message-ID of the thread's first message; filled by the store.
    QString thread;

    bool isEmpty() const { return messageId.isEmpty() && from.isEmpty() && to.isEmpty() && !sent.isValid(); }
};

} // namespace Recoupe
