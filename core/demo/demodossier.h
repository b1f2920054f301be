// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace Recoupe {

// The sample dossier behind `recoupe --demo`: a short fictional case written for Recoupe (an
// agency head leaving for a cloud company that holds one of the agency's contracts), with an
// article, the ethics commission's opinion, working notes and a contract register as a PDF,
// already read: a codebook, highlights, claims, people and institutions, dated relationships.
class DemoDossier
{
    Q_DECLARE_TR_FUNCTIONS(DemoDossier)

public:
    // Builds the sample dossier at `path`, which must not exist yet.
    static Status create(const QString &path);
    // The sample dossier in the user's data folder, built on first use.
    static Result<QString> ensure();
};

} // namespace Recoupe
