<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BulkImportProgress</name>
    <message>
        <source>Import Folder of Akoma Ntoso Resolutions</source>
        <translation>Importer un dossier de résolutions Akoma Ntoso</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importation...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)...</source>
        <translation>Importation de %1 (%2 sur %3)...</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped (already in the workspace)</source>
        <translation>
            <numerusform>%n fichier ignoré (déjà dans l'espace de travail)</numerusform>
            <numerusform>%n fichiers ignorés (déjà dans l'espace de travail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n fichier en échec</numerusform>
            <numerusform>%n fichiers en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not read</source>
        <translation>
            <numerusform>Annulé : %n fichier non lu</numerusform>
            <numerusform>Annulé : %n fichiers non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n recorded vote(s) written</source>
        <extracomment>%1 is "3 documents"</extracomment>
        <translation>
            <numerusform>Écrits : %1 et %n vote enregistré</numerusform>
            <numerusform>Écrits : %1 et %n votes enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no Akoma Ntoso file (*.xml, *.akn), in it or in its sub-folders.</source>
        <translation>%1 ne contient aucun fichier Akoma Ntoso (*.xml, *.akn), ni directement ni dans ses sous-dossiers.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n Akoma Ntoso file(s) of %1?</source>
        <translation>
            <numerusform>Importer %n fichier Akoma Ntoso de %1 ?</numerusform>
            <numerusform>Importer les %n fichiers Akoma Ntoso de %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each file is imported in its own transaction; Cancel during the run keeps the files done. The whole run is one step to undo.</source>
        <translation>Chaque fichier est importé dans sa propre transaction ; Annuler pendant l'importation conserve les fichiers déjà traités. L'ensemble de l'importation s'annule en une seule étape.</translation>
    </message>
    <message>
        <source>&amp;Replace documents already in the workspace (otherwise they are skipped)</source>
        <translation>&amp;Remplacer les documents déjà présents dans l'espace de travail (sinon ils sont ignorés)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) replaced documents already in the workspace</source>
        <translation>
            <numerusform>%n fichier a remplacé un document déjà présent dans l'espace de travail</numerusform>
            <numerusform>%n fichiers ont remplacé des documents déjà présents dans l'espace de travail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::AgreementHeatMap</name>
    <message>
        <source>No recorded vote in the selection.</source>
        <translation>Aucun vote enregistré dans la sélection.</translation>
    </message>
    <message>
        <source>%1 and %2: no vote in common</source>
        <translation>%1 et %2 : aucun vote en commun</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: agreement %3 over %n vote(s)</source>
        <translation>
            <numerusform>%1 et %2 : concordance %3 sur %n vote</numerusform>
            <numerusform>%1 et %2 : concordance %3 sur %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::AknExporter</name>
    <message>
        <source>Akoma Ntoso XML</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Akoma Ntoso XML</translation>
    </message>
    <message>
        <source>export: cannot write the Akoma Ntoso file: %1</source>
        <translation>export : impossible d'écrire le fichier Akoma Ntoso : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::AknImporter</name>
    <message>
        <source>line %1 (/%2)</source>
        <extracomment>The place of a problem in an Akoma Ntoso file: %1 is the line, %2 the element's path ("line 12 (/akomaNtoso/doc/mainBody/paragraph[@eId='para_3'])").</extracomment>
        <translation>ligne %1 (/%2)</translation>
    </message>
    <message>
        <source>paragraph %1 has no text</source>
        <translation>le paragraphe %1 n'a pas de texte</translation>
    </message>
    <message>
        <source>paragraph %1: markup: %2</source>
        <extracomment>%1 is the paragraph number, %2 the markup problem ("unclosed bracket opened here").</extracomment>
        <translation>paragraphe %1 : balisage : %2</translation>
    </message>
    <message>
        <source>the closing words of paragraph %1 were added to its last sub-point</source>
        <translation>les derniers mots du paragraphe %1 ont été ajoutés à son dernier alinéa</translation>
    </message>
    <message>
        <source>process %1: unknown member state %2 left out</source>
        <translation>processus %1 : État membre inconnu %2 laissé de côté</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <extracomment>An item the import creates: %1 is the process's code, %2 its name.</extracomment>
        <translation>processus %1 (%2)</translation>
    </message>
    <message>
        <source>unknown adherent state %1 left out</source>
        <translation>État adhérent inconnu %1 laissé de côté</translation>
    </message>
    <message numerus="yes">
        <source>coalition %1 (%n adherents)</source>
        <extracomment>An item the import creates: %1 is the coalition's code.</extracomment>
        <translation>
            <numerusform>coalition %1 (%n adhérent)</numerusform>
            <numerusform>coalition %1 (%n adhérents)</numerusform>
        </translation>
    </message>
    <message>
        <source>position on unknown paragraph '%1'</source>
        <translation>position sur un paragraphe inconnu « %1 »</translation>
    </message>
    <message>
        <source>bad stance '%1'</source>
        <translation>position non valide « %1 »</translation>
    </message>
    <message>
        <source>paragraph %1 has no alternative %2</source>
        <translation>le paragraphe %1 n'a pas de variante %2</translation>
    </message>
    <message>
        <source>position with both state and states</source>
        <translation>position avec à la fois state et states</translation>
    </message>
    <message>
        <source>position without state or states</source>
        <translation>position sans state ni states</translation>
    </message>
    <message>
        <source>position with an empty list of states</source>
        <translation>position avec une liste d'États vide</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>État inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 est un État observateur : les observateurs n'ont pas de positions</translation>
    </message>
    <message>
        <source>duplicate position of %1 on paragraph %2 (first on line %3)</source>
        <translation>position en double de %1 sur le paragraphe %2 (la première à la ligne %3)</translation>
    </message>
    <message>
        <source>no recorded vote in the file: no positions</source>
        <translation>aucun vote enregistré dans le fichier : pas de positions</translation>
    </message>
    <message>
        <source>in favour</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>pour</translation>
    </message>
    <message>
        <source>against</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>contre</translation>
    </message>
    <message>
        <source>abstaining</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>abstentions</translation>
    </message>
    <message>
        <source>vote count '%1' is not in favour, against or abstaining; left out</source>
        <translation>le décompte « %1 » n'est ni « pour », ni « contre », ni « abstentions » ; laissé de côté</translation>
    </message>
    <message>
        <source>voter '%1' (%2) does not resolve to a state of the workspace: no position recorded for it</source>
        <extracomment>%1 is the voter's name in the file, %2 the count it is listed in (in favour, against, abstaining).</extracomment>
        <translation>le votant « %1 » (%2) ne correspond à aucun État de l'espace de travail : aucune position n'est enregistrée pour lui</translation>
    </message>
    <message>
        <source>%1 (%2) is an observer state, which has no vote: left out of the recorded vote</source>
        <extracomment>%1 is the state's name in the file, %2 the count it is listed in (in favour, against, abstaining).</extracomment>
        <translation>%1 (%2) est un État observateur, qui ne vote pas : laissé hors du vote enregistré</translation>
    </message>
    <message>
        <source>%1 (%2) is listed both %3 and %4; the first is kept</source>
        <extracomment>%1 is the state's name in the file, %2 its ISO code, %3 and %4 the counts it is listed in (in favour, against, abstaining).</extracomment>
        <translation>%1 (%2) figure à la fois parmi « %3 » et « %4 » ; la première mention est conservée</translation>
    </message>
    <message numerus="yes">
        <source>the count says %1 %2 but %n names are listed</source>
        <extracomment>%1 is the number the file declares, %2 the count (in favour, against, abstaining): "the count says 163 in favour but 162 names are listed".</extracomment>
        <translation>
            <numerusform>le décompte « %2 » indique %1, mais %n nom est énuméré</numerusform>
            <numerusform>le décompte « %2 » indique %1, mais %n noms sont énumérés</numerusform>
        </translation>
    </message>
    <message>
        <source>sponsor '%1' (removed from the list) does not resolve to a state</source>
        <translation>l'auteur « %1 » (retiré de la liste) ne correspond à aucun État</translation>
    </message>
    <message>
        <source>%1 was removed from the list of sponsors</source>
        <translation>%1 a été retiré de la liste des auteurs</translation>
    </message>
    <message>
        <source>sponsor '%1' does not resolve to a state</source>
        <translation>l'auteur « %1 » ne correspond à aucun État</translation>
    </message>
    <message>
        <source>submitted by %1 (no state sponsors)</source>
        <extracomment>An item the import creates: %1 is who submitted the draft ("the Chair of the Committee").</extracomment>
        <translation>présenté par %1 (pas d'États auteurs)</translation>
    </message>
    <message>
        <source>sponsor %1 on behalf of %2</source>
        <extracomment>An item the import creates: %1 is a state's ISO code, %2 the group it speaks for.</extracomment>
        <translation>auteur %1 au nom de %2</translation>
    </message>
    <message>
        <source>the workspace already has a group '%1'</source>
        <translation>l'espace de travail contient déjà un groupe « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>group '%1' (coalition): %n sponsor(s)</source>
        <extracomment>An item the import creates: %1 is the group's name ("Sponsors of A/RES/75/32").</extracomment>
        <translation>
            <numerusform>groupe « %1 » (coalition) : %n auteur</numerusform>
            <numerusform>groupe « %1 » (coalition) : %n auteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded vote kept as a vote: %1 yes, %2 no, %3 abstaining, %4 absent</source>
        <extracomment>An item the import creates: %1 to %4 are the numbers of states that voted yes, no, abstained and were absent.</extracomment>
        <translation>vote enregistré conservé comme vote : %1 pour, %2 contre, %3 abstentions, %4 absents</translation>
    </message>
    <message>
        <source>%1: the document collection has no component with its own &lt;meta&gt;; nothing was imported</source>
        <translation>%1 : la collection de documents n'a aucun composant avec son propre &lt;meta&gt; ; rien n'a été importé</translation>
    </message>
    <message>
        <source>two parts have the symbol %1</source>
        <translation>deux parties ont la cote %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of %1, each its own document</source>
        <extracomment>An item the import creates: %1 is the collection's symbol ("A/RES/74/264").</extracomment>
        <translation>
            <numerusform>%n partie de %1, chacune un document distinct</numerusform>
            <numerusform>%n parties de %1, chacune un document distinct</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is empty; nothing was imported</source>
        <translation>%1 : le fichier est vide ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not well-formed XML (%4); nothing was imported</source>
        <translation>%1 : ligne %2, colonne %3 : XML mal formé (%4) ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: not an Akoma Ntoso 3.0 document (the root element is &lt;%2&gt; in namespace '%3'); nothing was imported</source>
        <translation>%1 : pas un document Akoma Ntoso 3.0 (l'élément racine est &lt;%2&gt; dans l'espace de noms « %3 ») ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: the Akoma Ntoso document has no &lt;meta&gt; or no &lt;mainBody&gt;; nothing was imported</source>
        <translation>%1 : le document Akoma Ntoso n'a pas de &lt;meta&gt; ou pas de &lt;mainBody&gt; ; rien n'a été importé</translation>
    </message>
    <message>
        <source>the document has no symbol (docNumber or FRBRnumber)</source>
        <translation>le document n'a pas de cote (docNumber ou FRBRnumber)</translation>
    </message>
    <message>
        <source>replaces the document %1 of the workspace</source>
        <translation>remplace le document %1 de l'espace de travail</translation>
    </message>
    <message>
        <source>the workspace already has a document %1</source>
        <translation>l'espace de travail contient déjà un document %1</translation>
    </message>
    <message>
        <source>the document has no title</source>
        <translation>le document n'a pas de titre</translation>
    </message>
    <message>
        <source>no paragraphs found</source>
        <translation>aucun paragraphe trouvé</translation>
    </message>
    <message>
        <source>process %1 is not in the workspace: the document is imported without it</source>
        <translation>le processus %1 ne figure pas dans l'espace de travail : le document est importé sans lui</translation>
    </message>
    <message>
        <source>predecessor %1 is not in the workspace: the document is imported without it</source>
        <translation>le document précédent %1 ne figure pas dans l'espace de travail : le document est importé sans lui</translation>
    </message>
    <message>
        <source>paragraph %1: norm %2 is not in the workspace; link left out</source>
        <translation>paragraphe %1 : la norme %2 ne figure pas dans l'espace de travail ; lien laissé de côté</translation>
    </message>
    <message>
        <source>the part has no vote of its own: the collection's recorded vote is recorded for it</source>
        <translation>la partie n'a pas de vote propre : le vote enregistré de la collection lui est attribué</translation>
    </message>
    <message numerus="yes">
        <source>recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on each of the %n paragraph(s), preambular and operative</source>
        <extracomment>An item the import creates: %1, %2 and %3 are the numbers of states in favour, against and abstaining.</extracomment>
        <translation>
            <numerusform>vote enregistré : %1 pour, %2 contre, %3 abstentions, sous forme de positions sur %n paragraphe (préambule et dispositif)</numerusform>
            <numerusform>vote enregistré : %1 pour, %2 contre, %3 abstentions, sous forme de positions sur chacun des %n paragraphes du préambule et du dispositif</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s) (%4 preambular)</source>
        <extracomment>An item the import creates: %1 is the document's symbol, %2 its title, %3 its kind and date ("resolution, 2020-12-07").</extracomment>
        <translation>
            <numerusform>document %1 « %2 » (%3) : %n paragraphe (dont %4 du préambule)</numerusform>
            <numerusform>document %1 « %2 » (%3) : %n paragraphes (dont %4 du préambule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s)</source>
        <translation>
            <numerusform>document %1 « %2 » (%3) : %n paragraphe</numerusform>
            <numerusform>document %1 « %2 » (%3) : %n paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <extracomment>An item the import creates.</extracomment>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import : lisez d'abord le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1 : %n erreur trouvée ; rien n'a été importé</numerusform>
            <numerusform>%1 : %n erreurs trouvées ; rien n'a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>a paragraph without a number, named %1 by its place</source>
        <translation>un paragraphe sans numéro, désigné %1 d'après sa place</translation>
    </message>
    <message>
        <source>paragraph number %1 comes twice in the document</source>
        <translation>le numéro de paragraphe %1 figure deux fois dans le document</translation>
    </message>
</context>
<context>
    <name>Plenipo::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::BulkImporter</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>already in the workspace: %1</source>
        <extracomment>Why a folder import skipped a file: %1 is the list of document symbols.</extracomment>
        <translation>déjà dans l'espace de travail : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Why a folder import failed: %1 is the place in the file ("line 12"), %2 the error.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>What a folder import did with one file.</extracomment>
        <translation>importé</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>What a folder import did with one file: it replaced the document already there.</extracomment>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>What a folder import did with one file: the document was already there.</extracomment>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>What a folder import did with one file: it could not be imported.</extracomment>
        <translation>échec</translation>
    </message>
    <message>
        <source>, %1 paragraph(s), recorded vote, %2 warning(s)</source>
        <translation>, paragraphes : %1, vote enregistré, avertissements : %2</translation>
    </message>
    <message>
        <source>, %1 paragraph(s), %2 warning(s)</source>
        <extracomment>The rest of a folder import's line for one file: %1 is the number of paragraphs, %2 the number of warnings.</extracomment>
        <translation>, paragraphes : %1, avertissements : %2</translation>
    </message>
    <message>
        <source>total: %1 file(s): %2 imported, %3 replaced, %4 skipped (already there), %5 failed; %6 document(s), %7 recorded vote(s)</source>
        <extracomment>The last line of a folder import; the counts are named without a plural form.</extracomment>
        <translation>total : fichiers : %1 ; importés : %2, remplacés : %3, ignorés (déjà présents) : %4, en échec : %5 ; documents : %6, votes enregistrés : %7</translation>
    </message>
    <message numerus="yes">
        <source>; cancelled, %n file(s) not read</source>
        <extracomment>Added to the last line of a folder import that was cancelled.</extracomment>
        <translation>
            <numerusform>; annulé, %n fichier non lu</numerusform>
            <numerusform>; annulé, %n fichiers non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ChangeClauseCommand</name>
    <message>
        <source>Renumber clause %1</source>
        <translation>Renuméroter la clause %1</translation>
    </message>
    <message>
        <source>Link clause %1 to norms</source>
        <translation>Lier la clause %1 à des normes</translation>
    </message>
</context>
<context>
    <name>Plenipo::ChartsView</name>
    <message>
        <source>Groups:</source>
        <translation>Groupes :</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>Enregistrer en &amp;PNG...</translation>
    </message>
    <message>
        <source>Save as S&amp;VG...</source>
        <translation>Enregistrer en S&amp;VG...</translation>
    </message>
    <message>
        <source>Document dashboard</source>
        <translation>Tableau de bord du document</translation>
    </message>
    <message>
        <source>Trend along the lineage</source>
        <translation>Évolution au fil de la filiation</translation>
    </message>
    <message>
        <source>Support by group</source>
        <translation>Soutien par groupe</translation>
    </message>
    <message>
        <source>UN regional groups</source>
        <translation>Groupes régionaux de l'ONU</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>Groupes politiques</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Coalitions</translation>
    </message>
    <message>
        <source>Clause shown</source>
        <translation>Clause affichée</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Document entier</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>Illustrative values: the sample's positions are not recorded statements of any State.</source>
        <translation>Valeurs données à titre d'illustration : les positions de l'exemple ne sont les déclarations enregistrées d'aucun État.</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>clauses</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n clause(s) by status; agreed words: %2</source>
        <translation>
            <numerusform>%1 — %n clause par état ; mots convenus : %2</numerusform>
            <numerusform>%1 — %n clauses par état ; mots convenus : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the navigator</source>
        <translation>Choisissez un document dans le navigateur</translation>
    </message>
    <message>
        <source>Bracketed spans</source>
        <translation>Passages entre crochets</translation>
    </message>
    <message>
        <source>Alternative groups</source>
        <translation>Groupes de variantes</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Agreed words (%)</source>
        <translation>Mots convenus (%)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>agreed words</source>
        <translation>mots convenus</translation>
    </message>
    <message numerus="yes">
        <source>Brackets and agreed words along the lineage (%n draft(s))</source>
        <translation>
            <numerusform>Crochets et mots convenus au fil de la filiation (%n projet)</numerusform>
            <numerusform>Crochets et mots convenus au fil de la filiation (%n projets)</numerusform>
        </translation>
    </message>
    <message>
        <source>members × paragraphs</source>
        <translation>membres × paragraphes</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>Stances on paragraph %1 of %2, by group (click a bar to select its states)</source>
        <translation>Positions sur le paragraphe %1 de %2, par groupe (cliquez sur une barre pour sélectionner ses États)</translation>
    </message>
    <message>
        <source>Stances on every paragraph of %1, by group (click a bar to select its states)</source>
        <translation>Positions sur tous les paragraphes de %1, par groupe (cliquez sur une barre pour sélectionner ses États)</translation>
    </message>
    <message>
        <source>No groups of this kind in the workspace</source>
        <translation>Aucun groupe de ce type dans l'espace de travail</translation>
    </message>
    <message>
        <source>Cannot write the PNG image %1</source>
        <translation>Impossible d'écrire l'image PNG %1</translation>
    </message>
    <message>
        <source>Chart from Plenipo</source>
        <translation>Graphique de Plenipo</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Enregistrer le graphique en SVG</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>Impossible d'enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseEditor</name>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n passage entre crochets</numerusform>
            <numerusform>%n passages entre crochets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alternative group(s)</source>
        <translation>
            <numerusform>%n groupe de variantes</numerusform>
            <numerusform>%n groupes de variantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s) agreed (%2%)</source>
        <translation>
            <numerusform>mots convenus : %1 sur %n (%2 %)</numerusform>
            <numerusform>mots convenus : %1 sur %n (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed deletion(s)</source>
        <translation>
            <numerusform>%n suppression proposée</numerusform>
            <numerusform>%n suppressions proposées</numerusform>
        </translation>
    </message>
    <message>
        <source>ad referendum</source>
        <translation>ad referendum</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is "2 alternative groups", %2 is "5 options"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseView</name>
    <message>
        <source>&amp;Save revision</source>
        <translation>&amp;Enregistrer la révision</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir</translation>
    </message>
    <message>
        <source>Compare with &amp;norm</source>
        <translation>Comparer avec la &amp;norme</translation>
    </message>
    <message>
        <source>Compare with &amp;predecessor</source>
        <translation>Comparer avec le &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation>&amp;Comparer la sélection</translation>
    </message>
    <message>
        <source>Note for this revision (what changed, who asked)</source>
        <translation>Note sur cette révision (ce qui a changé, à la demande de qui)</translation>
    </message>
    <message>
        <source>Word-by-word comparison with the norm this clause derives from</source>
        <translation>Comparaison mot à mot avec la norme dont cette clause est tirée</translation>
    </message>
    <message>
        <source>Word-by-word comparison with the clause it descends from</source>
        <translation>Comparaison mot à mot avec la clause dont elle est issue</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (select two revisions to compare them)</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt; (sélectionnez deux révisions pour les comparer)</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Choose a process, document, clause or norm in the navigator.</source>
        <translation>Choisissez un processus, un document, une clause ou une norme dans le navigateur.</translation>
    </message>
    <message>
        <source>Unsaved clause text</source>
        <translation>Texte de clause non enregistré</translation>
    </message>
    <message>
        <source>Clause not found</source>
        <translation>Clause introuvable</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Paragraphe %1</translation>
    </message>
    <message>
        <source>Derives from:</source>
        <translation>Tirée de :</translation>
    </message>
    <message>
        <source>Descends from:</source>
        <translation>Issue de :</translation>
    </message>
    <message>
        <source>Current text (revision %1 of %2): edit it and save a new revision</source>
        <translation>Texte actuel (révision %1 sur %2) : modifiez-le et enregistrez une nouvelle révision</translation>
    </message>
    <message>
        <source>Current text (revision %1 of %2), read-only</source>
        <translation>Texte actuel (révision %1 sur %2), lecture seule</translation>
    </message>
    <message>
        <source>Earlier text: revision %1 of %2 (read-only)</source>
        <translation>Texte antérieur : révision %1 sur %2 (lecture seule)</translation>
    </message>
    <message>
        <source>The text of paragraph %1 has changed. Save it as a new revision?</source>
        <translation>Le texte du paragraphe %1 a changé. L'enregistrer comme nouvelle révision ?</translation>
    </message>
</context>
<context>
    <name>Plenipo::CoalitionView</name>
    <message>
        <source>Text Most Accept</source>
        <translation>Texte le plus accepté</translation>
    </message>
    <message>
        <source>Largest Text</source>
        <translation>Texte le plus large</translation>
    </message>
    <message>
        <source>What Would It Take?</source>
        <translation>Que faudrait-il ?</translation>
    </message>
    <message>
        <source>Derive Coalition Document...</source>
        <translation>Établir le document de la coalition...</translation>
    </message>
    <message>
        <source>States by code or name, separated by commas: FRA, Germany, ...</source>
        <translation>États par code ou par nom, séparés par des virgules : FRA, Allemagne, ...</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <source>Fails because of</source>
        <translation>Échoue à cause de</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Check a clause to keep it in suggested texts; right-click a failing clause or alternative to try a what-if</source>
        <translation>Cochez une clause pour la garder dans les textes suggérés ; clic droit sur une clause ou une variante qui échoue pour faire une simulation</translation>
    </message>
    <message>
        <source>Suggestions appear here: the text most members accept, the largest text at least N members accept, or what a state outside would need changed to join.</source>
        <translation>Les suggestions apparaissent ici : le texte accepté par le plus grand nombre de membres, le texte le plus large qu'acceptent au moins N membres, ou ce qu'il faudrait changer pour qu'un État extérieur se joigne.</translation>
    </message>
    <message>
        <source>Create a document with the clauses this coalition accepts and its members as adherents (no positions or notes)</source>
        <translation>Créer un document avec les clauses qu'accepte cette coalition et ses membres comme adhérents (sans positions ni notes)</translation>
    </message>
    <message>
        <source>states that must be in (optional)</source>
        <translation>États requis (facultatif)</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>au moins </translation>
    </message>
    <message>
        <source> states</source>
        <translation> États</translation>
    </message>
    <message>
        <source>The text (clauses and alternatives) accepted by the most coalition members, with the must-be-in states and the checked clauses</source>
        <translation>Le texte (clauses et variantes) accepté par le plus grand nombre de membres de la coalition, avec les États requis et les clauses cochées</translation>
    </message>
    <message>
        <source>The text with the most clauses that at least this many coalition members accept</source>
        <translation>Le texte comptant le plus de clauses qu'acceptent au moins ce nombre de membres de la coalition</translation>
    </message>
    <message>
        <source>Coalition:</source>
        <translation>Coalition :</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Outside:</source>
        <translation>Extérieur :</translation>
    </message>
    <message>
        <source>Coalition text</source>
        <translation>Texte de la coalition</translation>
    </message>
    <message>
        <source>What if %1 supported %2?</source>
        <translation>Et si %1 soutenait %2 ?</translation>
    </message>
    <message>
        <source>the clause</source>
        <translation>la clause</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n)</source>
        <translation>
            <numerusform>%1 : %2 (%n)</numerusform>
            <numerusform>%1 : %2 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>Processus %1 (%n)</numerusform>
            <numerusform>Processus %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-picked states...</source>
        <translation>États choisis...</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Inconnu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Coalition&lt;/b&gt;: select a document or a clause</source>
        <translation>&lt;b&gt;Coalition&lt;/b&gt; : sélectionnez un document ou une clause</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coalition&lt;/b&gt; on %1 &amp;ndash; %2</source>
        <translation>&lt;b&gt;Coalition&lt;/b&gt; sur %1 &amp;ndash; %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n state(s)) accepts &lt;b&gt;%2 of %3&lt;/b&gt; clauses.</source>
        <translation>
            <numerusform>%1 (%n État) accepte &lt;b&gt;%2 clauses sur %3&lt;/b&gt;.</numerusform>
            <numerusform>%1 (%n États) accepte &lt;b&gt;%2 clauses sur %3&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(with %n what-if stance(s))</source>
        <translation>
            <numerusform>(avec %n position simulée)</numerusform>
            <numerusform>(avec %n positions simulées)</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>échoue</translation>
    </message>
    <message>
        <source>Not accepted as a whole by: %1</source>
        <translation>Non acceptée dans son ensemble par : %1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>retient %1</translation>
    </message>
    <message>
        <source>no alternative</source>
        <translation>aucune variante</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>retenue</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>non acceptée</translation>
    </message>
    <message>
        <source>Adherents: %1</source>
        <translation>Adhérents : %1</translation>
    </message>
    <message>
        <source>No clause is accepted by every member.</source>
        <translation>Aucune clause n'est acceptée par tous les membres.</translation>
    </message>
    <message>
        <source>The hand-picked states</source>
        <translation>Les États choisis</translation>
    </message>
    <message>
        <source>Derive Coalition Document</source>
        <translation>Établir le document de la coalition</translation>
    </message>
    <message>
        <source>Symbol of the new document (the clauses %1 accepts, with its members as adherents):</source>
        <translation>Cote du nouveau document (les clauses qu'accepte %1, avec ses membres comme adhérents) :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot derive the coalition document</source>
        <translation>Impossible d'établir le document de la coalition</translation>
    </message>
    <message>
        <source>Unknown states in "must be in": %1</source>
        <translation>États inconnus dans « doivent en être » : %1</translation>
    </message>
    <message>
        <source>The text most members accept</source>
        <translation>Le texte accepté par le plus grand nombre de membres</translation>
    </message>
    <message>
        <source>No text keeps every checked clause with every must-be-in state.</source>
        <translation>Aucun texte ne garde toutes les clauses cochées avec tous les États requis.</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (exact)</translation>
    </message>
    <message>
        <source> (heuristic)</source>
        <translation> (heuristique)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Exclus : %1</translation>
    </message>
    <message numerus="yes">
        <source>The largest text at least %n member(s) accept</source>
        <translation>
            <numerusform>Le texte le plus large qu'accepte au moins %n membre</numerusform>
            <numerusform>Le texte le plus large qu'acceptent au moins %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>No text with the checked clauses is accepted by that many members.</source>
        <translation>Aucun texte comprenant les clauses cochées n'est accepté par autant de membres.</translation>
    </message>
    <message>
        <source>What %1 would need to join</source>
        <translation>Ce qu'il faudrait à %1 pour se joindre</translation>
    </message>
    <message>
        <source>%1 is a member of this coalition.</source>
        <translation>%1 est membre de cette coalition.</translation>
    </message>
    <message>
        <source>%1 already accepts the whole coalition text.</source>
        <translation>%1 accepte déjà tout le texte de la coalition.</translation>
    </message>
    <message>
        <source>Paragraph %1: drop it (no version suits both).</source>
        <translation>Paragraphe %1 : le supprimer (aucune version ne convient aux deux).</translation>
    </message>
    <message>
        <source>Paragraph %1: in %2, take %3 instead of %4.</source>
        <translation>Paragraphe %1 : dans %2, retenir %3 au lieu de %4.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message numerus="yes">
        <source>Derived %1 with %n clause(s) and %2.</source>
        <translation>
            <numerusform>%1 établi avec %n clause et %2.</numerusform>
            <numerusform>%1 établi avec %n clauses et %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adherent(s)</source>
        <translation>
            <numerusform>%n adhérent</numerusform>
            <numerusform>%n adhérents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 states accept %n clause(s)%3: %4</source>
        <translation>
            <numerusform>%1 États sur %2 acceptent %n clause%3 : %4</numerusform>
            <numerusform>%1 États sur %2 acceptent %n clauses%3 : %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)%1, accepted by %2: %3</source>
        <extracomment>%1 " (exact)" or " (heuristic)", %2 "12 states", %3 their names</extracomment>
        <translation>
            <numerusform>%n clause%1, acceptée par %2 : %3</numerusform>
            <numerusform>%n clauses%1, acceptées par %2 : %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n État</numerusform>
            <numerusform>%n États</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no recorded position on any paragraph of %2. Record its positions first: until then nothing shows what it would need changed to join.</source>
        <translation>%1 n'a de position enregistrée sur aucun paragraphe de %2. Enregistrez d'abord ses positions : d'ici là, rien n'indique ce qu'il faudrait changer pour qu'il se joigne à la coalition.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandGuard</name>
    <message>
        <source>The change was not made</source>
        <translation>La modification n'a pas été faite</translation>
    </message>
    <message>
        <source>%1 failed: nothing was changed.</source>
        <translation>Échec de « %1 » : rien n'a été modifié.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Create a workspace: the UN member states, or the bundled sample with --sample</source>
        <translation>Créer un espace de travail : les États Membres de l'ONU, ou l'exemple fourni avec --sample</translation>
    </message>
    <message>
        <source>Summarise a workspace: counts of states, groups, processes, norms, documents, clauses, positions</source>
        <translation>Résumer un espace de travail : nombre d'États, de groupes, de processus, de normes, de documents, de clauses, de positions</translation>
    </message>
    <message>
        <source>Consensus analysis of a document: status of every clause, blockers, landing zones (--document SYMBOL [--process NAME] [--json])</source>
        <translation>Analyse du consensus sur un document : état de chaque clause, États bloquants, zones d'accord (--document SYMBOL [--process NAME] [--json])</translation>
    </message>
    <message>
        <source>Create a synthetic workspace for benchmarks (--states N --clauses N --alternatives N FILE)</source>
        <translation>Créer un espace de travail synthétique pour les mesures de performance (--states N --clauses N --alternatives N FILE)</translation>
    </message>
    <message>
        <source>Check clause markup (check FILE|-) or count brackets and words (stats FILE|- [--json])</source>
        <translation>Vérifier le balisage des clauses (check FILE|-) ou compter crochets et mots (stats FILE|- [--json])</translation>
    </message>
    <message>
        <source>Compare two documents, clauses, revisions or a norm with a clause, word by word</source>
        <translation>Comparer mot à mot deux documents, deux clauses, deux révisions ou une norme et une clause</translation>
    </message>
    <message>
        <source>Export a document: Word, PDF, ODT, Akoma Ntoso or CSV (--document SYMBOL --format FORMAT [--coalition NAME] [--include-internal] -o OUT)</source>
        <translation>Exporter un document : Word, PDF, ODT, Akoma Ntoso ou CSV (--document SYMBOL --format FORMAT [--coalition NAME] [--include-internal] -o OUT)</translation>
    </message>
    <message>
        <source>Usage: plenipo [FILE]               open the workbench (on FILE, or the last workspace, or the sample)
       plenipo COMMAND [OPTIONS]    work without a display
       plenipo --version | --help

