// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdffixtures.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>

namespace Recoupe {

namespace {

QString g_lastError;

QString latexEscape(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\textbackslash{}"));
    for (const char *special : { "&", "%", "$", "#", "_", "{", "}" })
        text.replace(QLatin1String(special), QLatin1Char('\\') + QLatin1String(special));
    return text;
}

} // namespace

QString PdfFixtures::lastError()
{
    return g_lastError;
}

bool PdfFixtures::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray PdfFixtures::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int PdfFixtures::run(const QString &program, const QStringList &arguments, const QString &workDir,
    QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), workDir); // TeX and friends write caches under HOME
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        g_lastError = QStringLiteral("%1 did not start").arg(program);
        return -1;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        g_lastError = QStringLiteral("%1 timed out").arg(program);
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (err)
        *err = errors;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        g_lastError = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(errors.right(2000)));
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray PdfFixtures::fromQt(const QStringList &paragraphs, const QString &family, int paragraphsPerPage)
{
    static const bool fontsLoaded = [] {
        for (const char *file : { "DejaVuSerif.ttf", "DejaVuSans.ttf" })
            QFontDatabase::addApplicationFont(
                QStringLiteral("/usr/share/fonts/truetype/dejavu/") + QLatin1String(file));
        return true;
    }();
    Q_UNUSED(fontsLoaded)
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        writer.setTitle(QStringLiteral("Fixture"));
        QPainter painter(&writer);
        QFont font(family);
        font.setPointSizeF(12);
        painter.setFont(font);
        const QRectF area(60, 60, 595 - 120, 842 - 120);
        qreal y = area.top();
        int onPage = 0;
        for (const QString &paragraph : paragraphs) {
            const QRectF needed = painter.boundingRect(QRectF(area.left(), y, area.width(), 10000),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, paragraph);
            if ((paragraphsPerPage > 0 && onPage == paragraphsPerPage)
                || y + needed.height() > area.bottom()) {
                writer.newPage();
                y = area.top();
                onPage = 0;
            }
            painter.drawText(QRectF(area.left(), y, area.width(), needed.height() + 1),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, paragraph);
            y += needed.height() + 14;
            ++onPage;
        }
    }
    return bytes;
}

QByteArray PdfFixtures::fromGroff(const QString &title, const QStringList &paragraphs)
{
    QTemporaryDir dir;
    QString source = QStringLiteral(".TL\n") + title + QStringLiteral("\n");
    for (const QString &paragraph : paragraphs)
        source += QStringLiteral(".PP\n") + paragraph + QLatin1Char('\n');
    write(dir.filePath(QStringLiteral("doc.ms")), source.toUtf8());
    QByteArray pdf;
    if (run(QStringLiteral("groff"),
            { QStringLiteral("-k"), QStringLiteral("-ms"), QStringLiteral("-Tpdf"),
                QStringLiteral("doc.ms") },
            dir.path(), &pdf)
        != 0)
        return QByteArray();
    return pdf;
}

QByteArray PdfFixtures::fromLatexSource(const QString &source)
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("doc.tex")), source.toUtf8());
    // Twice: bookmarks and cross-references come from the first run's auxiliary files.
    for (int pass = 0; pass < 2; ++pass) {
        if (run(QStringLiteral("pdflatex"),
                { QStringLiteral("-interaction=nonstopmode"), QStringLiteral("-halt-on-error"),
                    QStringLiteral("doc.tex") },
                dir.path())
            != 0)
            return QByteArray();
    }
    return read(dir.filePath(QStringLiteral("doc.pdf")));
}

QByteArray PdfFixtures::fromLatex(const QString &title, const QStringList &paragraphs, bool twoColumns)
{
    QTemporaryDir dir;
    QString source = twoColumns ? QStringLiteral("\\documentclass[twocolumn]{article}\n")
                                : QStringLiteral("\\documentclass{article}\n");
    source += QStringLiteral("\\begin{document}\n\\section*{") + latexEscape(title) + QStringLiteral("}\n");
    for (const QString &paragraph : paragraphs)
        source += latexEscape(paragraph) + QStringLiteral("\n\n");
    source += QStringLiteral("\\end{document}\n");
    write(dir.filePath(QStringLiteral("doc.tex")), source.toUtf8());
    if (run(QStringLiteral("pdflatex"),
            { QStringLiteral("-interaction=nonstopmode"), QStringLiteral("-halt-on-error"),
                QStringLiteral("doc.tex") },
            dir.path())
        != 0)
        return QByteArray();
    return read(dir.filePath(QStringLiteral("doc.pdf")));
}

QByteArray PdfFixtures::throughQpdf(const QByteArray &pdf, const QStringList &arguments)
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("in.pdf")), pdf);
    const int code = run(QStringLiteral("qpdf"),
        arguments + QStringList { QStringLiteral("in.pdf"), QStringLiteral("out.pdf") }, dir.path());
    // 3 means "succeeded with warnings".
    if (code != 0 && code != 3)
        return QByteArray();
    return read(dir.filePath(QStringLiteral("out.pdf")));
}

} // namespace Recoupe
