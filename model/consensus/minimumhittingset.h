// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/stateset.h"

#include <QList>

namespace Plenipo {

// The smallest set of states that meets every one of some sets: for an alternative group, the
// fewest states whose objections together block every alternative (each alternative's
// objectors are one set). Written here rather than taken from a library because the instances
// are tiny and special: few sets (the alternatives of one group), many states. States with the
// same membership pattern are interchangeable, so the search runs over the distinct patterns
// (at most 2^sets) by a breadth-first search over the covered sets: exact up to 16 sets; above
// that a greedy cover (the pattern meeting most uncovered sets first). Each pattern is
// represented by its lowest state index, and patterns are tried in that order, so the answer
// is deterministic.
class MinimumHittingSet
{
public:
    // Empty when `sets` is empty; also empty when a set is empty (nothing can meet it).
    static StateSet of(const QList<StateSet> &sets);
};

} // namespace Plenipo
