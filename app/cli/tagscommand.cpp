// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagscommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/dossier.h"
#include "storage/tagstore.h"

#include <QCommandLineParser>
#include <QHash>

namespace Recoupe {

QString TagsCommand::summary() const
{
    return tr("Print the codebook: tags as a tree, with colors and use counts.");
}

QString TagsCommand::synopsis() const
{
    return QStringLiteral("DOSSIER [--json]");
}

QString TagsCommand::description() const
{
    return tr("Prints the codebook of DOSSIER as a tree: each tag with its color and the number of "
              "annotations that carry it. With --json, a flat list, parents before children, with each "
              "tag's path (“Level/Sub/Leaf”, as --tag takes it) and parent id.");
}

QVector<CliCommand::Argument> TagsCommand::arguments() const
{
    return {{QStringLiteral("DOSSIER"), tr("The dossier file.")}};
}

QList<QCommandLineOption> TagsCommand::options() const
{
    return {jsonOption()};
}

int TagsCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;

    if (parser.isSet(QStringLiteral("json"))) {
        console().printJson(DossierJson(dossier).tags());
        return Success;
    }
    const QVector<Tag> tags = dossier.tags().all();
    if (tags.isEmpty()) {
        console().printLine(tr("The codebook is empty."));
        return Success;
    }
    QHash<qint64, int> depth;
    for (const Tag &tag : tags) {
        const int level = tag.parentId ? depth.value(tag.parentId) + 1 : 0;
        depth.insert(tag.id, level);
        //: A codebook line: %1 tag name, %2 its color, %n annotations carrying it, %3 its id
        console().printLine(QString(level * 2, QLatin1Char(' '))
            + tr("%1  %2  %n use(s)  (id %3)", "", tag.useCount).arg(tag.name, tag.color.name()).arg(tag.id));
    }
    return Success;
}

} // namespace Recoupe
