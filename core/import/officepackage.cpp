// SPDX-License-Identifier: GPL-3.0-or-later
#include "officepackage.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Recoupe {

namespace {
struct ArchiveFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};
} // namespace

Result<OfficePackage> OfficePackage::open(
    const QByteArray &bytes, const QStringList &wanted, const QString &shown)
{
    // Office files protected by a password are not ZIP packages but OLE compound files that
    // hold the encrypted package.
    if (bytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"))) {
        return Error {tr("%1 is protected by a password (it is encrypted); Recoupe cannot read it. Save an "
                         "unprotected copy and import that.")
                          .arg(shown)};
    }
    std::unique_ptr<archive, ArchiveFree> zip(archive_read_new());
    archive_read_support_format_zip(zip.get());
    if (archive_read_open_memory(zip.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK) {
        return Error {tr("%1 is not a readable office document: its ZIP package is damaged (%2).")
                          .arg(shown, QString::fromUtf8(archive_error_string(zip.get())))};
    }
    const qint64 ratioLimit = std::max<qint64>(qint64(1) << 20, bytes.size() * MaxRatio);
    const qint64 limit = std::min(MaxExpandedBytes, ratioLimit);
    OfficePackage package;
    qint64 expanded = 0;
    archive_entry *entry = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(zip.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            return Error {tr("%1 is not a readable office document: its ZIP package is damaged (%2).")
                              .arg(shown, QString::fromUtf8(archive_error_string(zip.get())))};
        }
        const QString name = QString::fromUtf8(archive_entry_pathname_utf8(entry));
        if (archive_entry_is_encrypted(entry)) {
            return Error {
                tr("%1 is protected by a password (its parts are encrypted); Recoupe cannot read it. "
                   "Save an unprotected copy and import that.")
                    .arg(shown)};
        }
        if (!wanted.contains(name))
            continue;
        QByteArray data;
        char buffer[65536];
        for (;;) {
            const la_ssize_t got = archive_read_data(zip.get(), buffer, sizeof buffer);
            if (got < 0) {
                return Error {tr("%1 is not a readable office document: its part %2 is damaged (%3).")
                                  .arg(shown, name, QString::fromUtf8(archive_error_string(zip.get())))};
            }
            if (got == 0)
                break;
            expanded += got;
            if (expanded > limit) {
                return Error {
                    tr("%1 was not imported: it expands to more than %2 MB from %3 KB (a “ZIP bomb”, or "
                       "a document far larger than any text). Recoupe stops at %4 MB or %5 times the "
                       "size of the file.")
                        .arg(shown)
                        .arg(expanded >> 20)
                        .arg(bytes.size() >> 10)
                        .arg(MaxExpandedBytes >> 20)
                        .arg(MaxRatio)};
            }
            data.append(buffer, got);
        }
        package.m_members.insert(name, data);
    }
    return package;
}

} // namespace Recoupe
