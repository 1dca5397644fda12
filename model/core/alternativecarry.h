// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace Plenipo {

// What becomes of the positions on one alternative of a clause when the clause gets a new text
// (SpanAligner computes it, Workspace::carryPositions applies it).
struct AlternativeCarry
{
    enum class Fate : quint8
    {
        Kept,     // the same words, under id `to` (which may differ from `from`)
        Changed,  // most of the words, edited, under id `to`: the positions are outdated
        Agreed,   // the words stand in the new text without brackets: kept as history
        Orphaned, // the words are gone (or spread over several spans): kept, counted nowhere
    };

    QString from; // alternative id in the old text ("g2.1")
    QString to;   // alternative id in the new text (Kept, Changed); empty otherwise
    Fate fate = Fate::Orphaned;
    QString words; // the readable words of the old alternative
    // Share of the words of the larger of the two alternatives that they have in common
    // (1 for Kept); 0 when detached.
    double share = 0;

    bool follows() const { return fate == Fate::Kept || fate == Fate::Changed; }
};

} // namespace Plenipo
