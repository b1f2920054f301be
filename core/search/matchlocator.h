// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace Recoupe {

class Database;

// Where a full-text query matched inside one row, for the reader to jump to and highlight.
//
// FTS5 knows which tokens matched (by token number) but not where they are in the text, so
// this registers an FTS5 auxiliary function on a connection:
//
//     recoupe_matches(<fts table>, max)
//
// which re-tokenizes the row's first column with the table's own tokenizer, up to the last
// matched token, and returns the first `max` matches (all when max <= 0) in text order, as a
// blob that decode() reads. Matches contained in an earlier one (the word "commission" inside
// the phrase "commission de déontologie") are dropped.
class MatchLocator
{
    Q_DECLARE_TR_FUNCTIONS(MatchLocator)

public:
    struct Match
    {
        qint32 byteStart = 0; // in the UTF-8 text of the row
        qint32 byteLength = 0;
        qint32 start = 0; // the same, in UTF-16 code units (QString indices) of the row's text
        qint32 length = 0;
    };

    static constexpr const char *FunctionName = "recoupe_matches";

    // Registers the function on this connection unless it is there already. Needs the dossier's
    // text_index table to check that. `interrupted` tells a failure caused by an interrupt.
    static Status ensureRegistered(Database &db, bool *interrupted = nullptr);

    static QVector<Match> decode(const QByteArray &blob);

    // The number of UTF-16 code units that the first `bytes` bytes of valid UTF-8 make.
    static qsizetype utf16Length(const char *utf8, qsizetype bytes);
};

} // namespace Recoupe
