<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>Plenipo::ComparisonView</name>
    <message numerus="yes">
        <source>%n clause(s) matched through lineage</source>
        <translation>
            <numerusform>%n clause matched through lineage</numerusform>
            <numerusform>%n clauses matched through lineage</numerusform>
        </translation>
    </message>
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
    <name>Plenipo::MainWindow</name>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
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
</context>
<context>
    <name>Plenipo::SetPositionsCommand</name>
    <message numerus="yes">
        <source>Set %n position(s)</source>
        <translation>
            <numerusform>Set %n position</numerusform>
            <numerusform>Set %n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n position(s) on clause %1</source>
        <translation>
            <numerusform>Confirm %n position on clause %1</numerusform>
            <numerusform>Confirm %n positions on clause %1</numerusform>
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
</context>
</TS>
