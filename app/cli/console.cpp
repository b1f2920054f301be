// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace Recoupe {

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QByteArray jsonBytes(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    // Scalars: wrap and unwrap, QJsonDocument only writes arrays and objects.
    QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2) + '\n';
}

} // namespace

void Console::printLine(const QString &text)
{
    clearProgress();
    write(stdout, text.toUtf8() + '\n');
}

void Console::print(const QString &text)
{
    clearProgress();
    write(stdout, text.toUtf8());
}

void Console::printBytes(const QByteArray &bytes)
{
    clearProgress();
    write(stdout, bytes);
}

void Console::printJson(const QJsonValue &value)
{
    clearProgress();
    write(stdout, jsonBytes(value));
}

void Console::error(const QString &message)
{
    QString line = message.trimmed();
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    errorLine(QCoreApplication::applicationName() + QLatin1String(": ") + line);
}

QString Console::oneLine(const QString &text)
{
    auto isControl = [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7F;
    };
    if (!text.startsWith(QLatin1Char('"')) && std::none_of(text.begin(), text.end(), isControl))
        return text;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\n':
            quoted += QLatin1String("\\n");
            break;
        case '\r':
            quoted += QLatin1String("\\r");
            break;
        case '\t':
            quoted += QLatin1String("\\t");
            break;
        case '"':
            quoted += QLatin1String("\\\"");
            break;
        case '\\':
            quoted += QLatin1String("\\\\");
            break;
        default:
            if (isControl(c))
                quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    return quoted + QLatin1Char('"');
}

void Console::errorLine(const QString &text)
{
    clearProgress();
    write(stderr, text.toUtf8() + '\n');
}

bool Console::progressShown() const
{
    static const bool terminal = isatty(STDERR_FILENO) == 1;
    return terminal;
}

void Console::progress(const QString &text)
{
    if (!progressShown())
        return;
    // Carriage return and "erase line": the next progress line replaces this one.
    write(stderr, "\r\x1b[K" + text.toUtf8());
    m_progressVisible = true;
}

void Console::clearProgress()
{
    if (!m_progressVisible)
        return;
    m_progressVisible = false;
    write(stderr, "\r\x1b[K");
}

} // namespace Recoupe
