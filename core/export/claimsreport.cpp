// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsreport.h"

#include "evidenceappendix.h"
#include "evidenceset.h"
#include "exportfile.h"

namespace Recoupe {

ClaimsReport::ClaimsReport(const EvidenceSet &evidence)
    : m_evidence(evidence)
{ }

QString ClaimsReport::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    static const QString special = QStringLiteral("\\`*_{}[]<>()#|~");
    bool blank = true; // only spaces so far on this line: "-" or "+" would start a list
    bool number = false; // only digits after them: "." would make a numbered list
    for (const QChar c : text) {
        const bool escape = special.contains(c) || ((c == QLatin1Char('-') || c == QLatin1Char('+')) && blank)
            || (c == QLatin1Char('.') && number);
        if (escape)
            out += QLatin1Char('\\');
        out += c;
        if (c == QLatin1Char('\n')) {
            blank = true;
            number = false;
        } else if (c.isDigit() && (blank || number)) {
            blank = false;
            number = true;
        } else if (!c.isSpace() || !blank) {
            blank = false;
            number = false;
        }
    }
    return out;
}

QString ClaimsReport::toMarkdown() const
{
    QString md;
    md += QStringLiteral("# ") + escaped(tr("Claims of the dossier “%1”").arg(m_evidence.dossierName))
        + QStringLiteral("\n\n");
    const QVector<const Claim *> claims = m_evidence.claimsInScope();
    if (claims.isEmpty())
        md += escaped(tr("The dossier has no claim about these sources yet.")) + QStringLiteral("\n\n");
    int number = 0;
    for (const Claim *c : claims) {
        ++number;
        md += QStringLiteral("## %1. ").arg(number) + escaped(c->text.simplified()) + QStringLiteral("\n\n");
        QString facts = QStringLiteral("**") + tr("Status:") + QStringLiteral("** ")
            + EvidenceAppendix::statusText(int(c->status));
        if (const Entity *speaker = c->speakerId ? m_evidence.entity(c->speakerId) : nullptr) {
            facts
                += QStringLiteral(" · **") + tr("Speaker:") + QStringLiteral("** ") + escaped(speaker->name);
            const QString stance = EvidenceAppendix::stanceText(int(c->stance));
            if (!stance.isEmpty())
                facts += QStringLiteral(" (") + stance + QLatin1Char(')');
        }
        QStringList subjects;
        for (qint64 id : c->subjectIds) {
            if (const Entity *e = m_evidence.entity(id))
                subjects.append(escaped(e->name));
        }
        if (!subjects.isEmpty())
            facts += QStringLiteral(" · **") + tr("About:") + QStringLiteral("** ")
                + subjects.join(QStringLiteral(", "));
        md += facts + QStringLiteral("\n\n");
        if (!c->note.trimmed().isEmpty())
            md += escaped(c->note.trimmed()) + QStringLiteral("\n\n");
        if (c->evidenceIds.isEmpty())
            md += QStringLiteral("*") + tr("No citation yet.") + QStringLiteral("*\n\n");
        for (qint64 evidenceId : c->evidenceIds) {
            const EvidenceSource *source = nullptr;
            const Annotation *a = m_evidence.annotation(evidenceId, &source);
            if (!a) {
                md += QStringLiteral("- *") + tr("A passage of a source that is not part of this report.")
                    + QStringLiteral("*\n");
                continue;
            }
            md += QStringLiteral("> ") + escaped(a->anchor.exact.simplified()) + QStringLiteral("\n>\n> — *")
                + escaped(source->source.title) + QLatin1Char('*');
            if (a->anchor.page >= 0)
                md += QStringLiteral(", ") + tr("page %1").arg(a->anchor.page + 1);
            md += QStringLiteral("\n\n");
        }
    }
    md += QStringLiteral("## ") + tr("Sources") + QStringLiteral("\n\n");
    for (const EvidenceSource &s : m_evidence.sources) {
        md += QStringLiteral("- **") + escaped(s.source.title) + QStringLiteral("**");
        if (!s.source.origin.isEmpty())
            md += QStringLiteral(" — ") + escaped(s.source.origin);
        md += QStringLiteral("  \n  SHA-256 `") + s.source.sha256 + QStringLiteral("`\n");
    }
    return md;
}

Status ClaimsReport::write(const QString &path) const
{
    return ExportFile::save(path, toMarkdown().toUtf8());
}

} // namespace Recoupe
