// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointindex.h"

#include <algorithm>

namespace Recoupe {

CodePointIndex::CodePointIndex(QStringView text)
    : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_pairsCodePoints.append(i - m_pairsUtf16.size());
            m_pairsUtf16.append(i);
            ++i;
        }
    }
}

qint64 CodePointIndex::toCodePoints(qint64 utf16) const
{
    // Every pair starting before the offset counted one unit too many.
    const auto before
        = std::lower_bound(m_pairsUtf16.begin(), m_pairsUtf16.end(), utf16) - m_pairsUtf16.begin();
    return utf16 - before;
}

qint64 CodePointIndex::toUtf16(qint64 codePoints) const
{
    const auto before = std::lower_bound(m_pairsCodePoints.begin(), m_pairsCodePoints.end(), codePoints)
        - m_pairsCodePoints.begin();
    return codePoints + before;
}

} // namespace Recoupe
