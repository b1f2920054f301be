// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

namespace Recoupe {

// Saved web pages (.html, .htm). Gumbo parses the page as a browser would (HTML5 tree
// construction, character references, encodings converted to UTF-8 first); what is ours is
// walked over its tree without recursion: which parts are the article, the canonical text and
// the metadata rules. Nothing the page refers to is loaded. Pages over 100 MB or nested more
// than 400 elements deep are refused with a message saying so.
//
// Reads: the title (og:title, else <title>, else the first <h1>), author, publication date
// (article:published_time, date, DC.date…, JSON-LD datePublished, <time datetime>), site name
// (og:site_name → publisher), canonical URL (<link rel=canonical>, og:url) and language
// (<html lang>, when the text itself does not tell). The text keeps paragraphs (p, h1–h6,
// li, blockquote, div… become paragraphs or lines, br a line end) and leaves out what is not
// the article: scripts, styles, noscript, template, nav, aside, form, iframe, svg, and the
// page's header and footer (but not an <article>'s own header, which holds its headline).
class HtmlImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(HtmlImporter)

public:
    QString id() const override;
    QString displayName() const override;
    QStringList extensions() const override;
    bool recognizes(const QByteArray &head) const override;
    ReadResult checkHead(const QByteArray &head, const ImportContext &context) const override;
    ReadResult read(const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const override;

    // The text a reader sees in a piece of HTML (a Markdown HTML block), by the same rules as a
    // page's text; empty when there is none or the piece nests too deep.
    static QString fragmentText(const QByteArray &utf8);

    // The charset a page declares in its first 8 KiB (<meta charset>, http-equiv
    // Content-Type), lower case; empty when none.
    static QByteArray declaredCharset(const QByteArray &bytes);
};

} // namespace Recoupe
