<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>BulkImportProgress</name>
    <message>
        <source>Import Folder of Akoma Ntoso Resolutions</source>
        <translation>导入 Akoma Ntoso 决议文件夹</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>正在导入...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)...</source>
        <translation>正在导入 %1（第 %2 个，共 %3 个）...</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped (already in the workspace)</source>
        <translation>
            <numerusform>已跳过 %n 个文件（已在工作区中）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n 个文件导入失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not read</source>
        <translation>
            <numerusform>已取消：%n 个文件未读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n recorded vote(s) written</source>
        <extracomment>%1 is "3 documents"</extracomment>
        <translation>
            <numerusform>已写入 %1 和 %n 次记录表决</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no Akoma Ntoso file (*.xml, *.akn), in it or in its sub-folders.</source>
        <translation>%1 及其子文件夹中没有 Akoma Ntoso 文件（*.xml、*.akn）。</translation>
    </message>
    <message numerus="yes">
        <source>Import the %n Akoma Ntoso file(s) of %1?</source>
        <translation>
            <numerusform>导入 %1 中的 %n 个 Akoma Ntoso 文件？</numerusform>
        </translation>
    </message>
    <message>
        <source>Each file is imported in its own transaction; Cancel during the run keeps the files done. The whole run is one step to undo.</source>
        <translation>每个文件在各自的事务中导入；导入过程中取消会保留已完成的文件。整个导入可一步撤销。</translation>
    </message>
    <message>
        <source>&amp;Replace documents already in the workspace (otherwise they are skipped)</source>
        <translation>替换工作区中已有的文件(&amp;R)（否则跳过）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) replaced documents already in the workspace</source>
        <translation>
            <numerusform>%n 个文件替换了工作区中已有的文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::AgreementHeatMap</name>
    <message>
        <source>No recorded vote in the selection.</source>
        <translation>所选范围内没有记录表决。</translation>
    </message>
    <message>
        <source>%1 and %2: no vote in common</source>
        <translation>%1 和 %2：没有共同参加的表决</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: agreement %3 over %n vote(s)</source>
        <translation>
            <numerusform>%1 和 %2：在 %n 次表决中一致度为 %3</numerusform>
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
        <translation>export：无法写入 Akoma Ntoso 文件：%1</translation>
    </message>
</context>
<context>
    <name>Plenipo::AknImporter</name>
    <message>
        <source>line %1 (/%2)</source>
        <extracomment>The place of a problem in an Akoma Ntoso file: %1 is the line, %2 the element's path ("line 12 (/akomaNtoso/doc/mainBody/paragraph[@eId='para_3'])").</extracomment>
        <translation>第 %1 行（/%2）</translation>
    </message>
    <message>
        <source>paragraph %1 has no text</source>
        <translation>第 %1 段没有案文</translation>
    </message>
    <message>
        <source>paragraph %1: markup: %2</source>
        <extracomment>%1 is the paragraph number, %2 the markup problem ("unclosed bracket opened here").</extracomment>
        <translation>第 %1 段：标记：%2</translation>
    </message>
    <message>
        <source>the closing words of paragraph %1 were added to its last sub-point</source>
        <translation>第 %1 段的结尾词语已并入其最后一个分项</translation>
    </message>
    <message>
        <source>process %1: unknown member state %2 left out</source>
        <translation>进程 %1：未知成员国 %2 已略去</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <extracomment>An item the import creates: %1 is the process's code, %2 its name.</extracomment>
        <translation>进程 %1（%2）</translation>
    </message>
    <message>
        <source>unknown adherent state %1 left out</source>
        <translation>未知加入国 %1 已略去</translation>
    </message>
    <message numerus="yes">
        <source>coalition %1 (%n adherents)</source>
        <extracomment>An item the import creates: %1 is the coalition's code.</extracomment>
        <translation>
            <numerusform>联盟 %1（%n 个加入国）</numerusform>
        </translation>
    </message>
    <message>
        <source>position on unknown paragraph '%1'</source>
        <translation>针对未知段落“%1”的立场</translation>
    </message>
    <message>
        <source>bad stance '%1'</source>
        <translation>无效立场“%1”</translation>
    </message>
    <message>
        <source>paragraph %1 has no alternative %2</source>
        <translation>第 %1 段没有备选案文 %2</translation>
    </message>
    <message>
        <source>position with both state and states</source>
        <translation>立场同时含有 state 和 states</translation>
    </message>
    <message>
        <source>position without state or states</source>
        <translation>立场既无 state 也无 states</translation>
    </message>
    <message>
        <source>position with an empty list of states</source>
        <translation>立场的国家列表为空</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>未知国家“%1”</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 是观察员国：观察员没有立场</translation>
    </message>
    <message>
        <source>duplicate position of %1 on paragraph %2 (first on line %3)</source>
        <translation>%1 对第 %2 段的立场重复（第一次在第 %3 行）</translation>
    </message>
    <message>
        <source>no recorded vote in the file: no positions</source>
        <translation>文件中没有记录表决：没有立场</translation>
    </message>
    <message>
        <source>in favour</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>赞成</translation>
    </message>
    <message>
        <source>against</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>反对</translation>
    </message>
    <message>
        <source>abstaining</source>
        <extracomment>A count of a recorded vote, as it is named in the import's messages.</extracomment>
        <translation>弃权</translation>
    </message>
    <message>
        <source>vote count '%1' is not in favour, against or abstaining; left out</source>
        <translation>计票“%1”既非赞成、反对也非弃权；已略去</translation>
    </message>
    <message>
        <source>voter '%1' (%2) does not resolve to a state of the workspace: no position recorded for it</source>
        <extracomment>%1 is the voter's name in the file, %2 the count it is listed in (in favour, against, abstaining).</extracomment>
        <translation>投票方“%1”（%2）无法对应工作区中的任何国家：未为其记录立场</translation>
    </message>
    <message>
        <source>%1 (%2) is an observer state, which has no vote: left out of the recorded vote</source>
        <extracomment>%1 is the state's name in the file, %2 the count it is listed in (in favour, against, abstaining).</extracomment>
        <translation>%1（%2）是观察员国，没有表决权：已从记录表决中略去</translation>
    </message>
    <message>
        <source>%1 (%2) is listed both %3 and %4; the first is kept</source>
        <extracomment>%1 is the state's name in the file, %2 its ISO code, %3 and %4 the counts it is listed in (in favour, against, abstaining).</extracomment>
        <translation>%1（%2）同时列于“%3”和“%4”；保留第一个</translation>
    </message>
    <message numerus="yes">
        <source>the count says %1 %2 but %n names are listed</source>
        <extracomment>%1 is the number the file declares, %2 the count (in favour, against, abstaining): "the count says 163 in favour but 162 names are listed".</extracomment>
        <translation>
            <numerusform>“%2”计数为 %1，但列出了 %n 个名称</numerusform>
        </translation>
    </message>
    <message>
        <source>sponsor '%1' (removed from the list) does not resolve to a state</source>
        <translation>提案国“%1”（已从名单中撤出）无法对应任何国家</translation>
    </message>
    <message>
        <source>%1 was removed from the list of sponsors</source>
        <translation>%1 已从提案国名单中撤出</translation>
    </message>
    <message>
        <source>sponsor '%1' does not resolve to a state</source>
        <translation>提案国“%1”无法对应任何国家</translation>
    </message>
    <message>
        <source>submitted by %1 (no state sponsors)</source>
        <extracomment>An item the import creates: %1 is who submitted the draft ("the Chair of the Committee").</extracomment>
        <translation>由 %1 提交（无提案国）</translation>
    </message>
    <message>
        <source>sponsor %1 on behalf of %2</source>
        <extracomment>An item the import creates: %1 is a state's ISO code, %2 the group it speaks for.</extracomment>
        <translation>提案国 %1 代表 %2</translation>
    </message>
    <message>
        <source>the workspace already has a group '%1'</source>
        <translation>工作区中已有集团“%1”</translation>
    </message>
    <message numerus="yes">
        <source>group '%1' (coalition): %n sponsor(s)</source>
        <extracomment>An item the import creates: %1 is the group's name ("Sponsors of A/RES/75/32").</extracomment>
        <translation>
            <numerusform>集团“%1”（联盟）：%n 个提案国</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded vote kept as a vote: %1 yes, %2 no, %3 abstaining, %4 absent</source>
        <extracomment>An item the import creates: %1 to %4 are the numbers of states that voted yes, no, abstained and were absent.</extracomment>
        <translation>记录表决按表决保存：赞成 %1，反对 %2，弃权 %3，缺席 %4</translation>
    </message>
    <message>
        <source>%1: the document collection has no component with its own &lt;meta&gt;; nothing was imported</source>
        <translation>%1：文件集中没有任何带自身 &lt;meta&gt; 的组成部分；未导入任何内容</translation>
    </message>
    <message>
        <source>two parts have the symbol %1</source>
        <translation>两个部分的文号均为 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of %1, each its own document</source>
        <extracomment>An item the import creates: %1 is the collection's symbol ("A/RES/74/264").</extracomment>
        <translation>
            <numerusform>%1 的 %n 个部分，各为一份文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file is empty; nothing was imported</source>
        <translation>%1：文件为空；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not well-formed XML (%4); nothing was imported</source>
        <translation>%1：第 %2 行第 %3 列：XML 格式不正确（%4）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: not an Akoma Ntoso 3.0 document (the root element is &lt;%2&gt; in namespace '%3'); nothing was imported</source>
        <translation>%1：不是 Akoma Ntoso 3.0 文件（根元素为命名空间“%3”中的 &lt;%2&gt;）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the Akoma Ntoso document has no &lt;meta&gt; or no &lt;mainBody&gt;; nothing was imported</source>
        <translation>%1：Akoma Ntoso 文件缺少 &lt;meta&gt; 或 &lt;mainBody&gt;；未导入任何内容</translation>
    </message>
    <message>
        <source>the document has no symbol (docNumber or FRBRnumber)</source>
        <translation>文件没有文号（docNumber 或 FRBRnumber）</translation>
    </message>
    <message>
        <source>replaces the document %1 of the workspace</source>
        <translation>替换工作区中的文件 %1</translation>
    </message>
    <message>
        <source>the workspace already has a document %1</source>
        <translation>工作区中已有文件 %1</translation>
    </message>
    <message>
        <source>the document has no title</source>
        <translation>文件没有标题</translation>
    </message>
    <message>
        <source>no paragraphs found</source>
        <translation>未找到任何段落</translation>
    </message>
    <message>
        <source>process %1 is not in the workspace: the document is imported without it</source>
        <translation>工作区中没有进程 %1：导入的文件将不关联该进程</translation>
    </message>
    <message>
        <source>predecessor %1 is not in the workspace: the document is imported without it</source>
        <translation>工作区中没有前身文件 %1：导入的文件将不关联该前身</translation>
    </message>
    <message>
        <source>paragraph %1: norm %2 is not in the workspace; link left out</source>
        <translation>第 %1 段：工作区中没有规范 %2；略去该关联</translation>
    </message>
    <message>
        <source>the part has no vote of its own: the collection's recorded vote is recorded for it</source>
        <translation>该部分没有自己的表决：为其记录文件集的记录表决</translation>
    </message>
    <message numerus="yes">
        <source>recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on each of the %n paragraph(s), preambular and operative</source>
        <extracomment>An item the import creates: %1, %2 and %3 are the numbers of states in favour, against and abstaining.</extracomment>
        <translation>
            <numerusform>记录表决：赞成 %1，反对 %2，弃权 %3，作为对全部 %n 个段落（序言段落和执行段落）的立场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s) (%4 preambular)</source>
        <extracomment>An item the import creates: %1 is the document's symbol, %2 its title, %3 its kind and date ("resolution, 2020-12-07").</extracomment>
        <translation>
            <numerusform>文件 %1“%2”（%3）：%n 个段落（其中序言段落 %4 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s)</source>
        <translation>
            <numerusform>文件 %1“%2”（%3）：%n 个段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <extracomment>An item the import creates.</extracomment>
        <translation>
            <numerusform>%n 个立场</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import：请先读取文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1：发现 %n 个错误；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>a paragraph without a number, named %1 by its place</source>
        <translation>一个没有编号的段落，按其位置命名为 %1</translation>
    </message>
    <message>
        <source>paragraph number %1 comes twice in the document</source>
        <translation>段落编号 %1 在文件中出现两次</translation>
    </message>
</context>
<context>
    <name>Plenipo::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Plenipo::BulkImporter</name>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：没有此文件或文件夹</translation>
    </message>
    <message>
        <source>already in the workspace: %1</source>
        <extracomment>Why a folder import skipped a file: %1 is the list of document symbols.</extracomment>
        <translation>已在工作区中：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Why a folder import failed: %1 is the place in the file ("line 12"), %2 the error.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>What a folder import did with one file.</extracomment>
        <translation>已导入</translation>
    </message>
    <message>
        <source>replaced</source>
        <extracomment>What a folder import did with one file: it replaced the document already there.</extracomment>
        <translation>已替换</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>What a folder import did with one file: the document was already there.</extracomment>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>What a folder import did with one file: it could not be imported.</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>, %1 paragraph(s), recorded vote, %2 warning(s)</source>
        <translation>，%1 个段落，记录表决，%2 个警告</translation>
    </message>
    <message>
        <source>, %1 paragraph(s), %2 warning(s)</source>
        <extracomment>The rest of a folder import's line for one file: %1 is the number of paragraphs, %2 the number of warnings.</extracomment>
        <translation>，%1 个段落，%2 个警告</translation>
    </message>
    <message>
        <source>total: %1 file(s): %2 imported, %3 replaced, %4 skipped (already there), %5 failed; %6 document(s), %7 recorded vote(s)</source>
        <extracomment>The last line of a folder import; the counts are named without a plural form.</extracomment>
        <translation>总计：%1 个文件：导入 %2 个，替换 %3 个，跳过 %4 个（已存在），失败 %5 个；%6 份文件，%7 次记录表决</translation>
    </message>
    <message numerus="yes">
        <source>; cancelled, %n file(s) not read</source>
        <extracomment>Added to the last line of a folder import that was cancelled.</extracomment>
        <translation>
            <numerusform>；已取消，%n 个文件未读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ChangeClauseCommand</name>
    <message>
        <source>Renumber clause %1</source>
        <translation>为条款 %1 重新编号</translation>
    </message>
    <message>
        <source>Link clause %1 to norms</source>
        <translation>将条款 %1 与规范关联</translation>
    </message>
