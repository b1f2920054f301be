// SPDX-License-Identifier: GPL-3.0-or-later
#include "docximporter.h"

#include "languageguesser.h"
#include "officepackage.h"
#include "storage/sourcestore.h"

#include <QXmlStreamReader>

namespace Recoupe {

namespace {

const QLatin1String WordNs("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString DocumentPart = QStringLiteral("word/document.xml");
const QString NotesPart = QStringLiteral("word/footnotes.xml");
const QString CorePart = QStringLiteral("docProps/core.xml");

// The paragraphs of a WordprocessingML part in reading order. Footnote references become
// "[n]", numbered in the order they appear.
struct WordText
{
    QStringList paragraphs;
    QHash<QString, QString> notes; // footnote id → its text
    QStringList noteOrder; // footnote ids in the order of their references
    QString error;

    void read(const QByteArray &xml, bool footnotes)
    {
        QXmlStreamReader reader(xml);
        QString paragraph;
        bool listItem = false;
        QStringList row;
        QString cell;
        int cellDepth = 0;
        QString noteId;
        QStringList noteParagraphs;
        while (!reader.atEnd()) {
            const QXmlStreamReader::TokenType token = reader.readNext();
            if (token == QXmlStreamReader::StartElement && reader.namespaceUri() == WordNs) {
                const QStringView name = reader.name();
                if (name == QLatin1String("p")) {
                    paragraph.clear();
                    listItem = false;
                } else if (name == QLatin1String("numPr")) {
                    listItem = true;
                } else if (name == QLatin1String("t")) {
                    paragraph += reader.readElementText();
                } else if (name == QLatin1String("tab")) {
                    paragraph += QLatin1Char('\t');
                } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                    paragraph += QLatin1Char('\n');
                } else if (name == QLatin1String("footnoteReference")) {
                    const QString id = reader.attributes().value(WordNs, QLatin1String("id")).toString();
                    noteOrder.append(id);
                    paragraph += QStringLiteral("[%1]").arg(noteOrder.size());
                } else if (name == QLatin1String("tc")) {
                    ++cellDepth;
                    cell.clear();
                } else if (name == QLatin1String("tr")) {
                    row.clear();
                } else if (footnotes && name == QLatin1String("footnote")) {
                    const QString type = reader.attributes().value(WordNs, QLatin1String("type")).toString();
                    noteId = type.isEmpty() || type == QLatin1String("normal")
                        ? reader.attributes().value(WordNs, QLatin1String("id")).toString()
                        : QString();
                    noteParagraphs.clear();
                }
            } else if (token == QXmlStreamReader::EndElement && reader.namespaceUri() == WordNs) {
                const QStringView name = reader.name();
                if (name == QLatin1String("p")) {
                    const QString text = paragraph.trimmed();
                    if (footnotes) {
                        if (!text.isEmpty())
                            noteParagraphs.append(text);
                    } else if (cellDepth > 0) {
                        if (!text.isEmpty())
                            cell += (cell.isEmpty() ? QString() : QStringLiteral(" ")) + text;
                    } else if (!text.isEmpty()) {
                        paragraphs.append(listItem ? QStringLiteral("• ") + text : text);
                    }
                    paragraph.clear();
                } else if (name == QLatin1String("tc")) {
                    --cellDepth;
                    row.append(cell);
                    cell.clear();
                } else if (name == QLatin1String("tr") && cellDepth == 0) {
                    const QString line = row.join(QLatin1Char('\t')).trimmed();
                    if (!line.isEmpty())
                        paragraphs.append(line);
                } else if (footnotes && name == QLatin1String("footnote")) {
                    if (!noteId.isEmpty())
                        notes.insert(noteId, noteParagraphs.join(QLatin1Char(' ')));
                }
            }
        }
        if (reader.hasError())
            error = reader.errorString();
    }
};

} // namespace

QString DocxImporter::id() const
{
    return QStringLiteral("docx");
}

QString DocxImporter::displayName() const
{
    return tr("Word documents");
}

QStringList DocxImporter::extensions() const
{
    return {QStringLiteral("docx")};
}

Importer::ReadResult DocxImporter::read(
    const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const
{
    auto package = OfficePackage::open(bytes, {DocumentPart, NotesPart, CorePart}, context.path);
    if (!package)
        return failed(package.error());
    if (!package->contains(DocumentPart)) {
        return failed(
            tr("%1 is not a Word document: its package has no %2.").arg(context.path, DocumentPart));
    }
    if (context.isCancelled())
        return cancelled();
    WordText body;
    body.read(package->member(DocumentPart), false);
    if (!body.error.isEmpty()) {
        return failed(tr("%1 is not a readable Word document: %2 is damaged (%3).")
                          .arg(context.path, DocumentPart, body.error));
    }
    WordText notes;
    if (package->contains(NotesPart))
        notes.read(package->member(NotesPart), true);
    QStringList paragraphs = body.paragraphs;
    for (int i = 0; i < body.noteOrder.size(); ++i)
        paragraphs.append(QStringLiteral("[%1] %2").arg(i + 1).arg(notes.notes.value(body.noteOrder.at(i))));

    Source &s = draft.source;
    s.kind = SourceKind::Office;
    s.encoding = QStringLiteral("UTF-8");
    QXmlStreamReader core(package->member(CorePart));
    QString created;
    QString modified;
    while (!core.atEnd()) {
        if (core.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (core.name() == QLatin1String("title"))
            s.title = core.readElementText().simplified();
        else if (core.name() == QLatin1String("creator"))
            s.author = core.readElementText().simplified();
        else if (core.name() == QLatin1String("created"))
            created = core.readElementText().trimmed();
        else if (core.name() == QLatin1String("modified"))
            modified = core.readElementText().trimmed();
    }
    s.published = (created.isEmpty() ? modified : created).left(10);
    if (s.title.isEmpty())
        s.title = paragraphs.value(0, context.fileName()).left(150);
    draft.text = paragraphs.join(QStringLiteral("\n\n"));
    s.language = LanguageGuesser::guess(draft.text);
    return {};
}

} // namespace Recoupe
