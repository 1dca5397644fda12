// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Plenipo {

// Aligns the clauses of two documents (an older and a newer draft) for a comparison view.
// It knows nothing of the workspace: callers copy their clause records into Clause.
//
// Matching, in this order:
//  1. Lineage: a new clause whose originId is the id of an old clause descends from it. An old
//     clause is matched once: a second new clause with the same origin (a split) is inserted.
//  2. Content, for a new clause whose originId is 0 or names no clause of the old list (two
//     sessions' versions of a resolution have no lineage): an old clause not matched yet whose
//     text similarity is strictly above 0.5 (similarity(): Dice coefficient of the common
//     words, 2·|LCS| / (|a| + |b|)), wherever it stands and whatever its number. Candidates
//     come from an index of the old clauses' rare words (a word in at most 8 old clauses, or
//     failing that the clause's rarest words), so 2,000 x 2,000 clauses cost a few thousand
//     similarities, not four million. Pairs are taken best first, each clause once; the same
//     number (white space and case ignored: "13 bis" == "13bis") breaks ties. A pair with
//     the same number is NumberAndText, another Content.
//  3. Anything left is deleted (old only) or inserted (new only, e.g. "13 bis"). An inserted
//     clause most of whose words come from a paired old clause was split from it
//     (Pair::splitFrom); a deleted clause most of whose words stand in a paired new clause was
//     merged into it (Pair::mergedInto).
//  Overrides (a user's pairing in the comparison window) come before all of this: a forced
//  pair is matched as given (Match::User); a new clause forced to "no counterpart" stays
//  inserted.
//
// A matched pair is moved when its relative order changed: over the matched pairs in new order,
// the old positions outside one longest increasing subsequence are moved (when two clauses swap
// places, one of them is marked). It is renumbered when the number changed (same comparison as
// above).
//
// The result follows the new document; each deleted old clause comes just before the new
// clauses that stand where it stood (deletions before insertions in a gap, as in a diff).
class ClauseAligner
{
public:
    struct Clause
    {
        qint64 id = 0;
        qint64 originId = 0; // id of the old clause it descends from, 0 if none
        QString number;
        QString text;
    };

    enum class Match
    {
        Lineage,
        NumberAndText,
        Content,  // similar text, another number (no lineage)
        User,     // paired by the user (an override)
        Deleted,  // old only
        Inserted, // new only
    };

    struct Pair
    {
        qsizetype oldIndex = -1; // index in the old list, -1 for an inserted clause
        qsizetype newIndex = -1; // index in the new list, -1 for a deleted clause
        Match match = Match::Inserted;
        bool moved = false;
        bool renumbered = false;
        // An inserted clause that was split from old clause splitFrom (index in the old list),
        // or -1; a deleted clause that was merged into new clause mergedInto, or -1.
        qsizetype splitFrom = -1;
        qsizetype mergedInto = -1;

        bool isMatched() const { return oldIndex >= 0 && newIndex >= 0; }
    };

    // A user's pairing: new clause newIndex pairs with old clause oldIndex (-1: with none).
    struct Override
    {
        qsizetype oldIndex = -1;
        qsizetype newIndex = -1;
        bool operator==(const Override &) const = default;
    };

    static QList<Pair> align(const QList<Clause> &oldClauses, const QList<Clause> &newClauses,
                             const QList<Override> &overrides = {});

    // 2·|LCS| / (|a| + |b|) over the words and markup tokens of both texts (case ignored,
    // punctuation left out); 1 when both have none.
    static double similarity(const QString &a, const QString &b);

    // The longest strictly increasing subsequence of `values`, as indices into it (ascending).
    static QList<qsizetype> longestIncreasingSubsequence(const QList<qsizetype> &values);

    static QString matchName(Match match);
};

} // namespace Plenipo
