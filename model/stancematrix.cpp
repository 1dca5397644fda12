#include "stancematrix.h"

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

void StanceMatrix::set(qint64 clauseId, const QString &alternative, int state,
                       std::optional<Stance> stance)
{
    if (state < 0)
        return;
    QList<Row> &rows = m_clauses[clauseId];
    Row *r = nullptr;
    for (Row &candidate : rows) {
        if (candidate.alternative == alternative)
            r = &candidate;
    }
    if (!r) {
        rows.append(Row{alternative, {}});
        r = &rows.last();
    }
    if (r->bytes.size() <= state)
        r->bytes.append(QByteArray(std::max(m_stateCount, state + 1) - r->bytes.size(), '\0'));
    r->bytes[state] = char(encode(stance));
}

void StanceMatrix::setVector(qint64 clauseId, const QString &alternative, const QByteArray &bytes)
{
    QList<Row> &rows = m_clauses[clauseId];
    for (Row &r : rows) {
        if (r.alternative == alternative) {
            r.bytes = bytes;
            return;
        }
    }
    rows.append(Row{alternative, bytes});
}

} // namespace Plenipo
