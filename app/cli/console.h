// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Recoupe {

// Where recoupe-cli writes: stdout for results, stderr for errors and progress. Every write is
// UTF-8 and flushed at once, so a script (or a test) reading line by line sees each result as
// soon as it is done, even if the process is killed right after.
class Console
{
public:
    // Writes `text` and a line end on stdout.
    void printLine(const QString &text = QString());
    // Writes `text` as is on stdout (large texts, no line end added).
    void print(const QString &text);
    // Bytes on stdout as they are (an export written to "-").
    void printBytes(const QByteArray &bytes);
    // A JSON document on stdout, indented, with a final line end.
    void printJson(const QJsonValue &value);

    // One line on stderr, prefixed with the tool's name; line breaks in `message` become spaces
    // so that a script can rely on one line per error.
    void error(const QString &message);
    // A line on stderr without the prefix (usage lines, notes).
    void errorLine(const QString &text);

    // `text` as it can stand in a one-line-per-item output: as it is, unless it holds a control
    // character (a line break or a tab in a file name) or starts with a double quote; then in
    // double quotes with C escapes (\n, \t, \", \\, \xHH).
    static QString oneLine(const QString &text);

    // Progress on stderr, rewritten in place; only when stderr is a terminal.
    bool progressShown() const;
    void progress(const QString &text);
    void clearProgress();

private:
    bool m_progressVisible = false;
};

} // namespace Recoupe
