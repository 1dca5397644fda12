# SPDX-FileCopyrightText: 2026 Plenipo contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# English plural forms (n == 1 / other) for the sources written with "(s)". Generated once by
# replacing "(s)" with "" and "s", then checked by hand (overrides below).
T = {
"%1 (%n state(s)) accepts <b>%2 of %3</b> clauses.": ["%1 (%n state) accepts <b>%2 of %3</b> clauses.", "%1 (%n states) accepts <b>%2 of %3</b> clauses."],
"%1 of %2 states accept %n clause(s)%3: %4": ["%1 of %2 states accept %n clause%3: %4", "%1 of %2 states accept %n clauses%3: %4"],
"%1 of %n state(s)": ["%1 of %n state", "%1 of %n states"],
"%1 of %n word(s) agreed (%2%)": ["%1 of %n word agreed (%2%)", "%1 of %n words agreed (%2%)"],
"%1 paragraph %2: %n position(s) recorded": ["%1 paragraph %2: %n position recorded", "%1 paragraph %2: %n positions recorded"],
"%1: %2 (%n)": ["%1: %2 (%n)", "%1: %2 (%n)"],
"%n adherent(s)": ["%n adherent", "%n adherents"],
"%n alternative group(s)": ["%n alternative group", "%n alternative groups"],
"%n bracketed span(s)": ["%n bracketed span", "%n bracketed spans"],
"%n changed": ["%n changed", "%n changed"],
"%n clause(s)": ["%n clause", "%n clauses"],
"%n clause(s) for %1:": ["%n clause for %1:", "%n clauses for %1:"],
"%n clause(s)%1, accepted by %2: %3": ["%n clause%1, accepted by %2: %3", "%n clauses%1, accepted by %2: %3"],
"%n clause(s):": ["%n clause:", "%n clauses:"],
"%n deleted": ["%n deleted", "%n deleted"],
"%n document(s)": ["%n document", "%n documents"],
"%n error(s)": ["%n error", "%n errors"],
"%n error(s): this file cannot be imported as it is. Nothing was written.": ["%n error: this file cannot be imported as it is. Nothing was written.", "%n errors: this file cannot be imported as it is. Nothing was written."],
"%n inserted": ["%n inserted", "%n inserted"],
"%n member state(s)": ["%n member state", "%n member states"],
"%n member(s) without a position on the whole clause.": ["%n member without a position on the whole clause.", "%n members without a position on the whole clause."],
"%n more": ["%n more", "%n more"],
"%n moved": ["%n moved", "%n moved"],
"%n option(s)": ["%n option", "%n options"],
"%n position(s)": ["%n position", "%n positions"],
"%n proposed deletion(s)": ["%n proposed deletion", "%n proposed deletions"],
"%n renumbered": ["%n renumbered", "%n renumbered"],
"%n row(s) have errors. Import the valid rows without them, or close: nothing changes.": ["%n row has errors. Import the valid rows without it, or close: nothing changes.", "%n rows have errors. Import the valid rows without them, or close: nothing changes."],
"%n state(s)": ["%n state", "%n states"],
"%n state(s) selected": ["%n state selected", "%n states selected"],
"%n unchanged": ["%n unchanged", "%n unchanged"],
"%n warning(s)": ["%n warning", "%n warnings"],
"(with %n what-if stance(s))": ["(with %n what-if stance)", "(with %n what-if stances)"],
"<b>%n removed</b>": ["<b>%n removed</b>", "<b>%n removed</b>"],
"<b>%n word(s) added</b>": ["<b>%n word added</b>", "<b>%n words added</b>"],
"Blocks %n clause(s)": ["Blocks %n clause", "Blocks %n clauses"],
"Clauses linked to this norm (%n):": ["Clauses linked to this norm (%n):", "Clauses linked to this norm (%n):"],
"Derived %1 with %n clause(s) and %2.": ["Derived %1 with %n clause and %2.", "Derived %1 with %n clauses and %2."],
"Every state (%n)": ["Every state (%n)", "Every state (%n)"],
"Group %1 (%n)": ["Group %1 (%n)", "Group %1 (%n)"],
"Its objection blocks this clause (%n blocking state(s) in all).": ["Its objection blocks this clause (%n blocking state in all).", "Its objection blocks this clause (%n blocking states in all)."],
"Membership (%n state(s)):": ["Membership (%n state):", "Membership (%n states):"],
"Objects to %n clause(s) of this document": ["Objects to %n clause of this document", "Objects to %n clauses of this document"],
"Process %1 (%n)": ["Process %1 (%n)", "Process %1 (%n)"],
"Ready to import: %n warning(s). Press Import to write it into the workspace.": ["Ready to import: %n warning. Press Import to write it into the workspace.", "Ready to import: %n warnings. Press Import to write it into the workspace."],
"The largest text at least %n member(s) accept": ["The largest text at least %n member accepts", "The largest text at least %n members accept"],
"What-if: %n temporary stance(s), not saved": ["What-if: %n temporary stance, not saved", "What-if: %n temporary stances, not saved"],
"and %n more": ["and %n more", "and %n more"],
}

