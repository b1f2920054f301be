// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Recoupe {

class Dossier;

// Picks a codebook tag by typing part of its path ("rés com" finds "Réserves/Commission",
// accents and case aside), or names a new one ("Dates clés/Départ") to create with the tagging.
class TagPickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TagPickerDialog(Dossier *dossier, QWidget *parent = nullptr);

    // Shows the passage being tagged above the field.
    void setPassage(const QString &text);

    // After acceptance: the existing tag picked, or 0 and the path of a tag to create.
    qint64 tagId() const { return m_tagId; }
    QString newTagPath() const { return m_newPath; }

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        qint64 id = 0;
        QString path;
        QString key; // folded for matching
        QColor color;
        int uses = 0;
    };

    static QString fold(const QString &text);
    void refilter();

    QLabel *m_passage;
    QLineEdit *m_search;
    QListWidget *m_list;
    QVector<Entry> m_entries;
    qint64 m_tagId = 0;
    QString m_newPath;
};

} // namespace Recoupe
