<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BulkImportProgress</name>
    <message>
        <source>Import Folder of Akoma Ntoso Resolutions</source>
        <translation>Импорт папки резолюций Akoma Ntoso</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Импорт...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)...</source>
        <translation>Импорт %1 (%2 из %3)...</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n файл импортирован</numerusform>
            <numerusform>%n файла импортированы</numerusform>
            <numerusform>%n файлов импортировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped (already in the workspace)</source>
        <translation>
            <numerusform>%n файл пропущен (уже есть в рабочем пространстве)</numerusform>
            <numerusform>%n файла пропущены (уже есть в рабочем пространстве)</numerusform>
            <numerusform>%n файлов пропущено (уже есть в рабочем пространстве)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>Не удалось импортировать %n файл</numerusform>
            <numerusform>Не удалось импортировать %n файла</numerusform>
            <numerusform>Не удалось импортировать %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not read</source>
        <translation>
            <numerusform>Отменено: %n файл не прочитан</numerusform>
            <numerusform>Отменено: %n файла не прочитаны</numerusform>
            <numerusform>Отменено: %n файлов не прочитано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n recorded vote(s) written</source>
        <extracomment>%1 is "3 documents"</extracomment>
        <translation>
            <numerusform>Записано: %1 и %n заносимое в отчёт голосование</numerusform>
            <numerusform>Записано: %1 и %n заносимых в отчёт голосования</numerusform>
            <numerusform>Записано: %1 и %n заносимых в отчёт голосований</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no Akoma Ntoso file (*.xml, *.akn), in it or in its sub-folders.</source>
        <translation>В папке %1 и её вложенных папках нет файлов Akoma Ntoso (*.xml, *.akn).</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n Akoma Ntoso file(s) of %1?</source>
        <translation>
            <numerusform>Импортировать %n файл Akoma Ntoso из %1?</numerusform>
            <numerusform>Импортировать %n файла Akoma Ntoso из %1?</numerusform>
            <numerusform>Импортировать %n файлов Akoma Ntoso из %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each file is imported in its own transaction; Cancel during the run keeps the files done. The whole run is one step to undo.</source>
        <translation>Каждый файл импортируется в отдельной транзакции; при отмене во время импорта уже обработанные файлы сохраняются. Весь импорт отменяется одним шагом.</translation>
    </message>
    <message>
        <source>&amp;Replace documents already in the workspace (otherwise they are skipped)</source>
        <translation>&amp;Заменить документы, уже имеющиеся в рабочем пространстве (иначе они пропускаются)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) replaced documents already in the workspace</source>
        <translation>
            <numerusform>%n файл заменил документы, уже имевшиеся в рабочем пространстве</numerusform>
            <numerusform>%n файла заменили документы, уже имевшиеся в рабочем пространстве</numerusform>
            <numerusform>%n файлов заменили документы, уже имевшиеся в рабочем пространстве</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::AgreementHeatMap</name>
    <message>
        <source>No recorded vote in the selection.</source>
        <translation>В выборке нет заносимых в отчёт голосований.</translation>
    </message>
    <message>
        <source>%1 and %2: no vote in common</source>
        <translation>%1 и %2: нет общих голосований</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: agreement %3 over %n vote(s)</source>
        <translation>
            <numerusform>%1 и %2: совпадение %3 по %n голосованию</numerusform>
            <numerusform>%1 и %2: совпадение %3 по %n голосованиям</numerusform>
            <numerusform>%1 и %2: совпадение %3 по %n голосованиям</numerusform>
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
        <translation>export: не удаётся записать файл Akoma Ntoso: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::AknImporter</name>
    <message>
        <source>line %1 (/%2)</source>
        <extracomment>The place of a problem in an Akoma Ntoso file: %1 is the line, %2 the element's path ("line 12 (/akomaNtoso/doc/mainBody/paragraph[@eId='para_3'])").</extracomment>
        <translation>строка %1 (/%2)</translation>
    </message>
    <message>
        <source>paragraph %1 has no text</source>
        <translation>пункт %1 не содержит текста</translation>
    </message>
    <message>
        <source>paragraph %1: markup: %2</source>
        <extracomment>%1 is the paragraph number, %2 the markup problem ("unclosed bracket opened here").</extracomment>
        <translation>пункт %1: разметка: %2</translation>
    </message>
    <message>
        <source>the closing words of paragraph %1 were added to its last sub-point</source>
        <translation>заключительные слова пункта %1 добавлены к его последнему подпункту</translation>
    </message>
    <message>
        <source>process %1: unknown member state %2 left out</source>
        <translation>процесс %1: неизвестное государство-член %2 пропущено</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <extracomment>An item the import creates: %1 is the process's code, %2 its name.</extracomment>
        <translation>процесс %1 (%2)</translation>
    </message>
    <message>
        <source>unknown adherent state %1 left out</source>
        <translation>неизвестное присоединившееся государство %1 пропущено</translation>
    </message>
    <message numerus="yes">
        <source>coalition %1 (%n adherents)</source>
        <extracomment>An item the import creates: %1 is the coalition's code.</extracomment>
        <translation>
            <numerusform>коалиция %1 (%n присоединившееся государство)</numerusform>
            <numerusform>коалиция %1 (%n присоединившихся государства)</numerusform>
            <numerusform>коалиция %1 (%n присоединившихся государств)</numerusform>
        </translation>
    </message>
    <message>
        <source>position on unknown paragraph '%1'</source>
        <translation>позиция по неизвестному пункту «%1»</translation>
    </message>
    <message>
        <source>bad stance '%1'</source>
        <translation>недопустимая позиция «%1»</translation>
    </message>
    <message>
        <source>paragraph %1 has no alternative %2</source>
        <translation>в пункте %1 нет варианта %2</translation>
    </message>
    <message>
        <source>position with both state and states</source>
        <translation>позиция, в которой указаны и state, и states</translation>
    </message>
    <message>
        <source>position without state or states</source>
        <translation>позиция без state и states</translation>
    </message>
    <message>
        <source>position with an empty list of states</source>
        <translation>позиция с пустым списком государств</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>неизвестное государство «%1»</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 — государство-наблюдатель: у наблюдателей нет позиций</translation>
    </message>
    <message>
        <source>duplicate position of %1 on paragraph %2 (first on line %3)</source>
        <translation>повторная позиция %1 по пункту %2 (первая — в строке %3)</translation>
    </message>
    <message>
        <source>no recorded vote in the file: no positions</source>
        <translation>в файле нет заносимого в отчёт голосования: позиций нет</translation>
    </message>
    <message>
        <source>in favour</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>за</translation>
    </message>
    <message>
        <source>against</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>против</translation>
    </message>
    <message>
        <source>abstaining</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>воздержались</translation>
    </message>
    <message>
        <source>vote count '%1' is not in favour, against or abstaining; left out</source>
        <translation>подсчёт голосов «%1» — не «за», не «против» и не «воздержались»; пропущен</translation>
    </message>
    <message>
        <source>voter '%1' (%2) does not resolve to a state of the workspace: no position recorded for it</source>
        <extracomment>%1 is the voter's name in the file, %2 the count it is listed in (in favour, against, abstaining).</extracomment>
        <translation>участник голосования «%1» (%2) не соответствует ни одному государству рабочего пространства: позиция для него не записана</translation>
    </message>
    <message>
        <source>%1 (%2) is an observer state, which has no vote: left out of the recorded vote</source>
        <extracomment>%1 is the state's name in the file, %2 the count it is listed in (in favour, against, abstaining).</extracomment>
        <translation>%1 (%2) — государство-наблюдатель, не имеющее права голоса: исключено из заносимого в отчёт голосования</translation>
    </message>
    <message>
        <source>%1 (%2) is listed both %3 and %4; the first is kept</source>
        <extracomment>%1 is the state's name in the file, %2 its ISO code, %3 and %4 the counts it is listed in (in favour, against, abstaining).</extracomment>
        <translation>%1 (%2) указано и в списке «%3», и в списке «%4»; сохранено первое</translation>
    </message>
    <message numerus="yes">
        <source>the count says %1 %2 but %n names are listed</source>
        <extracomment>%1 is the number the file declares, %2 the count (in favour, against, abstaining): "the count says 163 in favour but 162 names are listed".</extracomment>
        <translation>
            <numerusform>в подсчёте «%2» указано %1, но перечислено %n наименование</numerusform>
            <numerusform>в подсчёте «%2» указано %1, но перечислено %n наименования</numerusform>
            <numerusform>в подсчёте «%2» указано %1, но перечислено %n наименований</numerusform>
        </translation>
    </message>
    <message>
        <source>sponsor '%1' (removed from the list) does not resolve to a state</source>
        <translation>автор «%1» (исключённый из списка) не соответствует ни одному государству</translation>
    </message>
    <message>
        <source>%1 was removed from the list of sponsors</source>
        <translation>%1 исключено из списка авторов</translation>
    </message>
    <message>
        <source>sponsor '%1' does not resolve to a state</source>
        <translation>автор «%1» не соответствует ни одному государству</translation>
    </message>
    <message>
        <source>submitted by %1 (no state sponsors)</source>
        <extracomment>An item the import creates: %1 is who submitted the draft ("the Chair of the Committee").</extracomment>
        <translation>представлено: %1 (без государств-авторов)</translation>
    </message>
    <message>
        <source>sponsor %1 on behalf of %2</source>
        <extracomment>An item the import creates: %1 is a state's ISO code, %2 the group it speaks for.</extracomment>
        <translation>автор %1 от имени %2</translation>
    </message>
    <message>
        <source>the workspace already has a group '%1'</source>
        <translation>в рабочем пространстве уже есть группа «%1»</translation>
    </message>
    <message numerus="yes">
        <source>group '%1' (coalition): %n sponsor(s)</source>
        <extracomment>An item the import creates: %1 is the group's name ("Sponsors of A/RES/75/32").</extracomment>
        <translation>
            <numerusform>группа «%1» (коалиция): %n автор</numerusform>
            <numerusform>группа «%1» (коалиция): %n автора</numerusform>
            <numerusform>группа «%1» (коалиция): %n авторов</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded vote kept as a vote: %1 yes, %2 no, %3 abstaining, %4 absent</source>
        <extracomment>An item the import creates: %1 to %4 are the numbers of states that voted yes, no, abstained and were absent.</extracomment>
        <translation>заносимое в отчёт голосование сохранено как голосование: за — %1, против — %2, воздержались — %3, отсутствовали — %4</translation>
    </message>
    <message>
        <source>%1: the document collection has no component with its own &lt;meta&gt;; nothing was imported</source>
        <translation>%1: в коллекции документов нет ни одного компонента с собственным &lt;meta&gt;; ничего не импортировано</translation>
    </message>
    <message>
        <source>two parts have the symbol %1</source>
        <translation>у двух частей одно условное обозначение %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of %1, each its own document</source>
        <extracomment>An item the import creates: %1 is the collection's symbol ("A/RES/74/264").</extracomment>
        <translation>
            <numerusform>%n часть %1, каждая — отдельный документ</numerusform>
            <numerusform>%n части %1, каждая — отдельный документ</numerusform>
            <numerusform>%n частей %1, каждая — отдельный документ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is empty; nothing was imported</source>
        <translation>%1: файл пуст; ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not well-formed XML (%4); nothing was imported</source>
        <translation>%1: строка %2, столбец %3: некорректный XML (%4); ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: not an Akoma Ntoso 3.0 document (the root element is &lt;%2&gt; in namespace '%3'); nothing was imported</source>
        <translation>%1: это не документ Akoma Ntoso 3.0 (корневой элемент — &lt;%2&gt; в пространстве имён «%3»); ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: the Akoma Ntoso document has no &lt;meta&gt; or no &lt;mainBody&gt;; nothing was imported</source>
        <translation>%1: в документе Akoma Ntoso нет &lt;meta&gt; или &lt;mainBody&gt;; ничего не импортировано</translation>
    </message>
    <message>
        <source>the document has no symbol (docNumber or FRBRnumber)</source>
        <translation>у документа нет условного обозначения (docNumber или FRBRnumber)</translation>
    </message>
    <message>
        <source>replaces the document %1 of the workspace</source>
        <translation>заменяет документ %1 рабочего пространства</translation>
    </message>
    <message>
        <source>the workspace already has a document %1</source>
        <translation>в рабочем пространстве уже есть документ %1</translation>
    </message>
    <message>
        <source>the document has no title</source>
        <translation>у документа нет названия</translation>
    </message>
    <message>
        <source>no paragraphs found</source>
        <translation>пункты не найдены</translation>
    </message>
    <message>
        <source>process %1 is not in the workspace: the document is imported without it</source>
        <translation>процесса %1 нет в рабочем пространстве: документ импортируется без него</translation>
    </message>
    <message>
        <source>predecessor %1 is not in the workspace: the document is imported without it</source>
        <translation>предыдущего документа %1 нет в рабочем пространстве: документ импортируется без него</translation>
    </message>
    <message>
        <source>paragraph %1: norm %2 is not in the workspace; link left out</source>
        <translation>пункт %1: нормы %2 нет в рабочем пространстве; связь пропущена</translation>
    </message>
    <message>
        <source>the part has no vote of its own: the collection's recorded vote is recorded for it</source>
        <translation>у части нет собственного голосования: для неё записывается заносимое в отчёт голосование коллекции</translation>
    </message>
    <message numerus="yes">
        <source>recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on each of the %n paragraph(s), preambular and operative</source>
        <extracomment>An item the import creates: %1, %2 and %3 are the numbers of states in favour, against and abstaining.</extracomment>
        <translation>
            <numerusform>заносимое в отчёт голосование: за — %1, против — %2, воздержались — %3; записано как позиции по каждому из пунктов (%n) преамбулы и постановляющей части</numerusform>
            <numerusform>заносимое в отчёт голосование: за — %1, против — %2, воздержались — %3; записано как позиции по каждому из пунктов (%n) преамбулы и постановляющей части</numerusform>
            <numerusform>заносимое в отчёт голосование: за — %1, против — %2, воздержались — %3; записано как позиции по каждому из пунктов (%n) преамбулы и постановляющей части</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s) (%4 preambular)</source>
        <extracomment>An item the import creates: %1 is the document's symbol, %2 its title, %3 its kind and date ("resolution, 2020-12-07").</extracomment>
        <translation>
            <numerusform>документ %1 «%2» (%3): %n пункт (в том числе преамбулы: %4)</numerusform>
            <numerusform>документ %1 «%2» (%3): %n пункта (в том числе преамбулы: %4)</numerusform>
            <numerusform>документ %1 «%2» (%3): %n пунктов (в том числе преамбулы: %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s)</source>
        <translation>
            <numerusform>документ %1 «%2» (%3): %n пункт</numerusform>
            <numerusform>документ %1 «%2» (%3): %n пункта</numerusform>
            <numerusform>документ %1 «%2» (%3): %n пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <extracomment>An item the import creates.</extracomment>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import: сначала прочитайте файл</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1: найдена %n ошибка; ничего не импортировано</numerusform>
            <numerusform>%1: найдены %n ошибки; ничего не импортировано</numerusform>
            <numerusform>%1: найдено %n ошибок; ничего не импортировано</numerusform>
        </translation>
    </message>
    <message>
        <source>a paragraph without a number, named %1 by its place</source>
        <translation>пункт без номера; по его месту в документе он назван %1</translation>
    </message>
    <message>
        <source>paragraph number %1 comes twice in the document</source>
        <translation>номер пункта %1 встречается в документе дважды</translation>
    </message>
</context>
<context>
    <name>Plenipo::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::BulkImporter</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: нет такого файла или папки</translation>
    </message>
    <message>
        <source>already in the workspace: %1</source>
        <extracomment>Why a folder import skipped a file: %1 is the list of document symbols.</extracomment>
        <translation>уже есть в рабочем пространстве: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Why a folder import failed: %1 is the place in the file ("line 12"), %2 the error.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>What a folder import did with one file.</extracomment>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>What a folder import did with one file: it replaced the document already there.</extracomment>
        <translation>заменён</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>What a folder import did with one file: the document was already there.</extracomment>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>What a folder import did with one file: it could not be imported.</extracomment>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>, %1 paragraph(s), recorded vote, %2 warning(s)</source>
        <translation>, пунктов: %1, заносимое в отчёт голосование, предупреждений: %2</translation>
    </message>
    <message>
        <source>, %1 paragraph(s), %2 warning(s)</source>
        <extracomment>The rest of a folder import's line for one file: %1 is the number of paragraphs, %2 the number of warnings.</extracomment>
        <translation>, пунктов: %1, предупреждений: %2</translation>
    </message>
    <message>
        <source>total: %1 file(s): %2 imported, %3 replaced, %4 skipped (already there), %5 failed; %6 document(s), %7 recorded vote(s)</source>
        <extracomment>The last line of a folder import; the counts are named without a plural form.</extracomment>
        <translation>итого: файлов: %1; импортировано: %2, заменено: %3, пропущено (уже есть): %4, с ошибкой: %5; документов: %6, заносимых в отчёт голосований: %7</translation>
    </message>
    <message numerus="yes">
        <source>; cancelled, %n file(s) not read</source>
        <extracomment>Added to the last line of a folder import that was cancelled.</extracomment>
        <translation>
            <numerusform>; отменено, не прочитан %n файл</numerusform>
            <numerusform>; отменено, не прочитаны %n файла</numerusform>
            <numerusform>; отменено, не прочитано %n файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ChangeClauseCommand</name>
    <message>
        <source>Renumber clause %1</source>
        <translation>Перенумеровать положение %1</translation>
    </message>
    <message>
        <source>Link clause %1 to norms</source>
        <translation>Связать положение %1 с нормами</translation>
    </message>
</context>
<context>
    <name>Plenipo::ChartsView</name>
    <message>
        <source>Groups:</source>
        <translation>Группы:</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>Сохранить как &amp;PNG...</translation>
    </message>
    <message>
        <source>Save as S&amp;VG...</source>
        <translation>Сохранить как S&amp;VG...</translation>
    </message>
    <message>
        <source>Document dashboard</source>
        <translation>Сводка по документу</translation>
    </message>
    <message>
        <source>Trend along the lineage</source>
        <translation>Динамика по линии происхождения</translation>
    </message>
    <message>
        <source>Support by group</source>
        <translation>Поддержка по группам</translation>
    </message>
    <message>
        <source>UN regional groups</source>
        <translation>Региональные группы ООН</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>Политические группы</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Коалиции</translation>
    </message>
    <message>
        <source>Clause shown</source>
        <translation>Показанное положение</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Весь документ</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Диаграмма:</translation>
    </message>
    <message>
        <source>Illustrative values: the sample's positions are not recorded statements of any State.</source>
        <translation>Иллюстративные значения: позиции в примере не являются зафиксированными заявлениями какого-либо государства.</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Положения</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>положения</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n clause(s) by status; agreed words: %2</source>
        <translation>
            <numerusform>%1 — %n положение по статусу; согласованные слова: %2</numerusform>
            <numerusform>%1 — %n положения по статусу; согласованные слова: %2</numerusform>
            <numerusform>%1 — %n положений по статусу; согласованные слова: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the navigator</source>
        <translation>Выберите документ в навигаторе</translation>
    </message>
    <message>
        <source>Bracketed spans</source>
        <translation>Фрагменты в квадратных скобках</translation>
    </message>
    <message>
        <source>Alternative groups</source>
        <translation>Группы вариантов</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Agreed words (%)</source>
        <translation>Согласованные слова (%)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <source>agreed words</source>
        <translation>согласованные слова</translation>
    </message>
    <message numerus="yes">
        <source>Brackets and agreed words along the lineage (%n draft(s))</source>
        <translation>
            <numerusform>Скобки и согласованные слова по линии происхождения (%n проект)</numerusform>
            <numerusform>Скобки и согласованные слова по линии происхождения (%n проекта)</numerusform>
            <numerusform>Скобки и согласованные слова по линии происхождения (%n проектов)</numerusform>
        </translation>
    </message>
    <message>
        <source>members × paragraphs</source>
        <translation>члены × пункты</translation>
    </message>
    <message>
        <source>members</source>
        <translation>члены</translation>
    </message>
    <message>
        <source>Stances on paragraph %1 of %2, by group (click a bar to select its states)</source>
        <translation>Позиции по пункту %1 документа %2, по группам (щёлкните по столбцу, чтобы выбрать его государства)</translation>
    </message>
    <message>
        <source>Stances on every paragraph of %1, by group (click a bar to select its states)</source>
        <translation>Позиции по всем пунктам документа %1, по группам (щёлкните по столбцу, чтобы выбрать его государства)</translation>
    </message>
    <message>
        <source>No groups of this kind in the workspace</source>
        <translation>В рабочем пространстве нет групп этого вида</translation>
    </message>
    <message>
        <source>Cannot write the PNG image %1</source>
        <translation>Не удаётся записать изображение PNG %1</translation>
    </message>
    <message>
        <source>Chart from Plenipo</source>
        <translation>Диаграмма из Plenipo</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Сохранить диаграмму как SVG</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Сохранить диаграмму как PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>Не удаётся сохранить диаграмму</translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseEditor</name>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n фрагмент в скобках</numerusform>
            <numerusform>%n фрагмента в скобках</numerusform>
            <numerusform>%n фрагментов в скобках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alternative group(s)</source>
        <translation>
            <numerusform>%n группа вариантов</numerusform>
            <numerusform>%n группы вариантов</numerusform>
            <numerusform>%n групп вариантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s) agreed (%2%)</source>
        <translation>
            <numerusform>согласовано слов: %1 из %n (%2 %)</numerusform>
            <numerusform>согласовано слов: %1 из %n (%2 %)</numerusform>
            <numerusform>согласовано слов: %1 из %n (%2 %)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed deletion(s)</source>
        <translation>
            <numerusform>%n предложенное исключение</numerusform>
            <numerusform>%n предложенных исключения</numerusform>
            <numerusform>%n предложенных исключений</numerusform>
        </translation>
    </message>
    <message>
        <source>ad referendum</source>
        <translation>ad referendum</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
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
            <numerusform>%n вариант</numerusform>
            <numerusform>%n варианта</numerusform>
            <numerusform>%n вариантов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseView</name>
    <message>
        <source>&amp;Save revision</source>
        <translation>&amp;Сохранить редакцию</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Compare with &amp;norm</source>
        <translation>Сравнить с &amp;нормой</translation>
    </message>
    <message>
        <source>Compare with &amp;predecessor</source>
        <translation>Сравнить с &amp;предыдущим</translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation>Сравнить в&amp;ыбранные</translation>
    </message>
    <message>
        <source>Note for this revision (what changed, who asked)</source>
        <translation>Примечание к редакции (что изменено, кем запрошено)</translation>
    </message>
    <message>
        <source>Word-by-word comparison with the norm this clause derives from</source>
        <translation>Пословное сравнение с нормой, из которой выведено это положение</translation>
    </message>
    <message>
        <source>Word-by-word comparison with the clause it descends from</source>
        <translation>Пословное сравнение с положением, от которого оно происходит</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Ред.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (select two revisions to compare them)</source>
        <translation>&lt;b&gt;История&lt;/b&gt; (выберите две редакции, чтобы сравнить их)</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Нет рабочего пространства</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>Choose a process, document, clause or norm in the navigator.</source>
        <translation>Выберите процесс, документ, положение или норму в навигаторе.</translation>
    </message>
    <message>
        <source>Unsaved clause text</source>
        <translation>Несохранённый текст положения</translation>
    </message>
    <message>
        <source>Clause not found</source>
        <translation>Положение не найдено</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>Пункт %1</translation>
    </message>
    <message>
        <source>Derives from:</source>
        <translation>Выведено из:</translation>
    </message>
    <message>
        <source>Descends from:</source>
        <translation>Происходит от:</translation>
    </message>
    <message>
        <source>Current text (revision %1 of %2): edit it and save a new revision</source>
        <translation>Текущий текст (редакция %1 из %2): измените его и сохраните новую редакцию</translation>
    </message>
    <message>
        <source>Current text (revision %1 of %2), read-only</source>
        <translation>Текущий текст (редакция %1 из %2), только чтение</translation>
    </message>
    <message>
        <source>Earlier text: revision %1 of %2 (read-only)</source>
        <translation>Прежний текст: редакция %1 из %2 (только чтение)</translation>
    </message>
    <message>
        <source>The text of paragraph %1 has changed. Save it as a new revision?</source>
        <translation>Текст пункта %1 изменён. Сохранить его как новую редакцию?</translation>
    </message>
