// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "consensus/minimumhittingset.h"

#include <QHash>

namespace Plenipo {

StateSet MinimumHittingSet::of(const QList<StateSet> &sets)
{
    if (sets.isEmpty())
        return {};
    const int universe = sets.first().size();
    for (const StateSet &s : sets) {
        if (s.isEmpty())
            return StateSet(universe);
    }
    const int k = int(sets.size());
    // Distinct membership patterns, each with its lowest state.
    StateSet all(universe);
    for (const StateSet &s : sets)
        all |= s;
    StateSet result(universe);
    if (k <= 16) {
        QList<std::pair<quint32, int>> patterns; // (mask, lowest state), in order of the state
        QHash<quint32, int> seen;
        for (int state : all.indices()) {
            quint32 mask = 0;
            for (int i = 0; i < k; ++i) {
                if (sets[i].contains(state))
                    mask |= quint32(1) << i;
            }
            if (!seen.contains(mask)) {
                seen.insert(mask, state);
                patterns.append({mask, state});
            }
        }
        const quint32 full = (quint32(1) << k) - 1;
        QList<int> via(int(full) + 1, -1);     // pattern index that reached the mask
        QList<quint32> from(int(full) + 1, 0); // previous mask
        QList<bool> reached(int(full) + 1, false);
        reached[0] = true;
        QList<quint32> frontier{0};
        while (!reached[int(full)] && !frontier.isEmpty()) {
            QList<quint32> next;
            for (quint32 m : std::as_const(frontier)) {
                for (int p = 0; p < patterns.size(); ++p) {
                    const quint32 nm = m | patterns[p].first;
                    if (!reached[int(nm)]) {
                        reached[int(nm)] = true;
                        via[int(nm)] = p;
                        from[int(nm)] = m;
                        next << nm;
                    }
                }
            }
            frontier = next;
        }
        for (quint32 m = full; m != 0; m = from[int(m)])
            result.insert(patterns[via[int(m)]].second);
        return result;
    }

    // Greedy cover for many sets: take the state meeting most uncovered sets.
    QList<bool> covered(k, false);
    int left = k;
    while (left > 0) {
        int bestState = -1;
        int bestGain = 0;
        for (int state : all.indices()) {
            int gain = 0;
            for (int i = 0; i < k; ++i)
                gain += !covered[i] && sets[i].contains(state);
            if (gain > bestGain) {
                bestGain = gain;
                bestState = state;
            }
        }
        result.insert(bestState);
        for (int i = 0; i < k; ++i) {
            if (!covered[i] && sets[i].contains(bestState)) {
                covered[i] = true;
                --left;
            }
        }
    }
    return result;
}

} // namespace Plenipo