T.update({
"%1: %n position(s) stay, same words": ["%1: %n position stays, same words", "%1: %n positions stay, same words"],
"%1 -> %2: %n position(s) moved with their words \"%3\"": ["%1 -> %2: %n position moved with its words \"%3\"", "%1 -> %2: %n positions moved with their words \"%3\""],
"%1: %n position(s) now outdated, the words changed (\"%2\")": ["%1: %n position now outdated, the words changed (\"%2\")", "%1: %n positions now outdated, the words changed (\"%2\")"],
"%1: %n position(s) kept as history: \"%2\" is now agreed text": ["%1: %n position kept as history: \"%2\" is now agreed text", "%1: %n positions kept as history: \"%2\" is now agreed text"],
"%1: %n position(s) orphaned, their words \"%2\" are gone": ["%1: %n position orphaned, its words \"%2\" are gone", "%1: %n positions orphaned, their words \"%2\" are gone"],
"%1: %n position(s), %2 outdated, %3 orphaned, %4 kept as history of agreed text": ["%1: %n position, %2 outdated, %3 orphaned, %4 kept as history of agreed text", "%1: %n positions, %2 outdated, %3 orphaned, %4 kept as history of agreed text"],
"%n clause(s) matched through lineage or content": ["%n clause matched through lineage or content", "%n clauses matched through lineage or content"],
"Discard %n orphaned position(s)": ["Discard %n orphaned position", "Discard %n orphaned positions"],
"The coalition text relies on outdated positions in %n paragraph(s):": ["The coalition text relies on outdated positions in %n paragraph:", "The coalition text relies on outdated positions in %n paragraphs:"],
"Paragraph %1: the coalition text relies on %n outdated position(s), given on words that have changed since: %2": ["Paragraph %1: the coalition text relies on %n outdated position, given on words that have changed since: %2", "Paragraph %1: the coalition text relies on %n outdated positions, given on words that have changed since: %2"],
"%n match(es)": ["%n match", "%n matches"],
"%1 of %n": ["%1 of %n", "%1 of %n"],
"%n position(s) no longer on the text": ["%n position no longer on the text", "%n positions no longer on the text"],
"Clauses (first %n)": ["Clauses (first %n)", "Clauses (first %n)"],
"Clauses (%n)": ["Clauses (%n)", "Clauses (%n)"],
"Earlier revisions (first %n)": ["Earlier revisions (first %n)", "Earlier revisions (first %n)"],
"Earlier revisions (%n)": ["Earlier revisions (%n)", "Earlier revisions (%n)"],
"Documents (first %n)": ["Documents (first %n)", "Documents (first %n)"],
"Documents (%n)": ["Documents (%n)", "Documents (%n)"],
"Norms (first %n)": ["Norms (first %n)", "Norms (first %n)"],
"Norms (%n)": ["Norms (%n)", "Norms (%n)"],
"Positions (first %n)": ["Positions (first %n)", "Positions (first %n)"],
"Positions (%n)": ["Positions (%n)", "Positions (%n)"],
"States (first %n)": ["States (first %n)", "States (first %n)"],
"States (%n)": ["States (%n)", "States (%n)"],
"%1 and others (%n position(s))": ["%1 and others (%n position)", "%1 and others (%n positions)"],
"%n result(s) in %1 ms; Enter opens the selected one.": ["%n result in %1 ms; Enter opens the selected one.", "%n results in %1 ms; Enter opens the selected one."],
})
T.update({
# Main's KXmlGui main window, charts and undo texts (merged after issue 12).
"%1 — %n clause(s) by status; agreed words: %2": ["%1 — %n clause by status; agreed words: %2", "%1 — %n clauses by status; agreed words: %2"],
"Brackets and agreed words along the lineage (%n draft(s))": ["Brackets and agreed words along the lineage (%n draft)", "Brackets and agreed words along the lineage (%n drafts)"],
"Set %n position(s) in %1": ["Set %n position in %1", "Set %n positions in %1"],
"paragraphs %1 and %n more of %2": ["paragraphs %1 and %n more of %2", "paragraphs %1 and %n more of %2"],
"Set %n position(s) on %1 to %2": ["Set %n position on %1 to %2", "Set %n positions on %1 to %2"],
"Set %n position(s) on %1": ["Set %n position on %1", "Set %n positions on %1"],
"Confirm %n position(s) on paragraph %1 of %2": ["Confirm %n position on paragraph %1 of %2", "Confirm %n positions on paragraph %1 of %2"],
"Selected %n state(s) in the States panel": ["Selected %n state in the States panel", "Selected %n states in the States panel"],
})

