// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "consensus/consensusstatus.h"
#include "core/stance.h"
#include "core/stategroup.h"
#include "markup/markupstatistics.h"

#include <QList>
#include <QStringList>

#include <array>

namespace Plenipo {

class ConsensusSession;
class Workspace;

// The figures the charts draw, computed from the workspace and the consensus session (kept
// apart from the chart widgets so that tests check the numbers, not pixels).
class ChartData
{
public:
    // Clauses by consensus status for the session's members, and the share of agreed words.
    struct Dashboard
    {
        std::array<int, 5> clausesByStatus{}; // indexed by ConsensusStatus
        int clauseCount = 0;
        MarkupStatistics statistics; // the document's clauses summed
    };
    static Dashboard dashboard(const ConsensusSession &session);

    // One draft of a lineage (zero draft, Rev.1 ...) and its markup statistics.
    struct Draft
    {
        qint64 documentId = 0;
        QString symbol;
        MarkupStatistics statistics;
    };
    // The lineage through a document, oldest first: its predecessors back to the first draft,
    // then the documents that follow it (the earliest-dated successor at each step).
    static QList<Draft> lineage(const Workspace &workspace, qint64 documentId);

    // Stances of the states of one group: counts by stance and the states (ISO3) of each.
    struct GroupSupport
    {
        QString code;
        QString name;
        std::array<QStringList, 5> states; // indexed by Stance (NoPosition = nothing recorded)
        int total() const;
    };
    // For every group of `kind`, each of its states that is a member of the session (the
    // document's process, or the members chosen) with its stance on the
    // whole clause (clauseId), or on the document (clauseId 0: each member counted once per
    // clause of the session's document). Uses the session's stances (what-if included).
    static QList<GroupSupport> supportByGroup(const ConsensusSession &session,
                                              StateGroup::Kind kind, qint64 clauseId);
};

} // namespace Plenipo
