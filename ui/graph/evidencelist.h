// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>
#include <QPointer>

namespace Recoupe {

class Dossier;

// The passages behind a relationship (or any set of annotations): each quote with its source.
// Activating one opens it on the desk (Ctrl: in a new pane); with two or more selected,
// openSelected() puts them side by side.
class EvidenceList : public QListWidget
{
    Q_OBJECT

public:
    enum Role
    {
        AnnotationIdRole = Qt::UserRole + 1,
        SourceIdRole,
        StartRole,
        EndRole
    };

    explicit EvidenceList(QWidget *parent = nullptr);

    void setDossier(Dossier *dossier);
    // Lists these annotations in source then text order; unknown ids are left out.
    void showAnnotations(const QVector<qint64> &annotationIds);
    QVector<qint64> annotationIds() const;

    // Opens the selected passages: the first in the current pane, the others each in a new one.
    void openSelected();
    // Opens one row's passage.
    void openRow(int row, bool newPane);

    // A passage cut to `length` characters on one line, with an ellipsis.
    static QString shortQuote(const QString &text, int length = 160);

Q_SIGNALS:
    void passageRequested(qint64 sourceId, qint64 start, qint64 end, bool newPane);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointer<Dossier> m_dossier;
};

} // namespace Recoupe
