// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceimporter.h"

#include "contentdigest.h"
#include "importerregistry.h"
#include "storage/database.h"
#include "storage/sourcestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Recoupe {

namespace {
constexpr qint64 SniffBytes = 1024;

QString extensionList()
{
    QStringList patterns;
    for (const QString &extension : ImporterRegistry::instance().extensions())
        patterns.append(QStringLiteral(".") + extension);
    return patterns.join(QLatin1String(", "));
}
} // namespace

QString ImportOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::NeedsPassword:
        return QStringLiteral("needs-password");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

SourceImporter::SourceImporter(Database &db)
    : m_db(db)
{ }

QString SourceImporter::checkPath(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return tr("No file was given to import.");
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return tr("%1 is a link to a file that does not exist (%2).").arg(shown, info.symLinkTarget());
    if (!info.exists())
        return tr("%1 does not exist. It may have been moved, renamed or deleted.").arg(shown);
    if (info.isDir())
        return tr("%1 is a folder, not a file. Import it as a folder to import the files inside it.")
            .arg(shown);
    if (!info.isFile())
        return tr("%1 is not a regular file (it is a device, a socket or a pipe) and cannot be imported.")
            .arg(shown);
    if (!info.isReadable())
        return tr("%1 cannot be read: you do not have permission to open it.").arg(shown);
    if (info.size() == 0)
        return tr("%1 is empty: there is nothing to import.").arg(shown);
    if (ImporterRegistry::instance().forFileName(path))
        return QString();
    // An unknown extension: a PDF or a web page saved under another name is still welcome.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && ImporterRegistry::instance().forFile(path, file.read(SniffBytes)))
        return QString();
    if (info.suffix().isEmpty()) {
        return tr(
            "%1 has no file name extension and its content is not one Recoupe recognises. Recoupe imports "
            "files ending in %2.")
            .arg(shown, extensionList());
    }
    return tr("%1 is a kind of file Recoupe does not import (.%2). Recoupe imports files ending in %3.")
        .arg(shown, info.suffix(), extensionList());
}

