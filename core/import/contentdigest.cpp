// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentdigest.h"

#include <openssl/evp.h>

namespace Recoupe {

QByteArray ContentDigest::sha256(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    // EVP_Digest only fails when the digest cannot be set up (no memory); an empty result then
    // matches no stored hash rather than a wrong one.
    if (EVP_Digest(data.data(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QString ContentDigest::sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

} // namespace Recoupe
