// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

namespace Recoupe {

// Markdown notes and exports (.md, .markdown). A leading YAML front matter block gives the
// title, date and author; else the first heading is the title. The text drops the markup:
// headings and paragraphs become paragraphs (a paragraph's wrapped lines are joined), emphasis
// and code marks go, links keep their text, images their alt text, list items and table rows
// stay one per line ("• item", "1. item", cells separated by tabs), fenced and indented code
// is kept as it is written.
class MarkdownImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)

public:
    QString id() const override;
    QString displayName() const override;
    QStringList extensions() const override;
    ReadResult checkHead(const QByteArray &head, const ImportContext &context) const override;
    ReadResult read(const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const override;

    // One line's inline markup removed: emphasis, code spans, links, images, inline HTML,
    // backslash escapes and character references.
    static QString plainInline(QStringView line);
};

} // namespace Recoupe