T.update({
'%n file(s) imported': ['%n file imported', '%n files imported'],
'%n file(s) skipped (already in the workspace)': ['%n file skipped (already in the workspace)', '%n files skipped (already in the workspace)'],
'%n file(s) failed': ['%n file failed', '%n files failed'],
'Cancelled: %n file(s) not read': ['Cancelled: %n file not read', 'Cancelled: %n files not read'],
'%1 and %n recorded vote(s) written': ['%1 and %n recorded vote written', '%1 and %n recorded votes written'],
'%1 and %2: agreement %3 over %n vote(s)': ['%1 and %2: agreement %3 over %n vote', '%1 and %2: agreement %3 over %n votes'],
'%n recorded vote(s), %1 states': ['%n recorded vote, %1 states', '%n recorded votes, %1 states'],
})

T.update({
'UN General Assembly: %n recorded vote(s)': ['UN General Assembly: %n recorded vote', 'UN General Assembly: %n recorded votes'],
'%n UN member state(s)': ['%n UN member state', '%n UN member states'],
'%n observer state(s)': ['%n observer state', '%n observer states'],
'%n recorded vote(s) selected': ['%n recorded vote selected', '%n recorded votes selected'],
'%n bloc(s) by clustering; compared with the regional groups: adjusted Rand index %1, purity %2': ['%n bloc by clustering; compared with the regional groups: adjusted Rand index %1, purity %2', '%n blocs by clustering; compared with the regional groups: adjusted Rand index %1, purity %2'],
'States by their votes (%n recorded vote(s))': ['States by their votes (%n recorded vote)', 'States by their votes (%n recorded votes)'],
'%n other silent member(s) without one: no state shares enough of the selected votes with it.': ['%n other silent member without one: no state shares enough of the selected votes with it.', '%n other silent members without one: no state shares enough of the selected votes with it.'],
'Predicted from the %n state(s) that vote most like it': ['Predicted from the %n state that vote most like it', 'Predicted from the %n states that vote most like it'],
'%n paragraph(s) derive from it, best first:': ['%n paragraph derives from it, best first:', '%n paragraphs derive from it, best first:'],
})

