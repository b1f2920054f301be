// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Recoupe {

// The French and English words that tell names apart from ordinary words: honorifics and titles
// before a person, heads of institution names, particles inside names, first names, company
// suffixes and cue words. Every query takes a word in lower case (accents kept or not).
class NameLexicon
{
public:
    enum class Head
    {
        None,
        PublicBody,
        Organization
    };

    // Particles and articles that carry no initial in an acronym: "de", "l", "pour", "of"…
    static bool isLinkWord(const QString &word);
    // Particles inside a personal or company name: "de", "Le", "van", "of"…
    static bool isNameParticle(const QString &word);
    // Particles that continue an institution name: "de", "du", "des", "d", "pour", "of", "for".
    static bool isChainParticle(const QString &word);
    static bool isArticle(const QString &word);
    // "le", "la", "les", "du", "des", "au", "aux": French articles, alone or joined with "de", "à".
    static bool isFrenchArticle(const QString &word);
    // "the", "a", "an", "this", "each", "your"…: before a thing rather than a name.
    static bool isEnglishDeterminer(const QString &word);
    // Kinds of things written like names: "gafam", "pme", "tpe", "ent", "nft", "fr", "rgpd"…
    static bool isCategory(const QString &key);
    // Function words and other words that are never a name on their own.
    static bool isStopWord(const QString &word);
    // "m", "mme", "mr", "dr"…: written before a person's name.
    static bool isHonorific(const QString &word);
    // "ministre", "sénatrice", "directeur", "senator"…: a person's title or function.
    static bool isTitle(const QString &word);
    // "ancien", "nouvelle", "former"…: may sit between a title and the rest.
    static bool isTitleModifier(const QString &word);
    // Head words of institution names: "ministère", "commission", "syndicat", "agency"…
    // `capitalized` tells whether the word was written with a capital (English heads need one).
    static Head headOf(const QString &word, bool capitalized);
    // Institutions named by one word: "sénat", "parlement", "senate"…
    static bool isStandaloneBody(const QString &word);
    // Adjectives that may follow a noun inside an institution name: "nationale", "publique"…
    // Unless `listedOnly`, common adjective endings count too ("-ique", "-ale"…).
    static bool isNameAdjective(const QString &word, bool listedOnly = false);
    static bool isFirstName(const QString &word);
    // "sa", "inc", "ltd", "services", "group"…: the last word of a company name.
    static bool isCompanySuffix(const QString &word);
    // Words before a name that say what it is: "l'entreprise Amazon", "le syndicat Sud".
    static bool isCompanyCue(const QString &word);
    static bool isOrganizationCue(const QString &word);
    // Countries, regions and large cities: not entities of a dossier's graph.
    static bool isPlace(const QString &key);
    static bool isMonthOrDay(const QString &word);
    // Capitalized by convention without naming anyone: "État", "Internet", "Européens".
    static bool isGenericCapitalized(const QString &word);
    // Abbreviations whose dot does not end a sentence: "m", "mme", "dr", "st"…
    static bool isAbbreviation(const QString &word);
    // French elided words written with an apostrophe: "l", "d", "qu", "jusqu"…
    static bool isElision(const QString &word);
};

} // namespace Recoupe
