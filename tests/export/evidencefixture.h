// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/dossier.h"

#include <QColor>
#include <QString>
#include <QVector>

#include <memory>

namespace Recoupe {

// A dossier built the way a user builds one: sources imported with the importers, passages
// highlighted, tagged and noted, claims, entities and relationships made, all through the
// Dossier's intents. Passages in the seed articles are picked by position at run time (the
// seeds' text is never copied into the repository).
class EvidenceFixture
{
public:
    explicit EvidenceFixture(const QString &dossierPath);
    bool isValid() const { return m_dossier != nullptr; }
    QString error() const { return m_error; }
    Dossier &dossier() { return *m_dossier; }

    // Imports a file with SourceImporter; 0 on failure (see error()).
    qint64 import(const QString &path);
    // Writes `bytes` to `dir/name` and imports that file.
    qint64 import(const QString &dir, const QString &name, const QByteArray &bytes);
    // The five seed articles, in order.
    QVector<qint64> importSeeds();

    // Highlights [start, end) of a source with a note and tags (codebook paths, made when missing).
    qint64 annotate(qint64 sourceId, qint64 start, qint64 end, const QString &note = QString(),
        const QStringList &tagPaths = {});
    // The same for the `occurrence`-th instance of a quote.
    qint64 annotateQuote(qint64 sourceId, const QString &quote, const QString &note = QString(),
        const QStringList &tagPaths = {}, int occurrence = 1);
    // `words` words of paragraph `paragraph` (0-based, blank-line separated) from word `from`,
    // optionally starting `skipChars` characters into the first word: [start, end).
    std::pair<qint64, qint64> passage(qint64 sourceId, int paragraph, int from, int words, int skipChars = 0);

    qint64 tag(const QString &path, const QColor &color);
    qint64 entity(const QString &type, const QString &name);
    qint64 claim(const QString &text, const QVector<qint64> &evidence, qint64 speaker = 0);
    qint64 relationship(qint64 from, qint64 to, const QString &type, const QVector<qint64> &evidence);

private:
    std::unique_ptr<Dossier> m_dossier;
    QString m_error;
};

} // namespace Recoupe
