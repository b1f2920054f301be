// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "schema.h"

#include <QCoreApplication>
#include <QVector>

namespace Recoupe {

// Makes a clean copy of a dossier that holds database objects Recoupe did not write (a trigger,
// a view, a table or an index planted by whoever sent the file, or one of ours changed): a new
// file with exactly the schema this version writes at the file's format, and every row of
// Recoupe's own tables copied over. The full-text indexes are rebuilt by our own triggers as
// the rows go in. The original is only read, with its schema distrusted, and never changed.
class DossierCleaner
{
    Q_DECLARE_TR_FUNCTIONS(DossierCleaner)

public:
    struct Report
    {
        QVector<SchemaDifference> differences; // what the original held that the copy does not
        qint64 rows = 0; // rows copied
    };

    // What `path` holds besides Recoupe's schema, without trusting or changing it. An error when
    // it cannot be read or is not a dossier.
    static Result<QVector<SchemaDifference>> inspect(const QString &path);

    // Writes the clean copy of `path` to `target`, which must not exist. On failure nothing is
    // left at `target`.
    static Result<Report> cleanCopy(const QString &path, const QString &target);

    // A free name for the copy next to `path`: "case.cleaned.recoupe", "case.cleaned-2.recoupe"…
    static QString suggestedCopyPath(const QString &path);
};

} // namespace Recoupe
