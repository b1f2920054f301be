// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <memory>

namespace Recoupe {

namespace {

// Windows-1252 0x80–0x9F. The five undefined bytes map to the C1 control of the same value,
// as the WHATWG Encoding standard does.
const char16_t Windows1252Extras[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, //
};

enum class Bom
{
    None,
    Utf8,
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be
};

Bom detectBom(const QByteArray &b)
{
    auto at = [&](int i) {
        return uchar(b.at(i));
    };
    if (b.size() >= 4 && at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0)
        return Bom::Utf32Le;
    if (b.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF)
        return Bom::Utf32Be;
    if (b.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF)
        return Bom::Utf8;
    if (b.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE)
        return Bom::Utf16Le;
    if (b.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF)
        return Bom::Utf16Be;
    return Bom::None;
}

// Decodes with a Qt codec; false when the bytes are not valid in it.
bool decodeWith(QStringConverter::Encoding encoding, const QByteArray &bytes, qsizetype skip, QString *out)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    *out = decoder.decode(QByteArrayView(bytes).sliced(skip));
    return !decoder.hasError();
}

bool isWindows1252Label(const QByteArray &label)
{
    // The labels browsers treat as Windows-1252 (the WHATWG list, most common ones).
    static const char *const labels[] = {"windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
        "iso_8859-1", "iso88591", "latin1", "l1", "ascii", "us-ascii", "ansi_x3.4-1968", "cp819", "ibm819",
        "iso-ir-100", "csisolatin1"};
    for (const char *l : labels) {
        if (label == l)
            return true;
    }
    return false;
}

// Mozilla's detector (uchardet) names the 8-bit encoding of bytes that are not UTF-8: KOI8-R,
// Windows-1251, ISO-8859-2, MacRoman… Empty when it has no answer. It reads at most 1 MiB: a
// longer file says nothing more about its encoding.
QByteArray detectCharset(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(
        uchardet_new(), uchardet_delete);
    if (!detector)
        return {};
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1 << 20);
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(sample)) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get())).toLower();
}

TextDecoder::Decoded fromBytesWithoutDeclaration(const QByteArray &bytes)
{
    TextDecoder::Decoded d;
    if (decodeWith(QStringConverter::Utf8, bytes, 0, &d.text)) {
        d.encoding = QStringLiteral("UTF-8");
        return d;
    }
    const QByteArray detected = detectCharset(bytes);
    // Windows-1252 and Latin-1 are read the way browsers read them (below); UTF-16 and UTF-32
    // without a byte order mark are never guessed: such a guess on 8-bit text is garbage.
    if (!detected.isEmpty() && detected != "ascii" && !isWindows1252Label(detected)
        && !detected.startsWith("utf")) {
        QStringDecoder decoder(detected.constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError()) {
                d.text = std::move(text);
                d.encoding = QString::fromLatin1(detected);
                return d;
            }
        }
    }
    bool extras = false;
    d.text = TextDecoder::fromWindows1252(bytes.constData(), bytes.size(), &extras);
    d.encoding = extras ? QStringLiteral("windows-1252") : QStringLiteral("ISO-8859-1");
    return d;
}

} // namespace

char16_t TextDecoder::windows1252Extra(unsigned value)
{
    return value >= 0x80 && value <= 0x9F ? Windows1252Extras[value - 0x80] : char16_t(value);
}

QString TextDecoder::fromWindows1252(const char *data, qsizetype size, bool *usesExtras)
{
    QString result(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(result.data());
    bool extras = false;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(data[i]);
        if (c >= 0x80 && c <= 0x9F) {
            out[i] = Windows1252Extras[c - 0x80];
            extras = true;
        } else {
            out[i] = c;
        }
    }
    if (usesExtras)
        *usesExtras = extras;
    return result;
}

TextDecoder::Decoded TextDecoder::decode(const QByteArray &bytes, const QByteArray &declared)
{
    Decoded d;
    switch (detectBom(bytes)) {
    case Bom::Utf8:
        decodeWith(QStringConverter::Utf8, bytes, 3, &d.text);
        d.encoding = QStringLiteral("UTF-8");
        return d;
    case Bom::Utf16Le:
        decodeWith(QStringConverter::Utf16LE, bytes, 2, &d.text);
        d.encoding = QStringLiteral("UTF-16LE");
        return d;
    case Bom::Utf16Be:
        decodeWith(QStringConverter::Utf16BE, bytes, 2, &d.text);
        d.encoding = QStringLiteral("UTF-16BE");
        return d;
    case Bom::Utf32Le:
        decodeWith(QStringConverter::Utf32LE, bytes, 4, &d.text);
        d.encoding = QStringLiteral("UTF-32LE");
        return d;
    case Bom::Utf32Be:
        decodeWith(QStringConverter::Utf32BE, bytes, 4, &d.text);
        d.encoding = QStringLiteral("UTF-32BE");
        return d;
    case Bom::None:
        break;
    }

    const QByteArray label = declared.trimmed().toLower();
    if (label.isEmpty())
        return fromBytesWithoutDeclaration(bytes);
    if (label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8") {
        d = fromBytesWithoutDeclaration(bytes);
        d.declarationIgnored = d.encoding != QLatin1String("UTF-8");
        return d;
    }
    if (isWindows1252Label(label)) {
        bool extras = false;
        d.text = fromWindows1252(bytes.constData(), bytes.size(), &extras);
        d.encoding = extras ? QStringLiteral("windows-1252") : QStringLiteral("ISO-8859-1");
        return d;
    }
    // Another declared encoding (ISO-8859-15, …): Qt reads it when built with ICU.
    QStringDecoder decoder(label.constData(), QStringConverter::Flag::Stateless);
    if (decoder.isValid() && !label.startsWith("utf-16") && !label.startsWith("utf-32")) {
        QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            d.text = std::move(text);
            d.encoding = QString::fromLatin1(label);
            return d;
        }
    }
    d = fromBytesWithoutDeclaration(bytes);
    d.declarationIgnored = true;
    return d;
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const Bom bom = detectBom(bytes);
    if (bom == Bom::Utf16Le || bom == Bom::Utf16Be || bom == Bom::Utf32Le || bom == Bom::Utf32Be)
        return false;
    const qsizetype n = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes.at(i));
        // Tab, line feed, form feed, carriage return and escape appear in real text files; a
        // stray NUL does too (it is dropped), but binary files are full of them.
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1B)
            ++controls;
    }
    return controls >= 4 && controls * 100 > n; // more than 1 % control characters, not one stray byte
}

} // namespace Recoupe
