// SPDX-License-Identifier: GPL-3.0-or-later
#include "showcommand.h"

#include "console.h"
#include "dossierjson.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace Recoupe {

QString ShowCommand::summary() const
{
    return tr("Print a source's details and its text.");
}

QString ShowCommand::synopsis() const
{
    return QStringLiteral("DOSSIER SOURCE_ID [--range START:END] [--text] [--json]");
}

QString ShowCommand::description() const
{
    return tr("Prints the details of source SOURCE_ID, then its canonical text: the plain text Recoupe "
              "extracted, in which every offset (search hits, annotations) is counted, in UTF-16 code "
              "units. With --json, one object with the fields of “sources --json” and a “text” field.");
}

QVector<CliCommand::Argument> ShowCommand::arguments() const
{
    return {
        {QStringLiteral("DOSSIER"), tr("The dossier file.")},
        {QStringLiteral("SOURCE_ID"), tr("The source's id, as “sources” lists it.")},
    };
}

QList<QCommandLineOption> ShowCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("range"),
            tr("Only the text from offset START (included) to END (excluded); either may be left out "
               "(“100:”, “:500”)."),
            QStringLiteral("START:END")),
        QCommandLineOption(QStringLiteral("text"), tr("Print only the text, without the details.")),
        jsonOption(),
    };
}

int ShowCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    const auto id = parseId(positional.at(1));
    if (!id)
        return usageError(tr("“%1” is not a source id; ids are whole numbers from 1.").arg(positional.at(1)));

    // Read the range's form before opening anything: a malformed one is a usage error.
    std::optional<qint64> rangeStart;
    std::optional<qint64> rangeEnd;
    const bool ranged = parser.isSet(QStringLiteral("range"));
    if (ranged) {
        const QString range = parser.value(QStringLiteral("range"));
        const QStringList parts = range.split(QLatin1Char(':'));
        bool valid = parts.size() == 2 && !(parts.at(0).isEmpty() && parts.at(1).isEmpty());
        if (valid && !parts.at(0).isEmpty()) {
            rangeStart = parseCount(parts.at(0));
            valid = rangeStart.has_value();
        }
        if (valid && !parts.at(1).isEmpty()) {
            rangeEnd = parseCount(parts.at(1));
            valid = rangeEnd.has_value();
        }
        if (!valid)
            return usageError(
                tr("--range expects START:END, two offsets such as 120:480, not “%1”.").arg(range));
    }

    auto opened = openDossier(positional.at(0));
    if (!opened)
        return userError(opened.error());
    Dossier &dossier = **opened;
    const Result<Source> source = liveSource(dossier, *id);
    if (!source)
        return userError(source.error());

    const qint64 start = rangeStart.value_or(0);
    const qint64 end = rangeEnd.value_or(source->textLength);
    if (start > end || end > source->textLength) {
        return userError(tr("The range %1:%2 lies outside source %3 of %4, which has %5 characters.")
                             .arg(start)
                             .arg(end)
                             .arg(*id)
                             .arg(dossier.path())
                             .arg(source->textLength));
    }
    const QString text = ranged ? dossier.sources().textRange(*id, start, end) : dossier.sources().text(*id);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = DossierJson(dossier).source(*source);
        if (ranged) {
            object.insert(QStringLiteral("range"),
                QJsonObject {{QStringLiteral("start"), start}, {QStringLiteral("end"), end}});
        }
        object.insert(QStringLiteral("text"), text);
        console().printJson(object);
        return Success;
    }
    if (parser.isSet(QStringLiteral("text"))) {
        console().print(text.endsWith(QLatin1Char('\n')) || text.isEmpty() ? text : text + QLatin1Char('\n'));
        return Success;
    }

    const Source &s = *source;
    auto field = [this](const QString &label, const QString &value) {
        if (!value.isEmpty())
            console().printLine(label.leftJustified(14) + value);
    };
    //: Field labels of “show”, printed before the values in one column
    field(tr("Source"), QString::number(s.id));
    field(tr("Title"), s.title);
    field(tr("Kind"), sourceKindName(s.kind));
    field(tr("Origin"), s.origin);
    field(tr("URL"), s.canonicalUrl);
    field(tr("Publisher"), s.publisher);
    field(tr("Author"), s.author);
    field(tr("Published"), s.published);
    field(tr("Language"), s.language);
    field(tr("Encoding"), s.encoding);
    field(tr("Imported"), DossierJson::time(s.importedAt));
    field(tr("SHA-256"), s.sha256);
    field(tr("Size"), tr("%n byte(s)", "", int(std::min<qint64>(s.byteSize, INT_MAX))));
    field(tr("Characters"), QString::number(s.textLength));
    if (hasPages(s.kind))
        field(tr("Pages"), QString::number(s.pageCount));
    field(tr("Annotations"), QString::number(s.annotationCount));
    if (s.parentId) {
        const auto parent = dossier.sources().get(s.parentId);
        field(tr("Attached to"),
            QStringLiteral("%1 %2").arg(s.parentId).arg(parent ? parent->title : QString()));
    }
    if (s.kind == SourceKind::Email) {
        const MailHeaders mail = dossier.sources().mailHeaders(s.id);
        field(tr("From"), mail.from.join(QLatin1String(", ")));
        field(tr("To"), mail.to.join(QLatin1String(", ")));
        field(tr("Cc"), mail.cc.join(QLatin1String(", ")));
        field(tr("Sent"), DossierJson::time(mail.sent));
        field(tr("Message-ID"), mail.messageId);
        field(tr("In reply to"), mail.inReplyTo);
        const QVector<Source> thread = dossier.sources().thread(s.id);
        if (thread.size() > 1)
            field(tr("Thread"), tr("%n message(s)", "", int(thread.size())));
        for (const Source &a : dossier.sources().attachments(s.id))
            field(tr("Attachment"), QStringLiteral("%1 %2").arg(a.id).arg(a.title));
    }
    if (ranged)
        field(tr("Range"), QStringLiteral("%1:%2").arg(start).arg(end));
    console().printLine();
    console().print(text.endsWith(QLatin1Char('\n')) || text.isEmpty() ? text : text + QLatin1Char('\n'));
    return Success;
}

} // namespace Recoupe
