// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

namespace Recoupe {

// Source ▸ Read Text Again…: the languages to read a scanned PDF's or an image's pages in, from
// the Tesseract models installed, as checkable items; checked at first: the languages the
// source was read in (or its own language plus English).
class ReadTextAgainDialog : public QDialog
{
    Q_OBJECT

public:
    // `current` is what the source was read in ("fra+eng"), in Tesseract's codes.
    ReadTextAgainDialog(const QString &title, const QString &current, QWidget *parent = nullptr);

    // The checked languages in Tesseract's form ("fra+eng"); empty when none is.
    QString languages() const;
    QListWidget *languageList() const { return m_list; }

private:
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace Recoupe
