// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "consensus/coalitionsuggester.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Plenipo {

namespace {

// The distinct acceptor sets of a clause's versions that no other version's set contains:
// the only ones an optimisation needs to try.
QList<StateSet> maximalSets(const CoalitionProblem::Clause &clause)
{
    QList<StateSet> out;
    for (const CoalitionProblem::Version &v : clause.versions) {
        bool dominated = false;
        for (const StateSet &o : std::as_const(out)) {
            if (v.acceptors.isSubsetOf(o)) {
                dominated = true;
                break;
            }
        }
        if (dominated)
            continue;
        out.removeIf([&v](const StateSet &o) { return o.isSubsetOf(v.acceptors); });
        out << v.acceptors;
    }
    return out;
}

bool hasVersionFor(const QList<StateSet> &sets, const StateSet &states)
{
    for (const StateSet &s : sets) {
        if (states.isSubsetOf(s))
            return true;
    }
    return false;
}

// n choose k, saturating.
qint64 binomial(int n, int k)
{
    if (k < 0 || k > n)
        return 0;
    k = std::min(k, n - k);
    double r = 1;
    for (int i = 1; i <= k; ++i) {
        r = r * (n - k + i) / i;
        if (r > 1e15)
            return std::numeric_limits<qint64>::max();
    }
    return std::llround(r);
}

} // namespace

int CoalitionSuggestion::clauseCount() const
{
    return int(std::count_if(versions.cbegin(), versions.cend(), [](int v) { return v >= 0; }));
}

CoalitionSuggester::CoalitionSuggester(const CoalitionProblem &problem)
    : m_problem(problem)
{}

// A default-constructed (empty, universe 0) set stands for "no state": give it the universe.
StateSet CoalitionSuggester::widened(const StateSet &set) const
{
    if (set.size() == m_problem.stateCount)
        return set;
    StateSet out(m_problem.stateCount);
    for (int i : set.indices())
        out.insert(i);
    return out;
}

int CoalitionSuggester::textSize(const StateSet &states) const
{
    int n = 0;
    for (const CoalitionProblem::Clause &c : m_problem.clauses) {
        for (const CoalitionProblem::Version &v : c.versions) {
            if (states.isSubsetOf(v.acceptors)) {
                ++n;
                break;
            }
        }
    }
    return n;
}

// Every clause that all of `states` accept, each with its longest such version; the adherents
// are the candidates accepting all of it.
CoalitionSuggestion CoalitionSuggester::completeText(const StateSet &states,
                                                     const StateSet &candidates) const
{
    CoalitionSuggestion s;
    s.adherents = candidates;
    for (const CoalitionProblem::Clause &c : m_problem.clauses) {
        int best = -1;
        for (int i = 0; i < c.versions.size(); ++i) {
            if (states.isSubsetOf(c.versions[i].acceptors) &&
                (best < 0 || c.versions[i].words > c.versions[best].words))
                best = i;
        }
        s.versions << best;
        if (best >= 0)
            s.adherents &= c.versions[best].acceptors;
    }
    return s;
}

CoalitionSuggestion CoalitionSuggester::mostAdherents(const StateSet &candidates,
                                                      const StateSet &mustInGiven,
                                                      const QList<int> &mustKeep,
                                                      Method method) const
{
    const StateSet mustIn = widened(mustInGiven);
    const StateSet pool = candidates | mustIn;
    QList<QList<StateSet>> options;
    for (int k : mustKeep)
        options << maximalSets(m_problem.clauses.at(k));
    std::sort(options.begin(), options.end(),
              [](const auto &a, const auto &b) { return a.size() < b.size(); });
    double space = 1;
    for (const auto &o : std::as_const(options))
        space *= std::max<qsizetype>(1, o.size());
    const bool exact =
        method == Method::Exact || (method == Method::Auto && space <= double(m_exactLimit));

    StateSet best;
    bool found = false;
    if (exact) {
        // Branch and bound: the intersection only shrinks, so a branch whose states are already
        // no more than the best found, or that lost a must-in state, is cut.
        std::function<void(int, const StateSet &)> search = [&](int i, const StateSet &cur) {
            if (!mustIn.isSubsetOf(cur) || (found && cur.count() <= best.count()))
                return;
            if (i == options.size()) {
                best = cur;
                found = true;
                return;
            }
            for (const StateSet &o : options[i])
                search(i + 1, cur & o);
        };
        search(0, pool);
    } else {
        // Greedy: each kept clause (fewest choices first) takes the version keeping most states.
        StateSet cur = pool;
        QList<int> pick(options.size(), 0);
        for (int i = 0; i < options.size(); ++i) {
            int bestCount = -1;
            for (int j = 0; j < options[i].size(); ++j) {
                const StateSet next = cur & options[i][j];
                const int count = next.count() + (mustIn.isSubsetOf(next) ? pool.size() + 1 : 0);
                if (count > bestCount) {
                    bestCount = count;
                    pick[i] = j;
                }
            }
            if (!options[i].isEmpty())
                cur &= options[i][pick[i]];
        }
        // Local search: change one clause's version while that gains states.
        const auto evaluate = [&](const QList<int> &p) {
            StateSet s = pool;
            for (int i = 0; i < options.size(); ++i) {
                if (!options[i].isEmpty())
                    s &= options[i][p[i]];
            }
            return s;
        };
        const auto score = [&](const StateSet &s) {
            return s.count() + (mustIn.isSubsetOf(s) ? pool.size() + 1 : 0);
        };
        bool improved = true;
        for (int round = 0; improved && round < 100; ++round) {
            improved = false;
            for (int i = 0; i < options.size(); ++i) {
                for (int j = 0; j < options[i].size(); ++j) {
                    if (j == pick[i])
                        continue;
                    QList<int> trial = pick;
                    trial[i] = j;
                    const StateSet s = evaluate(trial);
                    if (score(s) > score(cur)) {
                        pick = trial;
                        cur = s;
                        improved = true;
                    }
                }
            }
        }
        best = cur;
        found = mustIn.isSubsetOf(cur);
    }
    if (!found) {
        CoalitionSuggestion none;
        none.exact = exact;
        return none;
    }
    CoalitionSuggestion s = completeText(best, pool);
    s.exact = exact;
    s.feasible = mustIn.isSubsetOf(s.adherents);
    for (int k : mustKeep)
        s.feasible = s.feasible && s.versions.at(k) >= 0;
    return s;
}

