// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "model/tag.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

namespace Recoupe {

class Dossier;

// The highlights of one source, or of the whole dossier, in text order, narrowed by a text, a
// tag and a color. Follows the dossier one annotation at a time: adding, editing, deleting (and
// undoing) inserts, updates or removes that row only.
class AnnotationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        AnnotationIdRole = Qt::UserRole + 1,
        SourceIdRole,
        StartRole,
        EndRole,
        QuoteRole,
        NoteRole,
        ColorRole, // as painted: the first tag's color, else the annotation's
        TagIdsRole, // QVariantList of qint64
        TagNamesRole, // tag paths joined with " · "
        SourceTitleRole,
    };

    explicit AnnotationListModel(QObject *parent = nullptr);

    void setDossier(Dossier *dossier);
    Dossier *dossier() const;
    // The source whose highlights are listed; 0 lists the whole dossier.
    void setScope(qint64 sourceId);
    qint64 scope() const { return m_scope; }
    // Words to find in the quote, note, tags or source title (accents and case aside).
    void setTextFilter(const QString &text);
    // Only highlights carrying this tag (0: any).
    void setTagFilter(qint64 tagId);
    // Only highlights painted in this color (invalid: any).
    void setColorFilter(const QColor &color);
    QString textFilter() const { return m_textFilter; }
    qint64 tagFilter() const { return m_tagFilter; }
    QColor colorFilter() const { return m_colorFilter; }

    // Rows drag out as this MIME type (annotation ids, one per line) onto the claim editor.
    static QString mimeType();
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    int rowOf(qint64 annotationId) const;
    qint64 annotationIdAt(int row) const;
    const Annotation &annotationAt(int row) const { return m_rows.at(row).annotation; }
    // The colors of the highlights listed, for the color filter.
    QVector<QColor> colorsShown() const;
    // Tag paths by id, as shown.
    QString tagPath(qint64 tagId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Annotation annotation;
        QString sourceTitle;
        QColor color;
        QString tagNames;
        QString searchKey;
    };

    void reload();
    void refreshTags();
    Row makeRow(const Annotation &annotation);
    bool inScope(const Annotation &annotation) const;
    bool matches(const Row &row) const;
    int insertionRow(const Annotation &annotation) const;
    void insertRow(Row row);
    void onAdded(qint64 sourceId, qint64 id);
    void onChanged(qint64 sourceId, qint64 id);
    void onRemoved(qint64 sourceId, qint64 id);
    void onTagsChanged();
    void onSourcesRemoved(const QVector<qint64> &ids);
    void onSourcesAdded(const QVector<qint64> &ids);
    void onSourceChanged(qint64 sourceId);

    QPointer<Dossier> m_dossier;
    qint64 m_scope = 0;
    QString m_textFilter;
    QStringList m_textWords;
    qint64 m_tagFilter = 0;
    QColor m_colorFilter;
    QVector<Row> m_rows;
    QHash<qint64, Tag> m_tags;
    QHash<qint64, QString> m_sourceTitles;
};

} // namespace Recoupe
