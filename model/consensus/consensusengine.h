// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "consensus/clauseconsensus.h"
#include "consensus/clauseshape.h"
#include "consensus/documentconsensus.h"
#include "consensus/whatif.h"
#include "core/stance.h"
#include "core/stateset.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Plenipo {

struct Process;
class Workspace;

// Where consensus holds in a document, for a set of members (a process's members or any set of
// states), and who blocks it. Positions of non-members are ignored.
//
// Rules for one clause (first match wins; the README, "Consensus rules", says the same):
//  1. blocked    a member objects to the clause as a whole, or a top-level alternative group has
//                no landing zone (every alternative is objected to by some member);
//  2. open       brackets remain (an alternative group: bracketed spans or "Option N:"), or a
//                member has no whole-clause position (none recorded, or "no position");
//  3. contested  a member has a reservation on the clause as a whole (and nobody objects);
//  4. agreed ad referendum  the text carries an ad referendum tag "{ad ref. X}";
//  5. agreed     otherwise: no brackets, every member positioned, nobody objects or reserves.
// A proposed deletion "~~...~~" does not by itself make a clause open (it is counted).
// Landing zone of a group: its alternatives no member objects to; a lone bracketed span may be
// dropped, so it always has one. A nested group without a landing zone blocks the alternative
// it sits in (that alternative then counts as objected to by the nested group's minimal
// blocking set). When a group has no landing zone, its minimal blocking set is the smallest set
// of members whose objections together block every alternative (exact minimum hitting set over
// the distinct objection patterns; ties go to the lowest state indices).
//
// The engine follows the workspace: a position change recomputes only that clause and the
// document aggregates (update()), a clause edit reparses that clause, a structure change
// recomputes everything. With a WhatIf overlay set, its temporary stances replace the saved
// ones, and each override updates its clause the same way.
class ConsensusEngine : public QObject
{
    Q_OBJECT

public:
    explicit ConsensusEngine(const Workspace &workspace, QObject *parent = nullptr);
    ~ConsensusEngine() override;

    const Workspace &workspace() const { return m_workspace; }

    // The document analysed (0: none). Recomputes.
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }

    // The members: any set of states (over Workspace::stateOrder()). Recomputes.
    void setMembers(const StateSet &members);
    // The members of a process (every UN member state for an open process). Recomputes.
    void setProcess(const Process &process);
    const StateSet &members() const { return m_members; }

    // A what-if overlay whose stances replace the saved ones (nullptr: none). Not owned; the
    // engine follows its changes. Recomputes.
    void setWhatIf(const WhatIf *whatIf);
    const WhatIf *whatIf() const { return m_whatIf; }

    // The analysis of every clause of the document, in document order.
    const QList<ClauseConsensus> &clauses() const { return m_clauses; }
    // The analysis of one clause of the document, or nullptr.
    const ClauseConsensus *clause(qint64 clauseId) const;
    const DocumentConsensus &summary() const { return m_summary; }

    // The stance used by the analysis: the what-if override if any, else the saved one.
    Stance stance(qint64 clauseId, QStringView alternative, int state) const;

    // Recomputes the whole document (done automatically; public for tests and benchmarks).
    void recompute();
    // Recomputes one clause (reparsing its text when it changed) and the aggregates; emits
    // clauseUpdated. Ignores clauses of other documents.
    void update(qint64 clauseId);

    // Analyses one clause without an engine: `stances(alternative)` returns the encoded stance
    // vector (StanceMatrix bytes) for the whole clause ("") or an alternative.
    static ClauseConsensus analyse(const ClauseShape &shape, const StateSet &members,
                                   const std::function<QByteArray(const QString &)> &stances);

Q_SIGNALS:
    void clauseUpdated(qint64 clauseId);
    void recomputed();

private:
    struct Entry
    {
        QString text; // the text `shape` was parsed from
        ClauseShape shape;
    };
    ClauseConsensus analyseClause(qint64 clauseId);
    void rebuildSummary();
    void clauseInserted(qint64 documentId, int ordinal, qint64 clauseId);
    void clauseRemoved(qint64 documentId, int ordinal, qint64 clauseId);
    // The ordinals and index entries of the clauses from `from` on follow m_clauses (the ones
    // before did not move); the summary is rebuilt.
    void reindex(int from);
    QByteArray effectiveVector(qint64 clauseId, const QString &alternative) const;

    const Workspace &m_workspace;
    qint64 m_documentId = 0;
    StateSet m_members;
    QPointer<const WhatIf> m_whatIf;
    QList<ClauseConsensus> m_clauses;
    QHash<qint64, int> m_index;    // clause id -> index in m_clauses
    QHash<qint64, Entry> m_shapes; // clause id -> parsed text
    DocumentConsensus m_summary;
    QList<QMetaObject::Connection> m_whatIfConnections;
};

} // namespace Plenipo
