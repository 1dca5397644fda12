// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Plenipo {

// One result of a workspace search (Workspace::search): what matched, where it is, and the
// matched text in context with the matching words marked.
struct SearchHit
{
    // The kinds of things a search finds, in the order results are grouped.
    enum class Kind
    {
        Clause,   // a clause's current text or number
        Revision, // an earlier revision of a clause (only when the query asks for revisions)
        Document, // a document's symbol or title
        Norm,     // a norm of the catalogue: code, title, summary
        Position, // the source or note of positions (one hit per clause, alternative and details)
        State     // a state's code, names and aliases
    };

    Kind kind = Kind::Clause;
    // The matched row: clause, revision, document, norm, position detail or state id.
    qint64 id = 0;
    // Where to open it: the clause (clause, revision, position) and its document (and the
    // document itself for a document hit); 0 when it has none.
    qint64 clauseId = 0;
    qint64 documentId = 0;
    // What to call it: "SAMPLE/CONSEQ/2026/ZD 13(f)", "France (FRA)", "GGE2015-13f"...
    QString label;
    // The matched text in context (shortened around the matches for long texts) and the
    // matched words in it as (start, length).
    QString context;
    QList<std::pair<qsizetype, qsizetype>> matches;
    // Position hits: one per set of details (source, note) that matched, opening at the first
    // clause (in document order) that has positions with them: its alternative ("" for the
    // whole clause), up to 12 of the states (ISO3, sorted) positioned there with these details,
    // how many positions there (that clause and alternative) share them, on how many clauses
    // (within the search's filter) positions share them, and whether they are internal. State
    // hits: the state's ISO3 code is states[0].
    QString alternative;
    QStringList states;
    int positionCount = 0;
    int clauseCount = 0;
    bool internal = false;
    // Revision hits: the revision's number in the clause's history (1 = first).
    int revisionNumber = 0;
};

} // namespace Plenipo
