// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodossier.h"

#include "entities/rolename.h"
#include "entities/suggestionreview.h"
#include "import/sourceimporter.h"
#include "storage/annotationstore.h"
#include "storage/dossier.h"
#include "storage/sourcestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

namespace Recoupe {

namespace {

// Typesets the contract register as a one-page PDF, so the demo has a PDF source.
bool writeRegisterPdf(const QString &textPath, const QString &pdfPath)
{
    QFile file(textPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(lines.value(0));
    writer.setCreator(QStringLiteral("Recoupe"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(11);
    painter.setFont(font);
    const int margin = 300; // one inch at 300 dpi
    const int lineHeight = painter.fontMetrics().lineSpacing() * 3 / 2;
    int y = margin;
    for (int i = 0; i < lines.size(); ++i) {
        QFont lineFont = font;
        lineFont.setBold(i == 0);
        lineFont.setPointSizeF(i == 0 ? 14 : 11);
        painter.setFont(lineFont);
        painter.drawText(margin, y, lines[i]);
        y += i == 0 ? lineHeight * 2 : lineHeight;
    }
    return painter.end();
}

struct Passage
{
    const char *source; // file name of the sample
    const char *quote;
    QStringList tags;
    const char *note;
};

} // namespace

Status DemoDossier::create(const QString &path)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error {tr("Cannot prepare the sample dossier: no temporary folder.")};
    const QStringList samples {QStringLiteral("depart-directrice.html"), QStringLiteral("avis-commission.md"),
        QStringLiteral("chronologie.txt"), QStringLiteral("registre-marches.pdf")};
    for (const QString &name : samples) {
        const QString target = scratch.filePath(name);
        if (name.endsWith(QLatin1String(".pdf"))) {
            QFile::copy(
                QStringLiteral(":/sample/registre-marches.txt"), scratch.filePath(QStringLiteral("r.txt")));
            if (!writeRegisterPdf(scratch.filePath(QStringLiteral("r.txt")), target))
                return Error {tr("Cannot prepare the sample dossier: the sample PDF could not be written.")};
        } else if (!QFile::copy(QStringLiteral(":/sample/") + name, target)) {
            return Error {
                tr("Cannot prepare the sample dossier: %1 is missing from the application.").arg(name)};
        }
    }

    auto opened = Dossier::open(path, Dossier::OpenMode::Create);
    if (!opened)
        return Error {opened.error()};
    Dossier &dossier = **opened;
    dossier.setAuthor(tr("Demo"));

    QHash<QString, qint64> sourceIds;
    SourceImporter importer(dossier.database());
    for (const QString &name : samples) {
        const ImportOutcome outcome = importer.importFile(scratch.filePath(name));
        if (outcome.status != ImportOutcome::Status::Imported)
            return Error {tr("Cannot prepare the sample dossier: %1").arg(outcome.message)};
        sourceIds.insert(name, outcome.sourceId);
        Source source = *dossier.sources().get(outcome.sourceId);
        source.origin = QStringLiteral("sample:") + name;
        dossier.sources().updateMetadata(source);
    }

    // The codebook of the case.
    struct TagSpec
    {
        QString name;
        const char *color;
        QString description;
    };
    const QVector<TagSpec> tagSpecs {
        {tr("Commission's reservations"), "#ef5350", tr("Conditions the ethics commission set on the move.")},
        {tr("Key dates"), "#42a5f5", tr("Dates that frame the case.")},
        {tr("Conflict of interest"), "#ab47bc", tr("Links between the official's former and new employers.")},
        {tr("To verify"), "#ffa726", tr("Facts to cross-check with another source.")},
    };
    QHash<QString, qint64> tags;
    for (const TagSpec &spec : tagSpecs) {
        Tag tag;
        tag.name = spec.name;
        tag.color = QColor(QLatin1String(spec.color));
        tag.description = spec.description;
        const auto id = dossier.addTag(tag);
        if (!id)
            return Error {id.error()};
        tags.insert(spec.name, *id);
    }

    const QString reservations = tagSpecs[0].name, dates = tagSpecs[1].name, conflict = tagSpecs[2].name,
                  verify = tagSpecs[3].name;
    const QVector<Passage> passages {
        {"depart-directrice.html", "avis de compatibilité assorti de réserves", {reservations}, ""},
        {"depart-directrice.html", "jusqu'au 31 mars 2027 inclus", {reservations, dates}, ""},
        {"depart-directrice.html", "quittera ses fonctions le 31 mars 2024", {dates}, ""},
        {"depart-directrice.html", "Nuvola Cloud a remporté en 2022 le marché d'hébergement", {conflict},
            "Le marché a été passé par l'agence qu'elle dirigeait."},
        {"avis-commission.md", "elle présidait le comité de pilotage du projet", {conflict, verify},
            "Vérifier dans les comptes rendus du comité."},
        {"avis-commission.md", "s'abstenir de toute relation professionnelle avec l'ANDE", {reservations},
            ""},
        {"registre-marches.pdf", "Titulaire : Nuvola Cloud SAS.", {conflict}, ""},
        {"registre-marches.pdf", "soit jusqu'au 13 juin 2026", {dates}, ""},
        {"chronologie.txt", "1er avril 2024 : Julien Ferrand lui succède", {dates}, ""},
    };
    QVector<qint64> highlights;
    for (const Passage &passage : passages) {
        const qint64 sourceId = sourceIds.value(QLatin1String(passage.source));
        const auto anchor = dossier.anchorForQuote(sourceId, QString::fromUtf8(passage.quote));
        if (!anchor)
            return Error {anchor.error()};
        Annotation annotation;
        annotation.anchor = *anchor;
        for (const QString &tag : passage.tags)
            annotation.tagIds.append(tags.value(tag));
        annotation.note = QString::fromUtf8(passage.note);
        const auto id = dossier.addAnnotation(annotation);
        if (!id)
            return Error {id.error()};
        highlights.append(*id);
    }

    // People and institutions.
    struct EntitySpec
    {
        const char *type;
        QString name;
        QStringList aliases;
    };
    const QVector<EntitySpec> entitySpecs {
        {"Person", QStringLiteral("Claire Vasseur"), {QStringLiteral("Mme Vasseur")}},
        {"PublicBody", QStringLiteral("Agence nationale des données éducatives"), {QStringLiteral("ANDE")}},
        {"Company", QStringLiteral("Nuvola Cloud"), {QStringLiteral("Nuvola Cloud SAS")}},
        {"PublicBody", QStringLiteral("Commission de déontologie"), {}},
        {"Person", QStringLiteral("Paul Demarne"), {}},
        {"Person", QStringLiteral("Antoine Lemarchand"), {}},
        {"Person", QStringLiteral("Julien Ferrand"), {}},
        {"PublicBody", QStringLiteral("Ministère de l'Éducation"), {}},
    };
    QVector<qint64> entities;
    for (const EntitySpec &spec : entitySpecs) {
        Entity entity;
        entity.type = QLatin1String(spec.type);
        entity.name = spec.name;
        entity.aliases = spec.aliases;
        const auto id = dossier.addEntity(entity);
        if (!id)
            return Error {id.error()};
        entities.append(*id);
    }
    // Their names in the sources, marked for review, as Find Mentions does.
    SuggestionReview review(&dossier);
    for (const qint64 id : std::as_const(entities)) {
        const auto found = review.findMentions(id);
        if (!found)
            return Error {found.error()};
    }
    const qint64 vasseur = entities[0], agency = entities[1], nuvola = entities[2], commission = entities[3],
                 ferrand = entities[6], ministry = entities[7];

    // Relationships run from the person (or the contractor) to the organisation.
    struct RelationshipSpec
    {
        const char *type;
        qint64 from, to;
        QString role, label;
        PartialDate start, end;
        QVector<qint64> evidence;
    };
    const QVector<RelationshipSpec> relationshipSpecs {
        {"Employment", vasseur, agency, RoleName::text(RoleName::Role::Director, RoleName::Gender::Woman), {},
            PartialDate::year(2019), PartialDate::day(2024, 3, 31), {highlights[2]}},
        {"Employment", vasseur, nuvola,
            RoleName::text(RoleName::Role::HeadOfPublicSector, RoleName::Gender::Woman), {},
            PartialDate::day(2024, 4, 1), {}, {highlights[0], highlights[1]}},
        {"UnknownLink", nuvola, agency, {}, tr("contractor (contract 2022-017)"),
            PartialDate::day(2022, 6, 14), PartialDate::day(2026, 6, 13),
            {highlights[3], highlights[6], highlights[7]}},
        // Roles agree with the person: the two heads of the agency are a woman and a man.
        {"Employment", ferrand, agency, RoleName::text(RoleName::Role::Director, RoleName::Gender::Man), {},
            PartialDate::day(2024, 4, 1), {}, {highlights[8]}},
        {"Membership", agency, ministry, tr("operator"), {}, {}, {}, {}},
    };
    for (const RelationshipSpec &spec : relationshipSpecs) {
        Relationship relationship;
        relationship.type = QLatin1String(spec.type);
        relationship.fromId = spec.from;
        relationship.toId = spec.to;
        relationship.role = spec.role;
        relationship.label = spec.label;
        relationship.start = spec.start;
        relationship.end = spec.end;
        relationship.evidenceIds = spec.evidence;
        const auto id = dossier.addRelationship(relationship);
        if (!id)
            return Error {id.error()};
    }

    Claim reserved;
    reserved.text
        = tr("The ethics commission allowed the move with reservations that last until 31 March 2027.");
    reserved.status = Claim::Status::Supported;
    reserved.speakerId = commission;
    reserved.stance = Claim::Stance::Asserts;
    reserved.evidenceIds = {highlights[0], highlights[1], highlights[5]};
    reserved.subjectIds = {vasseur};
    reserved.tagIds = {tags.value(reservations)};
    Claim steering;
    steering.text
        = tr("The director chaired the steering committee of the contract later held by her new employer.");
    steering.status = Claim::Status::ToVerify;
    steering.evidenceIds = {highlights[4], highlights[6]};
    steering.subjectIds = {vasseur, nuvola};
    steering.tagIds = {tags.value(conflict), tags.value(verify)};
    for (const Claim &claim : {reserved, steering}) {
        const auto id = dossier.addClaim(claim);
        if (!id)
            return Error {id.error()};
    }

    // The sample is a starting point, not a history to undo.
    dossier.undoStack()->clear();
    return {};
}

Result<QString> DemoDossier::ensure()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder))
        return Error {tr("Cannot create the folder %1 for the sample dossier.").arg(folder)};
    const QString path = QDir(folder).filePath(QStringLiteral("demo.recoupe"));
    if (QFileInfo::exists(path))
        return path;
    // Build next to it, then move in place: a half-built sample never stays behind.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    const Status created = create(partial);
    if (!created.ok()) {
        QFile::remove(partial);
        return Error {created.error()};
    }
    if (!QFile::rename(partial, path))
        return Error {tr("Cannot move the sample dossier to %1.").arg(path)};
    return path;
}

} // namespace Recoupe
