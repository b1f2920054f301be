// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Recoupe {

// Real PDFs made at test time by the producers Debian has: Qt's QPdfWriter, groff, pdfLaTeX,
// and qpdf's transformations of them (cross-reference streams, rotated pages).
class PdfFixtures
{
public:
    // Paragraphs typeset by QPdfWriter in `family` (DejaVu covers Greek and Cyrillic), one or
    // more A4 pages. A classic cross-reference table.
    static QByteArray fromQt(const QStringList &paragraphs,
        const QString &family = QStringLiteral("DejaVu Serif"), int paragraphsPerPage = 0);
    // groff -ms -Tpdf: `paragraphs` after a title. Empty on failure (see lastError()).
    static QByteArray fromGroff(const QString &title, const QStringList &paragraphs);
    // pdfLaTeX, one column or two. ASCII text: the default OT1 encoding ships as Type 1 fonts.
    static QByteArray fromLatex(const QString &title, const QStringList &paragraphs, bool twoColumns);
    // pdfLaTeX on a whole document's source.
    static QByteArray fromLatexSource(const QString &source);
    // qpdf in → out with extra arguments ("--object-streams=generate", "--rotate=+90:1").
    static QByteArray throughQpdf(const QByteArray &pdf, const QStringList &arguments);

    // Runs a program; returns its exit code, -1 if it could not start or timed out.
    static int run(const QString &program, const QStringList &arguments, const QString &workDir,
        QByteArray *out = nullptr, QByteArray *err = nullptr);
    static QString lastError();
    static bool write(const QString &path, const QByteArray &bytes);
    static QByteArray read(const QString &path);
};

} // namespace Recoupe
