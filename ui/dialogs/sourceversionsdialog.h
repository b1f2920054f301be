// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Recoupe {

class Dossier;

// The versions of one source's content, oldest first, the current one last: each with the date
// it came into the dossier, when it was replaced, its size and hash, its text shown read-only,
// and its original bytes saved to a file on request: what a page said when it was annotated.
class SourceVersionsDialog : public QDialog
{
    Q_OBJECT

public:
    SourceVersionsDialog(Dossier *dossier, qint64 sourceId, QWidget *parent = nullptr);

    QTreeWidget *versionList() const { return m_list; }
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *saveButton() const { return m_save; }
    // The version selected, as numbered in the list (0 when none).
    int selectedVersion() const;
    // Writes the selected version's original bytes to `path`; false (and a message) on failure.
    bool saveSelectedVersion(const QString &path);

private:
    void showSelected();
    void saveInteractive();

    Dossier *m_dossier;
    qint64 m_sourceId;
    QTreeWidget *m_list;
    QPlainTextEdit *m_text;
    QPushButton *m_save;
};

} // namespace Recoupe
