// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceimporter.h"

#include "contentdigest.h"
#include "importerregistry.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <optional>

#include <sqlite3.h>

namespace Recoupe {

namespace {
constexpr qint64 SniffBytes = 1024;
// How long an import waits for a dossier another program is writing to.
constexpr qint64 MaxWaitForDossierMs = 10 * 60 * 1000;

// The attachments stored with a draft, at any depth (those already in the dossier have no id).
void collectAttachments(const SourceDraft &draft, QVector<qint64> &ids)
{
    for (const SourceDraft &attachment : draft.attachments) {
        if (attachment.source.id)
            ids.append(attachment.source.id);
        collectAttachments(attachment, ids);
    }
}

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
    // The start of the file tells which importer reads it, and whether it can at all: a large
    // binary file renamed .txt is refused without reading it all into memory.
    const QByteArray head = file.read(Importer::HeadSize);
    const Importer *importer = ImporterRegistry::instance().forFile(path, head.left(SniffBytes));
    if (!importer)
        return fail(ImportOutcome::Status::Failed, checkPath(path));
    ImportContext context;
    context.path = shown;
    context.password = options.password;
    context.cancel = options.cancel;
    context.threads = options.threads;
    if (const Importer::ReadResult checked = importer->checkHead(head, context);
        checked.outcome == Importer::Outcome::Failed)
        return fail(ImportOutcome::Status::Failed, checked.message);

    QByteArray bytes = file.seek(0) ? file.readAll() : QByteArray();
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
    // The same bytes already imported: the existing source, put back if the user had removed it.
    // Run under the write lock, so that a file another process is importing at the same moment
    // is found as a duplicate rather than refused by the UNIQUE index.
    auto duplicateOf = [&](qint64 existing, bool removed) {
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
    };
    // Another program (the app, another import) may be writing to the dossier: wait for it, as
    // long as it takes within reason, and never give the file up for a busy dossier.
    auto lockDossier = [&](std::optional<Transaction> &tx) -> std::optional<ImportOutcome> {
        QElapsedTimer waiting;
        waiting.start();
        while (true) {
            tx.emplace(m_db);
            if (tx->isActive())
                return std::nullopt;
            // Busy: the other program's busy timeout passed. A stale snapshot was already dealt
            // with by Transaction; if it persists, waiting would not help.
            const int code = tx->errorCode();
            const bool busy = (code & 0xff) == SQLITE_BUSY && code != SQLITE_BUSY_SNAPSHOT;
            if (isCancelled())
                return cancelled();
            if (!busy) {
                return fail(ImportOutcome::Status::Failed,
                    tr("%1 was not imported: the dossier cannot be written to (%2).")
                        .arg(shown, tx->error()));
            }
            if (waiting.elapsed() > MaxWaitForDossierMs) {
                return fail(ImportOutcome::Status::Failed,
                    tr("%1 was not imported: another program kept the dossier locked for %n minute(s).", "",
                        int(MaxWaitForDossierMs / 60000))
                        .arg(shown));
            }
        }
    };
    // Under the write lock: the bytes may have come in from another program a moment ago.
    auto duplicateUnderLock = [&](std::optional<Transaction> &tx) -> std::optional<ImportOutcome> {
        bool removed = false;
        const qint64 existing = store.findBySha256(sha256, &removed);
        if (!existing)
            return std::nullopt;
        const ImportOutcome duplicate = duplicateOf(existing, removed);
        if (duplicate.succeeded()) {
            const Status committed = tx->commit();
            if (!committed.ok()) {
                return fail(ImportOutcome::Status::Failed,
                    tr("%1 was imported before and removed; it could not be put back: %2")
                        .arg(shown, committed.error()));
            }
        }
        return duplicate;
    };
    // Known before reading it: no need to parse it.
    if (store.findBySha256(sha256)) {
        std::optional<Transaction> tx;
        if (const std::optional<ImportOutcome> refused = lockDossier(tx))
            return *refused;
        if (const std::optional<ImportOutcome> duplicate = duplicateUnderLock(tx))
            return *duplicate;
    }

