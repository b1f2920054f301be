// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetypesetter.h"

#include "evidenceset.h"
#include "pdftypesetter.h"

#include <QLocale>

namespace Recoupe {

namespace {

QString kindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Html:
        return SourceTypesetter::tr("web page (HTML)");
    case SourceKind::Markdown:
        return SourceTypesetter::tr("Markdown document");
    case SourceKind::Pdf:
        return SourceTypesetter::tr("PDF document");
    case SourceKind::Email:
        return SourceTypesetter::tr("e-mail message");
    case SourceKind::Office:
        return SourceTypesetter::tr("office document");
    case SourceKind::Image:
        return SourceTypesetter::tr("image");
    case SourceKind::Text:
        break;
    }
    return SourceTypesetter::tr("plain text");
}

} // namespace

Result<SourceTypesetter::Typeset> SourceTypesetter::typeset(const EvidenceSource &evidence)
{
    const Source &source = evidence.source;
    PdfTypesetter setter(source.title, source.title);

    PdfTypesetter::Style title;
    title.face = PdfTypesetter::Face::Sans;
    title.size = 16;
    title.bold = true;
    title.spaceAfter = 8;
    title.lineSpacing = 1.15;
    setter.paragraph(source.title, title);

    PdfTypesetter::Style meta;
    meta.face = PdfTypesetter::Face::Sans;
    meta.size = 8.5;
    meta.color = QColor(0x44, 0x44, 0x44);
    meta.spaceAfter = 1.5;
    meta.lineSpacing = 1.15;
    const QLocale locale;
    //: Provenance block of a typeset source
    setter.paragraph(tr("Kind: %1").arg(kindName(source.kind)), meta);
    if (!source.origin.isEmpty())
        setter.paragraph(tr("Origin: %1").arg(source.origin), meta);
    if (!source.canonicalUrl.isEmpty() && source.canonicalUrl != source.origin)
        setter.paragraph(tr("Canonical address: %1").arg(source.canonicalUrl), meta);
    if (!source.publisher.isEmpty())
        setter.paragraph(tr("Publisher: %1").arg(source.publisher), meta);
    if (!source.author.isEmpty())
        setter.paragraph(tr("Author: %1").arg(source.author), meta);
    if (!source.published.isEmpty())
        setter.paragraph(tr("Published: %1").arg(source.published), meta);
    setter.paragraph(tr("Imported: %1").arg(source.importedAt.toUTC().toString(Qt::ISODate)), meta);
    setter.paragraph(tr("SHA-256 of the original file (%n byte(s)): %1", "",
                         int(std::min<qint64>(source.byteSize, INT_MAX)))
                         .arg(source.sha256),
        meta);
    setter.space(4);
    setter.rule();
    setter.space(4);

    PdfTypesetter::Style body;
    body.size = 10.5;
    body.spaceAfter = 7;
    const QString &text = evidence.text;
    // Paragraphs are the blocks between blank lines; their offsets are kept for the boxes.
    qsizetype at = 0;
    while (at < text.size()) {
        while (at < text.size() && text.at(at) == QLatin1Char('\n'))
            ++at;
        if (at >= text.size())
            break;
        qsizetype end = text.indexOf(QLatin1String("\n\n"), at);
        if (end < 0)
            end = text.size();
        setter.paragraph(text.mid(at, end - at), body, at);
        at = end;
    }
    if (text.isEmpty())
        setter.paragraph(tr("(This source has no text.)"), meta);

    auto pdf = setter.render();
    if (!pdf)
        return Error {tr("Cannot typeset “%1”: %2").arg(source.title, pdf.error())};
    return Typeset {std::move(pdf).value(), setter.pages()};
}

} // namespace Recoupe
