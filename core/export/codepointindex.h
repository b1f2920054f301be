// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QVector>

namespace Recoupe {

// Converts offsets in a text between UTF-16 code units (QString indices, how Recoupe stores
// them) and Unicode code points (how the W3C Web Annotation model counts). They differ by one
// for every character outside the Basic Multilingual Plane (emoji, some CJK, historic scripts)
// before the offset. Built once per text; each conversion is a binary search over those
// characters only.
class CodePointIndex
{
public:
    explicit CodePointIndex(QStringView text);

    // An offset inside a surrogate pair counts as the pair's start.
    qint64 toCodePoints(qint64 utf16) const;
    qint64 toUtf16(qint64 codePoints) const;
    qint64 utf16Length() const { return m_utf16Length; }
    qint64 codePointLength() const { return toCodePoints(m_utf16Length); }

private:
    QVector<qint64> m_pairsUtf16; // where each surrogate pair starts, in UTF-16 units
    QVector<qint64> m_pairsCodePoints; // the same characters, in code points
    qint64 m_utf16Length = 0;
};

} // namespace Recoupe
