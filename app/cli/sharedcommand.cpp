// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedcommand.h"

#include "analysis/sharedpassagefinder.h"
#include "console.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Recoupe {

QString SharedCommand::summary() const
{
    return tr("List the passages sources share, verbatim or nearly.");
}

QString SharedCommand::synopsis() const
{
    return QStringLiteral("DOSSIER [SOURCE_A SOURCE_B] [--min-words N] [--json]");
}

QString SharedCommand::description() const
{
    return tr("Finds the passages two sources share: the same sentence, quote, date or figure, "
              "verbatim or lightly reworded (accents, case, punctuation and a few changed words do not "
              "count). With SOURCE_A and SOURCE_B, lists what those two share; without, lists each "
              "passage repeated across the dossier's sources and where each source has it. A passage "
              "is reported from 8 identical words, or 5 when they include a number (a date, an "
              "amount). Offsets are UTF-16 code units into each source's text, as “show” prints it.");
}

QVector<CliCommand::Argument> SharedCommand::arguments() const
{
    return {
        {QStringLiteral("DOSSIER"), tr("The dossier file.")},
        {QStringLiteral("SOURCE_A"), tr("A source's id, as “sources” lists it."), false, true},
        {QStringLiteral("SOURCE_B"), tr("The other source's id."), false, true},
    };
}

QList<QCommandLineOption> SharedCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("min-words"),
            tr("Report only passages of N identical words or more (by default 8, or 5 when they "
               "include a number)."),
            QStringLiteral("N")),
        jsonOption(),
    };
}

int SharedCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() == 2)
        return usageError(tr("Give two sources to compare, or none to compare them all."));
    SharedPassageFinder::Options options;
    if (parser.isSet(QStringLiteral("min-words"))) {
        const auto n = parseId(parser.value(QStringLiteral("min-words")));
        if (!n || *n > 10000)
            return usageError(tr("--min-words expects a number of words from 1, not “%1”.")
                                  .arg(parser.value(QStringLiteral("min-words"))));
        options.minWords = int(*n);
        options.minWordsWithFigure = int(*n);
    }
    qint64 first = 0, second = 0;
    if (positional.size() == 3) {
        const auto a = parseId(positional.at(1)), b = parseId(positional.at(2));
        if (!a || !b) {
            return usageError(tr("“%1” is not a source id; ids are whole numbers from 1.")
                                  .arg(a ? positional.at(2) : positional.at(1)));
        }
        if (*a == *b)
            return usageError(tr("Give two different sources."));
        first = *a;
        second = *b;
    }

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    QHash<qint64, QString> titles;
    SharedPassageFinder finder(options);
    if (first) {
        for (const qint64 id : {first, second}) {
            const Result<Source> source = liveSource(dossier, id);
            if (!source)
                return userError(source.error());
            titles.insert(id, source->title);
            finder.addText(id, dossier.sources().text(id));
        }
    } else {
        finder.addDossier(dossier);
        for (const Source &source : dossier.sources().list())
            titles.insert(source.id, source.title);
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    if (first) {
        const QVector<SharedPassage> passages = finder.passages(first, second);
        if (json) {
            QJsonArray list;
            for (const SharedPassage &p : passages) {
                list.append(QJsonObject {
                    {QStringLiteral("a"),
                        QJsonObject {{QStringLiteral("start"), p.startA}, {QStringLiteral("end"), p.endA}}},
                    {QStringLiteral("b"),
                        QJsonObject {{QStringLiteral("start"), p.startB}, {QStringLiteral("end"), p.endB}}},
                    {QStringLiteral("words"), p.words},
                    {QStringLiteral("similarity"), qRound(p.similarity * 100) / 100.0},
                    {QStringLiteral("text"), p.text},
                });
            }
            console().printJson(QJsonObject {{QStringLiteral("source_a"), first},
                {QStringLiteral("source_b"), second}, {QStringLiteral("passages"), list}});
            return Success;
        }
        console().printLine(tr("Sources %1 “%2” and %3 “%4” share %n passage(s).", "", int(passages.size()))
                                .arg(first)
                                .arg(titles.value(first))
                                .arg(second)
                                .arg(titles.value(second)));
        for (const SharedPassage &p : passages) {
            console().printLine(QString());
            //: One shared passage: its place in each source, identical words, share of identical words
            console().printLine(tr("%1–%2 in %3, %4–%5 in %6: %7 words, %8 % identical")
                                    .arg(p.startA)
                                    .arg(p.endA)
                                    .arg(first)
                                    .arg(p.startB)
                                    .arg(p.endB)
                                    .arg(second)
                                    .arg(p.words)
                                    .arg(qRound(p.similarity * 100)));
            console().printLine(QStringLiteral("  ") + p.text);
        }
        return Success;
    }

    const QVector<SharedPassage> pairs = finder.allPassages();
    const QVector<RepeatedPassage> repeated = SharedPassageFinder::group(pairs);
    if (json) {
        QJsonArray list;
        for (const RepeatedPassage &r : repeated) {
            QJsonArray places;
            for (const RepeatedPassage::Place &place : r.places) {
                places.append(QJsonObject {{QStringLiteral("source"), place.sourceId},
                    {QStringLiteral("title"), titles.value(place.sourceId)},
                    {QStringLiteral("start"), place.start}, {QStringLiteral("end"), place.end}});
            }
            QJsonArray pairList;
            for (const int i : r.pairs) {
                const SharedPassage &p = pairs.at(i);
                pairList.append(QJsonObject {{QStringLiteral("source_a"), p.sourceA},
                    {QStringLiteral("start_a"), p.startA}, {QStringLiteral("end_a"), p.endA},
                    {QStringLiteral("source_b"), p.sourceB}, {QStringLiteral("start_b"), p.startB},
                    {QStringLiteral("end_b"), p.endB}, {QStringLiteral("words"), p.words},
                    {QStringLiteral("similarity"), qRound(p.similarity * 100) / 100.0},
                    {QStringLiteral("text"), p.text}});
            }
            list.append(QJsonObject {{QStringLiteral("text"), r.text}, {QStringLiteral("words"), r.words},
                {QStringLiteral("places"), places}, {QStringLiteral("pairs"), pairList}});
        }
        console().printJson(QJsonObject {{QStringLiteral("passages"), list}});
        return Success;
    }
    console().printLine(tr("%n passage(s) repeated across sources.", "", int(repeated.size())));
    for (const RepeatedPassage &r : repeated) {
        console().printLine(QString());
        console().printLine(tr("%n source(s), %1 words: %2", "", r.sourceCount()).arg(r.words).arg(r.text));
        for (const RepeatedPassage::Place &place : r.places) {
            //: A place where a shared passage appears: source id, title, offsets in its text
            console().printLine(tr("  %1 “%2”, %3–%4")
                                    .arg(place.sourceId)
                                    .arg(titles.value(place.sourceId))
                                    .arg(place.start)
                                    .arg(place.end));
        }
    }
    return Success;
}

} // namespace Recoupe
