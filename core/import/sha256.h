// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Recoupe {

// SHA-256 of a whole buffer, using the CPU's SHA instructions where it has them (most x86-64
// processors since 2017), else QCryptographicHash. Imports hash every file before reading it
// (to recognise one already in the dossier): this keeps that cheap for big files and batches.
class Sha256
{
public:
    static QByteArray hash(QByteArrayView data);
    // Lower-case hexadecimal, as sources store it.
    static QString hex(QByteArrayView data);
    // Whether the SHA instructions are used on this machine.
    static bool usesCpuInstructions();
};

} // namespace Recoupe
