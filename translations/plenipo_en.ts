<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BulkImportProgress</name>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped (already in the workspace)</source>
        <translation>
            <numerusform>%n file skipped (already in the workspace)</numerusform>
            <numerusform>%n files skipped (already in the workspace)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation>
            <numerusform>%n file failed</numerusform>
            <numerusform>%n files failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) not read</source>
        <translation>
            <numerusform>Cancelled: %n file not read</numerusform>
            <numerusform>Cancelled: %n files not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n recorded vote(s) written</source>
        <extracomment>%1 is "3 documents"</extracomment>
        <translation>
            <numerusform>%1 and %n recorded vote written</numerusform>
            <numerusform>%1 and %n recorded votes written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n Akoma Ntoso file(s) of %1?</source>
        <translation>
            <numerusform>Import the %n Akoma Ntoso file of %1?</numerusform>
            <numerusform>Import the %n Akoma Ntoso files of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) replaced documents already in the workspace</source>
        <translation>
            <numerusform>%n file replaced documents already in the workspace</numerusform>
            <numerusform>%n files replaced documents already in the workspace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::AgreementHeatMap</name>
    <message numerus="yes">
        <source>%1 and %2: agreement %3 over %n vote(s)</source>
        <translation>
            <numerusform>%1 and %2: agreement %3 over %n vote</numerusform>
            <numerusform>%1 and %2: agreement %3 over %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::AknImporter</name>
    <message numerus="yes">
        <source>coalition %1 (%n adherents)</source>
        <extracomment>An item the import creates: %1 is the coalition's code.</extracomment>
        <translation>
            <numerusform>coalition %1 (%n adherent)</numerusform>
            <numerusform>coalition %1 (%n adherents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the count says %1 %2 but %n names are listed</source>
        <extracomment>%1 is the number the file declares, %2 the count (in favour, against, abstaining): "the count says 163 in favour but 162 names are listed".</extracomment>
        <translation>
            <numerusform>the count says %1 %2 but %n name is listed</numerusform>
            <numerusform>the count says %1 %2 but %n names are listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>group '%1' (coalition): %n sponsor(s)</source>
        <extracomment>An item the import creates: %1 is the group's name ("Sponsors of A/RES/75/32").</extracomment>
        <translation>
            <numerusform>group '%1' (coalition): %n sponsor</numerusform>
            <numerusform>group '%1' (coalition): %n sponsors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of %1, each its own document</source>
        <extracomment>An item the import creates: %1 is the collection's symbol ("A/RES/74/264").</extracomment>
        <translation>
            <numerusform>%n part of %1, each its own document</numerusform>
            <numerusform>%n parts of %1, each its own document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on each of the %n paragraph(s), preambular and operative</source>
        <extracomment>An item the import creates: %1, %2 and %3 are the numbers of states in favour, against and abstaining.</extracomment>
        <translation>
            <numerusform>recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on the %n paragraph, preambular or operative</numerusform>
            <numerusform>recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on each of the %n paragraphs, preambular and operative</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s) (%4 preambular)</source>
        <extracomment>An item the import creates: %1 is the document's symbol, %2 its title, %3 its kind and date ("resolution, 2020-12-07").</extracomment>
        <translation>
            <numerusform>document %1 "%2" (%3): %n paragraph (%4 preambular)</numerusform>
            <numerusform>document %1 "%2" (%3): %n paragraphs (%4 preambular)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (%3): %n paragraph(s)</source>
        <translation>
            <numerusform>document %1 "%2" (%3): %n paragraph</numerusform>
            <numerusform>document %1 "%2" (%3): %n paragraphs</numerusform>
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
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1: %n error found; nothing was imported</numerusform>
            <numerusform>%1: %n errors found; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::BulkImporter</name>
    <message numerus="yes">
        <source>; cancelled, %n file(s) not read</source>
        <extracomment>Added to the last line of a folder import that was cancelled.</extracomment>
        <translation>
            <numerusform>; cancelled, %n file not read</numerusform>
            <numerusform>; cancelled, %n files not read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ChartsView</name>
    <message numerus="yes">
        <source>%1 — %n clause(s) by status; agreed words: %2</source>
        <translation>
            <numerusform>%1 — %n clause by status; agreed words: %2</numerusform>
            <numerusform>%1 — %n clauses by status; agreed words: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brackets and agreed words along the lineage (%n draft(s))</source>
        <translation>
            <numerusform>Brackets and agreed words along the lineage (%n draft)</numerusform>
            <numerusform>Brackets and agreed words along the lineage (%n drafts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ClauseEditor</name>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n bracketed span</numerusform>
            <numerusform>%n bracketed spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alternative group(s)</source>
        <translation>
            <numerusform>%n alternative group</numerusform>
            <numerusform>%n alternative groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s) agreed (%2%)</source>
        <translation>
            <numerusform>%1 of %n word agreed (%2%)</numerusform>
            <numerusform>%1 of %n words agreed (%2%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed deletion(s)</source>
        <translation>
            <numerusform>%n proposed deletion</numerusform>
            <numerusform>%n proposed deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::CoalitionView</name>
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
            <numerusform>Process %1 (%n)</numerusform>
            <numerusform>Process %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n state(s)) accepts &lt;b&gt;%2 of %3&lt;/b&gt; clauses.</source>
        <translation>
            <numerusform>%1 (%n state) accepts &lt;b&gt;%2 of %3&lt;/b&gt; clauses.</numerusform>
            <numerusform>%1 (%n states) accepts &lt;b&gt;%2 of %3&lt;/b&gt; clauses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(with %n what-if stance(s))</source>
        <translation>
            <numerusform>(with %n what-if stance)</numerusform>
            <numerusform>(with %n what-if stances)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The largest text at least %n member(s) accept</source>
        <translation>
            <numerusform>The largest text at least %n member accepts</numerusform>
            <numerusform>The largest text at least %n members accept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Derived %1 with %n clause(s) and %2.</source>
        <translation>
            <numerusform>Derived %1 with %n clause and %2.</numerusform>
            <numerusform>Derived %1 with %n clauses and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adherent(s)</source>
        <translation>
            <numerusform>%n adherent</numerusform>
            <numerusform>%n adherents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 states accept %n clause(s)%3: %4</source>
        <translation>
            <numerusform>%1 of %2 states accept %n clause%3: %4</numerusform>
            <numerusform>%1 of %2 states accept %n clauses%3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)%1, accepted by %2: %3</source>
        <extracomment>%1 " (exact)" or " (heuristic)", %2 "12 states", %3 their names</extracomment>
        <translation>
            <numerusform>%n clause%1, accepted by %2: %3</numerusform>
            <numerusform>%n clauses%1, accepted by %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::CommandLine</name>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
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
        <source>%1: %n position(s) stay, same words</source>
        <translation>
            <numerusform>%1: %n position stays, same words</numerusform>
            <numerusform>%1: %n positions stay, same words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 -&gt; %2: %n position(s) moved with their words "%3"</source>
        <translation>
            <numerusform>%1 -&gt; %2: %n position moved with its words "%3"</numerusform>
            <numerusform>%1 -&gt; %2: %n positions moved with their words "%3"</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) now outdated, the words changed ("%2")</source>
        <translation>
            <numerusform>%1: %n position now outdated, the words changed ("%2")</numerusform>
            <numerusform>%1: %n positions now outdated, the words changed ("%2")</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) kept as history: "%2" is now agreed text</source>
        <translation>
            <numerusform>%1: %n position kept as history: "%2" is now agreed text</numerusform>
            <numerusform>%1: %n positions kept as history: "%2" is now agreed text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s) orphaned, their words "%2" are gone</source>
        <translation>
            <numerusform>%1: %n position orphaned, its words "%2" are gone</numerusform>
            <numerusform>%1: %n positions orphaned, their words "%2" are gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n position(s), %2 outdated, %3 orphaned, %4 kept as history of agreed text</source>
        <translation>
            <numerusform>%1: %n position, %2 outdated, %3 orphaned, %4 kept as history of agreed text</numerusform>
            <numerusform>%1: %n positions, %2 outdated, %3 orphaned, %4 kept as history of agreed text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded vote(s), %1 states</source>
        <translation>
            <numerusform>%n recorded vote, %1 states</numerusform>
            <numerusform>%n recorded votes, %1 states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UN General Assembly: %n recorded vote(s)</source>
        <translation>
            <numerusform>UN General Assembly: %n recorded vote</numerusform>
            <numerusform>UN General Assembly: %n recorded votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance (predicted, not recorded):</source>
        <translation>
            <numerusform>%1: %n silent member with a likely stance (predicted, not recorded):</numerusform>
            <numerusform>%1: %n silent members with a likely stance (predicted, not recorded):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  (%n vote(s))</source>
        <extracomment>%1 ISO3 code, %2 agreement (0 to 1)</extracomment>
        <translation>
            <numerusform>%1  %2  (%n vote)</numerusform>
            <numerusform>%1  %2  (%n votes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2% of its %n member(s) in bloc %3</source>
        <extracomment>%1 group code, %2 a percentage, %n its members, %3 the bloc's number</extracomment>
        <translation>
            <numerusform>%1: %2% of its %n member in bloc %3</numerusform>
            <numerusform>%1: %2% of its %n members in bloc %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paragraph(s) with similarity &gt;= %2</source>
        <translation>
            <numerusform>%1: %n paragraph with similarity &gt;= %2</numerusform>
            <numerusform>%1: %n paragraphs with similarity &gt;= %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(on %n clause(s))</source>
        <extracomment>After the states of a position hit: the details are on that many clauses.</extracomment>
        <translation>
            <numerusform>(on %n clause)</numerusform>
            <numerusform>(on %n clauses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>search: %n item(s) changed by another session cannot be found yet; they can be once its import is done</source>
        <translation>
            <numerusform>search: %n item changed by another session cannot be found yet; it can be once its import is done</numerusform>
            <numerusform>search: %n items changed by another session cannot be found yet; they can be once its import is done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::Comparison</name>
    <message numerus="yes">
        <source>'%1': paragraph %2 has %n revision(s)</source>
        <translation>
            <numerusform>'%1': paragraph %2 has %n revision</numerusform>
            <numerusform>'%1': paragraph %2 has %n revisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ComparisonView</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n renumbered</numerusform>
            <numerusform>%n renumbered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted</source>
        <translation>
            <numerusform>%n inserted</numerusform>
            <numerusform>%n inserted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n word(s) added&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n word added&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n words added&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n removed&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n removed&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n removed&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s) matched through lineage or content</source>
        <translation>
            <numerusform>%n clause matched through lineage or content</numerusform>
            <numerusform>%n clauses matched through lineage or content</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ConsensusSession</name>
    <message numerus="yes">
        <source>Every state (%n)</source>
        <translation>
            <numerusform>Every state (%n)</numerusform>
            <numerusform>Every state (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Process %1 (%n)</source>
        <translation>
            <numerusform>Process %1 (%n)</numerusform>
            <numerusform>Process %1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 (%n)</source>
        <translation>
            <numerusform>Group %1 (%n)</numerusform>
            <numerusform>Group %1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::DetachedPositionCommand</name>
    <message numerus="yes">
        <source>Discard %n orphaned position(s)</source>
        <translation>
            <numerusform>Discard %n orphaned position</numerusform>
            <numerusform>Discard %n orphaned positions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::DomainNames</name>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2: %n field, expected %3</numerusform>
            <numerusform>%1:%2: %n fields, expected %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::DraftImporter</name>
    <message numerus="yes">
        <source>document %1 "%2" (zero draft): %n clause(s)</source>
        <translation>
            <numerusform>document %1 "%2" (zero draft): %n clause</numerusform>
            <numerusform>document %1 "%2" (zero draft): %n clauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>document %1 "%2" (draft): %n clause(s)</source>
        <translation>
            <numerusform>document %1 "%2" (draft): %n clause</numerusform>
            <numerusform>document %1 "%2" (draft): %n clauses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found; nothing was imported</source>
        <extracomment>%1 is the file name.</extracomment>
        <translation>
            <numerusform>%1: %n error found; nothing was imported</numerusform>
            <numerusform>%1: %n errors found; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDialog</name>
    <message numerus="yes">
        <source>The coalition text relies on outdated positions in %n paragraph(s):</source>
        <translation>
            <numerusform>The coalition text relies on outdated positions in %n paragraph:</numerusform>
            <numerusform>The coalition text relies on outdated positions in %n paragraphs:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ExportDocument</name>
    <message numerus="yes">
        <source>Paragraph %1: the coalition text relies on %n outdated position(s), given on words that have changed since: %2</source>
        <translation>
            <numerusform>Paragraph %1: the coalition text relies on %n outdated position, given on words that have changed since: %2</numerusform>
            <numerusform>Paragraph %1: the coalition text relies on %n outdated positions, given on words that have changed since: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportDialog</name>
    <message numerus="yes">
        <source>Ready to import: %n warning(s). Press Import to write it into the workspace.</source>
        <translation>
            <numerusform>Ready to import: %n warning. Press Import to write it into the workspace.</numerusform>
            <numerusform>Ready to import: %n warnings. Press Import to write it into the workspace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Import the valid rows without them, or close: nothing changes.</source>
        <translation>
            <numerusform>%n row has errors. Import the valid rows without it, or close: nothing changes.</numerusform>
            <numerusform>%n rows have errors. Import the valid rows without them, or close: nothing changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): this file cannot be imported as it is. Nothing was written.</source>
        <translation>
            <numerusform>%n error: this file cannot be imported as it is. Nothing was written.</numerusform>
            <numerusform>%n errors: this file cannot be imported as it is. Nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ImportReport</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::MainWindow</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n UN member state</numerusform>
            <numerusform>%n UN member states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer state(s)</source>
        <translation>
            <numerusform>%n observer state</numerusform>
            <numerusform>%n observer states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated from the server: %n change(s) by %1</source>
        <extracomment>%1 the logins who made the changes, comma-separated</extracomment>
        <translation>
            <numerusform>Updated from the server: %n change by %1</numerusform>
            <numerusform>Updated from the server: %n changes by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::NavigatorModel</name>
    <message numerus="yes">
        <source>%n member state(s)</source>
        <translation>
            <numerusform>%n member state</numerusform>
            <numerusform>%n member states</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionPanel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) without a position on the whole clause.</source>
        <translation>
            <numerusform>%n member without a position on the whole clause.</numerusform>
            <numerusform>%n members without a position on the whole clause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state(s) selected</source>
        <translation>
            <numerusform>%n state selected</numerusform>
            <numerusform>%n states selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) no longer on the text</source>
        <translation>
            <numerusform>%n position no longer on the text</numerusform>
            <numerusform>%n positions no longer on the text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::PositionsCsvImporter</name>
    <message numerus="yes">
        <source>%n field(s), the header has %1</source>
        <extracomment>%n is the number of fields in the row, %1 the number of columns in the header.</extracomment>
        <translation>
            <numerusform>%n field, the header has %1</numerusform>
            <numerusform>%n fields, the header has %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n row(s)</source>
        <extracomment>An item the import creates: %1 is the number of positions ("5 positions").</extracomment>
        <translation>
            <numerusform>%1 from %n row</numerusform>
            <numerusform>%1 from %n rows</numerusform>
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
            <numerusform>%1, %n of them replacing an earlier position</numerusform>
            <numerusform>%1, %n of them replacing an earlier position</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>%n row with errors left out</numerusform>
            <numerusform>%n rows with errors left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 found; nothing was imported (accept the %n valid row(s) to import them)</source>
        <extracomment>%1 is the file name, %2 the number of errors ("3 errors").</extracomment>
        <translation>
            <numerusform>%1: %2 found; nothing was imported (accept the %n valid row to import it)</numerusform>
            <numerusform>%1: %2 found; nothing was imported (accept the %n valid rows to import them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ResearchWindow</name>
    <message numerus="yes">
        <source>%n recorded vote(s) selected</source>
        <translation>
            <numerusform>%n recorded vote selected</numerusform>
            <numerusform>%n recorded votes selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bloc(s) by clustering; compared with the regional groups: adjusted Rand index %1, purity %2</source>
        <translation>
            <numerusform>%n bloc by clustering; compared with the regional groups: adjusted Rand index %1, purity %2</numerusform>
            <numerusform>%n blocs by clustering; compared with the regional groups: adjusted Rand index %1, purity %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States by their votes (%n recorded vote(s))</source>
        <translation>
            <numerusform>States by their votes (%n recorded vote)</numerusform>
            <numerusform>States by their votes (%n recorded votes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other silent member(s) without one: no state shares enough of the selected votes with it.</source>
        <translation>
            <numerusform>%n other silent member without one: no state shares enough of the selected votes with it.</numerusform>
            <numerusform>%n other silent members without one: no state shares enough of the selected votes with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Predicted from the %n state(s) that vote most like it</source>
        <translation>
            <numerusform>Predicted from the %n state that vote most like it</numerusform>
            <numerusform>Predicted from the %n states that vote most like it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) derive from it, best first:</source>
        <translation>
            <numerusform>%n paragraph derives from it, best first:</numerusform>
            <numerusform>%n paragraphs derive from it, best first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n silent member(s) with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports.</source>
        <translation>
            <numerusform>%1: %n silent member with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports.</numerusform>
            <numerusform>%1: %n silent members with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SampleBuilder</name>
    <message numerus="yes">
        <source>%1:%2: expected %n fields, found %3</source>
        <translation>
            <numerusform>%1:%2: expected %n field, found %3</numerusform>
            <numerusform>%1:%2: expected %n fields, found %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SearchPanel</name>
    <message numerus="yes">
        <source>Clauses (first %n)</source>
        <translation>
            <numerusform>Clauses (first %n)</numerusform>
            <numerusform>Clauses (first %n)</numerusform>
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
            <numerusform>Earlier revisions (first %n)</numerusform>
            <numerusform>Earlier revisions (first %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earlier revisions (%n)</source>
        <translation>
            <numerusform>Earlier revisions (%n)</numerusform>
            <numerusform>Earlier revisions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents (first %n)</source>
        <translation>
            <numerusform>Documents (first %n)</numerusform>
            <numerusform>Documents (first %n)</numerusform>
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
            <numerusform>Norms (first %n)</numerusform>
            <numerusform>Norms (first %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Norms (%n)</source>
        <translation>
            <numerusform>Norms (%n)</numerusform>
            <numerusform>Norms (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Positions (first %n)</source>
        <translation>
            <numerusform>Positions (first %n)</numerusform>
            <numerusform>Positions (first %n)</numerusform>
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
            <numerusform>States (first %n)</numerusform>
            <numerusform>States (first %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>States (%n)</source>
        <translation>
            <numerusform>States (%n)</numerusform>
            <numerusform>States (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and others (%n position(s))</source>
        <translation>
            <numerusform>%1 and others (%n position)</numerusform>
            <numerusform>%1 and others (%n positions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in %1 ms; Enter opens the selected one.</source>
        <translation>
            <numerusform>%n result in %1 ms; Enter opens the selected one.</numerusform>
            <numerusform>%n results in %1 ms; Enter opens the selected one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the same on %n clause(s) in all</source>
        <extracomment>%1 is the states positioned on the hit's clause with these details; the count is of the clauses that have positions with the same details (a recorded vote's source is on every paragraph of the resolution).</extracomment>
        <translation>
            <numerusform>%1; the same on %n clause in all</numerusform>
            <numerusform>%1; the same on %n clauses in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed by another session cannot be found yet; they can be once its import is done.</source>
        <translation>
            <numerusform>%n item changed by another session cannot be found yet; it can be once its import is done.</numerusform>
            <numerusform>%n items changed by another session cannot be found yet; they can be once its import is done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::ServerPush</name>
    <message numerus="yes">
        <source>%1 holds internal material (%n rows): say whose it is with --delegation</source>
        <extracomment>%1 is the file; --delegation is a command line option: keep it as it is.</extracomment>
        <translation>
            <numerusform>%1 holds internal material (%n row): say whose it is with --delegation</numerusform>
            <numerusform>%1 holds internal material (%n rows): say whose it is with --delegation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SetPositionsCommand</name>
    <message numerus="yes">
        <source>Set %n position(s) in %1</source>
        <extracomment>%1 is "2 documents"</extracomment>
        <translation>
            <numerusform>Set %n position in %1</numerusform>
            <numerusform>Set %n positions in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paragraphs %1 and %n more of %2</source>
        <translation>
            <numerusform>paragraphs %1 and %n more of %2</numerusform>
            <numerusform>paragraphs %1 and %n more of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1 to %2</source>
        <translation>
            <numerusform>Set %n position on %1 to %2</numerusform>
            <numerusform>Set %n positions on %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n position(s) on %1</source>
        <translation>
            <numerusform>Set %n position on %1</numerusform>
            <numerusform>Set %n positions on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n position(s) on paragraph %1 of %2</source>
        <translation>
            <numerusform>Confirm %n position on paragraph %1 of %2</numerusform>
            <numerusform>Confirm %n positions on paragraph %1 of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::StateNames</name>
    <message numerus="yes">
        <source>%1:%2: %n fields, expected %3</source>
        <translation>
            <numerusform>%1:%2: %n field, expected %3</numerusform>
            <numerusform>%1:%2: %n fields, expected %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::StatesView</name>
    <message numerus="yes">
        <source>%1 of %n state(s)</source>
        <translation>
            <numerusform>%1 of %n state</numerusform>
            <numerusform>%1 of %n states</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixModel</name>
    <message numerus="yes">
        <source>Its objection blocks this clause (%n blocking state(s) in all).</source>
        <translation>
            <numerusform>Its objection blocks this clause (%n blocking state in all).</numerusform>
            <numerusform>Its objection blocks this clause (%n blocking states in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Objects to %n clause(s) of this document</source>
        <translation>
            <numerusform>Objects to %n clause of this document</numerusform>
            <numerusform>Objects to %n clauses of this document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blocks %n clause(s)</source>
        <translation>
            <numerusform>Blocks %n clause</numerusform>
            <numerusform>Blocks %n clauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::SupportMatrixView</name>
    <message numerus="yes">
        <source>%n clause(s) for %1:</source>
        <translation>
            <numerusform>%n clause for %1:</numerusform>
            <numerusform>%n clauses for %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bracketed span(s)</source>
        <translation>
            <numerusform>%n bracketed span</numerusform>
            <numerusform>%n bracketed spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::WhatIfBar</name>
    <message numerus="yes">
        <source>What-if: %n temporary stance(s), not saved</source>
        <translation>
            <numerusform>What-if: %n temporary stance, not saved</numerusform>
            <numerusform>What-if: %n temporary stances, not saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::Workbench</name>
    <message numerus="yes">
        <source>%1 paragraph %2: %n position(s) recorded</source>
        <translation>
            <numerusform>%1 paragraph %2: %n position recorded</numerusform>
            <numerusform>%1 paragraph %2: %n positions recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Membership (%n state(s)):</source>
        <translation>
            <numerusform>Membership (%n state):</numerusform>
            <numerusform>Membership (%n states):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s):</source>
        <translation>
            <numerusform>%n clause:</numerusform>
            <numerusform>%n clauses:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clauses linked to this norm (%n):</source>
        <translation>
            <numerusform>Clauses linked to this norm (%n):</numerusform>
            <numerusform>Clauses linked to this norm (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected %n state(s) in the States panel</source>
        <translation>
            <numerusform>Selected %n state in the States panel</numerusform>
            <numerusform>Selected %n states in the States panel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceInfo</name>
    <message numerus="yes">
        <source>%n UN member state(s)</source>
        <translation>
            <numerusform>%n UN member state</numerusform>
            <numerusform>%n UN member states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n observer</numerusform>
            <numerusform>%n observers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plenipo::WorkspaceValidator</name>
    <message numerus="yes">
        <source>%n stances</source>
        <translation>
            <numerusform>%n stance</numerusform>
            <numerusform>%n stances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n states</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>table stance_vector: %1: the detail vector covers %n states of %2</source>
        <extracomment>%1 is the clause (and alternative), %2 the number of states in the workspace.</extracomment>
        <translation>
            <numerusform>table stance_vector: %1: the detail vector covers %n state of %2</numerusform>
            <numerusform>table stance_vector: %1: the detail vector covers %n states of %2</numerusform>
        </translation>
    </message>
</context>
</TS>