</context>
<context>
    <name>Plenipo::ChartsView</name>
    <message>
        <source>Groups:</source>
        <translation>集团：</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>另存为 PNG(&amp;P)...</translation>
    </message>
    <message>
        <source>Save as S&amp;VG...</source>
        <translation>另存为 SVG(&amp;V)...</translation>
    </message>
    <message>
        <source>Document dashboard</source>
        <translation>文件概览</translation>
    </message>
    <message>
        <source>Trend along the lineage</source>
        <translation>沿革中的变化趋势</translation>
    </message>
    <message>
        <source>Support by group</source>
        <translation>各集团的支持情况</translation>
    </message>
    <message>
        <source>UN regional groups</source>
        <translation>联合国区域集团</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>政治集团</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Clause shown</source>
        <translation>当前条款</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>Illustrative values: the sample's positions are not recorded statements of any State.</source>
        <translation>示意性数值：示例中的立场并非任何国家有记录的发言。</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>条款</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n clause(s) by status; agreed words: %2</source>
        <translation>
            <numerusform>%1 — 按状态分列的 %n 项条款；已商定的词：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a document in the navigator</source>
        <translation>请在导航栏中选择一份文件</translation>
    </message>
    <message>
        <source>Bracketed spans</source>
        <translation>方括号内案文</translation>
    </message>
    <message>
        <source>Alternative groups</source>
        <translation>备选案文组</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>备选案文</translation>
    </message>
    <message>
        <source>Agreed words (%)</source>
        <translation>已商定的词（%）</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>agreed words</source>
        <translation>已商定的词</translation>
    </message>
    <message numerus="yes">
        <source>Brackets and agreed words along the lineage (%n draft(s))</source>
        <translation>
            <numerusform>沿革中的方括号和已商定的词（%n 份草案）</numerusform>
        </translation>
    </message>
    <message>
        <source>members × paragraphs</source>
        <translation>成员 × 段落</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Stances on paragraph %1 of %2, by group (click a bar to select its states)</source>
        <translation>%2 第 %1 段的各集团立场（点击柱形可选中其国家）</translation>
    </message>
    <message>
        <source>Stances on every paragraph of %1, by group (click a bar to select its states)</source>
        <translation>%1 各段的各集团立场（点击柱形可选中其国家）</translation>
    </message>
    <message>
        <source>No groups of this kind in the workspace</source>
        <translation>工作区中没有此类集团</translation>
    </message>
    <message>
        <source>Cannot write the PNG image %1</source>
        <translation>无法写入 PNG 图像 %1</translation>
    </message>
    <message>
        <source>Chart from Plenipo</source>
        <translation>Plenipo 图表</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>将图表另存为 SVG</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>无法保存图表</translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseEditor</name>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n 处方括号内案文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alternative group(s)</source>
        <translation>
            <numerusform>%n 组备选案文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s) agreed (%2%)</source>
        <translation>
            <numerusform>%n 个词中已商定 %1 个（%2%）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed deletion(s)</source>
        <translation>
            <numerusform>%n 处拟议删除</numerusform>
        </translation>
    </message>
    <message>
        <source>ad referendum</source>
        <translation>待核准</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is "2 alternative groups", %2 is "5 options"</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n 个选项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseView</name>
    <message>
        <source>&amp;Save revision</source>
        <translation>保存修订(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Compare with &amp;norm</source>
        <translation>与规范比较(&amp;N)</translation>
    </message>
    <message>
        <source>Compare with &amp;predecessor</source>
        <translation>与前身比较(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation>比较所选(&amp;C)</translation>
    </message>
    <message>
        <source>Note for this revision (what changed, who asked)</source>
        <translation>本修订的说明（改了什么，应谁要求）</translation>
    </message>
    <message>
        <source>Word-by-word comparison with the norm this clause derives from</source>
        <translation>与本条款所依据的规范逐词比较</translation>
    </message>
    <message>
        <source>Word-by-word comparison with the clause it descends from</source>
        <translation>与本条款所源自的条款逐词比较</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; (select two revisions to compare them)</source>
        <translation>&lt;b&gt;历史&lt;/b&gt;（选择两个修订进行比较）</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>无工作区</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>Choose a process, document, clause or norm in the navigator.</source>
        <translation>请在导航栏中选择进程、文件、条款或规范。</translation>
    </message>
    <message>
        <source>Unsaved clause text</source>
        <translation>条款案文未保存</translation>
    </message>
    <message>
        <source>Clause not found</source>
        <translation>未找到条款</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>Derives from:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>Descends from:</source>
        <translation>源自：</translation>
    </message>
    <message>
        <source>Current text (revision %1 of %2): edit it and save a new revision</source>
        <translation>当前案文（第 %1 次修订，共 %2 次）：编辑后保存为新修订</translation>
    </message>
    <message>
        <source>Current text (revision %1 of %2), read-only</source>
        <translation>当前案文（第 %1 次修订，共 %2 次），只读</translation>
    </message>
    <message>
        <source>Earlier text: revision %1 of %2 (read-only)</source>
        <translation>较早案文：第 %1 次修订，共 %2 次（只读）</translation>
    </message>
    <message>
        <source>The text of paragraph %1 has changed. Save it as a new revision?</source>
        <translation>第 %1 段的案文已更改。是否保存为新修订？</translation>
    </message>
</context>
<context>
    <name>Plenipo::CoalitionView</name>
    <message>
        <source>Text Most Accept</source>
        <translation>多数接受的案文</translation>
    </message>
    <message>
        <source>Largest Text</source>
        <translation>最大案文</translation>
    </message>
    <message>
        <source>What Would It Take?</source>
        <translation>需要什么条件？</translation>
    </message>
    <message>
        <source>Derive Coalition Document...</source>
        <translation>生成联盟文件...</translation>
    </message>
    <message>
        <source>States by code or name, separated by commas: FRA, Germany, ...</source>
        <translation>按代码或名称列出国家，以逗号分隔：FRA, 德国, ...</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Fails because of</source>
        <translation>未通过的原因</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <source>Check a clause to keep it in suggested texts; right-click a failing clause or alternative to try a what-if</source>
        <translation>勾选条款可将其保留在建议案文中；右键单击未通过的条款或备选案文可进行假设分析</translation>
    </message>
    <message>
        <source>Suggestions appear here: the text most members accept, the largest text at least N members accept, or what a state outside would need changed to join.</source>
        <translation>建议显示在此处：多数成员接受的案文、至少 N 个成员接受的最大案文，或外部国家加入所需的修改。</translation>
    </message>
    <message>
        <source>Create a document with the clauses this coalition accepts and its members as adherents (no positions or notes)</source>
        <translation>创建一份文件，包含本联盟接受的条款，并以其成员为加入国（不含立场或说明）</translation>
    </message>
    <message>
        <source>states that must be in (optional)</source>
        <translation>必须加入的国家（可选）</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>至少 </translation>
    </message>
    <message>
        <source> states</source>
        <translation> 个国家</translation>
    </message>
    <message>
        <source>The text (clauses and alternatives) accepted by the most coalition members, with the must-be-in states and the checked clauses</source>
        <translation>在包括必须加入的国家和所勾选条款的前提下，为最多联盟成员接受的案文（条款和备选案文）</translation>
    </message>
    <message>
        <source>The text with the most clauses that at least this many coalition members accept</source>
        <translation>至少为这么多联盟成员接受、条款最多的案文</translation>
    </message>
    <message>
        <source>Coalition:</source>
        <translation>联盟：</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Outside:</source>
        <translation>外部：</translation>
    </message>
    <message>
        <source>Coalition text</source>
        <translation>联盟案文</translation>
    </message>
    <message>
        <source>What if %1 supported %2?</source>
        <translation>如果 %1 支持 %2，会怎样？</translation>
    </message>
    <message>
        <source>the clause</source>
        <translation>该条款</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n)</source>
        <translation>
            <numerusform>%1：%2（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>进程 %1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-picked states...</source>
        <translation>手动选择的国家...</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Coalition&lt;/b&gt;: select a document or a clause</source>
        <translation>&lt;b&gt;联盟&lt;/b&gt;：请选择文件或条款</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coalition&lt;/b&gt; on %1 &amp;ndash; %2</source>
        <translation>&lt;b&gt;联盟&lt;/b&gt;：%1 &amp;ndash; %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n state(s)) accepts &lt;b&gt;%2 of %3&lt;/b&gt; clauses.</source>
        <translation>
            <numerusform>%1（%n 个国家）接受 &lt;b&gt;%3 项条款中的 %2 项&lt;/b&gt;。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(with %n what-if stance(s))</source>
        <translation>
            <numerusform>（含 %n 个假设立场）</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not accepted as a whole by: %1</source>
        <translation>不接受整个条款的国家：%1</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（可选）</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已删去</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>采用 %1</translation>
    </message>
    <message>
        <source>no alternative</source>
        <translation>无备选案文</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选定</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>未接受</translation>
    </message>
    <message>
        <source>Adherents: %1</source>
        <translation>加入国：%1</translation>
    </message>
    <message>
        <source>No clause is accepted by every member.</source>
        <translation>没有任何条款为所有成员接受。</translation>
    </message>
    <message>
        <source>The hand-picked states</source>
        <translation>手动选择的国家</translation>
    </message>
    <message>
        <source>Derive Coalition Document</source>
        <translation>生成联盟文件</translation>
    </message>
    <message>
        <source>Symbol of the new document (the clauses %1 accepts, with its members as adherents):</source>
        <translation>新文件的文号（包含 %1 接受的条款，并以其成员为加入国）：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot derive the coalition document</source>
        <translation>无法生成联盟文件</translation>
    </message>
    <message>
        <source>Unknown states in "must be in": %1</source>
        <translation>“必须加入”中有未知国家：%1</translation>
    </message>
    <message>
        <source>The text most members accept</source>
        <translation>多数成员接受的案文</translation>
    </message>
    <message>
        <source>No text keeps every checked clause with every must-be-in state.</source>
        <translation>没有一份案文能在包括所有必须加入的国家的同时保留所有勾选的条款。</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation>（精确）</translation>
    </message>
    <message>
        <source> (heuristic)</source>
        <translation>（启发式）</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未包括：%1</translation>
    </message>
    <message numerus="yes">
        <source>The largest text at least %n member(s) accept</source>
        <translation>
            <numerusform>至少 %n 个成员接受的最大案文</numerusform>
        </translation>
    </message>
    <message>
        <source>No text with the checked clauses is accepted by that many members.</source>
        <translation>没有包含所勾选条款的案文能为这么多成员接受。</translation>
    </message>
    <message>
        <source>What %1 would need to join</source>
        <translation>%1 加入所需的条件</translation>
    </message>
    <message>
        <source>%1 is a member of this coalition.</source>
        <translation>%1 是本联盟的成员。</translation>
    </message>
    <message>
        <source>%1 already accepts the whole coalition text.</source>
        <translation>%1 已接受整个联盟案文。</translation>
    </message>
    <message>
        <source>Paragraph %1: drop it (no version suits both).</source>
        <translation>第 %1 段：删去（没有双方都能接受的版本）。</translation>
    </message>
    <message>
        <source>Paragraph %1: in %2, take %3 instead of %4.</source>
        <translation>第 %1 段：在 %2 中采用 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Derived %1 with %n clause(s) and %2.</source>
        <translation>
            <numerusform>已生成 %1，含 %n 项条款和 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adherent(s)</source>
        <translation>
            <numerusform>%n 个加入国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 states accept %n clause(s)%3: %4</source>
        <translation>
            <numerusform>%2 个国家中有 %1 个接受 %n 项条款%3：%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)%1, accepted by %2: %3</source>
        <extracomment>%1 " (exact)" or " (heuristic)", %2 "12 states", %3 their names</extracomment>
        <translation>
            <numerusform>%n 项条款%1，为 %2 所接受：%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n 个国家</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no recorded position on any paragraph of %2. Record its positions first: until then nothing shows what it would need changed to join.</source>
        <translation>%1 在 %2 的任何段落上都没有记录的立场。请先记录其立场：在此之前，无法显示需要作出哪些修改才能使其加入。</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandGuard</name>
    <message>
        <source>The change was not made</source>
        <translation>未作更改</translation>
    </message>
    <message>
        <source>%1 failed: nothing was changed.</source>
        <translation>“%1”失败：未作任何更改。</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Create a workspace: the UN member states, or the bundled sample with --sample</source>
        <translation>创建工作区：联合国会员国，或使用 --sample 创建随附示例</translation>
    </message>
    <message>
        <source>Summarise a workspace: counts of states, groups, processes, norms, documents, clauses, positions</source>
        <translation>概述工作区：国家、集团、进程、规范、文件、条款、立场的数量</translation>
    </message>
    <message>
        <source>Consensus analysis of a document: status of every clause, blockers, landing zones (--document SYMBOL [--process NAME] [--json])</source>
        <translation>文件的协商一致分析：每项条款的状态、阻碍国、可达成一致的范围（--document SYMBOL [--process NAME] [--json]）</translation>
    </message>
    <message>
        <source>Create a synthetic workspace for benchmarks (--states N --clauses N --alternatives N FILE)</source>
        <translation>创建用于性能测试的合成工作区（--states N --clauses N --alternatives N FILE）</translation>
    </message>
    <message>
        <source>Check clause markup (check FILE|-) or count brackets and words (stats FILE|- [--json])</source>
        <translation>检查条款标记（check FILE|-）或统计方括号和词数（stats FILE|- [--json]）</translation>
    </message>
    <message>
        <source>Compare two documents, clauses, revisions or a norm with a clause, word by word</source>
        <translation>逐词比较两份文件、两项条款、两个修订，或一项规范与一项条款</translation>
    </message>
    <message>
        <source>Export a document: Word, PDF, ODT, Akoma Ntoso or CSV (--document SYMBOL --format FORMAT [--coalition NAME] [--include-internal] -o OUT)</source>
        <translation>导出文件：Word、PDF、ODT、Akoma Ntoso 或 CSV（--document SYMBOL --format FORMAT [--coalition NAME] [--include-internal] -o OUT）</translation>
    </message>
    <message>
        <source>Usage: plenipo [FILE]               open the workbench (on FILE, or the last workspace, or the sample)
       plenipo COMMAND [OPTIONS]    work without a display
       plenipo --version | --help

Commands:
</source>
        <translation>用法：plenipo [FILE]               打开工作台（打开 FILE、上次的工作区或示例）
      plenipo COMMAND [OPTIONS]    无显示器工作
      plenipo --version | --help

命令：
</translation>
    </message>
    <message>
        <source>
Run 'plenipo COMMAND --help' for a command's options.
Workbench options: --sample (the bundled sample workspace), --read-only (open FILE without editing), --screenshot PNG (save a picture of the window and quit), --select SYMBOL#NUMBER (show a clause), --language CODE (the interface language).
</source>
        <translation>
运行“plenipo COMMAND --help”查看命令的选项。
工作台选项：--sample（随附的示例工作区）、--read-only（以只读方式打开 FILE）、--screenshot PNG（保存窗口图片后退出）、--select SYMBOL#NUMBER（显示一项条款）、--language CODE（界面语言）。
</translation>
    </message>
    <message>
        <source>unknown command '%1' (see plenipo --help)</source>
        <translation>未知命令“%1”（参见 plenipo --help）</translation>
    </message>
    <message>
        <source>Create a new workspace FILE holding the 193 UN member states with their regional groups. With --sample, also the processes, the 2015 norms, a sample draft and illustrative positions.</source>
        <translation>创建新工作区 FILE，包含 193 个联合国会员国及其区域集团。使用 --sample 时，还包括各进程、2015 年规范、一份示例草案和示意性立场。</translation>
    </message>
    <message>
        <source>Create the bundled sample workspace.</source>
        <translation>创建随附的示例工作区。</translation>
    </message>
    <message>
        <source>The workspace to create (*.plenipo).</source>
        <translation>要创建的工作区（*.plenipo）。</translation>
    </message>
    <message>
        <source>new: expected one FILE
</source>
        <translation>new：需要一个 FILE
</translation>
    </message>
    <message>
        <source>Created %1 (sample workspace)</source>
        <translation>已创建 %1（示例工作区）</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Summarise the workspace FILE (read-only).</source>
        <translation>概述工作区 FILE（只读）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>A workspace (*.plenipo).</source>
        <translation>工作区（*.plenipo）。</translation>
    </message>
    <message>
        <source>info: expected one FILE
</source>
        <translation>info：需要一个 FILE
</translation>
    </message>
    <message>
        <source>Print the consensus analysis of a document (read-only): the status of every clause (agreed, agreed ad referendum, open, contested, blocked), blockers, silent members, reservations, landing zones, and the document's counts. The members are those of --process, else of the document's process, else every UN member state.</source>
        <translation>输出文件的协商一致分析（只读）：每项条款的状态（已商定、已商定待核准、未决、有争议、受阻）、阻碍国、未表态成员、保留、可达成一致的范围以及文件的统计数字。成员为 --process 的成员，否则为文件所属进程的成员，否则为所有联合国会员国。</translation>
    </message>
    <message>
        <source>The document's symbol.</source>
        <translation>文件的文号。</translation>
    </message>
    <message>
        <source>A process code or name.</source>
        <translation>进程代码或名称。</translation>
    </message>
    <message>
        <source>consensus: expected WORKSPACE and --document SYMBOL
</source>
        <translation>consensus：需要 WORKSPACE 和 --document SYMBOL
</translation>
    </message>
    <message>
        <source>consensus: %1 has no document '%2'</source>
        <translation>consensus：%1 中没有文件“%2”</translation>
    </message>
    <message>
        <source>consensus: %1 has no process '%2'</source>
        <translation>consensus：%1 中没有进程“%2”</translation>
    </message>
    <message>
        <source>Create a synthetic workspace FILE: STATES states positioned on every clause and every alternative of one document of CLAUSES clauses with one bracketed group of ALTERNATIVES alternatives each. The same seed gives the same file.</source>
        <translation>创建合成工作区 FILE：一份文件含 CLAUSES 项条款，每项条款含一组 ALTERNATIVES 个方括号内备选案文，STATES 个国家对每项条款和每个备选案文都有立场。相同的种子生成相同的文件。</translation>
    </message>
    <message>
        <source>Number of states (default 193).</source>
        <translation>国家数（默认 193）。</translation>
    </message>
    <message>
        <source>Number of clauses (default 2000).</source>
        <translation>条款数（默认 2000）。</translation>
    </message>
    <message>
        <source>Alternatives per clause (default 3).</source>
        <translation>每项条款的备选案文数（默认 3）。</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>generate: expected one FILE
</source>
        <translation>generate：需要一个 FILE
</translation>
    </message>
    <message>
        <source>generate: --states, --clauses, --alternatives and --seed take whole numbers</source>
        <translation>generate：--states、--clauses、--alternatives 和 --seed 须为整数</translation>
    </message>
    <message>
        <source>Created %1: %2, %3, %4</source>
        <extracomment>%1 is the file; then "193 states", "2000 clauses", "1544000 positions"</extracomment>
        <translation>已创建 %1：%2、%3、%4</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n 个国家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n 项条款</numerusform>
        </translation>
    </message>
    <message>
        <source>check: print each markup problem as FILE:LINE:COL: message; exit status 1 if there are errors.
stats: count bracketed spans, alternative groups, options and words per clause and in total.
FILE holds clauses separated by blank lines; - reads standard input. The markup is described in docs/markup.md.</source>
        <translation>check：以 FILE:LINE:COL: 消息 的格式输出每个标记问题；有错误时退出状态为 1。
stats：按条款及总计统计方括号内案文、备选案文组、选项和词数。
FILE 中的条款以空行分隔；- 表示读取标准输入。标记说明见 docs/markup.md。</translation>
    </message>
    <message>
        <source>stats: print JSON.</source>
        <translation>stats：输出 JSON。</translation>
    </message>
    <message>
        <source>Check attributions against the states and groups of WORKSPACE.</source>
        <translation>根据 WORKSPACE 中的国家和集团检查归属标注。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <source>A markup file, or - for standard input.</source>
        <translation>标记文件，或 - 表示标准输入。</translation>
    </message>
    <message>
        <source>markup: expected 'check FILE' or 'stats FILE'
</source>
        <translation>markup：需要“check FILE”或“stats FILE”
</translation>
    </message>
    <message>
        <source>%1: %2, no errors, %3</source>
        <translation>%1：%2，无错误，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, no errors</source>
        <translation>%1：%2，无错误</translation>
    </message>
    <message>
        <source>Compare words case-insensitively.</source>
        <translation>比较时不区分大小写。</translation>
    </message>
    <message>
        <source>Do not count punctuation-only changes.</source>
        <translation>不计仅涉及标点的修改。</translation>
    </message>
    <message>
        <source>docx: write the comparison as a Word document with tracked changes (needs -o).</source>
        <translation>docx：将比较结果写为带修订标记的 Word 文件（需要 -o）。</translation>
    </message>
    <message>
        <source>The file to write (with --format).</source>
        <translation>要写入的文件（与 --format 一起使用）。</translation>
    </message>
    <message>
        <source>The older text.</source>
        <translation>较早的案文。</translation>
    </message>
    <message>
        <source>The newer text.</source>
        <translation>较新的案文。</translation>
    </message>
    <message>
        <source>compare: expected WORKSPACE A B
</source>
        <translation>compare：需要 WORKSPACE A B
</translation>
    </message>
    <message>
        <source>compare: --format must be docx (got '%1')</source>
        <translation>compare：--format 必须为 docx（收到“%1”）</translation>
    </message>
    <message>
        <source>compare: --format docx needs -o OUT</source>
        <translation>compare：--format docx 需要 -o OUT</translation>
    </message>
    <message>
        <source>Wrote %1: %2 -&gt; %3 with tracked changes</source>
        <translation>已写入 %1：%2 -&gt; %3，带修订标记</translation>
    </message>
    <message>
        <source>akn, docx, txt or csv (default: from the file name).</source>
        <translation>akn、docx、txt 或 csv（默认：根据文件名）。</translation>
    </message>
    <message>
        <source>csv: import the valid rows even when other rows have errors.</source>
        <translation>csv：即使其他行有错误，也导入有效行。</translation>
    </message>
    <message>
        <source>Check and report; write nothing.</source>
        <translation>检查并报告；不写入任何内容。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 输出报告。</translation>
    </message>
    <message>
        <source>docx, txt: the new document's symbol (default: the file name).</source>
        <translation>docx、txt：新文件的文号（默认：文件名）。</translation>
    </message>
    <message>
        <source>docx, txt: the title (default: the first unnumbered paragraph).</source>
        <translation>docx、txt：标题（默认：第一个未编号段落）。</translation>
    </message>
    <message>
        <source>docx, txt: the process code.</source>
        <translation>docx、txt：进程代码。</translation>
    </message>
    <message>
        <source>import: expected WORKSPACE FILE
</source>
        <translation>import：需要 WORKSPACE FILE
