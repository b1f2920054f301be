// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

namespace Recoupe {

// Plain text (.txt): UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252/Latin-1
// (see TextDecoder). The canonical text has \n line ends, no trailing blanks on lines, and
// paragraphs separated by exactly one blank line.
class TextImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(TextImporter)

public:
    QString id() const override;
    QString displayName() const override;
    QStringList extensions() const override;
    ReadResult checkHead(const QByteArray &head, const ImportContext &context) const override;
    ReadResult read(const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const override;

    // Normalises decoded text in place: CR LF and CR become LF, trailing spaces and tabs go,
    // control characters other than tab go (form feed becomes a line end), runs of blank lines
    // become one, and blank lines at both ends go. Linear, never grows the string.
    static void canonicalize(QString &text);

    // The title a reader would give the text: among its first five non-empty lines, the first
    // that reads like a headline (three words or more, at most 150 characters), skipping web
    // page leftovers such as "Connexion" or "single.php"; else the first line cut at a word
    // boundary; else `fallback` (the file name).
    static QString titleFromText(QStringView text, const QString &fallback);
};

} // namespace Recoupe
