// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "console.h"
#include "storage/annotationstore.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/dossiercleaner.h"
#include "storage/entitystore.h"
#include "storage/sourcestore.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>

namespace Recoupe {

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("CliCommand", "Show this help and exit."));
}

// "--limit N" or "-o, --output FILE" for the option table.
QString optionLabel(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(QLatin1String(name.size() == 1 ? "-" : "--") + name);
    QString label = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty())
        label += QLatin1Char(' ') + option.valueName();
    return label;
}

void appendTable(QString &help, const QVector<QPair<QString, QString>> &rows)
{
    int width = 0;
    for (const auto &row : rows)
        width = std::max(width, int(row.first.size()));
    for (const auto &row : rows) {
        help += QLatin1String("  ") + row.first.leftJustified(width + 2) + row.second + QLatin1Char('\n');
    }
}

} // namespace

CliCommand::CliCommand(Console &console)
    : m_console(console)
{ }

CliCommand::~CliCommand() = default;

QString CliCommand::usageLine() const
{
    //: %1 is the program name, %2 a command and %3 its arguments, e.g. "DOSSIER [--json]"
    return tr("Usage: %1 %2 %3").arg(QCoreApplication::applicationName(), name(), synopsis());
}

QString CliCommand::helpText() const
{
    QString help = usageLine() + QLatin1String("\n\n") + description().trimmed() + QLatin1String("\n");
    const QVector<Argument> args = arguments();
    if (!args.isEmpty()) {
        help += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n');
        QVector<QPair<QString, QString>> rows;
        for (const Argument &arg : args)
            rows.append({ arg.repeated ? arg.name + QLatin1String("...") : arg.name, arg.description });
        appendTable(help, rows);
    }
    help += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    QVector<QPair<QString, QString>> rows;
    QList<QCommandLineOption> all = options();
    all.append(helpOption());
    for (const QCommandLineOption &option : all)
        rows.append({ optionLabel(option), option.description() });
    appendTable(help, rows);
    return help;
}

int CliCommand::execute(const QStringList &words)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(helpOption());
    parser.addOptions(options());
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList { QCoreApplication::applicationName() } + words))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        console().print(helpText());
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    const QVector<Argument> args = arguments();
    int required = 0;
    bool unlimited = false;
    for (const Argument &arg : args) {
        if (!arg.optional)
            ++required;
        unlimited = unlimited || arg.repeated;
    }
    if (positional.size() < required) {
        int seen = 0;
        QString missing;
        for (const Argument &arg : args) {
            if (arg.optional)
                continue;
            if (seen++ == positional.size()) {
                missing = arg.name;
                break;
            }
        }
        return usageError(tr("%1 needs the argument %2.").arg(name(), missing));
    }
    if (!unlimited && positional.size() > args.size()) {
        return usageError(tr("%1 takes %n argument(s); “%2” is one too many.", "", int(args.size()))
                              .arg(name(), positional.at(args.size())));
    }
    return run(parser, positional);
}

int CliCommand::usageError(const QString &message) const
{
    m_console.error(message);
    m_console.errorLine(usageLine());
    //: %1 is the program name, %2 a command
    m_console.errorLine(
        tr("Run “%1 %2 --help” for details.").arg(QCoreApplication::applicationName(), name()));
    return UsageError;
}

int CliCommand::userError(const QString &message) const
{
    m_console.error(message);
    return UserError;
}

Result<std::unique_ptr<Dossier>> CliCommand::openDossier(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error { tr("%1 does not exist; create a dossier with “%2 new %1”.")
                           .arg(path, QCoreApplication::applicationName()) };
    }
    auto opened = Dossier::open(path, Dossier::OpenMode::OpenExisting);
    if (!opened) {
        // A dossier refused for objects someone planted in it: say how to get at its content.
        const auto planted = DossierCleaner::inspect(path);
        if (planted && !planted->isEmpty()) {
            //: %1 says why the dossier was refused; %2 is the program name, %3 the dossier
            return Error {tr("%1 To work on it, make a cleaned copy: “%2 clean %3 -o COPY”.")
                              .arg(opened.error(), QCoreApplication::applicationName(), path)};
        }
    }
    return opened;
}

Result<Source> CliCommand::liveSource(Dossier &dossier, qint64 id)
{
    Statement &stmt = dossier.database().cached("SELECT removed FROM sources WHERE id = ?1");
    stmt.bind(1, id);
    const bool exists = stmt.next();
    const bool removed = exists && stmt.int32(0) != 0;
    stmt.reset();
    const auto source = exists && !removed ? dossier.sources().get(id) : std::nullopt;
    if (!source) {
        if (removed)
            return Error { tr("Source %1 was removed from %2.").arg(id).arg(dossier.path()) };
        return Error { tr("There is no source %1 in %2.").arg(id).arg(dossier.path()) };
    }
    return *source;
}

Result<Entity> CliCommand::existingEntity(Dossier &dossier, qint64 id)
{
    auto entity = dossier.entities().get(id);
    if (!entity)
        return Error {tr("There is no entity %1 in %2.").arg(id).arg(dossier.path())};
    return *entity;
}

Result<Annotation> CliCommand::existingAnnotation(Dossier &dossier, qint64 id)
{
    auto annotation = dossier.annotations().get(id);
    if (!annotation)
        return Error {tr("There is no annotation %1 in %2.").arg(id).arg(dossier.path())};
    return *annotation;
}

std::optional<QVector<qint64>> CliCommand::idValues(
    const QCommandLineParser &parser, const QString &option, QString *bad)
{
    QVector<qint64> ids;
    const QStringList values = parser.values(option);
    for (const QString &value : values) {
        const auto id = parseId(value);
        if (!id) {
            *bad = value;
            return std::nullopt;
        }
        if (!ids.contains(*id))
            ids.append(*id);
    }
    return ids;
}

std::optional<qint64> CliCommand::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<qint64> CliCommand::parseCount(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

QCommandLineOption CliCommand::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON (see docs/cli.md)."));
}

} // namespace Recoupe
