// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/entity.h"
#include "model/source.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace Recoupe {

class Console;
class Dossier;

// One recoupe-cli command ("import", "search"…): what it accepts, its help, and what it does.
// execute() parses the words after the command name and turns every outcome into the tool's
// exit codes: 0 done, 1 a user error (one line on stderr), 2 a usage error (with a usage line).
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)

public:
    enum ExitCode
    {
        Success = 0,
        UserError = 1,
        UsageError = 2
    };

    // A positional argument, for the help and the "missing argument" message.
    struct Argument
    {
        QString name; // "DOSSIER", "FILE|FOLDER"
        QString description;
        bool repeated = false; // takes one or more values; only the last argument
        bool optional = false;
    };

    explicit CliCommand(Console &console);
    virtual ~CliCommand();
    CliCommand(const CliCommand &) = delete;
    CliCommand &operator=(const CliCommand &) = delete;

    virtual QString name() const = 0;
    // One translated line for the tool's list of commands.
    virtual QString summary() const = 0;
    // What follows the command name in the usage line, e.g. "DOSSIER QUERY [--limit N] [--json]".
    virtual QString synopsis() const = 0;
    // A few translated sentences for the command's --help.
    virtual QString description() const = 0;
    virtual QVector<Argument> arguments() const = 0;
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Whether running with `words` needs fonts, hence a QGuiApplication (a PDF export does). Asked
    // before any application object exists.
    virtual bool needsGuiApplication(const QStringList &words) const
    {
        Q_UNUSED(words)
        return false;
    }

    // Parses `words` (everything after the command name) and runs the command.
    int execute(const QStringList &words);

    QString usageLine() const;
    QString helpText() const;

protected:
    // Runs the command once its options and positional arguments were read.
    virtual int run(const QCommandLineParser &parser, const QStringList &positional) = 0;

    Console &console() const { return m_console; }

    // Prints `message` and the usage line on stderr; returns UsageError.
    int usageError(const QString &message) const;
    // Prints `message` as one line on stderr; returns UserError.
    int userError(const QString &message) const;

    // Opens an existing dossier. Errors name the file.
    Result<std::unique_ptr<Dossier>> openDossier(const QString &path) const;

    // The live (not removed) source `id` of `dossier`; the error names the id and the file.
    static Result<Source> liveSource(Dossier &dossier, qint64 id);

    // The entity `id` of `dossier`; the error names the id and the file.
    static Result<Entity> existingEntity(Dossier &dossier, qint64 id);
    // The annotation `id` of `dossier`; the error names the id and the file.
    static Result<Annotation> existingAnnotation(Dossier &dossier, qint64 id);

    // Reads a positive id ("12"); std::nullopt when `text` is not one.
    static std::optional<qint64> parseId(const QString &text);
    // Reads a non-negative whole number; std::nullopt when `text` is not one.
    static std::optional<qint64> parseCount(const QString &text);

    // The ids given to a repeated option (--evidence 3 --evidence 5), in order, without repeats.
    // On a value that is not an id, returns std::nullopt and sets `bad` to it.
    static std::optional<QVector<qint64>> idValues(
        const QCommandLineParser &parser, const QString &option, QString *bad);

    // The shared options.
    static QCommandLineOption jsonOption();

private:
    Console &m_console;
};

} // namespace Recoupe