ImportOutcome SourceImporter::importFile(const QString &path, const ImportOptions &options)
{
    ImportOutcome outcome;
    outcome.path = path;
    const QString shown = QDir::toNativeSeparators(path);
    auto isCancelled = [&] {
        return options.cancel && options.cancel->load();
    };
    auto fail = [&](ImportOutcome::Status status, const QString &message) {
        outcome.status = status;
        outcome.message = message;
        return outcome;
    };
    auto cancelled = [&] {
        return fail(ImportOutcome::Status::Cancelled,
            tr("The import of %1 was cancelled; nothing of it was kept.").arg(shown));
    };

    const QString problem = checkPath(path);
    if (!problem.isEmpty())
        return fail(ImportOutcome::Status::Failed, problem);
    if (options.beforeRead)
        options.beforeRead(path);
    if (isCancelled())
        return cancelled();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path))
            return fail(
                ImportOutcome::Status::Failed, tr("%1 disappeared before it could be read.").arg(shown));
        return fail(
            ImportOutcome::Status::Failed, tr("%1 cannot be read: %2.").arg(shown, file.errorString()));
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ImportOutcome::Status::Failed,
            tr("%1 could not be read to the end: %2.").arg(shown, file.errorString()));
    file.close();
    if (bytes.isEmpty())
        return fail(ImportOutcome::Status::Failed, tr("%1 is empty: there is nothing to import.").arg(shown));
    if (options.progress)
        options.progress(0.05);
    if (isCancelled())
        return cancelled();

    SourceStore store(m_db);
    const QString sha256 = ContentDigest::sha256Hex(bytes);
    bool removed = false;
    if (const qint64 existing = store.findBySha256(sha256, &removed)) {
        const std::optional<Source> source = store.get(existing);
        outcome.status = ImportOutcome::Status::Duplicate;
        outcome.sourceId = existing;
        outcome.title = source ? source->title : QString();
        if (removed) {
            const Status restored = store.setRemoved(existing, false);
            if (!restored.ok()) {
                return fail(ImportOutcome::Status::Failed,
                    tr("%1 was imported before and removed; it could not be put back: %2")
                        .arg(shown, restored.error()));
            }
            outcome.restored = true;
            outcome.message
                = tr("%1 had been imported before as “%2” and then removed; it is back in the library.")
                      .arg(shown, outcome.title);
        } else {
            outcome.message = tr("%1 is already in the dossier as “%2”.").arg(shown, outcome.title);
        }
        return outcome;
    }

    const Importer *importer = ImporterRegistry::instance().forFile(path, bytes.left(SniffBytes));
    if (!importer)
        return fail(ImportOutcome::Status::Failed, checkPath(path));

    ImportContext context;
    context.path = shown;
    context.password = options.password;
    context.cancel = options.cancel;
    context.threads = options.threads;
    context.ocrLanguages = options.ocrLanguages;
    context.dossierLanguage = QStringLiteral("fr"); // the dossier's default, as Dossier::language()
    {
        Statement language = m_db.prepare("SELECT value FROM dossier_meta WHERE key = 'language'");
        if (language.next())
            context.dossierLanguage = language.text(0);
    }
    if (options.progress)
        context.progress = [&options](double f) {
            options.progress(0.1 + 0.75 * f);
        };

    SourceDraft draft;
    const Importer::ReadResult read = importer->read(bytes, context, draft);
    switch (read.outcome) {
    case Importer::Outcome::Read:
        break;
    case Importer::Outcome::Failed:
        return fail(ImportOutcome::Status::Failed, read.message);
    case Importer::Outcome::NeedsPassword:
        return fail(ImportOutcome::Status::NeedsPassword, read.message);
    case Importer::Outcome::Cancelled:
        return cancelled();
    }
    if (isCancelled())
        return cancelled();

    draft.original = std::move(bytes);
    draft.source.origin = path;
    if (draft.source.title.trimmed().isEmpty())
        draft.source.title = QFileInfo(path).fileName();
    const Result<qint64> inserted = store.insert(draft);
    if (!inserted) {
        // A cancel interrupts SQLite mid-insert; the transaction was rolled back.
        if (isCancelled())
            return cancelled();
        return fail(ImportOutcome::Status::Failed, inserted.error());
    }
    if (options.progress)
        options.progress(1.0);
    outcome.status = ImportOutcome::Status::Imported;
    outcome.sourceId = *inserted;
    outcome.title = draft.source.title;
    outcome.warnings = draft.warnings;
    return outcome;
}

Result<SourceDraft> SourceImporter::readAgain(
    const Source &source, const QByteArray &original, const ImportOptions &options)
{
    const Importer *importer = ImporterRegistry::instance().byId(sourceKindName(source.kind));
    if (!importer)
        importer = ImporterRegistry::instance().forFile(source.origin, original.left(SniffBytes));
    if (!importer)
        return Error {tr("No importer reads “%1” again.").arg(source.title)};
    ImportContext context;
    context.path = source.origin;
    context.password = options.password;
    context.cancel = options.cancel;
    context.threads = options.threads;
    context.progress = options.progress;
    context.ocrLanguages = options.ocrLanguages;
    context.dossierLanguage = source.language;
    SourceDraft draft;
    const Importer::ReadResult read = importer->read(original, context, draft);
    if (read.outcome == Importer::Outcome::Cancelled || context.isCancelled())
        return Error {QString()};
    if (read.outcome != Importer::Outcome::Read)
        return Error {read.message};
    // The stored metadata stays; only the content is new.
    const Source fresh = draft.source;
    draft.source = source;
    draft.source.encoding = fresh.encoding;
    draft.original = original;
    return draft;
}

} // namespace Recoupe
