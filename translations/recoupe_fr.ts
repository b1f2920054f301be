<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddMentionsCommand</name>
    <message numerus="yes">
        <source>Mark %n mention(s)</source>
        <translation>
            <numerusform>Marquer %n mention</numerusform>
            <numerusform>Marquer %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot mark the mentions: %1</source>
        <translation>Impossible de marquer les mentions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot remove the mentions: %1</source>
        <translation>Impossible de retirer les mentions&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AnnotateCommand</name>
    <message>
        <source>Highlight a passage found by its quote, with tags and a note.</source>
        <translation>Surligner un passage retrouvé par sa citation, avec des étiquettes et une note.</translation>
    </message>
    <message>
        <source>Adds an annotation to source ID over the passage TEXT, found in the source&apos;s text (runs of spaces match any white space, straight and curly apostrophes match each other). Tags are codebook paths such as “Réserves/Commission”; missing tags are created. Prints the new annotation&apos;s id. Nothing is written when the quote, a tag or the color is refused.</source>
        <translation>Ajoute une annotation à la source ID sur le passage TEXT, retrouvé dans le texte de la source (une suite d’espaces correspond à n’importe quel blanc, apostrophes droites et courbes sont équivalentes). Les étiquettes sont des chemins de la grille de codage, comme «&#xa0;Réserves/Commission&#xa0;»&#x202f;; les étiquettes absentes sont créées. Affiche l’identifiant de la nouvelle annotation. Rien n’est écrit si la citation, une étiquette ou la couleur est refusée.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The source to annotate (required).</source>
        <translation>La source à annoter (obligatoire).</translation>
    </message>
    <message>
        <source>The exact passage to highlight (required).</source>
        <translation>Le passage exact à surligner (obligatoire).</translation>
    </message>
    <message>
        <source>Which occurrence of the quote to highlight when it occurs several times (1 by default).</source>
        <translation>L’occurrence de la citation à surligner lorsqu’elle apparaît plusieurs fois (1 par défaut).</translation>
    </message>
    <message>
        <source>Tag the annotation with this codebook path; repeat for several tags.</source>
        <translation>Étiqueter l’annotation avec ce chemin de la grille de codage&#x202f;; à répéter pour plusieurs étiquettes.</translation>
    </message>
    <message>
        <source>A note on the passage.</source>
        <translation>Une note sur le passage.</translation>
    </message>
    <message>
        <source>Highlight color (the codebook&apos;s yellow by default).</source>
        <translation>Couleur du surlignage (le jaune de la grille de codage par défaut).</translation>
    </message>
    <message>
        <source>Print the new annotation as JSON instead of its id.</source>
        <translation>Afficher la nouvelle annotation en JSON plutôt que son identifiant.</translation>
    </message>
    <message>
        <source>annotate needs --source ID.</source>
        <translation>annotate demande --source ID.</translation>
    </message>
    <message>
        <source>annotate needs --quote TEXT.</source>
        <translation>annotate demande --quote TEXT.</translation>
    </message>
    <message>
        <source>“%1” is not a source id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de source&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>--quote needs the text of the passage.</source>
        <translation>--quote demande le texte du passage.</translation>
    </message>
    <message>
        <source>--occurrence expects a number from 1, not “%1”.</source>
        <translation>--occurrence attend un nombre à partir de 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--color expects a color written #RRGGBB, such as #ffd54f, not “%1”.</source>
        <translation>--color attend une couleur écrite #RRVVBB, comme #ffd54f, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a tag path; write levels separated by /, such as “Dates/Clés”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin d’étiquette&#x202f;; séparez les niveaux par /, comme «&#xa0;Dates/Clés&#xa0;».</translation>
    </message>
    <message>
        <source>In %1, source %2: %3</source>
        <extracomment>%1 the dossier file, %2 a source id, %3 the reason (it names the quote and the source)</extracomment>
        <translation>Dans %1, source %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Annotation %1 could not be read back from %2.</source>
        <translation>L’annotation %1 n’a pas pu être relue dans %2.</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <source>Cannot store the passage: %1</source>
        <translation>Impossible d’enregistrer le passage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the annotation: %1</source>
        <translation>Impossible d’enregistrer l’annotation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot tag the annotation: %1</source>
        <translation>Impossible d’étiqueter l’annotation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot restore the annotation&apos;s claims: %1</source>
        <translation>Impossible de rétablir les affirmations de l’annotation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot restore the annotation&apos;s relationships: %1</source>
        <translation>Impossible de rétablir les relations de l’annotation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot change the annotation: %1</source>
        <translation>Impossible de modifier l’annotation&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no annotation %1 in this dossier.</source>
        <translation>Il n’y a pas d’annotation %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot move the passage: %1</source>
        <translation>Impossible de déplacer le passage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot delete the annotation: %1</source>
        <translation>Impossible de supprimer l’annotation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>List the annotations of a dossier or of one source.</source>
        <translation>Lister les annotations d’un dossier ou d’une source.</translation>
    </message>
    <message>
        <source>Lists the annotations of DOSSIER, by source and in text order: id, source, offsets, tags, the quoted passage and the note.</source>
        <translation>Liste les annotations de DOSSIER, par source et dans l’ordre du texte&#xa0;: identifiant, source, positions, étiquettes, passage cité et note.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>Only the annotations of this source.</source>
        <translation>Seulement les annotations de cette source.</translation>
    </message>
    <message>
        <source>“%1” is not a source id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de source&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>No annotations.</source>
        <translation>Aucune annotation.</translation>
    </message>
    <message>
        <source>%1  source %2  %3:%4</source>
        <extracomment>An annotation in a list: %1 its id, %2 the source id, %3 and %4 its offsets</extracomment>
        <translation>%1  source %2  %3:%4</translation>
    </message>
    <message>
        <source>page %1</source>
        <extracomment>%1 is a page number</extracomment>
        <translation>page %1</translation>
    </message>
    <message>
        <source>(orphaned)</source>
        <extracomment>The quote of this annotation was not found again after its source changed</extracomment>
        <translation>(orpheline)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message numerus="yes">
        <source>%n file(s) in %1 skipped: Recoupe does not import their kind (%2).</source>
        <translation>
            <numerusform>%n fichier de %1 ignoré&#xa0;: Recoupe n’importe pas ce type de fichier (%2).</numerusform>
            <numerusform>%n fichiers de %1 ignorés&#xa0;: Recoupe n’importe pas ce type de fichier (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check a dossier&apos;s integrity.</source>
        <translation>Vérifier l’intégrité d’un dossier.</translation>
    </message>
    <message>
        <source>Checks DOSSIER without changing it: SQLite&apos;s integrity and foreign keys, the full-text indexes against the text and notes they index, every source&apos;s text chunks against its length, its stored file against its SHA-256, its PDF page map, and every anchor against the text it quotes. Orphaned anchors (quotes not found again after a source changed) are warnings. The exit status is 0 when the dossier is sound, 1 otherwise, with the list of problems.</source>
        <translation>Vérifie DOSSIER sans le modifier&#xa0;: intégrité SQLite et clés étrangères, index plein texte comparés au texte et aux notes qu’ils indexent, morceaux de texte de chaque source comparés à sa longueur, fichier stocké comparé à son SHA-256, pagination PDF, et chaque ancre comparée au texte qu’elle cite. Les ancres orphelines (citations introuvables après la modification d’une source) sont des avertissements. Le code de sortie vaut 0 si le dossier est sain, 1 sinon, avec la liste des problèmes.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>%1 does not exist; create a dossier with “%2 new %1”.</source>
        <translation>%1 n’existe pas&#x202f;; créez un dossier avec «&#xa0;%2 new %1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a Recoupe dossier.</source>
        <translation>%1 est une base SQLite vide, pas un dossier Recoupe.</translation>
    </message>
    <message>
        <source>problem [%1] %2</source>
        <extracomment>A line of the check report; %1 the check&apos;s name, %2 what is wrong</extracomment>
        <translation>problème [%1] %2</translation>
    </message>
    <message>
        <source>warning [%1] %2</source>
        <extracomment>A line of the check report; %1 the check&apos;s name, %2 what to look at</extracomment>
        <translation>avertissement [%1] %2</translation>
    </message>
    <message>
        <source>The dossier is sound.</source>
        <translation>Le dossier est sain.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 présente %n problème.</numerusform>
            <numerusform>%1 présente %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked %1. Sources: %2; text chunks: %3; PDF pages: %4; anchors: %5.</source>
        <extracomment>%1 the dossier file, then how many of each were checked</extracomment>
        <translation>%1 vérifié. Sources&#xa0;: %2&#x202f;; morceaux de texte&#xa0;: %3&#x202f;; pages PDF&#xa0;: %4&#x202f;; ancres&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>ClaimCitation</name>
    <message>
        <source>There is no claim %1 in this dossier.</source>
        <translation>Il n’y a pas d’affirmation %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>There is no annotation %1 in this dossier.</source>
        <translation>Il n’y a pas d’annotation %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>The claim “%1” already cites this passage.</source>
        <translation>L’affirmation «&#xa0;%1&#xa0;» cite déjà ce passage.</translation>
    </message>
    <message>
        <source>Cite passage in claim</source>
        <extracomment>Undo/redo action name</extracomment>
        <translation>Citer le passage dans l’affirmation</translation>
    </message>
