// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotationimporter.h"

#include "anchoring/textquote.h"
#include "codepointindex.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QTimeZone>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

#include <map>
#include <memory>

namespace Recoupe {

namespace {

// JSON-LD allows one value or an array of values almost everywhere.
QJsonArray many(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    return QJsonArray { value };
}

bool hasType(const QJsonObject &object, const QString &type)
{
    for (const QJsonValue &t : many(object.value(QLatin1String("type")))) {
        if (t.toString() == type)
            return true;
    }
    for (const QJsonValue &t : many(object.value(QLatin1String("@type")))) {
        if (t.toString() == type)
            return true;
    }
    return false;
}

QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QJsonObject object = value.toObject();
    const QString id = object.value(QLatin1String("id")).toString();
    return id.isEmpty() ? object.value(QLatin1String("@id")).toString() : id;
}

// An xsd:dateTime as the model writes "created" and "modified"; without a time zone, UTC (the
// model asks for one). Invalid when absent or unreadable, so the import time stands in.
QDateTime dateTime(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

QString shortQuote(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= 60 ? simple : simple.left(59) + QChar(0x2026);
}

// The annotations of any of the shapes the model allows for a document.
void collect(const QJsonValue &value, QVector<QJsonObject> &out, int depth = 0)
{
    if (depth > 8)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collect(item, out, depth + 1);
        return;
    }
    const QJsonObject object = value.toObject();
    if (hasType(object, QStringLiteral("Annotation"))) {
        out.append(object);
    } else if (hasType(object, QStringLiteral("AnnotationPage"))) {
        collect(object.value(QLatin1String("items")), out, depth + 1);
        if (object.value(QLatin1String("next")).isObject())
            collect(object.value(QLatin1String("next")), out, depth + 1);
    } else if (hasType(object, QStringLiteral("AnnotationCollection"))) {
        collect(object.value(QLatin1String("first")), out, depth + 1);
    } else if (object.contains(QLatin1String("@graph"))) {
        collect(object.value(QLatin1String("@graph")), out, depth + 1);
    }
}

struct KnownSource
{
    qint64 id = 0;
    QString title;
    QString text;
    std::unique_ptr<CodePointIndex> positions;
    QSet<QString> existing; // "start:end:note" of the annotations already there
};

} // namespace

WebAnnotationImporter::WebAnnotationImporter(Dossier &dossier)
    : m_dossier(dossier)
{ }

Result<AnnotationImportReport> WebAnnotationImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read %1: %2").arg(path, file.errorString()) };
    return importJson(file.readAll(), QFileInfo(path).fileName());
}

