// SPDX-License-Identifier: GPL-3.0-or-later
#include "newcommand.h"

#include "console.h"
#include "storage/dossier.h"

#include <QFileInfo>

namespace Recoupe {

QString NewCommand::summary() const
{
    return tr("Create an empty dossier file.");
}

QString NewCommand::synopsis() const
{
    return QStringLiteral("DOSSIER");
}

QString NewCommand::description() const
{
    return tr("Creates DOSSIER, an empty Recoupe dossier (a single SQLite file, usually named "
              "*.recoupe). An existing file is never overwritten.");
}

QVector<CliCommand::Argument> NewCommand::arguments() const
{
    return { { QStringLiteral("DOSSIER"), tr("The dossier file to create.") } };
}

int NewCommand::run(const QCommandLineParser &, const QStringList &positional)
{
    const QString path = positional.at(0);
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
        return userError(tr("%1 already exists; %2 does not overwrite files.")
                             .arg(path, QCoreApplication::applicationName()));
    const auto dossier = Dossier::open(path, Dossier::OpenMode::Create);
    if (!dossier)
        return userError(dossier.error());
    console().printLine(tr("Created the dossier %1.").arg(path));
    return Success;
}

} // namespace Recoupe
