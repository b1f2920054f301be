// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Recoupe {

// SHA-256 of a source's original bytes, by OpenSSL's libcrypto (which picks the CPU's SHA
// extensions or AVX2 itself). Imports hash every file before reading it, to recognise one
// already in the dossier; the hash is also the source's identity in every export.
class ContentDigest
{
public:
    static QByteArray sha256(QByteArrayView data);
    // Lower-case hexadecimal, as sources store it.
    static QString sha256Hex(QByteArrayView data);
};

} // namespace Recoupe
