// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier.h"

#include "commands/sourcecommands.h"
#include "database.h"
#include "schema.h"
#include "sourcestore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace Recoupe {

Dossier::Dossier(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_sources(std::make_unique<SourceStore>(*m_db))
    , m_undoStack(new QUndoStack(this))
{
}

Dossier::~Dossier()
{
    // Commands refer to the stores: drop them first.
    delete m_undoStack;
    m_undoStack = nullptr;
}

Result<std::unique_ptr<Dossier>> Dossier::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode == OpenMode::Create && info.exists() && info.size() > 0)
        return Error{tr("%1 already exists; open it instead of creating it.").arg(path)};
    if (mode == OpenMode::OpenExisting && info.exists() && info.isFile() && info.size() == 0)
        return Error{tr("%1 is an empty file, not a Recoupe dossier.").arg(path)};

    auto opened = Database::open(path, mode == OpenMode::Create ? Database::Mode::CreateIfMissing
                                                                : Database::Mode::OpenExisting);
    if (!opened)
        return Error{opened.error()};
    std::unique_ptr<Database> db = std::move(opened).value();

    // Everything that can refuse the file happens before anything is written to it.
    const Result<int> fileVersion = Schema::inspect(*db);
    if (!fileVersion)
        return Error{fileVersion.error()};

    QString backupPath;
    if (*fileVersion > 0 && *fileVersion < Schema::CurrentVersion) {
        backupPath = QStringLiteral("%1.v%2-%3.bak")
                         .arg(path)
                         .arg(*fileVersion)
                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
        const Status copied = db->backupTo(backupPath);
        if (!copied.ok())
            return Error{tr("%1 was not updated: %2").arg(path, copied.error())};
    }

    const Status configured = Schema::configureConnection(*db);
    if (!configured.ok())
        return Error{configured.error()};
    const Status migrated = Schema::migrate(*db);
    if (!migrated.ok())
        return Error{migrated.error()};

    std::unique_ptr<Dossier> dossier(new Dossier(std::move(db)));
    dossier->m_backupPath = backupPath;
    return dossier;
}

QString Dossier::path() const
{
    return m_db->path();
}

Database &Dossier::database() const
{
    return *m_db;
}

SourceStore &Dossier::sources() const
{
    return *m_sources;
}

QUndoStack *Dossier::undoStack() const
{
    return m_undoStack;
}

Status Dossier::push(QUndoCommand *command)
{
    m_commandError.clear();
    m_undoStack->push(command);
    if (!m_commandError.isEmpty())
        return Error{m_commandError};
    return {};
}

void Dossier::recordImport(const QVector<qint64> &sourceIds)
{
    if (!sourceIds.isEmpty())
        push(new ImportSourcesCommand(this, sourceIds));
}

Status Dossier::removeSource(qint64 id)
{
    const auto source = m_sources->get(id);
    if (!source)
        return Error{tr("There is no source %1 in this dossier.").arg(id)};
    return push(new RemoveSourceCommand(this, id, source->title));
}

Status Dossier::updateSource(const Source &source)
{
    const auto before = m_sources->get(source.id);
    if (!before)
        return Error{tr("There is no source %1 in this dossier.").arg(source.id)};
    return push(new EditSourceCommand(this, *before, source));
}

QString Dossier::meta(const char *key, const QString &fallback) const
{
    Statement &stmt = m_db->cached("SELECT value FROM dossier_meta WHERE key = ?1");
    stmt.bind(1, QString::fromLatin1(key));
    return stmt.next() ? stmt.text(0) : fallback;
}

QString Dossier::language() const
{
    return meta("language", QStringLiteral("fr"));
}

Status Dossier::setLanguage(const QString &language)
{
    Statement &stmt = m_db->cached("INSERT OR REPLACE INTO dossier_meta(key, value) VALUES ('language', ?1)");
    stmt.bind(1, language);
    if (!stmt.exec())
        return Error{tr("Cannot change the dossier language: %1").arg(m_db->lastError())};
    return {};
}

void Dossier::announceSourcesAdded(const QVector<qint64> &ids)
{
    Q_EMIT sourcesAdded(ids);
}

void Dossier::announceSourcesRemoved(const QVector<qint64> &ids)
{
    Q_EMIT sourcesRemoved(ids);
}

void Dossier::announceSourceChanged(qint64 id)
{
    Q_EMIT sourceChanged(id);
}

} // namespace Recoupe
