// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"
#include "result.h"

#include <QObject>
#include <QVector>

#include <memory>

class QUndoCommand;
class QUndoStack;

namespace Recoupe {

class Database;
class SourceStore;

// The one door to a dossier file. Views and tools read through the stores and ask for changes
// through the intents below; each intent builds an undoable command, applies it in one
// transaction and announces the change with a precise signal.
class Dossier : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode { OpenExisting, Create };

    // Opens (or creates) a dossier file. An older format is backed up next to the file, then
    // migrated; a newer format or a file that is not a dossier is refused and left untouched.
    static Result<std::unique_ptr<Dossier>> open(const QString &path, OpenMode mode = OpenMode::OpenExisting);
    ~Dossier() override;

    QString path() const;
    // Where the last migration's backup went (empty when none was needed).
    QString backupPath() const { return m_backupPath; }

    Database &database() const;
    SourceStore &sources() const;
    QUndoStack *undoStack() const;

    // Records sources a worker just imported, as one undoable step ("Import 3 sources").
    void recordImport(const QVector<qint64> &sourceIds);
    Status removeSource(qint64 id);
    Status updateSource(const Source &source);

    // Fields of dossier_meta: the dossier language ("fr" by default) and title.
    QString language() const;
    Status setLanguage(const QString &language);

    // Called by commands: report outcome and announce changes.
    void setCommandError(const QString &error) { m_commandError = error; }
    void announceSourcesAdded(const QVector<qint64> &ids);
    void announceSourcesRemoved(const QVector<qint64> &ids);
    void announceSourceChanged(qint64 id);

Q_SIGNALS:
    void sourcesAdded(const QVector<qint64> &ids);
    void sourcesRemoved(const QVector<qint64> &ids);
    void sourceChanged(qint64 id);

private:
    Dossier(std::unique_ptr<Database> db, QObject *parent = nullptr);
    // Pushes a command and returns the error it reported, if any.
    Status push(QUndoCommand *command);
    QString meta(const char *key, const QString &fallback) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<SourceStore> m_sources;
    QUndoStack *m_undoStack = nullptr;
    QString m_backupPath;
    QString m_commandError;
};

} // namespace Recoupe