</translation>
    </message>
    <message>
        <source>import: unknown format '%1' (expected %2)</source>
        <translation>import：未知格式“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>import: nothing was imported; --accept-valid imports the valid rows</source>
        <translation>import：未导入任何内容；--accept-valid 可导入有效行</translation>
    </message>
    <message>
        <source>import: nothing was imported (see the errors above)</source>
        <translation>import：未导入任何内容（见上述错误）</translation>
    </message>
    <message>
        <source>Export a document of WORKSPACE to OUT. Formats: %1. A coalition export (--coalition, a coalition's code or name) lists the adherent States and never contains internal notes or positions; --include-internal adds them (as Word comments) to a document export. The file is written under a temporary name and renamed when complete.</source>
        <translation>将 WORKSPACE 中的一份文件导出到 OUT。格式：%1。联盟导出（--coalition，联盟的代码或名称）列出加入国，绝不包含内部说明或立场；--include-internal 将其（作为 Word 批注）加入文件导出。文件先以临时名称写入，完成后再重命名。</translation>
    </message>
    <message>
        <source>Export for this coalition.</source>
        <translation>为该联盟导出。</translation>
    </message>
    <message>
        <source>Include internal notes and positions.</source>
        <translation>包含内部说明和立场。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>The language of the cover block, labels and state names: ar, zh, en, fr, ru or es (default en). The clause text stays as written.</source>
        <translation>封面、标签和国名的语言：ar、zh、en、fr、ru 或 es（默认 en）。条款案文保持原文。</translation>
    </message>
    <message>
        <source>export: expected one WORKSPACE
</source>
        <translation>export：需要一个 WORKSPACE
</translation>
    </message>
    <message>
        <source>export: --document, --format and -o are required
</source>
        <translation>export：必须提供 --document、--format 和 -o
</translation>
    </message>
    <message>
        <source>export: unknown format '%1' (expected one of: %2)</source>
        <translation>export：未知格式“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>export: unknown language '%1' (expected one of: %2)</source>
        <translation>export：未知语言“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>export: a coalition export never includes internal material; drop --include-internal or --coalition</source>
        <translation>export：联盟导出绝不包含内部材料；请去掉 --include-internal 或 --coalition</translation>
    </message>
    <message>
        <source>export: no document '%1' in %2</source>
        <translation>export：%2 中没有文件“%1”</translation>
    </message>
    <message>
        <source>export: no coalition '%1' in %2 (coalitions: %3)</source>
        <translation>export：%2 中没有联盟“%1”（联盟：%3）</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (%3)</source>
        <translation>已将 %1 导出到 %2（%3）</translation>
    </message>
    <message>
        <source>Exported %1 for %2 to %3 (%4)</source>
        <translation>已为 %2 将 %1 导出到 %3（%4）</translation>
    </message>
    <message>
        <source>Plenipo negotiation workbench</source>
        <translation>Plenipo 谈判工作台</translation>
    </message>
    <message>
        <source>Open FILE without editing it.</source>
        <translation>以只读方式打开 FILE。</translation>
    </message>
    <message>
        <source>Save a picture of the window to PNG and quit.</source>
        <translation>将窗口图片保存为 PNG 后退出。</translation>
    </message>
    <message>
        <source>Show the clause SYMBOL#NUMBER.</source>
        <translation>显示条款 SYMBOL#NUMBER。</translation>
    </message>
    <message>
        <source>Open the comparison of A and B.</source>
        <translation>打开 A 与 B 的比较。</translation>
    </message>
    <message>
        <source>Open the bundled sample workspace (created on first use).</source>
        <translation>打开随附的示例工作区（首次使用时创建）。</translation>
    </message>
    <message>
        <source>The interface language: ar, zh, en, fr, ru or es (default: the ui/language setting, else the system's).</source>
        <translation>界面语言：ar、zh、en、fr、ru 或 es（默认：ui/language 设置，否则为系统语言）。</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n 个立场</numerusform>
        </translation>
    </message>
    <message>
        <source>Find words in a workspace: clauses, documents, norms, position sources and notes, states (QUERY [--kind KIND] [--json])</source>
        <translation>在工作区中查找词语：条款、文件、规范、立场的来源和备注、国家（QUERY [--kind KIND] [--json]）</translation>
    </message>
    <message>
        <source>Team mode on a PostgreSQL server: init URL, user add|remove|list URL ..., push FILE URL, pull URL FILE (see plenipo server --help)</source>
        <translation>PostgreSQL 服务器上的团队模式：init URL、user add|remove|list URL ...、push FILE URL、pull URL FILE（参见 plenipo server --help）</translation>
    </message>
    <message>
        <source>Save a new revision of a clause; positions follow their words (SYMBOL#NUMBER --text T | --text-file F [--note N])</source>
        <translation>保存条款的新修订；立场随其词语而移动（SYMBOL#NUMBER --text T | --text-file F [--note N]）</translation>
    </message>
    <message>
        <source>List every position on a clause, with outdated and orphaned ones (SYMBOL#NUMBER [--json])</source>
        <translation>列出条款上的所有立场，包括过时的和失去依附的立场（SYMBOL#NUMBER [--json]）</translation>
    </message>
    <message>
        <source>consensus: cannot write the report: %1</source>
        <translation>consensus：无法写入报告：%1</translation>
    </message>
    <message>
        <source>Search WORKSPACE (read-only) for QUERY: clause texts, document symbols and titles, norms, position sources and notes, state names and aliases, ignoring case and accents. QUERY: words (all must occur), "a phrase", a prefix infra*, -word to leave out. Matches print between %1 and %2.</source>
        <extracomment>%1 and %2 are the marks printed around each match (the guillemets).</extracomment>
        <translation>在 WORKSPACE（只读）中查找 QUERY：条款案文、文件文号和标题、规范、立场的来源和备注、国家名称和别名，不区分大小写和变音符号。QUERY：词语（须全部出现）、"一个短语"、前缀 infra*、-词语 表示排除。匹配内容显示在 %1 和 %2 之间。</translation>
    </message>
    <message>
        <source>Only this kind: clause, document, norm, position or state (repeatable).</source>
        <translation>仅限此类：clause、document、norm、position 或 state（可重复）。</translation>
    </message>
    <message>
        <source>Also search every earlier revision of the clauses.</source>
        <translation>同时搜索条款的所有较早修订。</translation>
    </message>
    <message>
        <source>Also search the sources and notes of internal positions.</source>
        <translation>同时搜索内部立场的来源和备注。</translation>
    </message>
    <message>
        <source>Only in this document.</source>
        <translation>仅限此文件。</translation>
    </message>
    <message>
        <source>Only in this process's documents.</source>
        <translation>仅限此进程的文件。</translation>
    </message>
    <message>
        <source>At most N hits of each kind (default 20).</source>
        <translation>每类最多 N 个结果（默认 20）。</translation>
    </message>
    <message>
        <source>What to find (several words may follow).</source>
        <translation>要查找的内容（可跟多个词语）。</translation>
    </message>
    <message>
        <source>search: expected WORKSPACE and QUERY</source>
        <translation>search：应为 WORKSPACE 和 QUERY</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>search：%1</translation>
    </message>
    <message>
        <source>search: the query holds no word to search for</source>
        <translation>search：查询中没有要搜索的词语</translation>
    </message>
    <message>
        <source>search: unknown --kind '%1' (clause, document, norm, position or state)</source>
        <translation>search：未知的 --kind“%1”（clause、document、norm、position 或 state）</translation>
    </message>
    <message>
        <source>search: --limit takes a whole number from 1</source>
        <translation>search：--limit 须为从 1 起的整数</translation>
    </message>
    <message>
        <source>search: %1 has no document '%2'</source>
        <translation>search：%1 中没有文件“%2”</translation>
    </message>
    <message>
        <source>search: %1 has no process '%2'</source>
        <translation>search：%1 中没有进程“%2”</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>No matches for %1</source>
        <translation>没有与 %1 匹配的结果</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Earlier revisions</source>
        <translation>较早修订</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>规范</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>States</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>(+: more hits than --limit shows)</source>
        <translation>（+：结果多于 --limit 所显示的数量）</translation>
    </message>
    <message>
        <source>Compare A with B word by word. A and B are both documents or both clauses:
  SYMBOL            a document (clauses aligned through lineage, then content)
  SYMBOL#NUMBER     a paragraph's current text, e.g. A/70/174#13(f)
  SYMBOL#NUMBER@N   revision N of a paragraph
  NORM-CODE         a norm's text in its source document, e.g. GGE2015-13f
Changes print as {-deleted-}{+inserted+}.</source>
        <translation>逐词比较 A 与 B。A 和 B 须同为文件或同为条款：
  SYMBOL            一份文件（条款先按沿革、再按内容对齐）
  SYMBOL#NUMBER     某段的当前案文，例如 A/70/174#13(f)
  SYMBOL#NUMBER@N   某段的第 N 次修订
  NORM-CODE         规范在其来源文件中的案文，例如 GGE2015-13f
修改显示为 {-删除-}{+插入+}。</translation>
    </message>
    <message>
        <source>import --dry-run: the report has errors; nothing would be imported (--accept-valid would import the valid rows)</source>
        <translation>import --dry-run：报告中有错误；不会导入任何内容（--accept-valid 将导入有效的行）</translation>
    </message>
    <message>
        <source>import --dry-run: the report has errors; nothing would be imported</source>
        <translation>import --dry-run：报告中有错误；不会导入任何内容</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>%1: expected a clause SYMBOL#NUMBER, got '%2'</source>
        <translation>%1：应为条款 SYMBOL#NUMBER，实际为“%2”</translation>
    </message>
    <message>
        <source>Save TEXT as a new revision of the clause SYMBOL#NUMBER, as the clause editor's Save revision does. Every position on a bracketed span or alternative follows the words it was given on: it moves to the span of the new text holding them (its id changes with it), is marked outdated when those words changed, and is orphaned (kept, counted nowhere) when they are gone. Prints what moved, what is outdated, what is orphaned.</source>
        <translation>将 TEXT 保存为条款 SYMBOL#NUMBER 的新修订，与条款编辑器中的“保存修订”相同。方括号内片段或备选案文上的每个立场都随其所针对的词语而移动：移至新案文中包含这些词语的片段（其标识随之改变）；若这些词语已更改，则标记为过时；若这些词语已不存在，则成为失去依附的立场（保留，但不计入任何统计）。输出移动、过时和失去依附的情况。</translation>
    </message>
    <message>
        <source>The new text.</source>
        <translation>新案文。</translation>
    </message>
    <message>
        <source>Read the new text from FILE (UTF-8).</source>
        <translation>从 FILE（UTF-8）读取新案文。</translation>
    </message>
    <message>
        <source>The revision's note.</source>
        <translation>修订的备注。</translation>
    </message>
    <message>
        <source>SYMBOL#NUMBER, e.g. %1</source>
        <translation>SYMBOL#NUMBER，例如 %1</translation>
    </message>
    <message>
        <source>revise: expected WORKSPACE SYMBOL#NUMBER and one of --text, --text-file</source>
        <translation>revise：应为 WORKSPACE SYMBOL#NUMBER 以及 --text、--text-file 之一</translation>
    </message>
    <message>
        <source>revise: cannot read %1: %2</source>
        <translation>revise：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>revise: %1 is not valid UTF-8</source>
        <translation>revise：%1 不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>revise: the new text is empty</source>
        <translation>revise：新案文为空</translation>
    </message>
    <message>
        <source>revise: the new text has markup errors; the first, at line %1, column %2: %3</source>
        <translation>revise：新案文有标记错误；第一个错误位于第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>No change: %1 already has this text</source>
        <translation>无更改：%1 已是此案文</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2</source>
        <translation>已将 %1 保存为第 %2 次修订</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) stay, same words</source>
        <translation>
            <numerusform>%1：%n 个立场不变，词语相同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n position(s) moved with their words "%3"</source>
        <translation>
            <numerusform>%1 -&gt; %2：%n 个立场随其词语“%3”移动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) now outdated, the words changed ("%2")</source>
        <translation>
            <numerusform>%1：%n 个立场现已过时，词语已更改（“%2”）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) kept as history: "%2" is now agreed text</source>
        <translation>
            <numerusform>%1：%n 个立场作为历史保留：“%2”现为商定案文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) orphaned, their words "%2" are gone</source>
        <translation>
            <numerusform>%1：%n 个立场失去依附，其词语“%2”已不存在</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions on alternatives: %1 unchanged, %2 moved, %3 outdated, %4 orphaned, %5 agreed</source>
        <translation>备选案文上的立场：%1 个不变，%2 个移动，%3 个过时，%4 个失去依附，%5 个已商定</translation>
    </message>
    <message>
        <source>Positions on the whole clause: %1 now outdated (the clause's text changed)</source>
        <translation>整个条款上的立场：%1 个现已过时（条款案文已更改）</translation>
    </message>
    <message>
        <source>List every position on the clause SYMBOL#NUMBER and its alternatives (read-only): state, stance, alternative id, the words of that alternative, source, and whether it is outdated (given on words that changed since) or orphaned (its words are gone; not counted by consensus, coalitions or exports).</source>
        <translation>列出条款 SYMBOL#NUMBER 及其备选案文上的所有立场（只读）：国家、立场、备选案文标识、该备选案文的词语、来源，以及立场是否过时（针对此后已更改的词语表明）或失去依附（其词语已不存在；协商一致、联盟和导出均不计入）。</translation>
    </message>
    <message>
        <source>positions: expected WORKSPACE SYMBOL#NUMBER</source>
        <translation>positions：应为 WORKSPACE SYMBOL#NUMBER</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s), %2 outdated, %3 orphaned, %4 kept as history of agreed text</source>
        <translation>
            <numerusform>%1：%n 个立场，%2 个过时，%3 个失去依附，%4 个作为商定案文的历史保留</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a screen (with --screenshot: photograph it); "list" lists them.</source>
        <translation>显示一个界面（与 --screenshot 合用时截取其图像）；“list”列出所有界面。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x720.</source>
        <translation>窗口大小，例如 1280x720。</translation>
    </message>
    <message>
        <source>Dark colours (Fusion style).</source>
        <translation>深色配色（Fusion 风格）。</translation>
    </message>
    <message>
        <source>Import a file into a workspace: Akoma Ntoso, a draft (.docx, .txt) or positions (.csv); prints the import report. With a folder or several files: every Akoma Ntoso resolution in one run</source>
        <translation>将文件导入工作区：Akoma Ntoso、草案（.docx、.txt）或立场（.csv）；输出导入报告。使用文件夹或多个文件时：一次运行导入所有 Akoma Ntoso 决议</translation>
    </message>
    <message>
        <source>Voting alignment over the recorded votes: agreement matrix, closest and most distant states, vote map (--agreement | --closest ISO3 | --map [--since S] [--match TEXT])</source>
        <translation>基于记录表决的投票一致性：一致度矩阵、最接近和最疏远的国家、表决分布图（--agreement | --closest ISO3 | --map [--since S] [--match TEXT]）</translation>
    </message>
    <message>
        <source>Trace a norm or a clause through the workspace's texts by shared word sequences (NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv])</source>
        <translation>通过共有词序列在工作区各案文中追溯某项规范或条款（NORM|SYMBOL#NUMBER [--min-similarity S] [--json|--csv]）</translation>
    </message>
    <message>
        <source>Import FILE into WORKSPACE and print the import report: what was created and every problem with its line. Formats: akn (Akoma Ntoso: a Plenipo export or a UN resolution with its recorded vote), docx or txt (a draft: paragraphs become clauses), csv (positions; see README). Nothing is written when the report has errors; for csv, --accept-valid imports the valid rows anyway. Exit status 1 when nothing was imported.

With a folder (searched for *.xml and *.akn) or several files: a bulk import of Akoma Ntoso resolutions, one transaction per file, a line per file and the totals; a file whose document is already in the workspace is skipped (--replace: replaced). Exit status 1 when a file failed.</source>
        <translation>将 FILE 导入 WORKSPACE 并输出导入报告：创建了什么，以及每个问题及其所在行。格式：akn（Akoma Ntoso：Plenipo 导出文件，或附有记录表决的联合国决议）、docx 或 txt（草案：各段成为条款）、csv（立场；见 README）。报告有错误时不写入任何内容；对于 csv，--accept-valid 仍导入有效行。未导入任何内容时退出状态为 1。

使用文件夹（在其中查找 *.xml 和 *.akn）或多个文件时：批量导入 Akoma Ntoso 决议，每个文件一个事务，每个文件输出一行，并输出总计；决议已在工作区中的文件将被跳过（--replace：替换该决议）。有文件导入失败时退出状态为 1。</translation>
    </message>
    <message>
        <source>akn: replace a document already in the workspace instead of skipping it.</source>
        <translation>akn：替换工作区中已有的文件，而不是跳过。</translation>
    </message>
    <message>
        <source>Bulk import: list every file's warnings and errors.</source>
        <translation>批量导入：列出每个文件的警告和错误。</translation>
    </message>
    <message>
        <source>The file, files or folders to import.</source>
        <translation>要导入的一个或多个文件或文件夹。</translation>
    </message>
    <message>
        <source>DIR|FILE...</source>
        <translation>DIR|FILE...</translation>
    </message>
    <message>
        <source>import: a bulk import (a folder or several files) takes Akoma Ntoso files only, with --replace, --json and --verbose</source>
        <translation>import：批量导入（文件夹或多个文件）只接受 Akoma Ntoso 文件，且只能使用 --replace、--json 和 --verbose 选项</translation>
    </message>
    <message>
        <source>Voting alignment over the workspace's recorded votes (read-only). Agreement of two states: per vote both took part in, 1 when they vote the same, 0.5 when one abstains, 0 when they vote opposite; absences left out.
--agreement: the matrix of every pair of UN member states (rows and columns in the order of a hierarchical clustering), --closest ISO3: every other state by agreement with ISO3, --map: the two principal components of the votes with the share of variance each explains, and the blocs (--blocs N) compared with the regional groups.</source>
        <translation>基于工作区记录表决的投票一致性（只读）。两国的一致度：在两国都参加的每次表决中，投票相同为 1，一方弃权为 0.5，投票相反为 0；缺席不计。
--agreement：所有联合国会员国两两之间的矩阵（行和列按层次聚类的顺序排列），--closest ISO3：按与 ISO3 的一致度排列的所有其他国家，--map：表决的两个主成分及其各自解释的方差比例，以及与区域集团相比较的表决集团（--blocs N）。</translation>
    </message>
    <message>
        <source>Only votes of this session or later (74).</source>
        <translation>仅限本届会议或以后各届会议的表决（74）。</translation>
    </message>
    <message>
        <source>Only votes of this session or earlier.</source>
        <translation>仅限本届会议或以前各届会议的表决。</translation>
    </message>
    <message>
        <source>Only votes on documents whose title or text contains TEXT.</source>
        <translation>仅限标题或案文包含 TEXT 的文件的表决。</translation>
    </message>
    <message>
        <source>Only these documents (comma-separated).</source>
        <translation>仅限这些文件（以逗号分隔）。</translation>
    </message>
    <message>
        <source>The agreement matrix.</source>
        <translation>一致度矩阵。</translation>
    </message>
    <message>
        <source>States closest and most distant to ISO3.</source>
        <translation>与 ISO3 最接近和最疏远的国家。</translation>
    </message>
    <message>
        <source>The vote map (principal components) and blocs.</source>
        <translation>表决分布图（主成分）和表决集团。</translation>
    </message>
    <message>
        <source>--map: cut the clustering into N blocs (6).</source>
        <translation>--map：将聚类划分为 N 个表决集团（6）。</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>JSON 输出。</translation>
    </message>
    <message>
        <source>CSV output.</source>
        <translation>CSV 输出。</translation>
    </message>
    <message>
        <source>--agreement: save the heat map, --map: the vote map, as PNG.</source>
        <translation>将 PNG 保存为：--agreement 时为热图，--map 时为表决分布图。</translation>
    </message>
    <message>
        <source>votes: %1 has no recorded vote matching the selection</source>
        <translation>votes：%1 中没有与所选范围相符的记录表决</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s), %1 states</source>
        <translation>
            <numerusform>%n 次记录表决，%1 个国家</numerusform>
        </translation>
    </message>
    <message>
        <source>votes: --png goes with --agreement or --map</source>
        <translation>votes：--png 须与 --agreement 或 --map 一起使用</translation>
    </message>
    <message>
        <source>votes: cannot write %1</source>
        <translation>votes：无法写入 %1</translation>
    </message>
    <message>
        <source>votes: '%1' is not a UN member state of %2</source>
        <translation>votes：“%1”不是 %2 中的联合国会员国</translation>
    </message>
    <message numerus="yes">
        <source>UN General Assembly: %n recorded vote(s)</source>
        <translation>
            <numerusform>联合国大会：%n 次记录表决</numerusform>
        </translation>
    </message>
    <message>
        <source>Every paragraph of the workspace whose wording derives from a norm (its source clause, else its summary) or a clause SYMBOL#NUMBER, found by shared sequences of three words (shingles), ranked by similarity (the share of the source's word sequences the paragraph contains), each with its word diff against the source. With --table: the norm x document table of every norm's best match in every document.</source>
        <translation>工作区中措辞源自某项规范（其来源条款，否则为其摘要）或某项条款 SYMBOL#NUMBER 的每个段落：通过共有的三词序列（shingle）查找，按相似度（段落所含来源词序列的比例）排序，每个段落均附与来源的逐词差异比较。使用 --table 时：规范 × 文件表，列出每项规范在每份文件中的最佳匹配。</translation>
    </message>
    <message>
        <source>Leave out matches below S (0..1, default 0.3).</source>
        <translation>略去相似度低于 S 的匹配（0..1，默认 0.3）。</translation>
    </message>
    <message>
        <source>The norm x document table of every norm (no SOURCE).</source>
        <translation>所有规范的规范 × 文件表（无 SOURCE）。</translation>
    </message>
    <message>
        <source>A norm code (GGE2015-13f) or SYMBOL#NUMBER.</source>
        <translation>规范代码（GGE2015-13f）或 SYMBOL#NUMBER。</translation>
    </message>
    <message>
        <source>trace: expected WORKSPACE NORM|SYMBOL#NUMBER (or WORKSPACE --table), --min-similarity between 0 and 1
</source>
        <translation>trace：需要 WORKSPACE NORM|SYMBOL#NUMBER（或 WORKSPACE --table），--min-similarity 介于 0 和 1 之间
