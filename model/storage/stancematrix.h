// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/stance.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Plenipo {

// Every state's stance on every clause and alternative, held compactly in memory: one stance
// vector per (clause, alternative) with one byte per state, indexed by the state's place in
// Workspace::stateOrder() (ascending row id, so adding states never renumbers the others).
// The workspace loads it at open from the `stance_vector` table, which it keeps in sync with
// the `position` table in the same transaction as every position change.
//
// Byte encoding (also the stored BLOB format): 0 = no position recorded; 1 + the Stance value
// for a recorded position (so a recorded "no position" is 1). A vector shorter than the number
// of states reads as "no position recorded" for the missing states.
//
// Beside each stance vector the matrix holds its detail vector: for every state, the id of the
// `position_detail` row (source, note, visibility, revision, author, time) its position uses,
// 0 where none is recorded. Positions entered together share one detail row, so a vector is a
// few runs of equal ids; it is kept run-length encoded (encodeDetails), in memory and on file.
class StanceMatrix
{
public:
    static quint8 encode(std::optional<Stance> stance)
    {
        return stance ? quint8(1 + quint8(*stance)) : quint8(0);
    }
    static std::optional<Stance> decode(quint8 byte)
    {
        if (byte == 0 || byte > 5)
            return std::nullopt;
        return Stance(byte - 1);
    }
    // The stance a byte stands for; NoPosition when none is recorded.
    static Stance stanceOf(quint8 byte) { return decode(byte).value_or(Stance::NoPosition); }

    int stateCount() const { return m_stateCount; }
    void setStateCount(int count) { m_stateCount = count; }

    // `alternative` is empty for the whole clause, else an alternative id such as "g1.2".
    Stance stance(qint64 clauseId, QStringView alternative, int state) const;
    bool hasPosition(qint64 clauseId, QStringView alternative, int state) const;
    // The encoded vector (may be shorter than stateCount(); empty when nothing is recorded).
    QByteArray vector(qint64 clauseId, QStringView alternative) const;
    // The alternatives with a vector ("" for the whole clause), in the order they were added.
    QStringList alternatives(qint64 clauseId) const;
    bool hasClause(qint64 clauseId) const { return m_clauses.contains(clauseId); }
    // The number of recorded positions (non-zero bytes).
    qsizetype positionCount() const;

    // The detail vector as runs of (count, id), each an unsigned LEB128 number, covering the
    // states in order; states after the last run have no detail (0). Hand-written: the format
    // is two varints per run, and no library we use offers a run-length codec.
    static QByteArray encodeDetails(const QList<qint64> &ids);
    // The ids of `count` states; decoding stops at malformed or truncated input, whose states
    // read as 0 (the workspace then falls back to the position rows).
    static QList<qint64> decodeDetails(QByteArrayView runs, int count);
    // The number of states the runs cover, or nullopt when they are malformed (a truncated
    // or oversized number, a run of length 0, an id beyond qint64, a total beyond 2^63): what
    // WorkspaceValidator checks at open. encodeDetails never covers more than its ids.
    static std::optional<quint64> coveredStates(QByteArrayView runs);
    // The encoded detail vector (empty when nothing is recorded).
    QByteArray detailRuns(qint64 clauseId, QStringView alternative) const;
    QList<qint64> detailIds(qint64 clauseId, QStringView alternative) const
    {
        return decodeDetails(detailRuns(clauseId, alternative), m_stateCount);
    }

    void set(qint64 clauseId, const QString &alternative, int state, std::optional<Stance> stance);
    void setVector(qint64 clauseId, const QString &alternative, const QByteArray &bytes);
    void setDetailRuns(qint64 clauseId, const QString &alternative, const QByteArray &runs);
    void removeClause(qint64 clauseId) { m_clauses.remove(clauseId); }
    void clear() { m_clauses.clear(); }

private:
    struct Row
    {
        QString alternative;
        QByteArray bytes;
        QByteArray details; // encodeDetails()
    };
    const Row *row(qint64 clauseId, QStringView alternative) const;
    Row &rowFor(qint64 clauseId, const QString &alternative);

    int m_stateCount = 0;
    QHash<qint64, QList<Row>> m_clauses;
};

} // namespace Plenipo
