// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/recordedvote.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Plenipo {

class Workspace;

// Recorded votes as a matrix: one row per UN member state (observers never vote), one column per
// recorded vote, each cell the state's choice (0 absent, 1 yes, 2 no, 3 abstain). Built from the
// workspace's recorded votes (Workspace::recordedVotes()) for a chosen set of votes.
class VoteMatrix
{
public:
    enum Cell : quint8
    {
        Absent = 0,
        Yes = 1,
        No = 2,
        Abstain = 3,
    };
    // Which votes: all by default; a session range, a text that the title or a paragraph of the
    // document contains (case- and accent-insensitive), a hand-picked list of symbols.
    struct Selection
    {
        int sinceSession = 0; // 0: no lower bound
        int untilSession = 0; // 0: no upper bound
        QString match;
        QStringList symbols; // empty: every vote
    };
    struct Column
    {
        qint64 documentId = 0;
        QString symbol;
        QString title;
        QDate date;
        int session = 0;
    };

    VoteMatrix() = default;
    // Rows: `states` (ISO3) in that order; the cells filled from `votes`.
    VoteMatrix(QStringList states, QList<Column> columns);

    static VoteMatrix fromWorkspace(const Workspace &workspace);
    static VoteMatrix fromWorkspace(const Workspace &workspace, const Selection &selection);
    // The General Assembly session of a resolution: 74 for "A/RES/74/12 B"; else from the date
    // (a session opens in September: 2019-12-18 is the 74th); 0 when neither says.
    static int sessionOf(const QString &symbol, const QDate &date);

    int stateCount() const { return int(m_states.size()); }
    int voteCount() const { return int(m_columns.size()); }
    const QStringList &states() const { return m_states; }
    int stateIndex(const QString &iso3) const { return m_index.value(iso3, -1); }
    const QList<Column> &columns() const { return m_columns; }
    Cell at(int state, int vote) const
    {
        return Cell(m_cells[size_t(vote) * m_states.size() + size_t(state)]);
    }
    void set(int state, int vote, Cell cell)
    {
        m_cells[size_t(vote) * m_states.size() + size_t(state)] = cell;
    }
    // The same matrix without the votes whose index is in `drop` (leave-one-out).
    VoteMatrix withoutVotes(const QList<int> &drop) const;

private:
    QStringList m_states;
    QHash<QString, int> m_index;
    QList<Column> m_columns;
    std::vector<quint8> m_cells; // vote-major: the states of vote 0, then vote 1...
};

} // namespace Plenipo
