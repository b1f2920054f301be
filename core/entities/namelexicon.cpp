// SPDX-License-Identifier: GPL-3.0-or-later
#include "namelexicon.h"

#include "namekey.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Recoupe {

namespace {

// A set holding each word as written and without its accents, so that lookups work either way.
QSet<QString> wordSet(const char *words)
{
    QSet<QString> set;
    const QString all = QString::fromUtf8(words);
    for (const QStringView word : QStringView(all).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        set.insert(word.toString());
        set.insert(NameKey::fold(word));
    }
    return set;
}

bool contains(const QSet<QString> &set, const QString &word)
{
    return set.contains(word) || set.contains(NameKey::fold(word));
}

} // namespace

bool NameLexicon::isLinkWord(const QString &word)
{
    static const QSet<QString> words
        = wordSet("de du des d l la le les pour et à a au aux en sur of for the and on in at von van der den "
                  "di da del della dos y");
    return words.contains(word);
}

bool NameLexicon::isNameParticle(const QString &word)
{
    static const QSet<QString> words
        = wordSet("de du des d le la van von der den ter di da del della dos das do y bin ibn al el of for");
    return words.contains(word);
}

bool NameLexicon::isChainParticle(const QString &word)
{
    static const QSet<QString> words = wordSet("de du des d pour of for");
    return words.contains(word);
}

bool NameLexicon::isArticle(const QString &word)
{
    static const QSet<QString> words = wordSet("le la les l un une des the a an");
    return words.contains(word);
}

bool NameLexicon::isFrenchArticle(const QString &word)
{
    static const QSet<QString> words = wordSet("le la les du des au aux");
    return words.contains(word);
}

bool NameLexicon::isEnglishDeterminer(const QString &word)
{
    static const QSet<QString> words
        = wordSet("the a an this that these those each every your their its our my any some");
    return words.contains(word);
}

bool NameLexicon::isCategory(const QString &key)
{
    // Collective nicknames, categories of firms or schools, country and language codes, laws and
    // technologies: capitalized or in capitals, yet none of them is one person or institution.
    static const QSet<QString> keys = wordSet(
        "gafam gafa gafan gafami natu batx mamaa pme pmes tpe tpes eti etis pme-eti tpe-pme ent ents nft "
        "nfts "
        "fr us usa uk en de ia ai it tic tice ntic rgpd gdpr dsi ong ngo cdi cdd html pdf faq api url cv "
        "saas iaas paas cloud byod mooc big data ");
    return keys.contains(key);
}

bool NameLexicon::isStopWord(const QString &word)
{
    static const QSet<QString> words = wordSet(
        // French
        "le la les l un une des du de d au aux à a ce cet cette ces ça cela ceci celui celle ceux celles "
        "il ils elle elles on nous vous je j tu me m te t se s lui leur leurs eux y en "
        "mon ma mes ton ta tes son sa ses notre nos votre vos "
        "qui que qu quoi dont où quand comme si lorsque lorsqu puisque puisqu quoique "
        "et ou mais donc or ni car "
        "dans par pour sur sous avec sans chez entre vers depuis pendant avant après selon contre "
        "malgré parmi hors dès jusqu jusque "
        "est sont était étaient sera seront été être a ont avait avaient aura auront avoir fait "
        "ne pas plus moins très trop bien tout tous toute toutes aussi encore déjà toujours jamais "
        "non oui alors ainsi puis enfin ensuite pourtant cependant toutefois néanmoins certes "
        "ici là voici voilà quel quelle quels quelles chaque autre autres même mêmes "
        "tel telle tels telles aucun aucune certains certaines plusieurs quelques "
        "c n ci "
        // English
        "the a an this that these those it its he she they we you i him her them us our your their "
        "his my me and or but nor so yet for of in on at to from by with without into onto about "
        "after before since until while when where why how what which who whom whose if then than "
        "is are was were be been being has have had do does did will would shall should can could "
        "may might must not no yes all any some each every other another such there here also "
        "just only very too more most less least as although though however therefore because unless "
        "whether");
    return words.contains(word);
}