Commands:
</source>
        <translation>Usage : plenipo [FILE]               ouvrir l'atelier (sur FILE, le dernier espace de travail ou l'exemple)
        plenipo COMMAND [OPTIONS]    travailler sans affichage
        plenipo --version | --help

Commandes :
</translation>
    </message>
    <message>
        <source>
Run 'plenipo COMMAND --help' for a command's options.
Workbench options: --sample (the bundled sample workspace), --read-only (open FILE without editing), --screenshot PNG (save a picture of the window and quit), --select SYMBOL#NUMBER (show a clause), --language CODE (the interface language).
</source>
        <translation>
Lancez « plenipo COMMAND --help » pour les options d'une commande.
Options de l'atelier : --sample (l'espace de travail d'exemple fourni), --read-only (ouvrir FILE sans le modifier), --screenshot PNG (enregistrer une image de la fenêtre et quitter), --select SYMBOL#NUMBER (afficher une clause), --language CODE (la langue de l'interface).
</translation>
    </message>
    <message>
        <source>unknown command '%1' (see plenipo --help)</source>
        <translation>commande inconnue « %1 » (voir plenipo --help)</translation>
    </message>
    <message>
        <source>Create a new workspace FILE holding the 193 UN member states with their regional groups. With --sample, also the processes, the 2015 norms, a sample draft and illustrative positions.</source>
        <translation>Créer un nouvel espace de travail FILE contenant les 193 États Membres de l'ONU et leurs groupes régionaux. Avec --sample, aussi les processus, les normes de 2015, un projet d'exemple et des positions à titre d'illustration.</translation>
    </message>
    <message>
        <source>Create the bundled sample workspace.</source>
        <translation>Créer l'espace de travail d'exemple fourni.</translation>
    </message>
    <message>
        <source>The workspace to create (*.plenipo).</source>
        <translation>L'espace de travail à créer (*.plenipo).</translation>
    </message>
    <message>
        <source>new: expected one FILE
</source>
        <translation>new : un FILE attendu