    if (importer->isContainer())
        return importContainer(*importer, bytes, path, options);

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
    draft.source.origin = QFileInfo(path).absoluteFilePath();
    draft.source.sha256 = sha256;
    if (draft.source.title.trimmed().isEmpty())
        draft.source.title = QFileInfo(path).fileName();

    std::optional<Transaction> tx;
    if (const std::optional<ImportOutcome> refused = lockDossier(tx))
        return *refused;
    if (const std::optional<ImportOutcome> duplicate = duplicateUnderLock(tx))
        return *duplicate;
    const Result<qint64> inserted = store.insert(draft);
    const Status committed = inserted ? tx->commit() : Status();
    if (!inserted || !committed.ok()) {
        // A cancel interrupts SQLite mid-insert; the transaction was rolled back.
        if (isCancelled())
            return cancelled();
        return fail(ImportOutcome::Status::Failed,
            inserted ? tr("Cannot store the source %1: %2").arg(shown, committed.error()) : inserted.error());
    }
    if (options.progress)
        options.progress(1.0);
    outcome.status = ImportOutcome::Status::Imported;
    outcome.sourceId = *inserted;
    collectAttachments(draft, outcome.moreSourceIds);
    outcome.title = draft.source.title;
    outcome.warnings = draft.warnings;
    return outcome;
}

ImportOutcome SourceImporter::importContainer(
    const Importer &importer, const QByteArray &bytes, const QString &path, const ImportOptions &options)
{
    ImportOutcome outcome;
    outcome.path = path;
    const QString shown = QDir::toNativeSeparators(path);
    SourceStore store(m_db);
    // One transaction for the whole container: a bad message or a cancel keeps none of them.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        outcome.message = tr("Cannot write to the dossier: %1").arg(tx.error());
        return outcome;
    }
    QVector<qint64> imported;
    QVector<qint64> attachments;
    qint64 firstDuplicate = 0;
    int duplicates = 0;
    ImportContext context;
    context.path = shown;
    context.password = options.password;
    context.cancel = options.cancel;
    context.threads = options.threads;
    if (options.progress)
        context.progress = [&options](double f) {
            options.progress(0.1 + 0.85 * f);
        };
    context.deliver = [&](SourceDraft &draft) -> QString {
        draft.source.sha256 = ContentDigest::sha256Hex(draft.original);
        if (const qint64 existing = store.findBySha256(draft.source.sha256)) {
            if (!firstDuplicate)
                firstDuplicate = existing;
            ++duplicates;
            return QString();
        }
        const Result<qint64> inserted = store.insert(draft);
        if (!inserted)
            return inserted.error();
        imported.append(*inserted);
        collectAttachments(draft, attachments);
        if (imported.size() == 1)
            outcome.title = draft.source.title;
        outcome.warnings += draft.warnings;
        return QString();
    };
    SourceDraft unused;
    const Importer::ReadResult read = importer.read(bytes, context, unused);
    if (read.outcome == Importer::Outcome::Cancelled || (options.cancel && options.cancel->load())) {
        outcome.status = ImportOutcome::Status::Cancelled;
        outcome.message = tr("The import of %1 was cancelled; nothing of it was kept.").arg(shown);
        return outcome;
    }
    if (read.outcome != Importer::Outcome::Read) {
        outcome.status = ImportOutcome::Status::Failed;
        outcome.message = read.message;
        return outcome;
    }
    const Status committed = tx.commit();
    if (!committed.ok()) {
        outcome.status = ImportOutcome::Status::Failed;
        outcome.message = tr("Cannot store the sources of %1: %2").arg(shown, committed.error());
        return outcome;
    }
    if (options.progress)
        options.progress(1.0);
    if (imported.isEmpty()) {
        outcome.status = ImportOutcome::Status::Duplicate;
        outcome.sourceId = firstDuplicate;
        outcome.message = tr("Every message of %1 is already in the dossier.").arg(shown);
        return outcome;
    }
    outcome.status = ImportOutcome::Status::Imported;
    outcome.sourceId = imported.first();
    outcome.moreSourceIds = imported.mid(1) + attachments;
    if (duplicates > 0) {
        outcome.warnings.append(
            tr("%n message(s) of %1 were already in the dossier and were not imported again.", "", duplicates)
                .arg(shown));
    }
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
