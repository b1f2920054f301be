// SPDX-License-Identifier: GPL-3.0-or-later
// What the OCR tests share: running a real tool (pdftoppm, img2pdf, convert, pdftotext) and the
// character error rate of what Tesseract read against the text that was typeset.
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <utility>

namespace OcrCheck {

// Runs `program` to its end; false (with its error output in the log) unless it exits 0.
inline bool run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

// Words only, single spaces, straight apostrophes: what the error rate is measured on.
inline QString normalized(const QString &text)
{
    QString t = text;
    t.replace(QChar(0x2019), QLatin1Char('\''));
    return t.simplified();
}

// Edit distance over the expected text's length.
inline double characterErrorRate(const QString &expected, const QString &got)
{
    const qsizetype n = expected.size(), m = got.size();
    QVector<qsizetype> previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype substitution = previous[j - 1] + (expected[i - 1] == got[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return n == 0 ? 0 : double(previous[m]) / double(n);
}

} // namespace OcrCheck
