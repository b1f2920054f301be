// SPDX-License-Identifier: GPL-3.0-or-later
#include "textimporter.h"

#include "languageguesser.h"
#include "storage/sourcestore.h"
#include "textdecoder.h"

namespace Recoupe {

namespace {
constexpr qsizetype HeadlineMaxLength = 150;
constexpr qsizetype CutTitleLength = 120;

int wordCount(QStringView line)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : line) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord
            = letter || (inWord && (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-')));
    }
    return words;
}
} // namespace

QString TextImporter::id() const
{
    return QStringLiteral("text");
}

QString TextImporter::displayName() const
{
    //: File dialog filter name
    return tr("Text files");
}

QStringList TextImporter::extensions() const
{
    return { QStringLiteral("txt"), QStringLiteral("text") };
}

void TextImporter::canonicalize(QString &text)
{
    char16_t *d = reinterpret_cast<char16_t *>(text.data());
    const qsizetype n = text.size();
    qsizetype w = 0;
    qsizetype lineStart = 0;
    int newlines = 0; // consecutive line ends just written
    auto endLine = [&] {
        while (w > lineStart && (d[w - 1] == u' ' || d[w - 1] == u'\t'))
            --w;
        if (w == 0 || newlines >= 2) // no blank lines at the start, at most one in a row
            return;
        d[w++] = u'\n';
        ++newlines;
        lineStart = w;
    };
    for (qsizetype r = 0; r < n; ++r) {
        const char16_t c = d[r];
        if (c >= 0x20 && c != 0x7F && c != 0xFEFF) {
            d[w++] = c;
            if (c != u' ')
                newlines = 0;
            continue;
        }
        switch (c) {
        case u'\r':
            if (r + 1 < n && d[r + 1] == u'\n')
                ++r;
            endLine();
            break;
        case u'\n':
        case u'\f':
            endLine();
            break;
        case u'\t':
            d[w++] = c;
            break;
        default:
            break; // other control characters, DEL and stray BOMs carry no text
        }
    }
    // Trailing blanks and line ends.
    while (w > 0 && (d[w - 1] == u'\n' || d[w - 1] == u' ' || d[w - 1] == u'\t'))
        --w;
    text.resize(w);
}

QString TextImporter::titleFromText(QStringView text, const QString &fallback)
{
    QStringView firstLine;
    qsizetype pos = 0;
    int lines = 0;
    while (pos < text.size() && lines < 5) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        const QStringView line = text.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (line.isEmpty())
            continue;
        ++lines;
        if (firstLine.isEmpty())
            firstLine = line;
        if (line.size() <= HeadlineMaxLength && wordCount(line) >= 3)
            return line.toString();
    }
    if (firstLine.isEmpty())
        return fallback;
    if (firstLine.size() <= HeadlineMaxLength)
        return firstLine.toString();
    qsizetype cut = firstLine.left(CutTitleLength).lastIndexOf(QLatin1Char(' '));
    if (cut < CutTitleLength / 2)
        cut = CutTitleLength;
    return firstLine.left(cut).trimmed().toString() + QChar(0x2026);
}

Importer::ReadResult TextImporter::checkHead(const QByteArray &head, const ImportContext &context) const
{
    if (TextDecoder::looksBinary(head)) {
        return failed(tr("%1 does not look like a text file: it contains binary data. It may be another "
                         "kind of document renamed to .txt.")
                          .arg(context.path));
    }
    return {};
}

Importer::ReadResult TextImporter::read(
    const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const
{
    if (const ReadResult head = checkHead(bytes, context); head.outcome != Outcome::Read)
        return head;
    TextDecoder::Decoded decoded = TextDecoder::decode(bytes);
    context.reportProgress(0.4);
    if (context.isCancelled())
        return cancelled();
    canonicalize(decoded.text);
    if (decoded.text.isEmpty())
        return failed(tr("%1 contains only blank space: there is no text to import.").arg(context.path));
    context.reportProgress(0.8);

    Source &s = draft.source;
    s.kind = SourceKind::Text;
    s.encoding = decoded.encoding;
    s.title = titleFromText(decoded.text, context.fileName());
    s.language = LanguageGuesser::guess(decoded.text);
    draft.text = std::move(decoded.text);
    context.reportProgress(1.0);
    return {};
}

} // namespace Recoupe
