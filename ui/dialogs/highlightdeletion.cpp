// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightdeletion.h"

#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"

#include <QMessageBox>
#include <QPushButton>

namespace Recoupe {

namespace {

constexpr int ListedLength = 100;

QString shortened(const QString &text)
{
    const QString flat = text.simplified();
    return flat.size() > ListedLength ? flat.left(ListedLength - 1) + QChar(0x2026) : flat;
}

} // namespace

QString HighlightDeletion::warning(Dossier &dossier, qint64 annotationId)
{
    const auto annotation = dossier.annotations().get(annotationId);
    if (!annotation)
        return QString();
    QStringList claims;
    QStringList bareClaims;
    for (qint64 claimId : annotation->claimIds) {
        const auto claim = dossier.claims().get(claimId);
        if (!claim)
            continue;
        //: A claim's statement, quoted
        const QString quoted = tr("“%1”").arg(shortened(claim->text));
        claims.append(quoted);
        if (claim->evidenceIds.size() == 1)
            bareClaims.append(quoted);
    }
    QStringList relationships;
    QStringList bareRelationships;
    for (qint64 relationshipId : annotation->relationshipIds) {
        const auto relationship = dossier.relationships().get(relationshipId);
        if (!relationship)
            continue;
        const auto from = dossier.entities().get(relationship->fromId);
        const auto to = dossier.entities().get(relationship->toId);
        const QString kind = relationship->label.isEmpty() ? relationship->type : relationship->label;
        //: A relationship between two entities: %1 the first, %2 its kind, %3 the second
        const QString named
            = tr("%1 — %2 — %3").arg(from ? from->name : QString(), kind, to ? to->name : QString());
        relationships.append(named);
        if (relationship->evidenceIds.size() == 1)
            bareRelationships.append(named);
    }
    if (claims.isEmpty() && relationships.isEmpty())
        return QString();

    const QString separator = tr("; ", "between items of a list");
    QStringList lines;
    if (!claims.isEmpty())
        lines.append(tr("Cited by %n claim(s): %1.", "", int(claims.size())).arg(claims.join(separator)));
    if (!relationships.isEmpty()) {
        lines.append(tr("Evidence of %n relationship(s): %1.", "", int(relationships.size()))
                         .arg(relationships.join(separator)));
    }
    const QStringList bare = bareClaims + bareRelationships;
    if (!bare.isEmpty()) {
        lines.append(tr("Deleting it leaves %n of them with no evidence at all: %1.", "", int(bare.size()))
                         .arg(bare.join(separator)));
    } else {
        lines.append(tr("Deleting it removes it from their evidence; each keeps its other passages."));
    }
    return lines.join(QLatin1Char('\n'));
}

Status HighlightDeletion::run(QWidget *parent, Dossier &dossier, qint64 annotationId, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    const QString text = warning(dossier, annotationId);
    if (!text.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Delete Highlight"), tr("Delete this highlight?"),
            QMessageBox::Cancel, parent);
        box.setObjectName(QStringLiteral("deleteHighlightQuestion"));
        box.setInformativeText(
            text + QLatin1Char('\n') + tr("Edit ▸ Undo brings it back with its citations."));
        QPushButton *remove = box.addButton(tr("&Delete Highlight"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(remove)) {
            if (cancelled)
                *cancelled = true;
            return {};
        }
    }
    return dossier.removeAnnotation(annotationId);
}

} // namespace Recoupe
