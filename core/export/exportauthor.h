// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QString>

namespace Recoupe {

// Whose name an export writes on annotations: each one's own author, one name for all, or
// none at all, for a pack that must not identify who worked on it.
class ExportAuthor
{
public:
    static ExportAuthor stored() { return ExportAuthor(Policy::Stored, QString()); }
    static ExportAuthor named(const QString &name)
    {
        return name.trimmed().isEmpty() ? anonymous() : ExportAuthor(Policy::Named, name.trimmed());
    }
    static ExportAuthor anonymous() { return ExportAuthor(Policy::Anonymous, QString()); }

    bool isAnonymous() const { return m_policy == Policy::Anonymous; }
    // The name to write for `annotation`; empty means write none.
    QString of(const Annotation &annotation) const
    {
        switch (m_policy) {
        case Policy::Stored:
            return annotation.author;
        case Policy::Named:
            return m_name;
        case Policy::Anonymous:
            break;
        }
        return QString();
    }

private:
    enum class Policy
    {
        Stored,
        Named,
        Anonymous
    };
    ExportAuthor(Policy policy, QString name)
        : m_policy(policy)
        , m_name(std::move(name))
    { }

    Policy m_policy;
    QString m_name;
};

} // namespace Recoupe