</translation>
    </message>
    <message>
        <source>trace: %1 has no norm or clause '%2' (a norm code such as GGE2015-13f, or SYMBOL#NUMBER)</source>
        <translation>trace：%1 中没有规范或条款“%2”（应为规范代码，如 GGE2015-13f，或 SYMBOL#NUMBER）</translation>
    </message>
    <message>
        <source>votes: no document %1 in the workspace</source>
        <translation>votes：工作区中没有文件 %1</translation>
    </message>
    <message>
        <source>votes: %1 has no paragraph %2</source>
        <translation>votes：%1 没有第 %2 段</translation>
    </message>
    <message>
        <source>votes: --alternative needs a clause, SYMBOL#NUMBER</source>
        <translation>votes：--alternative 需要指定一项条款，即 SYMBOL#NUMBER</translation>
    </message>
    <message>
        <source>%1, alternative %2</source>
        <translation>%1，备选案文 %2</translation>
    </message>
    <message>
        <source>%1: no state has a recorded position here, so there is nothing to predict from.</source>
        <translation>%1：此处没有任何国家有记录的立场，因此无从预测。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance (predicted, not recorded):</source>
        <translation>
            <numerusform>%1：%n 个未表态成员有可能立场（为预测所得，并非有记录的立场）：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ≈ %2 (predicted), confidence %3%, from %4 states</source>
        <extracomment>%1 ISO3 code, %2 the stance, %3 a percentage, %4 how many states it rests on</extracomment>
        <translation>%1  ≈ %2（预测），置信度 %3%，依据 %4 个国家</translation>
    </message>
    <message>
        <source>no likely stance (no state shares enough of the selected votes): %1</source>
        <translation>无可能立场（没有任何国家与其共同参加足够多的所选表决）：%1</translation>
    </message>
    <message>
        <source>Likely stances of the members who said nothing on TARGET: SYMBOL (the document as a whole) or SYMBOL#NUMBER (a clause), predicted from the states that vote most like each one. Predictions, never recorded positions.</source>
        <translation>对 TARGET 未表态的成员的可能立场：TARGET 为 SYMBOL（整个文件）或 SYMBOL#NUMBER（一项条款），根据与各成员投票最相似的国家预测。仅为预测，绝非有记录的立场。</translation>
    </message>
    <message>
        <source>--likely SYMBOL#NUMBER: on this alternative of the clause (g1.2).</source>
        <translation>--likely SYMBOL#NUMBER：针对该条款的此备选案文（g1.2）。</translation>
    </message>
    <message>
        <source>How often the likely stances are right: leave-one-out over the selected votes (each state's recorded vote predicted from the others'), per session and overall, against predicting its regional group's majority.</source>
        <translation>可能立场的预测正确率：对所选表决采用留一法（根据其他国家的记录表决预测每个国家的记录表决），按届会和总体统计，并与按其区域集团多数预测的结果相比较。</translation>
    </message>
    <message>
        <source>votes: expected WORKSPACE and one of --agreement, --closest ISO3, --map, --likely TARGET, --accuracy (and at most one of --json, --csv)
</source>
        <translation>votes：需要 WORKSPACE 以及 --agreement、--closest ISO3、--map、--likely TARGET、--accuracy 中的一项（--json、--csv 至多一项）
</translation>
    </message>
    <message>
        <source>votes: --alternative goes with --likely SYMBOL#NUMBER</source>
        <translation>votes：--alternative 须与 --likely SYMBOL#NUMBER 一起使用</translation>
    </message>
    <message>
        <source>%1: %2% of %3 recorded choices predicted right (regional group majority: %4%)</source>
        <extracomment>%1 is "session 74" or "overall"; %2 and %4 percentages, %3 a count</extracomment>
        <translation>%1：在 %3 个有记录的投票选择中，预测正确率为 %2%（按区域集团多数预测：%4%）</translation>
    </message>
    <message>
        <source>%1; mean agreement per state (clustering order):</source>
        <translation>%1；各国的平均一致度（按聚类顺序）：</translation>
    </message>
    <message>
        <source>%1; closest to %2 (%3):</source>
        <extracomment>%1 "96 recorded votes, 193 states", %2 ISO3 code, %3 the state's name</extracomment>
        <translation>%1；与 %2（%3）最接近的国家：</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n vote(s))</source>
        <extracomment>%1 ISO3 code, %2 agreement (0 to 1)</extracomment>
        <translation>
            <numerusform>%1  %2  （%n 次表决）</numerusform>
        </translation>
    </message>
    <message>
        <source>most distant:</source>
        <translation>最疏远的国家：</translation>
    </message>
    <message>
        <source>no vote in common: %1</source>
        <translation>没有共同参加的表决：%1</translation>
    </message>
    <message>
        <source>axis 1 explains %1% of the variance, axis 2 %2%</source>
        <translation>轴 1 解释了 %1% 的方差，轴 2 解释了 %2%</translation>
    </message>
    <message>
        <source>%1  %2  %3  bloc %4  %5</source>
        <extracomment>%1 ISO3 code, %2 and %3 the coordinates, %4 the bloc's number, %5 regional group</extracomment>
        <translation>%1  %2  %3  表决集团 %4  %5</translation>
    </message>
    <message>
        <source>blocs vs regional groups: adjusted Rand index %1, purity %2</source>
        <translation>表决集团与区域集团比较：调整兰德指数 %1，纯度 %2</translation>
    </message>
    <message>
        <source>bloc %1: %2</source>
        <translation>表决集团 %1：%2</translation>
    </message>
    <message>
        <source>political groups in the blocs:</source>
        <translation>各表决集团中的政治集团：</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2% of its %n member(s) in bloc %3</source>
        <extracomment>%1 group code, %2 a percentage, %n its members, %3 the bloc's number</extracomment>
        <translation>
            <numerusform>%1：其 %n 个成员中有 %2% 属于表决集团 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paragraph(s) with similarity &gt;= %2</source>
        <translation>
            <numerusform>%1：%n 个段落的相似度 &gt;= %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1#%2  similarity %3</source>
        <translation>%1#%2  相似度 %3</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>第 %1 届会议</translation>
    </message>
    <message numerus="yes">
        <source>(on %n clause(s))</source>
        <extracomment>After the states of a position hit: the details are on that many clauses.</extracomment>
        <translation>
            <numerusform>（见于 %n 项条款）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>search: %n item(s) changed by another session cannot be found yet; they can be once its import is done</source>
        <translation>
            <numerusform>search：另一会话更改的 %n 项内容暂时无法搜索到；其导入完成后即可搜索</numerusform>
        </translation>
    </message>
    <message>
        <source>A workspace (*.plenipo), or a server address (postgresql://..., service=...): then what you may read there.</source>
        <translation>工作区（*.plenipo），或服务器地址（postgresql://...、service=...）：此时读取您在该服务器上有权读取的内容。</translation>
    </message>
    <message>
        <source>A workspace to open, or a server address (postgresql://..., service=...) to connect to.</source>
        <translation>要打开的工作区，或要连接的服务器地址（postgresql://...、service=...）。</translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandRunner</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销“%1”</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做“%1”</translation>
    </message>
</context>
<context>
    <name>Plenipo::Comparison</name>
    <message>
        <source>norm %1: its text (%2 paragraph %3) is not in this workspace</source>
        <translation>规范 %1：其案文（%2 第 %3 段）不在此工作区中</translation>
    </message>
    <message>
        <source>'%1' is neither a document symbol nor a norm code</source>
        <translation>“%1”既不是文件文号，也不是规范代码</translation>
    </message>
    <message>
        <source>'%1': a revision is written @1, @2, ...</source>
        <translation>“%1”：修订写作 @1、@2、……</translation>
    </message>
    <message>
        <source>'%1': no document %2</source>
        <translation>“%1”：没有文件 %2</translation>
    </message>
    <message>
        <source>'%1': document %2 has no paragraph %3</source>
        <translation>“%1”：文件 %2 没有第 %3 段</translation>
    </message>
    <message numerus="yes">
        <source>'%1': paragraph %2 has %n revision(s)</source>
        <translation>
            <numerusform>“%1”：第 %2 段有 %n 个修订</numerusform>
        </translation>
    </message>
    <message>
        <source>compare two documents or two clauses: '%1' and '%2' are not alike</source>
        <translation>请比较两份文件或两项条款：“%1”和“%2”类型不同</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>没有 ID 为 %1 的条款</translation>
    </message>
    <message>
        <source>Comparing %1 with %2 (clauses aligned through lineage, then content)</source>
        <translation>比较 %1 与 %2（条款先按沿革、再按内容对齐）</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>比较 %1 与 %2</translation>
    </message>
    <message>
        <source>Clauses: %1 matched (%2 changed, %3 renumbered, %4 moved), %5 inserted, %6 deleted</source>
        <translation>条款：对应 %1 项（其中更改 %2 项，重新编号 %3 项，移动 %4 项），插入 %5 项，删除 %6 项</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>词语：%1</translation>
    </message>
    <message>
        <source>%1 words added, %2 removed, %3 unchanged; brackets: %4 introduced, %5 resolved; alternative groups: %6 introduced, %7 resolved</source>
        <extracomment>the counts carry no plural form (several in one line)</extracomment>
        <translation>增加 %1 个词，删除 %2 个，未改 %3 个；方括号：新增 %4 处，解决 %5 处；备选案文组：新增 %6 组，解决 %7 组</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>已插入</translation>
    </message>
    <message>
        <source>inserted, split from %1</source>
        <translation>已插入，由 %1 拆分而来</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>deleted, merged into %1</source>
        <translation>已删除，并入 %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>%1, renumbered</source>
        <translation>%1，已重新编号</translation>
    </message>
    <message>
        <source>%1, moved</source>
        <translation>%1，已移动</translation>
    </message>
</context>
<context>
    <name>Plenipo::ComparisonView</name>
    <message>
        <source>Document symbol, SYMBOL#NUMBER, SYMBOL#NUMBER@REVISION or norm code</source>
        <translation>文件文号、SYMBOL#NUMBER、SYMBOL#NUMBER@REVISION 或规范代码</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Inline</source>
        <translation>行内</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>Old:</source>
        <translation>旧：</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>新：</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 项有修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n 项重新编号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n 项移动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted</source>
        <translation>
            <numerusform>%n 项插入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n 项删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n word(s) added&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;增加 %n 个词&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n removed&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;删除 %n 个&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 项未改</numerusform>
        </translation>
    </message>
    <message>
        <source>brackets: %1 introduced, %2 resolved</source>
        <translation>方括号：新增 %1 处，解决 %2 处</translation>
    </message>
    <message>
        <source>alternative groups: %1 introduced, %2 resolved</source>
        <translation>备选案文组：新增 %1 组，解决 %2 组</translation>
    </message>
    <message>
        <source>A clause of the newer document</source>
        <translation>较新文件中的一项条款</translation>
    </message>
    <message>
        <source>The clause of the older document it corresponds to, or none</source>
        <translation>较早文件中与之对应的条款，或无</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>配对(&amp;P)</translation>
    </message>
    <message>
        <source>Compare these two clauses with each other, whatever lineage and content say</source>
        <translation>无论沿革和内容如何，将这两项条款相互比较</translation>
    </message>
    <message>
        <source>Reset Pairings</source>
        <translation>重置配对</translation>
    </message>
    <message>
        <source>Pair new clause</source>
        <translation>将新条款</translation>
    </message>
    <message>
        <source>with old clause</source>
        <translation>与旧条款</translation>
    </message>
    <message>
        <source>(no counterpart)</source>
        <translation>（无对应条款）</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) matched through lineage or content</source>
        <translation>
            <numerusform>%n 项条款按沿革或内容对应</numerusform>
        </translation>
    </message>
    <message>
        <source>Export as &amp;Word with Tracked Changes...</source>
        <translation>导出为带修订标记的 Word(&amp;W)...</translation>
    </message>
    <message>
        <source>A .docx file in which every difference is a tracked change that can be accepted or rejected</source>
        <translation>一个 .docx 文件，其中每处差异都是可接受或拒绝的修订</translation>
    </message>
    <message>
        <source>Copy as &amp;Text</source>
        <translation>复制为文本(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the comparison as plain text, {-deleted-} {+inserted+}</source>
        <translation>将比较结果复制为纯文本，{-删除-} {+插入+}</translation>
    </message>
    <message>
        <source>Export Comparison as Word</source>
        <translation>将比较结果导出为 Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Wrote %1 with tracked changes</source>
        <translation>已写入 %1，带修订标记</translation>
    </message>
    <message>
        <source>Cannot export the comparison</source>
        <translation>无法导出比较结果</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>postgresql://host:5432/database?sslmode=verify-full</source>
        <translation>postgresql://主机:5432/数据库?sslmode=verify-full</translation>
    </message>
    <message>
        <source>A PostgreSQL connection URI, or libpq keywords such as service=coalition (from pg_service.conf) or host=... dbname=... user=...</source>
        <translation>PostgreSQL 连接 URI，或 libpq 关键字，例如 service=coalition（来自 pg_service.conf）或 host=... dbname=... user=...</translation>
    </message>
    <message>
        <source>as in the address</source>
        <translation>与地址中相同</translation>
    </message>
    <message>
        <source>Plenipo never stores a password. It uses the one libpq finds (PGPASSWORD, ~/.pgpass, a service file) or asks for it when the server wants one. The server decides what your login may read: another delegation's internal material never reaches you.</source>
        <translation>Plenipo 从不保存密码。它使用 libpq 找到的密码（PGPASSWORD、~/.pgpass、服务文件），或在服务器需要时询问。您的登录名可以读取什么由服务器决定：其他代表团的内部材料永远不会到达您这里。</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusEngine</name>
    <message>
        <source>no clause with id %1</source>
        <translation>没有 ID 为 %1 的条款</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusReport</name>
    <message>
        <source>Members: %1 (%2 states)</source>
        <extracomment>%1 the process (or "all states"), %2 how many member states</extracomment>
        <translation>成员：%1（%2 个国家）</translation>
    </message>
    <message>
        <source>all states</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <extracomment>%1 a count, %2 a status (agreed, open...), %3 a percentage</extracomment>
        <translation>%2 %1 项（%3%）</translation>
    </message>
    <message>
        <source>%1 clauses: %2</source>
        <extracomment>%1 how many clauses, %2 the count of each status</extracomment>
        <translation>%1 项条款：%2</translation>
    </message>
    <message>
        <source>Brackets: %1 bracketed spans in %2 alternative groups; %3 proposed deletions</source>
        <translation>方括号：方括号内案文 %1 处，分属 %2 个备选案文组；拟议删除 %3 处</translation>
    </message>
    <message>
        <source>Blocked, fewest blockers first:</source>
        <translation>受阻条款，阻碍国最少的在前：</translation>
    </message>
    <message>
        <source>Positions: outdated (text changed since given) on %1 clauses; orphaned (their words are gone, not counted) on %2 clauses</source>
        <translation>立场：%1 项条款上有过时的立场（表明立场后案文已更改）；%2 项条款上有失去依附的立场（其词语已不存在，不计入）</translation>
    </message>
    <message>
        <source>blocked by: %1</source>
        <translation>阻碍国：%1</translation>
    </message>
    <message>
        <source>reservations: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <source>no position: %1</source>
        <translation>无立场：%1</translation>
    </message>
    <message>
        <source>%1 states</source>
        <translation>%1 个国家</translation>
    </message>
    <message>
        <source>ad referendum: %1</source>
        <translation>待核准：%1</translation>
    </message>
    <message>
        <source>outdated positions (%1): %2</source>
        <translation>过时的立场（%1）：%2</translation>
    </message>
    <message>
        <source>orphaned positions (%1, not counted): %2</source>
        <translation>失去依附的立场（%1，不计入）：%2</translation>
    </message>
    <message>
        <source>%1: landing zone %2</source>
        <extracomment>%1 an alternative group's id (g1), %2 its landing zone</extracomment>
        <translation>%1：可达成一致的范围为 %2</translation>
    </message>
    <message>
        <source>(drop the span)</source>
        <translation>（删去该方括号内案文）</translation>
    </message>
    <message>
        <source>%1: no landing zone; blocked by %2</source>
        <translation>%1：没有可达成一致的范围；阻碍国：%2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusSession</name>
    <message numerus="yes">
        <source>Every state (%n)</source>
        <translation>
            <numerusform>所有国家（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>进程 %1（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 (%n)</source>
        <translation>
            <numerusform>集团 %1（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusStatus</name>
    <message>
        <source>agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>agreed ad referendum</source>
        <translation>已商定（待核准）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未决</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>受阻</translation>
    </message>
</context>
<context>
    <name>Plenipo::CsvReader</name>
    <message>
        <source>error parsing data while strict checking enabled</source>
        <translation>启用严格检查时解析数据出错</translation>
    </message>
    <message>
        <source>memory exhausted while increasing buffer size</source>
        <translation>扩大缓冲区时内存耗尽</translation>
    </message>
    <message>
        <source>data size too large</source>
        <translation>数据过大</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>文本不是有效的 UTF-8</translation>
    </message>
</context>
<context>
    <name>Plenipo::DeriveCoalitionDocumentCommand</name>
    <message>
        <source>Derive coalition document %1</source>
        <translation>生成联盟文件 %1</translation>
    </message>
    <message>
        <source>Derived from the coalition analysis</source>
        <translation>根据联盟分析生成</translation>
    </message>
    <message>
        <source>the coalition accepts no clause of %1: there is nothing to derive</source>
        <translation>联盟不接受 %1 的任何条款：没有可生成的内容</translation>
    </message>
</context>
<context>
    <name>Plenipo::DeriveDocumentCommand</name>
    <message>
        <source>Derive %1 from %2</source>
        <translation>从 %2 生成 %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>源自 %1</translation>
    </message>
    <message>
        <source>no document to derive from</source>
        <translation>没有可作为依据的文件</translation>
    </message>
</context>
<context>
    <name>Plenipo::DetachedPositionCommand</name>
    <message>
        <source>Re-attach position to the whole clause</source>
        <translation>将立场重新关联到整个条款</translation>
    </message>
    <message>
        <source>Re-attach position to %1</source>
        <translation>将立场重新关联到 %1</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n orphaned position(s)</source>
        <translation>
            <numerusform>放弃 %n 个失去依附的立场</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::DocumentComparison</name>
    <message>
        <source>compare: a document is missing from %1</source>
        <translation>compare：%1 中缺少一份文件</translation>
    </message>
</context>
<context>
    <name>Plenipo::DocxExporter</name>
    <message>
        <source>Word document</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>Word 文件</translation>
    </message>
</context>
<context>
    <name>Plenipo::DocxWriter</name>
    <message>
        <source>cannot write the Word package: %1</source>
        <translation>无法写入 Word 包：%1</translation>
    </message>
    <message>
        <source>cannot write %1 into the Word package: %2</source>
        <translation>无法将 %1 写入 Word 包：%2</translation>
    </message>
    <message>
        <source>cannot finish the Word package: %1</source>
        <translation>无法完成 Word 包：%1</translation>
    </message>
    <message>
        <source>cannot write the Word document: %1</source>
        <translation>无法写入 Word 文件：%1</translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainNames</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1:1: expected a header starting with code</source>
        <translation>%1:1：应为以 code 开头的标题行</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2：%n 个字段，应为 %3 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:1: unknown language column '%2'</source>
        <translation>%1:1：未知语言列“%2”</translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainText</name>
    <message>
        <source>Group of Governmental Experts</source>
        <translation>政府专家组</translation>
    </message>
    <message>
        <source>Open-Ended Working Group</source>
        <translation>不限成员名额工作组</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>倡议</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Other process</source>
        <translation>其他进程</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Zero draft</source>
        <translation>零号草案</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>订正本</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Joint statement</source>
        <translation>联合声明</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>决议</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>UN regional group</source>
        <translation>联合国区域集团</translation>
    </message>
    <message>
        <source>Political group</source>
        <translation>政治集团</translation>
    </message>
    <message>
        <source>statement</source>
        <comment>source of a position</comment>
        <translation>发言</translation>
    </message>
    <message>
        <source>document</source>
        <comment>source of a position</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>vote</source>
        <comment>source of a position</comment>
        <translation>表决</translation>
    </message>
    <message>
        <source>informal</source>
        <comment>source of a position</comment>
        <translation>非正式</translation>
    </message>
    <message>
        <source>illustrative</source>
        <comment>source of a position</comment>
        <translation>示意</translation>
    </message>
</context>
<context>
    <name>Plenipo::DraftImporter</name>
    <message>
        <source>%1: line %2, column %3: not well-formed XML (%4); nothing was imported</source>
        <translation>%1：第 %2 行第 %3 列：XML 格式不正确（%4）；未导入任何内容</translation>
    </message>
    <message>
        <source>line %1</source>
        <extracomment>The place of a problem in a text file: %1 is the line number.</extracomment>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: not a Word file (.docx): the zip package cannot be read (%2); nothing was imported</source>
        <translation>%1：不是 Word 文件（.docx）：无法读取 zip 包（%2）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: not a Word file (.docx): it has no %2; nothing was imported</source>
        <translation>%1：不是 Word 文件（.docx）：缺少 %2；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: word/document.xml has no body; nothing was imported</source>
        <translation>%1：word/document.xml 没有正文；未导入任何内容</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <extracomment>The place of a problem in a Word file: %1 is the paragraph's position in it.</extracomment>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>list level '%1' is not a Word list level (0 to %2): the paragraph's automatic number is ignored</source>
        <translation>列表级别“%1”不是 Word 列表级别（0 至 %2）：忽略该段落的自动编号</translation>
    </message>
    <message>
        <source>unknown process '%1'</source>
        <translation>未知进程“%1”</translation>
    </message>
    <message>
        <source>sub-point %1 before any numbered paragraph</source>
        <translation>分项 %1 出现在任何编号段落之前</translation>
    </message>
    <message>
        <source>the document needs a symbol</source>
        <translation>文件需要文号</translation>
    </message>
    <message>
        <source>the workspace already has a document %1 (choose another symbol)</source>
        <translation>工作区中已有文件 %1（请另选文号）</translation>
    </message>
    <message>
        <source>no paragraphs found in %1</source>
        <translation>在 %1 中未找到任何段落</translation>
    </message>
    <message>
        <source>clause number %1 also numbers an earlier clause</source>
        <translation>条款编号 %1 也用于前面的一项条款</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <extracomment>The place of a markup problem: %1 is the line or paragraph ("line 12"), %2 the column.</extracomment>
        <translation>%1，第 %2 列</translation>
    </message>
    <message>
        <source>clause %1: %2</source>
        <extracomment>%1 is the clause number, %2 the markup problem.</extracomment>
        <translation>条款 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (zero draft): %n clause(s)</source>
        <translation>
            <numerusform>文件 %1“%2”（零号草案）：%n 项条款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (draft): %n clause(s)</source>
        <translation>
            <numerusform>文件 %1“%2”（草案）：%n 项条款</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import：请先读取文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1：发现 %n 个错误；未导入任何内容</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDialog</name>
    <message>
        <source>Export Document</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>None: the document as it stands</source>
        <translation>无：按现状导出文件</translation>
    </message>
    <message>
        <source>Include internal material (internal notes and positions, as comments)</source>
        <translation>包含内部材料（内部说明和立场，作为批注）</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Coalition:</source>
        <translation>联盟(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>A coalition export never contains internal material.</source>
        <translation>联盟导出绝不包含内部材料。</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择导出的目标文件。</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>正在导出...</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>The language of the cover block, labels and state names; the clause text stays as written.</source>
        <translation>封面、标签和国名的语言；条款案文保持原文。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message numerus="yes">
        <source>The coalition text relies on outdated positions in %n paragraph(s):</source>
        <translation>
            <numerusform>联盟案文在 %n 个段落中依赖过时的立场：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDocument</name>
    <message>
        <source>Ad referendum: %1.</source>
        <translation>待核准：%1。</translation>
    </message>
    <message>
        <source>Deletion proposed by: %1.</source>
        <translation>提议删除者：%1。</translation>
    </message>
    <message>
        <source>Proposed by: %1.</source>
        <translation>提议者：%1。</translation>
    </message>
    <message>
        <source>Internal: %1, %2</source>
        <translation>内部：%1，%2</translation>
    </message>
    <message>
        <source>Internal: %1, %2 (alternative %3)</source>
        <translation>内部：%1，%2（备选案文 %3）</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>进程：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Text of the coalition: %1</source>
        <translation>联盟案文：%1</translation>
    </message>
    <message>
        <source>Adherent States (%1)</source>
        <translation>加入国（%1）</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>案文</translation>
    </message>
    <message>
        <source>Not yet agreed within the coalition.</source>
        <translation>联盟内尚未商定。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注</translation>
    </message>
    <message>
        <source>Internal notes (not for circulation)</source>
        <translation>内部说明（不得分发）</translation>
    </message>
    <message numerus="yes">
        <source>Paragraph %1: the coalition text relies on %n outdated position(s), given on words that have changed since: %2</source>
        <translation>
            <numerusform>第 %1 段：联盟案文依赖 %n 个过时的立场，这些立场所针对的词语此后已更改：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportOptions</name>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>export: no document with id %1 in %2</source>
        <translation>export：%2 中没有 ID 为 %1 的文件</translation>
    </message>
    <message>
        <source>export: no coalition '%1' in %2</source>
        <translation>export：%2 中没有联盟“%1”</translation>
    </message>
</context>
<context>
    <name>Plenipo::FileImporter</name>
    <message>
        <source>import: read a file first</source>
        <translation>import：请先读取一个文件</translation>
    </message>
</context>
<context>
    <name>Plenipo::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>Find in this text</source>
        <translation>在此案文中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配（Enter、F3）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>第 %1 处，共 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::HandbookDialog</name>
    <message>
        <source>Plenipo Handbook</source>
        <translation>Plenipo 手册</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Markup Reference</source>
        <translation>标记参考(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>A file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Automatic (from the file name)</source>
        <translation>自动（根据文件名）</translation>
    </message>
    <message>
        <source>Akoma Ntoso XML (a Plenipo export or a UN resolution)</source>
        <translation>Akoma Ntoso XML（Plenipo 导出文件或联合国决议）</translation>
    </message>
    <message>
        <source>Draft in Word (.docx)</source>
        <translation>Word 草案（.docx）</translation>
    </message>
    <message>
        <source>Draft in plain text (.txt)</source>
        <translation>纯文本草案（.txt）</translation>
    </message>
    <message>
        <source>Positions (CSV)</source>
        <translation>立场（CSV）</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Default: the file name</source>
        <translation>默认：文件名</translation>
    </message>
    <message>
        <source>Draft &amp;symbol:</source>
        <translation>草案文号(&amp;S)：</translation>
    </message>
    <message>
        <source>Default: the first unnumbered paragraph</source>
        <translation>默认：第一个未编号段落</translation>
    </message>
    <message>
        <source>Draft &amp;title:</source>
        <translation>草案标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose a file, then Check: nothing is written before Import.</source>
        <translation>选择文件后点击“检查”：点击“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>The import report appears here.</source>
        <translation>导入报告显示在此处。</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Import &amp;Valid Rows</source>
        <translation>导入有效行(&amp;V)</translation>
    </message>
    <message>
        <source>For positions in CSV with errors: import the rows without errors and leave out the others</source>
        <translation>适用于有错误的 CSV 立场文件：导入无错误的行，略去其他行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Importable files (*.xml *.akn *.docx *.txt *.csv);;All files (*)</source>
        <translation>可导入的文件 (*.xml *.akn *.docx *.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import: %n warning(s). Press Import to write it into the workspace.</source>
        <translation>
            <numerusform>可以导入：%n 个警告。点击“导入”写入工作区。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Import the valid rows without them, or close: nothing changes.</source>
        <translation>
            <numerusform>%n 行有错误。可导入其余有效行，或关闭：不会有任何改动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this file cannot be imported as it is. Nothing was written.</source>
        <translation>
            <numerusform>%n 个错误：此文件无法按原样导入。未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import positions from %1</source>
        <translation>从 %1 导入立场</translation>
    </message>
    <message>
        <source>The import failed; the workspace is unchanged: %1</source>
        <translation>导入失败；工作区未改动：%1</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDocumentCommand</name>
    <message>
        <source>the import wrote no document</source>
        <translation>导入未写入任何文件</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportGuard</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the file is %2, more than the %3 an import accepts; nothing was imported</source>
        <translation>%1：文件大小为 %2，超过导入可接受的 %3；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the input is larger than the %2 an import accepts; nothing was imported</source>
        <translation>%1：输入超过导入可接受的 %2；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: the file is not valid UTF-8 (byte 0x%4); save it as UTF-8 and import it again. Nothing was imported</source>
        <translation>%1：第 %2 行第 %3 列：文件不是有效的 UTF-8（字节 0x%4）；请将其另存为 UTF-8 后重新导入。未导入任何内容</translation>
    </message>
    <message>
        <source>%1: line %2: the XML declares a DTD or entities (%3); Plenipo refuses them in imported files. Nothing was imported</source>
        <translation>%1：第 %2 行：XML 声明了 DTD 或实体（%3）；Plenipo 不接受导入文件中的此类声明。未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 expands to %3, more than the %4 an import accepts (a damaged or hostile file); nothing was imported</source>
        <translation>%1：zip 条目 %2 解压后为 %3，超过导入可接受的 %4（文件已损坏或带有恶意）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 lies outside the file (a damaged file); nothing was imported</source>
        <translation>%1：zip 条目 %2 位于文件之外（文件已损坏）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be read (a damaged file); nothing was imported</source>
        <translation>%1：无法读取 zip 条目 %2（文件已损坏）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 cannot be inflated (%3); nothing was imported</source>
        <translation>%1：无法解压 zip 条目 %2（%3）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 expands to more than the %3 an import accepts (its header claims %4: a damaged or hostile file); nothing was imported</source>
        <translation>%1：zip 条目 %2 解压后超过导入可接受的 %3（其头部声明为 %4：文件已损坏或带有恶意）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the zip entry %2 holds %3 bytes but its header says %4 (a damaged or hostile file); nothing was imported</source>
        <translation>%1：zip 条目 %2 含 %3 字节，但其头部声明为 %4（文件已损坏或带有恶意）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: line %2: the XML is nested more than %3 elements deep (a damaged or hostile file); nothing was imported</source>
        <translation>%1：第 %2 行：XML 元素嵌套超过 %3 层（文件已损坏或带有恶意）；未导入任何内容</translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportReport</name>
    <message>
        <source>info</source>
        <extracomment>The severity of a problem in an import report ("info: line 3: ...").</extracomment>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>The severity of a problem in an import report ("warning: line 3: ...").</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>The severity of a problem in an import report ("error: line 3: ...").</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>checked, nothing written yet</source>
        <translation>已检查，尚未写入任何内容</translation>
    </message>
    <message>
        <source>imported</source>
        <extracomment>The outcome of an import: everything was written into the workspace.</extracomment>
        <translation>已导入</translation>
    </message>
    <message>
        <source>imported the valid rows only; the rows with errors were left out</source>
        <translation>仅导入了有效行；有错误的行已略去</translation>
    </message>
    <message>
        <source>NOT imported: the workspace is unchanged</source>
        <translation>未导入：工作区未作更改</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 is the file name, %2 its format (CSV, Akoma Ntoso...), %3 the outcome of the import.</extracomment>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Would create:</source>
        <translation>将创建：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>已创建：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the number of errors ("3 errors"), %2 the number of warnings ("1 warning").</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One problem of an import report: %1 is its severity (error, warning, info), %2 the message ("error: unknown state 'Atlantis'").</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>One problem of an import report: %1 is its severity (error, warning, info), %2 its place in the file ("line 12"), %3 the message.</extracomment>
        <translation>%1：%2：%3</translation>
    </message>
</context>
<context>
    <name>Plenipo::InsertClauseCommand</name>
    <message>
        <source>Insert clause %1</source>
        <translation>插入条款 %1</translation>
    </message>
    <message>
        <source>clause %1 was not written</source>
        <translation>条款 %1 未写入</translation>
    </message>
</context>
<context>
    <name>Plenipo::MainWindow</name>
    <message>
        <source>Plenipo workspaces (*.plenipo)</source>
        <translation>Plenipo 工作区 (*.plenipo)</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>新建工作区(&amp;N)...</translation>
    </message>
    <message>
        <source>Open &amp;Sample Workspace</source>
        <translation>打开示例工作区(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Compare Texts...</source>
        <translation>比较案文(&amp;C)...</translation>
    </message>
    <message>
        <source>Cannot create the sample workspace</source>
        <translation>无法创建示例工作区</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>无工作区</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 已存在；请另选名称。</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>无法保存工作区</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working on it.</source>
        <translation>已将副本另存为 %1；您现在正在处理该副本。</translation>
    </message>
    <message>
        <source>%1%2 • %3 • %4</source>
        <extracomment>%1 is the file, %2 " [read-only]" or nothing, %3 "193 UN member states" (and " • 2 observer states" when there are any), %4 "5 documents"</extracomment>
        <translation>%1%2 • %3 • %4</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in Workspace</source>
        <translation>在工作区中查找</translation>
    </message>
    <message>
        <source>Find in &amp;Workspace...</source>
        <translation>在工作区中查找(&amp;W)...</translation>
    </message>
    <message>
        <source>Find in workspace (Ctrl+Shift+F)</source>
        <translation>在工作区中查找（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&amp;Configure Plenipo...</source>
        <translation>配置 Plenipo(&amp;C)...</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>导航栏</translation>
    </message>
    <message>
        <source>States</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Plenipo</source>
        <translation>Plenipo</translation>
    </message>
    <message>
        <source>Plenipo &amp;Handbook</source>
        <translation>Plenipo 手册(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>打开工作区(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save Revision</source>
        <translation>保存修订(&amp;S)</translation>
    </message>
    <message>
        <source>Record the edited clause text as a new revision (Ctrl+S, or Ctrl+Return in the editor)</source>
        <translation>将编辑后的条款案文保存为新的修订（Ctrl+S，或在编辑器中按 Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Find in Clause...</source>
        <translation>在条款中查找(&amp;F)...</translation>
    </message>
    <message>
        <source>Search Field</source>
        <translation>搜索栏</translation>
    </message>
    <message>
        <source>&amp;Next Clause</source>
        <translation>下一项条款(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Clause</source>
        <translation>上一项条款(&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation>显示导航栏(&amp;N)</translation>
    </message>
    <message>
        <source>Show &amp;States</source>
        <translation>显示国家(&amp;S)</translation>
    </message>
    <message>
        <source>Go to %1 Tab</source>
        <translation>转到“%1”标签页</translation>
    </message>
    <message>
        <source>Show &amp;Find in Workspace</source>
        <translation>显示在工作区中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>撤销：%1(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;do: %1</source>
        <translation>重做：%1(&amp;D)</translation>
    </message>
    <message>
        <source>Saved a new revision of paragraph %1</source>
        <translation>已保存第 %1 段的新修订</translation>
    </message>
    <message>
        <source>Import &amp;Folder...</source>
        <translation>导入文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Research...</source>
        <translation>研究(&amp;R)...</translation>
    </message>
    <message>
        <source>%1 • %2</source>
        <extracomment>%1 "193 UN member states", %2 "2 observer states"</extracomment>
        <translation>%1 • %2</translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n 个联合国会员国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer state(s)</source>
        <translation>
            <numerusform>%n 个观察员国</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一条</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一条</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation>连接到服务器(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Reload from Server</source>
        <translation>从服务器重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>正在连接到 %1...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The server asks for the password of %1:</source>
        <translation>服务器要求输入 %1 的密码：</translation>
    </message>
    <message>
        <source>Cannot connect to the server</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the login, %2 its delegation (ISO3), %3 its role (viewer, editor...)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>登录身份：%1</translation>
    </message>
    <message>
        <source>%1 on %2, read as of %3</source>
        <translation>%1，位于 %2，读取于 %3</translation>
    </message>
    <message>
        <source>Your role lets you read, not change.</source>
        <translation>您的角色只能读取，不能修改。</translation>
    </message>
    <message>
        <source>The workbench does not write to server workspaces yet; File &gt; Save As keeps a copy as a file.</source>
        <translation>工作台尚不能写入服务器上的工作区；“文件 &gt; 另存为”可将副本保存为文件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server workspace, read-only.&lt;/b&gt; You are %1 on %2. This is what the server lets your login read, as of %3: it withholds other delegations' internal material. %4</source>
        <translation>&lt;b&gt;服务器工作区，只读。&lt;/b&gt;您是 %2 上的 %1。这是服务器允许您的登录名读取的内容，截至 %3：其他代表团的内部材料由服务器扣留。%4</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>a server workspace: %1 the database, %2 the server's host name</extracomment>
        <translation>%2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated from the server: %n change(s) by %1</source>
        <extracomment>%1 the logins who made the changes, comma-separated</extracomment>
        <translation>
            <numerusform>已从服务器更新：%1 所做的 %n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1): File &gt; Reload from Server connects again.</source>
        <translation>与服务器的连接已断开（%1）：“文件 &gt; 从服务器重新加载”会重新连接。</translation>
    </message>
    <message>
        <source>What others change there and may share with you appears here as they change it.</source>
        <translation>其他人在那里所做且可与您共享的更改，会随时显示在这里。</translation>
    </message>
    <message>
        <source>The workspace has changed on the server: File &gt; Reload from Server shows the changes (reading it took %1 s).</source>
        <translation>服务器上的工作区已更改：“文件 &gt; 从服务器重新加载”可显示这些更改（读取用时 %1 秒）。</translation>
    </message>
</context>
<context>
    <name>Plenipo::MarkupParser</name>
    <message>
        <source>brackets and deletions nested more than %1 levels deep: the deeper ones are kept as text</source>
        <translation>方括号和删除嵌套超过 %1 层：更深的层作为文本保留</translation>
    </message>
    <message>
        <source>'}' without a matching '{'</source>
        <translation>“}”没有对应的“{”</translation>
    </message>
    <message>
        <source>']' without a matching '['</source>
        <translation>“]”没有对应的“[”</translation>
    </message>
    <message>
        <source>empty alternative</source>
        <translation>空备选案文</translation>
    </message>
    <message>
        <source>unterminated attribution '{': missing '}' on the same line</source>
        <translation>归属标注“{”未结束：同一行缺少“}”</translation>
    </message>
    <message>
        <source>attribution must follow a bracketed span or a deletion</source>
        <translation>归属标注必须紧跟方括号内案文或删除</translation>
    </message>
    <message>
        <source>empty attribution '{}'</source>
        <translation>空归属标注“{}”</translation>
    </message>
    <message>
        <source>ad referendum mark must follow a bracketed span or end the clause</source>
        <translation>待核准标记必须紧跟方括号内案文或位于条款末尾</translation>
    </message>
    <message>
        <source>malformed code '%1' in ad referendum mark (expected an upper-case state or group code such as FRA or EU)</source>
        <translation>待核准标记中的代码“%1”格式不正确（应为大写的国家或集团代码，如 FRA 或 EU）</translation>
    </message>
    <message>
        <source>malformed code '%1' in attribution (expected an upper-case state or group code such as FRA or EU)</source>
        <translation>归属标注中的代码“%1”格式不正确（应为大写的国家或集团代码，如 FRA 或 EU）</translation>
    </message>
    <message>
        <source>unknown state or group '%1' in ad referendum mark</source>
        <translation>待核准标记中的国家或集团“%1”未知</translation>
    </message>
    <message>
        <source>unknown state or group '%1' in attribution</source>
        <translation>归属标注中的国家或集团“%1”未知</translation>
    </message>
    <message>
        <source>'%1' appears twice in the ad referendum mark</source>
        <translation>“%1”在待核准标记中出现两次</translation>
    </message>
    <message>
        <source>'%1' appears twice in the attribution</source>
        <translation>“%1”在归属标注中出现两次</translation>
    </message>
    <message>
        <source>empty deletion</source>
        <translation>空删除</translation>
    </message>
    <message>
        <source>unterminated note</source>
        <translation>注未结束</translation>
    </message>
    <message>
        <source>unclosed bracket opened here</source>
        <translation>此处打开的方括号未闭合</translation>
    </message>
    <message>
        <source>unterminated deletion '~~'</source>
        <translation>删除“~~”未结束</translation>
    </message>
    <message>
        <source>options out of sequence: expected 'Option %1:'</source>
        <extracomment>'Option %1:' is the markup of an option header: keep it in English.</extracomment>
        <translation>选项顺序不对：应为“Option %1:”</translation>
    </message>
</context>
<context>
    <name>Plenipo::MarkupReport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 clause(s), %3 error(s), %4 warning(s)</source>
        <extracomment>%1 the file; the counts carry no plural form (several in one line)</extracomment>
        <translation>%1：%2 项条款，%3 个错误，%4 个警告</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>bracketed spans</source>
        <translation>方括号内案文</translation>
    </message>
    <message>
        <source>alternative groups</source>
        <translation>备选案文组</translation>
    </message>
    <message>
        <source>alternatives</source>
        <translation>备选案文</translation>
    </message>
    <message>
        <source>whole-clause options</source>
        <translation>整项条款的选项</translation>
    </message>
    <message>
        <source>deepest bracket nesting</source>
        <translation>方括号最大嵌套层数</translation>
    </message>
    <message>
        <source>words</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>words in brackets</source>
        <translation>方括号内词数</translation>
    </message>
    <message>
        <source>words in options</source>
        <translation>选项内词数</translation>
    </message>
    <message>
        <source>words proposed for deletion</source>
        <translation>拟议删除的词数</translation>
    </message>
    <message>
        <source>agreed words</source>
        <translation>已商定的词</translation>
    </message>
    <message>
        <source>agreed share</source>
        <translation>已商定比例</translation>
    </message>
    <message>
        <source>deletions</source>
        <translation>拟议删除</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>起草说明</translation>
    </message>
    <message>
        <source>ad referendum marks</source>
        <translation>待核准标记</translation>
    </message>
    <message>
        <source>attributions</source>
        <translation>归属标注</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>方括号</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>in brackets</source>
        <translation>括号内词数</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>已商定</translation>
    </message>
    <message>
        <source>agreed %</source>
        <translation>已商定 %</translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorActions</name>
    <message>
        <source>Compare with %1</source>
        <translation>与 %1 比较</translation>
    </message>
    <message>
        <source>Derive New Revision...</source>
        <translation>生成新修订...</translation>
    </message>
    <message>
        <source>Insert Clause After...</source>
        <translation>在其后插入条款...</translation>
    </message>
    <message>
        <source>Renumber...</source>
        <translation>重新编号...</translation>
    </message>
    <message>
        <source>Link to Norms...</source>
        <translation>关联规范...</translation>
    </message>
    <message>
        <source>Delete Clause</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <source>Compare with norm %1</source>
        <translation>与规范 %1 比较</translation>
    </message>
    <message>
        <source>Trace Through Later Texts</source>
        <translation>在后续案文中追溯</translation>
    </message>
    <message>
        <source>Likely Stances of Silent Members</source>
        <translation>未表态成员的可能立场</translation>
    </message>
    <message>
        <source>Derive New Revision</source>
        <translation>生成新修订</translation>
    </message>
    <message>
        <source>Symbol of the new document (it follows %1 and keeps the lineage of every clause):</source>
        <translation>新文件的文号（承接 %1 并保留每项条款的沿革）：</translation>
    </message>
    <message>
        <source>Cannot derive the document</source>
        <translation>无法生成文件</translation>
    </message>
    <message>
        <source>Insert Clause</source>
        <translation>插入条款</translation>
    </message>
    <message>
        <source>Number of the new clause:</source>
        <translation>新条款的编号：</translation>
    </message>
    <message>
        <source>Renumber Clause</source>
        <translation>为条款重新编号</translation>
    </message>
    <message>
        <source>New number:</source>
        <translation>新编号：</translation>
    </message>
    <message>
        <source>Norms clause %1 derives from</source>
        <translation>条款 %1 所依据的规范</translation>
    </message>
    <message>
        <source>Delete clause %1 from this document? Its revisions and positions go with it (Undo brings them back).</source>
        <translation>从本文件中删除条款 %1？其修订和立场将一并删除（“撤销”可恢复）。</translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorModel</name>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Norms catalogue</source>
        <translation>规范目录</translation>
    </message>
    <message>
        <source>open to all UN member states</source>
        <translation>向所有联合国会员国开放</translation>
    </message>
    <message numerus="yes">
        <source>%n member state(s)</source>
        <translation>
            <numerusform>%n 个成员国</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::OdtExporter</name>
    <message>
        <source>OpenDocument text</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>OpenDocument 文本</translation>
    </message>
    <message>
        <source>cannot write the OpenDocument text</source>
        <translation>无法写入 OpenDocument 文本</translation>
    </message>
    <message>
        <source>cannot write the OpenDocument text: %1</source>
        <translation>无法写入 OpenDocument 文本：%1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PdfExporter</name>
    <message>
        <source>PDF document</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionCarrier</name>
    <message>
        <source>clause %1: the positions are not those the revision left; they cannot be put back</source>
        <translation>条款 %1：立场不是该修订留下的立场；无法恢复</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>没有 ID 为 %1 的条款</translation>
    </message>
    <message>
        <source>clause %1: alternative '%2' is carried twice or is not an id</source>
        <translation>条款 %1：备选案文“%2”被转入两次或不是 ID</translation>
    </message>
    <message>
        <source>clause %1: two alternatives would be carried to '%2'</source>
        <translation>条款 %1：将有两个备选案文转入“%2”</translation>
    </message>
    <message>
        <source>clause %1: positions carried to '%2' would replace positions that stay there</source>
        <translation>条款 %1：转入“%2”的立场将替换仍留在那里的立场</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionPanel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Set for Selection</source>
        <translation>为所选项设置</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Internal (never leaves in a coalition export)</source>
        <translation>内部（绝不出现在联盟导出中）</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>保存详情</translation>
    </message>
    <message>
        <source>Positions on the whole clause or on one bracketed alternative</source>
        <translation>对整个条款或对某一方括号内备选案文的立场</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>区域集团</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>政治集团</translation>
    </message>
    <message>
        <source>Show the members of a process or group; consensus is computed for them</source>
        <translation>显示某一进程或集团的成员；为这些成员计算协商一致</translation>
    </message>
    <message>
        <source>Set this stance for every selected state (a group row stands for its members); one undoable step</source>
        <translation>为每个所选国家设置此立场（集团行代表其成员）；可一步撤销</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>document symbol, e.g. A/AC.292/2025/1</source>
        <translation>文件文号，例如 A/AC.292/2025/1</translation>
    </message>
    <message>
        <source>what was said, or where</source>
        <translation>说了什么，或在何处</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>发言：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;历史&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>针对：</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>分组依据：</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Stance:</source>
        <translation>立场：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positions&lt;/b&gt; on %1 paragraph %2</source>
        <translation>&lt;b&gt;立场&lt;/b&gt;：%1 第 %2 段</translation>
    </message>
    <message>
        <source>&lt;b&gt;Positions&lt;/b&gt;: select a clause in the navigator</source>
        <translation>&lt;b&gt;立场&lt;/b&gt;：请在导航栏中选择条款</translation>
    </message>
    <message>
        <source>The whole clause</source>
        <translation>整个条款</translation>
    </message>
    <message>
        <source>Consensus: select the clause's document to analyse it.</source>
        <translation>协商一致：请选择条款所属文件进行分析。</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>针对 %1</translation>
    </message>
    <message>
        <source>Blocked by %1.</source>
        <translation>受 %1 阻碍。</translation>
    </message>
    <message>
        <source>Reservations: %1.</source>
        <translation>保留：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) without a position on the whole clause.</source>
        <translation>
            <numerusform>%n 个成员对整个条款没有立场。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in the landing zone: no member objects.</source>
        <translation>%1 在可达成一致的范围内：没有成员反对。</translation>
    </message>
    <message>
        <source>%1 is objected to by %2.</source>
        <translation>%2 反对 %1。</translation>
    </message>
    <message>
        <source>Group %1 has no landing zone; the fewest states blocking it: %2.</source>
        <translation>%1 组没有可达成一致的范围；阻碍它的最少国家：%2。</translation>
    </message>
    <message>
        <source>What-if mode: stance changes are temporary.</source>
        <translation>假设模式：立场更改是临时的。</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个国家</numerusform>
        </translation>
    </message>
    <message>
        <source>Select states or groups for bulk entry</source>
        <translation>选择国家或集团进行批量输入</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position details&lt;/b&gt;: select a state</source>
        <translation>&lt;b&gt;立场详情&lt;/b&gt;：请选择一个国家</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position of %1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1 的立场&lt;/b&gt;（%2）</translation>
    </message>
    <message>
        <source>%1: was &lt;b&gt;%2&lt;/b&gt; (recorded by %3); %4 by %5</source>
        <translation>%1：原为 &lt;b&gt;%2&lt;/b&gt;（由 %3 记录）；由 %5 %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>&lt;i&gt;No earlier values.&lt;/i&gt;</source>
        <translation>&lt;i&gt;无先前的值。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Positions no longer on the text</source>
        <translation>已不在案文上的立场</translation>
    </message>
    <message>
        <source>Re-attach</source>
        <translation>重新关联</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Confirm the outdated positions of the selection (of everyone when nothing is selected) on the current text</source>
        <translation>按当前案文确认所选国家（未选择时为所有国家）过时的立场</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Was on</source>
        <translation>原位于</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The alternative to put the selected position back on</source>
        <translation>要将所选立场重新关联到的备选案文</translation>
    </message>
    <message>
        <source>Put the selected orphaned position back on the chosen alternative; it shows as outdated until confirmed</source>
        <translation>将所选失去依附的立场重新关联到所选备选案文；在确认之前显示为过时</translation>
    </message>
    <message>
        <source>Remove the selected orphaned positions (they stay in the history)</source>
        <translation>删除所选失去依附的立场（仍保留在历史中）</translation>
    </message>
    <message>
        <source>Re-attach to:</source>
        <translation>重新关联到：</translation>
    </message>
    <message>
        <source>orphaned: its words are gone</source>
        <translation>失去依附：其词语已不存在</translation>
    </message>
    <message>
        <source>agreed: now unbracketed text</source>
        <translation>已商定：现为方括号外案文</translation>
    </message>
    <message>
        <source>Not counted by consensus, coalitions or exports. Re-attach it to an alternative or discard it.</source>
        <translation>协商一致、联盟和导出均不计入。请将其重新关联到某一备选案文或放弃。</translation>
    </message>
    <message>
        <source>Kept as the history of the agreement on these words; not counted as a position on any alternative.</source>
        <translation>作为对这些词语达成一致的历史保留；不计为任何备选案文上的立场。</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) no longer on the text</source>
        <translation>
            <numerusform>%n 个立场已不在案文上</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not re-attach the position: %1</source>
        <translation>无法重新关联立场：%1</translation>
    </message>
    <message>
        <source>Could not discard the positions: %1</source>
        <translation>无法放弃立场：%1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionTreeModel</name>
    <message>
        <source>No regional group</source>
        <translation>无区域集团</translation>
    </message>
    <message>
        <source>In no political group</source>
        <translation>不属于任何政治集团</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1 未记录</translation>
    </message>
    <message>
        <source>set all...</source>
        <translation>全部设置...</translation>
    </message>
    <message>
        <source>Edit to set one stance for every state of %1 shown here</source>
        <translation>编辑以便为此处显示的 %1 的所有国家设置同一立场</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Stance: %1</source>
        <translation>立场：%1</translation>
    </message>
    <message>
        <source>Temporary (what-if): not saved until you keep the what-if changes.</source>
        <translation>临时（假设）：保留假设更改之前不会保存。</translation>
    </message>
    <message>
        <source>Source (%1): %2</source>
        <translation>来源（%1）：%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Internal: never leaves in a coalition export.</source>
        <translation>内部：绝不出现在联盟导出中。</translation>
    </message>
    <message>
        <source>Recorded by %1, %2</source>
        <translation>由 %1 记录，%2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>outdated: text changed since given</source>
        <translation>过时：表明立场后案文已更改</translation>
    </message>
    <message>
        <source>orphaned position</source>
        <translation>失去依附的立场</translation>
    </message>
    <message>
        <source>Outdated: the words it was given on have changed since. Confirm it or change it.</source>
        <translation>过时：其所针对的词语此后已更改。请确认或更改。</translation>
    </message>
    <message>
        <source>Has an orphaned position on this clause: its words are gone; it is listed below the table to re-attach or discard, and counted nowhere.</source>
        <translation>在此条款上有一个失去依附的立场：其词语已不存在；该立场列于表格下方，可重新关联或放弃，不计入任何统计。</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionWriter</name>
    <message>
        <source>no clause with id %1</source>
        <translation>没有 ID 为 %1 的条款</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 是观察员国：观察员没有立场</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>未知国家“%1”</translation>
    </message>
    <message>
        <source>clause %1: '%2' is not an alternative id such as g1.2</source>
        <translation>条款 %1：“%2”不是 g1.2 这样的备选案文 ID</translation>
    </message>
    <message>
        <source>no detached position with id %1</source>
        <translation>没有 ID 为 %1 的失去依附的立场</translation>
    </message>
    <message>
        <source>'%1' is not an alternative id such as g1.2</source>
        <translation>“%1”不是 g1.2 这样的备选案文 ID</translation>
    </message>
    <message>
        <source>the state of that position is unknown</source>
        <translation>该立场所属国家未知</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvExporter</name>
    <message>
        <source>Positions table (CSV)</source>
        <extracomment>The name of an export format, in the export dialog.</extracomment>
        <translation>立场表（CSV）</translation>
    </message>
    <message>
        <source>export: cannot write the CSV file: %1</source>
        <translation>export：无法写入 CSV 文件：%1</translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvImporter</name>
    <message>
        <source>%1: line %2: not valid CSV (%3); nothing was imported</source>
        <translation>%1：第 %2 行：CSV 无效（%3）；未导入任何内容</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected the header line %2</source>
        <translation>%1：文件为空；应有标题行 %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>unknown column '%1' (the columns are %2)</source>
        <translation>未知列“%1”（列为 %2）</translation>
    </message>
    <message>
        <source>column '%1' twice</source>
        <translation>列“%1”出现两次</translation>
    </message>
    <message>
        <source>the header has no '%1' column</source>
        <translation>标题行没有“%1”列</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), the header has %1</source>
        <extracomment>%n is the number of fields in the row, %1 the number of columns in the header.</extracomment>
        <translation>
            <numerusform>%n 个字段，标题行有 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown document '%1'</source>
        <translation>未知文件“%1”</translation>
    </message>
    <message>
        <source>unknown clause '%1' in %2</source>
        <translation>%2 中的未知条款“%1”</translation>
    </message>
    <message>
        <source>clause %1 of %2 has no alternative '%3'</source>
        <translation>%2 的条款 %1 没有备选案文“%3”</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>未知国家“%1”</translation>
    </message>
    <message>
        <source>%1 is an observer state: observers hold no positions</source>
        <translation>%1 是观察员国：观察员没有立场</translation>
    </message>
    <message>
        <source>bad stance '%1' (expected supports, can-accept, reservation, objects or none)</source>
        <translation>无效立场“%1”（应为 supports、can-accept、reservation、objects 或 none）</translation>
    </message>
    <message>
        <source>bad source_date '%1' (expected YYYY-MM-DD)</source>
        <translation>无效 source_date“%1”（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>bad internal flag '%1' (expected yes or no)</source>
        <translation>无效 internal 标志“%1”（应为 yes 或 no）</translation>
    </message>
    <message>
        <source>duplicate row: %1 on clause %2%3 of %4 is already on line %5</source>
        <extracomment>%1 is the state's ISO code, %2 the clause number, %3 the alternative in parentheses (or nothing), %4 the document's symbol, %5 the earlier line.</extracomment>
        <translation>重复行：%1 对 %4 条款 %2%3 的立场已在第 %5 行</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n row(s)</source>
        <extracomment>An item the import creates: %1 is the number of positions ("5 positions").</extracomment>
        <translation>
            <numerusform>%1（来自 %n 行）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n 个立场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n of them replacing an earlier position</source>
        <extracomment>%1 is the item before ("5 positions from 6 rows").</extracomment>
        <translation>
            <numerusform>%1，其中 %n 个替换了先前的立场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>略去 %n 个有错误的行</numerusform>
        </translation>
    </message>
    <message>
        <source>import: read the file first</source>
        <translation>import：请先读取文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 found; nothing was imported (accept the %n valid row(s) to import them)</source>
        <extracomment>%1 is the file name, %2 the number of errors ("3 errors").</extracomment>
        <translation>
            <numerusform>%1：发现 %2；未导入任何内容（接受 %n 个有效行即可导入）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::PostgresDialect</name>
    <message>
        <source>the server refused "%1": %2</source>
        <translation>服务器拒绝了“%1”：%2</translation>
    </message>
    <message>
        <source>a server workspace cannot be saved as %1: use "plenipo server pull" for a file copy</source>
        <translation>服务器工作区无法另存为 %1：请使用“plenipo server pull”获取文件副本</translation>
    </message>
    <message>
        <source>searching a server workspace needs the server backend, which this Plenipo does not have yet: pull a file copy (plenipo server pull) and search that</source>
        <translation>搜索服务器工作区需要服务器后端，而此 Plenipo 尚不具备：请获取文件副本（plenipo server pull）后在副本中搜索</translation>
    </message>
</context>
<context>
    <name>Plenipo::PreferencesDialog</name>
    <message>
        <source>Configure Plenipo</source>
        <translation>配置 Plenipo</translation>
    </message>
    <message>
        <source>Recorded as the author of your revisions and position changes. Empty: the name of your account (%1).</source>
        <translation>记录为您的修订和立场更改的作者。留空：使用您的账户名称（%1）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Default Export Folder</source>
        <translation>默认导出文件夹</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>您的姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Your &amp;delegation:</source>
        <translation>您的代表团(&amp;D)：</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>默认导出文件夹(&amp;E)：</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The interface language changes at the next start.</source>
        <translation>界面语言在下次启动时更改。</translation>
    </message>
    <message>
        <source>Your changes will be signed: %1</source>
        <translation>您的更改将署名为：%1</translation>
    </message>
    <message>
        <source>The export folder %1 does not exist. Choose an existing folder or leave the field empty for your Documents folder.</source>
        <translation>导出文件夹 %1 不存在。请选择现有文件夹，或将此栏留空以使用您的“文档”文件夹。</translation>
    </message>
</context>
<context>
    <name>Plenipo::RemoveClauseCommand</name>
    <message>
        <source>Delete clause %1</source>
        <translation>删除条款 %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::ResearchWindow</name>
    <message>
        <source>Research — Plenipo</source>
        <translation>研究 — Plenipo</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Title or text contains...</source>
        <translation>标题或案文包含...</translation>
    </message>
    <message>
        <source>Only these resolutions (A/RES/74/10, ...)</source>
        <translation>仅限这些决议（A/RES/74/10, ...）</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Sessions from</source>
        <translation>届会：从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Closest and most distant to:</source>
        <translation>与以下国家最接近和最疏远的国家：</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致度</translation>
    </message>
    <message>
        <source>Votes in common</source>
        <translation>共同参加的表决</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>一致度(&amp;A)</translation>
    </message>
    <message>
        <source>Regional groups</source>
        <translation>区域集团</translation>
    </message>
    <message>
        <source>Blocs (clustering)</source>
        <translation>表决集团（聚类）</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 成员</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <source>Blocs</source>
        <translation>表决集团</translation>
    </message>
    <message>
        <source>Vote &amp;map</source>
        <translation>表决分布图(&amp;M)</translation>
    </message>
    <message>
        <source>Show likely stances of the silent members</source>
        <translation>显示未表态成员的可能立场</translation>
    </message>
    <message>
        <source>Likely stance (predicted)</source>
        <translation>可能立场（预测）</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>&amp;Likely stances</source>
        <translation>可能立场(&amp;L)</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>导出 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Minimum similarity</source>
        <translation>最低相似度</translation>
    </message>
    <message>
        <source>&amp;Norm tracing</source>
        <translation>规范追溯(&amp;N)</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s) selected</source>
        <translation>
            <numerusform>已选择 %n 次记录表决</numerusform>
        </translation>
    </message>
    <message>
        <source>no vote in common</source>
        <translation>没有共同参加的表决</translation>
    </message>
    <message>
        <source>No recorded vote in the selection</source>
        <translation>所选范围内没有记录表决</translation>
    </message>
    <message>
        <source>%1 %2% in bloc %3</source>
        <translation>%1：%2% 属于表决集团 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s) by clustering; compared with the regional groups: adjusted Rand index %1, purity %2</source>
        <translation>
            <numerusform>聚类得到 %n 个表决集团；与区域集团比较：调整兰德指数 %1，纯度 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>political groups: %1</source>
        <translation>政治集团：%1</translation>
    </message>
    <message>
        <source>Bloc %1</source>
        <translation>表决集团 %1</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <source>States by their votes (%n recorded vote(s))</source>
        <translation>
            <numerusform>按投票情况分布的国家（%n 次记录表决）</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely stances are switched off.</source>
        <translation>可能立场已关闭。</translation>
    </message>
    <message>
        <source>Select a clause in the workbench to see the likely stances of its silent members.</source>
        <translation>在工作台中选择一项条款，以查看其未表态成员的可能立场。</translation>
    </message>
    <message>
        <source>No recorded vote in the selection to predict from.</source>
        <translation>所选范围内没有可供预测的记录表决。</translation>
    </message>
    <message numerus="yes">
        <source>%n other silent member(s) without one: no state shares enough of the selected votes with it.</source>
        <translation>
            <numerusform>另有 %n 个未表态成员没有可能立场：没有任何国家与其共同参加足够多的所选表决。</numerusform>
        </translation>
    </message>
    <message>
        <source>≈ %1 (predicted)</source>
        <translation>≈ %1（预测）</translation>
    </message>
    <message numerus="yes">
        <source>Predicted from the %n state(s) that vote most like it</source>
        <translation>
            <numerusform>根据与其投票最相似的 %n 个国家预测</numerusform>
        </translation>
    </message>
    <message>
        <source>no likely stance</source>
        <translation>无可能立场</translation>
    </message>
    <message>
        <source>No state with a position here shares enough of the selected votes with it</source>
        <translation>此处有立场的国家中，没有一个与其共同参加足够多的所选表决</translation>
    </message>
    <message>
        <source>This workspace has no norms catalogue to trace (the sample workspace has the eleven 2015 norms). Any clause can be traced from the command line: plenipo trace WORKSPACE SYMBOL#NUMBER.</source>
        <translation>本工作区没有可供追溯的规范目录（示例工作区包含 2015 年的十一项规范）。任何条款都可以在命令行中追溯：plenipo trace WORKSPACE SYMBOL#NUMBER。</translation>
    </message>
    <message>
        <source>Best match: paragraph %1, similarity %2</source>
        <translation>最佳匹配：第 %1 段，相似度 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) derive from it, best first:</source>
        <translation>
            <numerusform>有 %n 个段落源自于此，按匹配程度从高到低排列：</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity %1</source>
        <translation>相似度 %1</translation>
    </message>
    <message>
        <source>Export Norm Table</source>
        <translation>导出规范表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>对象(&amp;F)：</translation>
    </message>
    <message>
        <source>The whole of %1#%2</source>
        <translation>%1#%2 整体</translation>
    </message>
    <message>
        <source>Alternative %1: %2</source>
        <translation>备选案文 %1：%2</translation>
    </message>
    <message>
        <source>Document %1 as a whole</source>
        <translation>文件 %1 整体</translation>
    </message>
    <message>
        <source>%1#%2, alternative %3</source>
        <translation>%1#%2，备选案文 %3</translation>
    </message>
    <message>
        <source>%1: no state has a recorded position here, so there is nothing to predict from (adopted without a vote, or no statement recorded yet).</source>
        <translation>%1：此处没有任何国家有记录的立场，因此无从预测（未经表决通过，或尚未记录任何发言）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports.</source>
        <translation>
            <numerusform>%1：%n 个未表态成员有可能立场。根据与各成员投票最相似的国家预测：并非有记录的立场，绝不计入协商一致、联盟或导出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SampleBuilder</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: expected %n fields, found %3</source>
        <translation>
            <numerusform>%1:%2：应为 %n 个字段，实际为 %3 个</numerusform>
        </translation>
    </message>
    <message>
        <source>'%1' is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>'%1' must be text</source>
        <translation>“%1”必须是文本</translation>
    </message>
    <message>
        <source>'%1' must be a list</source>
        <translation>“%1”必须是列表</translation>
    </message>
    <message>
        <source>'%1' must be a list of text</source>
        <translation>“%1”必须是文本列表</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>%1:%2: unknown UN regional group '%3'</source>
        <translation>%1:%2：未知联合国区域集团“%3”</translation>
    </message>
    <message>
        <source>%1: aliases for unknown states: %2</source>
        <translation>%1：未知国家的别名：%2</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1：偏移量 %2：%3</translation>
    </message>
    <message>
        <source>unknown state or group '%1'</source>
        <translation>未知国家或集团“%1”</translation>
    </message>
    <message>
        <source>unknown group kind</source>
        <translation>未知集团类型</translation>
    </message>
    <message>
        <source>unknown process kind</source>
        <translation>未知进程类型</translation>
    </message>
    <message>
        <source>document %1</source>
        <extracomment>A place in the sample data: %1 is a document's symbol.</extracomment>
        <translation>文件 %1</translation>
    </message>
    <message>
        <source>unknown document kind</source>
        <translation>未知文件类型</translation>
    </message>
    <message>
        <source>'date' must be YYYY-MM-DD</source>
        <translation>“date”必须为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown process '%1'</source>
        <translation>未知进程“%1”</translation>
    </message>
    <message>
        <source>unknown predecessor '%1'</source>
        <translation>未知前身“%1”</translation>
    </message>
    <message>
        <source>%1 clause %2</source>
        <extracomment>A place in the sample data: %1 is a document ("document A/78/1"), %2 the clause's position in it.</extracomment>
        <translation>%1 条款 %2</translation>
    </message>
    <message>
        <source>unknown norm '%1'</source>
        <translation>未知规范“%1”</translation>
    </message>
    <message>
        <source>origin '%1' is not a clause of the predecessor</source>
        <translation>来源“%1”不是前身文件的条款</translation>
    </message>
    <message>
        <source>duplicate clause key '%1'</source>
        <translation>条款键“%1”重复</translation>
    </message>
    <message>
        <source>no clause '%1' in document %2</source>
        <translation>文件 %2 中没有条款“%1”</translation>
    </message>
    <message>
        <source>unknown stance</source>
        <translation>未知立场</translation>
    </message>
    <message>
        <source>%1: clause %2 is not in the workspace</source>
        <translation>%1：工作区中没有条款 %2</translation>
    </message>
    <message>
        <source>The positions in this sample are illustrative: they are derived from publicly reported lines of disagreement and are not recorded statements of any State.</source>
        <translation>本示例中的立场仅作说明之用：它们来自公开报道的分歧，并非任何国家有记录的发言。</translation>
    </message>
    <message>
        <source>Synthetic workspace generated for benchmarking: the positions are random, not statements of any State.</source>
        <translation>为基准测试生成的合成工作区：立场为随机生成，并非任何国家的发言。</translation>
    </message>
</context>
<context>
    <name>Plenipo::Schema</name>
    <message>
        <source>upgrading the workspace to version %1 failed: %2</source>
        <translation>将工作区升级到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchIndex</name>
    <message>
        <source>the search cannot be prepared: %1</source>
        <translation>无法准备搜索：%1</translation>
    </message>
    <message>
        <source>the search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchPanel</name>
    <message numerus="yes">
        <source>Clauses (first %n)</source>
        <translation>
            <numerusform>条款（前 %n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses (%n)</source>
        <translation>
            <numerusform>条款（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (first %n)</source>
        <translation>
            <numerusform>较早修订（前 %n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (%n)</source>
        <translation>
            <numerusform>较早修订（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (first %n)</source>
        <translation>
            <numerusform>文件（前 %n 份）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n)</source>
        <translation>
            <numerusform>文件（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (first %n)</source>
        <translation>
            <numerusform>规范（前 %n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (%n)</source>
        <translation>
            <numerusform>规范（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (first %n)</source>
        <translation>
            <numerusform>立场（前 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (%n)</source>
        <translation>
            <numerusform>立场（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (first %n)</source>
        <translation>
            <numerusform>国家（前 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (%n)</source>
        <translation>
            <numerusform>国家（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1，第 %2 次修订</translation>
    </message>
    <message numerus="yes">
        <source>%1 and others (%n position(s))</source>
        <translation>
            <numerusform>%1 等（%n 个立场）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1（内部）</translation>
    </message>
    <message>
        <source>Earlier &amp;revisions</source>
        <translation>较早修订(&amp;R)</translation>
    </message>
    <message>
        <source>Find in workspace: words, "a phrase", infra*, -word</source>
        <translation>在工作区中查找：词语、"一个短语"、infra*、-词语</translation>
    </message>
    <message>
        <source>Where to search: the whole workspace, a process or a document</source>
        <translation>搜索范围：整个工作区、某一进程或某一文件</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>规范</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>States</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Also search every earlier revision of the clauses</source>
        <translation>同时搜索条款的所有较早修订</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>整个工作区</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>进程：%1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>所在位置</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Type words to find. "a phrase" finds the words together, infra* every word starting with infra, -word leaves out what contains it. Case and accents do not count.</source>
        <translation>输入要查找的词语。"一个短语" 查找连在一起的词语，infra* 查找所有以 infra 开头的词语，-词语 排除包含该词语的内容。不区分大小写和变音符号。</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms; Enter opens the selected one.</source>
        <translation>
            <numerusform>用时 %1 毫秒找到 %n 个结果；按 Enter 打开所选结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the same on %n clause(s) in all</source>
        <extracomment>%1 is the states positioned on the hit's clause with these details; the count is of the clauses that have positions with the same details (a recorded vote's source is on every paragraph of the resolution).</extracomment>
        <translation>
            <numerusform>%1；同样见于共 %n 项条款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed by another session cannot be found yet; they can be once its import is done.</source>
        <translation>
            <numerusform>另一会话更改的 %n 项内容暂时无法搜索到；其导入完成后即可搜索。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchQuery</name>
    <message>
        <source>the '*' at column %1 needs at least 3 letters before it (infra*)</source>
        <translation>第 %1 列的“*”前至少需要 3 个字母（infra*）</translation>
    </message>
    <message>
        <source>the quotation mark at column %1 is not closed</source>
        <translation>第 %1 列的引号未闭合</translation>
    </message>
    <message>
        <source>only words to leave out: add a word to search for</source>
        <translation>只有要排除的词语：请添加要搜索的词语</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerAddress</name>
    <message>
        <source>the server address "%1" has percent-encoded bytes that are not UTF-8</source>
        <translation>服务器地址“%1”含有非 UTF-8 的百分号编码字节</translation>
    </message>
    <message>
        <source>the server address "%1": expected keyword=value at character %2</source>
        <translation>服务器地址“%1”：第 %2 个字符处应为 关键字=值</translation>
    </message>
    <message>
        <source>the server address "%1": unterminated quoted value of "%2"</source>
        <translation>服务器地址“%1”：“%2”的带引号值未结束</translation>
    </message>
    <message>
        <source>the server address "%1" has an empty host in its host list</source>
        <translation>服务器地址“%1”的主机列表中有空主机</translation>
    </message>
    <message>
        <source>the server address "%1" has an IPv6 host without its closing "]"</source>
        <translation>服务器地址“%1”中的 IPv6 主机缺少结尾的“]”</translation>
    </message>
    <message>
        <source>the server address "%1": unexpected "%2" after an IPv6 host</source>
        <translation>服务器地址“%1”：IPv6 主机之后出现意外的“%2”</translation>
    </message>
    <message>
        <source>the server address "%1" has an invalid port "%2"</source>
        <translation>服务器地址“%1”的端口“%2”无效</translation>
    </message>
    <message>
        <source>the server address "%1": the parameter "%2" has no value</source>
        <translation>服务器地址“%1”：参数“%2”没有值</translation>
    </message>
    <message>
        <source>"%1" is not a server address: write postgresql://user@host/database or service=NAME</source>
        <translation>“%1”不是服务器地址：请写作 postgresql://user@host/database 或 service=NAME</translation>
    </message>
    <message>
        <source>the server address "%1": the value of "%2" may not contain ";"</source>
        <translation>服务器地址“%1”：“%2”的值不得包含“;”</translation>
    </message>
    <message>
        <source>cannot reach %1: Qt's PostgreSQL driver (QPSQL) is not installed</source>
        <translation>无法连接 %1：未安装 Qt 的 PostgreSQL 驱动（QPSQL）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerAdmin</name>
    <message>
        <source>the server refused</source>
        <translation>服务器拒绝了请求</translation>
    </message>
    <message>
        <source>the database name is too long for team mode (40 characters at most): its roles are named after it</source>
        <translation>数据库名称对团队模式而言过长（最多 40 个字符）：其角色以该名称命名</translation>
    </message>
    <message>
        <source>the server workspace was made by a newer Plenipo (schema %1, this one knows %2)</source>
        <translation>服务器工作区由较新版本的 Plenipo 创建（架构 %1，此版本仅支持 %2）</translation>
    </message>
    <message>
        <source>the server's roles and policies were made by a newer Plenipo (version %1)</source>
        <translation>服务器的角色和策略由较新版本的 Plenipo 创建（版本 %1）</translation>
    </message>
    <message>
        <source>unknown role "%1": viewer, editor or coordinator</source>
        <translation>未知角色“%1”：应为 viewer、editor 或 coordinator</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerCommands</name>
    <message>
        <source>unknown server command '%1'</source>
        <translation>未知 server 命令“%1”</translation>
    </message>
    <message>
        <source>see plenipo server --help</source>
        <translation>参见 plenipo server --help</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Create or upgrade a team workspace on a PostgreSQL server: its tables, roles, row-level security policies and audit trail. Run as the database's owner; running it again upgrades and changes nothing else.</source>
        <translation>在 PostgreSQL 服务器上创建或升级团队工作区：其表、角色、行级安全策略和审计记录。请以数据库所有者身份运行；再次运行只会升级，不改动其他内容。</translation>
    </message>
    <message>
        <source>postgresql://owner@host/database or service=NAME</source>
        <translation>postgresql://owner@host/database 或 service=NAME</translation>
    </message>
    <message>
        <source>server init takes one URL</source>
        <translation>server init 只接受一个 URL</translation>
    </message>
    <message>
        <source>%1: team workspace is up to date</source>
        <translation>%1：团队工作区已是最新</translation>
    </message>
    <message>
        <source>%1: team workspace created</source>
        <translation>%1：已创建团队工作区</translation>
    </message>
    <message>
        <source>Manage the users of a team workspace: add (or change) a login with its delegation and role, remove it, or list them. The owner manages every delegation, a coordinator their own; the server checks.</source>
        <translation>管理团队工作区的用户：添加（或更改）一个登录名及其代表团和角色、删除该登录名或列出所有用户。所有者管理所有代表团，协调员管理本代表团；由服务器核查。</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>要执行的操作</translation>
    </message>
    <message>
        <source>the server workspace</source>
        <translation>服务器上的工作区</translation>
    </message>
    <message>
        <source>the user's login name (add, remove)</source>
        <translation>用户的登录名（add、remove）</translation>
    </message>
    <message>
        <source>the user's delegation (a state's ISO3 code or a group code)</source>
        <translation>用户的代表团（国家的 ISO3 代码或集团代码）</translation>
    </message>
    <message>
        <source>viewer, editor or coordinator</source>
        <translation>viewer、editor 或 coordinator</translation>
    </message>
    <message>
        <source>change an existing login without setting a new password</source>
        <translation>更改现有登录名而不设置新密码</translation>
    </message>
    <message>
        <source>list as JSON</source>
        <translation>以 JSON 列出</translation>
    </message>
    <message>
        <source>usage: plenipo server user add URL LOGIN --delegation CODE --role ROLE</source>
        <translation>用法：plenipo server user add URL LOGIN --delegation CODE --role ROLE</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码： </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>再输入一次： </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>no password given for %1</source>
        <translation>未提供 %1 的密码</translation>
    </message>
    <message>
        <source>%1: %2 of delegation %3</source>
        <translation>%1：代表团 %3 的 %2</translation>
    </message>
    <message>
        <source>usage: plenipo server user remove URL LOGIN</source>
        <translation>用法：plenipo server user remove URL LOGIN</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>usage: plenipo server user list URL [--json]</source>
        <translation>用法：plenipo server user list URL [--json]</translation>
    </message>
    <message>
        <source>server user takes add, remove or list</source>
        <translation>server user 只接受 add、remove 或 list</translation>
    </message>
    <message>
        <source>Upload a workspace file into a new, empty team workspace (as its owner). Internal material in the file becomes the named delegation's, which alone will see it.</source>
        <translation>将工作区文件上传到一个新的空团队工作区（以所有者身份）。文件中的内部材料归所指定的代表团所有，只有该代表团能看到。</translation>
    </message>
    <message>
        <source>the workspace file</source>
        <translation>工作区文件</translation>
    </message>
    <message>
        <source>whose internal material the file holds</source>
        <translation>文件中内部材料所属的代表团</translation>
    </message>
    <message>
        <source>usage: plenipo server push FILE URL [--delegation CODE]</source>
        <translation>用法：plenipo server push FILE URL [--delegation CODE]</translation>
    </message>
    <message>
        <source>%1 uploaded: %2 rows in %3 tables (%4 internal)</source>
        <translation>已上传 %1：%3 个表中的 %2 行（内部 %4 行）</translation>
    </message>
    <message>
        <source>Write a file copy of a team workspace for reading on the road: only what your login may see (the server decides), as a new workspace file.</source>
        <translation>写入团队工作区的文件副本，以便在外出时阅读：仅包含您的登录名可以查看的内容（由服务器决定），保存为新的工作区文件。</translation>
    </message>
    <message>
        <source>the new workspace file</source>
        <translation>新的工作区文件</translation>
    </message>
    <message>
        <source>usage: plenipo server pull URL FILE</source>
        <translation>用法：plenipo server pull URL FILE</translation>
    </message>
    <message>
        <source>%1 written: %2 rows from %3 tables</source>
        <translation>已写入 %1：来自 %3 个表的 %2 行</translation>
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
        <translation>用法： plenipo server init URL
      plenipo server user add URL LOGIN --delegation CODE --role viewer|editor|coordinator
      plenipo server user remove URL LOGIN
      plenipo server user list URL [--json]
      plenipo server push FILE URL [--delegation CODE]
      plenipo server pull URL FILE
URL：postgresql://user@host:port/database?sslmode=verify-full，或 service=NAME。
</translation>
    </message>
    <message>
        <source>%1: team workspace upgraded (server layer %2 to %3)</source>
        <extracomment>%2 and %3 are version numbers of the server's roles, policies and triggers</extracomment>
        <translation>%1：团队工作区已升级（服务器层 %2 到 %3）</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerIdentity</name>
    <message>
        <source>the server refused</source>
        <translation>服务器拒绝了请求</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>协调人</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPull</name>
    <message>
        <source>the server sent a position of an unknown state</source>
        <translation>服务器发送了一个未知国家的立场</translation>
    </message>
    <message>
        <source>%1 already exists: pull writes a new file</source>
        <translation>%1 已存在：pull 会写入新文件</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1：没有此文件夹</translation>
    </message>
    <message>
        <source>the server workspace has schema version %1, this Plenipo writes files of version %2</source>
        <translation>服务器工作区的架构版本为 %1，此 Plenipo 写入的文件版本为 %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPush</name>
    <message>
        <source>the server refused the upload</source>
        <translation>服务器拒绝了上传</translation>
    </message>
    <message>
        <source>%1: no such workspace file</source>
        <translation>%1：没有此工作区文件</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace</source>
        <translation>%1 不是 Plenipo 工作区</translation>
    </message>
    <message>
        <source>%1 has schema version %2, this Plenipo uploads version %3: open it once in this Plenipo (which upgrades it) and push again</source>
        <translation>%1 的架构版本为 %2，此 Plenipo 上传的版本为 %3：请在此 Plenipo 中打开一次（将其升级）后再次 push</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>only the server workspace's owner may upload a file into it</source>
        <translation>只有服务器工作区的所有者才能向其上传文件</translation>
    </message>
    <message>
        <source>the server workspace is not empty: push uploads into a new one</source>
        <translation>服务器工作区不为空：push 只上传到新工作区</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds internal material (%n rows): say whose it is with --delegation</source>
        <extracomment>%1 is the file; --delegation is a command line option: keep it as it is.</extracomment>
        <translation>
            <numerusform>%1 含有内部材料（%n 行）：请用 --delegation 说明其归属</numerusform>
        </translation>
    </message>
    <message>
        <source>the server workspace has no table "%1": run "plenipo server init" with this Plenipo first</source>
        <translation>服务器工作区中没有表“%1”：请先用此 Plenipo 运行“plenipo server init”</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerSession</name>
    <message>
        <source>the server refused</source>
        <translation>服务器拒绝了请求</translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerSnapshot</name>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>Plenipo::SetClauseTextCommand</name>
    <message>
        <source>Edit paragraph %1 of %2</source>
        <translation>编辑 %2 第 %1 段</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>没有 ID 为 %1 的条款</translation>
    </message>
</context>
<context>
    <name>Plenipo::SetPositionsCommand</name>
    <message>
        <source>Set no position</source>
        <translation>未设定任何立场</translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) in %1</source>
        <extracomment>%1 is "2 documents"</extracomment>
        <translation>
            <numerusform>在 %1 中设定 %n 个立场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文件</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph %1 (alternative %2) of %3</source>
        <translation>%3 第 %1 段（备选案文 %2）</translation>
    </message>
    <message>
        <source>paragraph %1 of %2</source>
        <translation>%2 第 %1 段</translation>
    </message>
    <message numerus="yes">
        <source>paragraphs %1 and %n more of %2</source>
        <translation>
            <numerusform>%2 第 %1 段及另外 %n 段</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraphs %1 of %2</source>
        <translation>%2 第 %1 段</translation>
    </message>
    <message>
        <source>Set %1 on %2 to %3</source>
        <translation>将 %1 对 %2 的立场设为%3</translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1 to %2</source>
        <translation>
            <numerusform>将 %1 的 %n 个立场设为%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1</source>
        <translation>
            <numerusform>设定 %1 的 %n 个立场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n position(s) on paragraph %1 of %2</source>
        <translation>
            <numerusform>确认 %2 第 %1 段的 %n 个立场</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ShortcutListDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&amp;Configure...</source>
        <translation>配置(&amp;C)...</translation>
    </message>
    <message>
        <source>Save revision, in the clause editor</source>
        <translation>保存修订（在条款编辑器中）</translation>
    </message>
    <message>
        <source>Close the comparison window, the handbook or this list</source>
        <translation>关闭比较窗口、手册或本列表</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Change the stance of the selected cell, in the support matrix</source>
        <translation>更改所选单元格的立场（在支持矩阵中）</translation>
    </message>