# The model layer's messages.
T.update({
"coalition %1 (%n adherents)": ["coalition %1 (%n adherent)", "coalition %1 (%n adherents)"],
"the count says %1 %2 but %n names are listed": ["the count says %1 %2 but %n name is listed", "the count says %1 %2 but %n names are listed"],
"group '%1' (coalition): %n sponsor(s)": ["group '%1' (coalition): %n sponsor", "group '%1' (coalition): %n sponsors"],
"%n part(s) of %1, each its own document": ["%n part of %1, each its own document", "%n parts of %1, each its own document"],
"recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on each of the %n paragraph(s), preambular and operative": ["recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on the %n paragraph, preambular or operative", "recorded vote: %1 in favour, %2 against, %3 abstaining, as positions on each of the %n paragraphs, preambular and operative"],
"document %1 \"%2\" (%3): %n paragraph(s) (%4 preambular)": ["document %1 \"%2\" (%3): %n paragraph (%4 preambular)", "document %1 \"%2\" (%3): %n paragraphs (%4 preambular)"],
"document %1 \"%2\" (%3): %n paragraph(s)": ["document %1 \"%2\" (%3): %n paragraph", "document %1 \"%2\" (%3): %n paragraphs"],
"%1: %n error(s) found; nothing was imported": ["%1: %n error found; nothing was imported", "%1: %n errors found; nothing was imported"],
"; cancelled, %n file(s) not read": ["; cancelled, %n file not read", "; cancelled, %n files not read"],
"'%1': paragraph %2 has %n revision(s)": ["'%1': paragraph %2 has %n revision", "'%1': paragraph %2 has %n revisions"],
"%1:%2: %n fields, expected %3": ["%1:%2: %n field, expected %3", "%1:%2: %n fields, expected %3"],
"%1:%2: expected %n fields, found %3": ["%1:%2: expected %n field, found %3", "%1:%2: expected %n fields, found %3"],
"document %1 \"%2\" (zero draft): %n clause(s)": ["document %1 \"%2\" (zero draft): %n clause", "document %1 \"%2\" (zero draft): %n clauses"],
"document %1 \"%2\" (draft): %n clause(s)": ["document %1 \"%2\" (draft): %n clause", "document %1 \"%2\" (draft): %n clauses"],
"%n field(s), the header has %1": ["%n field, the header has %1", "%n fields, the header has %1"],
"%1 from %n row(s)": ["%1 from %n row", "%1 from %n rows"],
"%1, %n of them replacing an earlier position": ["%1, %n of them replacing an earlier position", "%1, %n of them replacing an earlier position"],
"%n row(s) with errors left out": ["%n row with errors left out", "%n rows with errors left out"],
"%1: %2 found; nothing was imported (accept the %n valid row(s) to import them)": ["%1: %2 found; nothing was imported (accept the %n valid row to import it)", "%1: %2 found; nothing was imported (accept the %n valid rows to import them)"],
"%1 holds internal material (%n rows): say whose it is with --delegation": ["%1 holds internal material (%n row): say whose it is with --delegation", "%1 holds internal material (%n rows): say whose it is with --delegation"],
"%n observer(s)": ["%n observer", "%n observers"],
"%n stances": ["%n stance", "%n stances"],
"%n states": ["%n state", "%n states"],
"table stance_vector: %1: the detail vector covers %n states of %2": ["table stance_vector: %1: the detail vector covers %n state of %2", "table stance_vector: %1: the detail vector covers %n states of %2"],
})

# Issue 15 work of 3 December: Import Folder's choice, research targets and navigator entries,
# toolbar words, the sample notice.
T.update({
"Import the %n Akoma Ntoso file(s) of %1?": ["Import the %n Akoma Ntoso file of %1?", "Import the %n Akoma Ntoso files of %1?"],
"%n file(s) replaced documents already in the workspace": ["%n file replaced documents already in the workspace", "%n files replaced documents already in the workspace"],
"%1: %n silent member(s) with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports.": ["%1: %n silent member with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports.", "%1: %n silent members with a likely stance. Predicted from the states that vote most like each one: not a recorded position, never counted by consensus, coalitions or exports."],
})

# 3 December 2026: votes and trace text output.
T.update({
"%1  %2  (%n vote(s))": ["%1  %2  (%n vote)", "%1  %2  (%n votes)"],
"%1: %2% of its %n member(s) in bloc %3": ["%1: %2% of its %n member in bloc %3", "%1: %2% of its %n members in bloc %3"],
"%1: %n paragraph(s) with similarity >= %2": ["%1: %n paragraph with similarity >= %2", "%1: %n paragraphs with similarity >= %2"],
"%1: %n silent member(s) with a likely stance (predicted, not recorded):": ["%1: %n silent member with a likely stance (predicted, not recorded):", "%1: %n silent members with a likely stance (predicted, not recorded):"],
})

T.update({
"%1; the same on %n clause(s) in all": ["%1; the same on %n clause in all", "%1; the same on %n clauses in all"],
"(on %n clause(s))": ["(on %n clause)", "(on %n clauses)"],
})
T.update({
# Deferred search indexing during a folder import (issue 12).
"%n item(s) changed by another session cannot be found yet; they can be once its import is done.": ["%n item changed by another session cannot be found yet; it can be once its import is done.", "%n items changed by another session cannot be found yet; they can be once its import is done."],
"search: %n item(s) changed by another session cannot be found yet; they can be once its import is done": ["search: %n item changed by another session cannot be found yet; it can be once its import is done", "search: %n items changed by another session cannot be found yet; they can be once its import is done"],
})

# Live updates from a server (team mode, issue 14).
T.update({
"Updated from the server: %n change(s) by %1": ["Updated from the server: %n change by %1", "Updated from the server: %n changes by %1"],
})
