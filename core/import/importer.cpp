// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include <QFileInfo>

namespace Recoupe {

QString ImportContext::fileName() const
{
    return QFileInfo(path).fileName();
}

Importer::~Importer() = default;

bool Importer::recognizes(const QByteArray &) const
{
    return false;
}

Importer::ReadResult Importer::checkHead(const QByteArray &, const ImportContext &) const
{
    return {};
}

} // namespace Recoupe
