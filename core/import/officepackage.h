// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Recoupe {

// The ZIP package of an office document (.docx, .odt), read from memory with libarchive.
// Guards against ZIP bombs: the members read may not expand beyond MaxExpandedBytes in all, nor
// beyond MaxRatio times the size of the package (past the first megabyte), and reading stops
// as soon as either is crossed, whatever sizes the archive claims.
class OfficePackage
{
    Q_DECLARE_TR_FUNCTIONS(OfficePackage)

public:
    static constexpr qint64 MaxExpandedBytes = qint64(256) << 20;
    static constexpr qint64 MaxRatio = 100;

    // Reads the members named in `wanted` (others are skipped without being expanded). The
    // error names `shown` and says whether the package is damaged, a bomb or encrypted.
    static Result<OfficePackage> open(
        const QByteArray &bytes, const QStringList &wanted, const QString &shown);

    bool contains(const QString &name) const { return m_members.contains(name); }
    QByteArray member(const QString &name) const { return m_members.value(name); }

private:
    QHash<QString, QByteArray> m_members;
};

} // namespace Recoupe
