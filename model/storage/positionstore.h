// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/stateset.h"
#include "storage/stancematrix.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Plenipo {

// Every state's position in memory, without the details' texts: the state order of the stance
// vectors, the stance matrix with each position's detail row (StanceMatrix), the revision each
// detail row was given on, and which states hold an orphaned (detached) position on a clause.
// From these it answers, without reading the file, which positions are possibly outdated: a
// position is outdated when its detail row was given on another revision than the clause's
// current one (or on none known).
//
// Like the Catalogue it reads and writes no file: the Workspace facade loads it from its
// storage and changes it once the storage has the change. Invariants (tst_positionstore): the
// state order holds each non-observer state once, by ascending row id, and stateIndex() is its
// inverse; every vector is stateOrder().size() long.
class PositionStore
{
public:
    void clear();

    // ---- state order ----------------------------------------------------------------------
    // The states that take a place in the vectors, as (row id, ISO3), any order: sorted by
    // row id here. Observers are left out by the caller. Sets the matrix's state count.
    void setStates(QList<std::pair<qint64, QString>> byRowId);
    const QStringList &stateOrder() const { return m_stateOrder; }
    int stateCount() const { return int(m_stateOrder.size()); }
    // Index of a state (ISO3, any case) in stateOrder(), or -1.
    int stateIndex(QStringView iso3) const;
    // Index of the state with that row id, or -1.
    int stateIndexOfRow(qint64 stateId) const { return m_indexOfRow.value(stateId, -1); }
    // The row id of the state at `index`, 0 when out of range.
    qint64 stateRowAt(int index) const;
    // ISO3 codes of a set, in stateOrder().
    QStringList iso3(const StateSet &states) const;

    // ---- stances and detail rows ----------------------------------------------------------
    const StanceMatrix &stances() const { return m_stances; }
    StanceMatrix &stances() { return m_stances; }
    qsizetype positionCount() const { return m_stances.positionCount(); }

    // The revision a detail row was given on (0: unknown or none).
    qint64 detailRevision(qint64 detailId) const { return m_detailRevision.value(detailId, 0); }
    void setDetailRevision(qint64 detailId, qint64 revisionId);
    void setDetailRevisions(const QHash<qint64, qint64> &revisions)
    {
        m_detailRevision = revisions;
    }
    // The revision is gone (undone): the detail rows given on it fall back to "unknown".
    void forgetRevision(qint64 revisionId);

    // ---- outdated positions ---------------------------------------------------------------
    // `currentRevision` is the clause's current revision (Catalogue).
    bool isOutdated(qint64 clauseId, QStringView alternative, int state,
                    qint64 currentRevision) const;
    StateSet outdatedStates(qint64 clauseId, QStringView alternative, qint64 currentRevision) const;
    // On any of the clause's alternatives or the whole clause.
    StateSet outdatedStates(qint64 clauseId, qint64 currentRevision) const;

    // ---- orphaned positions ---------------------------------------------------------------
    // The states (indices, ascending) with an orphaned detached position on the clause.
    QList<int> orphanedStates(qint64 clauseId) const { return m_orphaned.value(clauseId); }
    // Empty removes the clause's entry; sorted and made unique here.
    void setOrphanedStates(qint64 clauseId, QList<int> states);

    // The clause is gone: its vectors and orphaned states with it.
    void removeClause(qint64 clauseId);

    // The first broken invariant (see the class comment), empty when they all hold.
    QString invariantProblem() const;

private:
    QStringList m_stateOrder;         // ISO3 by ascending row id (stance vector order)
    QList<qint64> m_rowOfIndex;       // row id of each index
    QHash<QString, int> m_stateIndex; // ISO3 -> index
    QHash<qint64, int> m_indexOfRow;  // row id -> index
    StanceMatrix m_stances;
    QHash<qint64, qint64> m_detailRevision; // position_detail id -> revision id (0: none)
    QHash<qint64, QList<int>> m_orphaned;   // clause id -> states with an orphaned position
};

} // namespace Plenipo
