// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the dossiers the UI tests read: the five seed articles (RECOUPE_SEEDS) imported with
// the real importer, or many small generated sources.
#pragma once

#include "import/sourceimporter.h"
#include "storage/database.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QVector>

#include <memory>

namespace Recoupe {

class SeedDossier
{
public:
    // Creates `path` with the seed articles in file-name order; returns their source ids.
    static QVector<qint64> create(const QString &path, QString *error)
    {
        auto opened = Dossier::open(path, Dossier::OpenMode::Create);
        if (!opened) {
            *error = opened.error();
            return {};
        }
        std::unique_ptr<Dossier> dossier = std::move(opened).value();
        SourceImporter importer(dossier->database());
        QVector<qint64> ids;
        const QDir seeds(QStringLiteral(RECOUPE_SEEDS));
        for (const QString &name : seeds.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
            const ImportOutcome outcome = importer.importFile(seeds.filePath(name));
            if (outcome.status != ImportOutcome::Status::Imported) {
                *error = outcome.message;
                return {};
            }
            ids.append(outcome.sourceId);
        }
        if (ids.size() != 5)
            *error = QStringLiteral("expected the five seed articles in %1").arg(seeds.path());
        return ids;
    }

    // The seed file's text, to compute expectations independently of the app.
    static QString seedText(int index)
    {
        const QDir seeds(QStringLiteral(RECOUPE_SEEDS));
        const QStringList names = seeds.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        QFile file(seeds.filePath(names.value(index)));
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromUtf8(file.readAll());
    }

    // Adds `count` small text sources in one transaction (for lazy-loading tests and benchmarks).
    static bool addGenerated(Dossier &dossier, int count, int firstNumber = 1)
    {
        Transaction tx(dossier.database());
        for (int i = 0; i < count; ++i) {
            const int n = firstNumber + i;
            SourceDraft draft;
            draft.source.title = QStringLiteral("Source %1").arg(n, 5, 10, QLatin1Char('0'));
            draft.source.kind = SourceKind::Text;
            draft.source.publisher = QStringLiteral("Publisher %1").arg(n % 17);
            draft.source.published
                = QStringLiteral("20%1-0%2-1%3").arg(10 + n % 10).arg(1 + n % 9).arg(n % 10);
            draft.text
                = QStringLiteral("Paragraph one of source %1.\n\nParagraph two, with the number %1 again.")
                      .arg(n);
            draft.original = draft.text.toUtf8();
            if (!dossier.sources().insert(draft))
                return false;
        }
        return tx.commit().ok();
    }
};

} // namespace Recoupe
