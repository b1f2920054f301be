// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportprovenance.h"

#include <QFileInfo>
#include <QUrl>

namespace Recoupe {

bool ExportProvenance::isWebAddress(const QString &origin)
{
    const QUrl url(origin, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

QString ExportProvenance::originOf(const Source &source) const
{
    const QString &origin = source.origin;
    if (origin.isEmpty() || isWebAddress(origin))
        return origin;
    switch (m_origin) {
    case Origin::FullPath:
        return origin;
    case Origin::None:
        return QString();
    case Origin::FileName:
        break;
    }
    // A file: URL or a path, Unix or Windows style: the last part only.
    const QUrl url(origin, QUrl::StrictMode);
    QString path = url.isValid() && url.isLocalFile() ? url.toLocalFile() : origin;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return QFileInfo(path).fileName();
}

QString ExportProvenance::canonicalUrlOf(const Source &source) const
{
    Source local;
    local.origin = source.canonicalUrl;
    return originOf(local);
}

QString ExportProvenance::name(Origin origin)
{
    switch (origin) {
    case Origin::FileName:
        break;
    case Origin::None:
        return QStringLiteral("none");
    case Origin::FullPath:
        return QStringLiteral("path");
    }
    return QStringLiteral("name");
}

bool ExportProvenance::fromName(const QString &name, Origin *origin)
{
    for (Origin o : {Origin::FileName, Origin::None, Origin::FullPath}) {
        if (name.trimmed().compare(ExportProvenance::name(o), Qt::CaseInsensitive) == 0) {
            *origin = o;
            return true;
        }
    }
    return false;
}

QString ExportProvenance::describe() const
{
    switch (m_origin) {
    case Origin::FileName:
        break;
    case Origin::None:
        return tr("Each source leaves with its SHA-256 and its web address when it has one; nothing "
                  "about the file it was imported from.");
    case Origin::FullPath:
        return tr("Each source leaves with its SHA-256, its web address when it has one, and the full "
                  "path of the file it was imported from: folder names, and the account name in them, "
                  "leave with the export.");
    }
    return tr("Each source leaves with its SHA-256, its web address when it has one, and the name of "
              "the file it was imported from, without its folders.");
}

} // namespace Recoupe
