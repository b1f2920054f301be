// SPDX-License-Identifier: GPL-3.0-or-later
#include "newerversionreader.h"

#include "import/importerregistry.h"
#include "import/sourceimporter.h"

#include <QDir>
#include <QFile>

namespace Recoupe {

NewerVersionReader::Read NewerVersionReader::read(const QString &path, ImportContext context)
{
    Read result;
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString problem = SourceImporter::checkPath(path); !problem.isEmpty()) {
        result.message = problem;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.message = tr("%1 cannot be read: %2.").arg(shown, file.errorString());
        return result;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.message = tr("%1 could not be read to the end: %2.").arg(shown, file.errorString());
        return result;
    }
    const Importer *importer = ImporterRegistry::instance().forFile(path, bytes.left(1024));
    if (!importer) {
        result.message = SourceImporter::checkPath(path);
        return result;
    }
    context.path = shown;
    const Importer::ReadResult read = importer->read(bytes, context, result.draft);
    result.outcome = read.outcome;
    result.message = read.message;
    if (read.outcome != Importer::Outcome::Read)
        return result;
    result.draft.original = std::move(bytes);
    result.draft.source.origin = path;
    return result;
}

} // namespace Recoupe
