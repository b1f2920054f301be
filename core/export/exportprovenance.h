// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"

#include <QCoreApplication>
#include <QString>

namespace Recoupe {

// What an export says of where each source came from. A local folder or file path often names
// the source, or the account of whoever keeps it ("/home/jdupont/Sources/Lanceur Paul D/…"), so
// by default an export carries the file name at most, beside the SHA-256 and the canonical URL;
// the full path leaves only when the user asks for it. A web address (http, https) is public
// and always kept.
class ExportProvenance
{
    Q_DECLARE_TR_FUNCTIONS(ExportProvenance)

public:
    enum class Origin
    {
        FileName, // a local file by its name alone (the default)
        None, // nothing of a local file
        FullPath // the path as imported, folders and all
    };

    ExportProvenance() = default;
    explicit ExportProvenance(Origin origin)
        : m_origin(origin)
    { }

    Origin origin() const { return m_origin; }
    // The origin an export writes for `source`: empty when it must say nothing.
    QString originOf(const Source &source) const;
    // The same for its canonical address, in case it names a local file.
    QString canonicalUrlOf(const Source &source) const;
    // Whether `origin` is a web address rather than a place on this computer.
    static bool isWebAddress(const QString &origin);

    // The names the command line takes ("name", "none", "path").
    static QString name(Origin origin);
    static bool fromName(const QString &name, Origin *origin);
    // One sentence for the user: what provenance leaves with the export.
    QString describe() const;

private:
    Origin m_origin = Origin::FileName;
};

} // namespace Recoupe
