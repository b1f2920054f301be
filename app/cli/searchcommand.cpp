// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "console.h"
#include "dossierjson.h"
#include "search/searcher.h"
#include "storage/dossier.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Recoupe {

namespace {

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 10000;

QString kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::SourceText:
        return QStringLiteral("text");
    case SearchHit::Kind::AnnotationNote:
        return QStringLiteral("annotation");
    case SearchHit::Kind::Claim:
        return QStringLiteral("claim");
    }
    return QString();
}

QJsonObject hitJson(const SearchHit &hit)
{
    QJsonObject object {
        { QStringLiteral("kind"), kindName(hit.kind) },
        { QStringLiteral("source"), DossierJson::optionalId(hit.sourceId) },
        { QStringLiteral("title"), hit.sourceTitle },
        { QStringLiteral("offset"), hit.offset },
        { QStringLiteral("length"), hit.length },
        { QStringLiteral("page"), DossierJson::pageNumber(hit.page) },
        { QStringLiteral("snippet"), hit.snippet },
        { QStringLiteral("score"), hit.score },
    };
    if (hit.kind == SearchHit::Kind::AnnotationNote) {
        object.insert(QStringLiteral("annotation"), hit.ownerId);
        object.insert(QStringLiteral("anchor_start"), hit.anchorStart);
        object.insert(QStringLiteral("anchor_end"), hit.anchorEnd);
    } else if (hit.kind == SearchHit::Kind::Claim) {
        object.insert(QStringLiteral("claim"), hit.ownerId);
    }
    return object;
}

} // namespace

QString SearchCommand::summary() const
{
    return tr("Search the texts, notes and claims of a dossier.");
}

QString SearchCommand::synopsis() const
{
    return QStringLiteral("DOSSIER QUERY... [--limit N] [--json]");
}

QString SearchCommand::description() const
{
    return tr("Searches the sources' texts, the annotations' notes and the claims of DOSSIER, ignoring "
              "case and accents (“deontologie” finds “déontologie”), and prints the best matches first. "
              "Words side by side must all occur in the same passage; use quotes for a phrase, OR between "
              "alternatives, NOT before a word to leave out, and * after a word's beginning. Text hits "
              "give the offset of the first match in the source's text, as “show” prints it. The exit "
              "status is 1 when nothing matches.");
}

QVector<CliCommand::Argument> SearchCommand::arguments() const
{
    return {
        { QStringLiteral("DOSSIER"), tr("The dossier file.") },
        { QStringLiteral("QUERY"), tr("Words to find; several arguments are joined by spaces."), true },
    };
}

QList<QCommandLineOption> SearchCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("limit"),
            tr("Print at most N matches (%1 by default).").arg(DefaultLimit), QStringLiteral("N")),
        jsonOption(),
    };
}

int SearchCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    int limit = DefaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        const auto value = parseId(parser.value(QStringLiteral("limit")));
        if (!value || *value > MaxLimit) {
            return usageError(tr("--limit expects a number of matches from 1 to %1, not “%2”.")
                                  .arg(MaxLimit)
                                  .arg(parser.value(QStringLiteral("limit"))));
        }
        limit = int(*value);
    }
    const QString query = positional.mid(1).join(QLatin1Char(' '));

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;

    SearchOptions options;
    options.mode = SearchOptions::Mode::Ranked;
    options.limit = limit;
    Searcher searcher(dossier.database());
    const Result<SearchResults> results = searcher.search(query, options);
    if (!results)
        return userError(results.error());
    if (results->outcome != SearchOutcome::Searched) {
        return userError(
            results->message.isEmpty() ? tr("“%1” has nothing to search for.").arg(query) : results->message);
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    if (json) {
        QJsonArray array;
        for (const SearchHit &hit : results->hits)
            array.append(hitJson(hit));
        console().printJson(array);
    } else {
        for (const SearchHit &hit : results->hits) {
            QString place;
            switch (hit.kind) {
            case SearchHit::Kind::SourceText:
                place = hit.page >= 0
                    //: A search hit: %1 source id, %2 title, %3 offset in the text, %4 page
                    ? tr("source %1 “%2”, offset %3, page %4")
                          .arg(hit.sourceId)
                          .arg(hit.sourceTitle)
                          .arg(hit.offset)
                          .arg(hit.page + 1)
                    //: A search hit: %1 source id, %2 title, %3 offset in the text
                    : tr("source %1 “%2”, offset %3").arg(hit.sourceId).arg(hit.sourceTitle).arg(hit.offset);
                break;
            case SearchHit::Kind::AnnotationNote:
                //: A search hit in a note: %1 annotation id, %2 source id, %3 source title
                place = tr("note of annotation %1 on source %2 “%3”")
                            .arg(hit.ownerId)
                            .arg(hit.sourceId)
                            .arg(hit.sourceTitle);
                break;
            case SearchHit::Kind::Claim:
                //: A search hit in a claim: %1 claim id
                place = tr("claim %1").arg(hit.ownerId);
                break;
            }
            console().printLine(place);
            console().printLine(QLatin1String("    ") + hit.snippet.simplified());
        }
    }
    if (results->hits.isEmpty()) {
        return userError(tr("Nothing in %1 matches “%2”.").arg(dossier.path(), query));
    }
    return Success;
}

} // namespace Recoupe
