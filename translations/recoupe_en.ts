<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AddMentionsCommand</name>
    <message numerus="yes">
        <source>Mark %n mention(s)</source>
        <translation>
            <numerusform>Mark %n mention</numerusform>
            <numerusform>Mark %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchImport</name>
    <message numerus="yes">
        <source>%n file(s) in %1 skipped: Recoupe does not import their kind (%2).</source>
        <translation>
            <numerusform>%n file in %1 skipped: Recoupe does not import its kind (%2).</numerusform>
            <numerusform>%n files in %1 skipped: Recoupe does not import their kind (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 has %n problem.</numerusform>
            <numerusform>%1 has %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimCommand</name>
    <message numerus="yes">
        <source>Claim %1 rests on %n passage(s) from %2.</source>
        <extracomment>%1 a claim id, %2 "N distinct source(s)" with shared origins if any</extracomment>
        <translation>
            <numerusform>Claim %1 rests on %n passage from %2.</numerusform>
            <numerusform>Claim %1 rests on %n passages from %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanCommand</name>
    <message numerus="yes">
        <source>Wrote %1, a cleaned copy of %2 (%n row(s) copied).</source>
        <translation>
            <numerusform>Wrote %1, a cleaned copy of %2 (%n row copied).</numerusform>
            <numerusform>Wrote %1, a cleaned copy of %2 (%n rows copied).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message numerus="yes">
        <source>%1 takes %n argument(s); “%2” is one too many.</source>
        <translation>
            <numerusform>%1 takes %n argument; “%2” is one too many.</numerusform>
            <numerusform>%1 takes %n arguments; “%2” is one too many.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceOrigins</name>
    <message numerus="yes">
        <source>%n distinct source(s)</source>
        <extracomment>How many independent sources back a claim</extracomment>
        <translation>
            <numerusform>%n distinct source</numerusform>
            <numerusform>%n distinct sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n share their origin)</source>
        <extracomment>%1 is "N distinct source(s)"; the sources that count once because they share their origin</extracomment>
        <translation>
            <numerusform>%1 (%n shares its origin)</numerusform>
            <numerusform>%1 (%n share their origin)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>Source %1 “%2”, %3: its original file is kept byte for byte as the first %4 bytes (SHA-256 %5, as recorded at import); %n highlight(s) added after it.</source>
        <extracomment>%1 source id, %2 title, %3 "pages 1–4", %4 a byte count, %5 the SHA-256; %n highlights</extracomment>
        <translation>
            <numerusform>Source %1 “%2”, %3: its original file is kept byte for byte as the first %4 bytes (SHA-256 %5, as recorded at import); %n highlight added after it.</numerusform>
            <numerusform>Source %1 “%2”, %3: its original file is kept byte for byte as the first %4 bytes (SHA-256 %5, as recorded at import); %n highlights added after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source %1 “%2”, %3: the original PDF had to be rewritten, so its bytes are not the start of the file (see the warnings); %n highlight(s).</source>
        <translation>
            <numerusform>Source %1 “%2”, %3: the original PDF had to be rewritten, so its bytes are not the start of the file (see the warnings); %n highlight.</numerusform>
            <numerusform>Source %1 “%2”, %3: the original PDF had to be rewritten, so its bytes are not the start of the file (see the warnings); %n highlights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source %1 “%2”, %3: typeset from its text; %n highlight(s).</source>
        <translation>
            <numerusform>Source %1 “%2”, %3: typeset from its text; %n highlight.</numerusform>
            <numerusform>Source %1 “%2”, %3: typeset from its text; %n highlights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source %1 “%2”, %3: its pages are copied into the combined file, so its original bytes are not a prefix (export it alone for that); %n highlight(s).</source>
        <translation>
            <numerusform>Source %1 “%2”, %3: its pages are copied into the combined file, so its original bytes are not a prefix (export it alone for that); %n highlight.</numerusform>
            <numerusform>Source %1 “%2”, %3: its pages are copied into the combined file, so its original bytes are not a prefix (export it alone for that); %n highlights.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Source %1 “%2”, %3: the image set as pages, one per frame, with the text read by OCR invisible under it; %n highlight(s).</source>
        <extracomment>%1 source id, %2 title, %3 "pages 1–4"; %n highlights</extracomment>
        <translation>
            <numerusform>Source %1 “%2”, %3: the image set as pages, one per frame, with the text read by OCR invisible under it; %n highlight.</numerusform>
            <numerusform>Source %1 “%2”, %3: the image set as pages, one per frame, with the text read by OCR invisible under it; %n highlights.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphEdgeItem</name>
    <message numerus="yes">
        <source>%n passage(s) of evidence</source>
        <extracomment>Tooltip line on a graph edge; %n passages of evidence</extracomment>
        <translation>
            <numerusform>%n passage of evidence</numerusform>
            <numerusform>%n passages of evidence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightDeletion</name>
    <message numerus="yes">
        <source>Cited by %n claim(s): %1.</source>
        <translation>
            <numerusform>Cited by %n claim: %1.</numerusform>
            <numerusform>Cited by %n claims: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence of %n relationship(s): %1.</source>
        <translation>
            <numerusform>Evidence of %n relationship: %1.</numerusform>
            <numerusform>Evidence of %n relationships: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting it leaves %n of them with no evidence at all: %1.</source>
        <translation>
            <numerusform>Deleting it leaves it with no evidence at all: %1.</numerusform>
            <numerusform>Deleting it leaves %n of them with no evidence at all: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>Source %1 “%2” has no version %3: it has %n version(s).</source>
        <translation>
            <numerusform>Source %1 “%2” has no version %3: it has %n version.</numerusform>
            <numerusform>Source %1 “%2” has no version %3: it has %n versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAnnotationsCommand</name>
    <message numerus="yes">
        <source>Imported %n annotation(s) from %1.</source>
        <translation>
            <numerusform>Imported %n annotation from %1.</numerusform>
            <numerusform>Imported %n annotations from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were already in the dossier and were left as they were.</source>
        <translation>
            <numerusform>%n annotation was already in the dossier and was left as it was.</numerusform>
            <numerusform>%n annotations were already in the dossier and were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) of %1 could not be placed in %2.</source>
        <extracomment>%1 the file, %2 the dossier</extracomment>
        <translation>
            <numerusform>%n annotation of %1 could not be placed in %2.</numerusform>
            <numerusform>%n annotations of %1 could not be placed in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>The import was stopped; %n file(s) were not imported.</source>
        <translation>
            <numerusform>The import was stopped; %n file was not imported.</numerusform>
            <numerusform>The import was stopped; %n files were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSourcesCommand</name>
    <message numerus="yes">
        <source>Import %n source(s)</source>
        <extracomment>Undo/redo action name, %n is a number of sources</extracomment>
        <translation>
            <numerusform>Import %n source</numerusform>
            <numerusform>Import %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OcrCommand</name>
    <message numerus="yes">
        <source>Page %1: read in %2, mean confidence %3, %n word(s).</source>
        <translation>
            <numerusform>Page %1: read in %2, mean confidence %3, %n word.</numerusform>
            <numerusform>Page %1: read in %2, mean confidence %3, %n words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReassignMentionsCommand</name>
    <message numerus="yes">
        <source>Move %n mention(s)</source>
        <translation>
            <numerusform>Move %n mention</numerusform>
            <numerusform>Move %n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimEditor</name>
    <message numerus="yes">
        <source>Cite %n passage(s) in claim</source>
        <extracomment>Undo/redo action name</extracomment>
        <translation>
            <numerusform>Cite %n passage in claim</numerusform>
            <numerusform>Cite %n passages in claim</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimListModel</name>
    <message numerus="yes">
        <source>%n passage(s) cited</source>
        <extracomment>Claim summary: how many passages the claim cites</extracomment>
        <translation>
            <numerusform>%n passage cited</numerusform>
            <numerusform>%n passages cited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) cited as evidence, from %1</source>
        <extracomment>Tooltip of the evidence count: %1 is "N distinct source(s)", maybe with shared origins</extracomment>
        <translation>
            <numerusform>%n passage cited as evidence, from %1</numerusform>
            <numerusform>%n passages cited as evidence, from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::CodebookDock</name>
    <message numerus="yes">
        <source>%n passages carry the selected tags; the first %1 are listed.</source>
        <translation>
            <numerusform>%n passage carries the selected tags; the first %1 are listed.</numerusform>
            <numerusform>%n passages carry the selected tags; the first %1 are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) carry the selected tags:</source>
        <translation>
            <numerusform>%n passage carries the selected tags:</numerusform>
            <numerusform>%n passages carry the selected tags:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Color of %n tags</source>
        <translation>
            <numerusform>Color of %n tag</numerusform>
            <numerusform>Color of %n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put the %n selected tags under:</source>
        <translation>
            <numerusform>Put the selected tag under:</numerusform>
            <numerusform>Put the %n selected tags under:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tags</source>
        <translation>
            <numerusform>Delete %n tag</numerusform>
            <numerusform>Delete %n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ComparisonBar</name>
    <message numerus="yes">
        <source>— %n identical word(s), %1 % alike</source>
        <extracomment>After “Shared passage 3 of 12”: how alike the two sides of the passage are</extracomment>
        <translation>
            <numerusform>— %n identical word, %1 % alike</numerusform>
            <numerusform>— %n identical words, %1 % alike</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::Dossier</name>
    <message numerus="yes">
        <source>“%1” occurs %n time(s) in “%2”; there is no occurrence %3.</source>
        <translation>
            <numerusform>“%1” occurs %n time in “%2”; there is no occurrence %3.</numerusform>
            <numerusform>“%1” occurs %n times in “%2”; there is no occurrence %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::EntitiesDock</name>
    <message numerus="yes">
        <source>%n passage(s) of evidence</source>
        <extracomment>A relationship's evidence count, after its dates</extracomment>
        <translation>
            <numerusform>%n passage of evidence</numerusform>
            <numerusform>%n passages of evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities</source>
        <extracomment>Undo step; %n entities</extracomment>
        <translation>
            <numerusform>Delete %n entity</numerusform>
            <numerusform>Delete %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) deleted; Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%n entity deleted; Edit ▸ Undo brings it back.</numerusform>
            <numerusform>%n entities deleted; Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new mention(s) marked for review.</source>
        <extracomment>After Find Mentions; %n places</extracomment>
        <translation>
            <numerusform>%n new mention marked for review.</numerusform>
            <numerusform>%n new mentions marked for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) from %1. Accept, reject, rename or merge them; each is one step Edit ▸ Undo takes back.</source>
        <extracomment>After suggesting: %n suggestions, %1 the sources read ("12 sources")</extracomment>
        <translation>
            <numerusform>%n suggestion from %1. Accept, reject, rename or merge it; each is one step Edit ▸ Undo takes back.</numerusform>
            <numerusform>%n suggestions from %1. Accept, reject, rename or merge them; each is one step Edit ▸ Undo takes back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestions</source>
        <extracomment>Undo step; %n suggestions</extracomment>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities added; their mentions are marked for review.</source>
        <translation>
            <numerusform>%n entity added; its mentions are marked for review.</numerusform>
            <numerusform>%n entities added; their mentions are marked for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggestions</source>
        <translation>
            <numerusform>Reject %n suggestion</numerusform>
            <numerusform>Reject %n suggestions</numerusform>
        </translation>
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
            <numerusform>%1 of %n suggestion</numerusform>
            <numerusform>%1 of %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::EntityListModel</name>
    <message numerus="yes">
        <source>Named %n time(s) in the sources.</source>
        <extracomment>Tooltip of an entity: %n how many times the sources name it</extracomment>
        <translation>
            <numerusform>Named %n time in the sources.</numerusform>
            <numerusform>Named %n times in the sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them still to review.</source>
        <translation>
            <numerusform>%n of them still to review.</numerusform>
            <numerusform>%n of them still to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ExportDialog</name>
    <message numerus="yes">
        <source>The %n &amp;source(s) selected in the library</source>
        <translation>
            <numerusform>The %n &amp;source selected in the library</numerusform>
            <numerusform>The %n &amp;sources selected in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written with %n annotation(s).</source>
        <extracomment>After an export: %1 the file, %n annotations</extracomment>
        <translation>
            <numerusform>%1 written with %n annotation.</numerusform>
            <numerusform>%1 written with %n annotations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::GraphView</name>
    <message numerus="yes">
        <source>%n entity(ies) pinned where you put them; the next layout keeps them there.</source>
        <extracomment>Status bar after the user dragged entities on the graph; %n how many</extracomment>
        <translation>
            <numerusform>%n entity pinned where you put it; the next layout keeps it there.</numerusform>
            <numerusform>%n entities pinned where you put them; the next layout keeps them there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of evidence:</source>
        <translation>
            <numerusform>%n passage of evidence:</numerusform>
            <numerusform>%n passages of evidence:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This passage supports %n relationship(s), selected on the graph.</source>
        <extracomment>%n relationships</extracomment>
        <translation>
            <numerusform>This passage supports %n relationship, selected on the graph.</numerusform>
            <numerusform>This passage supports %n relationships, selected on the graph.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::LibraryDock</name>
    <message numerus="yes">
        <source>Library (%n)</source>
        <extracomment>Dock title; %n is the number of sources</extracomment>
        <translation>
            <numerusform>Library (%n)</numerusform>
            <numerusform>Library (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n source(s)</source>
        <extracomment>Undo/redo action name</extracomment>
        <translation>
            <numerusform>Remove %n source</numerusform>
            <numerusform>Remove %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) removed from the dossier; Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%n source removed from the dossier; Edit ▸ Undo brings it back.</numerusform>
            <numerusform>%n sources removed from the dossier; Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::MainWindow</name>
    <message numerus="yes">
        <source>%n annotation(s) imported.</source>
        <translation>
            <numerusform>%n annotation imported.</numerusform>
            <numerusform>%n annotations imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were already in the dossier.</source>
        <translation>
            <numerusform>%n annotation was already in the dossier.</numerusform>
            <numerusform>%n annotations were already in the dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were placed where their quote is now.</source>
        <translation>
            <numerusform>%n annotation was placed where its quote is now.</numerusform>
            <numerusform>%n annotations were placed where their quote is now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed.</source>
        <translation>
            <numerusform>%n annotation could not be placed.</numerusform>
            <numerusform>%n annotations could not be placed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) imported.</source>
        <translation>
            <numerusform>%n source imported.</numerusform>
            <numerusform>%n sources imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the dossier.</source>
        <translation>
            <numerusform>%n file already in the dossier.</numerusform>
            <numerusform>%n files already in the dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported: the import was cancelled.</source>
        <translation>
            <numerusform>%n file not imported: the import was cancelled.</numerusform>
            <numerusform>%n files not imported: the import was cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) need a password. Password to try:</source>
        <translation>
            <numerusform>%n PDF file needs a password. Password to try:</numerusform>
            <numerusform>%n PDF files need a password. Password to try:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::OrphanReviewDialog</name>
    <message numerus="yes">
        <source>The quote of %n highlight(s) is not in the new version. Find each again by its quote (shorten or edit it), or select the passage that now says it, then Attach to Selection; or delete it.</source>
        <translation>
            <numerusform>The quote of %n highlight is not in the new version. Find it again by its quote (shorten or edit it), or select the passage that now says it, then Attach to Selection; or delete it.</numerusform>
            <numerusform>The quote of %n highlights is not in the new version. Find each again by its quote (shorten or edit it), or select the passage that now says it, then Attach to Selection; or delete it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::PassageActions</name>
    <message numerus="yes">
        <source>“%1” is marked as a person (%n mention(s)).</source>
        <translation>
            <numerusform>“%1” is marked as a person (%n mention).</numerusform>
            <numerusform>“%1” is marked as a person (%n mentions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is marked as an institution (%n mention(s)).</source>
        <translation>
            <numerusform>“%1” is marked as an institution (%n mention).</numerusform>
            <numerusform>“%1” is marked as an institution (%n mentions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cited in “%1”, which now rests on %n passage(s).</source>
        <translation>
            <numerusform>Cited in “%1”, which now rests on %n passage.</numerusform>
            <numerusform>Cited in “%1”, which now rests on %n passages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ReaderPane</name>
    <message numerus="yes">
        <source>%n highlight(s) lost their passage</source>
        <translation>
            <numerusform>%n highlight lost its passage</numerusform>
            <numerusform>%n highlights lost their passage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::RevolvingDoorPanel</name>
    <message numerus="yes">
        <source>No one in this dossier left a public body for an employer dealing with it within %n month(s).</source>
        <translation>
            <numerusform>No one in this dossier left a public body for an employer dealing with it within %n month.</numerusform>
            <numerusform>No one in this dossier left a public body for an employer dealing with it within %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of someone leaving a public body for an employer dealing with it within %1:</source>
        <translation>
            <numerusform>%n case of someone leaving a public body for an employer dealing with it within %1:</numerusform>
            <numerusform>%n cases of someone leaving a public body for an employer dealing with it within %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <extracomment>Unit after the number in the revolving-door setting ("36 months"), agreeing with that number</extracomment>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::SearchDock</name>
    <message numerus="yes">
        <source>%n first result(s); ranking by relevance…</source>
        <translation>
            <numerusform>First result; ranking by relevance…</numerusform>
            <numerusform>%n first results; ranking by relevance…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most relevant results:</source>
        <translation>
            <numerusform>The most relevant result:</numerusform>
            <numerusform>The %n most relevant results:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), most relevant first:</source>
        <translation>
            <numerusform>%n result, most relevant first:</numerusform>
            <numerusform>%n results, most relevant first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::SharedPassagesDialog</name>
    <message numerus="yes">
        <source>%n source(s): %1</source>
        <extracomment>In View ▸ Shared Passages: how many sources repeat a passage, then their titles</extracomment>
        <translation>
            <numerusform>%n source: %1</numerusform>
            <numerusform>%n sources: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) repeated across sources. Double-click one to compare two of its sources on it.</source>
        <translation>
            <numerusform>%n passage repeated across sources. Double-click it to compare two of its sources on it.</numerusform>
            <numerusform>%n passages repeated across sources. Double-click one to compare two of its sources on it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ShortcutsDialog</name>
    <message numerus="yes">
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n shortcut</numerusform>
            <numerusform>%n shortcuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shortcut(s)</source>
        <translation>
            <numerusform>%1 of %n shortcut</numerusform>
            <numerusform>%1 of %n shortcuts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::SourceListModel</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::TagTreeModel</name>
    <message numerus="yes">
        <source>%n highlight(s) carry this tag.</source>
        <translation>
            <numerusform>%n highlight carries this tag.</numerusform>
            <numerusform>%n highlights carry this tag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevolvingDoor</name>
    <message numerus="yes">
        <source>%n year(s) before leaving</source>
        <translation>
            <numerusform>%n year before leaving</numerusform>
            <numerusform>%n years before leaving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) later</source>
        <translation>
            <numerusform>%n year later</numerusform>
            <numerusform>%n years later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) before leaving</source>
        <translation>
            <numerusform>%n month before leaving</numerusform>
            <numerusform>%n months before leaving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) later</source>
        <translation>
            <numerusform>%n month later</numerusform>
            <numerusform>%n months later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before leaving</source>
        <translation>
            <numerusform>%n day before leaving</numerusform>
            <numerusform>%n days before leaving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n day later</numerusform>
            <numerusform>%n days later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) and %1 later</source>
        <extracomment>%1 a number of days ("3 days"): "14 months and 3 days later"</extracomment>
        <translation>
            <numerusform>%n month and %1 later</numerusform>
            <numerusform>%n months and %1 later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevolvingDoorCommand</name>
    <message numerus="yes">
        <source>No one in %1 left a public body for a company or an organization dealing with it within %n month(s).</source>
        <translation>
            <numerusform>No one in %1 left a public body for a company or an organization dealing with it within %n month.</numerusform>
            <numerusform>No one in %1 left a public body for a company or an organization dealing with it within %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedCommand</name>
    <message numerus="yes">
        <source>Sources %1 “%2” and %3 “%4” share %n passage(s).</source>
        <translation>
            <numerusform>Sources %1 “%2” and %3 “%4” share %n passage.</numerusform>
            <numerusform>Sources %1 “%2” and %3 “%4” share %n passages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) repeated across sources.</source>
        <translation>
            <numerusform>%n passage repeated across sources.</numerusform>
            <numerusform>%n passages repeated across sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s), %1 words: %2</source>
        <translation>
            <numerusform>%n source, %1 words: %2</numerusform>
            <numerusform>%n sources, %1 words: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceImporter</name>
    <message numerus="yes">
        <source>%n message(s) of %1 were already in the dossier and were not imported again.</source>
        <translation>
            <numerusform>%n message of %1 was already in the dossier and was not imported again.</numerusform>
            <numerusform>%n messages of %1 were already in the dossier and were not imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: another program kept the dossier locked for %n minute(s).</source>
        <translation>
            <numerusform>%1 was not imported: another program kept the dossier locked for %n minute.</numerusform>
            <numerusform>%1 was not imported: another program kept the dossier locked for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceTypesetter</name>
    <message numerus="yes">
        <source>SHA-256 of the original file (%n byte(s)): %1</source>
        <translation>
            <numerusform>SHA-256 of the original file (%n byte): %1</numerusform>
            <numerusform>SHA-256 of the original file (%n bytes): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsCommand</name>
    <message numerus="yes">
        <source>%1  %2  %n use(s)  (id %3)</source>
        <extracomment>A codebook line: %1 tag name, %2 its color, %n annotations carrying it, %3 its id</extracomment>
        <translation>
            <numerusform>%1  %2  %n use  (id %3)</numerusform>
            <numerusform>%1  %2  %n uses  (id %3)</numerusform>
        </translation>
    </message>
</context>
</TS>