// SPDX-License-Identifier: GPL-3.0-or-later
// The case the seed articles tell, built through the Dossier API as an investigator would: the
// five articles as sources, the people and institutions, the passages that give evidence
// (tagged with the codebook's dates, reservations and conflict of interest), the relationships
// with the dates their evidence gives, and the ethics commission's reservations as a claim.
// Shared by the graph tests of core (tests/graph) and of the UI (tests/ui).
#pragma once

#include "entities/relationshipdates.h"
#include "storage/dossier.h"
#include "storage/entitystore.h"
#include "storage/relationshipstore.h"
#include "storage/sourcestore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QVector>

namespace Recoupe {

class SeedCase
{
public:
    explicit SeedCase(Dossier &dossier)
        : m_dossier(dossier)
    { }

    // Reads the seed articles from `seedsDir`; returns what went wrong, or an empty string.
    QString build(const QString &seedsDir)
    {
        const QDir seeds(seedsDir);
        const QStringList files = seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        if (files.size() != 5)
            return QStringLiteral("expected 5 seed articles in %1, found %2").arg(seedsDir).arg(files.size());
        // Publication dates as the articles give them (000: "aujourd'hui" is 7 May 2018).
        const QStringList published = {QStringLiteral("2018-05-07"), QString(), QStringLiteral("2018-09"),
            QStringLiteral("2017-05-18"), QStringLiteral("2017-05")};
        for (int i = 0; i < files.size(); ++i) {
            QFile file(seeds.filePath(files.at(i)));
            if (!file.open(QIODevice::ReadOnly))
                return file.errorString();
            SourceDraft draft;
            draft.original = file.readAll();
            draft.text = QString::fromUtf8(draft.original);
            draft.source.title = files.at(i);
            draft.source.kind = SourceKind::Text;
            draft.source.origin = file.fileName();
            draft.source.published = published.at(i);
            const auto id = m_dossier.sources().insert(draft);
            if (!id)
                return id.error();
            m_seeds.append(*id);
        }
        for (const char *name : {"Dates clés", "Réserves de la commission", "Conflit d'intérêts"}) {
            const auto id = m_dossier.ensureTagPath(QString::fromUtf8(name));
            if (!id)
                return id.error();
            m_tags.insert(QString::fromUtf8(name), *id);
        }

        addEntity(QStringLiteral("jeandron"), QStringLiteral("Person"), QStringLiteral("Mathieu Jeandron"));
        addEntity(QStringLiteral("merriaux"), QStringLiteral("Person"), QStringLiteral("Jean-Marc Merriaux"));
        addEntity(
            QStringLiteral("blanquer"), QStringLiteral("Person"), QStringLiteral("Jean-Michel Blanquer"));
        addEntity(
            QStringLiteral("morin"), QStringLiteral("Person"), QStringLiteral("Catherine Morin-Desailly"));
        addEntity(QStringLiteral("dne"), QStringLiteral("PublicBody"),
            QStringLiteral("Direction du numérique pour l’éducation"), {QStringLiteral("DNE")});
        addEntity(QStringLiteral("ministry"), QStringLiteral("PublicBody"),
            QStringLiteral("ministère de l’Éducation nationale"));
        addEntity(QStringLiteral("commission"), QStringLiteral("PublicBody"),
            QStringLiteral("commission de déontologie de la fonction publique"));
        addEntity(QStringLiteral("senate"), QStringLiteral("PublicBody"), QStringLiteral("Sénat"));
        addEntity(QStringLiteral("aws"), QStringLiteral("Company"), QStringLiteral("Amazon Web Services"),
            {QStringLiteral("AWS")});
        addEntity(QStringLiteral("amazon"), QStringLiteral("Company"), QStringLiteral("Amazon"));
        addEntity(QStringLiteral("microsoft"), QStringLiteral("Company"), QStringLiteral("Microsoft"));

        const QString dates = QStringLiteral("Dates clés");
        const QString reservations = QStringLiteral("Réserves de la commission");
        const qint64 since = highlight(QStringLiteral("since"), 0,
            QStringLiteral("le départ de Mathieu Jeandron, en poste depuis 2015"), dates);
        const qint64 departure = highlight(QStringLiteral("departure"), 0,
            QStringLiteral(
                "dont le gouvernement avait acté le départ lors du Conseil des ministres du 27 avril"),
            dates);
        const qint64 newJob = highlight(QStringLiteral("newJob"), 0,
            QStringLiteral(
                "a pris ses nouvelles fonctions aujourd’hui même. Il exerce désormais en tant qu’architecte "
                "solution chez Amazon Web Services"),
            dates);
        const qint64 joined = highlight(
            QStringLiteral("joined"), 2, QStringLiteral("Il a donc pu rejoindre Amazon Web Services"));
        const qint64 reserve2021 = highlight(QStringLiteral("reserve2021"), 0,
            QStringLiteral("Avec la direction du numérique au ministère de l’Éducation nationale jusqu’au 23 "
                           "avril 2021 inclus."),
            reservations);
        const qint64 reserve2018 = highlight(QStringLiteral("reserve2018"), 0,
            QStringLiteral(
                "Avec le service des technologies et des systèmes d’information du ministère de l’Éducation "
                "nationale jusqu’au 8 septembre 2018 inclus."),
            reservations);
        const qint64 hosting = highlight(QStringLiteral("hosting"), 2,
            QStringLiteral("l'intégralité des données produites par les évaluations nationales seront "
                           "stockées et traitées par l'infrastructure de l'entreprise multinationale Amazon"),
            QStringLiteral("Conflit d'intérêts"));
        const qint64 successor = highlight(QStringLiteral("successor"), 0,
            QStringLiteral(
                "Quant à son successeur à la Direction du numérique pour l’éducation, Jean-Marc Merriaux, il "
                "prend lui aussi ses nouvelles fonctions aujourd’hui"));
        const qint64 microsoftDeal = highlight(QStringLiteral("microsoftDeal"), 2,
            QStringLiteral("avait signé, en juin 2017, un accord avec ce ministère et Microsoft"));
        if (!m_error.isEmpty())
            return m_error;

        link(QStringLiteral("directs"), QStringLiteral("Directorship"), QStringLiteral("jeandron"),
            QStringLiteral("dne"), {since, departure},
            QStringLiteral("directeur du numérique pour l’éducation"));
        link(QStringLiteral("works"), QStringLiteral("Employment"), QStringLiteral("jeandron"),
            QStringLiteral("aws"), {newJob, joined}, QStringLiteral("architecte solutions cloud"));
        link(QStringLiteral("partOf"), QStringLiteral("Membership"), QStringLiteral("dne"),
            QStringLiteral("ministry"), {reserve2021});
        link(QStringLiteral("hosts"), QStringLiteral("UnknownLink"), QStringLiteral("aws"),
            QStringLiteral("ministry"), {hosting}, {},
            QStringLiteral("hébergement des évaluations nationales"));
        link(QStringLiteral("owns"), QStringLiteral("Ownership"), QStringLiteral("amazon"),
            QStringLiteral("aws"));
        link(QStringLiteral("succeeds"), QStringLiteral("Directorship"), QStringLiteral("merriaux"),
            QStringLiteral("dne"), {successor});
        link(QStringLiteral("minister"), QStringLiteral("Directorship"), QStringLiteral("blanquer"),
            QStringLiteral("ministry"), {}, QStringLiteral("ministre"));
        link(QStringLiteral("senator"), QStringLiteral("Membership"), QStringLiteral("morin"),
            QStringLiteral("senate"), {}, QStringLiteral("sénatrice"));
        link(QStringLiteral("deal"), QStringLiteral("UnknownLink"), QStringLiteral("microsoft"),
            QStringLiteral("ministry"), {microsoftDeal}, {},
            QStringLiteral("accord sur les données des élèves"));
        for (const QString &key : {QStringLiteral("directs"), QStringLiteral("works"),
                 QStringLiteral("succeeds"), QStringLiteral("deal")})
            dateFromEvidence(key);
        if (!m_error.isEmpty())
            return m_error;

        Claim claim;
        claim.text = QStringLiteral(
            "La commission de déontologie a rendu un avis de compatibilité assorti de réserves.");
        claim.speakerId = m_entities.value(QStringLiteral("commission"));
        claim.stance = Claim::Stance::Asserts;
        claim.subjectIds = {m_entities.value(QStringLiteral("jeandron"))};
        claim.evidenceIds = {reserve2021, reserve2018};
        claim.tagIds = {m_tags.value(reservations)};
        const auto claimId = m_dossier.addClaim(claim);
        if (!claimId)
            return claimId.error();
        m_claim = *claimId;
        return QString();
    }