bool NameLexicon::isHonorific(const QString &word)
{
    static const QSet<QString> words
        = wordSet("m mm mme mmes mlle mlles mr mrs ms miss dr pr me sir dame lady lord monsieur madame "
                  "mademoiselle messieurs maître");
    return words.contains(word);
}

bool NameLexicon::isTitle(const QString &word)
{
    static const QSet<QString> words = wordSet(
        "ministre ministres sénateur sénatrice sénateurs député députée députés eurodéputé eurodéputée "
        "directeur directrice directeurs président présidente présidents vice-président vice-présidente "
        "secrétaire maire préfet préfète porte-parole conseiller conseillère conseillers "
        "délégué déléguée chef cheffe patron patronne fondateur fondatrice cofondateur cofondatrice "
        "pdg dg dga juge juges procureur procureure avocat avocate professeur professeure "
        "successeur prédécesseur adjoint adjointe commissaire rapporteur rapporteure "
        "inspecteur inspectrice ambassadeur ambassadrice chercheur chercheuse journaliste "
        "responsable porte-drapeau porte-drapeaux gérant gérante administrateur administratrice trésorier "
        "trésorière "
        "senator senators minister ministers president director directors secretary mayor judge "
        "ceo cfo cto coo chairman chairwoman chair representative governor chancellor spokesman "
        "spokeswoman spokesperson founder cofounder commissioner ambassador professor prosecutor "
        "attorney lawyer deputy officer executive successor predecessor reporter");
    return words.contains(word);
}

bool NameLexicon::isTitleModifier(const QString &word)
{
    static const QSet<QString> words
        = wordSet("ancien ancienne anciens nouveau nouvel nouvelle actuel actuelle futur future "
                  "ex former new current then acting");
    return words.contains(word);
}

NameLexicon::Head NameLexicon::headOf(const QString &word, bool capitalized)
{
    static const QSet<QString> frenchPublic = wordSet(
        "ministère commission direction conseil agence autorité cour délégation inspection préfecture "
        "assemblée secrétariat mairie tribunal parquet haut-commissariat observatoire caisse "
        "département région office service sénat parlement");
    static const QSet<QString> frenchOrganization
        = wordSet("syndicat association fédération fondation confédération union parti institut comité "
                  "collectif chambre organisation ordre académie université école musée lycée collège");
    static const QSet<QString> englishPublic
        = wordSet("ministry department commission agency authority council court senate parliament office "
                  "directorate bureau committee inspectorate tribunal");
    static const QSet<QString> englishOrganization
        = wordSet("association union federation foundation institute party society league university");
    // "service" and "office" are common words: they only head a name when capitalized.
    if (!capitalized
        && (word == QLatin1String("service") || word == QLatin1String("office")
            || word == QLatin1String("département") || word == QLatin1String("region")
            || word == QLatin1String("région") || word == QLatin1String("caisse")
            || word == QLatin1String("ordre") || word == QLatin1String("école")
            || word == QLatin1String("chambre")))
        return Head::None;
    if (contains(frenchPublic, word))
        return Head::PublicBody;
    if (contains(frenchOrganization, word))
        return Head::Organization;
    if (capitalized) {
        if (englishPublic.contains(word))
            return Head::PublicBody;
        if (englishOrganization.contains(word))
            return Head::Organization;
    }
    return Head::None;
}

bool NameLexicon::isStandaloneBody(const QString &word)
{
    static const QSet<QString> words
        = wordSet("sénat parlement gouvernement élysée matignon senate parliament congress bundestag "
                  "bercy quai-d'orsay");
    return words.contains(word);
}

