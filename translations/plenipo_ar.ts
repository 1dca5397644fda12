<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BulkImportProgress</name>
    <message>
        <source>Import Folder of Akoma Ntoso Resolutions</source>
        <translation>استيراد مجلد من قرارات Akoma Ntoso</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>جارٍ الاستيراد...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)...</source>
        <translation>جارٍ استيراد %1 (%2 من %3)...</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>تم استيراد %n ملف</numerusform>
            <numerusform>تم استيراد ملف واحد</numerusform>
            <numerusform>تم استيراد ملفين</numerusform>
            <numerusform>تم استيراد %n ملفات</numerusform>
            <numerusform>تم استيراد %n ملفًا</numerusform>
            <numerusform>تم استيراد %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped (already in the workspace)</source>
        <translation>
            <numerusform>تم تخطي %n ملف (موجودة بالفعل في مساحة العمل)</numerusform>
            <numerusform>تم تخطي ملف واحد (موجود بالفعل في مساحة العمل)</numerusform>
            <numerusform>تم تخطي ملفين (موجودان بالفعل في مساحة العمل)</numerusform>
            <numerusform>تم تخطي %n ملفات (موجودة بالفعل في مساحة العمل)</numerusform>
            <numerusform>تم تخطي %n ملفًا (موجودة بالفعل في مساحة العمل)</numerusform>
            <numerusform>تم تخطي %n ملف (موجودة بالفعل في مساحة العمل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>تعذّر استيراد %n ملف</numerusform>
            <numerusform>تعذّر استيراد ملف واحد</numerusform>
            <numerusform>تعذّر استيراد ملفين</numerusform>
            <numerusform>تعذّر استيراد %n ملفات</numerusform>
            <numerusform>تعذّر استيراد %n ملفًا</numerusform>
            <numerusform>تعذّر استيراد %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not read</source>
        <translation>
            <numerusform>أُلغي: لم يُقرأ %n ملف</numerusform>
            <numerusform>أُلغي: لم يُقرأ ملف واحد</numerusform>
            <numerusform>أُلغي: لم يُقرأ ملفان</numerusform>
            <numerusform>أُلغي: لم يُقرأ %n ملفات</numerusform>
            <numerusform>أُلغي: لم يُقرأ %n ملفًا</numerusform>
            <numerusform>أُلغي: لم يُقرأ %n ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n recorded vote(s) written</source>
        <extracomment>%1 is "3 documents"</extracomment>
        <translation>
            <numerusform>كُتب %1 و%n تصويت مسجل</numerusform>
            <numerusform>كُتب %1 وتصويت مسجل واحد</numerusform>
            <numerusform>كُتب %1 وتصويتان مسجلان</numerusform>
            <numerusform>كُتب %1 و%n عمليات تصويت مسجلة</numerusform>
            <numerusform>كُتب %1 و%n تصويتًا مسجلًا</numerusform>
            <numerusform>كُتب %1 و%n تصويت مسجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no Akoma Ntoso file (*.xml, *.akn), in it or in its sub-folders.</source>
        <translation>لا يحتوي %1 ولا مجلداته الفرعية على أي ملف بصيغة Akoma Ntoso (*.xml، *.akn).</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n Akoma Ntoso file(s) of %1?</source>
        <translation>
            <numerusform>استيراد %n ملف بصيغة Akoma Ntoso من %1؟</numerusform>
            <numerusform>استيراد ملف واحد بصيغة Akoma Ntoso من %1؟</numerusform>
            <numerusform>استيراد ملفين بصيغة Akoma Ntoso من %1؟</numerusform>
            <numerusform>استيراد %n ملفات بصيغة Akoma Ntoso من %1؟</numerusform>
            <numerusform>استيراد %n ملفًا بصيغة Akoma Ntoso من %1؟</numerusform>
            <numerusform>استيراد %n ملف بصيغة Akoma Ntoso من %1؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Each file is imported in its own transaction; Cancel during the run keeps the files done. The whole run is one step to undo.</source>
        <translation>يُستورد كل ملف في معاملة مستقلة؛ والإلغاء أثناء الاستيراد يُبقي على الملفات المنجزة. ويُتراجع عن الاستيراد كله بخطوة واحدة.</translation>
    </message>
    <message>
        <source>&amp;Replace documents already in the workspace (otherwise they are skipped)</source>
        <translation>&amp;استبدال الوثائق الموجودة بالفعل في مساحة العمل (وإلا فسيتم تخطيها)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) replaced documents already in the workspace</source>
        <translation>
            <numerusform>استبدل %n ملف وثائق موجودة بالفعل في مساحة العمل</numerusform>
            <numerusform>استبدل ملف واحد وثائق موجودة بالفعل في مساحة العمل</numerusform>
            <numerusform>استبدل ملفان وثائق موجودة بالفعل في مساحة العمل</numerusform>
            <numerusform>استبدلت %n ملفات وثائق موجودة بالفعل في مساحة العمل</numerusform>
            <numerusform>استبدل %n ملفًا وثائق موجودة بالفعل في مساحة العمل</numerusform>
            <numerusform>استبدل %n ملف وثائق موجودة بالفعل في مساحة العمل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::AgreementHeatMap</name>
    <message>
        <source>No recorded vote in the selection.</source>
        <translation>لا يوجد تصويت مسجل في النطاق المحدد.</translation>
    </message>
    <message>
        <source>%1 and %2: no vote in common</source>
        <translation>%1 و%2: لا يوجد تصويت مشترك</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: agreement %3 over %n vote(s)</source>
        <translation>
            <numerusform>%1 و%2: التطابق %3 في %n تصويت</numerusform>
            <numerusform>%1 و%2: التطابق %3 في تصويت واحد</numerusform>
            <numerusform>%1 و%2: التطابق %3 في تصويتين</numerusform>
            <numerusform>%1 و%2: التطابق %3 في %n عمليات تصويت</numerusform>
            <numerusform>%1 و%2: التطابق %3 في %n تصويتًا</numerusform>
            <numerusform>%1 و%2: التطابق %3 في %n تصويت</numerusform>
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
        <translation>export: تعذّرت كتابة ملف Akoma Ntoso: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::AknImporter</name>
    <message>
        <source>line %1 (/%2)</source>
        <extracomment>The place of a problem in an Akoma Ntoso file: %1 is the line, %2 the element's path ("line 12 (/akomaNtoso/doc/mainBody/paragraph[@eId='para_3'])").</extracomment>
        <translation>السطر %1 (/%2)</translation>
    </message>
    <message>
        <source>paragraph %1 has no text</source>
        <translation>الفقرة %1 بلا نص</translation>
    </message>
    <message>
        <source>paragraph %1: markup: %2</source>
        <extracomment>%1 is the paragraph number, %2 the markup problem ("unclosed bracket opened here").</extracomment>
        <translation>الفقرة %1: الترميز: %2</translation>
    </message>
    <message>
        <source>the closing words of paragraph %1 were added to its last sub-point</source>
        <translation>أُضيفت الكلمات الختامية للفقرة %1 إلى آخر فقرة فرعية فيها</translation>
    </message>
    <message>
        <source>process %1: unknown member state %2 left out</source>
        <translation>العملية %1: أُغفلت الدولة العضو غير المعروفة %2</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <extracomment>An item the import creates: %1 is the process's code, %2 its name.</extracomment>
        <translation>العملية %1 (%2)</translation>
    </message>
    <message>
        <source>unknown adherent state %1 left out</source>
        <translation>أُغفلت الدولة المنضمة غير المعروفة %1</translation>
    </message>
    <message numerus="yes">
        <source>coalition %1 (%n adherents)</source>
        <extracomment>An item the import creates: %1 is the coalition's code.</extracomment>
        <translation>
            <numerusform>الائتلاف %1 (%n دولة منضمة)</numerusform>
            <numerusform>الائتلاف %1 (دولة منضمة واحدة)</numerusform>
            <numerusform>الائتلاف %1 (دولتان منضمتان)</numerusform>
            <numerusform>الائتلاف %1 (%n دول منضمة)</numerusform>
            <numerusform>الائتلاف %1 (%n دولة منضمة)</numerusform>
            <numerusform>الائتلاف %1 (%n دولة منضمة)</numerusform>
        </translation>
    </message>
    <message>
        <source>position on unknown paragraph '%1'</source>
        <translation>موقف من فقرة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>bad stance '%1'</source>
        <translation>موقف غير صالح «%1»</translation>
    </message>
    <message>
        <source>paragraph %1 has no alternative %2</source>
        <translation>الفقرة %1 ليس فيها البديل %2</translation>
    </message>
    <message>
        <source>position with both state and states</source>
        <translation>موقف يحمل state وstates معًا</translation>
    </message>
    <message>
        <source>position without state or states</source>
        <translation>موقف بلا state ولا states</translation>
    </message>
    <message>
        <source>position with an empty list of states</source>
        <translation>موقف بقائمة دول فارغة</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>دولة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 دولة مراقبة: ليس للمراقبين مواقف</translation>
    </message>
    <message>
        <source>duplicate position of %1 on paragraph %2 (first on line %3)</source>
        <translation>موقف مكرر لـ %1 من الفقرة %2 (الأول في السطر %3)</translation>
    </message>
    <message>
        <source>no recorded vote in the file: no positions</source>
        <translation>لا يوجد تصويت مسجل في الملف: لا مواقف</translation>
    </message>
    <message>
        <source>in favour</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>المؤيدون</translation>
    </message>
    <message>
        <source>against</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>المعارضون</translation>
    </message>
    <message>
        <source>abstaining</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>الممتنعون</translation>
    </message>
    <message>
        <source>vote count '%1' is not in favour, against or abstaining; left out</source>
        <translation>فئة العدّ «%1» ليست المؤيدين ولا المعارضين ولا الممتنعين؛ أُغفلت</translation>
    </message>
    <message>
        <source>voter '%1' (%2) does not resolve to a state of the workspace: no position recorded for it</source>
        <extracomment>%1 is the voter's name in the file, %2 the count it is listed in (in favour, against, abstaining).</extracomment>
        <translation>المصوِّت «%1» (%2) لا يطابق أي دولة في مساحة العمل: لم يُسجَّل له موقف</translation>
    </message>
    <message>
        <source>%1 (%2) is an observer state, which has no vote: left out of the recorded vote</source>
        <extracomment>%1 is the state's name in the file, %2 the count it is listed in (in favour, against, abstaining).</extracomment>
        <translation>%1 (%2) دولة مراقبة لا صوت لها: أُغفلت من التصويت المسجل</translation>
    </message>
    <message>
        <source>%1 (%2) is listed both %3 and %4; the first is kept</source>
        <extracomment>%1 is the state's name in the file, %2 its ISO code, %3 and %4 the counts it is listed in (in favour, against, abstaining).</extracomment>
        <translation>%1 (%2) مدرجة في فئتي «%3» و«%4» معًا؛ أُبقي على الأولى</translation>
    </message>
    <message numerus="yes">
        <source>the count says %1 %2 but %n names are listed</source>
        <extracomment>%1 is the number the file declares, %2 the count (in favour, against, abstaining): "the count says 163 in favour but 162 names are listed".</extracomment>
        <translation>
            <numerusform>يذكر العدد في فئة «%2» %1، لكن القائمة تضم %n اسم</numerusform>
            <numerusform>يذكر العدد في فئة «%2» %1، لكن القائمة تضم اسمًا واحدًا</numerusform>
            <numerusform>يذكر العدد في فئة «%2» %1، لكن القائمة تضم اسمين</numerusform>
            <numerusform>يذكر العدد في فئة «%2» %1، لكن القائمة تضم %n أسماء</numerusform>
            <numerusform>يذكر العدد في فئة «%2» %1، لكن القائمة تضم %n اسمًا</numerusform>
            <numerusform>يذكر العدد في فئة «%2» %1، لكن القائمة تضم %n اسم</numerusform>
        </translation>
    </message>
    <message>
        <source>sponsor '%1' (removed from the list) does not resolve to a state</source>
        <translation>مقدِّم المشروع «%1» (المسحوب من القائمة) لا يطابق أي دولة</translation>
    </message>
    <message>
        <source>%1 was removed from the list of sponsors</source>
        <translation>سُحبت %1 من قائمة مقدِّمي المشروع</translation>
    </message>
    <message>
        <source>sponsor '%1' does not resolve to a state</source>
        <translation>مقدِّم المشروع «%1» لا يطابق أي دولة</translation>
    </message>
    <message>
        <source>submitted by %1 (no state sponsors)</source>
        <extracomment>An item the import creates: %1 is who submitted the draft ("the Chair of the Committee").</extracomment>
        <translation>قدّمه %1 (بلا دول مقدِّمة)</translation>
    </message>
    <message>
        <source>sponsor %1 on behalf of %2</source>
        <extracomment>An item the import creates: %1 is a state's ISO code, %2 the group it speaks for.</extracomment>
        <translation>مقدِّم المشروع %1 باسم %2</translation>
    </message>
    <message>
        <source>the workspace already has a group '%1'</source>
        <translation>في مساحة العمل مجموعة «%1» بالفعل</translation>
    </message>
    <message numerus="yes">
        <source>group '%1' (coalition): %n sponsor(s)</source>
        <extracomment>An item the import creates: %1 is the group's name ("Sponsors of A/RES/75/32").</extracomment>
        <translation>
            <numerusform>المجموعة «%1» (ائتلاف): %n مقدِّم</numerusform>
            <numerusform>المجموعة «%1» (ائتلاف): مقدِّم واحد</numerusform>
            <numerusform>المجموعة «%1» (ائتلاف): مقدِّمان</numerusform>
            <numerusform>المجموعة «%1» (ائتلاف): %n مقدِّمين</numerusform>
            <numerusform>المجموعة «%1» (ائتلاف): %n مقدِّمًا</numerusform>
            <numerusform>المجموعة «%1» (ائتلاف): %n مقدِّم</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded vote kept as a vote: %1 yes, %2 no, %3 abstaining, %4 absent</source>
        <extracomment>An item the import creates: %1 to %4 are the numbers of states that voted yes, no, abstained and were absent.</extracomment>
        <translation>حُفظ التصويت المسجل بوصفه تصويتًا: المؤيدون %1، والمعارضون %2، والممتنعون %3، والغائبون %4</translation>
    </message>
    <message>
        <source>%1: the document collection has no component with its own &lt;meta&gt;; nothing was imported</source>
        <translation>%1: لا تضم مجموعة الوثائق أي مكوِّن له &lt;meta&gt; خاص به؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>two parts have the symbol %1</source>
        <translation>لجزأين الرمز نفسه %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of %1, each its own document</source>
        <extracomment>An item the import creates: %1 is the collection's symbol ("A/RES/74/264").</extracomment>
        <translation>
            <numerusform>%n جزء من %1، كل منها وثيقة مستقلة</numerusform>
            <numerusform>جزء واحد من %1، وهو وثيقة مستقلة</numerusform>
            <numerusform>جزآن من %1، كل منهما وثيقة مستقلة</numerusform>
            <numerusform>%n أجزاء من %1، كل منها وثيقة مستقلة</numerusform>
            <numerusform>%n جزءًا من %1، كل منها وثيقة مستقلة</numerusform>
            <numerusform>%n جزء من %1، كل منها وثيقة مستقلة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is empty; nothing was imported</source>
        <translation>%1: الملف فارغ؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not well-formed XML (%4); nothing was imported</source>
        <translation>%1: السطر %2، العمود %3: ملف XML غير سليم البنية (%4)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: not an Akoma Ntoso 3.0 document (the root element is &lt;%2&gt; in namespace '%3'); nothing was imported</source>
        <translation>%1: ليس وثيقة Akoma Ntoso 3.0 (العنصر الجذر هو &lt;%2&gt; في فضاء الأسماء «%3»)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: the Akoma Ntoso document has no &lt;meta&gt; or no &lt;mainBody&gt;; nothing was imported</source>
        <translation>%1: وثيقة Akoma Ntoso بلا &lt;meta&gt; أو بلا &lt;mainBody&gt;؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>the document has no symbol (docNumber or FRBRnumber)</source>
        <translation>الوثيقة بلا رمز (docNumber أو FRBRnumber)</translation>
    </message>
    <message>
        <source>replaces the document %1 of the workspace</source>
        <translation>يحل محل الوثيقة %1 في مساحة العمل</translation>
    </message>
    <message>
        <source>the workspace already has a document %1</source>
        <translation>في مساحة العمل وثيقة %1 بالفعل</translation>
    </message>
    <message>
        <source>the document has no title</source>
        <translation>الوثيقة بلا عنوان</translation>
    </message>
    <message>
        <source>no paragraphs found</source>
        <translation>لم يُعثر على أي فقرة</translation>
    </message>
    <message>
        <source>process %1 is not in the workspace: the document is imported without it</source>
        <translation>العملية %1 ليست في مساحة العمل: تُستورد الوثيقة من دونها</translation>
    </message>
    <message>
        <source>predecessor %1 is not in the workspace: the document is imported without it</source>
        <translation>الوثيقة السابقة %1 ليست في مساحة العمل: تُستورد الوثيقة من دونها</translation>
    </message>
    <message>
        <source>paragraph %1: norm %2 is not in the workspace; link left out</source>
        <translation>الفقرة %1: القاعدة %2 ليست في مساحة العمل؛ أُغفل الربط</translation>
    </message>
    <message>
        <source>the part has no vote of its own: the collection's recorded vote is recorded for it</source>
        <translation>ليس للجزء تصويت خاص به: يُسجَّل له التصويت المسجل للمجموعة</translation>
    </message>
    <message numerus="yes">
        <source>recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on each of the %n paragraph(s), preambular and operative</source>
        <extracomment>An item the import creates: %1, %2 and %3 are the numbers of states in favour, against and abstaining.</extracomment>
        <translation>
            <numerusform>التصويت المسجل: المؤيدون %1، والمعارضون %2، والممتنعون %3، مسجَّلًا مواقفَ من كل فقرة من فقرات الديباجة والمنطوق (%n)</numerusform>
            <numerusform>التصويت المسجل: المؤيدون %1، والمعارضون %2، والممتنعون %3، مسجَّلًا مواقفَ من كل فقرة من فقرات الديباجة والمنطوق (%n)</numerusform>
            <numerusform>التصويت المسجل: المؤيدون %1، والمعارضون %2، والممتنعون %3، مسجَّلًا مواقفَ من كل فقرة من فقرات الديباجة والمنطوق (%n)</numerusform>
            <numerusform>التصويت المسجل: المؤيدون %1، والمعارضون %2، والممتنعون %3، مسجَّلًا مواقفَ من كل فقرة من فقرات الديباجة والمنطوق (%n)</numerusform>
            <numerusform>التصويت المسجل: المؤيدون %1، والمعارضون %2، والممتنعون %3، مسجَّلًا مواقفَ من كل فقرة من فقرات الديباجة والمنطوق (%n)</numerusform>
            <numerusform>التصويت المسجل: المؤيدون %1، والمعارضون %2، والممتنعون %3، مسجَّلًا مواقفَ من كل فقرة من فقرات الديباجة والمنطوق (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s) (%4 preambular)</source>
        <extracomment>An item the import creates: %1 is the document's symbol, %2 its title, %3 its kind and date ("resolution, 2020-12-07").</extracomment>
        <translation>
            <numerusform>الوثيقة %1 «%2» (%3): %n فقرة (منها %4 في الديباجة)</numerusform>
            <numerusform>الوثيقة %1 «%2» (%3): فقرة واحدة (منها %4 في الديباجة)</numerusform>
            <numerusform>الوثيقة %1 «%2» (%3): فقرتان (منها %4 في الديباجة)</numerusform>
            <numerusform>الوثيقة %1 «%2» (%3): %n فقرات (منها %4 في الديباجة)</numerusform>
            <numerusform>الوثيقة %1 «%2» (%3): %n فقرة (منها %4 في الديباجة)</numerusform>
            <numerusform>الوثيقة %1 «%2» (%3): %n فقرة (منها %4 في الديباجة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s)</source>
        <translation>
            <numerusform>الوثيقة %1 «%2» (%3): %n فقرة</numerusform>
            <numerusform>الوثيقة %1 «%2» (%3): فقرة واحدة</numerusform>
            <numerusform>الوثيقة %1 «%2» (%3): فقرتان</numerusform>
            <numerusform>الوثيقة %1 «%2» (%3): %n فقرات</numerusform>
            <numerusform>الوثيقة %1 «%2» (%3): %n فقرة</numerusform>
            <numerusform>الوثيقة %1 «%2» (%3): %n فقرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <extracomment>An item the import creates.</extracomment>
        <translation>
            <numerusform>%n موقف</numerusform>
            <numerusform>موقف واحد</numerusform>
            <numerusform>موقفان</numerusform>
            <numerusform>%n مواقف</numerusform>
            <numerusform>%n موقفًا</numerusform>
            <numerusform>%n موقف</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import: اقرأ الملف أولًا</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1: وُجد %n خطأ؛ لم يُستورد شيء</numerusform>
            <numerusform>%1: وُجد خطأ واحد؛ لم يُستورد شيء</numerusform>
            <numerusform>%1: وُجد خطآن؛ لم يُستورد شيء</numerusform>
            <numerusform>%1: وُجد %n أخطاء؛ لم يُستورد شيء</numerusform>
            <numerusform>%1: وُجد %n خطأً؛ لم يُستورد شيء</numerusform>
            <numerusform>%1: وُجد %n خطأ؛ لم يُستورد شيء</numerusform>
        </translation>
    </message>
    <message>
        <source>a paragraph without a number, named %1 by its place</source>
        <translation>فقرة بلا رقم، سُمِّيت %1 بحسب موضعها</translation>
    </message>
    <message>
        <source>paragraph number %1 comes twice in the document</source>
        <translation>يرد رقم الفقرة %1 مرتين في الوثيقة</translation>
    </message>
</context>
<context>
    <name>Plenipo::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::BulkImporter</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>already in the workspace: %1</source>
        <extracomment>Why a folder import skipped a file: %1 is the list of document symbols.</extracomment>
        <translation>موجودة بالفعل في مساحة العمل: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Why a folder import failed: %1 is the place in the file ("line 12"), %2 the error.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>What a folder import did with one file.</extracomment>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>What a folder import did with one file: it replaced the document already there.</extracomment>
        <translation>استُبدل</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>What a folder import did with one file: the document was already there.</extracomment>
        <translation>تُخطي</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>What a folder import did with one file: it could not be imported.</extracomment>
        <translation>فشل</translation>
    </message>
    <message>
        <source>, %1 paragraph(s), recorded vote, %2 warning(s)</source>
        <translation>، عدد الفقرات: %1، تصويت مسجل، عدد التحذيرات: %2</translation>
    </message>
    <message>
        <source>, %1 paragraph(s), %2 warning(s)</source>
        <extracomment>The rest of a folder import's line for one file: %1 is the number of paragraphs, %2 the number of warnings.</extracomment>
        <translation>، عدد الفقرات: %1، عدد التحذيرات: %2</translation>
    </message>
    <message>
        <source>total: %1 file(s): %2 imported, %3 replaced, %4 skipped (already there), %5 failed; %6 document(s), %7 recorded vote(s)</source>
        <extracomment>The last line of a folder import; the counts are named without a plural form.</extracomment>
        <translation>المجموع: عدد الملفات %1: استُورد %2، واستُبدل %3، وتُخطي %4 (موجودة بالفعل)، وفشل %5؛ عدد الوثائق %6، وعدد التصويتات المسجلة %7</translation>
    </message>
    <message numerus="yes">
        <source>; cancelled, %n file(s) not read</source>
        <extracomment>Added to the last line of a folder import that was cancelled.</extracomment>
        <translation>
            <numerusform>؛ أُلغي، ولم يُقرأ %n ملف</numerusform>
            <numerusform>؛ أُلغي، ولم يُقرأ ملف واحد</numerusform>
            <numerusform>؛ أُلغي، ولم يُقرأ ملفان</numerusform>
            <numerusform>؛ أُلغي، ولم يُقرأ %n ملفات</numerusform>
            <numerusform>؛ أُلغي، ولم يُقرأ %n ملفًا</numerusform>
            <numerusform>؛ أُلغي، ولم يُقرأ %n ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ChangeClauseCommand</name>
    <message>
        <source>Renumber clause %1</source>
        <translation>إعادة ترقيم البند %1</translation>
    </message>
    <message>
        <source>Link clause %1 to norms</source>
        <translation>ربط البند %1 بقواعد</translation>
    </message>
