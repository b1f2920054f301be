// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

namespace Recoupe {

// Markdown notes and exports (.md, .markdown), parsed by md4c (CommonMark, the parser Qt
// uses) with GitHub's tables, strikethrough, task lists and bare URLs. A leading YAML front
// matter block gives the title, date and author; else the first heading is the title. The
// text keeps what a reader of the rendered note sees, in reading order: headings, paragraphs
// (wrapped lines joined), code blocks as written, list items one per line ("• item",
// "1. item", nested ones indented), table rows one per line with tab-separated cells, the
// text of HTML blocks. Links keep their text (a link with none keeps its target), images
// their alt text; emphasis, code marks and inline HTML tags go.
class MarkdownImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)

public:
    QString id() const override;
    QString displayName() const override;
    QStringList extensions() const override;
    ReadResult checkHead(const QByteArray &head, const ImportContext &context) const override;
    ReadResult read(const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const override;
};

} // namespace Recoupe
