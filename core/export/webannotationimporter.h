// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Recoupe {

class Dossier;

// What importing a W3C Web Annotation file did. Nothing is dropped silently: every annotation
// of the file is imported, already present, or listed with the reason it was not imported.
struct AnnotationImportReport
{
    int imported = 0;
    int alreadyPresent = 0; // same source, same passage, same note: left as it was
    QStringList moved; // imported where their quote is now (the text changed since the export)
    QStringList unmatched; // not imported: their quote is no longer in the source
    QStringList unknownSources; // not imported: their source is not in this dossier
    QStringList invalid; // not imported: not an annotation Recoupe can place
    QStringList warnings; // imported, with a reservation (a tag that could not be made)
    int notImported() const { return int(unmatched.size() + unknownSources.size() + invalid.size()); }
};

// Imports W3C Web Annotation JSON-LD (an AnnotationCollection, an AnnotationPage, one
// Annotation or an array of them) into a dossier. Targets are matched to sources by the SHA-256
// in "urn:sha256:…"; passages by their TextPositionSelector (in code points) when the text
// there is still the quote, else by their TextQuoteSelector, re-anchored as after a source
// update. Notes come from "commenting" bodies, tags from "tagging" bodies (their codebook
// paths, created when missing), the colour from the CSS class on the target.
//
// Everything is created through the Dossier's intents, as one undoable step.
class WebAnnotationImporter
{
    Q_DECLARE_TR_FUNCTIONS(WebAnnotationImporter)

public:
    explicit WebAnnotationImporter(Dossier &dossier);

    Result<AnnotationImportReport> importFile(const QString &path);
    // `name` names the data in messages and in the undo step.
    Result<AnnotationImportReport> importJson(const QByteArray &json, const QString &name);

private:
    Dossier &m_dossier;
};

} // namespace Recoupe