</context>
<context>
    <name>Plenipo::CoalitionView</name>
    <message>
        <source>Text Most Accept</source>
        <translation>Текст, приемлемый для большинства</translation>
    </message>
    <message>
        <source>Largest Text</source>
        <translation>Наиболее полный текст</translation>
    </message>
    <message>
        <source>What Would It Take?</source>
        <translation>Что для этого нужно?</translation>
    </message>
    <message>
        <source>Derive Coalition Document...</source>
        <translation>Составить документ коалиции...</translation>
    </message>
    <message>
        <source>States by code or name, separated by commas: FRA, Germany, ...</source>
        <translation>Государства по коду или названию через запятую: FRA, Германия, ...</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Коалиция</translation>
    </message>
    <message>
        <source>Fails because of</source>
        <translation>Не проходит из-за</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Check a clause to keep it in suggested texts; right-click a failing clause or alternative to try a what-if</source>
        <translation>Отметьте положение, чтобы сохранить его в предлагаемых текстах; щёлкните правой кнопкой по непрошедшему положению или варианту, чтобы проверить гипотезу</translation>
    </message>
    <message>
        <source>Suggestions appear here: the text most members accept, the largest text at least N members accept, or what a state outside would need changed to join.</source>
        <translation>Здесь появляются предложения: текст, приемлемый для большинства членов, наиболее полный текст, приемлемый хотя бы для N членов, или что нужно изменить, чтобы присоединилось государство извне.</translation>
    </message>
    <message>
        <source>Create a document with the clauses this coalition accepts and its members as adherents (no positions or notes)</source>
        <translation>Создать документ с положениями, которые принимает эта коалиция, и её членами в качестве присоединившихся (без позиций и примечаний)</translation>
    </message>
    <message>
        <source>states that must be in (optional)</source>
        <translation>кто должен войти</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>не менее </translation>
    </message>
    <message>
        <source> states</source>
        <translation> государств</translation>
    </message>
    <message>
        <source>The text (clauses and alternatives) accepted by the most coalition members, with the must-be-in states and the checked clauses</source>
        <translation>Текст (положения и варианты), приемлемый для наибольшего числа членов коалиции, с обязательными государствами и отмеченными положениями</translation>
    </message>
    <message>
        <source>The text with the most clauses that at least this many coalition members accept</source>
        <translation>Текст с наибольшим числом положений, приемлемый хотя бы для такого числа членов коалиции</translation>
    </message>
    <message>
        <source>Coalition:</source>
        <translation>Коалиция:</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Outside:</source>
        <translation>Извне:</translation>
    </message>
    <message>
        <source>Coalition text</source>
        <translation>Текст коалиции</translation>
    </message>
    <message>
        <source>What if %1 supported %2?</source>
        <translation>Что если %1 поддержит %2?</translation>
    </message>
    <message>
        <source>the clause</source>
        <translation>положение</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n)</source>
        <translation>
            <numerusform>%1: %2 (%n)</numerusform>
            <numerusform>%1: %2 (%n)</numerusform>
            <numerusform>%1: %2 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>Процесс %1 (%n)</numerusform>
            <numerusform>Процесс %1 (%n)</numerusform>
            <numerusform>Процесс %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-picked states...</source>
        <translation>Выбранные государства...</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Неизвестно: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Coalition&lt;/b&gt;: select a document or a clause</source>
        <translation>&lt;b&gt;Коалиция&lt;/b&gt;: выберите документ или положение</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coalition&lt;/b&gt; on %1 &amp;ndash; %2</source>
        <translation>&lt;b&gt;Коалиция&lt;/b&gt; по %1 &amp;ndash; %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n state(s)) accepts &lt;b&gt;%2 of %3&lt;/b&gt; clauses.</source>
        <translation>
            <numerusform>%1 (%n государство) принимает &lt;b&gt;%2 из %3&lt;/b&gt; положений.</numerusform>
            <numerusform>%1 (%n государства) принимает &lt;b&gt;%2 из %3&lt;/b&gt; положений.</numerusform>
            <numerusform>%1 (%n государств) принимает &lt;b&gt;%2 из %3&lt;/b&gt; положений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(with %n what-if stance(s))</source>
        <translation>
            <numerusform>(с %n гипотетической позицией)</numerusform>
            <numerusform>(с %n гипотетическими позициями)</numerusform>
            <numerusform>(с %n гипотетическими позициями)</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>не проходит</translation>
    </message>
    <message>
        <source>Not accepted as a whole by: %1</source>
        <translation>Не принимают в целом: %1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (необязательно)</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>исключено</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>берёт %1</translation>
    </message>
    <message>
        <source>no alternative</source>
        <translation>нет варианта</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>выбран</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>не принято</translation>
    </message>
    <message>
        <source>Adherents: %1</source>
        <translation>Присоединившиеся: %1</translation>
    </message>
    <message>
        <source>No clause is accepted by every member.</source>
        <translation>Ни одно положение не принято всеми членами.</translation>
    </message>
    <message>
        <source>The hand-picked states</source>
        <translation>Выбранные государства</translation>
    </message>
    <message>
        <source>Derive Coalition Document</source>
        <translation>Составить документ коалиции</translation>
    </message>
    <message>
        <source>Symbol of the new document (the clauses %1 accepts, with its members as adherents):</source>
        <translation>Условное обозначение нового документа (положения, которые принимает %1, с её членами в качестве присоединившихся):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot derive the coalition document</source>
        <translation>Не удаётся составить документ коалиции</translation>
    </message>
    <message>
        <source>Unknown states in "must be in": %1</source>
        <translation>Неизвестные государства в поле «должны войти»: %1</translation>
    </message>
    <message>
        <source>The text most members accept</source>
        <translation>Текст, приемлемый для большинства членов</translation>
    </message>
    <message>
        <source>No text keeps every checked clause with every must-be-in state.</source>
        <translation>Нет текста, сохраняющего все отмеченные положения при всех обязательных государствах.</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (точно)</translation>
    </message>
    <message>
        <source> (heuristic)</source>
        <translation> (эвристически)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Не вошли: %1</translation>
    </message>
    <message numerus="yes">
        <source>The largest text at least %n member(s) accept</source>
        <translation>
            <numerusform>Наиболее полный текст, приемлемый хотя бы для %n члена</numerusform>
            <numerusform>Наиболее полный текст, приемлемый хотя бы для %n членов</numerusform>
            <numerusform>Наиболее полный текст, приемлемый хотя бы для %n членов</numerusform>
        </translation>
    </message>
    <message>
        <source>No text with the checked clauses is accepted by that many members.</source>
        <translation>Ни один текст с отмеченными положениями не принимается таким числом членов.</translation>
    </message>
    <message>
        <source>What %1 would need to join</source>
        <translation>Что нужно, чтобы присоединилось государство %1</translation>
    </message>
    <message>
        <source>%1 is a member of this coalition.</source>
        <translation>%1 является членом этой коалиции.</translation>
    </message>
    <message>
        <source>%1 already accepts the whole coalition text.</source>
        <translation>%1 уже принимает весь текст коалиции.</translation>
    </message>
    <message>
        <source>Paragraph %1: drop it (no version suits both).</source>
        <translation>Пункт %1: исключить его (ни одна редакция не устраивает обе стороны).</translation>
    </message>
    <message>
        <source>Paragraph %1: in %2, take %3 instead of %4.</source>
        <translation>Пункт %1: в %2 взять %3 вместо %4.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message numerus="yes">
        <source>Derived %1 with %n clause(s) and %2.</source>
        <translation>
            <numerusform>Составлен %1: %n положение и %2.</numerusform>
            <numerusform>Составлен %1: %n положения и %2.</numerusform>
            <numerusform>Составлен %1: %n положений и %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adherent(s)</source>
        <translation>
            <numerusform>%n присоединившееся государство</numerusform>
            <numerusform>%n присоединившихся государства</numerusform>
            <numerusform>%n присоединившихся государств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 states accept %n clause(s)%3: %4</source>
        <translation>
            <numerusform>%1 из %2 государств принимают %n положение%3: %4</numerusform>
            <numerusform>%1 из %2 государств принимают %n положения%3: %4</numerusform>
            <numerusform>%1 из %2 государств принимают %n положений%3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)%1, accepted by %2: %3</source>
        <extracomment>%1 " (exact)" or " (heuristic)", %2 "12 states", %3 their names</extracomment>
        <translation>
            <numerusform>%n положение%1, которое принимают %2: %3</numerusform>
            <numerusform>%n положения%1, которые принимают %2: %3</numerusform>
            <numerusform>%n положений%1, которые принимают %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n государство</numerusform>
            <numerusform>%n государства</numerusform>
            <numerusform>%n государств</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no recorded position on any paragraph of %2. Record its positions first: until then nothing shows what it would need changed to join.</source>
        <translation>У %1 нет зафиксированной позиции ни по одному пункту документа %2. Сначала внесите его позиции: до тех пор нельзя показать, что нужно изменить для его присоединения.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandGuard</name>
    <message>
        <source>The change was not made</source>
        <translation>Изменение не внесено</translation>
    </message>
    <message>
        <source>%1 failed: nothing was changed.</source>
        <translation>Не удалось выполнить «%1»: ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Create a workspace: the UN member states, or the bundled sample with --sample</source>
        <translation>Создать рабочее пространство: государства — члены ООН или, с --sample, прилагаемый пример</translation>
    </message>
    <message>
        <source>Summarise a workspace: counts of states, groups, processes, norms, documents, clauses, positions</source>
        <translation>Сводка рабочего пространства: число государств, групп, процессов, норм, документов, положений, позиций</translation>
    </message>
    <message>
        <source>Consensus analysis of a document: status of every clause, blockers, landing zones (--document SYMBOL [--process NAME] [--json])</source>
        <translation>Анализ консенсуса по документу: статус каждого положения, блокирующие государства, зоны согласия (--document SYMBOL [--process NAME] [--json])</translation>
    </message>
    <message>
        <source>Create a synthetic workspace for benchmarks (--states N --clauses N --alternatives N FILE)</source>
        <translation>Создать синтетическое рабочее пространство для измерения производительности (--states N --clauses N --alternatives N FILE)</translation>
    </message>
    <message>
        <source>Check clause markup (check FILE|-) or count brackets and words (stats FILE|- [--json])</source>
        <translation>Проверить разметку положений (check FILE|-) или подсчитать скобки и слова (stats FILE|- [--json])</translation>
    </message>
    <message>
        <source>Compare two documents, clauses, revisions or a norm with a clause, word by word</source>
        <translation>Пословно сравнить два документа, положения, редакции или норму с положением</translation>
    </message>
    <message>
        <source>Export a document: Word, PDF, ODT, Akoma Ntoso or CSV (--document SYMBOL --format FORMAT [--coalition NAME] [--include-internal] -o OUT)</source>
        <translation>Экспортировать документ: Word, PDF, ODT, Akoma Ntoso или CSV (--document SYMBOL --format FORMAT [--coalition NAME] [--include-internal] -o OUT)</translation>
    </message>
    <message>
        <source>Usage: plenipo [FILE]               open the workbench (on FILE, or the last workspace, or the sample)
       plenipo COMMAND [OPTIONS]    work without a display
       plenipo --version | --help

Commands:
</source>
        <translation>Использование: plenipo [FILE]               открыть рабочую среду (с FILE, последним рабочим пространством или примером)
               plenipo COMMAND [OPTIONS]    работа без экрана
               plenipo --version | --help

Команды:
</translation>
    </message>
    <message>
        <source>
Run 'plenipo COMMAND --help' for a command's options.
Workbench options: --sample (the bundled sample workspace), --read-only (open FILE without editing), --screenshot PNG (save a picture of the window and quit), --select SYMBOL#NUMBER (show a clause), --language CODE (the interface language).
</source>
        <translation>
Параметры команды: «plenipo COMMAND --help».
Параметры рабочей среды: --sample (прилагаемый пример рабочего пространства), --read-only (открыть FILE без изменения), --screenshot PNG (сохранить изображение окна и выйти), --select SYMBOL#NUMBER (показать положение), --language CODE (язык интерфейса).
</translation>
    </message>
    <message>
        <source>unknown command '%1' (see plenipo --help)</source>
        <translation>неизвестная команда «%1» (см. plenipo --help)</translation>
    </message>
    <message>
        <source>Create a new workspace FILE holding the 193 UN member states with their regional groups. With --sample, also the processes, the 2015 norms, a sample draft and illustrative positions.</source>
        <translation>Создать новое рабочее пространство FILE с 193 государствами — членами ООН и их региональными группами. С --sample также процессы, нормы 2015 года, пример проекта и иллюстративные позиции.</translation>
    </message>
    <message>
        <source>Create the bundled sample workspace.</source>
        <translation>Создать прилагаемый пример рабочего пространства.</translation>
    </message>
    <message>
        <source>The workspace to create (*.plenipo).</source>
        <translation>Создаваемое рабочее пространство (*.plenipo).</translation>
    </message>
    <message>
        <source>new: expected one FILE
</source>
        <translation>new: ожидался один FILE
</translation>
    </message>
    <message>
        <source>Created %1 (sample workspace)</source>
        <translation>Создан %1 (пример рабочего пространства)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создан %1</translation>
    </message>
    <message>
        <source>Summarise the workspace FILE (read-only).</source>
        <translation>Сводка рабочего пространства FILE (только чтение).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>A workspace (*.plenipo).</source>
        <translation>Рабочее пространство (*.plenipo).</translation>
    </message>
    <message>
        <source>info: expected one FILE
</source>
        <translation>info: ожидался один FILE
</translation>
    </message>
    <message>
        <source>Print the consensus analysis of a document (read-only): the status of every clause (agreed, agreed ad referendum, open, contested, blocked), blockers, silent members, reservations, landing zones, and the document's counts. The members are those of --process, else of the document's process, else every UN member state.</source>
        <translation>Вывести анализ консенсуса по документу (только чтение): статус каждого положения (согласовано, согласовано ad referendum, открыто, оспаривается, заблокировано), блокирующие государства, члены без позиции, оговорки, зоны согласия и итоги по документу. Члены — это члены процесса --process, иначе процесса документа, иначе все государства — члены ООН.</translation>
    </message>
    <message>
        <source>The document's symbol.</source>
        <translation>Условное обозначение документа.</translation>
    </message>
    <message>
        <source>A process code or name.</source>
        <translation>Код или название процесса.</translation>
    </message>
    <message>
        <source>consensus: expected WORKSPACE and --document SYMBOL
</source>
        <translation>consensus: ожидались WORKSPACE и --document SYMBOL
</translation>
    </message>
    <message>
        <source>consensus: %1 has no document '%2'</source>
        <translation>consensus: в %1 нет документа «%2»</translation>
    </message>
    <message>
        <source>consensus: %1 has no process '%2'</source>
        <translation>consensus: в %1 нет процесса «%2»</translation>
    </message>
    <message>
        <source>Create a synthetic workspace FILE: STATES states positioned on every clause and every alternative of one document of CLAUSES clauses with one bracketed group of ALTERNATIVES alternatives each. The same seed gives the same file.</source>
        <translation>Создать синтетическое рабочее пространство FILE: STATES государств с позициями по каждому положению и каждому варианту одного документа из CLAUSES положений, в каждом из которых одна группа из ALTERNATIVES вариантов в скобках. Одно и то же начальное значение даёт один и тот же файл.</translation>
    </message>
    <message>
        <source>Number of states (default 193).</source>
        <translation>Число государств (по умолчанию 193).</translation>
    </message>
    <message>
        <source>Number of clauses (default 2000).</source>
        <translation>Число положений (по умолчанию 2000).</translation>
    </message>
    <message>
        <source>Alternatives per clause (default 3).</source>
        <translation>Вариантов на положение (по умолчанию 3).</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Начальное значение генератора случайных чисел.</translation>
    </message>
    <message>
        <source>generate: expected one FILE
</source>
        <translation>generate: ожидался один FILE
</translation>
    </message>
    <message>
        <source>generate: --states, --clauses, --alternatives and --seed take whole numbers</source>
        <translation>generate: --states, --clauses, --alternatives и --seed принимают целые числа</translation>
    </message>
    <message>
        <source>Created %1: %2, %3, %4</source>
        <extracomment>%1 is the file; then "193 states", "2000 clauses", "1544000 positions"</extracomment>
        <translation>Создан %1: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n государство</numerusform>
            <numerusform>%n государства</numerusform>
            <numerusform>%n государств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n положение</numerusform>
            <numerusform>%n положения</numerusform>
            <numerusform>%n положений</numerusform>
        </translation>
    </message>
    <message>
        <source>check: print each markup problem as FILE:LINE:COL: message; exit status 1 if there are errors.
stats: count bracketed spans, alternative groups, options and words per clause and in total.
FILE holds clauses separated by blank lines; - reads standard input. The markup is described in docs/markup.md.</source>
        <translation>check: вывести каждую ошибку разметки в виде FILE:LINE:COL: сообщение; код выхода 1 при наличии ошибок.
stats: подсчитать фрагменты в скобках, группы вариантов, варианты и слова по каждому положению и в целом.
FILE содержит положения, разделённые пустыми строками; - читает стандартный ввод. Разметка описана в docs/markup.md.</translation>
    </message>
    <message>
        <source>stats: print JSON.</source>
        <translation>stats: вывести JSON.</translation>
    </message>
    <message>
        <source>Check attributions against the states and groups of WORKSPACE.</source>
        <translation>Проверить атрибуции по государствам и группам WORKSPACE.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Что сделать.</translation>
    </message>
    <message>
        <source>A markup file, or - for standard input.</source>
        <translation>Файл с разметкой или - для стандартного ввода.</translation>
    </message>
    <message>
        <source>markup: expected 'check FILE' or 'stats FILE'
</source>
        <translation>markup: ожидалось «check FILE» или «stats FILE»
</translation>
    </message>
    <message>
        <source>%1: %2, no errors, %3</source>
        <translation>%1: %2, ошибок нет, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no errors</source>
        <translation>%1: %2, ошибок нет</translation>
    </message>
    <message>
        <source>Compare words case-insensitively.</source>
        <translation>Сравнивать слова без учёта регистра.</translation>
    </message>
    <message>
        <source>Do not count punctuation-only changes.</source>
        <translation>Не учитывать изменения только в пунктуации.</translation>
    </message>
    <message>
        <source>docx: write the comparison as a Word document with tracked changes (needs -o).</source>
        <translation>docx: записать сравнение в документ Word с отслеживанием изменений (требуется -o).</translation>
    </message>
    <message>
        <source>The file to write (with --format).</source>
        <translation>Записываемый файл (с --format).</translation>
    </message>
    <message>
        <source>The older text.</source>
        <translation>Более ранний текст.</translation>
    </message>
    <message>
        <source>The newer text.</source>
        <translation>Более поздний текст.</translation>
    </message>
    <message>
        <source>compare: expected WORKSPACE A B
</source>
        <translation>compare: ожидались WORKSPACE A B
</translation>
    </message>
    <message>
        <source>compare: --format must be docx (got '%1')</source>
        <translation>compare: --format должен быть docx (получено «%1»)</translation>
    </message>
    <message>
        <source>compare: --format docx needs -o OUT</source>
        <translation>compare: для --format docx требуется -o OUT</translation>
    </message>
    <message>
        <source>Wrote %1: %2 -&gt; %3 with tracked changes</source>
        <translation>Записан %1: %2 -&gt; %3 с отслеживанием изменений</translation>
    </message>
    <message>
        <source>akn, docx, txt or csv (default: from the file name).</source>
        <translation>akn, docx, txt или csv (по умолчанию — по имени файла).</translation>
    </message>
    <message>
        <source>csv: import the valid rows even when other rows have errors.</source>
        <translation>csv: импортировать правильные строки, даже если в других строках есть ошибки.</translation>
    </message>
    <message>
        <source>Check and report; write nothing.</source>
        <translation>Проверить и сообщить; ничего не записывать.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Вывести отчёт в формате JSON.</translation>
    </message>
    <message>
        <source>docx, txt: the new document's symbol (default: the file name).</source>
        <translation>docx, txt: условное обозначение нового документа (по умолчанию — имя файла).</translation>
    </message>
    <message>
        <source>docx, txt: the title (default: the first unnumbered paragraph).</source>
        <translation>docx, txt: название (по умолчанию — первый ненумерованный абзац).</translation>
    </message>
    <message>
        <source>docx, txt: the process code.</source>
        <translation>docx, txt: код процесса.</translation>
    </message>
    <message>
        <source>import: expected WORKSPACE FILE
</source>
        <translation>import: ожидались WORKSPACE FILE