</context>
<context>
    <name>Plenipo::ChartsView</name>
    <message>
        <source>Groups:</source>
        <translation>المجموعات:</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>&amp;حفظ بتنسيق PNG...</translation>
    </message>
    <message>
        <source>Save as S&amp;VG...</source>
        <translation>حفظ بتنسيق &amp;SVG...</translation>
    </message>
    <message>
        <source>Document dashboard</source>
        <translation>لوحة معلومات الوثيقة</translation>
    </message>
    <message>
        <source>Trend along the lineage</source>
        <translation>الاتجاه عبر تحدر النص</translation>
    </message>
    <message>
        <source>Support by group</source>
        <translation>التأييد حسب المجموعة</translation>
    </message>
    <message>
        <source>UN regional groups</source>
        <translation>المجموعات الإقليمية للأمم المتحدة</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>المجموعات السياسية</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>الائتلافات</translation>
    </message>
    <message>
        <source>Clause shown</source>
        <translation>البند المعروض</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>الوثيقة كاملة</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;الرسم البياني:</translation>
    </message>
    <message>
        <source>Illustrative values: the sample's positions are not recorded statements of any State.</source>
        <translation>قيم توضيحية: مواقف المثال ليست بيانات مسجلة لأي دولة.</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>البنود</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n clause(s) by status; agreed words: %2</source>
        <translation>
            <numerusform>%1 — %n بند حسب الحالة؛ الكلمات المتفق عليها: %2</numerusform>
            <numerusform>%1 — بند واحد حسب الحالة؛ الكلمات المتفق عليها: %2</numerusform>
            <numerusform>%1 — بندان حسب الحالة؛ الكلمات المتفق عليها: %2</numerusform>
            <numerusform>%1 — %n بنود حسب الحالة؛ الكلمات المتفق عليها: %2</numerusform>
            <numerusform>%1 — %n بندًا حسب الحالة؛ الكلمات المتفق عليها: %2</numerusform>
            <numerusform>%1 — %n بند حسب الحالة؛ الكلمات المتفق عليها: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the navigator</source>
        <translation>اختر وثيقة في لوحة التنقل</translation>
    </message>
    <message>
        <source>Bracketed spans</source>
        <translation>المقاطع بين معقوفتين</translation>
    </message>
    <message>
        <source>Alternative groups</source>
        <translation>مجموعات البدائل</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>البدائل</translation>
    </message>
    <message>
        <source>Agreed words (%)</source>
        <translation>الكلمات المتفق عليها (%)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>agreed words</source>
        <translation>الكلمات المتفق عليها</translation>
    </message>
    <message numerus="yes">
        <source>Brackets and agreed words along the lineage (%n draft(s))</source>
        <translation>
            <numerusform>المعقوفات والكلمات المتفق عليها عبر تحدر النص (%n مسودة)</numerusform>
            <numerusform>المعقوفات والكلمات المتفق عليها عبر تحدر النص (مسودة واحدة)</numerusform>
            <numerusform>المعقوفات والكلمات المتفق عليها عبر تحدر النص (مسودتان)</numerusform>
            <numerusform>المعقوفات والكلمات المتفق عليها عبر تحدر النص (%n مسودات)</numerusform>
            <numerusform>المعقوفات والكلمات المتفق عليها عبر تحدر النص (%n مسودة)</numerusform>
            <numerusform>المعقوفات والكلمات المتفق عليها عبر تحدر النص (%n مسودة)</numerusform>
        </translation>
    </message>
    <message>
        <source>members × paragraphs</source>
        <translation>الأعضاء × الفقرات</translation>
    </message>
    <message>
        <source>members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Stances on paragraph %1 of %2, by group (click a bar to select its states)</source>
        <translation>المواقف من الفقرة %1 من %2، حسب المجموعة (انقر عمودًا لتحديد دوله)</translation>
    </message>
    <message>
        <source>Stances on every paragraph of %1, by group (click a bar to select its states)</source>
        <translation>المواقف من كل فقرات %1، حسب المجموعة (انقر عمودًا لتحديد دوله)</translation>
    </message>
    <message>
        <source>No groups of this kind in the workspace</source>
        <translation>لا توجد مجموعات من هذا النوع في مساحة العمل</translation>
    </message>
    <message>
        <source>Cannot write the PNG image %1</source>
        <translation>تعذّرت كتابة صورة PNG %1</translation>
    </message>
    <message>
        <source>Chart from Plenipo</source>
        <translation>رسم بياني من Plenipo</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>حفظ الرسم البياني بتنسيق SVG</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>حفظ الرسم البياني بتنسيق PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>صور SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>تعذّر حفظ الرسم البياني</translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseEditor</name>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n مقطع بين معقوفتين</numerusform>
            <numerusform>مقطع واحد بين معقوفتين</numerusform>
            <numerusform>مقطعان بين معقوفتين</numerusform>
            <numerusform>%n مقاطع بين معقوفتين</numerusform>
            <numerusform>%n مقطعًا بين معقوفتين</numerusform>
            <numerusform>%n مقطع بين معقوفتين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alternative group(s)</source>
        <translation>
            <numerusform>%n مجموعة بدائل</numerusform>
            <numerusform>مجموعة بدائل واحدة</numerusform>
            <numerusform>مجموعتا بدائل</numerusform>
            <numerusform>%n مجموعات بدائل</numerusform>
            <numerusform>%n مجموعة بدائل</numerusform>
            <numerusform>%n مجموعة بدائل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s) agreed (%2%)</source>
        <translation>
            <numerusform>%1 من أصل %n كلمة متفق عليها (%2%)</numerusform>
            <numerusform>%1 من أصل كلمة واحدة متفق عليها (%2%)</numerusform>
            <numerusform>%1 من أصل كلمتين متفق عليها (%2%)</numerusform>
            <numerusform>%1 من أصل %n كلمات متفق عليها (%2%)</numerusform>
            <numerusform>%1 من أصل %n كلمة متفق عليها (%2%)</numerusform>
            <numerusform>%1 من أصل %n كلمة متفق عليها (%2%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed deletion(s)</source>
        <translation>
            <numerusform>%n حذف مقترح</numerusform>
            <numerusform>حذف مقترح واحد</numerusform>
            <numerusform>حذفان مقترحان</numerusform>
            <numerusform>%n عمليات حذف مقترحة</numerusform>
            <numerusform>%n حذفًا مقترحًا</numerusform>
            <numerusform>%n حذف مقترح</numerusform>
        </translation>
    </message>
    <message>
        <source>ad referendum</source>
        <translation>رهناً بالاستشارة</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
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
            <numerusform>%n خيار</numerusform>
            <numerusform>خيار واحد</numerusform>
            <numerusform>خياران</numerusform>
            <numerusform>%n خيارات</numerusform>
            <numerusform>%n خيارًا</numerusform>
            <numerusform>%n خيار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseView</name>
    <message>
        <source>&amp;Save revision</source>
        <translation>&amp;حفظ التنقيح</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;استرجاع</translation>
    </message>
    <message>
        <source>Compare with &amp;norm</source>
        <translation>&amp;المقارنة بالقاعدة</translation>
    </message>
    <message>
        <source>Compare with &amp;predecessor</source>
        <translation>&amp;المقارنة بالسابق</translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation>&amp;مقارنة المحدد</translation>
    </message>
    <message>
        <source>Note for this revision (what changed, who asked)</source>
        <translation>ملاحظة على هذا التنقيح (ما الذي تغير، ومن طلبه)</translation>
    </message>
    <message>
        <source>Word-by-word comparison with the norm this clause derives from</source>
        <translation>مقارنة كلمة بكلمة بالقاعدة التي يستمد منها هذا البند</translation>
    </message>
    <message>
        <source>Word-by-word comparison with the clause it descends from</source>
        <translation>مقارنة كلمة بكلمة بالبند الذي يتحدر منه</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>التنقيح</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>وقت الحفظ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (select two revisions to compare them)</source>
        <translation>&lt;b&gt;السجل&lt;/b&gt; (حدد تنقيحين لمقارنتهما)</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>لا توجد مساحة عمل</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>لم يُحدَّد شيء</translation>
    </message>
    <message>
        <source>Choose a process, document, clause or norm in the navigator.</source>
        <translation>اختر عملية أو وثيقة أو بندًا أو قاعدة في لوحة التنقل.</translation>
    </message>
    <message>
        <source>Unsaved clause text</source>
        <translation>نص بند غير محفوظ</translation>
    </message>
    <message>
        <source>Clause not found</source>
        <translation>البند غير موجود</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>الفقرة %1</translation>
    </message>
    <message>
        <source>Derives from:</source>
        <translation>مستمد من:</translation>
    </message>
    <message>
        <source>Descends from:</source>
        <translation>متحدر من:</translation>
    </message>
    <message>
        <source>Current text (revision %1 of %2): edit it and save a new revision</source>
        <translation>النص الحالي (التنقيح %1 من %2): عدّله واحفظ تنقيحًا جديدًا</translation>
    </message>
    <message>
        <source>Current text (revision %1 of %2), read-only</source>
        <translation>النص الحالي (التنقيح %1 من %2)، للقراءة فقط</translation>
    </message>
    <message>
        <source>Earlier text: revision %1 of %2 (read-only)</source>
        <translation>نص سابق: التنقيح %1 من %2 (للقراءة فقط)</translation>
    </message>
    <message>
        <source>The text of paragraph %1 has changed. Save it as a new revision?</source>
        <translation>تغيّر نص الفقرة %1. هل تريد حفظه تنقيحًا جديدًا؟</translation>
    </message>
</context>
<context>
    <name>Plenipo::CoalitionView</name>
    <message>
        <source>Text Most Accept</source>
        <translation>النص الذي يقبله الأكثر</translation>
    </message>
    <message>
        <source>Largest Text</source>
        <translation>أوسع نص</translation>
    </message>
    <message>
        <source>What Would It Take?</source>
        <translation>ما الذي يلزم؟</translation>
    </message>
    <message>
        <source>Derive Coalition Document...</source>
        <translation>استخلاص وثيقة الائتلاف...</translation>
    </message>
    <message>
        <source>States by code or name, separated by commas: FRA, Germany, ...</source>
        <translation>الدول بالرمز أو الاسم، مفصولة بفواصل: FRA، ألمانيا، ...</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>الائتلاف</translation>
    </message>
    <message>
        <source>Fails because of</source>
        <translation>يتعثر بسبب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Check a clause to keep it in suggested texts; right-click a failing clause or alternative to try a what-if</source>
        <translation>حدد بندًا للإبقاء عليه في النصوص المقترحة؛ انقر بالزر الأيمن على بند أو بديل متعثر لتجربة افتراض</translation>
    </message>
    <message>
        <source>Suggestions appear here: the text most members accept, the largest text at least N members accept, or what a state outside would need changed to join.</source>
        <translation>تظهر الاقتراحات هنا: النص الذي يقبله معظم الأعضاء، أو أوسع نص يقبله N من الأعضاء على الأقل، أو ما يلزم تغييره لتنضم دولة من خارج الائتلاف.</translation>
    </message>
    <message>
        <source>Create a document with the clauses this coalition accepts and its members as adherents (no positions or notes)</source>
        <translation>إنشاء وثيقة بالبنود التي يقبلها هذا الائتلاف مع أعضائه بوصفهم دولًا منضمة (بلا مواقف أو ملاحظات)</translation>
    </message>
    <message>
        <source>states that must be in (optional)</source>
        <translation>دول لا بد منها (اختياري)</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>على الأقل </translation>
    </message>
    <message>
        <source> states</source>
        <translation> دولة</translation>
    </message>
    <message>
        <source>The text (clauses and alternatives) accepted by the most coalition members, with the must-be-in states and the checked clauses</source>
        <translation>النص (البنود والبدائل) الذي يقبله أكبر عدد من أعضاء الائتلاف، مع الدول الواجب وجودها والبنود المحددة</translation>
    </message>
    <message>
        <source>The text with the most clauses that at least this many coalition members accept</source>
        <translation>النص الذي يضم أكبر عدد من البنود ويقبله هذا العدد على الأقل من أعضاء الائتلاف</translation>
    </message>
    <message>
        <source>Coalition:</source>
        <translation>الائتلاف:</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Outside:</source>
        <translation>من الخارج:</translation>
    </message>
    <message>
        <source>Coalition text</source>
        <translation>نص الائتلاف</translation>
    </message>
    <message>
        <source>What if %1 supported %2?</source>
        <translation>ماذا لو أيدت %1 %2؟</translation>
    </message>
    <message>
        <source>the clause</source>
        <translation>البند</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n)</source>
        <translation>
            <numerusform>%1: %2 (%n)</numerusform>
            <numerusform>%1: %2 (%n)</numerusform>
            <numerusform>%1: %2 (%n)</numerusform>
            <numerusform>%1: %2 (%n)</numerusform>
            <numerusform>%1: %2 (%n)</numerusform>
            <numerusform>%1: %2 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>العملية %1 (%n)</numerusform>
            <numerusform>العملية %1 (%n)</numerusform>
            <numerusform>العملية %1 (%n)</numerusform>
            <numerusform>العملية %1 (%n)</numerusform>
            <numerusform>العملية %1 (%n)</numerusform>
            <numerusform>العملية %1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-picked states...</source>
        <translation>دول مختارة يدويًا...</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>غير معروف: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Coalition&lt;/b&gt;: select a document or a clause</source>
        <translation>&lt;b&gt;الائتلاف&lt;/b&gt;: حدد وثيقة أو بندًا</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coalition&lt;/b&gt; on %1 &amp;ndash; %2</source>
        <translation>&lt;b&gt;الائتلاف&lt;/b&gt; بشأن %1 &amp;ndash; %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n state(s)) accepts &lt;b&gt;%2 of %3&lt;/b&gt; clauses.</source>
        <translation>
            <numerusform>يقبل %1 (%n دولة) &lt;b&gt;%2 من أصل %3&lt;/b&gt; بنود.</numerusform>
            <numerusform>يقبل %1 (دولة واحدة) &lt;b&gt;%2 من أصل %3&lt;/b&gt; بنود.</numerusform>
            <numerusform>يقبل %1 (دولتان) &lt;b&gt;%2 من أصل %3&lt;/b&gt; بنود.</numerusform>
            <numerusform>يقبل %1 (%n دول) &lt;b&gt;%2 من أصل %3&lt;/b&gt; بنود.</numerusform>
            <numerusform>يقبل %1 (%n دولة) &lt;b&gt;%2 من أصل %3&lt;/b&gt; بنود.</numerusform>
            <numerusform>يقبل %1 (%n دولة) &lt;b&gt;%2 من أصل %3&lt;/b&gt; بنود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(with %n what-if stance(s))</source>
        <translation>
            <numerusform>(مع %n موقف افتراضي)</numerusform>
            <numerusform>(مع موقف افتراضي واحد)</numerusform>
            <numerusform>(مع موقفين افتراضيين)</numerusform>
            <numerusform>(مع %n مواقف افتراضية)</numerusform>
            <numerusform>(مع %n موقفًا افتراضيًا)</numerusform>
            <numerusform>(مع %n موقف افتراضي)</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>متعثر</translation>
    </message>
    <message>
        <source>Not accepted as a whole by: %1</source>
        <translation>لا تقبله ككل: %1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (اختياري)</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>يأخذ %1</translation>
    </message>
    <message>
        <source>no alternative</source>
        <translation>لا بديل</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>مختار</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>غير مقبول</translation>
    </message>
    <message>
        <source>Adherents: %1</source>
        <translation>الدول المنضمة: %1</translation>
    </message>
    <message>
        <source>No clause is accepted by every member.</source>
        <translation>لا يوجد بند يقبله جميع الأعضاء.</translation>
    </message>
    <message>
        <source>The hand-picked states</source>
        <translation>الدول المختارة يدويًا</translation>
    </message>
    <message>
        <source>Derive Coalition Document</source>
        <translation>استخلاص وثيقة الائتلاف</translation>
    </message>
    <message>
        <source>Symbol of the new document (the clauses %1 accepts, with its members as adherents):</source>
        <translation>رمز الوثيقة الجديدة (البنود التي يقبلها %1، مع أعضائه بوصفهم دولًا منضمة):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot derive the coalition document</source>
        <translation>تعذّر استخلاص وثيقة الائتلاف</translation>
    </message>
    <message>
        <source>Unknown states in "must be in": %1</source>
        <translation>دول غير معروفة في «يجب أن تكون ضمنه»: %1</translation>
    </message>
    <message>
        <source>The text most members accept</source>
        <translation>النص الذي يقبله معظم الأعضاء</translation>
    </message>
    <message>
        <source>No text keeps every checked clause with every must-be-in state.</source>
        <translation>لا يوجد نص يُبقي على كل البنود المحددة مع كل الدول الواجب وجودها.</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (دقيق)</translation>
    </message>
    <message>
        <source> (heuristic)</source>
        <translation> (تقريبي)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>المستبعدون: %1</translation>
    </message>
    <message numerus="yes">
        <source>The largest text at least %n member(s) accept</source>
        <translation>
            <numerusform>أوسع نص يقبله على الأقل %n عضو</numerusform>
            <numerusform>أوسع نص يقبله على الأقل عضو واحد</numerusform>
            <numerusform>أوسع نص يقبله على الأقل عضوان</numerusform>
            <numerusform>أوسع نص يقبله على الأقل %n أعضاء</numerusform>
            <numerusform>أوسع نص يقبله على الأقل %n عضوًا</numerusform>
            <numerusform>أوسع نص يقبله على الأقل %n عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>No text with the checked clauses is accepted by that many members.</source>
        <translation>لا يوجد نص يضم البنود المحددة يقبله هذا العدد من الأعضاء.</translation>
    </message>
    <message>
        <source>What %1 would need to join</source>
        <translation>ما يلزم لانضمام %1</translation>
    </message>
    <message>
        <source>%1 is a member of this coalition.</source>
        <translation>%1 عضو في هذا الائتلاف.</translation>
    </message>
    <message>
        <source>%1 already accepts the whole coalition text.</source>
        <translation>تقبل %1 بالفعل نص الائتلاف كله.</translation>
    </message>
    <message>
        <source>Paragraph %1: drop it (no version suits both).</source>
        <translation>الفقرة %1: حذفها (لا توجد صيغة تناسب الطرفين).</translation>
    </message>
    <message>
        <source>Paragraph %1: in %2, take %3 instead of %4.</source>
        <translation>الفقرة %1: في %2، يؤخذ %3 بدلًا من %4.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <source>Derived %1 with %n clause(s) and %2.</source>
        <translation>
            <numerusform>استُخلصت %1 وفيها %n بند و%2.</numerusform>
            <numerusform>استُخلصت %1 وفيها بند واحد و%2.</numerusform>
            <numerusform>استُخلصت %1 وفيها بندان و%2.</numerusform>
            <numerusform>استُخلصت %1 وفيها %n بنود و%2.</numerusform>
            <numerusform>استُخلصت %1 وفيها %n بندًا و%2.</numerusform>
            <numerusform>استُخلصت %1 وفيها %n بند و%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adherent(s)</source>
        <translation>
            <numerusform>%n دولة منضمة</numerusform>
            <numerusform>دولة منضمة واحدة</numerusform>
            <numerusform>دولتان منضمتان</numerusform>
            <numerusform>%n دول منضمة</numerusform>
            <numerusform>%n دولة منضمة</numerusform>
            <numerusform>%n دولة منضمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 states accept %n clause(s)%3: %4</source>
        <translation>
            <numerusform>تقبل %1 من أصل %2 دولة %n بند%3: %4</numerusform>
            <numerusform>تقبل %1 من أصل %2 دولة بندًا واحدًا%3: %4</numerusform>
            <numerusform>تقبل %1 من أصل %2 دولة بندين%3: %4</numerusform>
            <numerusform>تقبل %1 من أصل %2 دولة %n بنود%3: %4</numerusform>
            <numerusform>تقبل %1 من أصل %2 دولة %n بندًا%3: %4</numerusform>
            <numerusform>تقبل %1 من أصل %2 دولة %n بند%3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)%1, accepted by %2: %3</source>
        <extracomment>%1 " (exact)" or " (heuristic)", %2 "12 states", %3 their names</extracomment>
        <translation>
            <numerusform>%n بند%1، تقبلها %2: %3</numerusform>
            <numerusform>بند واحد%1، تقبلها %2: %3</numerusform>
            <numerusform>بندان%1، تقبلها %2: %3</numerusform>
            <numerusform>%n بنود%1، تقبلها %2: %3</numerusform>
            <numerusform>%n بندًا%1، تقبلها %2: %3</numerusform>
            <numerusform>%n بند%1، تقبلها %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n دولة</numerusform>
            <numerusform>دولة واحدة</numerusform>
            <numerusform>دولتان</numerusform>
            <numerusform>%n دول</numerusform>
            <numerusform>%n دولة</numerusform>
            <numerusform>%n دولة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no recorded position on any paragraph of %2. Record its positions first: until then nothing shows what it would need changed to join.</source>
        <translation>ليس لـ %1 موقف مسجل من أي فقرة من %2. سجّل مواقفها أولًا: حتى ذلك الحين لا شيء يبيّن ما يلزم تغييره لانضمامها.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandGuard</name>
    <message>
        <source>The change was not made</source>
        <translation>لم يُجرَ التغيير</translation>
    </message>
    <message>
        <source>%1 failed: nothing was changed.</source>
        <translation>تعذّر تنفيذ «%1»: لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه التعليمات.</translation>
    </message>
    <message>
        <source>Create a workspace: the UN member states, or the bundled sample with --sample</source>
        <translation>إنشاء مساحة عمل: الدول الأعضاء في الأمم المتحدة، أو المثال المرفق مع --sample</translation>
    </message>
    <message>
        <source>Summarise a workspace: counts of states, groups, processes, norms, documents, clauses, positions</source>
        <translation>تلخيص مساحة عمل: أعداد الدول والمجموعات والعمليات والقواعد والوثائق والبنود والمواقف</translation>
    </message>
    <message>
        <source>Consensus analysis of a document: status of every clause, blockers, landing zones (--document SYMBOL [--process NAME] [--json])</source>
        <translation>تحليل توافق الآراء في وثيقة: حالة كل بند، والدول المعرقِلة، ومناطق التوافق (--document SYMBOL [--process NAME] [--json])</translation>
    </message>
    <message>
        <source>Create a synthetic workspace for benchmarks (--states N --clauses N --alternatives N FILE)</source>
        <translation>إنشاء مساحة عمل اصطناعية لقياس الأداء (--states N --clauses N --alternatives N FILE)</translation>
    </message>
    <message>
        <source>Check clause markup (check FILE|-) or count brackets and words (stats FILE|- [--json])</source>
        <translation>التحقق من ترميز البنود (check FILE|-) أو عدّ المعقوفات والكلمات (stats FILE|- [--json])</translation>
    </message>
    <message>
        <source>Compare two documents, clauses, revisions or a norm with a clause, word by word</source>
        <translation>مقارنة وثيقتين أو بندين أو تنقيحين أو قاعدة ببند، كلمة بكلمة</translation>
    </message>
    <message>
        <source>Export a document: Word, PDF, ODT, Akoma Ntoso or CSV (--document SYMBOL --format FORMAT [--coalition NAME] [--include-internal] -o OUT)</source>
        <translation>تصدير وثيقة: Word أو PDF أو ODT أو Akoma Ntoso أو CSV (--document SYMBOL --format FORMAT [--coalition NAME] [--include-internal] -o OUT)</translation>
    </message>
    <message>
        <source>Usage: plenipo [FILE]               open the workbench (on FILE, or the last workspace, or the sample)
       plenipo COMMAND [OPTIONS]    work without a display
       plenipo --version | --help

Commands:
</source>
        <translation>الاستخدام: plenipo [FILE]               فتح منضدة العمل (على FILE، أو آخر مساحة عمل، أو المثال)
           plenipo COMMAND [OPTIONS]    العمل بلا شاشة
           plenipo --version | --help

الأوامر:
</translation>
    </message>
    <message>
        <source>
Run 'plenipo COMMAND --help' for a command's options.
Workbench options: --sample (the bundled sample workspace), --read-only (open FILE without editing), --screenshot PNG (save a picture of the window and quit), --select SYMBOL#NUMBER (show a clause), --language CODE (the interface language).
</source>
        <translation>
شغّل «plenipo COMMAND --help» لمعرفة خيارات أمر ما.
خيارات منضدة العمل: --sample (مساحة العمل المثال المرفقة)، --read-only (فتح FILE دون تعديله)، --screenshot PNG (حفظ صورة للنافذة ثم الخروج)، --select SYMBOL#NUMBER (عرض بند)، --language CODE (لغة الواجهة).
</translation>
    </message>
    <message>
        <source>unknown command '%1' (see plenipo --help)</source>
        <translation>أمر غير معروف «%1» (انظر plenipo --help)</translation>
    </message>
    <message>
        <source>Create a new workspace FILE holding the 193 UN member states with their regional groups. With --sample, also the processes, the 2015 norms, a sample draft and illustrative positions.</source>
        <translation>إنشاء مساحة عمل جديدة FILE تضم الدول الأعضاء في الأمم المتحدة البالغ عددها 193 دولة مع مجموعاتها الإقليمية. ومع --sample، تضم أيضًا العمليات وقواعد عام 2015 ومسودة مثالية ومواقف توضيحية.</translation>
    </message>
    <message>
        <source>Create the bundled sample workspace.</source>
        <translation>إنشاء مساحة العمل المثال المرفقة.</translation>
    </message>
    <message>
        <source>The workspace to create (*.plenipo).</source>
        <translation>مساحة العمل المراد إنشاؤها (*.plenipo).</translation>
    </message>
    <message>
        <source>new: expected one FILE
</source>
        <translation>new: يُتوقع ملف FILE واحد
</translation>
    </message>
    <message>
        <source>Created %1 (sample workspace)</source>
        <translation>أُنشئت %1 (مساحة عمل مثال)</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>أُنشئت %1</translation>
    </message>
    <message>
        <source>Summarise the workspace FILE (read-only).</source>
        <translation>تلخيص مساحة العمل FILE (للقراءة فقط).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>الطباعة بصيغة JSON.</translation>
    </message>
    <message>
        <source>A workspace (*.plenipo).</source>
        <translation>مساحة عمل (*.plenipo).</translation>
    </message>
    <message>
        <source>info: expected one FILE
</source>
        <translation>info: يُتوقع ملف FILE واحد
</translation>
    </message>
    <message>
        <source>Print the consensus analysis of a document (read-only): the status of every clause (agreed, agreed ad referendum, open, contested, blocked), blockers, silent members, reservations, landing zones, and the document's counts. The members are those of --process, else of the document's process, else every UN member state.</source>
        <translation>طباعة تحليل توافق الآراء في وثيقة (للقراءة فقط): حالة كل بند (متفق عليه، متفق عليه رهناً بالاستشارة، مفتوح، متنازع عليه، معطَّل)، والدول المعرقِلة، والأعضاء الذين لم يبدوا موقفًا، والتحفظات، ومناطق التوافق، وأعداد الوثيقة. والأعضاء هم أعضاء --process، وإلا فأعضاء عملية الوثيقة، وإلا فجميع الدول الأعضاء في الأمم المتحدة.</translation>
    </message>
    <message>
        <source>The document's symbol.</source>
        <translation>رمز الوثيقة.</translation>
    </message>
    <message>
        <source>A process code or name.</source>
        <translation>رمز عملية أو اسمها.</translation>
    </message>
    <message>
        <source>consensus: expected WORKSPACE and --document SYMBOL
</source>
        <translation>consensus: يُتوقع WORKSPACE و--document SYMBOL
</translation>
    </message>
    <message>
        <source>consensus: %1 has no document '%2'</source>
        <translation>consensus: لا توجد في %1 وثيقة «%2»</translation>
    </message>
    <message>
        <source>consensus: %1 has no process '%2'</source>
        <translation>consensus: لا توجد في %1 عملية «%2»</translation>
    </message>
    <message>
        <source>Create a synthetic workspace FILE: STATES states positioned on every clause and every alternative of one document of CLAUSES clauses with one bracketed group of ALTERNATIVES alternatives each. The same seed gives the same file.</source>
        <translation>إنشاء مساحة عمل اصطناعية FILE: لـ STATES دولة مواقف من كل بند وكل بديل في وثيقة واحدة من CLAUSES بندًا، في كل منها مجموعة واحدة بين معقوفتين من ALTERNATIVES بدائل. والبذرة نفسها تعطي الملف نفسه.</translation>
    </message>
    <message>
        <source>Number of states (default 193).</source>
        <translation>عدد الدول (الافتراضي 193).</translation>
    </message>
    <message>
        <source>Number of clauses (default 2000).</source>
        <translation>عدد البنود (الافتراضي 2000).</translation>
    </message>
    <message>
        <source>Alternatives per clause (default 3).</source>
        <translation>البدائل في كل بند (الافتراضي 3).</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>البذرة العشوائية.</translation>
    </message>
    <message>
        <source>generate: expected one FILE
</source>
        <translation>generate: يُتوقع ملف FILE واحد
</translation>
    </message>
    <message>
        <source>generate: --states, --clauses, --alternatives and --seed take whole numbers</source>
        <translation>generate: تأخذ --states و--clauses و--alternatives و--seed أعدادًا صحيحة</translation>
    </message>
    <message>
        <source>Created %1: %2, %3, %4</source>
        <extracomment>%1 is the file; then "193 states", "2000 clauses", "1544000 positions"</extracomment>
        <translation>أُنشئت %1: %2، %3، %4</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n دولة</numerusform>
            <numerusform>دولة واحدة</numerusform>
            <numerusform>دولتان</numerusform>
            <numerusform>%n دول</numerusform>
            <numerusform>%n دولة</numerusform>
            <numerusform>%n دولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n بند</numerusform>
            <numerusform>بند واحد</numerusform>
            <numerusform>بندان</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message>
        <source>check: print each markup problem as FILE:LINE:COL: message; exit status 1 if there are errors.
stats: count bracketed spans, alternative groups, options and words per clause and in total.
FILE holds clauses separated by blank lines; - reads standard input. The markup is described in docs/markup.md.</source>
        <translation>check: طباعة كل مشكلة في الترميز بالشكل FILE:LINE:COL: الرسالة؛ وحالة الخروج 1 إذا وُجدت أخطاء.
stats: عدّ المقاطع بين المعقوفات ومجموعات البدائل والخيارات والكلمات لكل بند وفي المجموع.
يضم FILE بنودًا تفصل بينها أسطر فارغة؛ و- تقرأ من الدخل القياسي. والترميز موصوف في docs/markup.md.</translation>
    </message>
    <message>
        <source>stats: print JSON.</source>
        <translation>stats: الطباعة بصيغة JSON.</translation>
    </message>
    <message>
        <source>Check attributions against the states and groups of WORKSPACE.</source>
        <translation>التحقق من الإسنادات مقابل دول ومجموعات WORKSPACE.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>ما يُراد فعله.</translation>
    </message>
    <message>
        <source>A markup file, or - for standard input.</source>
        <translation>ملف ترميز، أو - للدخل القياسي.</translation>
    </message>
    <message>
        <source>markup: expected 'check FILE' or 'stats FILE'
</source>
        <translation>markup: يُتوقع «check FILE» أو «stats FILE»
</translation>
    </message>
    <message>
        <source>%1: %2, no errors, %3</source>
        <translation>%1: %2، لا أخطاء، %3</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no errors</source>
        <translation>%1: %2، لا أخطاء</translation>
    </message>
    <message>
        <source>Compare words case-insensitively.</source>
        <translation>مقارنة الكلمات دون تمييز حالة الأحرف.</translation>
    </message>
    <message>
        <source>Do not count punctuation-only changes.</source>
        <translation>عدم احتساب التغييرات في علامات الترقيم وحدها.</translation>
    </message>
    <message>
        <source>docx: write the comparison as a Word document with tracked changes (needs -o).</source>
        <translation>docx: كتابة المقارنة في وثيقة Word مع تتبع التغييرات (يتطلب -o).</translation>
    </message>
    <message>
        <source>The file to write (with --format).</source>
        <translation>الملف المراد كتابته (مع --format).</translation>
    </message>
    <message>
        <source>The older text.</source>
        <translation>النص الأقدم.</translation>
    </message>
    <message>
        <source>The newer text.</source>
        <translation>النص الأحدث.</translation>
    </message>
    <message>
        <source>compare: expected WORKSPACE A B
</source>
        <translation>compare: يُتوقع WORKSPACE A B
</translation>
    </message>
    <message>
        <source>compare: --format must be docx (got '%1')</source>
        <translation>compare: يجب أن يكون --format هو docx (وردت «%1»)</translation>
    </message>
    <message>
        <source>compare: --format docx needs -o OUT</source>
        <translation>compare: يتطلب --format docx الخيار -o OUT</translation>
    </message>
    <message>
        <source>Wrote %1: %2 -&gt; %3 with tracked changes</source>
        <translation>كُتب %1: %2 -&gt; %3 مع تتبع التغييرات</translation>
    </message>
    <message>
        <source>akn, docx, txt or csv (default: from the file name).</source>
        <translation>akn أو docx أو txt أو csv (الافتراضي: من اسم الملف).</translation>
    </message>
    <message>
        <source>csv: import the valid rows even when other rows have errors.</source>
        <translation>csv: استيراد الصفوف الصحيحة حتى لو كانت في صفوف أخرى أخطاء.</translation>
    </message>
    <message>
        <source>Check and report; write nothing.</source>
        <translation>التحقق والإبلاغ؛ دون كتابة شيء.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>طباعة التقرير بصيغة JSON.</translation>
    </message>
    <message>
        <source>docx, txt: the new document's symbol (default: the file name).</source>
        <translation>docx، txt: رمز الوثيقة الجديدة (الافتراضي: اسم الملف).</translation>
    </message>
    <message>
        <source>docx, txt: the title (default: the first unnumbered paragraph).</source>
        <translation>docx، txt: العنوان (الافتراضي: أول فقرة غير مرقمة).</translation>
    </message>
    <message>
        <source>docx, txt: the process code.</source>
        <translation>docx، txt: رمز العملية.</translation>
    </message>
    <message>
        <source>import: expected WORKSPACE FILE
</source>
        <translation>import: يُتوقع WORKSPACE FILE
