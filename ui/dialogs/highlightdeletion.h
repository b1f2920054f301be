// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

class QWidget;

namespace Recoupe {

class Dossier;

// Deleting a highlight that claims or relationships cite takes their evidence away: the user is
// asked first, told which ones cite it and which will be left with no evidence at all. A
// highlight nothing cites goes at once (Edit ▸ Undo brings either back).
class HighlightDeletion
{
    Q_DECLARE_TR_FUNCTIONS(HighlightDeletion)

public:
    // What the question says: "Cited by 1 claim: “…”", the relationships it supports, and what is
    // left with no evidence. Empty when nothing cites the highlight.
    static QString warning(Dossier &dossier, qint64 annotationId);

    // Asks when something cites the highlight, then deletes it (one undo step). *cancelled is set
    // when the user said no (the result is then a success: nothing was meant to happen).
    static Status run(QWidget *parent, Dossier &dossier, qint64 annotationId, bool *cancelled = nullptr);
};

} // namespace Recoupe
