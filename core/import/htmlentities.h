// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Recoupe {

// HTML character references: the HTML5 named ones ("&eacute;", "&rsquo;", "&nbsp;"), decimal
// and hexadecimal ones ("&#233;", "&#x2019;"), with the browsers' tolerance for a missing ';'.
class HtmlEntities
{
public:
    // Decodes the reference starting at text[pos] (an '&'), appending its characters to `out`.
    // Returns how many characters of `text` it used, 0 when this '&' starts no reference.
    static qsizetype decodeAt(QStringView text, qsizetype pos, QString &out);
    // Decodes every reference in `text`.
    static QString decode(QStringView text);
};

} // namespace Recoupe
