// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Recoupe {

// The one place that lists the importers. Adding a format is one new Importer subclass and
// one line in the constructor. Shared by all threads: it never changes after construction.
class ImporterRegistry
{
public:
    static const ImporterRegistry &instance();

    std::vector<const Importer *> importers() const;
    const Importer *byId(const QString &id) const;

    // The importer for this file name's extension (case-insensitive), or null.
    const Importer *forFileName(const QString &fileName) const;
    // By extension, else by the file's first bytes (a PDF saved without ".pdf"); null if none.
    const Importer *forFile(const QString &fileName, const QByteArray &head) const;

    // Every extension any importer reads, lower case, without dots.
    QStringList extensions() const;
    // "*.txt", "*.pdf"…: for QDir listings and file dialogs.
    QStringList nameFilters() const;

private:
    ImporterRegistry();
    template<typename T> void add() { m_importers.push_back(std::make_unique<T>()); }

    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace Recoupe