</context>
<context>
    <name>Plenipo::SqliteDialect</name>
    <message>
        <source>writing failed: the disk is full or the file has reached its size limit, or the disk reported an error (%1)</source>
        <translation>写入失败：磁盘已满或文件已达到大小上限，或磁盘报告了错误（%1）</translation>
    </message>
    <message>
        <source>the disk is full or the file has reached its size limit (%1)</source>
        <translation>磁盘已满或文件已达到大小上限（%1）</translation>
    </message>
    <message>
        <source>the file or its medium is read-only (%1)</source>
        <translation>文件或其介质为只读（%1）</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (%1)</source>
        <translation>磁盘报告了输入/输出错误（%1）</translation>
    </message>
    <message>
        <source>cannot write a copy to %1: %2</source>
        <translation>无法将副本写入 %1：%2</translation>
    </message>
    <message>
        <source>the database refused write-ahead logging (journal mode is %1)</source>
        <translation>数据库拒绝了预写式日志（日志模式为 %1）</translation>
    </message>
    <message>
        <source>the search index cannot be updated: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Stance</name>
    <message>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>can accept</source>
        <translation>可以接受</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>no position</source>
        <translation>无立场</translation>
    </message>
</context>
<context>
    <name>Plenipo::StanceLegend</name>
    <message>
        <source>Stance:</source>
        <translation>立场：</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>objects to an alternative</source>
        <translation>反对某一备选案文</translation>
    </message>
    <message>
        <source>reservation on an alternative</source>
        <translation>对某一备选案文有保留</translation>
    </message>
    <message>
        <source>blocks the clause</source>
        <translation>阻碍该条款</translation>
    </message>
    <message>
        <source>what-if (temporary)</source>
        <translation>假设（临时）</translation>
    </message>
    <message>
        <source>outdated: text changed since given</source>
        <translation>过时：表明立场后案文已更改</translation>
    </message>
    <message>
        <source>orphaned position (not counted)</source>
        <translation>失去依附的立场（不计入）</translation>
    </message>
