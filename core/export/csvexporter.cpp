// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "evidenceset.h"
#include "exportfile.h"

namespace Recoupe {

CsvExporter::CsvExporter(const EvidenceSet &evidence)
    : m_evidence(evidence)
{ }

QString CsvExporter::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvExporter::textCell(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return field(QLatin1Char('\'') + value);
    return field(value);
}

QString CsvExporter::multiValued(const QStringList &values)
{
    QStringList escaped;
    escaped.reserve(values.size());
    for (QString v : values) {
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1Char(';'), QLatin1String("\\;"));
        escaped.append(v);
    }
    return escaped.join(QStringLiteral("; "));
}

QByteArray CsvExporter::toCsv() const
{
    // The byte order mark: without it, spreadsheet programs read the file in the system's
    // legacy code page and show "RÃ©serves".
    QString out(QChar(0xFEFF));
    const QLatin1String crlf("\r\n");
    out += QStringLiteral(
               "source,source_sha256,page,start,end,quote,note,tags,claims,color,author,created,modified")
        + crlf;
    for (const EvidenceSource &s : m_evidence.sources) {
        for (const Annotation &a : s.annotations) {
            QStringList tags;
            for (qint64 id : a.tagIds)
                tags.append(m_evidence.tagPath(id));
            QStringList claims;
            for (qint64 id : a.claimIds) {
                if (const Claim *c = m_evidence.claim(id))
                    claims.append(c->text);
            }
            const QStringList row {
                textCell(s.source.title),
                s.source.sha256,
                a.anchor.page >= 0 ? QString::number(a.anchor.page + 1) : QString(),
                QString::number(a.anchor.start),
                QString::number(a.anchor.end),
                textCell(a.anchor.exact),
                textCell(a.note),
                textCell(multiValued(tags)),
                textCell(multiValued(claims)),
                m_evidence.colorOf(a).name(),
                textCell(m_author.of(a)),
                a.created.isValid() ? a.created.toUTC().toString(Qt::ISODate) : QString(),
                a.modified.isValid() ? a.modified.toUTC().toString(Qt::ISODate) : QString(),
            };
            out += row.join(QLatin1Char(',')) + crlf;
        }
    }
    return out.toUtf8();
}

Status CsvExporter::write(const QString &path) const
{
    return ExportFile::save(path, toCsv());
}

} // namespace Recoupe
