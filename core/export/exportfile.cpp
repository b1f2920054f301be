// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include <QDir>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Recoupe {

namespace {

constexpr qsizetype BufferSize = 1 << 20;

} // namespace

ExportFile::ExportFile(const QString &path)
    : m_path(path)
    , m_file(path)
{ }

ExportFile::~ExportFile()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

bool ExportFile::open(OpenMode mode)
{
    m_failure.clear();
    // Unbuffered: each write reaches the system, so its result is the disk's answer.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        fail(m_file.errorString());
        return false;
    }
    return QIODevice::open((mode & ~(QIODevice::ReadOnly | QIODevice::Truncate)) | QIODevice::WriteOnly);
}

void ExportFile::fail(const QString &cause)
{
    if (!m_failure.isEmpty())
        return;
    //: %1 the file being written, %2 the system's reason ("No space left on device")
    m_failure = tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(m_path), cause);
    setErrorString(m_failure);
}

qint64 ExportFile::readData(char *, qint64)
{
    return -1;
}

qint64 ExportFile::writeData(const char *data, qint64 size)
{
    if (!m_failure.isEmpty())
        return -1;
    m_buffer.append(data, qsizetype(size));
    if (m_buffer.size() >= BufferSize && !flushBuffer())
        return -1;
    return size;
}

bool ExportFile::flushBuffer()
{
    qsizetype done = 0;
    while (done < m_buffer.size()) {
        // A short count is not an error by itself; the next write says why it stopped.
        const qint64 written = m_file.write(m_buffer.constData() + done, m_buffer.size() - done);
        if (written <= 0) {
            fail(m_file.error() != QFileDevice::NoError ? m_file.errorString()
                                                        : tr("the disk took no more data"));
            m_buffer.clear();
            return false;
        }
        done += qsizetype(written);
    }
    m_buffer.clear();
    return true;
}

Status ExportFile::commit()
{
    if (!m_file.isOpen() && m_failure.isEmpty())
        fail(tr("the file was not opened"));
    if (m_failure.isEmpty())
        flushBuffer();
#ifdef Q_OS_UNIX
    // The disk may refuse the data only now (delayed allocation, network and quota file systems).
    if (m_failure.isEmpty() && ::fsync(m_file.handle()) != 0 && errno != EINVAL && errno != EROFS)
        fail(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    QIODevice::close();
    if (!m_failure.isEmpty()) {
        if (m_file.isOpen())
            m_file.cancelWriting();
        return Error {m_failure};
    }
    if (!m_file.commit()) {
        fail(m_file.errorString());
        return Error {m_failure};
    }
    return {};
}

Status ExportFile::save(const QString &path, const QByteArray &bytes)
{
    ExportFile file(path);
    if (!file.open())
        return Error {file.failure()};
    file.write(bytes);
    return file.commit();
}

} // namespace Recoupe
