// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtimporter.h"

#include "languageguesser.h"
#include "officepackage.h"
#include "storage/sourcestore.h"

#include <QXmlStreamReader>

namespace Recoupe {

namespace {

const QLatin1String TextNs("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QLatin1String TableNs("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString ContentPart = QStringLiteral("content.xml");
const QString MetaPart = QStringLiteral("meta.xml");
const QString ManifestPart = QStringLiteral("META-INF/manifest.xml");

} // namespace

QString OdtImporter::id() const
{
    return QStringLiteral("odt");
}

QString OdtImporter::displayName() const
{
    return tr("OpenDocument texts");
}

QStringList OdtImporter::extensions() const
{
    return {QStringLiteral("odt")};
}

Importer::ReadResult OdtImporter::read(
    const QByteArray &bytes, const ImportContext &context, SourceDraft &draft) const
{
    auto package = OfficePackage::open(bytes, {ContentPart, MetaPart, ManifestPart}, context.path);
    if (!package)
        return failed(package.error());
    // ODF encrypts the parts itself (the ZIP is plain) and says so in the manifest.
    if (package->member(ManifestPart).contains("encryption-data")) {
        return failed(tr("%1 is protected by a password (it is encrypted); Recoupe cannot read it. Save an "
                         "unprotected copy and import that.")
                          .arg(context.path));
    }
    if (!package->contains(ContentPart))
        return failed(
            tr("%1 is not an OpenDocument text: its package has no %2.").arg(context.path, ContentPart));
    if (context.isCancelled())
        return cancelled();

    QStringList paragraphs;
    QStringList notes;
    // Paragraphs nest (a note's body sits inside the paragraph that cites it): one open text
    // per level, routed on close to the note, the table cell or the body.
    QStringList open;
    int listDepth = 0;
    bool listItemStarted = false;
    int noteBodyLevel = -1;
    QString note;
    int citationDepth = 0;
    QStringList row;
    QString cell;
    int cellDepth = 0;

    QXmlStreamReader reader(package->member(ContentPart));
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        const QStringView name = reader.name();
        const bool text = reader.namespaceUri() == TextNs;
        const bool table = reader.namespaceUri() == TableNs;
        if (token == QXmlStreamReader::StartElement) {
            if (text && (name == QLatin1String("p") || name == QLatin1String("h"))) {
                QString start;
                if (listDepth > 0 && listItemStarted && noteBodyLevel < 0) {
                    start = QStringLiteral("• ");
                    listItemStarted = false;
                }
                open.append(start);
            } else if (text && name == QLatin1String("list")) {
                ++listDepth;
            } else if (text && name == QLatin1String("list-item")) {
                listItemStarted = true;
            } else if (text && name == QLatin1String("s") && !open.isEmpty()) {
                const int count = reader.attributes().value(TextNs, QLatin1String("c")).toInt();
                open.last() += QString(std::max(count, 1), QLatin1Char(' '));
            } else if (text && name == QLatin1String("tab") && !open.isEmpty()) {
                open.last() += QLatin1Char('\t');
            } else if (text && name == QLatin1String("line-break") && !open.isEmpty()) {
                open.last() += QLatin1Char('\n');
            } else if (text && name == QLatin1String("note")) {
                notes.append(QString());
                if (!open.isEmpty())
                    open.last() += QStringLiteral("[%1]").arg(notes.size());
            } else if (text && name == QLatin1String("note-citation")) {
                ++citationDepth;
            } else if (text && name == QLatin1String("note-body")) {
                noteBodyLevel = int(open.size());
                note.clear();
            } else if (table && name == QLatin1String("table-row")) {
                row.clear();
            } else if (table && name == QLatin1String("table-cell")) {
                ++cellDepth;
                cell.clear();
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (!open.isEmpty() && citationDepth == 0)
                open.last() += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (text && (name == QLatin1String("p") || name == QLatin1String("h")) && !open.isEmpty()) {
                const QString done = open.takeLast().trimmed();
                if (done.isEmpty() || done == QLatin1String("•"))
                    continue;
                if (noteBodyLevel >= 0 && open.size() >= noteBodyLevel)
                    note += (note.isEmpty() ? QString() : QStringLiteral(" ")) + done;
                else if (cellDepth > 0)
                    cell += (cell.isEmpty() ? QString() : QStringLiteral(" ")) + done;
                else
                    paragraphs.append(done);
            } else if (text && name == QLatin1String("list")) {
                --listDepth;
            } else if (text && name == QLatin1String("note-citation")) {
                --citationDepth;
            } else if (text && name == QLatin1String("note-body")) {
                if (!notes.isEmpty())
                    notes.last() = note;
                noteBodyLevel = -1;
            } else if (table && name == QLatin1String("table-cell")) {
                --cellDepth;
                row.append(cell);
            } else if (table && name == QLatin1String("table-row") && cellDepth == 0) {
                const QString line = row.join(QLatin1Char('\t')).trimmed();
                if (!line.isEmpty())
                    paragraphs.append(line);
            }
        }
    }
    if (reader.hasError()) {
        return failed(tr("%1 is not a readable OpenDocument text: %2 is damaged (%3).")
                          .arg(context.path, ContentPart, reader.errorString()));
    }
    for (int i = 0; i < notes.size(); ++i)
        paragraphs.append(QStringLiteral("[%1] %2").arg(i + 1).arg(notes.at(i)));

    Source &s = draft.source;
    s.kind = SourceKind::Office;
    s.encoding = QStringLiteral("UTF-8");
    QXmlStreamReader meta(package->member(MetaPart));
    QString created;
    QString modified;
    QString creator;
    while (!meta.atEnd()) {
        if (meta.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (meta.name() == QLatin1String("title"))
            s.title = meta.readElementText().simplified();
        else if (meta.name() == QLatin1String("initial-creator"))
            s.author = meta.readElementText().simplified();
        else if (meta.name() == QLatin1String("creator"))
            creator = meta.readElementText().simplified();
        else if (meta.name() == QLatin1String("creation-date"))
            created = meta.readElementText().trimmed();
        else if (meta.name() == QLatin1String("date"))
            modified = meta.readElementText().trimmed();
    }
    if (s.author.isEmpty())
        s.author = creator;
    s.published = (created.isEmpty() ? modified : created).left(10);
    if (s.title.isEmpty())
        s.title = paragraphs.value(0, context.fileName()).left(150);
    draft.text = paragraphs.join(QStringLiteral("\n\n"));
    s.language = LanguageGuesser::guess(draft.text);
    return {};
}

} // namespace Recoupe
