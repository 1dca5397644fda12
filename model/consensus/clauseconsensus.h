// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "consensus/consensusstatus.h"
#include "core/stateset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Plenipo {

// The consensus analysis of one clause for one set of members (ConsensusEngine computes it).
// Every StateSet is over Workspace::stateOrder() and holds members only; non-members' positions
// are ignored. Whole-clause sets come from the positions on the clause itself (alternative "").
struct ClauseConsensus
{
    // One alternative of a group: the members' stances on it (alternative "g1.2").
    struct Alternative
    {
        QString id;
        QString text;
        StateSet supporters;
        StateSet acceptors; // "can accept"
        StateSet reservations;
        StateSet objectors;
        StateSet silent;            // members with no position on this alternative
        bool inLandingZone = false; // no member objects to it
        bool operator==(const Alternative &) const = default;
    };
    // One alternative group ("g1").
    struct Group
    {
        QString id;
        bool optional = false;     // a lone bracketed span: may be dropped
        QString parentAlternative; // empty at top level
        QList<Alternative> alternatives;
        // The alternatives no member objects to, in order. An alternative of a nested group is
        // also out when that group has no landing zone (the whole alternative is then blocked).
        QStringList landingZone;
        // When the group has no landing zone: the smallest set of members whose objections
        // together block every alternative (a minimum hitting set of the alternatives'
        // objectors, see MinimumHittingSet). Empty otherwise.
        StateSet minimalBlockingSet;
        // An optional group always has a landing zone: dropping the span.
        bool hasLandingZone() const { return optional || !landingZone.isEmpty(); }
        bool operator==(const Group &) const = default;
    };

    qint64 clauseId = 0;
    int ordinal = 0;
    QString number;
    ConsensusStatus status = ConsensusStatus::Open;

    StateSet supporters;   // whole clause: supports
    StateSet acceptors;    // whole clause: can accept
    StateSet reservations; // whole clause: reservation
    StateSet objectors;    // whole clause: objects
    StateSet silent;       // no whole-clause position recorded, or "no position"
    // The members whose objection blocks the clause: the whole-clause objectors, plus the
    // minimal blocking set of every top-level group without a landing zone. Empty unless
    // status is Blocked.
    StateSet blockers;

    QStringList adReferendum; // codes of the ad referendum tags in the text
    int bracketedSpans = 0;
    int alternativeGroups = 0;
    int alternatives = 0;
    int clauseOptions = 0;
    int deletions = 0;

    QList<Group> groups;

    bool operator==(const ClauseConsensus &) const = default;
};

} // namespace Plenipo
