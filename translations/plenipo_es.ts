<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BulkImportProgress</name>
    <message>
        <source>Import Folder of Akoma Ntoso Resolutions</source>
        <translation>Importar carpeta de resoluciones Akoma Ntoso</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)...</source>
        <translation>Importando %1 (%2 de %3)...</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n archivo importado</numerusform>
            <numerusform>%n archivos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped (already in the workspace)</source>
        <translation>
            <numerusform>%n archivo omitido (ya está en el espacio de trabajo)</numerusform>
            <numerusform>%n archivos omitidos (ya están en el espacio de trabajo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>Falló %n archivo</numerusform>
            <numerusform>Fallaron %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not read</source>
        <translation>
            <numerusform>Cancelado: %n archivo sin leer</numerusform>
            <numerusform>Cancelado: %n archivos sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n recorded vote(s) written</source>
        <extracomment>%1 is "3 documents"</extracomment>
        <translation>
            <numerusform>Escritos: %1 y %n votación registrada</numerusform>
            <numerusform>Escritos: %1 y %n votaciones registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no Akoma Ntoso file (*.xml, *.akn), in it or in its sub-folders.</source>
        <translation>%1 no contiene ningún archivo Akoma Ntoso (*.xml, *.akn), ni en sus subcarpetas.</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n Akoma Ntoso file(s) of %1?</source>
        <translation>
            <numerusform>¿Importar %n archivo Akoma Ntoso de %1?</numerusform>
            <numerusform>¿Importar los %n archivos Akoma Ntoso de %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each file is imported in its own transaction; Cancel during the run keeps the files done. The whole run is one step to undo.</source>
        <translation>Cada archivo se importa en su propia transacción; Cancelar durante la importación conserva los archivos ya procesados. Toda la importación se deshace en un solo paso.</translation>
    </message>
    <message>
        <source>&amp;Replace documents already in the workspace (otherwise they are skipped)</source>
        <translation>&amp;Reemplazar los documentos que ya están en el espacio de trabajo (si no, se omiten)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) replaced documents already in the workspace</source>
        <translation>
            <numerusform>%n archivo reemplazó documentos que ya estaban en el espacio de trabajo</numerusform>
            <numerusform>%n archivos reemplazaron documentos que ya estaban en el espacio de trabajo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::AgreementHeatMap</name>
    <message>
        <source>No recorded vote in the selection.</source>
        <translation>Ninguna votación registrada en la selección.</translation>
    </message>
    <message>
        <source>%1 and %2: no vote in common</source>
        <translation>%1 y %2: ninguna votación en común</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: agreement %3 over %n vote(s)</source>
        <translation>
            <numerusform>%1 y %2: coincidencia %3 en %n votación</numerusform>
            <numerusform>%1 y %2: coincidencia %3 en %n votaciones</numerusform>
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
        <translation>export: no se puede escribir el archivo Akoma Ntoso: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::AknImporter</name>
    <message>
        <source>line %1 (/%2)</source>
        <extracomment>The place of a problem in an Akoma Ntoso file: %1 is the line, %2 the element's path ("line 12 (/akomaNtoso/doc/mainBody/paragraph[@eId='para_3'])").</extracomment>
        <translation>línea %1 (/%2)</translation>
    </message>
    <message>
        <source>paragraph %1 has no text</source>
        <translation>el párrafo %1 no tiene texto</translation>
    </message>
    <message>
        <source>paragraph %1: markup: %2</source>
        <extracomment>%1 is the paragraph number, %2 the markup problem ("unclosed bracket opened here").</extracomment>
        <translation>párrafo %1: marcado: %2</translation>
    </message>
    <message>
        <source>the closing words of paragraph %1 were added to its last sub-point</source>
        <translation>las palabras finales del párrafo %1 se añadieron a su último apartado</translation>
    </message>
    <message>
        <source>process %1: unknown member state %2 left out</source>
        <translation>proceso %1: se omite el Estado miembro desconocido %2</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <extracomment>An item the import creates: %1 is the process's code, %2 its name.</extracomment>
        <translation>proceso %1 (%2)</translation>
    </message>
    <message>
        <source>unknown adherent state %1 left out</source>
        <translation>se omite el Estado adherente desconocido %1</translation>
    </message>
    <message numerus="yes">
        <source>coalition %1 (%n adherents)</source>
        <extracomment>An item the import creates: %1 is the coalition's code.</extracomment>
        <translation>
            <numerusform>coalición %1 (%n adherente)</numerusform>
            <numerusform>coalición %1 (%n adherentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>position on unknown paragraph '%1'</source>
        <translation>posición sobre un párrafo desconocido «%1»</translation>
    </message>
    <message>
        <source>bad stance '%1'</source>
        <translation>postura no válida «%1»</translation>
    </message>
    <message>
        <source>paragraph %1 has no alternative %2</source>
        <translation>el párrafo %1 no tiene la alternativa %2</translation>
    </message>
    <message>
        <source>position with both state and states</source>
        <translation>posición con state y states a la vez</translation>
    </message>
    <message>
        <source>position without state or states</source>
        <translation>posición sin state ni states</translation>
    </message>
    <message>
        <source>position with an empty list of states</source>
        <translation>posición con una lista de Estados vacía</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>Estado desconocido «%1»</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 es un Estado observador: los observadores no tienen posiciones</translation>
    </message>
    <message>
        <source>duplicate position of %1 on paragraph %2 (first on line %3)</source>
        <translation>posición duplicada de %1 sobre el párrafo %2 (la primera en la línea %3)</translation>
    </message>
    <message>
        <source>no recorded vote in the file: no positions</source>
        <translation>no hay votación registrada en el archivo: no hay posiciones</translation>
    </message>
    <message>
        <source>in favour</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>a favor</translation>
    </message>
    <message>
        <source>against</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>en contra</translation>
    </message>
    <message>
        <source>abstaining</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>abstenciones</translation>
    </message>
    <message>
        <source>vote count '%1' is not in favour, against or abstaining; left out</source>
        <translation>el recuento «%1» no es a favor, en contra ni abstenciones; se omite</translation>
    </message>
    <message>
        <source>voter '%1' (%2) does not resolve to a state of the workspace: no position recorded for it</source>
        <extracomment>%1 is the voter's name in the file, %2 the count it is listed in (in favour, against, abstaining).</extracomment>
        <translation>el votante «%1» (%2) no corresponde a ningún Estado del espacio de trabajo: no se registra ninguna posición para él</translation>
    </message>
    <message>
        <source>%1 (%2) is an observer state, which has no vote: left out of the recorded vote</source>
        <extracomment>%1 is the state's name in the file, %2 the count it is listed in (in favour, against, abstaining).</extracomment>
        <translation>%1 (%2) es un Estado observador, que no tiene voto: se deja fuera de la votación registrada</translation>
    </message>
    <message>
        <source>%1 (%2) is listed both %3 and %4; the first is kept</source>
        <extracomment>%1 is the state's name in the file, %2 its ISO code, %3 and %4 the counts it is listed in (in favour, against, abstaining).</extracomment>
        <translation>%1 (%2) figura a la vez en el recuento «%3» y en el recuento «%4»; se conserva el primero</translation>
    </message>
    <message numerus="yes">
        <source>the count says %1 %2 but %n names are listed</source>
        <extracomment>%1 is the number the file declares, %2 the count (in favour, against, abstaining): "the count says 163 in favour but 162 names are listed".</extracomment>
        <translation>
            <numerusform>el recuento «%2» indica %1, pero se enumera %n nombre</numerusform>
            <numerusform>el recuento «%2» indica %1, pero se enumeran %n nombres</numerusform>
        </translation>
    </message>
    <message>
        <source>sponsor '%1' (removed from the list) does not resolve to a state</source>
        <translation>el patrocinador «%1» (retirado de la lista) no corresponde a ningún Estado</translation>
    </message>
    <message>
        <source>%1 was removed from the list of sponsors</source>
        <translation>%1 se retiró de la lista de patrocinadores</translation>
    </message>
    <message>
        <source>sponsor '%1' does not resolve to a state</source>
        <translation>el patrocinador «%1» no corresponde a ningún Estado</translation>
    </message>
    <message>
        <source>submitted by %1 (no state sponsors)</source>
        <extracomment>An item the import creates: %1 is who submitted the draft ("the Chair of the Committee").</extracomment>
        <translation>presentado por %1 (sin Estados patrocinadores)</translation>
    </message>
    <message>
        <source>sponsor %1 on behalf of %2</source>
        <extracomment>An item the import creates: %1 is a state's ISO code, %2 the group it speaks for.</extracomment>
        <translation>patrocinador %1 en nombre de %2</translation>
    </message>
    <message>
        <source>the workspace already has a group '%1'</source>
        <translation>el espacio de trabajo ya tiene un grupo «%1»</translation>
    </message>
    <message numerus="yes">
        <source>group '%1' (coalition): %n sponsor(s)</source>
        <extracomment>An item the import creates: %1 is the group's name ("Sponsors of A/RES/75/32").</extracomment>
        <translation>
            <numerusform>grupo «%1» (coalición): %n patrocinador</numerusform>
            <numerusform>grupo «%1» (coalición): %n patrocinadores</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded vote kept as a vote: %1 yes, %2 no, %3 abstaining, %4 absent</source>
        <extracomment>An item the import creates: %1 to %4 are the numbers of states that voted yes, no, abstained and were absent.</extracomment>
        <translation>votación registrada conservada como votación: %1 a favor, %2 en contra, %3 abstenciones, %4 ausentes</translation>
    </message>
    <message>
        <source>%1: the document collection has no component with its own &lt;meta&gt;; nothing was imported</source>
        <translation>%1: la colección de documentos no tiene ningún componente con su propio &lt;meta&gt;; no se importó nada</translation>
    </message>
    <message>
        <source>two parts have the symbol %1</source>
        <translation>dos partes tienen la signatura %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of %1, each its own document</source>
        <extracomment>An item the import creates: %1 is the collection's symbol ("A/RES/74/264").</extracomment>
        <translation>
            <numerusform>%n parte de %1, cada una como documento propio</numerusform>
            <numerusform>%n partes de %1, cada una como documento propio</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is empty; nothing was imported</source>
        <translation>%1: el archivo está vacío; no se importó nada</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not well-formed XML (%4); nothing was imported</source>
        <translation>%1: línea %2, columna %3: XML mal formado (%4); no se importó nada</translation>
    </message>
    <message>
        <source>%1: not an Akoma Ntoso 3.0 document (the root element is &lt;%2&gt; in namespace '%3'); nothing was imported</source>
        <translation>%1: no es un documento Akoma Ntoso 3.0 (el elemento raíz es &lt;%2&gt; en el espacio de nombres «%3»); no se importó nada</translation>
    </message>
    <message>
        <source>%1: the Akoma Ntoso document has no &lt;meta&gt; or no &lt;mainBody&gt;; nothing was imported</source>
        <translation>%1: el documento Akoma Ntoso no tiene &lt;meta&gt; o no tiene &lt;mainBody&gt;; no se importó nada</translation>
    </message>
    <message>
        <source>the document has no symbol (docNumber or FRBRnumber)</source>
        <translation>el documento no tiene signatura (docNumber o FRBRnumber)</translation>
    </message>
    <message>
        <source>replaces the document %1 of the workspace</source>
        <translation>sustituye al documento %1 del espacio de trabajo</translation>
    </message>
    <message>
        <source>the workspace already has a document %1</source>
        <translation>el espacio de trabajo ya tiene un documento %1</translation>
    </message>
    <message>
        <source>the document has no title</source>
        <translation>el documento no tiene título</translation>
    </message>
    <message>
        <source>no paragraphs found</source>
        <translation>no se encontró ningún párrafo</translation>
    </message>
    <message>
        <source>process %1 is not in the workspace: the document is imported without it</source>
        <translation>el proceso %1 no está en el espacio de trabajo: el documento se importa sin él</translation>
    </message>
    <message>
        <source>predecessor %1 is not in the workspace: the document is imported without it</source>
        <translation>el antecesor %1 no está en el espacio de trabajo: el documento se importa sin él</translation>
    </message>
    <message>
        <source>paragraph %1: norm %2 is not in the workspace; link left out</source>
        <translation>párrafo %1: la norma %2 no está en el espacio de trabajo; se omite el vínculo</translation>
    </message>
    <message>
        <source>the part has no vote of its own: the collection's recorded vote is recorded for it</source>
        <translation>la parte no tiene votación propia: se le asigna la votación registrada de la colección</translation>
    </message>
    <message numerus="yes">
        <source>recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on each of the %n paragraph(s), preambular and operative</source>
        <extracomment>An item the import creates: %1, %2 and %3 are the numbers of states in favour, against and abstaining.</extracomment>
        <translation>
            <numerusform>votación registrada: %1 a favor, %2 en contra, %3 abstenciones, como posiciones sobre %n párrafo</numerusform>
            <numerusform>votación registrada: %1 a favor, %2 en contra, %3 abstenciones, como posiciones sobre cada uno de los %n párrafos, del preámbulo y dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s) (%4 preambular)</source>
        <extracomment>An item the import creates: %1 is the document's symbol, %2 its title, %3 its kind and date ("resolution, 2020-12-07").</extracomment>
        <translation>
            <numerusform>documento %1 «%2» (%3): %n párrafo (%4 del preámbulo)</numerusform>
            <numerusform>documento %1 «%2» (%3): %n párrafos (%4 del preámbulo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s)</source>
        <translation>
            <numerusform>documento %1 «%2» (%3): %n párrafo</numerusform>
            <numerusform>documento %1 «%2» (%3): %n párrafos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <extracomment>An item the import creates.</extracomment>
        <translation>
            <numerusform>%n posición</numerusform>
            <numerusform>%n posiciones</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import: lea primero el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1: se encontró %n error; no se importó nada</numerusform>
            <numerusform>%1: se encontraron %n errores; no se importó nada</numerusform>
        </translation>
    </message>
    <message>
        <source>a paragraph without a number, named %1 by its place</source>
        <translation>un párrafo sin número, denominado %1 según su lugar en el documento</translation>
    </message>
    <message>
        <source>paragraph number %1 comes twice in the document</source>
        <translation>el número de párrafo %1 aparece dos veces en el documento</translation>
    </message>
</context>
<context>
    <name>Plenipo::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::BulkImporter</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>already in the workspace: %1</source>
        <extracomment>Why a folder import skipped a file: %1 is the list of document symbols.</extracomment>
        <translation>ya está en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Why a folder import failed: %1 is the place in the file ("line 12"), %2 the error.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>What a folder import did with one file.</extracomment>
        <translation>importado</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>What a folder import did with one file: it replaced the document already there.</extracomment>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>What a folder import did with one file: the document was already there.</extracomment>
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>What a folder import did with one file: it could not be imported.</extracomment>
        <translation>falló</translation>
    </message>
    <message>
        <source>, %1 paragraph(s), recorded vote, %2 warning(s)</source>
        <translation>, párrafos: %1, votación registrada, advertencias: %2</translation>
    </message>
    <message>
        <source>, %1 paragraph(s), %2 warning(s)</source>
        <extracomment>The rest of a folder import's line for one file: %1 is the number of paragraphs, %2 the number of warnings.</extracomment>
        <translation>, párrafos: %1, advertencias: %2</translation>
    </message>
    <message>
        <source>total: %1 file(s): %2 imported, %3 replaced, %4 skipped (already there), %5 failed; %6 document(s), %7 recorded vote(s)</source>
        <extracomment>The last line of a folder import; the counts are named without a plural form.</extracomment>
        <translation>total: archivos: %1; importados: %2, sustituidos: %3, omitidos (ya presentes): %4, fallidos: %5; documentos: %6, votaciones registradas: %7</translation>
    </message>
    <message numerus="yes">
        <source>; cancelled, %n file(s) not read</source>
        <extracomment>Added to the last line of a folder import that was cancelled.</extracomment>
        <translation>
            <numerusform>; cancelado, %n archivo sin leer</numerusform>
            <numerusform>; cancelado, %n archivos sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ChangeClauseCommand</name>
    <message>
        <source>Renumber clause %1</source>
        <translation>Renumerar la cláusula %1</translation>
    </message>
    <message>
        <source>Link clause %1 to norms</source>
        <translation>Vincular la cláusula %1 con normas</translation>
    </message>