    // Adds a person or an institution under `key`; returns its id (0 when refused).
    qint64 addEntity(
        const QString &key, const QString &type, const QString &name, const QStringList &aliases = {})
    {
        Entity e;
        e.type = type;
        e.name = name;
        e.aliases = aliases;
        const auto id = m_dossier.addEntity(e);
        if (!id)
            fail(id.error());
        m_entities.insert(key, id ? *id : 0);
        return id ? *id : 0;
    }

    const QVector<qint64> &seeds() const { return m_seeds; }
    const QHash<QString, qint64> &entities() const { return m_entities; }
    const QHash<QString, qint64> &links() const { return m_links; }
    const QHash<QString, qint64> &passages() const { return m_passages; }
    const QHash<QString, qint64> &tags() const { return m_tags; }
    qint64 claim() const { return m_claim; }

private:
    void fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }

    qint64 highlight(const QString &key, int seed, const QString &quote, const QString &tag = QString())
    {
        const auto anchor = m_dossier.anchorForQuote(m_seeds.at(seed), quote);
        if (!anchor) {
            fail(anchor.error());
            return 0;
        }
        Annotation annotation;
        annotation.anchor = *anchor;
        if (!tag.isEmpty())
            annotation.tagIds = {m_tags.value(tag)};
        const auto id = m_dossier.addAnnotation(annotation);
        if (!id)
            fail(id.error());
        m_passages.insert(key, id ? *id : 0);
        return id ? *id : 0;
    }