CoalitionSuggestion CoalitionSuggester::largestText(const StateSet &candidates, int atLeast,
                                                    const StateSet &mustInGiven,
                                                    const QList<int> &mustKeep, Method method) const
{
    const StateSet mustIn = widened(mustInGiven);
    const StateSet pool = candidates - mustIn;
    const int need = std::max(0, atLeast - mustIn.count());
    CoalitionSuggestion none;
    if (need > pool.count())
        return none;
    QList<QList<StateSet>> kept;
    for (int k : mustKeep)
        kept << maximalSets(m_problem.clauses.at(k));
    const auto keepsAll = [&](const StateSet &s) {
        for (const auto &o : std::as_const(kept)) {
            if (!hasVersionFor(o, s))
                return false;
        }
        return true;
    };
    const QList<int> free = pool.indices();
    const bool exact = method == Method::Exact ||
                       (method == Method::Auto && binomial(int(free.size()), need) <= m_exactLimit);

    StateSet best;
    int bestSize = -1;
    if (exact) {
        // Every subset of exactly `need` pool states (more states never accept more text).
        QList<int> idx(need);
        for (int i = 0; i < need; ++i)
            idx[i] = i;
        while (true) {
            StateSet s = mustIn;
            for (int i : std::as_const(idx))
                s.insert(free[i]);
            if (keepsAll(s)) {
                const int size = textSize(s);
                if (size > bestSize) {
                    bestSize = size;
                    best = s;
                }
            }
            int i = need - 1;
            while (i >= 0 && idx[i] == int(free.size()) - need + i)
                --i;
            if (i < 0)
                break;
            ++idx[i];
            for (int j = i + 1; j < need; ++j)
                idx[j] = idx[j - 1] + 1;
        }
    } else {
        // Greedy removal down to the required number, then swaps while they gain clauses.
        const auto score = [&](const StateSet &s) {
            return keepsAll(s) ? textSize(s) : -1;
        };
        StateSet s = mustIn | pool;
        while (s.count() > mustIn.count() + need) {
            int bestState = -1;
            int bestScore = -2;
            for (int i : (s - mustIn).indices()) {
                StateSet t = s;
                t.remove(i);
                const int sc = score(t);
                if (sc > bestScore) {
                    bestScore = sc;
                    bestState = i;
                }
            }
            s.remove(bestState);
        }
        int current = score(s);
        bool improved = true;
        for (int round = 0; improved && round < 50; ++round) {
            improved = false;
            for (int out : (s - mustIn).indices()) {
                for (int in : (pool - s).indices()) {
                    StateSet t = s;
                    t.remove(out);
                    t.insert(in);
                    const int sc = score(t);
                    if (sc > current) {
                        s = t;
                        current = sc;
                        improved = true;
                        break;
                    }
                }
                if (improved)
                    break;
            }
        }
        if (current >= 0) {
            best = s;
            bestSize = current;
        }
    }
    if (bestSize < 0) {
        none.exact = exact;
        return none;
    }
    CoalitionSuggestion s = completeText(best, best);
    s.adherents = (candidates | mustIn);
    for (qsizetype c = 0; c < s.versions.size(); ++c) {
        if (s.versions[c] >= 0)
            s.adherents &= m_problem.clauses[c].versions[s.versions[c]].acceptors;
    }
    s.exact = exact;
    s.feasible = true;
    return s;
}

} // namespace Plenipo