</context>
<context>
    <name>Plenipo::StanceStyle</name>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>Plenipo::StateNames</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1:1: no iso3 column</source>
        <translation>%1:1：没有 iso3 列</translation>
    </message>
    <message>
        <source>%1:1: no %2_%3 column</source>
        <translation>%1:1：没有 %2_%3 列</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2：%n 个字段，应为 %3 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: bad or repeated ISO3 code '%3'</source>
        <translation>%1:%2：ISO3 代码“%3”无效或重复</translation>
    </message>
    <message>
        <source>%1:%2: %3 has no %4 name</source>
        <translation>%1:%2：%3 没有 %4 名称</translation>
    </message>
</context>
<context>
    <name>Plenipo::StateTableModel</name>
    <message>
        <source>Also:</source>
        <translation>又称：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>集团</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>失去依附</translation>
    </message>
    <message>
        <source>Outdated: a position of this state on the clause was given on words that have changed since.</source>
        <translation>过时：该国在此条款上的一个立场所针对的词语此后已更改。</translation>
    </message>
    <message>
        <source>Orphaned: a position of this state lost its words; it is not counted (see the positions panel).</source>
        <translation>失去依附：该国的一个立场已失去其词语；不计入（见立场面板）。</translation>
    </message>
</context>
<context>
    <name>Plenipo::StatesView</name>
    <message>
        <source>Show the members of a group or process</source>
        <translation>显示某一集团或进程的成员</translation>
    </message>
    <message>
        <source>Find a state by name, code or alias</source>
        <translation>按名称、代码或别名查找国家</translation>
    </message>
    <message>
        <source>&lt;b&gt;States&lt;/b&gt;</source>
        <translation>&lt;b&gt;国家&lt;/b&gt;</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>UN regional groups</source>
        <translation>联合国区域集团</translation>
    </message>
    <message>
        <source>Political groups</source>
        <translation>政治集团</translation>
    </message>
    <message>
        <source>Coalitions</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Members of a process</source>
        <translation>进程成员</translation>
    </message>
    <message>
        <source>all UN members</source>
        <translation>所有联合国会员国</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n state(s)</source>
        <translation>
            <numerusform>%1 个，共 %n 个国家</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on paragraph %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 对第 %2 段：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (the clause as a whole)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（整个条款）</translation>
    </message>
    <message>
        <source>no position recorded on the clause as a whole</source>
        <translation>未记录对整个条款的立场</translation>
    </message>
    <message>
        <source>Temporary what-if stance, not saved.</source>
        <translation>临时假设立场，未保存。</translation>
    </message>
    <message>
        <source>On alternatives: %1</source>
        <translation>对备选案文：%1</translation>
    </message>
    <message>
        <source>Clause status: %1</source>
        <translation>条款状态：%1</translation>
    </message>
    <message numerus="yes">
        <source>Its objection blocks this clause (%n blocking state(s) in all).</source>
        <translation>
            <numerusform>其反对阻碍了该条款（共有 %n 个阻碍国）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Double-click to change the stance.</source>
        <translation>双击可更改立场。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paragraph %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;第 %1 段&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>Blocked by: %1</source>
        <translation>阻碍国：%1</translation>
    </message>
    <message numerus="yes">
        <source>Objects to %n clause(s) of this document</source>
        <translation>
            <numerusform>反对本文件的 %n 项条款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocks %n clause(s)</source>
        <translation>
            <numerusform>阻碍 %n 项条款</numerusform>
        </translation>
    </message>
    <message>
        <source>Outdated (dot): a position of this state here was given on words that have changed since.</source>
        <translation>过时（圆点）：该国在此处的一个立场所针对的词语此后已更改。</translation>
    </message>
    <message>
        <source>Orphaned position (ring): its words are gone from the text; it is not counted. Re-attach or discard it in the positions panel.</source>
        <translation>失去依附的立场（圆环）：其词语已从案文中消失；不计入。请在立场面板中将其重新关联或放弃。</translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixView</name>
    <message>
        <source>The states shown, and for whom consensus is computed</source>
        <translation>显示的国家，即计算协商一致所针对的国家</translation>
    </message>
    <message>
        <source>By regional group</source>
        <translation>按区域集团</translation>
    </message>
    <message>
        <source>By number of objections</source>
        <translation>按反对次数</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support matrix&lt;/b&gt;: select a document or a clause</source>
        <translation>&lt;b&gt;支持矩阵&lt;/b&gt;：请选择文件或条款</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support matrix&lt;/b&gt; of %1 &amp;ndash; %2</source>
        <translation>&lt;b&gt;支持矩阵&lt;/b&gt;：%1 &amp;ndash; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) for %1:</source>
        <translation>
            <numerusform>%1 的 %n 项条款：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n 处方括号内案文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked, fewest blockers first: %1</source>
        <translation>受阻条款，阻碍国最少的在前：%1</translation>
    </message>
    <message>
        <source>No clause is blocked.</source>
        <translation>没有受阻的条款。</translation>
    </message>