</translation>
    </message>
    <message>
        <source>Created %1 (sample workspace)</source>
        <translation>%1 créé (espace de travail d'exemple)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>Summarise the workspace FILE (read-only).</source>
        <translation>Résumer l'espace de travail FILE (lecture seule).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>A workspace (*.plenipo).</source>
        <translation>Un espace de travail (*.plenipo).</translation>
    </message>
    <message>
        <source>info: expected one FILE
</source>
        <translation>info : un FILE attendu
</translation>
    </message>
    <message>
        <source>Print the consensus analysis of a document (read-only): the status of every clause (agreed, agreed ad referendum, open, contested, blocked), blockers, silent members, reservations, landing zones, and the document's counts. The members are those of --process, else of the document's process, else every UN member state.</source>
        <translation>Afficher l'analyse du consensus sur un document (lecture seule) : l'état de chaque clause (convenue, convenue ad referendum, ouverte, contestée, bloquée), les États bloquants, les membres silencieux, les réserves, les zones d'accord et les totaux du document. Les membres sont ceux de --process, sinon du processus du document, sinon tous les États Membres de l'ONU.</translation>
    </message>
    <message>
        <source>The document's symbol.</source>
        <translation>La cote du document.</translation>
    </message>
    <message>
        <source>A process code or name.</source>
        <translation>Le code ou le nom d'un processus.</translation>
    </message>
    <message>
        <source>consensus: expected WORKSPACE and --document SYMBOL
</source>
        <translation>consensus : WORKSPACE et --document SYMBOL attendus
</translation>
    </message>
    <message>
        <source>consensus: %1 has no document '%2'</source>
        <translation>consensus : %1 ne contient pas de document « %2 »</translation>
    </message>
    <message>
        <source>consensus: %1 has no process '%2'</source>
        <translation>consensus : %1 ne contient pas de processus « %2 »</translation>
    </message>
    <message>
        <source>Create a synthetic workspace FILE: STATES states positioned on every clause and every alternative of one document of CLAUSES clauses with one bracketed group of ALTERNATIVES alternatives each. The same seed gives the same file.</source>
        <translation>Créer un espace de travail synthétique FILE : STATES États ayant une position sur chaque clause et chaque variante d'un document de CLAUSES clauses comportant chacune un groupe de ALTERNATIVES variantes entre crochets. La même graine donne le même fichier.</translation>
    </message>
    <message>
        <source>Number of states (default 193).</source>
        <translation>Nombre d'États (193 par défaut).</translation>
    </message>
    <message>
        <source>Number of clauses (default 2000).</source>
        <translation>Nombre de clauses (2000 par défaut).</translation>
    </message>
    <message>
        <source>Alternatives per clause (default 3).</source>
        <translation>Variantes par clause (3 par défaut).</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>generate: expected one FILE
</source>
        <translation>generate : un FILE attendu
</translation>
    </message>
    <message>
        <source>generate: --states, --clauses, --alternatives and --seed take whole numbers</source>
        <translation>generate : --states, --clauses, --alternatives et --seed prennent des nombres entiers</translation>
    </message>
    <message>
        <source>Created %1: %2, %3, %4</source>
        <extracomment>%1 is the file; then "193 states", "2000 clauses", "1544000 positions"</extracomment>
        <translation>%1 créé : %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n État</numerusform>
            <numerusform>%n États</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
    <message>
        <source>check: print each markup problem as FILE:LINE:COL: message; exit status 1 if there are errors.
stats: count bracketed spans, alternative groups, options and words per clause and in total.
FILE holds clauses separated by blank lines; - reads standard input. The markup is described in docs/markup.md.</source>
        <translation>check : afficher chaque problème de balisage sous la forme FILE:LINE:COL: message ; code de sortie 1 en cas d'erreurs.
stats : compter les passages entre crochets, les groupes de variantes, les options et les mots par clause et au total.
FILE contient des clauses séparées par des lignes vides ; - lit l'entrée standard. Le balisage est décrit dans docs/markup.md.</translation>
    </message>
    <message>
        <source>stats: print JSON.</source>
        <translation>stats : afficher en JSON.</translation>
    </message>
    <message>
        <source>Check attributions against the states and groups of WORKSPACE.</source>
        <translation>Vérifier les attributions par rapport aux États et groupes de WORKSPACE.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Que faire.</translation>
    </message>
    <message>
        <source>A markup file, or - for standard input.</source>
        <translation>Un fichier balisé, ou - pour l'entrée standard.</translation>
    </message>
    <message>
        <source>markup: expected 'check FILE' or 'stats FILE'
</source>
        <translation>markup : « check FILE » ou « stats FILE » attendu
</translation>
    </message>
    <message>
        <source>%1: %2, no errors, %3</source>
        <translation>%1 : %2, aucune erreur, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no errors</source>
        <translation>%1 : %2, aucune erreur</translation>
    </message>
    <message>
        <source>Compare words case-insensitively.</source>
        <translation>Comparer les mots sans tenir compte de la casse.</translation>
    </message>
    <message>
        <source>Do not count punctuation-only changes.</source>
        <translation>Ne pas compter les changements de ponctuation seule.</translation>
    </message>
    <message>
        <source>docx: write the comparison as a Word document with tracked changes (needs -o).</source>
        <translation>docx : écrire la comparaison dans un document Word avec suivi des modifications (requiert -o).</translation>
    </message>
    <message>
        <source>The file to write (with --format).</source>
        <translation>Le fichier à écrire (avec --format).</translation>
    </message>
    <message>
        <source>The older text.</source>
        <translation>Le texte le plus ancien.</translation>
    </message>
    <message>
        <source>The newer text.</source>
        <translation>Le texte le plus récent.</translation>
    </message>
    <message>
        <source>compare: expected WORKSPACE A B
</source>
        <translation>compare : WORKSPACE A B attendus
</translation>
    </message>
    <message>
        <source>compare: --format must be docx (got '%1')</source>
        <translation>compare : --format doit être docx (reçu « %1 »)</translation>
    </message>
    <message>
        <source>compare: --format docx needs -o OUT</source>
        <translation>compare : --format docx requiert -o OUT</translation>
    </message>
    <message>
        <source>Wrote %1: %2 -&gt; %3 with tracked changes</source>
        <translation>%1 écrit : %2 -&gt; %3 avec suivi des modifications</translation>
    </message>
    <message>
        <source>akn, docx, txt or csv (default: from the file name).</source>
        <translation>akn, docx, txt ou csv (par défaut : d'après le nom du fichier).</translation>
    </message>
    <message>
        <source>csv: import the valid rows even when other rows have errors.</source>
        <translation>csv : importer les lignes valides même si d'autres lignes contiennent des erreurs.</translation>
    </message>
    <message>
        <source>Check and report; write nothing.</source>
        <translation>Vérifier et rendre compte ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <source>docx, txt: the new document's symbol (default: the file name).</source>
        <translation>docx, txt : la cote du nouveau document (par défaut : le nom du fichier).</translation>
    </message>
    <message>
        <source>docx, txt: the title (default: the first unnumbered paragraph).</source>
        <translation>docx, txt : le titre (par défaut : le premier paragraphe non numéroté).</translation>
    </message>
    <message>
        <source>docx, txt: the process code.</source>
        <translation>docx, txt : le code du processus.</translation>
    </message>
    <message>
        <source>import: expected WORKSPACE FILE
</source>
        <translation>import : WORKSPACE FILE attendus
</translation>
    </message>
    <message>
        <source>import: unknown format '%1' (expected %2)</source>
        <translation>import : format inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>import: nothing was imported; --accept-valid imports the valid rows</source>
        <translation>import : rien n'a été importé ; --accept-valid importe les lignes valides</translation>
    </message>
    <message>
        <source>import: nothing was imported (see the errors above)</source>
        <translation>import : rien n'a été importé (voir les erreurs ci-dessus)</translation>
    </message>
    <message>
        <source>Export a document of WORKSPACE to OUT. Formats: %1. A coalition export (--coalition, a coalition's code or name) lists the adherent States and never contains internal notes or positions; --include-internal adds them (as Word comments) to a document export. The file is written under a temporary name and renamed when complete.</source>
        <translation>Exporter un document de WORKSPACE vers OUT. Formats : %1. Une exportation pour une coalition (--coalition, le code ou le nom d'une coalition) énumère les États adhérents et ne contient jamais de notes ni de positions internes ; --include-internal les ajoute (comme commentaires Word) à l'exportation d'un document. Le fichier est écrit sous un nom temporaire puis renommé une fois complet.</translation>
    </message>
    <message>
        <source>Export for this coalition.</source>
        <translation>Exporter pour cette coalition.</translation>
    </message>
    <message>
        <source>Include internal notes and positions.</source>
        <translation>Inclure les notes et positions internes.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>The language of the cover block, labels and state names: ar, zh, en, fr, ru or es (default en). The clause text stays as written.</source>
        <translation>La langue de la page de garde, des libellés et des noms d'États : ar, zh, en, fr, ru ou es (en par défaut). Le texte des clauses reste tel qu'il est rédigé.</translation>
    </message>
    <message>
        <source>export: expected one WORKSPACE
</source>
        <translation>export : un WORKSPACE attendu
</translation>
    </message>
    <message>
        <source>export: --document, --format and -o are required
</source>
        <translation>export : --document, --format et -o sont obligatoires
</translation>
    </message>
    <message>
        <source>export: unknown format '%1' (expected one of: %2)</source>
        <translation>export : format inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>export: unknown language '%1' (expected one of: %2)</source>
        <translation>export : langue inconnue « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>export: a coalition export never includes internal material; drop --include-internal or --coalition</source>
        <translation>export : une exportation pour une coalition ne contient jamais d'éléments internes ; retirez --include-internal ou --coalition</translation>
    </message>
    <message>
        <source>export: no document '%1' in %2</source>
        <translation>export : pas de document « %1 » dans %2</translation>
    </message>
    <message>
        <source>export: no coalition '%1' in %2 (coalitions: %3)</source>
        <translation>export : pas de coalition « %1 » dans %2 (coalitions : %3)</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3)</source>
        <translation>%1 exporté vers %2 (%3)</translation>
    </message>
    <message>
        <source>Exported %1 for %2 to %3 (%4)</source>
        <translation>%1 exporté pour %2 vers %3 (%4)</translation>
    </message>
    <message>
        <source>Plenipo negotiation workbench</source>
        <translation>Plenipo, atelier de négociation</translation>
    </message>
    <message>
        <source>Open FILE without editing it.</source>
        <translation>Ouvrir FILE sans le modifier.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans PNG et quitter.</translation>
    </message>
    <message>
        <source>Show the clause SYMBOL#NUMBER.</source>
        <translation>Afficher la clause SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>Open the comparison of A and B.</source>
        <translation>Ouvrir la comparaison de A et B.</translation>
    </message>
    <message>
        <source>Open the bundled sample workspace (created on first use).</source>
        <translation>Ouvrir l'espace de travail d'exemple fourni (créé à la première utilisation).</translation>
    </message>
    <message>
        <source>The interface language: ar, zh, en, fr, ru or es (default: the ui/language setting, else the system's).</source>
        <translation>La langue de l'interface : ar, zh, en, fr, ru ou es (par défaut : le réglage ui/language, sinon celle du système).</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message>
        <source>Find words in a workspace: clauses, documents, norms, position sources and notes, states (QUERY [--kind KIND] [--json])</source>
        <translation>Chercher des mots dans un espace de travail : clauses, documents, normes, sources et notes des positions, États (QUERY [--kind KIND] [--json])</translation>
    </message>
    <message>
        <source>Team mode on a PostgreSQL server: init URL, user add|remove|list URL ..., push FILE URL, pull URL FILE (see plenipo server --help)</source>
        <translation>Mode équipe sur un serveur PostgreSQL : init URL, user add|remove|list URL ..., push FILE URL, pull URL FILE (voir plenipo server --help)</translation>
    </message>
    <message>
        <source>Save a new revision of a clause; positions follow their words (SYMBOL#NUMBER --text T | --text-file F [--note N])</source>
        <translation>Enregistrer une nouvelle révision d'une clause ; les positions suivent leurs mots (SYMBOL#NUMBER --text T | --text-file F [--note N])</translation>
    </message>
    <message>
        <source>List every position on a clause, with outdated and orphaned ones (SYMBOL#NUMBER [--json])</source>
        <translation>Lister toutes les positions sur une clause, y compris les positions dépassées et orphelines (SYMBOL#NUMBER [--json])</translation>
    </message>
    <message>
        <source>consensus: cannot write the report: %1</source>
        <translation>consensus : impossible d'écrire le rapport : %1</translation>
    </message>
    <message>
        <source>Search WORKSPACE (read-only) for QUERY: clause texts, document symbols and titles, norms, position sources and notes, state names and aliases, ignoring case and accents. QUERY: words (all must occur), "a phrase", a prefix infra*, -word to leave out. Matches print between %1 and %2.</source>
        <extracomment>%1 and %2 are the marks printed around each match (the guillemets).</extracomment>
        <translation>Chercher QUERY dans WORKSPACE (lecture seule) : textes des clauses, cotes et titres des documents, normes, sources et notes des positions, noms et autres noms des États, sans tenir compte de la casse ni des accents. QUERY : des mots (tous doivent figurer), "une expression", un préfixe infra*, -mot pour exclure. Les occurrences s'affichent entre %1 et %2.</translation>
    </message>
    <message>
        <source>Only this kind: clause, document, norm, position or state (repeatable).</source>
        <translation>Seulement ce type : clause, document, norm, position ou state (peut être répété).</translation>
    </message>
    <message>
        <source>Also search every earlier revision of the clauses.</source>
        <translation>Chercher aussi dans toutes les révisions antérieures des clauses.</translation>
    </message>
    <message>
        <source>Also search the sources and notes of internal positions.</source>
        <translation>Chercher aussi dans les sources et notes des positions internes.</translation>
    </message>
    <message>
        <source>Only in this document.</source>
        <translation>Seulement dans ce document.</translation>
    </message>
    <message>
        <source>Only in this process's documents.</source>
        <translation>Seulement dans les documents de ce processus.</translation>
    </message>
    <message>
        <source>At most N hits of each kind (default 20).</source>
        <translation>Au plus N résultats de chaque type (20 par défaut).</translation>
    </message>
    <message>
        <source>What to find (several words may follow).</source>
        <translation>Ce qu'il faut chercher (plusieurs mots possibles).</translation>
    </message>
    <message>
        <source>search: expected WORKSPACE and QUERY</source>
        <translation>search : WORKSPACE et QUERY attendus</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>search : %1</translation>
    </message>
    <message>
        <source>search: the query holds no word to search for</source>
        <translation>search : la requête ne contient aucun mot à chercher</translation>
    </message>
    <message>
        <source>search: unknown --kind '%1' (clause, document, norm, position or state)</source>
        <translation>search : --kind inconnu « %1 » (clause, document, norm, position ou state)</translation>
    </message>
    <message>
        <source>search: --limit takes a whole number from 1</source>
        <translation>search : --limit attend un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>search: %1 has no document '%2'</source>
        <translation>search : %1 n'a pas de document « %2 »</translation>
    </message>
    <message>
        <source>search: %1 has no process '%2'</source>
        <translation>search : %1 n'a pas de processus « %2 »</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>No matches for %1</source>
        <translation>Aucun résultat pour %1</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Révisions antérieures</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normes</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>(+: more hits than --limit shows)</source>
        <translation>(+ : plus de résultats que --limit n'en affiche)</translation>
    </message>
    <message>
        <source>Compare A with B word by word. A and B are both documents or both clauses:
  SYMBOL            a document (clauses aligned through lineage, then content)
  SYMBOL#NUMBER     a paragraph's current text, e.g. A/70/174#13(f)
  SYMBOL#NUMBER@N   revision N of a paragraph
  NORM-CODE         a norm's text in its source document, e.g. GGE2015-13f
Changes print as {-deleted-}{+inserted+}.</source>
        <translation>Comparer A et B mot à mot. A et B sont tous deux des documents ou tous deux des clauses :
  SYMBOL            un document (clauses alignées selon leur filiation, puis leur contenu)
  SYMBOL#NUMBER     le texte actuel d'un paragraphe, p. ex. A/70/174#13(f)
  SYMBOL#NUMBER@N   la révision N d'un paragraphe
  NORM-CODE         le texte d'une norme dans son document source, p. ex. GGE2015-13f
Les modifications s'affichent ainsi : {-supprimé-}{+inséré+}.</translation>
    </message>
    <message>
        <source>import --dry-run: the report has errors; nothing would be imported (--accept-valid would import the valid rows)</source>
        <translation>import --dry-run : le rapport contient des erreurs ; rien ne serait importé (--accept-valid importerait les lignes valides)</translation>
    </message>
    <message>
        <source>import --dry-run: the report has errors; nothing would be imported</source>
        <translation>import --dry-run : le rapport contient des erreurs ; rien ne serait importé</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>%1: expected a clause SYMBOL#NUMBER, got '%2'</source>
        <translation>%1 : clause SYMBOL#NUMBER attendue, reçu « %2 »</translation>
    </message>
    <message>
        <source>Save TEXT as a new revision of the clause SYMBOL#NUMBER, as the clause editor's Save revision does. Every position on a bracketed span or alternative follows the words it was given on: it moves to the span of the new text holding them (its id changes with it), is marked outdated when those words changed, and is orphaned (kept, counted nowhere) when they are gone. Prints what moved, what is outdated, what is orphaned.</source>
        <translation>Enregistrer TEXT comme nouvelle révision de la clause SYMBOL#NUMBER, comme le fait « Enregistrer la révision » dans l'éditeur de clauses. Chaque position sur un passage entre crochets ou une variante suit les mots sur lesquels elle a été donnée : elle passe au passage du nouveau texte qui les contient (son identifiant change avec lui), elle est marquée comme dépassée si ces mots ont changé, et elle devient orpheline (conservée, comptée nulle part) s'ils ont disparu. Affiche ce qui a été déplacé, ce qui est dépassé et ce qui est orphelin.</translation>
    </message>
    <message>
        <source>The new text.</source>
        <translation>Le nouveau texte.</translation>
    </message>
    <message>
        <source>Read the new text from FILE (UTF-8).</source>
        <translation>Lire le nouveau texte dans FILE (UTF-8).</translation>
    </message>
    <message>
        <source>The revision's note.</source>
        <translation>La note de la révision.</translation>
    </message>
    <message>
        <source>SYMBOL#NUMBER, e.g. %1</source>
        <translation>SYMBOL#NUMBER, p. ex. %1</translation>
    </message>
    <message>
        <source>revise: expected WORKSPACE SYMBOL#NUMBER and one of --text, --text-file</source>
        <translation>revise : WORKSPACE SYMBOL#NUMBER et l'une des options --text, --text-file attendus</translation>
    </message>
    <message>
        <source>revise: cannot read %1: %2</source>
        <translation>revise : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>revise: %1 is not valid UTF-8</source>
        <translation>revise : %1 n'est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>revise: the new text is empty</source>
        <translation>revise : le nouveau texte est vide</translation>
    </message>
    <message>
        <source>revise: the new text has markup errors; the first, at line %1, column %2: %3</source>
        <translation>revise : le nouveau texte contient des erreurs de balisage ; la première, ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>No change: %1 already has this text</source>
        <translation>Aucune modification : %1 a déjà ce texte</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2</source>
        <translation>%1 enregistrée comme révision %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) stay, same words</source>
        <translation>
            <numerusform>%1 : %n position reste, mêmes mots</numerusform>
            <numerusform>%1 : %n positions restent, mêmes mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n position(s) moved with their words "%3"</source>
        <translation>
            <numerusform>%1 -&gt; %2 : %n position déplacée avec ses mots « %3 »</numerusform>
            <numerusform>%1 -&gt; %2 : %n positions déplacées avec leurs mots « %3 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) now outdated, the words changed ("%2")</source>
        <translation>
            <numerusform>%1 : %n position désormais dépassée, les mots ont changé (« %2 »)</numerusform>
            <numerusform>%1 : %n positions désormais dépassées, les mots ont changé (« %2 »)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) kept as history: "%2" is now agreed text</source>
        <translation>
            <numerusform>%1 : %n position conservée comme historique : « %2 » est désormais un texte convenu</numerusform>
            <numerusform>%1 : %n positions conservées comme historique : « %2 » est désormais un texte convenu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) orphaned, their words "%2" are gone</source>
        <translation>
            <numerusform>%1 : %n position orpheline, ses mots « %2 » ont disparu</numerusform>
            <numerusform>%1 : %n positions orphelines, leurs mots « %2 » ont disparu</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions on alternatives: %1 unchanged, %2 moved, %3 outdated, %4 orphaned, %5 agreed</source>
        <translation>Positions sur les variantes : %1 inchangées, %2 déplacées, %3 dépassées, %4 orphelines, %5 convenues</translation>
    </message>
    <message>
        <source>Positions on the whole clause: %1 now outdated (the clause's text changed)</source>
        <translation>Positions sur l'ensemble de la clause : %1 désormais dépassées (le texte de la clause a changé)</translation>
    </message>
    <message>
        <source>List every position on the clause SYMBOL#NUMBER and its alternatives (read-only): state, stance, alternative id, the words of that alternative, source, and whether it is outdated (given on words that changed since) or orphaned (its words are gone; not counted by consensus, coalitions or exports).</source>
        <translation>Lister toutes les positions sur la clause SYMBOL#NUMBER et ses variantes (lecture seule) : État, position, identifiant de la variante, mots de cette variante, source, et si la position est dépassée (donnée sur des mots qui ont changé depuis) ou orpheline (ses mots ont disparu ; elle n'est comptée ni par le consensus, ni par les coalitions, ni dans les exportations).</translation>
    </message>
    <message>
        <source>positions: expected WORKSPACE SYMBOL#NUMBER</source>
        <translation>positions : WORKSPACE SYMBOL#NUMBER attendus</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s), %2 outdated, %3 orphaned, %4 kept as history of agreed text</source>
        <translation>
            <numerusform>%1 : %n position, %2 dépassées, %3 orphelines, %4 conservées comme historique du texte convenu</numerusform>
            <numerusform>%1 : %n positions, %2 dépassées, %3 orphelines, %4 conservées comme historique du texte convenu</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a screen (with --screenshot: photograph it); "list" lists them.</source>
        <translation>Afficher un écran (avec --screenshot : le photographier) ; « list » les énumère.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x720.</source>
        <translation>Taille de la fenêtre, par exemple 1280x720.</translation>
    </message>
    <message>
        <source>Dark colours (Fusion style).</source>
        <translation>Couleurs sombres (style Fusion).</translation>
    </message>
    <message>
        <source>Import a file into a workspace: Akoma Ntoso, a draft (.docx, .txt) or positions (.csv); prints the import report. With a folder or several files: every Akoma Ntoso resolution in one run</source>
        <translation>Importer un fichier dans un espace de travail : Akoma Ntoso, un projet (.docx, .txt) ou des positions (.csv) ; affiche le rapport d'importation. Avec un dossier ou plusieurs fichiers : toutes les résolutions Akoma Ntoso en une seule exécution</translation>
    </message>
    <message>
        <source>Voting alignment over the recorded votes: agreement matrix, closest and most distant states, vote map (--agreement | --closest ISO3 | --map [--since S] [--match TEXT])</source>
        <translation>Alignement des votes, d'après les votes enregistrés : matrice de concordance, États les plus proches et les plus éloignés, carte des votes (--agreement | --closest ISO3 | --map [--since S] [--match TEXT])</translation>
    </message>
    <message>
        <source>Trace a norm or a clause through the workspace's texts by shared word sequences (NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv])</source>
        <translation>Suivre une norme ou une clause à travers les textes de l'espace de travail grâce aux séquences de mots communes (NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv])</translation>
    </message>
    <message>
        <source>Import FILE into WORKSPACE and print the import report: what was created and every problem with its line. Formats: akn (Akoma Ntoso: a Plenipo export or a UN resolution with its recorded vote), docx or txt (a draft: paragraphs become clauses), csv (positions; see README). Nothing is written when the report has errors; for csv, --accept-valid imports the valid rows anyway. Exit status 1 when nothing was imported.

With a folder (searched for *.xml and *.akn) or several files: a bulk import of Akoma Ntoso resolutions, one transaction per file, a line per file and the totals; a file whose document is already in the workspace is skipped (--replace: replaced). Exit status 1 when a file failed.</source>
        <translation>Importer FILE dans WORKSPACE et afficher le rapport d'importation : ce qui a été créé et chaque problème avec sa ligne. Formats : akn (Akoma Ntoso : une exportation de Plenipo ou une résolution de l'ONU avec son vote enregistré), docx ou txt (un projet : les paragraphes deviennent des clauses), csv (positions ; voir README). Rien n'est écrit si le rapport contient des erreurs ; pour csv, --accept-valid importe quand même les lignes valides. Code de sortie 1 si rien n'a été importé.

Avec un dossier (où sont recherchés les fichiers *.xml et *.akn) ou plusieurs fichiers : une importation groupée de résolutions Akoma Ntoso, une transaction par fichier, une ligne par fichier et les totaux ; un fichier dont le document est déjà dans l'espace de travail est ignoré (--replace : remplacé). Code de sortie 1 si l'importation d'un fichier a échoué.</translation>
    </message>
    <message>
        <source>akn: replace a document already in the workspace instead of skipping it.</source>
        <translation>akn : remplacer un document déjà présent dans l'espace de travail au lieu de l'ignorer.</translation>
    </message>
    <message>
        <source>Bulk import: list every file's warnings and errors.</source>
        <translation>Importation groupée : lister les avertissements et les erreurs de chaque fichier.</translation>
    </message>
    <message>
        <source>The file, files or folders to import.</source>
        <translation>Le fichier, les fichiers ou les dossiers à importer.</translation>
    </message>
    <message>
        <source>DIR|FILE...</source>
        <translation>DIR|FILE...</translation>
    </message>
    <message>
        <source>import: a bulk import (a folder or several files) takes Akoma Ntoso files only, with --replace, --json and --verbose</source>
        <translation>import : une importation groupée (un dossier ou plusieurs fichiers) n'accepte que des fichiers Akoma Ntoso, avec --replace, --json et --verbose</translation>
    </message>
    <message>
        <source>Voting alignment over the workspace's recorded votes (read-only). Agreement of two states: per vote both took part in, 1 when they vote the same, 0.5 when one abstains, 0 when they vote opposite; absences left out.
--agreement: the matrix of every pair of UN member states (rows and columns in the order of a hierarchical clustering), --closest ISO3: every other state by agreement with ISO3, --map: the two principal components of the votes with the share of variance each explains, and the blocs (--blocs N) compared with the regional groups.</source>
        <translation>Alignement des votes, d'après les votes enregistrés de l'espace de travail (lecture seule). Concordance de deux États : pour chaque vote auquel tous deux ont pris part, 1 s'ils votent de la même façon, 0,5 si l'un s'abstient, 0 s'ils votent en sens opposé ; les absences ne sont pas prises en compte.
--agreement : la matrice de toutes les paires d'États Membres de l'ONU (lignes et colonnes dans l'ordre d'une classification hiérarchique), --closest ISO3 : tous les autres États, classés par concordance avec ISO3, --map : les deux composantes principales des votes avec la part de la variance qu'explique chacune, et les blocs (--blocs N) comparés aux groupes régionaux.</translation>
    </message>
    <message>
        <source>Only votes of this session or later (74).</source>
        <translation>Seulement les votes de cette session ou des suivantes (74).</translation>
    </message>
    <message>
        <source>Only votes of this session or earlier.</source>
        <translation>Seulement les votes de cette session ou des précédentes.</translation>
    </message>
    <message>
        <source>Only votes on documents whose title or text contains TEXT.</source>
        <translation>Seulement les votes sur des documents dont le titre ou le texte contient TEXT.</translation>
    </message>
    <message>
        <source>Only these documents (comma-separated).</source>
        <translation>Seulement ces documents (séparés par des virgules).</translation>
    </message>
    <message>
        <source>The agreement matrix.</source>
        <translation>La matrice de concordance.</translation>
    </message>
    <message>
        <source>States closest and most distant to ISO3.</source>
        <translation>Les États les plus proches et les plus éloignés de ISO3.</translation>
    </message>
    <message>
        <source>The vote map (principal components) and blocs.</source>
        <translation>La carte des votes (composantes principales) et les blocs.</translation>
    </message>
    <message>
        <source>--map: cut the clustering into N blocs (6).</source>
        <translation>--map : découper la classification en N blocs (6).</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Sortie JSON.</translation>
    </message>
    <message>
        <source>CSV output.</source>
        <translation>Sortie CSV.</translation>
    </message>
    <message>
        <source>--agreement: save the heat map, --map: the vote map, as PNG.</source>
        <translation>--agreement : enregistrer la carte thermique, --map : la carte des votes, en PNG.</translation>
    </message>
    <message>
        <source>votes: %1 has no recorded vote matching the selection</source>
        <translation>votes : %1 n'a aucun vote enregistré correspondant à la sélection</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s), %1 states</source>
        <translation>
            <numerusform>%n vote enregistré, %1 États</numerusform>
            <numerusform>%n votes enregistrés, %1 États</numerusform>
        </translation>
    </message>
    <message>
        <source>votes: --png goes with --agreement or --map</source>
        <translation>votes : --png s'emploie avec --agreement ou --map</translation>
    </message>
    <message>
        <source>votes: cannot write %1</source>
        <translation>votes : impossible d'écrire %1</translation>
    </message>
    <message>
        <source>votes: '%1' is not a UN member state of %2</source>
        <translation>votes : « %1 » n'est pas un État Membre de l'ONU dans %2</translation>
    </message>
    <message numerus="yes">
        <source>UN General Assembly: %n recorded vote(s)</source>
        <translation>
            <numerusform>Assemblée générale des Nations Unies : %n vote enregistré</numerusform>
            <numerusform>Assemblée générale des Nations Unies : %n votes enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Every paragraph of the workspace whose wording derives from a norm (its source clause, else its summary) or a clause SYMBOL#NUMBER, found by shared sequences of three words (shingles), ranked by similarity (the share of the source's word sequences the paragraph contains), each with its word diff against the source. With --table: the norm x document table of every norm's best match in every document.</source>
        <translation>Chaque paragraphe de l'espace de travail dont le libellé dérive d'une norme (de sa clause source, sinon de son résumé) ou d'une clause SYMBOL#NUMBER, trouvé grâce aux séquences de trois mots communes (shingles), classé par similarité (la part des séquences de mots de la source que contient le paragraphe), chacun avec sa comparaison mot à mot avec la source. Avec --table : le tableau normes × documents de la meilleure correspondance de chaque norme dans chaque document.</translation>
    </message>
    <message>
        <source>Leave out matches below S (0..1, default 0.3).</source>
        <translation>Écarter les correspondances inférieures à S (0..1, 0.3 par défaut).</translation>
    </message>
    <message>
        <source>The norm x document table of every norm (no SOURCE).</source>
        <translation>Le tableau normes × documents de toutes les normes (sans SOURCE).</translation>
    </message>
    <message>
        <source>A norm code (GGE2015-13f) or SYMBOL#NUMBER.</source>
        <translation>Un code de norme (GGE2015-13f) ou SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>trace: expected WORKSPACE NORM|SYMBOL#NUMBER (or WORKSPACE --table), --min-similarity between 0 and 1
</source>
        <translation>trace : WORKSPACE NORM|SYMBOL#NUMBER (ou WORKSPACE --table) attendus, --min-similarity entre 0 et 1
</translation>
    </message>
    <message>
        <source>trace: %1 has no norm or clause '%2' (a norm code such as GGE2015-13f, or SYMBOL#NUMBER)</source>
        <translation>trace : %1 n'a ni norme ni clause « %2 » (un code de norme comme GGE2015-13f, ou SYMBOL#NUMBER)</translation>
    </message>
    <message>
        <source>votes: no document %1 in the workspace</source>
        <translation>votes : pas de document %1 dans l'espace de travail</translation>
    </message>
    <message>
        <source>votes: %1 has no paragraph %2</source>
        <translation>votes : %1 n'a pas de paragraphe %2</translation>
    </message>
    <message>
        <source>votes: --alternative needs a clause, SYMBOL#NUMBER</source>
        <translation>votes : --alternative requiert une clause, SYMBOL#NUMBER</translation>
    </message>
    <message>
        <source>%1, alternative %2</source>
        <translation>%1, variante %2</translation>
    </message>
    <message>
        <source>%1: no state has a recorded position here, so there is nothing to predict from.</source>
        <translation>%1 : aucun État n'a de position enregistrée ici, il n'y a donc rien sur quoi fonder une prédiction.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance (predicted, not recorded):</source>
        <translation>
            <numerusform>%1 : %n membre silencieux ayant une position probable (prédite, non enregistrée) :</numerusform>
            <numerusform>%1 : %n membres silencieux ayant une position probable (prédite, non enregistrée) :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ≈ %2 (predicted), confidence %3%, from %4 states</source>
        <extracomment>%1 ISO3 code, %2 the stance, %3 a percentage, %4 how many states it rests on</extracomment>
        <translation>%1  ≈ %2 (prédiction), confiance %3 %, d'après %4 États</translation>
    </message>
    <message>
        <source>no likely stance (no state shares enough of the selected votes): %1</source>
        <translation>aucune position probable (aucun État n'a assez de votes sélectionnés en commun) : %1</translation>
    </message>
    <message>
        <source>Likely stances of the members who said nothing on TARGET: SYMBOL (the document as a whole) or SYMBOL#NUMBER (a clause), predicted from the states that vote most like each one. Predictions, never recorded positions.</source>
        <translation>Positions probables des membres qui ne se sont pas prononcés sur TARGET : SYMBOL (le document dans son ensemble) ou SYMBOL#NUMBER (une clause), prédites d'après les États qui votent le plus comme chacun d'eux. Ce sont des prédictions, jamais des positions enregistrées.</translation>
    </message>
    <message>
        <source>--likely SYMBOL#NUMBER: on this alternative of the clause (g1.2).</source>
        <translation>--likely SYMBOL#NUMBER : sur cette variante de la clause (g1.2).</translation>
    </message>
    <message>
        <source>How often the likely stances are right: leave-one-out over the selected votes (each state's recorded vote predicted from the others'), per session and overall, against predicting its regional group's majority.</source>
        <translation>La fréquence à laquelle les positions probables sont justes : validation par exclusion d'un élément (leave-one-out) sur les votes sélectionnés (le vote enregistré de chaque État prédit d'après ceux des autres), par session et au total, comparée à une prédiction par la majorité de son groupe régional.</translation>
    </message>
    <message>
        <source>votes: expected WORKSPACE and one of --agreement, --closest ISO3, --map, --likely TARGET, --accuracy (and at most one of --json, --csv)
</source>
        <translation>votes : WORKSPACE et l'une des options --agreement, --closest ISO3, --map, --likely TARGET, --accuracy attendus (et au plus l'une de --json, --csv)
</translation>
    </message>
    <message>
        <source>votes: --alternative goes with --likely SYMBOL#NUMBER</source>
        <translation>votes : --alternative s'emploie avec --likely SYMBOL#NUMBER</translation>
    </message>
    <message>
        <source>%1: %2% of %3 recorded choices predicted right (regional group majority: %4%)</source>
        <extracomment>%1 is "session 74" or "overall"; %2 and %4 percentages, %3 a count</extracomment>
        <translation>%1 : %2 % des %3 choix enregistrés correctement prédits (majorité du groupe régional : %4 %)</translation>
    </message>
    <message>
        <source>%1; mean agreement per state (clustering order):</source>
        <translation>%1 ; concordance moyenne par État (ordre de la classification) :</translation>
    </message>
    <message>
        <source>%1; closest to %2 (%3):</source>
        <extracomment>%1 "96 recorded votes, 193 states", %2 ISO3 code, %3 the state's name</extracomment>
        <translation>%1 ; les plus proches de %2 (%3) :</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n vote(s))</source>
        <extracomment>%1 ISO3 code, %2 agreement (0 to 1)</extracomment>
        <translation>
            <numerusform>%1  %2  (%n vote)</numerusform>
            <numerusform>%1  %2  (%n votes)</numerusform>
        </translation>
    </message>
    <message>
        <source>most distant:</source>
        <translation>les plus éloignés :</translation>
    </message>
    <message>
        <source>no vote in common: %1</source>
        <translation>aucun vote en commun : %1</translation>
    </message>
    <message>
        <source>axis 1 explains %1% of the variance, axis 2 %2%</source>
        <translation>l'axe 1 explique %1 % de la variance, l'axe 2 %2 %</translation>
    </message>
    <message>
        <source>%1  %2  %3  bloc %4  %5</source>
        <extracomment>%1 ISO3 code, %2 and %3 the coordinates, %4 the bloc's number, %5 regional group</extracomment>
        <translation>%1  %2  %3  bloc %4  %5</translation>
    </message>
    <message>
        <source>blocs vs regional groups: adjusted Rand index %1, purity %2</source>
        <translation>blocs comparés aux groupes régionaux : indice de Rand ajusté %1, pureté %2</translation>
    </message>
    <message>
        <source>bloc %1: %2</source>
        <translation>bloc %1 : %2</translation>
    </message>
    <message>
        <source>political groups in the blocs:</source>
        <translation>groupes politiques dans les blocs :</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2% of its %n member(s) in bloc %3</source>
        <extracomment>%1 group code, %2 a percentage, %n its members, %3 the bloc's number</extracomment>
        <translation>
            <numerusform>%1 : %2 % de son %n membre dans le bloc %3</numerusform>
            <numerusform>%1 : %2 % de ses %n membres dans le bloc %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paragraph(s) with similarity &gt;= %2</source>
        <translation>
            <numerusform>%1 : %n paragraphe avec une similarité &gt;= %2</numerusform>
            <numerusform>%1 : %n paragraphes avec une similarité &gt;= %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1#%2  similarity %3</source>
        <translation>%1#%2  similarité %3</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>au total</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>session %1</translation>
    </message>
    <message numerus="yes">
        <source>(on %n clause(s))</source>
        <extracomment>After the states of a position hit: the details are on that many clauses.</extracomment>
        <translation>
            <numerusform>(sur %n clause)</numerusform>
            <numerusform>(sur %n clauses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>search: %n item(s) changed by another session cannot be found yet; they can be once its import is done</source>
        <translation>
            <numerusform>search : %n élément modifié par une autre session est encore introuvable ; il le sera une fois son import terminé</numerusform>
            <numerusform>search : %n éléments modifiés par une autre session sont encore introuvables ; ils le seront une fois son import terminé</numerusform>
        </translation>
    </message>
    <message>
        <source>A workspace (*.plenipo), or a server address (postgresql://..., service=...): then what you may read there.</source>
        <translation>Un espace de travail (*.plenipo), ou l'adresse d'un serveur (postgresql://..., service=...) : alors ce que vous pouvez y lire.</translation>
    </message>
    <message>
        <source>A workspace to open, or a server address (postgresql://..., service=...) to connect to.</source>
        <translation>Un espace de travail à ouvrir, ou l'adresse d'un serveur (postgresql://..., service=...) auquel se connecter.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandRunner</name>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Comparison</name>
    <message>
        <source>norm %1: its text (%2 paragraph %3) is not in this workspace</source>
        <translation>norme %1 : son texte (%2, paragraphe %3) ne figure pas dans cet espace de travail</translation>
    </message>
    <message>
        <source>'%1' is neither a document symbol nor a norm code</source>
        <translation>« %1 » n'est ni une cote de document ni un code de norme</translation>
    </message>
    <message>
        <source>'%1': a revision is written @1, @2, ...</source>
        <translation>« %1 » : une révision s'écrit @1, @2, ...</translation>
    </message>
    <message>
        <source>'%1': no document %2</source>
        <translation>« %1 » : pas de document %2</translation>
    </message>
    <message>
        <source>'%1': document %2 has no paragraph %3</source>
        <translation>« %1 » : le document %2 n'a pas de paragraphe %3</translation>
    </message>
    <message numerus="yes">
        <source>'%1': paragraph %2 has %n revision(s)</source>
        <translation>
            <numerusform>« %1 » : le paragraphe %2 a %n révision</numerusform>
            <numerusform>« %1 » : le paragraphe %2 a %n révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>compare two documents or two clauses: '%1' and '%2' are not alike</source>
        <translation>comparez deux documents ou deux clauses : « %1 » et « %2 » ne sont pas de même nature</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>aucune clause portant l'identifiant %1</translation>
    </message>
    <message>
        <source>Comparing %1 with %2 (clauses aligned through lineage, then content)</source>
        <translation>Comparaison de %1 avec %2 (clauses alignées selon leur filiation, puis leur contenu)</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>Comparaison de %1 avec %2</translation>
    </message>
    <message>
        <source>Clauses: %1 matched (%2 changed, %3 renumbered, %4 moved), %5 inserted, %6 deleted</source>
        <translation>Clauses — appariées : %1 (modifiées : %2, renumérotées : %3, déplacées : %4), insérées : %5, supprimées : %6</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Mots — %1</translation>
    </message>
    <message>
        <source>%1 words added, %2 removed, %3 unchanged; brackets: %4 introduced, %5 resolved; alternative groups: %6 introduced, %7 resolved</source>
        <extracomment>the counts carry no plural form (several in one line)</extracomment>
        <translation>ajoutés : %1, supprimés : %2, inchangés : %3 ; crochets introduits : %4, levés : %5 ; groupes de variantes introduits : %6, résolus : %7</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>insérée</translation>
    </message>
    <message>
        <source>inserted, split from %1</source>
        <translation>insérée, issue de la scission de %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>deleted, merged into %1</source>
        <translation>supprimée, fusionnée dans %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>%1, renumbered</source>
        <translation>%1, renumérotée</translation>
    </message>
    <message>
        <source>%1, moved</source>
        <translation>%1, déplacée</translation>
    </message>
</context>
<context>
    <name>Plenipo::ComparisonView</name>
    <message>
        <source>Document symbol, SYMBOL#NUMBER, SYMBOL#NUMBER@REVISION or norm code</source>
        <translation>Cote du document, SYMBOL#NUMBER, SYMBOL#NUMBER@REVISION ou code de norme</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Old:</source>
        <translation>Ancien :</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouveau :</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n renumérotée</numerusform>
            <numerusform>%n renumérotées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted</source>
        <translation>
            <numerusform>%n insérée</numerusform>
            <numerusform>%n insérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n word(s) added&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n mot ajouté&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n mots ajoutés&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n removed&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n supprimé&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n supprimés&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>brackets: %1 introduced, %2 resolved</source>
        <translation>crochets : %1 introduits, %2 levés</translation>
    </message>
    <message>
        <source>alternative groups: %1 introduced, %2 resolved</source>
        <translation>groupes de variantes : %1 introduits, %2 résolus</translation>
    </message>
    <message>
        <source>A clause of the newer document</source>
        <translation>Une clause du document le plus récent</translation>
    </message>
    <message>
        <source>The clause of the older document it corresponds to, or none</source>
        <translation>La clause du document antérieur qui lui correspond, ou aucune</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Apparier</translation>
    </message>
    <message>
        <source>Compare these two clauses with each other, whatever lineage and content say</source>
        <translation>Comparer ces deux clauses entre elles, quoi que disent la filiation et le contenu</translation>
    </message>
    <message>
        <source>Reset Pairings</source>
        <translation>Réinitialiser les appariements</translation>
    </message>
    <message>
        <source>Pair new clause</source>
        <translation>Apparier la nouvelle clause</translation>
    </message>
    <message>
        <source>with old clause</source>
        <translation>avec l'ancienne clause</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(sans correspondance)</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) matched through lineage or content</source>
        <translation>
            <numerusform>%n clause appariée selon sa filiation ou son contenu</numerusform>
            <numerusform>%n clauses appariées selon leur filiation ou leur contenu</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as &amp;Word with Tracked Changes...</source>
        <translation>Exporter en &amp;Word avec suivi des modifications...</translation>
    </message>
    <message>
        <source>A .docx file in which every difference is a tracked change that can be accepted or rejected</source>
        <translation>Un fichier .docx où chaque différence est une modification suivie, que l'on peut accepter ou refuser</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>Copier en &amp;texte</translation>
    </message>
    <message>
        <source>Copy the comparison as plain text, {-deleted-} {+inserted+}</source>
        <translation>Copier la comparaison en texte brut, {-supprimé-} {+inséré+}</translation>
    </message>
    <message>
        <source>Export Comparison as Word</source>
        <translation>Exporter la comparaison en Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Wrote %1 with tracked changes</source>
        <translation>%1 écrit avec suivi des modifications</translation>
    </message>
    <message>
        <source>Cannot export the comparison</source>
        <translation>Impossible d'exporter la comparaison</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>postgresql://host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://hôte:5432/base?sslmode=verify-full</translation>
    </message>
    <message>
        <source>A PostgreSQL connection URI, or libpq keywords such as service=coalition (from pg_service.conf) or host=... dbname=... user=...</source>
        <translation>Un URI de connexion PostgreSQL, ou des mots-clés libpq comme service=coalition (de pg_service.conf) ou host=... dbname=... user=...</translation>
    </message>
    <message>
        <source>as in the address</source>
        <translation>comme dans l'adresse</translation>
    </message>
    <message>
        <source>Plenipo never stores a password. It uses the one libpq finds (PGPASSWORD, ~/.pgpass, a service file) or asks for it when the server wants one. The server decides what your login may read: another delegation's internal material never reaches you.</source>
        <translation>Plenipo n'enregistre jamais de mot de passe. Il utilise celui que trouve libpq (PGPASSWORD, ~/.pgpass, un fichier de services) ou le demande quand le serveur en veut un. Le serveur décide de ce que votre identifiant peut lire : les éléments internes d'une autre délégation ne vous parviennent jamais.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusEngine</name>
    <message>
        <source>no clause with id %1</source>
        <translation>aucune clause portant l'identifiant %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusReport</name>
    <message>
        <source>Members: %1 (%2 states)</source>
        <extracomment>%1 the process (or "all states"), %2 how many member states</extracomment>
        <translation>Membres : %1 (nombre d'États : %2)</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>tous les États</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <extracomment>%1 a count, %2 a status (agreed, open...), %3 a percentage</extracomment>
        <translation>%2 : %1 (%3 %)</translation>
    </message>
    <message>
        <source>%1 clauses: %2</source>
        <extracomment>%1 how many clauses, %2 the count of each status</extracomment>
        <translation>Clauses : %1 — %2</translation>
    </message>
    <message>
        <source>Brackets: %1 bracketed spans in %2 alternative groups; %3 proposed deletions</source>
        <translation>Crochets — passages entre crochets : %1, groupes de variantes : %2 ; suppressions proposées : %3</translation>
    </message>
    <message>
        <source>Blocked, fewest blockers first:</source>
        <translation>Clauses bloquées, par nombre croissant d'États bloquants :</translation>
    </message>
    <message>
        <source>Positions: outdated (text changed since given) on %1 clauses; orphaned (their words are gone, not counted) on %2 clauses</source>
        <translation>Positions — clauses avec des positions dépassées (le texte a changé depuis) : %1 ; clauses avec des positions orphelines (leurs mots ont disparu ; non comptées) : %2</translation>
    </message>
    <message>
        <source>blocked by: %1</source>
        <translation>bloquée par : %1</translation>
    </message>
    <message>
        <source>reservations: %1</source>
        <translation>réserves : %1</translation>
    </message>
    <message>
        <source>no position: %1</source>
        <translation>sans position : %1</translation>
    </message>
    <message>
        <source>%1 states</source>
        <translation>%1 États</translation>
    </message>
    <message>
        <source>ad referendum: %1</source>
        <translation>ad referendum : %1</translation>
    </message>
    <message>
        <source>outdated positions (%1): %2</source>
        <translation>positions dépassées (%1) : %2</translation>
    </message>
    <message>
        <source>orphaned positions (%1, not counted): %2</source>
        <translation>positions orphelines (%1, non comptées) : %2</translation>
    </message>
    <message>
        <source>%1: landing zone %2</source>
        <extracomment>%1 an alternative group's id (g1), %2 its landing zone</extracomment>
        <translation>%1 : zone d'accord %2</translation>
    </message>
    <message>
        <source>(drop the span)</source>
        <translation>(supprimer le passage)</translation>
    </message>
    <message>
        <source>%1: no landing zone; blocked by %2</source>
        <translation>%1 : aucune zone d'accord ; bloqué par %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusSession</name>
    <message numerus="yes">
        <source>Every state (%n)</source>
        <translation>
            <numerusform>Tous les États (%n)</numerusform>
            <numerusform>Tous les États (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>Processus %1 (%n)</numerusform>
            <numerusform>Processus %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 (%n)</source>
        <translation>
            <numerusform>Groupe %1 (%n)</numerusform>
            <numerusform>Groupe %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusStatus</name>
    <message>
        <source>agreed</source>
        <translation>convenu</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>convenu ad referendum</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>contesté</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
</context>
<context>
    <name>Plenipo::CsvReader</name>
    <message>
        <source>error parsing data while strict checking enabled</source>
        <translation>erreur d'analyse des données (vérification stricte activée)</translation>
    </message>
    <message>
        <source>memory exhausted while increasing buffer size</source>
        <translation>mémoire épuisée lors de l'agrandissement de la mémoire tampon</translation>
    </message>
    <message>
        <source>data size too large</source>
        <translation>données trop volumineuses</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n'est pas en UTF-8 valide</translation>
    </message>
</context>
<context>
    <name>Plenipo::DeriveCoalitionDocumentCommand</name>
    <message>
        <source>Derive coalition document %1</source>
        <translation>Établir le document de coalition %1</translation>
    </message>
    <message>
        <source>Derived from the coalition analysis</source>
        <translation>Établi à partir de l'analyse de la coalition</translation>
    </message>
    <message>
        <source>the coalition accepts no clause of %1: there is nothing to derive</source>
        <translation>la coalition n'accepte aucune clause de %1 : il n'y a rien à établir</translation>
    </message>
</context>
<context>
    <name>Plenipo::DeriveDocumentCommand</name>
    <message>
        <source>Derive %1 from %2</source>
        <translation>Établir %1 à partir de %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir de %1</translation>
    </message>
    <message>
        <source>no document to derive from</source>
        <translation>aucun document à partir duquel établir</translation>
    </message>
</context>
<context>
    <name>Plenipo::DetachedPositionCommand</name>
    <message>
        <source>Re-attach position to the whole clause</source>
        <translation>Rattacher la position à l'ensemble de la clause</translation>
    </message>
    <message>
        <source>Re-attach position to %1</source>
        <translation>Rattacher la position à %1</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n orphaned position(s)</source>
        <translation>
            <numerusform>Abandonner %n position orpheline</numerusform>
            <numerusform>Abandonner %n positions orphelines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::DocumentComparison</name>
    <message>
        <source>compare: a document is missing from %1</source>
        <translation>compare : un document manque dans %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::DocxExporter</name>
    <message>
        <source>Word document</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Document Word</translation>
    </message>
</context>
<context>
    <name>Plenipo::DocxWriter</name>
    <message>
        <source>cannot write the Word package: %1</source>
        <translation>impossible d'écrire le paquet Word : %1</translation>
    </message>
    <message>
        <source>cannot write %1 into the Word package: %2</source>
        <translation>impossible d'écrire %1 dans le paquet Word : %2</translation>
    </message>
    <message>
        <source>cannot finish the Word package: %1</source>
        <translation>impossible de terminer le paquet Word : %1</translation>
    </message>
    <message>
        <source>cannot write the Word document: %1</source>
        <translation>impossible d'écrire le document Word : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainNames</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1:1: expected a header starting with code</source>
        <translation>%1:1 : en-tête commençant par code attendu</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2 : %n champ, %3 attendus</numerusform>
            <numerusform>%1:%2 : %n champs, %3 attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:1: unknown language column '%2'</source>
        <translation>%1:1 : colonne de langue inconnue « %2 »</translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainText</name>
    <message>
        <source>Group of Governmental Experts</source>
        <translation>Groupe d'experts gouvernementaux</translation>
    </message>
    <message>
        <source>Open-Ended Working Group</source>
        <translation>Groupe de travail à composition non limitée</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <source>Other process</source>
        <translation>Autre processus</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Zero draft</source>
        <translation>Avant-projet</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>Déclaration commune</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Groupe régional de l'ONU</translation>
    </message>
    <message>
        <source>Political group</source>
        <translation>Groupe politique</translation>
    </message>
    <message>
        <source>statement</source>
        <comment>source of a position</comment>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>document</source>
        <comment>source of a position</comment>
        <translation>document</translation>
    </message>
    <message>
        <source>vote</source>
        <comment>source of a position</comment>
        <translation>vote</translation>
    </message>
    <message>
        <source>informal</source>
        <comment>source of a position</comment>
        <translation>informel</translation>
    </message>
    <message>
        <source>illustrative</source>
        <comment>source of a position</comment>
        <translation>illustratif</translation>
    </message>
</context>
<context>
    <name>Plenipo::DraftImporter</name>
    <message>
        <source>%1: line %2, column %3: not well-formed XML (%4); nothing was imported</source>
        <translation>%1 : ligne %2, colonne %3 : XML mal formé (%4) ; rien n'a été importé</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>The place of a problem in a text file: %1 is the line number.</extracomment>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: not a Word file (.docx): the zip package cannot be read (%2); nothing was imported</source>
        <translation>%1 : pas un fichier Word (.docx) : le paquet zip est illisible (%2) ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: not a Word file (.docx): it has no %2; nothing was imported</source>
        <translation>%1 : pas un fichier Word (.docx) : il ne contient pas %2 ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: word/document.xml has no body; nothing was imported</source>
        <translation>%1 : word/document.xml n'a pas de corps ; rien n'a été importé</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <extracomment>The place of a problem in a Word file: %1 is the paragraph's position in it.</extracomment>
        <translation>paragraphe %1</translation>
    </message>
    <message>
        <source>list level '%1' is not a Word list level (0 to %2): the paragraph's automatic number is ignored</source>
        <translation>le niveau de liste « %1 » n'est pas un niveau de liste Word (0 à %2) : la numérotation automatique du paragraphe est ignorée</translation>
    </message>
    <message>
        <source>unknown process '%1'</source>
        <translation>processus inconnu « %1 »</translation>
    </message>
    <message>
        <source>sub-point %1 before any numbered paragraph</source>
        <translation>alinéa %1 avant tout paragraphe numéroté</translation>
    </message>
    <message>
        <source>the document needs a symbol</source>
        <translation>le document doit avoir une cote</translation>
    </message>
    <message>
        <source>the workspace already has a document %1 (choose another symbol)</source>
        <translation>l'espace de travail contient déjà un document %1 (choisissez une autre cote)</translation>
    </message>
    <message>
        <source>no paragraphs found in %1</source>
        <translation>aucun paragraphe trouvé dans %1</translation>
    </message>
    <message>
        <source>clause number %1 also numbers an earlier clause</source>
        <translation>le numéro de clause %1 est déjà celui d'une clause précédente</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <extracomment>The place of a markup problem: %1 is the line or paragraph ("line 12"), %2 the column.</extracomment>
        <translation>%1, colonne %2</translation>
    </message>
    <message>
        <source>clause %1: %2</source>
        <extracomment>%1 is the clause number, %2 the markup problem.</extracomment>
        <translation>clause %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (zero draft): %n clause(s)</source>
        <translation>
            <numerusform>document %1 « %2 » (avant-projet) : %n clause</numerusform>
            <numerusform>document %1 « %2 » (avant-projet) : %n clauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (draft): %n clause(s)</source>
        <translation>
            <numerusform>document %1 « %2 » (projet) : %n clause</numerusform>
            <numerusform>document %1 « %2 » (projet) : %n clauses</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import : lisez d'abord le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1 : %n erreur trouvée ; rien n'a été importé</numerusform>
            <numerusform>%1 : %n erreurs trouvées ; rien n'a été importé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDialog</name>
    <message>
        <source>Export Document</source>
        <translation>Exporter le document</translation>
    </message>
    <message>
        <source>None: the document as it stands</source>
        <translation>Aucune : le document en l'état</translation>
    </message>
    <message>
        <source>Include internal material (internal notes and positions, as comments)</source>
        <translation>Inclure les éléments internes (notes et positions internes, sous forme de commentaires)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>&amp;Coalition:</source>
        <translation>&amp;Coalition :</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>A coalition export never contains internal material.</source>
        <translation>Une exportation pour une coalition ne contient jamais d'éléments internes.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier de destination.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportation...</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l'exportation : %1</translation>
    </message>
    <message>
        <source>The language of the cover block, labels and state names; the clause text stays as written.</source>
        <translation>La langue de la page de garde, des libellés et des noms d'États ; le texte des clauses reste tel qu'il est rédigé.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message numerus="yes">
        <source>The coalition text relies on outdated positions in %n paragraph(s):</source>
        <translation>
            <numerusform>Le texte de la coalition repose sur des positions dépassées dans %n paragraphe :</numerusform>
            <numerusform>Le texte de la coalition repose sur des positions dépassées dans %n paragraphes :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDocument</name>
    <message>
        <source>Ad referendum: %1.</source>
        <translation>Ad referendum : %1.</translation>
    </message>
    <message>
        <source>Deletion proposed by: %1.</source>
        <translation>Suppression proposée par : %1.</translation>
    </message>
    <message>
        <source>Proposed by: %1.</source>
        <translation>Proposé par : %1.</translation>
    </message>
    <message>
        <source>Internal: %1, %2</source>
        <translation>Interne : %1, %2</translation>
    </message>
    <message>
        <source>Internal: %1, %2 (alternative %3)</source>
        <translation>Interne : %1, %2 (variante %3)</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source : %1.</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Processus : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Text of the coalition: %1</source>
        <translation>Texte de la coalition : %1</translation>
    </message>
    <message>
        <source>Adherent States (%1)</source>
        <translation>États adhérents (%1)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Not yet agreed within the coalition.</source>
        <translation>Pas encore convenu au sein de la coalition.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Internal notes (not for circulation)</source>
        <translation>Notes internes (ne pas diffuser)</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1: the coalition text relies on %n outdated position(s), given on words that have changed since: %2</source>
        <translation>
            <numerusform>Paragraphe %1 : le texte de la coalition repose sur %n position dépassée, donnée sur des mots qui ont changé depuis : %2</numerusform>
            <numerusform>Paragraphe %1 : le texte de la coalition repose sur %n positions dépassées, données sur des mots qui ont changé depuis : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportOptions</name>
    <message>
        <source>the export was cancelled</source>
        <translation>l'exportation a été annulée</translation>
    </message>
    <message>
        <source>export: no document with id %1 in %2</source>
        <translation>export : aucun document portant l'identifiant %1 dans %2</translation>
    </message>
    <message>
        <source>export: no coalition '%1' in %2</source>
        <translation>export : pas de coalition « %1 » dans %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::FileImporter</name>
    <message>
        <source>import: read a file first</source>
        <translation>import : lisez d'abord un fichier</translation>
    </message>
</context>
<context>
    <name>Plenipo::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Find in this text</source>
        <translation>Chercher dans ce texte</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Chercher :</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Chercher...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Chercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Chercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 sur %n</numerusform>
            <numerusform>%1 sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::HandbookDialog</name>
    <message>
        <source>Plenipo Handbook</source>
        <translation>Manuel de Plenipo</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>&amp;Markup Reference</source>
        <translation>Référence du &amp;balisage</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>A file to import</source>
        <translation>Un fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Automatic (from the file name)</source>
        <translation>Automatique (d'après le nom du fichier)</translation>
    </message>
    <message>
        <source>Akoma Ntoso XML (a Plenipo export or a UN resolution)</source>
        <translation>Akoma Ntoso XML (une exportation de Plenipo ou une résolution de l'ONU)</translation>
    </message>
    <message>
        <source>Draft in Word (.docx)</source>
        <translation>Projet Word (.docx)</translation>
    </message>
    <message>
        <source>Draft in plain text (.txt)</source>
        <translation>Projet en texte brut (.txt)</translation>
    </message>
    <message>
        <source>Positions (CSV)</source>
        <translation>Positions (CSV)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Default: the file name</source>
        <translation>Par défaut : le nom du fichier</translation>
    </message>
    <message>
        <source>Draft &amp;symbol:</source>
        <translation>&amp;Cote du projet :</translation>
    </message>
    <message>
        <source>Default: the first unnumbered paragraph</source>
        <translation>Par défaut : le premier paragraphe non numéroté</translation>
    </message>
    <message>
        <source>Draft &amp;title:</source>
        <translation>&amp;Titre du projet :</translation>
    </message>
    <message>
        <source>Choose a file, then Check: nothing is written before Import.</source>
        <translation>Choisissez un fichier, puis Vérifier : rien n'est écrit avant Importer.</translation>
    </message>
    <message>
        <source>The import report appears here.</source>
        <translation>Le rapport d'importation apparaît ici.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Import &amp;Valid Rows</source>
        <translation>Importer les lignes &amp;valides</translation>
    </message>
    <message>
        <source>For positions in CSV with errors: import the rows without errors and leave out the others</source>
        <translation>Pour des positions en CSV comportant des erreurs : importer les lignes sans erreur et laisser les autres de côté</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Importable files (*.xml *.akn *.docx *.txt *.csv);;All files (*)</source>
        <translation>Fichiers importables (*.xml *.akn *.docx *.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %n warning(s). Press Import to write it into the workspace.</source>
        <translation>
            <numerusform>Prêt à importer : %n avertissement. Appuyez sur Importer pour l'écrire dans l'espace de travail.</numerusform>
            <numerusform>Prêt à importer : %n avertissements. Appuyez sur Importer pour l'écrire dans l'espace de travail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Import the valid rows without them, or close: nothing changes.</source>
        <translation>
            <numerusform>%n ligne contient des erreurs. Importez les lignes valides sans elle, ou fermez : rien ne change.</numerusform>
            <numerusform>%n lignes contiennent des erreurs. Importez les lignes valides sans elles, ou fermez : rien ne change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this file cannot be imported as it is. Nothing was written.</source>
        <translation>
            <numerusform>%n erreur : ce fichier ne peut pas être importé en l'état. Rien n'a été écrit.</numerusform>
            <numerusform>%n erreurs : ce fichier ne peut pas être importé en l'état. Rien n'a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import positions from %1</source>
        <translation>Importer les positions de %1</translation>
    </message>
    <message>
        <source>The import failed; the workspace is unchanged: %1</source>
        <translation>L'importation a échoué ; l'espace de travail est inchangé : %1</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDocumentCommand</name>
    <message>
        <source>the import wrote no document</source>
        <translation>l'importation n'a écrit aucun document</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportGuard</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: the file is %2, more than the %3 an import accepts; nothing was imported</source>
        <translation>%1 : le fichier fait %2, plus que les %3 qu'une importation accepte ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: the input is larger than the %2 an import accepts; nothing was imported</source>
        <translation>%1 : l'entrée dépasse les %2 qu'une importation accepte ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: the file is not valid UTF-8 (byte 0x%4); save it as UTF-8 and import it again. Nothing was imported</source>
        <translation>%1 : ligne %2, colonne %3 : le fichier n'est pas en UTF-8 valide (octet 0x%4) ; enregistrez-le en UTF-8 et importez-le à nouveau. Rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: line %2: the XML declares a DTD or entities (%3); Plenipo refuses them in imported files. Nothing was imported</source>
        <translation>%1 : ligne %2 : le XML déclare une DTD ou des entités (%3) ; Plenipo les refuse dans les fichiers importés. Rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 expands to %3, more than the %4 an import accepts (a damaged or hostile file); nothing was imported</source>
        <translation>%1 : l'entrée zip %2 se décompresse en %3, plus que les %4 qu'une importation accepte (fichier endommagé ou malveillant) ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 lies outside the file (a damaged file); nothing was imported</source>
        <translation>%1 : l'entrée zip %2 se situe hors du fichier (fichier endommagé) ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be read (a damaged file); nothing was imported</source>
        <translation>%1 : l'entrée zip %2 est illisible (fichier endommagé) ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be inflated (%3); nothing was imported</source>
        <translation>%1 : l'entrée zip %2 ne peut pas être décompressée (%3) ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 expands to more than the %3 an import accepts (its header claims %4: a damaged or hostile file); nothing was imported</source>
        <translation>%1 : l'entrée zip %2 se décompresse en plus que les %3 qu'une importation accepte (son en-tête annonce %4 : fichier endommagé ou malveillant) ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 holds %3 bytes but its header says %4 (a damaged or hostile file); nothing was imported</source>
        <translation>%1 : l'entrée zip %2 contient %3 octets mais son en-tête en annonce %4 (fichier endommagé ou malveillant) ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: line %2: the XML is nested more than %3 elements deep (a damaged or hostile file); nothing was imported</source>
        <translation>%1 : ligne %2 : le XML est imbriqué sur plus de %3 niveaux d'éléments (fichier endommagé ou malveillant) ; rien n'a été importé</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportReport</name>
    <message>
        <source>info</source>
        <extracomment>The severity of a problem in an import report ("info: line 3: ...").</extracomment>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>The severity of a problem in an import report ("warning: line 3: ...").</extracomment>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>The severity of a problem in an import report ("error: line 3: ...").</extracomment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>checked, nothing written yet</source>
        <translation>vérifié, rien n'est encore écrit</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>The outcome of an import: everything was written into the workspace.</extracomment>
        <translation>importé</translation>
    </message>
    <message>
        <source>imported the valid rows only; the rows with errors were left out</source>
        <translation>seules les lignes valides ont été importées ; les lignes comportant des erreurs ont été laissées de côté</translation>
    </message>
    <message>
        <source>NOT imported: the workspace is unchanged</source>
        <translation>NON importé : l'espace de travail est inchangé</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 is the file name, %2 its format (CSV, Akoma Ntoso...), %3 the outcome of the import.</extracomment>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Would create:</source>
        <translation>Serait créé :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the number of errors ("3 errors"), %2 the number of warnings ("1 warning").</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One problem of an import report: %1 is its severity (error, warning, info), %2 the message ("error: unknown state 'Atlantis'").</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>One problem of an import report: %1 is its severity (error, warning, info), %2 its place in the file ("line 12"), %3 the message.</extracomment>
        <translation>%1 : %2 : %3</translation>
    </message>
</context>
<context>
    <name>Plenipo::InsertClauseCommand</name>
    <message>
        <source>Insert clause %1</source>
        <translation>Insérer la clause %1</translation>
    </message>
    <message>
        <source>clause %1 was not written</source>
        <translation>la clause %1 n'a pas été écrite</translation>
    </message>
</context>
<context>
    <name>Plenipo::MainWindow</name>
    <message>
        <source>Plenipo workspaces (*.plenipo)</source>
        <translation>Espaces de travail Plenipo (*.plenipo)</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nouvel espace de travail...</translation>
    </message>
    <message>
        <source>Open &amp;Sample Workspace</source>
        <translation>Ouvrir l'espace de travail d'&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <source>&amp;Compare Texts...</source>
        <translation>&amp;Comparer des textes...</translation>
    </message>
    <message>
        <source>Cannot create the sample workspace</source>
        <translation>Impossible de créer l'espace de travail d'exemple</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Impossible de créer l'espace de travail</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Enregistrer l'espace de travail sous</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Impossible d'enregistrer l'espace de travail</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working on it.</source>
        <translation>Copie enregistrée sous %1 ; vous travaillez maintenant sur celle-ci.</translation>
    </message>
    <message>
        <source>%1%2 • %3 • %4</source>
        <extracomment>%1 is the file, %2 " [read-only]" or nothing, %3 "193 UN member states" (and " • 2 observer states" when there are any), %4 "5 documents"</extracomment>
        <translation>%1%2 • %3 • %4</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in Workspace</source>
        <translation>Chercher dans l'espace de travail</translation>
    </message>
    <message>
        <source>Find in &amp;Workspace...</source>
        <translation>Chercher dans l'&amp;espace de travail...</translation>
    </message>
    <message>
        <source>Find in workspace (Ctrl+Shift+F)</source>
        <translation>Chercher dans l'espace de travail (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>&amp;Configure Plenipo...</source>
        <translation>&amp;Configurer Plenipo...</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Plenipo</source>
        <translation>Plenipo</translation>
    </message>
    <message>
        <source>Plenipo &amp;Handbook</source>
        <translation>&amp;Manuel de Plenipo</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;Ouvrir un espace de travail...</translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation>&amp;Enregistrer la révision</translation>
    </message>
    <message>
        <source>Record the edited clause text as a new revision (Ctrl+S, or Ctrl+Return in the editor)</source>
        <translation>Enregistrer le texte modifié de la clause comme nouvelle révision (Ctrl+S, ou Ctrl+Entrée dans l'éditeur)</translation>
    </message>
    <message>
        <source>&amp;Find in Clause...</source>
        <translation>&amp;Chercher dans la clause...</translation>
    </message>
    <message>
        <source>Search Field</source>
        <translation>Champ de recherche</translation>
    </message>
    <message>
        <source>&amp;Next Clause</source>
        <translation>Clause &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Clause</source>
        <translation>Clause &amp;précédente</translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation>Afficher le &amp;navigateur</translation>
    </message>
    <message>
        <source>Show &amp;States</source>
        <translation>Afficher les &amp;États</translation>
    </message>
    <message>
        <source>Go to %1 Tab</source>
        <translation>Aller à l'onglet %1</translation>
    </message>
    <message>
        <source>Show &amp;Find in Workspace</source>
        <translation>Afficher la &amp;recherche dans l'espace de travail</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Re&amp;do: %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Saved a new revision of paragraph %1</source>
        <translation>Nouvelle révision du paragraphe %1 enregistrée</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>Importer un &amp;dossier...</translation>
    </message>
    <message>
        <source>&amp;Research...</source>
        <translation>&amp;Recherche...</translation>
    </message>
    <message>
        <source>%1 • %2</source>
        <extracomment>%1 "193 UN member states", %2 "2 observer states"</extracomment>
        <translation>%1 • %2</translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n État Membre de l'ONU</numerusform>
            <numerusform>%n États Membres de l'ONU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer state(s)</source>
        <translation>
            <numerusform>%n État observateur</numerusform>
            <numerusform>%n États observateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation>Se &amp;connecter à un serveur...</translation>
    </message>
    <message>
        <source>&amp;Reload from Server</source>
        <translation>&amp;Recharger depuis le serveur</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The server asks for the password of %1:</source>
        <translation>Le serveur demande le mot de passe de %1 :</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>Impossible de se connecter au serveur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the login, %2 its delegation (ISO3), %3 its role (viewer, editor...)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>%1 on %2, read as of %3</source>
        <translation>%1 sur %2, lu au %3</translation>
    </message>
    <message>
        <source>Your role lets you read, not change.</source>
        <translation>Votre rôle vous permet de lire, pas de modifier.</translation>
    </message>
    <message>
        <source>The workbench does not write to server workspaces yet; File &gt; Save As keeps a copy as a file.</source>
        <translation>Le poste de travail n'écrit pas encore dans les espaces de travail d'un serveur ; Fichier &gt; Enregistrer sous en garde une copie dans un fichier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server workspace, read-only.&lt;/b&gt; You are %1 on %2. This is what the server lets your login read, as of %3: it withholds other delegations' internal material. %4</source>
        <translation>&lt;b&gt;Espace de travail d'un serveur, en lecture seule.&lt;/b&gt; Vous êtes %1 sur %2. Voici ce que le serveur laisse lire à votre identifiant, au %3 : il retient les éléments internes des autres délégations. %4</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>a server workspace: %1 the database, %2 the server's host name</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Updated from the server: %n change(s) by %1</source>
        <extracomment>%1 the logins who made the changes, comma-separated</extracomment>
        <translation>
            <numerusform>Mis à jour depuis le serveur : %n modification par %1</numerusform>
            <numerusform>Mis à jour depuis le serveur : %n modifications par %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1): File &gt; Reload from Server connects again.</source>
        <translation>La connexion au serveur est perdue (%1) : Fichier &gt; Recharger depuis le serveur se reconnecte.</translation>
    </message>
    <message>
        <source>What others change there and may share with you appears here as they change it.</source>
        <translation>Ce que d'autres y modifient et peuvent partager avec vous apparaît ici au fur et à mesure.</translation>
    </message>
    <message>
        <source>The workspace has changed on the server: File &gt; Reload from Server shows the changes (reading it took %1 s).</source>
        <translation>L'espace de travail a changé sur le serveur : Fichier &gt; Recharger depuis le serveur montre les modifications (sa lecture a pris %1 s).</translation>
    </message>
</context>
<context>
    <name>Plenipo::MarkupParser</name>
    <message>
        <source>brackets and deletions nested more than %1 levels deep: the deeper ones are kept as text</source>
        <translation>crochets et suppressions imbriqués sur plus de %1 niveaux : les plus profonds sont conservés comme texte</translation>
    </message>
    <message>
        <source>'}' without a matching '{'</source>
        <translation>« } » sans « { » correspondant</translation>
    </message>
    <message>
        <source>']' without a matching '['</source>
        <translation>« ] » sans « [ » correspondant</translation>
    </message>
    <message>
        <source>empty alternative</source>
        <translation>variante vide</translation>
    </message>
    <message>
        <source>unterminated attribution '{': missing '}' on the same line</source>
        <translation>attribution « { » non terminée : « } » manquant sur la même ligne</translation>
    </message>
    <message>
        <source>attribution must follow a bracketed span or a deletion</source>
        <translation>une attribution doit suivre un passage entre crochets ou une suppression</translation>
    </message>
    <message>
        <source>empty attribution '{}'</source>
        <translation>attribution vide « {} »</translation>
    </message>
    <message>
        <source>ad referendum mark must follow a bracketed span or end the clause</source>
        <translation>la mention ad referendum doit suivre un passage entre crochets ou terminer la clause</translation>
    </message>
    <message>
        <source>malformed code '%1' in ad referendum mark (expected an upper-case state or group code such as FRA or EU)</source>
        <translation>code mal formé « %1 » dans la mention ad referendum (code d'État ou de groupe en majuscules attendu, comme FRA ou EU)</translation>
    </message>
    <message>
        <source>malformed code '%1' in attribution (expected an upper-case state or group code such as FRA or EU)</source>
        <translation>code mal formé « %1 » dans l'attribution (code d'État ou de groupe en majuscules attendu, comme FRA ou EU)</translation>
    </message>
    <message>
        <source>unknown state or group '%1' in ad referendum mark</source>
        <translation>État ou groupe inconnu « %1 » dans la mention ad referendum</translation>
    </message>
    <message>
        <source>unknown state or group '%1' in attribution</source>
        <translation>État ou groupe inconnu « %1 » dans l'attribution</translation>
    </message>
    <message>
        <source>'%1' appears twice in the ad referendum mark</source>
        <translation>« %1 » figure deux fois dans la mention ad referendum</translation>
    </message>
    <message>
        <source>'%1' appears twice in the attribution</source>
        <translation>« %1 » figure deux fois dans l'attribution</translation>
    </message>
    <message>
        <source>empty deletion</source>
        <translation>suppression vide</translation>
    </message>
    <message>
        <source>unterminated note</source>
        <translation>note non terminée</translation>
    </message>
    <message>
        <source>unclosed bracket opened here</source>
        <translation>crochet ouvert ici et jamais fermé</translation>
    </message>
    <message>
        <source>unterminated deletion '~~'</source>
        <translation>suppression « ~~ » non terminée</translation>
    </message>
    <message>
        <source>options out of sequence: expected 'Option %1:'</source>
        <extracomment>'Option %1:' is the markup of an option header: keep it in English.</extracomment>
        <translation>options dans le désordre : « Option %1: » attendu</translation>
    </message>
</context>
<context>
    <name>Plenipo::MarkupReport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 clause(s), %3 error(s), %4 warning(s)</source>
        <extracomment>%1 the file; the counts carry no plural form (several in one line)</extracomment>
        <translation>%1 : clauses : %2, erreurs : %3, avertissements : %4</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>clauses</translation>
    </message>
    <message>
        <source>bracketed spans</source>
        <translation>passages entre crochets</translation>
    </message>
    <message>
        <source>alternative groups</source>
        <translation>groupes de variantes</translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation>variantes</translation>
    </message>
    <message>
        <source>whole-clause options</source>
        <translation>options portant sur l'ensemble de la clause</translation>
    </message>
    <message>
        <source>deepest bracket nesting</source>
        <translation>imbrication maximale des crochets</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>words in brackets</source>
        <translation>mots entre crochets</translation>
    </message>
    <message>
        <source>words in options</source>
        <translation>mots dans les options</translation>
    </message>
    <message>
        <source>words proposed for deletion</source>
        <translation>mots dont la suppression est proposée</translation>
    </message>
    <message>
        <source>agreed words</source>
        <translation>mots convenus</translation>
    </message>
    <message>
        <source>agreed share</source>
        <translation>part des mots convenus</translation>
    </message>
    <message>
        <source>deletions</source>
        <translation>suppressions</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>ad referendum marks</source>
        <translation>mentions ad referendum</translation>
    </message>
    <message>
        <source>attributions</source>
        <translation>attributions</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>clause</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>in brackets</source>
        <translation>entre crochets</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>convenus</translation>
    </message>
    <message>
        <source>agreed %</source>
        <translation>% convenus</translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorActions</name>
    <message>
        <source>Compare with %1</source>
        <translation>Comparer avec %1</translation>
    </message>
    <message>
        <source>Derive New Revision...</source>
        <translation>Établir une nouvelle révision...</translation>
    </message>
    <message>
        <source>Insert Clause After...</source>
        <translation>Insérer une clause après...</translation>
    </message>
    <message>
        <source>Renumber...</source>
        <translation>Renuméroter...</translation>
    </message>
    <message>
        <source>Link to Norms...</source>
        <translation>Lier à des normes...</translation>
    </message>
    <message>
        <source>Delete Clause</source>
        <translation>Supprimer la clause</translation>
    </message>
    <message>
        <source>Compare with norm %1</source>
        <translation>Comparer avec la norme %1</translation>
    </message>
    <message>
        <source>Trace Through Later Texts</source>
        <translation>Suivre dans les textes ultérieurs</translation>
    </message>
    <message>
        <source>Likely Stances of Silent Members</source>
        <translation>Positions probables des membres silencieux</translation>
    </message>
    <message>
        <source>Derive New Revision</source>
        <translation>Établir une nouvelle révision</translation>
    </message>
    <message>
        <source>Symbol of the new document (it follows %1 and keeps the lineage of every clause):</source>
        <translation>Cote du nouveau document (il fait suite à %1 et garde la filiation de chaque clause) :</translation>
    </message>
    <message>
        <source>Cannot derive the document</source>
        <translation>Impossible d'établir le document</translation>
    </message>
    <message>
        <source>Insert Clause</source>
        <translation>Insérer une clause</translation>
    </message>
    <message>
        <source>Number of the new clause:</source>
        <translation>Numéro de la nouvelle clause :</translation>
    </message>
    <message>
        <source>Renumber Clause</source>
        <translation>Renuméroter la clause</translation>
    </message>
    <message>
        <source>New number:</source>
        <translation>Nouveau numéro :</translation>
    </message>
    <message>
        <source>Norms clause %1 derives from</source>
        <translation>Normes dont la clause %1 est tirée</translation>
    </message>
    <message>
        <source>Delete clause %1 from this document? Its revisions and positions go with it (Undo brings them back).</source>
        <translation>Supprimer la clause %1 de ce document ? Ses révisions et positions disparaissent avec elle (Annuler les fait revenir).</translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorModel</name>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Autres documents</translation>
    </message>
    <message>
        <source>Norms catalogue</source>
        <translation>Catalogue des normes</translation>
    </message>
    <message>
        <source>open to all UN member states</source>
        <translation>ouvert à tous les États Membres de l'ONU</translation>
    </message>
    <message numerus="yes">
        <source>%n member state(s)</source>
        <translation>
            <numerusform>%n État membre</numerusform>
            <numerusform>%n États membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::OdtExporter</name>
    <message>
        <source>OpenDocument text</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>cannot write the OpenDocument text</source>
        <translation>impossible d'écrire le texte OpenDocument</translation>
    </message>
    <message>
        <source>cannot write the OpenDocument text: %1</source>
        <translation>impossible d'écrire le texte OpenDocument : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PdfExporter</name>
    <message>
        <source>PDF document</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>impossible d'écrire le PDF : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionCarrier</name>
    <message>
        <source>clause %1: the positions are not those the revision left; they cannot be put back</source>
        <translation>clause %1 : les positions ne sont pas celles que la révision a laissées ; elles ne peuvent pas être rétablies</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>aucune clause portant l'identifiant %1</translation>
    </message>
    <message>
        <source>clause %1: alternative '%2' is carried twice or is not an id</source>
        <translation>clause %1 : la variante « %2 » est reportée deux fois ou n'est pas un identifiant</translation>
    </message>
    <message>
        <source>clause %1: two alternatives would be carried to '%2'</source>
        <translation>clause %1 : deux variantes seraient reportées sur « %2 »</translation>
    </message>
    <message>
        <source>clause %1: positions carried to '%2' would replace positions that stay there</source>
        <translation>clause %1 : les positions reportées sur « %2 » remplaceraient des positions qui y restent</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionPanel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Set for Selection</source>
        <translation>Appliquer à la sélection</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Internal (never leaves in a coalition export)</source>
        <translation>Interne (ne figure jamais dans une exportation pour une coalition)</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>Enregistrer les détails</translation>
    </message>
    <message>
        <source>Positions on the whole clause or on one bracketed alternative</source>
        <translation>Positions sur l'ensemble de la clause ou sur une variante entre crochets</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>Groupes régionaux</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>Groupes politiques</translation>
    </message>
    <message>
        <source>Show the members of a process or group; consensus is computed for them</source>
        <translation>Afficher les membres d'un processus ou d'un groupe ; le consensus est calculé pour eux</translation>
    </message>
    <message>
        <source>Set this stance for every selected state (a group row stands for its members); one undoable step</source>
        <translation>Appliquer cette position à chaque État sélectionné (la ligne d'un groupe vaut pour ses membres) ; une seule étape annulable</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>document symbol, e.g. A/AC.292/2025/1</source>
        <translation>cote du document, p. ex. A/AC.292/2025/1</translation>
    </message>
    <message>
        <source>what was said, or where</source>
        <translation>ce qui a été dit, ou où</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Cote :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Déclaration :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Sur :</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Regrouper par :</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation>Position :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positions&lt;/b&gt; on %1 paragraph %2</source>
        <translation>&lt;b&gt;Positions&lt;/b&gt; sur %1, paragraphe %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positions&lt;/b&gt;: select a clause in the navigator</source>
        <translation>&lt;b&gt;Positions&lt;/b&gt; : sélectionnez une clause dans le navigateur</translation>
    </message>
    <message>
        <source>The whole clause</source>
        <translation>L'ensemble de la clause</translation>
    </message>
    <message>
        <source>Consensus: select the clause's document to analyse it.</source>
        <translation>Consensus : sélectionnez le document de la clause pour l'analyser.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>Blocked by %1.</source>
        <translation>Bloqué par %1.</translation>
    </message>
    <message>
        <source>Reservations: %1.</source>
        <translation>Réserves : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) without a position on the whole clause.</source>
        <translation>
            <numerusform>%n membre sans position sur l'ensemble de la clause.</numerusform>
            <numerusform>%n membres sans position sur l'ensemble de la clause.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in the landing zone: no member objects.</source>
        <translation>%1 est dans la zone d'accord : aucun membre ne s'y oppose.</translation>
    </message>
    <message>
        <source>%1 is objected to by %2.</source>
        <translation>%1 fait l'objet d'une objection de %2.</translation>
    </message>
    <message>
        <source>Group %1 has no landing zone; the fewest states blocking it: %2.</source>
        <translation>Le groupe %1 n'a pas de zone d'accord ; le plus petit ensemble d'États qui le bloque : %2.</translation>
    </message>
    <message>
        <source>What-if mode: stance changes are temporary.</source>
        <translation>Mode simulation : les changements de position sont temporaires.</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) selected</source>
        <translation>
            <numerusform>%n État sélectionné</numerusform>
            <numerusform>%n États sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Select states or groups for bulk entry</source>
        <translation>Sélectionnez des États ou des groupes pour une saisie groupée</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position details&lt;/b&gt;: select a state</source>
        <translation>&lt;b&gt;Détails de la position&lt;/b&gt; : sélectionnez un État</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Position de %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: was &lt;b&gt;%2&lt;/b&gt; (recorded by %3); %4 by %5</source>
        <translation>%1 : était &lt;b&gt;%2&lt;/b&gt; (saisi par %3) ; %4 par %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>&lt;i&gt;No earlier values.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune valeur antérieure.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Positions no longer on the text</source>
        <translation>Positions qui ne sont plus sur le texte</translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Confirm the outdated positions of the selection (of everyone when nothing is selected) on the current text</source>
        <translation>Confirmer sur le texte actuel les positions dépassées de la sélection (de tous si rien n'est sélectionné)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Was on</source>
        <translation>Était sur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The alternative to put the selected position back on</source>
        <translation>La variante à laquelle rattacher la position sélectionnée</translation>
    </message>
    <message>
        <source>Put the selected orphaned position back on the chosen alternative; it shows as outdated until confirmed</source>
        <translation>Rattacher la position orpheline sélectionnée à la variante choisie ; elle apparaît comme dépassée jusqu'à confirmation</translation>
    </message>
    <message>
        <source>Remove the selected orphaned positions (they stay in the history)</source>
        <translation>Supprimer les positions orphelines sélectionnées (elles restent dans l'historique)</translation>
    </message>
    <message>
        <source>Re-attach to:</source>
        <translation>Rattacher à :</translation>
    </message>
    <message>
        <source>orphaned: its words are gone</source>
        <translation>orpheline : ses mots ont disparu</translation>
    </message>
    <message>
        <source>agreed: now unbracketed text</source>
        <translation>convenue : texte désormais hors crochets</translation>
    </message>
    <message>
        <source>Not counted by consensus, coalitions or exports. Re-attach it to an alternative or discard it.</source>
        <translation>Comptée ni par le consensus, ni par les coalitions, ni dans les exportations. Rattachez-la à une variante ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Kept as the history of the agreement on these words; not counted as a position on any alternative.</source>
        <translation>Conservée comme historique de l'accord sur ces mots ; n'est comptée comme position sur aucune variante.</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) no longer on the text</source>
        <translation>
            <numerusform>%n position qui n'est plus sur le texte</numerusform>
            <numerusform>%n positions qui ne sont plus sur le texte</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not re-attach the position: %1</source>
        <translation>Impossible de rattacher la position : %1</translation>
    </message>
    <message>
        <source>Could not discard the positions: %1</source>
        <translation>Impossible d'abandonner les positions : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionTreeModel</name>
    <message>
        <source>No regional group</source>
        <translation>Aucun groupe régional</translation>
    </message>
    <message>
        <source>In no political group</source>
        <translation>Dans aucun groupe politique</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1 non saisi</translation>
    </message>
    <message>
        <source>set all...</source>
        <translation>tout fixer...</translation>
    </message>
    <message>
        <source>Edit to set one stance for every state of %1 shown here</source>
        <translation>Modifier pour fixer une même position pour chaque État de %1 affiché ici</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>Stance: %1</source>
        <translation>Position : %1</translation>
    </message>
    <message>
        <source>Temporary (what-if): not saved until you keep the what-if changes.</source>
        <translation>Temporaire (simulation) : non enregistrée tant que vous ne gardez pas les changements simulés.</translation>
    </message>
    <message>
        <source>Source (%1): %2</source>
        <translation>Source (%1) : %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Internal: never leaves in a coalition export.</source>
        <translation>Interne : ne figure jamais dans une exportation pour une coalition.</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Saisie par %1, %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>outdated: text changed since given</source>
        <translation>dépassée : le texte a changé depuis</translation>
    </message>
    <message>
        <source>orphaned position</source>
        <translation>position orpheline</translation>
    </message>
    <message>
        <source>Outdated: the words it was given on have changed since. Confirm it or change it.</source>
        <translation>Dépassée : les mots sur lesquels elle a été donnée ont changé depuis. Confirmez-la ou modifiez-la.</translation>
    </message>
    <message>
        <source>Has an orphaned position on this clause: its words are gone; it is listed below the table to re-attach or discard, and counted nowhere.</source>
        <translation>A une position orpheline sur cette clause : ses mots ont disparu ; elle figure sous le tableau pour être rattachée ou abandonnée, et n'est comptée nulle part.</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionWriter</name>
    <message>
        <source>no clause with id %1</source>
        <translation>aucune clause portant l'identifiant %1</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 est un État observateur : les observateurs n'ont pas de positions</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>État inconnu « %1 »</translation>
    </message>
    <message>
        <source>clause %1: '%2' is not an alternative id such as g1.2</source>
        <translation>clause %1 : « %2 » n'est pas un identifiant de variante comme g1.2</translation>
    </message>
    <message>
        <source>no detached position with id %1</source>
        <translation>aucune position orpheline portant l'identifiant %1</translation>
    </message>
    <message>
        <source>'%1' is not an alternative id such as g1.2</source>
        <translation>« %1 » n'est pas un identifiant de variante comme g1.2</translation>
    </message>
    <message>
        <source>the state of that position is unknown</source>
        <translation>l'État de cette position est inconnu</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvExporter</name>
    <message>
        <source>Positions table (CSV)</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Tableau des positions (CSV)</translation>
    </message>
    <message>
        <source>export: cannot write the CSV file: %1</source>
        <translation>export : impossible d'écrire le fichier CSV : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvImporter</name>
    <message>
        <source>%1: line %2: not valid CSV (%3); nothing was imported</source>
        <translation>%1 : ligne %2 : CSV non valide (%3) ; rien n'a été importé</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected the header line %2</source>
        <translation>%1 : le fichier est vide ; ligne d'en-tête %2 attendue</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>unknown column '%1' (the columns are %2)</source>
        <translation>colonne inconnue « %1 » (les colonnes sont %2)</translation>
    </message>
    <message>
        <source>column '%1' twice</source>
        <translation>colonne « %1 » en double</translation>
    </message>
    <message>
        <source>the header has no '%1' column</source>
        <translation>l'en-tête n'a pas de colonne « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), the header has %1</source>
        <extracomment>%n is the number of fields in the row, %1 the number of columns in the header.</extracomment>
        <translation>
            <numerusform>%n champ, l'en-tête en a %1</numerusform>
            <numerusform>%n champs, l'en-tête en a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown document '%1'</source>
        <translation>document inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown clause '%1' in %2</source>
        <translation>clause inconnue « %1 » dans %2</translation>
    </message>
    <message>
        <source>clause %1 of %2 has no alternative '%3'</source>
        <translation>la clause %1 de %2 n'a pas de variante « %3 »</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>État inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 est un État observateur : les observateurs n'ont pas de positions</translation>
    </message>
    <message>
        <source>bad stance '%1' (expected supports, can-accept, reservation, objects or none)</source>
        <translation>position non valide « %1 » (attendu : supports, can-accept, reservation, objects ou none)</translation>
    </message>
    <message>
        <source>bad source_date '%1' (expected YYYY-MM-DD)</source>
        <translation>source_date non valide « %1 » (YYYY-MM-DD attendu)</translation>
    </message>
    <message>
        <source>bad internal flag '%1' (expected yes or no)</source>
        <translation>indicateur internal non valide « %1 » (yes ou no attendu)</translation>
    </message>
    <message>
        <source>duplicate row: %1 on clause %2%3 of %4 is already on line %5</source>
        <extracomment>%1 is the state's ISO code, %2 the clause number, %3 the alternative in parentheses (or nothing), %4 the document's symbol, %5 the earlier line.</extracomment>
        <translation>ligne en double : %1 sur la clause %2%3 de %4 figure déjà à la ligne %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n row(s)</source>
        <extracomment>An item the import creates: %1 is the number of positions ("5 positions").</extracomment>
        <translation>
            <numerusform>%1 à partir de %n ligne</numerusform>
            <numerusform>%1 à partir de %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n of them replacing an earlier position</source>
        <extracomment>%1 is the item before ("5 positions from 6 rows").</extracomment>
        <translation>
            <numerusform>%1, dont %n remplace une position antérieure</numerusform>
            <numerusform>%1, dont %n remplacent une position antérieure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>%n ligne comportant des erreurs laissée de côté</numerusform>
            <numerusform>%n lignes comportant des erreurs laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import : lisez d'abord le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 found; nothing was imported (accept the %n valid row(s) to import them)</source>
        <extracomment>%1 is the file name, %2 the number of errors ("3 errors").</extracomment>
        <translation>
            <numerusform>%1 : %2 ; rien n'a été importé (acceptez %n ligne valide pour l'importer)</numerusform>
            <numerusform>%1 : %2 ; rien n'a été importé (acceptez les %n lignes valides pour les importer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::PostgresDialect</name>
    <message>
        <source>the server refused "%1": %2</source>
        <translation>le serveur a refusé « %1 » : %2</translation>
    </message>
    <message>
        <source>a server workspace cannot be saved as %1: use "plenipo server pull" for a file copy</source>
        <translation>un espace de travail sur serveur ne peut pas être enregistré sous %1 : utilisez « plenipo server pull » pour une copie en fichier</translation>
    </message>
    <message>
        <source>searching a server workspace needs the server backend, which this Plenipo does not have yet: pull a file copy (plenipo server pull) and search that</source>
        <translation>la recherche dans un espace de travail sur serveur nécessite le moteur du serveur, que ce Plenipo n'a pas encore : récupérez une copie en fichier (plenipo server pull) et faites la recherche dans celle-ci</translation>
    </message>
</context>
<context>
    <name>Plenipo::PreferencesDialog</name>
    <message>
        <source>Configure Plenipo</source>
        <translation>Configurer Plenipo</translation>
    </message>
    <message>
        <source>Recorded as the author of your revisions and position changes. Empty: the name of your account (%1).</source>
        <translation>Enregistré comme auteur de vos révisions et changements de position. Vide : le nom de votre compte (%1).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>Dossier d'exportation par défaut</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Your &amp;delegation:</source>
        <translation>Votre &amp;délégation :</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Dossier d'&amp;exportation par défaut :</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l'interface :</translation>
    </message>
    <message>
        <source>The interface language changes at the next start.</source>
        <translation>La langue de l'interface change au prochain démarrage.</translation>
    </message>
    <message>
        <source>Your changes will be signed: %1</source>
        <translation>Vos modifications seront signées : %1</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist. Choose an existing folder or leave the field empty for your Documents folder.</source>
        <translation>Le dossier d'exportation %1 n'existe pas. Choisissez un dossier existant ou laissez le champ vide pour votre dossier Documents.</translation>
    </message>
</context>
<context>
    <name>Plenipo::RemoveClauseCommand</name>
    <message>
        <source>Delete clause %1</source>
        <translation>Supprimer la clause %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ResearchWindow</name>
    <message>
        <source>Research — Plenipo</source>
        <translation>Recherche — Plenipo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Title or text contains...</source>
        <translation>Le titre ou le texte contient...</translation>
    </message>
    <message>
        <source>Only these resolutions (A/RES/74/10, ...)</source>
        <translation>Seulement ces résolutions (A/RES/74/10, ...)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Sessions from</source>
        <translation>Sessions de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Closest and most distant to:</source>
        <translation>Les plus proches et les plus éloignés de :</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>Votes in common</source>
        <translation>Votes en commun</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Concordance</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>Groupes régionaux</translation>
    </message>
    <message>
        <source>Blocs (clustering)</source>
        <translation>Blocs (classification)</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorer selon</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Vote &amp;map</source>
        <translation>Carte des &amp;votes</translation>
    </message>
    <message>
        <source>Show likely stances of the silent members</source>
        <translation>Afficher les positions probables des membres silencieux</translation>
    </message>
    <message>
        <source>Likely stance (predicted)</source>
        <translation>Position probable (prédiction)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>&amp;Likely stances</source>
        <translation>Positions &amp;probables</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV...</translation>
    </message>
    <message>
        <source>Minimum similarity</source>
        <translation>Similarité minimale</translation>
    </message>
    <message>
        <source>&amp;Norm tracing</source>
        <translation>Suivi des &amp;normes</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s) selected</source>
        <translation>
            <numerusform>%n vote enregistré sélectionné</numerusform>
            <numerusform>%n votes enregistrés sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>no vote in common</source>
        <translation>aucun vote en commun</translation>
    </message>
    <message>
        <source>No recorded vote in the selection</source>
        <translation>Aucun vote enregistré dans la sélection</translation>
    </message>
    <message>
        <source>%1 %2% in bloc %3</source>
        <translation>%1 : %2 % dans le bloc %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s) by clustering; compared with the regional groups: adjusted Rand index %1, purity %2</source>
        <translation>
            <numerusform>%n bloc par classification ; comparaison avec les groupes régionaux : indice de Rand ajusté %1, pureté %2</numerusform>
            <numerusform>%n blocs par classification ; comparaison avec les groupes régionaux : indice de Rand ajusté %1, pureté %2</numerusform>
        </translation>
    </message>
    <message>
        <source>political groups: %1</source>
        <translation>groupes politiques : %1</translation>
    </message>
    <message>
        <source>Bloc %1</source>
        <translation>Bloc %1</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <source>States by their votes (%n recorded vote(s))</source>
        <translation>
            <numerusform>États selon leurs votes (%n vote enregistré)</numerusform>
            <numerusform>États selon leurs votes (%n votes enregistrés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely stances are switched off.</source>
        <translation>Les positions probables sont désactivées.</translation>
    </message>
    <message>
        <source>Select a clause in the workbench to see the likely stances of its silent members.</source>
        <translation>Sélectionnez une clause dans l'atelier pour voir les positions probables de ses membres silencieux.</translation>
    </message>
    <message>
        <source>No recorded vote in the selection to predict from.</source>
        <translation>Aucun vote enregistré dans la sélection sur lequel fonder une prédiction.</translation>
    </message>
    <message numerus="yes">
        <source>%n other silent member(s) without one: no state shares enough of the selected votes with it.</source>
        <translation>
            <numerusform>%n autre membre silencieux n'a pas de position probable : aucun État n'a assez de votes sélectionnés en commun avec lui.</numerusform>
            <numerusform>%n autres membres silencieux n'ont pas de position probable : aucun État n'a assez de votes sélectionnés en commun avec eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 (predicted)</source>
        <translation>≈ %1 (prédiction)</translation>
    </message>
    <message numerus="yes">
        <source>Predicted from the %n state(s) that vote most like it</source>
        <translation>
            <numerusform>Prédiction fondée sur %n État, celui qui vote le plus comme lui</numerusform>
            <numerusform>Prédiction fondée sur les %n États qui votent le plus comme lui</numerusform>
        </translation>
    </message>
    <message>
        <source>no likely stance</source>
        <translation>aucune position probable</translation>
    </message>
    <message>
        <source>No state with a position here shares enough of the selected votes with it</source>
        <translation>Aucun État ayant une position ici n'a assez de votes sélectionnés en commun avec lui</translation>
    </message>
    <message>
        <source>This workspace has no norms catalogue to trace (the sample workspace has the eleven 2015 norms). Any clause can be traced from the command line: plenipo trace WORKSPACE SYMBOL#NUMBER.</source>
        <translation>Cet espace de travail n'a pas de catalogue de normes à suivre (l'espace de travail d'exemple contient les onze normes de 2015). Toute clause peut être suivie en ligne de commande : plenipo trace WORKSPACE SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>Best match: paragraph %1, similarity %2</source>
        <translation>Meilleure correspondance : paragraphe %1, similarité %2</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) derive from it, best first:</source>
        <translation>
            <numerusform>%n paragraphe en dérive, le meilleur d'abord :</numerusform>
            <numerusform>%n paragraphes en dérivent, les meilleurs d'abord :</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity %1</source>
        <translation>similarité %1</translation>
    </message>
    <message>
        <source>Export Norm Table</source>
        <translation>Exporter le tableau des normes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>The whole of %1#%2</source>
        <translation>L'ensemble de %1#%2</translation>
    </message>
    <message>
        <source>Alternative %1: %2</source>
        <translation>Variante %1 : %2</translation>
    </message>
    <message>
        <source>Document %1 as a whole</source>
        <translation>Le document %1 dans son ensemble</translation>
    </message>
    <message>
        <source>%1#%2, alternative %3</source>
        <translation>%1#%2, variante %3</translation>
    </message>
    <message>
        <source>%1: no state has a recorded position here, so there is nothing to predict from (adopted without a vote, or no statement recorded yet).</source>
        <translation>%1 : aucun État n'a de position enregistrée ici, il n'y a donc rien sur quoi fonder une prédiction (adopté sans vote, ou aucune déclaration encore enregistrée).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports.</source>
        <translation>
            <numerusform>%1 : %n membre silencieux a une position probable. Prédiction fondée sur les États qui votent le plus comme lui : ce n'est pas une position enregistrée, et elle n'est jamais comptée dans le consensus, les coalitions ni les exportations.</numerusform>
            <numerusform>%1 : %n membres silencieux ont une position probable. Prédiction fondée sur les États qui votent le plus comme chacun d'eux : ce n'est pas une position enregistrée, et elle n'est jamais comptée dans le consensus, les coalitions ni les exportations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SampleBuilder</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: expected %n fields, found %3</source>
        <translation>
            <numerusform>%1:%2 : %n champ attendu, champs trouvés : %3</numerusform>
            <numerusform>%1:%2 : %n champs attendus, champs trouvés : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>'%1' is missing</source>
        <translation>« %1 » manque</translation>
    </message>
    <message>
        <source>'%1' must be text</source>
        <translation>« %1 » doit être du texte</translation>
    </message>
    <message>
        <source>'%1' must be a list</source>
        <translation>« %1 » doit être une liste</translation>
    </message>
    <message>
        <source>'%1' must be a list of text</source>
        <translation>« %1 » doit être une liste de textes</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau supérieur</translation>
    </message>
    <message>
        <source>%1:%2: unknown UN regional group '%3'</source>
        <translation>%1:%2 : groupe régional de l'ONU inconnu « %3 »</translation>
    </message>
    <message>
        <source>%1: aliases for unknown states: %2</source>
        <translation>%1 : autres noms d'États inconnus : %2</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1 : décalage %2 : %3</translation>
    </message>
    <message>
        <source>unknown state or group '%1'</source>
        <translation>État ou groupe inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown group kind</source>
        <translation>type de groupe inconnu</translation>
    </message>
    <message>
        <source>unknown process kind</source>
        <translation>type de processus inconnu</translation>
    </message>
    <message>
        <source>document %1</source>
        <extracomment>A place in the sample data: %1 is a document's symbol.</extracomment>
        <translation>document %1</translation>
    </message>
    <message>
        <source>unknown document kind</source>
        <translation>type de document inconnu</translation>
    </message>
    <message>
        <source>'date' must be YYYY-MM-DD</source>
        <translation>« date » doit être au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown process '%1'</source>
        <translation>processus inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown predecessor '%1'</source>
        <translation>document précédent inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 clause %2</source>
        <extracomment>A place in the sample data: %1 is a document ("document A/78/1"), %2 the clause's position in it.</extracomment>
        <translation>%1, clause %2</translation>
    </message>
    <message>
        <source>unknown norm '%1'</source>
        <translation>norme inconnue « %1 »</translation>
    </message>
    <message>
        <source>origin '%1' is not a clause of the predecessor</source>
        <translation>l'origine « %1 » n'est pas une clause du document précédent</translation>
    </message>
    <message>
        <source>duplicate clause key '%1'</source>
        <translation>clé de clause en double « %1 »</translation>
    </message>
    <message>
        <source>no clause '%1' in document %2</source>
        <translation>pas de clause « %1 » dans le document %2</translation>
    </message>
    <message>
        <source>unknown stance</source>
        <translation>position inconnue</translation>
    </message>
    <message>
        <source>%1: clause %2 is not in the workspace</source>
        <translation>%1 : la clause %2 ne figure pas dans l'espace de travail</translation>
    </message>
    <message>
        <source>The positions in this sample are illustrative: they are derived from publicly reported lines of disagreement and are not recorded statements of any State.</source>
        <translation>Les positions de cet exemple sont illustratives : elles sont tirées de divergences rendues publiques et ne sont pas des déclarations consignées d'un quelconque État.</translation>
    </message>
    <message>
        <source>Synthetic workspace generated for benchmarking: the positions are random, not statements of any State.</source>
        <translation>Espace de travail synthétique généré pour les mesures de performance : les positions sont aléatoires et ne sont les déclarations d'aucun État.</translation>
    </message>
</context>
<context>
    <name>Plenipo::Schema</name>
    <message>
        <source>upgrading the workspace to version %1 failed: %2</source>
        <translation>la mise à niveau de l'espace de travail vers la version %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchIndex</name>
    <message>
        <source>the search cannot be prepared: %1</source>
        <translation>la recherche ne peut pas être préparée : %1</translation>
    </message>
    <message>
        <source>the search failed: %1</source>
        <translation>la recherche a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchPanel</name>
    <message numerus="yes">
        <source>Clauses (first %n)</source>
        <translation>
            <numerusform>Clauses (%n premières)</numerusform>
            <numerusform>Clauses (%n premières)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses (%n)</source>
        <translation>
            <numerusform>Clauses (%n)</numerusform>
            <numerusform>Clauses (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (first %n)</source>
        <translation>
            <numerusform>Révisions antérieures (%n premières)</numerusform>
            <numerusform>Révisions antérieures (%n premières)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (%n)</source>
        <translation>
            <numerusform>Révisions antérieures (%n)</numerusform>
            <numerusform>Révisions antérieures (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (first %n)</source>
        <translation>
            <numerusform>Documents (%n premiers)</numerusform>
            <numerusform>Documents (%n premiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Documents (%n)</numerusform>
            <numerusform>Documents (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (first %n)</source>
        <translation>
            <numerusform>Normes (%n premières)</numerusform>
            <numerusform>Normes (%n premières)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (%n)</source>
        <translation>
            <numerusform>Normes (%n)</numerusform>
            <numerusform>Normes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (first %n)</source>
        <translation>
            <numerusform>Positions (%n premières)</numerusform>
            <numerusform>Positions (%n premières)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (%n)</source>
        <translation>
            <numerusform>Positions (%n)</numerusform>
            <numerusform>Positions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (first %n)</source>
        <translation>
            <numerusform>États (%n premiers)</numerusform>
            <numerusform>États (%n premiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (%n)</source>
        <translation>
            <numerusform>États (%n)</numerusform>
            <numerusform>États (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, révision %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and others (%n position(s))</source>
        <translation>
            <numerusform>%1 et d'autres (%n position)</numerusform>
            <numerusform>%1 et d'autres (%n positions)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1 (interne)</translation>
    </message>
    <message>
        <source>Earlier &amp;revisions</source>
        <translation>&amp;Révisions antérieures</translation>
    </message>
    <message>
        <source>Find in workspace: words, "a phrase", infra*, -word</source>
        <translation>Chercher dans l'espace de travail : mots, "une expression", infra*, -mot</translation>
    </message>
    <message>
        <source>Where to search: the whole workspace, a process or a document</source>
        <translation>Où chercher : tout l'espace de travail, un processus ou un document</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normes</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Also search every earlier revision of the clauses</source>
        <translation>Chercher aussi dans toutes les révisions antérieures des clauses</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Tout l'espace de travail</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Processus : %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document : %1</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n'est ouvert.</translation>
    </message>
    <message>
        <source>Type words to find. "a phrase" finds the words together, infra* every word starting with infra, -word leaves out what contains it. Case and accents do not count.</source>
        <translation>Tapez les mots à chercher. "une expression" trouve les mots ensemble, infra* tous les mots commençant par infra, -mot exclut ce qui le contient. La casse et les accents ne comptent pas.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms; Enter opens the selected one.</source>
        <translation>
            <numerusform>%n résultat en %1 ms ; Entrée ouvre le résultat sélectionné.</numerusform>
            <numerusform>%n résultats en %1 ms ; Entrée ouvre le résultat sélectionné.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the same on %n clause(s) in all</source>
        <extracomment>%1 is the states positioned on the hit's clause with these details; the count is of the clauses that have positions with the same details (a recorded vote's source is on every paragraph of the resolution).</extracomment>
        <translation>
            <numerusform>%1 ; de même sur %n clause au total</numerusform>
            <numerusform>%1 ; de même sur %n clauses au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed by another session cannot be found yet; they can be once its import is done.</source>
        <translation>
            <numerusform>%n élément modifié par une autre session est encore introuvable ; il le sera une fois son import terminé.</numerusform>
            <numerusform>%n éléments modifiés par une autre session sont encore introuvables ; ils le seront une fois son import terminé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchQuery</name>
    <message>
        <source>the '*' at column %1 needs at least 3 letters before it (infra*)</source>
        <translation>le « * » de la colonne %1 doit être précédé d'au moins 3 lettres (infra*)</translation>
    </message>
    <message>
        <source>the quotation mark at column %1 is not closed</source>
        <translation>le guillemet de la colonne %1 n'est pas fermé</translation>
    </message>
    <message>
        <source>only words to leave out: add a word to search for</source>
        <translation>seulement des mots à exclure : ajoutez un mot à chercher</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerAddress</name>
    <message>
        <source>the server address "%1" has percent-encoded bytes that are not UTF-8</source>
        <translation>l'adresse du serveur « %1 » contient des octets encodés en pourcentage qui ne sont pas en UTF-8</translation>
    </message>
    <message>
        <source>the server address "%1": expected keyword=value at character %2</source>
        <translation>adresse du serveur « %1 » : mot-clé=valeur attendu au caractère %2</translation>
    </message>
    <message>
        <source>the server address "%1": unterminated quoted value of "%2"</source>
        <translation>adresse du serveur « %1 » : valeur entre guillemets de « %2 » non terminée</translation>
    </message>
    <message>
        <source>the server address "%1" has an empty host in its host list</source>
        <translation>l'adresse du serveur « %1 » a un hôte vide dans sa liste d'hôtes</translation>
    </message>
    <message>
        <source>the server address "%1" has an IPv6 host without its closing "]"</source>
        <translation>l'adresse du serveur « %1 » a un hôte IPv6 sans son « ] » fermant</translation>
    </message>
    <message>
        <source>the server address "%1": unexpected "%2" after an IPv6 host</source>
        <translation>adresse du serveur « %1 » : « %2 » inattendu après un hôte IPv6</translation>
    </message>
    <message>
        <source>the server address "%1" has an invalid port "%2"</source>
        <translation>l'adresse du serveur « %1 » a un port non valide « %2 »</translation>
    </message>
    <message>
        <source>the server address "%1": the parameter "%2" has no value</source>
        <translation>adresse du serveur « %1 » : le paramètre « %2 » n'a pas de valeur</translation>
    </message>
    <message>
        <source>"%1" is not a server address: write postgresql://user@host/database or service=NAME</source>
        <translation>« %1 » n'est pas une adresse de serveur : écrivez postgresql://user@host/database ou service=NAME</translation>
    </message>
    <message>
        <source>the server address "%1": the value of "%2" may not contain ";"</source>
        <translation>adresse du serveur « %1 » : la valeur de « %2 » ne peut pas contenir « ; »</translation>
    </message>
    <message>
        <source>cannot reach %1: Qt's PostgreSQL driver (QPSQL) is not installed</source>
        <translation>impossible de joindre %1 : le pilote PostgreSQL de Qt (QPSQL) n'est pas installé</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerAdmin</name>
    <message>
        <source>the server refused</source>
        <translation>le serveur a refusé</translation>
    </message>
    <message>
        <source>the database name is too long for team mode (40 characters at most): its roles are named after it</source>
        <translation>le nom de la base de données est trop long pour le mode équipe (40 caractères au plus) : ses rôles portent son nom</translation>
    </message>
    <message>
        <source>the server workspace was made by a newer Plenipo (schema %1, this one knows %2)</source>
        <translation>l'espace de travail sur serveur a été créé par un Plenipo plus récent (schéma %1 ; celui-ci connaît %2)</translation>
    </message>
    <message>
        <source>the server's roles and policies were made by a newer Plenipo (version %1)</source>
        <translation>les rôles et politiques du serveur ont été créés par un Plenipo plus récent (version %1)</translation>
    </message>
    <message>
        <source>unknown role "%1": viewer, editor or coordinator</source>
        <translation>rôle inconnu « %1 » : viewer, editor ou coordinator</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerCommands</name>
    <message>
        <source>unknown server command '%1'</source>
        <translation>commande server inconnue « %1 »</translation>
    </message>
    <message>
        <source>see plenipo server --help</source>
        <translation>voir plenipo server --help</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Create or upgrade a team workspace on a PostgreSQL server: its tables, roles, row-level security policies and audit trail. Run as the database's owner; running it again upgrades and changes nothing else.</source>
        <translation>Créer ou mettre à niveau un espace de travail d'équipe sur un serveur PostgreSQL : ses tables, ses rôles, ses règles de sécurité au niveau des lignes et sa piste d'audit. À lancer en tant que propriétaire de la base ; relancé, il met à niveau et ne change rien d'autre.</translation>
    </message>
    <message>
        <source>postgresql://owner@host/database or service=NAME</source>
        <translation>postgresql://owner@host/database ou service=NAME</translation>
    </message>
    <message>
        <source>server init takes one URL</source>
        <translation>server init prend une seule URL</translation>
    </message>
    <message>
        <source>%1: team workspace is up to date</source>
        <translation>%1 : l'espace de travail d'équipe est à jour</translation>
    </message>
    <message>
        <source>%1: team workspace created</source>
        <translation>%1 : espace de travail d'équipe créé</translation>
    </message>
    <message>
        <source>Manage the users of a team workspace: add (or change) a login with its delegation and role, remove it, or list them. The owner manages every delegation, a coordinator their own; the server checks.</source>
        <translation>Gérer les utilisateurs d'un espace de travail d'équipe : ajouter (ou modifier) un identifiant avec sa délégation et son rôle, le supprimer ou les énumérer. Le propriétaire gère toutes les délégations, un coordonnateur la sienne ; le serveur vérifie.</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>que faire</translation>
    </message>
    <message>
        <source>the server workspace</source>
        <translation>l'espace de travail sur le serveur</translation>
    </message>
    <message>
        <source>the user's login name (add, remove)</source>
        <translation>l'identifiant de l'utilisateur (add, remove)</translation>
    </message>
    <message>
        <source>the user's delegation (a state's ISO3 code or a group code)</source>
        <translation>la délégation de l'utilisateur (code ISO3 d'un État ou code d'un groupe)</translation>
    </message>
    <message>
        <source>viewer, editor or coordinator</source>
        <translation>viewer, editor ou coordinator</translation>
    </message>
    <message>
        <source>change an existing login without setting a new password</source>
        <translation>modifier un identifiant existant sans définir de nouveau mot de passe</translation>
    </message>
    <message>
        <source>list as JSON</source>
        <translation>énumérer en JSON</translation>
    </message>
    <message>
        <source>usage: plenipo server user add URL LOGIN --delegation CODE --role ROLE</source>
        <translation>usage : plenipo server user add URL LOGIN --delegation CODE --role ROLE</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Encore une fois : </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>aucun mot de passe fourni pour %1</translation>
    </message>
    <message>
        <source>%1: %2 of delegation %3</source>
        <translation>%1 : %2 de la délégation %3</translation>
    </message>
    <message>
        <source>usage: plenipo server user remove URL LOGIN</source>
        <translation>usage : plenipo server user remove URL LOGIN</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>usage: plenipo server user list URL [--json]</source>
        <translation>usage : plenipo server user list URL [--json]</translation>
    </message>
    <message>
        <source>server user takes add, remove or list</source>
        <translation>server user prend add, remove ou list</translation>
    </message>
    <message>
        <source>Upload a workspace file into a new, empty team workspace (as its owner). Internal material in the file becomes the named delegation's, which alone will see it.</source>
        <translation>Téléverser un fichier d'espace de travail dans un nouvel espace de travail d'équipe vide (en tant que propriétaire). Les éléments internes du fichier reviennent à la délégation indiquée, qui seule les verra.</translation>
    </message>
    <message>
        <source>the workspace file</source>
        <translation>le fichier d'espace de travail</translation>
    </message>
    <message>
        <source>whose internal material the file holds</source>
        <translation>la délégation à qui appartiennent les éléments internes du fichier</translation>
    </message>
    <message>
        <source>usage: plenipo server push FILE URL [--delegation CODE]</source>
        <translation>usage : plenipo server push FILE URL [--delegation CODE]</translation>
    </message>
    <message>
        <source>%1 uploaded: %2 rows in %3 tables (%4 internal)</source>
        <translation>%1 téléversé : %2 lignes dans %3 tables (%4 internes)</translation>
    </message>
    <message>
        <source>Write a file copy of a team workspace for reading on the road: only what your login may see (the server decides), as a new workspace file.</source>
        <translation>Écrire une copie de fichier d'un espace de travail d'équipe pour la lire en déplacement : seulement ce que votre identifiant peut voir (le serveur en décide), sous la forme d'un nouveau fichier d'espace de travail.</translation>
    </message>
    <message>
        <source>the new workspace file</source>
        <translation>le nouveau fichier d'espace de travail</translation>
    </message>
    <message>
        <source>usage: plenipo server pull URL FILE</source>
        <translation>usage : plenipo server pull URL FILE</translation>
    </message>
    <message>
        <source>%1 written: %2 rows from %3 tables</source>
        <translation>%1 écrit : %2 lignes de %3 tables</translation>
    </message>
    <message>
        <source>Usage: plenipo server init URL
       plenipo server user add URL LOGIN --delegation CODE --role viewer|editor|coordinator
       plenipo server user remove URL LOGIN
       plenipo server user list URL [--json]
       plenipo server push FILE URL [--delegation CODE]
       plenipo server pull URL FILE
URL: postgresql://user@host:port/database?sslmode=verify-full, or service=NAME.
</source>
        <translation>Usage : plenipo server init URL
        plenipo server user add URL LOGIN --delegation CODE --role viewer|editor|coordinator
        plenipo server user remove URL LOGIN
        plenipo server user list URL [--json]
        plenipo server push FILE URL [--delegation CODE]
        plenipo server pull URL FILE
URL : postgresql://user@host:port/database?sslmode=verify-full, ou service=NAME.
</translation>
    </message>
    <message>
        <source>%1: team workspace upgraded (server layer %2 to %3)</source>
        <extracomment>%2 and %3 are version numbers of the server's roles, policies and triggers</extracomment>
        <translation>%1 : espace de travail d'équipe mis à niveau (couche serveur %2 à %3)</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerIdentity</name>
    <message>
        <source>the server refused</source>
        <translation>le serveur a refusé</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lecteur</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPull</name>
    <message>
        <source>the server sent a position of an unknown state</source>
        <translation>le serveur a envoyé une position d'un État inconnu</translation>
    </message>
    <message>
        <source>%1 already exists: pull writes a new file</source>
        <translation>%1 existe déjà : pull écrit un nouveau fichier</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1 : dossier introuvable</translation>
    </message>
    <message>
        <source>the server workspace has schema version %1, this Plenipo writes files of version %2</source>
        <translation>l'espace de travail sur serveur a la version de schéma %1 ; ce Plenipo écrit des fichiers de version %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d'écrire %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPush</name>
    <message>
        <source>the server refused the upload</source>
        <translation>le serveur a refusé l'envoi</translation>
    </message>
    <message>
        <source>%1: no such workspace file</source>
        <translation>%1 : fichier d'espace de travail introuvable</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace</source>
        <translation>%1 n'est pas un espace de travail Plenipo</translation>
    </message>
    <message>
        <source>%1 has schema version %2, this Plenipo uploads version %3: open it once in this Plenipo (which upgrades it) and push again</source>
        <translation>%1 a la version de schéma %2 ; ce Plenipo envoie la version %3 : ouvrez-le une fois dans ce Plenipo (qui le met à niveau) et relancez push</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>only the server workspace's owner may upload a file into it</source>
        <translation>seul le propriétaire de l'espace de travail sur serveur peut y envoyer un fichier</translation>
    </message>
    <message>
        <source>the server workspace is not empty: push uploads into a new one</source>
        <translation>l'espace de travail sur serveur n'est pas vide : push envoie dans un nouvel espace</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds internal material (%n rows): say whose it is with --delegation</source>
        <extracomment>%1 is the file; --delegation is a command line option: keep it as it is.</extracomment>
        <translation>
            <numerusform>%1 contient des éléments internes (%n ligne) : indiquez à qui ils appartiennent avec --delegation</numerusform>
            <numerusform>%1 contient des éléments internes (%n lignes) : indiquez à qui ils appartiennent avec --delegation</numerusform>
        </translation>
    </message>
    <message>
        <source>the server workspace has no table "%1": run "plenipo server init" with this Plenipo first</source>
        <translation>l'espace de travail sur serveur n'a pas de table « %1 » : lancez d'abord « plenipo server init » avec ce Plenipo</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerSession</name>
    <message>
        <source>the server refused</source>
        <translation>le serveur a refusé</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerSnapshot</name>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SetClauseTextCommand</name>
    <message>
        <source>Edit paragraph %1 of %2</source>
        <translation>Modifier le paragraphe %1 de %2</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>aucune clause portant l'identifiant %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SetPositionsCommand</name>
    <message>
        <source>Set no position</source>
        <translation>Aucune position définie</translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) in %1</source>
        <extracomment>%1 is "2 documents"</extracomment>
        <translation>
            <numerusform>Définir %n position (%1)</numerusform>
            <numerusform>Définir %n positions (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1 (alternative %2) of %3</source>
        <translation>le paragraphe %1 (variante %2) de %3</translation>
    </message>
    <message>
        <source>paragraph %1 of %2</source>
        <translation>le paragraphe %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>paragraphs %1 and %n more of %2</source>
        <translation>
            <numerusform>les paragraphes %1 et %n autre de %2</numerusform>
            <numerusform>les paragraphes %1 et %n autres de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraphs %1 of %2</source>
        <translation>les paragraphes %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 on %2 to %3</source>
        <translation>Position de %1 sur %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1 to %2</source>
        <translation>
            <numerusform>Définir %n position sur %1 : %2</numerusform>
            <numerusform>Définir %n positions sur %1 : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1</source>
        <translation>
            <numerusform>Définir %n position sur %1</numerusform>
            <numerusform>Définir %n positions sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n position(s) on paragraph %1 of %2</source>
        <translation>
            <numerusform>Confirmer %n position sur le paragraphe %1 de %2</numerusform>
            <numerusform>Confirmer %n positions sur le paragraphe %1 de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ShortcutListDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
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
        <source>&amp;Configure...</source>
        <translation>&amp;Configurer...</translation>
    </message>
    <message>
        <source>Save revision, in the clause editor</source>
        <translation>Enregistrer la révision, dans l'éditeur de clause</translation>
    </message>
    <message>
        <source>Close the comparison window, the handbook or this list</source>
        <translation>Fermer la fenêtre de comparaison, le manuel ou cette liste</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Change the stance of the selected cell, in the support matrix</source>
        <translation>Changer la position de la cellule sélectionnée, dans la matrice des soutiens</translation>
    </message>
</context>
<context>
    <name>Plenipo::SqliteDialect</name>
    <message>
        <source>writing failed: the disk is full or the file has reached its size limit, or the disk reported an error (%1)</source>
        <translation>l'écriture a échoué : le disque est plein ou le fichier a atteint sa taille limite, ou le disque a signalé une erreur (%1)</translation>
    </message>
    <message>
        <source>the disk is full or the file has reached its size limit (%1)</source>
        <translation>le disque est plein ou le fichier a atteint sa taille limite (%1)</translation>
    </message>
    <message>
        <source>the file or its medium is read-only (%1)</source>
        <translation>le fichier ou son support est en lecture seule (%1)</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (%1)</source>
        <translation>le disque a signalé une erreur d'entrée-sortie (%1)</translation>
    </message>
    <message>
        <source>cannot write a copy to %1: %2</source>
        <translation>impossible d'écrire une copie dans %1 : %2</translation>
    </message>
    <message>
        <source>the database refused write-ahead logging (journal mode is %1)</source>
        <translation>la base de données a refusé la journalisation anticipée (le mode de journal est %1)</translation>
    </message>
    <message>
        <source>the search index cannot be updated: %1</source>
        <translation>l'index de recherche ne peut pas être mis à jour : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Stance</name>
    <message>
        <source>supports</source>
        <translation>soutient</translation>
    </message>
    <message>
        <source>can accept</source>
        <translation>peut accepter</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>réserve</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>s'oppose</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>sans position</translation>
    </message>
</context>
<context>
    <name>Plenipo::StanceLegend</name>
    <message>
        <source>Stance:</source>
        <translation>Position :</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Marques :</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Clause :</translation>
    </message>
    <message>
        <source>objects to an alternative</source>
        <translation>s'oppose à une variante</translation>
    </message>
    <message>
        <source>reservation on an alternative</source>
        <translation>réserve sur une variante</translation>
    </message>
    <message>
        <source>blocks the clause</source>
        <translation>bloque la clause</translation>
    </message>
    <message>
        <source>what-if (temporary)</source>
        <translation>simulation (temporaire)</translation>
    </message>
    <message>
        <source>outdated: text changed since given</source>
        <translation>dépassée : le texte a changé depuis</translation>
    </message>
    <message>
        <source>orphaned position (not counted)</source>
        <translation>position orpheline (non comptée)</translation>
    </message>
</context>
<context>
    <name>Plenipo::StanceStyle</name>
    <message>
        <source>not recorded</source>
        <translation>non saisi</translation>
    </message>
</context>
<context>
    <name>Plenipo::StateNames</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1 : fichier vide</translation>
    </message>
    <message>
        <source>%1:1: no iso3 column</source>
        <translation>%1:1 : pas de colonne iso3</translation>
    </message>
    <message>
        <source>%1:1: no %2_%3 column</source>
        <translation>%1:1 : pas de colonne %2_%3</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2 : %n champ, %3 attendus</numerusform>
            <numerusform>%1:%2 : %n champs, %3 attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: bad or repeated ISO3 code '%3'</source>
        <translation>%1:%2 : code ISO3 non valide ou répété « %3 »</translation>
    </message>
    <message>
        <source>%1:%2: %3 has no %4 name</source>
        <translation>%1:%2 : %3 n'a pas de nom %4</translation>
    </message>
</context>
<context>
    <name>Plenipo::StateTableModel</name>
    <message>
        <source>Also:</source>
        <translation>Aussi :</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>dépassée</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orpheline</translation>
    </message>
    <message>
        <source>Outdated: a position of this state on the clause was given on words that have changed since.</source>
        <translation>Dépassée : une position de cet État sur la clause a été donnée sur des mots qui ont changé depuis.</translation>
    </message>
    <message>
        <source>Orphaned: a position of this state lost its words; it is not counted (see the positions panel).</source>
        <translation>Orpheline : une position de cet État a perdu ses mots ; elle n'est pas comptée (voir le panneau des positions).</translation>
    </message>
</context>
<context>
    <name>Plenipo::StatesView</name>
    <message>
        <source>Show the members of a group or process</source>
        <translation>Afficher les membres d'un groupe ou d'un processus</translation>
    </message>
    <message>
        <source>Find a state by name, code or alias</source>
        <translation>Trouver un État par nom, code ou autre nom</translation>
    </message>
    <message>
        <source>&lt;b&gt;States&lt;/b&gt;</source>
        <translation>&lt;b&gt;États&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les États</translation>
    </message>
    <message>
        <source>UN regional groups</source>
        <translation>Groupes régionaux de l'ONU</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>Groupes politiques</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Coalitions</translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation>Membres d'un processus</translation>
    </message>
    <message>
        <source>all UN members</source>
        <translation>tous les Membres de l'ONU</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n state(s)</source>
        <translation>
            <numerusform>%1 sur %n État</numerusform>
            <numerusform>%1 sur %n États</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on paragraph %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur le paragraphe %2 :</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (the clause as a whole)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (l'ensemble de la clause)</translation>
    </message>
    <message>
        <source>no position recorded on the clause as a whole</source>
        <translation>aucune position saisie sur l'ensemble de la clause</translation>
    </message>
    <message>
        <source>Temporary what-if stance, not saved.</source>
        <translation>Position simulée temporaire, non enregistrée.</translation>
    </message>
    <message>
        <source>On alternatives: %1</source>
        <translation>Sur les variantes : %1</translation>
    </message>
    <message>
        <source>Clause status: %1</source>
        <translation>État de la clause : %1</translation>
    </message>
    <message numerus="yes">
        <source>Its objection blocks this clause (%n blocking state(s) in all).</source>
        <translation>
            <numerusform>Son objection bloque cette clause (%n État bloquant en tout).</numerusform>
            <numerusform>Son objection bloque cette clause (%n États bloquants en tout).</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Double-click to change the stance.</source>
        <translation>Double-cliquez pour changer la position.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paragraph %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Paragraphe %1&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>Bloqué par : %1</translation>
    </message>
    <message numerus="yes">
        <source>Objects to %n clause(s) of this document</source>
        <translation>
            <numerusform>S'oppose à %n clause de ce document</numerusform>
            <numerusform>S'oppose à %n clauses de ce document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocks %n clause(s)</source>
        <translation>
            <numerusform>Bloque %n clause</numerusform>
            <numerusform>Bloque %n clauses</numerusform>
        </translation>
    </message>
    <message>
        <source>Outdated (dot): a position of this state here was given on words that have changed since.</source>
        <translation>Dépassée (point) : une position de cet État ici a été donnée sur des mots qui ont changé depuis.</translation>
    </message>
    <message>
        <source>Orphaned position (ring): its words are gone from the text; it is not counted. Re-attach or discard it in the positions panel.</source>
        <translation>Position orpheline (anneau) : ses mots ont disparu du texte ; elle n'est pas comptée. Rattachez-la ou abandonnez-la dans le panneau des positions.</translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixView</name>
    <message>
        <source>The states shown, and for whom consensus is computed</source>
        <translation>Les États affichés, pour lesquels le consensus est calculé</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>Par groupe régional</translation>
    </message>
    <message>
        <source>By number of objections</source>
        <translation>Par nombre d'objections</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support matrix&lt;/b&gt;: select a document or a clause</source>
        <translation>&lt;b&gt;Matrice des soutiens&lt;/b&gt; : sélectionnez un document ou une clause</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support matrix&lt;/b&gt; of %1 &amp;ndash; %2</source>
        <translation>&lt;b&gt;Matrice des soutiens&lt;/b&gt; de %1 &amp;ndash; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) for %1:</source>
        <translation>
            <numerusform>%n clause pour %1 :</numerusform>
            <numerusform>%n clauses pour %1 :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n passage entre crochets</numerusform>
            <numerusform>%n passages entre crochets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked, fewest blockers first: %1</source>
        <translation>Bloquées, les moins bloquées d'abord : %1</translation>
    </message>
    <message>
        <source>No clause is blocked.</source>
        <translation>Aucune clause n'est bloquée.</translation>
    </message>
</context>
<context>
    <name>Plenipo::SyntheticWorkspace</name>
    <message>
        <source>generate: states must be 1 to %1, clauses at least 1, alternatives 0 to 50</source>
        <translation>generate : il faut de 1 à %1 États, au moins 1 clause et de 0 à 50 variantes</translation>
    </message>
    <message>
        <source>clause %1 was not written</source>
        <translation>la clause %1 n'a pas été écrite</translation>
    </message>
</context>
<context>
    <name>Plenipo::TableCopy</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is what was being done ("copying table clause"), %2 the database's message.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the database refused a statement</source>
        <translation>la base de données a refusé une instruction</translation>
    </message>
    <message>
        <source>copying table %1</source>
        <extracomment>What was being done when the database refused a statement: %1 is a table's name.</extracomment>
        <translation>copie de la table %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>cannot save the change: %1</source>
        <translation>impossible d'enregistrer la modification : %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::VoteMapView</name>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Axis 1 (%1% of the variance)</source>
        <translation>Axe 1 (%1 % de la variance)</translation>
    </message>
    <message>
        <source>Axis 2 (%1% of the variance)</source>
        <translation>Axe 2 (%1 % de la variance)</translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIf</name>
    <message>
        <source>unknown state '%1'</source>
        <translation>État inconnu « %1 »</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>aucune clause portant l'identifiant %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIfBar</name>
    <message>
        <source>What-if Mode</source>
        <translation>Mode simulation</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Change stances temporarily and see every status update at once, without touching the saved positions</source>
        <translation>Changer temporairement des positions et voir aussitôt chaque état se mettre à jour, sans toucher aux positions enregistrées</translation>
    </message>
    <message>
        <source>Record the temporary stances as positions (one undoable step)</source>
        <translation>Enregistrer les positions temporaires (une seule étape annulable)</translation>
    </message>
    <message>
        <source>Drop the temporary stances: the saved positions show again</source>
        <translation>Abandonner les positions temporaires : les positions enregistrées réapparaissent</translation>
    </message>
    <message numerus="yes">
        <source>What-if: %n temporary stance(s), not saved</source>
        <translation>
            <numerusform>Simulation : %n position temporaire, non enregistrée</numerusform>
            <numerusform>Simulation : %n positions temporaires, non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Stance edits are saved (Edit &gt; Undo reverts them)</source>
        <translation>Les modifications de position sont enregistrées (Édition &gt; Annuler les défait)</translation>
    </message>
</context>
<context>
    <name>Plenipo::Workbench</name>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Support Matrix</source>
        <translation>Matrice des soutiens</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <source>Compare texts — Plenipo</source>
        <translation>Comparer des textes — Plenipo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample workspace.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Espace de travail d'exemple.&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 paragraph %2: %n position(s) recorded</source>
        <translation>
            <numerusform>%1, paragraphe %2 : %n position saisie</numerusform>
            <numerusform>%1, paragraphe %2 : %n positions saisies</numerusform>
        </translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Présidence :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Membership: open to all UN member states.</source>
        <translation>Composition : ouverte à tous les États Membres de l'ONU.</translation>
    </message>
    <message>
        <source>Membership: not recorded in this workspace.</source>
        <translation>Composition : non indiquée dans cet espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>Membership (%n state(s)):</source>
        <translation>
            <numerusform>Composition (%n État) :</numerusform>
            <numerusform>Composition (%n États) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Processus :</translation>
    </message>
    <message>
        <source>Follows:</source>
        <translation>Fait suite à :</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s):</source>
        <translation>
            <numerusform>%n clause :</numerusform>
            <numerusform>%n clauses :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses linked to this norm (%n):</source>
        <translation>
            <numerusform>Clauses liées à cette norme (%n) :</numerusform>
            <numerusform>Clauses liées à cette norme (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1, paragraph %2 (%3)</source>
        <extracomment>The norm's source: %1 the document symbol, %2 its paragraph, %3 the norm's code</extracomment>
        <translation>Source : %1, paragraphe %2 (%3)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n state(s) in the States panel</source>
        <translation>
            <numerusform>%n État sélectionné dans le panneau États</numerusform>
            <numerusform>%n États sélectionnés dans le panneau États</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::Workspace</name>
    <message>
        <source>cannot save the change: %1; nothing was saved</source>
        <translation>impossible d'enregistrer la modification : %1 ; rien n'a été enregistré</translation>
    </message>
    <message>
        <source>database statement failed (%1): %2</source>
        <translation>échec d'une instruction de la base de données (%1) : %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot open %1: the file does not exist</source>
        <translation>impossible d'ouvrir %1 : le fichier n'existe pas</translation>
    </message>
    <message>
        <source>cannot open %1: it is a folder, not a workspace file</source>
        <translation>impossible d'ouvrir %1 : c'est un dossier, pas un fichier d'espace de travail</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied</source>
        <translation>impossible d'ouvrir %1 : permission refusée</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it is not a workspace database file)</source>
        <translation>%1 n'est pas un espace de travail Plenipo (ce n'est pas un fichier de base de données d'espace de travail)</translation>
    </message>
    <message>
        <source>%1 is open for editing in another Plenipo (process %2 on %3); it can be opened read-only</source>
        <translation>%1 est ouvert en modification dans un autre Plenipo (processus %2 sur %3) ; il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>%1 is on a read-only medium or in a folder you may not write to: it can be opened read-only</source>
        <translation>%1 se trouve sur un support en lecture seule ou dans un dossier où vous ne pouvez pas écrire : il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>cannot open %1 for editing: the lock file %2 cannot be created</source>
        <translation>impossible d'ouvrir %1 en modification : le fichier de verrou %2 ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it is a database of another program)</source>
        <translation>%1 n'est pas un espace de travail Plenipo (c'est la base de données d'un autre programme)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Plenipo (workspace format %2; this version reads formats up to %3)</source>
        <translation>%1 a été écrit par une version plus récente de Plenipo (format d'espace de travail %2 ; cette version lit les formats jusqu'à %3)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it holds no workspace tables)</source>
        <translation>%1 n'est pas un espace de travail Plenipo (il ne contient aucune table d'espace de travail)</translation>
    </message>
    <message>
        <source>%1 uses the older workspace format %2; open it for editing once to upgrade it</source>
        <translation>%1 utilise l'ancien format d'espace de travail %2 ; ouvrez-le une fois en modification pour le mettre à niveau</translation>
    </message>
    <message>
        <source>%1 is damaged or not a workspace: %2</source>
        <translation>%1 est endommagé ou n'est pas un espace de travail : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; nothing was changed</source>
        <translation>%1 est endommagé : %2 ; rien n'a été modifié</translation>
    </message>
    <message>
        <source>%1 is damaged: the alias '%2' belongs to a state that does not exist</source>
        <translation>%1 est endommagé : l'autre nom « %2 » appartient à un État qui n'existe pas</translation>
    </message>
    <message>
        <source>cannot create %1: a file with that name exists</source>
        <translation>impossible de créer %1 : un fichier portant ce nom existe</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>impossible de créer %1 : le dossier %2 n'existe pas</translation>
    </message>
    <message>
        <source>cannot create %1: renaming the new file failed</source>
        <translation>impossible de créer %1 : le renommage du nouveau fichier a échoué</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot save as %1: the folder does not exist</source>
        <translation>impossible d'enregistrer sous %1 : le dossier n'existe pas</translation>
    </message>
    <message>
        <source>cannot save as %1: that workspace is open in another Plenipo</source>
        <translation>impossible d'enregistrer sous %1 : cet espace de travail est ouvert dans un autre Plenipo</translation>
    </message>
    <message>
        <source>cannot save as %1: %2</source>
        <translation>impossible d'enregistrer sous %1 : %2</translation>
    </message>
    <message>
        <source>%1 is open read-only: changes cannot be saved</source>
        <translation>%1 est ouvert en lecture seule : les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>a batch of changes was committed twice</source>
        <translation>un lot de modifications a été validé deux fois</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>État inconnu « %1 »</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166-1 alpha-3 code (state %2)</source>
        <translation>« %1 » n'est pas un code ISO 3166-1 alpha-3 (État %2)</translation>
    </message>
    <message>
        <source>a group needs a code of its own ('%1' is empty or taken)</source>
        <translation>un groupe doit avoir son propre code (« %1 » est vide ou déjà pris)</translation>
    </message>
    <message>
        <source>group code '%1' is a state's ISO code; choose another</source>
        <translation>le code de groupe « %1 » est le code ISO d'un État ; choisissez-en un autre</translation>
    </message>
    <message>
        <source>a process needs a code of its own ('%1' is empty or taken)</source>
        <translation>un processus doit avoir son propre code (« %1 » est vide ou déjà pris)</translation>
    </message>
    <message>
        <source>a norm needs a code of its own ('%1' is empty or taken)</source>
        <translation>une norme doit avoir son propre code (« %1 » est vide ou déjà pris)</translation>
    </message>
    <message>
        <source>a document needs a symbol of its own ('%1' is empty or taken)</source>
        <translation>un document doit avoir sa propre cote (« %1 » est vide ou déjà prise)</translation>
    </message>
    <message>
        <source>document %1: unknown process</source>
        <translation>document %1 : processus inconnu</translation>
    </message>
    <message>
        <source>document %1: unknown predecessor document</source>
        <translation>document %1 : document précédent inconnu</translation>
    </message>
    <message>
        <source>clause %1 belongs to no known document</source>
        <translation>la clause %1 n'appartient à aucun document connu</translation>
    </message>
    <message>
        <source>clause %1: the clause it descends from does not exist</source>
        <translation>clause %1 : la clause dont elle est issue n'existe pas</translation>
    </message>
    <message>
        <source>clause %1: unknown norm</source>
        <translation>clause %1 : norme inconnue</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>aucune clause portant l'identifiant %1</translation>
    </message>
    <message>
        <source>clause %1 has no revision to restore</source>
        <translation>la clause %1 n'a pas de révision à restaurer</translation>
    </message>
    <message>
        <source>a clause needs a number</source>
        <translation>une clause doit avoir un numéro</translation>
    </message>
    <message>
        <source>clause %1: revision %2 is not the latest one and cannot be removed</source>
        <translation>clause %1 : la révision %2 n'est pas la dernière et ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>no document with id %1</source>
        <translation>aucun document portant l'identifiant %1</translation>
    </message>
    <message>
        <source>%1: a recorded vote row is damaged (vote %2, state %3, choice %4)</source>
        <translation>%1 : une ligne de vote enregistré est endommagée (vote %2, État %3, choix %4)</translation>
    </message>
    <message>
        <source>recorded vote: bad choice %1 for %2</source>
        <translation>vote enregistré : choix non valide %1 pour %2</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translation>aucun groupe portant l'identifiant %1</translation>
    </message>
    <message>
        <source>no process with id %1</source>
        <translation>aucun processus portant l'identifiant %1</translation>
    </message>
    <message>
        <source>the search index is already being deferred</source>
        <translation>l'indexation de la recherche est déjà différée</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceInfo</name>
    <message>
        <source>Workspace:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's file name.</extracomment>
        <translation>Espace de travail :</translation>
    </message>
    <message>
        <source>Format version:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's schema version (a number).</extracomment>
        <translation>Version du format :</translation>
    </message>
    <message>
        <source>States:</source>
        <extracomment>A label of `plenipo info`, followed by the number of states.</extracomment>
        <translation>États :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the number of UN member states ("193 UN member states"), %2 the number of observer states ("2 observers").</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n État Membre de l'ONU</numerusform>
            <numerusform>%n États Membres de l'ONU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n observateur</numerusform>
            <numerusform>%n observateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups:</source>
        <extracomment>A label of `plenipo info`, followed by the number of state groups.</extracomment>
        <translation>Groupes :</translation>
    </message>
    <message>
        <source>Processes:</source>
        <extracomment>A label of `plenipo info`, followed by the number of negotiation processes (and their names, one per line).</extracomment>
        <translation>Processus :</translation>
    </message>
    <message>
        <source>Norms:</source>
        <extracomment>A label of `plenipo info`, followed by the number of norms.</extracomment>
        <translation>Normes :</translation>
    </message>
    <message>
        <source>Documents:</source>
        <extracomment>A label of `plenipo info`, followed by the number of documents.</extracomment>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <extracomment>A label of `plenipo info`, followed by the number of clauses.</extracomment>
        <translation>Clauses :</translation>
    </message>
    <message>
        <source>Positions:</source>
        <extracomment>A label of `plenipo info`, followed by the number of recorded positions.</extracomment>
        <translation>Positions :</translation>
    </message>
    <message>
        <source>Note:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's note on its positions.</extracomment>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceOpener</name>
    <message>
        <source>Workspace in use</source>
        <translation>Espace de travail en cours d'utilisation</translation>
    </message>
    <message>
        <source>Workspace cannot be edited</source>
        <translation>Impossible de modifier l'espace de travail</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read everything and use Save As to make an editable copy.</source>
        <translation>%1

L'ouvrir en lecture seule ? Vous pouvez tout lire et utiliser Enregistrer sous pour en faire une copie modifiable.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d'ouvrir l'espace de travail</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceValidator</name>
    <message>
        <source>table state: state %1 has no code</source>
        <translation>table state : l'État %1 n'a pas de code</translation>
    </message>
    <message>
        <source>table state_alias: the alias '%2' belongs to state %1, which does not exist</source>
        <translation>table state_alias : l'autre nom « %2 » appartient à l'État %1, qui n'existe pas</translation>
    </message>
    <message>
        <source>table group_member: group %1 lists state %2, which does not exist</source>
        <translation>table group_member : le groupe %1 énumère l'État %2, qui n'existe pas</translation>
    </message>
    <message>
        <source>table group_member: state %2 is a member of group %1, which does not exist</source>
        <translation>table group_member : l'État %2 est membre du groupe %1, qui n'existe pas</translation>
    </message>
    <message>
        <source>table process_member: process %1 lists state %2, which does not exist</source>
        <translation>table process_member : le processus %1 énumère l'État %2, qui n'existe pas</translation>
    </message>
    <message>
        <source>table process_member: state %2 is a member of process %1, which does not exist</source>
        <translation>table process_member : l'État %2 est membre du processus %1, qui n'existe pas</translation>
    </message>
    <message>
        <source>table document: document %1 belongs to process %2, which does not exist</source>
        <translation>table document : le document %1 appartient au processus %2, qui n'existe pas</translation>
    </message>
    <message>
        <source>table document: document %1 follows document %2, which does not exist</source>
        <translation>table document : le document %1 fait suite au document %2, qui n'existe pas</translation>
    </message>
    <message>
        <source>table clause: clause %1 belongs to document %2, which does not exist</source>
        <translation>table clause : la clause %1 appartient au document %2, qui n'existe pas</translation>
    </message>
    <message>
        <source>table clause: clause %1 descends from clause %2, which does not exist</source>
        <translation>table clause : la clause %1 est issue de la clause %2, qui n'existe pas</translation>
    </message>
    <message>
        <source>table clause: document %1 has two clauses at place %2</source>
        <translation>table clause : le document %1 a deux clauses au rang %2</translation>
    </message>
    <message>
        <source>table clause_norm: clause %1 or norm %2 does not exist</source>
        <translation>table clause_norm : la clause %1 ou la norme %2 n'existe pas</translation>
    </message>
    <message>
        <source>table clause_revision: revision %1 belongs to clause %2, which does not exist</source>
        <translation>table clause_revision : la révision %1 appartient à la clause %2, qui n'existe pas</translation>
    </message>
    <message>
        <source>table stance_vector: positions on clause %1, which does not exist</source>
        <translation>table stance_vector : positions sur la clause %1, qui n'existe pas</translation>
    </message>
    <message>
        <source>table document_adherent: document %1 or state %2 does not exist</source>
        <translation>table document_adherent : le document %1 ou l'État %2 n'existe pas</translation>
    </message>
    <message>
        <source>table document: unknown document kind '%1'</source>
        <translation>table document : type de document inconnu « %1 »</translation>
    </message>
    <message>
        <source>table process: unknown process kind '%1'</source>
        <translation>table process : type de processus inconnu « %1 »</translation>
    </message>
    <message>
        <source>table state_group: unknown group kind '%1'</source>
        <translation>table state_group : type de groupe inconnu « %1 »</translation>
    </message>
    <message>
        <source>the file cannot be checked (%1)</source>
        <translation>le fichier ne peut pas être vérifié (%1)</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>clause %1</translation>
    </message>
    <message>
        <source>clause %1, alternative %2</source>
        <translation>clause %1, variante %2</translation>
    </message>
    <message>
        <source>table stance_vector: %1 has %2 for %3</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of stances ("200 stances"), %3 the number of states ("193 states").</extracomment>
        <translation>table stance_vector : %1 a %2 pour %3</translation>
    </message>
    <message numerus="yes">
        <source>%n stances</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n states</source>
        <translation>
            <numerusform>%n État</numerusform>
            <numerusform>%n États</numerusform>
        </translation>
    </message>
    <message>
        <source>table stance_vector: %1: byte %2 for state %3 is not a stance</source>
        <extracomment>%1 is the clause (and alternative), %2 a byte value, %3 the state's index.</extracomment>
        <translation>table stance_vector : %1 : l'octet %2 pour l'État %3 n'est pas une position</translation>
    </message>
    <message>
        <source>table stance_vector: %1: the detail vector is malformed</source>
        <translation>table stance_vector : %1 : le vecteur des détails est mal formé</translation>
    </message>
    <message numerus="yes">
        <source>table stance_vector: %1: the detail vector covers %n states of %2</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of states in the workspace.</extracomment>
        <translation>
            <numerusform>table stance_vector : %1 : le vecteur des détails couvre %n État sur %2</numerusform>
            <numerusform>table stance_vector : %1 : le vecteur des détails couvre %n États sur %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for negotiating norms and treaty texts: bracketed drafts, the positions of states on every paragraph, consensus and coalitions. Sample positions are illustrative.</source>
        <translation>Un atelier pour négocier des normes et des textes de traités : projets comportant du texte entre crochets, positions des États sur chaque paragraphe, consensus et coalitions. Les positions de l'exemple sont données à titre d'illustration.</translation>
    </message>
    <message>
        <source>State data derived from the mledoze/countries data set (ODbL 1.0).</source>
        <translation>Données sur les États tirées du jeu de données mledoze/countries (ODbL 1.0).</translation>
    </message>
</context>
</TS>
