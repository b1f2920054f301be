// SPDX-License-Identifier: GPL-3.0-or-later
#include "source.h"

namespace Recoupe {

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Text:
        return QStringLiteral("text");
    case SourceKind::Html:
        return QStringLiteral("html");
    case SourceKind::Markdown:
        return QStringLiteral("markdown");
    case SourceKind::Pdf:
        return QStringLiteral("pdf");
    case SourceKind::Email:
        return QStringLiteral("email");
    case SourceKind::Office:
        return QStringLiteral("office");
    case SourceKind::Image:
        return QStringLiteral("image");
    }
    return QString();
}

bool hasPages(SourceKind kind)
{
    return kind == SourceKind::Pdf || kind == SourceKind::Image;
}

bool sourceKindFromName(const QString &name, SourceKind *kind)
{
    for (SourceKind k : {SourceKind::Text, SourceKind::Html, SourceKind::Markdown, SourceKind::Pdf,
             SourceKind::Email, SourceKind::Office, SourceKind::Image}) {
        if (sourceKindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace Recoupe
