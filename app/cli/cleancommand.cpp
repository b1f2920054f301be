// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleancommand.h"

#include "console.h"
#include "storage/dossier.h"
#include "storage/dossiercleaner.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Recoupe {

QString CleanCommand::summary() const
{
    return tr("Copy a dossier without database objects Recoupe did not write.");
}

QString CleanCommand::synopsis() const
{
    return QStringLiteral("DOSSIER -o COPY");
}

QString CleanCommand::description() const
{
    return tr("A dossier received from someone else may hold triggers, views, tables or indexes that "
              "Recoupe did not write, which could run their code inside your dossier: Recoupe refuses to "
              "open it. This command writes COPY, a new dossier with exactly Recoupe's own structure and "
              "every source, annotation, tag, claim, entity and relationship of DOSSIER, and lists what "
              "was left out. DOSSIER is only read.");
}

QVector<CliCommand::Argument> CleanCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file to clean (left untouched).")}};
}

QList<QCommandLineOption> CleanCommand::options() const
{
    return {
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
            tr("The cleaned copy to write; it must not exist."), QStringLiteral("COPY")),
    };
}

int CleanCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString path = positional.at(0);
    if (!parser.isSet(QStringLiteral("output")))
        return usageError(tr("clean needs the name of the copy to write (-o COPY)."));
    const QString target = parser.value(QStringLiteral("output"));
    if (!QFileInfo::exists(path)) {
        return userError(tr("%1 does not exist; create a dossier with “%2 new %1”.")
                             .arg(path, QCoreApplication::applicationName()));
    }
    const auto cleaned = DossierCleaner::cleanCopy(path, target);
    if (!cleaned)
        return userError(cleaned.error());
    // The copy must open as any dossier does (and is brought to the current format).
    const auto reopened = Dossier::open(target);
    if (!reopened)
        return userError(reopened.error());
    for (const SchemaDifference &difference : cleaned->differences)
        //: A line of the clean report; %1 names a database object, e.g. trigger “x” on annotations
        console().printLine(tr("left out: %1").arg(difference.describe()));
    console().printLine(
        tr("Wrote %1, a cleaned copy of %2 (%n row(s) copied).", "", int(cleaned->rows)).arg(target, path));
    return Success;
}

} // namespace Recoupe