</translation>
    </message>
    <message>
        <source>import: unknown format '%1' (expected %2)</source>
        <translation>import: صيغة غير معروفة «%1» (المتوقع %2)</translation>
    </message>
    <message>
        <source>import: nothing was imported; --accept-valid imports the valid rows</source>
        <translation>import: لم يُستورد شيء؛ يستورد --accept-valid الصفوف الصحيحة</translation>
    </message>
    <message>
        <source>import: nothing was imported (see the errors above)</source>
        <translation>import: لم يُستورد شيء (انظر الأخطاء أعلاه)</translation>
    </message>
    <message>
        <source>Export a document of WORKSPACE to OUT. Formats: %1. A coalition export (--coalition, a coalition's code or name) lists the adherent States and never contains internal notes or positions; --include-internal adds them (as Word comments) to a document export. The file is written under a temporary name and renamed when complete.</source>
        <translation>تصدير وثيقة من WORKSPACE إلى OUT. الصيغ: %1. التصدير لائتلاف (--coalition، رمز الائتلاف أو اسمه) يسرد الدول المنضمة ولا يحتوي أبدًا على ملاحظات أو مواقف داخلية؛ ويضيفها --include-internal (بوصفها تعليقات Word) إلى تصدير الوثيقة. يُكتب الملف باسم مؤقت ثم يُعاد تسميته عند اكتماله.</translation>
    </message>
    <message>
        <source>Export for this coalition.</source>
        <translation>التصدير لهذا الائتلاف.</translation>
    </message>
    <message>
        <source>Include internal notes and positions.</source>
        <translation>تضمين الملاحظات والمواقف الداخلية.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>The language of the cover block, labels and state names: ar, zh, en, fr, ru or es (default en). The clause text stays as written.</source>
        <translation>لغة صفحة الغلاف والتسميات وأسماء الدول: ar أو zh أو en أو fr أو ru أو es (الافتراضي en). ويبقى نص البنود كما كُتب.</translation>
    </message>
    <message>
        <source>export: expected one WORKSPACE
</source>
        <translation>export: يُتوقع WORKSPACE واحد
</translation>
    </message>
    <message>
        <source>export: --document, --format and -o are required
</source>
        <translation>export: الخيارات --document و--format و-o مطلوبة
</translation>
    </message>
    <message>
        <source>export: unknown format '%1' (expected one of: %2)</source>
        <translation>export: صيغة غير معروفة «%1» (المتوقع أحد: %2)</translation>
    </message>
    <message>
        <source>export: unknown language '%1' (expected one of: %2)</source>
        <translation>export: لغة غير معروفة «%1» (المتوقع أحد: %2)</translation>
    </message>
    <message>
        <source>export: a coalition export never includes internal material; drop --include-internal or --coalition</source>
        <translation>export: التصدير لائتلاف لا يتضمن أبدًا مواد داخلية؛ احذف --include-internal أو --coalition</translation>
    </message>
    <message>
        <source>export: no document '%1' in %2</source>
        <translation>export: لا توجد وثيقة «%1» في %2</translation>
    </message>
    <message>
        <source>export: no coalition '%1' in %2 (coalitions: %3)</source>
        <translation>export: لا يوجد ائتلاف «%1» في %2 (الائتلافات: %3)</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3)</source>
        <translation>صُدِّرت %1 إلى %2 (%3)</translation>
    </message>
    <message>
        <source>Exported %1 for %2 to %3 (%4)</source>
        <translation>صُدِّرت %1 لـ %2 إلى %3 (%4)</translation>
    </message>
    <message>
        <source>Plenipo negotiation workbench</source>
        <translation>Plenipo، منضدة عمل للتفاوض</translation>
    </message>
    <message>
        <source>Open FILE without editing it.</source>
        <translation>فتح FILE دون تعديله.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>حفظ صورة للنافذة في PNG ثم الخروج.</translation>
    </message>
    <message>
        <source>Show the clause SYMBOL#NUMBER.</source>
        <translation>عرض البند SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>Open the comparison of A and B.</source>
        <translation>فتح المقارنة بين A وB.</translation>
    </message>
    <message>
        <source>Open the bundled sample workspace (created on first use).</source>
        <translation>فتح مساحة العمل المثال المرفقة (تُنشأ عند أول استخدام).</translation>
    </message>
    <message>
        <source>The interface language: ar, zh, en, fr, ru or es (default: the ui/language setting, else the system's).</source>
        <translation>لغة الواجهة: ar أو zh أو en أو fr أو ru أو es (الافتراضي: الإعداد ui/language، وإلا فلغة النظام).</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n موقف</numerusform>
            <numerusform>موقف واحد</numerusform>
            <numerusform>موقفان</numerusform>
            <numerusform>%n مواقف</numerusform>
            <numerusform>%n موقفًا</numerusform>
            <numerusform>%n موقف</numerusform>
        </translation>
    </message>
    <message>
        <source>Find words in a workspace: clauses, documents, norms, position sources and notes, states (QUERY [--kind KIND] [--json])</source>
        <translation>البحث عن كلمات في مساحة عمل: البنود والوثائق والقواعد ومصادر المواقف وملاحظاتها والدول (QUERY [--kind KIND] [--json])</translation>
    </message>
    <message>
        <source>Team mode on a PostgreSQL server: init URL, user add|remove|list URL ..., push FILE URL, pull URL FILE (see plenipo server --help)</source>
        <translation>وضع الفريق على خادم PostgreSQL: init URL، user add|remove|list URL ...، push FILE URL، pull URL FILE (انظر plenipo server --help)</translation>
    </message>
    <message>
        <source>Save a new revision of a clause; positions follow their words (SYMBOL#NUMBER --text T | --text-file F [--note N])</source>
        <translation>حفظ تنقيح جديد لبند؛ تتبع المواقف كلماتها (SYMBOL#NUMBER --text T | --text-file F [--note N])</translation>
    </message>
    <message>
        <source>List every position on a clause, with outdated and orphaned ones (SYMBOL#NUMBER [--json])</source>
        <translation>سرد كل المواقف من بند، بما فيها المواقف التي تجاوزها الزمن والمواقف اليتيمة (SYMBOL#NUMBER [--json])</translation>
    </message>
    <message>
        <source>consensus: cannot write the report: %1</source>
        <translation>consensus: تعذّرت كتابة التقرير: %1</translation>
    </message>
    <message>
        <source>Search WORKSPACE (read-only) for QUERY: clause texts, document symbols and titles, norms, position sources and notes, state names and aliases, ignoring case and accents. QUERY: words (all must occur), "a phrase", a prefix infra*, -word to leave out. Matches print between %1 and %2.</source>
        <extracomment>%1 and %2 are the marks printed around each match (the guillemets).</extracomment>
        <translation>البحث عن QUERY في WORKSPACE (للقراءة فقط): نصوص البنود ورموز الوثائق وعناوينها والقواعد ومصادر المواقف وملاحظاتها وأسماء الدول وأسمائها الأخرى، دون تمييز حالة الأحرف أو علامات التشكيل. QUERY: كلمات (يجب أن ترد كلها)، و"عبارة"، وبادئة مثل infra*، و-كلمة للاستبعاد. تُطبع النتائج بين %1 و%2.</translation>
    </message>
    <message>
        <source>Only this kind: clause, document, norm, position or state (repeatable).</source>
        <translation>هذا النوع فقط: clause أو document أو norm أو position أو state (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Also search every earlier revision of the clauses.</source>
        <translation>البحث أيضًا في كل التنقيحات السابقة للبنود.</translation>
    </message>
    <message>
        <source>Also search the sources and notes of internal positions.</source>
        <translation>البحث أيضًا في مصادر المواقف الداخلية وملاحظاتها.</translation>
    </message>
    <message>
        <source>Only in this document.</source>
        <translation>في هذه الوثيقة فقط.</translation>
    </message>
    <message>
        <source>Only in this process's documents.</source>
        <translation>في وثائق هذه العملية فقط.</translation>
    </message>
    <message>
        <source>At most N hits of each kind (default 20).</source>
        <translation>عدد أقصاه N من النتائج لكل نوع (20 افتراضيًا).</translation>
    </message>
    <message>
        <source>What to find (several words may follow).</source>
        <translation>ما يُبحث عنه (يمكن أن تتبعه عدة كلمات).</translation>
    </message>
    <message>
        <source>search: expected WORKSPACE and QUERY</source>
        <translation>search: كان المتوقع WORKSPACE وQUERY</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>search: %1</translation>
    </message>
    <message>
        <source>search: the query holds no word to search for</source>
        <translation>search: لا يتضمن الاستعلام أي كلمة للبحث عنها</translation>
    </message>
    <message>
        <source>search: unknown --kind '%1' (clause, document, norm, position or state)</source>
        <translation>search: قيمة --kind غير معروفة «%1» (clause أو document أو norm أو position أو state)</translation>
    </message>
    <message>
        <source>search: --limit takes a whole number from 1</source>
        <translation>search: يقبل --limit عددًا صحيحًا ابتداءً من 1</translation>
    </message>
    <message>
        <source>search: %1 has no document '%2'</source>
        <translation>search: لا توجد في %1 وثيقة «%2»</translation>
    </message>
    <message>
        <source>search: %1 has no process '%2'</source>
        <translation>search: لا توجد في %1 عملية «%2»</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <source>No matches for %1</source>
        <translation>لا نتائج مطابقة لـ %1</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>التنقيحات السابقة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>States</source>
        <translation>الدول</translation>
    </message>
    <message>
        <source>(+: more hits than --limit shows)</source>
        <translation>(+: توجد نتائج أكثر مما يعرضه --limit)</translation>
    </message>
    <message>
        <source>Compare A with B word by word. A and B are both documents or both clauses:
  SYMBOL            a document (clauses aligned through lineage, then content)
  SYMBOL#NUMBER     a paragraph's current text, e.g. A/70/174#13(f)
  SYMBOL#NUMBER@N   revision N of a paragraph
  NORM-CODE         a norm's text in its source document, e.g. GGE2015-13f
Changes print as {-deleted-}{+inserted+}.</source>
        <translation>مقارنة A بـ B كلمة بكلمة. يكون A وB كلاهما وثيقتين أو كلاهما بندين:
  SYMBOL            وثيقة (تُحاذى البنود وفق تحدرها ثم وفق مضمونها)
  SYMBOL#NUMBER     النص الحالي لفقرة، مثل A/70/174#13(f)
  SYMBOL#NUMBER@N   التنقيح N لفقرة
  NORM-CODE         نص قاعدة في وثيقتها المصدر، مثل GGE2015-13f
تُطبع التغييرات بالشكل {-محذوف-}{+مدرج+}.</translation>
    </message>
    <message>
        <source>import --dry-run: the report has errors; nothing would be imported (--accept-valid would import the valid rows)</source>
        <translation>import --dry-run: في التقرير أخطاء؛ لن يُستورد شيء (سيستورد --accept-valid الصفوف الصالحة)</translation>
    </message>
    <message>
        <source>import --dry-run: the report has errors; nothing would be imported</source>
        <translation>import --dry-run: في التقرير أخطاء؛ لن يُستورد شيء</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>%1: expected a clause SYMBOL#NUMBER, got '%2'</source>
        <translation>%1: كان المتوقع بندًا بالشكل SYMBOL#NUMBER، ووردت «%2»</translation>
    </message>
    <message>
        <source>Save TEXT as a new revision of the clause SYMBOL#NUMBER, as the clause editor's Save revision does. Every position on a bracketed span or alternative follows the words it was given on: it moves to the span of the new text holding them (its id changes with it), is marked outdated when those words changed, and is orphaned (kept, counted nowhere) when they are gone. Prints what moved, what is outdated, what is orphaned.</source>
        <translation>حفظ TEXT تنقيحًا جديدًا للبند SYMBOL#NUMBER، كما يفعل «حفظ التنقيح» في محرر البنود. كل موقف من مقطع بين معقوفتين أو من بديل يتبع الكلمات التي أُبدي عليها: ينتقل إلى مقطع النص الجديد الذي يتضمنها (ويتغير معرّفه معه)، ويوسم بأنه تجاوزه الزمن إذا تغيرت تلك الكلمات، ويصبح يتيمًا (يُحتفظ به ولا يُحتسب في أي مكان) إذا زالت. يطبع ما نُقل وما تجاوزه الزمن وما أصبح يتيمًا.</translation>
    </message>
    <message>
        <source>The new text.</source>
        <translation>النص الجديد.</translation>
    </message>
    <message>
        <source>Read the new text from FILE (UTF-8).</source>
        <translation>قراءة النص الجديد من FILE (UTF-8).</translation>
    </message>
    <message>
        <source>The revision's note.</source>
        <translation>ملاحظة التنقيح.</translation>
    </message>
    <message>
        <source>SYMBOL#NUMBER, e.g. %1</source>
        <translation>SYMBOL#NUMBER، مثل %1</translation>
    </message>
    <message>
        <source>revise: expected WORKSPACE SYMBOL#NUMBER and one of --text, --text-file</source>
        <translation>revise: كان المتوقع WORKSPACE SYMBOL#NUMBER وأحد الخيارين --text أو --text-file</translation>
    </message>
    <message>
        <source>revise: cannot read %1: %2</source>
        <translation>revise: تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>revise: %1 is not valid UTF-8</source>
        <translation>revise: الملف %1 ليس بترميز UTF-8 صالح</translation>
    </message>
    <message>
        <source>revise: the new text is empty</source>
        <translation>revise: النص الجديد فارغ</translation>
    </message>
    <message>
        <source>revise: the new text has markup errors; the first, at line %1, column %2: %3</source>
        <translation>revise: في النص الجديد أخطاء ترميز؛ أولها في السطر %1، العمود %2: %3</translation>
    </message>
    <message>
        <source>No change: %1 already has this text</source>
        <translation>لا تغيير: للبند %1 هذا النص بالفعل</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2</source>
        <translation>حُفظ %1 بوصفه التنقيح %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) stay, same words</source>
        <translation>
            <numerusform>%1: يبقى %n موقف، الكلمات نفسها</numerusform>
            <numerusform>%1: يبقى موقف واحد، الكلمات نفسها</numerusform>
            <numerusform>%1: يبقى موقفان، الكلمات نفسها</numerusform>
            <numerusform>%1: يبقى %n مواقف، الكلمات نفسها</numerusform>
            <numerusform>%1: يبقى %n موقفًا، الكلمات نفسها</numerusform>
            <numerusform>%1: يبقى %n موقف، الكلمات نفسها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n position(s) moved with their words "%3"</source>
        <translation>
            <numerusform>%1 -&gt; %2: نُقل %n موقف مع كلماته «%3»</numerusform>
            <numerusform>%1 -&gt; %2: نُقل موقف واحد مع كلماته «%3»</numerusform>
            <numerusform>%1 -&gt; %2: نُقل موقفان مع كلماتهما «%3»</numerusform>
            <numerusform>%1 -&gt; %2: نُقلت %n مواقف مع كلماتها «%3»</numerusform>
            <numerusform>%1 -&gt; %2: نُقل %n موقفًا مع كلماتها «%3»</numerusform>
            <numerusform>%1 -&gt; %2: نُقل %n موقف مع كلماتها «%3»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) now outdated, the words changed ("%2")</source>
        <translation>
            <numerusform>%1: %n موقف تجاوزه الزمن الآن، فقد تغيرت الكلمات («%2»)</numerusform>
            <numerusform>%1: موقف واحد تجاوزه الزمن الآن، فقد تغيرت الكلمات («%2»)</numerusform>
            <numerusform>%1: موقفان تجاوزه الزمن الآن، فقد تغيرت الكلمات («%2»)</numerusform>
            <numerusform>%1: %n مواقف تجاوزه الزمن الآن، فقد تغيرت الكلمات («%2»)</numerusform>
            <numerusform>%1: %n موقفًا تجاوزه الزمن الآن، فقد تغيرت الكلمات («%2»)</numerusform>
            <numerusform>%1: %n موقف تجاوزه الزمن الآن، فقد تغيرت الكلمات («%2»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) kept as history: "%2" is now agreed text</source>
        <translation>
            <numerusform>%1: احتُفظ بـ%n موقف سجلًا: «%2» نص متفق عليه الآن</numerusform>
            <numerusform>%1: احتُفظ بـموقف واحد سجلًا: «%2» نص متفق عليه الآن</numerusform>
            <numerusform>%1: احتُفظ بـموقفين سجلًا: «%2» نص متفق عليه الآن</numerusform>
            <numerusform>%1: احتُفظ بـ%n مواقف سجلًا: «%2» نص متفق عليه الآن</numerusform>
            <numerusform>%1: احتُفظ بـ%n موقفًا سجلًا: «%2» نص متفق عليه الآن</numerusform>
            <numerusform>%1: احتُفظ بـ%n موقف سجلًا: «%2» نص متفق عليه الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) orphaned, their words "%2" are gone</source>
        <translation>
            <numerusform>%1: أصبح %n موقف يتيمًا، فقد زالت كلماته «%2»</numerusform>
            <numerusform>%1: أصبح موقف واحد يتيمًا، فقد زالت كلماته «%2»</numerusform>
            <numerusform>%1: أصبح موقفان يتيمين، فقد زالت كلماتهما «%2»</numerusform>
            <numerusform>%1: أصبحت %n مواقف يتيمة، فقد زالت كلماتها «%2»</numerusform>
            <numerusform>%1: أصبح %n موقفًا يتيمًا، فقد زالت كلماتها «%2»</numerusform>
            <numerusform>%1: أصبح %n موقف يتيمًا، فقد زالت كلماتها «%2»</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions on alternatives: %1 unchanged, %2 moved, %3 outdated, %4 orphaned, %5 agreed</source>
        <translation>المواقف من البدائل: %1 دون تغيير، %2 منقولة، %3 تجاوزها الزمن، %4 يتيمة، %5 متفق عليها</translation>
    </message>
    <message>
        <source>Positions on the whole clause: %1 now outdated (the clause's text changed)</source>
        <translation>المواقف من البند كله: %1 تجاوزها الزمن الآن (تغيّر نص البند)</translation>
    </message>
    <message>
        <source>List every position on the clause SYMBOL#NUMBER and its alternatives (read-only): state, stance, alternative id, the words of that alternative, source, and whether it is outdated (given on words that changed since) or orphaned (its words are gone; not counted by consensus, coalitions or exports).</source>
        <translation>سرد كل المواقف من البند SYMBOL#NUMBER وبدائله (للقراءة فقط): الدولة والموقف ومعرّف البديل وكلمات ذلك البديل والمصدر، وما إذا كان الموقف قد تجاوزه الزمن (أُبدي على كلمات تغيرت منذئذ) أو أصبح يتيمًا (زالت كلماته؛ فلا يحتسبه توافق الآراء ولا الائتلافات ولا عمليات التصدير).</translation>
    </message>
    <message>
        <source>positions: expected WORKSPACE SYMBOL#NUMBER</source>
        <translation>positions: كان المتوقع WORKSPACE SYMBOL#NUMBER</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s), %2 outdated, %3 orphaned, %4 kept as history of agreed text</source>
        <translation>
            <numerusform>%1: %n موقف، منها %2 تجاوزها الزمن، و%3 يتيمة، و%4 محفوظة سجلًا للنص المتفق عليه</numerusform>
            <numerusform>%1: موقف واحد، منها %2 تجاوزها الزمن، و%3 يتيمة، و%4 محفوظة سجلًا للنص المتفق عليه</numerusform>
            <numerusform>%1: موقفان، منها %2 تجاوزها الزمن، و%3 يتيمة، و%4 محفوظة سجلًا للنص المتفق عليه</numerusform>
            <numerusform>%1: %n مواقف، منها %2 تجاوزها الزمن، و%3 يتيمة، و%4 محفوظة سجلًا للنص المتفق عليه</numerusform>
            <numerusform>%1: %n موقفًا، منها %2 تجاوزها الزمن، و%3 يتيمة، و%4 محفوظة سجلًا للنص المتفق عليه</numerusform>
            <numerusform>%1: %n موقف، منها %2 تجاوزها الزمن، و%3 يتيمة، و%4 محفوظة سجلًا للنص المتفق عليه</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a screen (with --screenshot: photograph it); "list" lists them.</source>
        <translation>عرض شاشة (مع --screenshot: التقاط صورتها)؛ «list» يسردها.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x720.</source>
        <translation>حجم النافذة، مثلًا 1280x720.</translation>
    </message>
    <message>
        <source>Dark colours (Fusion style).</source>
        <translation>ألوان داكنة (نمط Fusion).</translation>
    </message>
    <message>
        <source>Import a file into a workspace: Akoma Ntoso, a draft (.docx, .txt) or positions (.csv); prints the import report. With a folder or several files: every Akoma Ntoso resolution in one run</source>
        <translation>استيراد ملف إلى مساحة عمل: Akoma Ntoso، أو مسودة (.docx، .txt)، أو مواقف (.csv)؛ ويطبع تقرير الاستيراد. ومع مجلد أو عدة ملفات: كل قرارات Akoma Ntoso في تشغيل واحد</translation>
    </message>
    <message>
        <source>Voting alignment over the recorded votes: agreement matrix, closest and most distant states, vote map (--agreement | --closest ISO3 | --map [--since S] [--match TEXT])</source>
        <translation>التطابق في التصويت عبر عمليات التصويت المسجلة: مصفوفة التطابق، والدول الأقرب والأبعد، وخريطة التصويت (--agreement | --closest ISO3 | --map [--since S] [--match TEXT])</translation>
    </message>
    <message>
        <source>Trace a norm or a clause through the workspace's texts by shared word sequences (NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv])</source>
        <translation>تتبُّع قاعدة أو بند عبر نصوص مساحة العمل من خلال تسلسلات الكلمات المشتركة (NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv])</translation>
    </message>
    <message>
        <source>Import FILE into WORKSPACE and print the import report: what was created and every problem with its line. Formats: akn (Akoma Ntoso: a Plenipo export or a UN resolution with its recorded vote), docx or txt (a draft: paragraphs become clauses), csv (positions; see README). Nothing is written when the report has errors; for csv, --accept-valid imports the valid rows anyway. Exit status 1 when nothing was imported.

With a folder (searched for *.xml and *.akn) or several files: a bulk import of Akoma Ntoso resolutions, one transaction per file, a line per file and the totals; a file whose document is already in the workspace is skipped (--replace: replaced). Exit status 1 when a file failed.</source>
        <translation>استيراد FILE إلى WORKSPACE وطباعة تقرير الاستيراد: ما أُنشئ وكل مشكلة مع سطرها. الصيغ: akn (Akoma Ntoso: ملف مصدَّر من Plenipo أو قرار للأمم المتحدة مع تصويته المسجل)، وdocx أو txt (مسودة: تصبح الفقرات بنودًا)، وcsv (مواقف؛ انظر README). لا يُكتب شيء إذا كان في التقرير أخطاء؛ وفي csv يستورد --accept-valid الصفوف الصحيحة رغم ذلك. حالة الخروج 1 إذا لم يُستورد شيء.

ومع مجلد (يُبحث فيه عن *.xml و*.akn) أو عدة ملفات: استيراد مجمَّع لقرارات Akoma Ntoso، بمعاملة واحدة لكل ملف، وسطر لكل ملف ثم المجاميع؛ ويُتخطى الملف الذي تكون وثيقته موجودة في مساحة العمل بالفعل (ومع --replace: تُستبدل الوثيقة). حالة الخروج 1 إذا تعذّر استيراد أحد الملفات.</translation>
    </message>
    <message>
        <source>akn: replace a document already in the workspace instead of skipping it.</source>
        <translation>akn: استبدال وثيقة موجودة في مساحة العمل بدلًا من تخطيها.</translation>
    </message>
    <message>
        <source>Bulk import: list every file's warnings and errors.</source>
        <translation>الاستيراد المجمَّع: سرد تحذيرات كل ملف وأخطائه.</translation>
    </message>
    <message>
        <source>The file, files or folders to import.</source>
        <translation>الملف أو الملفات أو المجلدات المراد استيرادها.</translation>
    </message>
    <message>
        <source>DIR|FILE...</source>
        <translation>DIR|FILE...</translation>
    </message>
    <message>
        <source>import: a bulk import (a folder or several files) takes Akoma Ntoso files only, with --replace, --json and --verbose</source>
        <translation>import: لا يقبل الاستيراد المجمَّع (مجلد أو عدة ملفات) إلا ملفات Akoma Ntoso، مع --replace و--json و--verbose</translation>
    </message>
    <message>
        <source>Voting alignment over the workspace's recorded votes (read-only). Agreement of two states: per vote both took part in, 1 when they vote the same, 0.5 when one abstains, 0 when they vote opposite; absences left out.
--agreement: the matrix of every pair of UN member states (rows and columns in the order of a hierarchical clustering), --closest ISO3: every other state by agreement with ISO3, --map: the two principal components of the votes with the share of variance each explains, and the blocs (--blocs N) compared with the regional groups.</source>
        <translation>التطابق في التصويت عبر عمليات التصويت المسجلة في مساحة العمل (للقراءة فقط). تطابق دولتين: في كل تصويت شاركت فيه كلتاهما، 1 إذا صوّتتا بالطريقة نفسها، و0.5 إذا امتنعت إحداهما، و0 إذا صوّتتا تصويتًا متعاكسًا؛ ولا تُحتسب حالات الغياب.
--agreement: مصفوفة كل أزواج الدول الأعضاء في الأمم المتحدة (الصفوف والأعمدة بترتيب تجميع هرمي)، --closest ISO3: كل الدول الأخرى مرتبةً حسب تطابقها مع ISO3، --map: المكونان الرئيسيان لعمليات التصويت مع نسبة التباين التي يفسرها كل منهما، والكتل (--blocs N) مقارنةً بالمجموعات الإقليمية.</translation>
    </message>
    <message>
        <source>Only votes of this session or later (74).</source>
        <translation>عمليات التصويت في هذه الدورة أو ما بعدها فقط (74).</translation>
    </message>
    <message>
        <source>Only votes of this session or earlier.</source>
        <translation>عمليات التصويت في هذه الدورة أو ما قبلها فقط.</translation>
    </message>
    <message>
        <source>Only votes on documents whose title or text contains TEXT.</source>
        <translation>عمليات التصويت على الوثائق التي يتضمن عنوانها أو نصها TEXT فقط.</translation>
    </message>
    <message>
        <source>Only these documents (comma-separated).</source>
        <translation>هذه الوثائق فقط (مفصولة بفواصل).</translation>
    </message>
    <message>
        <source>The agreement matrix.</source>
        <translation>مصفوفة التطابق.</translation>
    </message>
    <message>
        <source>States closest and most distant to ISO3.</source>
        <translation>الدول الأقرب إلى ISO3 والأبعد عنها.</translation>
    </message>
    <message>
        <source>The vote map (principal components) and blocs.</source>
        <translation>خريطة التصويت (المكونات الرئيسية) والكتل.</translation>
    </message>
    <message>
        <source>--map: cut the clustering into N blocs (6).</source>
        <translation>--map: تقسيم التجميع إلى N كتل (6).</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>الإخراج بصيغة JSON.</translation>
    </message>
    <message>
        <source>CSV output.</source>
        <translation>الإخراج بصيغة CSV.</translation>
    </message>
    <message>
        <source>--agreement: save the heat map, --map: the vote map, as PNG.</source>
        <translation>--agreement: حفظ الخريطة الحرارية، --map: حفظ خريطة التصويت، بصيغة PNG.</translation>
    </message>
    <message>
        <source>votes: %1 has no recorded vote matching the selection</source>
        <translation>votes: ليس في %1 تصويت مسجل يطابق النطاق المحدد</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s), %1 states</source>
        <translation>
            <numerusform>%n تصويت مسجل، %1 دولة</numerusform>
            <numerusform>تصويت مسجل واحد، %1 دولة</numerusform>
            <numerusform>تصويتان مسجلان، %1 دولة</numerusform>
            <numerusform>%n عمليات تصويت مسجلة، %1 دولة</numerusform>
            <numerusform>%n تصويتًا مسجلًا، %1 دولة</numerusform>
            <numerusform>%n تصويت مسجل، %1 دولة</numerusform>
        </translation>
    </message>
    <message>
        <source>votes: --png goes with --agreement or --map</source>
        <translation>votes: يُستخدم --png مع --agreement أو --map</translation>
    </message>
    <message>
        <source>votes: cannot write %1</source>
        <translation>votes: تعذّرت كتابة %1</translation>
    </message>
    <message>
        <source>votes: '%1' is not a UN member state of %2</source>
        <translation>votes: «%1» ليست دولة عضوًا في الأمم المتحدة في %2</translation>
    </message>
    <message numerus="yes">
        <source>UN General Assembly: %n recorded vote(s)</source>
        <translation>
            <numerusform>الجمعية العامة للأمم المتحدة: %n تصويت مسجل</numerusform>
            <numerusform>الجمعية العامة للأمم المتحدة: تصويت مسجل واحد</numerusform>
            <numerusform>الجمعية العامة للأمم المتحدة: تصويتان مسجلان</numerusform>
            <numerusform>الجمعية العامة للأمم المتحدة: %n عمليات تصويت مسجلة</numerusform>
            <numerusform>الجمعية العامة للأمم المتحدة: %n تصويتًا مسجلًا</numerusform>
            <numerusform>الجمعية العامة للأمم المتحدة: %n تصويت مسجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Every paragraph of the workspace whose wording derives from a norm (its source clause, else its summary) or a clause SYMBOL#NUMBER, found by shared sequences of three words (shingles), ranked by similarity (the share of the source's word sequences the paragraph contains), each with its word diff against the source. With --table: the norm x document table of every norm's best match in every document.</source>
        <translation>كل فقرة في مساحة العمل تُستمد صياغتها من قاعدة (من بندها المصدر، وإلا فمن ملخصها) أو من بند SYMBOL#NUMBER، يُعثر عليها بتسلسلات مشتركة من ثلاث كلمات (shingles)، مرتبةً حسب التشابه (نسبة تسلسلات كلمات المصدر التي تتضمنها الفقرة)، ومع كل منها مقارنة كلمة بكلمة بالمصدر. ومع --table: جدول القواعد × الوثائق لأفضل تطابق لكل قاعدة في كل وثيقة.</translation>
    </message>
    <message>
        <source>Leave out matches below S (0..1, default 0.3).</source>
        <translation>استبعاد التطابقات التي تقل عن S (0..1، الافتراضي 0.3).</translation>
    </message>
    <message>
        <source>The norm x document table of every norm (no SOURCE).</source>
        <translation>جدول القواعد × الوثائق لكل القواعد (بلا SOURCE).</translation>
    </message>
    <message>
        <source>A norm code (GGE2015-13f) or SYMBOL#NUMBER.</source>
        <translation>رمز قاعدة (GGE2015-13f) أو SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>trace: expected WORKSPACE NORM|SYMBOL#NUMBER (or WORKSPACE --table), --min-similarity between 0 and 1
</source>
        <translation>trace: يُتوقع WORKSPACE NORM|SYMBOL#NUMBER (أو WORKSPACE --table)، و--min-similarity بين 0 و1
</translation>
    </message>
    <message>
        <source>trace: %1 has no norm or clause '%2' (a norm code such as GGE2015-13f, or SYMBOL#NUMBER)</source>
        <translation>trace: ليس في %1 قاعدة أو بند «%2» (رمز قاعدة مثل GGE2015-13f، أو SYMBOL#NUMBER)</translation>
    </message>
    <message>
        <source>votes: no document %1 in the workspace</source>
        <translation>votes: لا توجد وثيقة %1 في مساحة العمل</translation>
    </message>
    <message>
        <source>votes: %1 has no paragraph %2</source>
        <translation>votes: ليس في الوثيقة %1 فقرة %2</translation>
    </message>
    <message>
        <source>votes: --alternative needs a clause, SYMBOL#NUMBER</source>
        <translation>votes: يتطلب --alternative بندًا، بالشكل SYMBOL#NUMBER</translation>
    </message>
    <message>
        <source>%1, alternative %2</source>
        <translation>%1، البديل %2</translation>
    </message>
    <message>
        <source>%1: no state has a recorded position here, so there is nothing to predict from.</source>
        <translation>%1: لا توجد هنا دولة لها موقف مسجل، فلا يوجد ما يمكن التنبؤ على أساسه.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance (predicted, not recorded):</source>
        <translation>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح (%n عضو؛ مواقف متوقَّعة وليست مسجلة):</numerusform>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح (عضو واحد؛ مواقف متوقَّعة وليست مسجلة):</numerusform>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح (عضوان؛ مواقف متوقَّعة وليست مسجلة):</numerusform>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح (%n أعضاء؛ مواقف متوقَّعة وليست مسجلة):</numerusform>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح (%n عضوًا؛ مواقف متوقَّعة وليست مسجلة):</numerusform>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح (%n عضو؛ مواقف متوقَّعة وليست مسجلة):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ≈ %2 (predicted), confidence %3%, from %4 states</source>
        <extracomment>%1 ISO3 code, %2 the stance, %3 a percentage, %4 how many states it rests on</extracomment>
        <translation>%1  ≈ %2 (تنبؤ)، درجة الثقة %3%، عدد الدول المستند إليها: %4</translation>
    </message>
    <message>
        <source>no likely stance (no state shares enough of the selected votes): %1</source>
        <translation>لا يوجد موقف مرجح (لا تشترك معها أي دولة في عدد كافٍ من عمليات التصويت المحددة): %1</translation>
    </message>
    <message>
        <source>Likely stances of the members who said nothing on TARGET: SYMBOL (the document as a whole) or SYMBOL#NUMBER (a clause), predicted from the states that vote most like each one. Predictions, never recorded positions.</source>
        <translation>المواقف المرجحة للأعضاء الذين لم يبدوا موقفًا بشأن TARGET: إما SYMBOL (الوثيقة ككل) أو SYMBOL#NUMBER (بند)، متوقَّعةً من الدول الأشبه بكل منهم في التصويت. وهي تنبؤات، وليست أبدًا مواقف مسجلة.</translation>
    </message>
    <message>
        <source>--likely SYMBOL#NUMBER: on this alternative of the clause (g1.2).</source>
        <translation>--likely SYMBOL#NUMBER: بشأن هذا البديل من البند (g1.2).</translation>
    </message>
    <message>
        <source>How often the likely stances are right: leave-one-out over the selected votes (each state's recorded vote predicted from the others'), per session and overall, against predicting its regional group's majority.</source>
        <translation>نسبة صحة المواقف المرجحة: تقييم باستبعاد عنصر واحد (leave-one-out) على عمليات التصويت المحددة (يُتنبأ بالتصويت المسجل لكل دولة انطلاقًا من أصوات الدول الأخرى)، لكل دورة وفي المجموع، مقارنةً بالتنبؤ بتصويت أغلبية مجموعتها الإقليمية.</translation>
    </message>
    <message>
        <source>votes: expected WORKSPACE and one of --agreement, --closest ISO3, --map, --likely TARGET, --accuracy (and at most one of --json, --csv)
</source>
        <translation>votes: يُتوقع WORKSPACE وواحد من --agreement و--closest ISO3 و--map و--likely TARGET و--accuracy (وواحد على الأكثر من --json و--csv)
</translation>
    </message>
    <message>
        <source>votes: --alternative goes with --likely SYMBOL#NUMBER</source>
        <translation>votes: يُستخدم --alternative مع --likely SYMBOL#NUMBER</translation>
    </message>
    <message>
        <source>%1: %2% of %3 recorded choices predicted right (regional group majority: %4%)</source>
        <extracomment>%1 is "session 74" or "overall"; %2 and %4 percentages, %3 a count</extracomment>
        <translation>%1: صحّ التنبؤ في %2% من خيارات التصويت المسجلة البالغ عددها %3 (التنبؤ بأغلبية المجموعة الإقليمية: %4%)</translation>
    </message>
    <message>
        <source>%1; mean agreement per state (clustering order):</source>
        <translation>%1؛ متوسط التطابق لكل دولة (بترتيب التجميع):</translation>
    </message>
    <message>
        <source>%1; closest to %2 (%3):</source>
        <extracomment>%1 "96 recorded votes, 193 states", %2 ISO3 code, %3 the state's name</extracomment>
        <translation>%1؛ الدول الأقرب إلى %2 (%3):</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n vote(s))</source>
        <extracomment>%1 ISO3 code, %2 agreement (0 to 1)</extracomment>
        <translation>
            <numerusform>%1  %2  (%n تصويت)</numerusform>
            <numerusform>%1  %2  (تصويت واحد)</numerusform>
            <numerusform>%1  %2  (تصويتان)</numerusform>
            <numerusform>%1  %2  (%n عمليات تصويت)</numerusform>
            <numerusform>%1  %2  (%n تصويتًا)</numerusform>
            <numerusform>%1  %2  (%n تصويت)</numerusform>
        </translation>
    </message>
    <message>
        <source>most distant:</source>
        <translation>الدول الأبعد:</translation>
    </message>
    <message>
        <source>no vote in common: %1</source>
        <translation>لا يوجد تصويت مشترك مع: %1</translation>
    </message>
    <message>
        <source>axis 1 explains %1% of the variance, axis 2 %2%</source>
        <translation>يفسر المحور 1 نسبة %1% من التباين، والمحور 2 نسبة %2%</translation>
    </message>
    <message>
        <source>%1  %2  %3  bloc %4  %5</source>
        <extracomment>%1 ISO3 code, %2 and %3 the coordinates, %4 the bloc's number, %5 regional group</extracomment>
        <translation>%1  %2  %3  الكتلة %4  %5</translation>
    </message>
    <message>
        <source>blocs vs regional groups: adjusted Rand index %1, purity %2</source>
        <translation>الكتل مقارنةً بالمجموعات الإقليمية: مؤشر راند المعدَّل %1، والنقاء %2</translation>
    </message>
    <message>
        <source>bloc %1: %2</source>
        <translation>الكتلة %1: %2</translation>
    </message>
    <message>
        <source>political groups in the blocs:</source>
        <translation>المجموعات السياسية في الكتل:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2% of its %n member(s) in bloc %3</source>
        <extracomment>%1 group code, %2 a percentage, %n its members, %3 the bloc's number</extracomment>
        <translation>
            <numerusform>%1: %2% من أعضائها (%n عضو) في الكتلة %3</numerusform>
            <numerusform>%1: %2% من أعضائها (عضو واحد) في الكتلة %3</numerusform>
            <numerusform>%1: %2% من أعضائها (عضوان) في الكتلة %3</numerusform>
            <numerusform>%1: %2% من أعضائها (%n أعضاء) في الكتلة %3</numerusform>
            <numerusform>%1: %2% من أعضائها (%n عضوًا) في الكتلة %3</numerusform>
            <numerusform>%1: %2% من أعضائها (%n عضو) في الكتلة %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paragraph(s) with similarity &gt;= %2</source>
        <translation>
            <numerusform>%1: %n فقرة بدرجة تشابه &gt;= %2</numerusform>
            <numerusform>%1: فقرة واحدة بدرجة تشابه &gt;= %2</numerusform>
            <numerusform>%1: فقرتان بدرجة تشابه &gt;= %2</numerusform>
            <numerusform>%1: %n فقرات بدرجة تشابه &gt;= %2</numerusform>
            <numerusform>%1: %n فقرة بدرجة تشابه &gt;= %2</numerusform>
            <numerusform>%1: %n فقرة بدرجة تشابه &gt;= %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1#%2  similarity %3</source>
        <translation>%1#%2  التشابه %3</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>الدورة %1</translation>
    </message>
    <message numerus="yes">
        <source>(on %n clause(s))</source>
        <extracomment>After the states of a position hit: the details are on that many clauses.</extracomment>
        <translation>
            <numerusform>(في %n بند)</numerusform>
            <numerusform>(في بند واحد)</numerusform>
            <numerusform>(في بندين)</numerusform>
            <numerusform>(في %n بنود)</numerusform>
            <numerusform>(في %n بندًا)</numerusform>
            <numerusform>(في %n بند)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>search: %n item(s) changed by another session cannot be found yet; they can be once its import is done</source>
        <translation>
            <numerusform>search: لا يمكن بعدُ العثور على %n عنصر غيّرته جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها</numerusform>
            <numerusform>search: لا يمكن بعدُ العثور على عنصر واحد غيّرته جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها</numerusform>
            <numerusform>search: لا يمكن بعدُ العثور على عنصرين غيّرتهما جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها</numerusform>
            <numerusform>search: لا يمكن بعدُ العثور على %n عناصر غيّرتها جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها</numerusform>
            <numerusform>search: لا يمكن بعدُ العثور على %n عنصرًا غيّرتها جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها</numerusform>
            <numerusform>search: لا يمكن بعدُ العثور على %n عنصر غيّرتها جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها</numerusform>
        </translation>
    </message>
    <message>
        <source>A workspace (*.plenipo), or a server address (postgresql://..., service=...): then what you may read there.</source>
        <translation>مساحة عمل (*.plenipo)، أو عنوان خادم (postgresql://...، service=...): وعندئذ ما يحق لك قراءته هناك.</translation>
    </message>
    <message>
        <source>A workspace to open, or a server address (postgresql://..., service=...) to connect to.</source>
        <translation>مساحة عمل لفتحها، أو عنوان خادم (postgresql://...‎، service=...‎) للاتصال به.</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandRunner</name>
    <message>
        <source>Undo %1</source>
        <translation>التراجع عن «%1»</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>إعادة «%1»</translation>
    </message>
</context>
<context>
    <name>Plenipo::Comparison</name>
    <message>
        <source>norm %1: its text (%2 paragraph %3) is not in this workspace</source>
        <translation>القاعدة %1: نصها (%2، الفقرة %3) ليس في مساحة العمل هذه</translation>
    </message>
    <message>
        <source>'%1' is neither a document symbol nor a norm code</source>
        <translation>«%1» ليس رمز وثيقة ولا رمز قاعدة</translation>
    </message>
    <message>
        <source>'%1': a revision is written @1, @2, ...</source>
        <translation>«%1»: يُكتب التنقيح @1، @2، ...</translation>
    </message>
    <message>
        <source>'%1': no document %2</source>
        <translation>«%1»: لا توجد وثيقة %2</translation>
    </message>
    <message>
        <source>'%1': document %2 has no paragraph %3</source>
        <translation>«%1»: ليس في الوثيقة %2 فقرة %3</translation>
    </message>
    <message numerus="yes">
        <source>'%1': paragraph %2 has %n revision(s)</source>
        <translation>
            <numerusform>«%1»: للفقرة %2 %n تنقيح</numerusform>
            <numerusform>«%1»: للفقرة %2 تنقيح واحد</numerusform>
            <numerusform>«%1»: للفقرة %2 تنقيحان</numerusform>
            <numerusform>«%1»: للفقرة %2 %n تنقيحات</numerusform>
            <numerusform>«%1»: للفقرة %2 %n تنقيحًا</numerusform>
            <numerusform>«%1»: للفقرة %2 %n تنقيح</numerusform>
        </translation>
    </message>
    <message>
        <source>compare two documents or two clauses: '%1' and '%2' are not alike</source>
        <translation>قارن بين وثيقتين أو بندين: «%1» و«%2» ليسا من النوع نفسه</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>لا يوجد بند بالمعرِّف %1</translation>
    </message>
    <message>
        <source>Comparing %1 with %2 (clauses aligned through lineage, then content)</source>
        <translation>مقارنة %1 بـ %2 (تُحاذى البنود وفق تحدرها ثم وفق مضمونها)</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>مقارنة %1 بـ %2</translation>
    </message>
    <message>
        <source>Clauses: %1 matched (%2 changed, %3 renumbered, %4 moved), %5 inserted, %6 deleted</source>
        <translation>البنود: طوبق %1 (عُدّل %2، وأعيد ترقيم %3، ونُقل %4)، وأُدرج %5، وحُذف %6</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>الكلمات: %1</translation>
    </message>
    <message>
        <source>%1 words added, %2 removed, %3 unchanged; brackets: %4 introduced, %5 resolved; alternative groups: %6 introduced, %7 resolved</source>
        <extracomment>the counts carry no plural form (several in one line)</extracomment>
        <translation>أُضيفت %1، وحُذفت %2، وبقيت %3 دون تغيير؛ المعقوفات: أُدخلت %4، وحُسمت %5؛ مجموعات البدائل: أُدخلت %6، وحُسمت %7</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>أُدرج</translation>
    </message>
    <message>
        <source>inserted, split from %1</source>
        <translation>أُدرج، مفصولًا عن %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>deleted, merged into %1</source>
        <translation>حُذف، دُمج في %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>غُيِّر</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>%1, renumbered</source>
        <translation>%1، أعيد ترقيمه</translation>
    </message>
    <message>
        <source>%1, moved</source>
        <translation>%1، نُقل</translation>
    </message>
</context>
<context>
    <name>Plenipo::ComparisonView</name>
    <message>
        <source>Document symbol, SYMBOL#NUMBER, SYMBOL#NUMBER@REVISION or norm code</source>
        <translation>رمز الوثيقة، أو SYMBOL#NUMBER، أو SYMBOL#NUMBER@REVISION، أو رمز القاعدة</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>ضمن النص</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;مقارنة</translation>
    </message>
    <message>
        <source>Old:</source>
        <translation>القديم:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>الجديد:</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n معدّلة</numerusform>
            <numerusform>%n معدّلة</numerusform>
            <numerusform>%n معدّلة</numerusform>
            <numerusform>%n معدّلة</numerusform>
            <numerusform>%n معدّلة</numerusform>
            <numerusform>%n معدّلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n أعيد ترقيمها</numerusform>
            <numerusform>%n أعيد ترقيمها</numerusform>
            <numerusform>%n أعيد ترقيمها</numerusform>
            <numerusform>%n أعيد ترقيمها</numerusform>
            <numerusform>%n أعيد ترقيمها</numerusform>
            <numerusform>%n أعيد ترقيمها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n نُقلت</numerusform>
            <numerusform>%n نُقلت</numerusform>
            <numerusform>%n نُقلت</numerusform>
            <numerusform>%n نُقلت</numerusform>
            <numerusform>%n نُقلت</numerusform>
            <numerusform>%n نُقلت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted</source>
        <translation>
            <numerusform>%n أُدرجت</numerusform>
            <numerusform>%n أُدرجت</numerusform>
            <numerusform>%n أُدرجت</numerusform>
            <numerusform>%n أُدرجت</numerusform>
            <numerusform>%n أُدرجت</numerusform>
            <numerusform>%n أُدرجت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n حُذفت</numerusform>
            <numerusform>%n حُذفت</numerusform>
            <numerusform>%n حُذفت</numerusform>
            <numerusform>%n حُذفت</numerusform>
            <numerusform>%n حُذفت</numerusform>
            <numerusform>%n حُذفت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n word(s) added&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;أضيفت %n كلمة&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;أضيفت كلمة واحدة&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;أضيفت كلمتان&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;أضيفت %n كلمات&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;أضيفت %n كلمة&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;أضيفت %n كلمة&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n removed&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;حُذفت %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;حُذفت %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;حُذفت %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;حُذفت %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;حُذفت %n&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;حُذفت %n&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>brackets: %1 introduced, %2 resolved</source>
        <translation>المعقوفات: أُدخلت %1، وحُسمت %2</translation>
    </message>
    <message>
        <source>alternative groups: %1 introduced, %2 resolved</source>
        <translation>مجموعات البدائل: أُدخلت %1، وحُسمت %2</translation>
    </message>
    <message>
        <source>A clause of the newer document</source>
        <translation>بند من الوثيقة الأحدث</translation>
    </message>
    <message>
        <source>The clause of the older document it corresponds to, or none</source>
        <translation>البند المقابل له في الوثيقة الأقدم، أو لا شيء</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>&amp;مزاوجة</translation>
    </message>
    <message>
        <source>Compare these two clauses with each other, whatever lineage and content say</source>
        <translation>مقارنة هذين البندين أحدهما بالآخر، أيًا كان ما يقوله التحدر والمضمون</translation>
    </message>
    <message>
        <source>Reset Pairings</source>
        <translation>إعادة تعيين المزاوجات</translation>
    </message>
    <message>
        <source>Pair new clause</source>
        <translation>مزاوجة البند الجديد</translation>
    </message>
    <message>
        <source>with old clause</source>
        <translation>مع البند القديم</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>(لا مقابل)</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) matched through lineage or content</source>
        <translation>
            <numerusform>طوبق %n بند وفق التحدر أو المضمون</numerusform>
            <numerusform>طوبق بند واحد وفق التحدر أو المضمون</numerusform>
            <numerusform>طوبق بندان وفق التحدر أو المضمون</numerusform>
            <numerusform>طوبق %n بنود وفق التحدر أو المضمون</numerusform>
            <numerusform>طوبق %n بندًا وفق التحدر أو المضمون</numerusform>
            <numerusform>طوبق %n بند وفق التحدر أو المضمون</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as &amp;Word with Tracked Changes...</source>
        <translation>تصدير بتنسيق &amp;Word مع تتبع التغييرات...</translation>
    </message>
    <message>
        <source>A .docx file in which every difference is a tracked change that can be accepted or rejected</source>
        <translation>ملف ‎.docx يكون فيه كل اختلاف تغييرًا متتبَّعًا يمكن قبوله أو رفضه</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>&amp;نسخ كنص</translation>
    </message>
    <message>
        <source>Copy the comparison as plain text, {-deleted-} {+inserted+}</source>
        <translation>نسخ المقارنة كنص عادي، {-محذوف-} {+مُدرج+}</translation>
    </message>
    <message>
        <source>Export Comparison as Word</source>
        <translation>تصدير المقارنة بتنسيق Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word (*.docx)</translation>
    </message>
    <message>
        <source>Wrote %1 with tracked changes</source>
        <translation>كُتب %1 مع تتبع التغييرات</translation>
    </message>
    <message>
        <source>Cannot export the comparison</source>
        <translation>تعذّر تصدير المقارنة</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>الاتصال بخادم</translation>
    </message>
    <message>
        <source>postgresql://host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://host:5432/database?sslmode=verify-full</translation>
    </message>
    <message>
        <source>A PostgreSQL connection URI, or libpq keywords such as service=coalition (from pg_service.conf) or host=... dbname=... user=...</source>
        <translation>عنوان URI للاتصال بـ PostgreSQL، أو كلمات libpq المفتاحية مثل service=coalition (من pg_service.conf) أو host=... dbname=... user=...</translation>
    </message>
    <message>
        <source>as in the address</source>
        <translation>كما في العنوان</translation>
    </message>
    <message>
        <source>Plenipo never stores a password. It uses the one libpq finds (PGPASSWORD, ~/.pgpass, a service file) or asks for it when the server wants one. The server decides what your login may read: another delegation's internal material never reaches you.</source>
        <translation>لا يحفظ Plenipo كلمات المرور أبدًا. فهو يستخدم ما تجده libpq (⁦PGPASSWORD⁩ أو ⁦~/.pgpass⁩ أو ملف خدمات) أو يطلبها حين يطلبها الخادم. والخادم هو الذي يقرر ما يمكن لاسم دخولك قراءته: فالمواد الداخلية لوفد آخر لا تصل إليك أبدًا.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;اتصال</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;الخادم:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;المستخدم:</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusEngine</name>
    <message>
        <source>no clause with id %1</source>
        <translation>لا يوجد بند بالمعرِّف %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusReport</name>
    <message>
        <source>Members: %1 (%2 states)</source>
        <extracomment>%1 the process (or "all states"), %2 how many member states</extracomment>
        <translation>الأعضاء: %1 (عدد الدول: %2)</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>كل الدول</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <extracomment>%1 a count, %2 a status (agreed, open...), %3 a percentage</extracomment>
        <translation>%2 %1 (%3%)</translation>
    </message>
    <message>
        <source>%1 clauses: %2</source>
        <extracomment>%1 how many clauses, %2 the count of each status</extracomment>
        <translation>عدد البنود %1: %2</translation>
    </message>
    <message>
        <source>Brackets: %1 bracketed spans in %2 alternative groups; %3 proposed deletions</source>
        <translation>المعقوفات: مقاطع بين معقوفتين عددها %1 في مجموعات بدائل عددها %2؛ وعمليات حذف مقترحة عددها %3</translation>
    </message>
    <message>
        <source>Blocked, fewest blockers first:</source>
        <translation>البنود المعطَّلة، بدءًا بأقلها دولًا معرقِلة:</translation>
    </message>
    <message>
        <source>Positions: outdated (text changed since given) on %1 clauses; orphaned (their words are gone, not counted) on %2 clauses</source>
        <translation>المواقف: مواقف تجاوزها الزمن (تغيّر النص منذ إبدائها) في %1 من البنود؛ ومواقف يتيمة (زالت كلماتها، ولا تُحتسب) في %2 من البنود</translation>
    </message>
    <message>
        <source>blocked by: %1</source>
        <translation>تعرقله: %1</translation>
    </message>
    <message>
        <source>reservations: %1</source>
        <translation>التحفظات: %1</translation>
    </message>
    <message>
        <source>no position: %1</source>
        <translation>بلا موقف: %1</translation>
    </message>
    <message>
        <source>%1 states</source>
        <translation>%1 من الدول</translation>
    </message>
    <message>
        <source>ad referendum: %1</source>
        <translation>رهناً بالاستشارة: %1</translation>
    </message>
    <message>
        <source>outdated positions (%1): %2</source>
        <translation>مواقف تجاوزها الزمن (%1): %2</translation>
    </message>
    <message>
        <source>orphaned positions (%1, not counted): %2</source>
        <translation>مواقف يتيمة (%1، لا تُحتسب): %2</translation>
    </message>
    <message>
        <source>%1: landing zone %2</source>
        <extracomment>%1 an alternative group's id (g1), %2 its landing zone</extracomment>
        <translation>%1: منطقة التوافق %2</translation>
    </message>
    <message>
        <source>(drop the span)</source>
        <translation>(حذف المقطع)</translation>
    </message>
    <message>
        <source>%1: no landing zone; blocked by %2</source>
        <translation>%1: لا توجد منطقة توافق؛ تعرقلها %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusSession</name>
    <message numerus="yes">
        <source>Every state (%n)</source>
        <translation>
            <numerusform>كل الدول (%n)</numerusform>
            <numerusform>كل الدول (%n)</numerusform>
            <numerusform>كل الدول (%n)</numerusform>
            <numerusform>كل الدول (%n)</numerusform>
            <numerusform>كل الدول (%n)</numerusform>
            <numerusform>كل الدول (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>العملية %1 (%n)</numerusform>
            <numerusform>العملية %1 (%n)</numerusform>
            <numerusform>العملية %1 (%n)</numerusform>
            <numerusform>العملية %1 (%n)</numerusform>
            <numerusform>العملية %1 (%n)</numerusform>
            <numerusform>العملية %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 (%n)</source>
        <translation>
            <numerusform>المجموعة %1 (%n)</numerusform>
            <numerusform>المجموعة %1 (%n)</numerusform>
            <numerusform>المجموعة %1 (%n)</numerusform>
            <numerusform>المجموعة %1 (%n)</numerusform>
            <numerusform>المجموعة %1 (%n)</numerusform>
            <numerusform>المجموعة %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusStatus</name>
    <message>
        <source>agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>متفق عليه رهناً بالاستشارة</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>معطَّل</translation>
    </message>
</context>
<context>
    <name>Plenipo::CsvReader</name>
    <message>
        <source>error parsing data while strict checking enabled</source>
        <translation>خطأ في تحليل البيانات مع تفعيل التحقق الصارم</translation>
    </message>
    <message>
        <source>memory exhausted while increasing buffer size</source>
        <translation>نفدت الذاكرة أثناء زيادة حجم المخزن المؤقت</translation>
    </message>
    <message>
        <source>data size too large</source>
        <translation>حجم البيانات كبير جدًا</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>الذاكرة غير كافية</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>النص ليس بترميز UTF-8 صالح</translation>
    </message>
</context>
<context>
    <name>Plenipo::DeriveCoalitionDocumentCommand</name>
    <message>
        <source>Derive coalition document %1</source>
        <translation>استخلاص وثيقة الائتلاف %1</translation>
    </message>
    <message>
        <source>Derived from the coalition analysis</source>
        <translation>مستخلصة من تحليل الائتلاف</translation>
    </message>
    <message>
        <source>the coalition accepts no clause of %1: there is nothing to derive</source>
        <translation>لا يقبل الائتلاف أي بند من %1: لا يوجد ما يُستخلص</translation>
    </message>
</context>
<context>
    <name>Plenipo::DeriveDocumentCommand</name>
    <message>
        <source>Derive %1 from %2</source>
        <translation>استخلاص %1 من %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>no document to derive from</source>
        <translation>لا توجد وثيقة يُستخلص منها</translation>
    </message>
</context>
<context>
    <name>Plenipo::DetachedPositionCommand</name>
    <message>
        <source>Re-attach position to the whole clause</source>
        <translation>إعادة ربط الموقف بالبند كله</translation>
    </message>
    <message>
        <source>Re-attach position to %1</source>
        <translation>إعادة ربط الموقف بـ %1</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n orphaned position(s)</source>
        <translation>
            <numerusform>تجاهل %n موقف يتيم</numerusform>
            <numerusform>تجاهل موقفًا يتيمًا واحدًا</numerusform>
            <numerusform>تجاهل موقفين يتيمين</numerusform>
            <numerusform>تجاهل %n مواقف يتيمة</numerusform>
            <numerusform>تجاهل %n موقفًا يتيمًا</numerusform>
            <numerusform>تجاهل %n موقف يتيم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::DocumentComparison</name>
    <message>
        <source>compare: a document is missing from %1</source>
        <translation>compare: وثيقة مفقودة من %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::DocxExporter</name>
    <message>
        <source>Word document</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>وثيقة Word</translation>
    </message>
</context>
<context>
    <name>Plenipo::DocxWriter</name>
    <message>
        <source>cannot write the Word package: %1</source>
        <translation>تعذّرت كتابة حزمة Word: %1</translation>
    </message>
    <message>
        <source>cannot write %1 into the Word package: %2</source>
        <translation>تعذّرت كتابة %1 في حزمة Word: %2</translation>
    </message>
    <message>
        <source>cannot finish the Word package: %1</source>
        <translation>تعذّر إكمال حزمة Word: %1</translation>
    </message>
    <message>
        <source>cannot write the Word document: %1</source>
        <translation>تعذّرت كتابة وثيقة Word: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainNames</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1:1: expected a header starting with code</source>
        <translation>%1:1: يُتوقع سطر عناوين يبدأ بـ code</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2: %n حقل، والمتوقع %3</numerusform>
            <numerusform>%1:%2: حقل واحد، والمتوقع %3</numerusform>
            <numerusform>%1:%2: حقلان، والمتوقع %3</numerusform>
            <numerusform>%1:%2: %n حقول، والمتوقع %3</numerusform>
            <numerusform>%1:%2: %n حقلًا، والمتوقع %3</numerusform>
            <numerusform>%1:%2: %n حقل، والمتوقع %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:1: unknown language column '%2'</source>
        <translation>%1:1: عمود لغة غير معروف «%2»</translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainText</name>
    <message>
        <source>Group of Governmental Experts</source>
        <translation>فريق الخبراء الحكوميين</translation>
    </message>
    <message>
        <source>Open-Ended Working Group</source>
        <translation>الفريق العامل المفتوح العضوية</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>مبادرة</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>الائتلاف</translation>
    </message>
    <message>
        <source>Other process</source>
        <translation>عملية أخرى</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Zero draft</source>
        <translation>المسودة الأولية</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>تنقيح</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>بيان مشترك</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>قرار</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>وثيقة أخرى</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>مجموعة إقليمية للأمم المتحدة</translation>
    </message>
    <message>
        <source>Political group</source>
        <translation>مجموعة سياسية</translation>
    </message>
    <message>
        <source>statement</source>
        <comment>source of a position</comment>
        <translation>بيان</translation>
    </message>
    <message>
        <source>document</source>
        <comment>source of a position</comment>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>vote</source>
        <comment>source of a position</comment>
        <translation>تصويت</translation>
    </message>
    <message>
        <source>informal</source>
        <comment>source of a position</comment>
        <translation>غير رسمي</translation>
    </message>
    <message>
        <source>illustrative</source>
        <comment>source of a position</comment>
        <translation>توضيحي</translation>
    </message>
</context>
<context>
    <name>Plenipo::DraftImporter</name>
    <message>
        <source>%1: line %2, column %3: not well-formed XML (%4); nothing was imported</source>
        <translation>%1: السطر %2، العمود %3: ملف XML غير سليم البنية (%4)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>The place of a problem in a text file: %1 is the line number.</extracomment>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>%1: not a Word file (.docx): the zip package cannot be read (%2); nothing was imported</source>
        <translation>%1: ليس ملف Word (.docx): تتعذّر قراءة حزمة zip ‏(%2)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: not a Word file (.docx): it has no %2; nothing was imported</source>
        <translation>%1: ليس ملف Word (.docx): لا يحوي %2؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: word/document.xml has no body; nothing was imported</source>
        <translation>%1: ملف word/document.xml بلا متن؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <extracomment>The place of a problem in a Word file: %1 is the paragraph's position in it.</extracomment>
        <translation>الفقرة %1</translation>
    </message>
    <message>
        <source>list level '%1' is not a Word list level (0 to %2): the paragraph's automatic number is ignored</source>
        <translation>مستوى القائمة «%1» ليس مستوى قائمة في Word (من 0 إلى %2): يُتجاهل الترقيم التلقائي للفقرة</translation>
    </message>
    <message>
        <source>unknown process '%1'</source>
        <translation>عملية غير معروفة «%1»</translation>
    </message>
    <message>
        <source>sub-point %1 before any numbered paragraph</source>
        <translation>الفقرة الفرعية %1 قبل أي فقرة مرقمة</translation>
    </message>
    <message>
        <source>the document needs a symbol</source>
        <translation>يجب أن يكون للوثيقة رمز</translation>
    </message>
    <message>
        <source>the workspace already has a document %1 (choose another symbol)</source>
        <translation>في مساحة العمل وثيقة %1 بالفعل (اختر رمزًا آخر)</translation>
    </message>
    <message>
        <source>no paragraphs found in %1</source>
        <translation>لم يُعثر على أي فقرة في %1</translation>
    </message>
    <message>
        <source>clause number %1 also numbers an earlier clause</source>
        <translation>رقم البند %1 مستخدم أيضًا لبند سابق</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <extracomment>The place of a markup problem: %1 is the line or paragraph ("line 12"), %2 the column.</extracomment>
        <translation>%1، العمود %2</translation>
    </message>
    <message>
        <source>clause %1: %2</source>
        <extracomment>%1 is the clause number, %2 the markup problem.</extracomment>
        <translation>البند %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (zero draft): %n clause(s)</source>
        <translation>
            <numerusform>الوثيقة %1 «%2» (المسودة الأولية): %n بند</numerusform>
            <numerusform>الوثيقة %1 «%2» (المسودة الأولية): بند واحد</numerusform>
            <numerusform>الوثيقة %1 «%2» (المسودة الأولية): بندان</numerusform>
            <numerusform>الوثيقة %1 «%2» (المسودة الأولية): %n بنود</numerusform>
            <numerusform>الوثيقة %1 «%2» (المسودة الأولية): %n بندًا</numerusform>
            <numerusform>الوثيقة %1 «%2» (المسودة الأولية): %n بند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (draft): %n clause(s)</source>
        <translation>
            <numerusform>الوثيقة %1 «%2» (مسودة): %n بند</numerusform>
            <numerusform>الوثيقة %1 «%2» (مسودة): بند واحد</numerusform>
            <numerusform>الوثيقة %1 «%2» (مسودة): بندان</numerusform>
            <numerusform>الوثيقة %1 «%2» (مسودة): %n بنود</numerusform>
            <numerusform>الوثيقة %1 «%2» (مسودة): %n بندًا</numerusform>
            <numerusform>الوثيقة %1 «%2» (مسودة): %n بند</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import: اقرأ الملف أولًا</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1: وُجد %n خطأ؛ لم يُستورد شيء</numerusform>
            <numerusform>%1: وُجد خطأ واحد؛ لم يُستورد شيء</numerusform>
            <numerusform>%1: وُجد خطآن؛ لم يُستورد شيء</numerusform>
            <numerusform>%1: وُجد %n أخطاء؛ لم يُستورد شيء</numerusform>
            <numerusform>%1: وُجد %n خطأً؛ لم يُستورد شيء</numerusform>
            <numerusform>%1: وُجد %n خطأ؛ لم يُستورد شيء</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDialog</name>
    <message>
        <source>Export Document</source>
        <translation>تصدير الوثيقة</translation>
    </message>
    <message>
        <source>None: the document as it stands</source>
        <translation>لا شيء: الوثيقة بحالتها الراهنة</translation>
    </message>
    <message>
        <source>Include internal material (internal notes and positions, as comments)</source>
        <translation>تضمين المواد الداخلية (الملاحظات والمواقف الداخلية، بوصفها تعليقات)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>استعراض...</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;الوثيقة:</translation>
    </message>
    <message>
        <source>&amp;Coalition:</source>
        <translation>&amp;الائتلاف:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;الحفظ في:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>&amp;العرض في المجلد</translation>
    </message>
    <message>
        <source>A coalition export never contains internal material.</source>
        <translation>التصدير لائتلاف لا يحتوي أبدًا على مواد داخلية.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>اختر ملفًا للتصدير إليه.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>جارٍ التصدير...</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>صُدِّرت إلى %1.</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>The language of the cover block, labels and state names; the clause text stays as written.</source>
        <translation>لغة صفحة الغلاف والتسميات وأسماء الدول؛ ويبقى نص البنود كما كُتب.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message numerus="yes">
        <source>The coalition text relies on outdated positions in %n paragraph(s):</source>
        <translation>
            <numerusform>يعتمد نص الائتلاف على مواقف تجاوزها الزمن في %n فقرة:</numerusform>
            <numerusform>يعتمد نص الائتلاف على مواقف تجاوزها الزمن في فقرة واحدة:</numerusform>
            <numerusform>يعتمد نص الائتلاف على مواقف تجاوزها الزمن في فقرتين:</numerusform>
            <numerusform>يعتمد نص الائتلاف على مواقف تجاوزها الزمن في %n فقرات:</numerusform>
            <numerusform>يعتمد نص الائتلاف على مواقف تجاوزها الزمن في %n فقرة:</numerusform>
            <numerusform>يعتمد نص الائتلاف على مواقف تجاوزها الزمن في %n فقرة:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDocument</name>
    <message>
        <source>Ad referendum: %1.</source>
        <translation>رهناً بالاستشارة: %1.</translation>
    </message>
    <message>
        <source>Deletion proposed by: %1.</source>
        <translation>الحذف مقترح من: %1.</translation>
    </message>
    <message>
        <source>Proposed by: %1.</source>
        <translation>مقترح من: %1.</translation>
    </message>
    <message>
        <source>Internal: %1, %2</source>
        <translation>داخلي: %1، %2</translation>
    </message>
    <message>
        <source>Internal: %1, %2 (alternative %3)</source>
        <translation>داخلي: %1، %2 (البديل %3)</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>المصدر: %1.</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>العملية: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Text of the coalition: %1</source>
        <translation>نص الائتلاف: %1</translation>
    </message>
    <message>
        <source>Adherent States (%1)</source>
        <translation>الدول المنضمة (%1)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Not yet agreed within the coalition.</source>
        <translation>لم يُتفق عليه بعد داخل الائتلاف.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الحواشي</translation>
    </message>
    <message>
        <source>Internal notes (not for circulation)</source>
        <translation>ملاحظات داخلية (ليست للتعميم)</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1: the coalition text relies on %n outdated position(s), given on words that have changed since: %2</source>
        <translation>
            <numerusform>الفقرة %1: يعتمد نص الائتلاف على %n موقف تجاوزه الزمن، أُبدي على كلمات تغيرت منذئذ: %2</numerusform>
            <numerusform>الفقرة %1: يعتمد نص الائتلاف على موقف واحد تجاوزه الزمن، أُبدي على كلمات تغيرت منذئذ: %2</numerusform>
            <numerusform>الفقرة %1: يعتمد نص الائتلاف على موقفين تجاوزهما الزمن، أُبدي على كلمات تغيرت منذئذ: %2</numerusform>
            <numerusform>الفقرة %1: يعتمد نص الائتلاف على %n مواقف تجاوزها الزمن، أُبدي على كلمات تغيرت منذئذ: %2</numerusform>
            <numerusform>الفقرة %1: يعتمد نص الائتلاف على %n موقفًا تجاوزه الزمن، أُبدي على كلمات تغيرت منذئذ: %2</numerusform>
            <numerusform>الفقرة %1: يعتمد نص الائتلاف على %n موقف تجاوزه الزمن، أُبدي على كلمات تغيرت منذئذ: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportOptions</name>
    <message>
        <source>the export was cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <source>export: no document with id %1 in %2</source>
        <translation>export: لا توجد وثيقة بالمعرِّف %1 في %2</translation>
    </message>
    <message>
        <source>export: no coalition '%1' in %2</source>
        <translation>export: لا يوجد ائتلاف «%1» في %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::FileImporter</name>
    <message>
        <source>import: read a file first</source>
        <translation>import: اقرأ ملفًا أولًا</translation>
    </message>
</context>
<context>
    <name>Plenipo::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>مطابقة &amp;حالة الأحرف</translation>
    </message>
    <message>
        <source>Find in this text</source>
        <translation>البحث في هذا النص</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+Enter، Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>النتيجة التالية (Enter، F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>إغلاق شريط البحث (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;بحث...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>بحث عن &amp;التالي</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>بحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n نتيجة مطابقة</numerusform>
            <numerusform>نتيجة مطابقة واحدة</numerusform>
            <numerusform>نتيجتان مطابقتان</numerusform>
            <numerusform>%n نتائج مطابقة</numerusform>
            <numerusform>%n نتيجة مطابقة</numerusform>
            <numerusform>%n نتيجة مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::HandbookDialog</name>
    <message>
        <source>Plenipo Handbook</source>
        <translation>دليل Plenipo</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <source>&amp;Markup Reference</source>
        <translation>&amp;مرجع الترميز</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;تقدم</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>A file to import</source>
        <translation>ملف لاستيراده</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;استعراض...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <source>Automatic (from the file name)</source>
        <translation>تلقائي (من اسم الملف)</translation>
    </message>
    <message>
        <source>Akoma Ntoso XML (a Plenipo export or a UN resolution)</source>
        <translation>Akoma Ntoso XML (ملف مصدَّر من Plenipo أو قرار للأمم المتحدة)</translation>
    </message>
    <message>
        <source>Draft in Word (.docx)</source>
        <translation>مسودة بصيغة Word (.docx)</translation>
    </message>
    <message>
        <source>Draft in plain text (.txt)</source>
        <translation>مسودة بنص عادي (.txt)</translation>
    </message>
    <message>
        <source>Positions (CSV)</source>
        <translation>المواقف (CSV)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;الصيغة:</translation>
    </message>
    <message>
        <source>Default: the file name</source>
        <translation>الافتراضي: اسم الملف</translation>
    </message>
    <message>
        <source>Draft &amp;symbol:</source>
        <translation>&amp;رمز المسودة:</translation>
    </message>
    <message>
        <source>Default: the first unnumbered paragraph</source>
        <translation>الافتراضي: أول فقرة غير مرقمة</translation>
    </message>
    <message>
        <source>Draft &amp;title:</source>
        <translation>&amp;عنوان المسودة:</translation>
    </message>
    <message>
        <source>Choose a file, then Check: nothing is written before Import.</source>
        <translation>اختر ملفًا، ثم «تحقق»: لا يُكتب شيء قبل «استيراد».</translation>
    </message>
    <message>
        <source>The import report appears here.</source>
        <translation>يظهر تقرير الاستيراد هنا.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <source>Import &amp;Valid Rows</source>
        <translation>&amp;استيراد الصفوف الصحيحة</translation>
    </message>
    <message>
        <source>For positions in CSV with errors: import the rows without errors and leave out the others</source>
        <translation>لمواقف CSV التي فيها أخطاء: استيراد الصفوف الخالية من الأخطاء وترك الباقي</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>Importable files (*.xml *.akn *.docx *.txt *.csv);;All files (*)</source>
        <translation>الملفات القابلة للاستيراد (*.xml *.akn *.docx *.txt *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %n warning(s). Press Import to write it into the workspace.</source>
        <translation>
            <numerusform>جاهز للاستيراد: %n تحذير. اضغط «استيراد» لكتابته في مساحة العمل.</numerusform>
            <numerusform>جاهز للاستيراد: تحذير واحد. اضغط «استيراد» لكتابته في مساحة العمل.</numerusform>
            <numerusform>جاهز للاستيراد: تحذيران. اضغط «استيراد» لكتابته في مساحة العمل.</numerusform>
            <numerusform>جاهز للاستيراد: %n تحذيرات. اضغط «استيراد» لكتابته في مساحة العمل.</numerusform>
            <numerusform>جاهز للاستيراد: %n تحذيرًا. اضغط «استيراد» لكتابته في مساحة العمل.</numerusform>
            <numerusform>جاهز للاستيراد: %n تحذير. اضغط «استيراد» لكتابته في مساحة العمل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Import the valid rows without them, or close: nothing changes.</source>
        <translation>
            <numerusform>في %n صف أخطاء. استورد الصفوف الصحيحة من دونها، أو أغلق: لن يتغير شيء.</numerusform>
            <numerusform>في صف واحد أخطاء. استورد الصفوف الصحيحة من دونها، أو أغلق: لن يتغير شيء.</numerusform>
            <numerusform>في صفين أخطاء. استورد الصفوف الصحيحة من دونها، أو أغلق: لن يتغير شيء.</numerusform>
            <numerusform>في %n صفوف أخطاء. استورد الصفوف الصحيحة من دونها، أو أغلق: لن يتغير شيء.</numerusform>
            <numerusform>في %n صفًا أخطاء. استورد الصفوف الصحيحة من دونها، أو أغلق: لن يتغير شيء.</numerusform>
            <numerusform>في %n صف أخطاء. استورد الصفوف الصحيحة من دونها، أو أغلق: لن يتغير شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this file cannot be imported as it is. Nothing was written.</source>
        <translation>
            <numerusform>%n خطأ: لا يمكن استيراد هذا الملف كما هو. لم يُكتب شيء.</numerusform>
            <numerusform>خطأ واحد: لا يمكن استيراد هذا الملف كما هو. لم يُكتب شيء.</numerusform>
            <numerusform>خطآن: لا يمكن استيراد هذا الملف كما هو. لم يُكتب شيء.</numerusform>
            <numerusform>%n أخطاء: لا يمكن استيراد هذا الملف كما هو. لم يُكتب شيء.</numerusform>
            <numerusform>%n خطأً: لا يمكن استيراد هذا الملف كما هو. لم يُكتب شيء.</numerusform>
            <numerusform>%n خطأ: لا يمكن استيراد هذا الملف كما هو. لم يُكتب شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import positions from %1</source>
        <translation>استيراد المواقف من %1</translation>
    </message>
    <message>
        <source>The import failed; the workspace is unchanged: %1</source>
        <translation>فشل الاستيراد؛ لم تتغير مساحة العمل: %1</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>تم الاستيراد.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDocumentCommand</name>
    <message>
        <source>the import wrote no document</source>
        <translation>لم يكتب الاستيراد أي وثيقة</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportGuard</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: تعذّرت القراءة: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2, more than the %3 an import accepts; nothing was imported</source>
        <translation>%1: حجم الملف %2، وهو أكبر من %3 التي يقبلها الاستيراد؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: the input is larger than the %2 an import accepts; nothing was imported</source>
        <translation>%1: المُدخل أكبر من %2 التي يقبلها الاستيراد؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: the file is not valid UTF-8 (byte 0x%4); save it as UTF-8 and import it again. Nothing was imported</source>
        <translation>%1: السطر %2، العمود %3: الملف ليس بترميز UTF-8 صالح (البايت 0x%4)؛ احفظه بترميز UTF-8 واستورده من جديد. لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: line %2: the XML declares a DTD or entities (%3); Plenipo refuses them in imported files. Nothing was imported</source>
        <translation>%1: السطر %2: يعلن ملف XML عن DTD أو كيانات (%3)؛ يرفضها Plenipo في الملفات المستوردة. لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 expands to %3, more than the %4 an import accepts (a damaged or hostile file); nothing was imported</source>
        <translation>%1: يتمدد مُدخل zip ‏%2 إلى %3، وهو أكبر من %4 التي يقبلها الاستيراد (ملف تالف أو ضار)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 lies outside the file (a damaged file); nothing was imported</source>
        <translation>%1: يقع مُدخل zip ‏%2 خارج الملف (ملف تالف)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be read (a damaged file); nothing was imported</source>
        <translation>%1: تتعذّر قراءة مُدخل zip ‏%2 (ملف تالف)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be inflated (%3); nothing was imported</source>
        <translation>%1: يتعذّر فك ضغط مُدخل zip ‏%2 (%3)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 expands to more than the %3 an import accepts (its header claims %4: a damaged or hostile file); nothing was imported</source>
        <translation>%1: يتمدد مُدخل zip ‏%2 إلى أكثر من %3 التي يقبلها الاستيراد (يذكر رأسه %4: ملف تالف أو ضار)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 holds %3 bytes but its header says %4 (a damaged or hostile file); nothing was imported</source>
        <translation>%1: يحوي مُدخل zip ‏%2 ‏%3 بايت لكن رأسه يذكر %4 (ملف تالف أو ضار)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: line %2: the XML is nested more than %3 elements deep (a damaged or hostile file); nothing was imported</source>
        <translation>%1: السطر %2: تتداخل عناصر XML لأكثر من %3 مستوى (ملف تالف أو ضار)؛ لم يُستورد شيء</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportReport</name>
    <message>
        <source>info</source>
        <extracomment>The severity of a problem in an import report ("info: line 3: ...").</extracomment>
        <translation>معلومة</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>The severity of a problem in an import report ("warning: line 3: ...").</extracomment>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>The severity of a problem in an import report ("error: line 3: ...").</extracomment>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>checked, nothing written yet</source>
        <translation>تم التحقق، ولم يُكتب شيء بعد</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>The outcome of an import: everything was written into the workspace.</extracomment>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>imported the valid rows only; the rows with errors were left out</source>
        <translation>استُوردت الصفوف الصحيحة فقط؛ وتُركت الصفوف التي فيها أخطاء</translation>
    </message>
    <message>
        <source>NOT imported: the workspace is unchanged</source>
        <translation>لم يُستورد: مساحة العمل لم تتغير</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 is the file name, %2 its format (CSV, Akoma Ntoso...), %3 the outcome of the import.</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Would create:</source>
        <translation>سيُنشأ:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>أُنشئ:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the number of errors ("3 errors"), %2 the number of warnings ("1 warning").</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n تحذير</numerusform>
            <numerusform>تحذير واحد</numerusform>
            <numerusform>تحذيران</numerusform>
            <numerusform>%n تحذيرات</numerusform>
            <numerusform>%n تحذيرًا</numerusform>
            <numerusform>%n تحذير</numerusform>
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
        <translation>إدراج البند %1</translation>
    </message>
    <message>
        <source>clause %1 was not written</source>
        <translation>لم يُكتب البند %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::MainWindow</name>
    <message>
        <source>Plenipo workspaces (*.plenipo)</source>
        <translation>مساحات عمل Plenipo (*.plenipo)</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;مساحة عمل جديدة...</translation>
    </message>
    <message>
        <source>Open &amp;Sample Workspace</source>
        <translation>&amp;فتح مساحة العمل المثال</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;استيراد...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;تصدير...</translation>
    </message>
    <message>
        <source>&amp;Compare Texts...</source>
        <translation>&amp;مقارنة النصوص...</translation>
    </message>
    <message>
        <source>Cannot create the sample workspace</source>
        <translation>تعذّر إنشاء مساحة العمل المثال</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتحت %1</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>لا توجد مساحة عمل</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [للقراءة فقط]</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 موجود بالفعل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>تعذّر إنشاء مساحة العمل</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>فتح مساحة عمل</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>حفظ مساحة العمل باسم</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>تعذّر حفظ مساحة العمل</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working on it.</source>
        <translation>حُفظت نسخة باسم %1؛ أنت تعمل عليها الآن.</translation>
    </message>
    <message>
        <source>%1%2 • %3 • %4</source>
        <extracomment>%1 is the file, %2 " [read-only]" or nothing, %3 "193 UN member states" (and " • 2 observer states" when there are any), %4 "5 documents"</extracomment>
        <translation>%1%2 • %3 • %4</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in Workspace</source>
        <translation>البحث في مساحة العمل</translation>
    </message>
    <message>
        <source>Find in &amp;Workspace...</source>
        <translation>البحث في &amp;مساحة العمل...</translation>
    </message>
    <message>
        <source>Find in workspace (Ctrl+Shift+F)</source>
        <translation>البحث في مساحة العمل (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Configure Plenipo...</source>
        <translation>&amp;تهيئة Plenipo...</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>لوحة التنقل</translation>
    </message>
    <message>
        <source>States</source>
        <translation>الدول</translation>
    </message>
    <message>
        <source>Plenipo</source>
        <translation>Plenipo</translation>
    </message>
    <message>
        <source>Plenipo &amp;Handbook</source>
        <translation>&amp;دليل Plenipo</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;فتح مساحة عمل...</translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation>&amp;حفظ التنقيح</translation>
    </message>
    <message>
        <source>Record the edited clause text as a new revision (Ctrl+S, or Ctrl+Return in the editor)</source>
        <translation>تسجيل نص البند المحرَّر تنقيحًا جديدًا (Ctrl+S، أو Ctrl+Return في المحرر)</translation>
    </message>
    <message>
        <source>&amp;Find in Clause...</source>
        <translation>&amp;بحث في البند...</translation>
    </message>
    <message>
        <source>Search Field</source>
        <translation>حقل البحث</translation>
    </message>
    <message>
        <source>&amp;Next Clause</source>
        <translation>البند &amp;التالي</translation>
    </message>
    <message>
        <source>&amp;Previous Clause</source>
        <translation>البند &amp;السابق</translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation>إظهار &amp;لوحة التنقل</translation>
    </message>
    <message>
        <source>Show &amp;States</source>
        <translation>إظهار &amp;الدول</translation>
    </message>
    <message>
        <source>Go to %1 Tab</source>
        <translation>الانتقال إلى لسان «%1»</translation>
    </message>
    <message>
        <source>Show &amp;Find in Workspace</source>
        <translation>إظهار &amp;البحث في مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;تراجع عن «%1»</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>Re&amp;do: %1</source>
        <translation>&amp;إعادة «%1»</translation>
    </message>
    <message>
        <source>Saved a new revision of paragraph %1</source>
        <translation>حُفظ تنقيح جديد للفقرة %1</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>استيراد &amp;مجلد...</translation>
    </message>
    <message>
        <source>&amp;Research...</source>
        <translation>&amp;الأبحاث...</translation>
    </message>
    <message>
        <source>%1 • %2</source>
        <extracomment>%1 "193 UN member states", %2 "2 observer states"</extracomment>
        <translation>%1 • %2</translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n دولة عضو في الأمم المتحدة</numerusform>
            <numerusform>دولة عضو واحدة في الأمم المتحدة</numerusform>
            <numerusform>دولتان عضوان في الأمم المتحدة</numerusform>
            <numerusform>%n دول أعضاء في الأمم المتحدة</numerusform>
            <numerusform>%n دولة عضوًا في الأمم المتحدة</numerusform>
            <numerusform>%n دولة عضو في الأمم المتحدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer state(s)</source>
        <translation>
            <numerusform>%n دولة مراقبة</numerusform>
            <numerusform>دولة مراقبة واحدة</numerusform>
            <numerusform>دولتان مراقبتان</numerusform>
            <numerusform>%n دول مراقبة</numerusform>
            <numerusform>%n دولة مراقبة</numerusform>
            <numerusform>%n دولة مراقبة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation>&amp;الاتصال بخادم...</translation>
    </message>
    <message>
        <source>&amp;Reload from Server</source>
        <translation>إعادة التحميل من &amp;الخادم</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>جارٍ الاتصال بـ %1...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>The server asks for the password of %1:</source>
        <translation>يطلب الخادم كلمة مرور %1:</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>تعذّر الاتصال بالخادم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the login, %2 its delegation (ISO3), %3 its role (viewer, editor...)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>متصل باسم %1</translation>
    </message>
    <message>
        <source>%1 on %2, read as of %3</source>
        <translation>%1 على %2، قُرئ في %3</translation>
    </message>
    <message>
        <source>Your role lets you read, not change.</source>
        <translation>دورك يتيح لك القراءة لا التعديل.</translation>
    </message>
    <message>
        <source>The workbench does not write to server workspaces yet; File &gt; Save As keeps a copy as a file.</source>
        <translation>لا تكتب منضدة العمل في مساحات عمل الخادم بعد؛ يحفظ «ملف &gt; حفظ باسم» نسخة في ملف.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server workspace, read-only.&lt;/b&gt; You are %1 on %2. This is what the server lets your login read, as of %3: it withholds other delegations' internal material. %4</source>
        <translation>&lt;b&gt;مساحة عمل على خادم، للقراءة فقط.&lt;/b&gt; أنت %1 على %2. هذا ما يسمح الخادم لاسم دخولك بقراءته، حتى %3: فهو يحجب المواد الداخلية للوفود الأخرى. %4</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>a server workspace: %1 the database, %2 the server's host name</extracomment>
        <translation>%1 على %2</translation>
    </message>
    <message numerus="yes">
        <source>Updated from the server: %n change(s) by %1</source>
        <extracomment>%1 the logins who made the changes, comma-separated</extracomment>
        <translation>
            <numerusform>حُدّثت من الخادم: %n تغيير من %1</numerusform>
            <numerusform>حُدّثت من الخادم: تغيير واحد من %1</numerusform>
            <numerusform>حُدّثت من الخادم: تغييران من %1</numerusform>
            <numerusform>حُدّثت من الخادم: %n تغييرات من %1</numerusform>
            <numerusform>حُدّثت من الخادم: %n تغييرًا من %1</numerusform>
            <numerusform>حُدّثت من الخادم: %n تغيير من %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1): File &gt; Reload from Server connects again.</source>
        <translation>انقطع الاتصال بالخادم (%1): يعيد «ملف &gt; إعادة التحميل من الخادم» الاتصال.</translation>
    </message>
    <message>
        <source>What others change there and may share with you appears here as they change it.</source>
        <translation>ما يغيّره الآخرون هناك ويمكنهم مشاركته معك يظهر هنا حين يغيّرونه.</translation>
    </message>
    <message>
        <source>The workspace has changed on the server: File &gt; Reload from Server shows the changes (reading it took %1 s).</source>
        <translation>تغيّرت مساحة العمل على الخادم: يعرض «ملف &gt; إعادة التحميل من الخادم» التغييرات (استغرقت قراءتها %1 ث).</translation>
    </message>
</context>
<context>
    <name>Plenipo::MarkupParser</name>
    <message>
        <source>brackets and deletions nested more than %1 levels deep: the deeper ones are kept as text</source>
        <translation>معقوفات وحذوف متداخلة لأكثر من %1 مستوى: تُبقى الأعمق نصًا</translation>
    </message>
    <message>
        <source>'}' without a matching '{'</source>
        <translation>«}» بلا «{» مقابل</translation>
    </message>
    <message>
        <source>']' without a matching '['</source>
        <translation>«]» بلا «[» مقابل</translation>
    </message>
    <message>
        <source>empty alternative</source>
        <translation>بديل فارغ</translation>
    </message>
    <message>
        <source>unterminated attribution '{': missing '}' on the same line</source>
        <translation>إسناد «{» غير مكتمل: ينقص «}» في السطر نفسه</translation>
    </message>
    <message>
        <source>attribution must follow a bracketed span or a deletion</source>
        <translation>يجب أن يلي الإسناد مقطعًا بين معقوفتين أو حذفًا</translation>
    </message>
    <message>
        <source>empty attribution '{}'</source>
        <translation>إسناد فارغ «{}»</translation>
    </message>
    <message>
        <source>ad referendum mark must follow a bracketed span or end the clause</source>
        <translation>يجب أن تلي علامةُ رهناً بالاستشارة مقطعًا بين معقوفتين أو أن تختم البند</translation>
    </message>
    <message>
        <source>malformed code '%1' in ad referendum mark (expected an upper-case state or group code such as FRA or EU)</source>
        <translation>رمز غير سليم «%1» في علامة رهناً بالاستشارة (يُتوقع رمز دولة أو مجموعة بأحرف كبيرة مثل FRA أو EU)</translation>
    </message>
    <message>
        <source>malformed code '%1' in attribution (expected an upper-case state or group code such as FRA or EU)</source>
        <translation>رمز غير سليم «%1» في الإسناد (يُتوقع رمز دولة أو مجموعة بأحرف كبيرة مثل FRA أو EU)</translation>
    </message>
    <message>
        <source>unknown state or group '%1' in ad referendum mark</source>
        <translation>دولة أو مجموعة غير معروفة «%1» في علامة رهناً بالاستشارة</translation>
    </message>
    <message>
        <source>unknown state or group '%1' in attribution</source>
        <translation>دولة أو مجموعة غير معروفة «%1» في الإسناد</translation>
    </message>
    <message>
        <source>'%1' appears twice in the ad referendum mark</source>
        <translation>يرد «%1» مرتين في علامة رهناً بالاستشارة</translation>
    </message>
    <message>
        <source>'%1' appears twice in the attribution</source>
        <translation>يرد «%1» مرتين في الإسناد</translation>
    </message>
    <message>
        <source>empty deletion</source>
        <translation>حذف فارغ</translation>
    </message>
    <message>
        <source>unterminated note</source>
        <translation>حاشية غير مكتملة</translation>
    </message>
    <message>
        <source>unclosed bracket opened here</source>
        <translation>معقوفة فُتحت هنا ولم تُغلق</translation>
    </message>
    <message>
        <source>unterminated deletion '~~'</source>
        <translation>حذف «~~» غير مكتمل</translation>
    </message>
    <message>
        <source>options out of sequence: expected 'Option %1:'</source>
        <extracomment>'Option %1:' is the markup of an option header: keep it in English.</extracomment>
        <translation>الخيارات ليست بالترتيب: يُتوقع «Option %1:»</translation>
    </message>
</context>
<context>
    <name>Plenipo::MarkupReport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 clause(s), %3 error(s), %4 warning(s)</source>
        <extracomment>%1 the file; the counts carry no plural form (several in one line)</extracomment>
        <translation>%1: عدد البنود %2، وعدد الأخطاء %3، وعدد التحذيرات %4</translation>
    </message>
    <message>
        <source>total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>bracketed spans</source>
        <translation>المقاطع بين معقوفتين</translation>
    </message>
    <message>
        <source>alternative groups</source>
        <translation>مجموعات البدائل</translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation>البدائل</translation>
    </message>
    <message>
        <source>whole-clause options</source>
        <translation>خيارات البند كله</translation>
    </message>
    <message>
        <source>deepest bracket nesting</source>
        <translation>أعمق تداخل للمعقوفات</translation>
    </message>
    <message>
        <source>words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>words in brackets</source>
        <translation>الكلمات بين معقوفتين</translation>
    </message>
    <message>
        <source>words in options</source>
        <translation>الكلمات في الخيارات</translation>
    </message>
    <message>
        <source>words proposed for deletion</source>
        <translation>الكلمات المقترح حذفها</translation>
    </message>
    <message>
        <source>agreed words</source>
        <translation>الكلمات المتفق عليها</translation>
    </message>
    <message>
        <source>agreed share</source>
        <translation>نسبة الكلمات المتفق عليها</translation>
    </message>
    <message>
        <source>deletions</source>
        <translation>عمليات الحذف</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>ملاحظات الصياغة</translation>
    </message>
    <message>
        <source>ad referendum marks</source>
        <translation>علامات الموافقة رهناً بالاستشارة</translation>
    </message>
    <message>
        <source>attributions</source>
        <translation>الإسنادات</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>in brackets</source>
        <translation>بين معقوفتين</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>agreed %</source>
        <translation>الاتفاق %</translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorActions</name>
    <message>
        <source>Compare with %1</source>
        <translation>المقارنة بـ %1</translation>
    </message>
    <message>
        <source>Derive New Revision...</source>
        <translation>استخلاص تنقيح جديد...</translation>
    </message>
    <message>
        <source>Insert Clause After...</source>
        <translation>إدراج بند بعد...</translation>
    </message>
    <message>
        <source>Renumber...</source>
        <translation>إعادة الترقيم...</translation>
    </message>
    <message>
        <source>Link to Norms...</source>
        <translation>الربط بقواعد...</translation>
    </message>
    <message>
        <source>Delete Clause</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>Compare with norm %1</source>
        <translation>المقارنة بالقاعدة %1</translation>
    </message>
    <message>
        <source>Trace Through Later Texts</source>
        <translation>التتبع في النصوص اللاحقة</translation>
    </message>
    <message>
        <source>Likely Stances of Silent Members</source>
        <translation>المواقف المرجحة للأعضاء الذين لم يبدوا موقفًا</translation>
    </message>
    <message>
        <source>Derive New Revision</source>
        <translation>استخلاص تنقيح جديد</translation>
    </message>
    <message>
        <source>Symbol of the new document (it follows %1 and keeps the lineage of every clause):</source>
        <translation>رمز الوثيقة الجديدة (تلي %1 وتحتفظ بتحدر كل بند):</translation>
    </message>
    <message>
        <source>Cannot derive the document</source>
        <translation>تعذّر استخلاص الوثيقة</translation>
    </message>
    <message>
        <source>Insert Clause</source>
        <translation>إدراج بند</translation>
    </message>
    <message>
        <source>Number of the new clause:</source>
        <translation>رقم البند الجديد:</translation>
    </message>
    <message>
        <source>Renumber Clause</source>
        <translation>إعادة ترقيم البند</translation>
    </message>
    <message>
        <source>New number:</source>
        <translation>الرقم الجديد:</translation>
    </message>
    <message>
        <source>Norms clause %1 derives from</source>
        <translation>القواعد التي يستمد منها البند %1</translation>
    </message>
    <message>
        <source>Delete clause %1 from this document? Its revisions and positions go with it (Undo brings them back).</source>
        <translation>هل تريد حذف البند %1 من هذه الوثيقة؟ ستُحذف معه تنقيحاته ومواقفه (التراجع يعيدها).</translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorModel</name>
    <message>
        <source>Processes</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>وثائق أخرى</translation>
    </message>
    <message>
        <source>Norms catalogue</source>
        <translation>فهرس القواعد</translation>
    </message>
    <message>
        <source>open to all UN member states</source>
        <translation>مفتوحة لجميع الدول الأعضاء في الأمم المتحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n member state(s)</source>
        <translation>
            <numerusform>%n دولة عضو</numerusform>
            <numerusform>دولة عضو واحدة</numerusform>
            <numerusform>دولتان عضوان</numerusform>
            <numerusform>%n دول أعضاء</numerusform>
            <numerusform>%n دولة عضوًا</numerusform>
            <numerusform>%n دولة عضو</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::OdtExporter</name>
    <message>
        <source>OpenDocument text</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>نص OpenDocument</translation>
    </message>
    <message>
        <source>cannot write the OpenDocument text</source>
        <translation>تعذّرت كتابة نص OpenDocument</translation>
    </message>
    <message>
        <source>cannot write the OpenDocument text: %1</source>
        <translation>تعذّرت كتابة نص OpenDocument: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PdfExporter</name>
    <message>
        <source>PDF document</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>وثيقة PDF</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>تعذّرت كتابة ملف PDF: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionCarrier</name>
    <message>
        <source>clause %1: the positions are not those the revision left; they cannot be put back</source>
        <translation>البند %1: المواقف ليست التي تركها التنقيح؛ لا يمكن إرجاعها</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>لا يوجد بند بالمعرِّف %1</translation>
    </message>
    <message>
        <source>clause %1: alternative '%2' is carried twice or is not an id</source>
        <translation>البند %1: البديل «%2» منقول مرتين أو ليس معرِّفًا</translation>
    </message>
    <message>
        <source>clause %1: two alternatives would be carried to '%2'</source>
        <translation>البند %1: سيُنقل بديلان إلى «%2»</translation>
    </message>
    <message>
        <source>clause %1: positions carried to '%2' would replace positions that stay there</source>
        <translation>البند %1: المواقف المنقولة إلى «%2» ستحل محل مواقف باقية فيه</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionPanel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
        </translation>
    </message>
    <message>
        <source>Set for Selection</source>
        <translation>تعيين للمحدد</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Internal (never leaves in a coalition export)</source>
        <translation>داخلي (لا يخرج أبدًا في تصدير لائتلاف)</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>حفظ التفاصيل</translation>
    </message>
    <message>
        <source>Positions on the whole clause or on one bracketed alternative</source>
        <translation>المواقف من البند كله أو من بديل واحد بين معقوفتين</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>المجموعات الإقليمية</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>المجموعات السياسية</translation>
    </message>
    <message>
        <source>Show the members of a process or group; consensus is computed for them</source>
        <translation>عرض أعضاء عملية أو مجموعة؛ ويُحسب توافق الآراء لهم</translation>
    </message>
    <message>
        <source>Set this stance for every selected state (a group row stands for its members); one undoable step</source>
        <translation>تعيين هذا الموقف لكل دولة محددة (صف المجموعة يمثل أعضاءها)؛ خطوة واحدة قابلة للتراجع</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>document symbol, e.g. A/AC.292/2025/1</source>
        <translation>رمز الوثيقة، مثل A/AC.292/2025/1</translation>
    </message>
    <message>
        <source>what was said, or where</source>
        <translation>ما قيل، أو أين</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>البيان:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;السجل&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>بشأن:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>التجميع حسب:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>الأعضاء:</translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation>الموقف:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positions&lt;/b&gt; on %1 paragraph %2</source>
        <translation>&lt;b&gt;المواقف&lt;/b&gt; من %1، الفقرة %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positions&lt;/b&gt;: select a clause in the navigator</source>
        <translation>&lt;b&gt;المواقف&lt;/b&gt;: حدد بندًا في لوحة التنقل</translation>
    </message>
    <message>
        <source>The whole clause</source>
        <translation>البند كله</translation>
    </message>
    <message>
        <source>Consensus: select the clause's document to analyse it.</source>
        <translation>توافق الآراء: حدد وثيقة البند لتحليلها.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>لـ %1</translation>
    </message>
    <message>
        <source>Blocked by %1.</source>
        <translation>تعرقله %1.</translation>
    </message>
    <message>
        <source>Reservations: %1.</source>
        <translation>التحفظات: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) without a position on the whole clause.</source>
        <translation>
            <numerusform>%n عضو بلا موقف من البند كله.</numerusform>
            <numerusform>عضو واحد بلا موقف من البند كله.</numerusform>
            <numerusform>عضوان بلا موقف من البند كله.</numerusform>
            <numerusform>%n أعضاء بلا موقف من البند كله.</numerusform>
            <numerusform>%n عضوًا بلا موقف من البند كله.</numerusform>
            <numerusform>%n عضو بلا موقف من البند كله.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in the landing zone: no member objects.</source>
        <translation>%1 في منطقة التوافق: لا يعترض أي عضو.</translation>
    </message>
    <message>
        <source>%1 is objected to by %2.</source>
        <translation>تعترض %2 على %1.</translation>
    </message>
    <message>
        <source>Group %1 has no landing zone; the fewest states blocking it: %2.</source>
        <translation>ليس للمجموعة %1 منطقة توافق؛ وأقل عدد من الدول يعرقلها: %2.</translation>
    </message>
    <message>
        <source>What-if mode: stance changes are temporary.</source>
        <translation>وضع الافتراض: تغييرات المواقف مؤقتة.</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) selected</source>
        <translation>
            <numerusform>حُددت %n دولة</numerusform>
            <numerusform>حُددت دولة واحدة</numerusform>
            <numerusform>حُددت دولتان</numerusform>
            <numerusform>حُددت %n دول</numerusform>
            <numerusform>حُددت %n دولة</numerusform>
            <numerusform>حُددت %n دولة</numerusform>
        </translation>
    </message>
    <message>
        <source>Select states or groups for bulk entry</source>
        <translation>حدد دولًا أو مجموعات للإدخال الجماعي</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position details&lt;/b&gt;: select a state</source>
        <translation>&lt;b&gt;تفاصيل الموقف&lt;/b&gt;: حدد دولة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;موقف %1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>%1: was &lt;b&gt;%2&lt;/b&gt; (recorded by %3); %4 by %5</source>
        <translation>%1: كان &lt;b&gt;%2&lt;/b&gt; (سجله %3)؛ %4 بواسطة %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>غُيِّر</translation>
    </message>
    <message>
        <source>&lt;i&gt;No earlier values.&lt;/i&gt;</source>
        <translation>&lt;i&gt;لا توجد قيم سابقة.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Positions no longer on the text</source>
        <translation>مواقف لم تعد على النص</translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation>إعادة ربط</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Confirm the outdated positions of the selection (of everyone when nothing is selected) on the current text</source>
        <translation>تأكيد المواقف التي تجاوزها الزمن للمحدد (للجميع إذا لم يُحدَّد شيء) على النص الحالي</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Was on</source>
        <translation>كان على</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>The alternative to put the selected position back on</source>
        <translation>البديل الذي يُعاد ربط الموقف المحدد به</translation>
    </message>
    <message>
        <source>Put the selected orphaned position back on the chosen alternative; it shows as outdated until confirmed</source>
        <translation>إعادة ربط الموقف اليتيم المحدد بالبديل المختار؛ يظهر على أنه تجاوزه الزمن حتى يُؤكَّد</translation>
    </message>
    <message>
        <source>Remove the selected orphaned positions (they stay in the history)</source>
        <translation>إزالة المواقف اليتيمة المحددة (تبقى في السجل)</translation>
    </message>
    <message>
        <source>Re-attach to:</source>
        <translation>إعادة الربط بـ:</translation>
    </message>
    <message>
        <source>orphaned: its words are gone</source>
        <translation>يتيم: زالت كلماته</translation>
    </message>
    <message>
        <source>agreed: now unbracketed text</source>
        <translation>متفق عليه: صار نصًا خارج المعقوفتين</translation>
    </message>
    <message>
        <source>Not counted by consensus, coalitions or exports. Re-attach it to an alternative or discard it.</source>
        <translation>لا يحتسبه توافق الآراء ولا الائتلافات ولا عمليات التصدير. أعد ربطه ببديل أو تجاهله.</translation>
    </message>
    <message>
        <source>Kept as the history of the agreement on these words; not counted as a position on any alternative.</source>
        <translation>يُحتفظ به سجلًا للاتفاق على هذه الكلمات؛ ولا يُحتسب موقفًا من أي بديل.</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) no longer on the text</source>
        <translation>
            <numerusform>%n موقف لم يعد على النص</numerusform>
            <numerusform>موقف واحد لم يعد على النص</numerusform>
            <numerusform>موقفان لم يعودا على النص</numerusform>
            <numerusform>%n مواقف لم تعد على النص</numerusform>
            <numerusform>%n موقفًا لم يعد على النص</numerusform>
            <numerusform>%n موقف لم يعد على النص</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not re-attach the position: %1</source>
        <translation>تعذّرت إعادة ربط الموقف: %1</translation>
    </message>
    <message>
        <source>Could not discard the positions: %1</source>
        <translation>تعذّر تجاهل المواقف: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionTreeModel</name>
    <message>
        <source>No regional group</source>
        <translation>بلا مجموعة إقليمية</translation>
    </message>
    <message>
        <source>In no political group</source>
        <translation>ليست في أي مجموعة سياسية</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1 غير مسجل</translation>
    </message>
    <message>
        <source>set all...</source>
        <translation>تعيين الكل...</translation>
    </message>
    <message>
        <source>Edit to set one stance for every state of %1 shown here</source>
        <translation>عدّل لتعيين موقف واحد لكل دولة من %1 معروضة هنا</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>داخلي</translation>
    </message>
    <message>
        <source>Stance: %1</source>
        <translation>الموقف: %1</translation>
    </message>
    <message>
        <source>Temporary (what-if): not saved until you keep the what-if changes.</source>
        <translation>مؤقت (افتراضي): لا يُحفظ حتى تُبقي على التغييرات الافتراضية.</translation>
    </message>
    <message>
        <source>Source (%1): %2</source>
        <translation>المصدر (%1): %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Internal: never leaves in a coalition export.</source>
        <translation>داخلي: لا يخرج أبدًا في تصدير لائتلاف.</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>سجله %1، %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>outdated: text changed since given</source>
        <translation>تجاوزه الزمن: تغيّر النص منذ إبدائه</translation>
    </message>
    <message>
        <source>orphaned position</source>
        <translation>موقف يتيم</translation>
    </message>
    <message>
        <source>Outdated: the words it was given on have changed since. Confirm it or change it.</source>
        <translation>تجاوزه الزمن: تغيرت الكلمات التي أُبدي عليها منذئذ. أكّده أو غيّره.</translation>
    </message>
    <message>
        <source>Has an orphaned position on this clause: its words are gone; it is listed below the table to re-attach or discard, and counted nowhere.</source>
        <translation>لها موقف يتيم من هذا البند: زالت كلماته؛ وهو مدرج تحت الجدول لإعادة ربطه أو تجاهله، ولا يُحتسب في أي مكان.</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionWriter</name>
    <message>
        <source>no clause with id %1</source>
        <translation>لا يوجد بند بالمعرِّف %1</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 دولة مراقبة: ليس للمراقبين مواقف</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>دولة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>clause %1: '%2' is not an alternative id such as g1.2</source>
        <translation>البند %1: «%2» ليس معرِّف بديل مثل g1.2</translation>
    </message>
    <message>
        <source>no detached position with id %1</source>
        <translation>لا يوجد موقف يتيم بالمعرِّف %1</translation>
    </message>
    <message>
        <source>'%1' is not an alternative id such as g1.2</source>
        <translation>«%1» ليس معرِّف بديل مثل g1.2</translation>
    </message>
    <message>
        <source>the state of that position is unknown</source>
        <translation>دولة هذا الموقف غير معروفة</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvExporter</name>
    <message>
        <source>Positions table (CSV)</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>جدول المواقف (CSV)</translation>
    </message>
    <message>
        <source>export: cannot write the CSV file: %1</source>
        <translation>export: تعذّرت كتابة ملف CSV: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvImporter</name>
    <message>
        <source>%1: line %2: not valid CSV (%3); nothing was imported</source>
        <translation>%1: السطر %2: ملف CSV غير صالح (%3)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected the header line %2</source>
        <translation>%1: الملف فارغ؛ يُتوقع سطر العناوين %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>unknown column '%1' (the columns are %2)</source>
        <translation>عمود غير معروف «%1» (الأعمدة هي %2)</translation>
    </message>
    <message>
        <source>column '%1' twice</source>
        <translation>العمود «%1» مكرر</translation>
    </message>
    <message>
        <source>the header has no '%1' column</source>
        <translation>ليس في سطر العناوين عمود «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), the header has %1</source>
        <extracomment>%n is the number of fields in the row, %1 the number of columns in the header.</extracomment>
        <translation>
            <numerusform>%n حقل، وفي سطر العناوين %1</numerusform>
            <numerusform>حقل واحد، وفي سطر العناوين %1</numerusform>
            <numerusform>حقلان، وفي سطر العناوين %1</numerusform>
            <numerusform>%n حقول، وفي سطر العناوين %1</numerusform>
            <numerusform>%n حقلًا، وفي سطر العناوين %1</numerusform>
            <numerusform>%n حقل، وفي سطر العناوين %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown document '%1'</source>
        <translation>وثيقة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>unknown clause '%1' in %2</source>
        <translation>بند غير معروف «%1» في %2</translation>
    </message>
    <message>
        <source>clause %1 of %2 has no alternative '%3'</source>
        <translation>ليس للبند %1 من %2 البديل «%3»</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>دولة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 دولة مراقبة: ليس للمراقبين مواقف</translation>
    </message>
    <message>
        <source>bad stance '%1' (expected supports, can-accept, reservation, objects or none)</source>
        <translation>موقف غير صالح «%1» (المتوقع supports أو can-accept أو reservation أو objects أو none)</translation>
    </message>
    <message>
        <source>bad source_date '%1' (expected YYYY-MM-DD)</source>
        <translation>قيمة source_date غير صالحة «%1» (المتوقع YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>bad internal flag '%1' (expected yes or no)</source>
        <translation>قيمة internal غير صالحة «%1» (المتوقع yes أو no)</translation>
    </message>
    <message>
        <source>duplicate row: %1 on clause %2%3 of %4 is already on line %5</source>
        <extracomment>%1 is the state's ISO code, %2 the clause number, %3 the alternative in parentheses (or nothing), %4 the document's symbol, %5 the earlier line.</extracomment>
        <translation>صف مكرر: %1 في البند %2%3 من %4 موجود بالفعل في السطر %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n row(s)</source>
        <extracomment>An item the import creates: %1 is the number of positions ("5 positions").</extracomment>
        <translation>
            <numerusform>%1 من %n صف</numerusform>
            <numerusform>%1 من صف واحد</numerusform>
            <numerusform>%1 من صفين</numerusform>
            <numerusform>%1 من %n صفوف</numerusform>
            <numerusform>%1 من %n صفًا</numerusform>
            <numerusform>%1 من %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n موقف</numerusform>
            <numerusform>موقف واحد</numerusform>
            <numerusform>موقفان</numerusform>
            <numerusform>%n مواقف</numerusform>
            <numerusform>%n موقفًا</numerusform>
            <numerusform>%n موقف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n of them replacing an earlier position</source>
        <extracomment>%1 is the item before ("5 positions from 6 rows").</extracomment>
        <translation>
            <numerusform>%1، منها %n موقف يحل محل موقف سابق</numerusform>
            <numerusform>%1، منها موقف واحد يحل محل موقف سابق</numerusform>
            <numerusform>%1، منها موقفان يحلان محل موقفين سابقين</numerusform>
            <numerusform>%1، منها %n مواقف تحل محل مواقف سابقة</numerusform>
            <numerusform>%1، منها %n موقفًا تحل محل مواقف سابقة</numerusform>
            <numerusform>%1، منها %n موقف تحل محل مواقف سابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>الصفوف التي فيها أخطاء وتُركت: %n صف</numerusform>
            <numerusform>الصفوف التي فيها أخطاء وتُركت: صف واحد</numerusform>
            <numerusform>الصفوف التي فيها أخطاء وتُركت: صفان</numerusform>
            <numerusform>الصفوف التي فيها أخطاء وتُركت: %n صفوف</numerusform>
            <numerusform>الصفوف التي فيها أخطاء وتُركت: %n صفًا</numerusform>
            <numerusform>الصفوف التي فيها أخطاء وتُركت: %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import: اقرأ الملف أولًا</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 found; nothing was imported (accept the %n valid row(s) to import them)</source>
        <extracomment>%1 is the file name, %2 the number of errors ("3 errors").</extracomment>
        <translation>
            <numerusform>%1: %2؛ لم يُستورد شيء (اقبل الصفوف الصحيحة، وعددها %n، لاستيرادها)</numerusform>
            <numerusform>%1: %2؛ لم يُستورد شيء (اقبل الصفوف الصحيحة، وعددها %n، لاستيرادها)</numerusform>
            <numerusform>%1: %2؛ لم يُستورد شيء (اقبل الصفوف الصحيحة، وعددها %n، لاستيرادها)</numerusform>
            <numerusform>%1: %2؛ لم يُستورد شيء (اقبل الصفوف الصحيحة، وعددها %n، لاستيرادها)</numerusform>
            <numerusform>%1: %2؛ لم يُستورد شيء (اقبل الصفوف الصحيحة، وعددها %n، لاستيرادها)</numerusform>
            <numerusform>%1: %2؛ لم يُستورد شيء (اقبل الصفوف الصحيحة، وعددها %n، لاستيرادها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n خطأ</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::PostgresDialect</name>
    <message>
        <source>the server refused "%1": %2</source>
        <translation>رفض الخادم «%1»: %2</translation>
    </message>
    <message>
        <source>a server workspace cannot be saved as %1: use "plenipo server pull" for a file copy</source>
        <translation>لا يمكن حفظ مساحة عمل على الخادم باسم %1: استخدم «plenipo server pull» للحصول على نسخة في ملف</translation>
    </message>
    <message>
        <source>searching a server workspace needs the server backend, which this Plenipo does not have yet: pull a file copy (plenipo server pull) and search that</source>
        <translation>يتطلب البحث في مساحة عمل على الخادم واجهةَ الخادم الخلفية، وهي ليست في Plenipo هذا بعد: اسحب نسخة في ملف (plenipo server pull) وابحث فيها</translation>
    </message>
</context>
<context>
    <name>Plenipo::PreferencesDialog</name>
    <message>
        <source>Configure Plenipo</source>
        <translation>تهيئة Plenipo</translation>
    </message>
    <message>
        <source>Recorded as the author of your revisions and position changes. Empty: the name of your account (%1).</source>
        <translation>يُسجَّل بوصفه مؤلف تنقيحاتك وتغييرات مواقفك. إن تُرك فارغًا: اسم حسابك (%1).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;استعراض...</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>مجلد التصدير الافتراضي</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;اسمك:</translation>
    </message>
    <message>
        <source>Your &amp;delegation:</source>
        <translation>&amp;وفدك:</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>مجلد ال&amp;تصدير الافتراضي:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>The interface language changes at the next start.</source>
        <translation>تتغير لغة الواجهة عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Your changes will be signed: %1</source>
        <translation>ستُوقَّع تغييراتك باسم: %1</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist. Choose an existing folder or leave the field empty for your Documents folder.</source>
        <translation>مجلد التصدير %1 غير موجود. اختر مجلدًا موجودًا أو اترك الحقل فارغًا لاستخدام مجلد المستندات.</translation>
    </message>
</context>
<context>
    <name>Plenipo::RemoveClauseCommand</name>
    <message>
        <source>Delete clause %1</source>
        <translation>حذف البند %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ResearchWindow</name>
    <message>
        <source>Research — Plenipo</source>
        <translation>الأبحاث — Plenipo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>أي دورة</translation>
    </message>
    <message>
        <source>Title or text contains...</source>
        <translation>العنوان أو النص يتضمن...</translation>
    </message>
    <message>
        <source>Only these resolutions (A/RES/74/10, ...)</source>
        <translation>هذه القرارات فقط (A/RES/74/10، ...)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>Sessions from</source>
        <translation>الدورات من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Closest and most distant to:</source>
        <translation>الأقرب والأبعد بالنسبة إلى:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Votes in common</source>
        <translation>عمليات التصويت المشتركة</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;التطابق</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>المجموعات الإقليمية</translation>
    </message>
    <message>
        <source>Blocs (clustering)</source>
        <translation>الكتل (التجميع)</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>أعضاء %1</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>التلوين حسب</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>الكتل</translation>
    </message>
    <message>
        <source>Vote &amp;map</source>
        <translation>&amp;خريطة التصويت</translation>
    </message>
    <message>
        <source>Show likely stances of the silent members</source>
        <translation>إظهار المواقف المرجحة للأعضاء الذين لم يبدوا موقفًا</translation>
    </message>
    <message>
        <source>Likely stance (predicted)</source>
        <translation>الموقف المرجح (تنبؤ)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <source>&amp;Likely stances</source>
        <translation>المواقف &amp;المرجحة</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>تصدير &amp;CSV...</translation>
    </message>
    <message>
        <source>Minimum similarity</source>
        <translation>الحد الأدنى للتشابه</translation>
    </message>
    <message>
        <source>&amp;Norm tracing</source>
        <translation>تتبُّع &amp;القواعد</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>الأبحاث</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s) selected</source>
        <translation>
            <numerusform>حُدِّد %n تصويت مسجل</numerusform>
            <numerusform>حُدِّد تصويت مسجل واحد</numerusform>
            <numerusform>حُدِّد تصويتان مسجلان</numerusform>
            <numerusform>حُدِّد %n عمليات تصويت مسجلة</numerusform>
            <numerusform>حُدِّد %n تصويتًا مسجلًا</numerusform>
            <numerusform>حُدِّد %n تصويت مسجل</numerusform>
        </translation>
    </message>
    <message>
        <source>no vote in common</source>
        <translation>لا يوجد تصويت مشترك</translation>
    </message>
    <message>
        <source>No recorded vote in the selection</source>
        <translation>لا يوجد تصويت مسجل في النطاق المحدد</translation>
    </message>
    <message>
        <source>%1 %2% in bloc %3</source>
        <translation>%1: %2% في الكتلة %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s) by clustering; compared with the regional groups: adjusted Rand index %1, purity %2</source>
        <translation>
            <numerusform>%n كتلة بالتجميع؛ مقارنةً بالمجموعات الإقليمية: مؤشر راند المعدَّل %1، والنقاء %2</numerusform>
            <numerusform>كتلة واحدة بالتجميع؛ مقارنةً بالمجموعات الإقليمية: مؤشر راند المعدَّل %1، والنقاء %2</numerusform>
            <numerusform>كتلتان بالتجميع؛ مقارنةً بالمجموعات الإقليمية: مؤشر راند المعدَّل %1، والنقاء %2</numerusform>
            <numerusform>%n كتل بالتجميع؛ مقارنةً بالمجموعات الإقليمية: مؤشر راند المعدَّل %1، والنقاء %2</numerusform>
            <numerusform>%n كتلة بالتجميع؛ مقارنةً بالمجموعات الإقليمية: مؤشر راند المعدَّل %1، والنقاء %2</numerusform>
            <numerusform>%n كتلة بالتجميع؛ مقارنةً بالمجموعات الإقليمية: مؤشر راند المعدَّل %1، والنقاء %2</numerusform>
        </translation>
    </message>
    <message>
        <source>political groups: %1</source>
        <translation>المجموعات السياسية: %1</translation>
    </message>
    <message>
        <source>Bloc %1</source>
        <translation>الكتلة %1</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>أخرى</translation>
    </message>
    <message numerus="yes">
        <source>States by their votes (%n recorded vote(s))</source>
        <translation>
            <numerusform>الدول حسب تصويتها (%n تصويت مسجل)</numerusform>
            <numerusform>الدول حسب تصويتها (تصويت مسجل واحد)</numerusform>
            <numerusform>الدول حسب تصويتها (تصويتان مسجلان)</numerusform>
            <numerusform>الدول حسب تصويتها (%n عمليات تصويت مسجلة)</numerusform>
            <numerusform>الدول حسب تصويتها (%n تصويتًا مسجلًا)</numerusform>
            <numerusform>الدول حسب تصويتها (%n تصويت مسجل)</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely stances are switched off.</source>
        <translation>المواقف المرجحة معطَّلة.</translation>
    </message>
    <message>
        <source>Select a clause in the workbench to see the likely stances of its silent members.</source>
        <translation>حدد بندًا في منضدة العمل لرؤية المواقف المرجحة لأعضائه الذين لم يبدوا موقفًا.</translation>
    </message>
    <message>
        <source>No recorded vote in the selection to predict from.</source>
        <translation>لا يوجد في النطاق المحدد تصويت مسجل يمكن التنبؤ على أساسه.</translation>
    </message>
    <message numerus="yes">
        <source>%n other silent member(s) without one: no state shares enough of the selected votes with it.</source>
        <translation>
            <numerusform>أعضاء آخرون لم يبدوا موقفًا وليس لهم موقف مرجح: %n عضو. لا تشترك معهم أي دولة في عدد كافٍ من عمليات التصويت المحددة.</numerusform>
            <numerusform>أعضاء آخرون لم يبدوا موقفًا وليس لهم موقف مرجح: عضو واحد. لا تشترك معهم أي دولة في عدد كافٍ من عمليات التصويت المحددة.</numerusform>
            <numerusform>أعضاء آخرون لم يبدوا موقفًا وليس لهم موقف مرجح: عضوان. لا تشترك معهم أي دولة في عدد كافٍ من عمليات التصويت المحددة.</numerusform>
            <numerusform>أعضاء آخرون لم يبدوا موقفًا وليس لهم موقف مرجح: %n أعضاء. لا تشترك معهم أي دولة في عدد كافٍ من عمليات التصويت المحددة.</numerusform>
            <numerusform>أعضاء آخرون لم يبدوا موقفًا وليس لهم موقف مرجح: %n عضوًا. لا تشترك معهم أي دولة في عدد كافٍ من عمليات التصويت المحددة.</numerusform>
            <numerusform>أعضاء آخرون لم يبدوا موقفًا وليس لهم موقف مرجح: %n عضو. لا تشترك معهم أي دولة في عدد كافٍ من عمليات التصويت المحددة.</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 (predicted)</source>
        <translation>≈ %1 (تنبؤ)</translation>
    </message>
    <message numerus="yes">
        <source>Predicted from the %n state(s) that vote most like it</source>
        <translation>
            <numerusform>متوقَّع استنادًا إلى أقرب %n دولة إليها في التصويت</numerusform>
            <numerusform>متوقَّع استنادًا إلى أقرب دولة واحدة إليها في التصويت</numerusform>
            <numerusform>متوقَّع استنادًا إلى أقرب دولتين إليها في التصويت</numerusform>
            <numerusform>متوقَّع استنادًا إلى أقرب %n دول إليها في التصويت</numerusform>
            <numerusform>متوقَّع استنادًا إلى أقرب %n دولة إليها في التصويت</numerusform>
            <numerusform>متوقَّع استنادًا إلى أقرب %n دولة إليها في التصويت</numerusform>
        </translation>
    </message>
    <message>
        <source>no likely stance</source>
        <translation>لا يوجد موقف مرجح</translation>
    </message>
    <message>
        <source>No state with a position here shares enough of the selected votes with it</source>
        <translation>لا تشترك معها أي دولة لها موقف هنا في عدد كافٍ من عمليات التصويت المحددة</translation>
    </message>
    <message>
        <source>This workspace has no norms catalogue to trace (the sample workspace has the eleven 2015 norms). Any clause can be traced from the command line: plenipo trace WORKSPACE SYMBOL#NUMBER.</source>
        <translation>ليس في مساحة العمل هذه فهرس قواعد لتتبُّعها (تضم مساحة العمل المثال قواعد عام 2015 الإحدى عشرة). ويمكن تتبُّع أي بند من سطر الأوامر: plenipo trace WORKSPACE SYMBOL#NUMBER.</translation>
    </message>
    <message>
        <source>Best match: paragraph %1, similarity %2</source>
        <translation>أفضل تطابق: الفقرة %1، والتشابه %2</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) derive from it, best first:</source>
        <translation>
            <numerusform>الفقرات المستمدة (%n فقرة)، الأفضل أولًا:</numerusform>
            <numerusform>الفقرات المستمدة (فقرة واحدة)، الأفضل أولًا:</numerusform>
            <numerusform>الفقرات المستمدة (فقرتان)، الأفضل أولًا:</numerusform>
            <numerusform>الفقرات المستمدة (%n فقرات)، الأفضل أولًا:</numerusform>
            <numerusform>الفقرات المستمدة (%n فقرة)، الأفضل أولًا:</numerusform>
            <numerusform>الفقرات المستمدة (%n فقرة)، الأفضل أولًا:</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity %1</source>
        <translation>التشابه %1</translation>
    </message>
    <message>
        <source>Export Norm Table</source>
        <translation>تصدير جدول القواعد</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;الهدف:</translation>
    </message>
    <message>
        <source>The whole of %1#%2</source>
        <translation>%1#%2 بكامله</translation>
    </message>
    <message>
        <source>Alternative %1: %2</source>
        <translation>البديل %1: %2</translation>
    </message>
    <message>
        <source>Document %1 as a whole</source>
        <translation>الوثيقة %1 ككل</translation>
    </message>
    <message>
        <source>%1#%2, alternative %3</source>
        <translation>%1#%2، البديل %3</translation>
    </message>
    <message>
        <source>%1: no state has a recorded position here, so there is nothing to predict from (adopted without a vote, or no statement recorded yet).</source>
        <translation>%1: لا توجد هنا دولة لها موقف مسجل، فلا يوجد ما يمكن التنبؤ على أساسه (اعتُمد دون تصويت، أو لم يُسجَّل أي بيان بعد).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports.</source>
        <translation>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح: %n عضو. هذه المواقف متوقَّعة من الدول الأشبه بكل منهم في التصويت: ليست مواقف مسجلة، ولا تُحتسب أبدًا في توافق الآراء أو الائتلافات أو عمليات التصدير.</numerusform>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح: عضو واحد. هذه المواقف متوقَّعة من الدول الأشبه بكل منهم في التصويت: ليست مواقف مسجلة، ولا تُحتسب أبدًا في توافق الآراء أو الائتلافات أو عمليات التصدير.</numerusform>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح: عضوان. هذه المواقف متوقَّعة من الدول الأشبه بكل منهم في التصويت: ليست مواقف مسجلة، ولا تُحتسب أبدًا في توافق الآراء أو الائتلافات أو عمليات التصدير.</numerusform>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح: %n أعضاء. هذه المواقف متوقَّعة من الدول الأشبه بكل منهم في التصويت: ليست مواقف مسجلة، ولا تُحتسب أبدًا في توافق الآراء أو الائتلافات أو عمليات التصدير.</numerusform>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح: %n عضوًا. هذه المواقف متوقَّعة من الدول الأشبه بكل منهم في التصويت: ليست مواقف مسجلة، ولا تُحتسب أبدًا في توافق الآراء أو الائتلافات أو عمليات التصدير.</numerusform>
            <numerusform>%1: الأعضاء الذين لم يبدوا موقفًا ولهم موقف مرجح: %n عضو. هذه المواقف متوقَّعة من الدول الأشبه بكل منهم في التصويت: ليست مواقف مسجلة، ولا تُحتسب أبدًا في توافق الآراء أو الائتلافات أو عمليات التصدير.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SampleBuilder</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: expected %n fields, found %3</source>
        <translation>
            <numerusform>%1:%2: المتوقع %n حقل، والموجود %3</numerusform>
            <numerusform>%1:%2: المتوقع حقل واحد، والموجود %3</numerusform>
            <numerusform>%1:%2: المتوقع حقلان، والموجود %3</numerusform>
            <numerusform>%1:%2: المتوقع %n حقول، والموجود %3</numerusform>
            <numerusform>%1:%2: المتوقع %n حقلًا، والموجود %3</numerusform>
            <numerusform>%1:%2: المتوقع %n حقل، والموجود %3</numerusform>
        </translation>
    </message>
    <message>
        <source>'%1' is missing</source>
        <translation>«%1» مفقود</translation>
    </message>
    <message>
        <source>'%1' must be text</source>
        <translation>يجب أن يكون «%1» نصًا</translation>
    </message>
    <message>
        <source>'%1' must be a list</source>
        <translation>يجب أن يكون «%1» قائمة</translation>
    </message>
    <message>
        <source>'%1' must be a list of text</source>
        <translation>يجب أن يكون «%1» قائمة نصوص</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>المستوى الأعلى</translation>
    </message>
    <message>
        <source>%1:%2: unknown UN regional group '%3'</source>
        <translation>%1:%2: مجموعة إقليمية غير معروفة في الأمم المتحدة «%3»</translation>
    </message>
    <message>
        <source>%1: aliases for unknown states: %2</source>
        <translation>%1: أسماء أخرى لدول غير معروفة: %2</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: الإزاحة %2: %3</translation>
    </message>
    <message>
        <source>unknown state or group '%1'</source>
        <translation>دولة أو مجموعة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>unknown group kind</source>
        <translation>نوع مجموعة غير معروف</translation>
    </message>
    <message>
        <source>unknown process kind</source>
        <translation>نوع عملية غير معروف</translation>
    </message>
    <message>
        <source>document %1</source>
        <extracomment>A place in the sample data: %1 is a document's symbol.</extracomment>
        <translation>الوثيقة %1</translation>
    </message>
    <message>
        <source>unknown document kind</source>
        <translation>نوع وثيقة غير معروف</translation>
    </message>
    <message>
        <source>'date' must be YYYY-MM-DD</source>
        <translation>يجب أن يكون «date» بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown process '%1'</source>
        <translation>عملية غير معروفة «%1»</translation>
    </message>
    <message>
        <source>unknown predecessor '%1'</source>
        <translation>وثيقة سابقة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>%1 clause %2</source>
        <extracomment>A place in the sample data: %1 is a document ("document A/78/1"), %2 the clause's position in it.</extracomment>
        <translation>%1، البند %2</translation>
    </message>
    <message>
        <source>unknown norm '%1'</source>
        <translation>قاعدة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>origin '%1' is not a clause of the predecessor</source>
        <translation>الأصل «%1» ليس بندًا في الوثيقة السابقة</translation>
    </message>
    <message>
        <source>duplicate clause key '%1'</source>
        <translation>مفتاح بند مكرر «%1»</translation>
    </message>
    <message>
        <source>no clause '%1' in document %2</source>
        <translation>لا يوجد بند «%1» في الوثيقة %2</translation>
    </message>
    <message>
        <source>unknown stance</source>
        <translation>موقف غير معروف</translation>
    </message>
    <message>
        <source>%1: clause %2 is not in the workspace</source>
        <translation>%1: البند %2 ليس في مساحة العمل</translation>
    </message>
    <message>
        <source>The positions in this sample are illustrative: they are derived from publicly reported lines of disagreement and are not recorded statements of any State.</source>
        <translation>المواقف الواردة في هذا المثال توضيحية: فهي مستمدة من نقاط خلاف وردت في تقارير علنية ولا تمثل بيانات مسجلة لأي دولة.</translation>
    </message>
    <message>
        <source>Synthetic workspace generated for benchmarking: the positions are random, not statements of any State.</source>
        <translation>مساحة عمل اصطناعية أُنشئت لقياس الأداء: المواقف عشوائية وليست بيانات لأي دولة.</translation>
    </message>
</context>
<context>
    <name>Plenipo::Schema</name>
    <message>
        <source>upgrading the workspace to version %1 failed: %2</source>
        <translation>فشلت ترقية مساحة العمل إلى الإصدار %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchIndex</name>
    <message>
        <source>the search cannot be prepared: %1</source>
        <translation>تعذّر إعداد البحث: %1</translation>
    </message>
    <message>
        <source>the search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchPanel</name>
    <message numerus="yes">
        <source>Clauses (first %n)</source>
        <translation>
            <numerusform>البنود (أول %n)</numerusform>
            <numerusform>البنود (أول %n)</numerusform>
            <numerusform>البنود (أول %n)</numerusform>
            <numerusform>البنود (أول %n)</numerusform>
            <numerusform>البنود (أول %n)</numerusform>
            <numerusform>البنود (أول %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses (%n)</source>
        <translation>
            <numerusform>البنود (%n)</numerusform>
            <numerusform>البنود (%n)</numerusform>
            <numerusform>البنود (%n)</numerusform>
            <numerusform>البنود (%n)</numerusform>
            <numerusform>البنود (%n)</numerusform>
            <numerusform>البنود (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (first %n)</source>
        <translation>
            <numerusform>التنقيحات السابقة (أول %n)</numerusform>
            <numerusform>التنقيحات السابقة (أول %n)</numerusform>
            <numerusform>التنقيحات السابقة (أول %n)</numerusform>
            <numerusform>التنقيحات السابقة (أول %n)</numerusform>
            <numerusform>التنقيحات السابقة (أول %n)</numerusform>
            <numerusform>التنقيحات السابقة (أول %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (%n)</source>
        <translation>
            <numerusform>التنقيحات السابقة (%n)</numerusform>
            <numerusform>التنقيحات السابقة (%n)</numerusform>
            <numerusform>التنقيحات السابقة (%n)</numerusform>
            <numerusform>التنقيحات السابقة (%n)</numerusform>
            <numerusform>التنقيحات السابقة (%n)</numerusform>
            <numerusform>التنقيحات السابقة (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (first %n)</source>
        <translation>
            <numerusform>الوثائق (أول %n)</numerusform>
            <numerusform>الوثائق (أول %n)</numerusform>
            <numerusform>الوثائق (أول %n)</numerusform>
            <numerusform>الوثائق (أول %n)</numerusform>
            <numerusform>الوثائق (أول %n)</numerusform>
            <numerusform>الوثائق (أول %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>الوثائق (%n)</numerusform>
            <numerusform>الوثائق (%n)</numerusform>
            <numerusform>الوثائق (%n)</numerusform>
            <numerusform>الوثائق (%n)</numerusform>
            <numerusform>الوثائق (%n)</numerusform>
            <numerusform>الوثائق (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (first %n)</source>
        <translation>
            <numerusform>القواعد (أول %n)</numerusform>
            <numerusform>القواعد (أول %n)</numerusform>
            <numerusform>القواعد (أول %n)</numerusform>
            <numerusform>القواعد (أول %n)</numerusform>
            <numerusform>القواعد (أول %n)</numerusform>
            <numerusform>القواعد (أول %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (%n)</source>
        <translation>
            <numerusform>القواعد (%n)</numerusform>
            <numerusform>القواعد (%n)</numerusform>
            <numerusform>القواعد (%n)</numerusform>
            <numerusform>القواعد (%n)</numerusform>
            <numerusform>القواعد (%n)</numerusform>
            <numerusform>القواعد (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (first %n)</source>
        <translation>
            <numerusform>المواقف (أول %n)</numerusform>
            <numerusform>المواقف (أول %n)</numerusform>
            <numerusform>المواقف (أول %n)</numerusform>
            <numerusform>المواقف (أول %n)</numerusform>
            <numerusform>المواقف (أول %n)</numerusform>
            <numerusform>المواقف (أول %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (%n)</source>
        <translation>
            <numerusform>المواقف (%n)</numerusform>
            <numerusform>المواقف (%n)</numerusform>
            <numerusform>المواقف (%n)</numerusform>
            <numerusform>المواقف (%n)</numerusform>
            <numerusform>المواقف (%n)</numerusform>
            <numerusform>المواقف (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (first %n)</source>
        <translation>
            <numerusform>الدول (أول %n)</numerusform>
            <numerusform>الدول (أول %n)</numerusform>
            <numerusform>الدول (أول %n)</numerusform>
            <numerusform>الدول (أول %n)</numerusform>
            <numerusform>الدول (أول %n)</numerusform>
            <numerusform>الدول (أول %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (%n)</source>
        <translation>
            <numerusform>الدول (%n)</numerusform>
            <numerusform>الدول (%n)</numerusform>
            <numerusform>الدول (%n)</numerusform>
            <numerusform>الدول (%n)</numerusform>
            <numerusform>الدول (%n)</numerusform>
            <numerusform>الدول (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1، التنقيح %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and others (%n position(s))</source>
        <translation>
            <numerusform>%1 وغيرها (%n موقف)</numerusform>
            <numerusform>%1 وغيرها (موقف واحد)</numerusform>
            <numerusform>%1 وغيرها (موقفان)</numerusform>
            <numerusform>%1 وغيرها (%n مواقف)</numerusform>
            <numerusform>%1 وغيرها (%n موقفًا)</numerusform>
            <numerusform>%1 وغيرها (%n موقف)</numerusform>
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
        <translation>%1 (داخلي)</translation>
    </message>
    <message>
        <source>Earlier &amp;revisions</source>
        <translation>التنقيحات ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Find in workspace: words, "a phrase", infra*, -word</source>
        <translation>البحث في مساحة العمل: كلمات، "عبارة"، infra*، -كلمة</translation>
    </message>
    <message>
        <source>Where to search: the whole workspace, a process or a document</source>
        <translation>أين يُبحث: مساحة العمل كلها أو عملية أو وثيقة</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>States</source>
        <translation>الدول</translation>
    </message>
    <message>
        <source>Also search every earlier revision of the clauses</source>
        <translation>البحث أيضًا في كل التنقيحات السابقة للبنود</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>مساحة العمل كلها</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>العملية: %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>الوثيقة: %1</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>وُجد في</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>لا توجد مساحة عمل مفتوحة.</translation>
    </message>
    <message>
        <source>Type words to find. "a phrase" finds the words together, infra* every word starting with infra, -word leaves out what contains it. Case and accents do not count.</source>
        <translation>اكتب الكلمات التي تبحث عنها. "عبارة" تجد الكلمات متتالية، وinfra* كل كلمة تبدأ بـ infra، و-كلمة تستبعد ما يحتويها. لا تُراعى حالة الأحرف ولا علامات التشكيل.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms; Enter opens the selected one.</source>
        <translation>
            <numerusform>%n نتيجة في %1 ملّي ثانية؛ يفتح Enter النتيجة المحددة.</numerusform>
            <numerusform>نتيجة واحدة في %1 ملّي ثانية؛ يفتح Enter النتيجة المحددة.</numerusform>
            <numerusform>نتيجتان في %1 ملّي ثانية؛ يفتح Enter النتيجة المحددة.</numerusform>
            <numerusform>%n نتائج في %1 ملّي ثانية؛ يفتح Enter النتيجة المحددة.</numerusform>
            <numerusform>%n نتيجة في %1 ملّي ثانية؛ يفتح Enter النتيجة المحددة.</numerusform>
            <numerusform>%n نتيجة في %1 ملّي ثانية؛ يفتح Enter النتيجة المحددة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the same on %n clause(s) in all</source>
        <extracomment>%1 is the states positioned on the hit's clause with these details; the count is of the clauses that have positions with the same details (a recorded vote's source is on every paragraph of the resolution).</extracomment>
        <translation>
            <numerusform>%1؛ وكذلك في %n بند إجمالًا</numerusform>
            <numerusform>%1؛ وكذلك في بند واحد إجمالًا</numerusform>
            <numerusform>%1؛ وكذلك في بندين إجمالًا</numerusform>
            <numerusform>%1؛ وكذلك في %n بنود إجمالًا</numerusform>
            <numerusform>%1؛ وكذلك في %n بندًا إجمالًا</numerusform>
            <numerusform>%1؛ وكذلك في %n بند إجمالًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed by another session cannot be found yet; they can be once its import is done.</source>
        <translation>
            <numerusform>لا يمكن بعدُ العثور على %n عنصر غيّرته جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها.</numerusform>
            <numerusform>لا يمكن بعدُ العثور على عنصر واحد غيّرته جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها.</numerusform>
            <numerusform>لا يمكن بعدُ العثور على عنصرين غيّرتهما جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها.</numerusform>
            <numerusform>لا يمكن بعدُ العثور على %n عناصر غيّرتها جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها.</numerusform>
            <numerusform>لا يمكن بعدُ العثور على %n عنصرًا غيّرتها جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها.</numerusform>
            <numerusform>لا يمكن بعدُ العثور على %n عنصر غيّرتها جلسة أخرى؛ سيمكن ذلك عند انتهاء استيرادها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchQuery</name>
    <message>
        <source>the '*' at column %1 needs at least 3 letters before it (infra*)</source>
        <translation>تحتاج «*» في العمود %1 إلى 3 أحرف على الأقل قبلها (infra*)</translation>
    </message>
    <message>
        <source>the quotation mark at column %1 is not closed</source>
        <translation>علامة الاقتباس في العمود %1 غير مغلقة</translation>
    </message>
    <message>
        <source>only words to leave out: add a word to search for</source>
        <translation>لا توجد إلا كلمات للاستبعاد: أضف كلمة للبحث عنها</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerAddress</name>
    <message>
        <source>the server address "%1" has percent-encoded bytes that are not UTF-8</source>
        <translation>عنوان الخادم «%1» يحوي بايتات بترميز النسبة المئوية ليست بترميز UTF-8</translation>
    </message>
    <message>
        <source>the server address "%1": expected keyword=value at character %2</source>
        <translation>عنوان الخادم «%1»: يُتوقع مفتاح=قيمة عند الحرف %2</translation>
    </message>
    <message>
        <source>the server address "%1": unterminated quoted value of "%2"</source>
        <translation>عنوان الخادم «%1»: قيمة «%2» بين علامتي اقتباس غير مكتملة</translation>
    </message>
    <message>
        <source>the server address "%1" has an empty host in its host list</source>
        <translation>في عنوان الخادم «%1» مضيف فارغ في قائمة المضيفين</translation>
    </message>
    <message>
        <source>the server address "%1" has an IPv6 host without its closing "]"</source>
        <translation>في عنوان الخادم «%1» مضيف IPv6 بلا «]» الختامية</translation>
    </message>
    <message>
        <source>the server address "%1": unexpected "%2" after an IPv6 host</source>
        <translation>عنوان الخادم «%1»: «%2» غير متوقع بعد مضيف IPv6</translation>
    </message>
    <message>
        <source>the server address "%1" has an invalid port "%2"</source>
        <translation>في عنوان الخادم «%1» منفذ غير صالح «%2»</translation>
    </message>
    <message>
        <source>the server address "%1": the parameter "%2" has no value</source>
        <translation>عنوان الخادم «%1»: المعامل «%2» بلا قيمة</translation>
    </message>
    <message>
        <source>"%1" is not a server address: write postgresql://user@host/database or service=NAME</source>
        <translation>«%1» ليس عنوان خادم: اكتب postgresql://user@host/database أو service=NAME</translation>
    </message>
    <message>
        <source>the server address "%1": the value of "%2" may not contain ";"</source>
        <translation>عنوان الخادم «%1»: لا يجوز أن تحوي قيمة «%2» «;»</translation>
    </message>
    <message>
        <source>cannot reach %1: Qt's PostgreSQL driver (QPSQL) is not installed</source>
        <translation>تعذّر الوصول إلى %1: برنامج تشغيل PostgreSQL الخاص بـ Qt ‏(QPSQL) غير مثبت</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>تعذّر الاتصال بـ %1: %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerAdmin</name>
    <message>
        <source>the server refused</source>
        <translation>رفض الخادم</translation>
    </message>
    <message>
        <source>the database name is too long for team mode (40 characters at most): its roles are named after it</source>
        <translation>اسم قاعدة البيانات أطول مما يسمح به وضع الفريق (40 حرفًا على الأكثر): تُسمّى أدوارها باسمها</translation>
    </message>
    <message>
        <source>the server workspace was made by a newer Plenipo (schema %1, this one knows %2)</source>
        <translation>أنشأ مساحةَ العمل على الخادم Plenipo أحدث (المخطط %1، وهذا يعرف %2)</translation>
    </message>
    <message>
        <source>the server's roles and policies were made by a newer Plenipo (version %1)</source>
        <translation>أنشأ أدوارَ الخادم وسياساته Plenipo أحدث (الإصدار %1)</translation>
    </message>
    <message>
        <source>unknown role "%1": viewer, editor or coordinator</source>
        <translation>دور غير معروف «%1»: viewer أو editor أو coordinator</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerCommands</name>
    <message>
        <source>unknown server command '%1'</source>
        <translation>أمر server غير معروف «%1»</translation>
    </message>
    <message>
        <source>see plenipo server --help</source>
        <translation>انظر plenipo server --help</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة المرور لـ %1: </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه التعليمات.</translation>
    </message>
    <message>
        <source>Create or upgrade a team workspace on a PostgreSQL server: its tables, roles, row-level security policies and audit trail. Run as the database's owner; running it again upgrades and changes nothing else.</source>
        <translation>إنشاء مساحة عمل لفريق على خادم PostgreSQL أو ترقيتها: جداولها وأدوارها وسياسات الأمان على مستوى الصفوف وسجل التدقيق. شغّله بصفتك مالك قاعدة البيانات؛ وإعادة تشغيله تُرقّي ولا تغيّر شيئًا آخر.</translation>
    </message>
    <message>
        <source>postgresql://owner@host/database or service=NAME</source>
        <translation>postgresql://owner@host/database أو service=NAME</translation>
    </message>
    <message>
        <source>server init takes one URL</source>
        <translation>يأخذ server init عنوان URL واحدًا</translation>
    </message>
    <message>
        <source>%1: team workspace is up to date</source>
        <translation>%1: مساحة عمل الفريق محدَّثة</translation>
    </message>
    <message>
        <source>%1: team workspace created</source>
        <translation>%1: أُنشئت مساحة عمل الفريق</translation>
    </message>
    <message>
        <source>Manage the users of a team workspace: add (or change) a login with its delegation and role, remove it, or list them. The owner manages every delegation, a coordinator their own; the server checks.</source>
        <translation>إدارة مستخدمي مساحة عمل فريق: إضافة اسم دخول (أو تغييره) مع وفده ودوره، أو حذفه، أو سردها. يدير المالك كل الوفود، والمنسق وفده؛ ويتحقق الخادم من ذلك.</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>ما يُراد فعله</translation>
    </message>
    <message>
        <source>the server workspace</source>
        <translation>مساحة العمل على الخادم</translation>
    </message>
    <message>
        <source>the user's login name (add, remove)</source>
        <translation>اسم دخول المستخدم (add، remove)</translation>
    </message>
    <message>
        <source>the user's delegation (a state's ISO3 code or a group code)</source>
        <translation>وفد المستخدم (رمز ISO3 لدولة أو رمز مجموعة)</translation>
    </message>
    <message>
        <source>viewer, editor or coordinator</source>
        <translation>viewer أو editor أو coordinator</translation>
    </message>
    <message>
        <source>change an existing login without setting a new password</source>
        <translation>تغيير اسم دخول موجود دون تعيين كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>list as JSON</source>
        <translation>السرد بصيغة JSON</translation>
    </message>
    <message>
        <source>usage: plenipo server user add URL LOGIN --delegation CODE --role ROLE</source>
        <translation>الاستخدام: plenipo server user add URL LOGIN --delegation CODE --role ROLE</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>كلمة المرور الجديدة لـ %1: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>مرة أخرى: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>كلمتا المرور مختلفتان</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>لم تُعطَ كلمة مرور لـ %1</translation>
    </message>
    <message>
        <source>%1: %2 of delegation %3</source>
        <translation>%1: %2 في الوفد %3</translation>
    </message>
    <message>
        <source>usage: plenipo server user remove URL LOGIN</source>
        <translation>الاستخدام: plenipo server user remove URL LOGIN</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>حُذف %1</translation>
    </message>
    <message>
        <source>usage: plenipo server user list URL [--json]</source>
        <translation>الاستخدام: plenipo server user list URL [--json]</translation>
    </message>
    <message>
        <source>server user takes add, remove or list</source>
        <translation>يأخذ server user أحد add أو remove أو list</translation>
    </message>
    <message>
        <source>Upload a workspace file into a new, empty team workspace (as its owner). Internal material in the file becomes the named delegation's, which alone will see it.</source>
        <translation>رفع ملف مساحة عمل إلى مساحة عمل فريق جديدة فارغة (بصفتك مالكها). تصبح المواد الداخلية في الملف للوفد المسمى، وهو وحده من سيراها.</translation>
    </message>
    <message>
        <source>the workspace file</source>
        <translation>ملف مساحة العمل</translation>
    </message>
    <message>
        <source>whose internal material the file holds</source>
        <translation>الوفد الذي تخصه المواد الداخلية في الملف</translation>
    </message>
    <message>
        <source>usage: plenipo server push FILE URL [--delegation CODE]</source>
        <translation>الاستخدام: plenipo server push FILE URL [--delegation CODE]</translation>
    </message>
    <message>
        <source>%1 uploaded: %2 rows in %3 tables (%4 internal)</source>
        <translation>رُفع %1: %2 صفًا في %3 جداول (%4 داخلية)</translation>
    </message>
    <message>
        <source>Write a file copy of a team workspace for reading on the road: only what your login may see (the server decides), as a new workspace file.</source>
        <translation>كتابة نسخة ملف من مساحة عمل الفريق لقراءتها أثناء السفر: ما يجوز لحسابك رؤيته فقط (يقرره الخادم)، في ملف مساحة عمل جديد.</translation>
    </message>
    <message>
        <source>the new workspace file</source>
        <translation>ملف مساحة العمل الجديد</translation>
    </message>
    <message>
        <source>usage: plenipo server pull URL FILE</source>
        <translation>الاستخدام: plenipo server pull URL FILE</translation>
    </message>
    <message>
        <source>%1 written: %2 rows from %3 tables</source>
        <translation>كُتب %1: %2 صف من %3 جدول</translation>
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
        <translation>الاستخدام: plenipo server init URL
          plenipo server user add URL LOGIN --delegation CODE --role viewer|editor|coordinator
          plenipo server user remove URL LOGIN
          plenipo server user list URL [--json]
          plenipo server push FILE URL [--delegation CODE]
          plenipo server pull URL FILE
URL: postgresql://user@host:port/database?sslmode=verify-full، أو service=NAME.
</translation>
    </message>
    <message>
        <source>%1: team workspace upgraded (server layer %2 to %3)</source>
        <extracomment>%2 and %3 are version numbers of the server's roles, policies and triggers</extracomment>
        <translation>%1: رُقّيت مساحة العمل المشتركة (طبقة الخادم من %2 إلى %3)</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerIdentity</name>
    <message>
        <source>the server refused</source>
        <translation>رفض الخادم</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>قارئ</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>محرِّر</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>منسِّق</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>مالك</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>بلا دور</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPull</name>
    <message>
        <source>the server sent a position of an unknown state</source>
        <translation>أرسل الخادم موقفًا لدولة غير معروفة</translation>
    </message>
    <message>
        <source>%1 already exists: pull writes a new file</source>
        <translation>%1 موجود بالفعل: يكتب pull ملفًا جديدًا</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: لا يوجد مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>the server workspace has schema version %1, this Plenipo writes files of version %2</source>
        <translation>إصدار مخطط مساحة العمل على الخادم %1، وPlenipo هذا يكتب ملفات من الإصدار %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>تعذّرت كتابة %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>تعذّرت إعادة تسمية %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPush</name>
    <message>
        <source>the server refused the upload</source>
        <translation>رفض الخادم الرفع</translation>
    </message>
    <message>
        <source>%1: no such workspace file</source>
        <translation>%1: لا يوجد ملف مساحة عمل بهذا الاسم</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace</source>
        <translation>%1 ليس مساحة عمل Plenipo</translation>
    </message>
    <message>
        <source>%1 has schema version %2, this Plenipo uploads version %3: open it once in this Plenipo (which upgrades it) and push again</source>
        <translation>إصدار مخطط %1 هو %2، وPlenipo هذا يرفع الإصدار %3: افتحه مرة في Plenipo هذا (فيرقّيه) ثم أعد push</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 تالف: %2</translation>
    </message>
    <message>
        <source>only the server workspace's owner may upload a file into it</source>
        <translation>لا يجوز رفع ملف إلى مساحة العمل على الخادم إلا لمالكها</translation>
    </message>
    <message>
        <source>the server workspace is not empty: push uploads into a new one</source>
        <translation>مساحة العمل على الخادم ليست فارغة: يرفع push إلى مساحة جديدة</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds internal material (%n rows): say whose it is with --delegation</source>
        <extracomment>%1 is the file; --delegation is a command line option: keep it as it is.</extracomment>
        <translation>
            <numerusform>يحوي %1 موادَّ داخلية (%n صف): حدِّد لمن هي بـ --delegation</numerusform>
            <numerusform>يحوي %1 موادَّ داخلية (صف واحد): حدِّد لمن هي بـ --delegation</numerusform>
            <numerusform>يحوي %1 موادَّ داخلية (صفان): حدِّد لمن هي بـ --delegation</numerusform>
            <numerusform>يحوي %1 موادَّ داخلية (%n صفوف): حدِّد لمن هي بـ --delegation</numerusform>
            <numerusform>يحوي %1 موادَّ داخلية (%n صفًا): حدِّد لمن هي بـ --delegation</numerusform>
            <numerusform>يحوي %1 موادَّ داخلية (%n صف): حدِّد لمن هي بـ --delegation</numerusform>
        </translation>
    </message>
    <message>
        <source>the server workspace has no table "%1": run "plenipo server init" with this Plenipo first</source>
        <translation>ليس في مساحة العمل على الخادم جدول «%1»: شغّل أولًا «plenipo server init» بـ Plenipo هذا</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerSession</name>
    <message>
        <source>the server refused</source>
        <translation>رفض الخادم</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerSnapshot</name>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>تعذّر إنشاء مجلد مؤقت: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SetClauseTextCommand</name>
    <message>
        <source>Edit paragraph %1 of %2</source>
        <translation>تحرير الفقرة %1 من %2</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>لا يوجد بند بالمعرِّف %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SetPositionsCommand</name>
    <message>
        <source>Set no position</source>
        <translation>تعيين لا يشمل أي موقف</translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) in %1</source>
        <extracomment>%1 is "2 documents"</extracomment>
        <translation>
            <numerusform>تعيين %n موقف (%1)</numerusform>
            <numerusform>تعيين موقف واحد (%1)</numerusform>
            <numerusform>تعيين موقفين (%1)</numerusform>
            <numerusform>تعيين %n مواقف (%1)</numerusform>
            <numerusform>تعيين %n موقفًا (%1)</numerusform>
            <numerusform>تعيين %n موقف (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>وثيقة واحدة</numerusform>
            <numerusform>وثيقتان</numerusform>
            <numerusform>%n وثائق</numerusform>
            <numerusform>%n وثيقة</numerusform>
            <numerusform>%n وثيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1 (alternative %2) of %3</source>
        <translation>الفقرة %1 (البديل %2) من %3</translation>
    </message>
    <message>
        <source>paragraph %1 of %2</source>
        <translation>الفقرة %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>paragraphs %1 and %n more of %2</source>
        <translation>
            <numerusform>الفقرات %1 و%n فقرة أخرى من %2</numerusform>
            <numerusform>الفقرات %1 وفقرة أخرى واحدة من %2</numerusform>
            <numerusform>الفقرات %1 وفقرتين أخريين من %2</numerusform>
            <numerusform>الفقرات %1 و%n فقرات أخرى من %2</numerusform>
            <numerusform>الفقرات %1 و%n فقرة أخرى من %2</numerusform>
            <numerusform>الفقرات %1 و%n فقرة أخرى من %2</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraphs %1 of %2</source>
        <translation>الفقرات %1 من %2</translation>
    </message>
    <message>
        <source>Set %1 on %2 to %3</source>
        <translation>تعيين موقف %1 من %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1 to %2</source>
        <translation>
            <numerusform>تعيين %n موقف من %1: %2</numerusform>
            <numerusform>تعيين موقف واحد من %1: %2</numerusform>
            <numerusform>تعيين موقفين من %1: %2</numerusform>
            <numerusform>تعيين %n مواقف من %1: %2</numerusform>
            <numerusform>تعيين %n موقفًا من %1: %2</numerusform>
            <numerusform>تعيين %n موقف من %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1</source>
        <translation>
            <numerusform>تعيين %n موقف من %1</numerusform>
            <numerusform>تعيين موقف واحد من %1</numerusform>
            <numerusform>تعيين موقفين من %1</numerusform>
            <numerusform>تعيين %n مواقف من %1</numerusform>
            <numerusform>تعيين %n موقفًا من %1</numerusform>
            <numerusform>تعيين %n موقف من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n position(s) on paragraph %1 of %2</source>
        <translation>
            <numerusform>تأكيد %n موقف من الفقرة %1 من %2</numerusform>
            <numerusform>تأكيد موقف واحد من الفقرة %1 من %2</numerusform>
            <numerusform>تأكيد موقفين من الفقرة %1 من %2</numerusform>
            <numerusform>تأكيد %n مواقف من الفقرة %1 من %2</numerusform>
            <numerusform>تأكيد %n موقفًا من الفقرة %1 من %2</numerusform>
            <numerusform>تأكيد %n موقف من الفقرة %1 من %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ShortcutListDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>&amp;Configure...</source>
        <translation>&amp;تهيئة...</translation>
    </message>
    <message>
        <source>Save revision, in the clause editor</source>
        <translation>حفظ التنقيح، في محرر البنود</translation>
    </message>
    <message>
        <source>Close the comparison window, the handbook or this list</source>
        <translation>إغلاق نافذة المقارنة أو الدليل أو هذه القائمة</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Change the stance of the selected cell, in the support matrix</source>
        <translation>تغيير موقف الخلية المحددة، في مصفوفة التأييد</translation>
    </message>
</context>
<context>
    <name>Plenipo::SqliteDialect</name>
    <message>
        <source>writing failed: the disk is full or the file has reached its size limit, or the disk reported an error (%1)</source>
        <translation>فشلت الكتابة: القرص ممتلئ أو بلغ الملف حده الأقصى للحجم، أو أبلغ القرص عن خطأ (%1)</translation>
    </message>
    <message>
        <source>the disk is full or the file has reached its size limit (%1)</source>
        <translation>القرص ممتلئ أو بلغ الملف حده الأقصى للحجم (%1)</translation>
    </message>
    <message>
        <source>the file or its medium is read-only (%1)</source>
        <translation>الملف أو وسيطه للقراءة فقط (%1)</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (%1)</source>
        <translation>أبلغ القرص عن خطأ في الإدخال/الإخراج (%1)</translation>
    </message>
    <message>
        <source>cannot write a copy to %1: %2</source>
        <translation>تعذّرت كتابة نسخة في %1: %2</translation>
    </message>
    <message>
        <source>the database refused write-ahead logging (journal mode is %1)</source>
        <translation>رفضت قاعدة البيانات التسجيل المسبق للكتابة (وضع السجل هو %1)</translation>
    </message>
    <message>
        <source>the search index cannot be updated: %1</source>
        <translation>تعذّر تحديث فهرس البحث: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Stance</name>
    <message>
        <source>supports</source>
        <translation>تأييد</translation>
    </message>
    <message>
        <source>can accept</source>
        <translation>قبول ممكن</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>تحفظ</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>لا موقف</translation>
    </message>
</context>
<context>
    <name>Plenipo::StanceLegend</name>
    <message>
        <source>Stance:</source>
        <translation>الموقف:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>العلامات:</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>البند:</translation>
    </message>
    <message>
        <source>objects to an alternative</source>
        <translation>اعتراض على بديل</translation>
    </message>
    <message>
        <source>reservation on an alternative</source>
        <translation>تحفظ على بديل</translation>
    </message>
    <message>
        <source>blocks the clause</source>
        <translation>عرقلة البند</translation>
    </message>
    <message>
        <source>what-if (temporary)</source>
        <translation>افتراضي (مؤقت)</translation>
    </message>
    <message>
        <source>outdated: text changed since given</source>
        <translation>تجاوزه الزمن: تغيّر النص منذ إبدائه</translation>
    </message>
    <message>
        <source>orphaned position (not counted)</source>
        <translation>موقف يتيم (لا يُحتسب)</translation>
    </message>
</context>
<context>
    <name>Plenipo::StanceStyle</name>
    <message>
        <source>not recorded</source>
        <translation>غير مسجل</translation>
    </message>
</context>
<context>
    <name>Plenipo::StateNames</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1: ملف فارغ</translation>
    </message>
    <message>
        <source>%1:1: no iso3 column</source>
        <translation>%1:1: لا يوجد عمود iso3</translation>
    </message>
    <message>
        <source>%1:1: no %2_%3 column</source>
        <translation>%1:1: لا يوجد عمود %2_%3</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2: %n حقل، والمتوقع %3</numerusform>
            <numerusform>%1:%2: حقل واحد، والمتوقع %3</numerusform>
            <numerusform>%1:%2: حقلان، والمتوقع %3</numerusform>
            <numerusform>%1:%2: %n حقول، والمتوقع %3</numerusform>
            <numerusform>%1:%2: %n حقلًا، والمتوقع %3</numerusform>
            <numerusform>%1:%2: %n حقل، والمتوقع %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: bad or repeated ISO3 code '%3'</source>
        <translation>%1:%2: رمز ISO3 غير صالح أو مكرر «%3»</translation>
    </message>
    <message>
        <source>%1:%2: %3 has no %4 name</source>
        <translation>%1:%2: ليس لـ %3 اسم %4</translation>
    </message>
</context>
<context>
    <name>Plenipo::StateTableModel</name>
    <message>
        <source>Also:</source>
        <translation>أيضًا:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>تجاوزه الزمن</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>يتيم</translation>
    </message>
    <message>
        <source>Outdated: a position of this state on the clause was given on words that have changed since.</source>
        <translation>تجاوزه الزمن: أُبدي موقف لهذه الدولة من البند على كلمات تغيرت منذئذ.</translation>
    </message>
    <message>
        <source>Orphaned: a position of this state lost its words; it is not counted (see the positions panel).</source>
        <translation>يتيم: فقد موقف لهذه الدولة كلماته؛ ولا يُحتسب (انظر لوحة المواقف).</translation>
    </message>
</context>
<context>
    <name>Plenipo::StatesView</name>
    <message>
        <source>Show the members of a group or process</source>
        <translation>عرض أعضاء مجموعة أو عملية</translation>
    </message>
    <message>
        <source>Find a state by name, code or alias</source>
        <translation>البحث عن دولة بالاسم أو الرمز أو اسم بديل</translation>
    </message>
    <message>
        <source>&lt;b&gt;States&lt;/b&gt;</source>
        <translation>&lt;b&gt;الدول&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل الدول</translation>
    </message>
    <message>
        <source>UN regional groups</source>
        <translation>المجموعات الإقليمية للأمم المتحدة</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>المجموعات السياسية</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>الائتلافات</translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation>أعضاء عملية</translation>
    </message>
    <message>
        <source>all UN members</source>
        <translation>جميع أعضاء الأمم المتحدة</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n state(s)</source>
        <translation>
            <numerusform>%1 من أصل %n دولة</numerusform>
            <numerusform>%1 من أصل دولة واحدة</numerusform>
            <numerusform>%1 من أصل دولتين</numerusform>
            <numerusform>%1 من أصل %n دول</numerusform>
            <numerusform>%1 من أصل %n دولة</numerusform>
            <numerusform>%1 من أصل %n دولة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on paragraph %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; بشأن الفقرة %2:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (the clause as a whole)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (البند ككل)</translation>
    </message>
    <message>
        <source>no position recorded on the clause as a whole</source>
        <translation>لم يُسجَّل موقف من البند ككل</translation>
    </message>
    <message>
        <source>Temporary what-if stance, not saved.</source>
        <translation>موقف افتراضي مؤقت، غير محفوظ.</translation>
    </message>
    <message>
        <source>On alternatives: %1</source>
        <translation>بشأن البدائل: %1</translation>
    </message>
    <message>
        <source>Clause status: %1</source>
        <translation>حالة البند: %1</translation>
    </message>
    <message numerus="yes">
        <source>Its objection blocks this clause (%n blocking state(s) in all).</source>
        <translation>
            <numerusform>اعتراضها يعرقل هذا البند (%n دولة معرقِلة في المجموع).</numerusform>
            <numerusform>اعتراضها يعرقل هذا البند (دولة معرقِلة واحدة في المجموع).</numerusform>
            <numerusform>اعتراضها يعرقل هذا البند (دولتان معرقِلتان في المجموع).</numerusform>
            <numerusform>اعتراضها يعرقل هذا البند (%n دول معرقِلة في المجموع).</numerusform>
            <numerusform>اعتراضها يعرقل هذا البند (%n دولة معرقِلة في المجموع).</numerusform>
            <numerusform>اعتراضها يعرقل هذا البند (%n دولة معرقِلة في المجموع).</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Double-click to change the stance.</source>
        <translation>انقر نقرًا مزدوجًا لتغيير الموقف.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paragraph %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;الفقرة %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>تعرقله: %1</translation>
    </message>
    <message numerus="yes">
        <source>Objects to %n clause(s) of this document</source>
        <translation>
            <numerusform>تعترض على %n بند من هذه الوثيقة</numerusform>
            <numerusform>تعترض على بند واحد من هذه الوثيقة</numerusform>
            <numerusform>تعترض على بندين من هذه الوثيقة</numerusform>
            <numerusform>تعترض على %n بنود من هذه الوثيقة</numerusform>
            <numerusform>تعترض على %n بندًا من هذه الوثيقة</numerusform>
            <numerusform>تعترض على %n بند من هذه الوثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocks %n clause(s)</source>
        <translation>
            <numerusform>تعرقل %n بند</numerusform>
            <numerusform>تعرقل بندًا واحدًا</numerusform>
            <numerusform>تعرقل بندين</numerusform>
            <numerusform>تعرقل %n بنود</numerusform>
            <numerusform>تعرقل %n بندًا</numerusform>
            <numerusform>تعرقل %n بند</numerusform>
        </translation>
    </message>
    <message>
        <source>Outdated (dot): a position of this state here was given on words that have changed since.</source>
        <translation>تجاوزه الزمن (نقطة): أُبدي موقف لهذه الدولة هنا على كلمات تغيرت منذئذ.</translation>
    </message>
    <message>
        <source>Orphaned position (ring): its words are gone from the text; it is not counted. Re-attach or discard it in the positions panel.</source>
        <translation>موقف يتيم (حلقة): زالت كلماته من النص؛ ولا يُحتسب. أعد ربطه أو تجاهله في لوحة المواقف.</translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixView</name>
    <message>
        <source>The states shown, and for whom consensus is computed</source>
        <translation>الدول المعروضة، والتي يُحسب لها توافق الآراء</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>حسب المجموعة الإقليمية</translation>
    </message>
    <message>
        <source>By number of objections</source>
        <translation>حسب عدد الاعتراضات</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>حسب الاسم</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>الأعضاء:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support matrix&lt;/b&gt;: select a document or a clause</source>
        <translation>&lt;b&gt;مصفوفة التأييد&lt;/b&gt;: حدد وثيقة أو بندًا</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support matrix&lt;/b&gt; of %1 &amp;ndash; %2</source>
        <translation>&lt;b&gt;مصفوفة التأييد&lt;/b&gt; لـ %1 &amp;ndash; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) for %1:</source>
        <translation>
            <numerusform>%n بند لـ %1:</numerusform>
            <numerusform>بند واحد لـ %1:</numerusform>
            <numerusform>بندان لـ %1:</numerusform>
            <numerusform>%n بنود لـ %1:</numerusform>
            <numerusform>%n بندًا لـ %1:</numerusform>
            <numerusform>%n بند لـ %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n مقطع بين معقوفتين</numerusform>
            <numerusform>مقطع واحد بين معقوفتين</numerusform>
            <numerusform>مقطعان بين معقوفتين</numerusform>
            <numerusform>%n مقاطع بين معقوفتين</numerusform>
            <numerusform>%n مقطعًا بين معقوفتين</numerusform>
            <numerusform>%n مقطع بين معقوفتين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked, fewest blockers first: %1</source>
        <translation>المعطَّلة، بدءًا بأقلها دولًا معرقِلة: %1</translation>
    </message>
    <message>
        <source>No clause is blocked.</source>
        <translation>لا يوجد بند معطَّل.</translation>
    </message>
</context>
<context>
    <name>Plenipo::SyntheticWorkspace</name>
    <message>
        <source>generate: states must be 1 to %1, clauses at least 1, alternatives 0 to 50</source>
        <translation>generate: يجب أن يكون عدد الدول من 1 إلى %1، والبنود 1 على الأقل، والبدائل من 0 إلى 50</translation>
    </message>
    <message>
        <source>clause %1 was not written</source>
        <translation>لم يُكتب البند %1</translation>
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
        <translation>رفضت قاعدة البيانات تعليمة</translation>
    </message>
    <message>
        <source>copying table %1</source>
        <extracomment>What was being done when the database refused a statement: %1 is a table's name.</extracomment>
        <translation>نسخ الجدول %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>تعذّر بدء معاملة: %1</translation>
    </message>
    <message>
        <source>cannot save the change: %1</source>
        <translation>تعذّر حفظ التغيير: %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::VoteMapView</name>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Axis 1 (%1% of the variance)</source>
        <translation>المحور 1 (%1% من التباين)</translation>
    </message>
    <message>
        <source>Axis 2 (%1% of the variance)</source>
        <translation>المحور 2 (%1% من التباين)</translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIf</name>
    <message>
        <source>unknown state '%1'</source>
        <translation>دولة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>لا يوجد بند بالمعرِّف %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIfBar</name>
    <message>
        <source>What-if Mode</source>
        <translation>وضع الافتراض</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Change stances temporarily and see every status update at once, without touching the saved positions</source>
        <translation>تغيير المواقف مؤقتًا ورؤية تحديث كل حالة فورًا، دون المساس بالمواقف المحفوظة</translation>
    </message>
    <message>
        <source>Record the temporary stances as positions (one undoable step)</source>
        <translation>تسجيل المواقف المؤقتة مواقفَ (خطوة واحدة قابلة للتراجع)</translation>
    </message>
    <message>
        <source>Drop the temporary stances: the saved positions show again</source>
        <translation>تجاهل المواقف المؤقتة: تعود المواقف المحفوظة إلى الظهور</translation>
    </message>
    <message numerus="yes">
        <source>What-if: %n temporary stance(s), not saved</source>
        <translation>
            <numerusform>افتراض: %n موقف افتراضي، لم يُحفظ بعد</numerusform>
            <numerusform>افتراض: موقف افتراضي واحد، لم يُحفظ بعد</numerusform>
            <numerusform>افتراض: موقفان افتراضيان، لم يُحفظ بعد</numerusform>
            <numerusform>افتراض: %n مواقف افتراضية، لم يُحفظ بعد</numerusform>
            <numerusform>افتراض: %n موقفًا افتراضيًا، لم يُحفظ بعد</numerusform>
            <numerusform>افتراض: %n موقف افتراضي، لم يُحفظ بعد</numerusform>
        </translation>
    </message>
    <message>
        <source>Stance edits are saved (Edit &gt; Undo reverts them)</source>
        <translation>تُحفظ تعديلات المواقف (تحرير &gt; تراجع يلغيها)</translation>
    </message>
</context>
<context>
    <name>Plenipo::Workbench</name>
    <message>
        <source>Clause</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>المواقف</translation>
    </message>
    <message>
        <source>Support Matrix</source>
        <translation>مصفوفة التأييد</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>الائتلاف</translation>
    </message>
    <message>
        <source>Compare texts — Plenipo</source>
        <translation>مقارنة النصوص — Plenipo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample workspace.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;مساحة عمل مثال.&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 paragraph %2: %n position(s) recorded</source>
        <translation>
            <numerusform>%1، الفقرة %2: سُجِّل %n موقف</numerusform>
            <numerusform>%1، الفقرة %2: سُجِّل موقف واحد</numerusform>
            <numerusform>%1، الفقرة %2: سُجِّل موقفان</numerusform>
            <numerusform>%1، الفقرة %2: سُجِّل %n مواقف</numerusform>
            <numerusform>%1، الفقرة %2: سُجِّل %n موقفًا</numerusform>
            <numerusform>%1، الفقرة %2: سُجِّل %n موقف</numerusform>
        </translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>الرئيس:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <source>Membership: open to all UN member states.</source>
        <translation>العضوية: مفتوحة لجميع الدول الأعضاء في الأمم المتحدة.</translation>
    </message>
    <message>
        <source>Membership: not recorded in this workspace.</source>
        <translation>العضوية: غير مسجلة في مساحة العمل هذه.</translation>
    </message>
    <message numerus="yes">
        <source>Membership (%n state(s)):</source>
        <translation>
            <numerusform>العضوية (%n دولة):</numerusform>
            <numerusform>العضوية (دولة واحدة):</numerusform>
            <numerusform>العضوية (دولتان):</numerusform>
            <numerusform>العضوية (%n دول):</numerusform>
            <numerusform>العضوية (%n دولة):</numerusform>
            <numerusform>العضوية (%n دولة):</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>الوثائق:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>العملية:</translation>
    </message>
    <message>
        <source>Follows:</source>
        <translation>تلي:</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s):</source>
        <translation>
            <numerusform>%n بند:</numerusform>
            <numerusform>بند واحد:</numerusform>
            <numerusform>بندان:</numerusform>
            <numerusform>%n بنود:</numerusform>
            <numerusform>%n بندًا:</numerusform>
            <numerusform>%n بند:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses linked to this norm (%n):</source>
        <translation>
            <numerusform>البنود المرتبطة بهذه القاعدة (%n):</numerusform>
            <numerusform>البنود المرتبطة بهذه القاعدة (%n):</numerusform>
            <numerusform>البنود المرتبطة بهذه القاعدة (%n):</numerusform>
            <numerusform>البنود المرتبطة بهذه القاعدة (%n):</numerusform>
            <numerusform>البنود المرتبطة بهذه القاعدة (%n):</numerusform>
            <numerusform>البنود المرتبطة بهذه القاعدة (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1, paragraph %2 (%3)</source>
        <extracomment>The norm's source: %1 the document symbol, %2 its paragraph, %3 the norm's code</extracomment>
        <translation>المصدر: %1، الفقرة %2 (%3)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n state(s) in the States panel</source>
        <translation>
            <numerusform>حُدّدت %n دولة في لوحة الدول</numerusform>
            <numerusform>حُدّدت دولة واحدة في لوحة الدول</numerusform>
            <numerusform>حُدّدت دولتان في لوحة الدول</numerusform>
            <numerusform>حُدّدت %n دول في لوحة الدول</numerusform>
            <numerusform>حُدّدت %n دولة في لوحة الدول</numerusform>
            <numerusform>حُدّدت %n دولة في لوحة الدول</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::Workspace</name>
    <message>
        <source>cannot save the change: %1; nothing was saved</source>
        <translation>تعذّر حفظ التغيير: %1؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>database statement failed (%1): %2</source>
        <translation>فشلت تعليمة في قاعدة البيانات (%1): %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>cannot open %1: the file does not exist</source>
        <translation>تعذّر فتح %1: الملف غير موجود</translation>
    </message>
    <message>
        <source>cannot open %1: it is a folder, not a workspace file</source>
        <translation>تعذّر فتح %1: إنه مجلد وليس ملف مساحة عمل</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied</source>
        <translation>تعذّر فتح %1: الإذن مرفوض</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it is not a workspace database file)</source>
        <translation>%1 ليس مساحة عمل Plenipo (ليس ملف قاعدة بيانات لمساحة عمل)</translation>
    </message>
    <message>
        <source>%1 is open for editing in another Plenipo (process %2 on %3); it can be opened read-only</source>
        <translation>%1 مفتوح للتحرير في نسخة أخرى من Plenipo (العملية %2 على %3)؛ يمكن فتحه للقراءة فقط</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 is on a read-only medium or in a folder you may not write to: it can be opened read-only</source>
        <translation>%1 على وسيط للقراءة فقط أو في مجلد لا يجوز لك الكتابة فيه: يمكن فتحه للقراءة فقط</translation>
    </message>
    <message>
        <source>cannot open %1 for editing: the lock file %2 cannot be created</source>
        <translation>تعذّر فتح %1 للتحرير: يتعذّر إنشاء ملف القفل %2</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it is a database of another program)</source>
        <translation>%1 ليس مساحة عمل Plenipo (إنه قاعدة بيانات لبرنامج آخر)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Plenipo (workspace format %2; this version reads formats up to %3)</source>
        <translation>كتبت %1 نسخةٌ أحدث من Plenipo (تنسيق مساحة العمل %2؛ هذه النسخة تقرأ التنسيقات حتى %3)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 تالف: %2</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it holds no workspace tables)</source>
        <translation>%1 ليس مساحة عمل Plenipo (لا يحوي جداول مساحة عمل)</translation>
    </message>
    <message>
        <source>%1 uses the older workspace format %2; open it for editing once to upgrade it</source>
        <translation>يستخدم %1 تنسيق مساحة العمل الأقدم %2؛ افتحه للتحرير مرة واحدة لترقيته</translation>
    </message>
    <message>
        <source>%1 is damaged or not a workspace: %2</source>
        <translation>%1 تالف أو ليس مساحة عمل: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; nothing was changed</source>
        <translation>%1 تالف: %2؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>%1 is damaged: the alias '%2' belongs to a state that does not exist</source>
        <translation>%1 تالف: الاسم الآخر «%2» يعود إلى دولة غير موجودة</translation>
    </message>
    <message>
        <source>cannot create %1: a file with that name exists</source>
        <translation>تعذّر إنشاء %1: يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>تعذّر إنشاء %1: المجلد %2 غير موجود</translation>
    </message>
    <message>
        <source>cannot create %1: renaming the new file failed</source>
        <translation>تعذّر إنشاء %1: فشلت إعادة تسمية الملف الجديد</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>cannot save as %1: the folder does not exist</source>
        <translation>تعذّر الحفظ باسم %1: المجلد غير موجود</translation>
    </message>
    <message>
        <source>cannot save as %1: that workspace is open in another Plenipo</source>
        <translation>تعذّر الحفظ باسم %1: مساحة العمل هذه مفتوحة في نسخة أخرى من Plenipo</translation>
    </message>
    <message>
        <source>cannot save as %1: %2</source>
        <translation>تعذّر الحفظ باسم %1: %2</translation>
    </message>
    <message>
        <source>%1 is open read-only: changes cannot be saved</source>
        <translation>%1 مفتوح للقراءة فقط: لا يمكن حفظ التغييرات</translation>
    </message>
    <message>
        <source>a batch of changes was committed twice</source>
        <translation>اعتُمدت دفعة من التغييرات مرتين</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>دولة غير معروفة «%1»</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166-1 alpha-3 code (state %2)</source>
        <translation>«%1» ليس رمزًا وفق ISO 3166-1 alpha-3 (الدولة %2)</translation>
    </message>
    <message>
        <source>a group needs a code of its own ('%1' is empty or taken)</source>
        <translation>يلزم المجموعةَ رمز خاص بها («%1» فارغ أو مستخدم)</translation>
    </message>
    <message>
        <source>group code '%1' is a state's ISO code; choose another</source>
        <translation>رمز المجموعة «%1» هو رمز ISO لدولة؛ اختر رمزًا آخر</translation>
    </message>
    <message>
        <source>a process needs a code of its own ('%1' is empty or taken)</source>
        <translation>يلزم العمليةَ رمز خاص بها («%1» فارغ أو مستخدم)</translation>
    </message>
    <message>
        <source>a norm needs a code of its own ('%1' is empty or taken)</source>
        <translation>يلزم القاعدةَ رمز خاص بها («%1» فارغ أو مستخدم)</translation>
    </message>
    <message>
        <source>a document needs a symbol of its own ('%1' is empty or taken)</source>
        <translation>يلزم الوثيقةَ رمز خاص بها («%1» فارغ أو مستخدم)</translation>
    </message>
    <message>
        <source>document %1: unknown process</source>
        <translation>الوثيقة %1: عملية غير معروفة</translation>
    </message>
    <message>
        <source>document %1: unknown predecessor document</source>
        <translation>الوثيقة %1: وثيقة سابقة غير معروفة</translation>
    </message>
    <message>
        <source>clause %1 belongs to no known document</source>
        <translation>البند %1 لا ينتمي إلى أي وثيقة معروفة</translation>
    </message>
    <message>
        <source>clause %1: the clause it descends from does not exist</source>
        <translation>البند %1: البند الذي يتحدر منه غير موجود</translation>
    </message>
    <message>
        <source>clause %1: unknown norm</source>
        <translation>البند %1: قاعدة غير معروفة</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>لا يوجد بند بالمعرِّف %1</translation>
    </message>
    <message>
        <source>clause %1 has no revision to restore</source>
        <translation>ليس للبند %1 تنقيح يُستعاد</translation>
    </message>
    <message>
        <source>a clause needs a number</source>
        <translation>يلزم البندَ رقم</translation>
    </message>
    <message>
        <source>clause %1: revision %2 is not the latest one and cannot be removed</source>
        <translation>البند %1: التنقيح %2 ليس الأحدث ولا يمكن حذفه</translation>
    </message>
    <message>
        <source>no document with id %1</source>
        <translation>لا توجد وثيقة بالمعرِّف %1</translation>
    </message>
    <message>
        <source>%1: a recorded vote row is damaged (vote %2, state %3, choice %4)</source>
        <translation>%1: صف تصويت مسجل تالف (التصويت %2، الدولة %3، الخيار %4)</translation>
    </message>
    <message>
        <source>recorded vote: bad choice %1 for %2</source>
        <translation>التصويت المسجل: خيار غير صالح %1 لـ %2</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translation>لا توجد مجموعة بالمعرِّف %1</translation>
    </message>
    <message>
        <source>no process with id %1</source>
        <translation>لا توجد عملية بالمعرِّف %1</translation>
    </message>
    <message>
        <source>the search index is already being deferred</source>
        <translation>فهرسة البحث مؤجلة بالفعل</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceInfo</name>
    <message>
        <source>Workspace:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's file name.</extracomment>
        <translation>مساحة العمل:</translation>
    </message>
    <message>
        <source>Format version:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's schema version (a number).</extracomment>
        <translation>إصدار التنسيق:</translation>
    </message>
    <message>
        <source>States:</source>
        <extracomment>A label of `plenipo info`, followed by the number of states.</extracomment>
        <translation>الدول:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the number of UN member states ("193 UN member states"), %2 the number of observer states ("2 observers").</extracomment>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n دولة عضو في الأمم المتحدة</numerusform>
            <numerusform>دولة عضو واحدة في الأمم المتحدة</numerusform>
            <numerusform>دولتان عضوان في الأمم المتحدة</numerusform>
            <numerusform>%n دول أعضاء في الأمم المتحدة</numerusform>
            <numerusform>%n دولة عضوًا في الأمم المتحدة</numerusform>
            <numerusform>%n دولة عضو في الأمم المتحدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n دولة مراقبة</numerusform>
            <numerusform>دولة مراقبة واحدة</numerusform>
            <numerusform>دولتان مراقبتان</numerusform>
            <numerusform>%n دول مراقبة</numerusform>
            <numerusform>%n دولة مراقبة</numerusform>
            <numerusform>%n دولة مراقبة</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups:</source>
        <extracomment>A label of `plenipo info`, followed by the number of state groups.</extracomment>
        <translation>المجموعات:</translation>
    </message>
    <message>
        <source>Processes:</source>
        <extracomment>A label of `plenipo info`, followed by the number of negotiation processes (and their names, one per line).</extracomment>
        <translation>العمليات:</translation>
    </message>
    <message>
        <source>Norms:</source>
        <extracomment>A label of `plenipo info`, followed by the number of norms.</extracomment>
        <translation>القواعد:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <extracomment>A label of `plenipo info`, followed by the number of documents.</extracomment>
        <translation>الوثائق:</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <extracomment>A label of `plenipo info`, followed by the number of clauses.</extracomment>
        <translation>البنود:</translation>
    </message>
    <message>
        <source>Positions:</source>
        <extracomment>A label of `plenipo info`, followed by the number of recorded positions.</extracomment>
        <translation>المواقف:</translation>
    </message>
    <message>
        <source>Note:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's note on its positions.</extracomment>
        <translation>ملاحظة:</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceOpener</name>
    <message>
        <source>Workspace in use</source>
        <translation>مساحة العمل قيد الاستخدام</translation>
    </message>
    <message>
        <source>Workspace cannot be edited</source>
        <translation>لا يمكن تحرير مساحة العمل</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read everything and use Save As to make an editable copy.</source>
        <translation>%1

هل تريد فتحها للقراءة فقط؟ يمكنك قراءة كل شيء واستخدام «حفظ باسم» لعمل نسخة قابلة للتعديل.</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>تعذّر فتح مساحة العمل</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceValidator</name>
    <message>
        <source>table state: state %1 has no code</source>
        <translation>الجدول state: الدولة %1 بلا رمز</translation>
    </message>
    <message>
        <source>table state_alias: the alias '%2' belongs to state %1, which does not exist</source>
        <translation>الجدول state_alias: الاسم الآخر «%2» يعود إلى الدولة %1، وهي غير موجودة</translation>
    </message>
    <message>
        <source>table group_member: group %1 lists state %2, which does not exist</source>
        <translation>الجدول group_member: تدرج المجموعة %1 الدولة %2، وهي غير موجودة</translation>
    </message>
    <message>
        <source>table group_member: state %2 is a member of group %1, which does not exist</source>
        <translation>الجدول group_member: الدولة %2 عضو في المجموعة %1، وهي غير موجودة</translation>
    </message>
    <message>
        <source>table process_member: process %1 lists state %2, which does not exist</source>
        <translation>الجدول process_member: تدرج العملية %1 الدولة %2، وهي غير موجودة</translation>
    </message>
    <message>
        <source>table process_member: state %2 is a member of process %1, which does not exist</source>
        <translation>الجدول process_member: الدولة %2 عضو في العملية %1، وهي غير موجودة</translation>
    </message>
    <message>
        <source>table document: document %1 belongs to process %2, which does not exist</source>
        <translation>الجدول document: الوثيقة %1 تنتمي إلى العملية %2، وهي غير موجودة</translation>
    </message>
    <message>
        <source>table document: document %1 follows document %2, which does not exist</source>
        <translation>الجدول document: الوثيقة %1 تلي الوثيقة %2، وهي غير موجودة</translation>
    </message>
    <message>
        <source>table clause: clause %1 belongs to document %2, which does not exist</source>
        <translation>الجدول clause: البند %1 ينتمي إلى الوثيقة %2، وهي غير موجودة</translation>
    </message>
    <message>
        <source>table clause: clause %1 descends from clause %2, which does not exist</source>
        <translation>الجدول clause: البند %1 يتحدر من البند %2، وهو غير موجود</translation>
    </message>
    <message>
        <source>table clause: document %1 has two clauses at place %2</source>
        <translation>الجدول clause: في الوثيقة %1 بندان في الموضع %2</translation>
    </message>
    <message>
        <source>table clause_norm: clause %1 or norm %2 does not exist</source>
        <translation>الجدول clause_norm: البند %1 أو القاعدة %2 غير موجودة</translation>
    </message>
    <message>
        <source>table clause_revision: revision %1 belongs to clause %2, which does not exist</source>
        <translation>الجدول clause_revision: التنقيح %1 يعود إلى البند %2، وهو غير موجود</translation>
    </message>
    <message>
        <source>table stance_vector: positions on clause %1, which does not exist</source>
        <translation>الجدول stance_vector: مواقف من البند %1، وهو غير موجود</translation>
    </message>
    <message>
        <source>table document_adherent: document %1 or state %2 does not exist</source>
        <translation>الجدول document_adherent: الوثيقة %1 أو الدولة %2 غير موجودة</translation>
    </message>
    <message>
        <source>table document: unknown document kind '%1'</source>
        <translation>الجدول document: نوع وثيقة غير معروف «%1»</translation>
    </message>
    <message>
        <source>table process: unknown process kind '%1'</source>
        <translation>الجدول process: نوع عملية غير معروف «%1»</translation>
    </message>
    <message>
        <source>table state_group: unknown group kind '%1'</source>
        <translation>الجدول state_group: نوع مجموعة غير معروف «%1»</translation>
    </message>
    <message>
        <source>the file cannot be checked (%1)</source>
        <translation>يتعذّر التحقق من الملف (%1)</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>البند %1</translation>
    </message>
    <message>
        <source>clause %1, alternative %2</source>
        <translation>البند %1، البديل %2</translation>
    </message>
    <message>
        <source>table stance_vector: %1 has %2 for %3</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of stances ("200 stances"), %3 the number of states ("193 states").</extracomment>
        <translation>الجدول stance_vector: في %1 ‏%2 مقابل %3</translation>
    </message>
    <message numerus="yes">
        <source>%n stances</source>
        <translation>
            <numerusform>%n موقف</numerusform>
            <numerusform>موقف واحد</numerusform>
            <numerusform>موقفان</numerusform>
            <numerusform>%n مواقف</numerusform>
            <numerusform>%n موقفًا</numerusform>
            <numerusform>%n موقف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n states</source>
        <translation>
            <numerusform>%n دولة</numerusform>
            <numerusform>دولة واحدة</numerusform>
            <numerusform>دولتين</numerusform>
            <numerusform>%n دول</numerusform>
            <numerusform>%n دولة</numerusform>
            <numerusform>%n دولة</numerusform>
        </translation>
    </message>
    <message>
        <source>table stance_vector: %1: byte %2 for state %3 is not a stance</source>
        <extracomment>%1 is the clause (and alternative), %2 a byte value, %3 the state's index.</extracomment>
        <translation>الجدول stance_vector: %1: البايت %2 للدولة %3 ليس موقفًا</translation>
    </message>
    <message>
        <source>table stance_vector: %1: the detail vector is malformed</source>
        <translation>الجدول stance_vector: %1: متجه التفاصيل غير سليم</translation>
    </message>
    <message numerus="yes">
        <source>table stance_vector: %1: the detail vector covers %n states of %2</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of states in the workspace.</extracomment>
        <translation>
            <numerusform>الجدول stance_vector: %1: يغطي متجه التفاصيل %n دولة من أصل %2</numerusform>
            <numerusform>الجدول stance_vector: %1: يغطي متجه التفاصيل دولة واحدة من أصل %2</numerusform>
            <numerusform>الجدول stance_vector: %1: يغطي متجه التفاصيل دولتين من أصل %2</numerusform>
            <numerusform>الجدول stance_vector: %1: يغطي متجه التفاصيل %n دول من أصل %2</numerusform>
            <numerusform>الجدول stance_vector: %1: يغطي متجه التفاصيل %n دولة من أصل %2</numerusform>
            <numerusform>الجدول stance_vector: %1: يغطي متجه التفاصيل %n دولة من أصل %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for negotiating norms and treaty texts: bracketed drafts, the positions of states on every paragraph, consensus and coalitions. Sample positions are illustrative.</source>
        <translation>منضدة عمل للتفاوض على القواعد ونصوص المعاهدات: مسودات بين معقوفتين، ومواقف الدول من كل فقرة، وتوافق الآراء والائتلافات. مواقف المثال توضيحية.</translation>
    </message>
    <message>
        <source>State data derived from the mledoze/countries data set (ODbL 1.0).</source>
        <translation>بيانات الدول مستمدة من مجموعة البيانات ⁨mledoze/countries (ODbL 1.0)⁩.</translation>
    </message>
</context>
</TS>
