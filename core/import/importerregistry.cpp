// SPDX-License-Identifier: GPL-3.0-or-later
#include "importerregistry.h"

#include "docximporter.h"
#include "emailimporter.h"
#include "htmlimporter.h"
#include "imageimporter.h"
#include "markdownimporter.h"
#include "mboximporter.h"
#include "odtimporter.h"
#include "pdfimporter.h"
#include "textimporter.h"

#include <QFileInfo>

namespace Recoupe {

ImporterRegistry::ImporterRegistry()
{
    // The registration list. Order matters only for sniffing files without a known extension.
    add<PdfImporter>();
    add<HtmlImporter>();
    add<EmailImporter>();
    add<MboxImporter>();
    add<DocxImporter>();
    add<OdtImporter>();
    add<ImageImporter>();
    add<MarkdownImporter>();
    add<TextImporter>();
}

const ImporterRegistry &ImporterRegistry::instance()
{
    static const ImporterRegistry registry;
    return registry;
}

std::vector<const Importer *> ImporterRegistry::importers() const
{
    std::vector<const Importer *> result;
    result.reserve(m_importers.size());
    for (const auto &importer : m_importers)
        result.push_back(importer.get());
    return result;
}

const Importer *ImporterRegistry::byId(const QString &id) const
{
    for (const auto &importer : m_importers) {
        if (importer->id() == id)
            return importer.get();
    }
    return nullptr;
}

const Importer *ImporterRegistry::forFileName(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty())
        return nullptr;
    for (const auto &importer : m_importers) {
        if (importer->extensions().contains(suffix))
            return importer.get();
    }
    return nullptr;
}

const Importer *ImporterRegistry::forFile(const QString &fileName, const QByteArray &head) const
{
    if (const Importer *byName = forFileName(fileName))
        return byName;
    for (const auto &importer : m_importers) {
        if (importer->recognizes(head))
            return importer.get();
    }
    return nullptr;
}

QStringList ImporterRegistry::extensions() const
{
    QStringList result;
    for (const auto &importer : m_importers)
        result += importer->extensions();
    return result;
}

QStringList ImporterRegistry::nameFilters() const
{
    QStringList result;
    for (const QString &extension : extensions())
        result.append(QStringLiteral("*.") + extension);
    return result;
}

} // namespace Recoupe
