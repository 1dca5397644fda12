// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "consensus/coalitionproblem.h"
#include "core/stateset.h"

#include <QList>

#include <functional>

namespace Plenipo {

// A suggested coalition text and the states that accept it.
struct CoalitionSuggestion
{
    bool feasible = false; // false: the constraints cannot be met (nothing else is meaningful)
    bool exact = false;    // proven optimal (exact search), not a heuristic answer
    StateSet adherents;    // the candidates that accept every clause of the text
    QList<int> versions;   // per problem clause: the chosen version index, or -1 (left out)
    int clauseCount() const;
};

// Suggests coalition texts on a CoalitionProblem.
//
//  mostAdherents: the text that the largest number of candidate states accepts, given states
//    that must be in and clauses that must stay. The kept clauses' versions are chosen to
//    maximise the number of candidates accepting all of them (with the must-in states among
//    them); then every other clause that all those states accept joins the text.
//  largestText: the largest text (most clauses) that at least N candidate states accept, with
//    the must-in states among them and the must-stay clauses in the text.
//
// Exact search: branch and bound over the kept clauses' distinct acceptor sets (mostAdherents),
// enumeration of the state subsets of the required size (largestText); used when the search
// space is at most exactLimit() nodes (Method::Auto) or always (Method::Exact).
// Heuristic (larger inputs): mostAdherents picks versions greedily (the clause with the fewest
// acceptors first, each time the version that keeps the most states), then improves by local
// search (change one clause's version while that gains states); largestText removes states
// greedily from the candidates (each time the one whose removal gains the most clauses) down to
// N, then swaps one state in for one out while that gains clauses. Both only stop at a local
// optimum; tst_coalition measures them against the exact answer on random instances.
// Among versions accepted by the same states, the one with more words is taken.
class CoalitionSuggester
{
public:
    enum class Method
    {
        Auto,
        Exact,
        Heuristic
    };

    explicit CoalitionSuggester(const CoalitionProblem &problem);

    qint64 exactLimit() const { return m_exactLimit; }
    void setExactLimit(qint64 nodes) { m_exactLimit = nodes; }

    CoalitionSuggestion mostAdherents(const StateSet &candidates, const StateSet &mustIn,
                                      const QList<int> &mustKeep,
                                      Method method = Method::Auto) const;
    CoalitionSuggestion largestText(const StateSet &candidates, int atLeast, const StateSet &mustIn,
                                    const QList<int> &mustKeep, Method method = Method::Auto) const;

    // The number of clauses that have a version every state of `states` accepts.
    int textSize(const StateSet &states) const;

private:
    StateSet widened(const StateSet &set) const;
    CoalitionSuggestion completeText(const StateSet &states, const StateSet &candidates) const;

    const CoalitionProblem &m_problem;
    qint64 m_exactLimit = 2'000'000;
};

} // namespace Plenipo
