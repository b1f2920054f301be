// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QUrl;

namespace Recoupe {

// Help ▸ Guide: the user guide that comes with the application (docs/guide*.md and its images),
// in the user's language when there is a translation, read offline in a window of its own.
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    // The folder holding the guide: installed with the program, in the data folders, or, for a
    // program run from its build folder, the source tree's docs. Empty if none is found.
    static QString guideDirectory();
    // The guide in `locale`'s language (guide.fr.md), else the English one (guide.md).
    static QString guideFile(const QString &directory, const QLocale &locale = QLocale());

    // Shows a guide file, its images resolved beside it. False, with a message, if it is unreadable.
    bool load(const QString &path);
    QString currentFile() const { return m_file; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void followLink(const QUrl &url);

    QTextBrowser *m_browser;
    QLabel *m_message;
    QString m_file;
};

} // namespace Recoupe