</context>
<context>
    <name>Plenipo::ChartsView</name>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>Guardar como &amp;PNG...</translation>
    </message>
    <message>
        <source>Save as S&amp;VG...</source>
        <translation>Guardar como S&amp;VG...</translation>
    </message>
    <message>
        <source>Document dashboard</source>
        <translation>Panel del documento</translation>
    </message>
    <message>
        <source>Trend along the lineage</source>
        <translation>Evolución a lo largo de la filiación</translation>
    </message>
    <message>
        <source>Support by group</source>
        <translation>Apoyo por grupo</translation>
    </message>
    <message>
        <source>UN regional groups</source>
        <translation>Grupos regionales de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>Grupos políticos</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Coaliciones</translation>
    </message>
    <message>
        <source>Clause shown</source>
        <translation>Cláusula mostrada</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Documento completo</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Illustrative values: the sample's positions are not recorded statements of any State.</source>
        <translation>Valores ilustrativos: las posiciones del ejemplo no son declaraciones registradas de ningún Estado.</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>cláusulas</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n clause(s) by status; agreed words: %2</source>
        <translation>
            <numerusform>%1 — %n cláusula por estado; palabras acordadas: %2</numerusform>
            <numerusform>%1 — %n cláusulas por estado; palabras acordadas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the navigator</source>
        <translation>Elija un documento en el navegador</translation>
    </message>
    <message>
        <source>Bracketed spans</source>
        <translation>Pasajes entre corchetes</translation>
    </message>
    <message>
        <source>Alternative groups</source>
        <translation>Grupos de alternativas</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativas</translation>
    </message>
    <message>
        <source>Agreed words (%)</source>
        <translation>Palabras acordadas (%)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>agreed words</source>
        <translation>palabras acordadas</translation>
    </message>
    <message numerus="yes">
        <source>Brackets and agreed words along the lineage (%n draft(s))</source>
        <translation>
            <numerusform>Corchetes y palabras acordadas a lo largo de la filiación (%n borrador)</numerusform>
            <numerusform>Corchetes y palabras acordadas a lo largo de la filiación (%n borradores)</numerusform>
        </translation>
    </message>
    <message>
        <source>members × paragraphs</source>
        <translation>miembros × párrafos</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>Stances on paragraph %1 of %2, by group (click a bar to select its states)</source>
        <translation>Posturas sobre el párrafo %1 de %2, por grupo (haga clic en una barra para seleccionar sus Estados)</translation>
    </message>
    <message>
        <source>Stances on every paragraph of %1, by group (click a bar to select its states)</source>
        <translation>Posturas sobre todos los párrafos de %1, por grupo (haga clic en una barra para seleccionar sus Estados)</translation>
    </message>
    <message>
        <source>No groups of this kind in the workspace</source>
        <translation>No hay grupos de este tipo en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot write the PNG image %1</source>
        <translation>No se puede escribir la imagen PNG %1</translation>
    </message>
    <message>
        <source>Chart from Plenipo</source>
        <translation>Gráfico de Plenipo</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Guardar el gráfico como SVG</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>No se puede guardar el gráfico</translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseEditor</name>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n pasaje entre corchetes</numerusform>
            <numerusform>%n pasajes entre corchetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alternative group(s)</source>
        <translation>
            <numerusform>%n grupo de alternativas</numerusform>
            <numerusform>%n grupos de alternativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s) agreed (%2%)</source>
        <translation>
            <numerusform>palabras acordadas: %1 de %n (%2 %)</numerusform>
            <numerusform>palabras acordadas: %1 de %n (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed deletion(s)</source>
        <translation>
            <numerusform>%n supresión propuesta</numerusform>
            <numerusform>%n supresiones propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>ad referendum</source>
        <translation>ad referéndum</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
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
            <numerusform>%n opción</numerusform>
            <numerusform>%n opciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseView</name>
    <message>
        <source>&amp;Save revision</source>
        <translation>&amp;Guardar revisión</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Compare with &amp;norm</source>
        <translation>Comparar con la &amp;norma</translation>
    </message>
    <message>
        <source>Compare with &amp;predecessor</source>
        <translation>Comparar con el &amp;antecesor</translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation>&amp;Comparar selección</translation>
    </message>
    <message>
        <source>Note for this revision (what changed, who asked)</source>
        <translation>Nota sobre esta revisión (qué cambió, quién lo pidió)</translation>
    </message>
    <message>
        <source>Word-by-word comparison with the norm this clause derives from</source>
        <translation>Comparación palabra por palabra con la norma de la que deriva esta cláusula</translation>
    </message>
    <message>
        <source>Word-by-word comparison with the clause it descends from</source>
        <translation>Comparación palabra por palabra con la cláusula de la que procede</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (select two revisions to compare them)</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt; (seleccione dos revisiones para compararlas)</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Ningún espacio de trabajo</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Choose a process, document, clause or norm in the navigator.</source>
        <translation>Elija un proceso, un documento, una cláusula o una norma en el navegador.</translation>
    </message>
    <message>
        <source>Unsaved clause text</source>
        <translation>Texto de la cláusula sin guardar</translation>
    </message>
    <message>
        <source>Clause not found</source>
        <translation>Cláusula no encontrada</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Párrafo %1</translation>
    </message>
    <message>
        <source>Derives from:</source>
        <translation>Deriva de:</translation>
    </message>
    <message>
        <source>Descends from:</source>
        <translation>Procede de:</translation>
    </message>
    <message>
        <source>Current text (revision %1 of %2): edit it and save a new revision</source>
        <translation>Texto actual (revisión %1 de %2): modifíquelo y guarde una nueva revisión</translation>
    </message>
    <message>
        <source>Current text (revision %1 of %2), read-only</source>
        <translation>Texto actual (revisión %1 de %2), solo lectura</translation>
    </message>
    <message>
        <source>Earlier text: revision %1 of %2 (read-only)</source>
        <translation>Texto anterior: revisión %1 de %2 (solo lectura)</translation>
    </message>
    <message>
        <source>The text of paragraph %1 has changed. Save it as a new revision?</source>
        <translation>El texto del párrafo %1 ha cambiado. ¿Guardarlo como nueva revisión?</translation>
    </message>
</context>
<context>
    <name>Plenipo::CoalitionView</name>
    <message>
        <source>Text Most Accept</source>
        <translation>Texto que más aceptan</translation>
    </message>
    <message>
        <source>Largest Text</source>
        <translation>Texto más amplio</translation>
    </message>
    <message>
        <source>What Would It Take?</source>
        <translation>¿Qué haría falta?</translation>
    </message>
    <message>
        <source>Derive Coalition Document...</source>
        <translation>Derivar documento de la coalición...</translation>
    </message>
    <message>
        <source>States by code or name, separated by commas: FRA, Germany, ...</source>
        <translation>Estados por código o nombre, separados por comas: FRA, Alemania, ...</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalición</translation>
    </message>
    <message>
        <source>Fails because of</source>
        <translation>Falla a causa de</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Check a clause to keep it in suggested texts; right-click a failing clause or alternative to try a what-if</source>
        <translation>Marque una cláusula para mantenerla en los textos sugeridos; haga clic derecho en una cláusula o alternativa que falla para probar una simulación</translation>
    </message>
    <message>
        <source>Suggestions appear here: the text most members accept, the largest text at least N members accept, or what a state outside would need changed to join.</source>
        <translation>Las sugerencias aparecen aquí: el texto que acepta la mayoría de los miembros, el texto más amplio que aceptan al menos N miembros, o lo que un Estado de fuera necesitaría cambiar para sumarse.</translation>
    </message>
    <message>
        <source>Create a document with the clauses this coalition accepts and its members as adherents (no positions or notes)</source>
        <translation>Crear un documento con las cláusulas que acepta esta coalición y sus miembros como adherentes (sin posiciones ni notas)</translation>
    </message>
    <message>
        <source>states that must be in (optional)</source>
        <translation>Estados obligatorios (opcional)</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>al menos </translation>
    </message>
    <message>
        <source> states</source>
        <translation> Estados</translation>
    </message>
    <message>
        <source>The text (clauses and alternatives) accepted by the most coalition members, with the must-be-in states and the checked clauses</source>
        <translation>El texto (cláusulas y alternativas) que acepta el mayor número de miembros de la coalición, con los Estados obligatorios y las cláusulas marcadas</translation>
    </message>
    <message>
        <source>The text with the most clauses that at least this many coalition members accept</source>
        <translation>El texto con más cláusulas que aceptan al menos este número de miembros de la coalición</translation>
    </message>
    <message>
        <source>Coalition:</source>
        <translation>Coalición:</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Outside:</source>
        <translation>De fuera:</translation>
    </message>
    <message>
        <source>Coalition text</source>
        <translation>Texto de la coalición</translation>
    </message>
    <message>
        <source>What if %1 supported %2?</source>
        <translation>¿Y si %1 apoyara %2?</translation>
    </message>
    <message>
        <source>the clause</source>
        <translation>la cláusula</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n)</source>
        <translation>
            <numerusform>%1: %2 (%n)</numerusform>
            <numerusform>%1: %2 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>Proceso %1 (%n)</numerusform>
            <numerusform>Proceso %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-picked states...</source>
        <translation>Estados elegidos...</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Desconocido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Coalition&lt;/b&gt;: select a document or a clause</source>
        <translation>&lt;b&gt;Coalición&lt;/b&gt;: seleccione un documento o una cláusula</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coalition&lt;/b&gt; on %1 &amp;ndash; %2</source>
        <translation>&lt;b&gt;Coalición&lt;/b&gt; sobre %1 &amp;ndash; %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n state(s)) accepts &lt;b&gt;%2 of %3&lt;/b&gt; clauses.</source>
        <translation>
            <numerusform>%1 (%n Estado) acepta &lt;b&gt;%2 de %3&lt;/b&gt; cláusulas.</numerusform>
            <numerusform>%1 (%n Estados) acepta &lt;b&gt;%2 de %3&lt;/b&gt; cláusulas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(with %n what-if stance(s))</source>
        <translation>
            <numerusform>(con %n postura simulada)</numerusform>
            <numerusform>(con %n posturas simuladas)</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>falla</translation>
    </message>
    <message>
        <source>Not accepted as a whole by: %1</source>
        <translation>No aceptada en su conjunto por: %1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>toma %1</translation>
    </message>
    <message>
        <source>no alternative</source>
        <translation>ninguna alternativa</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>no aceptada</translation>
    </message>
    <message>
        <source>Adherents: %1</source>
        <translation>Adherentes: %1</translation>
    </message>
    <message>
        <source>No clause is accepted by every member.</source>
        <translation>Ninguna cláusula es aceptada por todos los miembros.</translation>
    </message>
    <message>
        <source>The hand-picked states</source>
        <translation>Los Estados elegidos</translation>
    </message>
    <message>
        <source>Derive Coalition Document</source>
        <translation>Derivar documento de la coalición</translation>
    </message>
    <message>
        <source>Symbol of the new document (the clauses %1 accepts, with its members as adherents):</source>
        <translation>Signatura del nuevo documento (las cláusulas que acepta %1, con sus miembros como adherentes):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot derive the coalition document</source>
        <translation>No se puede derivar el documento de la coalición</translation>
    </message>
    <message>
        <source>Unknown states in "must be in": %1</source>
        <translation>Estados desconocidos en «deben estar»: %1</translation>
    </message>
    <message>
        <source>The text most members accept</source>
        <translation>El texto que acepta la mayoría de los miembros</translation>
    </message>
    <message>
        <source>No text keeps every checked clause with every must-be-in state.</source>
        <translation>Ningún texto mantiene todas las cláusulas marcadas con todos los Estados obligatorios.</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (exacto)</translation>
    </message>
    <message>
        <source> (heuristic)</source>
        <translation> (heurístico)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Quedan fuera: %1</translation>
    </message>
    <message numerus="yes">
        <source>The largest text at least %n member(s) accept</source>
        <translation>
            <numerusform>El texto más amplio que acepta al menos %n miembro</numerusform>
            <numerusform>El texto más amplio que aceptan al menos %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>No text with the checked clauses is accepted by that many members.</source>
        <translation>Ningún texto con las cláusulas marcadas es aceptado por tantos miembros.</translation>
    </message>
    <message>
        <source>What %1 would need to join</source>
        <translation>Lo que %1 necesitaría para sumarse</translation>
    </message>
    <message>
        <source>%1 is a member of this coalition.</source>
        <translation>%1 es miembro de esta coalición.</translation>
    </message>
    <message>
        <source>%1 already accepts the whole coalition text.</source>
        <translation>%1 ya acepta todo el texto de la coalición.</translation>
    </message>
    <message>
        <source>Paragraph %1: drop it (no version suits both).</source>
        <translation>Párrafo %1: suprimirlo (ninguna versión conviene a ambos).</translation>
    </message>
    <message>
        <source>Paragraph %1: in %2, take %3 instead of %4.</source>
        <translation>Párrafo %1: en %2, tomar %3 en lugar de %4.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>Derived %1 with %n clause(s) and %2.</source>
        <translation>
            <numerusform>Se derivó %1 con %n cláusula y %2.</numerusform>
            <numerusform>Se derivó %1 con %n cláusulas y %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adherent(s)</source>
        <translation>
            <numerusform>%n adherente</numerusform>
            <numerusform>%n adherentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 states accept %n clause(s)%3: %4</source>
        <translation>
            <numerusform>%1 de %2 Estados aceptan %n cláusula%3: %4</numerusform>
            <numerusform>%1 de %2 Estados aceptan %n cláusulas%3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)%1, accepted by %2: %3</source>
        <extracomment>%1 " (exact)" or " (heuristic)", %2 "12 states", %3 their names</extracomment>
        <translation>
            <numerusform>%n cláusula%1, aceptada por %2: %3</numerusform>
            <numerusform>%n cláusulas%1, aceptadas por %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n Estado</numerusform>
            <numerusform>%n Estados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no recorded position on any paragraph of %2. Record its positions first: until then nothing shows what it would need changed to join.</source>
        <translation>%1 no tiene ninguna posición registrada sobre los párrafos de %2. Registre primero sus posiciones: hasta entonces nada indica qué habría que cambiar para que se sume.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandGuard</name>
    <message>
        <source>The change was not made</source>
        <translation>No se hizo el cambio</translation>
    </message>
    <message>
        <source>%1 failed: nothing was changed.</source>
        <translation>Falló «%1»: no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Create a workspace: the UN member states, or the bundled sample with --sample</source>
        <translation>Crear un espacio de trabajo: los Estados Miembros de las Naciones Unidas, o el ejemplo incluido con --sample</translation>
    </message>
    <message>
        <source>Summarise a workspace: counts of states, groups, processes, norms, documents, clauses, positions</source>
        <translation>Resumir un espacio de trabajo: número de Estados, grupos, procesos, normas, documentos, cláusulas y posiciones</translation>
    </message>
    <message>
        <source>Consensus analysis of a document: status of every clause, blockers, landing zones (--document SYMBOL [--process NAME] [--json])</source>
        <translation>Análisis del consenso sobre un documento: estado de cada cláusula, Estados que bloquean, zonas de acuerdo (--document SYMBOL [--process NAME] [--json])</translation>
    </message>
    <message>
        <source>Create a synthetic workspace for benchmarks (--states N --clauses N --alternatives N FILE)</source>
        <translation>Crear un espacio de trabajo sintético para pruebas de rendimiento (--states N --clauses N --alternatives N FILE)</translation>
    </message>
    <message>
        <source>Check clause markup (check FILE|-) or count brackets and words (stats FILE|- [--json])</source>
        <translation>Comprobar el marcado de las cláusulas (check FILE|-) o contar corchetes y palabras (stats FILE|- [--json])</translation>
    </message>
    <message>
        <source>Compare two documents, clauses, revisions or a norm with a clause, word by word</source>
        <translation>Comparar palabra por palabra dos documentos, cláusulas o revisiones, o una norma con una cláusula</translation>
    </message>
    <message>
        <source>Export a document: Word, PDF, ODT, Akoma Ntoso or CSV (--document SYMBOL --format FORMAT [--coalition NAME] [--include-internal] -o OUT)</source>
        <translation>Exportar un documento: Word, PDF, ODT, Akoma Ntoso o CSV (--document SYMBOL --format FORMAT [--coalition NAME] [--include-internal] -o OUT)</translation>
    </message>
    <message>
        <source>Usage: plenipo [FILE]               open the workbench (on FILE, or the last workspace, or the sample)
       plenipo COMMAND [OPTIONS]    work without a display
       plenipo --version | --help

Commands:
</source>
        <translation>Uso: plenipo [FILE]               abrir el banco de trabajo (en FILE, el último espacio de trabajo o el ejemplo)
     plenipo COMMAND [OPTIONS]    trabajar sin pantalla
     plenipo --version | --help

Comandos:
</translation>
    </message>
    <message>
        <source>
Run 'plenipo COMMAND --help' for a command's options.
Workbench options: --sample (the bundled sample workspace), --read-only (open FILE without editing), --screenshot PNG (save a picture of the window and quit), --select SYMBOL#NUMBER (show a clause), --language CODE (the interface language).
</source>
        <translation>
Ejecute «plenipo COMMAND --help» para ver las opciones de un comando.
Opciones del banco de trabajo: --sample (el espacio de trabajo de ejemplo incluido), --read-only (abrir FILE sin modificarlo), --screenshot PNG (guardar una imagen de la ventana y salir), --select SYMBOL#NUMBER (mostrar una cláusula), --language CODE (el idioma de la interfaz).
</translation>
    </message>
    <message>
        <source>unknown command '%1' (see plenipo --help)</source>
        <translation>comando desconocido «%1» (véase plenipo --help)</translation>
    </message>
    <message>
        <source>Create a new workspace FILE holding the 193 UN member states with their regional groups. With --sample, also the processes, the 2015 norms, a sample draft and illustrative positions.</source>
        <translation>Crear un nuevo espacio de trabajo FILE con los 193 Estados Miembros de las Naciones Unidas y sus grupos regionales. Con --sample, también los procesos, las normas de 2015, un borrador de ejemplo y posiciones ilustrativas.</translation>
    </message>
    <message>
        <source>Create the bundled sample workspace.</source>
        <translation>Crear el espacio de trabajo de ejemplo incluido.</translation>
    </message>
    <message>
        <source>The workspace to create (*.plenipo).</source>
        <translation>El espacio de trabajo que se creará (*.plenipo).</translation>
    </message>
    <message>
        <source>new: expected one FILE
</source>
        <translation>new: se esperaba un FILE
</translation>
    </message>
    <message>
        <source>Created %1 (sample workspace)</source>
        <translation>Creado %1 (espacio de trabajo de ejemplo)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado %1</translation>
    </message>
    <message>
        <source>Summarise the workspace FILE (read-only).</source>
        <translation>Resumir el espacio de trabajo FILE (solo lectura).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>A workspace (*.plenipo).</source>
        <translation>Un espacio de trabajo (*.plenipo).</translation>
    </message>
    <message>
        <source>info: expected one FILE
</source>
        <translation>info: se esperaba un FILE
</translation>
    </message>
    <message>
        <source>Print the consensus analysis of a document (read-only): the status of every clause (agreed, agreed ad referendum, open, contested, blocked), blockers, silent members, reservations, landing zones, and the document's counts. The members are those of --process, else of the document's process, else every UN member state.</source>
        <translation>Mostrar el análisis del consenso sobre un documento (solo lectura): el estado de cada cláusula (acordada, acordada ad referéndum, abierta, impugnada, bloqueada), los Estados que bloquean, los miembros sin posición, las reservas, las zonas de acuerdo y los recuentos del documento. Los miembros son los de --process, si no los del proceso del documento, si no todos los Estados Miembros de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>The document's symbol.</source>
        <translation>La signatura del documento.</translation>
    </message>
    <message>
        <source>A process code or name.</source>
        <translation>El código o el nombre de un proceso.</translation>
    </message>
    <message>
        <source>consensus: expected WORKSPACE and --document SYMBOL
</source>
        <translation>consensus: se esperaban WORKSPACE y --document SYMBOL
</translation>
    </message>
    <message>
        <source>consensus: %1 has no document '%2'</source>
        <translation>consensus: %1 no tiene ningún documento «%2»</translation>
    </message>
    <message>
        <source>consensus: %1 has no process '%2'</source>
        <translation>consensus: %1 no tiene ningún proceso «%2»</translation>
    </message>
    <message>
        <source>Create a synthetic workspace FILE: STATES states positioned on every clause and every alternative of one document of CLAUSES clauses with one bracketed group of ALTERNATIVES alternatives each. The same seed gives the same file.</source>
        <translation>Crear un espacio de trabajo sintético FILE: STATES Estados con posición sobre cada cláusula y cada alternativa de un documento de CLAUSES cláusulas, cada una con un grupo entre corchetes de ALTERNATIVES alternativas. La misma semilla da el mismo archivo.</translation>
    </message>
    <message>
        <source>Number of states (default 193).</source>
        <translation>Número de Estados (193 por defecto).</translation>
    </message>
    <message>
        <source>Number of clauses (default 2000).</source>
        <translation>Número de cláusulas (2000 por defecto).</translation>
    </message>
    <message>
        <source>Alternatives per clause (default 3).</source>
        <translation>Alternativas por cláusula (3 por defecto).</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>generate: expected one FILE
</source>
        <translation>generate: se esperaba un FILE
</translation>
    </message>
    <message>
        <source>generate: --states, --clauses, --alternatives and --seed take whole numbers</source>
        <translation>generate: --states, --clauses, --alternatives y --seed requieren números enteros</translation>
    </message>
    <message>
        <source>Created %1: %2, %3, %4</source>
        <extracomment>%1 is the file; then "193 states", "2000 clauses", "1544000 positions"</extracomment>
        <translation>Creado %1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n Estado</numerusform>
            <numerusform>%n Estados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n cláusula</numerusform>
            <numerusform>%n cláusulas</numerusform>
        </translation>
    </message>
    <message>
        <source>check: print each markup problem as FILE:LINE:COL: message; exit status 1 if there are errors.
stats: count bracketed spans, alternative groups, options and words per clause and in total.
FILE holds clauses separated by blank lines; - reads standard input. The markup is described in docs/markup.md.</source>
        <translation>check: mostrar cada problema de marcado como FILE:LINE:COL: mensaje; código de salida 1 si hay errores.
stats: contar pasajes entre corchetes, grupos de alternativas, opciones y palabras por cláusula y en total.
FILE contiene cláusulas separadas por líneas en blanco; - lee la entrada estándar. El marcado se describe en docs/markup.md.</translation>
    </message>
    <message>
        <source>stats: print JSON.</source>
        <translation>stats: mostrar en JSON.</translation>
    </message>
    <message>
        <source>Check attributions against the states and groups of WORKSPACE.</source>
        <translation>Comprobar las atribuciones con los Estados y grupos de WORKSPACE.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>A markup file, or - for standard input.</source>
        <translation>Un archivo con marcado, o - para la entrada estándar.</translation>
    </message>
    <message>
        <source>markup: expected 'check FILE' or 'stats FILE'
</source>
        <translation>markup: se esperaba «check FILE» o «stats FILE»
</translation>
    </message>
    <message>
        <source>%1: %2, no errors, %3</source>
        <translation>%1: %2, sin errores, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no errors</source>
        <translation>%1: %2, sin errores</translation>
    </message>
    <message>
        <source>Compare words case-insensitively.</source>
        <translation>Comparar las palabras sin distinguir mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>Do not count punctuation-only changes.</source>
        <translation>No contar los cambios que solo afectan a la puntuación.</translation>
    </message>
    <message>
        <source>docx: write the comparison as a Word document with tracked changes (needs -o).</source>
        <translation>docx: escribir la comparación como documento Word con control de cambios (requiere -o).</translation>
    </message>
    <message>
        <source>The file to write (with --format).</source>
        <translation>El archivo que se escribirá (con --format).</translation>
    </message>
    <message>
        <source>The older text.</source>
        <translation>El texto más antiguo.</translation>
    </message>
    <message>
        <source>The newer text.</source>
        <translation>El texto más reciente.</translation>
    </message>
    <message>
        <source>compare: expected WORKSPACE A B
</source>
        <translation>compare: se esperaban WORKSPACE A B
</translation>
    </message>
    <message>
        <source>compare: --format must be docx (got '%1')</source>
        <translation>compare: --format debe ser docx (se recibió «%1»)</translation>
    </message>
    <message>
        <source>compare: --format docx needs -o OUT</source>
        <translation>compare: --format docx requiere -o OUT</translation>
    </message>
    <message>
        <source>Wrote %1: %2 -&gt; %3 with tracked changes</source>
        <translation>Escrito %1: %2 -&gt; %3 con control de cambios</translation>
    </message>
    <message>
        <source>akn, docx, txt or csv (default: from the file name).</source>
        <translation>akn, docx, txt o csv (por defecto: según el nombre del archivo).</translation>
    </message>
    <message>
        <source>csv: import the valid rows even when other rows have errors.</source>
        <translation>csv: importar las filas válidas aunque otras filas tengan errores.</translation>
    </message>
    <message>
        <source>Check and report; write nothing.</source>
        <translation>Comprobar e informar; no escribir nada.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Mostrar el informe en JSON.</translation>
    </message>
    <message>
        <source>docx, txt: the new document's symbol (default: the file name).</source>
        <translation>docx, txt: la signatura del nuevo documento (por defecto: el nombre del archivo).</translation>
    </message>
    <message>
        <source>docx, txt: the title (default: the first unnumbered paragraph).</source>
        <translation>docx, txt: el título (por defecto: el primer párrafo sin número).</translation>
    </message>
    <message>
        <source>docx, txt: the process code.</source>
        <translation>docx, txt: el código del proceso.</translation>
    </message>
    <message>
        <source>import: expected WORKSPACE FILE
</source>
        <translation>import: se esperaban WORKSPACE FILE