    qint64 link(const QString &key, const QString &type, const QString &from, const QString &to,
        const QVector<qint64> &evidence = {}, const QString &role = {}, const QString &label = {})
    {
        Relationship r;
        r.type = type;
        r.label = label;
        r.role = role;
        r.fromId = m_entities.value(from);
        r.toId = m_entities.value(to);
        r.evidenceIds = evidence;
        const auto id = m_dossier.addRelationship(r);
        if (!id)
            fail(id.error());
        m_links.insert(key, id ? *id : 0);
        return id ? *id : 0;
    }

    // Takes the start and end dates the evidence gives, as the user would from the suggestions.
    void dateFromEvidence(const QString &key)
    {
        auto r = m_dossier.relationships().get(m_links.value(key));
        if (!r) {
            fail(QStringLiteral("no relationship %1").arg(key));
            return;
        }
        for (const EvidenceDate &d : RelationshipDates(m_dossier).suggest(r->id)) {
            if (d.mention.role == DateMention::Role::Start && r->start.isNull())
                r->start = d.mention.date;
            if (d.mention.role == DateMention::Role::End && r->end.isNull())
                r->end = d.mention.date;
        }
        const Status updated = m_dossier.updateRelationship(*r);
        if (!updated.ok())
            fail(updated.error());
    }

    Dossier &m_dossier;
    QVector<qint64> m_seeds;
    QHash<QString, qint64> m_entities;
    QHash<QString, qint64> m_links;
    QHash<QString, qint64> m_passages;
    QHash<QString, qint64> m_tags;
    qint64 m_claim = 0;
    QString m_error;
};

} // namespace Recoupe