</context>
<context>
    <name>Plenipo::SyntheticWorkspace</name>
    <message>
        <source>generate: states must be 1 to %1, clauses at least 1, alternatives 0 to 50</source>
        <translation>generate：国家数须为 1 至 %1，条款数至少为 1，备选案文数为 0 至 50</translation>
    </message>
    <message>
        <source>clause %1 was not written</source>
        <translation>条款 %1 未写入</translation>
    </message>
</context>
<context>
    <name>Plenipo::TableCopy</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is what was being done ("copying table clause"), %2 the database's message.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the database refused a statement</source>
        <translation>数据库拒绝了一条语句</translation>
    </message>
    <message>
        <source>copying table %1</source>
        <extracomment>What was being done when the database refused a statement: %1 is a table's name.</extracomment>
        <translation>复制表 %1</translation>
    </message>
</context>
<context>
    <name>Plenipo::Transaction</name>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot save the change: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>Plenipo::VoteMapView</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Axis 1 (%1% of the variance)</source>
        <translation>轴 1（方差的 %1%）</translation>
    </message>
    <message>
        <source>Axis 2 (%1% of the variance)</source>
        <translation>轴 2（方差的 %1%）</translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIf</name>
    <message>
        <source>unknown state '%1'</source>
        <translation>未知国家“%1”</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>没有 ID 为 %1 的条款</translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIfBar</name>
    <message>
        <source>What-if Mode</source>
        <translation>假设模式</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Change stances temporarily and see every status update at once, without touching the saved positions</source>
        <translation>临时更改立场，立即查看各项状态的变化，而不改动已保存的立场</translation>
    </message>
    <message>
        <source>Record the temporary stances as positions (one undoable step)</source>
        <translation>将临时立场记录为立场（可一步撤销）</translation>
    </message>
    <message>
        <source>Drop the temporary stances: the saved positions show again</source>
        <translation>放弃临时立场：重新显示已保存的立场</translation>
    </message>
    <message numerus="yes">
        <source>What-if: %n temporary stance(s), not saved</source>
        <translation>
            <numerusform>假设：%n 个临时立场，未保存</numerusform>
        </translation>
    </message>
    <message>
        <source>Stance edits are saved (Edit &gt; Undo reverts them)</source>
        <translation>立场编辑已保存（“编辑 &gt; 撤销”可还原）</translation>
    </message>
