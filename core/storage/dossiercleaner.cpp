// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossiercleaner.h"

#include "database.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace Recoupe {

namespace {

QByteArray quotedName(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return (QLatin1Char('"') + quoted + QLatin1Char('"')).toUtf8();
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<std::unique_ptr<Database>> openOriginal(const QString &path, int *version)
{
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return Error {opened.error()};
    const Result<int> format = Schema::inspectFormat(**opened);
    if (!format)
        return Error {format.error()};
    if (*format == 0)
        return Error {DossierCleaner::tr("%1 is an empty SQLite database, not a Recoupe dossier.").arg(path)};
    *version = *format;
    return opened;
}

// Copies every row of Recoupe's own tables, in one transaction on each side.
Status copyRows(Database &original, Database &copy, const QVector<SchemaObject> &expected, qint64 *rows)
{
    // One snapshot of the original for the whole copy.
    if (const Status reading = original.exec("BEGIN"); !reading.ok())
        return reading;
    struct EndRead
    {
        Database &db;
        ~EndRead() { db.exec("ROLLBACK"); }
    } endRead {original};
    Transaction tx(copy);
    if (!tx.isActive())
        return Error {tx.error()};
    for (const SchemaObject &object : expected) {
        if (object.type != QLatin1String("table") || object.name.startsWith(QLatin1String("sqlite_"))
            || object.sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"))
            || Schema::isShadowTable(object.name, expected))
            continue;
        QByteArrayList columns;
        Statement info
            = copy.prepare(QByteArray("PRAGMA table_info(" + quotedName(object.name) + ')').constData());
        while (info.next())
            columns.append(quotedName(info.text(1)));
        if (columns.isEmpty())
            return Error {copy.lastError()};
        const QByteArray list = columns.join(", ");
        QByteArray placeholders;
        for (int i = 0; i < columns.size(); ++i)
            placeholders += i ? ", ?" : "?";
        // The original's rows as stored: main. so that nothing but its table is read.
        Statement read = original.prepare(
            QByteArray("SELECT " + list + " FROM main." + quotedName(object.name)).constData());
        if (!read.isValid()) {
            //: %1 a table name, %2 SQLite's reason
            return Error {DossierCleaner::tr("the table %1 cannot be read (%2)")
                              .arg(object.name, original.lastError())};
        }
        Statement write = copy.prepare(QByteArray(
            "INSERT OR REPLACE INTO " + quotedName(object.name) + '(' + list + ") VALUES (" + placeholders + ')')
                                           .constData());
        if (!write.isValid())
            return Error {copy.lastError()};
        while (read.next()) {
            for (int i = 0; i < int(columns.size()); ++i)
                write.bindValue(i + 1, read, i);
            if (!write.exec())
                return Error {copy.lastError()};
            ++*rows;
        }
        if (read.failed())
            return Error {
                DossierCleaner::tr("the table %1 cannot be read (%2)").arg(object.name, read.error())};
    }
    return tx.commit();
}

} // namespace

Result<QVector<SchemaDifference>> DossierCleaner::inspect(const QString &path)
{
    int version = 0;
    auto opened = openOriginal(path, &version);
    if (!opened)
        return Error {opened.error()};
    return Schema::differences(**opened, version);
}

QString DossierCleaner::suggestedCopyPath(const QString &path)
{
    const QFileInfo info(path);
    const QString base = info.dir().filePath(info.completeBaseName());
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("recoupe") : info.suffix();
    QString candidate = QStringLiteral("%1.cleaned.%2").arg(base, suffix);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1.cleaned-%2.%3").arg(base).arg(n).arg(suffix);
    return candidate;
}

Result<DossierCleaner::Report> DossierCleaner::cleanCopy(const QString &path, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error {tr("%1 already exists; choose another name for the cleaned copy.").arg(target)};
    int version = 0;
    auto opened = openOriginal(path, &version);
    if (!opened)
        return Error {opened.error()};
    Database &original = **opened;
    Report report;
    {
        auto found = Schema::differences(original, version);
        if (!found)
            return Error {found.error()};
        report.differences = *found;
    }
    const Result<QVector<SchemaObject>> expected = Schema::expectedObjects(version);
    if (!expected)
        return Error {expected.error()};

    auto created = Database::open(target, Database::Mode::CreateIfMissing);
    if (!created)
        return Error {created.error()};
    std::unique_ptr<Database> copy = std::move(created).value();
    auto failed = [&](const QString &message) -> Result<Report> {
        copy.reset();
        removeDatabaseFiles(target);
        return Error {tr("The cleaned copy of %1 could not be written to %2: %3").arg(path, target, message)};
    };
    Status step = Schema::configureConnection(*copy);
    if (step.ok())
        step = Schema::migrate(*copy, version);
    // Rows go in table by table: references are checked once everything is there.
    if (step.ok())
        step = copy->exec("PRAGMA foreign_keys = OFF");
    if (!step.ok())
        return failed(step.error());

    step = copyRows(original, *copy, *expected, &report.rows);
    if (!step.ok())
        return failed(step.error());
    copy.reset();
    return report;
}

} // namespace Recoupe