</translation>
    </message>
    <message>
        <source>import: unknown format '%1' (expected %2)</source>
        <translation>import: неизвестный формат «%1» (ожидается %2)</translation>
    </message>
    <message>
        <source>import: nothing was imported; --accept-valid imports the valid rows</source>
        <translation>import: ничего не импортировано; --accept-valid импортирует правильные строки</translation>
    </message>
    <message>
        <source>import: nothing was imported (see the errors above)</source>
        <translation>import: ничего не импортировано (см. ошибки выше)</translation>
    </message>
    <message>
        <source>Export a document of WORKSPACE to OUT. Formats: %1. A coalition export (--coalition, a coalition's code or name) lists the adherent States and never contains internal notes or positions; --include-internal adds them (as Word comments) to a document export. The file is written under a temporary name and renamed when complete.</source>
        <translation>Экспортировать документ из WORKSPACE в OUT. Форматы: %1. Экспорт для коалиции (--coalition, код или название коалиции) перечисляет присоединившиеся государства и никогда не содержит внутренних примечаний и позиций; --include-internal добавляет их (как примечания Word) в экспорт документа. Файл записывается под временным именем и переименовывается по завершении.</translation>
    </message>
    <message>
        <source>Export for this coalition.</source>
        <translation>Экспорт для этой коалиции.</translation>
    </message>
    <message>
        <source>Include internal notes and positions.</source>
        <translation>Включить внутренние примечания и позиции.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Записываемый файл.</translation>
    </message>
    <message>
        <source>The language of the cover block, labels and state names: ar, zh, en, fr, ru or es (default en). The clause text stays as written.</source>
        <translation>Язык титульного блока, надписей и названий государств: ar, zh, en, fr, ru или es (по умолчанию en). Текст положений остаётся в исходном виде.</translation>
    </message>
    <message>
        <source>export: expected one WORKSPACE
</source>
        <translation>export: ожидалось одно WORKSPACE
</translation>
    </message>
    <message>
        <source>export: --document, --format and -o are required
</source>
        <translation>export: требуются --document, --format и -o
</translation>
    </message>
    <message>
        <source>export: unknown format '%1' (expected one of: %2)</source>
        <translation>export: неизвестный формат «%1» (ожидается один из: %2)</translation>
    </message>
    <message>
        <source>export: unknown language '%1' (expected one of: %2)</source>
        <translation>export: неизвестный язык «%1» (ожидается один из: %2)</translation>
    </message>
    <message>
        <source>export: a coalition export never includes internal material; drop --include-internal or --coalition</source>
        <translation>export: экспорт для коалиции никогда не содержит внутренних материалов; уберите --include-internal или --coalition</translation>
    </message>
    <message>
        <source>export: no document '%1' in %2</source>
        <translation>export: в %2 нет документа «%1»</translation>
    </message>
    <message>
        <source>export: no coalition '%1' in %2 (coalitions: %3)</source>
        <translation>export: в %2 нет коалиции «%1» (коалиции: %3)</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3)</source>
        <translation>%1 экспортирован в %2 (%3)</translation>
    </message>
    <message>
        <source>Exported %1 for %2 to %3 (%4)</source>
        <translation>%1 экспортирован для %2 в %3 (%4)</translation>
    </message>
    <message>
        <source>Plenipo negotiation workbench</source>
        <translation>Plenipo — рабочая среда для переговоров</translation>
    </message>
    <message>
        <source>Open FILE without editing it.</source>
        <translation>Открыть FILE без изменения.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>Сохранить изображение окна в PNG и выйти.</translation>
    </message>
    <message>
        <source>Show the clause SYMBOL#NUMBER.</source>
        <translation>Показать положение SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>Open the comparison of A and B.</source>
        <translation>Открыть сравнение A и B.</translation>
    </message>
    <message>
        <source>Open the bundled sample workspace (created on first use).</source>
        <translation>Открыть прилагаемый пример рабочего пространства (создаётся при первом использовании).</translation>
    </message>
    <message>
        <source>The interface language: ar, zh, en, fr, ru or es (default: the ui/language setting, else the system's).</source>
        <translation>Язык интерфейса: ar, zh, en, fr, ru или es (по умолчанию — настройка ui/language, иначе язык системы).</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>Find words in a workspace: clauses, documents, norms, position sources and notes, states (QUERY [--kind KIND] [--json])</source>
        <translation>Найти слова в рабочем пространстве: положения, документы, нормы, источники и примечания позиций, государства (QUERY [--kind KIND] [--json])</translation>
    </message>
    <message>
        <source>Team mode on a PostgreSQL server: init URL, user add|remove|list URL ..., push FILE URL, pull URL FILE (see plenipo server --help)</source>
        <translation>Командный режим на сервере PostgreSQL: init URL, user add|remove|list URL ..., push FILE URL, pull URL FILE (см. plenipo server --help)</translation>
    </message>
    <message>
        <source>Save a new revision of a clause; positions follow their words (SYMBOL#NUMBER --text T | --text-file F [--note N])</source>
        <translation>Сохранить новую редакцию положения; позиции следуют за своими словами (SYMBOL#NUMBER --text T | --text-file F [--note N])</translation>
    </message>
    <message>
        <source>List every position on a clause, with outdated and orphaned ones (SYMBOL#NUMBER [--json])</source>
        <translation>Перечислить все позиции по положению, включая устаревшие и осиротевшие (SYMBOL#NUMBER [--json])</translation>
    </message>
    <message>
        <source>consensus: cannot write the report: %1</source>
        <translation>consensus: не удаётся записать отчёт: %1</translation>
    </message>
    <message>
        <source>Search WORKSPACE (read-only) for QUERY: clause texts, document symbols and titles, norms, position sources and notes, state names and aliases, ignoring case and accents. QUERY: words (all must occur), "a phrase", a prefix infra*, -word to leave out. Matches print between %1 and %2.</source>
        <extracomment>%1 and %2 are the marks printed around each match (the guillemets).</extracomment>
        <translation>Искать QUERY в WORKSPACE (только чтение): тексты положений, условные обозначения и названия документов, нормы, источники и примечания позиций, названия и другие наименования государств, без учёта регистра и диакритических знаков. QUERY: слова (должны встречаться все), "фраза", префикс infra*, -слово, чтобы исключить. Совпадения выводятся между %1 и %2.</translation>
    </message>
    <message>
        <source>Only this kind: clause, document, norm, position or state (repeatable).</source>
        <translation>Только этот вид: clause, document, norm, position или state (можно повторять).</translation>
    </message>
    <message>
        <source>Also search every earlier revision of the clauses.</source>
        <translation>Искать также во всех прежних редакциях положений.</translation>
    </message>
    <message>
        <source>Also search the sources and notes of internal positions.</source>
        <translation>Искать также в источниках и примечаниях внутренних позиций.</translation>
    </message>
    <message>
        <source>Only in this document.</source>
        <translation>Только в этом документе.</translation>
    </message>
    <message>
        <source>Only in this process's documents.</source>
        <translation>Только в документах этого процесса.</translation>
    </message>
    <message>
        <source>At most N hits of each kind (default 20).</source>
        <translation>Не более N результатов каждого вида (по умолчанию 20).</translation>
    </message>
    <message>
        <source>What to find (several words may follow).</source>
        <translation>Что искать (можно указать несколько слов).</translation>
    </message>
    <message>
        <source>search: expected WORKSPACE and QUERY</source>
        <translation>search: ожидались WORKSPACE и QUERY</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>search: %1</translation>
    </message>
    <message>
        <source>search: the query holds no word to search for</source>
        <translation>search: в запросе нет ни одного слова для поиска</translation>
    </message>
    <message>
        <source>search: unknown --kind '%1' (clause, document, norm, position or state)</source>
        <translation>search: неизвестный --kind «%1» (clause, document, norm, position или state)</translation>
    </message>
    <message>
        <source>search: --limit takes a whole number from 1</source>
        <translation>search: --limit принимает целое число от 1</translation>
    </message>
    <message>
        <source>search: %1 has no document '%2'</source>
        <translation>search: в %1 нет документа «%2»</translation>
    </message>
    <message>
        <source>search: %1 has no process '%2'</source>
        <translation>search: в %1 нет процесса «%2»</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутреннее</translation>
    </message>
    <message>
        <source>No matches for %1</source>
        <translation>Нет совпадений для %1</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Положения</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>Прежние редакции</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Нормы</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <source>(+: more hits than --limit shows)</source>
        <translation>(+: результатов больше, чем показывает --limit)</translation>
    </message>
    <message>
        <source>Compare A with B word by word. A and B are both documents or both clauses:
  SYMBOL            a document (clauses aligned through lineage, then content)
  SYMBOL#NUMBER     a paragraph's current text, e.g. A/70/174#13(f)
  SYMBOL#NUMBER@N   revision N of a paragraph
  NORM-CODE         a norm's text in its source document, e.g. GGE2015-13f
Changes print as {-deleted-}{+inserted+}.</source>
        <translation>Пословно сравнить A с B. A и B — либо оба документы, либо оба положения:
  SYMBOL            документ (положения сопоставляются по происхождению, затем по содержанию)
  SYMBOL#NUMBER     текущий текст пункта, например A/70/174#13(f)
  SYMBOL#NUMBER@N   редакция N пункта
  NORM-CODE         текст нормы в исходном документе, например GGE2015-13f
Изменения выводятся как {-удалено-}{+вставлено+}.</translation>
    </message>
    <message>
        <source>import --dry-run: the report has errors; nothing would be imported (--accept-valid would import the valid rows)</source>
        <translation>import --dry-run: в отчёте есть ошибки; ничего не было бы импортировано (--accept-valid импортировал бы допустимые строки)</translation>
    </message>
    <message>
        <source>import --dry-run: the report has errors; nothing would be imported</source>
        <translation>import --dry-run: в отчёте есть ошибки; ничего не было бы импортировано</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>%1: expected a clause SYMBOL#NUMBER, got '%2'</source>
        <translation>%1: ожидалось положение SYMBOL#NUMBER, получено «%2»</translation>
    </message>
    <message>
        <source>Save TEXT as a new revision of the clause SYMBOL#NUMBER, as the clause editor's Save revision does. Every position on a bracketed span or alternative follows the words it was given on: it moves to the span of the new text holding them (its id changes with it), is marked outdated when those words changed, and is orphaned (kept, counted nowhere) when they are gone. Prints what moved, what is outdated, what is orphaned.</source>
        <translation>Сохранить TEXT как новую редакцию положения SYMBOL#NUMBER, как это делает «Сохранить редакцию» в редакторе положений. Каждая позиция по фрагменту в квадратных скобках или варианту следует за словами, по которым она была дана: она переходит к фрагменту нового текста, содержащему их (её идентификатор меняется вместе с ним), помечается как устаревшая, если эти слова изменились, и становится осиротевшей (сохраняется, но нигде не учитывается), если они исчезли. Выводит, что перемещено, что устарело и что осиротело.</translation>
    </message>
    <message>
        <source>The new text.</source>
        <translation>Новый текст.</translation>
    </message>
    <message>
        <source>Read the new text from FILE (UTF-8).</source>
        <translation>Прочитать новый текст из FILE (UTF-8).</translation>
    </message>
    <message>
        <source>The revision's note.</source>
        <translation>Примечание к редакции.</translation>
    </message>
    <message>
        <source>SYMBOL#NUMBER, e.g. %1</source>
        <translation>SYMBOL#NUMBER, например %1</translation>
    </message>
    <message>
        <source>revise: expected WORKSPACE SYMBOL#NUMBER and one of --text, --text-file</source>
        <translation>revise: ожидались WORKSPACE SYMBOL#NUMBER и один из параметров --text, --text-file</translation>
    </message>
    <message>
        <source>revise: cannot read %1: %2</source>
        <translation>revise: не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>revise: %1 is not valid UTF-8</source>
        <translation>revise: %1 не является допустимым UTF-8</translation>
    </message>
    <message>
        <source>revise: the new text is empty</source>
        <translation>revise: новый текст пуст</translation>
    </message>
    <message>
        <source>revise: the new text has markup errors; the first, at line %1, column %2: %3</source>
        <translation>revise: в новом тексте есть ошибки разметки; первая — в строке %1, столбце %2: %3</translation>
    </message>
    <message>
        <source>No change: %1 already has this text</source>
        <translation>Без изменений: у %1 уже этот текст</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2</source>
        <translation>%1 сохранено как редакция %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) stay, same words</source>
        <translation>
            <numerusform>%1: %n позиция остаётся, слова те же</numerusform>
            <numerusform>%1: %n позиции остаются, слова те же</numerusform>
            <numerusform>%1: %n позиций остаются, слова те же</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n position(s) moved with their words "%3"</source>
        <translation>
            <numerusform>%1 -&gt; %2: %n позиция перемещена вместе со словами «%3»</numerusform>
            <numerusform>%1 -&gt; %2: %n позиции перемещены вместе со словами «%3»</numerusform>
            <numerusform>%1 -&gt; %2: %n позиций перемещено вместе со словами «%3»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) now outdated, the words changed ("%2")</source>
        <translation>
            <numerusform>%1: %n позиция теперь устарела, слова изменились («%2»)</numerusform>
            <numerusform>%1: %n позиции теперь устарели, слова изменились («%2»)</numerusform>
            <numerusform>%1: %n позиций теперь устарели, слова изменились («%2»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) kept as history: "%2" is now agreed text</source>
        <translation>
            <numerusform>%1: %n позиция сохранена как история: «%2» теперь согласованный текст</numerusform>
            <numerusform>%1: %n позиции сохранены как история: «%2» теперь согласованный текст</numerusform>
            <numerusform>%1: %n позиций сохранено как история: «%2» теперь согласованный текст</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) orphaned, their words "%2" are gone</source>
        <translation>
            <numerusform>%1: %n позиция осиротела, её слова «%2» исчезли</numerusform>
            <numerusform>%1: %n позиции осиротели, их слова «%2» исчезли</numerusform>
            <numerusform>%1: %n позиций осиротели, их слова «%2» исчезли</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions on alternatives: %1 unchanged, %2 moved, %3 outdated, %4 orphaned, %5 agreed</source>
        <translation>Позиции по вариантам: без изменений — %1, перемещено — %2, устарело — %3, осиротело — %4, согласовано — %5</translation>
    </message>
    <message>
        <source>Positions on the whole clause: %1 now outdated (the clause's text changed)</source>
        <translation>Позиции по положению в целом: устарело — %1 (текст положения изменился)</translation>
    </message>
    <message>
        <source>List every position on the clause SYMBOL#NUMBER and its alternatives (read-only): state, stance, alternative id, the words of that alternative, source, and whether it is outdated (given on words that changed since) or orphaned (its words are gone; not counted by consensus, coalitions or exports).</source>
        <translation>Перечислить все позиции по положению SYMBOL#NUMBER и его вариантам (только чтение): государство, позиция, идентификатор варианта, слова этого варианта, источник, а также устарела ли позиция (дана по словам, которые с тех пор изменились) или осиротела (её слова исчезли; она не учитывается ни консенсусом, ни коалициями, ни при экспорте).</translation>
    </message>
    <message>
        <source>positions: expected WORKSPACE SYMBOL#NUMBER</source>
        <translation>positions: ожидались WORKSPACE SYMBOL#NUMBER</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s), %2 outdated, %3 orphaned, %4 kept as history of agreed text</source>
        <translation>
            <numerusform>%1: %n позиция; устаревших — %2, осиротевших — %3, сохранённых как история согласованного текста — %4</numerusform>
            <numerusform>%1: %n позиции; устаревших — %2, осиротевших — %3, сохранённых как история согласованного текста — %4</numerusform>
            <numerusform>%1: %n позиций; устаревших — %2, осиротевших — %3, сохранённых как история согласованного текста — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a screen (with --screenshot: photograph it); "list" lists them.</source>
        <translation>Показать экран (с --screenshot — сфотографировать его); «list» выводит их список.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x720.</source>
        <translation>Размер окна, например 1280x720.</translation>
    </message>
    <message>
        <source>Dark colours (Fusion style).</source>
        <translation>Тёмные цвета (стиль Fusion).</translation>
    </message>
    <message>
        <source>Import a file into a workspace: Akoma Ntoso, a draft (.docx, .txt) or positions (.csv); prints the import report. With a folder or several files: every Akoma Ntoso resolution in one run</source>
        <translation>Импортировать файл в рабочее пространство: Akoma Ntoso, проект (.docx, .txt) или позиции (.csv); выводит отчёт об импорте. С папкой или несколькими файлами: все резолюции Akoma Ntoso за один запуск</translation>
    </message>
    <message>
        <source>Voting alignment over the recorded votes: agreement matrix, closest and most distant states, vote map (--agreement | --closest ISO3 | --map [--since S] [--match TEXT])</source>
        <translation>Сходство голосования по заносимым в отчёт голосованиям: матрица совпадений, самые близкие и самые далёкие государства, карта голосований (--agreement | --closest ISO3 | --map [--since S] [--match TEXT])</translation>
    </message>
    <message>
        <source>Trace a norm or a clause through the workspace's texts by shared word sequences (NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv])</source>
        <translation>Проследить норму или положение по текстам рабочего пространства по общим последовательностям слов (NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv])</translation>
    </message>
    <message>
        <source>Import FILE into WORKSPACE and print the import report: what was created and every problem with its line. Formats: akn (Akoma Ntoso: a Plenipo export or a UN resolution with its recorded vote), docx or txt (a draft: paragraphs become clauses), csv (positions; see README). Nothing is written when the report has errors; for csv, --accept-valid imports the valid rows anyway. Exit status 1 when nothing was imported.

With a folder (searched for *.xml and *.akn) or several files: a bulk import of Akoma Ntoso resolutions, one transaction per file, a line per file and the totals; a file whose document is already in the workspace is skipped (--replace: replaced). Exit status 1 when a file failed.</source>
        <translation>Импортировать FILE в WORKSPACE и вывести отчёт об импорте: что создано и каждая проблема с номером строки. Форматы: akn (Akoma Ntoso: экспорт Plenipo или резолюция ООН с заносимым в отчёт голосованием), docx или txt (проект: абзацы становятся положениями), csv (позиции; см. README). При ошибках в отчёте ничего не записывается; для csv --accept-valid всё же импортирует правильные строки. Код выхода 1, если ничего не импортировано.

С папкой (в ней ищутся *.xml и *.akn) или несколькими файлами: пакетный импорт резолюций Akoma Ntoso, одна транзакция на файл, по строке на файл и итоги; файл, документ которого уже есть в рабочем пространстве, пропускается (--replace: заменяется). Код выхода 1, если импорт какого-либо файла не удался.</translation>
    </message>
    <message>
        <source>akn: replace a document already in the workspace instead of skipping it.</source>
        <translation>akn: заменить документ, уже имеющийся в рабочем пространстве, а не пропускать его.</translation>
    </message>
    <message>
        <source>Bulk import: list every file's warnings and errors.</source>
        <translation>Пакетный импорт: перечислить предупреждения и ошибки каждого файла.</translation>
    </message>
    <message>
        <source>The file, files or folders to import.</source>
        <translation>Импортируемые файл, файлы или папки.</translation>
    </message>
    <message>
        <source>DIR|FILE...</source>
        <translation>DIR|FILE...</translation>
    </message>
    <message>
        <source>import: a bulk import (a folder or several files) takes Akoma Ntoso files only, with --replace, --json and --verbose</source>
        <translation>import: пакетный импорт (папка или несколько файлов) принимает только файлы Akoma Ntoso и параметры --replace, --json и --verbose</translation>
    </message>
    <message>
        <source>Voting alignment over the workspace's recorded votes (read-only). Agreement of two states: per vote both took part in, 1 when they vote the same, 0.5 when one abstains, 0 when they vote opposite; absences left out.
--agreement: the matrix of every pair of UN member states (rows and columns in the order of a hierarchical clustering), --closest ISO3: every other state by agreement with ISO3, --map: the two principal components of the votes with the share of variance each explains, and the blocs (--blocs N) compared with the regional groups.</source>
        <translation>Сходство голосования по заносимым в отчёт голосованиям рабочего пространства (только чтение). Совпадение двух государств: по каждому голосованию, в котором участвовали оба, 1, если они голосуют одинаково, 0,5, если одно из них воздерживается, 0, если они голосуют противоположно; отсутствие не учитывается.
--agreement: матрица всех пар государств — членов ООН (строки и столбцы в порядке иерархической кластеризации), --closest ISO3: все остальные государства по совпадению с ISO3, --map: две главные компоненты голосований с долей дисперсии, объясняемой каждой из них, и блоки (--blocs N) в сравнении с региональными группами.</translation>
    </message>
    <message>
        <source>Only votes of this session or later (74).</source>
        <translation>Только голосования этой или более поздних сессий (74).</translation>
    </message>
    <message>
        <source>Only votes of this session or earlier.</source>
        <translation>Только голосования этой или более ранних сессий.</translation>
    </message>
    <message>
        <source>Only votes on documents whose title or text contains TEXT.</source>
        <translation>Только голосования по документам, название или текст которых содержит TEXT.</translation>
    </message>
    <message>
        <source>Only these documents (comma-separated).</source>
        <translation>Только эти документы (через запятую).</translation>
    </message>
    <message>
        <source>The agreement matrix.</source>
        <translation>Матрица совпадений.</translation>
    </message>
    <message>
        <source>States closest and most distant to ISO3.</source>
        <translation>Самые близкие к ISO3 и самые далёкие от него государства.</translation>
    </message>
    <message>
        <source>The vote map (principal components) and blocs.</source>
        <translation>Карта голосований (главные компоненты) и блоки.</translation>
    </message>
    <message>
        <source>--map: cut the clustering into N blocs (6).</source>
        <translation>--map: разбить кластеризацию на N блоков (6).</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Вывод в формате JSON.</translation>
    </message>
    <message>
        <source>CSV output.</source>
        <translation>Вывод в формате CSV.</translation>
    </message>
    <message>
        <source>--agreement: save the heat map, --map: the vote map, as PNG.</source>
        <translation>--agreement: сохранить тепловую карту, --map: карту голосований, в PNG.</translation>
    </message>
    <message>
        <source>votes: %1 has no recorded vote matching the selection</source>
        <translation>votes: в %1 нет заносимых в отчёт голосований, соответствующих выборке</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s), %1 states</source>
        <translation>
            <numerusform>%n заносимое в отчёт голосование, государств: %1</numerusform>
            <numerusform>%n заносимых в отчёт голосования, государств: %1</numerusform>
            <numerusform>%n заносимых в отчёт голосований, государств: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>votes: --png goes with --agreement or --map</source>
        <translation>votes: --png используется с --agreement или --map</translation>
    </message>
    <message>
        <source>votes: cannot write %1</source>
        <translation>votes: не удаётся записать %1</translation>
    </message>
    <message>
        <source>votes: '%1' is not a UN member state of %2</source>
        <translation>votes: «%1» не является государством — членом ООН в %2</translation>
    </message>
    <message numerus="yes">
        <source>UN General Assembly: %n recorded vote(s)</source>
        <translation>
            <numerusform>Генеральная Ассамблея ООН: %n заносимое в отчёт голосование</numerusform>
            <numerusform>Генеральная Ассамблея ООН: %n заносимых в отчёт голосования</numerusform>
            <numerusform>Генеральная Ассамблея ООН: %n заносимых в отчёт голосований</numerusform>
        </translation>
    </message>
    <message>
        <source>Every paragraph of the workspace whose wording derives from a norm (its source clause, else its summary) or a clause SYMBOL#NUMBER, found by shared sequences of three words (shingles), ranked by similarity (the share of the source's word sequences the paragraph contains), each with its word diff against the source. With --table: the norm x document table of every norm's best match in every document.</source>
        <translation>Каждый пункт рабочего пространства, формулировка которого восходит к норме (к её исходному положению, иначе к её резюме) или к положению SYMBOL#NUMBER, найденный по общим последовательностям из трёх слов (шинглам) и упорядоченный по сходству (доле последовательностей слов источника, содержащихся в пункте), каждый с пословным сравнением с источником. С --table: таблица «норма × документ» с наилучшим совпадением каждой нормы в каждом документе.</translation>
    </message>
    <message>
        <source>Leave out matches below S (0..1, default 0.3).</source>
        <translation>Отбросить совпадения ниже S (0..1, по умолчанию 0.3).</translation>
    </message>
    <message>
        <source>The norm x document table of every norm (no SOURCE).</source>
        <translation>Таблица «норма × документ» для всех норм (без SOURCE).</translation>
    </message>
    <message>
        <source>A norm code (GGE2015-13f) or SYMBOL#NUMBER.</source>
        <translation>Код нормы (GGE2015-13f) или SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>trace: expected WORKSPACE NORM|SYMBOL#NUMBER (or WORKSPACE --table), --min-similarity between 0 and 1
</source>
        <translation>trace: ожидались WORKSPACE NORM|SYMBOL#NUMBER (или WORKSPACE --table), --min-similarity от 0 до 1
</translation>
    </message>
    <message>
        <source>trace: %1 has no norm or clause '%2' (a norm code such as GGE2015-13f, or SYMBOL#NUMBER)</source>
        <translation>trace: в %1 нет нормы или положения «%2» (код нормы, например GGE2015-13f, или SYMBOL#NUMBER)</translation>
    </message>
    <message>
        <source>votes: no document %1 in the workspace</source>
        <translation>votes: в рабочем пространстве нет документа %1</translation>
    </message>
    <message>
        <source>votes: %1 has no paragraph %2</source>
        <translation>votes: в %1 нет пункта %2</translation>
    </message>
    <message>
        <source>votes: --alternative needs a clause, SYMBOL#NUMBER</source>
        <translation>votes: для --alternative требуется положение, SYMBOL#NUMBER</translation>
    </message>
    <message>
        <source>%1, alternative %2</source>
        <translation>%1, вариант %2</translation>
    </message>
    <message>
        <source>%1: no state has a recorded position here, so there is nothing to predict from.</source>
        <translation>%1: здесь ни у одного государства нет зафиксированной позиции, поэтому прогнозировать не на чем.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance (predicted, not recorded):</source>
        <translation>
            <numerusform>%1: у %n члена без зафиксированной позиции есть вероятная позиция (прогноз, а не зафиксированная позиция):</numerusform>
            <numerusform>%1: у %n членов без зафиксированной позиции есть вероятная позиция (прогноз, а не зафиксированная позиция):</numerusform>
            <numerusform>%1: у %n членов без зафиксированной позиции есть вероятная позиция (прогноз, а не зафиксированная позиция):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ≈ %2 (predicted), confidence %3%, from %4 states</source>
        <extracomment>%1 ISO3 code, %2 the stance, %3 a percentage, %4 how many states it rests on</extracomment>
        <translation>%1  ≈ %2 (прогноз), достоверность %3 %, государств в основе прогноза: %4</translation>
    </message>
    <message>
        <source>no likely stance (no state shares enough of the selected votes): %1</source>
        <translation>нет вероятной позиции (ни у одного государства нет с ними достаточно общих выбранных голосований): %1</translation>
    </message>
    <message>
        <source>Likely stances of the members who said nothing on TARGET: SYMBOL (the document as a whole) or SYMBOL#NUMBER (a clause), predicted from the states that vote most like each one. Predictions, never recorded positions.</source>
        <translation>Вероятные позиции членов, ничего не заявивших по TARGET: SYMBOL (документ в целом) или SYMBOL#NUMBER (положение), спрогнозированные по государствам, голосующим наиболее сходно с каждым из них. Это прогнозы, а не зафиксированные позиции.</translation>
    </message>
    <message>
        <source>--likely SYMBOL#NUMBER: on this alternative of the clause (g1.2).</source>
        <translation>--likely SYMBOL#NUMBER: по этому варианту положения (g1.2).</translation>
    </message>
    <message>
        <source>How often the likely stances are right: leave-one-out over the selected votes (each state's recorded vote predicted from the others'), per session and overall, against predicting its regional group's majority.</source>
        <translation>Как часто вероятные позиции верны: перекрёстная проверка с исключением по одному на выбранных голосованиях (зафиксированный голос каждого государства прогнозируется по голосам остальных), по сессиям и в целом, в сравнении с прогнозом по большинству его региональной группы.</translation>
    </message>
    <message>
        <source>votes: expected WORKSPACE and one of --agreement, --closest ISO3, --map, --likely TARGET, --accuracy (and at most one of --json, --csv)
</source>
        <translation>votes: ожидались WORKSPACE и один из параметров --agreement, --closest ISO3, --map, --likely TARGET, --accuracy (и не более одного из --json, --csv)
</translation>
    </message>
    <message>
        <source>votes: --alternative goes with --likely SYMBOL#NUMBER</source>
        <translation>votes: --alternative используется с --likely SYMBOL#NUMBER</translation>
    </message>
    <message>
        <source>%1: %2% of %3 recorded choices predicted right (regional group majority: %4%)</source>
        <extracomment>%1 is "session 74" or "overall"; %2 and %4 percentages, %3 a count</extracomment>
        <translation>%1: верно спрогнозировано %2 % зафиксированных голосов (всего: %3; большинство региональной группы: %4 %)</translation>
    </message>
    <message>
        <source>%1; mean agreement per state (clustering order):</source>
        <translation>%1; среднее совпадение по каждому государству (в порядке кластеризации):</translation>
    </message>
    <message>
        <source>%1; closest to %2 (%3):</source>
        <extracomment>%1 "96 recorded votes, 193 states", %2 ISO3 code, %3 the state's name</extracomment>
        <translation>%1; самые близкие к %2 (%3):</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n vote(s))</source>
        <extracomment>%1 ISO3 code, %2 agreement (0 to 1)</extracomment>
        <translation>
            <numerusform>%1  %2  (%n голосование)</numerusform>
            <numerusform>%1  %2  (%n голосования)</numerusform>
            <numerusform>%1  %2  (%n голосований)</numerusform>
        </translation>
    </message>
    <message>
        <source>most distant:</source>
        <translation>самые далёкие:</translation>
    </message>
    <message>
        <source>no vote in common: %1</source>
        <translation>нет общих голосований: %1</translation>
    </message>
    <message>
        <source>axis 1 explains %1% of the variance, axis 2 %2%</source>
        <translation>ось 1 объясняет %1 % дисперсии, ось 2 — %2 %</translation>
    </message>
    <message>
        <source>%1  %2  %3  bloc %4  %5</source>
        <extracomment>%1 ISO3 code, %2 and %3 the coordinates, %4 the bloc's number, %5 regional group</extracomment>
        <translation>%1  %2  %3  блок %4  %5</translation>
    </message>
    <message>
        <source>blocs vs regional groups: adjusted Rand index %1, purity %2</source>
        <translation>блоки в сравнении с региональными группами: скорректированный индекс Рэнда %1, чистота %2</translation>
    </message>
    <message>
        <source>bloc %1: %2</source>
        <translation>блок %1: %2</translation>
    </message>
    <message>
        <source>political groups in the blocs:</source>
        <translation>политические группы в блоках:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2% of its %n member(s) in bloc %3</source>
        <extracomment>%1 group code, %2 a percentage, %n its members, %3 the bloc's number</extracomment>
        <translation>
            <numerusform>%1: в блоке %3 — %2 % из %n члена</numerusform>
            <numerusform>%1: в блоке %3 — %2 % из %n членов</numerusform>
            <numerusform>%1: в блоке %3 — %2 % из %n членов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paragraph(s) with similarity &gt;= %2</source>
        <translation>
            <numerusform>%1: %n пункт со сходством &gt;= %2</numerusform>
            <numerusform>%1: %n пункта со сходством &gt;= %2</numerusform>
            <numerusform>%1: %n пунктов со сходством &gt;= %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1#%2  similarity %3</source>
        <translation>%1#%2  сходство %3</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>в целом</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>сессия %1</translation>
    </message>
    <message numerus="yes">
        <source>(on %n clause(s))</source>
        <extracomment>After the states of a position hit: the details are on that many clauses.</extracomment>
        <translation>
            <numerusform>(в %n положении)</numerusform>
            <numerusform>(в %n положениях)</numerusform>
            <numerusform>(в %n положениях)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>search: %n item(s) changed by another session cannot be found yet; they can be once its import is done</source>
        <translation>
            <numerusform>search: %n элемент, изменённый другим сеансом, пока не находится поиском; он будет найден после завершения импорта</numerusform>
            <numerusform>search: %n элемента, изменённых другим сеансом, пока не находятся поиском; они будут найдены после завершения импорта</numerusform>
            <numerusform>search: %n элементов, изменённых другим сеансом, пока не находятся поиском; они будут найдены после завершения импорта</numerusform>
        </translation>
    </message>
    <message>
        <source>A workspace (*.plenipo), or a server address (postgresql://..., service=...): then what you may read there.</source>
        <translation>Рабочее пространство (*.plenipo) или адрес сервера (postgresql://..., service=...): тогда то, что вам разрешено там читать.</translation>
    </message>
    <message>
        <source>A workspace to open, or a server address (postgresql://..., service=...) to connect to.</source>
        <translation>Рабочее пространство для открытия или адрес сервера (postgresql://..., service=...) для подключения.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandRunner</name>
    <message>
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Comparison</name>
    <message>
        <source>norm %1: its text (%2 paragraph %3) is not in this workspace</source>
        <translation>норма %1: её текста (%2, пункт %3) нет в этом рабочем пространстве</translation>
    </message>
    <message>
        <source>'%1' is neither a document symbol nor a norm code</source>
        <translation>«%1» — не условное обозначение документа и не код нормы</translation>
    </message>
    <message>
        <source>'%1': a revision is written @1, @2, ...</source>
        <translation>«%1»: редакция записывается как @1, @2, ...</translation>
    </message>
    <message>
        <source>'%1': no document %2</source>
        <translation>«%1»: нет документа %2</translation>
    </message>
    <message>
        <source>'%1': document %2 has no paragraph %3</source>
        <translation>«%1»: в документе %2 нет пункта %3</translation>
    </message>
    <message numerus="yes">
        <source>'%1': paragraph %2 has %n revision(s)</source>
        <translation>
            <numerusform>«%1»: у пункта %2 %n редакция</numerusform>
            <numerusform>«%1»: у пункта %2 %n редакции</numerusform>
            <numerusform>«%1»: у пункта %2 %n редакций</numerusform>
        </translation>
    </message>
    <message>
        <source>compare two documents or two clauses: '%1' and '%2' are not alike</source>
        <translation>сравнивайте два документа или два положения: «%1» и «%2» разнородны</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>нет положения с идентификатором %1</translation>
    </message>
    <message>
        <source>Comparing %1 with %2 (clauses aligned through lineage, then content)</source>
        <translation>Сравнение %1 с %2 (положения сопоставлены по происхождению, затем по содержанию)</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>Сравнение %1 с %2</translation>
    </message>
    <message>
        <source>Clauses: %1 matched (%2 changed, %3 renumbered, %4 moved), %5 inserted, %6 deleted</source>
        <translation>Положения: сопоставлено — %1 (изменено — %2, перенумеровано — %3, перемещено — %4), вставлено — %5, удалено — %6</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Слова: %1</translation>
    </message>
    <message>
        <source>%1 words added, %2 removed, %3 unchanged; brackets: %4 introduced, %5 resolved; alternative groups: %6 introduced, %7 resolved</source>
        <extracomment>the counts carry no plural form (several in one line)</extracomment>
        <translation>добавлено %1, удалено %2, без изменений %3; скобки: введено %4, снято %5; группы вариантов: введено %6, урегулировано %7</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>вставлено</translation>
    </message>
    <message>
        <source>inserted, split from %1</source>
        <translation>вставлено, выделено из %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>deleted, merged into %1</source>
        <translation>удалено, объединено с %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>%1, renumbered</source>
        <translation>%1, перенумеровано</translation>
    </message>
    <message>
        <source>%1, moved</source>
        <translation>%1, перемещено</translation>
    </message>
</context>
<context>
    <name>Plenipo::ComparisonView</name>
    <message>
        <source>Document symbol, SYMBOL#NUMBER, SYMBOL#NUMBER@REVISION or norm code</source>
        <translation>Условное обозначение документа, SYMBOL#NUMBER, SYMBOL#NUMBER@REVISION или код нормы</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>В тексте</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>С&amp;равнить</translation>
    </message>
    <message>
        <source>Old:</source>
        <translation>Прежний:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Новый:</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n изменено</numerusform>
            <numerusform>%n изменено</numerusform>
            <numerusform>%n изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n перенумеровано</numerusform>
            <numerusform>%n перенумеровано</numerusform>
            <numerusform>%n перенумеровано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n перемещено</numerusform>
            <numerusform>%n перемещено</numerusform>
            <numerusform>%n перемещено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted</source>
        <translation>
            <numerusform>%n вставлено</numerusform>
            <numerusform>%n вставлено</numerusform>
            <numerusform>%n вставлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n удалено</numerusform>
            <numerusform>%n удалено</numerusform>
            <numerusform>%n удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n word(s) added&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n слово добавлено&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n слова добавлено&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n слов добавлено&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n removed&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n удалено&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n удалено&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n удалено&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>brackets: %1 introduced, %2 resolved</source>
        <translation>скобки: введено %1, снято %2</translation>
    </message>
    <message>
        <source>alternative groups: %1 introduced, %2 resolved</source>
        <translation>группы вариантов: введено %1, урегулировано %2</translation>
    </message>
    <message>
        <source>A clause of the newer document</source>
        <translation>Положение более нового документа</translation>
    </message>
    <message>
        <source>The clause of the older document it corresponds to, or none</source>
        <translation>Соответствующее ему положение более старого документа или никакое</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;Сопоставить</translation>
    </message>
    <message>
        <source>Compare these two clauses with each other, whatever lineage and content say</source>
        <translation>Сравнить эти два положения друг с другом, что бы ни говорили происхождение и содержание</translation>
    </message>
    <message>
        <source>Reset Pairings</source>
        <translation>Сбросить сопоставления</translation>
    </message>
    <message>
        <source>Pair new clause</source>
        <translation>Сопоставить новое положение</translation>
    </message>
    <message>
        <source>with old clause</source>
        <translation>со старым положением</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(нет соответствия)</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) matched through lineage or content</source>
        <translation>
            <numerusform>%n положение сопоставлено по происхождению или содержанию</numerusform>
            <numerusform>%n положения сопоставлены по происхождению или содержанию</numerusform>
            <numerusform>%n положений сопоставлено по происхождению или содержанию</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as &amp;Word with Tracked Changes...</source>
        <translation>Экспортировать в &amp;Word с отслеживанием изменений...</translation>
    </message>
    <message>
        <source>A .docx file in which every difference is a tracked change that can be accepted or rejected</source>
        <translation>Файл .docx, в котором каждое различие — отслеживаемое изменение, которое можно принять или отклонить</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>Копировать как &amp;текст</translation>
    </message>
    <message>
        <source>Copy the comparison as plain text, {-deleted-} {+inserted+}</source>
        <translation>Копировать сравнение как простой текст, {-удалено-} {+вставлено+}</translation>
    </message>
    <message>
        <source>Export Comparison as Word</source>
        <translation>Экспорт сравнения в Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Wrote %1 with tracked changes</source>
        <translation>Записан %1 с отслеживанием изменений</translation>
    </message>
    <message>
        <source>Cannot export the comparison</source>
        <translation>Не удаётся экспортировать сравнение</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>postgresql://host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://хост:5432/база?sslmode=verify-full</translation>
    </message>
    <message>
        <source>A PostgreSQL connection URI, or libpq keywords such as service=coalition (from pg_service.conf) or host=... dbname=... user=...</source>
        <translation>URI подключения PostgreSQL или ключевые слова libpq, например service=coalition (из pg_service.conf) или host=... dbname=... user=...</translation>
    </message>
    <message>
        <source>as in the address</source>
        <translation>как в адресе</translation>
    </message>
    <message>
        <source>Plenipo never stores a password. It uses the one libpq finds (PGPASSWORD, ~/.pgpass, a service file) or asks for it when the server wants one. The server decides what your login may read: another delegation's internal material never reaches you.</source>
        <translation>Plenipo никогда не хранит пароли. Он использует пароль, найденный libpq (PGPASSWORD, ~/.pgpass, файл служб), или запрашивает его, когда сервер этого требует. Что может читать ваша учётная запись, решает сервер: внутренние материалы другой делегации до вас никогда не доходят.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Подк&amp;лючиться</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusEngine</name>
    <message>
        <source>no clause with id %1</source>
        <translation>нет положения с идентификатором %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusReport</name>
    <message>
        <source>Members: %1 (%2 states)</source>
        <extracomment>%1 the process (or "all states"), %2 how many member states</extracomment>
        <translation>Члены: %1 (государств: %2)</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>все государства</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <extracomment>%1 a count, %2 a status (agreed, open...), %3 a percentage</extracomment>
        <translation>%2 — %1 (%3 %)</translation>
    </message>
    <message>
        <source>%1 clauses: %2</source>
        <extracomment>%1 how many clauses, %2 the count of each status</extracomment>
        <translation>Положения (%1): %2</translation>
    </message>
    <message>
        <source>Brackets: %1 bracketed spans in %2 alternative groups; %3 proposed deletions</source>
        <translation>Скобки: фрагментов в скобках — %1, групп вариантов — %2; предложенных исключений — %3</translation>
    </message>
    <message>
        <source>Blocked, fewest blockers first:</source>
        <translation>Заблокированные положения (сначала — с наименьшим числом блокирующих государств):</translation>
    </message>
    <message>
        <source>Positions: outdated (text changed since given) on %1 clauses; orphaned (their words are gone, not counted) on %2 clauses</source>
        <translation>Позиции: положений с устаревшими позициями (текст с тех пор изменился) — %1; с осиротевшими (их слова исчезли, они не учитываются) — %2</translation>
    </message>
    <message>
        <source>blocked by: %1</source>
        <translation>блокирующие государства: %1</translation>
    </message>
    <message>
        <source>reservations: %1</source>
        <translation>оговорки: %1</translation>
    </message>
    <message>
        <source>no position: %1</source>
        <translation>нет позиции: %1</translation>
    </message>
    <message>
        <source>%1 states</source>
        <translation>государств — %1</translation>
    </message>
    <message>
        <source>ad referendum: %1</source>
        <translation>ad referendum: %1</translation>
    </message>
    <message>
        <source>outdated positions (%1): %2</source>
        <translation>устаревшие позиции (%1): %2</translation>
    </message>
    <message>
        <source>orphaned positions (%1, not counted): %2</source>
        <translation>осиротевшие позиции (%1, не учитываются): %2</translation>
    </message>
    <message>
        <source>%1: landing zone %2</source>
        <extracomment>%1 an alternative group's id (g1), %2 its landing zone</extracomment>
        <translation>%1: зона согласия — %2</translation>
    </message>
    <message>
        <source>(drop the span)</source>
        <translation>(исключить фрагмент)</translation>
    </message>
    <message>
        <source>%1: no landing zone; blocked by %2</source>
        <translation>%1: нет зоны согласия; блокирующие государства: %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusSession</name>
    <message numerus="yes">
        <source>Every state (%n)</source>
        <translation>
            <numerusform>Все государства (%n)</numerusform>
            <numerusform>Все государства (%n)</numerusform>
            <numerusform>Все государства (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>Процесс %1 (%n)</numerusform>
            <numerusform>Процесс %1 (%n)</numerusform>
            <numerusform>Процесс %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 (%n)</source>
        <translation>
            <numerusform>Группа %1 (%n)</numerusform>
            <numerusform>Группа %1 (%n)</numerusform>
            <numerusform>Группа %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusStatus</name>
    <message>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>согласовано ad referendum</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>оспаривается</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокировано</translation>
    </message>
</context>
<context>
    <name>Plenipo::CsvReader</name>
    <message>
        <source>error parsing data while strict checking enabled</source>
        <translation>ошибка разбора данных при включённой строгой проверке</translation>
    </message>
    <message>
        <source>memory exhausted while increasing buffer size</source>
        <translation>исчерпана память при увеличении буфера</translation>
    </message>
    <message>
        <source>data size too large</source>
        <translation>слишком большой объём данных</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>текст не является допустимым UTF-8</translation>
    </message>
</context>
<context>
    <name>Plenipo::DeriveCoalitionDocumentCommand</name>
    <message>
        <source>Derive coalition document %1</source>
        <translation>Составить документ коалиции %1</translation>
    </message>
    <message>
        <source>Derived from the coalition analysis</source>
        <translation>Составлено по анализу коалиции</translation>
    </message>
    <message>
        <source>the coalition accepts no clause of %1: there is nothing to derive</source>
        <translation>коалиция не принимает ни одного положения %1: составлять нечего</translation>
    </message>
</context>
<context>
    <name>Plenipo::DeriveDocumentCommand</name>
    <message>
        <source>Derive %1 from %2</source>
        <translation>Составить %1 на основе %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>На основе %1</translation>
    </message>
    <message>
        <source>no document to derive from</source>
        <translation>нет документа, на основе которого можно составить новый</translation>
    </message>
</context>
<context>
    <name>Plenipo::DetachedPositionCommand</name>
    <message>
        <source>Re-attach position to the whole clause</source>
        <translation>Снова привязать позицию к положению в целом</translation>
    </message>
    <message>
        <source>Re-attach position to %1</source>
        <translation>Снова привязать позицию к %1</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n orphaned position(s)</source>
        <translation>
            <numerusform>Отбросить %n осиротевшую позицию</numerusform>
            <numerusform>Отбросить %n осиротевшие позиции</numerusform>
            <numerusform>Отбросить %n осиротевших позиций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::DocumentComparison</name>
    <message>
        <source>compare: a document is missing from %1</source>
        <translation>compare: в %1 отсутствует документ</translation>
    </message>
</context>
<context>
    <name>Plenipo::DocxExporter</name>
    <message>
        <source>Word document</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Документ Word</translation>
    </message>
</context>
<context>
    <name>Plenipo::DocxWriter</name>
    <message>
        <source>cannot write the Word package: %1</source>
        <translation>не удаётся записать пакет Word: %1</translation>
    </message>
    <message>
        <source>cannot write %1 into the Word package: %2</source>
        <translation>не удаётся записать %1 в пакет Word: %2</translation>
    </message>
    <message>
        <source>cannot finish the Word package: %1</source>
        <translation>не удаётся завершить пакет Word: %1</translation>
    </message>
    <message>
        <source>cannot write the Word document: %1</source>
        <translation>не удаётся записать документ Word: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainNames</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1:1: expected a header starting with code</source>
        <translation>%1:1: ожидался заголовок, начинающийся с code</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2: %n поле, ожидалось %3</numerusform>
            <numerusform>%1:%2: %n поля, ожидалось %3</numerusform>
            <numerusform>%1:%2: %n полей, ожидалось %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:1: unknown language column '%2'</source>
        <translation>%1:1: неизвестный столбец языка «%2»</translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainText</name>
    <message>
        <source>Group of Governmental Experts</source>
        <translation>Группа правительственных экспертов</translation>
    </message>
    <message>
        <source>Open-Ended Working Group</source>
        <translation>Рабочая группа открытого состава</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Коалиция</translation>
    </message>
    <message>
        <source>Other process</source>
        <translation>Другой процесс</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Zero draft</source>
        <translation>Нулевой проект</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Пересмотренный вариант</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>Совместное заявление</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>Региональная группа ООН</translation>
    </message>
    <message>
        <source>Political group</source>
        <translation>Политическая группа</translation>
    </message>
    <message>
        <source>statement</source>
        <comment>source of a position</comment>
        <translation>заявление</translation>
    </message>
    <message>
        <source>document</source>
        <comment>source of a position</comment>
        <translation>документ</translation>
    </message>
    <message>
        <source>vote</source>
        <comment>source of a position</comment>
        <translation>голосование</translation>
    </message>
    <message>
        <source>informal</source>
        <comment>source of a position</comment>
        <translation>неофициально</translation>
    </message>
    <message>
        <source>illustrative</source>
        <comment>source of a position</comment>
        <translation>иллюстративно</translation>
    </message>
</context>
<context>
    <name>Plenipo::DraftImporter</name>
    <message>
        <source>%1: line %2, column %3: not well-formed XML (%4); nothing was imported</source>
        <translation>%1: строка %2, столбец %3: некорректный XML (%4); ничего не импортировано</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>The place of a problem in a text file: %1 is the line number.</extracomment>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>%1: not a Word file (.docx): the zip package cannot be read (%2); nothing was imported</source>
        <translation>%1: это не файл Word (.docx): не удаётся прочитать пакет zip (%2); ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: not a Word file (.docx): it has no %2; nothing was imported</source>
        <translation>%1: это не файл Word (.docx): в нём нет %2; ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: word/document.xml has no body; nothing was imported</source>
        <translation>%1: в word/document.xml нет тела документа; ничего не импортировано</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <extracomment>The place of a problem in a Word file: %1 is the paragraph's position in it.</extracomment>
        <translation>абзац %1</translation>
    </message>
    <message>
        <source>list level '%1' is not a Word list level (0 to %2): the paragraph's automatic number is ignored</source>
        <translation>уровень списка «%1» не является уровнем списка Word (от 0 до %2): автоматический номер абзаца не учитывается</translation>
    </message>
    <message>
        <source>unknown process '%1'</source>
        <translation>неизвестный процесс «%1»</translation>
    </message>
    <message>
        <source>sub-point %1 before any numbered paragraph</source>
        <translation>подпункт %1 перед первым нумерованным пунктом</translation>
    </message>
    <message>
        <source>the document needs a symbol</source>
        <translation>документу нужно условное обозначение</translation>
    </message>
    <message>
        <source>the workspace already has a document %1 (choose another symbol)</source>
        <translation>в рабочем пространстве уже есть документ %1 (выберите другое условное обозначение)</translation>
    </message>
    <message>
        <source>no paragraphs found in %1</source>
        <translation>в %1 не найдено ни одного пункта</translation>
    </message>
    <message>
        <source>clause number %1 also numbers an earlier clause</source>
        <translation>номер положения %1 уже присвоен предыдущему положению</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <extracomment>The place of a markup problem: %1 is the line or paragraph ("line 12"), %2 the column.</extracomment>
        <translation>%1, столбец %2</translation>
    </message>
    <message>
        <source>clause %1: %2</source>
        <extracomment>%1 is the clause number, %2 the markup problem.</extracomment>
        <translation>положение %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (zero draft): %n clause(s)</source>
        <translation>
            <numerusform>документ %1 «%2» (нулевой проект): %n положение</numerusform>
            <numerusform>документ %1 «%2» (нулевой проект): %n положения</numerusform>
            <numerusform>документ %1 «%2» (нулевой проект): %n положений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (draft): %n clause(s)</source>
        <translation>
            <numerusform>документ %1 «%2» (проект): %n положение</numerusform>
            <numerusform>документ %1 «%2» (проект): %n положения</numerusform>
            <numerusform>документ %1 «%2» (проект): %n положений</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import: сначала прочитайте файл</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1: найдена %n ошибка; ничего не импортировано</numerusform>
            <numerusform>%1: найдены %n ошибки; ничего не импортировано</numerusform>
            <numerusform>%1: найдено %n ошибок; ничего не импортировано</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDialog</name>
    <message>
        <source>Export Document</source>
        <translation>Экспорт документа</translation>
    </message>
    <message>
        <source>None: the document as it stands</source>
        <translation>Нет: документ в текущем виде</translation>
    </message>
    <message>
        <source>Include internal material (internal notes and positions, as comments)</source>
        <translation>Включить внутренние материалы (внутренние примечания и позиции в виде примечаний)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Обзор...</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;Coalition:</source>
        <translation>&amp;Коалиция:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Сохранить в:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Открыть файл</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>A coalition export never contains internal material.</source>
        <translation>Экспорт для коалиции никогда не содержит внутренних материалов.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Экспорт...</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message>
        <source>The language of the cover block, labels and state names; the clause text stays as written.</source>
        <translation>Язык титульного блока, надписей и названий государств; текст положений остаётся в исходном виде.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message numerus="yes">
        <source>The coalition text relies on outdated positions in %n paragraph(s):</source>
        <translation>
            <numerusform>Текст коалиции опирается на устаревшие позиции в %n пункте:</numerusform>
            <numerusform>Текст коалиции опирается на устаревшие позиции в %n пунктах:</numerusform>
            <numerusform>Текст коалиции опирается на устаревшие позиции в %n пунктах:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDocument</name>
    <message>
        <source>Ad referendum: %1.</source>
        <translation>Ad referendum: %1.</translation>
    </message>
    <message>
        <source>Deletion proposed by: %1.</source>
        <translation>Исключение предложено: %1.</translation>
    </message>
    <message>
        <source>Proposed by: %1.</source>
        <translation>Предложено: %1.</translation>
    </message>
    <message>
        <source>Internal: %1, %2</source>
        <translation>Внутреннее: %1, %2</translation>
    </message>
    <message>
        <source>Internal: %1, %2 (alternative %3)</source>
        <translation>Внутреннее: %1, %2 (вариант %3)</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Источник: %1.</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Процесс: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Text of the coalition: %1</source>
        <translation>Текст коалиции: %1</translation>
    </message>
    <message>
        <source>Adherent States (%1)</source>
        <translation>Присоединившиеся государства (%1)</translation>
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
        <translation>Текст</translation>
    </message>
    <message>
        <source>Not yet agreed within the coalition.</source>
        <translation>Ещё не согласовано в коалиции.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Internal notes (not for circulation)</source>
        <translation>Внутренние примечания (не для распространения)</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1: the coalition text relies on %n outdated position(s), given on words that have changed since: %2</source>
        <translation>
            <numerusform>Пункт %1: текст коалиции опирается на %n устаревшую позицию, данную по словам, которые с тех пор изменились: %2</numerusform>
            <numerusform>Пункт %1: текст коалиции опирается на %n устаревшие позиции, данные по словам, которые с тех пор изменились: %2</numerusform>
            <numerusform>Пункт %1: текст коалиции опирается на %n устаревших позиций, данных по словам, которые с тех пор изменились: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportOptions</name>
    <message>
        <source>the export was cancelled</source>
        <translation>экспорт отменён</translation>
    </message>
    <message>
        <source>export: no document with id %1 in %2</source>
        <translation>export: в %2 нет документа с идентификатором %1</translation>
    </message>
    <message>
        <source>export: no coalition '%1' in %2</source>
        <translation>export: в %2 нет коалиции «%1»</translation>
    </message>
</context>
<context>
    <name>Plenipo::FileImporter</name>
    <message>
        <source>import: read a file first</source>
        <translation>import: сначала прочитайте файл</translation>
    </message>
</context>
<context>
    <name>Plenipo::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>С учётом &amp;регистра</translation>
    </message>
    <message>
        <source>Find in this text</source>
        <translation>Найти в этом тексте</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Следующее совпадение (Enter, F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Закрыть панель поиска (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Найти...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 из %n</numerusform>
            <numerusform>%1 из %n</numerusform>
            <numerusform>%1 из %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::HandbookDialog</name>
    <message>
        <source>Plenipo Handbook</source>
        <translation>Руководство Plenipo</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Markup Reference</source>
        <translation>Справочник по &amp;разметке</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>A file to import</source>
        <translation>Импортируемый файл</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Обзор...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Automatic (from the file name)</source>
        <translation>Автоматически (по имени файла)</translation>
    </message>
    <message>
        <source>Akoma Ntoso XML (a Plenipo export or a UN resolution)</source>
        <translation>Akoma Ntoso XML (экспорт Plenipo или резолюция ООН)</translation>
    </message>
    <message>
        <source>Draft in Word (.docx)</source>
        <translation>Проект в Word (.docx)</translation>
    </message>
    <message>
        <source>Draft in plain text (.txt)</source>
        <translation>Проект в виде простого текста (.txt)</translation>
    </message>
    <message>
        <source>Positions (CSV)</source>
        <translation>Позиции (CSV)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Ф&amp;ормат:</translation>
    </message>
    <message>
        <source>Default: the file name</source>
        <translation>По умолчанию: имя файла</translation>
    </message>
    <message>
        <source>Draft &amp;symbol:</source>
        <translation>&amp;Условное обозначение проекта:</translation>
    </message>
    <message>
        <source>Default: the first unnumbered paragraph</source>
        <translation>По умолчанию: первый ненумерованный абзац</translation>
    </message>
    <message>
        <source>Draft &amp;title:</source>
        <translation>&amp;Название проекта:</translation>
    </message>
    <message>
        <source>Choose a file, then Check: nothing is written before Import.</source>
        <translation>Выберите файл, затем «Проверить»: до «Импортировать» ничего не записывается.</translation>
    </message>
    <message>
        <source>The import report appears here.</source>
        <translation>Здесь появится отчёт об импорте.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Import &amp;Valid Rows</source>
        <translation>Импортировать &amp;правильные строки</translation>
    </message>
    <message>
        <source>For positions in CSV with errors: import the rows without errors and leave out the others</source>
        <translation>Для позиций в CSV с ошибками: импортировать строки без ошибок и пропустить остальные</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Importable files (*.xml *.akn *.docx *.txt *.csv);;All files (*)</source>
        <translation>Импортируемые файлы (*.xml *.akn *.docx *.txt *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %n warning(s). Press Import to write it into the workspace.</source>
        <translation>
            <numerusform>Готово к импорту: %n предупреждение. Нажмите «Импортировать», чтобы записать в рабочее пространство.</numerusform>
            <numerusform>Готово к импорту: %n предупреждения. Нажмите «Импортировать», чтобы записать в рабочее пространство.</numerusform>
            <numerusform>Готово к импорту: %n предупреждений. Нажмите «Импортировать», чтобы записать в рабочее пространство.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Import the valid rows without them, or close: nothing changes.</source>
        <translation>
            <numerusform>В %n строке есть ошибки. Импортируйте правильные строки без неё или закройте: ничего не изменится.</numerusform>
            <numerusform>В %n строках есть ошибки. Импортируйте правильные строки без них или закройте: ничего не изменится.</numerusform>
            <numerusform>В %n строках есть ошибки. Импортируйте правильные строки без них или закройте: ничего не изменится.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this file cannot be imported as it is. Nothing was written.</source>
        <translation>
            <numerusform>%n ошибка: этот файл нельзя импортировать в текущем виде. Ничего не записано.</numerusform>
            <numerusform>%n ошибки: этот файл нельзя импортировать в текущем виде. Ничего не записано.</numerusform>
            <numerusform>%n ошибок: этот файл нельзя импортировать в текущем виде. Ничего не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import positions from %1</source>
        <translation>Импорт позиций из %1</translation>
    </message>
    <message>
        <source>The import failed; the workspace is unchanged: %1</source>
        <translation>Импорт не удался; рабочее пространство не изменено: %1</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDocumentCommand</name>
    <message>
        <source>the import wrote no document</source>
        <translation>импорт не записал ни одного документа</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportGuard</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2, more than the %3 an import accepts; nothing was imported</source>
        <translation>%1: размер файла %2 превышает допустимые для импорта %3; ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: the input is larger than the %2 an import accepts; nothing was imported</source>
        <translation>%1: входные данные превышают допустимые для импорта %2; ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: the file is not valid UTF-8 (byte 0x%4); save it as UTF-8 and import it again. Nothing was imported</source>
        <translation>%1: строка %2, столбец %3: файл не является допустимым UTF-8 (байт 0x%4); сохраните его в UTF-8 и импортируйте снова. Ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: line %2: the XML declares a DTD or entities (%3); Plenipo refuses them in imported files. Nothing was imported</source>
        <translation>%1: строка %2: XML объявляет DTD или сущности (%3); Plenipo не принимает их в импортируемых файлах. Ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 expands to %3, more than the %4 an import accepts (a damaged or hostile file); nothing was imported</source>
        <translation>%1: элемент zip %2 распаковывается в %3, больше допустимых для импорта %4 (повреждённый или вредоносный файл); ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 lies outside the file (a damaged file); nothing was imported</source>
        <translation>%1: элемент zip %2 находится за пределами файла (повреждённый файл); ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be read (a damaged file); nothing was imported</source>
        <translation>%1: элемент zip %2 не удаётся прочитать (повреждённый файл); ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be inflated (%3); nothing was imported</source>
        <translation>%1: элемент zip %2 не удаётся распаковать (%3); ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 expands to more than the %3 an import accepts (its header claims %4: a damaged or hostile file); nothing was imported</source>
        <translation>%1: элемент zip %2 распаковывается в объём больше допустимых для импорта %3 (в его заголовке указано %4: повреждённый или вредоносный файл); ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 holds %3 bytes but its header says %4 (a damaged or hostile file); nothing was imported</source>
        <translation>%1: элемент zip %2 содержит %3 байт, а в его заголовке указано %4 (повреждённый или вредоносный файл); ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: line %2: the XML is nested more than %3 elements deep (a damaged or hostile file); nothing was imported</source>
        <translation>%1: строка %2: вложенность XML превышает %3 уровней элементов (повреждённый или вредоносный файл); ничего не импортировано</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportReport</name>
    <message>
        <source>info</source>
        <extracomment>The severity of a problem in an import report ("info: line 3: ...").</extracomment>
        <translation>сведения</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>The severity of a problem in an import report ("warning: line 3: ...").</extracomment>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>The severity of a problem in an import report ("error: line 3: ...").</extracomment>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>checked, nothing written yet</source>
        <translation>проверено, пока ничего не записано</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>The outcome of an import: everything was written into the workspace.</extracomment>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>imported the valid rows only; the rows with errors were left out</source>
        <translation>импортированы только правильные строки; строки с ошибками пропущены</translation>
    </message>
    <message>
        <source>NOT imported: the workspace is unchanged</source>
        <translation>НЕ импортировано: рабочее пространство не изменено</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 is the file name, %2 its format (CSV, Akoma Ntoso...), %3 the outcome of the import.</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Would create:</source>
        <translation>Будет создано:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создано:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the number of errors ("3 errors"), %2 the number of warnings ("1 warning").</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
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
        <translation>Вставить положение %1</translation>
    </message>
    <message>
        <source>clause %1 was not written</source>
        <translation>положение %1 не записано</translation>
    </message>
</context>
<context>
    <name>Plenipo::MainWindow</name>
    <message>
        <source>Plenipo workspaces (*.plenipo)</source>
        <translation>Рабочие пространства Plenipo (*.plenipo)</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Новое рабочее пространство...</translation>
    </message>
    <message>
        <source>Open &amp;Sample Workspace</source>
        <translation>Открыть &amp;пример рабочего пространства</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Импорт...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Экспорт...</translation>
    </message>
    <message>
        <source>&amp;Compare Texts...</source>
        <translation>&amp;Сравнить тексты...</translation>
    </message>
    <message>
        <source>Cannot create the sample workspace</source>
        <translation>Не удаётся создать пример рабочего пространства</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыто %1</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Нет рабочего пространства</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [только чтение]</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Не удаётся создать рабочее пространство</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Сохранить рабочее пространство как</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Не удаётся сохранить рабочее пространство</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working on it.</source>
        <translation>Копия сохранена как %1; теперь вы работаете с ней.</translation>
    </message>
    <message>
        <source>%1%2 • %3 • %4</source>
        <extracomment>%1 is the file, %2 " [read-only]" or nothing, %3 "193 UN member states" (and " • 2 observer states" when there are any), %4 "5 documents"</extracomment>
        <translation>%1%2 • %3 • %4</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in Workspace</source>
        <translation>Поиск в рабочем пространстве</translation>
    </message>
    <message>
        <source>Find in &amp;Workspace...</source>
        <translation>Поиск в &amp;рабочем пространстве...</translation>
    </message>
    <message>
        <source>Find in workspace (Ctrl+Shift+F)</source>
        <translation>Поиск в рабочем пространстве (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Configure Plenipo...</source>
        <translation>&amp;Настроить Plenipo...</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Навигатор</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <source>Plenipo</source>
        <translation>Plenipo</translation>
    </message>
    <message>
        <source>Plenipo &amp;Handbook</source>
        <translation>&amp;Руководство Plenipo</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;Открыть рабочее пространство...</translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation>&amp;Сохранить редакцию</translation>
    </message>
    <message>
        <source>Record the edited clause text as a new revision (Ctrl+S, or Ctrl+Return in the editor)</source>
        <translation>Сохранить изменённый текст положения как новую редакцию (Ctrl+S или Ctrl+Return в редакторе)</translation>
    </message>
    <message>
        <source>&amp;Find in Clause...</source>
        <translation>&amp;Найти в положении...</translation>
    </message>
    <message>
        <source>Search Field</source>
        <translation>Поле поиска</translation>
    </message>
    <message>
        <source>&amp;Next Clause</source>
        <translation>&amp;Следующее положение</translation>
    </message>
    <message>
        <source>&amp;Previous Clause</source>
        <translation>&amp;Предыдущее положение</translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation>Показать &amp;навигатор</translation>
    </message>
    <message>
        <source>Show &amp;States</source>
        <translation>Показать &amp;государства</translation>
    </message>
    <message>
        <source>Go to %1 Tab</source>
        <translation>Перейти на вкладку «%1»</translation>
    </message>
    <message>
        <source>Show &amp;Find in Workspace</source>
        <translation>Показать &amp;поиск в рабочем пространстве</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Комбинации клавиш</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Re&amp;do: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>Saved a new revision of paragraph %1</source>
        <translation>Сохранена новая редакция пункта %1</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>Импорт &amp;папки...</translation>
    </message>
    <message>
        <source>&amp;Research...</source>
        <translation>&amp;Исследование...</translation>
    </message>
    <message>
        <source>%1 • %2</source>
        <extracomment>%1 "193 UN member states", %2 "2 observer states"</extracomment>
        <translation>%1 • %2</translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n государство — член ООН</numerusform>
            <numerusform>%n государства — члена ООН</numerusform>
            <numerusform>%n государств — членов ООН</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer state(s)</source>
        <translation>
            <numerusform>%n государство-наблюдатель</numerusform>
            <numerusform>%n государства-наблюдателя</numerusform>
            <numerusform>%n государств-наблюдателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation>&amp;Подключиться к серверу...</translation>
    </message>
    <message>
        <source>&amp;Reload from Server</source>
        <translation>&amp;Обновить с сервера</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Подключение к %1...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The server asks for the password of %1:</source>
        <translation>Сервер запрашивает пароль пользователя %1:</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>Не удаётся подключиться к серверу</translation>
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
        <translation>Вы вошли как %1</translation>
    </message>
    <message>
        <source>%1 on %2, read as of %3</source>
        <translation>%1 на %2, прочитано на %3</translation>
    </message>
    <message>
        <source>Your role lets you read, not change.</source>
        <translation>Ваша роль позволяет читать, но не изменять.</translation>
    </message>
    <message>
        <source>The workbench does not write to server workspaces yet; File &gt; Save As keeps a copy as a file.</source>
        <translation>Рабочее место пока не записывает в рабочие пространства сервера; «Файл &gt; Сохранить как» сохраняет копию в файл.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server workspace, read-only.&lt;/b&gt; You are %1 on %2. This is what the server lets your login read, as of %3: it withholds other delegations' internal material. %4</source>
        <translation>&lt;b&gt;Рабочее пространство сервера, только чтение.&lt;/b&gt; Вы — %1 на %2. Это то, что сервер разрешает читать вашей учётной записи, по состоянию на %3: внутренние материалы других делегаций он не выдаёт. %4</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>a server workspace: %1 the database, %2 the server's host name</extracomment>
        <translation>%1 на %2</translation>
    </message>
    <message numerus="yes">
        <source>Updated from the server: %n change(s) by %1</source>
        <extracomment>%1 the logins who made the changes, comma-separated</extracomment>
        <translation>
            <numerusform>Обновлено с сервера: %n изменение от %1</numerusform>
            <numerusform>Обновлено с сервера: %n изменения от %1</numerusform>
            <numerusform>Обновлено с сервера: %n изменений от %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1): File &gt; Reload from Server connects again.</source>
        <translation>Соединение с сервером потеряно (%1): «Файл &gt; Обновить с сервера» подключается заново.</translation>
    </message>
    <message>
        <source>What others change there and may share with you appears here as they change it.</source>
        <translation>То, что другие меняют там и могут вам показать, появляется здесь по мере изменения.</translation>
    </message>
    <message>
        <source>The workspace has changed on the server: File &gt; Reload from Server shows the changes (reading it took %1 s).</source>
        <translation>Рабочее пространство изменилось на сервере: «Файл &gt; Обновить с сервера» покажет изменения (чтение заняло %1 с).</translation>
    </message>
</context>
<context>
    <name>Plenipo::MarkupParser</name>
    <message>
        <source>brackets and deletions nested more than %1 levels deep: the deeper ones are kept as text</source>
        <translation>скобки и исключения вложены глубже %1 уровней: более глубокие сохранены как текст</translation>
    </message>
    <message>
        <source>'}' without a matching '{'</source>
        <translation>«}» без парной «{»</translation>
    </message>
    <message>
        <source>']' without a matching '['</source>
        <translation>«]» без парной «[»</translation>
    </message>
    <message>
        <source>empty alternative</source>
        <translation>пустой вариант</translation>
    </message>
    <message>
        <source>unterminated attribution '{': missing '}' on the same line</source>
        <translation>незавершённая атрибуция «{»: нет «}» в той же строке</translation>
    </message>
    <message>
        <source>attribution must follow a bracketed span or a deletion</source>
        <translation>атрибуция должна следовать за фрагментом в скобках или исключением</translation>
    </message>
    <message>
        <source>empty attribution '{}'</source>
        <translation>пустая атрибуция «{}»</translation>
    </message>
    <message>
        <source>ad referendum mark must follow a bracketed span or end the clause</source>
        <translation>отметка ad referendum должна следовать за фрагментом в скобках или завершать положение</translation>
    </message>
    <message>
        <source>malformed code '%1' in ad referendum mark (expected an upper-case state or group code such as FRA or EU)</source>
        <translation>неверно записанный код «%1» в отметке ad referendum (ожидается код государства или группы заглавными буквами, например FRA или EU)</translation>
    </message>
    <message>
        <source>malformed code '%1' in attribution (expected an upper-case state or group code such as FRA or EU)</source>
        <translation>неверно записанный код «%1» в атрибуции (ожидается код государства или группы заглавными буквами, например FRA или EU)</translation>
    </message>
    <message>
        <source>unknown state or group '%1' in ad referendum mark</source>
        <translation>неизвестное государство или группа «%1» в отметке ad referendum</translation>
    </message>
    <message>
        <source>unknown state or group '%1' in attribution</source>
        <translation>неизвестное государство или группа «%1» в атрибуции</translation>
    </message>
    <message>
        <source>'%1' appears twice in the ad referendum mark</source>
        <translation>«%1» встречается дважды в отметке ad referendum</translation>
    </message>
    <message>
        <source>'%1' appears twice in the attribution</source>
        <translation>«%1» встречается дважды в атрибуции</translation>
    </message>
    <message>
        <source>empty deletion</source>
        <translation>пустое исключение</translation>
    </message>
    <message>
        <source>unterminated note</source>
        <translation>незавершённое примечание</translation>
    </message>
    <message>
        <source>unclosed bracket opened here</source>
        <translation>открытая здесь скобка не закрыта</translation>
    </message>
    <message>
        <source>unterminated deletion '~~'</source>
        <translation>незавершённое исключение «~~»</translation>
    </message>
    <message>
        <source>options out of sequence: expected 'Option %1:'</source>
        <extracomment>'Option %1:' is the markup of an option header: keep it in English.</extracomment>
        <translation>варианты не по порядку: ожидалось «Option %1:»</translation>
    </message>
</context>
<context>
    <name>Plenipo::MarkupReport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 clause(s), %3 error(s), %4 warning(s)</source>
        <extracomment>%1 the file; the counts carry no plural form (several in one line)</extracomment>
        <translation>%1: положений — %2, ошибок — %3, предупреждений — %4</translation>
    </message>
    <message>
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>положения</translation>
    </message>
    <message>
        <source>bracketed spans</source>
        <translation>фрагменты в скобках</translation>
    </message>
    <message>
        <source>alternative groups</source>
        <translation>группы вариантов</translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation>варианты</translation>
    </message>
    <message>
        <source>whole-clause options</source>
        <translation>варианты положения в целом</translation>
    </message>
    <message>
        <source>deepest bracket nesting</source>
        <translation>наибольшая вложенность скобок</translation>
    </message>
    <message>
        <source>words</source>
        <translation>слова</translation>
    </message>
    <message>
        <source>words in brackets</source>
        <translation>слова в скобках</translation>
    </message>
    <message>
        <source>words in options</source>
        <translation>слова в вариантах положения</translation>
    </message>
    <message>
        <source>words proposed for deletion</source>
        <translation>слова, предложенные к исключению</translation>
    </message>
    <message>
        <source>agreed words</source>
        <translation>согласованные слова</translation>
    </message>
    <message>
        <source>agreed share</source>
        <translation>доля согласованных слов</translation>
    </message>
    <message>
        <source>deletions</source>
        <translation>исключения</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <source>ad referendum marks</source>
        <translation>отметки ad referendum</translation>
    </message>
    <message>
        <source>attributions</source>
        <translation>атрибуции</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>ошибки</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>предупреждения</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>полож.</translation>
    </message>
    <message>
        <source>line</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>фрагм.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>группы</translation>
    </message>
    <message>
        <source>in brackets</source>
        <translation>в скобках</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>согл.</translation>
    </message>
    <message>
        <source>agreed %</source>
        <translation>согл. %</translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorActions</name>
    <message>
        <source>Compare with %1</source>
        <translation>Сравнить с %1</translation>
    </message>
    <message>
        <source>Derive New Revision...</source>
        <translation>Составить новую редакцию...</translation>
    </message>
    <message>
        <source>Insert Clause After...</source>
        <translation>Вставить положение после...</translation>
    </message>
    <message>
        <source>Renumber...</source>
        <translation>Перенумеровать...</translation>
    </message>
    <message>
        <source>Link to Norms...</source>
        <translation>Связать с нормами...</translation>
    </message>
    <message>
        <source>Delete Clause</source>
        <translation>Удалить положение</translation>
    </message>
    <message>
        <source>Compare with norm %1</source>
        <translation>Сравнить с нормой %1</translation>
    </message>
    <message>
        <source>Trace Through Later Texts</source>
        <translation>Проследить в последующих текстах</translation>
    </message>
    <message>
        <source>Likely Stances of Silent Members</source>
        <translation>Вероятные позиции членов без зафиксированной позиции</translation>
    </message>
    <message>
        <source>Derive New Revision</source>
        <translation>Составить новую редакцию</translation>
    </message>
    <message>
        <source>Symbol of the new document (it follows %1 and keeps the lineage of every clause):</source>
        <translation>Условное обозначение нового документа (он следует за %1 и сохраняет происхождение каждого положения):</translation>
    </message>
    <message>
        <source>Cannot derive the document</source>
        <translation>Не удаётся составить документ</translation>
    </message>
    <message>
        <source>Insert Clause</source>
        <translation>Вставить положение</translation>
    </message>
    <message>
        <source>Number of the new clause:</source>
        <translation>Номер нового положения:</translation>
    </message>
    <message>
        <source>Renumber Clause</source>
        <translation>Перенумеровать положение</translation>
    </message>
    <message>
        <source>New number:</source>
        <translation>Новый номер:</translation>
    </message>
    <message>
        <source>Norms clause %1 derives from</source>
        <translation>Нормы, из которых выведено положение %1</translation>
    </message>
    <message>
        <source>Delete clause %1 from this document? Its revisions and positions go with it (Undo brings them back).</source>
        <translation>Удалить положение %1 из этого документа? Его редакции и позиции будут удалены вместе с ним («Отменить» вернёт их).</translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorModel</name>
    <message>
        <source>Processes</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Другие документы</translation>
    </message>
    <message>
        <source>Norms catalogue</source>
        <translation>Каталог норм</translation>
    </message>
    <message>
        <source>open to all UN member states</source>
        <translation>открыт для всех государств — членов ООН</translation>
    </message>
    <message numerus="yes">
        <source>%n member state(s)</source>
        <translation>
            <numerusform>%n государство-член</numerusform>
            <numerusform>%n государства-члена</numerusform>
            <numerusform>%n государств-членов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::OdtExporter</name>
    <message>
        <source>OpenDocument text</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Текст OpenDocument</translation>
    </message>
    <message>
        <source>cannot write the OpenDocument text</source>
        <translation>не удаётся записать текст OpenDocument</translation>
    </message>
    <message>
        <source>cannot write the OpenDocument text: %1</source>
        <translation>не удаётся записать текст OpenDocument: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PdfExporter</name>
    <message>
        <source>PDF document</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>не удаётся записать PDF: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionCarrier</name>
    <message>
        <source>clause %1: the positions are not those the revision left; they cannot be put back</source>
        <translation>положение %1: позиции отличаются от оставленных редакцией; вернуть их нельзя</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>нет положения с идентификатором %1</translation>
    </message>
    <message>
        <source>clause %1: alternative '%2' is carried twice or is not an id</source>
        <translation>положение %1: вариант «%2» перенесён дважды или не является идентификатором</translation>
    </message>
    <message>
        <source>clause %1: two alternatives would be carried to '%2'</source>
        <translation>положение %1: в «%2» были бы перенесены два варианта</translation>
    </message>
    <message>
        <source>clause %1: positions carried to '%2' would replace positions that stay there</source>
        <translation>положение %1: перенесённые в «%2» позиции заменили бы остающиеся там позиции</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionPanel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Set for Selection</source>
        <translation>Задать для выбранных</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Internal (never leaves in a coalition export)</source>
        <translation>Внутреннее (никогда не попадает в экспорт для коалиции)</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>Сохранить сведения</translation>
    </message>
    <message>
        <source>Positions on the whole clause or on one bracketed alternative</source>
        <translation>Позиции по положению в целом или по одному варианту в скобках</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>Региональные группы</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>Политические группы</translation>
    </message>
    <message>
        <source>Show the members of a process or group; consensus is computed for them</source>
        <translation>Показать членов процесса или группы; консенсус рассчитывается для них</translation>
    </message>
    <message>
        <source>Set this stance for every selected state (a group row stands for its members); one undoable step</source>
        <translation>Задать эту позицию для каждого выбранного государства (строка группы означает её членов); один отменяемый шаг</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>document symbol, e.g. A/AC.292/2025/1</source>
        <translation>условное обозначение документа, например A/AC.292/2025/1</translation>
    </message>
    <message>
        <source>what was said, or where</source>
        <translation>что было сказано или где</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Обозначение:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Заявление:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;История&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Группировать по:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Члены:</translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation>Позиция:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positions&lt;/b&gt; on %1 paragraph %2</source>
        <translation>&lt;b&gt;Позиции&lt;/b&gt; по %1, пункт %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positions&lt;/b&gt;: select a clause in the navigator</source>
        <translation>&lt;b&gt;Позиции&lt;/b&gt;: выберите положение в навигаторе</translation>
    </message>
    <message>
        <source>The whole clause</source>
        <translation>Положение в целом</translation>
    </message>
    <message>
        <source>Consensus: select the clause's document to analyse it.</source>
        <translation>Консенсус: выберите документ положения, чтобы проанализировать его.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>для %1</translation>
    </message>
    <message>
        <source>Blocked by %1.</source>
        <translation>Заблокировано: %1.</translation>
    </message>
    <message>
        <source>Reservations: %1.</source>
        <translation>Оговорки: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) without a position on the whole clause.</source>
        <translation>
            <numerusform>%n член без позиции по положению в целом.</numerusform>
            <numerusform>%n члена без позиции по положению в целом.</numerusform>
            <numerusform>%n членов без позиции по положению в целом.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in the landing zone: no member objects.</source>
        <translation>%1 входит в зону согласия: ни один член не возражает.</translation>
    </message>
    <message>
        <source>%1 is objected to by %2.</source>
        <translation>%1: возражения — %2.</translation>
    </message>
    <message>
        <source>Group %1 has no landing zone; the fewest states blocking it: %2.</source>
        <translation>У группы %1 нет зоны согласия; наименьший круг блокирующих её государств: %2.</translation>
    </message>
    <message>
        <source>What-if mode: stance changes are temporary.</source>
        <translation>Режим «что если»: изменения позиций временные.</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) selected</source>
        <translation>
            <numerusform>Выбрано %n государство</numerusform>
            <numerusform>Выбрано %n государства</numerusform>
            <numerusform>Выбрано %n государств</numerusform>
        </translation>
    </message>
    <message>
        <source>Select states or groups for bulk entry</source>
        <translation>Выберите государства или группы для группового ввода</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position details&lt;/b&gt;: select a state</source>
        <translation>&lt;b&gt;Сведения о позиции&lt;/b&gt;: выберите государство</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;Позиция: %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: was &lt;b&gt;%2&lt;/b&gt; (recorded by %3); %4 by %5</source>
        <translation>%1: было &lt;b&gt;%2&lt;/b&gt; (записал %3); %4: %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>&lt;i&gt;No earlier values.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Прежних значений нет.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Positions no longer on the text</source>
        <translation>Позиции, которых больше нет в тексте</translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation>Привязать снова</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Confirm the outdated positions of the selection (of everyone when nothing is selected) on the current text</source>
        <translation>Подтвердить по текущему тексту устаревшие позиции выбранных (всех, если ничего не выбрано)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Was on</source>
        <translation>Было на</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The alternative to put the selected position back on</source>
        <translation>Вариант, к которому снова привязать выбранную позицию</translation>
    </message>
    <message>
        <source>Put the selected orphaned position back on the chosen alternative; it shows as outdated until confirmed</source>
        <translation>Снова привязать выбранную осиротевшую позицию к выбранному варианту; до подтверждения она отображается как устаревшая</translation>
    </message>
    <message>
        <source>Remove the selected orphaned positions (they stay in the history)</source>
        <translation>Удалить выбранные осиротевшие позиции (они остаются в истории)</translation>
    </message>
    <message>
        <source>Re-attach to:</source>
        <translation>Привязать к:</translation>
    </message>
    <message>
        <source>orphaned: its words are gone</source>
        <translation>осиротела: её слова исчезли</translation>
    </message>
    <message>
        <source>agreed: now unbracketed text</source>
        <translation>согласована: теперь текст без скобок</translation>
    </message>
    <message>
        <source>Not counted by consensus, coalitions or exports. Re-attach it to an alternative or discard it.</source>
        <translation>Не учитывается ни консенсусом, ни коалициями, ни при экспорте. Снова привяжите её к варианту или отбросьте.</translation>
    </message>
    <message>
        <source>Kept as the history of the agreement on these words; not counted as a position on any alternative.</source>
        <translation>Сохраняется как история согласия по этим словам; не учитывается как позиция ни по одному варианту.</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) no longer on the text</source>
        <translation>
            <numerusform>%n позиция, которой больше нет в тексте</numerusform>
            <numerusform>%n позиции, которых больше нет в тексте</numerusform>
            <numerusform>%n позиций, которых больше нет в тексте</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not re-attach the position: %1</source>
        <translation>Не удалось снова привязать позицию: %1</translation>
    </message>
    <message>
        <source>Could not discard the positions: %1</source>
        <translation>Не удалось отбросить позиции: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionTreeModel</name>
    <message>
        <source>No regional group</source>
        <translation>Без региональной группы</translation>
    </message>
    <message>
        <source>In no political group</source>
        <translation>Вне политических групп</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1 не записано</translation>
    </message>
    <message>
        <source>set all...</source>
        <translation>задать всем...</translation>
    </message>
    <message>
        <source>Edit to set one stance for every state of %1 shown here</source>
        <translation>Измените, чтобы задать одну позицию для всех показанных здесь государств %1</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>что если</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутреннее</translation>
    </message>
    <message>
        <source>Stance: %1</source>
        <translation>Позиция: %1</translation>
    </message>
    <message>
        <source>Temporary (what-if): not saved until you keep the what-if changes.</source>
        <translation>Временно («что если»): не сохраняется, пока вы не оставите гипотетические изменения.</translation>
    </message>
    <message>
        <source>Source (%1): %2</source>
        <translation>Источник (%1): %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Internal: never leaves in a coalition export.</source>
        <translation>Внутреннее: никогда не попадает в экспорт для коалиции.</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>Записал %1, %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>outdated: text changed since given</source>
        <translation>устарела: текст с тех пор изменился</translation>
    </message>
    <message>
        <source>orphaned position</source>
        <translation>осиротевшая позиция</translation>
    </message>
    <message>
        <source>Outdated: the words it was given on have changed since. Confirm it or change it.</source>
        <translation>Устарела: слова, по которым она дана, с тех пор изменились. Подтвердите или измените её.</translation>
    </message>
    <message>
        <source>Has an orphaned position on this clause: its words are gone; it is listed below the table to re-attach or discard, and counted nowhere.</source>
        <translation>Имеет осиротевшую позицию по этому положению: её слова исчезли; она указана под таблицей, чтобы её можно было снова привязать или отбросить, и нигде не учитывается.</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionWriter</name>
    <message>
        <source>no clause with id %1</source>
        <translation>нет положения с идентификатором %1</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 — государство-наблюдатель: у наблюдателей нет позиций</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>неизвестное государство «%1»</translation>
    </message>
    <message>
        <source>clause %1: '%2' is not an alternative id such as g1.2</source>
        <translation>положение %1: «%2» — не идентификатор варианта вида g1.2</translation>
    </message>
    <message>
        <source>no detached position with id %1</source>
        <translation>нет осиротевшей позиции с идентификатором %1</translation>
    </message>
    <message>
        <source>'%1' is not an alternative id such as g1.2</source>
        <translation>«%1» — не идентификатор варианта вида g1.2</translation>
    </message>
    <message>
        <source>the state of that position is unknown</source>
        <translation>государство этой позиции неизвестно</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvExporter</name>
    <message>
        <source>Positions table (CSV)</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Таблица позиций (CSV)</translation>
    </message>
    <message>
        <source>export: cannot write the CSV file: %1</source>
        <translation>export: не удаётся записать файл CSV: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvImporter</name>
    <message>
        <source>%1: line %2: not valid CSV (%3); nothing was imported</source>
        <translation>%1: строка %2: недопустимый CSV (%3); ничего не импортировано</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected the header line %2</source>
        <translation>%1: файл пуст; ожидалась строка заголовка %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>unknown column '%1' (the columns are %2)</source>
        <translation>неизвестный столбец «%1» (столбцы: %2)</translation>
    </message>
    <message>
        <source>column '%1' twice</source>
        <translation>столбец «%1» указан дважды</translation>
    </message>
    <message>
        <source>the header has no '%1' column</source>
        <translation>в заголовке нет столбца «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), the header has %1</source>
        <extracomment>%n is the number of fields in the row, %1 the number of columns in the header.</extracomment>
        <translation>
            <numerusform>%n поле, а в заголовке %1</numerusform>
            <numerusform>%n поля, а в заголовке %1</numerusform>
            <numerusform>%n полей, а в заголовке %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown document '%1'</source>
        <translation>неизвестный документ «%1»</translation>
    </message>
    <message>
        <source>unknown clause '%1' in %2</source>
        <translation>неизвестное положение «%1» в %2</translation>
    </message>
    <message>
        <source>clause %1 of %2 has no alternative '%3'</source>
        <translation>у положения %1 документа %2 нет варианта «%3»</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>неизвестное государство «%1»</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 — государство-наблюдатель: у наблюдателей нет позиций</translation>
    </message>
    <message>
        <source>bad stance '%1' (expected supports, can-accept, reservation, objects or none)</source>
        <translation>недопустимая позиция «%1» (ожидается supports, can-accept, reservation, objects или none)</translation>
    </message>
    <message>
        <source>bad source_date '%1' (expected YYYY-MM-DD)</source>
        <translation>недопустимое значение source_date «%1» (ожидается YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>bad internal flag '%1' (expected yes or no)</source>
        <translation>недопустимый признак internal «%1» (ожидается yes или no)</translation>
    </message>
    <message>
        <source>duplicate row: %1 on clause %2%3 of %4 is already on line %5</source>
        <extracomment>%1 is the state's ISO code, %2 the clause number, %3 the alternative in parentheses (or nothing), %4 the document's symbol, %5 the earlier line.</extracomment>
        <translation>повторная строка: %1 по положению %2%3 документа %4 уже есть в строке %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n row(s)</source>
        <extracomment>An item the import creates: %1 is the number of positions ("5 positions").</extracomment>
        <translation>
            <numerusform>%1 из %n строки</numerusform>
            <numerusform>%1 из %n строк</numerusform>
            <numerusform>%1 из %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n of them replacing an earlier position</source>
        <extracomment>%1 is the item before ("5 positions from 6 rows").</extracomment>
        <translation>
            <numerusform>%1, из них %n заменяет прежнюю позицию</numerusform>
            <numerusform>%1, из них %n заменяют прежние позиции</numerusform>
            <numerusform>%1, из них %n заменяют прежние позиции</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>%n строка с ошибками пропущена</numerusform>
            <numerusform>%n строки с ошибками пропущены</numerusform>
            <numerusform>%n строк с ошибками пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import: сначала прочитайте файл</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 found; nothing was imported (accept the %n valid row(s) to import them)</source>
        <extracomment>%1 is the file name, %2 the number of errors ("3 errors").</extracomment>
        <translation>
            <numerusform>%1: %2; ничего не импортировано (примите %n правильную строку, чтобы импортировать её)</numerusform>
            <numerusform>%1: %2; ничего не импортировано (примите %n правильные строки, чтобы импортировать их)</numerusform>
            <numerusform>%1: %2; ничего не импортировано (примите %n правильных строк, чтобы импортировать их)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::PostgresDialect</name>
    <message>
        <source>the server refused "%1": %2</source>
        <translation>сервер отклонил «%1»: %2</translation>
    </message>
    <message>
        <source>a server workspace cannot be saved as %1: use "plenipo server pull" for a file copy</source>
        <translation>рабочее пространство на сервере нельзя сохранить как %1: для копии в файле используйте «plenipo server pull»</translation>
    </message>
    <message>
        <source>searching a server workspace needs the server backend, which this Plenipo does not have yet: pull a file copy (plenipo server pull) and search that</source>
        <translation>для поиска в рабочем пространстве на сервере нужен серверный механизм, которого в этом Plenipo пока нет: получите копию в файле (plenipo server pull) и ищите в ней</translation>
    </message>
</context>
<context>
    <name>Plenipo::PreferencesDialog</name>
    <message>
        <source>Configure Plenipo</source>
        <translation>Настройка Plenipo</translation>
    </message>
    <message>
        <source>Recorded as the author of your revisions and position changes. Empty: the name of your account (%1).</source>
        <translation>Указывается как автор ваших редакций и изменений позиций. Если пусто — имя вашей учётной записи (%1).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Обзор...</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>Папка экспорта по умолчанию</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Your &amp;delegation:</source>
        <translation>Ваша &amp;делегация:</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Папка &amp;экспорта по умолчанию:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>The interface language changes at the next start.</source>
        <translation>Язык интерфейса изменится при следующем запуске.</translation>
    </message>
    <message>
        <source>Your changes will be signed: %1</source>
        <translation>Ваши изменения будут подписаны: %1</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist. Choose an existing folder or leave the field empty for your Documents folder.</source>
        <translation>Папка экспорта %1 не существует. Выберите существующую папку или оставьте поле пустым, чтобы использовать папку «Документы».</translation>
    </message>
</context>
<context>
    <name>Plenipo::RemoveClauseCommand</name>
    <message>
        <source>Delete clause %1</source>
        <translation>Удалить положение %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ResearchWindow</name>
    <message>
        <source>Research — Plenipo</source>
        <translation>Исследование — Plenipo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Title or text contains...</source>
        <translation>Название или текст содержит...</translation>
    </message>
    <message>
        <source>Only these resolutions (A/RES/74/10, ...)</source>
        <translation>Только эти резолюции (A/RES/74/10, ...)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Sessions from</source>
        <translation>Сессии с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Closest and most distant to:</source>
        <translation>Самые близкие и самые далёкие от:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>Votes in common</source>
        <translation>Общие голосования</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Совпадение</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>Региональные группы</translation>
    </message>
    <message>
        <source>Blocs (clustering)</source>
        <translation>Блоки (кластеризация)</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Члены %1</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Окрашивать по</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <source>Vote &amp;map</source>
        <translation>&amp;Карта голосований</translation>
    </message>
    <message>
        <source>Show likely stances of the silent members</source>
        <translation>Показать вероятные позиции членов без зафиксированной позиции</translation>
    </message>
    <message>
        <source>Likely stance (predicted)</source>
        <translation>Вероятная позиция (прогноз)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>&amp;Likely stances</source>
        <translation>&amp;Вероятные позиции</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Экспорт в &amp;CSV...</translation>
    </message>
    <message>
        <source>Minimum similarity</source>
        <translation>Минимальное сходство</translation>
    </message>
    <message>
        <source>&amp;Norm tracing</source>
        <translation>Прослеживание &amp;норм</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Исследование</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s) selected</source>
        <translation>
            <numerusform>Выбрано: %n заносимое в отчёт голосование</numerusform>
            <numerusform>Выбрано: %n заносимых в отчёт голосования</numerusform>
            <numerusform>Выбрано: %n заносимых в отчёт голосований</numerusform>
        </translation>
    </message>
    <message>
        <source>no vote in common</source>
        <translation>нет общих голосований</translation>
    </message>
    <message>
        <source>No recorded vote in the selection</source>
        <translation>В выборке нет заносимых в отчёт голосований</translation>
    </message>
    <message>
        <source>%1 %2% in bloc %3</source>
        <translation>%1: %2 % в блоке %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s) by clustering; compared with the regional groups: adjusted Rand index %1, purity %2</source>
        <translation>
            <numerusform>%n блок по кластеризации; сравнение с региональными группами: скорректированный индекс Рэнда %1, чистота %2</numerusform>
            <numerusform>%n блока по кластеризации; сравнение с региональными группами: скорректированный индекс Рэнда %1, чистота %2</numerusform>
            <numerusform>%n блоков по кластеризации; сравнение с региональными группами: скорректированный индекс Рэнда %1, чистота %2</numerusform>
        </translation>
    </message>
    <message>
        <source>political groups: %1</source>
        <translation>политические группы: %1</translation>
    </message>
    <message>
        <source>Bloc %1</source>
        <translation>Блок %1</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
    <message numerus="yes">
        <source>States by their votes (%n recorded vote(s))</source>
        <translation>
            <numerusform>Государства по их голосам (%n заносимое в отчёт голосование)</numerusform>
            <numerusform>Государства по их голосам (%n заносимых в отчёт голосования)</numerusform>
            <numerusform>Государства по их голосам (%n заносимых в отчёт голосований)</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely stances are switched off.</source>
        <translation>Вероятные позиции отключены.</translation>
    </message>
    <message>
        <source>Select a clause in the workbench to see the likely stances of its silent members.</source>
        <translation>Выберите положение в рабочей среде, чтобы увидеть вероятные позиции членов, не имеющих по нему зафиксированной позиции.</translation>
    </message>
    <message>
        <source>No recorded vote in the selection to predict from.</source>
        <translation>В выборке нет заносимых в отчёт голосований, на основе которых можно дать прогноз.</translation>
    </message>
    <message numerus="yes">
        <source>%n other silent member(s) without one: no state shares enough of the selected votes with it.</source>
        <translation>
            <numerusform>Ещё у %n члена без зафиксированной позиции нет вероятной позиции: ни у одного государства нет с ним достаточно общих выбранных голосований.</numerusform>
            <numerusform>Ещё у %n членов без зафиксированной позиции нет вероятной позиции: ни у одного государства нет с ними достаточно общих выбранных голосований.</numerusform>
            <numerusform>Ещё у %n членов без зафиксированной позиции нет вероятной позиции: ни у одного государства нет с ними достаточно общих выбранных голосований.</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 (predicted)</source>
        <translation>≈ %1 (прогноз)</translation>
    </message>
    <message numerus="yes">
        <source>Predicted from the %n state(s) that vote most like it</source>
        <translation>
            <numerusform>Прогноз по %n государству, голосующему наиболее сходно с ним</numerusform>
            <numerusform>Прогноз по %n государствам, голосующим наиболее сходно с ним</numerusform>
            <numerusform>Прогноз по %n государствам, голосующим наиболее сходно с ним</numerusform>
        </translation>
    </message>
    <message>
        <source>no likely stance</source>
        <translation>нет вероятной позиции</translation>
    </message>
    <message>
        <source>No state with a position here shares enough of the selected votes with it</source>
        <translation>Ни у одного государства, имеющего здесь позицию, нет с ним достаточно общих выбранных голосований</translation>
    </message>
    <message>
        <source>This workspace has no norms catalogue to trace (the sample workspace has the eleven 2015 norms). Any clause can be traced from the command line: plenipo trace WORKSPACE SYMBOL#NUMBER.</source>
        <translation>В этом рабочем пространстве нет каталога норм для прослеживания (в примере рабочего пространства — одиннадцать норм 2015 года). Любое положение можно проследить из командной строки: plenipo trace WORKSPACE SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>Best match: paragraph %1, similarity %2</source>
        <translation>Наилучшее совпадение: пункт %1, сходство %2</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) derive from it, best first:</source>
        <translation>
            <numerusform>%n производный пункт, по убыванию сходства:</numerusform>
            <numerusform>%n производных пункта, по убыванию сходства:</numerusform>
            <numerusform>%n производных пунктов, по убыванию сходства:</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity %1</source>
        <translation>сходство %1</translation>
    </message>
    <message>
        <source>Export Norm Table</source>
        <translation>Экспорт таблицы норм</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>The whole of %1#%2</source>
        <translation>%1#%2 целиком</translation>
    </message>
    <message>
        <source>Alternative %1: %2</source>
        <translation>Вариант %1: %2</translation>
    </message>
    <message>
        <source>Document %1 as a whole</source>
        <translation>Документ %1 в целом</translation>
    </message>
    <message>
        <source>%1#%2, alternative %3</source>
        <translation>%1#%2, вариант %3</translation>
    </message>
    <message>
        <source>%1: no state has a recorded position here, so there is nothing to predict from (adopted without a vote, or no statement recorded yet).</source>
        <translation>%1: здесь ни у одного государства нет зафиксированной позиции, поэтому прогнозировать не на чем (принято без голосования или заявления ещё не записаны).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports.</source>
        <translation>
            <numerusform>%1: у %n члена без зафиксированной позиции есть вероятная позиция. Прогноз по государствам, голосующим наиболее сходно с каждым из них: это не зафиксированная позиция, она никогда не учитывается в консенсусе, коалициях и экспорте.</numerusform>
            <numerusform>%1: у %n членов без зафиксированной позиции есть вероятная позиция. Прогноз по государствам, голосующим наиболее сходно с каждым из них: это не зафиксированная позиция, она никогда не учитывается в консенсусе, коалициях и экспорте.</numerusform>
            <numerusform>%1: у %n членов без зафиксированной позиции есть вероятная позиция. Прогноз по государствам, голосующим наиболее сходно с каждым из них: это не зафиксированная позиция, она никогда не учитывается в консенсусе, коалициях и экспорте.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SampleBuilder</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: expected %n fields, found %3</source>
        <translation>
            <numerusform>%1:%2: ожидалось %n поле, найдено %3</numerusform>
            <numerusform>%1:%2: ожидалось %n поля, найдено %3</numerusform>
            <numerusform>%1:%2: ожидалось %n полей, найдено %3</numerusform>
        </translation>
    </message>
    <message>
        <source>'%1' is missing</source>
        <translation>отсутствует «%1»</translation>
    </message>
    <message>
        <source>'%1' must be text</source>
        <translation>«%1» должно быть текстом</translation>
    </message>
    <message>
        <source>'%1' must be a list</source>
        <translation>«%1» должно быть списком</translation>
    </message>
    <message>
        <source>'%1' must be a list of text</source>
        <translation>«%1» должно быть списком строк</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>%1:%2: unknown UN regional group '%3'</source>
        <translation>%1:%2: неизвестная региональная группа ООН «%3»</translation>
    </message>
    <message>
        <source>%1: aliases for unknown states: %2</source>
        <translation>%1: другие наименования неизвестных государств: %2</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: смещение %2: %3</translation>
    </message>
    <message>
        <source>unknown state or group '%1'</source>
        <translation>неизвестное государство или группа «%1»</translation>
    </message>
    <message>
        <source>unknown group kind</source>
        <translation>неизвестный тип группы</translation>
    </message>
    <message>
        <source>unknown process kind</source>
        <translation>неизвестный тип процесса</translation>
    </message>
    <message>
        <source>document %1</source>
        <extracomment>A place in the sample data: %1 is a document's symbol.</extracomment>
        <translation>документ %1</translation>
    </message>
    <message>
        <source>unknown document kind</source>
        <translation>неизвестный тип документа</translation>
    </message>
    <message>
        <source>'date' must be YYYY-MM-DD</source>
        <translation>«date» должно иметь формат YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown process '%1'</source>
        <translation>неизвестный процесс «%1»</translation>
    </message>
    <message>
        <source>unknown predecessor '%1'</source>
        <translation>неизвестный предыдущий документ «%1»</translation>
    </message>
    <message>
        <source>%1 clause %2</source>
        <extracomment>A place in the sample data: %1 is a document ("document A/78/1"), %2 the clause's position in it.</extracomment>
        <translation>%1, положение %2</translation>
    </message>
    <message>
        <source>unknown norm '%1'</source>
        <translation>неизвестная норма «%1»</translation>
    </message>
    <message>
        <source>origin '%1' is not a clause of the predecessor</source>
        <translation>исходное положение «%1» не входит в предыдущий документ</translation>
    </message>
    <message>
        <source>duplicate clause key '%1'</source>
        <translation>повторный ключ положения «%1»</translation>
    </message>
    <message>
        <source>no clause '%1' in document %2</source>
        <translation>в документе %2 нет положения «%1»</translation>
    </message>
    <message>
        <source>unknown stance</source>
        <translation>неизвестная позиция</translation>
    </message>
    <message>
        <source>%1: clause %2 is not in the workspace</source>
        <translation>%1: положения %2 нет в рабочем пространстве</translation>
    </message>
    <message>
        <source>The positions in this sample are illustrative: they are derived from publicly reported lines of disagreement and are not recorded statements of any State.</source>
        <translation>Позиции в этом примере носят иллюстративный характер: они выведены из публично известных разногласий и не являются зафиксированными заявлениями какого-либо государства.</translation>
    </message>
    <message>
        <source>Synthetic workspace generated for benchmarking: the positions are random, not statements of any State.</source>
        <translation>Синтетическое рабочее пространство, созданное для замеров производительности: позиции случайны и не являются заявлениями какого-либо государства.</translation>
    </message>
</context>
<context>
    <name>Plenipo::Schema</name>
    <message>
        <source>upgrading the workspace to version %1 failed: %2</source>
        <translation>не удалось обновить рабочее пространство до версии %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchIndex</name>
    <message>
        <source>the search cannot be prepared: %1</source>
        <translation>не удаётся подготовить поиск: %1</translation>
    </message>
    <message>
        <source>the search failed: %1</source>
        <translation>поиск не удался: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchPanel</name>
    <message numerus="yes">
        <source>Clauses (first %n)</source>
        <translation>
            <numerusform>Положения (первое %n)</numerusform>
            <numerusform>Положения (первые %n)</numerusform>
            <numerusform>Положения (первые %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses (%n)</source>
        <translation>
            <numerusform>Положения (%n)</numerusform>
            <numerusform>Положения (%n)</numerusform>
            <numerusform>Положения (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (first %n)</source>
        <translation>
            <numerusform>Прежние редакции (первая %n)</numerusform>
            <numerusform>Прежние редакции (первые %n)</numerusform>
            <numerusform>Прежние редакции (первые %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (%n)</source>
        <translation>
            <numerusform>Прежние редакции (%n)</numerusform>
            <numerusform>Прежние редакции (%n)</numerusform>
            <numerusform>Прежние редакции (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (first %n)</source>
        <translation>
            <numerusform>Документы (первый %n)</numerusform>
            <numerusform>Документы (первые %n)</numerusform>
            <numerusform>Документы (первые %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>Документы (%n)</numerusform>
            <numerusform>Документы (%n)</numerusform>
            <numerusform>Документы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (first %n)</source>
        <translation>
            <numerusform>Нормы (первая %n)</numerusform>
            <numerusform>Нормы (первые %n)</numerusform>
            <numerusform>Нормы (первые %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (%n)</source>
        <translation>
            <numerusform>Нормы (%n)</numerusform>
            <numerusform>Нормы (%n)</numerusform>
            <numerusform>Нормы (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (first %n)</source>
        <translation>
            <numerusform>Позиции (первая %n)</numerusform>
            <numerusform>Позиции (первые %n)</numerusform>
            <numerusform>Позиции (первые %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (%n)</source>
        <translation>
            <numerusform>Позиции (%n)</numerusform>
            <numerusform>Позиции (%n)</numerusform>
            <numerusform>Позиции (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (first %n)</source>
        <translation>
            <numerusform>Государства (первое %n)</numerusform>
            <numerusform>Государства (первые %n)</numerusform>
            <numerusform>Государства (первые %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (%n)</source>
        <translation>
            <numerusform>Государства (%n)</numerusform>
            <numerusform>Государства (%n)</numerusform>
            <numerusform>Государства (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1, редакция %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and others (%n position(s))</source>
        <translation>
            <numerusform>%1 и другие (%n позиция)</numerusform>
            <numerusform>%1 и другие (%n позиции)</numerusform>
            <numerusform>%1 и другие (%n позиций)</numerusform>
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
        <translation>%1 (внутреннее)</translation>
    </message>
    <message>
        <source>Earlier &amp;revisions</source>
        <translation>Прежние &amp;редакции</translation>
    </message>
    <message>
        <source>Find in workspace: words, "a phrase", infra*, -word</source>
        <translation>Поиск в рабочем пространстве: слова, "фраза", infra*, -слово</translation>
    </message>
    <message>
        <source>Where to search: the whole workspace, a process or a document</source>
        <translation>Где искать: во всём рабочем пространстве, в процессе или в документе</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Положения</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Нормы</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Государства</translation>
    </message>
    <message>
        <source>Also search every earlier revision of the clauses</source>
        <translation>Искать также во всех прежних редакциях положений</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Всё рабочее пространство</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Процесс: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Рабочее пространство не открыто.</translation>
    </message>
    <message>
        <source>Type words to find. "a phrase" finds the words together, infra* every word starting with infra, -word leaves out what contains it. Case and accents do not count.</source>
        <translation>Введите слова для поиска. "фраза" находит слова вместе, infra* — все слова, начинающиеся с infra, -слово исключает то, что его содержит. Регистр и диакритические знаки не учитываются.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms; Enter opens the selected one.</source>
        <translation>
            <numerusform>%n результат за %1 мс; Enter открывает выбранный.</numerusform>
            <numerusform>%n результата за %1 мс; Enter открывает выбранный.</numerusform>
            <numerusform>%n результатов за %1 мс; Enter открывает выбранный.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the same on %n clause(s) in all</source>
        <extracomment>%1 is the states positioned on the hit's clause with these details; the count is of the clauses that have positions with the same details (a recorded vote's source is on every paragraph of the resolution).</extracomment>
        <translation>
            <numerusform>%1; те же сведения всего в %n положении</numerusform>
            <numerusform>%1; те же сведения всего в %n положениях</numerusform>
            <numerusform>%1; те же сведения всего в %n положениях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed by another session cannot be found yet; they can be once its import is done.</source>
        <translation>
            <numerusform>%n элемент, изменённый другим сеансом, пока не находится поиском; он будет найден после завершения импорта.</numerusform>
            <numerusform>%n элемента, изменённых другим сеансом, пока не находятся поиском; они будут найдены после завершения импорта.</numerusform>
            <numerusform>%n элементов, изменённых другим сеансом, пока не находятся поиском; они будут найдены после завершения импорта.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchQuery</name>
    <message>
        <source>the '*' at column %1 needs at least 3 letters before it (infra*)</source>
        <translation>перед «*» в столбце %1 нужно не менее 3 букв (infra*)</translation>
    </message>
    <message>
        <source>the quotation mark at column %1 is not closed</source>
        <translation>кавычка в столбце %1 не закрыта</translation>
    </message>
    <message>
        <source>only words to leave out: add a word to search for</source>
        <translation>только слова для исключения: добавьте слово для поиска</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerAddress</name>
    <message>
        <source>the server address "%1" has percent-encoded bytes that are not UTF-8</source>
        <translation>адрес сервера «%1» содержит байты в процентной кодировке, не являющиеся UTF-8</translation>
    </message>
    <message>
        <source>the server address "%1": expected keyword=value at character %2</source>
        <translation>адрес сервера «%1»: в позиции %2 ожидалось ключ=значение</translation>
    </message>
    <message>
        <source>the server address "%1": unterminated quoted value of "%2"</source>
        <translation>адрес сервера «%1»: незавершённое значение в кавычках для «%2»</translation>
    </message>
    <message>
        <source>the server address "%1" has an empty host in its host list</source>
        <translation>в адресе сервера «%1» пустой хост в списке хостов</translation>
    </message>
    <message>
        <source>the server address "%1" has an IPv6 host without its closing "]"</source>
        <translation>в адресе сервера «%1» хост IPv6 без закрывающей «]»</translation>
    </message>
    <message>
        <source>the server address "%1": unexpected "%2" after an IPv6 host</source>
        <translation>адрес сервера «%1»: неожиданное «%2» после хоста IPv6</translation>
    </message>
    <message>
        <source>the server address "%1" has an invalid port "%2"</source>
        <translation>в адресе сервера «%1» недопустимый порт «%2»</translation>
    </message>
    <message>
        <source>the server address "%1": the parameter "%2" has no value</source>
        <translation>адрес сервера «%1»: у параметра «%2» нет значения</translation>
    </message>
    <message>
        <source>"%1" is not a server address: write postgresql://user@host/database or service=NAME</source>
        <translation>«%1» — не адрес сервера: напишите postgresql://user@host/database или service=NAME</translation>
    </message>
    <message>
        <source>the server address "%1": the value of "%2" may not contain ";"</source>
        <translation>адрес сервера «%1»: значение «%2» не может содержать «;»</translation>
    </message>
    <message>
        <source>cannot reach %1: Qt's PostgreSQL driver (QPSQL) is not installed</source>
        <translation>не удаётся связаться с %1: драйвер PostgreSQL для Qt (QPSQL) не установлен</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerAdmin</name>
    <message>
        <source>the server refused</source>
        <translation>сервер отказал</translation>
    </message>
    <message>
        <source>the database name is too long for team mode (40 characters at most): its roles are named after it</source>
        <translation>имя базы данных слишком длинное для командного режима (не более 40 символов): по нему называются её роли</translation>
    </message>
    <message>
        <source>the server workspace was made by a newer Plenipo (schema %1, this one knows %2)</source>
        <translation>рабочее пространство на сервере создано более новой версией Plenipo (схема %1, эта версия знает %2)</translation>
    </message>
    <message>
        <source>the server's roles and policies were made by a newer Plenipo (version %1)</source>
        <translation>роли и политики сервера созданы более новой версией Plenipo (версия %1)</translation>
    </message>
    <message>
        <source>unknown role "%1": viewer, editor or coordinator</source>
        <translation>неизвестная роль «%1»: viewer, editor или coordinator</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerCommands</name>
    <message>
        <source>unknown server command '%1'</source>
        <translation>неизвестная команда server «%1»</translation>
    </message>
    <message>
        <source>see plenipo server --help</source>
        <translation>см. plenipo server --help</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Create or upgrade a team workspace on a PostgreSQL server: its tables, roles, row-level security policies and audit trail. Run as the database's owner; running it again upgrades and changes nothing else.</source>
        <translation>Создать или обновить командное рабочее пространство на сервере PostgreSQL: его таблицы, роли, политики защиты на уровне строк и журнал аудита. Запускайте от имени владельца базы данных; повторный запуск обновляет и больше ничего не меняет.</translation>
    </message>
    <message>
        <source>postgresql://owner@host/database or service=NAME</source>
        <translation>postgresql://owner@host/database или service=NAME</translation>
    </message>
    <message>
        <source>server init takes one URL</source>
        <translation>server init принимает один URL</translation>
    </message>
    <message>
        <source>%1: team workspace is up to date</source>
        <translation>%1: командное рабочее пространство в актуальном состоянии</translation>
    </message>
    <message>
        <source>%1: team workspace created</source>
        <translation>%1: командное рабочее пространство создано</translation>
    </message>
    <message>
        <source>Manage the users of a team workspace: add (or change) a login with its delegation and role, remove it, or list them. The owner manages every delegation, a coordinator their own; the server checks.</source>
        <translation>Управление пользователями командного рабочего пространства: добавить (или изменить) учётную запись с её делегацией и ролью, удалить её или вывести список. Владелец управляет всеми делегациями, координатор — своей; проверяет сервер.</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>что сделать</translation>
    </message>
    <message>
        <source>the server workspace</source>
        <translation>рабочее пространство на сервере</translation>
    </message>
    <message>
        <source>the user's login name (add, remove)</source>
        <translation>имя пользователя (add, remove)</translation>
    </message>
    <message>
        <source>the user's delegation (a state's ISO3 code or a group code)</source>
        <translation>делегация пользователя (код ISO3 государства или код группы)</translation>
    </message>
    <message>
        <source>viewer, editor or coordinator</source>
        <translation>viewer, editor или coordinator</translation>
    </message>
    <message>
        <source>change an existing login without setting a new password</source>
        <translation>изменить существующую учётную запись, не задавая новый пароль</translation>
    </message>
    <message>
        <source>list as JSON</source>
        <translation>вывести список в формате JSON</translation>
    </message>
    <message>
        <source>usage: plenipo server user add URL LOGIN --delegation CODE --role ROLE</source>
        <translation>использование: plenipo server user add URL LOGIN --delegation CODE --role ROLE</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Новый пароль для %1: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Ещё раз: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>пароль для %1 не указан</translation>
    </message>
    <message>
        <source>%1: %2 of delegation %3</source>
        <translation>%1: %2 делегации %3</translation>
    </message>
    <message>
        <source>usage: plenipo server user remove URL LOGIN</source>
        <translation>использование: plenipo server user remove URL LOGIN</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 удалён</translation>
    </message>
    <message>
        <source>usage: plenipo server user list URL [--json]</source>
        <translation>использование: plenipo server user list URL [--json]</translation>
    </message>
    <message>
        <source>server user takes add, remove or list</source>
        <translation>server user принимает add, remove или list</translation>
    </message>
    <message>
        <source>Upload a workspace file into a new, empty team workspace (as its owner). Internal material in the file becomes the named delegation's, which alone will see it.</source>
        <translation>Загрузить файл рабочего пространства в новое пустое командное рабочее пространство (от имени владельца). Внутренние материалы файла переходят к указанной делегации, и только она будет их видеть.</translation>
    </message>
    <message>
        <source>the workspace file</source>
        <translation>файл рабочего пространства</translation>
    </message>
    <message>
        <source>whose internal material the file holds</source>
        <translation>делегация, которой принадлежат внутренние материалы файла</translation>
    </message>
    <message>
        <source>usage: plenipo server push FILE URL [--delegation CODE]</source>
        <translation>использование: plenipo server push FILE URL [--delegation CODE]</translation>
    </message>
    <message>
        <source>%1 uploaded: %2 rows in %3 tables (%4 internal)</source>
        <translation>%1 загружен: %2 строк в %3 таблицах (внутренних: %4)</translation>
    </message>
    <message>
        <source>Write a file copy of a team workspace for reading on the road: only what your login may see (the server decides), as a new workspace file.</source>
        <translation>Записать файловую копию командного рабочего пространства для чтения в поездке: только то, что может видеть ваша учётная запись (решает сервер), в виде нового файла рабочего пространства.</translation>
    </message>
    <message>
        <source>the new workspace file</source>
        <translation>новый файл рабочего пространства</translation>
    </message>
    <message>
        <source>usage: plenipo server pull URL FILE</source>
        <translation>использование: plenipo server pull URL FILE</translation>
    </message>
    <message>
        <source>%1 written: %2 rows from %3 tables</source>
        <translation>%1 записан: строк — %2, из таблиц — %3</translation>
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
        <translation>Использование: plenipo server init URL
              plenipo server user add URL LOGIN --delegation CODE --role viewer|editor|coordinator
              plenipo server user remove URL LOGIN
              plenipo server user list URL [--json]
              plenipo server push FILE URL [--delegation CODE]
              plenipo server pull URL FILE
URL: postgresql://user@host:port/database?sslmode=verify-full или service=NAME.
</translation>
    </message>
    <message>
        <source>%1: team workspace upgraded (server layer %2 to %3)</source>
        <extracomment>%2 and %3 are version numbers of the server's roles, policies and triggers</extracomment>
        <translation>%1: рабочее пространство команды обновлено (серверный слой %2 → %3)</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerIdentity</name>
    <message>
        <source>the server refused</source>
        <translation>сервер отказал</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>читатель</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>без роли</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPull</name>
    <message>
        <source>the server sent a position of an unknown state</source>
        <translation>сервер передал позицию неизвестного государства</translation>
    </message>
    <message>
        <source>%1 already exists: pull writes a new file</source>
        <translation>%1 уже существует: pull записывает новый файл</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: нет такой папки</translation>
    </message>
    <message>
        <source>the server workspace has schema version %1, this Plenipo writes files of version %2</source>
        <translation>у рабочего пространства на сервере версия схемы %1, а этот Plenipo записывает файлы версии %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>не удаётся переименовать %1 в %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPush</name>
    <message>
        <source>the server refused the upload</source>
        <translation>сервер отклонил загрузку</translation>
    </message>
    <message>
        <source>%1: no such workspace file</source>
        <translation>%1: нет такого файла рабочего пространства</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace</source>
        <translation>%1 не является рабочим пространством Plenipo</translation>
    </message>
    <message>
        <source>%1 has schema version %2, this Plenipo uploads version %3: open it once in this Plenipo (which upgrades it) and push again</source>
        <translation>у %1 версия схемы %2, а этот Plenipo загружает версию %3: откройте его один раз в этом Plenipo (он его обновит) и повторите push</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
    <message>
        <source>only the server workspace's owner may upload a file into it</source>
        <translation>загружать файл в рабочее пространство на сервере может только его владелец</translation>
    </message>
    <message>
        <source>the server workspace is not empty: push uploads into a new one</source>
        <translation>рабочее пространство на сервере не пусто: push загружает в новое</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds internal material (%n rows): say whose it is with --delegation</source>
        <extracomment>%1 is the file; --delegation is a command line option: keep it as it is.</extracomment>
        <translation>
            <numerusform>%1 содержит внутренние материалы (%n строка): укажите, чьи они, с помощью --delegation</numerusform>
            <numerusform>%1 содержит внутренние материалы (%n строки): укажите, чьи они, с помощью --delegation</numerusform>
            <numerusform>%1 содержит внутренние материалы (%n строк): укажите, чьи они, с помощью --delegation</numerusform>
        </translation>
    </message>
    <message>
        <source>the server workspace has no table "%1": run "plenipo server init" with this Plenipo first</source>
        <translation>в рабочем пространстве на сервере нет таблицы «%1»: сначала выполните «plenipo server init» этим Plenipo</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerSession</name>
    <message>
        <source>the server refused</source>
        <translation>сервер отказал</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerSnapshot</name>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>не удаётся создать временную папку: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SetClauseTextCommand</name>
    <message>
        <source>Edit paragraph %1 of %2</source>
        <translation>Изменить пункт %1 документа %2</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>нет положения с идентификатором %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SetPositionsCommand</name>
    <message>
        <source>Set no position</source>
        <translation>Позиции не заданы</translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) in %1</source>
        <extracomment>%1 is "2 documents"</extracomment>
        <translation>
            <numerusform>Задать %n позицию (%1)</numerusform>
            <numerusform>Задать %n позиции (%1)</numerusform>
            <numerusform>Задать %n позиций (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1 (alternative %2) of %3</source>
        <translation>пункт %1 (вариант %2) документа %3</translation>
    </message>
    <message>
        <source>paragraph %1 of %2</source>
        <translation>пункт %1 документа %2</translation>
    </message>
    <message numerus="yes">
        <source>paragraphs %1 and %n more of %2</source>
        <translation>
            <numerusform>пункты %1 и ещё %n пункт документа %2</numerusform>
            <numerusform>пункты %1 и ещё %n пункта документа %2</numerusform>
            <numerusform>пункты %1 и ещё %n пунктов документа %2</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraphs %1 of %2</source>
        <translation>пункты %1 документа %2</translation>
    </message>
    <message>
        <source>Set %1 on %2 to %3</source>
        <translation>Задать позицию %1: %3 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1 to %2</source>
        <translation>
            <numerusform>Задать %n позицию: %2 (%1)</numerusform>
            <numerusform>Задать %n позиции: %2 (%1)</numerusform>
            <numerusform>Задать %n позиций: %2 (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1</source>
        <translation>
            <numerusform>Задать %n позицию (%1)</numerusform>
            <numerusform>Задать %n позиции (%1)</numerusform>
            <numerusform>Задать %n позиций (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n position(s) on paragraph %1 of %2</source>
        <translation>
            <numerusform>Подтвердить %n позицию по пункту %1 документа %2</numerusform>
            <numerusform>Подтвердить %n позиции по пункту %1 документа %2</numerusform>
            <numerusform>Подтвердить %n позиций по пункту %1 документа %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ShortcutListDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Комбинация клавиш</translation>
    </message>
    <message>
        <source>&amp;Configure...</source>
        <translation>&amp;Настроить...</translation>
    </message>
    <message>
        <source>Save revision, in the clause editor</source>
        <translation>Сохранить редакцию (в редакторе положения)</translation>
    </message>
    <message>
        <source>Close the comparison window, the handbook or this list</source>
        <translation>Закрыть окно сравнения, руководство или этот список</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Change the stance of the selected cell, in the support matrix</source>
        <translation>Изменить позицию в выбранной ячейке (в матрице поддержки)</translation>
    </message>
</context>
<context>
    <name>Plenipo::SqliteDialect</name>
    <message>
        <source>writing failed: the disk is full or the file has reached its size limit, or the disk reported an error (%1)</source>
        <translation>ошибка записи: диск заполнен или файл достиг предельного размера, либо диск сообщил об ошибке (%1)</translation>
    </message>
    <message>
        <source>the disk is full or the file has reached its size limit (%1)</source>
        <translation>диск заполнен или файл достиг предельного размера (%1)</translation>
    </message>
    <message>
        <source>the file or its medium is read-only (%1)</source>
        <translation>файл или его носитель доступен только для чтения (%1)</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (%1)</source>
        <translation>диск сообщил об ошибке ввода-вывода (%1)</translation>
    </message>
    <message>
        <source>cannot write a copy to %1: %2</source>
        <translation>не удаётся записать копию в %1: %2</translation>
    </message>
    <message>
        <source>the database refused write-ahead logging (journal mode is %1)</source>
        <translation>база данных отказалась от журнала упреждающей записи (режим журнала: %1)</translation>
    </message>
    <message>
        <source>the search index cannot be updated: %1</source>
        <translation>не удаётся обновить поисковый индекс: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Stance</name>
    <message>
        <source>supports</source>
        <translation>поддерживает</translation>
    </message>
    <message>
        <source>can accept</source>
        <translation>может согласиться</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>оговорка</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>возражает</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>нет позиции</translation>
    </message>
</context>
<context>
    <name>Plenipo::StanceLegend</name>
    <message>
        <source>Stance:</source>
        <translation>Позиция:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Отметки:</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Положение:</translation>
    </message>
    <message>
        <source>objects to an alternative</source>
        <translation>возражает против варианта</translation>
    </message>
    <message>
        <source>reservation on an alternative</source>
        <translation>оговорка по варианту</translation>
    </message>
    <message>
        <source>blocks the clause</source>
        <translation>блокирует положение</translation>
    </message>
    <message>
        <source>what-if (temporary)</source>
        <translation>что если (временно)</translation>
    </message>
    <message>
        <source>outdated: text changed since given</source>
        <translation>устарела: текст с тех пор изменился</translation>
    </message>
    <message>
        <source>orphaned position (not counted)</source>
        <translation>осиротевшая позиция (не учитывается)</translation>
    </message>
</context>
<context>
    <name>Plenipo::StanceStyle</name>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
</context>
<context>
    <name>Plenipo::StateNames</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1: пустой файл</translation>
    </message>
    <message>
        <source>%1:1: no iso3 column</source>
        <translation>%1:1: нет столбца iso3</translation>
    </message>
    <message>
        <source>%1:1: no %2_%3 column</source>
        <translation>%1:1: нет столбца %2_%3</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2: %n поле, ожидалось %3</numerusform>
            <numerusform>%1:%2: %n поля, ожидалось %3</numerusform>
            <numerusform>%1:%2: %n полей, ожидалось %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: bad or repeated ISO3 code '%3'</source>
        <translation>%1:%2: недопустимый или повторный код ISO3 «%3»</translation>
    </message>
    <message>
        <source>%1:%2: %3 has no %4 name</source>
        <translation>%1:%2: у %3 нет наименования %4</translation>
    </message>
</context>
<context>
    <name>Plenipo::StateTableModel</name>
    <message>
        <source>Also:</source>
        <translation>Также:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>устарела</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>осиротела</translation>
    </message>
    <message>
        <source>Outdated: a position of this state on the clause was given on words that have changed since.</source>
        <translation>Устарела: позиция этого государства по положению дана по словам, которые с тех пор изменились.</translation>
    </message>
    <message>
        <source>Orphaned: a position of this state lost its words; it is not counted (see the positions panel).</source>
        <translation>Осиротела: позиция этого государства потеряла свои слова; она не учитывается (см. панель позиций).</translation>
    </message>
</context>
<context>
    <name>Plenipo::StatesView</name>
    <message>
        <source>Show the members of a group or process</source>
        <translation>Показать членов группы или процесса</translation>
    </message>
    <message>
        <source>Find a state by name, code or alias</source>
        <translation>Найти государство: название, код, другое название</translation>
    </message>
    <message>
        <source>&lt;b&gt;States&lt;/b&gt;</source>
        <translation>&lt;b&gt;Государства&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Все государства</translation>
    </message>
    <message>
        <source>UN regional groups</source>
        <translation>Региональные группы ООН</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>Политические группы</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>Коалиции</translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation>Члены процесса</translation>
    </message>
    <message>
        <source>all UN members</source>
        <translation>все члены ООН</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n state(s)</source>
        <translation>
            <numerusform>%1 из %n государства</numerusform>
            <numerusform>%1 из %n государств</numerusform>
            <numerusform>%1 из %n государств</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on paragraph %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; по пункту %2:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (the clause as a whole)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (положение в целом)</translation>
    </message>
    <message>
        <source>no position recorded on the clause as a whole</source>
        <translation>позиция по положению в целом не записана</translation>
    </message>
    <message>
        <source>Temporary what-if stance, not saved.</source>
        <translation>Временная гипотетическая позиция, не сохранена.</translation>
    </message>
    <message>
        <source>On alternatives: %1</source>
        <translation>По вариантам: %1</translation>
    </message>
    <message>
        <source>Clause status: %1</source>
        <translation>Статус положения: %1</translation>
    </message>
    <message numerus="yes">
        <source>Its objection blocks this clause (%n blocking state(s) in all).</source>
        <translation>
            <numerusform>Его возражение блокирует это положение (всего %n блокирующее государство).</numerusform>
            <numerusform>Его возражение блокирует это положение (всего %n блокирующих государства).</numerusform>
            <numerusform>Его возражение блокирует это положение (всего %n блокирующих государств).</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Double-click to change the stance.</source>
        <translation>Дважды щёлкните, чтобы изменить позицию.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paragraph %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Пункт %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>Блокируют: %1</translation>
    </message>
    <message numerus="yes">
        <source>Objects to %n clause(s) of this document</source>
        <translation>
            <numerusform>Возражает против %n положения этого документа</numerusform>
            <numerusform>Возражает против %n положений этого документа</numerusform>
            <numerusform>Возражает против %n положений этого документа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocks %n clause(s)</source>
        <translation>
            <numerusform>Блокирует %n положение</numerusform>
            <numerusform>Блокирует %n положения</numerusform>
            <numerusform>Блокирует %n положений</numerusform>
        </translation>
    </message>
    <message>
        <source>Outdated (dot): a position of this state here was given on words that have changed since.</source>
        <translation>Устарела (точка): позиция этого государства здесь дана по словам, которые с тех пор изменились.</translation>
    </message>
    <message>
        <source>Orphaned position (ring): its words are gone from the text; it is not counted. Re-attach or discard it in the positions panel.</source>
        <translation>Осиротевшая позиция (кольцо): её слова исчезли из текста; она не учитывается. Снова привяжите или отбросьте её на панели позиций.</translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixView</name>
    <message>
        <source>The states shown, and for whom consensus is computed</source>
        <translation>Показанные государства, для которых рассчитывается консенсус</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>По региональным группам</translation>
    </message>
    <message>
        <source>By number of objections</source>
        <translation>По числу возражений</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>По названию</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Члены:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support matrix&lt;/b&gt;: select a document or a clause</source>
        <translation>&lt;b&gt;Матрица поддержки&lt;/b&gt;: выберите документ или положение</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support matrix&lt;/b&gt; of %1 &amp;ndash; %2</source>
        <translation>&lt;b&gt;Матрица поддержки&lt;/b&gt;: %1 &amp;ndash; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) for %1:</source>
        <translation>
            <numerusform>%n положение для %1:</numerusform>
            <numerusform>%n положения для %1:</numerusform>
            <numerusform>%n положений для %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n фрагмент в скобках</numerusform>
            <numerusform>%n фрагмента в скобках</numerusform>
            <numerusform>%n фрагментов в скобках</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked, fewest blockers first: %1</source>
        <translation>Заблокированные, сначала с наименьшим числом блокирующих: %1</translation>
    </message>
    <message>
        <source>No clause is blocked.</source>
        <translation>Ни одно положение не заблокировано.</translation>
    </message>
</context>
<context>
    <name>Plenipo::SyntheticWorkspace</name>
    <message>
        <source>generate: states must be 1 to %1, clauses at least 1, alternatives 0 to 50</source>
        <translation>generate: государств должно быть от 1 до %1, положений не меньше 1, вариантов от 0 до 50</translation>
    </message>
    <message>
        <source>clause %1 was not written</source>
        <translation>положение %1 не записано</translation>
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
        <translation>база данных отклонила инструкцию</translation>
    </message>
    <message>
        <source>copying table %1</source>
        <extracomment>What was being done when the database refused a statement: %1 is a table's name.</extracomment>
        <translation>копирование таблицы %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>не удаётся начать транзакцию: %1</translation>
    </message>
    <message>
        <source>cannot save the change: %1</source>
        <translation>не удаётся сохранить изменение: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::VoteMapView</name>
    <message>
        <source>Other</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <source>Axis 1 (%1% of the variance)</source>
        <translation>Ось 1 (%1 % дисперсии)</translation>
    </message>
    <message>
        <source>Axis 2 (%1% of the variance)</source>
        <translation>Ось 2 (%1 % дисперсии)</translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIf</name>
    <message>
        <source>unknown state '%1'</source>
        <translation>неизвестное государство «%1»</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>нет положения с идентификатором %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIfBar</name>
    <message>
        <source>What-if Mode</source>
        <translation>Режим «что если»</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Change stances temporarily and see every status update at once, without touching the saved positions</source>
        <translation>Временно изменить позиции и сразу увидеть обновление всех статусов, не затрагивая сохранённые позиции</translation>
    </message>
    <message>
        <source>Record the temporary stances as positions (one undoable step)</source>
        <translation>Записать временные позиции как позиции (один отменяемый шаг)</translation>
    </message>
    <message>
        <source>Drop the temporary stances: the saved positions show again</source>
        <translation>Отбросить временные позиции: снова показываются сохранённые</translation>
    </message>
    <message numerus="yes">
        <source>What-if: %n temporary stance(s), not saved</source>
        <translation>
            <numerusform>«Что если»: %n временная позиция, не сохранена</numerusform>
            <numerusform>«Что если»: %n временные позиции, не сохранены</numerusform>
            <numerusform>«Что если»: %n временных позиций, не сохранены</numerusform>
        </translation>
    </message>
    <message>
        <source>Stance edits are saved (Edit &gt; Undo reverts them)</source>
        <translation>Изменения позиций сохраняются («Правка &gt; Отменить» отменяет их)</translation>
    </message>
</context>
<context>
    <name>Plenipo::Workbench</name>
    <message>
        <source>Clause</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Support Matrix</source>
        <translation>Матрица поддержки</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Коалиция</translation>
    </message>
    <message>
        <source>Compare texts — Plenipo</source>
        <translation>Сравнение текстов — Plenipo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample workspace.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Пример рабочего пространства.&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 paragraph %2: %n position(s) recorded</source>
        <translation>
            <numerusform>%1, пункт %2: записана %n позиция</numerusform>
            <numerusform>%1, пункт %2: записаны %n позиции</numerusform>
            <numerusform>%1, пункт %2: записано %n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Председатель:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>Membership: open to all UN member states.</source>
        <translation>Членский состав: открыт для всех государств — членов ООН.</translation>
    </message>
    <message>
        <source>Membership: not recorded in this workspace.</source>
        <translation>Членский состав: не записан в этом рабочем пространстве.</translation>
    </message>
    <message numerus="yes">
        <source>Membership (%n state(s)):</source>
        <translation>
            <numerusform>Членский состав (%n государство):</numerusform>
            <numerusform>Членский состав (%n государства):</numerusform>
            <numerusform>Членский состав (%n государств):</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Процесс:</translation>
    </message>
    <message>
        <source>Follows:</source>
        <translation>Следует за:</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s):</source>
        <translation>
            <numerusform>%n положение:</numerusform>
            <numerusform>%n положения:</numerusform>
            <numerusform>%n положений:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses linked to this norm (%n):</source>
        <translation>
            <numerusform>Положения, связанные с этой нормой (%n):</numerusform>
            <numerusform>Положения, связанные с этой нормой (%n):</numerusform>
            <numerusform>Положения, связанные с этой нормой (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1, paragraph %2 (%3)</source>
        <extracomment>The norm's source: %1 the document symbol, %2 its paragraph, %3 the norm's code</extracomment>
        <translation>Источник: %1, пункт %2 (%3)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n state(s) in the States panel</source>
        <translation>
            <numerusform>На панели «Государства» выбрано %n государство</numerusform>
            <numerusform>На панели «Государства» выбрано %n государства</numerusform>
            <numerusform>На панели «Государства» выбрано %n государств</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::Workspace</name>
    <message>
        <source>cannot save the change: %1; nothing was saved</source>
        <translation>не удаётся сохранить изменение: %1; ничего не сохранено</translation>
    </message>
    <message>
        <source>database statement failed (%1): %2</source>
        <translation>ошибка инструкции базы данных (%1): %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: the file does not exist</source>
        <translation>не удаётся открыть %1: файл не существует</translation>
    </message>
    <message>
        <source>cannot open %1: it is a folder, not a workspace file</source>
        <translation>не удаётся открыть %1: это папка, а не файл рабочего пространства</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied</source>
        <translation>не удаётся открыть %1: доступ запрещён</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it is not a workspace database file)</source>
        <translation>%1 не является рабочим пространством Plenipo (это не файл базы данных рабочего пространства)</translation>
    </message>
    <message>
        <source>%1 is open for editing in another Plenipo (process %2 on %3); it can be opened read-only</source>
        <translation>%1 открыт для редактирования в другом экземпляре Plenipo (процесс %2 на %3); его можно открыть только для чтения</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>%1 is on a read-only medium or in a folder you may not write to: it can be opened read-only</source>
        <translation>%1 находится на носителе только для чтения или в папке, в которую вы не можете записывать: его можно открыть только для чтения</translation>
    </message>
    <message>
        <source>cannot open %1 for editing: the lock file %2 cannot be created</source>
        <translation>не удаётся открыть %1 для редактирования: не удаётся создать файл блокировки %2</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it is a database of another program)</source>
        <translation>%1 не является рабочим пространством Plenipo (это база данных другой программы)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Plenipo (workspace format %2; this version reads formats up to %3)</source>
        <translation>%1 записан более новой версией Plenipo (формат рабочего пространства %2; эта версия читает форматы до %3)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it holds no workspace tables)</source>
        <translation>%1 не является рабочим пространством Plenipo (в нём нет таблиц рабочего пространства)</translation>
    </message>
    <message>
        <source>%1 uses the older workspace format %2; open it for editing once to upgrade it</source>
        <translation>%1 использует прежний формат рабочего пространства %2; откройте его один раз для редактирования, чтобы обновить</translation>
    </message>
    <message>
        <source>%1 is damaged or not a workspace: %2</source>
        <translation>%1 повреждён или не является рабочим пространством: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; nothing was changed</source>
        <translation>%1 повреждён: %2; ничего не изменено</translation>
    </message>
    <message>
        <source>%1 is damaged: the alias '%2' belongs to a state that does not exist</source>
        <translation>%1 повреждён: другое наименование «%2» принадлежит несуществующему государству</translation>
    </message>
    <message>
        <source>cannot create %1: a file with that name exists</source>
        <translation>не удаётся создать %1: файл с таким именем существует</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>не удаётся создать %1: папка %2 не существует</translation>
    </message>
    <message>
        <source>cannot create %1: renaming the new file failed</source>
        <translation>не удаётся создать %1: не удалось переименовать новый файл</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>cannot save as %1: the folder does not exist</source>
        <translation>не удаётся сохранить как %1: папка не существует</translation>
    </message>
    <message>
        <source>cannot save as %1: that workspace is open in another Plenipo</source>
        <translation>не удаётся сохранить как %1: это рабочее пространство открыто в другом экземпляре Plenipo</translation>
    </message>
    <message>
        <source>cannot save as %1: %2</source>
        <translation>не удаётся сохранить как %1: %2</translation>
    </message>
    <message>
        <source>%1 is open read-only: changes cannot be saved</source>
        <translation>%1 открыт только для чтения: изменения нельзя сохранить</translation>
    </message>
    <message>
        <source>a batch of changes was committed twice</source>
        <translation>пакет изменений зафиксирован дважды</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>неизвестное государство «%1»</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166-1 alpha-3 code (state %2)</source>
        <translation>«%1» — не код ISO 3166-1 alpha-3 (государство %2)</translation>
    </message>
    <message>
        <source>a group needs a code of its own ('%1' is empty or taken)</source>
        <translation>у группы должен быть собственный код («%1» пуст или занят)</translation>
    </message>
    <message>
        <source>group code '%1' is a state's ISO code; choose another</source>
        <translation>код группы «%1» — это код ISO государства; выберите другой</translation>
    </message>
    <message>
        <source>a process needs a code of its own ('%1' is empty or taken)</source>
        <translation>у процесса должен быть собственный код («%1» пуст или занят)</translation>
    </message>
    <message>
        <source>a norm needs a code of its own ('%1' is empty or taken)</source>
        <translation>у нормы должен быть собственный код («%1» пуст или занят)</translation>
    </message>
    <message>
        <source>a document needs a symbol of its own ('%1' is empty or taken)</source>
        <translation>у документа должно быть собственное условное обозначение («%1» пусто или занято)</translation>
    </message>
    <message>
        <source>document %1: unknown process</source>
        <translation>документ %1: неизвестный процесс</translation>
    </message>
    <message>
        <source>document %1: unknown predecessor document</source>
        <translation>документ %1: неизвестный предыдущий документ</translation>
    </message>
    <message>
        <source>clause %1 belongs to no known document</source>
        <translation>положение %1 не относится ни к одному известному документу</translation>
    </message>
    <message>
        <source>clause %1: the clause it descends from does not exist</source>
        <translation>положение %1: положение, от которого оно происходит, не существует</translation>
    </message>
    <message>
        <source>clause %1: unknown norm</source>
        <translation>положение %1: неизвестная норма</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>нет положения с идентификатором %1</translation>
    </message>
    <message>
        <source>clause %1 has no revision to restore</source>
        <translation>у положения %1 нет редакции для восстановления</translation>
    </message>
    <message>
        <source>a clause needs a number</source>
        <translation>у положения должен быть номер</translation>
    </message>
    <message>
        <source>clause %1: revision %2 is not the latest one and cannot be removed</source>
        <translation>положение %1: редакция %2 не последняя, и её нельзя удалить</translation>
    </message>
    <message>
        <source>no document with id %1</source>
        <translation>нет документа с идентификатором %1</translation>
    </message>
    <message>
        <source>%1: a recorded vote row is damaged (vote %2, state %3, choice %4)</source>
        <translation>%1: повреждена строка заносимого в отчёт голосования (голосование %2, государство %3, выбор %4)</translation>
    </message>
    <message>
        <source>recorded vote: bad choice %1 for %2</source>
        <translation>заносимое в отчёт голосование: недопустимый выбор %1 для %2</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translation>нет группы с идентификатором %1</translation>
    </message>
    <message>
        <source>no process with id %1</source>
        <translation>нет процесса с идентификатором %1</translation>
    </message>
    <message>
        <source>the search index is already being deferred</source>
        <translation>индексация для поиска уже отложена</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceInfo</name>
    <message>
        <source>Workspace:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's file name.</extracomment>
        <translation>Рабочее пространство:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's schema version (a number).</extracomment>
        <translation>Версия формата:</translation>
    </message>
    <message>
        <source>States:</source>
        <extracomment>A label of `plenipo info`, followed by the number of states.</extracomment>
        <translation>Государства:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the number of UN member states ("193 UN member states"), %2 the number of observer states ("2 observers").</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n государство — член ООН</numerusform>
            <numerusform>%n государства — члена ООН</numerusform>
            <numerusform>%n государств — членов ООН</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n наблюдатель</numerusform>
            <numerusform>%n наблюдателя</numerusform>
            <numerusform>%n наблюдателей</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups:</source>
        <extracomment>A label of `plenipo info`, followed by the number of state groups.</extracomment>
        <translation>Группы:</translation>
    </message>
    <message>
        <source>Processes:</source>
        <extracomment>A label of `plenipo info`, followed by the number of negotiation processes (and their names, one per line).</extracomment>
        <translation>Процессы:</translation>
    </message>
    <message>
        <source>Norms:</source>
        <extracomment>A label of `plenipo info`, followed by the number of norms.</extracomment>
        <translation>Нормы:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <extracomment>A label of `plenipo info`, followed by the number of documents.</extracomment>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <extracomment>A label of `plenipo info`, followed by the number of clauses.</extracomment>
        <translation>Положения:</translation>
    </message>
    <message>
        <source>Positions:</source>
        <extracomment>A label of `plenipo info`, followed by the number of recorded positions.</extracomment>
        <translation>Позиции:</translation>
    </message>
    <message>
        <source>Note:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's note on its positions.</extracomment>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceOpener</name>
    <message>
        <source>Workspace in use</source>
        <translation>Рабочее пространство используется</translation>
    </message>
    <message>
        <source>Workspace cannot be edited</source>
        <translation>Рабочее пространство нельзя редактировать</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read everything and use Save As to make an editable copy.</source>
        <translation>%1

Открыть его только для чтения? Вы сможете всё прочитать и с помощью «Сохранить как» сделать редактируемую копию.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Не удаётся открыть рабочее пространство</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceValidator</name>
    <message>
        <source>table state: state %1 has no code</source>
        <translation>таблица state: у государства %1 нет кода</translation>
    </message>
    <message>
        <source>table state_alias: the alias '%2' belongs to state %1, which does not exist</source>
        <translation>таблица state_alias: другое наименование «%2» принадлежит государству %1, которого нет</translation>
    </message>
    <message>
        <source>table group_member: group %1 lists state %2, which does not exist</source>
        <translation>таблица group_member: группа %1 содержит государство %2, которого нет</translation>
    </message>
    <message>
        <source>table group_member: state %2 is a member of group %1, which does not exist</source>
        <translation>таблица group_member: государство %2 входит в группу %1, которой нет</translation>
    </message>
    <message>
        <source>table process_member: process %1 lists state %2, which does not exist</source>
        <translation>таблица process_member: процесс %1 содержит государство %2, которого нет</translation>
    </message>
    <message>
        <source>table process_member: state %2 is a member of process %1, which does not exist</source>
        <translation>таблица process_member: государство %2 участвует в процессе %1, которого нет</translation>
    </message>
    <message>
        <source>table document: document %1 belongs to process %2, which does not exist</source>
        <translation>таблица document: документ %1 относится к процессу %2, которого нет</translation>
    </message>
    <message>
        <source>table document: document %1 follows document %2, which does not exist</source>
        <translation>таблица document: документ %1 следует за документом %2, которого нет</translation>
    </message>
    <message>
        <source>table clause: clause %1 belongs to document %2, which does not exist</source>
        <translation>таблица clause: положение %1 относится к документу %2, которого нет</translation>
    </message>
    <message>
        <source>table clause: clause %1 descends from clause %2, which does not exist</source>
        <translation>таблица clause: положение %1 происходит от положения %2, которого нет</translation>
    </message>
    <message>
        <source>table clause: document %1 has two clauses at place %2</source>
        <translation>таблица clause: в документе %1 два положения на месте %2</translation>
    </message>
    <message>
        <source>table clause_norm: clause %1 or norm %2 does not exist</source>
        <translation>таблица clause_norm: положения %1 или нормы %2 нет</translation>
    </message>
    <message>
        <source>table clause_revision: revision %1 belongs to clause %2, which does not exist</source>
        <translation>таблица clause_revision: редакция %1 относится к положению %2, которого нет</translation>
    </message>
    <message>
        <source>table stance_vector: positions on clause %1, which does not exist</source>
        <translation>таблица stance_vector: позиции по положению %1, которого нет</translation>
    </message>
    <message>
        <source>table document_adherent: document %1 or state %2 does not exist</source>
        <translation>таблица document_adherent: документа %1 или государства %2 нет</translation>
    </message>
    <message>
        <source>table document: unknown document kind '%1'</source>
        <translation>таблица document: неизвестный тип документа «%1»</translation>
    </message>
    <message>
        <source>table process: unknown process kind '%1'</source>
        <translation>таблица process: неизвестный тип процесса «%1»</translation>
    </message>
    <message>
        <source>table state_group: unknown group kind '%1'</source>
        <translation>таблица state_group: неизвестный тип группы «%1»</translation>
    </message>
    <message>
        <source>the file cannot be checked (%1)</source>
        <translation>не удаётся проверить файл (%1)</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>положение %1</translation>
    </message>
    <message>
        <source>clause %1, alternative %2</source>
        <translation>положение %1, вариант %2</translation>
    </message>
    <message>
        <source>table stance_vector: %1 has %2 for %3</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of stances ("200 stances"), %3 the number of states ("193 states").</extracomment>
        <translation>таблица stance_vector: %1 — %2 на %3</translation>
    </message>
    <message numerus="yes">
        <source>%n stances</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n states</source>
        <translation>
            <numerusform>%n государство</numerusform>
            <numerusform>%n государства</numerusform>
            <numerusform>%n государств</numerusform>
        </translation>
    </message>
    <message>
        <source>table stance_vector: %1: byte %2 for state %3 is not a stance</source>
        <extracomment>%1 is the clause (and alternative), %2 a byte value, %3 the state's index.</extracomment>
        <translation>таблица stance_vector: %1: байт %2 для государства %3 не является позицией</translation>
    </message>
    <message>
        <source>table stance_vector: %1: the detail vector is malformed</source>
        <translation>таблица stance_vector: %1: вектор сведений повреждён</translation>
    </message>
    <message numerus="yes">
        <source>table stance_vector: %1: the detail vector covers %n states of %2</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of states in the workspace.</extracomment>
        <translation>
            <numerusform>таблица stance_vector: %1: вектор сведений охватывает %n государство из %2</numerusform>
            <numerusform>таблица stance_vector: %1: вектор сведений охватывает %n государства из %2</numerusform>
            <numerusform>таблица stance_vector: %1: вектор сведений охватывает %n государств из %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for negotiating norms and treaty texts: bracketed drafts, the positions of states on every paragraph, consensus and coalitions. Sample positions are illustrative.</source>
        <translation>Рабочая среда для переговоров о нормах и текстах договоров: проекты с квадратными скобками, позиции государств по каждому пункту, консенсус и коалиции. Позиции в примере носят иллюстративный характер.</translation>
    </message>
    <message>
        <source>State data derived from the mledoze/countries data set (ODbL 1.0).</source>
        <translation>Данные о государствах взяты из набора данных mledoze/countries (ODbL 1.0).</translation>
    </message>
</context>
</TS>