bool NameLexicon::isNameAdjective(const QString &word, bool listedOnly)
{
    static const QSet<QString> words = wordSet(
        "national nationale nationaux nationales européen européenne européens européennes "
        "général générale généraux public publique publics publiques fédéral fédérale "
        "régional régionale départemental départementale municipal municipale "
        "supérieur supérieure international internationale internationaux français française "
        "numérique numériques éducatif éducative scolaire scolaires interministériel interministérielle "
        "constitutionnel constitutionnelle administratif administrative économique social sociale "
        "sociaux sanitaire culturel culturelle juridique technique techniques financier financière "
        "académique universitaire industriel industrielle mondial mondiale central centrale "
        "indépendant indépendante permanent permanente spécial spéciale unifié unifiée");
    if (words.contains(word))
        return true;
    if (listedOnly)
        return false;
    // Common adjective endings; past participles ("autorisé") are left out on purpose.
    static const char *const endings[] = {
        "ique", "iques", "ale", "ales", "elle", "elles", "ienne", "iennes", "aire", "aires", "ive", "ives"};
    if (word.size() < 5)
        return false;
    for (const char *ending : endings) {
        if (word.endsWith(QLatin1String(ending)))
            return true;
    }
    return false;
}

bool NameLexicon::isFirstName(const QString &word)
{
    static const QSet<QString> words = wordSet(
        // French
        "adèle adrien agnès alain alexandre alexandra alexis alice aline amandine amélie anaïs andré "
        "andrée anne annie anthony antoine arnaud arthur audrey aurélie aurélien axel baptiste "
        "benjamin benoît bernard bertrand brigitte bruno camille carole caroline catherine cécile "
        "céline charles charlotte chantal christian christiane christine christophe claire claude "
        "clément clémence colette corinne cyril damien daniel danièle danielle david delphine denis "
        "didier dominique édouard élisabeth élise éloïse émilie emmanuel emmanuelle éric étienne "
        "eugénie fabien fabienne fabrice florence florian francis franck françois françoise frédéric "
        "gabriel gaël gaëlle geneviève georges gérald gérard gilles guillaume guy hélène henri hervé "
        "hugo hugues inès isabelle jack jacqueline jacques jean jeanne jérôme joël joëlle jonathan "
        "joseph josiane julie julien juliette karine laetitia laëtitia laura laure laurence laurent "
        "léa léon louis louise luc lucas lucie lucien lydie madeleine manon marc marcel margaux "
        "marguerite marie marine marion martine mathieu mathilde matthieu maurice maxime michel "
        "michèle mickaël monique muriel mylène nadia nadine natacha nathalie nicolas nicole noémie "
        "odile olivier pascal pascale patrice patricia patrick paul pauline philippe pierre "
        "quentin rachel raphaël raymond régis rémi renaud rené robert roger roland romain "
        "sabine samuel sandrine sébastien serge simone solène sophie stéphane stéphanie suzanne "
        "sylvain sylvie thérèse thibault thierry thomas valérie valentin véronique vincent virginie "
        "xavier yann yannick yves yvette yvonne zoé ségolène soazig ludovic cédric gwénaël "
        "agathe bénédicte blandine capucine clotilde constance diane eléonore ghislaine hortense "
        "marianne mireille perrine séverine tiphaine mohamed ahmed karim rachida najat fadela "
        "rama roselyne gaspard edwy xavier-marie jean-michel jean-marc jean-pierre jean-luc "
        "jean-paul jean-claude jean-louis jean-yves jean-françois jean-jacques jean-baptiste "
        "marie-france marie-christine marie-claire anne-marie anne-sophie pierre-yves "
        // English
        "aaron adam alan albert alexander alfred alice amanda amy andrew angela ann anna anthony "
        "barbara betty bill billy bob brian bruce carl carol charles charlie christopher daniel "
        "david deborah dennis donald donna dorothy douglas edward elizabeth emily emma eric "
        "frank gary george grace gregory harold harry helen henry jack james jane janet jason jeff "
        "jeffrey jennifer jerry jessica jim joe john jonathan joseph joshua joyce judith julia "
        "justin karen katherine kathleen kelly kenneth kevin kimberly larry laura linda lisa margaret "
        "maria mark mary matthew melissa michael michelle nancy nicholas nicole patricia patrick "
        "paul peter rachel raymond rebecca richard robert ronald ruth ryan sam samuel sandra sarah "
        "scott sharon stephen steven susan thomas timothy tom walter william jose juan carlos "
        "luis jorge manuel antonio francisco giovanni giuseppe marco hans klaus wolfgang angela "
        "ursula olaf mark elon jeff tim satya sundar sheryl");
    return words.contains(word);
}

