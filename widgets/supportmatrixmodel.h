// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "consensus/consensusstatus.h"
#include "core/stateset.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Plenipo {

class ConsensusSession;

// The support matrix: the members (rows, ConsensusSession::members()) by the clauses of the
// session's document (columns, in document order), each cell a state's stance on a clause as a
// whole, marked when the state objects to or reserves on one of the clause's alternatives,
// when its objection blocks the clause, and when the stance is a temporary what-if one.
// Column headers carry the clause's consensus status; row headers the state, its group and
// whether it blocks any clause.
//
// Built for 193 states x 2,000 clauses: each column caches the clause's stance vector (one
// byte per state, from the workspace's StanceMatrix with the what-if overlay applied) and the
// engine's per-clause sets, so data(CellRole) is a few array reads. A position change updates
// one column (ConsensusEngine::clauseUpdated).
class SupportMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        // quint32: bits 0-3 the stance byte (StanceMatrix encoding: 0 none recorded, 1 + Stance),
        // then the flags below.
        CellRole = Qt::UserRole + 200,
        Iso3Role,       // rows/cells: the state's ISO3
        ClauseIdRole,   // columns/cells: the clause id
        StatusRole,     // horizontal header: int ConsensusStatus
        ObjectionsRole, // vertical header: the number of clauses the state objects to
    };
    enum CellFlag : quint32
    {
        StanceMask = 0x0f,
        AltObjection = 0x10,   // objects to an alternative of the clause
        AltReservation = 0x20, // reservation on an alternative of the clause
        Blocker = 0x40,        // among the states whose objection blocks the clause
        WhatIfStance = 0x80,   // the whole-clause stance is a temporary one
        GroupStart = 0x100,    // first row of a group (row order by group)
        BlockedClause = 0x200, // the clause is blocked
        Outdated = 0x400,      // a position of the state on the clause or an alternative is
                               // outdated: its words changed since it was given (issue 10)
        Orphaned = 0x800,      // the state has an orphaned position on the clause (counted
                               // nowhere: its words are gone)
    };
    enum class RowOrder
    {
        ByGroup,      // UN regional group, then name
        ByObjections, // most objections first, then name
        ByName
    };

    explicit SupportMatrixModel(ConsensusSession *session, QObject *parent = nullptr);

    void setRowOrder(RowOrder order);
    RowOrder rowOrder() const { return m_order; }

    int stateAt(int row) const { return m_rows.at(row); }
    int rowOfState(int stateIndex) const;
    qint64 clauseAt(int column) const { return m_columns.at(column).clauseId; }
    int columnOfClause(qint64 clauseId) const;
    // The number of clauses of the document the state objects to (whole clause or an
    // alternative), and how many it blocks.
    int objections(int stateIndex) const { return m_objections.value(stateIndex); }
    int blocking(int stateIndex) const { return m_blocking.value(stateIndex); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Column
    {
        qint64 clauseId = 0;
        QString number;
        ConsensusStatus status = ConsensusStatus::Open;
        QByteArray stances; // whole clause, one byte per state (may be short)
        StateSet altObjectors;
        StateSet altReservations;
        StateSet blockers;
        StateSet whatIf;
        StateSet objecting; // whole-clause or alternative objection
        StateSet outdated;  // Outdated
        StateSet orphaned;  // Orphaned
    };
    void reset();
    void refreshColumn(Column &column);
    void clauseUpdated(qint64 clauseId);
    void recomputed();
    void sortRows();
    QString cellToolTip(int row, int column) const;
    QString clauseToolTip(int column) const;
    QString stateToolTip(int row) const;

    QPointer<ConsensusSession> m_session;
    RowOrder m_order = RowOrder::ByGroup;
    QList<int> m_rows; // state indices
    QList<int> m_rowOfState;
    QList<bool> m_groupStart;
    QList<Column> m_columns;
    QList<int> m_objections; // by state index
    QList<int> m_blocking;   // by state index
    QStringList m_names;     // by state index
    QStringList m_groups;    // by state index: regional group code
    QHash<qint64, int> m_columnOf;
};

} // namespace Plenipo