</translation>
    </message>
    <message>
        <source>import: unknown format '%1' (expected %2)</source>
        <translation>import: formato desconocido «%1» (se esperaba %2)</translation>
    </message>
    <message>
        <source>import: nothing was imported; --accept-valid imports the valid rows</source>
        <translation>import: no se importó nada; --accept-valid importa las filas válidas</translation>
    </message>
    <message>
        <source>import: nothing was imported (see the errors above)</source>
        <translation>import: no se importó nada (véanse los errores anteriores)</translation>
    </message>
    <message>
        <source>Export a document of WORKSPACE to OUT. Formats: %1. A coalition export (--coalition, a coalition's code or name) lists the adherent States and never contains internal notes or positions; --include-internal adds them (as Word comments) to a document export. The file is written under a temporary name and renamed when complete.</source>
        <translation>Exportar un documento de WORKSPACE a OUT. Formatos: %1. Una exportación para una coalición (--coalition, el código o el nombre de una coalición) enumera los Estados adherentes y nunca contiene notas ni posiciones internas; --include-internal las añade (como comentarios de Word) a la exportación de un documento. El archivo se escribe con un nombre temporal y se renombra al terminar.</translation>
    </message>
    <message>
        <source>Export for this coalition.</source>
        <translation>Exportar para esta coalición.</translation>
    </message>
    <message>
        <source>Include internal notes and positions.</source>
        <translation>Incluir notas y posiciones internas.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>The language of the cover block, labels and state names: ar, zh, en, fr, ru or es (default en). The clause text stays as written.</source>
        <translation>El idioma de la portada, las etiquetas y los nombres de los Estados: ar, zh, en, fr, ru o es (en por defecto). El texto de las cláusulas queda tal como está redactado.</translation>
    </message>
    <message>
        <source>export: expected one WORKSPACE
</source>
        <translation>export: se esperaba un WORKSPACE
</translation>
    </message>
    <message>
        <source>export: --document, --format and -o are required
</source>
        <translation>export: --document, --format y -o son obligatorios
</translation>
    </message>
    <message>
        <source>export: unknown format '%1' (expected one of: %2)</source>
        <translation>export: formato desconocido «%1» (se esperaba uno de: %2)</translation>
    </message>
    <message>
        <source>export: unknown language '%1' (expected one of: %2)</source>
        <translation>export: idioma desconocido «%1» (se esperaba uno de: %2)</translation>
    </message>
    <message>
        <source>export: a coalition export never includes internal material; drop --include-internal or --coalition</source>
        <translation>export: una exportación para una coalición nunca incluye material interno; quite --include-internal o --coalition</translation>
    </message>
    <message>
        <source>export: no document '%1' in %2</source>
        <translation>export: no hay ningún documento «%1» en %2</translation>
    </message>
    <message>
        <source>export: no coalition '%1' in %2 (coalitions: %3)</source>
        <translation>export: no hay ninguna coalición «%1» en %2 (coaliciones: %3)</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3)</source>
        <translation>Exportado %1 a %2 (%3)</translation>
    </message>
    <message>
        <source>Exported %1 for %2 to %3 (%4)</source>
        <translation>Exportado %1 para %2 a %3 (%4)</translation>
    </message>
    <message>
        <source>Plenipo negotiation workbench</source>
        <translation>Plenipo, banco de trabajo para negociaciones</translation>
    </message>
    <message>
        <source>Open FILE without editing it.</source>
        <translation>Abrir FILE sin modificarlo.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>Guardar una imagen de la ventana en PNG y salir.</translation>
    </message>
    <message>
        <source>Show the clause SYMBOL#NUMBER.</source>
        <translation>Mostrar la cláusula SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>Open the comparison of A and B.</source>
        <translation>Abrir la comparación de A y B.</translation>
    </message>
    <message>
        <source>Open the bundled sample workspace (created on first use).</source>
        <translation>Abrir el espacio de trabajo de ejemplo incluido (se crea la primera vez).</translation>
    </message>
    <message>
        <source>The interface language: ar, zh, en, fr, ru or es (default: the ui/language setting, else the system's).</source>
        <translation>El idioma de la interfaz: ar, zh, en, fr, ru o es (por defecto: el ajuste ui/language; si no, el del sistema).</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n posición</numerusform>
            <numerusform>%n posiciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Find words in a workspace: clauses, documents, norms, position sources and notes, states (QUERY [--kind KIND] [--json])</source>
        <translation>Buscar palabras en un espacio de trabajo: cláusulas, documentos, normas, fuentes y notas de las posiciones, Estados (QUERY [--kind KIND] [--json])</translation>
    </message>
    <message>
        <source>Team mode on a PostgreSQL server: init URL, user add|remove|list URL ..., push FILE URL, pull URL FILE (see plenipo server --help)</source>
        <translation>Modo de equipo en un servidor PostgreSQL: init URL, user add|remove|list URL ..., push FILE URL, pull URL FILE (véase plenipo server --help)</translation>
    </message>
    <message>
        <source>Save a new revision of a clause; positions follow their words (SYMBOL#NUMBER --text T | --text-file F [--note N])</source>
        <translation>Guardar una nueva revisión de una cláusula; las posiciones siguen a sus palabras (SYMBOL#NUMBER --text T | --text-file F [--note N])</translation>
    </message>
    <message>
        <source>List every position on a clause, with outdated and orphaned ones (SYMBOL#NUMBER [--json])</source>
        <translation>Enumerar todas las posiciones sobre una cláusula, incluidas las desfasadas y las huérfanas (SYMBOL#NUMBER [--json])</translation>
    </message>
    <message>
        <source>consensus: cannot write the report: %1</source>
        <translation>consensus: no se puede escribir el informe: %1</translation>
    </message>
    <message>
        <source>Search WORKSPACE (read-only) for QUERY: clause texts, document symbols and titles, norms, position sources and notes, state names and aliases, ignoring case and accents. QUERY: words (all must occur), "a phrase", a prefix infra*, -word to leave out. Matches print between %1 and %2.</source>
        <extracomment>%1 and %2 are the marks printed around each match (the guillemets).</extracomment>
        <translation>Buscar QUERY en WORKSPACE (solo lectura): textos de las cláusulas, signaturas y títulos de los documentos, normas, fuentes y notas de las posiciones, nombres y otros nombres de los Estados, sin distinguir mayúsculas ni acentos. QUERY: palabras (todas deben aparecer), "una frase", un prefijo infra*, -palabra para excluir. Las coincidencias se muestran entre %1 y %2.</translation>
    </message>
    <message>
        <source>Only this kind: clause, document, norm, position or state (repeatable).</source>
        <translation>Solo este tipo: clause, document, norm, position o state (se puede repetir).</translation>
    </message>
    <message>
        <source>Also search every earlier revision of the clauses.</source>
        <translation>Buscar también en todas las revisiones anteriores de las cláusulas.</translation>
    </message>
    <message>
        <source>Also search the sources and notes of internal positions.</source>
        <translation>Buscar también en las fuentes y notas de las posiciones internas.</translation>
    </message>
    <message>
        <source>Only in this document.</source>
        <translation>Solo en este documento.</translation>
    </message>
    <message>
        <source>Only in this process's documents.</source>
        <translation>Solo en los documentos de este proceso.</translation>
    </message>
    <message>
        <source>At most N hits of each kind (default 20).</source>
        <translation>Como máximo N resultados de cada tipo (20 por omisión).</translation>
    </message>
    <message>
        <source>What to find (several words may follow).</source>
        <translation>Lo que se busca (pueden seguir varias palabras).</translation>
    </message>
    <message>
        <source>search: expected WORKSPACE and QUERY</source>
        <translation>search: se esperaban WORKSPACE y QUERY</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>search: %1</translation>
    </message>
    <message>
        <source>search: the query holds no word to search for</source>
        <translation>search: la consulta no contiene ninguna palabra que buscar</translation>
    </message>
    <message>
        <source>search: unknown --kind '%1' (clause, document, norm, position or state)</source>
        <translation>search: --kind desconocido «%1» (clause, document, norm, position o state)</translation>
    </message>
    <message>
        <source>search: --limit takes a whole number from 1</source>
        <translation>search: --limit requiere un número entero a partir de 1</translation>
    </message>
    <message>
        <source>search: %1 has no document '%2'</source>
        <translation>search: %1 no tiene ningún documento «%2»</translation>
    </message>
    <message>
        <source>search: %1 has no process '%2'</source>
        <translation>search: %1 no tiene ningún proceso «%2»</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interna</translation>
    </message>
    <message>
        <source>No matches for %1</source>
        <translation>No hay coincidencias para %1</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Revisiones anteriores</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>(+: more hits than --limit shows)</source>
        <translation>(+: hay más resultados de los que muestra --limit)</translation>
    </message>
    <message>
        <source>Compare A with B word by word. A and B are both documents or both clauses:
  SYMBOL            a document (clauses aligned through lineage, then content)
  SYMBOL#NUMBER     a paragraph's current text, e.g. A/70/174#13(f)
  SYMBOL#NUMBER@N   revision N of a paragraph
  NORM-CODE         a norm's text in its source document, e.g. GGE2015-13f
Changes print as {-deleted-}{+inserted+}.</source>
        <translation>Comparar A con B palabra por palabra. A y B son ambos documentos o ambos cláusulas:
  SYMBOL            un documento (cláusulas alineadas por su filiación y luego por su contenido)
  SYMBOL#NUMBER     el texto actual de un párrafo, p. ej. A/70/174#13(f)
  SYMBOL#NUMBER@N   la revisión N de un párrafo
  NORM-CODE         el texto de una norma en su documento de origen, p. ej. GGE2015-13f
Los cambios se muestran como {-suprimido-}{+insertado+}.</translation>
    </message>
    <message>
        <source>import --dry-run: the report has errors; nothing would be imported (--accept-valid would import the valid rows)</source>
        <translation>import --dry-run: el informe tiene errores; no se importaría nada (--accept-valid importaría las filas válidas)</translation>
    </message>
    <message>
        <source>import --dry-run: the report has errors; nothing would be imported</source>
        <translation>import --dry-run: el informe tiene errores; no se importaría nada</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1: expected a clause SYMBOL#NUMBER, got '%2'</source>
        <translation>%1: se esperaba una cláusula SYMBOL#NUMBER, se recibió «%2»</translation>
    </message>
    <message>
        <source>Save TEXT as a new revision of the clause SYMBOL#NUMBER, as the clause editor's Save revision does. Every position on a bracketed span or alternative follows the words it was given on: it moves to the span of the new text holding them (its id changes with it), is marked outdated when those words changed, and is orphaned (kept, counted nowhere) when they are gone. Prints what moved, what is outdated, what is orphaned.</source>
        <translation>Guardar TEXT como nueva revisión de la cláusula SYMBOL#NUMBER, como hace «Guardar revisión» en el editor de cláusulas. Cada posición sobre un fragmento entre corchetes o una alternativa sigue a las palabras sobre las que se dio: pasa al fragmento del nuevo texto que las contiene (su identificador cambia con él), se marca como desfasada si esas palabras cambiaron y queda huérfana (se conserva, no se cuenta en ninguna parte) si han desaparecido. Muestra lo que se movió, lo que está desfasado y lo que quedó huérfano.</translation>
    </message>
    <message>
        <source>The new text.</source>
        <translation>El nuevo texto.</translation>
    </message>
    <message>
        <source>Read the new text from FILE (UTF-8).</source>
        <translation>Leer el nuevo texto de FILE (UTF-8).</translation>
    </message>
    <message>
        <source>The revision's note.</source>
        <translation>La nota de la revisión.</translation>
    </message>
    <message>
        <source>SYMBOL#NUMBER, e.g. %1</source>
        <translation>SYMBOL#NUMBER, p. ej. %1</translation>
    </message>
    <message>
        <source>revise: expected WORKSPACE SYMBOL#NUMBER and one of --text, --text-file</source>
        <translation>revise: se esperaban WORKSPACE SYMBOL#NUMBER y una de las opciones --text, --text-file</translation>
    </message>
    <message>
        <source>revise: cannot read %1: %2</source>
        <translation>revise: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>revise: %1 is not valid UTF-8</source>
        <translation>revise: %1 no está en UTF-8 válido</translation>
    </message>
    <message>
        <source>revise: the new text is empty</source>
        <translation>revise: el nuevo texto está vacío</translation>
    </message>
    <message>
        <source>revise: the new text has markup errors; the first, at line %1, column %2: %3</source>
        <translation>revise: el nuevo texto tiene errores de marcado; el primero, en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>No change: %1 already has this text</source>
        <translation>Sin cambios: %1 ya tiene este texto</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2</source>
        <translation>%1 guardada como revisión %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) stay, same words</source>
        <translation>
            <numerusform>%1: %n posición se queda, mismas palabras</numerusform>
            <numerusform>%1: %n posiciones se quedan, mismas palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n position(s) moved with their words "%3"</source>
        <translation>
            <numerusform>%1 -&gt; %2: %n posición movida con sus palabras «%3»</numerusform>
            <numerusform>%1 -&gt; %2: %n posiciones movidas con sus palabras «%3»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) now outdated, the words changed ("%2")</source>
        <translation>
            <numerusform>%1: %n posición ahora desfasada, las palabras cambiaron («%2»)</numerusform>
            <numerusform>%1: %n posiciones ahora desfasadas, las palabras cambiaron («%2»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) kept as history: "%2" is now agreed text</source>
        <translation>
            <numerusform>%1: %n posición conservada como historial: «%2» es ahora texto acordado</numerusform>
            <numerusform>%1: %n posiciones conservadas como historial: «%2» es ahora texto acordado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) orphaned, their words "%2" are gone</source>
        <translation>
            <numerusform>%1: %n posición huérfana, sus palabras «%2» han desaparecido</numerusform>
            <numerusform>%1: %n posiciones huérfanas, sus palabras «%2» han desaparecido</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions on alternatives: %1 unchanged, %2 moved, %3 outdated, %4 orphaned, %5 agreed</source>
        <translation>Posiciones sobre alternativas: %1 sin cambios, %2 movidas, %3 desfasadas, %4 huérfanas, %5 acordadas</translation>
    </message>
    <message>
        <source>Positions on the whole clause: %1 now outdated (the clause's text changed)</source>
        <translation>Posiciones sobre toda la cláusula: %1 ahora desfasadas (el texto de la cláusula cambió)</translation>
    </message>
    <message>
        <source>List every position on the clause SYMBOL#NUMBER and its alternatives (read-only): state, stance, alternative id, the words of that alternative, source, and whether it is outdated (given on words that changed since) or orphaned (its words are gone; not counted by consensus, coalitions or exports).</source>
        <translation>Enumerar todas las posiciones sobre la cláusula SYMBOL#NUMBER y sus alternativas (solo lectura): Estado, postura, identificador de la alternativa, palabras de esa alternativa, fuente, y si está desfasada (se dio sobre palabras que han cambiado desde entonces) o huérfana (sus palabras han desaparecido; no la cuentan el consenso, las coaliciones ni las exportaciones).</translation>
    </message>
    <message>
        <source>positions: expected WORKSPACE SYMBOL#NUMBER</source>
        <translation>positions: se esperaban WORKSPACE SYMBOL#NUMBER</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s), %2 outdated, %3 orphaned, %4 kept as history of agreed text</source>
        <translation>
            <numerusform>%1: %n posición, %2 desfasadas, %3 huérfanas, %4 conservadas como historial del texto acordado</numerusform>
            <numerusform>%1: %n posiciones, %2 desfasadas, %3 huérfanas, %4 conservadas como historial del texto acordado</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a screen (with --screenshot: photograph it); "list" lists them.</source>
        <translation>Mostrar una pantalla (con --screenshot: fotografiarla); «list» las enumera.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x720.</source>
        <translation>Tamaño de la ventana, p. ej. 1280x720.</translation>
    </message>
    <message>
        <source>Dark colours (Fusion style).</source>
        <translation>Colores oscuros (estilo Fusion).</translation>
    </message>
    <message>
        <source>Import a file into a workspace: Akoma Ntoso, a draft (.docx, .txt) or positions (.csv); prints the import report. With a folder or several files: every Akoma Ntoso resolution in one run</source>
        <translation>Importar un archivo en un espacio de trabajo: Akoma Ntoso, un borrador (.docx, .txt) o posiciones (.csv); muestra el informe de importación. Con una carpeta o varios archivos: todas las resoluciones Akoma Ntoso en una sola ejecución</translation>
    </message>
    <message>
        <source>Voting alignment over the recorded votes: agreement matrix, closest and most distant states, vote map (--agreement | --closest ISO3 | --map [--since S] [--match TEXT])</source>
        <translation>Alineación de voto en las votaciones registradas: matriz de coincidencia, Estados más cercanos y más distantes, mapa de votaciones (--agreement | --closest ISO3 | --map [--since S] [--match TEXT])</translation>
    </message>
    <message>
        <source>Trace a norm or a clause through the workspace's texts by shared word sequences (NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv])</source>
        <translation>Rastrear una norma o una cláusula en los textos del espacio de trabajo mediante secuencias de palabras compartidas (NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv])</translation>
    </message>
    <message>
        <source>Import FILE into WORKSPACE and print the import report: what was created and every problem with its line. Formats: akn (Akoma Ntoso: a Plenipo export or a UN resolution with its recorded vote), docx or txt (a draft: paragraphs become clauses), csv (positions; see README). Nothing is written when the report has errors; for csv, --accept-valid imports the valid rows anyway. Exit status 1 when nothing was imported.

With a folder (searched for *.xml and *.akn) or several files: a bulk import of Akoma Ntoso resolutions, one transaction per file, a line per file and the totals; a file whose document is already in the workspace is skipped (--replace: replaced). Exit status 1 when a file failed.</source>
        <translation>Importar FILE en WORKSPACE y mostrar el informe de importación: lo que se creó y cada problema con su línea. Formatos: akn (Akoma Ntoso: una exportación de Plenipo o una resolución de las Naciones Unidas con su votación registrada), docx o txt (un borrador: los párrafos pasan a ser cláusulas), csv (posiciones; véase README). No se escribe nada si el informe tiene errores; para csv, --accept-valid importa de todos modos las filas válidas. Código de salida 1 si no se importó nada.

Con una carpeta (en la que se buscan *.xml y *.akn) o varios archivos: una importación masiva de resoluciones Akoma Ntoso, una transacción por archivo, una línea por archivo y los totales; se omite el archivo cuyo documento ya está en el espacio de trabajo (--replace: se reemplaza). Código de salida 1 si falló algún archivo.</translation>
    </message>
    <message>
        <source>akn: replace a document already in the workspace instead of skipping it.</source>
        <translation>akn: reemplazar un documento que ya está en el espacio de trabajo en lugar de omitirlo.</translation>
    </message>
    <message>
        <source>Bulk import: list every file's warnings and errors.</source>
        <translation>Importación masiva: enumerar las advertencias y los errores de cada archivo.</translation>
    </message>
    <message>
        <source>The file, files or folders to import.</source>
        <translation>El archivo, los archivos o las carpetas que importar.</translation>
    </message>
    <message>
        <source>DIR|FILE...</source>
        <translation>DIR|FILE...</translation>
    </message>
    <message>
        <source>import: a bulk import (a folder or several files) takes Akoma Ntoso files only, with --replace, --json and --verbose</source>
        <translation>import: una importación masiva (una carpeta o varios archivos) solo admite archivos Akoma Ntoso, con --replace, --json y --verbose</translation>
    </message>
    <message>
        <source>Voting alignment over the workspace's recorded votes (read-only). Agreement of two states: per vote both took part in, 1 when they vote the same, 0.5 when one abstains, 0 when they vote opposite; absences left out.
--agreement: the matrix of every pair of UN member states (rows and columns in the order of a hierarchical clustering), --closest ISO3: every other state by agreement with ISO3, --map: the two principal components of the votes with the share of variance each explains, and the blocs (--blocs N) compared with the regional groups.</source>
        <translation>Alineación de voto en las votaciones registradas del espacio de trabajo (solo lectura). Coincidencia de dos Estados: en cada votación en la que participaron ambos, 1 si votan igual, 0,5 si uno se abstiene, 0 si votan en sentido contrario; las ausencias no se tienen en cuenta.
--agreement: la matriz de todos los pares de Estados Miembros de las Naciones Unidas (filas y columnas en el orden de un agrupamiento jerárquico), --closest ISO3: todos los demás Estados según su coincidencia con ISO3, --map: los dos componentes principales de las votaciones con la parte de la varianza que explica cada uno, y los bloques (--blocs N) comparados con los grupos regionales.</translation>
    </message>
    <message>
        <source>Only votes of this session or later (74).</source>
        <translation>Solo votaciones de este período de sesiones o posteriores (74).</translation>
    </message>
    <message>
        <source>Only votes of this session or earlier.</source>
        <translation>Solo votaciones de este período de sesiones o anteriores.</translation>
    </message>
    <message>
        <source>Only votes on documents whose title or text contains TEXT.</source>
        <translation>Solo votaciones sobre documentos cuyo título o texto contiene TEXT.</translation>
    </message>
    <message>
        <source>Only these documents (comma-separated).</source>
        <translation>Solo estos documentos (separados por comas).</translation>
    </message>
    <message>
        <source>The agreement matrix.</source>
        <translation>La matriz de coincidencia.</translation>
    </message>
    <message>
        <source>States closest and most distant to ISO3.</source>
        <translation>Los Estados más cercanos y más distantes de ISO3.</translation>
    </message>
    <message>
        <source>The vote map (principal components) and blocs.</source>
        <translation>El mapa de votaciones (componentes principales) y los bloques.</translation>
    </message>
    <message>
        <source>--map: cut the clustering into N blocs (6).</source>
        <translation>--map: dividir el agrupamiento en N bloques (6).</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Salida JSON.</translation>
    </message>
    <message>
        <source>CSV output.</source>
        <translation>Salida CSV.</translation>
    </message>
    <message>
        <source>--agreement: save the heat map, --map: the vote map, as PNG.</source>
        <translation>--agreement: guardar el mapa de calor, --map: el mapa de votaciones, como PNG.</translation>
    </message>
    <message>
        <source>votes: %1 has no recorded vote matching the selection</source>
        <translation>votes: %1 no tiene ninguna votación registrada que coincida con la selección</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s), %1 states</source>
        <translation>
            <numerusform>%n votación registrada, %1 Estados</numerusform>
            <numerusform>%n votaciones registradas, %1 Estados</numerusform>
        </translation>
    </message>
    <message>
        <source>votes: --png goes with --agreement or --map</source>
        <translation>votes: --png se usa con --agreement o --map</translation>
    </message>
    <message>
        <source>votes: cannot write %1</source>
        <translation>votes: no se puede escribir %1</translation>
    </message>
    <message>
        <source>votes: '%1' is not a UN member state of %2</source>
        <translation>votes: «%1» no es un Estado Miembro de las Naciones Unidas en %2</translation>
    </message>
    <message numerus="yes">
        <source>UN General Assembly: %n recorded vote(s)</source>
        <translation>
            <numerusform>Asamblea General de las Naciones Unidas: %n votación registrada</numerusform>
            <numerusform>Asamblea General de las Naciones Unidas: %n votaciones registradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Every paragraph of the workspace whose wording derives from a norm (its source clause, else its summary) or a clause SYMBOL#NUMBER, found by shared sequences of three words (shingles), ranked by similarity (the share of the source's word sequences the paragraph contains), each with its word diff against the source. With --table: the norm x document table of every norm's best match in every document.</source>
        <translation>Cada párrafo del espacio de trabajo cuya redacción deriva de una norma (de su cláusula de origen o, si no la tiene, de su resumen) o de una cláusula SYMBOL#NUMBER, encontrado mediante secuencias compartidas de tres palabras (shingles), ordenado por similitud (la proporción de las secuencias de palabras del origen que contiene el párrafo), cada uno con su comparación palabra por palabra con el origen. Con --table: la tabla norma × documento con la mejor coincidencia de cada norma en cada documento.</translation>
    </message>
    <message>
        <source>Leave out matches below S (0..1, default 0.3).</source>
        <translation>Dejar fuera las coincidencias inferiores a S (0..1, por defecto 0.3).</translation>
    </message>
    <message>
        <source>The norm x document table of every norm (no SOURCE).</source>
        <translation>La tabla norma × documento de todas las normas (sin SOURCE).</translation>
    </message>
    <message>
        <source>A norm code (GGE2015-13f) or SYMBOL#NUMBER.</source>
        <translation>Un código de norma (GGE2015-13f) o SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>trace: expected WORKSPACE NORM|SYMBOL#NUMBER (or WORKSPACE --table), --min-similarity between 0 and 1
</source>
        <translation>trace: se esperaban WORKSPACE NORM|SYMBOL#NUMBER (o WORKSPACE --table), --min-similarity entre 0 y 1
</translation>
    </message>
    <message>
        <source>trace: %1 has no norm or clause '%2' (a norm code such as GGE2015-13f, or SYMBOL#NUMBER)</source>
        <translation>trace: %1 no tiene ninguna norma ni cláusula «%2» (un código de norma como GGE2015-13f, o SYMBOL#NUMBER)</translation>
    </message>
    <message>
        <source>votes: no document %1 in the workspace</source>
        <translation>votes: no hay ningún documento %1 en el espacio de trabajo</translation>
    </message>
    <message>
        <source>votes: %1 has no paragraph %2</source>
        <translation>votes: %1 no tiene el párrafo %2</translation>
    </message>
    <message>
        <source>votes: --alternative needs a clause, SYMBOL#NUMBER</source>
        <translation>votes: --alternative requiere una cláusula, SYMBOL#NUMBER</translation>
    </message>
    <message>
        <source>%1, alternative %2</source>
        <translation>%1, alternativa %2</translation>
    </message>
    <message>
        <source>%1: no state has a recorded position here, so there is nothing to predict from.</source>
        <translation>%1: ningún Estado tiene aquí una posición registrada, así que no hay nada a partir de lo cual predecir.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance (predicted, not recorded):</source>
        <translation>
            <numerusform>%1: %n miembro sin posición registrada tiene una posición probable (predicha, no registrada):</numerusform>
            <numerusform>%1: %n miembros sin posición registrada tienen una posición probable (predicha, no registrada):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ≈ %2 (predicted), confidence %3%, from %4 states</source>
        <extracomment>%1 ISO3 code, %2 the stance, %3 a percentage, %4 how many states it rests on</extracomment>
        <translation>%1  ≈ %2 (predicción), confianza %3 %, a partir de %4 Estados</translation>
    </message>
    <message>
        <source>no likely stance (no state shares enough of the selected votes): %1</source>
        <translation>sin posición probable (ningún Estado comparte con ellos suficientes votaciones de las seleccionadas): %1</translation>
    </message>
    <message>
        <source>Likely stances of the members who said nothing on TARGET: SYMBOL (the document as a whole) or SYMBOL#NUMBER (a clause), predicted from the states that vote most like each one. Predictions, never recorded positions.</source>
        <translation>Posiciones probables de los miembros que no se han pronunciado sobre TARGET: SYMBOL (el documento en su conjunto) o SYMBOL#NUMBER (una cláusula), predichas a partir de los Estados que votan de forma más parecida a cada uno. Son predicciones, nunca posiciones registradas.</translation>
    </message>
    <message>
        <source>--likely SYMBOL#NUMBER: on this alternative of the clause (g1.2).</source>
        <translation>--likely SYMBOL#NUMBER: sobre esta alternativa de la cláusula (g1.2).</translation>
    </message>
    <message>
        <source>How often the likely stances are right: leave-one-out over the selected votes (each state's recorded vote predicted from the others'), per session and overall, against predicting its regional group's majority.</source>
        <translation>Con qué frecuencia aciertan las posiciones probables: validación dejando uno fuera (leave-one-out) sobre las votaciones seleccionadas (el voto registrado de cada Estado se predice a partir de los de los demás), por período de sesiones y en total, frente a predecir el voto mayoritario de su grupo regional.</translation>
    </message>
    <message>
        <source>votes: expected WORKSPACE and one of --agreement, --closest ISO3, --map, --likely TARGET, --accuracy (and at most one of --json, --csv)
</source>
        <translation>votes: se esperaban WORKSPACE y una de las opciones --agreement, --closest ISO3, --map, --likely TARGET, --accuracy (y como máximo una de --json, --csv)
</translation>
    </message>
    <message>
        <source>votes: --alternative goes with --likely SYMBOL#NUMBER</source>
        <translation>votes: --alternative se usa con --likely SYMBOL#NUMBER</translation>
    </message>
    <message>
        <source>%1: %2% of %3 recorded choices predicted right (regional group majority: %4%)</source>
        <extracomment>%1 is "session 74" or "overall"; %2 and %4 percentages, %3 a count</extracomment>
        <translation>%1: %2 % de %3 votos registrados predichos correctamente (mayoría del grupo regional: %4 %)</translation>
    </message>
    <message>
        <source>%1; mean agreement per state (clustering order):</source>
        <translation>%1; coincidencia media por Estado (orden del agrupamiento):</translation>
    </message>
    <message>
        <source>%1; closest to %2 (%3):</source>
        <extracomment>%1 "96 recorded votes, 193 states", %2 ISO3 code, %3 the state's name</extracomment>
        <translation>%1; más cercanos a %2 (%3):</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n vote(s))</source>
        <extracomment>%1 ISO3 code, %2 agreement (0 to 1)</extracomment>
        <translation>
            <numerusform>%1  %2  (%n votación)</numerusform>
            <numerusform>%1  %2  (%n votaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>most distant:</source>
        <translation>más distantes:</translation>
    </message>
    <message>
        <source>no vote in common: %1</source>
        <translation>ninguna votación en común: %1</translation>
    </message>
    <message>
        <source>axis 1 explains %1% of the variance, axis 2 %2%</source>
        <translation>el eje 1 explica el %1 % de la varianza; el eje 2, el %2 %</translation>
    </message>
    <message>
        <source>%1  %2  %3  bloc %4  %5</source>
        <extracomment>%1 ISO3 code, %2 and %3 the coordinates, %4 the bloc's number, %5 regional group</extracomment>
        <translation>%1  %2  %3  bloque %4  %5</translation>
    </message>
    <message>
        <source>blocs vs regional groups: adjusted Rand index %1, purity %2</source>
        <translation>bloques frente a grupos regionales: índice de Rand ajustado %1, pureza %2</translation>
    </message>
    <message>
        <source>bloc %1: %2</source>
        <translation>bloque %1: %2</translation>
    </message>
    <message>
        <source>political groups in the blocs:</source>
        <translation>grupos políticos en los bloques:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2% of its %n member(s) in bloc %3</source>
        <extracomment>%1 group code, %2 a percentage, %n its members, %3 the bloc's number</extracomment>
        <translation>
            <numerusform>%1: %2 % de su %n miembro en el bloque %3</numerusform>
            <numerusform>%1: %2 % de sus %n miembros en el bloque %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paragraph(s) with similarity &gt;= %2</source>
        <translation>
            <numerusform>%1: %n párrafo con similitud &gt;= %2</numerusform>
            <numerusform>%1: %n párrafos con similitud &gt;= %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1#%2  similarity %3</source>
        <translation>%1#%2  similitud %3</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>en total</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>período de sesiones %1</translation>
    </message>
    <message numerus="yes">
        <source>(on %n clause(s))</source>
        <extracomment>After the states of a position hit: the details are on that many clauses.</extracomment>
        <translation>
            <numerusform>(en %n cláusula)</numerusform>
            <numerusform>(en %n cláusulas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>search: %n item(s) changed by another session cannot be found yet; they can be once its import is done</source>
        <translation>
            <numerusform>search: %n elemento modificado por otra sesión aún no se puede encontrar; se podrá cuando termine su importación</numerusform>
            <numerusform>search: %n elementos modificados por otra sesión aún no se pueden encontrar; se podrán cuando termine su importación</numerusform>
        </translation>
    </message>
    <message>
        <source>A workspace (*.plenipo), or a server address (postgresql://..., service=...): then what you may read there.</source>
        <translation>Un espacio de trabajo (*.plenipo), o la dirección de un servidor (postgresql://..., service=...): entonces lo que usted puede leer allí.</translation>
    </message>
    <message>
        <source>A workspace to open, or a server address (postgresql://..., service=...) to connect to.</source>
        <translation>Un espacio de trabajo que abrir, o la dirección de un servidor (postgresql://..., service=...) con el que conectar.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandRunner</name>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Comparison</name>
    <message>
        <source>norm %1: its text (%2 paragraph %3) is not in this workspace</source>
        <translation>norma %1: su texto (%2, párrafo %3) no está en este espacio de trabajo</translation>
    </message>
    <message>
        <source>'%1' is neither a document symbol nor a norm code</source>
        <translation>«%1» no es ni una signatura de documento ni un código de norma</translation>
    </message>
    <message>
        <source>'%1': a revision is written @1, @2, ...</source>
        <translation>«%1»: una revisión se escribe @1, @2, ...</translation>
    </message>
    <message>
        <source>'%1': no document %2</source>
        <translation>«%1»: no hay ningún documento %2</translation>
    </message>
    <message>
        <source>'%1': document %2 has no paragraph %3</source>
        <translation>«%1»: el documento %2 no tiene el párrafo %3</translation>
    </message>
    <message numerus="yes">
        <source>'%1': paragraph %2 has %n revision(s)</source>
        <translation>
            <numerusform>«%1»: el párrafo %2 tiene %n revisión</numerusform>
            <numerusform>«%1»: el párrafo %2 tiene %n revisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>compare two documents or two clauses: '%1' and '%2' are not alike</source>
        <translation>compare dos documentos o dos cláusulas: «%1» y «%2» no son del mismo tipo</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>no hay ninguna cláusula con el identificador %1</translation>
    </message>
    <message>
        <source>Comparing %1 with %2 (clauses aligned through lineage, then content)</source>
        <translation>Comparación de %1 con %2 (cláusulas alineadas por su filiación y, después, por su contenido)</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>Comparación de %1 con %2</translation>
    </message>
    <message>
        <source>Clauses: %1 matched (%2 changed, %3 renumbered, %4 moved), %5 inserted, %6 deleted</source>
        <translation>Cláusulas emparejadas: %1 (modificadas: %2, renumeradas: %3, desplazadas: %4), insertadas: %5, suprimidas: %6</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Palabras: %1</translation>
    </message>
    <message>
        <source>%1 words added, %2 removed, %3 unchanged; brackets: %4 introduced, %5 resolved; alternative groups: %6 introduced, %7 resolved</source>
        <extracomment>the counts carry no plural form (several in one line)</extracomment>
        <translation>palabras añadidas: %1, suprimidas: %2, sin cambios: %3; corchetes introducidos: %4, resueltos: %5; grupos de alternativas introducidos: %6, resueltos: %7</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>insertada</translation>
    </message>
    <message>
        <source>inserted, split from %1</source>
        <translation>insertada, escindida de %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suprimida</translation>
    </message>
    <message>
        <source>deleted, merged into %1</source>
        <translation>suprimida, fusionada en %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1, renumbered</source>
        <translation>%1, renumerada</translation>
    </message>
    <message>
        <source>%1, moved</source>
        <translation>%1, desplazada</translation>
    </message>
</context>
<context>
    <name>Plenipo::ComparisonView</name>
    <message>
        <source>Document symbol, SYMBOL#NUMBER, SYMBOL#NUMBER@REVISION or norm code</source>
        <translation>Signatura del documento, SYMBOL#NUMBER, SYMBOL#NUMBER@REVISION o código de norma</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>Old:</source>
        <translation>Anterior:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nuevo:</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificada</numerusform>
            <numerusform>%n modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n renumerada</numerusform>
            <numerusform>%n renumeradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n desplazada</numerusform>
            <numerusform>%n desplazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted</source>
        <translation>
            <numerusform>%n insertada</numerusform>
            <numerusform>%n insertadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n suprimida</numerusform>
            <numerusform>%n suprimidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n word(s) added&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n palabra añadida&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n palabras añadidas&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n removed&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n suprimida&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n suprimidas&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>brackets: %1 introduced, %2 resolved</source>
        <translation>corchetes: %1 introducidos, %2 resueltos</translation>
    </message>
    <message>
        <source>alternative groups: %1 introduced, %2 resolved</source>
        <translation>grupos de alternativas: %1 introducidos, %2 resueltos</translation>
    </message>
    <message>
        <source>A clause of the newer document</source>
        <translation>Una cláusula del documento más reciente</translation>
    </message>
    <message>
        <source>The clause of the older document it corresponds to, or none</source>
        <translation>La cláusula del documento anterior que le corresponde, o ninguna</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Emparejar</translation>
    </message>
    <message>
        <source>Compare these two clauses with each other, whatever lineage and content say</source>
        <translation>Comparar estas dos cláusulas entre sí, digan lo que digan la filiación y el contenido</translation>
    </message>
    <message>
        <source>Reset Pairings</source>
        <translation>Restablecer emparejamientos</translation>
    </message>
    <message>
        <source>Pair new clause</source>
        <translation>Emparejar la cláusula nueva</translation>
    </message>
    <message>
        <source>with old clause</source>
        <translation>con la cláusula antigua</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(sin correspondencia)</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) matched through lineage or content</source>
        <translation>
            <numerusform>%n cláusula emparejada por su filiación o su contenido</numerusform>
            <numerusform>%n cláusulas emparejadas por su filiación o su contenido</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as &amp;Word with Tracked Changes...</source>
        <translation>Exportar a &amp;Word con control de cambios...</translation>
    </message>
    <message>
        <source>A .docx file in which every difference is a tracked change that can be accepted or rejected</source>
        <translation>Un archivo .docx en el que cada diferencia es un cambio controlado que se puede aceptar o rechazar</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>Copiar como &amp;texto</translation>
    </message>
    <message>
        <source>Copy the comparison as plain text, {-deleted-} {+inserted+}</source>
        <translation>Copiar la comparación como texto sin formato, {-suprimido-} {+insertado+}</translation>
    </message>
    <message>
        <source>Export Comparison as Word</source>
        <translation>Exportar la comparación a Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Wrote %1 with tracked changes</source>
        <translation>Escrito %1 con control de cambios</translation>
    </message>
    <message>
        <source>Cannot export the comparison</source>
        <translation>No se puede exportar la comparación</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <source>postgresql://host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://host:5432/base?sslmode=verify-full</translation>
    </message>
    <message>
        <source>A PostgreSQL connection URI, or libpq keywords such as service=coalition (from pg_service.conf) or host=... dbname=... user=...</source>
        <translation>Un URI de conexión de PostgreSQL, o palabras clave de libpq como service=coalition (de pg_service.conf) o host=... dbname=... user=...</translation>
    </message>
    <message>
        <source>as in the address</source>
        <translation>como en la dirección</translation>
    </message>
    <message>
        <source>Plenipo never stores a password. It uses the one libpq finds (PGPASSWORD, ~/.pgpass, a service file) or asks for it when the server wants one. The server decides what your login may read: another delegation's internal material never reaches you.</source>
        <translation>Plenipo nunca guarda una contraseña. Usa la que encuentra libpq (PGPASSWORD, ~/.pgpass, un archivo de servicios) o la pide cuando el servidor la requiere. El servidor decide qué puede leer su usuario: el material interno de otra delegación nunca le llega.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusEngine</name>
    <message>
        <source>no clause with id %1</source>
        <translation>no hay ninguna cláusula con el identificador %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusReport</name>
    <message>
        <source>Members: %1 (%2 states)</source>
        <extracomment>%1 the process (or "all states"), %2 how many member states</extracomment>
        <translation>Miembros: %1 (Estados: %2)</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>todos los Estados</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <extracomment>%1 a count, %2 a status (agreed, open...), %3 a percentage</extracomment>
        <translation>%2: %1 (%3 %)</translation>
    </message>
    <message>
        <source>%1 clauses: %2</source>
        <extracomment>%1 how many clauses, %2 the count of each status</extracomment>
        <translation>Cláusulas (%1): %2</translation>
    </message>
    <message>
        <source>Brackets: %1 bracketed spans in %2 alternative groups; %3 proposed deletions</source>
        <translation>Corchetes: pasajes: %1, grupos de alternativas: %2; supresiones propuestas: %3</translation>
    </message>
    <message>
        <source>Blocked, fewest blockers first:</source>
        <translation>Cláusulas bloqueadas, primero las que tienen menos Estados que las bloquean:</translation>
    </message>
    <message>
        <source>Positions: outdated (text changed since given) on %1 clauses; orphaned (their words are gone, not counted) on %2 clauses</source>
        <translation>Posiciones: desfasadas (el texto cambió desde que se dieron), cláusulas afectadas: %1; huérfanas (sus palabras han desaparecido, no se cuentan), cláusulas afectadas: %2</translation>
    </message>
    <message>
        <source>blocked by: %1</source>
        <translation>bloqueada por: %1</translation>
    </message>
    <message>
        <source>reservations: %1</source>
        <translation>reservas: %1</translation>
    </message>
    <message>
        <source>no position: %1</source>
        <translation>sin posición: %1</translation>
    </message>
    <message>
        <source>%1 states</source>
        <translation>%1 Estados</translation>
    </message>
    <message>
        <source>ad referendum: %1</source>
        <translation>ad referéndum: %1</translation>
    </message>
    <message>
        <source>outdated positions (%1): %2</source>
        <translation>posiciones desfasadas (%1): %2</translation>
    </message>
    <message>
        <source>orphaned positions (%1, not counted): %2</source>
        <translation>posiciones huérfanas (%1, no se cuentan): %2</translation>
    </message>
    <message>
        <source>%1: landing zone %2</source>
        <extracomment>%1 an alternative group's id (g1), %2 its landing zone</extracomment>
        <translation>%1: zona de acuerdo %2</translation>
    </message>
    <message>
        <source>(drop the span)</source>
        <translation>(suprimir el pasaje)</translation>
    </message>
    <message>
        <source>%1: no landing zone; blocked by %2</source>
        <translation>%1: sin zona de acuerdo; bloqueado por %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusSession</name>
    <message numerus="yes">
        <source>Every state (%n)</source>
        <translation>
            <numerusform>Todos los Estados (%n)</numerusform>
            <numerusform>Todos los Estados (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>Proceso %1 (%n)</numerusform>
            <numerusform>Proceso %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 (%n)</source>
        <translation>
            <numerusform>Grupo %1 (%n)</numerusform>
            <numerusform>Grupo %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusStatus</name>
    <message>
        <source>agreed</source>
        <translation>acordado</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>acordado ad referéndum</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>impugnado</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
</context>
<context>
    <name>Plenipo::CsvReader</name>
    <message>
        <source>error parsing data while strict checking enabled</source>
        <translation>error al analizar los datos con la comprobación estricta activada</translation>
    </message>
    <message>
        <source>memory exhausted while increasing buffer size</source>
        <translation>memoria agotada al aumentar el tamaño del búfer</translation>
    </message>
    <message>
        <source>data size too large</source>
        <translation>tamaño de datos demasiado grande</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>el texto no está en UTF-8 válido</translation>
    </message>
</context>
<context>
    <name>Plenipo::DeriveCoalitionDocumentCommand</name>
    <message>
        <source>Derive coalition document %1</source>
        <translation>Derivar el documento de coalición %1</translation>
    </message>
    <message>
        <source>Derived from the coalition analysis</source>
        <translation>Derivado del análisis de la coalición</translation>
    </message>
    <message>
        <source>the coalition accepts no clause of %1: there is nothing to derive</source>
        <translation>la coalición no acepta ninguna cláusula de %1: no hay nada que derivar</translation>
    </message>
</context>
<context>
    <name>Plenipo::DeriveDocumentCommand</name>
    <message>
        <source>Derive %1 from %2</source>
        <translation>Derivar %1 de %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>no document to derive from</source>
        <translation>no hay ningún documento del que derivar</translation>
    </message>
</context>
<context>
    <name>Plenipo::DetachedPositionCommand</name>
    <message>
        <source>Re-attach position to the whole clause</source>
        <translation>Volver a vincular la posición a toda la cláusula</translation>
    </message>
    <message>
        <source>Re-attach position to %1</source>
        <translation>Volver a vincular la posición a %1</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n orphaned position(s)</source>
        <translation>
            <numerusform>Descartar %n posición huérfana</numerusform>
            <numerusform>Descartar %n posiciones huérfanas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::DocumentComparison</name>
    <message>
        <source>compare: a document is missing from %1</source>
        <translation>compare: falta un documento en %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::DocxExporter</name>
    <message>
        <source>Word document</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Documento de Word</translation>
    </message>
</context>
<context>
    <name>Plenipo::DocxWriter</name>
    <message>
        <source>cannot write the Word package: %1</source>
        <translation>no se puede escribir el paquete de Word: %1</translation>
    </message>
    <message>
        <source>cannot write %1 into the Word package: %2</source>
        <translation>no se puede escribir %1 en el paquete de Word: %2</translation>
    </message>
    <message>
        <source>cannot finish the Word package: %1</source>
        <translation>no se puede terminar el paquete de Word: %1</translation>
    </message>
    <message>
        <source>cannot write the Word document: %1</source>
        <translation>no se puede escribir el documento de Word: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainNames</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1:1: expected a header starting with code</source>
        <translation>%1:1: se esperaba un encabezado que empiece por code</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2: %n campo, se esperaban %3</numerusform>
            <numerusform>%1:%2: %n campos, se esperaban %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:1: unknown language column '%2'</source>
        <translation>%1:1: columna de idioma desconocida «%2»</translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainText</name>
    <message>
        <source>Group of Governmental Experts</source>
        <translation>Grupo de Expertos Gubernamentales</translation>
    </message>
    <message>
        <source>Open-Ended Working Group</source>
        <translation>Grupo de Trabajo de Composición Abierta</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalición</translation>
    </message>
    <message>
        <source>Other process</source>
        <translation>Otro proceso</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Zero draft</source>
        <translation>Borrador cero</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>Declaración conjunta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Grupo regional de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Political group</source>
        <translation>Grupo político</translation>
    </message>
    <message>
        <source>statement</source>
        <comment>source of a position</comment>
        <translation>declaración</translation>
    </message>
    <message>
        <source>document</source>
        <comment>source of a position</comment>
        <translation>documento</translation>
    </message>
    <message>
        <source>vote</source>
        <comment>source of a position</comment>
        <translation>votación</translation>
    </message>
    <message>
        <source>informal</source>
        <comment>source of a position</comment>
        <translation>informal</translation>
    </message>
    <message>
        <source>illustrative</source>
        <comment>source of a position</comment>
        <translation>ilustrativo</translation>
    </message>
</context>
<context>
    <name>Plenipo::DraftImporter</name>
    <message>
        <source>%1: line %2, column %3: not well-formed XML (%4); nothing was imported</source>
        <translation>%1: línea %2, columna %3: XML mal formado (%4); no se importó nada</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>The place of a problem in a text file: %1 is the line number.</extracomment>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1: not a Word file (.docx): the zip package cannot be read (%2); nothing was imported</source>
        <translation>%1: no es un archivo de Word (.docx): no se puede leer el paquete zip (%2); no se importó nada</translation>
    </message>
    <message>
        <source>%1: not a Word file (.docx): it has no %2; nothing was imported</source>
        <translation>%1: no es un archivo de Word (.docx): no contiene %2; no se importó nada</translation>
    </message>
    <message>
        <source>%1: word/document.xml has no body; nothing was imported</source>
        <translation>%1: word/document.xml no tiene cuerpo; no se importó nada</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <extracomment>The place of a problem in a Word file: %1 is the paragraph's position in it.</extracomment>
        <translation>párrafo %1</translation>
    </message>
    <message>
        <source>list level '%1' is not a Word list level (0 to %2): the paragraph's automatic number is ignored</source>
        <translation>el nivel de lista «%1» no es un nivel de lista de Word (0 a %2): se ignora la numeración automática del párrafo</translation>
    </message>
    <message>
        <source>unknown process '%1'</source>
        <translation>proceso desconocido «%1»</translation>
    </message>
    <message>
        <source>sub-point %1 before any numbered paragraph</source>
        <translation>apartado %1 antes de cualquier párrafo numerado</translation>
    </message>
    <message>
        <source>the document needs a symbol</source>
        <translation>el documento necesita una signatura</translation>
    </message>
    <message>
        <source>the workspace already has a document %1 (choose another symbol)</source>
        <translation>el espacio de trabajo ya tiene un documento %1 (elija otra signatura)</translation>
    </message>
    <message>
        <source>no paragraphs found in %1</source>
        <translation>no se encontró ningún párrafo en %1</translation>
    </message>
    <message>
        <source>clause number %1 also numbers an earlier clause</source>
        <translation>el número de cláusula %1 ya numera una cláusula anterior</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <extracomment>The place of a markup problem: %1 is the line or paragraph ("line 12"), %2 the column.</extracomment>
        <translation>%1, columna %2</translation>
    </message>
    <message>
        <source>clause %1: %2</source>
        <extracomment>%1 is the clause number, %2 the markup problem.</extracomment>
        <translation>cláusula %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (zero draft): %n clause(s)</source>
        <translation>
            <numerusform>documento %1 «%2» (borrador cero): %n cláusula</numerusform>
            <numerusform>documento %1 «%2» (borrador cero): %n cláusulas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (draft): %n clause(s)</source>
        <translation>
            <numerusform>documento %1 «%2» (borrador): %n cláusula</numerusform>
            <numerusform>documento %1 «%2» (borrador): %n cláusulas</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import: lea primero el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1: se encontró %n error; no se importó nada</numerusform>
            <numerusform>%1: se encontraron %n errores; no se importó nada</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDialog</name>
    <message>
        <source>Export Document</source>
        <translation>Exportar documento</translation>
    </message>
    <message>
        <source>None: the document as it stands</source>
        <translation>Ninguna: el documento tal como está</translation>
    </message>
    <message>
        <source>Include internal material (internal notes and positions, as comments)</source>
        <translation>Incluir material interno (notas y posiciones internas, como comentarios)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Coalition:</source>
        <translation>&amp;Coalición:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>A coalition export never contains internal material.</source>
        <translation>Una exportación para una coalición nunca contiene material interno.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Elija el archivo de destino.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportando...</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error en la exportación: %1</translation>
    </message>
    <message>
        <source>The language of the cover block, labels and state names; the clause text stays as written.</source>
        <translation>El idioma de la portada, las etiquetas y los nombres de los Estados; el texto de las cláusulas queda tal como está redactado.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message numerus="yes">
        <source>The coalition text relies on outdated positions in %n paragraph(s):</source>
        <translation>
            <numerusform>El texto de la coalición se basa en posiciones desfasadas en %n párrafo:</numerusform>
            <numerusform>El texto de la coalición se basa en posiciones desfasadas en %n párrafos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDocument</name>
    <message>
        <source>Ad referendum: %1.</source>
        <translation>Ad referéndum: %1.</translation>
    </message>
    <message>
        <source>Deletion proposed by: %1.</source>
        <translation>Supresión propuesta por: %1.</translation>
    </message>
    <message>
        <source>Proposed by: %1.</source>
        <translation>Propuesto por: %1.</translation>
    </message>
    <message>
        <source>Internal: %1, %2</source>
        <translation>Interno: %1, %2</translation>
    </message>
    <message>
        <source>Internal: %1, %2 (alternative %3)</source>
        <translation>Interno: %1, %2 (alternativa %3)</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Fuente: %1.</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Proceso: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Text of the coalition: %1</source>
        <translation>Texto de la coalición: %1</translation>
    </message>
    <message>
        <source>Adherent States (%1)</source>
        <translation>Estados adherentes (%1)</translation>
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
        <translation>Texto</translation>
    </message>
    <message>
        <source>Not yet agreed within the coalition.</source>
        <translation>Todavía no acordado en la coalición.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Internal notes (not for circulation)</source>
        <translation>Notas internas (no distribuir)</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1: the coalition text relies on %n outdated position(s), given on words that have changed since: %2</source>
        <translation>
            <numerusform>Párrafo %1: el texto de la coalición se basa en %n posición desfasada, dada sobre palabras que han cambiado desde entonces: %2</numerusform>
            <numerusform>Párrafo %1: el texto de la coalición se basa en %n posiciones desfasadas, dadas sobre palabras que han cambiado desde entonces: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportOptions</name>
    <message>
        <source>the export was cancelled</source>
        <translation>se canceló la exportación</translation>
    </message>
    <message>
        <source>export: no document with id %1 in %2</source>
        <translation>export: no hay ningún documento con el identificador %1 en %2</translation>
    </message>
    <message>
        <source>export: no coalition '%1' in %2</source>
        <translation>export: no hay ninguna coalición «%1» en %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::FileImporter</name>
    <message>
        <source>import: read a file first</source>
        <translation>import: lea primero un archivo</translation>
    </message>
</context>
<context>
    <name>Plenipo::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>Find in this text</source>
        <translation>Buscar en este texto</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+Intro, Mayús+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Coincidencia siguiente (Intro, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 de %n</numerusform>
            <numerusform>%1 de %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::HandbookDialog</name>
    <message>
        <source>Plenipo Handbook</source>
        <translation>Manual de Plenipo</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Markup Reference</source>
        <translation>Referencia del &amp;marcado</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>A file to import</source>
        <translation>Un archivo que importar</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Automatic (from the file name)</source>
        <translation>Automático (según el nombre del archivo)</translation>
    </message>
    <message>
        <source>Akoma Ntoso XML (a Plenipo export or a UN resolution)</source>
        <translation>Akoma Ntoso XML (una exportación de Plenipo o una resolución de las Naciones Unidas)</translation>
    </message>
    <message>
        <source>Draft in Word (.docx)</source>
        <translation>Borrador en Word (.docx)</translation>
    </message>
    <message>
        <source>Draft in plain text (.txt)</source>
        <translation>Borrador en texto sin formato (.txt)</translation>
    </message>
    <message>
        <source>Positions (CSV)</source>
        <translation>Posiciones (CSV)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Default: the file name</source>
        <translation>Por defecto: el nombre del archivo</translation>
    </message>
    <message>
        <source>Draft &amp;symbol:</source>
        <translation>&amp;Signatura del borrador:</translation>
    </message>
    <message>
        <source>Default: the first unnumbered paragraph</source>
        <translation>Por defecto: el primer párrafo sin número</translation>
    </message>
    <message>
        <source>Draft &amp;title:</source>
        <translation>&amp;Título del borrador:</translation>
    </message>
    <message>
        <source>Choose a file, then Check: nothing is written before Import.</source>
        <translation>Elija un archivo y luego Comprobar: no se escribe nada antes de Importar.</translation>
    </message>
    <message>
        <source>The import report appears here.</source>
        <translation>El informe de importación aparece aquí.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Import &amp;Valid Rows</source>
        <translation>Importar filas &amp;válidas</translation>
    </message>
    <message>
        <source>For positions in CSV with errors: import the rows without errors and leave out the others</source>
        <translation>Para posiciones en CSV con errores: importar las filas sin errores y dejar fuera las demás</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Importable files (*.xml *.akn *.docx *.txt *.csv);;All files (*)</source>
        <translation>Archivos importables (*.xml *.akn *.docx *.txt *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %n warning(s). Press Import to write it into the workspace.</source>
        <translation>
            <numerusform>Listo para importar: %n advertencia. Pulse Importar para escribirlo en el espacio de trabajo.</numerusform>
            <numerusform>Listo para importar: %n advertencias. Pulse Importar para escribirlo en el espacio de trabajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Import the valid rows without them, or close: nothing changes.</source>
        <translation>
            <numerusform>%n fila tiene errores. Importe las filas válidas sin ella, o cierre: nada cambia.</numerusform>
            <numerusform>%n filas tienen errores. Importe las filas válidas sin ellas, o cierre: nada cambia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this file cannot be imported as it is. Nothing was written.</source>
        <translation>
            <numerusform>%n error: este archivo no se puede importar tal como está. No se escribió nada.</numerusform>
            <numerusform>%n errores: este archivo no se puede importar tal como está. No se escribió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import positions from %1</source>
        <translation>Importar posiciones de %1</translation>
    </message>
    <message>
        <source>The import failed; the workspace is unchanged: %1</source>
        <translation>La importación falló; el espacio de trabajo no ha cambiado: %1</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDocumentCommand</name>
    <message>
        <source>the import wrote no document</source>
        <translation>la importación no escribió ningún documento</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportGuard</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2, more than the %3 an import accepts; nothing was imported</source>
        <translation>%1: el archivo ocupa %2, más de los %3 que admite una importación; no se importó nada</translation>
    </message>
    <message>
        <source>%1: the input is larger than the %2 an import accepts; nothing was imported</source>
        <translation>%1: la entrada supera los %2 que admite una importación; no se importó nada</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: the file is not valid UTF-8 (byte 0x%4); save it as UTF-8 and import it again. Nothing was imported</source>
        <translation>%1: línea %2, columna %3: el archivo no está en UTF-8 válido (byte 0x%4); guárdelo en UTF-8 e impórtelo de nuevo. No se importó nada</translation>
    </message>
    <message>
        <source>%1: line %2: the XML declares a DTD or entities (%3); Plenipo refuses them in imported files. Nothing was imported</source>
        <translation>%1: línea %2: el XML declara una DTD o entidades (%3); Plenipo no las admite en los archivos importados. No se importó nada</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 expands to %3, more than the %4 an import accepts (a damaged or hostile file); nothing was imported</source>
        <translation>%1: la entrada zip %2 se descomprime en %3, más de los %4 que admite una importación (archivo dañado o malintencionado); no se importó nada</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 lies outside the file (a damaged file); nothing was imported</source>
        <translation>%1: la entrada zip %2 está fuera del archivo (archivo dañado); no se importó nada</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be read (a damaged file); nothing was imported</source>
        <translation>%1: la entrada zip %2 no se puede leer (archivo dañado); no se importó nada</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be inflated (%3); nothing was imported</source>
        <translation>%1: la entrada zip %2 no se puede descomprimir (%3); no se importó nada</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 expands to more than the %3 an import accepts (its header claims %4: a damaged or hostile file); nothing was imported</source>
        <translation>%1: la entrada zip %2 se descomprime en más de los %3 que admite una importación (su encabezado indica %4: archivo dañado o malintencionado); no se importó nada</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 holds %3 bytes but its header says %4 (a damaged or hostile file); nothing was imported</source>
        <translation>%1: la entrada zip %2 contiene %3 bytes pero su encabezado indica %4 (archivo dañado o malintencionado); no se importó nada</translation>
    </message>
    <message>
        <source>%1: line %2: the XML is nested more than %3 elements deep (a damaged or hostile file); nothing was imported</source>
        <translation>%1: línea %2: el XML está anidado en más de %3 niveles de elementos (archivo dañado o malintencionado); no se importó nada</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportReport</name>
    <message>
        <source>info</source>
        <extracomment>The severity of a problem in an import report ("info: line 3: ...").</extracomment>
        <translation>información</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>The severity of a problem in an import report ("warning: line 3: ...").</extracomment>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>The severity of a problem in an import report ("error: line 3: ...").</extracomment>
        <translation>error</translation>
    </message>
    <message>
        <source>checked, nothing written yet</source>
        <translation>comprobado, aún no se ha escrito nada</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>The outcome of an import: everything was written into the workspace.</extracomment>
        <translation>importado</translation>
    </message>
    <message>
        <source>imported the valid rows only; the rows with errors were left out</source>
        <translation>se importaron solo las filas válidas; se dejaron fuera las filas con errores</translation>
    </message>
    <message>
        <source>NOT imported: the workspace is unchanged</source>
        <translation>NO importado: el espacio de trabajo no ha cambiado</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 is the file name, %2 its format (CSV, Akoma Ntoso...), %3 the outcome of the import.</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Would create:</source>
        <translation>Se crearía:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the number of errors ("3 errors"), %2 the number of warnings ("1 warning").</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One problem of an import report: %1 is its severity (error, warning, info), %2 the message ("error: unknown state 'Atlantis'").</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>One problem of an import report: %1 is its severity (error, warning, info), %2 its place in the file ("line 12"), %3 the message.</extracomment>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>Plenipo::InsertClauseCommand</name>
    <message>
        <source>Insert clause %1</source>
        <translation>Insertar la cláusula %1</translation>
    </message>
    <message>
        <source>clause %1 was not written</source>
        <translation>la cláusula %1 no se escribió</translation>
    </message>
</context>
<context>
    <name>Plenipo::MainWindow</name>
    <message>
        <source>Plenipo workspaces (*.plenipo)</source>
        <translation>Espacios de trabajo de Plenipo (*.plenipo)</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nuevo espacio de trabajo...</translation>
    </message>
    <message>
        <source>Open &amp;Sample Workspace</source>
        <translation>Abrir espacio de trabajo de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importar...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>E&amp;xportar...</translation>
    </message>
    <message>
        <source>&amp;Compare Texts...</source>
        <translation>&amp;Comparar textos...</translation>
    </message>
    <message>
        <source>Cannot create the sample workspace</source>
        <translation>No se puede crear el espacio de trabajo de ejemplo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Ningún espacio de trabajo</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [solo lectura]</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Guardar espacio de trabajo como</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>No se puede guardar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working on it.</source>
        <translation>Se guardó una copia como %1; ahora está trabajando en ella.</translation>
    </message>
    <message>
        <source>%1%2 • %3 • %4</source>
        <extracomment>%1 is the file, %2 " [read-only]" or nothing, %3 "193 UN member states" (and " • 2 observer states" when there are any), %4 "5 documents"</extracomment>
        <translation>%1%2 • %3 • %4</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in Workspace</source>
        <translation>Buscar en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Find in &amp;Workspace...</source>
        <translation>Buscar en el &amp;espacio de trabajo...</translation>
    </message>
    <message>
        <source>Find in workspace (Ctrl+Shift+F)</source>
        <translation>Buscar en el espacio de trabajo (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>&amp;Configure Plenipo...</source>
        <translation>&amp;Configurar Plenipo...</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Plenipo</source>
        <translation>Plenipo</translation>
    </message>
    <message>
        <source>Plenipo &amp;Handbook</source>
        <translation>&amp;Manual de Plenipo</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;Abrir espacio de trabajo...</translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation>&amp;Guardar revisión</translation>
    </message>
    <message>
        <source>Record the edited clause text as a new revision (Ctrl+S, or Ctrl+Return in the editor)</source>
        <translation>Guardar el texto editado de la cláusula como nueva revisión (Ctrl+S, o Ctrl+Intro en el editor)</translation>
    </message>
    <message>
        <source>&amp;Find in Clause...</source>
        <translation>&amp;Buscar en la cláusula...</translation>
    </message>
    <message>
        <source>Search Field</source>
        <translation>Campo de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Next Clause</source>
        <translation>Cláusula &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Clause</source>
        <translation>Cláusula &amp;anterior</translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation>Mostrar el &amp;navegador</translation>
    </message>
    <message>
        <source>Show &amp;States</source>
        <translation>Mostrar los &amp;Estados</translation>
    </message>
    <message>
        <source>Go to %1 Tab</source>
        <translation>Ir a la pestaña %1</translation>
    </message>
    <message>
        <source>Show &amp;Find in Workspace</source>
        <translation>Mostrar la &amp;búsqueda en el espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Re&amp;do: %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Saved a new revision of paragraph %1</source>
        <translation>Guardada una nueva revisión del párrafo %1</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>Importar &amp;carpeta...</translation>
    </message>
    <message>
        <source>&amp;Research...</source>
        <translation>&amp;Investigación...</translation>
    </message>
    <message>
        <source>%1 • %2</source>
        <extracomment>%1 "193 UN member states", %2 "2 observer states"</extracomment>
        <translation>%1 • %2</translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n Estado Miembro de las Naciones Unidas</numerusform>
            <numerusform>%n Estados Miembros de las Naciones Unidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer state(s)</source>
        <translation>
            <numerusform>%n Estado observador</numerusform>
            <numerusform>%n Estados observadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation>&amp;Conectar con un servidor...</translation>
    </message>
    <message>
        <source>&amp;Reload from Server</source>
        <translation>&amp;Recargar desde el servidor</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando con %1...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The server asks for the password of %1:</source>
        <translation>El servidor pide la contraseña de %1:</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>No se puede conectar con el servidor</translation>
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
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <source>%1 on %2, read as of %3</source>
        <translation>%1 en %2, leído a las %3</translation>
    </message>
    <message>
        <source>Your role lets you read, not change.</source>
        <translation>Su función le permite leer, no modificar.</translation>
    </message>
    <message>
        <source>The workbench does not write to server workspaces yet; File &gt; Save As keeps a copy as a file.</source>
        <translation>El banco de trabajo aún no escribe en espacios de trabajo de un servidor; Archivo &gt; Guardar como conserva una copia en un archivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server workspace, read-only.&lt;/b&gt; You are %1 on %2. This is what the server lets your login read, as of %3: it withholds other delegations' internal material. %4</source>
        <translation>&lt;b&gt;Espacio de trabajo de un servidor, solo lectura.&lt;/b&gt; Usted es %1 en %2. Esto es lo que el servidor deja leer a su usuario, a fecha de %3: retiene el material interno de otras delegaciones. %4</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>a server workspace: %1 the database, %2 the server's host name</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>Updated from the server: %n change(s) by %1</source>
        <extracomment>%1 the logins who made the changes, comma-separated</extracomment>
        <translation>
            <numerusform>Actualizado desde el servidor: %n cambio de %1</numerusform>
            <numerusform>Actualizado desde el servidor: %n cambios de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1): File &gt; Reload from Server connects again.</source>
        <translation>Se perdió la conexión con el servidor (%1): Archivo &gt; Recargar desde el servidor vuelve a conectar.</translation>
    </message>
    <message>
        <source>What others change there and may share with you appears here as they change it.</source>
        <translation>Lo que otros cambian allí y pueden compartir con usted aparece aquí a medida que lo cambian.</translation>
    </message>
    <message>
        <source>The workspace has changed on the server: File &gt; Reload from Server shows the changes (reading it took %1 s).</source>
        <translation>El espacio de trabajo ha cambiado en el servidor: Archivo &gt; Recargar desde el servidor muestra los cambios (leerlo tardó %1 s).</translation>
    </message>
</context>
<context>
    <name>Plenipo::MarkupParser</name>
    <message>
        <source>brackets and deletions nested more than %1 levels deep: the deeper ones are kept as text</source>
        <translation>corchetes y supresiones anidados en más de %1 niveles: los más profundos se conservan como texto</translation>
    </message>
    <message>
        <source>'}' without a matching '{'</source>
        <translation>«}» sin el «{» correspondiente</translation>
    </message>
    <message>
        <source>']' without a matching '['</source>
        <translation>«]» sin el «[» correspondiente</translation>
    </message>
    <message>
        <source>empty alternative</source>
        <translation>alternativa vacía</translation>
    </message>
    <message>
        <source>unterminated attribution '{': missing '}' on the same line</source>
        <translation>atribución «{» sin terminar: falta «}» en la misma línea</translation>
    </message>
    <message>
        <source>attribution must follow a bracketed span or a deletion</source>
        <translation>una atribución debe seguir a un pasaje entre corchetes o a una supresión</translation>
    </message>
    <message>
        <source>empty attribution '{}'</source>
        <translation>atribución vacía «{}»</translation>
    </message>
    <message>
        <source>ad referendum mark must follow a bracketed span or end the clause</source>
        <translation>la marca ad referéndum debe seguir a un pasaje entre corchetes o cerrar la cláusula</translation>
    </message>
    <message>
        <source>malformed code '%1' in ad referendum mark (expected an upper-case state or group code such as FRA or EU)</source>
        <translation>código mal formado «%1» en la marca ad referéndum (se esperaba un código de Estado o de grupo en mayúsculas, como FRA o EU)</translation>
    </message>
    <message>
        <source>malformed code '%1' in attribution (expected an upper-case state or group code such as FRA or EU)</source>
        <translation>código mal formado «%1» en la atribución (se esperaba un código de Estado o de grupo en mayúsculas, como FRA o EU)</translation>
    </message>
    <message>
        <source>unknown state or group '%1' in ad referendum mark</source>
        <translation>Estado o grupo desconocido «%1» en la marca ad referéndum</translation>
    </message>
    <message>
        <source>unknown state or group '%1' in attribution</source>
        <translation>Estado o grupo desconocido «%1» en la atribución</translation>
    </message>
    <message>
        <source>'%1' appears twice in the ad referendum mark</source>
        <translation>«%1» aparece dos veces en la marca ad referéndum</translation>
    </message>
    <message>
        <source>'%1' appears twice in the attribution</source>
        <translation>«%1» aparece dos veces en la atribución</translation>
    </message>
    <message>
        <source>empty deletion</source>
        <translation>supresión vacía</translation>
    </message>
    <message>
        <source>unterminated note</source>
        <translation>nota sin terminar</translation>
    </message>
    <message>
        <source>unclosed bracket opened here</source>
        <translation>corchete abierto aquí y sin cerrar</translation>
    </message>
    <message>
        <source>unterminated deletion '~~'</source>
        <translation>supresión «~~» sin terminar</translation>
    </message>
    <message>
        <source>options out of sequence: expected 'Option %1:'</source>
        <extracomment>'Option %1:' is the markup of an option header: keep it in English.</extracomment>
        <translation>opciones fuera de orden: se esperaba «Option %1:»</translation>
    </message>
</context>
<context>
    <name>Plenipo::MarkupReport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 clause(s), %3 error(s), %4 warning(s)</source>
        <extracomment>%1 the file; the counts carry no plural form (several in one line)</extracomment>
        <translation>%1: cláusulas: %2, errores: %3, advertencias: %4</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>cláusulas</translation>
    </message>
    <message>
        <source>bracketed spans</source>
        <translation>pasajes entre corchetes</translation>
    </message>
    <message>
        <source>alternative groups</source>
        <translation>grupos de alternativas</translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation>alternativas</translation>
    </message>
    <message>
        <source>whole-clause options</source>
        <translation>opciones de cláusula completa</translation>
    </message>
    <message>
        <source>deepest bracket nesting</source>
        <translation>anidamiento máximo de corchetes</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <source>words in brackets</source>
        <translation>palabras entre corchetes</translation>
    </message>
    <message>
        <source>words in options</source>
        <translation>palabras en opciones</translation>
    </message>
    <message>
        <source>words proposed for deletion</source>
        <translation>palabras propuestas para supresión</translation>
    </message>
    <message>
        <source>agreed words</source>
        <translation>palabras acordadas</translation>
    </message>
    <message>
        <source>agreed share</source>
        <translation>proporción de palabras acordadas</translation>
    </message>
    <message>
        <source>deletions</source>
        <translation>supresiones</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>ad referendum marks</source>
        <translation>marcas ad referéndum</translation>
    </message>
    <message>
        <source>attributions</source>
        <translation>atribuciones</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>advertencias</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>cláusula</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>pasajes</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <source>in brackets</source>
        <translation>entre corchetes</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordado</translation>
    </message>
    <message>
        <source>agreed %</source>
        <translation>% acordado</translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorActions</name>
    <message>
        <source>Compare with %1</source>
        <translation>Comparar con %1</translation>
    </message>
    <message>
        <source>Derive New Revision...</source>
        <translation>Derivar nueva revisión...</translation>
    </message>
    <message>
        <source>Insert Clause After...</source>
        <translation>Insertar cláusula después...</translation>
    </message>
    <message>
        <source>Renumber...</source>
        <translation>Renumerar...</translation>
    </message>
    <message>
        <source>Link to Norms...</source>
        <translation>Vincular con normas...</translation>
    </message>
    <message>
        <source>Delete Clause</source>
        <translation>Eliminar cláusula</translation>
    </message>
    <message>
        <source>Compare with norm %1</source>
        <translation>Comparar con la norma %1</translation>
    </message>
    <message>
        <source>Trace Through Later Texts</source>
        <translation>Rastrear en textos posteriores</translation>
    </message>
    <message>
        <source>Likely Stances of Silent Members</source>
        <translation>Posiciones probables de los miembros sin posición registrada</translation>
    </message>
    <message>
        <source>Derive New Revision</source>
        <translation>Derivar nueva revisión</translation>
    </message>
    <message>
        <source>Symbol of the new document (it follows %1 and keeps the lineage of every clause):</source>
        <translation>Signatura del nuevo documento (sigue a %1 y conserva la filiación de cada cláusula):</translation>
    </message>
    <message>
        <source>Cannot derive the document</source>
        <translation>No se puede derivar el documento</translation>
    </message>
    <message>
        <source>Insert Clause</source>
        <translation>Insertar cláusula</translation>
    </message>
    <message>
        <source>Number of the new clause:</source>
        <translation>Número de la nueva cláusula:</translation>
    </message>
    <message>
        <source>Renumber Clause</source>
        <translation>Renumerar cláusula</translation>
    </message>
    <message>
        <source>New number:</source>
        <translation>Nuevo número:</translation>
    </message>
    <message>
        <source>Norms clause %1 derives from</source>
        <translation>Normas de las que deriva la cláusula %1</translation>
    </message>
    <message>
        <source>Delete clause %1 from this document? Its revisions and positions go with it (Undo brings them back).</source>
        <translation>¿Eliminar la cláusula %1 de este documento? Sus revisiones y posiciones se eliminan con ella (Deshacer las recupera).</translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorModel</name>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Otros documentos</translation>
    </message>
    <message>
        <source>Norms catalogue</source>
        <translation>Catálogo de normas</translation>
    </message>
    <message>
        <source>open to all UN member states</source>
        <translation>abierto a todos los Estados Miembros de las Naciones Unidas</translation>
    </message>
    <message numerus="yes">
        <source>%n member state(s)</source>
        <translation>
            <numerusform>%n Estado miembro</numerusform>
            <numerusform>%n Estados miembros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::OdtExporter</name>
    <message>
        <source>OpenDocument text</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Texto OpenDocument</translation>
    </message>
    <message>
        <source>cannot write the OpenDocument text</source>
        <translation>no se puede escribir el texto OpenDocument</translation>
    </message>
    <message>
        <source>cannot write the OpenDocument text: %1</source>
        <translation>no se puede escribir el texto OpenDocument: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PdfExporter</name>
    <message>
        <source>PDF document</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>no se puede escribir el PDF: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionCarrier</name>
    <message>
        <source>clause %1: the positions are not those the revision left; they cannot be put back</source>
        <translation>cláusula %1: las posiciones no son las que dejó la revisión; no se pueden restablecer</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>no hay ninguna cláusula con el identificador %1</translation>
    </message>
    <message>
        <source>clause %1: alternative '%2' is carried twice or is not an id</source>
        <translation>cláusula %1: la alternativa «%2» se traslada dos veces o no es un identificador</translation>
    </message>
    <message>
        <source>clause %1: two alternatives would be carried to '%2'</source>
        <translation>cláusula %1: se trasladarían dos alternativas a «%2»</translation>
    </message>
    <message>
        <source>clause %1: positions carried to '%2' would replace positions that stay there</source>
        <translation>cláusula %1: las posiciones trasladadas a «%2» sustituirían posiciones que permanecen allí</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionPanel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Set for Selection</source>
        <translation>Aplicar a la selección</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Internal (never leaves in a coalition export)</source>
        <translation>Interno (nunca sale en una exportación para una coalición)</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>Guardar detalles</translation>
    </message>
    <message>
        <source>Positions on the whole clause or on one bracketed alternative</source>
        <translation>Posiciones sobre la cláusula entera o sobre una alternativa entre corchetes</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>Grupos regionales</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>Grupos políticos</translation>
    </message>
    <message>
        <source>Show the members of a process or group; consensus is computed for them</source>
        <translation>Mostrar los miembros de un proceso o grupo; el consenso se calcula para ellos</translation>
    </message>
    <message>
        <source>Set this stance for every selected state (a group row stands for its members); one undoable step</source>
        <translation>Aplicar esta postura a cada Estado seleccionado (la fila de un grupo representa a sus miembros); un solo paso que se puede deshacer</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>document symbol, e.g. A/AC.292/2025/1</source>
        <translation>signatura del documento, p. ej. A/AC.292/2025/1</translation>
    </message>
    <message>
        <source>what was said, or where</source>
        <translation>qué se dijo, o dónde</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Signatura:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Declaración:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation>Postura:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positions&lt;/b&gt; on %1 paragraph %2</source>
        <translation>&lt;b&gt;Posiciones&lt;/b&gt; sobre %1, párrafo %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positions&lt;/b&gt;: select a clause in the navigator</source>
        <translation>&lt;b&gt;Posiciones&lt;/b&gt;: seleccione una cláusula en el navegador</translation>
    </message>
    <message>
        <source>The whole clause</source>
        <translation>La cláusula entera</translation>
    </message>
    <message>
        <source>Consensus: select the clause's document to analyse it.</source>
        <translation>Consenso: seleccione el documento de la cláusula para analizarlo.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Blocked by %1.</source>
        <translation>Bloqueada por %1.</translation>
    </message>
    <message>
        <source>Reservations: %1.</source>
        <translation>Reservas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) without a position on the whole clause.</source>
        <translation>
            <numerusform>%n miembro sin posición sobre la cláusula entera.</numerusform>
            <numerusform>%n miembros sin posición sobre la cláusula entera.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in the landing zone: no member objects.</source>
        <translation>%1 está en la zona de acuerdo: ningún miembro se opone.</translation>
    </message>
    <message>
        <source>%1 is objected to by %2.</source>
        <translation>%1 recibe la objeción de %2.</translation>
    </message>
    <message>
        <source>Group %1 has no landing zone; the fewest states blocking it: %2.</source>
        <translation>El grupo %1 no tiene zona de acuerdo; el menor conjunto de Estados que lo bloquea: %2.</translation>
    </message>
    <message>
        <source>What-if mode: stance changes are temporary.</source>
        <translation>Modo de simulación: los cambios de postura son temporales.</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) selected</source>
        <translation>
            <numerusform>%n Estado seleccionado</numerusform>
            <numerusform>%n Estados seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Select states or groups for bulk entry</source>
        <translation>Seleccione Estados o grupos para una entrada conjunta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position details&lt;/b&gt;: select a state</source>
        <translation>&lt;b&gt;Detalles de la posición&lt;/b&gt;: seleccione un Estado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Posición de %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: was &lt;b&gt;%2&lt;/b&gt; (recorded by %3); %4 by %5</source>
        <translation>%1: era &lt;b&gt;%2&lt;/b&gt; (registrada por %3); %4 por %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>&lt;i&gt;No earlier values.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sin valores anteriores.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Positions no longer on the text</source>
        <translation>Posiciones que ya no están en el texto</translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation>Volver a vincular</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Confirm the outdated positions of the selection (of everyone when nothing is selected) on the current text</source>
        <translation>Confirmar sobre el texto actual las posiciones desfasadas de la selección (de todos si no hay nada seleccionado)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Was on</source>
        <translation>Estaba en</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The alternative to put the selected position back on</source>
        <translation>La alternativa a la que volver a vincular la posición seleccionada</translation>
    </message>
    <message>
        <source>Put the selected orphaned position back on the chosen alternative; it shows as outdated until confirmed</source>
        <translation>Volver a vincular la posición huérfana seleccionada a la alternativa elegida; aparece como desfasada hasta que se confirme</translation>
    </message>
    <message>
        <source>Remove the selected orphaned positions (they stay in the history)</source>
        <translation>Eliminar las posiciones huérfanas seleccionadas (permanecen en el historial)</translation>
    </message>
    <message>
        <source>Re-attach to:</source>
        <translation>Volver a vincular a:</translation>
    </message>
    <message>
        <source>orphaned: its words are gone</source>
        <translation>huérfana: sus palabras han desaparecido</translation>
    </message>
    <message>
        <source>agreed: now unbracketed text</source>
        <translation>acordada: ahora texto sin corchetes</translation>
    </message>
    <message>
        <source>Not counted by consensus, coalitions or exports. Re-attach it to an alternative or discard it.</source>
        <translation>No la cuentan el consenso, las coaliciones ni las exportaciones. Vuelva a vincularla a una alternativa o descártela.</translation>
    </message>
    <message>
        <source>Kept as the history of the agreement on these words; not counted as a position on any alternative.</source>
        <translation>Se conserva como historial del acuerdo sobre estas palabras; no cuenta como posición sobre ninguna alternativa.</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) no longer on the text</source>
        <translation>
            <numerusform>%n posición que ya no está en el texto</numerusform>
            <numerusform>%n posiciones que ya no están en el texto</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not re-attach the position: %1</source>
        <translation>No se pudo volver a vincular la posición: %1</translation>
    </message>
    <message>
        <source>Could not discard the positions: %1</source>
        <translation>No se pudieron descartar las posiciones: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionTreeModel</name>
    <message>
        <source>No regional group</source>
        <translation>Sin grupo regional</translation>
    </message>
    <message>
        <source>In no political group</source>
        <translation>En ningún grupo político</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1 sin registrar</translation>
    </message>
    <message>
        <source>set all...</source>
        <translation>fijar todo...</translation>
    </message>
    <message>
        <source>Edit to set one stance for every state of %1 shown here</source>
        <translation>Modifique para fijar una misma postura para cada Estado de %1 que se muestra aquí</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>simulación</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interna</translation>
    </message>
    <message>
        <source>Stance: %1</source>
        <translation>Postura: %1</translation>
    </message>
    <message>
        <source>Temporary (what-if): not saved until you keep the what-if changes.</source>
        <translation>Temporal (simulación): no se guarda hasta que conserve los cambios simulados.</translation>
    </message>
    <message>
        <source>Source (%1): %2</source>
        <translation>Fuente (%1): %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Internal: never leaves in a coalition export.</source>
        <translation>Interna: nunca sale en una exportación para una coalición.</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Registrada por %1, %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>outdated: text changed since given</source>
        <translation>desfasada: el texto cambió después</translation>
    </message>
    <message>
        <source>orphaned position</source>
        <translation>posición huérfana</translation>
    </message>
    <message>
        <source>Outdated: the words it was given on have changed since. Confirm it or change it.</source>
        <translation>Desfasada: las palabras sobre las que se dio han cambiado desde entonces. Confírmela o cámbiela.</translation>
    </message>
    <message>
        <source>Has an orphaned position on this clause: its words are gone; it is listed below the table to re-attach or discard, and counted nowhere.</source>
        <translation>Tiene una posición huérfana sobre esta cláusula: sus palabras han desaparecido; figura bajo la tabla para volver a vincularla o descartarla, y no se cuenta en ninguna parte.</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionWriter</name>
    <message>
        <source>no clause with id %1</source>
        <translation>no hay ninguna cláusula con el identificador %1</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 es un Estado observador: los observadores no tienen posiciones</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>Estado desconocido «%1»</translation>
    </message>
    <message>
        <source>clause %1: '%2' is not an alternative id such as g1.2</source>
        <translation>cláusula %1: «%2» no es un identificador de alternativa como g1.2</translation>
    </message>
    <message>
        <source>no detached position with id %1</source>
        <translation>no hay ninguna posición huérfana con el identificador %1</translation>
    </message>
    <message>
        <source>'%1' is not an alternative id such as g1.2</source>
        <translation>«%1» no es un identificador de alternativa como g1.2</translation>
    </message>
    <message>
        <source>the state of that position is unknown</source>
        <translation>el Estado de esa posición es desconocido</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvExporter</name>
    <message>
        <source>Positions table (CSV)</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Tabla de posiciones (CSV)</translation>
    </message>
    <message>
        <source>export: cannot write the CSV file: %1</source>
        <translation>export: no se puede escribir el archivo CSV: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvImporter</name>
    <message>
        <source>%1: line %2: not valid CSV (%3); nothing was imported</source>
        <translation>%1: línea %2: CSV no válido (%3); no se importó nada</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected the header line %2</source>
        <translation>%1: el archivo está vacío; se esperaba la línea de encabezado %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>unknown column '%1' (the columns are %2)</source>
        <translation>columna desconocida «%1» (las columnas son %2)</translation>
    </message>
    <message>
        <source>column '%1' twice</source>
        <translation>columna «%1» repetida</translation>
    </message>
    <message>
        <source>the header has no '%1' column</source>
        <translation>el encabezado no tiene la columna «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), the header has %1</source>
        <extracomment>%n is the number of fields in the row, %1 the number of columns in the header.</extracomment>
        <translation>
            <numerusform>%n campo, el encabezado tiene %1</numerusform>
            <numerusform>%n campos, el encabezado tiene %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown document '%1'</source>
        <translation>documento desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown clause '%1' in %2</source>
        <translation>cláusula desconocida «%1» en %2</translation>
    </message>
    <message>
        <source>clause %1 of %2 has no alternative '%3'</source>
        <translation>la cláusula %1 de %2 no tiene la alternativa «%3»</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>Estado desconocido «%1»</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 es un Estado observador: los observadores no tienen posiciones</translation>
    </message>
    <message>
        <source>bad stance '%1' (expected supports, can-accept, reservation, objects or none)</source>
        <translation>postura no válida «%1» (se esperaba supports, can-accept, reservation, objects o none)</translation>
    </message>
    <message>
        <source>bad source_date '%1' (expected YYYY-MM-DD)</source>
        <translation>source_date no válida «%1» (se esperaba YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>bad internal flag '%1' (expected yes or no)</source>
        <translation>indicador internal no válido «%1» (se esperaba yes o no)</translation>
    </message>
    <message>
        <source>duplicate row: %1 on clause %2%3 of %4 is already on line %5</source>
        <extracomment>%1 is the state's ISO code, %2 the clause number, %3 the alternative in parentheses (or nothing), %4 the document's symbol, %5 the earlier line.</extracomment>
        <translation>fila duplicada: %1 sobre la cláusula %2%3 de %4 ya está en la línea %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n row(s)</source>
        <extracomment>An item the import creates: %1 is the number of positions ("5 positions").</extracomment>
        <translation>
            <numerusform>%1 a partir de %n fila</numerusform>
            <numerusform>%1 a partir de %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n posición</numerusform>
            <numerusform>%n posiciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n of them replacing an earlier position</source>
        <extracomment>%1 is the item before ("5 positions from 6 rows").</extracomment>
        <translation>
            <numerusform>%1, de las cuales %n sustituye a una posición anterior</numerusform>
            <numerusform>%1, de las cuales %n sustituyen a posiciones anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>%n fila con errores omitida</numerusform>
            <numerusform>%n filas con errores omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import: lea primero el archivo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 found; nothing was imported (accept the %n valid row(s) to import them)</source>
        <extracomment>%1 is the file name, %2 the number of errors ("3 errors").</extracomment>
        <translation>
            <numerusform>%1: %2; no se importó nada (acepte la %n fila válida para importarla)</numerusform>
            <numerusform>%1: %2; no se importó nada (acepte las %n filas válidas para importarlas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::PostgresDialect</name>
    <message>
        <source>the server refused "%1": %2</source>
        <translation>el servidor rechazó «%1»: %2</translation>
    </message>
    <message>
        <source>a server workspace cannot be saved as %1: use "plenipo server pull" for a file copy</source>
        <translation>un espacio de trabajo de servidor no se puede guardar como %1: use «plenipo server pull» para obtener una copia en archivo</translation>
    </message>
    <message>
        <source>searching a server workspace needs the server backend, which this Plenipo does not have yet: pull a file copy (plenipo server pull) and search that</source>
        <translation>buscar en un espacio de trabajo de servidor requiere el motor del servidor, que este Plenipo aún no tiene: obtenga una copia en archivo (plenipo server pull) y busque en ella</translation>
    </message>
</context>
<context>
    <name>Plenipo::PreferencesDialog</name>
    <message>
        <source>Configure Plenipo</source>
        <translation>Configurar Plenipo</translation>
    </message>
    <message>
        <source>Recorded as the author of your revisions and position changes. Empty: the name of your account (%1).</source>
        <translation>Se registra como autor de sus revisiones y cambios de posición. Vacío: el nombre de su cuenta (%1).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your &amp;delegation:</source>
        <translation>Su &amp;delegación:</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Carpeta de &amp;exportación predeterminada:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>The interface language changes at the next start.</source>
        <translation>El idioma de la interfaz cambia en el próximo inicio.</translation>
    </message>
    <message>
        <source>Your changes will be signed: %1</source>
        <translation>Sus cambios se firmarán: %1</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist. Choose an existing folder or leave the field empty for your Documents folder.</source>
        <translation>La carpeta de exportación %1 no existe. Elija una carpeta existente o deje el campo vacío para usar su carpeta Documentos.</translation>
    </message>
</context>
<context>
    <name>Plenipo::RemoveClauseCommand</name>
    <message>
        <source>Delete clause %1</source>
        <translation>Eliminar la cláusula %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ResearchWindow</name>
    <message>
        <source>Research — Plenipo</source>
        <translation>Investigación — Plenipo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Title or text contains...</source>
        <translation>El título o el texto contiene...</translation>
    </message>
    <message>
        <source>Only these resolutions (A/RES/74/10, ...)</source>
        <translation>Solo estas resoluciones (A/RES/74/10, ...)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Sessions from</source>
        <translation>Períodos de sesiones desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Closest and most distant to:</source>
        <translation>Más cercanos y más distantes de:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Votes in common</source>
        <translation>Votaciones en común</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Coincidencia</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>Grupos regionales</translation>
    </message>
    <message>
        <source>Blocs (clustering)</source>
        <translation>Bloques (agrupamiento)</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Miembros de %1</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorear por</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>Vote &amp;map</source>
        <translation>&amp;Mapa de votaciones</translation>
    </message>
    <message>
        <source>Show likely stances of the silent members</source>
        <translation>Mostrar las posiciones probables de los miembros sin posición registrada</translation>
    </message>
    <message>
        <source>Likely stance (predicted)</source>
        <translation>Posición probable (predicción)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>&amp;Likely stances</source>
        <translation>Posiciones &amp;probables</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exportar &amp;CSV...</translation>
    </message>
    <message>
        <source>Minimum similarity</source>
        <translation>Similitud mínima</translation>
    </message>
    <message>
        <source>&amp;Norm tracing</source>
        <translation>Rastreo de &amp;normas</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s) selected</source>
        <translation>
            <numerusform>%n votación registrada seleccionada</numerusform>
            <numerusform>%n votaciones registradas seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>no vote in common</source>
        <translation>ninguna votación en común</translation>
    </message>
    <message>
        <source>No recorded vote in the selection</source>
        <translation>Ninguna votación registrada en la selección</translation>
    </message>
    <message>
        <source>%1 %2% in bloc %3</source>
        <translation>%1: %2 % en el bloque %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s) by clustering; compared with the regional groups: adjusted Rand index %1, purity %2</source>
        <translation>
            <numerusform>%n bloque por agrupamiento; comparación con los grupos regionales: índice de Rand ajustado %1, pureza %2</numerusform>
            <numerusform>%n bloques por agrupamiento; comparación con los grupos regionales: índice de Rand ajustado %1, pureza %2</numerusform>
        </translation>
    </message>
    <message>
        <source>political groups: %1</source>
        <translation>grupos políticos: %1</translation>
    </message>
    <message>
        <source>Bloc %1</source>
        <translation>Bloque %1</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message numerus="yes">
        <source>States by their votes (%n recorded vote(s))</source>
        <translation>
            <numerusform>Estados según sus votos (%n votación registrada)</numerusform>
            <numerusform>Estados según sus votos (%n votaciones registradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely stances are switched off.</source>
        <translation>Las posiciones probables están desactivadas.</translation>
    </message>
    <message>
        <source>Select a clause in the workbench to see the likely stances of its silent members.</source>
        <translation>Seleccione una cláusula en el banco de trabajo para ver las posiciones probables de sus miembros sin posición registrada.</translation>
    </message>
    <message>
        <source>No recorded vote in the selection to predict from.</source>
        <translation>Ninguna votación registrada en la selección a partir de la cual predecir.</translation>
    </message>
    <message numerus="yes">
        <source>%n other silent member(s) without one: no state shares enough of the selected votes with it.</source>
        <translation>
            <numerusform>Además, %n miembro sin posición registrada no tiene posición probable: ningún Estado comparte con él suficientes votaciones de las seleccionadas.</numerusform>
            <numerusform>Además, %n miembros sin posición registrada no tienen posición probable: ningún Estado comparte con ellos suficientes votaciones de las seleccionadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 (predicted)</source>
        <translation>≈ %1 (predicción)</translation>
    </message>
    <message numerus="yes">
        <source>Predicted from the %n state(s) that vote most like it</source>
        <translation>
            <numerusform>Predicha a partir de %n Estado, el que vota de forma más parecida a él</numerusform>
            <numerusform>Predicha a partir de los %n Estados que votan de forma más parecida a él</numerusform>
        </translation>
    </message>
    <message>
        <source>no likely stance</source>
        <translation>ninguna posición probable</translation>
    </message>
    <message>
        <source>No state with a position here shares enough of the selected votes with it</source>
        <translation>Ningún Estado con posición aquí comparte con él suficientes votaciones de las seleccionadas</translation>
    </message>
    <message>
        <source>This workspace has no norms catalogue to trace (the sample workspace has the eleven 2015 norms). Any clause can be traced from the command line: plenipo trace WORKSPACE SYMBOL#NUMBER.</source>
        <translation>Este espacio de trabajo no tiene un catálogo de normas que rastrear (el espacio de trabajo de ejemplo tiene las once normas de 2015). Cualquier cláusula puede rastrearse desde la línea de comandos: plenipo trace WORKSPACE SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>Best match: paragraph %1, similarity %2</source>
        <translation>Mejor coincidencia: párrafo %1, similitud %2</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) derive from it, best first:</source>
        <translation>
            <numerusform>%n párrafo deriva de ella, el mejor primero:</numerusform>
            <numerusform>%n párrafos derivan de ella, los mejores primero:</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity %1</source>
        <translation>similitud %1</translation>
    </message>
    <message>
        <source>Export Norm Table</source>
        <translation>Exportar tabla de normas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>The whole of %1#%2</source>
        <translation>La cláusula %1#%2 en su conjunto</translation>
    </message>
    <message>
        <source>Alternative %1: %2</source>
        <translation>Alternativa %1: %2</translation>
    </message>
    <message>
        <source>Document %1 as a whole</source>
        <translation>El documento %1 en su conjunto</translation>
    </message>
    <message>
        <source>%1#%2, alternative %3</source>
        <translation>%1#%2, alternativa %3</translation>
    </message>
    <message>
        <source>%1: no state has a recorded position here, so there is nothing to predict from (adopted without a vote, or no statement recorded yet).</source>
        <translation>%1: ningún Estado tiene aquí una posición registrada, así que no hay nada a partir de lo cual predecir (aprobada sin votación, o aún no se ha registrado ninguna declaración).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports.</source>
        <translation>
            <numerusform>%1: %n miembro sin posición registrada tiene una posición probable. Se predice a partir de los Estados que votan de forma más parecida a él: no es una posición registrada y nunca se cuenta en el consenso, las coaliciones ni las exportaciones.</numerusform>
            <numerusform>%1: %n miembros sin posición registrada tienen una posición probable. Se predice a partir de los Estados que votan de forma más parecida a cada uno: no es una posición registrada y nunca se cuenta en el consenso, las coaliciones ni las exportaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SampleBuilder</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: expected %n fields, found %3</source>
        <translation>
            <numerusform>%1:%2: se esperaba %n campo, se encontraron %3</numerusform>
            <numerusform>%1:%2: se esperaban %n campos, se encontraron %3</numerusform>
        </translation>
    </message>
    <message>
        <source>'%1' is missing</source>
        <translation>falta «%1»</translation>
    </message>
    <message>
        <source>'%1' must be text</source>
        <translation>«%1» debe ser texto</translation>
    </message>
    <message>
        <source>'%1' must be a list</source>
        <translation>«%1» debe ser una lista</translation>
    </message>
    <message>
        <source>'%1' must be a list of text</source>
        <translation>«%1» debe ser una lista de textos</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>nivel superior</translation>
    </message>
    <message>
        <source>%1:%2: unknown UN regional group '%3'</source>
        <translation>%1:%2: grupo regional de las Naciones Unidas desconocido «%3»</translation>
    </message>
    <message>
        <source>%1: aliases for unknown states: %2</source>
        <translation>%1: otros nombres de Estados desconocidos: %2</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: desplazamiento %2: %3</translation>
    </message>
    <message>
        <source>unknown state or group '%1'</source>
        <translation>Estado o grupo desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown group kind</source>
        <translation>tipo de grupo desconocido</translation>
    </message>
    <message>
        <source>unknown process kind</source>
        <translation>tipo de proceso desconocido</translation>
    </message>
    <message>
        <source>document %1</source>
        <extracomment>A place in the sample data: %1 is a document's symbol.</extracomment>
        <translation>documento %1</translation>
    </message>
    <message>
        <source>unknown document kind</source>
        <translation>tipo de documento desconocido</translation>
    </message>
    <message>
        <source>'date' must be YYYY-MM-DD</source>
        <translation>«date» debe tener el formato YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown process '%1'</source>
        <translation>proceso desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown predecessor '%1'</source>
        <translation>antecesor desconocido «%1»</translation>
    </message>
    <message>
        <source>%1 clause %2</source>
        <extracomment>A place in the sample data: %1 is a document ("document A/78/1"), %2 the clause's position in it.</extracomment>
        <translation>%1, cláusula %2</translation>
    </message>
    <message>
        <source>unknown norm '%1'</source>
        <translation>norma desconocida «%1»</translation>
    </message>
    <message>
        <source>origin '%1' is not a clause of the predecessor</source>
        <translation>el origen «%1» no es una cláusula del antecesor</translation>
    </message>
    <message>
        <source>duplicate clause key '%1'</source>
        <translation>clave de cláusula duplicada «%1»</translation>
    </message>
    <message>
        <source>no clause '%1' in document %2</source>
        <translation>no hay ninguna cláusula «%1» en el documento %2</translation>
    </message>
    <message>
        <source>unknown stance</source>
        <translation>postura desconocida</translation>
    </message>
    <message>
        <source>%1: clause %2 is not in the workspace</source>
        <translation>%1: la cláusula %2 no está en el espacio de trabajo</translation>
    </message>
    <message>
        <source>The positions in this sample are illustrative: they are derived from publicly reported lines of disagreement and are not recorded statements of any State.</source>
        <translation>Las posiciones de este ejemplo son ilustrativas: se derivan de discrepancias de conocimiento público y no son declaraciones registradas de ningún Estado.</translation>
    </message>
    <message>
        <source>Synthetic workspace generated for benchmarking: the positions are random, not statements of any State.</source>
        <translation>Espacio de trabajo sintético generado para pruebas de rendimiento: las posiciones son aleatorias y no son declaraciones de ningún Estado.</translation>
    </message>
</context>
<context>
    <name>Plenipo::Schema</name>
    <message>
        <source>upgrading the workspace to version %1 failed: %2</source>
        <translation>falló la actualización del espacio de trabajo a la versión %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchIndex</name>
    <message>
        <source>the search cannot be prepared: %1</source>
        <translation>no se puede preparar la búsqueda: %1</translation>
    </message>
    <message>
        <source>the search failed: %1</source>
        <translation>la búsqueda falló: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchPanel</name>
    <message numerus="yes">
        <source>Clauses (first %n)</source>
        <translation>
            <numerusform>Cláusulas (primera %n)</numerusform>
            <numerusform>Cláusulas (primeras %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses (%n)</source>
        <translation>
            <numerusform>Cláusulas (%n)</numerusform>
            <numerusform>Cláusulas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (first %n)</source>
        <translation>
            <numerusform>Revisiones anteriores (primera %n)</numerusform>
            <numerusform>Revisiones anteriores (primeras %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (%n)</source>
        <translation>
            <numerusform>Revisiones anteriores (%n)</numerusform>
            <numerusform>Revisiones anteriores (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (first %n)</source>
        <translation>
            <numerusform>Documentos (primero %n)</numerusform>
            <numerusform>Documentos (primeros %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Documentos (%n)</numerusform>
            <numerusform>Documentos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (first %n)</source>
        <translation>
            <numerusform>Normas (primera %n)</numerusform>
            <numerusform>Normas (primeras %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (%n)</source>
        <translation>
            <numerusform>Normas (%n)</numerusform>
            <numerusform>Normas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (first %n)</source>
        <translation>
            <numerusform>Posiciones (primera %n)</numerusform>
            <numerusform>Posiciones (primeras %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (%n)</source>
        <translation>
            <numerusform>Posiciones (%n)</numerusform>
            <numerusform>Posiciones (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (first %n)</source>
        <translation>
            <numerusform>Estados (primero %n)</numerusform>
            <numerusform>Estados (primeros %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (%n)</source>
        <translation>
            <numerusform>Estados (%n)</numerusform>
            <numerusform>Estados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, revisión %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and others (%n position(s))</source>
        <translation>
            <numerusform>%1 y otros (%n posición)</numerusform>
            <numerusform>%1 y otros (%n posiciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1 (interna)</translation>
    </message>
    <message>
        <source>Earlier &amp;revisions</source>
        <translation>&amp;Revisiones anteriores</translation>
    </message>
    <message>
        <source>Find in workspace: words, "a phrase", infra*, -word</source>
        <translation>Buscar en el espacio de trabajo: palabras, "una frase", infra*, -palabra</translation>
    </message>
    <message>
        <source>Where to search: the whole workspace, a process or a document</source>
        <translation>Dónde buscar: todo el espacio de trabajo, un proceso o un documento</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normas</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Also search every earlier revision of the clauses</source>
        <translation>Buscar también en todas las revisiones anteriores de las cláusulas</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Todo el espacio de trabajo</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Proceso: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Documento: %1</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Type words to find. "a phrase" finds the words together, infra* every word starting with infra, -word leaves out what contains it. Case and accents do not count.</source>
        <translation>Escriba las palabras que busca. "una frase" encuentra las palabras juntas, infra* todas las palabras que empiezan por infra, -palabra excluye lo que la contiene. No se distinguen mayúsculas ni acentos.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms; Enter opens the selected one.</source>
        <translation>
            <numerusform>%n resultado en %1 ms; Intro abre el seleccionado.</numerusform>
            <numerusform>%n resultados en %1 ms; Intro abre el seleccionado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the same on %n clause(s) in all</source>
        <extracomment>%1 is the states positioned on the hit's clause with these details; the count is of the clauses that have positions with the same details (a recorded vote's source is on every paragraph of the resolution).</extracomment>
        <translation>
            <numerusform>%1; lo mismo en %n cláusula en total</numerusform>
            <numerusform>%1; lo mismo en %n cláusulas en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed by another session cannot be found yet; they can be once its import is done.</source>
        <translation>
            <numerusform>%n elemento modificado por otra sesión aún no se puede encontrar; se podrá cuando termine su importación.</numerusform>
            <numerusform>%n elementos modificados por otra sesión aún no se pueden encontrar; se podrán cuando termine su importación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchQuery</name>
    <message>
        <source>the '*' at column %1 needs at least 3 letters before it (infra*)</source>
        <translation>el «*» de la columna %1 necesita al menos 3 letras delante (infra*)</translation>
    </message>
    <message>
        <source>the quotation mark at column %1 is not closed</source>
        <translation>las comillas de la columna %1 no están cerradas</translation>
    </message>
    <message>
        <source>only words to leave out: add a word to search for</source>
        <translation>solo hay palabras que excluir: añada una palabra que buscar</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerAddress</name>
    <message>
        <source>the server address "%1" has percent-encoded bytes that are not UTF-8</source>
        <translation>la dirección del servidor «%1» tiene bytes codificados con porcentaje que no son UTF-8</translation>
    </message>
    <message>
        <source>the server address "%1": expected keyword=value at character %2</source>
        <translation>dirección del servidor «%1»: se esperaba clave=valor en el carácter %2</translation>
    </message>
    <message>
        <source>the server address "%1": unterminated quoted value of "%2"</source>
        <translation>dirección del servidor «%1»: valor entre comillas de «%2» sin terminar</translation>
    </message>
    <message>
        <source>the server address "%1" has an empty host in its host list</source>
        <translation>la dirección del servidor «%1» tiene un host vacío en su lista de hosts</translation>
    </message>
    <message>
        <source>the server address "%1" has an IPv6 host without its closing "]"</source>
        <translation>la dirección del servidor «%1» tiene un host IPv6 sin su «]» de cierre</translation>
    </message>
    <message>
        <source>the server address "%1": unexpected "%2" after an IPv6 host</source>
        <translation>dirección del servidor «%1»: «%2» inesperado tras un host IPv6</translation>
    </message>
    <message>
        <source>the server address "%1" has an invalid port "%2"</source>
        <translation>la dirección del servidor «%1» tiene un puerto no válido «%2»</translation>
    </message>
    <message>
        <source>the server address "%1": the parameter "%2" has no value</source>
        <translation>dirección del servidor «%1»: el parámetro «%2» no tiene valor</translation>
    </message>
    <message>
        <source>"%1" is not a server address: write postgresql://user@host/database or service=NAME</source>
        <translation>«%1» no es una dirección de servidor: escriba postgresql://user@host/database o service=NAME</translation>
    </message>
    <message>
        <source>the server address "%1": the value of "%2" may not contain ";"</source>
        <translation>dirección del servidor «%1»: el valor de «%2» no puede contener «;»</translation>
    </message>
    <message>
        <source>cannot reach %1: Qt's PostgreSQL driver (QPSQL) is not installed</source>
        <translation>no se puede acceder a %1: el controlador PostgreSQL de Qt (QPSQL) no está instalado</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerAdmin</name>
    <message>
        <source>the server refused</source>
        <translation>el servidor lo rechazó</translation>
    </message>
    <message>
        <source>the database name is too long for team mode (40 characters at most): its roles are named after it</source>
        <translation>el nombre de la base de datos es demasiado largo para el modo de equipo (40 caracteres como máximo): sus roles llevan su nombre</translation>
    </message>
    <message>
        <source>the server workspace was made by a newer Plenipo (schema %1, this one knows %2)</source>
        <translation>el espacio de trabajo del servidor lo creó un Plenipo más reciente (esquema %1; este conoce hasta el %2)</translation>
    </message>
    <message>
        <source>the server's roles and policies were made by a newer Plenipo (version %1)</source>
        <translation>los roles y políticas del servidor los creó un Plenipo más reciente (versión %1)</translation>
    </message>
    <message>
        <source>unknown role "%1": viewer, editor or coordinator</source>
        <translation>rol desconocido «%1»: viewer, editor o coordinator</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerCommands</name>
    <message>
        <source>unknown server command '%1'</source>
        <translation>comando server desconocido «%1»</translation>
    </message>
    <message>
        <source>see plenipo server --help</source>
        <translation>véase plenipo server --help</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Create or upgrade a team workspace on a PostgreSQL server: its tables, roles, row-level security policies and audit trail. Run as the database's owner; running it again upgrades and changes nothing else.</source>
        <translation>Crear o actualizar un espacio de trabajo de equipo en un servidor PostgreSQL: sus tablas, funciones, políticas de seguridad a nivel de fila y registro de auditoría. Ejecútelo como propietario de la base de datos; si se vuelve a ejecutar, actualiza y no cambia nada más.</translation>
    </message>
    <message>
        <source>postgresql://owner@host/database or service=NAME</source>
        <translation>postgresql://owner@host/database o service=NAME</translation>
    </message>
    <message>
        <source>server init takes one URL</source>
        <translation>server init requiere una sola URL</translation>
    </message>
    <message>
        <source>%1: team workspace is up to date</source>
        <translation>%1: el espacio de trabajo de equipo está al día</translation>
    </message>
    <message>
        <source>%1: team workspace created</source>
        <translation>%1: espacio de trabajo de equipo creado</translation>
    </message>
    <message>
        <source>Manage the users of a team workspace: add (or change) a login with its delegation and role, remove it, or list them. The owner manages every delegation, a coordinator their own; the server checks.</source>
        <translation>Gestionar los usuarios de un espacio de trabajo de equipo: añadir (o cambiar) un usuario con su delegación y su función, eliminarlo o enumerarlos. El propietario gestiona todas las delegaciones, un coordinador la suya; el servidor lo comprueba.</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>qué hacer</translation>
    </message>
    <message>
        <source>the server workspace</source>
        <translation>el espacio de trabajo en el servidor</translation>
    </message>
    <message>
        <source>the user's login name (add, remove)</source>
        <translation>el nombre de usuario (add, remove)</translation>
    </message>
    <message>
        <source>the user's delegation (a state's ISO3 code or a group code)</source>
        <translation>la delegación del usuario (código ISO3 de un Estado o código de un grupo)</translation>
    </message>
    <message>
        <source>viewer, editor or coordinator</source>
        <translation>viewer, editor o coordinator</translation>
    </message>
    <message>
        <source>change an existing login without setting a new password</source>
        <translation>cambiar un usuario existente sin establecer una nueva contraseña</translation>
    </message>
    <message>
        <source>list as JSON</source>
        <translation>enumerar en JSON</translation>
    </message>
    <message>
        <source>usage: plenipo server user add URL LOGIN --delegation CODE --role ROLE</source>
        <translation>uso: plenipo server user add URL LOGIN --delegation CODE --role ROLE</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nueva contraseña para %1: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Otra vez: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>no se dio ninguna contraseña para %1</translation>
    </message>
    <message>
        <source>%1: %2 of delegation %3</source>
        <translation>%1: %2 de la delegación %3</translation>
    </message>
    <message>
        <source>usage: plenipo server user remove URL LOGIN</source>
        <translation>uso: plenipo server user remove URL LOGIN</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <source>usage: plenipo server user list URL [--json]</source>
        <translation>uso: plenipo server user list URL [--json]</translation>
    </message>
    <message>
        <source>server user takes add, remove or list</source>
        <translation>server user requiere add, remove o list</translation>
    </message>
    <message>
        <source>Upload a workspace file into a new, empty team workspace (as its owner). Internal material in the file becomes the named delegation's, which alone will see it.</source>
        <translation>Subir un archivo de espacio de trabajo a un nuevo espacio de trabajo de equipo vacío (como su propietario). El material interno del archivo pasa a ser de la delegación indicada, la única que lo verá.</translation>
    </message>
    <message>
        <source>the workspace file</source>
        <translation>el archivo del espacio de trabajo</translation>
    </message>
    <message>
        <source>whose internal material the file holds</source>
        <translation>la delegación a la que pertenece el material interno del archivo</translation>
    </message>
    <message>
        <source>usage: plenipo server push FILE URL [--delegation CODE]</source>
        <translation>uso: plenipo server push FILE URL [--delegation CODE]</translation>
    </message>
    <message>
        <source>%1 uploaded: %2 rows in %3 tables (%4 internal)</source>
        <translation>%1 subido: %2 filas en %3 tablas (%4 internas)</translation>
    </message>
    <message>
        <source>Write a file copy of a team workspace for reading on the road: only what your login may see (the server decides), as a new workspace file.</source>
        <translation>Escribir una copia en archivo de un espacio de trabajo de equipo para leerla de viaje: solo lo que su usuario puede ver (lo decide el servidor), como un nuevo archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>the new workspace file</source>
        <translation>el nuevo archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>usage: plenipo server pull URL FILE</source>
        <translation>uso: plenipo server pull URL FILE</translation>
    </message>
    <message>
        <source>%1 written: %2 rows from %3 tables</source>
        <translation>%1 escrito: %2 filas de %3 tablas</translation>
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
        <translation>Uso: plenipo server init URL
    plenipo server user add URL LOGIN --delegation CODE --role viewer|editor|coordinator
    plenipo server user remove URL LOGIN
    plenipo server user list URL [--json]
    plenipo server push FILE URL [--delegation CODE]
    plenipo server pull URL FILE
URL: postgresql://user@host:port/database?sslmode=verify-full, o service=NAME.
</translation>
    </message>
    <message>
        <source>%1: team workspace upgraded (server layer %2 to %3)</source>
        <extracomment>%2 and %3 are version numbers of the server's roles, policies and triggers</extracomment>
        <translation>%1: espacio de trabajo de equipo actualizado (capa de servidor %2 a %3)</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerIdentity</name>
    <message>
        <source>the server refused</source>
        <translation>el servidor lo rechazó</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lector</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>redactor</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>sin función</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPull</name>
    <message>
        <source>the server sent a position of an unknown state</source>
        <translation>el servidor envió una posición de un Estado desconocido</translation>
    </message>
    <message>
        <source>%1 already exists: pull writes a new file</source>
        <translation>%1 ya existe: pull escribe un archivo nuevo</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: no existe la carpeta</translation>
    </message>
    <message>
        <source>the server workspace has schema version %1, this Plenipo writes files of version %2</source>
        <translation>el espacio de trabajo del servidor tiene la versión de esquema %1; este Plenipo escribe archivos de la versión %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>no se puede cambiar el nombre de %1 a %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPush</name>
    <message>
        <source>the server refused the upload</source>
        <translation>el servidor rechazó la carga</translation>
    </message>
    <message>
        <source>%1: no such workspace file</source>
        <translation>%1: no existe el archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace</source>
        <translation>%1 no es un espacio de trabajo de Plenipo</translation>
    </message>
    <message>
        <source>%1 has schema version %2, this Plenipo uploads version %3: open it once in this Plenipo (which upgrades it) and push again</source>
        <translation>%1 tiene la versión de esquema %2; este Plenipo carga la versión %3: ábralo una vez en este Plenipo (que lo actualiza) y vuelva a ejecutar push</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>only the server workspace's owner may upload a file into it</source>
        <translation>solo el propietario del espacio de trabajo del servidor puede cargar un archivo en él</translation>
    </message>
    <message>
        <source>the server workspace is not empty: push uploads into a new one</source>
        <translation>el espacio de trabajo del servidor no está vacío: push carga en uno nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds internal material (%n rows): say whose it is with --delegation</source>
        <extracomment>%1 is the file; --delegation is a command line option: keep it as it is.</extracomment>
        <translation>
            <numerusform>%1 contiene material interno (%n fila): indique de quién es con --delegation</numerusform>
            <numerusform>%1 contiene material interno (%n filas): indique de quién es con --delegation</numerusform>
        </translation>
    </message>
    <message>
        <source>the server workspace has no table "%1": run "plenipo server init" with this Plenipo first</source>
        <translation>el espacio de trabajo del servidor no tiene la tabla «%1»: ejecute primero «plenipo server init» con este Plenipo</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerSession</name>
    <message>
        <source>the server refused</source>
        <translation>el servidor lo rechazó</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerSnapshot</name>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SetClauseTextCommand</name>
    <message>
        <source>Edit paragraph %1 of %2</source>
        <translation>Editar el párrafo %1 de %2</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>no hay ninguna cláusula con el identificador %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SetPositionsCommand</name>
    <message>
        <source>Set no position</source>
        <translation>Ninguna posición establecida</translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) in %1</source>
        <extracomment>%1 is "2 documents"</extracomment>
        <translation>
            <numerusform>Establecer %n posición en %1</numerusform>
            <numerusform>Establecer %n posiciones en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1 (alternative %2) of %3</source>
        <translation>el párrafo %1 (alternativa %2) de %3</translation>
    </message>
    <message>
        <source>paragraph %1 of %2</source>
        <translation>el párrafo %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>paragraphs %1 and %n more of %2</source>
        <translation>
            <numerusform>los párrafos %1 y %n más de %2</numerusform>
            <numerusform>los párrafos %1 y %n más de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraphs %1 of %2</source>
        <translation>los párrafos %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 on %2 to %3</source>
        <translation>Posición de %1 sobre %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1 to %2</source>
        <translation>
            <numerusform>Establecer %n posición sobre %1: %2</numerusform>
            <numerusform>Establecer %n posiciones sobre %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1</source>
        <translation>
            <numerusform>Establecer %n posición sobre %1</numerusform>
            <numerusform>Establecer %n posiciones sobre %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n position(s) on paragraph %1 of %2</source>
        <translation>
            <numerusform>Confirmar %n posición sobre el párrafo %1 de %2</numerusform>
            <numerusform>Confirmar %n posiciones sobre el párrafo %1 de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ShortcutListDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>&amp;Configure...</source>
        <translation>&amp;Configurar...</translation>
    </message>
    <message>
        <source>Save revision, in the clause editor</source>
        <translation>Guardar revisión, en el editor de cláusulas</translation>
    </message>
    <message>
        <source>Close the comparison window, the handbook or this list</source>
        <translation>Cerrar la ventana de comparación, el manual o esta lista</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Change the stance of the selected cell, in the support matrix</source>
        <translation>Cambiar la postura de la celda seleccionada, en la matriz de apoyos</translation>
    </message>
</context>
<context>
    <name>Plenipo::SqliteDialect</name>
    <message>
        <source>writing failed: the disk is full or the file has reached its size limit, or the disk reported an error (%1)</source>
        <translation>la escritura falló: el disco está lleno o el archivo ha alcanzado su tamaño máximo, o el disco informó de un error (%1)</translation>
    </message>
    <message>
        <source>the disk is full or the file has reached its size limit (%1)</source>
        <translation>el disco está lleno o el archivo ha alcanzado su tamaño máximo (%1)</translation>
    </message>
    <message>
        <source>the file or its medium is read-only (%1)</source>
        <translation>el archivo o su soporte es de solo lectura (%1)</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (%1)</source>
        <translation>el disco informó de un error de entrada/salida (%1)</translation>
    </message>
    <message>
        <source>cannot write a copy to %1: %2</source>
        <translation>no se puede escribir una copia en %1: %2</translation>
    </message>
    <message>
        <source>the database refused write-ahead logging (journal mode is %1)</source>
        <translation>la base de datos rechazó el registro de escritura anticipada (el modo de diario es %1)</translation>
    </message>
    <message>
        <source>the search index cannot be updated: %1</source>
        <translation>no se puede actualizar el índice de búsqueda: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Stance</name>
    <message>
        <source>supports</source>
        <translation>apoya</translation>
    </message>
    <message>
        <source>can accept</source>
        <translation>puede aceptar</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>reserva</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>se opone</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>sin posición</translation>
    </message>
</context>
<context>
    <name>Plenipo::StanceLegend</name>
    <message>
        <source>Stance:</source>
        <translation>Postura:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Marcas:</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Cláusula:</translation>
    </message>
    <message>
        <source>objects to an alternative</source>
        <translation>se opone a una alternativa</translation>
    </message>
    <message>
        <source>reservation on an alternative</source>
        <translation>reserva sobre una alternativa</translation>
    </message>
    <message>
        <source>blocks the clause</source>
        <translation>bloquea la cláusula</translation>
    </message>
    <message>
        <source>what-if (temporary)</source>
        <translation>simulación (temporal)</translation>
    </message>
    <message>
        <source>outdated: text changed since given</source>
        <translation>desfasada: el texto cambió después</translation>
    </message>
    <message>
        <source>orphaned position (not counted)</source>
        <translation>posición huérfana (no se cuenta)</translation>
    </message>
</context>
<context>
    <name>Plenipo::StanceStyle</name>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
</context>
<context>
    <name>Plenipo::StateNames</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1: archivo vacío</translation>
    </message>
    <message>
        <source>%1:1: no iso3 column</source>
        <translation>%1:1: no hay columna iso3</translation>
    </message>
    <message>
        <source>%1:1: no %2_%3 column</source>
        <translation>%1:1: no hay columna %2_%3</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2: %n campo, se esperaban %3</numerusform>
            <numerusform>%1:%2: %n campos, se esperaban %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: bad or repeated ISO3 code '%3'</source>
        <translation>%1:%2: código ISO3 no válido o repetido «%3»</translation>
    </message>
    <message>
        <source>%1:%2: %3 has no %4 name</source>
        <translation>%1:%2: %3 no tiene nombre %4</translation>
    </message>
</context>
<context>
    <name>Plenipo::StateTableModel</name>
    <message>
        <source>Also:</source>
        <translation>También:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>desfasada</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>huérfana</translation>
    </message>
    <message>
        <source>Outdated: a position of this state on the clause was given on words that have changed since.</source>
        <translation>Desfasada: una posición de este Estado sobre la cláusula se dio sobre palabras que han cambiado desde entonces.</translation>
    </message>
    <message>
        <source>Orphaned: a position of this state lost its words; it is not counted (see the positions panel).</source>
        <translation>Huérfana: una posición de este Estado perdió sus palabras; no se cuenta (véase el panel de posiciones).</translation>
    </message>
</context>
<context>
    <name>Plenipo::StatesView</name>
    <message>
        <source>Show the members of a group or process</source>
        <translation>Mostrar los miembros de un grupo o proceso</translation>
    </message>
    <message>
        <source>Find a state by name, code or alias</source>
        <translation>Buscar un Estado por nombre, código u otro nombre</translation>
    </message>
    <message>
        <source>&lt;b&gt;States&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los Estados</translation>
    </message>
    <message>
        <source>UN regional groups</source>
        <translation>Grupos regionales de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>Grupos políticos</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Coaliciones</translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation>Miembros de un proceso</translation>
    </message>
    <message>
        <source>all UN members</source>
        <translation>todos los Miembros de las Naciones Unidas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n state(s)</source>
        <translation>
            <numerusform>%1 de %n Estado</numerusform>
            <numerusform>%1 de %n Estados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on paragraph %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sobre el párrafo %2:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (the clause as a whole)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (la cláusula en su conjunto)</translation>
    </message>
    <message>
        <source>no position recorded on the clause as a whole</source>
        <translation>ninguna posición registrada sobre la cláusula en su conjunto</translation>
    </message>
    <message>
        <source>Temporary what-if stance, not saved.</source>
        <translation>Postura simulada temporal, sin guardar.</translation>
    </message>
    <message>
        <source>On alternatives: %1</source>
        <translation>Sobre las alternativas: %1</translation>
    </message>
    <message>
        <source>Clause status: %1</source>
        <translation>Estado de la cláusula: %1</translation>
    </message>
    <message numerus="yes">
        <source>Its objection blocks this clause (%n blocking state(s) in all).</source>
        <translation>
            <numerusform>Su objeción bloquea esta cláusula (%n Estado que bloquea en total).</numerusform>
            <numerusform>Su objeción bloquea esta cláusula (%n Estados que bloquean en total).</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Double-click to change the stance.</source>
        <translation>Haga doble clic para cambiar la postura.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paragraph %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Párrafo %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>Bloqueada por: %1</translation>
    </message>
    <message numerus="yes">
        <source>Objects to %n clause(s) of this document</source>
        <translation>
            <numerusform>Se opone a %n cláusula de este documento</numerusform>
            <numerusform>Se opone a %n cláusulas de este documento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocks %n clause(s)</source>
        <translation>
            <numerusform>Bloquea %n cláusula</numerusform>
            <numerusform>Bloquea %n cláusulas</numerusform>
        </translation>
    </message>
    <message>
        <source>Outdated (dot): a position of this state here was given on words that have changed since.</source>
        <translation>Desfasada (punto): una posición de este Estado aquí se dio sobre palabras que han cambiado desde entonces.</translation>
    </message>
    <message>
        <source>Orphaned position (ring): its words are gone from the text; it is not counted. Re-attach or discard it in the positions panel.</source>
        <translation>Posición huérfana (anillo): sus palabras han desaparecido del texto; no se cuenta. Vuelva a vincularla o descártela en el panel de posiciones.</translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixView</name>
    <message>
        <source>The states shown, and for whom consensus is computed</source>
        <translation>Los Estados que se muestran, para los que se calcula el consenso</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>Por grupo regional</translation>
    </message>
    <message>
        <source>By number of objections</source>
        <translation>Por número de objeciones</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Por nombre</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support matrix&lt;/b&gt;: select a document or a clause</source>
        <translation>&lt;b&gt;Matriz de apoyos&lt;/b&gt;: seleccione un documento o una cláusula</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support matrix&lt;/b&gt; of %1 &amp;ndash; %2</source>
        <translation>&lt;b&gt;Matriz de apoyos&lt;/b&gt; de %1 &amp;ndash; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) for %1:</source>
        <translation>
            <numerusform>%n cláusula para %1:</numerusform>
            <numerusform>%n cláusulas para %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n pasaje entre corchetes</numerusform>
            <numerusform>%n pasajes entre corchetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked, fewest blockers first: %1</source>
        <translation>Bloqueadas, primero las que tienen menos Estados que bloquean: %1</translation>
    </message>
    <message>
        <source>No clause is blocked.</source>
        <translation>Ninguna cláusula está bloqueada.</translation>
    </message>
</context>
<context>
    <name>Plenipo::SyntheticWorkspace</name>
    <message>
        <source>generate: states must be 1 to %1, clauses at least 1, alternatives 0 to 50</source>
        <translation>generate: los Estados deben ser de 1 a %1, las cláusulas al menos 1 y las alternativas de 0 a 50</translation>
    </message>
    <message>
        <source>clause %1 was not written</source>
        <translation>la cláusula %1 no se escribió</translation>
    </message>
</context>
<context>
    <name>Plenipo::TableCopy</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is what was being done ("copying table clause"), %2 the database's message.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the database refused a statement</source>
        <translation>la base de datos rechazó una instrucción</translation>
    </message>
    <message>
        <source>copying table %1</source>
        <extracomment>What was being done when the database refused a statement: %1 is a table's name.</extracomment>
        <translation>copia de la tabla %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>no se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>cannot save the change: %1</source>
        <translation>no se puede guardar el cambio: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::VoteMapView</name>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Axis 1 (%1% of the variance)</source>
        <translation>Eje 1 (%1 % de la varianza)</translation>
    </message>
    <message>
        <source>Axis 2 (%1% of the variance)</source>
        <translation>Eje 2 (%1 % de la varianza)</translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIf</name>
    <message>
        <source>unknown state '%1'</source>
        <translation>Estado desconocido «%1»</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>no hay ninguna cláusula con el identificador %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIfBar</name>
    <message>
        <source>What-if Mode</source>
        <translation>Modo de simulación</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Change stances temporarily and see every status update at once, without touching the saved positions</source>
        <translation>Cambiar posturas temporalmente y ver al instante cómo se actualiza cada estado, sin tocar las posiciones guardadas</translation>
    </message>
    <message>
        <source>Record the temporary stances as positions (one undoable step)</source>
        <translation>Registrar las posturas temporales como posiciones (un solo paso que se puede deshacer)</translation>
    </message>
    <message>
        <source>Drop the temporary stances: the saved positions show again</source>
        <translation>Descartar las posturas temporales: vuelven a mostrarse las posiciones guardadas</translation>
    </message>
    <message numerus="yes">
        <source>What-if: %n temporary stance(s), not saved</source>
        <translation>
            <numerusform>Simulación: %n postura temporal, sin guardar</numerusform>
            <numerusform>Simulación: %n posturas temporales, sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>Stance edits are saved (Edit &gt; Undo reverts them)</source>
        <translation>Los cambios de postura se guardan (Editar &gt; Deshacer los revierte)</translation>
    </message>
</context>
<context>
    <name>Plenipo::Workbench</name>
    <message>
        <source>Clause</source>
        <translation>Cláusula</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Support Matrix</source>
        <translation>Matriz de apoyos</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalición</translation>
    </message>
    <message>
        <source>Compare texts — Plenipo</source>
        <translation>Comparar textos — Plenipo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample workspace.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Espacio de trabajo de ejemplo.&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 paragraph %2: %n position(s) recorded</source>
        <translation>
            <numerusform>%1, párrafo %2: %n posición registrada</numerusform>
            <numerusform>%1, párrafo %2: %n posiciones registradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Presidencia:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Membership: open to all UN member states.</source>
        <translation>Composición: abierta a todos los Estados Miembros de las Naciones Unidas.</translation>
    </message>
    <message>
        <source>Membership: not recorded in this workspace.</source>
        <translation>Composición: no registrada en este espacio de trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>Membership (%n state(s)):</source>
        <translation>
            <numerusform>Composición (%n Estado):</numerusform>
            <numerusform>Composición (%n Estados):</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proceso:</translation>
    </message>
    <message>
        <source>Follows:</source>
        <translation>Sigue a:</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s):</source>
        <translation>
            <numerusform>%n cláusula:</numerusform>
            <numerusform>%n cláusulas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses linked to this norm (%n):</source>
        <translation>
            <numerusform>Cláusulas vinculadas con esta norma (%n):</numerusform>
            <numerusform>Cláusulas vinculadas con esta norma (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1, paragraph %2 (%3)</source>
        <extracomment>The norm's source: %1 the document symbol, %2 its paragraph, %3 the norm's code</extracomment>
        <translation>Fuente: %1, párrafo %2 (%3)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n state(s) in the States panel</source>
        <translation>
            <numerusform>%n Estado seleccionado en el panel Estados</numerusform>
            <numerusform>%n Estados seleccionados en el panel Estados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::Workspace</name>
    <message>
        <source>cannot save the change: %1; nothing was saved</source>
        <translation>no se puede guardar el cambio: %1; no se guardó nada</translation>
    </message>
    <message>
        <source>database statement failed (%1): %2</source>
        <translation>falló una instrucción de la base de datos (%1): %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: the file does not exist</source>
        <translation>no se puede abrir %1: el archivo no existe</translation>
    </message>
    <message>
        <source>cannot open %1: it is a folder, not a workspace file</source>
        <translation>no se puede abrir %1: es una carpeta, no un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied</source>
        <translation>no se puede abrir %1: permiso denegado</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it is not a workspace database file)</source>
        <translation>%1 no es un espacio de trabajo de Plenipo (no es un archivo de base de datos de espacio de trabajo)</translation>
    </message>
    <message>
        <source>%1 is open for editing in another Plenipo (process %2 on %3); it can be opened read-only</source>
        <translation>%1 está abierto para edición en otro Plenipo (proceso %2 en %3); se puede abrir en solo lectura</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>%1 is on a read-only medium or in a folder you may not write to: it can be opened read-only</source>
        <translation>%1 está en un soporte de solo lectura o en una carpeta en la que no puede escribir: se puede abrir en solo lectura</translation>
    </message>
    <message>
        <source>cannot open %1 for editing: the lock file %2 cannot be created</source>
        <translation>no se puede abrir %1 para edición: no se puede crear el archivo de bloqueo %2</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it is a database of another program)</source>
        <translation>%1 no es un espacio de trabajo de Plenipo (es la base de datos de otro programa)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Plenipo (workspace format %2; this version reads formats up to %3)</source>
        <translation>%1 fue escrito por una versión más reciente de Plenipo (formato de espacio de trabajo %2; esta versión lee formatos hasta el %3)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it holds no workspace tables)</source>
        <translation>%1 no es un espacio de trabajo de Plenipo (no contiene tablas de espacio de trabajo)</translation>
    </message>
    <message>
        <source>%1 uses the older workspace format %2; open it for editing once to upgrade it</source>
        <translation>%1 usa el formato de espacio de trabajo antiguo %2; ábralo una vez para edición para actualizarlo</translation>
    </message>
    <message>
        <source>%1 is damaged or not a workspace: %2</source>
        <translation>%1 está dañado o no es un espacio de trabajo: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; nothing was changed</source>
        <translation>%1 está dañado: %2; no se cambió nada</translation>
    </message>
    <message>
        <source>%1 is damaged: the alias '%2' belongs to a state that does not exist</source>
        <translation>%1 está dañado: el otro nombre «%2» pertenece a un Estado que no existe</translation>
    </message>
    <message>
        <source>cannot create %1: a file with that name exists</source>
        <translation>no se puede crear %1: ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>no se puede crear %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>cannot create %1: renaming the new file failed</source>
        <translation>no se puede crear %1: falló el cambio de nombre del archivo nuevo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot save as %1: the folder does not exist</source>
        <translation>no se puede guardar como %1: la carpeta no existe</translation>
    </message>
    <message>
        <source>cannot save as %1: that workspace is open in another Plenipo</source>
        <translation>no se puede guardar como %1: ese espacio de trabajo está abierto en otro Plenipo</translation>
    </message>
    <message>
        <source>cannot save as %1: %2</source>
        <translation>no se puede guardar como %1: %2</translation>
    </message>
    <message>
        <source>%1 is open read-only: changes cannot be saved</source>
        <translation>%1 está abierto en solo lectura: no se pueden guardar los cambios</translation>
    </message>
    <message>
        <source>a batch of changes was committed twice</source>
        <translation>un lote de cambios se confirmó dos veces</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>Estado desconocido «%1»</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166-1 alpha-3 code (state %2)</source>
        <translation>«%1» no es un código ISO 3166-1 alfa-3 (Estado %2)</translation>
    </message>
    <message>
        <source>a group needs a code of its own ('%1' is empty or taken)</source>
        <translation>un grupo necesita un código propio («%1» está vacío o ya se usa)</translation>
    </message>
    <message>
        <source>group code '%1' is a state's ISO code; choose another</source>
        <translation>el código de grupo «%1» es el código ISO de un Estado; elija otro</translation>
    </message>
    <message>
        <source>a process needs a code of its own ('%1' is empty or taken)</source>
        <translation>un proceso necesita un código propio («%1» está vacío o ya se usa)</translation>
    </message>
    <message>
        <source>a norm needs a code of its own ('%1' is empty or taken)</source>
        <translation>una norma necesita un código propio («%1» está vacío o ya se usa)</translation>
    </message>
    <message>
        <source>a document needs a symbol of its own ('%1' is empty or taken)</source>
        <translation>un documento necesita una signatura propia («%1» está vacía o ya se usa)</translation>
    </message>
    <message>
        <source>document %1: unknown process</source>
        <translation>documento %1: proceso desconocido</translation>
    </message>
    <message>
        <source>document %1: unknown predecessor document</source>
        <translation>documento %1: documento antecesor desconocido</translation>
    </message>
    <message>
        <source>clause %1 belongs to no known document</source>
        <translation>la cláusula %1 no pertenece a ningún documento conocido</translation>
    </message>
    <message>
        <source>clause %1: the clause it descends from does not exist</source>
        <translation>cláusula %1: la cláusula de la que procede no existe</translation>
    </message>
    <message>
        <source>clause %1: unknown norm</source>
        <translation>cláusula %1: norma desconocida</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>no hay ninguna cláusula con el identificador %1</translation>
    </message>
    <message>
        <source>clause %1 has no revision to restore</source>
        <translation>la cláusula %1 no tiene ninguna revisión que restaurar</translation>
    </message>
    <message>
        <source>a clause needs a number</source>
        <translation>una cláusula necesita un número</translation>
    </message>
    <message>
        <source>clause %1: revision %2 is not the latest one and cannot be removed</source>
        <translation>cláusula %1: la revisión %2 no es la última y no se puede eliminar</translation>
    </message>
    <message>
        <source>no document with id %1</source>
        <translation>no hay ningún documento con el identificador %1</translation>
    </message>
    <message>
        <source>%1: a recorded vote row is damaged (vote %2, state %3, choice %4)</source>
        <translation>%1: una fila de votación registrada está dañada (votación %2, Estado %3, opción %4)</translation>
    </message>
    <message>
        <source>recorded vote: bad choice %1 for %2</source>
        <translation>votación registrada: opción no válida %1 para %2</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translation>no hay ningún grupo con el identificador %1</translation>
    </message>
    <message>
        <source>no process with id %1</source>
        <translation>no hay ningún proceso con el identificador %1</translation>
    </message>
    <message>
        <source>the search index is already being deferred</source>
        <translation>la indexación de la búsqueda ya está diferida</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceInfo</name>
    <message>
        <source>Workspace:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's file name.</extracomment>
        <translation>Espacio de trabajo:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's schema version (a number).</extracomment>
        <translation>Versión del formato:</translation>
    </message>
    <message>
        <source>States:</source>
        <extracomment>A label of `plenipo info`, followed by the number of states.</extracomment>
        <translation>Estados:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the number of UN member states ("193 UN member states"), %2 the number of observer states ("2 observers").</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n Estado Miembro de las Naciones Unidas</numerusform>
            <numerusform>%n Estados Miembros de las Naciones Unidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n observador</numerusform>
            <numerusform>%n observadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups:</source>
        <extracomment>A label of `plenipo info`, followed by the number of state groups.</extracomment>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>Processes:</source>
        <extracomment>A label of `plenipo info`, followed by the number of negotiation processes (and their names, one per line).</extracomment>
        <translation>Procesos:</translation>
    </message>
    <message>
        <source>Norms:</source>
        <extracomment>A label of `plenipo info`, followed by the number of norms.</extracomment>
        <translation>Normas:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <extracomment>A label of `plenipo info`, followed by the number of documents.</extracomment>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <extracomment>A label of `plenipo info`, followed by the number of clauses.</extracomment>
        <translation>Cláusulas:</translation>
    </message>
    <message>
        <source>Positions:</source>
        <extracomment>A label of `plenipo info`, followed by the number of recorded positions.</extracomment>
        <translation>Posiciones:</translation>
    </message>
    <message>
        <source>Note:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's note on its positions.</extracomment>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceOpener</name>
    <message>
        <source>Workspace in use</source>
        <translation>Espacio de trabajo en uso</translation>
    </message>
    <message>
        <source>Workspace cannot be edited</source>
        <translation>No se puede editar el espacio de trabajo</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read everything and use Save As to make an editable copy.</source>
        <translation>%1

¿Abrirlo en solo lectura? Puede leerlo todo y usar Guardar como para hacer una copia modificable.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceValidator</name>
    <message>
        <source>table state: state %1 has no code</source>
        <translation>tabla state: el Estado %1 no tiene código</translation>
    </message>
    <message>
        <source>table state_alias: the alias '%2' belongs to state %1, which does not exist</source>
        <translation>tabla state_alias: el otro nombre «%2» pertenece al Estado %1, que no existe</translation>
    </message>
    <message>
        <source>table group_member: group %1 lists state %2, which does not exist</source>
        <translation>tabla group_member: el grupo %1 incluye el Estado %2, que no existe</translation>
    </message>
    <message>
        <source>table group_member: state %2 is a member of group %1, which does not exist</source>
        <translation>tabla group_member: el Estado %2 es miembro del grupo %1, que no existe</translation>
    </message>
    <message>
        <source>table process_member: process %1 lists state %2, which does not exist</source>
        <translation>tabla process_member: el proceso %1 incluye el Estado %2, que no existe</translation>
    </message>
    <message>
        <source>table process_member: state %2 is a member of process %1, which does not exist</source>
        <translation>tabla process_member: el Estado %2 es miembro del proceso %1, que no existe</translation>
    </message>
    <message>
        <source>table document: document %1 belongs to process %2, which does not exist</source>
        <translation>tabla document: el documento %1 pertenece al proceso %2, que no existe</translation>
    </message>
    <message>
        <source>table document: document %1 follows document %2, which does not exist</source>
        <translation>tabla document: el documento %1 sigue al documento %2, que no existe</translation>
    </message>
    <message>
        <source>table clause: clause %1 belongs to document %2, which does not exist</source>
        <translation>tabla clause: la cláusula %1 pertenece al documento %2, que no existe</translation>
    </message>
    <message>
        <source>table clause: clause %1 descends from clause %2, which does not exist</source>
        <translation>tabla clause: la cláusula %1 procede de la cláusula %2, que no existe</translation>
    </message>
    <message>
        <source>table clause: document %1 has two clauses at place %2</source>
        <translation>tabla clause: el documento %1 tiene dos cláusulas en la posición %2</translation>
    </message>
    <message>
        <source>table clause_norm: clause %1 or norm %2 does not exist</source>
        <translation>tabla clause_norm: la cláusula %1 o la norma %2 no existe</translation>
    </message>
    <message>
        <source>table clause_revision: revision %1 belongs to clause %2, which does not exist</source>
        <translation>tabla clause_revision: la revisión %1 pertenece a la cláusula %2, que no existe</translation>
    </message>
    <message>
        <source>table stance_vector: positions on clause %1, which does not exist</source>
        <translation>tabla stance_vector: posiciones sobre la cláusula %1, que no existe</translation>
    </message>
    <message>
        <source>table document_adherent: document %1 or state %2 does not exist</source>
        <translation>tabla document_adherent: el documento %1 o el Estado %2 no existe</translation>
    </message>
    <message>
        <source>table document: unknown document kind '%1'</source>
        <translation>tabla document: tipo de documento desconocido «%1»</translation>
    </message>
    <message>
        <source>table process: unknown process kind '%1'</source>
        <translation>tabla process: tipo de proceso desconocido «%1»</translation>
    </message>
    <message>
        <source>table state_group: unknown group kind '%1'</source>
        <translation>tabla state_group: tipo de grupo desconocido «%1»</translation>
    </message>
    <message>
        <source>the file cannot be checked (%1)</source>
        <translation>no se puede comprobar el archivo (%1)</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>cláusula %1</translation>
    </message>
    <message>
        <source>clause %1, alternative %2</source>
        <translation>cláusula %1, alternativa %2</translation>
    </message>
    <message>
        <source>table stance_vector: %1 has %2 for %3</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of stances ("200 stances"), %3 the number of states ("193 states").</extracomment>
        <translation>tabla stance_vector: %1 tiene %2 para %3</translation>
    </message>
    <message numerus="yes">
        <source>%n stances</source>
        <translation>
            <numerusform>%n postura</numerusform>
            <numerusform>%n posturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n states</source>
        <translation>
            <numerusform>%n Estado</numerusform>
            <numerusform>%n Estados</numerusform>
        </translation>
    </message>
    <message>
        <source>table stance_vector: %1: byte %2 for state %3 is not a stance</source>
        <extracomment>%1 is the clause (and alternative), %2 a byte value, %3 the state's index.</extracomment>
        <translation>tabla stance_vector: %1: el byte %2 para el Estado %3 no es una postura</translation>
    </message>
    <message>
        <source>table stance_vector: %1: the detail vector is malformed</source>
        <translation>tabla stance_vector: %1: el vector de detalles está mal formado</translation>
    </message>
    <message numerus="yes">
        <source>table stance_vector: %1: the detail vector covers %n states of %2</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of states in the workspace.</extracomment>
        <translation>
            <numerusform>tabla stance_vector: %1: el vector de detalles abarca %n Estado de %2</numerusform>
            <numerusform>tabla stance_vector: %1: el vector de detalles abarca %n Estados de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for negotiating norms and treaty texts: bracketed drafts, the positions of states on every paragraph, consensus and coalitions. Sample positions are illustrative.</source>
        <translation>Un banco de trabajo para negociar normas y textos de tratados: borradores con texto entre corchetes, las posiciones de los Estados sobre cada párrafo, consenso y coaliciones. Las posiciones del ejemplo son ilustrativas.</translation>
    </message>
    <message>
        <source>State data derived from the mledoze/countries data set (ODbL 1.0).</source>
        <translation>Datos de los Estados derivados del conjunto de datos mledoze/countries (ODbL 1.0).</translation>
    </message>
</context>
</TS>
