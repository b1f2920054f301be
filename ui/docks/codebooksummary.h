// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

class QTimer;

namespace Recoupe {

class Dossier;

// The status bar's one-line view of the codebook: "Codebook: Réserves de la commission (3) ·
// Dates clés (5)", each top-level tag with the number of highlights carrying it or a tag below
// it. Follows the Dossier's tag and annotation signals.
class CodebookSummary : public QLabel
{
    Q_OBJECT

public:
    explicit CodebookSummary(Dossier *dossier, QWidget *parent = nullptr);
    ~CodebookSummary() override;

    // nullptr: no dossier open (the label is empty).
    void setDossier(Dossier *dossier);
    Dossier *dossier() const;

    // How many top-level tags are listed before "…" (the tooltip lists them all).
    void setMaximumTags(int count);

protected:
    // The line elided to the width the status bar grants ("…"), rather than cut mid-word.
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    QPointer<Dossier> m_dossier;
    QTimer *m_refresh = nullptr;
    int m_maximumTags = 6;
};

} // namespace Recoupe
