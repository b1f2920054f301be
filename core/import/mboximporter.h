// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

namespace Recoupe {

// Mailboxes (.mbox): one source per message, each read by EmailImporter and handed to the
// caller as soon as it is parsed (GMime's mbox parser), so a mailbox of ten thousand messages
// needs the memory of one message beside the file's bytes.
class MboxImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(MboxImporter)

public:
    QString id() const override;
    QString displayName() const override;
    QStringList extensions() const override;
    bool recognizes(const QByteArray &head) const override;
    bool isContainer() const override { return true; }
    ReadResult read(const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const override;
};

} // namespace Recoupe