bool NameLexicon::isCompanySuffix(const QString &word)
{
    static const QSet<QString> words
        = wordSet("sa sas sasu sarl eurl sca scs se inc inc. incorporated ltd limited llc llp plc gmbh ag nv "
                  "bv spa srl oy ab corp corporation company co holding holdings group groupe services "
                  "technologies technology systems solutions labs bank banque capital partners "
                  "consulting industries international");
    return words.contains(word);
}

bool NameLexicon::isCompanyCue(const QString &word)
{
    static const QSet<QString> words
        = wordSet("entreprise entreprises société sociétés groupe firme géant géants multinationale "
                  "start-up startup éditeur fabricant constructeur opérateur hébergeur prestataire "
                  "fournisseur filiale marque company companies firm corporation giant provider vendor "
                  "subsidiary maker startup retailer");
    return words.contains(word);
}

bool NameLexicon::isOrganizationCue(const QString &word)
{
    static const QSet<QString> words
        = wordSet("syndicat association ong fédération parti journal hebdomadaire quotidien magazine "
                  "mensuel collectif organisation think-tank lobby union newspaper weekly ngo charity "
                  "party union organisation organization nonprofit");
    return words.contains(word);
}

bool NameLexicon::isPlace(const QString &key)
{
    static const QSet<QString> keys = [] {
        const QString all = QString::fromUtf8(
            "france,paris,lyon,marseille,toulouse,bordeaux,lille,nantes,strasbourg,nice,rennes,clichy,"
            "europe,afrique,asie,amérique,océanie,allemagne,espagne,italie,belgique,suisse,luxembourg,"
            "irlande,royaume-uni,angleterre,écosse,pays-bas,portugal,grèce,pologne,autriche,suède,"
            "norvège,danemark,finlande,russie,ukraine,chine,japon,inde,brésil,canada,québec,mexique,"
            "états-unis,bruxelles,londres,berlin,madrid,rome,genève,washington,new york,californie,"
            "silicon valley,seattle,dublin,amsterdam,germany,spain,italy,belgium,switzerland,ireland,"
            "england,scotland,netherlands,greece,poland,austria,sweden,norway,denmark,finland,russia,"
            "china,japan,india,brazil,mexico,united states,america,britain,united kingdom,london,"
            "brussels,california,île-de-france,outre-mer");
        QSet<QString> set;
        for (const QStringView place : QStringView(all).split(QLatin1Char(',')))
            set.insert(NameKey::key(place));
        return set;
    }();
    return keys.contains(key);
}

bool NameLexicon::isMonthOrDay(const QString &word)
{
    static const QSet<QString> words
        = wordSet("janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
                  "lundi mardi mercredi jeudi vendredi samedi dimanche january february march april may "
                  "june july august september october november december monday tuesday wednesday "
                  "thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec");
    return words.contains(word);
}

bool NameLexicon::isGenericCapitalized(const QString &word)
{
    static const QSet<QString> words = wordSet(
        "état états etat république nation internet web net toile président première "
        "européen européens européenne européennes français française françaises américain américains "
        "américaine américaines allemand allemands anglais britannique britanniques chinois russe russes "
        "européen occident orient nord sud est ouest "
        "internet web state republic nation europeans americans french british germans chinese "
        "north south east west latin latine latines latins");
    return words.contains(word);
}

bool NameLexicon::isAbbreviation(const QString &word)
{
    static const QSet<QString> words
        = wordSet("m mm mme mmes mlle mr mrs ms dr pr st ste me jr sr inc ltd co corp cf etc av bd "
                  "vol no n° p pp ex fig art al dept gen col lt sgt prof rev hon vs");
    return words.contains(word);
}

bool NameLexicon::isElision(const QString &word)
{
    static const QSet<QString> words = wordSet("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu");
    return words.contains(word);
}

} // namespace Recoupe
