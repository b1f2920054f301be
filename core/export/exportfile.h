// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

namespace Recoupe {

// The file an export writes, as a device to stream into: the bytes go to a temporary file beside
// the target, and commit() puts it in place of the target only once every byte reached the disk.
// Until then, and whenever anything failed, the target keeps whatever it held.
//
// QSaveFile alone is not enough (Qt 6.4): a write that stops short (a full disk) returns a count
// nobody checks, and commit() reports success after a failed flush, so a full disk would replace
// a good file with an empty or truncated one. Here every write is checked, the data is synced
// before the rename, and the first failure is kept with its cause ("No space left on device").
class ExportFile : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    explicit ExportFile(const QString &path);
    ~ExportFile() override; // without commit(), the target is left as it was

    QString path() const { return m_path; }
    // Starts writing (WriteOnly); false with failure() set when the folder cannot take the file.
    bool open(OpenMode mode = WriteOnly) override;
    bool isSequential() const override { return true; }
    // The first failure, naming the file and the cause; empty while all went well.
    QString failure() const { return m_failure; }
    // Writes what is buffered, syncs it to the disk and replaces the target with it.
    Status commit();

    // The whole of `bytes` to `path`, atomically.
    static Status save(const QString &path, const QByteArray &bytes);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool flushBuffer();
    void fail(const QString &cause);

    QString m_path;
    QSaveFile m_file;
    QByteArray m_buffer; // small writes gathered into big ones
    QString m_failure;
};

} // namespace Recoupe
