// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Recoupe {

// Turns a file's bytes into text, choosing the encoding the way a careful reader would: a byte
// order mark wins, then the encoding the file declares (HTML <meta charset>), then UTF-8 when
// the bytes are valid UTF-8, else the 8-bit encoding uchardet recognises (KOI8-R, Windows-1251,
// ISO-8859-2…), else Windows-1252 (French files saved by older Windows tools).
class TextDecoder
{
public:
    struct Decoded
    {
        QString text;
        // What the text was decoded from: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252",
        // "ISO-8859-1" (Windows-1252 bytes that use none of its 0x80–0x9F extras) or the
        // declared or detected name of another encoding, in lower case ("koi8-r").
        QString encoding;
        // The declared encoding was not used (wrong or unknown): worth a warning.
        bool declarationIgnored = false;
    };

    // `declared` is a charset label found in the document, empty when none.
    static Decoded decode(const QByteArray &bytes, const QByteArray &declared = QByteArray());

    // Windows-1252 as browsers read it: Latin-1 plus typographic characters in 0x80–0x9F
    // (0x92 ’, 0x9C œ, 0x80 €…). Sets *usesExtras when any byte in 0x80–0x9F occurs.
    static QString fromWindows1252(const char *data, qsizetype size, bool *usesExtras = nullptr);
    // The Windows-1252 character for a byte or a numeric HTML reference in 0x80–0x9F.
    static char16_t windows1252Extra(unsigned value);

    // True when the bytes look like a binary file rather than text in any encoding we read:
    // more than 1 % control characters (NUL included) in the first 64 KiB. UTF-16 and UTF-32
    // with a BOM are text.
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace Recoupe
