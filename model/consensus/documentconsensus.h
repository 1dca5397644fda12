// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "consensus/consensusstatus.h"

#include <QList>

#include <array>

namespace Plenipo {

// The consensus analysis of a whole document: counts per status, bracket counts, and the
// blocked clauses ordered by how few states block them (ConsensusEngine keeps it up to date).
struct DocumentConsensus
{
    qint64 documentId = 0;
    int clauseCount = 0;
    std::array<int, 5> counts{}; // indexed by ConsensusStatus
    int bracketedSpans = 0;
    int alternativeGroups = 0;
    int alternatives = 0;
    int deletions = 0;
    int adReferendum = 0; // clauses with an ad referendum tag
    // Blocked clause ids, fewest blockers first, then in document order.
    QList<qint64> blockedClauses;

    int count(ConsensusStatus status) const { return counts[std::size_t(status)]; }
    // count / clauseCount (0 for an empty document).
    double share(ConsensusStatus status) const
    {
        return clauseCount ? double(count(status)) / clauseCount : 0.0;
    }
    bool operator==(const DocumentConsensus &) const = default;
};

} // namespace Plenipo
