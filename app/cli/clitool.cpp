// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitool.h"

#include "annotatecommand.h"
#include "annotationscommand.h"
#include "checkcommand.h"
#include "claimcommand.h"
#include "claimscommand.h"
#include "cleancommand.h"
#include "entitiescommand.h"
#include "entitycommand.h"
#include "exportcommand.h"
#include "historycommand.h"
#include "importannotationscommand.h"
#include "importcommand.h"
#include "ocrcommand.h"
#include "newcommand.h"
#include "relatecommand.h"
#include "relationshipscommand.h"
#include "replacecommand.h"
#include "revolvingdoorcommand.h"
#include "searchcommand.h"
#include "sharedcommand.h"
#include "showcommand.h"
#include "sourcescommand.h"
#include "tagscommand.h"

#include <algorithm>

namespace Recoupe {

CliTool::CliTool()
{
    // In the order the help lists them: the order of a first session.
    m_commands.push_back(std::make_unique<NewCommand>(m_console));
    m_commands.push_back(std::make_unique<ImportCommand>(m_console));
    m_commands.push_back(std::make_unique<OcrCommand>(m_console));
    m_commands.push_back(std::make_unique<SourcesCommand>(m_console));
    m_commands.push_back(std::make_unique<ShowCommand>(m_console));
    m_commands.push_back(std::make_unique<ReplaceCommand>(m_console));
    m_commands.push_back(std::make_unique<HistoryCommand>(m_console));
    m_commands.push_back(std::make_unique<SearchCommand>(m_console));
    m_commands.push_back(std::make_unique<AnnotateCommand>(m_console));
    m_commands.push_back(std::make_unique<AnnotationsCommand>(m_console));
    m_commands.push_back(std::make_unique<TagsCommand>(m_console));
    m_commands.push_back(std::make_unique<EntitiesCommand>(m_console));
    m_commands.push_back(std::make_unique<EntityCommand>(m_console));
    m_commands.push_back(std::make_unique<RelateCommand>(m_console));
    m_commands.push_back(std::make_unique<RelationshipsCommand>(m_console));
    m_commands.push_back(std::make_unique<ClaimCommand>(m_console));
    m_commands.push_back(std::make_unique<ClaimsCommand>(m_console));
    m_commands.push_back(std::make_unique<RevolvingDoorCommand>(m_console));
    m_commands.push_back(std::make_unique<SharedCommand>(m_console));
    m_commands.push_back(std::make_unique<ExportCommand>(m_console));
    m_commands.push_back(std::make_unique<ImportAnnotationsCommand>(m_console));
    m_commands.push_back(std::make_unique<CheckCommand>(m_console));
    m_commands.push_back(std::make_unique<CleanCommand>(m_console));
}

CliTool::~CliTool() = default;

bool CliTool::needsGuiApplication(const QStringList &arguments) const
{
    if (arguments.size() < 2)
        return false;
    const CliCommand *target = command(arguments.at(1));
    return target && target->needsGuiApplication(arguments.mid(2));
}

CliCommand *CliTool::command(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliTool::usageLine() const
{
    //: %1 is the program name; COMMAND and ARGUMENTS are placeholders the user replaces
    return tr("Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]").arg(QCoreApplication::applicationName());
}

QString CliTool::helpText() const
{
    const QString tool = QCoreApplication::applicationName();
    QString help = usageLine() + QLatin1String("\n\n")
        + tr("Recoupe's command-line tool: create a dossier, import sources, list, read and search "
             "them, annotate passages by quote, mark the people and institutions they name, link them "
             "with dated relationships, state claims citing passages, export the evidence pack or the "
             "graph, and check the dossier. Nothing is ever fetched from the network.")
        + QLatin1String("\n\n") + tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, int(command->name().size()));
    for (const auto &command : m_commands)
        help += QLatin1String("  ") + command->name().leftJustified(width + 2) + command->summary()
            + QLatin1Char('\n');
    help += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    help += QLatin1String("  -h, --help     ") + tr("Show this help and exit.") + QLatin1Char('\n');
    help += QLatin1String("  --version      ") + tr("Print the version and exit.") + QLatin1Char('\n');
    help += QLatin1Char('\n')
        //: %1 is the program name
        + tr("Run “%1 COMMAND --help” for a command's arguments and options. Exit status: 0 done, 1 an "
             "error in the files or the dossier (one line on stderr), 2 a mistake in the command line.")
              .arg(tool)
        + QLatin1Char('\n');
    return help;
}

int CliTool::usageError(const QString &message)
{
    m_console.error(message);
    m_console.errorLine(usageLine());
    //: %1 is the program name
    m_console.errorLine(
        tr("Run “%1 --help” for the list of commands.").arg(QCoreApplication::applicationName()));
    return CliCommand::UsageError;
}

int CliTool::run(const QStringList &arguments)
{
    const QStringList words = arguments.mid(1);
    if (words.isEmpty())
        return usageError(tr("Give a command."));
    const QString &first = words.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (words.size() > 1 && first == QLatin1String("help")) {
            if (CliCommand *target = command(words.at(1))) {
                m_console.print(target->helpText());
                return CliCommand::Success;
            }
            return usageError(tr("There is no command “%1”.").arg(words.at(1)));
        }
        m_console.print(helpText());
        return CliCommand::Success;
    }
    if (first == QLatin1String("--version")) {
        m_console.printLine(
            QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        return CliCommand::Success;
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(tr("Unknown option “%1”; options go after the command.").arg(first));
    CliCommand *target = command(first);
    if (!target)
        return usageError(tr("There is no command “%1”.").arg(first));
    return target->execute(words.mid(1));
}

} // namespace Recoupe