</context>
<context>
    <name>Plenipo::Workbench</name>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Support Matrix</source>
        <translation>支持矩阵</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Compare texts — Plenipo</source>
        <translation>比较案文 — Plenipo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sample workspace.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;示例工作区。&lt;/b&gt;%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 paragraph %2: %n position(s) recorded</source>
        <translation>
            <numerusform>%1 第 %2 段：已记录 %n 个立场</numerusform>
        </translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>主席：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>成果：</translation>
    </message>
    <message>
        <source>Membership: open to all UN member states.</source>
        <translation>成员：向所有联合国会员国开放。</translation>
    </message>
    <message>
        <source>Membership: not recorded in this workspace.</source>
        <translation>成员：本工作区未记录。</translation>
    </message>
    <message numerus="yes">
        <source>Membership (%n state(s)):</source>
        <translation>
            <numerusform>成员（%n 个国家）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>进程：</translation>
    </message>
    <message>
        <source>Follows:</source>
        <translation>承接：</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s):</source>
        <translation>
            <numerusform>%n 项条款：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses linked to this norm (%n):</source>
        <translation>
            <numerusform>与该规范关联的条款（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1, paragraph %2 (%3)</source>
        <extracomment>The norm's source: %1 the document symbol, %2 its paragraph, %3 the norm's code</extracomment>
        <translation>来源：%1，第 %2 段（%3）</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n state(s) in the States panel</source>
        <translation>
            <numerusform>已在国家面板中选中 %n 个国家</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::Workspace</name>
    <message>
        <source>cannot save the change: %1; nothing was saved</source>
        <translation>无法保存更改：%1；未保存任何内容</translation>
    </message>
    <message>
        <source>database statement failed (%1): %2</source>
        <translation>数据库语句失败（%1）：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: the file does not exist</source>
        <translation>无法打开 %1：文件不存在</translation>
    </message>
    <message>
        <source>cannot open %1: it is a folder, not a workspace file</source>
        <translation>无法打开 %1：这是文件夹，不是工作区文件</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied</source>
        <translation>无法打开 %1：权限被拒绝</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it is not a workspace database file)</source>
        <translation>%1 不是 Plenipo 工作区（不是工作区数据库文件）</translation>
    </message>
    <message>
        <source>%1 is open for editing in another Plenipo (process %2 on %3); it can be opened read-only</source>
        <translation>%1 已在另一个 Plenipo 中打开以供编辑（%3 上的进程 %2）；可以只读方式打开</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本计算机</translation>
    </message>
    <message>
        <source>%1 is on a read-only medium or in a folder you may not write to: it can be opened read-only</source>
        <translation>%1 位于只读介质上或您无权写入的文件夹中：可以只读方式打开</translation>
    </message>
    <message>
        <source>cannot open %1 for editing: the lock file %2 cannot be created</source>
        <translation>无法打开 %1 以供编辑：无法创建锁文件 %2</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it is a database of another program)</source>
        <translation>%1 不是 Plenipo 工作区（是其他程序的数据库）</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Plenipo (workspace format %2; this version reads formats up to %3)</source>
        <translation>%1 由较新版本的 Plenipo 写入（工作区格式 %2；此版本可读取的格式最高为 %3）</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is not a Plenipo workspace (it holds no workspace tables)</source>
        <translation>%1 不是 Plenipo 工作区（不含工作区表）</translation>
    </message>
    <message>
        <source>%1 uses the older workspace format %2; open it for editing once to upgrade it</source>
        <translation>%1 使用较早的工作区格式 %2；请以编辑方式打开一次以升级</translation>
    </message>
    <message>
        <source>%1 is damaged or not a workspace: %2</source>
        <translation>%1 已损坏或不是工作区：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2; nothing was changed</source>
        <translation>%1 已损坏：%2；未作任何更改</translation>
    </message>
    <message>
        <source>%1 is damaged: the alias '%2' belongs to a state that does not exist</source>
        <translation>%1 已损坏：别名“%2”属于一个不存在的国家</translation>
    </message>
    <message>
        <source>cannot create %1: a file with that name exists</source>
        <translation>无法创建 %1：已存在同名文件</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>无法创建 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot create %1: renaming the new file failed</source>
        <translation>无法创建 %1：重命名新文件失败</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot save as %1: the folder does not exist</source>
        <translation>无法另存为 %1：文件夹不存在</translation>
    </message>
    <message>
        <source>cannot save as %1: that workspace is open in another Plenipo</source>
        <translation>无法另存为 %1：该工作区已在另一个 Plenipo 中打开</translation>
    </message>
    <message>
        <source>cannot save as %1: %2</source>
        <translation>无法另存为 %1：%2</translation>
    </message>
    <message>
        <source>%1 is open read-only: changes cannot be saved</source>
        <translation>%1 以只读方式打开：无法保存更改</translation>
    </message>
    <message>
        <source>a batch of changes was committed twice</source>
        <translation>一批更改被提交了两次</translation>
    </message>
    <message>
        <source>unknown state '%1'</source>
        <translation>未知国家“%1”</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166-1 alpha-3 code (state %2)</source>
        <translation>“%1”不是 ISO 3166-1 alpha-3 代码（国家 %2）</translation>
    </message>
    <message>
        <source>a group needs a code of its own ('%1' is empty or taken)</source>
        <translation>集团需要自己的代码（“%1”为空或已被占用）</translation>
    </message>
    <message>
        <source>group code '%1' is a state's ISO code; choose another</source>
        <translation>集团代码“%1”是某个国家的 ISO 代码；请另选</translation>
    </message>
    <message>
        <source>a process needs a code of its own ('%1' is empty or taken)</source>
        <translation>进程需要自己的代码（“%1”为空或已被占用）</translation>
    </message>
    <message>
        <source>a norm needs a code of its own ('%1' is empty or taken)</source>
        <translation>规范需要自己的代码（“%1”为空或已被占用）</translation>
    </message>
    <message>
        <source>a document needs a symbol of its own ('%1' is empty or taken)</source>
        <translation>文件需要自己的文号（“%1”为空或已被占用）</translation>
    </message>
    <message>
        <source>document %1: unknown process</source>
        <translation>文件 %1：未知进程</translation>
    </message>
    <message>
        <source>document %1: unknown predecessor document</source>
        <translation>文件 %1：未知前身文件</translation>
    </message>
    <message>
        <source>clause %1 belongs to no known document</source>
        <translation>条款 %1 不属于任何已知文件</translation>
    </message>
    <message>
        <source>clause %1: the clause it descends from does not exist</source>
        <translation>条款 %1：其所源自的条款不存在</translation>
    </message>
    <message>
        <source>clause %1: unknown norm</source>
        <translation>条款 %1：未知规范</translation>
    </message>
    <message>
        <source>no clause with id %1</source>
        <translation>没有 ID 为 %1 的条款</translation>
    </message>
    <message>
        <source>clause %1 has no revision to restore</source>
        <translation>条款 %1 没有可恢复的修订</translation>
    </message>
    <message>
        <source>a clause needs a number</source>
        <translation>条款需要编号</translation>
    </message>
    <message>
        <source>clause %1: revision %2 is not the latest one and cannot be removed</source>
        <translation>条款 %1：修订 %2 不是最新修订，无法删除</translation>
    </message>
    <message>
        <source>no document with id %1</source>
        <translation>没有 ID 为 %1 的文件</translation>
    </message>
    <message>
        <source>%1: a recorded vote row is damaged (vote %2, state %3, choice %4)</source>
        <translation>%1：一条记录表决行已损坏（表决 %2，国家 %3，选择 %4）</translation>
    </message>
    <message>
        <source>recorded vote: bad choice %1 for %2</source>
        <translation>记录表决：%2 的选择 %1 无效</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translation>没有 ID 为 %1 的集团</translation>
    </message>
    <message>
        <source>no process with id %1</source>
        <translation>没有 ID 为 %1 的进程</translation>
    </message>
    <message>
        <source>the search index is already being deferred</source>
        <translation>搜索索引已处于延迟更新状态</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceInfo</name>
    <message>
        <source>Workspace:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's file name.</extracomment>
        <translation>工作区：</translation>
    </message>
    <message>
        <source>Format version:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's schema version (a number).</extracomment>
        <translation>格式版本：</translation>
    </message>
    <message>
        <source>States:</source>
        <extracomment>A label of `plenipo info`, followed by the number of states.</extracomment>
        <translation>国家：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is the number of UN member states ("193 UN member states"), %2 the number of observer states ("2 observers").</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n 个联合国会员国</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n 个观察员</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups:</source>
        <extracomment>A label of `plenipo info`, followed by the number of state groups.</extracomment>
        <translation>集团：</translation>
    </message>
    <message>
        <source>Processes:</source>
        <extracomment>A label of `plenipo info`, followed by the number of negotiation processes (and their names, one per line).</extracomment>
        <translation>进程：</translation>
    </message>
    <message>
        <source>Norms:</source>
        <extracomment>A label of `plenipo info`, followed by the number of norms.</extracomment>
        <translation>规范：</translation>
    </message>
    <message>
        <source>Documents:</source>
        <extracomment>A label of `plenipo info`, followed by the number of documents.</extracomment>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Clauses:</source>
        <extracomment>A label of `plenipo info`, followed by the number of clauses.</extracomment>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Positions:</source>
        <extracomment>A label of `plenipo info`, followed by the number of recorded positions.</extracomment>
        <translation>立场：</translation>
    </message>
    <message>
        <source>Note:</source>
        <extracomment>A label of `plenipo info`, followed by the workspace's note on its positions.</extracomment>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceOpener</name>
    <message>
        <source>Workspace in use</source>
        <translation>工作区正在使用</translation>
    </message>
    <message>
        <source>Workspace cannot be edited</source>
        <translation>无法编辑工作区</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read everything and use Save As to make an editable copy.</source>
        <translation>%1

以只读方式打开吗？您可以阅读全部内容，并用“另存为”制作可编辑的副本。</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceValidator</name>
    <message>
        <source>table state: state %1 has no code</source>
        <translation>表 state：国家 %1 没有代码</translation>
    </message>
    <message>
        <source>table state_alias: the alias '%2' belongs to state %1, which does not exist</source>
        <translation>表 state_alias：别名“%2”属于不存在的国家 %1</translation>
    </message>
    <message>
        <source>table group_member: group %1 lists state %2, which does not exist</source>
        <translation>表 group_member：集团 %1 列有不存在的国家 %2</translation>
    </message>
    <message>
        <source>table group_member: state %2 is a member of group %1, which does not exist</source>
        <translation>表 group_member：国家 %2 是不存在的集团 %1 的成员</translation>
    </message>
    <message>
        <source>table process_member: process %1 lists state %2, which does not exist</source>
        <translation>表 process_member：进程 %1 列有不存在的国家 %2</translation>
    </message>
    <message>
        <source>table process_member: state %2 is a member of process %1, which does not exist</source>
        <translation>表 process_member：国家 %2 是不存在的进程 %1 的成员</translation>
    </message>
    <message>
        <source>table document: document %1 belongs to process %2, which does not exist</source>
        <translation>表 document：文件 %1 属于不存在的进程 %2</translation>
    </message>
    <message>
        <source>table document: document %1 follows document %2, which does not exist</source>
        <translation>表 document：文件 %1 承接不存在的文件 %2</translation>
    </message>
    <message>
        <source>table clause: clause %1 belongs to document %2, which does not exist</source>
        <translation>表 clause：条款 %1 属于不存在的文件 %2</translation>
    </message>
    <message>
        <source>table clause: clause %1 descends from clause %2, which does not exist</source>
        <translation>表 clause：条款 %1 源自不存在的条款 %2</translation>
    </message>
    <message>
        <source>table clause: document %1 has two clauses at place %2</source>
        <translation>表 clause：文件 %1 在位置 %2 有两项条款</translation>
    </message>
    <message>
        <source>table clause_norm: clause %1 or norm %2 does not exist</source>
        <translation>表 clause_norm：条款 %1 或规范 %2 不存在</translation>
    </message>
    <message>
        <source>table clause_revision: revision %1 belongs to clause %2, which does not exist</source>
        <translation>表 clause_revision：修订 %1 属于不存在的条款 %2</translation>
    </message>
    <message>
        <source>table stance_vector: positions on clause %1, which does not exist</source>
        <translation>表 stance_vector：对不存在的条款 %1 的立场</translation>
    </message>
    <message>
        <source>table document_adherent: document %1 or state %2 does not exist</source>
        <translation>表 document_adherent：文件 %1 或国家 %2 不存在</translation>
    </message>
    <message>
        <source>table document: unknown document kind '%1'</source>
        <translation>表 document：未知文件类型“%1”</translation>
    </message>
    <message>
        <source>table process: unknown process kind '%1'</source>
        <translation>表 process：未知进程类型“%1”</translation>
    </message>
    <message>
        <source>table state_group: unknown group kind '%1'</source>
        <translation>表 state_group：未知集团类型“%1”</translation>
    </message>
    <message>
        <source>the file cannot be checked (%1)</source>
        <translation>无法检查文件（%1）</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>条款 %1</translation>
    </message>
    <message>
        <source>clause %1, alternative %2</source>
        <translation>条款 %1，备选案文 %2</translation>
    </message>
    <message>
        <source>table stance_vector: %1 has %2 for %3</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of stances ("200 stances"), %3 the number of states ("193 states").</extracomment>
        <translation>表 stance_vector：%1 有 %2，但只有 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n stances</source>
        <translation>
            <numerusform>%n 个立场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n states</source>
        <translation>
            <numerusform>%n 个国家</numerusform>
        </translation>
    </message>
    <message>
        <source>table stance_vector: %1: byte %2 for state %3 is not a stance</source>
        <extracomment>%1 is the clause (and alternative), %2 a byte value, %3 the state's index.</extracomment>
        <translation>表 stance_vector：%1：国家 %3 的字节 %2 不是立场</translation>
    </message>
    <message>
        <source>table stance_vector: %1: the detail vector is malformed</source>
        <translation>表 stance_vector：%1：详情向量格式不正确</translation>
    </message>
    <message numerus="yes">
        <source>table stance_vector: %1: the detail vector covers %n states of %2</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of states in the workspace.</extracomment>
        <translation>
            <numerusform>表 stance_vector：%1：详情向量涵盖 %n 个国家（共 %2 个）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A workbench for negotiating norms and treaty texts: bracketed drafts, the positions of states on every paragraph, consensus and coalitions. Sample positions are illustrative.</source>
        <translation>用于谈判规范和条约案文的工作台：带方括号的草案、各国对每一段的立场、协商一致与联盟。示例中的立场仅为示意。</translation>
    </message>
    <message>
        <source>State data derived from the mledoze/countries data set (ODbL 1.0).</source>
        <translation>国家数据源自 mledoze/countries 数据集（ODbL 1.0）。</translation>
    </message>
</context>
</TS>