</context>
<context>
    <name>ClaimCommand</name>
    <message>
        <source>State a claim, citing passages as evidence.</source>
        <translation>Énoncer une affirmation, en citant des passages comme pièces justificatives.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The statement (required).</source>
        <translation>L’énoncé (obligatoire).</translation>
    </message>
    <message>
        <source>%1 (to_verify by default).</source>
        <translation>%1 (to_verify par défaut).</translation>
    </message>
    <message>
        <source>The entity that makes the statement.</source>
        <translation>L’entité qui formule l’énoncé.</translation>
    </message>
    <message>
        <source>The speaker&apos;s position: %1.</source>
        <translation>La position du déclarant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>An annotation the claim rests on; repeat for several.</source>
        <translation>Une annotation sur laquelle repose l’affirmation&#x202f;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>An entity the claim is about; repeat for several.</source>
        <translation>Une entité que concerne l’affirmation&#x202f;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>Tag the claim with this codebook path; repeat for several.</source>
        <translation>Étiqueter l’affirmation avec ce chemin de la grille de codage&#x202f;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>A note on the claim.</source>
        <translation>Une note sur l’affirmation.</translation>
    </message>
    <message>
        <source>claim add needs --text TEXT, the statement.</source>
        <translation>claim add demande --text TEXT, l’énoncé.</translation>
    </message>
    <message>
        <source>“%1” is not an annotation id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’annotation&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>“%1” is not an entity id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’entité&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>--stance is the speaker&apos;s position: give --speaker too.</source>
        <translation>--stance est la position du déclarant&#xa0;: indiquez aussi --speaker.</translation>
    </message>
    <message>
        <source>“%1” is not a tag path; write levels separated by /, such as “Dates/Clés”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin d’étiquette&#x202f;; séparez les niveaux par /, comme «&#xa0;Dates/Clés&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a claim status; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un statut d’affirmation&#x202f;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a stance; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une position&#x202f;; utilisez l’une de celles-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot add the claim to %1: %2</source>
        <translation>Impossible d’ajouter l’affirmation à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Claim %1 could not be read back from %2.</source>
        <translation>L’affirmation %1 n’a pas pu être relue dans %2.</translation>
    </message>
    <message>
        <source>“claim add” adds a claim to DOSSIER and prints its id: a statement (--text), how far it is established (--status: %1; to_verify by default), who makes it (--speaker, an entity, with --stance: %2), the annotations it rests on (--evidence), the entities it is about (--subject) and codebook tags (--tag, created when missing). Nothing is written when an id, the status or the stance is refused. “claim cite” adds a passage to the evidence of claim CLAIM_ID: an existing highlight (--annotation), or a passage of source ID found by its quote (--source, --quote), highlighted and cited at once; it prints the annotation id and how many distinct sources the claim now rests on.</source>
        <translation>«&#xa0;claim add&#xa0;» ajoute une affirmation à DOSSIER et affiche son identifiant&#xa0;: un énoncé (--text), son degré d’établissement (--status&#xa0;: %1&#x202f;; to_verify par défaut), qui la formule (--speaker, une entité, avec --stance&#xa0;: %2), les annotations sur lesquelles elle repose (--evidence), les entités qu’elle concerne (--subject) et des étiquettes de la grille de codage (--tag, créées si absentes). Rien n’est écrit si un identifiant, le statut ou la position est refusé. «&#xa0;claim cite&#xa0;» ajoute un passage aux pièces justificatives de l’affirmation CLAIM_ID&#xa0;: un surlignage existant (--annotation), ou un passage de la source ID trouvé par sa citation (--source, --quote), surligné et cité d’un coup&#x202f;; il affiche l’identifiant de l’annotation et le nombre de sources distinctes sur lesquelles l’affirmation repose désormais.</translation>
    </message>
    <message>
        <source>The action: add or cite.</source>
        <extracomment>keep the words add and cite untranslated</extracomment>
        <translation>L’action&#xa0;: add ou cite.</translation>
    </message>
    <message>
        <source>cite: the claim that gets the evidence.</source>
        <translation>cite&#xa0;: l’affirmation qui reçoit la pièce justificative.</translation>
    </message>
    <message>
        <source>cite: the source of the passage.</source>
        <translation>cite&#xa0;: la source du passage.</translation>
    </message>
    <message>
        <source>cite: the exact passage to cite.</source>
        <translation>cite&#xa0;: le passage exact à citer.</translation>
    </message>
    <message>
        <source>cite: which occurrence of the quote when it occurs several times (1 by default).</source>
        <translation>cite&#xa0;: quelle occurrence de la citation quand elle apparaît plusieurs fois (1 par défaut).</translation>
    </message>
    <message>
        <source>cite: an existing highlight to cite.</source>
        <translation>cite&#xa0;: un surlignage existant à citer.</translation>
    </message>
    <message>
        <source>Print the claim as JSON instead of an id.</source>
        <translation>Afficher l’affirmation en JSON plutôt qu’un identifiant.</translation>
    </message>
    <message>
        <source>“%1” is not a claim action; the actions are add and cite.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une action sur les affirmations&#x202f;; les actions sont add et cite.</translation>
    </message>
    <message>
        <source>claim add takes the dossier only; “%1” is one too many.</source>
        <translation>claim add ne prend que le dossier&#x202f;; «&#xa0;%1&#xa0;» est de trop.</translation>
    </message>
    <message>
        <source>claim cite needs the argument CLAIM_ID.</source>
        <translation>claim cite demande l’argument CLAIM_ID.</translation>
    </message>
    <message>
        <source>“%1” is not a claim id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’affirmation&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>claim cite needs either --annotation ID or --source ID with --quote TEXT.</source>
        <translation>claim cite demande soit --annotation ID, soit --source ID avec --quote TEXTE.</translation>
    </message>
    <message>
        <source>claim cite needs both --source ID and --quote TEXT.</source>
        <translation>claim cite demande à la fois --source ID et --quote TEXTE.</translation>
    </message>
    <message>
        <source>“%1” is not a source id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de source&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>--quote needs the text of the passage.</source>
        <translation>--quote demande le texte du passage.</translation>
    </message>
    <message>
        <source>--occurrence expects a number from 1, not “%1”.</source>
        <translation>--occurrence attend un nombre à partir de 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no claim %1 in %2.</source>
        <translation>Il n’y a pas d’affirmation %1 dans %2.</translation>
    </message>
    <message>
        <source>In %1, source %2: %3</source>
        <extracomment>%1 the dossier file, %2 a source id, %3 the reason (it names the quote and the source)</extracomment>
        <translation>Dans %1, source %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot cite in claim %1 of %2: %3</source>
        <translation>Impossible de citer dans l’affirmation %1 de %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Claim %1 rests on %n passage(s) from %2.</source>
        <extracomment>%1 a claim id, %2 &quot;N distinct source(s)&quot; with shared origins if any</extracomment>
        <translation>
            <numerusform>L’affirmation %1 repose sur %n passage issu de %2.</numerusform>
            <numerusform>L’affirmation %1 repose sur %n passages issus de %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimStore</name>
    <message>
        <source>Cannot save the claim: %1</source>
        <translation>Impossible d’enregistrer l’affirmation&#xa0;: %1</translation>
    </message>
    <message>
        <source>A claim needs a statement.</source>
        <translation>Une affirmation a besoin d’un énoncé.</translation>
    </message>
    <message>
        <source>There is no claim %1 in this dossier.</source>
        <translation>Il n’y a pas d’affirmation %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot delete the claim: %1</source>
        <translation>Impossible de supprimer l’affirmation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClaimsCommand</name>
    <message>
        <source>List the claims with their status, speaker and evidence.</source>
        <translation>Lister les affirmations avec leur statut, leur déclarant et leurs pièces justificatives.</translation>
    </message>
    <message>
        <source>Lists the claims of DOSSIER in the order they were made: each statement with its status, who makes it and with what stance, the entities it is about, its tags and note, and the passages it cites (annotation id, source and quote).</source>
        <translation>Liste les affirmations de DOSSIER dans l’ordre où elles ont été énoncées&#xa0;: chaque énoncé avec son statut, qui le formule et avec quelle position, les entités qu’il concerne, ses étiquettes et sa note, et les passages qu’il cite (identifiant d’annotation, source et citation).</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>%1 has no claims yet.</source>
        <translation>%1 ne contient encore aucune affirmation.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An entity in a listing: %1 its name, %2 its id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1  [%2]  %3</source>
        <extracomment>A claim&apos;s first line: %1 its id, %2 its status (to_verify, supported…), %3 the statement</extracomment>
        <translation>%1  [%2]  %3</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Déclarant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Speaker: %1, %2</source>
        <translation>Déclarant&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Pas encore de pièce justificative.</translation>
    </message>
    <message>
        <source>Evidence %1: no longer in the dossier.</source>
        <translation>Pièce justificative %1&#xa0;: n’est plus dans le dossier.</translation>
    </message>
    <message>
        <source>Evidence %1, source %2 at %3: “%4”</source>
        <extracomment>%1 annotation id, %2 source id, %3 start:end offsets, %4 the quoted passage</extracomment>
        <translation>Pièce justificative %1, source %2 en %3&#xa0;: «&#xa0;%4&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ClaimsReport</name>
    <message>
        <source>Claims of the dossier “%1”</source>
        <translation>Affirmations du dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The dossier has no claim about these sources yet.</source>
        <translation>Le dossier ne contient encore aucune affirmation sur ces sources.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Déclarant&#xa0;:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <source>No citation yet.</source>
        <translation>Pas encore de citation.</translation>
    </message>
    <message>
        <source>A passage of a source that is not part of this report.</source>
        <translation>Un passage d’une source qui ne fait pas partie de ce rapport.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>CleanCommand</name>
    <message>
        <source>Copy a dossier without database objects Recoupe did not write.</source>
        <translation>Copier un dossier sans les objets de base de données que Recoupe n’a pas écrits.</translation>
    </message>
    <message>
        <source>A dossier received from someone else may hold triggers, views, tables or indexes that Recoupe did not write, which could run their code inside your dossier: Recoupe refuses to open it. This command writes COPY, a new dossier with exactly Recoupe&apos;s own structure and every source, annotation, tag, claim, entity and relationship of DOSSIER, and lists what was left out. DOSSIER is only read.</source>
        <translation>Un dossier reçu de quelqu’un d’autre peut contenir des déclencheurs, des vues, des tables ou des index que Recoupe n’a pas écrits, qui pourraient exécuter leur code dans votre dossier&#xa0;: Recoupe refuse de l’ouvrir. Cette commande écrit COPY, un nouveau dossier avec exactement la structure de Recoupe et toutes les sources, annotations, étiquettes, affirmations, entités et relations de DOSSIER, et liste ce qui a été laissé de côté. DOSSIER est seulement lu.</translation>
    </message>
    <message>
        <source>The dossier file to clean (left untouched).</source>
        <translation>Le fichier de dossier à nettoyer (laissé tel quel).</translation>
    </message>
    <message>
        <source>The cleaned copy to write; it must not exist.</source>
        <translation>La copie nettoyée à écrire&#x202f;; elle ne doit pas exister.</translation>
    </message>
    <message>
        <source>clean needs the name of the copy to write (-o COPY).</source>
        <translation>clean a besoin du nom de la copie à écrire (-o COPY).</translation>
    </message>
    <message>
        <source>%1 does not exist; create a dossier with “%2 new %1”.</source>
        <translation>%1 n’existe pas&#x202f;; créez un dossier avec «&#xa0;%2 new %1&#xa0;».</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <extracomment>A line of the clean report; %1 names a database object, e.g. trigger “x” on annotations</extracomment>
        <translation>laissé de côté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1, a cleaned copy of %2 (%n row(s) copied).</source>
        <translation>
            <numerusform>%1 écrit, copie nettoyée de %2 (%n ligne copiée).</numerusform>
            <numerusform>%1 écrit, copie nettoyée de %2 (%n lignes copiées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <extracomment>%1 is the program name, %2 a command and %3 its arguments, e.g. &quot;DOSSIER [--json]&quot;</extracomment>
        <translation>Usage&#xa0;: %1 %2 %3</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>%1 needs the argument %2.</source>
        <translation>%1 demande l’argument %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n argument(s); “%2” is one too many.</source>
        <translation>
            <numerusform>%1 prend %n argument&#x202f;; «&#xa0;%2&#xa0;» est en trop.</numerusform>
            <numerusform>%1 prend %n arguments&#x202f;; «&#xa0;%2&#xa0;» est en trop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run “%1 %2 --help” for details.</source>
        <extracomment>%1 is the program name, %2 a command</extracomment>
        <translation>Lancez «&#xa0;%1 %2 --help&#xa0;» pour plus de détails.</translation>
    </message>
    <message>
        <source>%1 does not exist; create a dossier with “%2 new %1”.</source>
        <translation>%1 n’existe pas&#x202f;; créez un dossier avec «&#xa0;%2 new %1&#xa0;».</translation>
    </message>
    <message>
        <source>Source %1 was removed from %2.</source>
        <translation>La source %1 a été retirée de %2.</translation>
    </message>
    <message>
        <source>There is no source %1 in %2.</source>
        <translation>Il n’y a pas de source %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no entity %1 in %2.</source>
        <translation>Il n’y a pas d’entité %1 dans %2.</translation>
    </message>
    <message>
        <source>There is no annotation %1 in %2.</source>
        <translation>Il n’y a pas d’annotation %1 dans %2.</translation>
    </message>
    <message>
        <source>Print the result as JSON (see docs/cli.md).</source>
        <translation>Afficher le résultat en JSON (voir docs/cli.md).</translation>
    </message>
    <message>
        <source>%1 To work on it, make a cleaned copy: “%2 clean %3 -o COPY”.</source>
        <extracomment>%1 says why the dossier was refused; %2 is the program name, %3 the dossier</extracomment>
        <translation>%1 Pour y travailler, faites-en une copie nettoyée&#xa0;: «&#xa0;%2 clean %3 -o COPY&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CliTool</name>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <extracomment>%1 is the program name; COMMAND and ARGUMENTS are placeholders the user replaces</extracomment>
        <translation>Usage&#xa0;: %1 COMMANDE [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Recoupe&apos;s command-line tool: create a dossier, import sources, list, read and search them, annotate passages by quote, mark the people and institutions they name, link them with dated relationships, state claims citing passages, export the evidence pack or the graph, and check the dossier. Nothing is ever fetched from the network.</source>
        <translation>L’outil en ligne de commande de Recoupe&#xa0;: créer un dossier, importer des sources, les lister, les lire et y chercher, annoter des passages par leur citation, marquer les personnes et institutions qu’elles nomment, les relier par des relations datées, énoncer des affirmations qui citent des passages, exporter les pièces justificatives ou le graphe, et vérifier le dossier. Rien n’est jamais téléchargé depuis le réseau.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for a command&apos;s arguments and options. Exit status: 0 done, 1 an error in the files or the dossier (one line on stderr), 2 a mistake in the command line.</source>
        <extracomment>%1 is the program name</extracomment>
        <translation>Lancez «&#xa0;%1 COMMANDE --help&#xa0;» pour les arguments et options d’une commande. Code de sortie&#xa0;: 0 terminé, 1 une erreur dans les fichiers ou le dossier (une ligne sur la sortie d’erreur), 2 une erreur dans la ligne de commande.</translation>
    </message>
    <message>
        <source>Run “%1 --help” for the list of commands.</source>
        <extracomment>%1 is the program name</extracomment>
        <translation>Lancez «&#xa0;%1 --help&#xa0;» pour la liste des commandes.</translation>
    </message>
    <message>
        <source>Give a command.</source>
        <translation>Indiquez une commande.</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>Il n’y a pas de commande «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown option “%1”; options go after the command.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;»&#x202f;; les options se placent après la commande.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a dossier file.</source>
        <translation>%1 est un répertoire, pas un fichier de dossier.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2.</source>
        <translation>Impossible de créer la sauvegarde %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2.</source>
        <translation>Impossible d’écrire la sauvegarde %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1 safely: %2.</source>
        <translation>Impossible d’ouvrir %1 en sécurité&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An SQLite error and the operating system&apos;s cause, e.g. &quot;disk I/O error (No space left on device)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DemoDossier</name>
    <message>
        <source>Cannot prepare the sample dossier: no temporary folder.</source>
        <translation>Impossible de préparer le dossier d’exemple&#xa0;: aucun répertoire temporaire.</translation>
    </message>
    <message>
        <source>Cannot prepare the sample dossier: the sample PDF could not be written.</source>
        <translation>Impossible de préparer le dossier d’exemple&#xa0;: le PDF d’exemple n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Cannot prepare the sample dossier: %1 is missing from the application.</source>
        <translation>Impossible de préparer le dossier d’exemple&#xa0;: %1 manque dans l’application.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Cannot prepare the sample dossier: %1</source>
        <translation>Impossible de préparer le dossier d’exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Commission&apos;s reservations</source>
        <translation>Réserves de la commission</translation>
    </message>
    <message>
        <source>Conditions the ethics commission set on the move.</source>
        <translation>Conditions posées par la commission de déontologie au départ.</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Dates clés</translation>
    </message>
    <message>
        <source>Dates that frame the case.</source>
        <translation>Dates qui encadrent l’affaire.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d’intérêts</translation>
    </message>
    <message>
        <source>Links between the official&apos;s former and new employers.</source>
        <translation>Liens entre l’ancien et le nouvel employeur de la personne.</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Facts to cross-check with another source.</source>
        <translation>Faits à recouper avec une autre source.</translation>
    </message>
    <message>
        <source>contractor (contract 2022-017)</source>
        <translation>prestataire (marché 2022-017)</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>The ethics commission allowed the move with reservations that last until 31 March 2027.</source>
        <translation>La commission de déontologie a autorisé le départ avec des réserves valables jusqu’au 31 mars 2027.</translation>
    </message>
    <message>
        <source>The director chaired the steering committee of the contract later held by her new employer.</source>
        <translation>La directrice présidait le comité de pilotage du marché remporté ensuite par son nouvel employeur.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the sample dossier.</source>
        <translation>Impossible de créer le répertoire %1 pour le dossier d’exemple.</translation>
    </message>
    <message>
        <source>Cannot move the sample dossier to %1.</source>
        <translation>Impossible de déplacer le dossier d’exemple vers %1.</translation>
    </message>
</context>
<context>
    <name>DictionaryWordCommand</name>
    <message>
        <source>Add “%1” to the dictionary</source>
        <extracomment>Undo/redo action name; %1 is a word</extracomment>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire</translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>Word documents</source>
        <translation>Documents Word</translation>
    </message>
    <message>
        <source>%1 is not a Word document: its package has no %2.</source>
        <translation>%1 n’est pas un document Word&#xa0;: son paquet n’a pas de %2.</translation>
    </message>
    <message>
        <source>%1 is not a readable Word document: %2 is damaged (%3).</source>
        <translation>%1 n’est pas un document Word lisible&#xa0;: %2 est endommagé (%3).</translation>
    </message>
</context>
<context>
    <name>DossierCleaner</name>
    <message>
        <source>%1 is an empty SQLite database, not a Recoupe dossier.</source>
        <translation>%1 est une base SQLite vide, pas un dossier Recoupe.</translation>
    </message>
    <message>
        <source>the table %1 cannot be read (%2)</source>
        <extracomment>%1 a table name, %2 SQLite&apos;s reason</extracomment>
        <translation>la table %1 ne peut pas être lue (%2)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the cleaned copy.</source>
        <translation>%1 existe déjà&#x202f;; choisissez un autre nom pour la copie nettoyée.</translation>
    </message>
    <message>
        <source>The cleaned copy of %1 could not be written to %2: %3</source>
        <translation>La copie nettoyée de %1 n’a pas pu être écrite dans %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DossierDictionary</name>
    <message>
        <source>An empty word cannot be added to the dossier’s word list.</source>
        <translation>Un mot vide ne peut pas être ajouté à la liste de mots du dossier.</translation>
    </message>
    <message>
        <source>“%1” is not a single word: the dossier’s word list takes one word at a time.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un mot unique&#xa0;: la liste de mots du dossier les prend un par un.</translation>
    </message>
    <message>
        <source>“%1” cannot be added to the dossier’s word list without a language.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ajouté à la liste de mots du dossier sans langue.</translation>
    </message>
    <message>
        <source>Could not add “%1” to the word list of %2: %3</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;» à la liste de mots de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not remove “%1” from the word list of %2: %3</source>
        <translation>Impossible de retirer «&#xa0;%1&#xa0;» de la liste de mots de %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>EditSourceCommand</name>
    <message>
        <source>Rename source</source>
        <translation>Renommer la source</translation>
    </message>
    <message>
        <source>Edit source details</source>
        <translation>Modifier les informations de la source</translation>
    </message>
</context>
<context>
    <name>EmailImporter</name>
    <message>
        <source>attachment %1</source>
        <translation>pièce jointe %1</translation>
    </message>
    <message>
        <source>The attachment %1 of %2 was not imported: %3</source>
        <translation>La pièce jointe %1 de %2 n’a pas été importée&#xa0;: %3</translation>
    </message>
    <message>
        <source>The attachment %1 of %2 was not imported: Recoupe does not read this kind of file.</source>
        <translation>La pièce jointe %1 de %2 n’a pas été importée&#xa0;: Recoupe ne lit pas ce type de fichier.</translation>
    </message>
    <message>
        <source>E-mail messages</source>
        <translation>Messages électroniques</translation>
    </message>
    <message>
        <source>%1 is not a readable e-mail message: GMime found no message headers in it.</source>
        <translation>%1 n’est pas un message électronique lisible&#xa0;: GMime n’y a trouvé aucun en-tête de message.</translation>
    </message>
    <message>
        <source>%1 holds messages nested more than %2 deep; the deeper ones were not imported.</source>
        <translation>%1 contient des messages imbriqués sur plus de %2 niveaux&#x202f;; les plus profonds n’ont pas été importés.</translation>
    </message>
    <message>
        <source>%1 is not a readable e-mail message: it has no sender, recipient, date or Message-ID header.</source>
        <translation>%1 n’est pas un message électronique lisible&#xa0;: il n’a ni expéditeur, ni destinataire, ni date, ni en-tête Message-ID.</translation>
    </message>
    <message>
        <source>%1 is not a readable e-mail message: its MIME structure is broken (a multipart part whose boundary never appears).</source>
        <translation>%1 n’est pas un message électronique lisible&#xa0;: sa structure MIME est cassée (une partie multipart dont la frontière n’apparaît jamais).</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
</context>
<context>
    <name>EntitiesCommand</name>
    <message>
        <source>List the people and institutions, or suggest those the sources name.</source>
        <translation>Lister les personnes et institutions, ou proposer celles que nomment les sources.</translation>
    </message>
    <message>
        <source>Lists the entities of DOSSIER (people, organizations, public bodies, companies, positions) by name, with their type, aliases and how many times the sources mention them. With --suggest, lists instead the people and institutions the sources name that are neither entities yet nor rejected, most mentioned first, with the variants of each name and the sources naming it; add the right ones with “entity add”. Nothing is written.</source>
        <translation>Liste les entités de DOSSIER (personnes, organisations, organismes publics, entreprises, postes) par nom, avec leur type, leurs autres noms et le nombre de mentions dans les sources. Avec --suggest, liste plutôt les personnes et institutions nommées par les sources qui ne sont ni déjà des entités ni rejetées, les plus mentionnées d’abord, avec les variantes de chaque nom et les sources qui le citent&#x202f;; ajoutez les bonnes avec «&#xa0;entity add&#xa0;». Rien n’est écrit.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>Suggest the people and institutions named in the sources instead.</source>
        <translation>Proposer plutôt les personnes et institutions nommées dans les sources.</translation>
    </message>
    <message>
        <source>With --suggest, at most N suggestions (1 to 10000; all by default).</source>
        <translation>Avec --suggest, au plus N suggestions (de 1 à 10000&#x202f;; toutes par défaut).</translation>
    </message>
    <message>
        <source>--limit only applies with --suggest.</source>
        <translation>--limit ne s’applique qu’avec --suggest.</translation>
    </message>
    <message>
        <source>--limit expects a number from 1 to 10000, not “%1”.</source>
        <translation>--limit attend un nombre de 1 à 10000, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot suggest entities from %1: %2</source>
        <extracomment>%1 the dossier file, %2 the reason</extracomment>
        <translation>Impossible de proposer des entités à partir de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sources of %1 name no one who is not an entity yet.</source>
        <translation>Les sources de %1 ne nomment personne qui ne soit déjà une entité.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <extracomment>Column headings of the entity suggestions; keep them short</extracomment>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>MENTIONS</source>
        <translation>MENTIONS</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>SOURCES</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>%1 (also: %2)</source>
        <extracomment>An entity&apos;s name followed by the other ways the sources write it</extracomment>
        <translation>%1 (aussi&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 has no entities yet; “%2 entities %1 --suggest” lists the names its sources give.</source>
        <extracomment>%1 the dossier file, %2 the program name</extracomment>
        <translation>%1 ne contient encore aucune entité&#x202f;; «&#xa0;%2 entities %1 --suggest&#xa0;» liste les noms donnés par ses sources.</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column headings of the entity list; keep them short</extracomment>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>EntityCommand</name>
    <message>
        <source>Add a person or an institution to the dossier.</source>
        <translation>Ajouter une personne ou une institution au dossier.</translation>
    </message>
    <message>
        <source>“entity add” adds an entity to DOSSIER and prints its id. TYPE is a FollowTheMoney schema: %1. Aliases are the other ways the sources write the name (an acronym, a surname alone). With --find-mentions, every place the sources write the name or an alias is marked as a mention, for review. An entity of the same type already called NAME (by its name or an alias, ignoring case) is refused unless --allow-duplicate is given, so a script can run twice without doubling its entities.</source>
        <translation>«&#xa0;entity add&#xa0;» ajoute une entité à DOSSIER et affiche son identifiant. TYPE est un schéma FollowTheMoney&#xa0;: %1. Les autres noms (--alias) sont les autres façons dont les sources écrivent le nom (un sigle, un nom de famille seul). Avec --find-mentions, chaque endroit où les sources écrivent le nom ou un autre nom est marqué comme mention, à vérifier. Une entité du même type déjà appelée NAME (par son nom ou un autre nom, sans tenir compte de la casse) est refusée sauf avec --allow-duplicate, pour qu’un script puisse être lancé deux fois sans doubler ses entités.</translation>
    </message>
    <message>
        <source>The action: add.</source>
        <extracomment>&quot;add&quot; is the only action for now; keep the word add untranslated</extracomment>
        <translation>L’action&#xa0;: add.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The entity&apos;s type: %1 (required).</source>
        <translation>Le type de l’entité&#xa0;: %1 (obligatoire).</translation>
    </message>
    <message>
        <source>Its name (required).</source>
        <translation>Son nom (obligatoire).</translation>
    </message>
    <message>
        <source>Another name for it; repeat for several.</source>
        <translation>Un autre nom pour elle&#x202f;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>Notes on the entity.</source>
        <translation>Des notes sur l’entité.</translation>
    </message>
    <message>
        <source>Mark every place the sources write its name or an alias as a mention, for review.</source>
        <translation>Marquer comme mention, à vérifier, chaque endroit où les sources écrivent son nom ou un autre nom.</translation>
    </message>
    <message>
        <source>Add it even if an entity of the same type already has this name (a namesake).</source>
        <translation>L’ajouter même si une entité du même type porte déjà ce nom (un homonyme).</translation>
    </message>
    <message>
        <source>Print the new entity as JSON instead of its id.</source>
        <translation>Afficher la nouvelle entité en JSON plutôt que son identifiant.</translation>
    </message>
    <message>
        <source>“%1” is not an entity action; the action is add.</source>
        <extracomment>%1 what the user typed where the action goes</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une action sur les entités&#x202f;; l’action est add.</translation>
    </message>
    <message>
        <source>entity add needs --type TYPE.</source>
        <translation>entity add demande --type TYPE.</translation>
    </message>
    <message>
        <source>entity add needs --name NAME.</source>
        <translation>entity add demande --name NAME.</translation>
    </message>
    <message>
        <source>“%1” is not an entity type; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’entité&#x202f;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--alias needs a name.</source>
        <translation>--alias demande un nom.</translation>
    </message>
    <message>
        <source>“%1” is already entity %2 in %3; add --allow-duplicate for a namesake.</source>
        <extracomment>%1 entity name, %2 its id, %3 the dossier file</extracomment>
        <translation>«&#xa0;%1&#xa0;» est déjà l’entité %2 dans %3&#x202f;; ajoutez --allow-duplicate pour un homonyme.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot add “%1” to %2: %3</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;» à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot mark the mentions of “%1” in %2: %3</source>
        <translation>Impossible de marquer les mentions de «&#xa0;%1&#xa0;» dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Entity %1 could not be read back from %2.</source>
        <translation>L’entité %1 n’a pas pu être relue dans %2.</translation>
    </message>
</context>
<context>
    <name>EntityEdits</name>
    <message>
        <source>There is no entity %1 in this dossier.</source>
        <translation>Il n’y a pas d’entité %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Une entité a besoin d’un nom.</translation>
    </message>
    <message>
        <source>An entity cannot be merged into itself.</source>
        <translation>Une entité ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EntityStore</name>
    <message>
        <source>Cannot save the entity: %1</source>
        <translation>Impossible d’enregistrer l’entité&#xa0;: %1</translation>
    </message>
    <message>
        <source>An entity needs a name.</source>
        <translation>Une entité a besoin d’un nom.</translation>
    </message>
    <message>
        <source>“%1” is not an entity type; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’entité&#x202f;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot save the entity “%1”: %2</source>
        <translation>Impossible d’enregistrer l’entité «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no entity %1 in this dossier.</source>
        <translation>Il n’y a pas d’entité %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot delete the entity: %1</source>
        <translation>Impossible de supprimer l’entité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot record the mention: %1</source>
        <translation>Impossible d’enregistrer la mention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot remove the mention: %1</source>
        <translation>Impossible de retirer la mention&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no mention %1 in this dossier.</source>
        <translation>Il n’y a pas de mention %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot restore the entity: %1</source>
        <translation>Impossible de rétablir l’entité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EntityStyle</name>
    <message>
        <source>Person</source>
        <extracomment>FollowTheMoney entity type</extracomment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organization</source>
        <extracomment>FollowTheMoney entity type</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Public body</source>
        <extracomment>FollowTheMoney entity type: a ministry, an agency, a commission…</extracomment>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>Company</source>
        <extracomment>FollowTheMoney entity type</extracomment>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>FollowTheMoney entity type: a post such as &quot;director of digital affairs&quot;</extracomment>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Employment</source>
        <extracomment>FollowTheMoney relationship type</extracomment>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Membership</source>
        <extracomment>FollowTheMoney relationship type</extracomment>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>Directorship</source>
        <extracomment>FollowTheMoney relationship type</extracomment>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Ownership</source>
        <extracomment>FollowTheMoney relationship type</extracomment>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Representation</source>
        <extracomment>FollowTheMoney relationship type</extracomment>
        <translation>Représentation</translation>
    </message>
    <message>
        <source>Associate</source>
        <extracomment>FollowTheMoney relationship type: two people who work or act together</extracomment>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Family</source>
        <extracomment>FollowTheMoney relationship type</extracomment>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <extracomment>FollowTheMoney relationship type: a person holding a post</extracomment>
        <translation>Occupation d’un poste</translation>
    </message>
    <message>
        <source>Other link</source>
        <extracomment>FollowTheMoney relationship type for any other link</extracomment>
        <translation>Autre lien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A relationship on the graph: %1 its type, %2 the role (&quot;Directorship: director&quot;)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>A relationship that started at %1 and has no known end</extracomment>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>A relationship that ended at %1, start unknown</extracomment>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A relationship&apos;s dates: %1 start, %2 end</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>EntitySuggester</name>
    <message>
        <source>Cannot read the rejected suggestions of %1: %2</source>
        <translation>Impossible de lire les suggestions rejetées de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the entities of %1: %2</source>
        <translation>Impossible de lire les entités de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Entity suggestions were canceled.</source>
        <translation>Les suggestions d’entités ont été annulées.</translation>
    </message>
</context>
<context>
    <name>EvidenceAppendix</name>
    <message>
        <source>to verify</source>
        <extracomment>Claim status</extracomment>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>supported</source>
        <extracomment>Claim status</extracomment>
        <translation>étayée</translation>
    </message>
    <message>
        <source>disputed</source>
        <extracomment>Claim status</extracomment>
        <translation>contestée</translation>
    </message>
    <message>
        <source>refuted</source>
        <extracomment>Claim status</extracomment>
        <translation>réfutée</translation>
    </message>
    <message>
        <source>asserts</source>
        <extracomment>Stance of a claim&apos;s speaker</extracomment>
        <translation>affirme</translation>
    </message>
    <message>
        <source>denies</source>
        <extracomment>Stance of a claim&apos;s speaker</extracomment>
        <translation>dément</translation>
    </message>
    <message>
        <source>reports</source>
        <extracomment>Stance of a claim&apos;s speaker</extracomment>
        <translation>rapporte</translation>
    </message>
    <message>
        <source>doubts</source>
        <extracomment>Stance of a claim&apos;s speaker</extracomment>
        <translation>doute</translation>
    </message>
    <message>
        <source>Evidence appendix</source>
        <extracomment>Title of the appendix pages of an exported PDF</extracomment>
        <translation>Annexe justificative</translation>
    </message>
    <message>
        <source>Dossier “%1”, exported on %2 (UTC).</source>
        <translation>Dossier «&#xa0;%1&#xa0;», exporté le %2 (UTC).</translation>
    </message>
    <message>
        <source>Sources in this file</source>
        <translation>Sources de ce fichier</translation>
    </message>
    <message>
        <source>Pages %1–%2 of this file.</source>
        <translation>Pages %1 à %2 de ce fichier.</translation>
    </message>
    <message>
        <source>Page %1 of this file.</source>
        <translation>Page %1 de ce fichier.</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Éditeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256 of the original file (%1 bytes):</source>
        <translation>SHA-256 du fichier original (%1 octets)&#xa0;:</translation>
    </message>
    <message>
        <source>This file begins with the original PDF, byte for byte: its first %1 bytes are the file as imported, and hash to the SHA-256 above. Highlights and these pages were appended after them as a PDF incremental update. To check: head -c %1 FILE | sha256sum</source>
        <translation>Ce fichier commence par le PDF original, octet pour octet&#xa0;: ses %1 premiers octets sont le fichier tel qu’importé, et leur empreinte est le SHA-256 ci-dessus. Les surlignages et ces pages ont été ajoutés à leur suite par une mise à jour incrémentale PDF. Pour vérifier&#xa0;: head -c %1 FICHIER | sha256sum</translation>
    </message>
    <message>
        <source>Typeset by Recoupe from the text extracted at import; the original file is the one whose SHA-256 is above.</source>
        <translation>Composé par Recoupe à partir du texte extrait à l’import&#x202f;; le fichier original est celui dont le SHA-256 figure ci-dessus.</translation>
    </message>
    <message>
        <source>The original PDF could not take an incremental update (it is encrypted, or its cross-reference table is damaged), so this file was written anew: its bytes are not a prefix of this file. The SHA-256 above identifies the original.</source>
        <translation>Le PDF original n’a pas pu recevoir de mise à jour incrémentale (il est chiffré, ou sa table des références croisées est endommagée)&#x202f;; ce fichier a donc été réécrit&#xa0;: ses octets ne sont pas un préfixe de ce fichier. Le SHA-256 ci-dessus identifie l’original.</translation>
    </message>
    <message>
        <source>The original PDF&apos;s pages are reproduced here unchanged, with highlights added; this file holds several sources, so its bytes are not the original&apos;s. Export this source alone to get a file that begins with the original, byte for byte.</source>
        <translation>Les pages du PDF original sont reproduites ici sans changement, avec les surlignages ajoutés&#x202f;; ce fichier réunit plusieurs sources, ses octets ne sont donc pas ceux de l’original. Exportez cette source seule pour obtenir un fichier qui commence par l’original, octet pour octet.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A claim&apos;s number and text</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1 · Speaker: %2</source>
        <translation>Statut&#xa0;: %1 · Déclarant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Status: %1 · Speaker: %2 (%3)</source>
        <translation>Statut&#xa0;: %1 · Déclarant&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>No citation yet.</source>
        <translation>Pas encore de citation.</translation>
    </message>
    <message>
        <source>A passage of a source that is not in this file.</source>
        <translation>Un passage d’une source qui n’est pas dans ce fichier.</translation>
    </message>
    <message>
        <source>%1, page %2 (page %3 of this file)</source>
        <translation>%1, page %2 (page %3 de ce fichier)</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Table headers</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>%1, as %2</source>
        <translation>%1, en tant que %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Table headers</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Graphe des relations</translation>
    </message>
    <message>
        <source>The image as imported, one page per frame, with the text read by OCR as invisible text under it; the original file is the one whose SHA-256 is above.</source>
        <translation>L’image telle qu’elle a été importée, une page par image, avec le texte lu par OCR en texte invisible dessous&#x202f;; le fichier original est celui dont le SHA-256 figure ci-dessus.</translation>
    </message>
</context>
<context>
    <name>EvidenceDates</name>
    <message>
        <source>“%1” is not a date; write it as 2018, 2018-05, 2018-05-07 or 7 May 2018.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#x202f;; écrivez-la 2018, 2018-05, 2018-05-07 ou 7 mai 2018.</translation>
    </message>
</context>
<context>
    <name>EvidenceOrigins</name>
    <message numerus="yes">
        <source>%n distinct source(s)</source>
        <extracomment>How many independent sources back a claim</extracomment>
        <translation>
            <numerusform>%n source distincte</numerusform>
            <numerusform>%n sources distinctes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n share their origin)</source>
        <extracomment>%1 is &quot;N distinct source(s)&quot;; the sources that count once because they share their origin</extracomment>
        <translation>
            <numerusform>%1 (%n partage son origine)</numerusform>
            <numerusform>%1 (%n partagent leur origine)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Same origin, counted once: %1</source>
        <extracomment>%1 is a list of source titles that count as one source</extracomment>
        <translation>Même origine, comptées une fois&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceSet</name>
    <message>
        <source>There is no source %1 in this dossier.</source>
        <translation>Il n’y a pas de source %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>The original file of “%1” is missing from the dossier.</source>
        <translation>Le fichier original de «&#xa0;%1&#xa0;» manque dans le dossier.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export the dossier, its evidence pack or its relationship graph to a file.</source>
        <translation>Exporter le dossier, ses pièces justificatives ou son graphe des relations dans un fichier.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The export format: %1 (json by default).</source>
        <translation>Le format d’export&#xa0;: %1 (json par défaut).</translation>
    </message>
    <message>
        <source>The file to write (required), or - for the standard output.</source>
        <translation>Le fichier à écrire (obligatoire), ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>pdf, webanno, csv, markdown: export only this source; repeat for several (all by default).</source>
        <translation>pdf, webanno, csv, markdown&#xa0;: exporter seulement cette source&#x202f;; à répéter pour plusieurs (toutes par défaut).</translation>
    </message>
    <message>
        <source>pdf: end with the evidence appendix (sources and how to check them, claims with their citations, entities, relationships, graph).</source>
        <translation>pdf&#xa0;: terminer par l’annexe justificative (les sources et comment les vérifier, les affirmations avec leurs citations, les entités, les relations, le graphe).</translation>
    </message>
    <message>
        <source>pdf: paint the highlights into the pages instead of adding annotations.</source>
        <translation>pdf&#xa0;: peindre les surlignages dans les pages au lieu d’ajouter des annotations.</translation>
    </message>
    <message>
        <source>pdf, webanno, csv: write this name as every annotation&apos;s author.</source>
        <translation>pdf, webanno, csv&#xa0;: écrire ce nom comme auteur de chaque annotation.</translation>
    </message>
    <message>
        <source>pdf, webanno, csv: write no author name at all (a pack that must not say who worked on it).</source>
        <translation>pdf, webanno, csv&#xa0;: n’écrire aucun nom d’auteur (un lot qui ne doit pas dire qui y a travaillé).</translation>
    </message>
    <message>
        <source>json: include each source&apos;s canonical text.</source>
        <translation>json&#xa0;: inclure le texte canonique de chaque source.</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Afficher ce qui a été écrit en JSON.</translation>
    </message>
    <message>
        <source>The export format “%1” is not supported; supported formats: %2.</source>
        <translation>Le format d’export «&#xa0;%1&#xa0;» n’est pas pris en charge&#x202f;; formats pris en charge&#xa0;: %2.</translation>
    </message>
    <message>
        <source>export needs -o FILE, the file to write.</source>
        <translation>export demande -o FILE, le fichier à écrire.</translation>
    </message>
    <message>
        <source>A PDF export needs a file: give -o FILE.</source>
        <translation>Un export PDF demande un fichier&#xa0;: indiquez -o FILE.</translation>
    </message>
    <message>
        <source>--json prints what was written on the standard output; write the export to a file.</source>
        <translation>--json affiche ce qui a été écrit sur la sortie standard&#x202f;; écrivez l’export dans un fichier.</translation>
    </message>
    <message>
        <source>--%1 does not apply to the %2 format, only to: %3.</source>
        <extracomment>%1 an option, %2 the format asked for, %3 the formats the option applies to</extracomment>
        <translation>--%1 ne s’applique pas au format %2, seulement à&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Give --author NAME or --no-author, not both.</source>
        <translation>Indiquez --author NAME ou --no-author, pas les deux.</translation>
    </message>
    <message>
        <source>--author needs a name; --no-author writes none.</source>
        <translation>--author demande un nom&#x202f;; --no-author n’en écrit aucun.</translation>
    </message>
    <message>
        <source>“%1” is not a source id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de source&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>A reservation the exporter reported; %1 says what</extracomment>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Cannot read the relationships of %1: %2</source>
        <translation>Impossible de lire les relations de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot export the graph of %1: %2</source>
        <translation>Impossible d’exporter le graphe de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot export the graph of %1 to %2: %3</source>
        <extracomment>%1 the dossier, %2 the file to write, %3 the reason</extracomment>
        <translation>Impossible d’exporter le graphe de %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Writing %1: %2%</source>
        <extracomment>Progress on a terminal: %1 the file being written, %2 the percentage done</extracomment>
        <translation>Écriture de %1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>The export was stopped; %1 was not written.</source>
        <translation>L’export a été interrompu&#x202f;; %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Cannot export %1 to %2: %3</source>
        <extracomment>%1 the dossier, %2 the file to write, %3 the reason</extracomment>
        <translation>Impossible d’exporter %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Appendix pages</source>
        <translation>Pages d’annexe</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>page %1</source>
        <extracomment>Pages of the exported file a source occupies: %1 first, %2 last</extracomment>
        <translation>page %1</translation>
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation>pages %1 à %2</translation>
    </message>
    <message>
        <source>The first %1 bytes of %2 do not hash to SHA-256 %4 recorded for source %3.</source>
        <extracomment>%1 a byte count, %2 the file, %3 a source id, %4 a SHA-256</extracomment>
        <translation>Les %1 premiers octets de %2 n’ont pas le SHA-256 %4 enregistré pour la source %3.</translation>
    </message>
    <message numerus="yes">
        <source>Source %1 “%2”, %3: its original file is kept byte for byte as the first %4 bytes (SHA-256 %5, as recorded at import); %n highlight(s) added after it.</source>
        <extracomment>%1 source id, %2 title, %3 &quot;pages 1–4&quot;, %4 a byte count, %5 the SHA-256; %n highlights</extracomment>
        <translation>
            <numerusform>Source %1 «&#xa0;%2&#xa0;», %3&#xa0;: son fichier original est conservé octet pour octet dans les %4 premiers octets (SHA-256 %5, tel qu’enregistré à l’import)&#x202f;; %n surlignage ajouté à sa suite.</numerusform>
            <numerusform>Source %1 «&#xa0;%2&#xa0;», %3&#xa0;: son fichier original est conservé octet pour octet dans les %4 premiers octets (SHA-256 %5, tel qu’enregistré à l’import)&#x202f;; %n surlignages ajoutés à sa suite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source %1 “%2”, %3: the original PDF had to be rewritten, so its bytes are not the start of the file (see the warnings); %n highlight(s).</source>
        <translation>
            <numerusform>Source %1 «&#xa0;%2&#xa0;», %3&#xa0;: le PDF original a dû être réécrit, ses octets ne sont donc pas le début du fichier (voir les avertissements)&#x202f;; %n surlignage.</numerusform>
            <numerusform>Source %1 «&#xa0;%2&#xa0;», %3&#xa0;: le PDF original a dû être réécrit, ses octets ne sont donc pas le début du fichier (voir les avertissements)&#x202f;; %n surlignages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source %1 “%2”, %3: typeset from its text; %n highlight(s).</source>
        <translation>
            <numerusform>Source %1 «&#xa0;%2&#xa0;», %3&#xa0;: composée à partir de son texte&#x202f;; %n surlignage.</numerusform>
            <numerusform>Source %1 «&#xa0;%2&#xa0;», %3&#xa0;: composée à partir de son texte&#x202f;; %n surlignages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source %1 “%2”, %3: its pages are copied into the combined file, so its original bytes are not a prefix (export it alone for that); %n highlight(s).</source>
        <translation>
            <numerusform>Source %1 «&#xa0;%2&#xa0;», %3&#xa0;: ses pages sont copiées dans le fichier combiné, ses octets originaux ne sont donc pas un préfixe (exportez-la seule pour cela)&#x202f;; %n surlignage.</numerusform>
            <numerusform>Source %1 «&#xa0;%2&#xa0;», %3&#xa0;: ses pages sont copiées dans le fichier combiné, ses octets originaux ne sont donc pas un préfixe (exportez-la seule pour cela)&#x202f;; %n surlignages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes DOSSIER to FILE in one of these formats: json (the whole dossier: sources&apos; details and SHA-256, not their bytes; annotations, codebook, claims, entities, relationships), pdf (the annotated sources with real PDF highlights and notes, a PDF source alone keeping its original bytes as the start of the file; --appendix adds the claims, entities, relationships and graph), webanno (W3C Web Annotation JSON-LD, which “import-annotations” reads back), csv (one row per annotation), markdown (the claims with their citations), graphml, gexf and ftm (FollowTheMoney entities, one JSON object per line) for the relationship graph. --source limits the evidence formats to some sources. FILE is replaced only once the export is complete (a full disk leaves the previous FILE as it was); “-” writes to the standard output (not for pdf). A source imported from a file is named by its file name, never its folders, unless --origin path asks for them. Prints what was written. Supported formats: %1.</source>
        <translation>Écrit DOSSIER dans FILE dans l’un de ces formats&#xa0;: json (tout le dossier&#xa0;: informations et SHA-256 des sources, sans leurs octets&#x202f;; annotations, grille de codage, affirmations, entités, relations), pdf (les sources annotées avec de vrais surlignages et notes PDF, une source PDF seule gardant ses octets originaux en début de fichier&#x202f;; --appendix ajoute les affirmations, entités, relations et le graphe), webanno (JSON-LD W3C Web Annotation, que «&#xa0;import-annotations&#xa0;» sait relire), csv (une ligne par annotation), markdown (les affirmations avec leurs citations), graphml, gexf et ftm (entités FollowTheMoney, un objet JSON par ligne) pour le graphe des relations. --source limite les formats de pièces justificatives à certaines sources. FILE n’est remplacé qu’une fois l’export terminé (un disque plein laisse le FILE précédent tel qu’il était)&#x202f;; «&#xa0;-&#xa0;» écrit sur la sortie standard (pas pour pdf). Une source importée d’un fichier est désignée par le nom de ce fichier, jamais par ses dossiers, sauf si --origin path les demande. Affiche ce qui a été écrit. Formats pris en charge&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--origin takes name, none or path, not “%1”.</source>
        <translation>--origin attend name, none ou path, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>json, pdf, webanno, markdown, graphml, gexf, ftm: what to say of the file each source was imported from: its name alone (name, the default), nothing (none), or its full path with its folders (path), which may name the source or your account. Web addresses are always kept.</source>
        <translation>json, pdf, webanno, markdown, graphml, gexf, ftm&#xa0;: ce qu’il faut dire du fichier d’où chaque source a été importée&#xa0;: son seul nom (name, par défaut), rien (none), ou son chemin complet avec ses dossiers (path), qui peut nommer la source ou votre compte. Les adresses web sont toujours conservées.</translation>
    </message>
    <message numerus="yes">
        <source>Source %1 “%2”, %3: the image set as pages, one per frame, with the text read by OCR invisible under it; %n highlight(s).</source>
        <extracomment>%1 source id, %2 title, %3 &quot;pages 1–4&quot;; %n highlights</extracomment>
        <translation>
            <numerusform>Source %1 «&#xa0;%2&#xa0;», %3&#xa0;: l’image mise en pages, une page par image, avec le texte lu par OCR invisible dessous&#x202f;; %n surlignage.</numerusform>
            <numerusform>Source %1 «&#xa0;%2&#xa0;», %3&#xa0;: l’image mise en pages, une page par image, avec le texte lu par OCR invisible dessous&#x202f;; %n surlignages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <extracomment>%1 the file being written, %2 the system&apos;s reason (&quot;No space left on device&quot;)</extracomment>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the disk took no more data</source>
        <translation>le disque n’a plus rien accepté</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>le fichier n’a pas été ouvert</translation>
    </message>
</context>
<context>
    <name>ExportProvenance</name>
    <message>
        <source>Each source leaves with its SHA-256 and its web address when it has one; nothing about the file it was imported from.</source>
        <translation>Chaque source part avec son SHA-256 et son adresse web si elle en a une&#x202f;; rien du fichier d’où elle a été importée.</translation>
    </message>
    <message>
        <source>Each source leaves with its SHA-256, its web address when it has one, and the full path of the file it was imported from: folder names, and the account name in them, leave with the export.</source>
        <translation>Chaque source part avec son SHA-256, son adresse web si elle en a une, et le chemin complet du fichier d’où elle a été importée&#xa0;: les noms de dossiers, et le nom de compte qu’ils contiennent, partent avec l’export.</translation>
    </message>
    <message>
        <source>Each source leaves with its SHA-256, its web address when it has one, and the name of the file it was imported from, without its folders.</source>
        <translation>Chaque source part avec son SHA-256, son adresse web si elle en a une, et le nom du fichier d’où elle a été importée, sans ses dossiers.</translation>
    </message>
</context>
<context>
    <name>FtmWriter</name>
    <message>
        <source>Relationship %1 (%2 from %3 “%4” to %5 “%6”) does not fit FollowTheMoney’s %2 and was written as UnknownLink.</source>
        <translation>La relation %1 (%2 de %3 «&#xa0;%4&#xa0;» à %5 «&#xa0;%6&#xa0;») ne correspond pas au schéma %2 de FollowTheMoney et a été écrite comme UnknownLink.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>A quoted passage and the title of its source, in exports</extracomment>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>Cannot read the relationships of %1: %2</source>
        <translation>Impossible de lire les relations de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GraphEdgeItem</name>
    <message numerus="yes">
        <source>%n passage(s) of evidence</source>
        <extracomment>Tooltip line on a graph edge; %n passages of evidence</extracomment>
        <translation>
            <numerusform>%n passage justificatif</numerusform>
            <numerusform>%n passages justificatifs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <source>Cannot write the graph: %1</source>
        <translation>Impossible d’écrire le graphe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>The layout was canceled.</source>
        <translation>La disposition a été annulée.</translation>
    </message>
    <message>
        <source>Graphviz could not create the graph: %1</source>
        <translation>Graphviz n’a pas pu créer le graphe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Graphviz could not lay the graph out with %1: %2</source>
        <translation>Graphviz n’a pas pu disposer le graphe avec %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GraphNodeItem</name>
    <message>
        <source>Also: %1</source>
        <extracomment>Tooltip line on a graph node: %1 the other names, comma separated %1 the other names of a person or an institution, separated by commas</extracomment>
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HighlightDeletion</name>
    <message>
        <source>“%1”</source>
        <extracomment>A claim&apos;s statement, quoted</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <extracomment>A relationship between two entities: %1 the first, %2 its kind, %3 the second</extracomment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between items of a list</comment>
        <translation>&#x202f;; </translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n claim(s): %1.</source>
        <translation>
            <numerusform>Cité par %n affirmation&#xa0;: %1.</numerusform>
            <numerusform>Cité par %n affirmations&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence of %n relationship(s): %1.</source>
        <translation>
            <numerusform>Pièce justificative de %n relation&#xa0;: %1.</numerusform>
            <numerusform>Pièce justificative de %n relations&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting it leaves %n of them with no evidence at all: %1.</source>
        <translation>
            <numerusform>Le supprimer en laisse %n sans aucune pièce justificative&#xa0;: %1.</numerusform>
            <numerusform>Le supprimer en laisse %n sans aucune pièce justificative&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting it removes it from their evidence; each keeps its other passages.</source>
        <translation>Le supprimer le retire de leurs pièces justificatives&#x202f;; chacune garde ses autres passages.</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Delete this highlight?</source>
        <translation>Supprimer ce surlignage&#x202f;?</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it back with its citations.</source>
        <translation>Édition ▸ Annuler le rétablit avec ses citations.</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Supprimer le surlignage</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>List the versions of a source, or write one of them out.</source>
        <translation>Lister les versions d’une source, ou écrire l’une d’elles.</translation>
    </message>
    <message>
        <source>Lists every version of source SOURCE_ID&apos;s content, oldest first: version 1 is what was first imported, the last one is the current content, each earlier one was replaced by “replace”. For each: when it came into the dossier, when it was replaced, its size and its SHA-256. With --version N and -o FILE, writes that version&apos;s original bytes to FILE (“-” for standard output), exactly as they were imported; with --text, prints its text.</source>
        <translation>Liste chaque version du contenu de la source SOURCE_ID, de la plus ancienne à la plus récente&#x202f;: la version 1 est celle qui a été importée d’abord, la dernière est le contenu actuel, chacune des précédentes a été remplacée par «&#xa0;replace&#xa0;». Pour chacune&#xa0;: quand elle est entrée dans le dossier, quand elle a été remplacée, sa taille et son SHA-256. Avec --version N et -o FICHIER, écrit les octets d’origine de cette version dans FICHIER («&#xa0;-&#xa0;» pour la sortie standard), tels qu’ils ont été importés&#x202f;; avec --text, affiche son texte.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The source&apos;s id, as “sources” lists it.</source>
        <translation>L’identifiant de la source, tel que «&#xa0;sources&#xa0;» le liste.</translation>
    </message>
    <message>
        <source>The version to write out, as the listing numbers it.</source>
        <translation>La version à écrire, numérotée comme dans la liste.</translation>
    </message>
    <message>
        <source>Write the version&apos;s original bytes to FILE (“-” for standard output).</source>
        <translation>Écrire les octets d’origine de la version dans FICHIER («&#xa0;-&#xa0;» pour la sortie standard).</translation>
    </message>
    <message>
        <source>Print the version&apos;s text.</source>
        <translation>Afficher le texte de la version.</translation>
    </message>
    <message>
        <source>“%1” is not a source id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de source&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>--version expects a version number from 1, not “%1”.</source>
        <translation>--version attend un numéro de version à partir de 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--version needs either -o FILE or --text.</source>
        <translation>--version demande soit -o FICHIER, soit --text.</translation>
    </message>
    <message>
        <source>-o and --text need --version N.</source>
        <translation>-o et --text demandent --version N.</translation>
    </message>
    <message numerus="yes">
        <source>Source %1 “%2” has no version %3: it has %n version(s).</source>
        <translation>
            <numerusform>La source %1 «&#xa0;%2&#xa0;» n’a pas de version %3&#xa0;: elle a %n version.</numerusform>
            <numerusform>La source %1 «&#xa0;%2&#xa0;» n’a pas de version %3&#xa0;: elle a %n versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Version</source>
        <extracomment>Column headings of “history”</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>current</source>
        <extracomment>In the “Replaced” column of “history”: the version in use</extracomment>
        <translation>actuelle</translation>
    </message>
    <message>
        <source>Source %1 “%2”</source>
        <translation>Source %1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message>
        <source>Web pages</source>
        <extracomment>File dialog filter name</extracomment>
        <translation>Pages web</translation>
    </message>
    <message>
        <source>%1 does not look like a web page: it contains binary data. It may be another kind of document renamed to .html.</source>
        <translation>%1 ne ressemble pas à une page web&#xa0;: il contient des données binaires. C’est peut-être un autre type de document renommé en .html.</translation>
    </message>
    <message>
        <source>The article in %1 could not be told apart from the page&apos;s menus and footers; the whole page text was imported.</source>
        <translation>L’article de %1 n’a pas pu être distingué des menus et pieds de page&#x202f;; tout le texte de la page a été importé.</translation>
    </message>
    <message>
        <source>%1 contains no text to import. The page may build its content with scripts, which Recoupe does not run.</source>
        <translation>%1 ne contient aucun texte à importer. La page construit peut-être son contenu par des scripts, que Recoupe n’exécute pas.</translation>
    </message>
    <message>
        <source>%1 declares an encoding its bytes do not match; it was read as %2.</source>
        <translation>%1 déclare un encodage qui ne correspond pas à ses octets&#x202f;; il a été lu en %2.</translation>
    </message>
    <message>
        <source>%1 is too large for a web page (%2 MB; Recoupe reads pages up to %3 MB). Save the article alone, or as text, and import that.</source>
        <translation>%1 est trop volumineux pour une page web (%2&#xa0;Mo&#xa0;; Recoupe lit les pages jusqu’à %3&#xa0;Mo). Enregistrez l’article seul, ou en texte, et importez-le.</translation>
    </message>
    <message>
        <source>%1 nests its elements more than %2 levels deep, beyond the depth Recoupe reads web pages to. The page is damaged or was made to stall the programs that read it.</source>
        <translation>%1 imbrique ses éléments sur plus de %2&#xa0;niveaux, au-delà de la profondeur à laquelle Recoupe lit les pages web. La page est endommagée ou faite pour bloquer les programmes qui la lisent.</translation>
    </message>
    <message>
        <source>%1 could not be read: there is not enough memory to parse it.</source>
        <translation>%1 n’a pas pu être lu&#xa0;: la mémoire manque pour l’analyser.</translation>
    </message>
    <message>
        <source>%1 contains no text to import: its &lt;%2&gt; element is never closed (there is no &lt;/%2&gt;), so the rest of the page is read as part of it, as a browser does. The file is damaged; save the page again.</source>
        <translation>%1 ne contient aucun texte à importer&#xa0;: son élément &lt;%2&gt; n’est jamais fermé (il n’y a pas de &lt;/%2&gt;), si bien que le reste de la page est lu comme en faisant partie, comme le fait un navigateur. Le fichier est endommagé&#xa0;; enregistrez de nouveau la page.</translation>
    </message>
    <message>
        <source>%1 repeats tags deep inside hundreds of open elements so many times that reading it would take minutes. The page is damaged or was made to stall the programs that read it.</source>
        <translation>%1 répète des balises au fond de centaines d’éléments ouverts tant de fois que sa lecture prendrait des minutes. La page est endommagée ou faite pour bloquer les programmes qui la lisent.</translation>
    </message>
</context>
<context>
    <name>HunspellSpellChecker</name>
    <message>
        <source>The spelling dictionary %1 uses the encoding %2, which this system cannot convert.</source>
        <extracomment>%1 is a dictionary file, %2 a character encoding name</extracomment>
        <translation>Le dictionnaire orthographique %1 utilise l’encodage %2, que ce système ne sait pas convertir.</translation>
    </message>
</context>
<context>
    <name>HyphenJoiningTokenizer</name>
    <message>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>Cette bibliothèque SQLite n’a pas de recherche plein texte (FTS5).</translation>
    </message>
    <message>
        <source>This SQLite library has no unicode61 tokenizer.</source>
        <translation>Cette bibliothèque SQLite n’a pas le découpeur de mots unicode61.</translation>
    </message>
    <message>
        <source>Cannot set up full-text search: %1</source>
        <translation>Impossible de préparer la recherche plein texte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImageImporter</name>
    <message>
        <source>%1 is too large to read: %2 × %3 pixels, when Recoupe reads images up to %4 pixels a side and %5 million pixels in all. Scan it again at a lower resolution, or cut it into pages.</source>
        <translation>%1 est trop grande pour être lue&#xa0;: %2 × %3 pixels, alors que Recoupe lit les images jusqu’à %4 pixels de côté et %5 millions de pixels en tout. Numérisez-la à nouveau à une résolution plus basse, ou découpez-la en pages.</translation>
    </message>
    <message>
        <source>Images</source>
        <extracomment>File dialog filter name</extracomment>
        <translation>Images</translation>
    </message>
    <message>
        <source>%1 is not an image Recoupe can read (%2).</source>
        <translation>%1 n’est pas une image que Recoupe sait lire (%2).</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be found: the file is probably truncated or damaged.</source>
        <translation>La page %1 de %2 est introuvable&#xa0;: le fichier est probablement tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>Page %1 of %2 cannot be decoded (%3): the file is probably truncated or damaged.</source>
        <translation>La page %1 de %2 ne peut pas être décodée (%3)&#xa0;: le fichier est probablement tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>%1 is not an image Recoupe can read: %2. It may be damaged, or another kind of file renamed.</source>
        <translation>%1 n’est pas une image que Recoupe sait lire&#xa0;: %2. Il est peut-être endommagé, ou c’est un autre type de fichier renommé.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>No text was found in %1: it cannot be searched or annotated.</source>
        <translation>Aucun texte n’a été trouvé dans %1&#xa0;: on ne peut ni y chercher ni l’annoter.</translation>
    </message>
</context>
<context>
    <name>ImagePages</name>
    <message>
        <source>“%1” has no pages to export.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de pages à exporter.</translation>
    </message>
    <message>
        <source>“%1” cannot be set as PDF pages.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être mis en pages PDF.</translation>
    </message>
</context>
<context>
    <name>ImportAnnotationsCommand</name>
    <message>
        <source>Place the annotations of a W3C Web Annotation file on the dossier&apos;s sources.</source>
        <translation>Placer les annotations d’un fichier W3C Web Annotation sur les sources du dossier.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The W3C Web Annotation file (JSON-LD).</source>
        <translation>Le fichier W3C Web Annotation (JSON-LD).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from %1.</source>
        <translation>
            <numerusform>%n annotation importée de %1.</numerusform>
            <numerusform>%n annotations importées de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were already in the dossier and were left as they were.</source>
        <translation>
            <numerusform>%n annotation était déjà dans le dossier et a été laissée telle quelle.</numerusform>
            <numerusform>%n annotations étaient déjà dans le dossier et ont été laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>moved</source>
        <extracomment>Line prefixes of the import report; keep them short</extracomment>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orpheline</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>source inconnue</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of %1 could not be placed in %2.</source>
        <extracomment>%1 the file, %2 the dossier</extracomment>
        <translation>
            <numerusform>%n annotation de %1 n’a pas pu être placée dans %2.</numerusform>
            <numerusform>%n annotations de %1 n’ont pas pu être placées dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads FILE, W3C Web Annotation JSON-LD (as “export --format webanno” writes it, or another tool of that standard), and adds its annotations to DOSSIER as one undoable step: each one on the source whose original file has the SHA-256 of its target, at its recorded position when the text there is still the quote, else where the quote is now. Notes, tags (created when missing), colors, creators and the creation and modification dates come along; annotations already there are left as they are. Every annotation that could not be placed is listed with the reason: its quote is no longer in the source (orphaned), its source is not in the dossier, or it is not an annotation Recoupe can place. Exit status 1 when any could not be placed, after placing the others.</source>
        <translation>Lit FILE, du JSON-LD W3C Web Annotation (tel que l’écrit «&#xa0;export --format webanno&#xa0;», ou un autre outil de ce standard), et ajoute ses annotations à DOSSIER en une seule étape annulable&#xa0;: chacune sur la source dont le fichier original a le SHA-256 de sa cible, à sa position enregistrée si le texte y est encore la citation, sinon là où se trouve maintenant la citation. Notes, étiquettes (créées si absentes), couleurs, auteurs et dates de création et de modification suivent&#x202f;; les annotations déjà présentes restent telles quelles. Chaque annotation qui n’a pas pu être placée est listée avec la raison&#xa0;: sa citation n’est plus dans la source (orpheline), sa source n’est pas dans le dossier, ou ce n’est pas une annotation que Recoupe sait placer. Code de sortie 1 si l’une d’elles n’a pas pu être placée, après avoir placé les autres.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import files and folders (text, HTML, Markdown, PDF) as sources.</source>
        <translation>Importer des fichiers et des répertoires (texte, HTML, Markdown, PDF) comme sources.</translation>
    </message>
    <message>
        <source>Imports each FILE, and every file Recoupe reads inside each FOLDER (recursively), into DOSSIER. Each file is stored in its own transaction and reported on its own line as soon as it is done: “imported ID PATH”, “duplicate ID PATH” for bytes already in the dossier; files that cannot be imported are reported on stderr and the others are still imported. Web pages are read as they are: nothing they reference is ever downloaded. The exit status is 1 when any file was not imported. Ctrl-C stops after rolling back the file in progress.</source>
        <translation>Importe chaque FILE, et chaque fichier que Recoupe sait lire dans chaque FOLDER (récursivement), dans DOSSIER. Chaque fichier est enregistré dans sa propre transaction et signalé sur sa propre ligne dès qu’il est traité&#xa0;: «&#xa0;imported ID CHEMIN&#xa0;», «&#xa0;duplicate ID CHEMIN&#xa0;» pour des octets déjà présents dans le dossier&#x202f;; les fichiers qui ne peuvent pas être importés sont signalés sur la sortie d’erreur et les autres sont tout de même importés. Les pages web sont lues telles quelles&#xa0;: rien de ce qu’elles référencent n’est jamais téléchargé. Le code de sortie vaut 1 si un fichier n’a pas été importé. Ctrl-C arrête l’import après avoir annulé le fichier en cours.</translation>
    </message>
    <message>
        <source>The dossier file (create it with “new”).</source>
        <translation>Le fichier du dossier (créez-le avec «&#xa0;new&#xa0;»).</translation>
    </message>
    <message>
        <source>Files to import, or folders to import the files of.</source>
        <translation>Fichiers à importer, ou répertoires dont importer les fichiers.</translation>
    </message>
    <message>
        <source>Password for protected PDFs.</source>
        <translation>Mot de passe des PDF protégés.</translation>
    </message>
    <message>
        <source>Print one JSON array describing every file once the import is over, instead of one line per file.</source>
        <translation>Afficher un tableau JSON décrivant chaque fichier une fois l’import terminé, au lieu d’une ligne par fichier.</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 n’a pas été importé.</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <extracomment>Printed under an imported file; %1 is the importer&apos;s warning</extracomment>
        <translation>  avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>The import could not start.</source>
        <translation>L’import n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>There was no file to import in %1.</source>
        <translation>Il n’y avait aucun fichier à importer dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>The import was stopped; %n file(s) were not imported.</source>
        <translation>
            <numerusform>L’import a été interrompu&#x202f;; %n fichier n’a pas été importé.</numerusform>
            <numerusform>L’import a été interrompu&#x202f;; %n fichiers n’ont pas été importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary: %1 imported, %2 already in the dossier, %3 refused.</source>
        <extracomment>After an import; %1 files imported, %2 already in the dossier, %3 not imported</extracomment>
        <translation>Bilan&#xa0;: %1 importés, %2 déjà dans le dossier, %3 refusés.</translation>
    </message>
    <message>
        <source>  refused: %1</source>
        <extracomment>Under the import summary, one line per file that was not imported; %1 says why</extracomment>
        <translation>  refusé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportSourcesCommand</name>
    <message numerus="yes">
        <source>Import %n source(s)</source>
        <extracomment>Undo/redo action name, %n is a number of sources</extracomment>
        <translation>
            <numerusform>Importer %n source</numerusform>
            <numerusform>Importer %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The dossier could not be locked for checking: %1</source>
        <translation>Le dossier n’a pas pu être verrouillé pour la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation>SQLite signale&#xa0;: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check could not run: %1</source>
        <translation>La vérification d’intégrité de SQLite n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Row %2 of table %1 refers to a row of %3 that does not exist.</source>
        <extracomment>%1 a table, %2 a row id, %3 the table it should refer to</extracomment>
        <translation>La ligne %2 de la table %1 fait référence à une ligne de %3 qui n’existe pas.</translation>
    </message>
    <message>
        <source>The foreign key check could not run: %1</source>
        <translation>La vérification des clés étrangères n’a pas pu s’exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>The full-text index %1 does not match the text it indexes (%2).</source>
        <extracomment>%1 is the name of a full-text index table</extracomment>
        <translation>L’index plein texte %1 ne correspond pas au texte qu’il indexe (%2).</translation>
    </message>
    <message>
        <source>The full-text index %1 could not be checked: %2</source>
        <translation>L’index plein texte %1 n’a pas pu être vérifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source %1 “%2”: a text chunk starts at %3 where %4 was expected; the text has a gap or an overlap.</source>
        <extracomment>%1 source id, %2 title, %3 and %4 text offsets</extracomment>
        <translation>Source %1 «&#xa0;%2&#xa0;»&#xa0;: un morceau de texte commence en %3 alors que %4 était attendu&#x202f;; le texte présente un trou ou un chevauchement.</translation>
    </message>
    <message>
        <source>Source %1 “%2”: its text cannot be read: %3</source>
        <translation>Source %1 «&#xa0;%2&#xa0;»&#xa0;: son texte ne peut pas être lu&#xa0;: %3</translation>
    </message>
    <message>
        <source>Source %1 “%2”: its text chunks hold %3 characters but the source records %4.</source>
        <translation>Source %1 «&#xa0;%2&#xa0;»&#xa0;: ses morceaux de texte contiennent %3 caractères mais la source en indique %4.</translation>
    </message>
    <message>
        <source>Source %1 “%2”: its original file is missing.</source>
        <translation>Source %1 «&#xa0;%2&#xa0;»&#xa0;: son fichier original manque.</translation>
    </message>
    <message>
        <source>Source %1 “%2”: its stored file has SHA-256 %3, not the recorded %4.</source>
        <translation>Source %1 «&#xa0;%2&#xa0;»&#xa0;: son fichier stocké a le SHA-256 %3, et non le %4 enregistré.</translation>
    </message>
    <message>
        <source>The sources cannot be read: %1</source>
        <translation>Les sources ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source %1 “%2”: page %3 is recorded where page %4 was expected.</source>
        <extracomment>%1 source id, %2 title, %3 and %4 page numbers</extracomment>
        <translation>Source %1 «&#xa0;%2&#xa0;»&#xa0;: la page %3 est enregistrée là où la page %4 était attendue.</translation>
    </message>
    <message>
        <source>Source %1 “%2”: page %3 covers the text from %4 to %5, outside the text or before the previous page.</source>
        <translation>Source %1 «&#xa0;%2&#xa0;»&#xa0;: la page %3 couvre le texte de %4 à %5, hors du texte ou avant la page précédente.</translation>
    </message>
    <message>
        <source>Anchor %1 (%2:%3) lies outside the text of source %4 “%5” (%6 characters).</source>
        <extracomment>%1 anchor id, %2 and %3 offsets, %4 source id, %5 title, %6 its length</extracomment>
        <translation>L’ancre %1 (%2:%3) est hors du texte de la source %4 «&#xa0;%5&#xa0;» (%6 caractères).</translation>
    </message>
    <message>
        <source>Anchor %1 (%2:%3) in source %4 “%5” quotes “%6” but the text there reads “%7”.</source>
        <translation>L’ancre %1 (%2:%3) de la source %4 «&#xa0;%5&#xa0;» cite «&#xa0;%6&#xa0;» mais le texte à cet endroit est «&#xa0;%7&#xa0;».</translation>
    </message>
    <message>
        <source>Anchor %1 in source %2 “%3” is an orphan: its quote “%4” was not found again after the text changed.</source>
        <translation>L’ancre %1 de la source %2 «&#xa0;%3&#xa0;» est orpheline&#xa0;: sa citation «&#xa0;%4&#xa0;» est introuvable depuis la modification du texte.</translation>
    </message>
    <message>
        <source>%1 It is marked as an orphan for review.</source>
        <translation>%1 Elle est marquée orpheline, à vérifier.</translation>
    </message>
    <message>
        <source>Annotations with a note: %1; notes in the search index: %2.</source>
        <translation>Annotations avec une note&#xa0;: %1&#x202f;; notes dans l’index de recherche&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Claims in the dossier: %1; in the search index: %2.</source>
        <translation>Affirmations du dossier&#xa0;: %1&#x202f;; dans l’index de recherche&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Source %1 “%2”: pages stored: %3; pages the source records: %4.</source>
        <extracomment>%3 and %4 are numbers of pages</extracomment>
        <translation>Source %1 «&#xa0;%2&#xa0;»&#xa0;: pages stockées&#xa0;: %3&#x202f;; pages indiquées par la source&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Source %1 “%2”: its stored file is %3 long, not the recorded %4.</source>
        <extracomment>%3 and %4 are sizes such as &quot;235 bytes&quot;</extracomment>
        <translation>Source %1 «&#xa0;%2&#xa0;»&#xa0;: son fichier stocké fait %3, et non %4 comme enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Recoupe&apos;s own structure: %1. Make a cleaned copy with “clean”.</source>
        <extracomment>%1 names a database object, e.g. trigger “x” on annotations</extracomment>
        <translation>Hors de la structure de Recoupe&#xa0;: %1. Faites une copie nettoyée avec «&#xa0;clean&#xa0;».</translation>
    </message>
    <message>
        <source>Source %1 “%2”, version %3: its stored file has SHA-256 %4, not the recorded %5.</source>
        <extracomment>%1 source id, %2 its title, %3 a version number, %4 and %5 SHA-256 digests</extracomment>
        <translation>Source %1 «&#xa0;%2&#xa0;», version %3&#xa0;: son fichier enregistré a pour SHA-256 %4, et non %5 comme enregistré.</translation>
    </message>
    <message>
        <source>Source %1 “%2”, version %3: its stored file is %4 long, not the recorded %5.</source>
        <extracomment>%1 source id, %2 its title, %3 a version number, %4 and %5 sizes such as &quot;235 bytes&quot;</extracomment>
        <translation>Source %1 «&#xa0;%2&#xa0;», version %3&#xa0;: son fichier enregistré fait %4, et non %5 comme enregistré.</translation>
    </message>
    <message>
        <source>The earlier versions cannot be read: %1</source>
        <translation>Les versions antérieures ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>Markdown files</source>
        <extracomment>File dialog filter name</extracomment>
        <translation>Fichiers Markdown</translation>
    </message>
    <message>
        <source>%1 does not look like a Markdown file: it contains binary data. It may be another kind of document renamed to .md.</source>
        <translation>%1 ne ressemble pas à un fichier Markdown&#xa0;: il contient des données binaires. C’est peut-être un autre type de document renommé en .md.</translation>
    </message>
    <message>
        <source>%1 contains no text to import.</source>
        <translation>%1 ne contient aucun texte à importer.</translation>
    </message>
    <message>
        <source>%1 could not be read: there is not enough memory to parse it.</source>
        <translation>%1 n’a pas pu être lu&#xa0;: la mémoire manque pour l’analyser.</translation>
    </message>
</context>
<context>
    <name>MatchLocator</name>
    <message>
        <source>Cannot search %1: this SQLite library has no full-text search (FTS5).</source>
        <translation>Impossible de chercher dans %1&#xa0;: cette bibliothèque SQLite n’a pas de recherche plein texte (FTS5).</translation>
    </message>
    <message>
        <source>Cannot prepare the search in %1: %2</source>
        <translation>Impossible de préparer la recherche dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MboxImporter</name>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <source>%1 is not a mailbox: an mbox file starts with a “From ” line before its first message.</source>
        <translation>%1 n’est pas une boîte aux lettres&#xa0;: un fichier mbox commence par une ligne «&#xa0;From&#xa0;» avant son premier message.</translation>
    </message>
    <message>
        <source>%1 is not a readable mailbox: message %2 could not be parsed.</source>
        <translation>%1 n’est pas une boîte aux lettres lisible&#xa0;: le message %2 n’a pas pu être analysé.</translation>
    </message>
    <message>
        <source>message %1 of %2</source>
        <translation>message %1 de %2</translation>
    </message>
    <message>
        <source>%1 holds no e-mail message.</source>
        <translation>%1 ne contient aucun message électronique.</translation>
    </message>
</context>
<context>
    <name>MergeTagsCommand</name>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Fusionner l’étiquette «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot merge the tags: %1</source>
        <translation>Impossible de fusionner les étiquettes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MoveAnchorCommand</name>
    <message>
        <source>Attach highlight to passage</source>
        <extracomment>Undo/redo action name</extracomment>
        <translation>Rattacher le surlignage au passage</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Create an empty dossier file.</source>
        <translation>Créer un fichier de dossier vide.</translation>
    </message>
    <message>
        <source>Creates DOSSIER, an empty Recoupe dossier (a single SQLite file, usually named *.recoupe). An existing file is never overwritten.</source>
        <translation>Crée DOSSIER, un dossier Recoupe vide (un seul fichier SQLite, habituellement nommé *.recoupe). Un fichier existant n’est jamais écrasé.</translation>
    </message>
    <message>
        <source>The dossier file to create.</source>
        <translation>Le fichier du dossier à créer.</translation>
    </message>
    <message>
        <source>%1 already exists; %2 does not overwrite files.</source>
        <translation>%1 existe déjà&#x202f;; %2 n’écrase pas les fichiers.</translation>
    </message>
    <message>
        <source>Created the dossier %1.</source>
        <translation>Dossier %1 créé.</translation>
    </message>
</context>
<context>
    <name>NewerVersionReader</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2.</source>
        <translation>%1 n’a pas pu être lu jusqu’au bout&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>OcrCommand</name>
    <message>
        <source>Read a source&apos;s scanned pages again by text recognition (OCR).</source>
        <translation>Relire par reconnaissance de texte (OCR) les pages numérisées d’une source.</translation>
    </message>
    <message>
        <source>Reads the pages of source SOURCE_ID that have no text layer again with Tesseract, in the languages given (Tesseract&apos;s codes joined by “+”, such as fra+eng), and replaces the source&apos;s text with the result as one step that can be undone. Annotations are found again in the new text; those whose passage is gone are reported as orphaned. Prints each page read, its language and its mean word confidence (0 to 100).</source>
        <translation>Relit avec Tesseract les pages de la source SOURCE_ID qui n’ont pas de couche texte, dans les langues données (codes de Tesseract joints par «&#xa0;+&#xa0;», comme fra+eng), et remplace le texte de la source par le résultat, en une étape qui peut être annulée. Les annotations sont retrouvées dans le nouveau texte&#x202f;; celles dont le passage a disparu sont signalées comme orphelines. Affiche chaque page lue, sa langue et la confiance moyenne de ses mots (de 0 à 100).</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The source&apos;s id, as “sources” lists it.</source>
        <translation>L’identifiant de la source, tel que «&#xa0;sources&#xa0;» le liste.</translation>
    </message>
    <message>
        <source>The languages to read the pages in, such as fra+eng (default: the source&apos;s language plus English).</source>
        <translation>Les langues dans lesquelles lire les pages, comme fra+eng (par défaut&#x202f;: la langue de la source et l’anglais).</translation>
    </message>
    <message>
        <source>Pages read at the same time (default: one per core).</source>
        <translation>Pages lues en même temps (par défaut&#x202f;: une par cœur).</translation>
    </message>
    <message>
        <source>“%1” is not a source id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de source&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>--language expects Tesseract language codes joined by “+”, such as fra+eng, not “%1”.</source>
        <translation>--language attend des codes de langue de Tesseract joints par «&#xa0;+&#xa0;», comme fra+eng, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--threads expects a number of threads from 1 to 64.</source>
        <translation>--threads attend un nombre de fils d’exécution de 1 à 64.</translation>
    </message>
    <message>
        <source>Source %1 (“%2”) has no scanned pages to read.</source>
        <translation>La source %1 («&#xa0;%2&#xa0;») n’a pas de pages numérisées à lire.</translation>
    </message>
    <message>
        <source>Reading… %1%</source>
        <translation>Lecture… %1&#x202f;%</translation>
    </message>
    <message>
        <source>Text recognition was stopped; source %1 is as it was.</source>
        <translation>La reconnaissance de texte a été interrompue&#x202f;; la source %1 est restée telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1: read in %2, mean confidence %3, %n word(s).</source>
        <translation>
            <numerusform>Page %1&#x202f;: lue en %2, confiance moyenne %3, %n mot.</numerusform>
            <numerusform>Page %1&#x202f;: lue en %2, confiance moyenne %3, %n mots.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source %1 (“%2”) has no scanned pages: every page has a text layer.</source>
        <translation>La source %1 («&#xa0;%2&#xa0;») n’a pas de pages numérisées&#x202f;: chaque page a une couche texte.</translation>
    </message>
    <message>
        <source>Passages kept: %1, moved: %2, orphaned: %3.</source>
        <translation>Passages conservés&#x202f;: %1, déplacés&#x202f;: %2, orphelins&#x202f;: %3.</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>Text recognition in “%1” needs a language model that is not installed. Install the package %2 and try again.</source>
        <translation>La reconnaissance de texte en «&#xa0;%1&#xa0;» demande un modèle de langue qui n’est pas installé. Installez le paquet %2 et réessayez.</translation>
    </message>
    <message>
        <source>Tesseract cannot load its models for “%1”.</source>
        <translation>Tesseract ne peut pas charger ses modèles pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>OdtImporter</name>
    <message>
        <source>OpenDocument texts</source>
        <translation>Textes OpenDocument</translation>
    </message>
    <message>
        <source>%1 is protected by a password (it is encrypted); Recoupe cannot read it. Save an unprotected copy and import that.</source>
        <translation>%1 est protégé par un mot de passe (il est chiffré)&#x202f;; Recoupe ne peut pas le lire. Enregistrez-en une copie non protégée et importez-la.</translation>
    </message>
    <message>
        <source>%1 is not an OpenDocument text: its package has no %2.</source>
        <translation>%1 n’est pas un texte OpenDocument&#xa0;: son paquet n’a pas de %2.</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenDocument text: %2 is damaged (%3).</source>
        <translation>%1 n’est pas un texte OpenDocument lisible&#xa0;: %2 est endommagé (%3).</translation>
    </message>
</context>
<context>
    <name>OfficePackage</name>
    <message>
        <source>%1 is protected by a password (it is encrypted); Recoupe cannot read it. Save an unprotected copy and import that.</source>
        <translation>%1 est protégé par un mot de passe (il est chiffré)&#x202f;; Recoupe ne peut pas le lire. Enregistrez-en une copie non protégée et importez-la.</translation>
    </message>
    <message>
        <source>%1 is not a readable office document: its ZIP package is damaged (%2).</source>
        <translation>%1 n’est pas un document bureautique lisible&#xa0;: son paquet ZIP est endommagé (%2).</translation>
    </message>
    <message>
        <source>%1 is protected by a password (its parts are encrypted); Recoupe cannot read it. Save an unprotected copy and import that.</source>
        <translation>%1 est protégé par un mot de passe (ses parties sont chiffrées)&#x202f;; Recoupe ne peut pas le lire. Enregistrez-en une copie non protégée et importez-la.</translation>
    </message>
    <message>
        <source>%1 is not a readable office document: its part %2 is damaged (%3).</source>
        <translation>%1 n’est pas un document bureautique lisible&#xa0;: sa partie %2 est endommagée (%3).</translation>
    </message>
    <message>
        <source>%1 was not imported: it expands to more than %2 MB from %3 KB (a “ZIP bomb”, or a document far larger than any text). Recoupe stops at %4 MB or %5 times the size of the file.</source>
        <translation>%1 n’a pas été importé&#xa0;: il se décompresse en plus de %2 Mo à partir de %3 Ko (une «&#xa0;bombe ZIP&#xa0;», ou un document bien plus grand que tout texte). Recoupe s’arrête à %4 Mo ou à %5 fois la taille du fichier.</translation>
    </message>
</context>
<context>
    <name>PdfAnnotator</name>
    <message>
        <source>Cannot add the highlights to “%1”: %2</source>
        <translation>Impossible d’ajouter les surlignages à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>“%1” is protected by a password: Recoupe cannot add annotations to it.</source>
        <translation>«&#xa0;%1&#xa0;» est protégé par un mot de passe&#xa0;: Recoupe ne peut pas y ajouter d’annotations.</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a PDF: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu comme un PDF&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” has no pages.</source>
        <translation>«&#xa0;%1&#xa0;» n’a aucune page.</translation>
    </message>
    <message>
        <source>Cannot start the PDF “%1”: %2</source>
        <translation>Impossible de commencer le PDF «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is encrypted: annotations cannot be appended to it.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré&#xa0;: des annotations ne peuvent pas y être ajoutées.</translation>
    </message>
    <message>
        <source>“%1” has no cross-reference section Recoupe can find.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de section de références croisées que Recoupe puisse trouver.</translation>
    </message>
    <message>
        <source>Cannot write the annotations of “%1”: %2</source>
        <translation>Impossible d’écrire les annotations de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>There is no source to export.</source>
        <translation>Il n’y a aucune source à exporter.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>“%1” is damaged; it was read after a repair: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#x202f;; il a été lu après réparation&#xa0;: %2</translation>
    </message>
    <message>
        <source>The passage “%1” of “%2” is no longer found in the source; it was left out of the PDF.</source>
        <translation>Le passage «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» est introuvable dans la source&#x202f;; il a été laissé hors du PDF.</translation>
    </message>
    <message>
        <source>The passage “%1” of “%2” has no place on the pages (the page may have no text layer); it was left out of the PDF.</source>
        <translation>Le passage «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n’a pas de place sur les pages (la page n’a peut-être pas de couche texte)&#x202f;; il a été laissé hors du PDF.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cited by the claim “%1” (%2).</source>
        <translation>Cité par l’affirmation «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>Evidence appendix</source>
        <translation>Annexe justificative</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>Evidence pack — %1</source>
        <translation>Pièces justificatives — %1</translation>
    </message>
    <message>
        <source>Claims</source>
        <extracomment>Bookmark grouping the claims in an exported PDF</extracomment>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>The highlights, notes and tags of this file as W3C Web Annotations (JSON-LD).</source>
        <translation>Les surlignages, notes et étiquettes de ce fichier en W3C Web Annotations (JSON-LD).</translation>
    </message>
    <message>
        <source>“%1” is encrypted: its annotations could not be appended to the original bytes, so the file was written anew.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré&#xa0;: ses annotations n’ont pas pu être ajoutées aux octets originaux, le fichier a donc été réécrit.</translation>
    </message>
    <message>
        <source>“%1” has a damaged cross-reference table: its annotations could not be appended to the original bytes, so the file was written anew.</source>
        <translation>«&#xa0;%1&#xa0;» a une table des références croisées endommagée&#xa0;: ses annotations n’ont pas pu être ajoutées aux octets originaux, le fichier a donc été réécrit.</translation>
    </message>
    <message>
        <source>The PDF export failed: %1</source>
        <translation>L’export PDF a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Impossible d’écrire le PDF&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>PDF documents</source>
        <extracomment>File dialog filter name</extracomment>
        <translation>Documents PDF</translation>
    </message>
    <message>
        <source>%1 is not a PDF file: it does not start with the PDF signature. It may be another kind of document renamed to .pdf.</source>
        <translation>%1 n’est pas un fichier PDF&#xa0;: il ne commence pas par la signature PDF. C’est peut-être un autre type de document renommé en .pdf.</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: Poppler cannot read its structure. If it was downloaded, download it again.</source>
        <translation>%1 est endommagé ou incomplet&#xa0;: Poppler ne sait pas lire sa structure. S’il a été téléchargé, téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Give its password to import it.</source>
        <translation>%1 est protégé par un mot de passe. Indiquez son mot de passe pour l’importer.</translation>
    </message>
    <message>
        <source>The password given for %1 is not the right one.</source>
        <translation>Le mot de passe indiqué pour %1 n’est pas le bon.</translation>
    </message>
    <message>
        <source>%1 has no pages: the file is probably truncated or damaged.</source>
        <translation>%1 n’a aucune page&#xa0;: le fichier est probablement tronqué ou endommagé.</translation>
    </message>
    <message>
        <source>%1 does not end like a complete PDF file: it was probably cut short (an interrupted download?). Pages or text may be missing.</source>
        <translation>%1 ne se termine pas comme un fichier PDF complet&#xa0;: il a probablement été coupé (un téléchargement interrompu&#x202f;?). Des pages ou du texte peuvent manquer.</translation>
    </message>
    <message>
        <source>%1 has no text layer: its scanned pages cannot be searched or annotated as text. Run text recognition (OCR) on it and import the result to search it.</source>
        <translation>%1 n’a pas de couche texte&#xa0;: ses pages numérisées ne peuvent être ni cherchées ni annotées comme du texte. Passez-le à la reconnaissance de caractères (OCR) et importez le résultat pour y chercher.</translation>
    </message>
    <message>
        <source>%1 has text in Chinese, Japanese or Korean fonts (%2) that cannot be read without Poppler&apos;s language data: install the poppler-data package and import the file again to search and annotate that text.</source>
        <translation>%1 contient du texte en polices chinoises, japonaises ou coréennes (%2) illisible sans les données de langue de Poppler&#xa0;: installez le paquet poppler-data et importez de nouveau le fichier pour chercher et annoter ce texte.</translation>
    </message>
    <message>
        <source>The scanned pages of %1 were not read: %2</source>
        <translation>Les pages numérisées de %1 n’ont pas été lues&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>PdfScanReader</name>
    <message>
        <source>Tesseract cannot load its models for “%1”.</source>
        <translation>Tesseract ne peut pas charger ses modèles pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PdfTextLayer</name>
    <message>
        <source>Cannot add the recognised text to “%1”: %2</source>
        <translation>Impossible d’ajouter le texte reconnu à «&#xa0;%1&#xa0;»&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>PdfTypesetter</name>
    <message>
        <source>Cannot start the PDF typesetter.</source>
        <translation>Impossible de démarrer la composition du PDF.</translation>
    </message>
    <message>
        <source>Cannot add a page to the PDF.</source>
        <translation>Impossible d’ajouter une page au PDF.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Page footer: page number, page count</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Page footer: document name, then page number and count</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cannot finish the PDF.</source>
        <translation>Impossible de terminer le PDF.</translation>
    </message>
</context>
<context>
    <name>ReassignMentionsCommand</name>
    <message numerus="yes">
        <source>Move %n mention(s)</source>
        <translation>
            <numerusform>Déplacer %n mention</numerusform>
            <numerusform>Déplacer %n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot move the mentions: %1</source>
        <translation>Impossible de déplacer les mentions&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationListModel</name>
    <message>
        <source>“%1”</source>
        <extracomment>A quoted passage in the Annotations dock; use the quotation marks of your language</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>&amp;Annotations</translation>
    </message>
    <message>
        <source>This source</source>
        <extracomment>Scope of the Annotations dock</extracomment>
        <translation>Cette source</translation>
    </message>
    <message>
        <source>Whole dossier</source>
        <extracomment>Scope of the Annotations dock</extracomment>
        <translation>Tout le dossier</translation>
    </message>
    <message>
        <source>Show the highlights of</source>
        <translation>Afficher les surlignages de</translation>
    </message>
    <message>
        <source>Filter highlights…</source>
        <translation>Filtrer les surlignages…</translation>
    </message>
    <message>
        <source>Filter highlights</source>
        <translation>Filtrer les surlignages</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d’étiquette</translation>
    </message>
    <message>
        <source>Color filter</source>
        <translation>Filtre de couleur</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Write a note on the selected highlight…</source>
        <translation>Écrire une note sur le surlignage sélectionné…</translation>
    </message>
    <message>
        <source>Note on the selected highlight</source>
        <translation>Note sur le surlignage sélectionné</translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>&amp;Aller au passage</translation>
    </message>
    <message>
        <source>Show the passage in its source (Enter)</source>
        <translation>Afficher le passage dans sa source (Entrée)</translation>
    </message>
    <message>
        <source>Go to Passage in &amp;New Pane</source>
        <translation>Aller au passage dans un &amp;nouveau volet</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Delete the selected highlight (Delete); Edit ▸ Undo brings it back</source>
        <translation>Supprimer le surlignage sélectionné (Suppr)&#x202f;; Édition ▸ Annuler le rétablit</translation>
    </message>
    <message>
        <source>All tags</source>
        <extracomment>Tag filter of the Annotations dock: no filter</extracomment>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All colors</source>
        <extracomment>Color filter of the Annotations dock: no filter</extracomment>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Highlights painted %1</source>
        <translation>Surlignages peints en %1</translation>
    </message>
    <message>
        <source>Open or create a dossier to start.</source>
        <translation>Ouvrez ou créez un dossier pour commencer.</translation>
    </message>
    <message>
        <source>No highlight matches the filters.</source>
        <translation>Aucun surlignage ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Open a source to see its highlights, or show the whole dossier.</source>
        <translation>Ouvrez une source pour voir ses surlignages, ou affichez tout le dossier.</translation>
    </message>
    <message>
        <source>No highlights yet. Select a passage in a reader and press %1 to highlight it.</source>
        <translation>Pas encore de surlignage. Sélectionnez un passage dans un lecteur et appuyez sur %1 pour le surligner.</translation>
    </message>
</context>
<context>
    <name>Recoupe::BatchImport</name>
    <message>
        <source>%1 was not imported: the dossier cannot be opened (%2).</source>
        <translation>%1 n’a pas été importé&#xa0;: le dossier ne peut pas être ouvert (%2).</translation>
    </message>
    <message>
        <source>%1 was not imported: the import was cancelled.</source>
        <translation>%1 n’a pas été importé&#xa0;: l’import a été annulé.</translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimEditor</name>
    <message>
        <source>What the evidence should show, in one sentence</source>
        <translation>Ce que les pièces justificatives doivent montrer, en une phrase</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Working note: what to check, who to call</source>
        <translation>Note de travail&#xa0;: ce qu’il faut vérifier, qui appeler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>Remove from evidence</source>
        <translation>Retirer des pièces justificatives</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <extracomment>Label of the claim&apos;s statement in the claim editor</extracomment>
        <translation>Énon&amp;cé&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <extracomment>Label: the entity who makes the statement</extracomment>
        <translation>&amp;Déclarant&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;ance:</source>
        <translation>P&amp;osition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <extracomment>Label of the list of passages a claim cites</extracomment>
        <translation>&amp;Pièces justificatives&#xa0;:</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n’est ouvert.</translation>
    </message>
    <message>
        <source>Spell checking is off: %1</source>
        <translation>La vérification orthographique est désactivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No speaker</source>
        <extracomment>Speaker of a claim: none chosen</extracomment>
        <translation>Aucun déclarant</translation>
    </message>
    <message>
        <source>(removed source)</source>
        <extracomment>Shown for evidence whose source was removed from the library</extracomment>
        <translation>(source retirée)</translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <extracomment>An evidence passage: %1 the quoted passage, %2 the title of its source</extracomment>
        <translation>«&#xa0;%1&#xa0;»
— %2</translation>
    </message>
    <message>
        <source>A claim needs a statement: type one and your changes are saved.</source>
        <translation>Une affirmation a besoin d’un énoncé&#xa0;: tapez-en un et vos modifications seront enregistrées.</translation>
    </message>
    <message>
        <source>Passages cited as evidence. Enter or double-click opens one; Ctrl+Enter opens it in a new pane; Delete removes it from the claim. Drop a highlight from the Annotations dock here to cite it.</source>
        <translation>Passages cités comme pièces justificatives. Entrée ou un double-clic en ouvre un&#x202f;; Ctrl+Entrée l’ouvre dans un nouveau volet&#x202f;; Suppr le retire de l’affirmation. Déposez ici un surlignage du panneau Annotations pour le citer.</translation>
    </message>
    <message>
        <source>Pick a claim first.</source>
        <translation>Choisissez d’abord une affirmation.</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>Cette affirmation n’existe plus.</translation>
    </message>
    <message>
        <source>The claim already cites this passage.</source>
        <translation>L’affirmation cite déjà ce passage.</translation>
    </message>
    <message numerus="yes">
        <source>Cite %n passage(s) in claim</source>
        <extracomment>Undo/redo action name</extracomment>
        <translation>
            <numerusform>Citer %n passage dans l’affirmation</numerusform>
            <numerusform>Citer %n passages dans l’affirmation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimListModel</name>
    <message>
        <source>To verify</source>
        <extracomment>Status of a claim</extracomment>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Supported</source>
        <extracomment>Status of a claim: the evidence supports it</extracomment>
        <translation>Étayée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <extracomment>Status of a claim: sources disagree</extracomment>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>Refuted</source>
        <extracomment>Status of a claim: the evidence shows it is false</extracomment>
        <translation>Réfutée</translation>
    </message>
    <message>
        <source>No stance</source>
        <extracomment>Stance of a claim&apos;s speaker: none given</extracomment>
        <translation>Aucune position</translation>
    </message>
    <message>
        <source>Asserts</source>
        <extracomment>Stance of a claim&apos;s speaker towards the statement</extracomment>
        <translation>Affirme</translation>
    </message>
    <message>
        <source>Denies</source>
        <extracomment>Stance of a claim&apos;s speaker towards the statement</extracomment>
        <translation>Dément</translation>
    </message>
    <message>
        <source>Reports</source>
        <extracomment>Stance of a claim&apos;s speaker: reports what someone else says</extracomment>
        <translation>Rapporte</translation>
    </message>
    <message>
        <source>Doubts</source>
        <extracomment>Stance of a claim&apos;s speaker towards the statement</extracomment>
        <translation>Doute</translation>
    </message>
    <message>
        <source>said by %1</source>
        <extracomment>Claim summary: %1 is the person or institution making the statement</extracomment>
        <translation>selon %1</translation>
    </message>
    <message>
        <source>%1 asserts it</source>
        <extracomment>Claim summary: %1 is the person or institution making the statement</extracomment>
        <translation>%1 l’affirme</translation>
    </message>
    <message>
        <source>%1 denies it</source>
        <extracomment>Claim summary: %1 is the person or institution making the statement</extracomment>
        <translation>%1 le dément</translation>
    </message>
    <message>
        <source>%1 reports it</source>
        <extracomment>Claim summary: %1 reports what someone else says</extracomment>
        <translation>%1 le rapporte</translation>
    </message>
    <message>
        <source>%1 doubts it</source>
        <extracomment>Claim summary: %1 is the person or institution making the statement</extracomment>
        <translation>%1 en doute</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) cited</source>
        <extracomment>Claim summary: how many passages the claim cites</extracomment>
        <translation>
            <numerusform>%n passage cité</numerusform>
            <numerusform>%n passages cités</numerusform>
        </translation>
    </message>
    <message>
        <source>no evidence yet</source>
        <translation>pas encore de pièce justificative</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the parts of a claim&apos;s summary line</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Claim</source>
        <extracomment>Column header in the claims list</extracomment>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header in the claims list</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Speaker</source>
        <extracomment>Column header in the claims list: who makes the statement</extracomment>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Stance</source>
        <extracomment>Column header in the claims list</extracomment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Evidence</source>
        <extracomment>Column header in the claims list: number of passages cited</extracomment>
        <translation>Pièces justificatives</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) cited as evidence, from %1</source>
        <extracomment>Tooltip of the evidence count: %1 is &quot;N distinct source(s)&quot;, maybe with shared origins</extracomment>
        <translation>
            <numerusform>%n passage cité comme pièce justificative, issu de %1</numerusform>
            <numerusform>%n passages cités comme pièces justificatives, issus de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimPickerDialog</name>
    <message>
        <source>Cite in Claim</source>
        <translation>Citer dans une affirmation</translation>
    </message>
    <message>
        <source>Type words of the claim’s statement</source>
        <translation>Tapez des mots de l’énoncé de l’affirmation</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Matching claims</source>
        <translation>Affirmations correspondantes</translation>
    </message>
    <message>
        <source>&amp;Claim:</source>
        <translation>&amp;Affirmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cite</source>
        <extracomment>Button of the claim picker: adds the passage to the claim&apos;s evidence</extracomment>
        <translation>&amp;Citer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A claim in the picker, under its statement: status · &quot;N distinct source(s)&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quoted passage; use the quotation marks of your language</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1
%2 · already cites this passage</source>
        <extracomment>A claim in the picker that cannot be picked: %1 its statement, %2 its status and sources</extracomment>
        <translation>%1
%2 · cite déjà ce passage</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>claim statement, then its status and sources</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>The dossier has no claims yet: use New Claim from Passage first.</source>
        <translation>Le dossier n’a pas encore d’affirmation&#xa0;: utilisez d’abord Nouvelle affirmation à partir du passage.</translation>
    </message>
    <message>
        <source>No claim matches.</source>
        <translation>Aucune affirmation ne correspond.</translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimsDock</name>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Show claims by status</source>
        <translation>Afficher les affirmations par statut</translation>
    </message>
    <message>
        <source>All claims</source>
        <extracomment>Claims filter: every status</extracomment>
        <translation>Toutes les affirmations</translation>
    </message>
    <message>
        <source>New Claim</source>
        <translation>Nouvelle affirmation</translation>
    </message>
    <message>
        <source>State a new claim to verify</source>
        <translation>Énoncer une nouvelle affirmation à vérifier</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Supprimer l’affirmation</translation>
    </message>
    <message>
        <source>Delete the selected claim (Edit ▸ Undo brings it back)</source>
        <translation>Supprimer l’affirmation sélectionnée (Édition ▸ Annuler la rétablit)</translation>
    </message>
    <message>
        <source>New claim</source>
        <extracomment>The statement a new claim starts with, selected so that typing replaces it</extracomment>
        <translation>Nouvelle affirmation</translation>
    </message>
    <message>
        <source>Showing only the claims marked “%1” — &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</source>
        <extracomment>Above the filtered claims list; %1 a status (&quot;Refuted&quot;); the link shows every claim</extracomment>
        <translation>Seules les affirmations « %1 » sont affichées — &lt;a href=&quot;all&quot;&gt;Tout afficher&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Recoupe::CodebookDock</name>
    <message>
        <source>Codebook</source>
        <translation>Grille de codage</translation>
    </message>
    <message>
        <source>Passages with the selected tags</source>
        <translation>Passages portant les étiquettes sélectionnées</translation>
    </message>
    <message>
        <source>Enter or double-click opens the passage; Ctrl+Enter opens it in a new pane.</source>
        <translation>Entrée ou un double-clic ouvre le passage&#x202f;; Ctrl+Entrée l’ouvre dans un nouveau volet.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Add a tag at the top of the codebook</source>
        <translation>Ajouter une étiquette au premier niveau de la grille de codage</translation>
    </message>
    <message>
        <source>Add Sub-tag</source>
        <translation>Ajouter une sous-étiquette</translation>
    </message>
    <message>
        <source>Add a tag below the selected one</source>
        <translation>Ajouter une étiquette sous celle sélectionnée</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the selected tag</source>
        <translation>Renommer l’étiquette sélectionnée</translation>
    </message>
    <message>
        <source>Change Color…</source>
        <translation>Changer la couleur…</translation>
    </message>
    <message>
        <source>Choose the color of the selected tag&apos;s highlights</source>
        <translation>Choisir la couleur des surlignages de l’étiquette sélectionnée</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Décrire…</translation>
    </message>
    <message>
        <source>Write what the selected tag means, for everyone who codes this dossier</source>
        <translation>Écrire ce que signifie l’étiquette sélectionnée, pour tous ceux qui codent ce dossier</translation>
    </message>
    <message>
        <source>Move To…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Put the selected tag under another tag</source>
        <translation>Placer l’étiquette sélectionnée sous une autre étiquette</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the two selected tags into one: highlights, claims and sub-tags go to the tag you keep</source>
        <translation>Fusionner les deux étiquettes sélectionnées en une seule&#xa0;: surlignages, affirmations et sous-étiquettes vont à l’étiquette conservée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected tags and their sub-tags (Edit ▸ Undo brings them back)</source>
        <translation>Supprimer les étiquettes sélectionnées et leurs sous-étiquettes (Édition ▸ Annuler les rétablit)</translation>
    </message>
    <message>
        <source>Select a tag to list its passages.</source>
        <translation>Sélectionnez une étiquette pour lister ses passages.</translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <extracomment>A tagged passage: %1 the quoted passage, %2 the title of its source</extracomment>
        <translation>«&#xa0;%1&#xa0;»
— %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passages carry the selected tags; the first %1 are listed.</source>
        <translation>
            <numerusform>%n passage porte les étiquettes sélectionnées&#x202f;; les %1 premiers sont listés.</numerusform>
            <numerusform>%n passages portent les étiquettes sélectionnées&#x202f;; les %1 premiers sont listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No passage carries the selected tags yet.</source>
        <translation>Aucun passage ne porte encore les étiquettes sélectionnées.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) carry the selected tags:</source>
        <translation>
            <numerusform>%n passage porte les étiquettes sélectionnées&#xa0;:</numerusform>
            <numerusform>%n passages portent les étiquettes sélectionnées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>New tag</source>
        <extracomment>Name given to a tag just added, before the user renames it</extracomment>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>New tag %1</source>
        <extracomment>Name of a tag just added when &quot;New tag&quot; exists: %1 is a number</extracomment>
        <translation>Nouvelle étiquette %1</translation>
    </message>
    <message>
        <source>Color of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Color of %n tags</source>
        <translation>
            <numerusform>Couleur de %n étiquette</numerusform>
            <numerusform>Couleur de %n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>(Top level of the codebook)</source>
        <translation>(Premier niveau de la grille de codage)</translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation>Déplacer l’étiquette</translation>
    </message>
    <message>
        <source>Put “%1” under:</source>
        <translation>Placer «&#xa0;%1&#xa0;» sous&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Put the %n selected tags under:</source>
        <translation>
            <numerusform>Placer %n étiquette sélectionnée sous&#xa0;:</numerusform>
            <numerusform>Placer les %n étiquettes sélectionnées sous&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <source>Merge “%1” and “%2”: which tag do you keep?</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»&#xa0;: quelle étiquette conservez-vous&#x202f;?</translation>
    </message>
    <message>
        <source>The tag you keep gets the other tag&apos;s highlights, claims and sub-tags, and the other tag goes. Edit ▸ Undo reverts the merge.</source>
        <translation>L’étiquette conservée reçoit les surlignages, affirmations et sous-étiquettes de l’autre, et l’autre disparaît. Édition ▸ Annuler défait la fusion.</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <extracomment>Button in the merge dialog; %1 is a tag name</extracomment>
        <translation>Conserver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tags</source>
        <translation>
            <numerusform>Supprimer %n étiquette</numerusform>
            <numerusform>Supprimer %n étiquettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::CodebookSummary</name>
    <message>
        <source>Codebook: no tags yet</source>
        <extracomment>Status bar, when the dossier&apos;s codebook is empty</extracomment>
        <translation>Grille de codage&#xa0;: aucune étiquette pour l’instant</translation>
    </message>
    <message>
        <source>Add tags in the Codebook dock, or tag a passage.</source>
        <translation>Ajoutez des étiquettes dans le panneau Grille de codage, ou étiquetez un passage.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>One top-level tag in the status bar: %1 its name, %2 how many highlights carry it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separates the tags listed in the status bar</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>Codebook: %1</source>
        <extracomment>Status bar: %1 is a list of top-level tags with their use counts</extracomment>
        <translation>Grille de codage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Recoupe::ComparisonBar</name>
    <message>
        <source>Previous Shared Passage</source>
        <translation>Passage commun précédent</translation>
    </message>
    <message>
        <source>Next Shared Passage</source>
        <translation>Passage commun suivant</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Previous shared passage (%1)</source>
        <translation>Passage commun précédent (%1)</translation>
    </message>
    <message>
        <source>Next shared passage (%1)</source>
        <translation>Passage commun suivant (%1)</translation>
    </message>
    <message>
        <source>End the comparison</source>
        <translation>Terminer la comparaison</translation>
    </message>
    <message>
        <source>Finding the passages the two sources share…</source>
        <translation>Recherche des passages communs aux deux sources…</translation>
    </message>
    <message>
        <source>No shared passage</source>
        <translation>Aucun passage commun</translation>
    </message>
    <message>
        <source>The two sources share no passage of 8 words or more (5 with a date or a figure).</source>
        <translation>Les deux sources n’ont aucun passage commun de 8 mots ou plus (5 avec une date ou un chiffre).</translation>
    </message>
    <message>
        <source>Shared passage %1 of %2</source>
        <extracomment>The comparison bar: which of the passages two sources share is shown</extracomment>
        <translation>Passage commun %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>— %n identical word(s), %1 % alike</source>
        <extracomment>After “Shared passage 3 of 12”: how alike the two sides of the passage are</extracomment>
        <translation>
            <numerusform>— %n mot identique, semblables à %1&#x202f;%</numerusform>
            <numerusform>— %n mots identiques, semblables à %1&#x202f;%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::Desk</name>
    <message>
        <source>Open a dossier first.</source>
        <translation>Ouvrez d’abord un dossier.</translation>
    </message>
</context>
<context>
    <name>Recoupe::Dossier</name>
    <message>
        <source>%1 already exists; open it instead of creating it.</source>
        <translation>%1 existe déjà&#x202f;; ouvrez-le au lieu de le créer.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Recoupe dossier.</source>
        <translation>%1 est un fichier vide, pas un dossier Recoupe.</translation>
    </message>
    <message>
        <source>%1 was not updated: %2</source>
        <translation>%1 n’a pas été mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot change the dossier settings: %1</source>
        <translation>Impossible de modifier les réglages du dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no source %1 in this dossier.</source>
        <translation>Il n’y a pas de source %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>The passage %1–%2 lies outside “%3” (%4 characters).</source>
        <translation>Le passage %1–%2 est hors de «&#xa0;%3&#xa0;» (%4 caractères).</translation>
    </message>
    <message>
        <source>“%1” does not occur in “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’apparaît pas dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>“%1” occurs %n time(s) in “%2”; there is no occurrence %3.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» apparaît %n fois dans «&#xa0;%2&#xa0;»&#x202f;; il n’y a pas d’occurrence %3.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» apparaît %n fois dans «&#xa0;%2&#xa0;»&#x202f;; il n’y a pas d’occurrence %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a passage to highlight.</source>
        <translation>Sélectionnez un passage à surligner.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <extracomment>Undo/redo action name</extracomment>
        <translation>Surligner</translation>
    </message>
    <message>
        <source>Highlight and tag</source>
        <translation>Surligner et étiqueter</translation>
    </message>
    <message>
        <source>There is no annotation %1 in this dossier.</source>
        <translation>Il n’y a pas d’annotation %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>That is not a color.</source>
        <translation>Ce n’est pas une couleur.</translation>
    </message>
    <message>
        <source>Change color</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <source>There is no tag %1 in this dossier.</source>
        <translation>Il n’y a pas d’étiquette %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Tag highlight</source>
        <translation>Étiqueter le surlignage</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The codebook already has a tag “%1” there.</source>
        <translation>La grille de codage a déjà une étiquette «&#xa0;%1&#xa0;» à cet endroit.</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Ajouter l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a tag path.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin d’étiquette.</translation>
    </message>
    <message>
        <source>A tag cannot be moved under itself.</source>
        <translation>Une étiquette ne peut pas être déplacée sous elle-même.</translation>
    </message>
    <message>
        <source>Rename tag “%1”</source>
        <translation>Renommer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move tag “%1”</source>
        <translation>Déplacer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Recolor tag “%1”</source>
        <translation>Changer la couleur de l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Describe tag “%1”</source>
        <translation>Décrire l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Supprimer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or into one of its own sub-tags.</source>
        <translation>Une étiquette ne peut être fusionnée ni avec elle-même ni avec l’une de ses sous-étiquettes.</translation>
    </message>
    <message>
        <source>Both tags have a sub-tag “%1”: merge or rename those first.</source>
        <translation>Les deux étiquettes ont une sous-étiquette «&#xa0;%1&#xa0;»&#xa0;: fusionnez ou renommez d’abord celles-ci.</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nouvelle affirmation</translation>
    </message>
    <message>
        <source>There is no claim %1 in this dossier.</source>
        <translation>Il n’y a pas d’affirmation %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Modifier l’affirmation</translation>
    </message>
    <message>
        <source>Change claim status</source>
        <translation>Changer le statut de l’affirmation</translation>
    </message>
    <message>
        <source>Change claim evidence</source>
        <translation>Changer les pièces justificatives de l’affirmation</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Supprimer l’affirmation</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is no entity %1 in this dossier.</source>
        <translation>Il n’y a pas d’entité %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Link entities</source>
        <translation>Relier des entités</translation>
    </message>
    <message>
        <source>There is no relationship %1 in this dossier.</source>
        <translation>Il n’y a pas de relation %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Edit relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>Delete relationship</source>
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <source>There is no word to add to the dictionary.</source>
        <translation>Il n’y a aucun mot à ajouter au dictionnaire.</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>une page web</translation>
    </message>
    <message>
        <source>a Markdown document</source>
        <translation>un document Markdown</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>The new version</source>
        <translation>La nouvelle version</translation>
    </message>
    <message>
        <source>%1 has the same content as source %2 “%3”; “%4” was left as it was.</source>
        <translation>%1 a le même contenu que la source %2 «&#xa0;%3&#xa0;»&#x202f;; «&#xa0;%4&#xa0;» a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>%1 is %2 but “%3” is %4: a source can only be replaced with a newer version of the same kind.</source>
        <extracomment>%1 a file, %2 its kind, %3 a source&apos;s title, %4 that source&apos;s kind</extracomment>
        <translation>%1 est %2 mais «&#xa0;%3&#xa0;» est %4&#xa0;: une source ne peut être remplacée que par une version plus récente du même type.</translation>
    </message>
    <message>
        <source>an e-mail</source>
        <translation>un courriel</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>un document bureautique</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
</context>
<context>
    <name>Recoupe::EntitiesDock</name>
    <message>
        <source>…%1%2%3…</source>
        <extracomment>A mention in context: %1 text before, %2 the name, %3 text after</extracomment>
        <translation>…%1%2%3…</translation>
    </message>
    <message>
        <source>People and Institutions</source>
        <translation>Personnes et institutions</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entités</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Suggestions</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a person or an institution</source>
        <translation>Ajouter une personne ou une institution</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected entity&apos;s type, name, other names or notes</source>
        <translation>Modifier le type, le nom, les autres noms ou les notes de l’entité sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entities with their mentions and relationships (Edit ▸ Undo brings them back)</source>
        <translation>Supprimer les entités sélectionnées avec leurs mentions et relations (Édition ▸ Annuler les rétablit)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>The two selected entities are one: keep one, with the other&apos;s names, mentions and relationships</source>
        <translation>Les deux entités sélectionnées n’en font qu’une&#xa0;: en garder une, avec les noms, mentions et relations de l’autre</translation>
    </message>
    <message>
        <source>Find Mentions</source>
        <translation>Chercher les mentions</translation>
    </message>
    <message>
        <source>Mark every place the sources name the selected entity, for review</source>
        <translation>Marquer, à vérifier, chaque endroit où les sources nomment l’entité sélectionnée</translation>
    </message>
    <message>
        <source>Relate…</source>
        <translation>Relier…</translation>
    </message>
    <message>
        <source>Create a relationship between the selected entities</source>
        <translation>Créer une relation entre les entités sélectionnées</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Read the sources for the people and institutions they name</source>
        <translation>Lire les sources pour y trouver les personnes et institutions qu’elles nomment</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Make the selected suggestions entities and mark their mentions for review</source>
        <translation>Faire des suggestions sélectionnées des entités et marquer leurs mentions à vérifier</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Not a person or an institution: do not suggest it again</source>
        <translation>Ni une personne ni une institution&#xa0;: ne plus le proposer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The selected suggestions are one: merge them into the current one</source>
        <translation>Les suggestions sélectionnées n’en font qu’une&#xa0;: les fusionner dans la suggestion courante</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Accept the selected suggestion under another name</source>
        <translation>Accepter la suggestion sélectionnée sous un autre nom</translation>
    </message>
    <message>
        <source>Rejected…</source>
        <translation>Rejetées…</translation>
    </message>
    <message>
        <source>The names you rejected, to take one back</source>
        <translation>Les noms que vous avez rejetés, pour en reprendre un</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>People and institutions</source>
        <translation>Personnes et institutions</translation>
    </message>
    <message>
        <source>Mentions of the selected entity</source>
        <translation>Mentions de l’entité sélectionnée</translation>
    </message>
    <message>
        <source>Enter or double-click opens the passage; Ctrl+Enter opens it in a new pane.</source>
        <translation>Entrée ou un double-clic ouvre le passage&#x202f;; Ctrl+Entrée l’ouvre dans un nouveau volet.</translation>
    </message>
    <message>
        <source>Relationships of the selected entity</source>
        <translation>Relations de l’entité sélectionnée</translation>
    </message>
    <message>
        <source>Enter or double-click edits the relationship</source>
        <translation>Entrée ou un double-clic modifie la relation</translation>
    </message>
    <message>
        <source>Add Relationship…</source>
        <translation>Ajouter une relation…</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Sources read</source>
        <translation>Sources lues</translation>
    </message>
    <message>
        <source>%v of %m sources</source>
        <translation>%v sources sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Suggest reads the sources for the people and institutions they name.</source>
        <translation>Proposer lit les sources pour y trouver les personnes et institutions qu’elles nomment.</translation>
    </message>
    <message>
        <source>Suggested people and institutions</source>
        <translation>Personnes et institutions proposées</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change the type of the selected suggestions</source>
        <translation>Changer le type des suggestions sélectionnées</translation>
    </message>
    <message>
        <source>Where the selected suggestion occurs</source>
        <translation>Où apparaît la suggestion sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Suggestions (%1)</source>
        <translation>&amp;Suggestions (%1)</translation>
    </message>
    <message>
        <source>%1
— %2</source>
        <extracomment>A mention of an entity: %1 the words around it, %2 its source</extracomment>
        <translation>%1
— %2</translation>
    </message>
    <message>
        <source>Found automatically: to review.</source>
        <extracomment>Tooltip of a mention found by a suggestion, not yet confirmed by the user</extracomment>
        <translation>Trouvée automatiquement&#xa0;: à vérifier.</translation>
    </message>
    <message>
        <source>Mentions (%1, %2 to review)</source>
        <extracomment>Tab title: %1 how many mentions, %2 how many of them to review</extracomment>
        <translation>Mentions (%1, dont %2 à vérifier)</translation>
    </message>
    <message>
        <source>Mentions (%1)</source>
        <translation>Mentions (%1)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <extracomment>A relationship in the entity&apos;s list: %1 and %3 the entities, %2 what links them</extracomment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of evidence</source>
        <extracomment>A relationship&apos;s evidence count, after its dates</extracomment>
        <translation>
            <numerusform>%n passage justificatif</numerusform>
            <numerusform>%n passages justificatifs</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationships (%1)</source>
        <translation>Relations (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities</source>
        <extracomment>Undo step; %n entities</extracomment>
        <translation>
            <numerusform>Supprimer %n entité</numerusform>
            <numerusform>Supprimer %n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) deleted; Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%n entité supprimée&#x202f;; Édition ▸ Annuler la rétablit.</numerusform>
            <numerusform>%n entités supprimées&#x202f;; Édition ▸ Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionner les entités</translation>
    </message>
    <message>
        <source>These two are one. Keep which name? The other becomes one of its other names, and its mentions, relationships and claims move over.</source>
        <translation>Ces deux entités n’en font qu’une. Quel nom garder&#x202f;? L’autre devient l’un de ses autres noms, et ses mentions, relations et affirmations passent à celle que vous gardez.</translation>
    </message>
    <message numerus="yes">
        <source>%n new mention(s) marked for review.</source>
        <extracomment>After Find Mentions; %n places</extracomment>
        <translation>
            <numerusform>%n nouvelle mention marquée à vérifier.</numerusform>
            <numerusform>%n nouvelles mentions marquées à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the sources…</source>
        <translation>Lecture des sources…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Suggestions canceled; the list is as it was.</source>
        <translation>Suggestions annulées&#x202f;; la liste est restée telle quelle.</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n’est ouvert.</translation>
    </message>
    <message>
        <source>There is no such suggestion.</source>
        <translation>Cette suggestion n’existe pas.</translation>
    </message>
    <message>
        <source>%1 added; its mentions are marked for review in the Entities tab.</source>
        <extracomment>After accepting a suggestion: %1 its name</extracomment>
        <translation>Entité %1 ajoutée&#x202f;; ses mentions sont marquées à vérifier dans l’onglet Entités.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestions</source>
        <extracomment>Undo step; %n suggestions</extracomment>
        <translation>
            <numerusform>Accepter %n suggestion</numerusform>
            <numerusform>Accepter %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities added; their mentions are marked for review.</source>
        <translation>
            <numerusform>%n entité ajoutée&#x202f;; ses mentions sont marquées à vérifier.</numerusform>
            <numerusform>%n entités ajoutées&#x202f;; leurs mentions sont marquées à vérifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggestions</source>
        <translation>
            <numerusform>Rejeter %n suggestion</numerusform>
            <numerusform>Rejeter %n suggestions</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Suggestion</source>
        <translation>Renommer la suggestion</translation>
    </message>
    <message>
        <source>Name to accept it under (the suggested one stays as another name):</source>
        <translation>Nom sous lequel l’accepter (le nom proposé reste comme autre nom)&#xa0;:</translation>
    </message>
    <message>
        <source>In the readers&apos; comments</source>
        <extracomment>Tooltip: the name occurs in readers&apos; comments under an article</extracomment>
        <translation>Dans les commentaires des lecteurs</translation>
    </message>
    <message>
        <source>Rejected Suggestions</source>
        <translation>Suggestions rejetées</translation>
    </message>
    <message>
        <source>These names are not suggested again. Take one back to see it suggested on the next run.</source>
        <translation>Ces noms ne sont plus proposés. Reprenez-en un pour qu’il soit de nouveau proposé à la prochaine recherche.</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>Reprendre</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from %1. Accept, reject, rename or merge them; each is one step Edit ▸ Undo takes back.</source>
        <extracomment>After suggesting: %n suggestions, %1 the sources read (&quot;12 sources&quot;)</extracomment>
        <translation>
            <numerusform>%n suggestion tirée de %1. Acceptez-la, rejetez-la, renommez-la ou fusionnez-la&#x202f;; chaque geste est une étape qu’Édition ▸ Annuler peut défaire.</numerusform>
            <numerusform>%n suggestions tirées de %1. Acceptez, rejetez, renommez ou fusionnez-les&#x202f;; chaque geste est une étape qu’Édition ▸ Annuler peut défaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the selected suggestions entities and mark their mentions for review (A)</source>
        <translation>Faire des suggestions sélectionnées des entités et marquer leurs mentions à vérifier (A)</translation>
    </message>
    <message>
        <source>Not a person or an institution: do not suggest it again (R or Delete)</source>
        <translation>Ni une personne ni une institution : ne plus la suggérer (R ou Suppr)</translation>
    </message>
    <message>
        <source>Filter suggestions by name</source>
        <translation>Filtrer les suggestions par nom</translation>
    </message>
    <message>
        <source>Show suggestions of type</source>
        <translation>Afficher les suggestions du type</translation>
    </message>
    <message>
        <source>Show suggestions from sources</source>
        <translation>Afficher les suggestions venant des sources</translation>
    </message>
    <message>
        <source>All sources</source>
        <extracomment>Suggestions filter: from every source</extracomment>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Sources selected in the library</source>
        <extracomment>Suggestions filter: only those naming a source selected in the library</extracomment>
        <translation>Sources sélectionnées dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n suggestion(s)</source>
        <extracomment>%1 how many the filters show, %n how many there are</extracomment>
        <translation>
            <numerusform>%1 sur %n suggestion</numerusform>
            <numerusform>%1 sur %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::EntityDialog</name>
    <message>
        <source>Keep the old name among the other names</source>
        <translation>Garder l’ancien nom parmi les autres noms</translation>
    </message>
    <message>
        <source>New Person or Institution</source>
        <translation>Nouvelle personne ou institution</translation>
    </message>
    <message>
        <source>One per line: acronyms, spellings, former names</source>
        <translation>Un par ligne&#xa0;: sigles, graphies, anciens noms</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>&amp;Autres noms&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>Recoupe::EntityListModel</name>
    <message>
        <source>Also: %1</source>
        <extracomment>%1 the other names of a person or an institution, separated by commas</extracomment>
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Named %n time(s) in the sources.</source>
        <extracomment>Tooltip of an entity: %n how many times the sources name it</extracomment>
        <translation>
            <numerusform>Nommée %n fois dans les sources.</numerusform>
            <numerusform>Nommée %n fois dans les sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them still to review.</source>
        <translation>
            <numerusform>Dont %n encore à vérifier.</numerusform>
            <numerusform>Dont %n encore à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to review)</source>
        <extracomment>Mentions of an entity: %1 in all, %2 still to review</extracomment>
        <translation>%1 (%2 à vérifier)</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the entities list</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column of the entities list</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Also known as</source>
        <extracomment>Column of the entities list: other names the entity goes by</extracomment>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Mentions</source>
        <extracomment>Column of the entities list: how often the sources name the entity</extracomment>
        <translation>Mentions</translation>
    </message>
</context>
<context>
    <name>Recoupe::EvidenceList</name>
    <message>
        <source>Enter or double-click opens the passage; Ctrl+Enter opens it in a new pane.</source>
        <translation>Entrée ou un double-clic ouvre le passage&#x202f;; Ctrl+Entrée l’ouvre dans un nouveau volet.</translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <extracomment>A passage of evidence: %1 the quoted passage, %2 the title of its source</extracomment>
        <translation>«&#xa0;%1&#xa0;»
— %2</translation>
    </message>
    <message>
        <source>This passage was not found again after its source changed.</source>
        <extracomment>Tooltip of a passage whose text is no longer in its source</extracomment>
        <translation>Ce passage est introuvable depuis la modification de sa source.</translation>
    </message>
</context>
<context>
    <name>Recoupe::ExportDialog</name>
    <message>
        <source>The &amp;whole dossier</source>
        <translation>Tout le &amp;dossier</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Add the evidence &amp;appendix (claims with their citations, the graph)</source>
        <translation>Ajouter l’&amp;annexe justificative (les affirmations avec leurs citations, le graphe)</translation>
    </message>
    <message>
        <source>&amp;Flatten: paint the highlights into the pages instead of adding annotations</source>
        <translation>&amp;Aplatir&#xa0;: peindre les surlignages dans les pages au lieu d’ajouter des annotations</translation>
    </message>
    <message>
        <source>Each annotation&apos;s author, as &amp;recorded</source>
        <translation>L’auteur de chaque annotation, tel qu’&amp;enregistré</translation>
    </message>
    <message>
        <source>This &amp;name on every annotation:</source>
        <translation>Ce &amp;nom sur chaque annotation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;No name (an anonymous pack)</source>
        <translation>&amp;Aucun nom (un lot anonyme)</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Exporter les pièces justificatives</translation>
    </message>
    <message>
        <source>Annotated PDF</source>
        <translation>PDF annoté</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Annotations as CSV</source>
        <translation>Annotations en CSV</translation>
    </message>
    <message>
        <source>Claims report (Markdown)</source>
        <translation>Rapport des affirmations (Markdown)</translation>
    </message>
    <message>
        <source>Relationship graph as GraphML</source>
        <translation>Graphe des relations en GraphML</translation>
    </message>
    <message>
        <source>Relationship graph as GEXF (Gephi)</source>
        <translation>Graphe des relations en GEXF (Gephi)</translation>
    </message>
    <message>
        <source>Relationship graph as FollowTheMoney entities</source>
        <translation>Graphe des relations en entités FollowTheMoney</translation>
    </message>
    <message>
        <source>Each source with its highlights and notes as real PDF annotations any reader shows</source>
        <translation>Chaque source avec ses surlignages et notes sous forme de vraies annotations PDF, visibles dans tout lecteur</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>e.g. the newsroom&apos;s name</source>
        <translation>par ex. le nom de la rédaction</translation>
    </message>
    <message>
        <source>Author on the annotations:</source>
        <translation>Auteur des annotations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Enregi&amp;strer dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>The &amp;current source (none is open)</source>
        <extracomment>Export scope: %1 the title of the source shown in the current reader</extracomment>
        <translation>La source &amp;courante (aucune n’est ouverte)</translation>
    </message>
    <message>
        <source>The &amp;current source: %1</source>
        <translation>La source &amp;courante&#xa0;: %1</translation>
    </message>
    <message>
        <source>The &amp;sources selected in the library (none is)</source>
        <extracomment>Export scope; %n sources selected in the library</extracomment>
        <translation>Les &amp;sources sélectionnées dans la bibliothèque (aucune ne l’est)</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;source(s) selected in the library</source>
        <translation>
            <numerusform>%n &amp;source sélectionnée dans la bibliothèque</numerusform>
            <numerusform>Les %n &amp;sources sélectionnées dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON-LD files (*.jsonld *.json)</source>
        <translation>Fichiers JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml)</source>
        <translation>Fichiers GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>GEXF files (*.gexf)</source>
        <translation>Fichiers GEXF (*.gexf)</translation>
    </message>
    <message>
        <source>FollowTheMoney entities (*.ftm.json *.json)</source>
        <translation>Entités FollowTheMoney (*.ftm.json *.json)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n’est ouvert.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’export.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>Le répertoire %1 n’existe pas.</translation>
    </message>
    <message>
        <source>No source is chosen: pick another scope.</source>
        <translation>Aucune source n’est choisie&#xa0;: choisissez une autre étendue.</translation>
    </message>
    <message>
        <source>The export was canceled; %1 was not written.</source>
        <extracomment>%1 the file that was not written</extracomment>
        <translation>L’export a été annulé&#x202f;; %1 n’a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%1 written with %n annotation(s).</source>
        <extracomment>After an export: %1 the file, %n annotations</extracomment>
        <translation>
            <numerusform>%1 écrit avec %n annotation.</numerusform>
            <numerusform>%1 écrit avec %n annotations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <extracomment>Progress dialog: %1 the file being written</extracomment>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>%1 written. Entities: %2; relationships: %3.</source>
        <extracomment>After exporting the graph: %1 the file, %2 how many entities, %3 how many relationships</extracomment>
        <translation>%1 écrit. Entités&#xa0;: %2&#x202f;; relations&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 written. Pages: %2; highlights: %3.</source>
        <extracomment>After a PDF export: %1 the file, %2 how many pages, %3 how many highlights</extracomment>
        <translation>%1 écrit. Pages&#xa0;: %2&#x202f;; surlignages&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Its file name only</source>
        <translation>Le seul nom de son fichier</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Its full path on this computer (folders and account name)</source>
        <extracomment>The riskier choice: folder names often name a source, and the home folder the account</extracomment>
        <translation>Son chemin complet sur cet ordinateur (dossiers et nom de compte)</translation>
    </message>
    <message>
        <source>&amp;Where each file came from:</source>
        <translation>Ori&amp;gine de chaque fichier&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” will be named by nothing but its SHA-256.</source>
        <translation>«&#xa0;%1&#xa0;» ne sera désignée que par son SHA-256.</translation>
    </message>
    <message>
        <source>“%1” will be given as coming from: %2</source>
        <translation>«&#xa0;%1&#xa0;» sera présentée comme venant de&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Recoupe::FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>Rechercher dans ce document</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find bar: the current match and how many there are, &quot;3 of 27&quot;</extracomment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Recoupe::GraphCanvas</name>
    <message>
        <source>Relationship graph</source>
        <translation>Graphe des relations</translation>
    </message>
    <message>
        <source>Link: drag from one entity to another to link them</source>
        <translation>Relier&#xa0;: glisser d’une entité à une autre pour les relier</translation>
    </message>
    <message>
        <source>Shift+drag from one entity to another to link them</source>
        <translation>Maj+glisser d’une entité à une autre pour les relier</translation>
    </message>
</context>
<context>
    <name>Recoupe::GraphView</name>
    <message>
        <source>Open Side by Side</source>
        <translation>Ouvrir côte à côte</translation>
    </message>
    <message>
        <source>Open the selected passages (or the first two) next to each other on the desk</source>
        <translation>Ouvrir les passages sélectionnés (ou les deux premiers) l’un à côté de l’autre sur la table de lecture</translation>
    </message>
    <message>
        <source>Evidence of the selected relationship</source>
        <translation>Pièces justificatives de la relation sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) pinned where you put them; the next layout keeps them there.</source>
        <extracomment>Status bar after the user dragged entities on the graph; %n how many</extracomment>
        <translation>
            <numerusform>%n entité épinglée là où vous l’avez placée&#x202f;; la prochaine disposition la laissera là.</numerusform>
            <numerusform>%n entités épinglées là où vous les avez placées&#x202f;; la prochaine disposition les laissera là.</numerusform>
        </translation>
    </message>
    <message>
        <source>How Graphviz places the entities</source>
        <translation>Comment Graphviz place les entités</translation>
    </message>
    <message>
        <source>Force-directed (sfdp)</source>
        <extracomment>Graphviz layout names; the program names in brackets stay as they are</extracomment>
        <translation>Forces (sfdp)</translation>
    </message>
    <message>
        <source>Spring model (neato)</source>
        <translation>Modèle à ressorts (neato)</translation>
    </message>
    <message>
        <source>Layered (dot)</source>
        <translation>Par couches (dot)</translation>
    </message>
    <message>
        <source>Circular (circo)</source>
        <translation>Circulaire (circo)</translation>
    </message>
    <message>
        <source>Lay Out</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Place the entities again; the ones you pinned stay where they are</source>
        <translation>Placer à nouveau les entités&#x202f;; celles que vous avez épinglées restent où elles sont</translation>
    </message>
    <message>
        <source>Layout progress</source>
        <translation>Progression de la disposition</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the layout; the entities stay where they are</source>
        <translation>Arrêter la disposition&#x202f;; les entités restent où elles sont</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Afficher tout le graphe</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Drag from one entity to another to relate them (Shift+drag does it at any time)</source>
        <translation>Glisser d’une entité à une autre pour les relier (Maj+glisser le fait à tout moment)</translation>
    </message>
    <message>
        <source>Unpin All</source>
        <translation>Tout désépingler</translation>
    </message>
    <message>
        <source>Let the next layout place every entity</source>
        <translation>Laisser la prochaine disposition placer toutes les entités</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Picture as SVG…</source>
        <translation>Image SVG…</translation>
    </message>
    <message>
        <source>Picture as PNG…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <source>Shown Graph as GraphML…</source>
        <translation>Graphe affiché en GraphML…</translation>
    </message>
    <message>
        <source>Shown Graph as GEXF…</source>
        <translation>Graphe affiché en GEXF…</translation>
    </message>
    <message>
        <source>Shown Graph as FollowTheMoney…</source>
        <translation>Graphe affiché en FollowTheMoney…</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Which kinds of entities to show</source>
        <translation>Types d’entités à afficher</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Which kinds of relationships to show</source>
        <translation>Types de relations à afficher</translation>
    </message>
    <message>
        <source>Evidence Tags</source>
        <translation>Étiquettes des pièces</translation>
    </message>
    <message>
        <source>Show only relationships whose evidence carries one of the checked tags</source>
        <translation>N’afficher que les relations dont une pièce justificative porte l’une des étiquettes cochées</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>Show only the relationships that may have held on the chosen day</source>
        <translation>N’afficher que les relations qui ont pu exister au jour choisi</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Show only the selected entity and the entities near it</source>
        <translation>N’afficher que l’entité sélectionnée et ses voisines</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>Tout le graphe</translation>
    </message>
    <message>
        <source>Neighbours of the selected entity</source>
        <extracomment>Graph filter: the selected entity and the entities directly linked to it</extracomment>
        <translation>Voisines de l’entité sélectionnée</translation>
    </message>
    <message>
        <source>Two steps from the selected entity</source>
        <extracomment>Graph filter: up to two relationships away from the selected entity</extracomment>
        <translation>À deux pas de l’entité sélectionnée</translation>
    </message>
    <message>
        <source>Select one entity on the graph first.</source>
        <translation>Sélectionnez d’abord une entité sur le graphe.</translation>
    </message>
    <message>
        <source>Shortest Path</source>
        <translation>Plus court chemin</translation>
    </message>
    <message>
        <source>Show the shortest chain of relationships between the two selected entities</source>
        <translation>Afficher la plus courte chaîne de relations entre les deux entités sélectionnées</translation>
    </message>
    <message>
        <source>Select exactly two entities (Ctrl+click) to see what links them.</source>
        <translation>Sélectionnez exactement deux entités (Ctrl+clic) pour voir ce qui les relie.</translation>
    </message>
    <message>
        <source>Hide unlinked</source>
        <translation>Masquer les isolées</translation>
    </message>
    <message>
        <source>Hide the entities that no shown relationship touches</source>
        <translation>Masquer les entités qu’aucune relation affichée ne touche</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>No chain of shown relationships links %1 and %2.</source>
        <extracomment>%1 and %2 are names of people or institutions</extracomment>
        <translation>Aucune chaîne de relations affichées ne relie %1 et %2.</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n’est ouvert.</translation>
    </message>
    <message>
        <source>No people or institutions yet: mark them in a passage, or accept suggestions in the Entities dock.</source>
        <translation>Pas encore de personnes ni d’institutions&#xa0;: marquez-les dans un passage, ou acceptez des suggestions dans le panneau Entités.</translation>
    </message>
    <message>
        <source>Entities shown: %1 of %2. Relationships shown: %3 of %4.</source>
        <translation>Entités affichées&#xa0;: %1 sur %2. Relations affichées&#xa0;: %3 sur %4.</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <extracomment>Appended to the graph&apos;s status line: %1 a date</extracomment>
        <translation>À la date du %1.</translation>
    </message>
    <message>
        <source>Laying out the graph with %1…</source>
        <extracomment>Status bar while Graphviz works; %1 the layout&apos;s name</extracomment>
        <translation>Disposition du graphe avec %1…</translation>
    </message>
    <message>
        <source>Layout canceled; the entities stay where they were.</source>
        <translation>Disposition annulée&#x202f;; les entités restent où elles étaient.</translation>
    </message>
    <message>
        <source>Graph laid out.</source>
        <translation>Graphe disposé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3</source>
        <extracomment>Above the evidence list: %1 a relationship (&quot;Employment: architect&quot;), %2 and %3 the two entities</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of evidence:</source>
        <translation>
            <numerusform>%n passage justificatif&#xa0;:</numerusform>
            <numerusform>%n passages justificatifs&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Also: %1</source>
        <extracomment>%1 the other names of a person or an institution, separated by commas</extracomment>
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a relationship to list the passages behind it.</source>
        <translation>Sélectionnez une relation pour lister les passages qui l’étayent.</translation>
    </message>
    <message>
        <source>Two entities selected: Shortest Path shows what links them.</source>
        <translation>Deux entités sélectionnées&#xa0;: Plus court chemin montre ce qui les relie.</translation>
    </message>
    <message>
        <source>No passage backs this relationship yet; Edit Relationship adds evidence.</source>
        <translation>Aucun passage n’étaye encore cette relation&#x202f;; Modifier la relation permet d’ajouter des pièces justificatives.</translation>
    </message>
    <message>
        <source>No relationship rests on this passage.</source>
        <translation>Aucune relation ne repose sur ce passage.</translation>
    </message>
    <message numerus="yes">
        <source>This passage supports %n relationship(s), selected on the graph.</source>
        <extracomment>%n relationships</extracomment>
        <translation>
            <numerusform>Ce passage étaye %n relation, sélectionnée sur le graphe.</numerusform>
            <numerusform>Ce passage étaye %n relations, sélectionnées sur le graphe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open First Mention</source>
        <translation>Ouvrir la première mention</translation>
    </message>
    <message>
        <source>Show Neighbours</source>
        <translation>Afficher les voisines</translation>
    </message>
    <message>
        <source>Show Two Steps Around</source>
        <translation>Afficher à deux pas</translation>
    </message>
    <message>
        <source>Shortest Path Between the Two</source>
        <translation>Plus court chemin entre les deux</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Open Evidence</source>
        <translation>Ouvrir la pièce justificative</translation>
    </message>
    <message>
        <source>Edit Relationship…</source>
        <translation>Modifier la relation…</translation>
    </message>
    <message>
        <source>There is nothing to draw: no entity is shown.</source>
        <translation>Il n’y a rien à dessiner&#xa0;: aucune entité n’est affichée.</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Graphe des relations</translation>
    </message>
    <message>
        <source>People and institutions of %1, drawn by Recoupe</source>
        <extracomment>Description written into an exported SVG; %1 the dossier file&apos;s name</extracomment>
        <translation>Personnes et institutions de %1, dessinées par Recoupe</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The picture of the graph is too large to draw (%1 × %2 pixels).</source>
        <translation>L’image du graphe est trop grande pour être dessinée (%1 × %2 pixels).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml)</source>
        <translation>Fichiers GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>GEXF files (*.gexf)</source>
        <translation>Fichiers GEXF (*.gexf)</translation>
    </message>
    <message>
        <source>FollowTheMoney entities (*.ftm.json *.json)</source>
        <translation>Entités FollowTheMoney (*.ftm.json *.json)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Exporter le graphe</translation>
    </message>
    <message>
        <source>Graph written to %1.</source>
        <extracomment>%1 a file path</extracomment>
        <translation>Graphe écrit dans %1.</translation>
    </message>
    <message>
        <source>Link</source>
        <extracomment>Toolbar tool of the graph: while checked, dragging from an entity to another links them</extracomment>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Relationship saved. No passage supports it yet: Edit Relationship cites one.</source>
        <translation>Relation enregistrée. Aucun passage ne l’étaye encore&#xa0;: Modifier la relation permet d’en citer un.</translation>
    </message>
</context>
<context>
    <name>Recoupe::GuideWindow</name>
    <message>
        <source>Recoupe User Guide</source>
        <translation>Guide d’utilisation de Recoupe</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Recoupe.</source>
        <translation>Le guide d’utilisation n’est pas installé avec cette copie de Recoupe.</translation>
    </message>
    <message>
        <source>Cannot read the user guide %1: %2</source>
        <extracomment>%1 the guide&apos;s file, %2 why it cannot be read</extracomment>
        <translation>Impossible de lire le guide d’utilisation %1 : %2</translation>
    </message>
    <message>
        <source>This link leads to the web: %1</source>
        <extracomment>A link of the guide to a web page; %1 its address</extracomment>
        <translation>Ce lien mène au Web : %1</translation>
    </message>
</context>
<context>
    <name>Recoupe::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Filter sources…</source>
        <translation>Filtrer les sources…</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>Filtrer les sources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open in &amp;New Pane</source>
        <translation>Ouvrir dans un &amp;nouveau volet</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Edit &amp;Metadata…</source>
        <translation>Modifier les &amp;métadonnées…</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>Re&amp;move from Dossier</source>
        <translation>Re&amp;tirer du dossier</translation>
    </message>
    <message numerus="yes">
        <source>Library (%n)</source>
        <extracomment>Dock title; %n is the number of sources</extracomment>
        <translation>
            <numerusform>Bibliothèque (%n)</numerusform>
            <numerusform>Bibliothèque (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Library (%1 of %2)</source>
        <extracomment>Dock title while filtering; %1 shown out of %2 sources</extracomment>
        <translation>Bibliothèque (%1 sur %2)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n source(s)</source>
        <extracomment>Undo/redo action name</extracomment>
        <translation>
            <numerusform>Retirer %n source</numerusform>
            <numerusform>Retirer %n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was removed from the dossier; Edit ▸ Undo brings it back.</source>
        <translation>«&#xa0;%1&#xa0;» a été retirée du dossier&#x202f;; Édition ▸ Annuler la rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) removed from the dossier; Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%n source retirée du dossier&#x202f;; Édition ▸ Annuler la rétablit.</numerusform>
            <numerusform>%n sources retirées du dossier&#x202f;; Édition ▸ Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace with &amp;Newer Version…</source>
        <translation>Rem&amp;placer par une version plus récente…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
</context>
<context>
    <name>Recoupe::MainWindow</name>
    <message>
        <source>Recoupe dossiers (*.recoupe)</source>
        <extracomment>File dialog filter; keep &quot;(*.recoupe)&quot;</extracomment>
        <translation>Dossiers Recoupe (*.recoupe)</translation>
    </message>
    <message>
        <source>&amp;New Dossier…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Create an empty dossier file</source>
        <translation>Créer un fichier de dossier vide</translation>
    </message>
    <message>
        <source>&amp;Open Dossier…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open a dossier file</source>
        <translation>Ouvrir un fichier de dossier</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import web pages, texts, Markdown files and PDFs into the dossier</source>
        <translation>Importer dans le dossier des pages web, des textes, des fichiers Markdown et des PDF</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un ré&amp;pertoire…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Import every readable file of a folder and its subfolders</source>
        <translation>Importer tous les fichiers lisibles d’un répertoire et de ses sous-répertoires</translation>
    </message>
    <message>
        <source>&amp;Close Dossier</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Close the dossier</source>
        <translation>Fermer le dossier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Recoupe</source>
        <translation>Quitter Recoupe</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;New Pane</source>
        <translation>&amp;Nouveau volet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Add a reader pane next to the current one</source>
        <translation>Ajouter un volet de lecture à côté du volet courant</translation>
    </message>
    <message>
        <source>Close &amp;Pane</source>
        <translation>Fermer le &amp;volet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Close the current reader pane</source>
        <translation>Fermer le volet de lecture courant</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Move to the next reader pane</source>
        <translation>Passer au volet de lecture suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet précé&amp;dent</translation>
    </message>
    <message>
        <source>Move to the previous reader pane</source>
        <translation>Passer au volet de lecture précédent</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Read two sources side by side: the two selected in the library, or the current one and the selected one</source>
        <translation>Lire deux sources côte à côte&#xa0;: les deux sélectionnées dans la bibliothèque, ou la source courante et celle sélectionnée</translation>
    </message>
    <message>
        <source>Stack Panes &amp;Vertically</source>
        <translation>E&amp;mpiler les volets verticalement</translation>
    </message>
    <message>
        <source>Put the reader panes one above the other</source>
        <translation>Placer les volets de lecture l’un au-dessus de l’autre</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>Défilement s&amp;ynchronisé</translation>
    </message>
    <message>
        <source>Scroll the reader panes together</source>
        <translation>Faire défiler les volets de lecture ensemble</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Larger text in the current reader</source>
        <translation>Texte plus grand dans le lecteur courant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom arr&amp;ière</translation>
    </message>
    <message>
        <source>Smaller text in the current reader</source>
        <translation>Texte plus petit dans le lecteur courant</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Taille &amp;réelle</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>The current reader at its natural size</source>
        <translation>Le lecteur courant à sa taille naturelle</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>A&amp;juster à la largeur</translation>
    </message>
    <message>
        <source>PDF pages as wide as the pane</source>
        <translation>Pages PDF aussi larges que le volet</translation>
    </message>
    <message>
        <source>Fit Pa&amp;ge</source>
        <translation>Aj&amp;uster à la page</translation>
    </message>
    <message>
        <source>Whole PDF pages in the pane</source>
        <translation>Pages PDF entières dans le volet</translation>
    </message>
    <message>
        <source>&amp;Search Dossier</source>
        <translation>&amp;Rechercher dans le dossier</translation>
    </message>
    <message>
        <source>Search every source, note and claim of the dossier</source>
        <translation>Rechercher dans toutes les sources, notes et affirmations du dossier</translation>
    </message>
    <message>
        <source>Go to &amp;Library</source>
        <translation>Aller à la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the library</source>
        <translation>Placer le focus clavier sur la bibliothèque</translation>
    </message>
    <message>
        <source>Go to &amp;Reader</source>
        <translation>Aller au &amp;lecteur</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the current reader</source>
        <translation>Placer le focus clavier sur le lecteur courant</translation>
    </message>
    <message>
        <source>Go to &amp;Annotations</source>
        <translation>Aller aux &amp;annotations</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Annotations dock</source>
        <translation>Placer le focus clavier sur le panneau Annotations</translation>
    </message>
    <message>
        <source>Go to C&amp;odebook</source>
        <translation>Aller à la grille de c&amp;odage</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the codebook</source>
        <translation>Placer le focus clavier sur la grille de codage</translation>
    </message>
    <message>
        <source>Go to Clai&amp;ms</source>
        <translation>Aller aux a&amp;ffirmations</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the claims</source>
        <translation>Placer le focus clavier sur les affirmations</translation>
    </message>
    <message>
        <source>&amp;About Recoupe</source>
        <translation>À &amp;propos de Recoupe</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version Recoupe runs on</source>
        <translation>La version de Qt sur laquelle Recoupe fonctionne</translation>
    </message>
    <message>
        <source>New pane: pick a source in the library to read it there.</source>
        <translation>Nouveau volet&#xa0;: choisissez une source dans la bibliothèque pour l’y lire.</translation>
    </message>
    <message>
        <source>&amp;Codebook</source>
        <translation>&amp;Grille de codage</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>A&amp;ffirmations</translation>
    </message>
    <message>
        <source>&amp;Search Results</source>
        <translation>&amp;Résultats de recherche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Édi&amp;tion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Search dossier…</source>
        <translation>Rechercher dans le dossier…</translation>
    </message>
    <message>
        <source>Search dossier</source>
        <translation>Rechercher dans le dossier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Recoupe&lt;/h2&gt;&lt;p&gt;Create a dossier (%1) or open one (%2).&lt;/p&gt;&lt;p&gt;Then import web pages, texts and PDFs (%3), or drop them on this window, and read them side by side.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Recoupe&lt;/h2&gt;&lt;p&gt;Créez un dossier (%1) ou ouvrez-en un (%2).&lt;/p&gt;&lt;p&gt;Importez ensuite des pages web, des textes et des PDF (%3), ou déposez-les sur cette fenêtre, et lisez-les côte à côte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Recoupe</source>
        <extracomment>Window title: %1 is the dossier&apos;s file name</extracomment>
        <translation>%1 — Recoupe</translation>
    </message>
    <message>
        <source>Recoupe</source>
        <translation>Recoupe</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Open Dossier</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>The dossier was updated to this version of Recoupe; the previous file is kept as %1.</source>
        <translation>Le dossier a été mis à jour pour cette version de Recoupe&#x202f;; le fichier précédent est conservé sous %1.</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Open a dossier first.</source>
        <translation>Ouvrez d’abord un dossier.</translation>
    </message>
    <message>
        <source>There is no source %1 in %2.</source>
        <translation>Il n’y a pas de source %1 dans %2.</translation>
    </message>
    <message>
        <source>The desk holds %1 panes; the other sources were not opened.</source>
        <translation>La table de lecture compte %1 volets&#x202f;; les autres sources n’ont pas été ouvertes.</translation>
    </message>
    <message>
        <source>Select two sources in the library (Ctrl+click), then Compare.</source>
        <translation>Sélectionnez deux sources dans la bibliothèque (Ctrl+clic), puis Comparer.</translation>
    </message>
    <message>
        <source>The two sources could not be opened side by side.</source>
        <translation>Les deux sources n’ont pas pu être ouvertes côte à côte.</translation>
    </message>
    <message>
        <source>Open or create a dossier before importing.</source>
        <translation>Ouvrez ou créez un dossier avant d’importer.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Un import est déjà en cours.</translation>
    </message>
    <message>
        <source>Preparing the import…</source>
        <translation>Préparation de l’import…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Import de %1 (%2 sur %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>%n source importée.</numerusform>
            <numerusform>%n sources importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the dossier.</source>
        <translation>
            <numerusform>%n fichier déjà dans le dossier.</numerusform>
            <numerusform>%n fichiers déjà dans le dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the import was cancelled.</source>
        <translation>
            <numerusform>%n fichier non importé&#xa0;: l’import a été annulé.</numerusform>
            <numerusform>%n fichiers non importés&#xa0;: l’import a été annulé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être importé.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected PDF</source>
        <translation>PDF protégé</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) need a password. Password to try:</source>
        <translation>
            <numerusform>%n fichier PDF demande un mot de passe. Mot de passe à essayer&#xa0;:</numerusform>
            <numerusform>%n fichiers PDF demandent un mot de passe. Mot de passe à essayer&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>Recent dossier menu entry: %1 is its number (keyboard accelerator), %2 its file name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent dossiers</source>
        <translation>Aucun dossier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>dossier.recoupe</source>
        <comment>default file name of a new dossier</comment>
        <translation>dossier.recoupe</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead of creating it.</source>
        <translation>%1 existe déjà&#x202f;; ouvrez-le au lieu de le créer.</translation>
    </message>
    <message>
        <source>Sources Recoupe reads (%1)</source>
        <extracomment>File dialog filter; %1 is a list of patterns such as *.html *.pdf</extracomment>
        <translation>Sources que Recoupe sait lire (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <extracomment>File dialog filter</extracomment>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un répertoire</translation>
    </message>
    <message>
        <source>About Recoupe</source>
        <translation>À propos de Recoupe</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recoupe %1&lt;/h3&gt;&lt;p&gt;A reading desk for investigations: read sources side by side, highlight and tag passages, state claims that cite them.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Recoupe %1&lt;/h3&gt;&lt;p&gt;Une table de lecture pour les enquêtes&#xa0;: lire des sources côte à côte, surligner et étiqueter des passages, énoncer des affirmations qui les citent.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Desk</source>
        <extracomment>Tab of the main window holding the reader panes</extracomment>
        <translation>Table de lecture</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the evidence pack: annotated PDF, Web Annotation, CSV, claims report or the graph</source>
        <translation>Exporter les pièces justificatives&#xa0;: PDF annoté, Web Annotation, CSV, rapport des affirmations ou graphe</translation>
    </message>
    <message>
        <source>Import &amp;Annotations…</source>
        <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
        <source>Import the annotations of a W3C Web Annotation file into the sources of this dossier</source>
        <translation>Importer les annotations d’un fichier W3C Web Annotation dans les sources de ce dossier</translation>
    </message>
    <message>
        <source>&amp;Relate…</source>
        <translation>Re&amp;lier…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>Link two people or institutions, citing the selected passage or highlight as evidence</source>
        <translation>Relier deux personnes ou institutions, en citant le passage ou le surlignage sélectionné comme pièce justificative</translation>
    </message>
    <message>
        <source>Show in &amp;Graph</source>
        <translation>Afficher dans le &amp;graphe</translation>
    </message>
    <message>
        <source>Ctrl+Alt+G</source>
        <translation>Ctrl+Alt+G</translation>
    </message>
    <message>
        <source>Select in the graph the relationships this highlight supports</source>
        <translation>Sélectionner dans le graphe les relations qu’étaye ce surlignage</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <extracomment>View menu: the tab with the reader panes</extracomment>
        <translation>&amp;Table de lecture</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Show the reader panes</source>
        <translation>Afficher les volets de lecture</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>Show the people and institutions of the dossier and their relationships</source>
        <translation>Afficher les personnes et institutions du dossier et leurs relations</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Show the dated relationships and claims on a time axis</source>
        <translation>Afficher les relations datées et les affirmations sur un axe du temps</translation>
    </message>
    <message>
        <source>Re&amp;volving Doors</source>
        <translation>Pantou&amp;flage</translation>
    </message>
    <message>
        <source>People who left a public body for a company or organization that deals with it</source>
        <translation>Les personnes qui ont quitté un organisme public pour une entreprise ou une organisation en relation avec lui</translation>
    </message>
    <message>
        <source>Go to &amp;Entities</source>
        <translation>Aller aux &amp;entités</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the people and institutions</source>
        <translation>Placer le focus clavier sur les personnes et institutions</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entités</translation>
    </message>
    <message>
        <source>Graph</source>
        <extracomment>Tab of the main window: the relationship graph</extracomment>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Tab of the main window: relationships and claims on a time axis</extracomment>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Revolving Doors</source>
        <translation>Pantouflage</translation>
    </message>
    <message>
        <source>&amp;Revolving Doors</source>
        <translation>&amp;Pantouflage</translation>
    </message>
    <message>
        <source>The passage could not be opened: its source is no longer in the dossier.</source>
        <translation>Le passage n’a pas pu être ouvert&#xa0;: sa source n’est plus dans le dossier.</translation>
    </message>
    <message>
        <source>The relationship is saved with its evidence; Edit ▸ Undo takes it back.</source>
        <translation>La relation est enregistrée avec ses pièces justificatives&#x202f;; Édition ▸ Annuler la retire.</translation>
    </message>
    <message>
        <source>Click a highlight first, then Show in Graph.</source>
        <translation>Cliquez d’abord sur un surlignage, puis sur Afficher dans le graphe.</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <extracomment>File dialog filter; keep the patterns</extracomment>
        <translation>W3C Web Annotations (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) imported.</source>
        <translation>
            <numerusform>%n annotation importée.</numerusform>
            <numerusform>%n annotations importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were already in the dossier.</source>
        <translation>
            <numerusform>%n annotation était déjà dans le dossier.</numerusform>
            <numerusform>%n annotations étaient déjà dans le dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were placed where their quote is now.</source>
        <translation>
            <numerusform>%n annotation a été placée là où se trouve maintenant sa citation.</numerusform>
            <numerusform>%n annotations ont été placées là où se trouve maintenant leur citation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed.</source>
        <translation>
            <numerusform>%n annotation n’a pas pu être placée.</numerusform>
            <numerusform>%n annotations n’ont pas pu être placées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Su&amp;ggest People and Institutions</source>
        <translation>Pr&amp;oposer des personnes et institutions</translation>
    </message>
    <message>
        <source>Find the people and institutions the sources name, for you to review</source>
        <translation>Trouver les personnes et institutions que nomment les sources, pour que vous les vérifiiez</translation>
    </message>
    <message>
        <source>The suggestions are already being prepared.</source>
        <translation>Les suggestions sont déjà en préparation.</translation>
    </message>
    <message>
        <source>Open a Cleaned Copy</source>
        <translation>Ouvrir une copie nettoyée</translation>
    </message>
    <message>
        <source>The cleaned copy will be written to %1; the original is left as it is.</source>
        <translation>La copie nettoyée sera écrite dans %1&#x202f;; l’original est laissé tel quel.</translation>
    </message>
    <message>
        <source>Opened %1, a cleaned copy of %2; the original was left untouched.</source>
        <translation>%1, copie nettoyée de %2, est ouvert&#x202f;; l’original n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Replace with &amp;Newer Version…</source>
        <translation>Rem&amp;placer par une version plus récente…</translation>
    </message>
    <message>
        <source>Replace the current source with a newer version of it, keeping the previous one in its history</source>
        <translation>Remplacer la source actuelle par une version plus récente, en gardant la précédente dans son historique</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>Every version of the current source: dates, hashes, their text and their original files</source>
        <translation>Toutes les versions de la source actuelle&#xa0;: dates, empreintes, leur texte et leurs fichiers d’origine</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Documents Recoupe reads (%1)</source>
        <extracomment>File dialog filter; keep the patterns</extracomment>
        <translation>Documents que Recoupe lit (%1)</translation>
    </message>
    <message>
        <source>Newer Version of “%1”</source>
        <extracomment>File dialog title; %1 is a source&apos;s title</extracomment>
        <translation>Version plus récente de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Replace with Newer Version</source>
        <translation>Remplacer par une version plus récente</translation>
    </message>
    <message>
        <source>%1 is the version of “%2” you have already; nothing was changed.</source>
        <translation>%1 est la version de «&#xa0;%2&#xa0;» que vous avez déjà&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” replaced with its newer version: highlights kept: %2; moved: %3; orphaned: %4. Edit ▸ Undo puts the previous version back.</source>
        <translation>«&#xa0;%1&#xa0;» remplacée par sa version plus récente&#xa0;: surlignages conservés&#xa0;: %2&#x202f;; déplacés&#xa0;: %3&#x202f;; orphelins&#xa0;: %4. Édition ▸ Annuler rétablit la version précédente.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 a file name</extracomment>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled; nothing was changed.</source>
        <translation>La lecture de %1 a été annulée&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Password:</source>
        <translation>%1 est protégé par un mot de passe. Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>That password does not open %1. Password to try:</source>
        <translation>Ce mot de passe n’ouvre pas %1. Mot de passe à essayer&#xa0;:</translation>
    </message>
    <message>
        <source>Recoupe &amp;Guide</source>
        <translation>&amp;Guide de Recoupe</translation>
    </message>
    <message>
        <source>Read the user guide</source>
        <translation>Lire le guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut, with a search field</source>
        <translation>Tous les raccourcis clavier, avec un champ de recherche</translation>
    </message>
    <message>
        <source>Type words and press Enter to search every source, note and claim of the dossier. The results appear in the Search dock; Ctrl+F brings you here.</source>
        <translation>Tapez des mots et appuyez sur Entrée pour chercher dans toutes les sources, notes et affirmations du dossier. Les résultats s’affichent dans le panneau Recherche ; Ctrl+F vous ramène ici.</translation>
    </message>
    <message>
        <source>Adds a reader pane next to the current one, to read another source beside it.</source>
        <translation>Ajoute un volet de lecture à côté du volet courant, pour lire une autre source en regard.</translation>
    </message>
    <message>
        <source>Shows the text of the current reader smaller; Ctrl+0 goes back to its size.</source>
        <translation>Affiche le texte du lecteur courant plus petit ; Ctrl+0 revient à sa taille.</translation>
    </message>
    <message>
        <source>Shows the text of the current reader larger; Ctrl+0 goes back to its size.</source>
        <translation>Affiche le texte du lecteur courant plus grand ; Ctrl+0 revient à sa taille.</translation>
    </message>
    <message>
        <source>Highlights the passage selected in the reader. The highlight appears in the Annotations dock, where you can tag it or write a note on it.</source>
        <translation>Surligne le passage sélectionné dans le lecteur. Le surlignage apparaît dans le panneau Annotations, où vous pouvez l’étiqueter ou y écrire une note.</translation>
    </message>
    <message>
        <source>Tags the selected passage, or the current highlight, with a code of the codebook: type part of its name to pick it, or a new name to create it.</source>
        <translation>Étiquette le passage sélectionné, ou le surlignage courant, avec un code de la grille de codage : tapez une partie de son nom pour le choisir, ou un nouveau nom pour le créer.</translation>
    </message>
    <message>
        <source>Writes a note on the selected passage or the current highlight.</source>
        <translation>Écrit une note sur le passage sélectionné ou le surlignage courant.</translation>
    </message>
    <message>
        <source>States a new claim in the Claims dock, with the selected passage as its first evidence.</source>
        <translation>Énonce une nouvelle affirmation dans le panneau Affirmations, avec le passage sélectionné comme première preuve.</translation>
    </message>
    <message>
        <source>The selected passage names a person: adds the person, or a mention of one you already have, in People and Institutions.</source>
        <translation>Le passage sélectionné nomme une personne : ajoute la personne, ou une mention d’une personne déjà connue, dans Personnes et institutions.</translation>
    </message>
    <message>
        <source>The selected passage names an institution: adds it, or a mention of one you already have, in People and Institutions.</source>
        <translation>Le passage sélectionné nomme une institution : l’ajoute, ou ajoute une mention d’une institution déjà connue, dans Personnes et institutions.</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Evidence pack written: %1</source>
        <translation>Pièces justificatives écrites&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Read &amp;Text Again…</source>
        <translation>Relire le &amp;texte…</translation>
    </message>
    <message>
        <source>Read the scanned pages of the current PDF or image again by text recognition, in other languages</source>
        <translation>Relire par reconnaissance de texte les pages numérisées du PDF ou de l’image en cours, dans d’autres langues</translation>
    </message>
    <message>
        <source>S&amp;hared Passages…</source>
        <translation>Passages &amp;communs…</translation>
    </message>
    <message>
        <source>List the passages the dossier&apos;s sources repeat, and compare two sources on one</source>
        <translation>Lister les passages que les sources du dossier reprennent, et comparer deux sources sur l’un d’eux</translation>
    </message>
    <message>
        <source>Opens two sources side by side: the two selected in the library, or the current one and the one selected in the library. The passages they share are outlined in both, one colour per pair; Alt+Down and Alt+Up step through them.</source>
        <translation>Ouvre deux sources côte à côte&#xa0;: les deux choisies dans la bibliothèque, ou la source courante et celle choisie dans la bibliothèque. Les passages qu’elles ont en commun sont encadrés dans les deux, d’une couleur par paire&#x202f;; Alt+Bas et Alt+Haut passent de l’un à l’autre.</translation>
    </message>
    <message>
        <source>Lists the passages the dossier&apos;s sources repeat (the same quote, date or sentence, verbatim or nearly) and the sources that repeat each one; double-click one to compare two of its sources on it.</source>
        <translation>Liste les passages que les sources du dossier reprennent (la même citation, date ou phrase, mot pour mot ou presque) et les sources qui reprennent chacun&#x202f;; double-cliquez sur l’un d’eux pour comparer deux de ses sources sur ce passage.</translation>
    </message>
    <message>
        <source>Read Text Again</source>
        <translation>Relire le texte</translation>
    </message>
    <message>
        <source>Reading the text of “%1”…</source>
        <extracomment>%1 a source&apos;s title</extracomment>
        <translation>Lecture du texte de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Reading the text of “%1” was cancelled; nothing was changed.</source>
        <translation>La lecture du texte de «&#xa0;%1&#xa0;» a été annulée&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“%1” has no scanned pages: every page has a text layer.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de pages numérisées&#xa0;: chaque page a une couche de texte.</translation>
    </message>
    <message>
        <source>The text of “%1” was read again: highlights kept: %2; moved: %3; orphaned: %4. Edit ▸ Undo puts the earlier text back.</source>
        <translation>Le texte de «&#xa0;%1&#xa0;» a été relu&#xa0;: surlignages conservés&#xa0;: %2&#x202f;; déplacés&#xa0;: %3&#x202f;; orphelins&#xa0;: %4. Édition ▸ Annuler remet le texte d’avant.</translation>
    </message>
</context>
<context>
    <name>Recoupe::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Recoupe::NoteEditorDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on the highlight:</source>
        <translation>Note sur le surlignage&#xa0;:</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <extracomment>Above the note editor; %1 the first words of the highlighted passage</extracomment>
        <translation>Note sur «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n’est ouvert.</translation>
    </message>
    <message>
        <source>Spell checking is off: %1</source>
        <translation>La vérification orthographique est désactivée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Recoupe::OrphanReviewDialog</name>
    <message>
        <source>&amp;Find Again</source>
        <translation>&amp;Rechercher à nouveau</translation>
    </message>
    <message>
        <source>&amp;Attach to Selection</source>
        <translation>R&amp;attacher à la sélection</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Review Orphaned Highlights of “%1”</source>
        <extracomment>Window title; %1 is a source&apos;s title</extracomment>
        <translation>Revoir les surlignages orphelins de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <extracomment>Label of the field holding the quote to look for in the new version</extracomment>
        <translation>&amp;Citation&#xa0;:</translation>
    </message>
    <message>
        <source>Every highlight of this source is attached to its text.</source>
        <translation>Chaque surlignage de cette source est rattaché à son texte.</translation>
    </message>
    <message numerus="yes">
        <source>The quote of %n highlight(s) is not in the new version. Find each again by its quote (shorten or edit it), or select the passage that now says it, then Attach to Selection; or delete it.</source>
        <translation>
            <numerusform>La citation de %n surlignage n’est pas dans la nouvelle version. Retrouvez-le par sa citation (raccourcie ou modifiée), ou sélectionnez le passage qui le dit maintenant, puis Rattacher à la sélection&#x202f;; ou supprimez-le.</numerusform>
            <numerusform>La citation de %n surlignages n’est pas dans la nouvelle version. Retrouvez chacun par sa citation (raccourcie ou modifiée), ou sélectionnez le passage qui le dit maintenant, puis Rattacher à la sélection&#x202f;; ou supprimez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in the new version.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans la nouvelle version.</translation>
    </message>
    <message>
        <source>Found; Attach to Selection attaches the highlight to this passage.</source>
        <translation>Trouvé&#x202f;; Rattacher à la sélection rattache le surlignage à ce passage.</translation>
    </message>
</context>
<context>
    <name>Recoupe::PartialDateEdit</name>
    <message>
        <source>2018, 2018-05, 2018-05-07 or 7 May 2018</source>
        <extracomment>Placeholder of a date field; the examples show the three precisions</extracomment>
        <translation>2018, 2018-05, 2018-05-07 ou 7 mai 2018</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Beside an empty date field</extracomment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>year only</source>
        <extracomment>Precision of a date the user typed</extracomment>
        <translation>année seule</translation>
    </message>
    <message>
        <source>month</source>
        <extracomment>Precision of a date the user typed</extracomment>
        <translation>mois</translation>
    </message>
    <message>
        <source>day</source>
        <extracomment>Precision of a date the user typed</extracomment>
        <translation>jour</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>What a date field understood: %1 the date, %2 its precision</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
</context>
<context>
    <name>Recoupe::PassageActions</name>
    <message>
        <source>&amp;Highlight</source>
        <extracomment>Action on a selected passage</extracomment>
        <translation>&amp;Surligner</translation>
    </message>
    <message>
        <source>Highlight the selected passage</source>
        <translation>Surligner le passage sélectionné</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <extracomment>Action on a selected passage: opens the codebook picker
----------
Context menu of a highlight: opens the codebook picker</extracomment>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Tag the selected passage or highlight with a code from the codebook</source>
        <translation>Étiqueter le passage ou le surlignage sélectionné avec un code de la grille de codage</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <extracomment>Action on a selected passage
----------
Context menu of a highlight</extracomment>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Write a note on the selected passage or highlight</source>
        <translation>Écrire une note sur le passage ou le surlignage sélectionné</translation>
    </message>
    <message>
        <source>New &amp;Claim from Passage</source>
        <extracomment>Action on a selected passage: a new claim that cites it as evidence</extracomment>
        <translation>Nouvelle &amp;affirmation à partir du passage</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>State a claim citing the selected passage as evidence</source>
        <translation>Énoncer une affirmation qui cite le passage sélectionné comme pièce justificative</translation>
    </message>
    <message>
        <source>Mark as &amp;Person</source>
        <extracomment>Action on a selected passage: the passage names a person</extracomment>
        <translation>Marquer comme &amp;personne</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>The selected passage names a person</source>
        <translation>Le passage sélectionné nomme une personne</translation>
    </message>
    <message>
        <source>Mark as &amp;Institution</source>
        <extracomment>Action on a selected passage: the passage names an institution</extracomment>
        <translation>Marquer comme &amp;institution</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>The selected passage names an institution</source>
        <translation>Le passage sélectionné nomme une institution</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected passage</source>
        <translation>Copier le passage sélectionné</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <extracomment>Keyboard shortcut of Highlight</extracomment>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Select a passage first.</source>
        <translation>Sélectionnez d’abord un passage.</translation>
    </message>
    <message>
        <source>Open a dossier first.</source>
        <translation>Ouvrez d’abord un dossier.</translation>
    </message>
    <message>
        <source>That highlight no longer exists.</source>
        <translation>Ce surlignage n’existe plus.</translation>
    </message>
    <message>
        <source>Tag passage “%1”</source>
        <extracomment>Undo/redo action name; %1 is a codebook tag such as &quot;Réserves/Commission&quot;</extracomment>
        <translation>Étiqueter le passage «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New claim from passage</source>
        <extracomment>Undo/redo action name</extracomment>
        <translation>Nouvelle affirmation à partir du passage</translation>
    </message>
    <message>
        <source>Select the name of a person or an institution first.</source>
        <translation>Sélectionnez d’abord le nom d’une personne ou d’une institution.</translation>
    </message>
    <message>
        <source>The selection holds no name.</source>
        <translation>La sélection ne contient aucun nom.</translation>
    </message>
    <message>
        <source>New claim added to the Claims dock; rewrite it there as your statement.</source>
        <translation>Nouvelle affirmation ajoutée au panneau Affirmations&#x202f;; réécrivez-la là-bas pour en faire votre énoncé.</translation>
    </message>
    <message>
        <source>Mark as Person</source>
        <translation>Marquer comme personne</translation>
    </message>
    <message>
        <source>Mark as Institution</source>
        <translation>Marquer comme institution</translation>
    </message>
    <message>
        <source>Name of the person:</source>
        <translation>Nom de la personne&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the institution:</source>
        <translation>Nom de l’institution&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is marked as a person (%n mention(s)).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est marqué comme personne (%n mention).</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est marqué comme personne (%n mentions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is marked as an institution (%n mention(s)).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est marqué comme institution (%n mention).</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est marqué comme institution (%n mentions).</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1”</source>
        <extracomment>Undo/redo action name; %1 the name of a person or an institution marked in a source</extracomment>
        <translation>Marquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>C&amp;ite in Claim…</source>
        <extracomment>Action on a selected passage or a highlight: opens a picker of the dossier&apos;s claims</extracomment>
        <translation>C&amp;iter dans une affirmation…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Add the selected passage or highlight to the evidence of an existing claim</source>
        <translation>Ajouter le passage ou le surlignage sélectionné aux pièces justificatives d’une affirmation existante</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>Cette affirmation n’existe plus.</translation>
    </message>
    <message>
        <source>Select a passage or click a highlight first.</source>
        <translation>Sélectionnez d’abord un passage ou cliquez sur un surlignage.</translation>
    </message>
    <message>
        <source>Cite passage in “%1”</source>
        <extracomment>Undo/redo action name; %1 the start of the claim&apos;s statement</extracomment>
        <translation>Citer le passage dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Highlight deleted; Edit ▸ Undo brings it back.</source>
        <translation>Surlignage supprimé&#x202f;; Édition ▸ Annuler le rétablit.</translation>
    </message>
    <message numerus="yes">
        <source>Cited in “%1”, which now rests on %n passage(s).</source>
        <translation>
            <numerusform>Cité dans «&#xa0;%1&#xa0;», qui repose désormais sur %n passage.</numerusform>
            <numerusform>Cité dans «&#xa0;%1&#xa0;», qui repose désormais sur %n passages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Modifier la &amp;note…</translation>
    </message>
    <message>
        <source>C&amp;olor</source>
        <extracomment>Context menu of a highlight: submenu of colours</extracomment>
        <translation>C&amp;ouleur</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Other Color…</source>
        <extracomment>Colour submenu of a highlight: opens the colour chooser</extracomment>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <source>Highlight Color</source>
        <translation>Couleur du surlignage</translation>
    </message>
    <message>
        <source>Show in &amp;Annotations</source>
        <extracomment>Context menu of a highlight: selects it in the Annotations dock</extracomment>
        <translation>Afficher dans les &amp;annotations</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Highlight added; Edit ▸ Undo takes it back.</source>
        <translation>Surlignage ajouté&#x202f;; Édition ▸ Annuler le retire.</translation>
    </message>
</context>
<context>
    <name>Recoupe::PdfOutline</name>
    <message>
        <source>Outline</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>Recoupe::PdfReader</name>
    <message>
        <source>This PDF has no pages that could be read at import.</source>
        <translation>Ce PDF n’a aucune page qui ait pu être lue à l’import.</translation>
    </message>
</context>
<context>
    <name>Recoupe::PdfRenderer</name>
    <message>
        <source>The PDF cannot be displayed: Poppler cannot read it.</source>
        <translation>Le PDF ne peut pas être affiché&#xa0;: Poppler ne sait pas le lire.</translation>
    </message>
    <message>
        <source>The PDF cannot be displayed: it is protected by a password.</source>
        <translation>Le PDF ne peut pas être affiché&#xa0;: il est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>this image</source>
        <extracomment>Names the file in &quot;Page 2 of this image cannot be decoded…&quot;</extracomment>
        <translation>cette image</translation>
    </message>
</context>
<context>
    <name>Recoupe::PdfView</name>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>The text of this page was read by text recognition (OCR) in %1, with a mean confidence of %2%. Words read with low confidence are underlined with dots; click to hide the dots.</source>
        <translation>Le texte de cette page a été lu par reconnaissance de texte (OCR) en %1, avec une confiance moyenne de %2&#x202f;%. Les mots lus avec une confiance faible sont soulignés en pointillé&#x202f;; cliquez pour masquer les pointillés.</translation>
    </message>
    <message>
        <source>The text of this page was read by text recognition (OCR) in %1, with a mean confidence of %2%. Click to underline the words read with low confidence.</source>
        <translation>Le texte de cette page a été lu par reconnaissance de texte (OCR) en %1, avec une confiance moyenne de %2&#x202f;%. Cliquez pour souligner les mots lus avec une confiance faible.</translation>
    </message>
</context>
<context>
    <name>Recoupe::ReadTextAgainDialog</name>
    <message>
        <source>Read Text Again</source>
        <translation>Relire le texte</translation>
    </message>
    <message>
        <source>Read the scanned pages of “%1” again by text recognition (OCR), in the languages checked below. Highlights are found again in the new text; Edit ▸ Undo puts the earlier text back.</source>
        <extracomment>%1 a source&apos;s title</extracomment>
        <translation>Relire par reconnaissance de texte (OCR) les pages numérisées de «&#xa0;%1&#xa0;», dans les langues cochées ci-dessous. Les surlignages sont retrouvés dans le nouveau texte&#x202f;; Édition ▸ Annuler remet le texte d’avant.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A language in the OCR list: its name and Tesseract&apos;s code, as in &quot;français (fra)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
</context>
<context>
    <name>Recoupe::ReaderPane</name>
    <message>
        <source>Close this pane</source>
        <translation>Fermer ce volet</translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation>Fermer le volet</translation>
    </message>
    <message>
        <source>There is no source %1 in this dossier.</source>
        <translation>Il n’y a pas de source %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Empty pane</source>
        <translation>Volet vide</translation>
    </message>
    <message>
        <source>Double-click a source in the library to read it here.</source>
        <translation>Double-cliquez sur une source de la bibliothèque pour la lire ici.</translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation>Volet courant</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>“%1” was removed from the dossier. Undo brings it back here.</source>
        <translation>«&#xa0;%1&#xa0;» a été retirée du dossier. Annuler la ramène ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) lost their passage</source>
        <translation>
            <numerusform>%n surlignage a perdu son passage</numerusform>
            <numerusform>%n surlignages ont perdu leur passage</numerusform>
        </translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Examiner…</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>The page on screen. Type a page number and press Enter to go there (Ctrl+G).</source>
        <translation>La page à l’écran. Tapez un numéro de page puis Entrée pour vous y rendre (Ctrl+G).</translation>
    </message>
    <message>
        <source>Show the outline beside the pages (F7)</source>
        <translation>Afficher le sommaire à côté des pages (F7)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>/ %1</source>
        <extracomment>Reader pane header, after the page field: how many pages there are (&quot;/ 1221&quot;)</extracomment>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>This PDF has no outline</source>
        <translation>Ce PDF n’a pas de sommaire</translation>
    </message>
    <message>
        <source>%1 (%2) — click to show it in People and Institutions</source>
        <extracomment>Tooltip on a name underlined in a reader: %1 the person or institution, %2 its type</extracomment>
        <translation>%1 (%2) — cliquer pour l’afficher dans Personnes et institutions</translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <extracomment>Banner above a reader while the codebook&apos;s selection hides the other highlights; %1 lists the selected tags</extracomment>
        <translation>Affichage limité à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Highlights without these tags are hidden while tags are selected in the Codebook. Show all clears that selection.</source>
        <translation>Les surlignages sans ces étiquettes sont masqués tant que des étiquettes sont sélectionnées dans la grille de codage. Tout afficher annule cette sélection.</translation>
    </message>
    <message>
        <source>From:</source>
        <extracomment>Above an e-mail&apos;s text</extracomment>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <extracomment>Above an e-mail&apos;s text</extracomment>
        <translation>À :</translation>
    </message>
    <message>
        <source>Cc:</source>
        <extracomment>Above an e-mail&apos;s text</extracomment>
        <translation>Cc :</translation>
    </message>
    <message>
        <source>Date:</source>
        <extracomment>Above an e-mail&apos;s text</extracomment>
        <translation>Date :</translation>
    </message>
</context>
<context>
    <name>Recoupe::RelationshipDialog</name>
    <message>
        <source>start</source>
        <extracomment>A date read from evidence, as a start</extracomment>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <extracomment>A date read from evidence, as an end</extracomment>
        <translation>fin</translation>
    </message>
    <message>
        <source>date</source>
        <extracomment>A date read from evidence, neither start nor end</extracomment>
        <translation>date</translation>
    </message>
    <message>
        <source>New Relationship</source>
        <translation>Nouvelle relation</translation>
    </message>
    <message>
        <source>What links them, e.g. “hosting contract”</source>
        <translation>Ce qui les relie, par ex. «&#xa0;contrat d’hébergement&#xa0;»</translation>
    </message>
    <message>
        <source>e.g. director, member of the board, ministre</source>
        <translation>par ex. directeur, membre du conseil d’administration, ministre</translation>
    </message>
    <message>
        <source>Double-click a date to use it as the start or the end</source>
        <translation>Double-cliquez sur une date pour l’utiliser comme début ou comme fin</translation>
    </message>
    <message>
        <source>Swap the two entities</source>
        <translation>Intervertir les deux entités</translation>
    </message>
    <message>
        <source>Use as Start</source>
        <translation>Utiliser comme début</translation>
    </message>
    <message>
        <source>Use as End</source>
        <translation>Utiliser comme fin</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <extracomment>The two entities of a relationship, from → to</extracomment>
        <translation>&amp;Entre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Dates in the evidence:</source>
        <translation>Dates dans les pièces justificatives&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>Add Passage…</source>
        <translation>Ajouter un passage…</translation>
    </message>
    <message>
        <source>Cite one of the dossier&apos;s highlights as evidence</source>
        <translation>Citer l’un des surlignages du dossier comme pièce justificative</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop citing the selected passages (the highlights stay)</source>
        <translation>Ne plus citer les passages sélectionnés (les surlignages restent)</translation>
    </message>
    <message>
        <source>Edit Relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <source>The selected passage becomes a highlight cited as evidence: “%1”</source>
        <extracomment>Above the evidence list: %1 the passage selected in the reader</extracomment>
        <translation>Le passage sélectionné devient un surlignage cité comme pièce justificative&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 — “%3”</source>
        <extracomment>A date suggestion: %1 start/end/date, %2 the date, %3 the words it was read from</extracomment>
        <translation>%1&#xa0;: %2 — «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>No date in the evidence.</source>
        <translation>Aucune date dans les pièces justificatives.</translation>
    </message>
    <message>
        <source>Cite a Passage</source>
        <translation>Citer un passage</translation>
    </message>
    <message>
        <source>Filter by words of the passage or its source…</source>
        <translation>Filtrer par mots du passage ou de sa source…</translation>
    </message>
    <message>
        <source>“%1”
— %2</source>
        <translation>«&#xa0;%1&#xa0;»
— %2</translation>
    </message>
    <message>
        <source>Choose the two people or institutions the relationship links.</source>
        <translation>Choisissez les deux personnes ou institutions que la relation relie.</translation>
    </message>
    <message>
        <source>A relationship links two different entities.</source>
        <translation>Une relation relie deux entités différentes.</translation>
    </message>
    <message>
        <source>The start “%1” is not a date.</source>
        <translation>Le début «&#xa0;%1&#xa0;» n’est pas une date.</translation>
    </message>
    <message>
        <source>The end “%1” is not a date.</source>
        <translation>La fin «&#xa0;%1&#xa0;» n’est pas une date.</translation>
    </message>
    <message>
        <source>The relationship ends (%1) before it starts (%2).</source>
        <translation>La relation se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n’est ouvert.</translation>
    </message>
    <message>
        <source>Relate %1 and %2</source>
        <extracomment>Undo step: %1 and %2 two entities</extracomment>
        <translation>Relier %1 et %2</translation>
    </message>
    <message>
        <source>No passage supports this yet. You can save it now and cite a passage later (Add Passage…).</source>
        <translation>Aucun passage ne l’étaye encore. Vous pouvez l’enregistrer maintenant et citer un passage plus tard (Ajouter un passage…).</translation>
    </message>
</context>
<context>
    <name>Recoupe::RevolvingDoorPanel</name>
    <message>
        <source>How soon after leaving the public body the new role must start to count</source>
        <translation>Délai maximal entre le départ de l’organisme public et le début du nouveau poste pour que le cas compte</translation>
    </message>
    <message>
        <source>Moves &amp;within:</source>
        <translation>Départs en &amp;moins de&#xa0;:</translation>
    </message>
    <message>
        <source>Revolving-door cases</source>
        <translation>Cas de pantouflage</translation>
    </message>
    <message>
        <source>Case</source>
        <extracomment>Column headers of the revolving-door panel</extracomment>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Enter or double-click opens the passage or shows the relationship; Ctrl+Enter opens the passage in a new pane.</source>
        <translation>Entrée ou un double-clic ouvre le passage ou affiche la relation&#x202f;; Ctrl+Entrée ouvre le passage dans un nouveau volet.</translation>
    </message>
    <message>
        <source>%1: %2, %3 → %4</source>
        <extracomment>A row of a revolving-door case: %1 what the relationship is for the case (&quot;Public role&quot;), %2 the relationship, %3 and %4 the two entities</extracomment>
        <translation>%1&#xa0;: %2, %3 → %4</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n’est ouvert.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A revolving-door case: %1 the person, %2 the public body, %3 the employer</extracomment>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Public role</source>
        <translation>Poste public</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <source>Dealings</source>
        <extracomment>A relationship showing the employer deals with the public body</extracomment>
        <translation>Relations d’affaires</translation>
    </message>
    <message>
        <source>Evidence: “%1” — %2</source>
        <extracomment>Evidence of a revolving-door case: %1 the passage, %2 its source</extracomment>
        <translation>Pièce justificative&#xa0;: «&#xa0;%1&#xa0;» — %2</translation>
    </message>
    <message numerus="yes">
        <source>No one in this dossier left a public body for an employer dealing with it within %n month(s).</source>
        <translation>
            <numerusform>Personne dans ce dossier n’a quitté un organisme public pour un employeur en relation avec lui en moins de %n mois.</numerusform>
            <numerusform>Personne dans ce dossier n’a quitté un organisme public pour un employeur en relation avec lui en moins de %n mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of someone leaving a public body for an employer dealing with it within %1:</source>
        <translation>
            <numerusform>%n cas de départ d’un organisme public vers un employeur en relation avec lui en moins de %1&#xa0;:</numerusform>
            <numerusform>%n cas de départ d’un organisme public vers un employeur en relation avec lui en moins de %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <extracomment>Unit after the number in the revolving-door setting (&quot;36 months&quot;), agreeing with that number</extracomment>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Restriction until</source>
        <translation>Restriction jusqu’au</translation>
    </message>
    <message>
        <source>left %1, joined %2 (%3)</source>
        <extracomment>Dates of a revolving-door case: %1 left, %2 joined, %3 how long after leaving (&quot;the next day&quot;, &quot;3 months later&quot;)</extracomment>
        <translation>départ %1, arrivée %2 (%3)</translation>
    </message>
    <message>
        <source>The words around this date do not say whether it ends a restriction, a contract or a role: read the passage.</source>
        <translation>Les mots autour de cette date ne disent pas si elle met fin à une restriction, à un contrat ou à une fonction&#xa0;: lisez le passage.</translation>
    </message>
</context>
<context>
    <name>Recoupe::SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search the dossier…</source>
        <translation>Rechercher dans le dossier…</translation>
    </message>
    <message>
        <source>Search the dossier</source>
        <translation>Rechercher dans le dossier</translation>
    </message>
    <message>
        <source>Accents and case do not matter. &quot;quoted words&quot; for a phrase, OR between alternatives, NOT before a word to leave out, commiss* for any ending. ↓ and ↑ move in the results, Enter opens one.</source>
        <translation>Les accents et la casse ne comptent pas. &quot;mots entre guillemets&quot; pour une expression, OR entre des variantes, NOT devant un mot à exclure, commiss* pour toute terminaison. ↓ et ↑ parcourent les résultats, Entrée en ouvre un.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Context menu of a search result</extracomment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open in New Pane</source>
        <extracomment>Context menu of a search result: open the source in another reader pane</extracomment>
        <translation>Ouvrir dans un nouveau volet</translation>
    </message>
    <message>
        <source>Nothing in this dossier matches “%1”.</source>
        <translation>Rien dans ce dossier ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n first result(s); ranking by relevance…</source>
        <translation>
            <numerusform>%n premier résultat&#x202f;; tri par pertinence…</numerusform>
            <numerusform>%n premiers résultats&#x202f;; tri par pertinence…</numerusform>
        </translation>
    </message>
    <message>
        <source>The results are not ranked: %1</source>
        <translation>Les résultats ne sont pas triés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n most relevant results:</source>
        <translation>
            <numerusform>%n résultat, le plus pertinent&#xa0;:</numerusform>
            <numerusform>Les %n résultats les plus pertinents&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), most relevant first:</source>
        <translation>
            <numerusform>%n résultat&#xa0;:</numerusform>
            <numerusform>%n résultats, les plus pertinents d’abord&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::SearchResultModel</name>
    <message>
        <source>%1, page %2</source>
        <extracomment>Search result heading: %1 is a source title, %2 a PDF page number</extracomment>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <source>Note on a passage of “%1”</source>
        <extracomment>Search result heading: the match is in the note of a highlight in source %1</extracomment>
        <translation>Note sur un passage de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Claim</source>
        <extracomment>Search result heading: the match is in one of the investigator&apos;s claims</extracomment>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A search result as plain text: %1 where (source title), %2 the words around the match</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Recoupe::SharedPassagesDialog</name>
    <message>
        <source>Shared Passages</source>
        <translation>Passages communs</translation>
    </message>
    <message>
        <source>Passage</source>
        <extracomment>Column headings of View ▸ Shared Passages</extracomment>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Open two sources of the selected passage side by side, on that passage</source>
        <translation>Ouvrir côte à côte deux sources du passage choisi, sur ce passage</translation>
    </message>
    <message>
        <source>&amp;Find Again</source>
        <translation>&amp;Chercher à nouveau</translation>
    </message>
    <message>
        <source>Finding the passages the sources share…</source>
        <translation>Recherche des passages communs aux sources…</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s): %1</source>
        <extracomment>In View ▸ Shared Passages: how many sources repeat a passage, then their titles</extracomment>
        <translation>
            <numerusform>%n source&#xa0;: %1</numerusform>
            <numerusform>%n sources&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No passage is repeated across the dossier&apos;s sources (8 words or more, 5 with a date or a figure).</source>
        <translation>Aucun passage n’est repris d’une source du dossier à l’autre (8 mots ou plus, 5 avec une date ou un chiffre).</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) repeated across sources. Double-click one to compare two of its sources on it.</source>
        <translation>
            <numerusform>%n passage repris d’une source à l’autre. Double-cliquez dessus pour comparer deux de ses sources sur ce passage.</numerusform>
            <numerusform>%n passages repris d’une source à l’autre. Double-cliquez sur l’un d’eux pour comparer deux de ses sources sur ce passage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search by name, keys or description…</source>
        <translation>Chercher par nom, touches ou description…</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Chercher dans les raccourcis</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n raccourci</numerusform>
            <numerusform>%n raccourcis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shortcut(s)</source>
        <translation>
            <numerusform>%1 sur %n raccourci</numerusform>
            <numerusform>%1 sur %n raccourcis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::SourceListModel</name>
    <message>
        <source>PDF document</source>
        <extracomment>Kind of source, in the library&apos;s tooltip</extracomment>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Web page</source>
        <extracomment>Kind of source, in the library&apos;s tooltip</extracomment>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <extracomment>Kind of source, in the library&apos;s tooltip</extracomment>
        <translation>Texte Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <extracomment>Kind of source, in the library&apos;s tooltip</extracomment>
        <translation>Texte brut</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>Library column header</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <extracomment>Library column header</extracomment>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Library column header: the publication date</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Highlights in the source</source>
        <extracomment>Library column header (tooltip): the number of highlights in each source</extracomment>
        <translation>Surlignages dans la source</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Une source a besoin d’un titre.</translation>
    </message>
    <message>
        <source>E-mail message</source>
        <extracomment>Kind of source, in the library&apos;s tooltip</extracomment>
        <translation>Message électronique</translation>
    </message>
    <message>
        <source>Office document</source>
        <extracomment>Kind of source, in the library&apos;s tooltip</extracomment>
        <translation>Document bureautique</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Kind of source, in the library&apos;s tooltip</extracomment>
        <translation>Image</translation>
    </message>
    <message>
        <source>↳ %1</source>
        <extracomment>An attachment&apos;s title in the library, listed under its message</extracomment>
        <translation>↳ %1</translation>
    </message>
    <message>
        <source>Attached to “%1”</source>
        <translation>Joint à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Recoupe::SourceMetadataDialog</name>
    <message>
        <source>Source Metadata</source>
        <translation>Métadonnées de la source</translation>
    </message>
    <message>
        <source>https://… or the file it came from</source>
        <translation>https://… ou le fichier dont elle provient</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <extracomment>Placeholder of the publication date field: the accepted forms</extracomment>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Origine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>É&amp;diteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Published &amp;on:</source>
        <translation>&amp;Publiée le&#xa0;:</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Une source a besoin d’un titre.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2018-05-07, 2018-05 or 2018.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez-la 2018-05-07, 2018-05 ou 2018.</translation>
    </message>
</context>
<context>
    <name>Recoupe::SourceVersionsDialog</name>
    <message>
        <source>&amp;Save Original of This Version…</source>
        <translation>&amp;Enregistrer l’original de cette version…</translation>
    </message>
    <message>
        <source>Versions of “%1”</source>
        <extracomment>Window title; %1 is a source&apos;s title</extracomment>
        <translation>Versions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Each version of this source as it was imported; the last one is the one you read and annotate now.</source>
        <translation>Chaque version de cette source telle qu’elle a été importée&#x202f;; la dernière est celle que vous lisez et annotez maintenant.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>In the “Replaced” column: the version in use</extracomment>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Save Original of This Version</source>
        <translation>Enregistrer l’original de cette version</translation>
    </message>
</context>
<context>
    <name>Recoupe::SpellCheckDecorator</name>
    <message>
        <source>No suggestions</source>
        <extracomment>Spell-check context menu: the checker has no replacement to offer</extracomment>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “%1” to the dossier dictionary</source>
        <extracomment>Spell-check context menu; %1 is the word. The list is stored in the dossier file.</extracomment>
        <translation>Ajouter «&#xa0;%1&#xa0;» au dictionnaire du dossier</translation>
    </message>
</context>
<context>
    <name>Recoupe::SuggestionListModel</name>
    <message>
        <source>Suggested as “%1”; accepting keeps it as another name.</source>
        <extracomment>Tooltip of a renamed suggestion: %1 the name the sources use</extracomment>
        <translation>Proposée sous le nom «&#xa0;%1&#xa0;»&#x202f;; l’accepter le garde comme autre nom.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the suggestions list</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column of the suggestions list</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mentions</source>
        <extracomment>Column of the suggestions list: how many times the name occurs</extracomment>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Sources</source>
        <extracomment>Column of the suggestions list: in how many sources the name occurs</extracomment>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Variants</source>
        <extracomment>Column of the suggestions list: variants grouped with the name</extracomment>
        <translation>Variantes</translation>
    </message>
</context>
<context>
    <name>Recoupe::TagPickerDialog</name>
    <message>
        <source>Tag Passage</source>
        <translation>Étiqueter le passage</translation>
    </message>
    <message>
        <source>Type a tag, or a new path such as “Dates clés/Départ”</source>
        <translation>Tapez une étiquette, ou un nouveau chemin comme «&#xa0;Dates clés/Départ&#xa0;»</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Matching tags</source>
        <translation>Étiquettes correspondantes</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>É&amp;tiqueter</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quoted passage; use the quotation marks of your language</extracomment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tag path and use count</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Create tag “%1”</source>
        <translation>Créer l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Recoupe::TagTreeModel</name>
    <message numerus="yes">
        <source>%n highlight(s) carry this tag.</source>
        <translation>
            <numerusform>%n surlignage porte cette étiquette.</numerusform>
            <numerusform>%n surlignages portent cette étiquette.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>Tooltip of a codebook tag: %1 is its path (&quot;Réserves/Commission&quot;), %2 how often it is used</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <extracomment>Tooltip of a codebook tag: %1 path, %2 description, %3 how often it is used</extracomment>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Tag</source>
        <extracomment>Column header in the codebook: the tag&apos;s name</extracomment>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Uses</source>
        <extracomment>Column header in the codebook: how many highlights carry the tag</extracomment>
        <translation>Usages</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>Column header in the codebook</extracomment>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Recoupe::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A span on the timeline: %1 the relationship (&quot;Employment: architect&quot;), %2 the other entity</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3
%4</source>
        <extracomment>Tooltip of a span: %1 first entity, %2 relationship, %3 second entity, %4 dates</extracomment>
        <translation>%1 — %2 — %3
%4</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <extracomment>An event on the timeline: %1 the date as written, %2 the other entity</extracomment>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3
Date read from the evidence: “%4”</source>
        <translation>%1 — %2 — %3
Date lue dans les pièces justificatives&#xa0;: «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>Claim: %1
%2</source>
        <extracomment>Tooltip of a claim on the timeline: %1 the claim, %2 its date</extracomment>
        <translation>Affirmation&#xa0;: %1
%2</translation>
    </message>
    <message>
        <source>Claims about no one in particular</source>
        <translation>Affirmations sans personne ni institution en particulier</translation>
    </message>
    <message>
        <source>No passage backs this yet.</source>
        <translation>Aucun passage n’étaye encore ceci.</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Marks the current date on the timeline&apos;s axis</extracomment>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>Nothing dated yet: give relationships a start or an end date (Edit Relationship suggests the dates their evidence mentions).</source>
        <translation>Rien de daté pour l’instant&#xa0;: donnez aux relations une date de début ou de fin (Modifier la relation propose les dates que mentionnent leurs pièces justificatives).</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Aucun dossier n’est ouvert.</translation>
    </message>
</context>
<context>
    <name>Recoupe::WorkProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RejectSuggestionCommand</name>
    <message>
        <source>Reject suggestion “%1”</source>
        <translation>Rejeter la suggestion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Suggest “%1” again</source>
        <translation>Proposer de nouveau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot remember the rejected suggestion: %1</source>
        <translation>Impossible de mémoriser la suggestion rejetée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RelateCommand</name>
    <message>
        <source>Link two entities with a typed, dated relationship backed by passages.</source>
        <translation>Relier deux entités par une relation typée et datée, étayée par des passages.</translation>
    </message>
    <message>
        <source>Adds a relationship from entity FROM_ID to entity TO_ID and prints its id. TYPE is one of %1 (a FollowTheMoney interval schema); FROM is the employee, the member, the owner, the agent, the holder of a post. Use UnknownLink with --label for any other tie (“contrat”, “avis rendu sur”). Dates are as precise as the sources are: 2018, 2018-05, 2018-05-07, “7 mai 2018” or “May 7, 2018”. Each --evidence is the id of an annotation that shows the relationship (see “annotate”).</source>
        <translation>Ajoute une relation de l’entité FROM_ID à l’entité TO_ID et affiche son identifiant. TYPE est l’un de %1 (un schéma d’intervalle FollowTheMoney)&#x202f;; FROM est l’employé, le membre, le propriétaire, le mandataire, le titulaire d’un poste. Utilisez UnknownLink avec --label pour tout autre lien («&#xa0;contrat&#xa0;», «&#xa0;avis rendu sur&#xa0;»). Les dates sont aussi précises que les sources&#xa0;: 2018, 2018-05, 2018-05-07, «&#xa0;7 mai 2018&#xa0;» ou «&#xa0;May 7, 2018&#xa0;». Chaque --evidence est l’identifiant d’une annotation qui montre la relation (voir «&#xa0;annotate&#xa0;»).</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The entity the relationship goes from.</source>
        <translation>L’entité d’où part la relation.</translation>
    </message>
    <message>
        <source>The entity it goes to.</source>
        <translation>L’entité où elle aboutit.</translation>
    </message>
    <message>
        <source>The relationship&apos;s type: %1 (required).</source>
        <translation>Le type de la relation&#xa0;: %1 (obligatoire).</translation>
    </message>
    <message>
        <source>Its own label, for UnknownLink above all.</source>
        <translation>Son propre libellé, surtout pour UnknownLink.</translation>
    </message>
    <message>
        <source>The role held (“directeur du numérique”).</source>
        <translation>Le rôle occupé («&#xa0;directeur du numérique&#xa0;»).</translation>
    </message>
    <message>
        <source>When it started.</source>
        <translation>Quand elle a commencé.</translation>
    </message>
    <message>
        <source>When it ended.</source>
        <translation>Quand elle a pris fin.</translation>
    </message>
    <message>
        <source>An annotation showing the relationship; repeat for several.</source>
        <translation>Une annotation qui montre la relation&#x202f;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>A note on the relationship.</source>
        <translation>Une note sur la relation.</translation>
    </message>
    <message>
        <source>Print the new relationship as JSON instead of its id.</source>
        <translation>Afficher la nouvelle relation en JSON plutôt que son identifiant.</translation>
    </message>
    <message>
        <source>“%1” is not an entity id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’entité&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>relate needs --type TYPE.</source>
        <translation>relate demande --type TYPE.</translation>
    </message>
    <message>
        <source>“%1” is not an annotation id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’annotation&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>“%1” is not a relationship type; use one of %2 (UnknownLink with --label for any other tie).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de relation&#x202f;; utilisez l’un de %2 (UnknownLink avec --label pour tout autre lien).</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <extracomment>%1 the option (--start or --end), %2 why its date was refused (it quotes the date)</extracomment>
        <translation>--%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot link entity %1 to entity %2 in %3: %4</source>
        <extracomment>%1 and %2 entity ids, %3 the dossier file, %4 the reason</extracomment>
        <translation>Impossible de relier l’entité %1 à l’entité %2 dans %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Relationship %1 could not be read back from %2.</source>
        <translation>La relation %1 n’a pas pu être relue dans %2.</translation>
    </message>
</context>
<context>
    <name>RelationshipDates</name>
    <message>
        <source>%1 “%2” → “%3”</source>
        <translation>%1 «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (%2, per %3)</source>
        <extracomment>An account of a date: &quot;2018-05-07 (start, per “Article title”)&quot;</extracomment>
        <translation>%1 (%2, selon %3)</translation>
    </message>
    <message>
        <source>Sources disagree on when %1 started: %2.</source>
        <translation>Les sources divergent sur le début de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Sources disagree on when %1 ended: %2.</source>
        <translation>Les sources divergent sur la fin de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Sources disagree on whether a date starts or ends %1: %2.</source>
        <translation>Les sources divergent sur le fait qu’une date marque le début ou la fin de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 (%2, as recorded)</source>
        <extracomment>An account of a date entered by hand: &quot;2018-05-07 (start, as recorded)&quot;</extracomment>
        <translation>%1 (%2, selon la fiche de la relation)</translation>
    </message>
</context>
<context>
    <name>RelationshipStore</name>
    <message>
        <source>“%1” is not a relationship type; use one of %2, or UnknownLink with a label.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de relation&#x202f;; utilisez l’un de %2, ou UnknownLink avec un libellé.</translation>
    </message>
    <message>
        <source>A relationship links two entities.</source>
        <translation>Une relation relie deux entités.</translation>
    </message>
    <message>
        <source>A relationship links two different entities.</source>
        <translation>Une relation relie deux entités différentes.</translation>
    </message>
    <message>
        <source>The relationship ends (%1) before it starts (%2).</source>
        <translation>La relation se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Cannot save the relationship: %1</source>
        <translation>Impossible d’enregistrer la relation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot attach evidence %1 to the relationship: %2</source>
        <translation>Impossible de joindre la pièce justificative %1 à la relation&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no relationship %1 in this dossier.</source>
        <translation>Il n’y a pas de relation %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot delete the relationship: %1</source>
        <translation>Impossible de supprimer la relation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RelationshipsCommand</name>
    <message>
        <source>List the relationships between entities, with dates and evidence.</source>
        <translation>Lister les relations entre entités, avec leurs dates et leurs pièces justificatives.</translation>
    </message>
    <message>
        <source>Lists the relationships of DOSSIER: id, the two entities, type (and label), role, start and end dates as precise as they were given (2018, 2018-05, 2018-05-07), and the annotations that show them.</source>
        <translation>Liste les relations de DOSSIER&#xa0;: identifiant, les deux entités, type (et libellé), rôle, dates de début et de fin aussi précises qu’indiquées (2018, 2018-05, 2018-05-07), et les annotations qui les montrent.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>%1 has no relationships yet.</source>
        <translation>%1 ne contient encore aucune relation.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An entity in a listing: %1 its name, %2 its id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column headings of the relationship list; keep them short</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>À</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>PIÈCES</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>A relationship type with its own label, e.g. UnknownLink “contrat”</extracomment>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RemoveSourceCommand</name>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ReplaceCommand</name>
    <message>
        <source>Replace a source with a newer version of it, keeping the previous one in its history.</source>
        <translation>Remplacer une source par une version plus récente, en gardant la précédente dans son historique.</translation>
    </message>
    <message>
        <source>Reads FILE, a newer version of source SOURCE_ID of the same kind (a web article that changed since it was imported), and puts it in place of the source&apos;s content. The previous version stays in the source&apos;s history (see “history”). Every annotated passage is found again: kept where it was, moved to where its quote now is, or orphaned when its quote is gone; orphans keep their quote and are listed for review. A file identical to the current version changes nothing; a file that is another source&apos;s is refused. With --json, one object with the source, the new version number and the kept, moved and orphaned passages.</source>
        <translation>Lit FICHIER, une version plus récente et du même type de la source SOURCE_ID (un article web modifié depuis son import), et le met à la place du contenu de la source. La version précédente reste dans l’historique de la source (voir «&#xa0;history&#xa0;»). Chaque passage annoté est retrouvé&#xa0;: conservé à sa place, déplacé là où se trouve maintenant sa citation, ou orphelin quand sa citation a disparu&#x202f;; les orphelins gardent leur citation et sont listés pour être revus. Un fichier identique à la version actuelle ne change rien&#x202f;; un fichier qui est celui d’une autre source est refusé. Avec --json, un objet avec la source, le nouveau numéro de version et les passages conservés, déplacés et orphelins.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The source&apos;s id, as “sources” lists it.</source>
        <translation>L’identifiant de la source, tel que «&#xa0;sources&#xa0;» le liste.</translation>
    </message>
    <message>
        <source>The newer version of the source.</source>
        <translation>La version plus récente de la source.</translation>
    </message>
    <message>
        <source>Password for a protected PDF.</source>
        <translation>Mot de passe d’un PDF protégé.</translation>
    </message>
    <message>
        <source>“%1” is not a source id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de source&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>%1 is the current version of source %2 “%3” already; nothing was changed.</source>
        <translation>%1 est déjà la version actuelle de la source %2 «&#xa0;%3&#xa0;»&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Source %1 “%2” is now version %3, from %4.</source>
        <translation>La source %1 «&#xa0;%2&#xa0;» est maintenant à la version %3, tirée de %4.</translation>
    </message>
    <message>
        <source>Passages kept: %1; moved: %2; orphaned: %3.</source>
        <extracomment>The three counts of a re-anchoring report</extracomment>
        <translation>Passages conservés&#xa0;: %1&#x202f;; déplacés&#xa0;: %2&#x202f;; orphelins&#xa0;: %3.</translation>
    </message>
    <message>
        <source>mention (anchor %1): %2</source>
        <translation>mention (ancre %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>annotation %1: %2</source>
        <translation>annotation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Moved:</source>
        <translation>Déplacés&#xa0;:</translation>
    </message>
    <message>
        <source>Orphaned (their quote is gone; review them in Recoupe or with “annotations”):</source>
        <translation>Orphelins (leur citation a disparu&#x202f;; revoyez-les dans Recoupe ou avec «&#xa0;annotations&#xa0;»)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReplaceSourceContentCommand</name>
    <message>
        <source>Replace “%1” with a newer version</source>
        <extracomment>Undo/redo action name</extracomment>
        <translation>Remplacer «&#xa0;%1&#xa0;» par une version plus récente</translation>
    </message>
</context>
<context>
    <name>RevolvingDoor</name>
    <message>
        <source>%1 left %2 (%3) and joined %4 (%5) %6; the employer has dealings with the body.</source>
        <extracomment>%1 the person, %2 the public body, %3 the day they left, %4 the employer, %5 the day they joined, %6 how long after leaving (&quot;the next day&quot;, &quot;3 months later&quot;)</extracomment>
        <translation>%1 a quitté %2 (%3) et rejoint %4 (%5) %6&#x202f;; l’employeur est en relation d’affaires avec l’organisme.</translation>
    </message>
    <message>
        <source>Restriction until %1.</source>
        <translation>Restriction jusqu’au %1.</translation>
    </message>
    <message>
        <source>the same year</source>
        <translation>la même année</translation>
    </message>
    <message>
        <source>the next year</source>
        <translation>l’année suivante</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) before leaving</source>
        <translation>
            <numerusform>%n an avant le départ</numerusform>
            <numerusform>%n ans avant le départ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) later</source>
        <translation>
            <numerusform>%n an plus tard</numerusform>
            <numerusform>%n ans plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>the same month</source>
        <translation>le même mois</translation>
    </message>
    <message>
        <source>the next month</source>
        <translation>le mois suivant</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) before leaving</source>
        <translation>
            <numerusform>%n mois avant le départ</numerusform>
            <numerusform>%n mois avant le départ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) later</source>
        <translation>
            <numerusform>%n mois plus tard</numerusform>
            <numerusform>%n mois plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <source>the next day</source>
        <translation>le lendemain</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before leaving</source>
        <translation>
            <numerusform>%n jour avant le départ</numerusform>
            <numerusform>%n jours avant le départ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n jour plus tard</numerusform>
            <numerusform>%n jours plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) and %1 later</source>
        <extracomment>%1 a number of days (&quot;3 days&quot;): &quot;14 months and 3 days later&quot;</extracomment>
        <translation>
            <numerusform>%n mois et %1 plus tard</numerusform>
            <numerusform>%n mois et %1 plus tard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Restriction until %1</source>
        <extracomment>A cooling-off or another restriction read in the evidence, %1 its last day</extracomment>
        <translation>Restriction jusqu’au %1</translation>
    </message>
    <message>
        <source>Contract ends %1</source>
        <extracomment>%1 the end date of a contract read in the evidence</extracomment>
        <translation>Fin du contrat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role ends %1</source>
        <extracomment>%1 the end date of a post or a mandate read in the evidence</extracomment>
        <translation>Fin de fonctions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unsure what ends %1</source>
        <extracomment>An end date read in the evidence whose words do not say what ends then</extracomment>
        <translation>Fin incertaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <extracomment>Where a date was read: %1 the passage, %2 its source&apos;s title</extracomment>
        <translation>«&#xa0;%1&#xa0;» — %2</translation>
    </message>
    <message>
        <source>claim %1: “%2”</source>
        <extracomment>Where a date was read: %1 the claim&apos;s number, %2 its text</extracomment>
        <translation>affirmation %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>note of relationship %1: “%2”</source>
        <extracomment>Where a date was read: %1 the relationship&apos;s number, %2 its note</extracomment>
        <translation>note de la relation %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RevolvingDoorCommand</name>
    <message>
        <source>Find people who left a public body for a company that deals with it.</source>
        <translation>Trouver les personnes qui ont quitté un organisme public pour une entreprise en relation avec lui.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The longest delay between leaving and joining, in months (0 to %1; 36 by default).</source>
        <translation>Le délai maximal entre le départ et l’arrivée, en mois (de 0 à %1&#x202f;; 36 par défaut).</translation>
    </message>
    <message>
        <source>--months expects a number from 0 to %1, not “%2”.</source>
        <translation>--months attend un nombre de 0 à %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the relationships of %1: %2</source>
        <translation>Impossible de lire les relations de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>No one in %1 left a public body for a company or an organization dealing with it within %n month(s).</source>
        <translation>
            <numerusform>Personne dans %1 n’a quitté un organisme public pour une entreprise ou une organisation en relation avec lui en moins de %n mois.</numerusform>
            <numerusform>Personne dans %1 n’a quitté un organisme public pour une entreprise ou une organisation en relation avec lui en moins de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationships: %1. Evidence: %2.</source>
        <extracomment>%1 relationship ids, %2 annotation ids</extracomment>
        <translation>Relations&#xa0;: %1. Pièces justificatives&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Finds, in the relationships of DOSSIER, each person who held a role at a public body (Employment, Membership, Directorship or Occupancy) and took a role at a company or an organization within N months of leaving (36 by default), when that employer (or its group) has any relationship with the body (or its ministry, its directorates). Dates count as precise as they are: a move counts when it can have happened within the delay, and the time between leaving and joining is given at the precision of the two dates. Dates after the move are read from the claims, the relationships&apos; notes and their evidence, each typed by what it ends (a restriction such as “jusqu&apos;au 8 septembre 2018 inclus”, a contract, a role, or unsure) and listed once with every place it was read. Finding no one is not an error.</source>
        <translation>Trouve, dans les relations de DOSSIER, chaque personne qui a occupé un rôle dans un organisme public (Employment, Membership, Directorship ou Occupancy) et pris un rôle dans une entreprise ou une organisation dans les N mois suivant son départ (36 par défaut), lorsque cet employeur (ou son groupe) a une relation quelconque avec l’organisme (ou son ministère, ses directions). Les dates comptent avec leur précision&#xa0;: un départ compte s’il a pu avoir lieu dans le délai, et le temps entre départ et arrivée est donné à la précision des deux dates. Les dates postérieures au départ sont lues dans les affirmations, les notes des relations et leurs preuves, chacune classée selon ce qu’elle termine (une restriction comme «&#xa0;jusqu’au 8 septembre 2018 inclus&#xa0;», un contrat, une fonction, ou incertain) et listée une fois avec chaque endroit où elle a été lue. Ne trouver personne n’est pas une erreur.</translation>
    </message>
</context>
<context>
    <name>RoleName</name>
    <message>
        <source>director</source>
        <comment>woman</comment>
        <extracomment>The role of a woman who heads an agency or a department</extracomment>
        <translation>directrice</translation>
    </message>
    <message>
        <source>director</source>
        <comment>man</comment>
        <extracomment>The role of a man who heads an agency or a department</extracomment>
        <translation>directeur</translation>
    </message>
    <message>
        <source>director</source>
        <comment>gender unknown</comment>
        <extracomment>The role of someone (man or woman, unknown) who heads an agency; name the function, not the person</extracomment>
        <translation>direction</translation>
    </message>
    <message>
        <source>head of public sector</source>
        <comment>woman</comment>
        <extracomment>The role of a woman in charge of a company&apos;s public-sector customers</extracomment>
        <translation>responsable du secteur public</translation>
    </message>
    <message>
        <source>head of public sector</source>
        <comment>man</comment>
        <extracomment>The role of a man in charge of a company&apos;s public-sector customers</extracomment>
        <translation>responsable du secteur public</translation>
    </message>
    <message>
        <source>head of public sector</source>
        <comment>gender unknown</comment>
        <extracomment>The role of someone (man or woman, unknown) in charge of a company&apos;s public-sector customers</extracomment>
        <translation>responsable du secteur public</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is not a Recoupe dossier (it is not an SQLite database: %2).</source>
        <translation>%1 n’est pas un dossier Recoupe (ce n’est pas une base SQLite&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Recoupe dossier; it was left untouched.</source>
        <translation>%1 est une base SQLite mais pas un dossier Recoupe&#x202f;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Recoupe (dossier format %2; this version reads up to %3). It was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de Recoupe (format de dossier %2&#x202f;; cette version lit jusqu’au %3). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot update %1: %2</source>
        <translation>Impossible de mettre à jour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot update %1 to dossier format %2: %3</source>
        <translation>Impossible de mettre à jour %1 au format de dossier %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot use write-ahead logging on %1: %2</source>
        <translation>Impossible d’utiliser la journalisation en écriture anticipée (WAL) sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Open a backup copy of it.</source>
        <translation>%1 est endommagé et ne peut pas être lu (%2). Ouvrez-en une copie de sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 holds database objects that Recoupe did not write: %2. They could run code inside your dossier, so it was not opened and was left untouched. A cleaned copy keeps all the sources and everything said about them, without these objects.</source>
        <translation>%1 contient des objets de base de données que Recoupe n’a pas écrits&#xa0;: %2. Ils pourraient exécuter du code dans votre dossier&#x202f;; il n’a donc pas été ouvert et n’a pas été modifié. Une copie nettoyée garde toutes les sources et tout ce qui en a été dit, sans ces objets.</translation>
    </message>
    <message>
        <source>trigger “%1” on %2</source>
        <translation>déclencheur «&#xa0;%1&#xa0;» sur %2</translation>
    </message>
    <message>
        <source>index “%1” on %2</source>
        <translation>index «&#xa0;%1&#xa0;» sur %2</translation>
    </message>
    <message>
        <source>view “%1”</source>
        <translation>vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>table “%1”</source>
        <translation>table «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>%1 is an SQLite object type, %2 its name</extracomment>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (its definition was changed)</source>
        <extracomment>%1 names a database object, e.g. trigger “annotations_ai” on annotations</extracomment>
        <translation>%1 (sa définition a été modifiée)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <extracomment>%1 names a database object, e.g. trigger “annotations_ai” on annotations</extracomment>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <source>Cannot read the structure of %1: %2.</source>
        <translation>Impossible de lire la structure de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a link from table %1 to table %2 is broken</source>
        <translation>un lien de la table %1 vers la table %2 est rompu</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search the texts, notes and claims of a dossier.</source>
        <translation>Rechercher dans les textes, notes et affirmations d’un dossier.</translation>
    </message>
    <message>
        <source>Searches the sources&apos; texts, the annotations&apos; notes and the claims of DOSSIER, ignoring case and accents (“deontologie” finds “déontologie”), and prints the best matches first. Words side by side must all occur in the same passage; use quotes for a phrase, OR between alternatives, NOT before a word to leave out, and * after a word&apos;s beginning. Text hits give the offset of the first match in the source&apos;s text, as “show” prints it. The exit status is 1 when nothing matches.</source>
        <translation>Cherche dans les textes des sources, les notes des annotations et les affirmations de DOSSIER, sans tenir compte de la casse ni des accents («&#xa0;deontologie&#xa0;» trouve «&#xa0;déontologie&#xa0;»), et affiche les meilleures correspondances d’abord. Des mots côte à côte doivent tous apparaître dans le même passage&#x202f;; utilisez des guillemets pour une expression, OR entre des variantes, NOT devant un mot à exclure, et * après le début d’un mot. Les résultats dans le texte donnent la position de la première correspondance dans le texte de la source, telle que «&#xa0;show&#xa0;» l’affiche. Le code de sortie vaut 1 si rien ne correspond.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>Words to find; several arguments are joined by spaces.</source>
        <translation>Mots à trouver&#x202f;; plusieurs arguments sont joints par des espaces.</translation>
    </message>
    <message>
        <source>Print at most N matches (%1 by default).</source>
        <translation>Afficher au plus N correspondances (%1 par défaut).</translation>
    </message>
    <message>
        <source>--limit expects a number of matches from 1 to %1, not “%2”.</source>
        <translation>--limit attend un nombre de correspondances de 1 à %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” has nothing to search for.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient rien à chercher.</translation>
    </message>
    <message>
        <source>source %1 “%2”, offset %3, page %4</source>
        <extracomment>A search hit: %1 source id, %2 title, %3 offset in the text, %4 page</extracomment>
        <translation>source %1 «&#xa0;%2&#xa0;», position %3, page %4</translation>
    </message>
    <message>
        <source>source %1 “%2”, offset %3</source>
        <extracomment>A search hit: %1 source id, %2 title, %3 offset in the text</extracomment>
        <translation>source %1 «&#xa0;%2&#xa0;», position %3</translation>
    </message>
    <message>
        <source>note of annotation %1 on source %2 “%3”</source>
        <extracomment>A search hit in a note: %1 annotation id, %2 source id, %3 source title</extracomment>
        <translation>note de l’annotation %1 sur la source %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>claim %1</source>
        <extracomment>A search hit in a claim: %1 claim id</extracomment>
        <translation>affirmation %1</translation>
    </message>
    <message>
        <source>Nothing in %1 matches “%2”.</source>
        <translation>Rien dans %1 ne correspond à «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Searcher</name>
    <message>
        <source>Cannot search %1: %2</source>
        <translation>Impossible de chercher dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>La recherche a été interrompue.</translation>
    </message>
    <message>
        <source>Nothing to search for: type a word or a phrase to find (words after NOT are only left out).</source>
        <translation>Rien à chercher&#xa0;: tapez un mot ou une expression à trouver (les mots après NOT sont seulement exclus).</translation>
    </message>
    <message>
        <source>Nothing to search for: type a word or a phrase to find.</source>
        <translation>Rien à chercher&#xa0;: tapez un mot ou une expression à trouver.</translation>
    </message>
</context>
<context>
    <name>SharedCommand</name>
    <message>
        <source>List the passages sources share, verbatim or nearly.</source>
        <translation>Lister les passages communs à des sources, mot pour mot ou presque.</translation>
    </message>
    <message>
        <source>Finds the passages two sources share: the same sentence, quote, date or figure, verbatim or lightly reworded (accents, case, punctuation and a few changed words do not count). With SOURCE_A and SOURCE_B, lists what those two share; without, lists each passage repeated across the dossier&apos;s sources and where each source has it. A passage is reported from 8 identical words, or 5 when they include a number (a date, an amount). Offsets are UTF-16 code units into each source&apos;s text, as “show” prints it.</source>
        <translation>Trouve les passages communs à deux sources&#xa0;: la même phrase, citation, date ou le même chiffre, mot pour mot ou légèrement reformulés (les accents, la casse, la ponctuation et quelques mots changés ne comptent pas). Avec SOURCE_A et SOURCE_B, liste ce que ces deux-là ont en commun&#x202f;; sans, liste chaque passage repris d’une source du dossier à l’autre et où chaque source le contient. Un passage est signalé à partir de 8 mots identiques, ou de 5 s’ils comprennent un nombre (une date, un montant). Les positions sont en unités de code UTF-16 dans le texte de chaque source, tel que «&#xa0;show&#xa0;» l’affiche.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>A source&apos;s id, as “sources” lists it.</source>
        <translation>L’identifiant d’une source, tel que «&#xa0;sources&#xa0;» le liste.</translation>
    </message>
    <message>
        <source>The other source&apos;s id.</source>
        <translation>L’identifiant de l’autre source.</translation>
    </message>
    <message>
        <source>Report only passages of N identical words or more (by default 8, or 5 when they include a number).</source>
        <translation>Ne signaler que les passages de N mots identiques ou plus (par défaut 8, ou 5 s’ils comprennent un nombre).</translation>
    </message>
    <message>
        <source>Give two sources to compare, or none to compare them all.</source>
        <translation>Indiquez deux sources à comparer, ou aucune pour les comparer toutes.</translation>
    </message>
    <message>
        <source>--min-words expects a number of words from 1, not “%1”.</source>
        <translation>--min-words attend un nombre de mots à partir de 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a source id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de source&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>Give two different sources.</source>
        <translation>Indiquez deux sources différentes.</translation>
    </message>
    <message numerus="yes">
        <source>Sources %1 “%2” and %3 “%4” share %n passage(s).</source>
        <translation>
            <numerusform>Les sources %1 «&#xa0;%2&#xa0;» et %3 «&#xa0;%4&#xa0;» ont %n passage commun.</numerusform>
            <numerusform>Les sources %1 «&#xa0;%2&#xa0;» et %3 «&#xa0;%4&#xa0;» ont %n passages communs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 in %3, %4–%5 in %6: %7 words, %8 % identical</source>
        <extracomment>One shared passage: its place in each source, identical words, share of identical words</extracomment>
        <translation>%1–%2 dans %3, %4–%5 dans %6&#xa0;: %7&#xa0;mots, %8&#x202f;% identiques</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) repeated across sources.</source>
        <translation>
            <numerusform>%n passage repris d’une source à l’autre.</numerusform>
            <numerusform>%n passages repris d’une source à l’autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s), %1 words: %2</source>
        <translation>
            <numerusform>%n source, %1&#xa0;mots&#xa0;: %2</numerusform>
            <numerusform>%n sources, %1&#xa0;mots&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 “%2”, %3–%4</source>
        <extracomment>A place where a shared passage appears: source id, title, offsets in its text</extracomment>
        <translation>  %1 «&#xa0;%2&#xa0;», %3–%4</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Print a source&apos;s details and its text.</source>
        <translation>Afficher les informations d’une source et son texte.</translation>
    </message>
    <message>
        <source>Prints the details of source SOURCE_ID, then its canonical text: the plain text Recoupe extracted, in which every offset (search hits, annotations) is counted, in UTF-16 code units. With --json, one object with the fields of “sources --json” and a “text” field.</source>
        <translation>Affiche les informations de la source SOURCE_ID, puis son texte canonique&#xa0;: le texte brut extrait par Recoupe, dans lequel toutes les positions (résultats de recherche, annotations) sont comptées, en unités de code UTF-16. Avec --json, un objet avec les champs de «&#xa0;sources --json&#xa0;» et un champ «&#xa0;text&#xa0;».</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The source&apos;s id, as “sources” lists it.</source>
        <translation>L’identifiant de la source, tel que «&#xa0;sources&#xa0;» le liste.</translation>
    </message>
    <message>
        <source>Only the text from offset START (included) to END (excluded); either may be left out (“100:”, “:500”).</source>
        <translation>Seulement le texte de la position START (incluse) à END (exclue)&#x202f;; l’une ou l’autre peut être omise («&#xa0;100:&#xa0;», «&#xa0;:500&#xa0;»).</translation>
    </message>
    <message>
        <source>Print only the text, without the details.</source>
        <translation>Afficher seulement le texte, sans les informations.</translation>
    </message>
    <message>
        <source>“%1” is not a source id; ids are whole numbers from 1.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de source&#x202f;; les identifiants sont des nombres entiers à partir de 1.</translation>
    </message>
    <message>
        <source>--range expects START:END, two offsets such as 120:480, not “%1”.</source>
        <translation>--range attend START:END, deux positions comme 120:480, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The range %1:%2 lies outside source %3 of %4, which has %5 characters.</source>
        <translation>L’intervalle %1:%2 est hors de la source %3 de %4, qui compte %5 caractères.</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Field labels of “show”, printed before the values in one column</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Joint à</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
</context>
<context>
    <name>SonnetSpellChecker</name>
    <message>
        <source>The Sonnet spell-checking library found no spelling backend: its plugins are not installed (on Debian, the package sonnet6-plugins).</source>
        <extracomment>Sonnet is the name of the KDE spell-checking library; sonnet6-plugins a Debian package</extracomment>
        <translation>La bibliothèque de vérification orthographique Sonnet n’a trouvé aucun moteur orthographique&#xa0;: ses greffons ne sont pas installés (sous Debian, le paquet sonnet6-plugins).</translation>
    </message>
</context>
<context>
    <name>SourceImporter</name>
    <message>
        <source>No file was given to import.</source>
        <translation>Aucun fichier à importer n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist (%2).</source>
        <translation>%1 est un lien vers un fichier qui n’existe pas (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist. It may have been moved, renamed or deleted.</source>
        <translation>%1 n’existe pas. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Import it as a folder to import the files inside it.</source>
        <translation>%1 est un répertoire, pas un fichier. Importez-le comme répertoire pour importer les fichiers qu’il contient.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a socket or a pipe) and cannot be imported.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un périphérique, une socket ou un tube) et ne peut pas être importé.</translation>
    </message>
    <message>
        <source>%1 cannot be read: you do not have permission to open it.</source>
        <translation>%1 ne peut pas être lu&#xa0;: vous n’avez pas le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 est vide&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>%1 has no file name extension and its content is not one Recoupe recognises. Recoupe imports files ending in %2.</source>
        <translation>%1 n’a pas d’extension et son contenu n’est pas d’un type que Recoupe reconnaît. Recoupe importe les fichiers se terminant par %2.</translation>
    </message>
    <message>
        <source>%1 is a kind of file Recoupe does not import (.%2). Recoupe imports files ending in %3.</source>
        <translation>%1 est d’un type de fichier que Recoupe n’importe pas (.%2). Recoupe importe les fichiers se terminant par %3.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing of it was kept.</source>
        <translation>L’import de %1 a été annulé&#x202f;; rien n’en a été conservé.</translation>
    </message>
    <message>
        <source>%1 disappeared before it could be read.</source>
        <translation>%1 a disparu avant de pouvoir être lu.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end: %2.</source>
        <translation>%1 n’a pas pu être lu jusqu’au bout&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 was imported before and removed; it could not be put back: %2</source>
        <translation>%1 avait été importé puis retiré&#x202f;; il n’a pas pu être rétabli&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 had been imported before as “%2” and then removed; it is back in the library.</source>
        <translation>%1 avait été importé sous le titre «&#xa0;%2&#xa0;» puis retiré&#x202f;; il est de retour dans la bibliothèque.</translation>
    </message>
    <message>
        <source>%1 is already in the dossier as “%2”.</source>
        <translation>%1 est déjà dans le dossier sous le titre «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 was not imported: the dossier cannot be written to (%2).</source>
        <translation>%1 n’a pas été importé&#xa0;: impossible d’écrire dans le dossier (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: another program kept the dossier locked for %n minute(s).</source>
        <translation>
            <numerusform>%1 n’a pas été importé&#xa0;: un autre programme a gardé le dossier verrouillé pendant %n minute.</numerusform>
            <numerusform>%1 n’a pas été importé&#xa0;: un autre programme a gardé le dossier verrouillé pendant %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot store the source %1: %2</source>
        <translation>Impossible d’enregistrer la source %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write to the dossier: %1</source>
        <translation>Impossible d’écrire dans le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the sources of %1: %2</source>
        <translation>Impossible d’enregistrer les sources de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Every message of %1 is already in the dossier.</source>
        <translation>Tous les messages de %1 sont déjà dans le dossier.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of %1 were already in the dossier and were not imported again.</source>
        <translation>
            <numerusform>%n message de %1 était déjà dans le dossier et n’a pas été importé à nouveau.</numerusform>
            <numerusform>%n messages de %1 étaient déjà dans le dossier et n’ont pas été importés à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No importer reads “%1” again.</source>
        <translation>Aucun importateur ne peut relire «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <source>Cannot write to the dossier: %1</source>
        <translation>Impossible d’écrire dans le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the source %1: %2</source>
        <translation>Impossible d’enregistrer la source %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot store the original bytes of %1: %2</source>
        <translation>Impossible d’enregistrer les octets originaux de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot index the text of %1: %2</source>
        <translation>Impossible d’indexer le texte de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot store the pages of %1: %2</source>
        <translation>Impossible d’enregistrer les pages de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This content is already in the dossier as source %1.</source>
        <translation>Ce contenu est déjà dans le dossier comme source %1.</translation>
    </message>
    <message>
        <source>Cannot replace the content of source %1: %2</source>
        <translation>Impossible de remplacer le contenu de la source %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no source %1 in this dossier.</source>
        <translation>Il n’y a pas de source %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot update the source: %1</source>
        <translation>Impossible de mettre à jour la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot keep version %1 of source %2: %3</source>
        <translation>Impossible de garder la version %1 de la source %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot remove version %1 of source %2: %3</source>
        <translation>Impossible de retirer la version %1 de la source %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The attachment %1 is already in the dossier as “%2”; it was not stored again.</source>
        <translation>La pièce jointe %1 est déjà dans le dossier sous le titre «&#xa0;%2&#xa0;»&#x202f;; elle n’a pas été enregistrée une seconde fois.</translation>
    </message>
    <message>
        <source>Cannot store the headers of the message %1: %2</source>
        <translation>Impossible d’enregistrer les en-têtes du message %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SourceTypesetter</name>
    <message>
        <source>web page (HTML)</source>
        <translation>page web (HTML)</translation>
    </message>
    <message>
        <source>Markdown document</source>
        <translation>document Markdown</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texte brut</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <extracomment>Provenance block of a typeset source</extracomment>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Canonical address: %1</source>
        <translation>Adresse canonique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>Éditeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Auteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>SHA-256 of the original file (%n byte(s)): %1</source>
        <translation>
            <numerusform>SHA-256 du fichier original (%n octet)&#xa0;: %1</numerusform>
            <numerusform>SHA-256 du fichier original (%n octets)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(This source has no text.)</source>
        <translation>(Cette source n’a pas de texte.)</translation>
    </message>
    <message>
        <source>Cannot typeset “%1”: %2</source>
        <translation>Impossible de composer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>e-mail message</source>
        <translation>message électronique</translation>
    </message>
    <message>
        <source>office document</source>
        <translation>document bureautique</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>List the sources of a dossier.</source>
        <translation>Lister les sources d’un dossier.</translation>
    </message>
    <message>
        <source>Lists the sources of DOSSIER in import order: id, kind, length in characters, number of annotations and title. With --json: id, title, kind, origin, sha256, publisher, author, published, language, imported_at, pages, characters, annotations and more, for each source.</source>
        <translation>Liste les sources de DOSSIER dans l’ordre d’import&#xa0;: identifiant, type, longueur en caractères, nombre d’annotations et titre. Avec --json&#xa0;: id, title, kind, origin, sha256, publisher, author, published, language, imported_at, pages, characters, annotations et plus encore, pour chaque source.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>%1 has no sources yet.</source>
        <translation>%1 ne contient encore aucune source.</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column headings of the source list; keep them short</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>CHARACTERS</source>
        <translation>CARACTÈRES</translation>
    </message>
    <message>
        <source>PAGES</source>
        <translation>PAGES</translation>
    </message>
    <message>
        <source>ANNOTATIONS</source>
        <translation>ANNOTATIONS</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>No language was given for spell checking.</source>
        <translation>Aucune langue n’a été indiquée pour la vérification orthographique.</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed for “%1”, nor for any other language (spell-check library: %2). Install a dictionary package, such as hunspell-fr for French.</source>
        <extracomment>%1 is a language code such as fr_FR; %2 the spell-check library (hunspell, sonnet)</extracomment>
        <translation>Aucun dictionnaire orthographique n’est installé pour «&#xa0;%1&#xa0;», ni pour aucune autre langue (bibliothèque orthographique&#xa0;: %2). Installez un paquet de dictionnaire, comme hunspell-fr pour le français.</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed for “%1”. Installed dictionaries: %2.</source>
        <extracomment>%1 is the requested language code, %2 the list of installed ones</extracomment>
        <translation>Aucun dictionnaire orthographique n’est installé pour «&#xa0;%1&#xa0;». Dictionnaires installés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” was not added: this spell checker is not attached to a dossier.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été ajouté&#xa0;: ce correcteur orthographique n’est rattaché à aucun dossier.</translation>
    </message>
</context>
<context>
    <name>StemmingTokenizer</name>
    <message>
        <source>This SQLite library has no full-text search (FTS5).</source>
        <translation>Cette bibliothèque SQLite n’a pas de recherche plein texte (FTS5).</translation>
    </message>
    <message>
        <source>Cannot set up full-text search: %1</source>
        <translation>Impossible de préparer la recherche plein texte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message>
        <source>An entity needs a name.</source>
        <translation>Une entité a besoin d’un nom.</translation>
    </message>
    <message>
        <source>“%1” is not an entity type; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’entité&#x202f;; utilisez l’un de ceux-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Accept “%1”</source>
        <translation>Accepter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There is no entity %1 in this dossier.</source>
        <translation>Il n’y a pas d’entité %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>This suggestion has no name to reject.</source>
        <translation>Cette suggestion n’a pas de nom à rejeter.</translation>
    </message>
</context>
<context>
    <name>TagStore</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A tag name cannot contain “/”, which separates levels of the codebook.</source>
        <translation>Un nom d’étiquette ne peut pas contenir «&#xa0;/&#xa0;», qui sépare les niveaux de la grille de codage.</translation>
    </message>
    <message>
        <source>The codebook already has a tag “%1” there.</source>
        <translation>La grille de codage a déjà une étiquette «&#xa0;%1&#xa0;» à cet endroit.</translation>
    </message>
    <message>
        <source>Cannot add the tag “%1”: %2</source>
        <translation>Impossible d’ajouter l’étiquette «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>A tag cannot be moved under itself.</source>
        <translation>Une étiquette ne peut pas être déplacée sous elle-même.</translation>
    </message>
    <message>
        <source>Cannot change the tag “%1”: %2</source>
        <translation>Impossible de modifier l’étiquette «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no tag %1 in this dossier.</source>
        <translation>Il n’y a pas d’étiquette %1 dans ce dossier.</translation>
    </message>
    <message>
        <source>Cannot delete the tag: %1</source>
        <translation>Impossible de supprimer l’étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot restore the tag: %1</source>
        <translation>Impossible de rétablir l’étiquette&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TagsCommand</name>
    <message>
        <source>Print the codebook: tags as a tree, with colors and use counts.</source>
        <translation>Afficher la grille de codage&#xa0;: les étiquettes en arbre, avec leurs couleurs et leurs usages.</translation>
    </message>
    <message>
        <source>Prints the codebook of DOSSIER as a tree: each tag with its color and the number of annotations that carry it. With --json, a flat list, parents before children, with each tag&apos;s path (“Level/Sub/Leaf”, as --tag takes it) and parent id.</source>
        <translation>Affiche la grille de codage de DOSSIER sous forme d’arbre&#xa0;: chaque étiquette avec sa couleur et le nombre d’annotations qui la portent. Avec --json, une liste à plat, les parents avant les enfants, avec le chemin de chaque étiquette («&#xa0;Niveau/Sous/Feuille&#xa0;», tel que --tag le prend) et l’identifiant de son parent.</translation>
    </message>
    <message>
        <source>The dossier file.</source>
        <translation>Le fichier du dossier.</translation>
    </message>
    <message>
        <source>The codebook is empty.</source>
        <translation>La grille de codage est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %n use(s)  (id %3)</source>
        <extracomment>A codebook line: %1 tag name, %2 its color, %n annotations carrying it, %3 its id</extracomment>
        <translation>
            <numerusform>%1  %2  %n usage  (id %3)</numerusform>
            <numerusform>%1  %2  %n usages  (id %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>Text files</source>
        <extracomment>File dialog filter name</extracomment>
        <translation>Fichiers texte</translation>
    </message>
    <message>
        <source>%1 does not look like a text file: it contains binary data. It may be another kind of document renamed to .txt.</source>
        <translation>%1 ne ressemble pas à un fichier texte&#xa0;: il contient des données binaires. C’est peut-être un autre type de document renommé en .txt.</translation>
    </message>
    <message>
        <source>%1 contains only blank space: there is no text to import.</source>
        <translation>%1 ne contient que des blancs&#xa0;: il n’y a aucun texte à importer.</translation>
    </message>
</context>
<context>
    <name>WebAnnotationImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON file: %2 (at byte %3).</source>
        <translation>%1 n’est pas un fichier JSON&#xa0;: %2 (à l’octet %3).</translation>
    </message>
    <message>
        <source>%1 holds no W3C Web Annotation.</source>
        <translation>%1 ne contient aucune W3C Web Annotation.</translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation>annotation %1</translation>
    </message>
    <message>
        <source>“%1”: it has no target Recoupe can read.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: elle n’a aucune cible que Recoupe sache lire.</translation>
    </message>
    <message>
        <source>“%1”: its source %2 is not in this dossier.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: sa source %2 n’est pas dans ce dossier.</translation>
    </message>
    <message>
        <source>“%1” in “%2”: it has no text quote nor text position.</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;: elle n’a ni citation ni position dans le texte.</translation>
    </message>
    <message>
        <source>“%1” is no longer in “%2”; it was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus dans «&#xa0;%2&#xa0;»&#x202f;; elle n’a pas été importée.</translation>
    </message>
    <message>
        <source>“%1” in “%2”: its position lies outside the text.</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;: sa position est hors du texte.</translation>
    </message>
    <message>
        <source>Import annotations from %1</source>
        <extracomment>Undo/redo action name</extracomment>
        <translation>Importer les annotations de %1</translation>
    </message>
    <message>
        <source>“%1” in “%2”: %3</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>“%1” in “%2” was found at a new place in the text.</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» a été retrouvée à un nouvel endroit du texte.</translation>
    </message>
    <message>
        <source>“%1” in “%2” was imported without one of its tags: %3</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» a été importée sans l’une de ses étiquettes&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>WebAnnotationWriter</name>
    <message>
        <source>Annotations of the dossier “%1”</source>
        <translation>Annotations du dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation>L’export vers %1 a été annulé.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reading desk for investigations.</source>
        <translation>Table de lecture pour les enquêtes.</translation>
    </message>
    <message>
        <source>The dossier file to open (the last one when omitted).</source>
        <translation>Le fichier de dossier à ouvrir (le dernier ouvert s’il est omis).</translation>
    </message>
    <message>
        <source>Open this source in a pane; repeat for side-by-side panes (up to 4).</source>
        <translation>Ouvrir cette source dans un volet&#x202f;; à répéter pour des volets côte à côte (4 au plus).</translation>
    </message>
    <message>
        <source>Open the sample dossier.</source>
        <translation>Ouvrir le dossier d’exemple.</translation>
    </message>
    <message>
        <source>Open the dossier (or the sample one), show the window for a second, print what is shown and quit.</source>
        <translation>Ouvrir le dossier (ou celui d’exemple), afficher la fenêtre une seconde, afficher ce qui est montré et quitter.</translation>
    </message>
    <message>
        <source>recoupe: one dossier at a time, not %1.</source>
        <translation>recoupe&#xa0;: un seul dossier à la fois, pas %1.</translation>
    </message>
    <message>
        <source>recoupe: --open takes a source number, not “%1”.</source>
        <translation>recoupe&#xa0;: --open prend un numéro de source, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--open needs a dossier to open the sources from.</source>
        <translation>--open demande un dossier d’où ouvrir les sources.</translation>
    </message>
    <message>
        <source>Recoupe</source>
        <translation>Recoupe</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
</context>
</TS>
