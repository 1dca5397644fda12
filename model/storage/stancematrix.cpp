// SPDX-FileCopyrightText: 2026 Plenipo contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/stancematrix.h"

#include <algorithm>
#include <limits>

namespace Plenipo {

const StanceMatrix::Row *StanceMatrix::row(qint64 clauseId, QStringView alternative) const
{
    auto it = m_clauses.constFind(clauseId);
    if (it == m_clauses.cend())
        return nullptr;
    for (const Row &r : *it) {
        if (r.alternative == alternative)
            return &r;
    }
    return nullptr;
}

Stance StanceMatrix::stance(qint64 clauseId, QStringView alternative, int state) const
{
    const Row *r = row(clauseId, alternative);
    if (!r || state < 0 || state >= r->bytes.size())
        return Stance::NoPosition;
    return stanceOf(quint8(r->bytes[state]));
}

bool StanceMatrix::hasPosition(qint64 clauseId, QStringView alternative, int state) const
{
    const Row *r = row(clauseId, alternative);
    return r && state >= 0 && state < r->bytes.size() && r->bytes[state] != 0;
}

QByteArray StanceMatrix::vector(qint64 clauseId, QStringView alternative) const
{
    const Row *r = row(clauseId, alternative);
    return r ? r->bytes : QByteArray();
}

QStringList StanceMatrix::alternatives(qint64 clauseId) const
{
    QStringList out;
    for (const Row &r : m_clauses.value(clauseId))
        out << r.alternative;
    return out;
}

qsizetype StanceMatrix::positionCount() const
{
    qsizetype n = 0;
    for (const QList<Row> &rows : m_clauses) {
        for (const Row &r : rows) {
            for (char b : r.bytes)
                n += b != 0;
        }
    }
    return n;
}

QByteArray StanceMatrix::detailRuns(qint64 clauseId, QStringView alternative) const
{
    const Row *r = row(clauseId, alternative);
    return r ? r->details : QByteArray();
}

namespace {

void appendVarint(QByteArray &out, quint64 v)
{
    do {
        const quint8 low = v & 0x7f;
        v >>= 7;
        out.append(char(v ? low | 0x80 : low));
    } while (v);
}

bool readVarint(QByteArrayView in, qsizetype &at, quint64 &v)
{
    v = 0;
    for (int shift = 0; shift < 64 && at < in.size(); shift += 7) {
        const quint8 byte = quint8(in[at++]);
        if (shift == 63 && (byte & 0x7e))
            return false; // a tenth byte with bits beyond 64: no such number
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace

QByteArray StanceMatrix::encodeDetails(const QList<qint64> &ids)
{
    QByteArray out;
    qsizetype end = ids.size();
    while (end > 0 && ids[end - 1] == 0)
        --end; // trailing states without a position need no run
    for (qsizetype i = 0; i < end;) {
        qsizetype j = i + 1;
        while (j < end && ids[j] == ids[i])
            ++j;
        appendVarint(out, quint64(j - i));
        appendVarint(out, quint64(std::max<qint64>(ids[i], 0)));
        i = j;
    }
    return out;
}

QList<qint64> StanceMatrix::decodeDetails(QByteArrayView runs, int count)
{
    QList<qint64> ids(std::max(count, 0), 0);
    qsizetype at = 0;
    qsizetype state = 0;
    while (at < runs.size() && state < ids.size()) {
        quint64 length = 0;
        quint64 id = 0;
        if (!readVarint(runs, at, length) || !readVarint(runs, at, id) || length == 0 ||
            id > quint64(std::numeric_limits<qint64>::max()))
            break;
        // length comes from the file and may be anything up to 2^64-1: compare it with what is
        // left instead of adding it to state (state + length wrapped and wrote past the list).
        const qsizetype end =
            state + qsizetype(std::min<quint64>(quint64(ids.size() - state), length));
        std::fill(ids.begin() + state, ids.begin() + end, qint64(id));
        state = end;
    }
    return ids;
}

std::optional<quint64> StanceMatrix::coveredStates(QByteArrayView runs)
{
    quint64 total = 0;
    qsizetype at = 0;
    while (at < runs.size()) {
        quint64 length = 0;
        quint64 id = 0;
        if (!readVarint(runs, at, length) || !readVarint(runs, at, id) || length == 0 ||
            id > quint64(std::numeric_limits<qint64>::max()) ||
            length > quint64(std::numeric_limits<qint64>::max()) - total)
            return std::nullopt;
        total += length;
    }
    return total;
}

StanceMatrix::Row &StanceMatrix::rowFor(qint64 clauseId, const QString &alternative)
{
    QList<Row> &rows = m_clauses[clauseId];
    for (Row &candidate : rows) {
        if (candidate.alternative == alternative)
            return candidate;
    }
    rows.append(Row{alternative, {}, {}});
    return rows.last();
}

void StanceMatrix::set(qint64 clauseId, const QString &alternative, int state,
                       std::optional<Stance> stance)
{
    if (state < 0)
        return;
    Row &r = rowFor(clauseId, alternative);
    if (r.bytes.size() <= state)
        r.bytes.append(QByteArray(std::max(m_stateCount, state + 1) - r.bytes.size(), '\0'));
    r.bytes[state] = char(encode(stance));
}

void StanceMatrix::setVector(qint64 clauseId, const QString &alternative, const QByteArray &bytes)
{
    rowFor(clauseId, alternative).bytes = bytes;
}

void StanceMatrix::setDetailRuns(qint64 clauseId, const QString &alternative,
                                 const QByteArray &runs)
{
    rowFor(clauseId, alternative).details = runs;
}

} // namespace Plenipo
