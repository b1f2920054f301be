// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "storage/sourcestore.h"

#include <QCoreApplication>

namespace Recoupe {

// Reads a file meant to replace a source's content, without touching any dossier, so that it
// can run on a worker thread while the window shows its progress; Dossier::replaceSourceContent
// then applies the draft on the dossier's thread. `context` carries the password, the progress
// callback and the cancel flag; its path is set here.
class NewerVersionReader
{
    Q_DECLARE_TR_FUNCTIONS(NewerVersionReader)

public:
    struct Read
    {
        Importer::Outcome outcome = Importer::Outcome::Failed;
        QString message; // translated, names the file; empty when read
        SourceDraft draft; // with its original bytes and origin, when read
    };

    static Read read(const QString &path, ImportContext context = {});
};

} // namespace Recoupe
