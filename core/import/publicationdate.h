// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Recoupe {

// Reads the publication dates documents carry (HTML meta tags, Markdown front matter, PDF
// info) into the ISO 8601 form sources store, cut to the precision given: "2018",
// "2018-05" or "2018-05-07". The time of day is dropped; the date is the one written.
class PublicationDate
{
public:
    // Accepts ISO 8601 dates and date-times, "2018/05/07", "20180507", day-first
    // "07/05/2018", RFC 2822 ("Mon, 07 May 2018 09:58:00 +0200") and written dates in French
    // or English ("7 mai 2018", "May 7, 2018"). Empty when nothing valid is found.
    static QString fromText(const QString &text);
    static QString fromDateTime(const QDateTime &dateTime);
};

} // namespace Recoupe
