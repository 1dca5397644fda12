#pragma once

#include "stance.h"

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
// the `position` table in the same transaction as every position change; position details
// (source, note, visibility, revision) stay in `position` and are read per clause on demand.
//
// Byte encoding (also the stored BLOB format): 0 = no position recorded; 1 + the Stance value
// for a recorded position (so a recorded "no position" is 1). A vector shorter than the number
// of states reads as "no position recorded" for the missing states.
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

    void set(qint64 clauseId, const QString &alternative, int state, std::optional<Stance> stance);
    void setVector(qint64 clauseId, const QString &alternative, const QByteArray &bytes);
    void removeClause(qint64 clauseId) { m_clauses.remove(clauseId); }
    void clear() { m_clauses.clear(); }

private:
    struct Row
    {
        QString alternative;
        QByteArray bytes;
    };
    const Row *row(qint64 clauseId, QStringView alternative) const;

    int m_stateCount = 0;
    QHash<qint64, QList<Row>> m_clauses;
};

} // namespace Plenipo