Result<AnnotationImportReport> WebAnnotationImporter::importJson(const QByteArray &json, const QString &name)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        return Error { tr("%1 is not a JSON file: %2 (at byte %3).")
                           .arg(name, parseError.errorString())
                           .arg(parseError.offset) };
    }
    QVector<QJsonObject> annotations;
    collect(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), annotations);
    if (annotations.isEmpty())
        return Error { tr("%1 holds no W3C Web Annotation.").arg(name) };

    AnnotationImportReport report;
    SourceStore &sources = m_dossier.sources();
    std::map<QString, std::unique_ptr<KnownSource>> known; // by SHA-256; null when not in the dossier
    QUndoStack *undo = m_dossier.undoStack();
    bool inMacro = false;
    static const QRegularExpression colorRule(
        QStringLiteral("background(?:-color)?\\s*:\\s*(#[0-9a-fA-F]{6})"));

    int number = 0;
    for (const QJsonObject &annotation : annotations) {
        ++number;
        // The target: the first one whose source is in this dossier.
        QJsonObject target;
        KnownSource *source = nullptr;
        QString firstUnknown;
        for (const QJsonValue &t : many(annotation.value(QLatin1String("target")))) {
            const QString sourceId
                = t.isObject() ? idOf(t.toObject().value(QLatin1String("source"))) : idOf(t);
            static const QLatin1String urnPrefix("urn:sha256:");
            if (!sourceId.startsWith(urnPrefix, Qt::CaseInsensitive)) {
                if (firstUnknown.isEmpty())
                    firstUnknown = sourceId;
                continue;
            }
            const QString sha = sourceId.mid(urnPrefix.size()).toLower();
            auto found = known.find(sha);
            if (found == known.end()) {
                bool removed = false;
                const qint64 id = sources.findBySha256(sha, &removed);
                std::unique_ptr<KnownSource> entry;
                if (id && !removed) {
                    entry = std::make_unique<KnownSource>();
                    entry->id = id;
                    entry->title = sources.get(id)->title;
                    entry->text = sources.text(id);
                    entry->positions = std::make_unique<CodePointIndex>(entry->text);
                    for (const Annotation &a : m_dossier.annotations().forSource(id))
                        entry->existing.insert(
                            QStringLiteral("%1:%2:%3").arg(a.anchor.start).arg(a.anchor.end).arg(a.note));
                }
                found = known.emplace(sha, std::move(entry)).first;
            }
            if (found->second && t.isObject()) {
                source = found->second.get();
                target = t.toObject();
                break;
            }
            if (firstUnknown.isEmpty())
                firstUnknown = sourceId;
        }

        // The passage, as the selectors give it.
        QString exact, prefix, suffix;
        bool hasQuote = false;
        qint64 start = -1, end = -1;
        for (const QJsonValue &s : many(target.value(QLatin1String("selector")))) {
            const QJsonObject selector = s.toObject();
            if (hasType(selector, QStringLiteral("TextQuoteSelector"))) {
                exact = selector.value(QLatin1String("exact")).toString();
                prefix = selector.value(QLatin1String("prefix")).toString();
                suffix = selector.value(QLatin1String("suffix")).toString();
                hasQuote = !exact.isEmpty();
            } else if (hasType(selector, QStringLiteral("TextPositionSelector"))) {
                start = qint64(selector.value(QLatin1String("start")).toDouble(-1));
                end = qint64(selector.value(QLatin1String("end")).toDouble(-1));
            }
        }
        const QString label = hasQuote ? shortQuote(exact) : tr("annotation %1").arg(number);
        if (!source) {
            if (firstUnknown.isEmpty())
                report.invalid.append(tr("“%1”: it has no target Recoupe can read.").arg(label));
            else
                report.unknownSources.append(
                    tr("“%1”: its source %2 is not in this dossier.").arg(label, firstUnknown));
            continue;
        }
        if (!hasQuote && (start < 0 || end <= start)) {
            report.invalid.append(
                tr("“%1” in “%2”: it has no text quote nor text position.").arg(label, source->title));
            continue;
        }

        qint64 from = -1, to = -1;
        if (start >= 0 && end > start && end <= source->positions->codePointLength()) {
            from = source->positions->toUtf16(start);
            to = source->positions->toUtf16(end);
        }
        bool moved = false;
        if (hasQuote && (from < 0 || QStringView(source->text).mid(from, to - from) != exact)) {
            Anchor probe;
            probe.start = std::max<qint64>(0, from);
            probe.end = std::max<qint64>(probe.start, to);
            probe.exact = exact;
            probe.prefix = prefix;
            probe.suffix = suffix;
            const auto found = TextQuote::reanchor(probe, source->text);
            if (!found) {
                report.unmatched.append(
                    tr("“%1” is no longer in “%2”; it was not imported.").arg(label, source->title));
                continue;
            }
            moved = from >= 0 || start >= 0;
            from = found->start;
            to = found->end;
        }
        if (from < 0 || to <= from) {
            report.invalid.append(
                tr("“%1” in “%2”: its position lies outside the text.").arg(label, source->title));
            continue;
        }

        // Note, tags, colour, author.
        QStringList notes;
        QStringList tagPaths;
        const QJsonValue bodyValue = annotation.value(QLatin1String("bodyValue"));
        if (bodyValue.isString())
            notes.append(bodyValue.toString());
        for (const QJsonValue &b : many(annotation.value(QLatin1String("body")))) {
            const QJsonObject body = b.toObject();
            const QString value = body.value(QLatin1String("value")).toString();
            if (value.isEmpty())
                continue;
            const QJsonArray purposes = many(body.value(QLatin1String("purpose")));
            bool tagging = false;
            for (const QJsonValue &p : purposes)
                tagging = tagging || p.toString() == QLatin1String("tagging");
            if (tagging)
                tagPaths.append(value);
            else
                notes.append(value);
        }
        const QString note = notes.join(QStringLiteral("\n\n"));
        QString author;
        for (const QJsonValue &c : many(annotation.value(QLatin1String("creator")))) {
            author = c.isString() ? c.toString() : c.toObject().value(QLatin1String("name")).toString();
            if (!author.isEmpty())
                break;
        }
        QColor color;
        const QJsonObject stylesheet = annotation.value(QLatin1String("stylesheet")).toObject();
        const auto colorMatch = colorRule.match(stylesheet.value(QLatin1String("value")).toString());
        if (colorMatch.hasMatch())
            color = QColor(colorMatch.captured(1));

        const QString key = QStringLiteral("%1:%2:%3").arg(from).arg(to).arg(note);
        if (source->existing.contains(key)) {
            ++report.alreadyPresent;
            continue;
        }

        if (!inMacro) {
            //: Undo/redo action name
            undo->beginMacro(tr("Import annotations from %1").arg(name));
            inMacro = true;
        }
        Annotation created;
        QString failure;
        for (const QString &path : tagPaths) {
            const auto tag = m_dossier.ensureTagPath(path);
            if (tag)
                created.tagIds.append(*tag);
            else
                failure = tag.error();
        }
        const auto anchor = m_dossier.anchorForRange(source->id, from, to);
        if (!anchor) {
            report.invalid.append(tr("“%1” in “%2”: %3").arg(label, source->title, anchor.error()));
            continue;
        }
        created.anchor = *anchor;
        created.note = note;
        created.author = author;
        created.created = dateTime(annotation.value(QLatin1String("created")));
        created.modified = dateTime(annotation.value(QLatin1String("modified")));
        if (color.isValid())
            created.color = color;
        const auto added = m_dossier.addImportedAnnotation(created);
        if (!added) {
            report.invalid.append(tr("“%1” in “%2”: %3").arg(label, source->title, added.error()));
            continue;
        }
        source->existing.insert(key);
        ++report.imported;
        if (moved)
            report.moved.append(
                tr("“%1” in “%2” was found at a new place in the text.").arg(label, source->title));
        if (!failure.isEmpty())
            report.warnings.append(tr("“%1” in “%2” was imported without one of its tags: %3")
                                       .arg(label, source->title, failure));
    }
    if (inMacro)
        undo->endMacro();
    return report;
}

} // namespace Recoupe
